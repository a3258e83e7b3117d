"""Articles as the engine sees them: the text all offsets index, its language and its date.

For a JSON article {"title", "content"} the text is the title, a blank line, then the content — the
same text the answer-key scorer builds — so report offsets mean the same to every tool.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from validator.errors import InputError

_HAN = re.compile(r"[\u4e00-\u9fff]")
_VI = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)


def detect_language(text: str) -> str:
    sample = text[:20000]
    han = len(_HAN.findall(sample))
    letters = sum(ch.isalpha() for ch in sample) or 1
    if han / letters > 0.2:
        return "zh"
    if len(_VI.findall(sample)) / letters > 0.03:
        return "vi"
    return "en"


@dataclass(frozen=True)
class Document:
    path: str
    text: str
    language: str
    date: dt.date | None = None
    _line_starts: list[int] = field(default_factory=list, compare=False, repr=False)

    def line_col(self, offset: int) -> tuple[int, int]:
        starts = self._line_starts or [0] + [m.end() for m in re.finditer("\n", self.text)]
        if not self._line_starts:
            object.__setattr__(self, "_line_starts", starts)
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1


def document_from_text(text: str, path: str = "<text>", language: str | None = None) -> Document:
    return Document(path, text, language or detect_language(text))


def load_document(path: str | os.PathLike[str], language: str | None = None) -> Document:
    p = str(path)
    try:
        raw = Path(p).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError("no such file", p) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text (byte {exc.start})", p) from exc
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", p) from exc
    text = raw
    if p.endswith(".json") or raw.lstrip().startswith("{"):
        try:
            obj = json.loads(raw)
        except ValueError as exc:
            if p.endswith(".json"):
                raise InputError(f"not valid JSON: {exc}", p) from exc
            obj = None
        if isinstance(obj, dict) and isinstance(obj.get("content"), str):
            title = obj.get("title") or ""
            text = f"{title}\n\n{obj['content']}" if title else obj["content"]
        elif p.endswith(".json"):
            raise InputError('a JSON article must be an object with a string "content"', p)
    return document_from_text(text, p, language)
