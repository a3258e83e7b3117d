"""Mentions -> typed claims: for each number found in an article, its unit, period, subject, metric and
modality, read from the words around it (the clause first, then the sentence).

The numerals themselves are parsed in `validator.extract.numerals`; periods in `.periods`; the words
that name subjects, metrics, products and modality live in the language's lexicon.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from validator.document import Document, document_from_text
from validator.extract.numerals import Mention, find_numbers
from validator.extract.periods import PeriodMention, find_periods
from validator.intervals import Hedge
from validator.lexicon import WordHit, word_table
from validator.model import Claim, Modality, Period, Span
from validator.units import is_known_unit

_CLAUSE_BREAK = re.compile(r"[,;:，；：。！？!?()（）“”\"]|\s[-–—]\s")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


class Context:
    """Per-document lookups shared by extraction and linking: sentences, clauses, word hits."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        lang = doc.language
        paragraphs = doc.paragraphs()
        para_starts = [p[0] for p in paragraphs]
        self.sentences = [Sentence(s, e, max(bisect.bisect_right(para_starts, s) - 1, 0)) for s, e in doc.sentences()]
        self._sentence_starts = [s.start for s in self.sentences]
        self.hits = {
            name: word_table(lang, *keys).scan(self.text)
            for name, keys in {
                "subject": ("subjects",), "metric": ("metrics",), "product": ("products",),
                "modality": ("modality",), "share": ("cues", "share"), "total": ("cues", "total"),
                "up": ("cues", "change_up"), "down": ("cues", "change_down"), "base": ("cues", "change_base"),
                "from": ("cues", "range_from"), "to": ("cues", "range_to"), "top": ("cues", "top"),
                "parts": ("cues", "parts"),
            }.items()
        }
        self._hit_starts = {name: [h.start for h in hits] for name, hits in self.hits.items()}

    def sentence_of(self, pos: int) -> Sentence:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i < 0 or not self.sentences:
            return Sentence(0, len(self.text), 0)
        s = self.sentences[i]
        return s if pos < s.end or i == len(self.sentences) - 1 else Sentence(pos, pos, s.paragraph)

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        s = self.sentence_of(start)
        left = s.start
        for m in _CLAUSE_BREAK.finditer(self.text, s.start, start):
            left = m.end()
        m2 = _CLAUSE_BREAK.search(self.text, end, s.end)
        right = m2.start() if m2 else s.end
        return left, right

    def between(self, name: str, lo: int, hi: int) -> list[WordHit]:
        starts = self._hit_starts[name]
        i = bisect.bisect_left(starts, lo)
        out = []
        for hit in self.hits[name][i:]:
            if hit.start >= hi:
                break
            if hit.end <= hi:
                out.append(hit)
        return out

    def last_before(self, name: str, lo: int, pos: int) -> WordHit | None:
        found = self.between(name, lo, pos)
        return found[-1] if found else None


def _unit_key(m: Mention) -> str:
    if m.kind == "percent":
        return "percent"
    if m.kind == "points":
        return "point"
    if m.kind in ("multiple", "fraction"):
        return "times"
    if m.unit and is_known_unit(m.unit):
        return m.unit
    return "item"


def _nearest_period(ctx: Context, periods: list[PeriodMention], m: Mention) -> PeriodMention | None:
    clause = ctx.clause_of(m.start, m.end)
    sentence = ctx.sentence_of(m.start)
    best: tuple[int, int, PeriodMention] | None = None
    for p in periods:
        if p.end <= sentence.start or p.start >= sentence.end:
            continue
        in_clause = clause[0] <= p.start and p.end <= clause[1]
        gap = m.start - p.end if p.end <= m.start else p.start - m.end
        key = (0 if in_clause else 1, max(gap, 0))
        if best is None or key < best[:2]:
            best = (*key, p)
    return best[2] if best else None


def _period(p: PeriodMention | None) -> Period | None:
    if p is None or p.period_start is None or p.period_end is None:
        return None
    label = None
    if p.period_start.month == 1 and p.period_start.day == 1 and p.period_end == dt.date(p.period_start.year, 12, 31):
        label = str(p.period_start.year)
    return Period(start=p.period_start, end=p.period_end, label=label)


def _label_near(ctx: Context, name: str, m: Mention) -> str | None:
    """The label of the nearest word of a table before the number: clause first, then the sentence."""
    clause = ctx.clause_of(m.start, m.end)
    sentence = ctx.sentence_of(m.start)
    hit = ctx.last_before(name, clause[0], m.start) or ctx.last_before(name, sentence.start, m.start)
    return hit.label if hit else None


def share_cue(ctx: Context, m: Mention) -> WordHit | None:
    """A share cue word shortly before a percentage in its clause ("chiếm 70,5%", "占…的25%", "accounted for 60%")."""
    clause = ctx.clause_of(m.start, m.end)
    hit = ctx.last_before("share", clause[0], m.start)
    if hit is None:
        return None
    window = 16 if ctx.doc.language == "zh" else 24
    return hit if m.start - hit.end <= window else None


def _metric(ctx: Context, m: Mention) -> str | None:
    if m.kind == "percent" and share_cue(ctx, m):
        base = "share"
    else:
        base = _label_near(ctx, "metric", m) or ""
    product = _label_near(ctx, "product", m)
    label = " ".join(x for x in (product, base) if x)
    return label or None


def _modality(ctx: Context, m: Mention, period: PeriodMention | None) -> Modality:
    clause = ctx.clause_of(m.start, m.end)
    sentence = ctx.sentence_of(m.start)
    hit = ctx.last_before("modality", clause[0], m.start) or ctx.last_before("modality", sentence.start, m.start)
    if hit is not None:
        return Modality.TARGET if hit.label == "target" else Modality.FORECAST
    if period is not None and period.horizon:
        return Modality.FORECAST
    return Modality.ACTUAL


def extract_document(doc: Document) -> list[Claim]:
    """Every numeric claim in an article, typed."""
    ctx = Context(doc)
    mentions = find_numbers(doc.text, doc.language)
    periods = find_periods(doc.text, doc.language, doc.date)
    claims: list[Claim] = []
    for i, m in enumerate(mentions):
        period_mention = _nearest_period(ctx, periods, m)
        sentence = ctx.sentence_of(m.start)
        claims.append(Claim(
            id=f"c{i + 1:03d}",
            text=m.text,
            quote=doc.text[sentence.start:sentence.end].strip() or None,
            span=Span(start=m.start, end=m.end),
            value=m.value,
            unit=_unit_key(m),
            precision=m.precision,
            hedge=Hedge(m.hedge) if m.hedge else None,
            high=m.high,
            reading=m.reading if m.reading in ("as_much", "more") else None,  # type: ignore[arg-type]
            period=_period(period_mention),
            subject=_label_near(ctx, "subject", m),
            metric=_metric(ctx, m),
            modality=_modality(ctx, m, period_mention),
            language=doc.language,
        ))
    return claims


def extract(text: str, language: str | None = None) -> list[Claim]:
    """Numeric claims in a text (language detected when not given). Claims carry .start, .end, .text,
    .value (base units: "12,866 triệu" -> 12866000) and .unit."""
    return extract_document(document_from_text(text, language=language))
