"""An article as the engine sees it: the text all offsets index, its language and date.

``load_document`` reads a file the same way the scoring tool does: the file as read with
``open(path, encoding="utf-8")``, except that a JSON article ``{"title", "content"}`` becomes
``title + "\\n\\n" + content`` (just ``content`` without a title). Everything downstream
(spans, line/column, paragraphs, sentences) indexes that one string.

Two details of "as read": CRLF and lone CR are read as "\\n" (universal newlines), so offsets count a
CRLF as one character (SARIF, which addresses the file itself, converts; see `validator.report.sarif`);
and a UTF-8 byte-order mark stays in the text as U+FEFF at offset 0, so that `start`/`end` index
exactly what the scoring tool reads, while columns on line 1 do not count it (no editor shows it).
A JSON article's BOM is not part of its title or content. Files are read within the limits of
`validator.limits` (size, UTF-8, no NUL, JSON depth).
"""

from __future__ import annotations

import datetime
import os
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from validator.errors import InputError
from validator.language import detect_language
from validator.lexicon import LANGUAGES
from validator.limits import MAX_FILE_BYTES, load_json, read_text

__all__ = ["Document", "detect_language", "document_from_text", "load_document"]

BOM = "\ufeff"

# Sentence ends: CJK marks end a sentence outright; ". ! ? ;" only before whitespace or the
# end (so "12.5", "85.5万" and "U.S.-China" stay whole). Closing quotes/brackets that follow
# the mark belong to the sentence they close.
# Written as "a mark, then which mark it was" so that the regex engine can scan for the marks
# with its fast set test; the same matches as (?:[。！？；]+|\.{3}|…|[.!?;]+(?=CLOSE*(?:\s|$)))CLOSE*.
_SENTENCE_END = re.compile(
    r"[。！？；.…!?;](?:(?<=[。！？；])[。！？；]*|(?<=\.)\.\.|(?<=…)|(?<=[.!?;])[.!?;]*"
    r"(?=[\"'”’»)\]」』】》]*(?:\s|$)))[\"'”’»)\]」』】》]*"
)
_LINE = re.compile(r"[^\n]+")
_DOTTED = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{0,3}")  # letters between dots: "U.S", "e.g", "a.m"
_WORD_BEFORE_DOT = re.compile(r"(?:^|[\s(\"“‘'])([^\s(\"“‘']+)\.$")
# Abbreviations that end in a dot without ending the sentence. Kept here rather than in the
# lexicons because sentence splitting is about layout, not about how numbers are written;
# case-insensitive, without the final dot.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st mt inc ltd co corp bros no nos vs etc approx est dept gov "
    "gen col lt sgt rep sen fig figs vol pp ed eds al jan feb mar apr jun jul aug sep sept oct "
    "nov dec tp tx ths ts pgs gs th ng".split()
)


@dataclass(frozen=True)
class Document:
    """One article: ``text`` is what every offset indexes (code points, end exclusive)."""

    path: str
    text: str
    language: str
    date: datetime.date | None = None  # given with the article (a claim file's `date:`); see extract.document_date
    date_fields: tuple[str, ...] = ()  # dates written in its metadata (JSON "date", "published"…), unread
    # found when first asked for (extraction never asks: a sentence's document need not pay for it)
    _line_starts: tuple[int, ...] | None = field(default=None, init=False, repr=False, compare=False)

    def _lines(self) -> tuple[int, ...]:
        starts = self._line_starts
        if starts is None:
            starts = (0, *(match.end() for match in re.finditer("\n", self.text)))
            object.__setattr__(self, "_line_starts", starts)
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in code points) of ``offset``; ``len(text)`` is allowed.

        A byte-order mark at the start is not counted in line 1's columns (editors do not show it).
        """
        if not 0 <= offset <= len(self.text):
            raise ValueError(f"offset {offset} outside 0..{len(self.text)}")
        starts = self._lines()
        index = bisect_right(starts, offset) - 1
        column = offset - starts[index] + 1
        if index == 0 and offset > 0 and self.text.startswith(BOM):
            column -= 1
        return index + 1, column

    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph: each non-blank line, surrounding blanks trimmed.

        News text is not hard-wrapped (the seeds put one paragraph per line, with or without
        blank lines between), so a newline always ends a paragraph.
        """
        spans: list[tuple[int, int]] = []
        for match in _LINE.finditer(self.text):
            line = match.group()
            stripped = line.strip()
            if stripped:
                start = match.start() + (len(line) - len(line.lstrip()))
                spans.append((start, start + len(stripped)))
        return spans

    def sentences(self, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """(start, end) of each sentence, within paragraphs (``self.paragraphs()``, given when already found),
        whitespace trimmed."""
        spans: list[tuple[int, int]] = []
        for start, end in self.paragraphs() if paragraphs is None else paragraphs:
            begin = start
            for match in _SENTENCE_END.finditer(self.text, start, end):
                if self._is_abbreviation(begin, match.start(), match.group()):
                    continue
                _append_trimmed(self.text, begin, match.end(), spans)
                begin = match.end()
            _append_trimmed(self.text, begin, end, spans)
        return spans

    def _is_abbreviation(self, begin: int, dot: int, mark: str) -> bool:
        """Whether the "." at ``dot`` closes an abbreviation ("Mr.", "U.S.", "J.") instead."""
        if not mark.startswith(".") or mark.startswith("..."):
            return False
        # The word is what follows the last space or bracket before the dot: look for it near
        # the dot first (a search from the sentence start finds the same, after a longer walk).
        found = _WORD_BEFORE_DOT.search(self.text, max(begin, dot - 63), dot + 1)
        if found is None and dot - 63 > begin:
            found = _WORD_BEFORE_DOT.search(self.text, begin, dot + 1)
        if found is None:
            return False
        word = found.group(1)
        if _DOTTED.fullmatch(word) or (len(word) == 1 and word.isalpha() and word.isupper()):
            return True  # "U.S.", "e.g.", "J." (not "2.5%." or "85.5万.")
        if word.casefold() in _ABBREVIATIONS:
            return True
        return False


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


def _checked_language(language: str | None, text: str, path: str) -> str:
    if language is None:
        return detect_language(text)
    if language not in LANGUAGES:
        raise InputError(f"unknown language {language!r} (expected one of {', '.join(LANGUAGES)})", path)
    return language


def document_from_text(text: str, path: str = "<text>", language: str | None = None) -> Document:
    """A Document over ``text`` exactly as given (no JSON unwrapping)."""
    lang = _checked_language(language, text, path)
    return Document(path=path, text=text, language=lang)


def load_document(path: str | os.PathLike[str], language: str | None = None,
                  max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read an article; raise ``InputError`` naming the file when it cannot be used."""
    name = os.fspath(path)
    raw = read_text(name, "file", max_bytes)

    text = raw
    dates: tuple[str, ...] = ()
    article = _json_article(raw.removeprefix(BOM), name, required=Path(name).suffix.casefold() == ".json")
    if article is not None:
        text, dates = article
    lang = _checked_language(language, text, name)
    return Document(path=name, text=text, language=lang, date_fields=dates)


def _json_article(raw: str, path: str, required: bool) -> tuple[str, tuple[str, ...]] | None:
    """The text (and date fields, in the order they are read) of a JSON article, or None when ``raw`` is
    not one.

    A ``.json`` file must be an article; any other file is one only if it parses as such,
    which is what the scoring tool does too (seed 001 is JSON in a ``.txt`` file).
    """
    if not required and not raw.lstrip().startswith("{"):
        return None
    try:
        obj = load_json(raw)
    except ValueError as error:
        if not required:
            return None
        line, column = getattr(error, "lineno", None), getattr(error, "colno", None)
        raise InputError(f"invalid JSON: {getattr(error, 'msg', error)}", path, line, column) from error
    if not isinstance(obj, dict) or not isinstance(obj.get("content"), str):
        if not required:
            return None
        raise InputError('expected a JSON object with a string "content" (and optional "title")', path)
    title = obj.get("title") or ""  # mirrors score_findings.document_text() exactly
    if not isinstance(title, str):  # the scoring tool would insert its Python repr: refuse instead
        found = re.search(r'"title"\s*:', raw)
        line = raw.count("\n", 0, found.start()) + 1 if found else None
        kind = {list: "array", dict: "object", bool: "boolean"}.get(type(title), "number")
        raise InputError(f'"title" must be a string, not a JSON {kind}', path, line)
    content: str = obj["content"]
    text = f"{title}\n\n{content}" if title else content
    dates = tuple(value for key in ("date", "published", "published_at", "publish_date")
                  if isinstance(value := obj.get(key), str))
    return text, dates
