"""What a number is about, as a bag of normalised words, and how alike two of those are.

A share's whole, a change's base or a restated figure is often named far from the claim that uses it —
"chiếm 39,5% tổng lượng xuất khẩu" two sentences after "xuất khẩu 5,616 triệu xe". The linker compares
the words around the two figures: the lexicon's subject, metric and product words become their labels
(so "doanh số", "tiêu thụ" and "bán ra" all read `m:sales`), the language's stop words and cue words are
dropped, and what is left are content words (vi, en: words, lightly stemmed in en; zh: character
bigrams within runs of Han characters). Similarity is rapidfuzz's token-set and token-sort ratios over
those tokens, averaged: a phrase contained in another scores high, a longer phrase with other content
scores lower.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from rapidfuzz import fuzz

from validator.extract.context import TextIndex
from validator.lexicon import section, word_table

# the word tables whose hits become labels, and the prefix of each label
_LABELLED = (("subject", "s:"), ("metric", "m:"), ("product", "p:"), ("total", "t:total"))
# cue tables whose words say how a figure relates, not what it is about
_CUE_TABLES = ("share", "up", "down", "basis", "from", "to", "than", "prior", "parts", "respectively")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z]+")


@cache
def _abbreviations(language: str) -> dict[str, frozenset[str]]:
    """Abbreviations and the content words they stand for ("bđs": bất động sản), from the lexicon."""
    table = section(language, "phrases", "abbreviations") or {}
    stop = _stop_words(language)
    return {k.lower(): frozenset(w for w in _WORD.findall(v.lower()) if w not in stop and len(w) > 1)
            for k, v in table.items()}


@cache
def _han_abbreviations(language: str) -> tuple[tuple[str, str], ...]:
    """Han abbreviations and the words they stand for, as written (replaced in the text before its bigrams are read:
    "归母" shares no bigram with "归属于母公司"), longest first."""
    table = section(language, "phrases", "abbreviations") or {}
    return tuple(sorted(((str(k), str(v)) for k, v in table.items()), key=lambda kv: -len(kv[0])))


@cache
def _stop_words(language: str) -> frozenset[str]:
    words = section(language, "phrases", "stop") or []
    return frozenset(str(w).lower() for w in words)


@cache
def _zh_breaks(language: str) -> re.Pattern[str] | None:
    words = section(language, "phrases", "breaks") or []
    if not words:
        return None
    return re.compile("|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)))


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def singular(word: str) -> str:
    """An acronym's plural as the acronym ("RPKs" -> "RPK", "SUVs" -> "SUV"): one name, counted or not."""
    return word[:-1] if _ACRONYM_PLURAL.fullmatch(word) else word


def _stem(word: str) -> str:
    """English plural and tense endings off ("exports" -> "export", "sold" stays): enough for matching."""
    for suffix in ("ies", "es", "s", "ed", "ing"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


class Phrases:
    """Normalised tokens of spans of one document's text, built on its `TextIndex` word hits."""

    def __init__(self, ctx: TextIndex, language: str) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.language = language
        self.han = bool(section(language, "phrases", "han_bigrams"))
        self.stem = bool(section(language, "phrases", "stem"))
        self.stop = _stop_words(language)
        self.breaks = _zh_breaks(language)
        self.short = _abbreviations(language)
        self.han_short = _han_abbreviations(language) if self.han else ()
        # every labelled and cue word of the document, in one list sorted by start (label None: a cue word,
        # blanked out but not kept), so that a span's words are found with one bisection
        marks: list[tuple[int, int, str | None]] = []
        for name, prefix in _LABELLED:
            marks += [(h.start, h.end, prefix if prefix.endswith("total") else prefix + h.label)
                      for h in ctx.hits[name]]
        for name in _CUE_TABLES:
            marks += [(h.start, h.end, None) for h in ctx.hits[name]]
        marks.sort(key=lambda m: (m[0], m[1]))
        self._marks = marks
        self._mark_starts = [m[0] for m in marks]
        self._tokens: dict[tuple[int, int], frozenset[str]] = {}
        self._words: dict[str, tuple[str, ...]] = {}

    def tokens(self, lo: int, hi: int) -> frozenset[str]:
        """The tokens of text[lo:hi]: labels of subject/metric/product words, then content words."""
        if hi <= lo:
            return frozenset()
        # kept per span: the finders ask for the same clause's words again (on a long document, 4 asks in 10)
        found = self._tokens.get((lo, hi))
        if found is None:
            found = self._tokens[lo, hi] = self._read(lo, hi)
        return found

    def _read(self, lo: int, hi: int) -> frozenset[str]:
        out: set[str] = set()
        pieces: list[str] = []
        cursor = lo
        for i in range(bisect.bisect_left(self._mark_starts, lo), bisect.bisect_left(self._mark_starts, hi)):
            s, e, label = self._marks[i]
            if e > hi:
                continue
            if label is not None:
                out.add(label)
            if s > cursor:
                pieces.append(self.text[cursor:s])
            cursor = max(cursor, e)
        pieces.append(self.text[cursor:hi])
        rest = " ".join(pieces)
        if self.han:
            for short, written in self.han_short:  # "归母" is "归属于母公司": its bigrams, as written out
                rest = rest.replace(short, written)
            if self.breaks is not None:
                rest = self.breaks.sub(" ", rest)
            for run in _HAN_RUN.findall(rest):
                if len(run) == 1:
                    continue
                out.update(run[i:i + 2] for i in range(len(run) - 1))
            for word in _LATIN.findall(rest):
                w = singular(word).lower()
                if w not in self.stop:
                    out.add(w)
            return frozenset(out)
        words = self._words
        for word in _WORD.findall(rest):
            found = words.get(word)
            if found is None:
                found = words[word] = self._word(word)
            out.update(found)
        return frozenset(out)

    def _word(self, word: str) -> tuple[str, ...]:
        """The tokens of one word as written (kept per document in `_words`: an article uses its words again)."""
        w = singular(word).lower()
        if w in self.stop or len(w) < 2:
            return ()
        if w in self.short:  # "BĐS" is "bất động sản": its words, to match the phrase written out
            return tuple(_stem(x) if self.stem else x for x in self.short[w])
        return (_stem(w) if self.stem else w,)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """0..1: how alike two token bags are (1.0 for the same words; a contained bag scores high)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    left, right = " ".join(sorted(a)), " ".join(sorted(b))
    return (fuzz.token_set_ratio(left, right) + fuzz.token_sort_ratio(left, right)) / 200


# Metrics that name the same flow from two sides (what shoppers spend is what shops sell; a country's output of
# a crop is its production): a figure named by one may be the figure named by the other. Labels are the
# lexicons' metric labels, shared by all languages.
RELATED_METRICS: tuple[frozenset[str], ...] = (
    frozenset({"m:sales", "m:spending", "m:consumption", "m:revenue"}),
    frozenset({"m:production", "m:capacity"}),
    # a country's trade takes in its exports and its imports, but exports are never imports
    frozenset({"m:trade", "m:exports"}),
    frozenset({"m:trade", "m:imports"}),
    # what a producer ships is its exports (a commodity) or its sales (a maker's devices)
    frozenset({"m:shipments", "m:exports"}),
    frozenset({"m:shipments", "m:sales"}),
    frozenset({"m:loans", "m:deposits"}),
)


def related(label: str) -> frozenset[str]:
    """The metric labels that may name the same figure as `label` (itself excluded)."""
    out: set[str] = set()
    for group in RELATED_METRICS:
        if label in group:
            out |= group
    out.discard(label)
    return frozenset(out)


# Metrics that name one figure, not merely related ones (exports are part of trade, not trade): what a producer
# ships is its exports or its sales. A figure and its earlier value may be named one way and the other.
SAME_METRICS: tuple[frozenset[str], ...] = (
    frozenset({"shipments", "exports"}),
    frozenset({"shipments", "sales"}),
    # a seller's sales are its turnover (the lexicons' "revenue": "online sales … online turnover", "doanh số …
    # doanh thu", "销售额 … 营业收入"); counted in units they differ by unit, not by name
    frozenset({"sales", "revenue"}),
)


def metrics_related(a: str, b: str) -> bool:
    """Whether two figures' metrics ("exports", "shipments"; a product's: "steel exports") may name the same
    figure: the same product, and metric labels of one of `SAME_METRICS`."""
    for group in SAME_METRICS:
        la = next((n for n in group if a == n or a.endswith(" " + n)), None)
        lb = next((n for n in group if b == n or b.endswith(" " + n)), None)
        if la is not None and lb is not None and la != lb and a[: len(a) - len(la)] == b[: len(b) - len(lb)]:
            return True
    return False


def unnamed_metrics(named: frozenset[str], weights: dict[str, float]) -> dict[str, float]:
    """Weights for the metrics in `named` no figure is named by, when a figure is named by a related one ("the
    country's total shipments" of "exports rose … to 6.40 million tonnes"): the weight of that one."""
    out: dict[str, float] = {}
    for t in named:
        if t.startswith("m:") and t not in weights:
            known = [weights[r] for r in related(t) if r in weights]
            if known:
                out[t] = max(known)
    return out


def labels(tokens: frozenset[str], prefix: str) -> frozenset[str]:
    return frozenset(t for t in tokens if t.startswith(prefix))


__all__ = ["Phrases", "similarity", "labels", "word_table"]


def past_short_name(text: str, lo: int, hi: int, limit: int) -> int:
    """`hi`, or past a parenthesis that opens in or right after text[lo:hi] and holds an abbreviation alone: the
    short name a unit is given in it ("41.2 mln twenty-foot equivalent units (TEUs)", "12 triệu đơn vị (TEU)")."""
    opened = max(text.rfind("(", lo, hi), text.rfind("（", lo, hi))
    if opened >= 0 and max(text.rfind(")", opened, hi), text.rfind("）", opened, hi)) >= 0:
        return hi  # (opened and closed inside)
    if opened < 0:
        at = hi + len(text[hi:hi + 4]) - len(text[hi:hi + 4].lstrip())
        if not text.startswith(("(", "（"), at):
            return hi
        opened = at
    m = _SHORT_NAME.match(text, opened, min(limit, opened + 16))
    return m.end() if m else hi


# an abbreviation alone in parentheses ("(TEUs)", "(GW)", "(MMBtu)"): the short name of the unit just named
_SHORT_NAME = re.compile(r"[(（]\s*[A-Za-z][A-Za-z.\-]{0,9}\s*[)）]")
