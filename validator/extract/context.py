"""The per-document text index shared by extraction and linking: sentences (with their paragraph),
clauses, and where the lexicon's cue words stand (`TextIndex`, one per document through `text_index`).

Extraction reads subjects, metrics, modality and share cues from it; the linker reads comparison roles,
changes, parts and top-k words. Everything is found once per document, in one pass per table set
(`validator.lexicon.scan_tables`), and looked up by bisection.
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from validator.document import Document
from validator.lexicon import WordHit, lexicon
from validator.lexicon.words import scan_tables_and

if TYPE_CHECKING:
    from validator.extract.periods import PeriodMention

__all__ = ["TABLES", "Sentence", "TextIndex", "text_index"]

# the lexicon word tables a document is scanned for, by the name lookups use
TABLES: dict[str, tuple[str, ...]] = {
    "subject": ("subjects",), "metric": ("metrics",), "product": ("products",),
    "modality": ("modality",), "share": ("cues", "share"), "total": ("cues", "total"),
    "up": ("cues", "change_up"), "down": ("cues", "change_down"), "top": ("cues", "top"), "parts": ("cues", "parts"),
    # the comparison roles (see the lexicons' `comparison` section)
    "basis": ("comparison", "basis"), "from": ("comparison", "from"), "to": ("comparison", "to"),
    "than": ("comparison", "than"), "prior": ("comparison", "prior"),
    "respectively": ("cues", "respectively"), "remainder": ("cues", "parts_remainder"),
}
_SECTIONS = tuple(TABLES.values())  # (built once: the tables' cache key)
_CLAUSE_BREAK = re.compile(r"[,;:，；：。！？!?()（）“”\"]|\s[-–—]\s")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


class TextIndex:
    """Per-document lookups shared by extraction and linking: sentences (with their paragraph), clauses,
    and the hits of the lexicon's word tables (by the names in `TABLES`)."""

    def __init__(self, doc: Document) -> None:
        # No reference to `doc` itself: the index is the value of a WeakKeyDictionary keyed by it, and a value
        # that holds its key keeps both alive for the life of the process (every article of a run, leaked).
        self.text = doc.text
        self.language = lang = doc.language
        paragraphs = doc.paragraphs()
        para_starts = [p[0] for p in paragraphs]
        self.sentences = [Sentence(s, e, max(bisect.bisect_right(para_starts, s) - 1, 0))
                          for s, e in doc.sentences(paragraphs)]
        self._sentence_starts = [s.start for s in self.sentences]
        self.share_window = lexicon(lang).cues.share_window
        from validator.extract.periods import _candidates, _lexicon

        # the period templates (each one's finditer) are read in the same pass as the word tables, and the periods'
        # candidates kept for `find_periods`: one gated scan of the text instead of two
        hits, period_matches = scan_tables_and(lang, _SECTIONS, self.text, tuple(_lexicon(lang).scan.patterns))
        _candidates(self.text, lang, period_matches)
        self.hits = dict(zip(TABLES, hits, strict=True))
        self._hit_starts = {name: [h.start for h in hits] for name, hits in self.hits.items()}
        self._clauses: dict[tuple[int, int], tuple[int, int]] = {}  # each number's clause is asked for often
        # the document's period expressions, kept by extraction for the linker (spans of years, CAGR, months)
        self.periods: list[PeriodMention] | None = None
        self._breaks: dict[int, list[tuple[int, int]]] = {}  # clause breaks, by sentence start

    def sentence_of(self, pos: int) -> Sentence:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i < 0 or not self.sentences:
            return Sentence(0, len(self.text), 0)
        s = self.sentences[i]
        return s if pos < s.end or i == len(self.sentences) - 1 else Sentence(pos, pos, s.paragraph)

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        """From the last clause break before ``start`` in its sentence to the first after ``end``."""
        found = self._clauses.get((start, end))
        if found is None:
            found = self._clauses[start, end] = self._clause(start, end)
        return found

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        s = self.sentence_of(start)
        breaks = self._breaks.get(s.start)
        if breaks is None:  # the sentence's breaks, found once
            breaks = self._breaks[s.start] = [m.span() for m in _CLAUSE_BREAK.finditer(self.text, s.start, s.end)]
        i = bisect.bisect_right(breaks, (start, start))  # the first break that starts at or after start
        j = bisect.bisect_left(breaks, (end, end))  # the first break that starts at or after end
        if (i and breaks[i - 1][1] > start) or (j and breaks[j - 1][1] > end):
            # A break that spans start or end ("x - 5"): search the way the breaks were defined.
            left = s.start
            for m in _CLAUSE_BREAK.finditer(self.text, s.start, start):
                left = m.end()
            m2 = _CLAUSE_BREAK.search(self.text, end, s.end)
            return left, m2.start() if m2 else s.end
        return breaks[i - 1][1] if i else s.start, breaks[j][0] if j < len(breaks) else s.end

    def between(self, name: str, lo: int, hi: int) -> list[WordHit]:
        starts = self._hit_starts[name]
        hits = self.hits[name]
        out = []
        for i in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
            if hits[i].end <= hi:
                out.append(hits[i])
        return out

    def last_before(self, name: str, lo: int, pos: int, skip: tuple[str, ...] = ()) -> WordHit | None:
        """The last of ``between(name, lo, pos)`` whose label is not in ``skip`` (found from the end)."""
        starts = self._hit_starts[name]
        hits = self.hits[name]
        for i in range(bisect.bisect_left(starts, pos) - 1, bisect.bisect_left(starts, lo) - 1, -1):
            hit = hits[i]
            if hit.end <= pos and hit.label not in skip:
                return hit
        return None

    def share_cue(self, start: int, end: int) -> WordHit | None:
        """A share cue word shortly before the percentage at [start, end) in its clause ("chiếm 70,5%", "占…的25%",
        "accounted for 60%"): within the lexicon's `cues.share_window` characters."""
        clause = self.clause_of(start, end)
        hit = self.last_before("share", clause[0], start)
        if hit is None:
            return None
        return hit if start - hit.end <= self.share_window else None


_INDEXES: weakref.WeakKeyDictionary[Document, TextIndex] = weakref.WeakKeyDictionary()


def text_index(doc: Document) -> TextIndex:
    """The document's `TextIndex`, built once and shared by extraction and linking."""
    index = _INDEXES.get(doc)
    if index is None:
        index = _INDEXES[doc] = TextIndex(doc)
    return index
