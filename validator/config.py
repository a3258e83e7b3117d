"""Project configuration: `[tool.claimcheck]` in the nearest pyproject.toml above the working directory.

```toml
[tool.claimcheck]
fail-on = "error"            # lowest severity that fails the run: error | warning | info
select = []                  # only these rules (codes or names); empty = all
ignore = []                  # skip these rules
baseline = ""                # a baseline file (relative to this pyproject.toml); empty = none
max-file-size = "20 MB"      # larger articles and claim files are refused (exit 2)
exclude = ["tests/", "reports/"]  # globs, relative to this file: never inputs when walking folders

[tool.claimcheck.severity]   # per-rule severity
NR103 = "error"

[tool.claimcheck.tolerance]  # how far hedges reach, as fractions of the stated value
about = 0.1
nearly-below = 0.15
```

Command-line flags override these. A bad key or value is an `InputError` naming pyproject.toml, the
line and the key (exit status 2).
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from rapidfuzz import process

from validator.errors import InputError, UnknownRuleError
from validator.intervals import DEFAULT_TOLERANCE, Tolerance
from validator.limits import MAX_FILE_BYTES, parse_size
from validator.model import Severity

SEVERITIES = ("error", "warning", "info")
KEYS = ("fail-on", "select", "ignore", "severity", "tolerance", "baseline", "max-file-size", "exclude")
TOLERANCE_KEYS = {f.name.replace("_", "-"): f.name for f in dataclasses.fields(Tolerance)}


@dataclass
class Config:
    """Settings from `[tool.claimcheck]`; `path` is the pyproject.toml they came from (None: defaults)."""

    path: str | None = None
    fail_on: str | None = None
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)  # rule code -> severity
    tolerance: Tolerance = DEFAULT_TOLERANCE
    baseline: str | None = None  # absolute, or relative to the working directory
    baseline_line: int | None = None  # where `baseline` is set in `path` (for "outside the project")
    max_file_bytes: int = MAX_FILE_BYTES
    exclude: list[str] = field(default_factory=list)  # globs relative to the folder of `path`

    @property
    def base(self) -> str | None:
        """The folder `exclude` globs are relative to (None: the working directory)."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else None


def find_pyproject(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The nearest pyproject.toml in `start` (default: the working directory) or a folder above it."""
    here = Path(start or os.getcwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


class _Reader:
    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text

    def line_of(self, key: str) -> int | None:
        leaf = key.rsplit(".", 1)[-1]
        m = re.search(rf'^\s*"?{re.escape(leaf)}"?\s*=', self.text, re.MULTILINE)
        return self.text.count("\n", 0, m.start()) + 1 if m else None

    def fail(self, key: str, message: str) -> InputError:
        return InputError(f"[tool.claimcheck] {key}: {message}", str(self.path), self.line_of(key))

    def rules(self, key: str, value: Any) -> list[str]:
        from validator.rules import find_rules

        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise self.fail(key, 'expected a list of rule codes or names, e.g. ["NR101", "hedge-violation"]')
        out = [v.strip() for item in items for v in item.split(",") if v.strip()]
        for name in out:
            try:
                find_rules(name)
            except UnknownRuleError as exc:
                raise self.fail(key, str(exc)) from None
        return out


def _unknown(reader: _Reader, key: str, known: tuple[str, ...] | list[str], where: str) -> InputError:
    match = process.extractOne(key, list(known), score_cutoff=60)
    hint = f"; did you mean {match[0]!r}?" if match else ""
    return reader.fail(f"{where}{key}", f"unknown key{hint} (known: {', '.join(known)})")


def load_config(
    start: str | os.PathLike[str] | None = None, path: str | os.PathLike[str] | None = None
) -> Config:
    """Read `[tool.claimcheck]` from `path`, or from the nearest pyproject.toml above `start`."""
    pyproject = Path(path) if path is not None else find_pyproject(start)
    if pyproject is None:
        return Config()
    try:
        text = pyproject.read_text(encoding="utf-8")
        data = tomllib.loads(text, parse_float=Decimal)  # tolerances stay exact
    except FileNotFoundError as exc:
        raise InputError("no such file", str(pyproject)) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", str(pyproject)) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"not valid TOML: {exc}", str(pyproject)) from exc
    tool = data.get("tool", {})
    section = tool.get("claimcheck") if isinstance(tool, dict) else None
    if section is None:
        return Config(path=str(pyproject))
    reader = _Reader(pyproject, text)
    if not isinstance(section, dict):
        raise reader.fail("claimcheck", "expected a table")
    return _parse(reader, section)


def _parse(reader: _Reader, section: dict[str, Any]) -> Config:
    from validator.rules import find_rule

    config = Config(path=str(reader.path))
    for key, value in section.items():
        if key == "fail-on":
            if value not in SEVERITIES:
                raise reader.fail(key, f"expected one of {', '.join(map(repr, SEVERITIES))}, got {value!r}")
            config.fail_on = value
        elif key == "select":
            config.select = reader.rules(key, value) or None
        elif key == "ignore":
            config.ignore = reader.rules(key, value)
        elif key == "baseline":
            if not isinstance(value, str):
                raise reader.fail(key, f"expected a file path (a string), got {value!r}")
            if value:
                config.baseline = os.path.relpath(reader.path.parent / value)
                config.baseline_line = reader.line_of(key)
        elif key == "max-file-size":
            try:
                config.max_file_bytes = parse_size(value)
            except ValueError as exc:
                raise reader.fail(key, str(exc)) from None
        elif key == "exclude":
            items = [value] if isinstance(value, str) else value
            if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
                raise reader.fail(key, 'expected a list of globs, e.g. ["tests/", "reports/*.json"]')
            config.exclude = [v for v in items if v.strip()]
        elif key == "severity":
            if not isinstance(value, dict):
                raise reader.fail(key, 'expected a table of rule = "error" | "warning" | "info"')
            for rule_name, level in value.items():
                try:
                    code = find_rule(rule_name).code
                except UnknownRuleError as exc:
                    raise reader.fail(f"severity.{rule_name}", str(exc)) from None
                if level not in SEVERITIES:
                    raise reader.fail(
                        f"severity.{rule_name}",
                        f"expected one of {', '.join(map(repr, SEVERITIES))}, got {level!r}",
                    )
                config.severity[code] = Severity(level)
        elif key == "tolerance":
            config.tolerance = _tolerance(reader, value)
        else:
            raise _unknown(reader, key, KEYS, "")
    return config


def _tolerance(reader: _Reader, table: Any) -> Tolerance:
    if not isinstance(table, dict):
        raise reader.fail("tolerance", "expected a table such as {about = 0.1, nearly-below = 0.15}")
    changes: dict[str, Fraction] = {}
    for key, value in table.items():
        name = TOLERANCE_KEYS.get(key) or TOLERANCE_KEYS.get(key.replace("_", "-"))
        if name is None:
            raise _unknown(reader, key, list(TOLERANCE_KEYS), "tolerance.")
        if (isinstance(value, bool) or not isinstance(value, (int, Decimal))
                or (isinstance(value, Decimal) and not value.is_finite()) or not 0 <= value <= 1):
            raise reader.fail(
                f"tolerance.{key}", f"expected a fraction between 0 and 1 (0.1 = 10%), got {value!r}"
            )
        changes[name] = Fraction(value)
    return dataclasses.replace(DEFAULT_TOLERANCE, **changes)
