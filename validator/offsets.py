"""From offsets in the text as read to places in the file itself (SARIF's `charOffset`, and the line and
column that CI annotations and editors need).

The JSON contract (DESIGN.md) indexes the article "as read with open(path, encoding='utf-8')": CRLF is
one character there ("\\n") and a byte-order mark is U+FEFF at offset 0. SARIF's `charOffset` and
`charLength` address the artifact, so viewers that seek in the file need its own characters: a CRLF
counts two, and the BOM, which no viewer shows, counts none. `file_offsets` gives that mapping for a
plain-text article whose file differs from its text; None when they agree.

A JSON article's text is its title, a blank line, then its content, decoded: "\\n" in the file is one
"\n" in the text, and the content usually stands on one line of the file. `file_map` maps each
character of that text to where it is written in the JSON file (inside the string literals, escapes
read), so that a GitHub annotation or a SARIF region points at the real line and column of the file.
"""

from __future__ import annotations

import bisect
import json
import os
import re
from collections.abc import Callable

__all__ = ["FileMap", "file_map", "file_offsets", "json_article_mapping"]


def crlf_mapping(raw: str) -> Callable[[int], int] | None:
    """For the file's own text `raw` (newlines untranslated): offset as read -> offset in `raw` without BOM."""
    bom = 1 if raw.startswith("\ufeff") else 0
    if "\r" not in raw and not bom:
        return None
    crlf_at: list[int] = []  # offsets, in the text as read, of the "\n"s that were "\r\n" in the file
    shift = 0
    start = 0
    while (cr := raw.find("\r", start)) >= 0:
        if raw.startswith("\r\n", cr):
            crlf_at.append(cr - shift)
            shift += 1
            start = cr + 2
        else:
            start = cr + 1  # a lone CR is read as one "\n": same length
    def to_file(offset: int) -> int:
        return max(offset + bisect.bisect_left(crlf_at, offset) - bom, 0)

    return to_file


def _string_map(raw: str, quote: int) -> tuple[list[int], int]:
    """For the JSON string literal opening at `raw[quote]`: the raw offset of each decoded character, and
    the offset of the closing quote."""
    out: list[int] = []
    i = quote + 1
    while raw[i] != '"':
        out.append(i)
        if raw[i] != "\\":
            i += 1
        elif raw[i + 1] != "u":
            i += 2
        else:
            unit = int(raw[i + 2:i + 6], 16)
            i += 6
            if 0xD800 <= unit < 0xDC00 and raw.startswith("\\u", i):  # a surrogate pair: one code point
                low = int(raw[i + 2:i + 6], 16)
                if 0xDC00 <= low < 0xE000:
                    i += 6
    return out, i


def json_article_mapping(raw: str) -> Callable[[int], int] | None:
    """For a JSON article's file text `raw` (BOM removed): offset in its text (title, blank line, content)
    -> offset in `raw`. None when `raw` is not such an object."""
    decoder = json.JSONDecoder()
    where: dict[str, tuple[list[int], int]] = {}
    try:
        i = len(raw) - len(raw.lstrip())
        if raw[i] != "{":
            return None
        i += 1
        while True:
            i += len(raw[i:]) - len(raw[i:].lstrip())
            if raw[i] == "}":
                break
            key, i = json.decoder.scanstring(raw, i + 1)  # type: ignore[attr-defined]
            i = raw.index(":", i) + 1
            i += len(raw[i:]) - len(raw[i:].lstrip())
            start = i
            _, i = decoder.raw_decode(raw, i)
            if key in ("title", "content") and raw[start] == '"':
                where[key] = _string_map(raw, start)  # a repeated key: the last wins, as json.loads reads it
            i += len(raw[i:]) - len(raw[i:].lstrip())
            if raw[i] == ",":
                i += 1
    except (ValueError, IndexError):
        return None
    if "content" not in where:
        return None
    title, title_end = where.get("title", ([], 0))
    content, content_end = where["content"]
    head = len(title) + 2 if title else 0  # the text is title + "\n\n" + content (content alone without one)

    def to_file(offset: int) -> int:
        if offset < len(title):
            return title[offset]
        if offset < head:
            return title_end  # the blank line between: the title's closing quote
        k = offset - head
        return content[k] if k < len(content) else content_end

    return to_file


class FileMap:
    """Where the characters of an article's text are written in its file: `offset(i)` (code points of the
    file without its BOM; also `map(i)` by calling it) and `line_col(i)` (1-based, as editors count)."""

    def __init__(self, raw: str, to_file: Callable[[int], int]) -> None:
        self.raw = raw.removeprefix("\ufeff")
        self.to_file = to_file
        self._starts = [0] + [m.end() for m in re.finditer("\r\n|\r|\n", self.raw)]

    def __call__(self, offset: int) -> int:
        return self.to_file(offset)

    def offset(self, offset: int) -> int:
        return self.to_file(offset)

    def line_col(self, offset: int) -> tuple[int, int]:
        at = min(self.to_file(offset), len(self.raw))
        index = bisect.bisect_right(self._starts, at) - 1
        return index + 1, at - self._starts[index] + 1


def file_map(path: str | os.PathLike[str]) -> FileMap | None:
    """The map for the article at `path` (None: its text is its file, or the file is unreadable)."""
    name = os.fspath(path)
    try:
        with open(name, encoding="utf-8", newline="") as handle:
            raw = handle.read()
    except (OSError, UnicodeDecodeError):
        return None
    body = raw.removeprefix("\ufeff")
    if name.casefold().endswith(".json") or body.lstrip().startswith("{"):
        mapping = json_article_mapping(body)
        return FileMap(raw, mapping) if mapping is not None else None
    crlf = crlf_mapping(raw)
    return FileMap(raw, crlf) if crlf is not None else None


def file_offsets(path: str | os.PathLike[str]) -> Callable[[int], int] | None:
    """The offset mapping for the article at `path` (None: offsets need no change, or the file is unreadable)."""
    return file_map(path)
