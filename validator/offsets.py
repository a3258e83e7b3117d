"""From offsets in the text as read to offsets in the file itself (for SARIF's `charOffset`).

The JSON contract (DESIGN.md) indexes the article "as read with open(path, encoding='utf-8')": CRLF is
one character there ("\\n") and a byte-order mark is U+FEFF at offset 0. SARIF's `charOffset` and
`charLength` address the artifact, so viewers that seek in the file need its own characters: a CRLF
counts two, and the BOM, which no viewer shows, counts none. `file_offsets` gives that mapping for a
plain-text article whose file differs from its text; None when they agree or when the text is not the
file (a JSON article's title and content).
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable

__all__ = ["file_offsets"]


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


def file_offsets(path: str | os.PathLike[str]) -> Callable[[int], int] | None:
    """The mapping for the article at `path` (None: offsets need no change, or the file is unreadable)."""
    name = os.fspath(path)
    if name.casefold().endswith(".json"):
        return None
    try:
        with open(name, encoding="utf-8", newline="") as handle:
            raw = handle.read()
    except (OSError, UnicodeDecodeError):
        return None
    if raw.removeprefix("\ufeff").lstrip().startswith("{"):
        return None  # perhaps a JSON article in a .txt file: its text is not the file
    return crlf_mapping(raw)
