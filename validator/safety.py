"""Clean output: what an article, a claim file or a file name may put on a screen or in a CI log.

Article text, claim-file strings and file names are untrusted (SECURITY.md). Before any renderer sees
them they pass through one function, `safe_text`, which replaces every character that can steer a
terminal or reorder what a reader sees with one harmless character of its own:

- C0 controls except newline and tab (so ESC, and with it every CSI/OSC/DCS sequence, BEL, CR,
  backspace) become the matching Control Pictures sign (ESC -> U+241B "␛", CR -> "␍");
- DEL becomes "␡"; C1 controls (U+0080-U+009F, which some terminals read as CSI/OSC), bidi
  overrides, embeddings, isolates and marks (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C)
  and lone surrogates (legal in a JSON string, not encodable as UTF-8) become U+FFFD "�".

One character for one character: offsets into a cleaned article still index the same places, so
highlighting and `text[start:end]` keep working. `safe_line` is the variant for one-line fields
(paths, messages, a number as written): it also shows a newline as the two characters ``\\n``, so a
file name with a newline can never start a line of its own (a GitHub workflow command is any
output line that starts with ``::``). `guard_commands` is the last line of defence for free-form
output (rich, Markdown, HTML): a line that would start with ``::`` gets a zero-width space between
the two colons.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from validator.model import Report

__all__ = [
    "guard_commands", "json_escape_unsafe", "safe_line", "safe_mapping", "safe_report", "safe_text",
    "unsafe_characters",
]

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE_CLASS = "[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "\ud800-\udfff]"
_UNSAFE = re.compile(_UNSAFE_CLASS)
_UNSAFE_OR_NEWLINE = re.compile(_UNSAFE_CLASS[:-1] + "\n]")
_COMMAND_LINE = re.compile(r"^([ \t]*):(?=:)", re.MULTILINE)

_TABLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_TABLE[0x7F] = "\u2421"
_TABLE.update({c: "\ufffd" for c in range(0x80, 0xA0)})
_TABLE.update({ord(c): "\ufffd" for c in _BIDI})
_TABLE.update({c: "\ufffd" for c in range(0xD800, 0xE000)})

T = TypeVar("T")


def unsafe_characters(text: str) -> bool:
    """Whether `text` holds anything `safe_text` would replace."""
    return _UNSAFE.search(text) is not None


def safe_text(text: str) -> str:
    """`text` with controls (but newline and tab), bidi controls and lone surrogates made inert, 1:1."""
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_TABLE)


def safe_line(text: str) -> str:
    """`safe_text` for a one-line field: a newline is shown as the two characters ``\\n``."""
    if _UNSAFE_OR_NEWLINE.search(text) is None:
        return text
    return safe_text(text).replace("\n", "\\n")


def json_escape_unsafe(json_text: str) -> str:
    """JSON text (from `json.dumps(..., ensure_ascii=False)`) with every character `safe_text` would
    replace written as a \\uXXXX escape instead: lossless (a parser reads the same strings back), and no
    raw control character on a terminal. Such characters can only stand inside JSON strings."""
    if _UNSAFE.search(json_text) is None:
        return json_text
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json_text)


def guard_commands(output: str) -> str:
    """Output in which no line starts (after blanks) with ``::``, the GitHub workflow-command marker."""
    if "::" not in output:
        return output
    return _COMMAND_LINE.sub(lambda m: m.group(1) + ":\u200b", output)


def _clean(value: T, key: object = None) -> T:
    if isinstance(value, str):
        # "text" is a stretch of the article (it may span lines, and formats escape newlines their
        # own way); every other string is one line: a path, a message, a reason.
        return (safe_text(value) if key == "text" else safe_line(value))  # type: ignore[return-value]
    if isinstance(value, list):
        return [_clean(v, key) for v in value]  # type: ignore[return-value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v, k) for k, v in value.items()}  # type: ignore[return-value]
    return value


def safe_report(report: Report) -> Report:
    """A copy of `report` whose every string passed `safe_line` (the report itself when nothing needs it)."""
    data: dict[str, Any] = report.model_dump()
    if not any(unsafe_characters(s) or ("\n" in s and key != "text") for key, s in _strings(data)):
        return report
    return Report.model_validate(_clean(data))


def _strings(value: object, key: object = None) -> Iterable[tuple[object, str]]:
    """(the field name, the string) for every string in a dumped report, keys included."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v, key)
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v, k)


def safe_mapping(by_path: Mapping[str, T]) -> dict[str, T]:
    """A path-keyed mapping (document texts, claim spans) with keys cleaned as `safe_report` cleans
    paths, and texts cleaned by `safe_text` (one for one, so offsets still index them)."""
    return {safe_line(k): (safe_text(v) if isinstance(v, str) else v) for k, v in by_path.items()}  # type: ignore[misc]
