"""Limits on what one input may ask of a run, each refused with a clear error naming the file and line.

An article or a claim file in a pull request is untrusted (SECURITY.md): a file must not be able to
exhaust memory or time, or crash the run for the files beside it. The limits:

- file size: 20 MB by default (`max-file-size` in `[tool.claimcheck]`); only regular files are read
  (a FIFO would block the run for ever);
- text: UTF-8, no NUL characters (UTF-16 without a byte-order mark decodes as "valid" UTF-8 full of
  NULs and would yield garbage claims);
- JSON nesting (articles and baselines): 64 levels;
- numbers in claim files: finite, |x| < 1e30, at most 40 significant digits and 30 decimal places
  (exact arithmetic on a 5,000-digit value, or on 1e-400, costs without bound);
- CAGR over at least one month (1/12 year): the root is taken at a fixed Decimal precision.

`Limits` carries the per-run settings (the size limit and `--allow-outside`, see `validator.confine`).
"""

from __future__ import annotations

import json
import os
import re
import stat
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from validator.errors import InputError

__all__ = [
    "MAX_FILE_BYTES", "Limits", "load_json", "number_problem", "parse_size", "read_text",
]

MAX_FILE_BYTES = 20 * 1000 * 1000
MAX_JSON_DEPTH = 64
MAX_DIGITS = 40
MAX_PLACES = 30
MAX_MAGNITUDE = Decimal("1e30")
MIN_YEARS = Fraction(1, 12)


@dataclass(frozen=True)
class Limits:
    """What a run accepts from its inputs: the largest file, and whether paths may leave the project."""

    max_file_bytes: int = MAX_FILE_BYTES
    allow_outside: bool = False  # a command-line flag only: a pull request cannot turn it on


DEFAULT_LIMITS = Limits()


def number_problem(value: Decimal) -> str | None:
    """Why a number from a claim file is refused, or None when it is usable."""
    if not value.is_finite():
        return "must be a finite number"
    _, digits, exponent = value.as_tuple()
    assert isinstance(exponent, int)
    if len(digits) > MAX_DIGITS:
        return f"has {len(digits)} digits; at most {MAX_DIGITS} are accepted"
    if value.copy_abs() >= MAX_MAGNITUDE:  # copy_abs, not abs(): no context, so no Overflow on 1e999999999
        return f"must be smaller than {MAX_MAGNITUDE} in magnitude"
    if exponent < -MAX_PLACES:
        return f"has {-exponent} decimal places; at most {MAX_PLACES} are accepted"
    return None


def parse_size(value: object) -> int:
    """A size in bytes from an int (bytes) or a string such as "20 MB", "500 kB", "1.5 GB"."""
    if isinstance(value, bool):
        raise ValueError("expected a size such as \"20 MB\" or a number of bytes")
    if isinstance(value, int):
        size = value
    elif isinstance(value, str):
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?\s*", value)
        if m is None:
            raise ValueError(f"expected a size such as \"20 MB\", got {value!r}")
        factor = {"": 1, "k": 1000, "m": 1000**2, "g": 1000**3}[m[2].lower()]
        size = int(Decimal(m[1]) * factor)
    else:
        raise ValueError(f"expected a size such as \"20 MB\" or a number of bytes, got {value!r}")
    if size <= 0:
        raise ValueError(f"expected a positive size, got {value!r}")
    return size


def _size(size: int) -> str:
    for unit, step in (("GB", 1000**3), ("MB", 1000**2), ("kB", 1000)):
        if size >= step:
            return f"{size / step:.3g} {unit}"
    return f"{size} bytes"


def read_text(path: str, what: str, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The file as `open(path, encoding="utf-8")` reads it (universal newlines), within the limits above.

    `what` names the kind of file in messages ("file", "claim file", "baseline file"). Raises
    `InputError` naming the file (and the line, for a bad byte or a NUL).
    """
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer for ever
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with open(fd, "rb", buffering=0) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise InputError(f"cannot read {what}: not a regular file", path)
            if info.st_size > max_bytes:
                raise InputError(f"{what} too large: {_size(info.st_size)} (the limit is {_size(max_bytes)}; "
                                 "raise max-file-size in [tool.claimcheck])", path)
            data = handle.read(max_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror}", path) from exc
    except IsADirectoryError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror}", path) from exc
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", path) from exc
    if len(data) > max_bytes:  # it grew after the check
        raise InputError(f"{what} too large (the limit is {_size(max_bytes)})", path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(f"not UTF-8 text (invalid byte at offset {error.start})", path, line) from error
    nul = text.find("\x00")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1
        column = nul - text.rfind("\n", 0, nul)
        raise InputError("contains NUL characters: not a text file (UTF-16 without a byte-order mark?)",
                         path, line, column)
    return text.replace("\r\n", "\n").replace("\r", "\n")  # what open()'s universal newlines give


# A string runs to its closing quote, or to the end when there is none (possessive: each character is
# looked at once, so the scan is linear even in text full of stray quotes and backslashes).
_JSON_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\Z)|[\[\]{}]', re.DOTALL)


def json_depth(raw: str, stop: int = MAX_JSON_DEPTH) -> tuple[int, int]:
    """(deepest nesting of arrays/objects, offset where it went past `stop`, or -1); strings skipped."""
    depth = deepest = 0
    for match in _JSON_TOKEN.finditer(raw):
        token = match.group()
        if token in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if depth > stop:
                return deepest, match.start()
        elif token in "]}":
            depth -= 1
    return deepest, -1


def load_json(raw: str, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """`json.loads`, refusing nesting deeper than `max_depth` with a `json.JSONDecodeError` at that place."""
    _, where = json_depth(raw, max_depth)
    if where >= 0:
        raise json.JSONDecodeError(f"nested deeper than {max_depth} levels", raw, where)
    try:
        return json.loads(raw)
    except RecursionError as exc:  # pragma: no cover - the depth check comes first
        raise json.JSONDecodeError(f"nested deeper than {max_depth} levels", raw, 0) from exc
