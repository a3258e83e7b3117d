"""Mentions -> typed claims: for each number found in an article, its unit, period, subject, metric and
modality, read from the words around it (the clause first, then the sentence).

The numerals themselves are parsed in `validator.extract.numerals`; periods in `.periods`; the words
that name subjects, metrics, products and modality live in the language's lexicon.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import gc
import re
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction

from validator.document import Document, document_from_text
from validator.extract.context import TextIndex, text_index
from validator.extract.differences import difference
from validator.extract.numerals import Mention, Skipped, find_numbers
from validator.extract.periods import PeriodMention, document_date, find_periods
from validator.intervals import Hedge
from validator.lexicon import WordTable, alternation, section
from validator.limits import number_problem
from validator.model import Claim, Modality, Period, Span
from validator.units import is_known_unit


def fraction_step(value: Decimal) -> Decimal:
    """The step of a fraction in words ("a third", "ba phần tư", "五分之二", "two in five"): the larger gap to
    its neighbours among the simple fractions a writer picks from (denominators up to 5, or up to its own),
    at most half its own denominator's step. "Three quarters" is 2/3 < x < 4/5 rounded to the nearest of
    them, as "30%" is 29.5-30.5 rounded to the nearest percent; 0 for a fraction that is no simple one."""
    f = Fraction(value).limit_denominator(100)
    if not 0 < f < 1 or abs(Fraction(value) - f) > Fraction(1, 10**6):
        return ZERO_STEP
    return _step_of(f)


@functools.lru_cache(maxsize=256)
def _step_of(f: Fraction) -> Decimal:
    order = max(5, f.denominator)
    below = max(Fraction(n, d) for d in range(1, order + 1) for n in range(d) if Fraction(n, d) < f)
    above = min(Fraction(n, d) for d in range(1, order + 1) for n in range(1, d + 1) if Fraction(n, d) > f)
    step = min(max(f - below, above - f), Fraction(1, 2 * f.denominator))
    return (Decimal(step.numerator) / Decimal(step.denominator)).quantize(Decimal("0.0001"))


ZERO_STEP = Decimal(0)


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


# quoted names and titles: “…”, 《…》, 「…」, "…" (one line, bounded length)
_QUOTED = re.compile(r'“[^”\n]{1,300}”|《[^》\n]{1,120}》|「[^」\n]{1,120}」|"[^"\n]{1,300}"')


class _Spans:
    """Sorted, possibly overlapping spans; does one of them cover [start, end)?"""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        reach = 0
        self.reach = []  # furthest end among spans[:i + 1]
        for _, e in self.spans:
            reach = max(reach, e)
            self.reach.append(reach)

    def covers(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(b[0] - a[1], a[0] - b[1], 0)


# between a comparison's period and the base figure it frames: nothing, or an opening parenthesis
_FRAMED = re.compile(r"\s*[(（]?\s*")


class PeriodReach:
    """Whether a period may date a number, whatever their distance: ``PeriodReach(ctx)(period, mention)``.

    A period written as a comparison base ("so với cùng kỳ năm trước", "比上年同期") dates no number; one
    naming an earlier period by reference ("上年同期为99.6万辆") dates its own clause, or its sentence when
    it opens it; one inside quotes ("Kế hoạch ... (2012-2020)", 《…规划(2021—2035年)》) dates only the
    numbers quoted with it — outside the quotes it names a plan or a title.
    """

    def __init__(self, ctx: TextIndex) -> None:
        self.ctx = ctx
        self._quotes: list[tuple[int, int]] | None = None  # found when first needed (most sentences date nothing)

    @property
    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            self._quotes = [(q.start(), q.end()) for q in _QUOTED.finditer(self.ctx.text)]
        return self._quotes

    def _quote_of(self, pos: int) -> tuple[int, int] | None:
        quotes = self.quotes
        i = bisect.bisect_right(quotes, (pos, len(self.ctx.text))) - 1
        return quotes[i] if i >= 0 and quotes[i][0] <= pos < quotes[i][1] else None

    def __call__(self, p: PeriodMention, m: Mention) -> bool:
        if p.comparison:  # only the base it frames: "so với cuối năm 2023 (13,57 triệu tỷ đồng)", "与2024年165.1亿元"
            return p.end <= m.start and bool(_FRAMED.fullmatch(self.ctx.text, p.end, m.start))
        if p.since and m.start not in range(*self.ctx.clause_of(p.start, p.end)):  # a run to now: its clause only
            return False
        if p.backward:
            clause = self.ctx.clause_of(p.start, p.end)
            sentence = self.ctx.sentence_of(p.start)
            opens = p.start - sentence.start <= 12
            if not (clause[0] <= m.start < clause[1] or (opens and sentence.start <= m.start < sentence.end)):
                return False
        q = self._quote_of(p.start)
        # (a period whose own name is quoted, "“十二五”期间", ends past the quote: no title, it dates its sentence)
        return q is None or q[0] <= m.start < q[1] or q[1] <= p.end


def assign_periods(ctx: TextIndex, periods: list[PeriodMention], mentions: list[Mention]) -> list[PeriodMention | None]:
    """The period each number belongs to.

    A dated period belongs first to the number nearest to it in its sentence ("từ 5,4% vào năm 2020 lên
    40,9% vào năm 2024": 2020 is 5,4%'s, 2024 is 40,9%'s); a number that owns none takes the nearest
    dated period of its clause, then of its sentence. Undated relative periods ("so với năm trước")
    describe a base, not the number, and are skipped; but a number whose clause names an undated period ("tỷ lệ
    … năm nay đạt 78,6%, cao hơn mức 73,4% của năm 2023") is of that period: no other clause's dates it.
    """
    reaches = PeriodReach(ctx)

    dated = [p for p in periods if p.period_start is not None and p.period_end is not None]
    in_sentence = _Starts([m.start for m in mentions])
    # the spans of the periods no date was found for, but a comparison's base or a horizon ("by next year")
    undated = sorted((p.start, p.end) for p in periods if p.period_start is None and not p.comparison and not p.horizon)
    owned: dict[int, list[int]] = {}
    for pi, p in enumerate(dated):
        sentence = ctx.sentence_of(p.start)
        best: tuple[int, int] | None = None
        for mi in in_sentence.between(sentence.start, sentence.end):
            m = mentions[mi]
            if not reaches(p, m) or _beyond(ctx, p, m) or _held(ctx, undated, p, m):
                continue
            gap = _gap((p.start, p.end), (m.start, m.end))
            if best is None or gap < best[0]:
                best = (gap, mi)
        if best is not None:
            owned.setdefault(best[1], []).append(pi)
    periods_in = _Starts([p.start for p in dated])
    listed = _respective_periods(ctx, dated, mentions, in_sentence)
    out: list[PeriodMention | None] = []
    for mi, m in enumerate(mentions):
        if mi in listed:
            out.append(listed[mi])
            continue
        own = [dated[pi] for pi in owned.get(mi, ())]
        if own:
            out.append(min(own, key=lambda p: _gap((p.start, p.end), (m.start, m.end))))
            continue
        clause = ctx.clause_of(m.start, m.end)
        sentence = ctx.sentence_of(m.start)
        pool = [dated[pi] for pi in periods_in.between(sentence.start, sentence.end)
                if reaches(dated[pi], m) and not _held(ctx, undated, dated[pi], m)]
        ranked = sorted(pool, key=lambda p: (not (clause[0] <= p.start and p.end <= clause[1]), _beyond(ctx, p, m),
                                             _gap((p.start, p.end), (m.start, m.end))))
        out.append(ranked[0] if ranked else None)
    return out


def _respective_periods(ctx: TextIndex, dated: list[PeriodMention], mentions: list[Mention], in_sentence: _Starts
                        ) -> dict[int, PeriodMention]:
    """A list of periods with "respectively" and a list of as many numbers: the i-th period dates the i-th number
    ("上年同期和7月份分别为369.71亿元和383.65亿元", "cùng kỳ năm trước và tháng 7 lần lượt là 369 và 383 tỷ đồng",
    "$369 million and $383 million in 2023 and 2022 respectively"), whatever word compares them."""
    if len(dated) < 2:
        return {}  # (no list of periods)
    text = ctx.text
    joiner = _list_joiner(ctx.language)
    marks = _respectively(ctx.language)
    out: dict[int, PeriodMention] = {}
    i = 0
    while i < len(dated):
        run = [dated[i]]
        while i + len(run) < len(dated) and joiner.fullmatch(text, run[-1].end, dated[i + len(run)].start):
            run.append(dated[i + len(run)])
        i += len(run)
        if len(run) < 2:
            continue
        sentence = ctx.sentence_of(run[0].start)
        after = in_sentence.between(run[-1].end, sentence.end)[:len(run)]
        before = in_sentence.between(sentence.start, run[0].start)[-len(run):]
        if len(after) == len(run) and _one_list(ctx, [mentions[k] for k in after]) and _adjoining(
                ctx, run[-1].start, run[-1].end, mentions[after[0]].start, mentions[after[0]].end) and (
                marks.scan(text, run[-1].end, mentions[after[0]].start)  # "分别为", "lần lượt là"
                or _marked_after(ctx, marks, mentions[after[-1]].end)):
            out.update(zip(after, run, strict=True))
        elif len(before) == len(run) and _one_list(ctx, [mentions[k] for k in before]) and _adjoining(
                ctx, mentions[before[-1]].start, mentions[before[-1]].end, run[0].start, run[0].end) and \
                _marked_after(ctx, marks, run[-1].end):
            out.update(zip(before, run, strict=True))
    return out


# how far "respectively" may stand from the list it pairs up
_MARK_REACH = 16


def _marked_after(ctx: TextIndex, marks: WordTable, pos: int) -> bool:
    """"respectively" right after a list, in its sentence."""
    return bool(marks.scan(ctx.text, pos, min(pos + _MARK_REACH, ctx.sentence_of(pos).end)))


def _adjoining(ctx: TextIndex, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Two spans close together, no clause break between them."""
    return 0 <= b_start - a_end <= 40 and not _CLAUSE_BREAK.search(ctx.text, a_end, b_start)


def _one_list(ctx: TextIndex, listed: list[Mention]) -> bool:
    """Numbers listed one after another in a clause: "369.71亿元和383.65亿元", "369,7 tỷ đồng và 383,7 tỷ đồng"."""
    return all(b.start - a.end <= 16 and not _LIST_BREAK.search(ctx.text, a.end, b.start)
               for a, b in zip(listed, listed[1:], strict=False))


_LIST_BREAK = re.compile(r"[;；。!?！？:：]")
_CLAUSE_BREAK = re.compile(r"[,，;；。!?！？:：]")


@functools.cache
def _list_joiner(language: str) -> re.Pattern[str]:
    """The gap between two listed periods: "和", "、", " and ", ", ", " và "."""
    alt = alternation(language, "cues", "list_and")
    return re.compile(rf"\s*(?:[,，、]\s*)?(?:(?:{alt})\s*)?", re.IGNORECASE)


@functools.cache
def _respectively(language: str) -> WordTable:
    return WordTable(section(language, "cues", "respectively") or {}, language)


def _held(ctx: TextIndex, undated: list[tuple[int, int]], p: PeriodMention, m: Mention) -> bool:
    """The number's own clause names an undated period ("năm nay", "今年", "in September" in an undated article) and
    ``p`` stands outside that clause."""
    lo, hi = ctx.clause_of(m.start, m.end)
    i = bisect.bisect_left(undated, (lo, lo))
    return i < len(undated) and undated[i][1] <= hi and not lo <= p.start < hi


def _beyond(ctx: TextIndex, p: PeriodMention, m: Mention) -> bool:
    """The period comes after the number's clause, in a clause of its own ("In 2003, profits rose to £3.8bn, and
    it has forecast gains in 2004, …"): it dates what follows it, not the number before, when another period
    can."""
    return p.start >= ctx.clause_of(m.start, m.end)[1]


class _Starts:
    """Indices of a list of offsets, found by range: ``between(lo, hi)`` is the ascending indices
    ``i`` with ``lo <= starts[i] < hi`` (by bisection, so no scan of the whole list per number)."""

    def __init__(self, starts: list[int]) -> None:
        self._order = sorted(range(len(starts)), key=starts.__getitem__)
        self._sorted = [starts[i] for i in self._order]

    def between(self, lo: int, hi: int) -> list[int]:
        return sorted(self._order[bisect.bisect_left(self._sorted, lo) : bisect.bisect_left(self._sorted, hi)])


def _period(p: PeriodMention | None) -> Period | None:
    if p is None or p.period_start is None or p.period_end is None:
        return None
    label = None
    if p.period_start.month == 1 and p.period_start.day == 1 and p.period_end == dt.date(p.period_start.year, 12, 31):
        label = str(p.period_start.year)
    if p.period_start > p.period_end:
        return None  # a range read backwards is no period
    return Period(start=p.period_start, end=p.period_end, label=label)


def _label_near(ctx: TextIndex, name: str, m: Mention, skip: tuple[str, ...] = ()) -> str | None:
    """The label of the nearest word of a table before the number: clause first, then the sentence."""
    clause = ctx.clause_of(m.start, m.end)
    sentence = ctx.sentence_of(m.start)
    for lo in (clause[0], sentence.start):
        hit = ctx.last_before(name, lo, m.start, skip)
        if hit is not None:
            return hit.label
    return None


def _metric(ctx: TextIndex, m: Mention) -> str | None:
    if m.kind == "percent" and ctx.share_cue(m.start, m.end):
        base = "share"
    else:
        base = _label_near(ctx, "metric", m) or ""
    # the unit may name the product itself ("1,84 million new energy vehicles", "30.000 ô tô điện")
    own = ctx.between("product", m.start, m.end)
    product = own[-1].label if own else _label_near(ctx, "product", m)
    label = " ".join(x for x in (product, base) if x)
    return label or None


def _modality(ctx: TextIndex, m: Mention, period: PeriodMention | None) -> Modality:
    clause = ctx.clause_of(m.start, m.end)
    hit = ctx.last_before("modality", clause[0], m.start)  # the clause only: a plan's *name* is not a target
    if hit is not None:
        return Modality.TARGET if hit.label == "target" else Modality.FORECAST
    if period is not None and period.horizon:
        return Modality.FORECAST
    return Modality.ACTUAL


@contextlib.contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a document is read (restored after, also on error).

    Reading a long document keeps tens of thousands of small objects alive (word hits, sentences,
    matches), and every full run of the collector walks all of them: on a 5 MB article that was a
    third of the time. Nothing here makes reference cycles, so reference counting frees it all.
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


QUOTE_REACH = 200  # characters of the sentence kept on each side of the number


def quote_window(text: str, start: int, end: int, number_start: int, number_end: int) -> str | None:
    """The claim's quote: its sentence, cut to QUOTE_REACH characters on each side of the number (at
    a space where there is one), so that a long line without a sentence end is not copied whole into
    every claim of it (a 98 KB line of numbers took 4.7 GB)."""
    if number_start - start > QUOTE_REACH:
        cut = number_start - QUOTE_REACH
        space = text.find(" ", cut, number_start)
        start = space + 1 if 0 <= space < number_start - QUOTE_REACH // 2 else cut
    if end - number_end > QUOTE_REACH:
        cut = number_end + QUOTE_REACH
        space = text.rfind(" ", number_end, cut)
        end = space if space > number_end + QUOTE_REACH // 2 else cut
    return text[start:end].strip() or None


def _usable(m: Mention) -> bool:
    """Whether a number can be a claim: within the limits on values (`validator.limits`), and a range
    that runs upward. A 5,000-digit run of digits is not a quantity, and costs exact arithmetic dearly."""
    if number_problem(m.value) is not None:
        return False
    if m.high is not None and (number_problem(m.high) is not None or m.high < m.value):
        return False
    return m.precision is None or number_problem(m.precision) is None


def _hedge_before_share(ctx: TextIndex, m: Mention) -> Hedge | None:
    """A hedge written before the share word rather than the number: "约占全国的三分之一", "gần chiếm 30%",
    "roughly accounted for 40%" hedge the share all the same."""
    if m.kind not in ("percent", "fraction"):
        return None
    cue = ctx.share_cue(m.start, m.end)
    if cue is None:
        return _hedge_opening_whole(ctx, m)
    hit = _hedge_words(ctx.language).scan(ctx.text, max(0, cue.start - 12), cue.start)
    if not hit or ctx.text[hit[-1].end:cue.start].strip():
        return None
    return Hedge(hit[-1].label)


_WHOLE_NAME = re.compile(r"[^\d\W]+")  # the whole's name: words only, no figure, no punctuation


def _hedge_opening_whole(ctx: TextIndex, m: Mention) -> Hedge | None:
    """A hedge that opens its clause and a phrase naming the whole, of which the share is the head: "不到总诊疗量的
    一半", "超过全省的三成" hedge the share (the lexicon's `share_before` words end the whole's name)."""
    lead = _share_before(ctx.language).scan(ctx.text, max(0, m.start - 4), m.start)
    if not lead or ctx.text[lead[-1].end:m.start].strip():
        return None
    lo = ctx.clause_of(m.start, m.end)[0]
    hit = _hedge_words(ctx.language).scan(ctx.text, lo, lead[-1].start)
    if not hit or ctx.text[lo:hit[0].start].strip() or not _WHOLE_NAME.fullmatch(ctx.text[hit[0].end:lead[-1].start]):
        return None
    return Hedge(hit[0].label) if lead[-1].start - hit[0].end <= 16 else None


@functools.cache
def _share_before(language: str) -> WordTable:
    return WordTable(section(language, "relations", "share_before"), language)


@functools.cache
def _hedge_words(language: str) -> WordTable:
    return WordTable(section(language, "hedges", "before"), language)


def extract_document(doc: Document) -> list[Claim]:
    """Every numeric claim in an article, typed."""
    with cycle_collection_paused():
        return _extract_document(doc)


def skipped_numbers(doc: Document) -> list[Skipped]:
    """The numbers of an article that are not quantities, each with why: "year", "date", "time",
    "phone", "code", "name", "ordinal", "list", "article", "vague", "word", "period" (a number inside a
    time expression: "the first three quarters") or "other" -- what `claimcheck extract --show-skipped`
    shows an editor."""
    skipped: list[Skipped] = []
    with cycle_collection_paused():
        _extract_document(doc, skipped)
    return sorted(skipped, key=lambda k: (k.start, k.end))


def _extract_document(doc: Document, skipped: list[Skipped] | None = None) -> list[Claim]:
    if doc.text.isspace() or not doc.text:
        return []  # nothing to read: no table of the language is needed (an empty file starts fast)
    ctx = text_index(doc)
    found = ctx.periods = find_periods(doc.text, doc.language, document_date(doc))
    # a number inside a period expression is part of it ("the first three quarters", "10 tháng đầu
    # năm", "the first half"): the period is typed, the number on its own is not a claim
    inside = _Spans([(p.start, p.end) for p in found])
    with_years = sorted((p.start, p.end, p.years) for p in found if p.years)
    year_starts = [s for s, _, _ in with_years]

    def is_a_year(m: Mention) -> bool:  # "超过2023年全年": the number is the period's own year
        i = bisect.bisect_left(year_starts, m.end)  # periods starting before the mention ends
        return any(m.start < e and m.value in ys for _, e, ys in with_years[max(0, i - 3):i])

    found_numbers = find_numbers(doc.text, doc.language, skipped)
    mentions = [difference(ctx, m) for m in found_numbers if not inside.covers(m.start, m.end) and not is_a_year(m)]
    if skipped is not None:
        for m in found_numbers:
            if inside.covers(m.start, m.end) or is_a_year(m):
                skipped.append(Skipped(m.start, m.end, m.text, "period" if inside.covers(m.start, m.end) else "year"))
    periods = assign_periods(ctx, found, mentions)
    claims: list[Claim] = []
    for i, m in enumerate(mentions):
        if not _usable(m):
            continue
        period_mention = periods[i]
        is_share = m.kind == "percent" and ctx.share_cue(m.start, m.end) is not None
        sentence = ctx.sentence_of(m.start)
        claims.append(Claim(
            id=f"c{i + 1:03d}",
            text=m.text,
            quote=quote_window(doc.text, sentence.start, sentence.end, m.start, m.end),
            span=Span(start=m.start, end=m.end),
            value=m.value,
            unit=_unit_key(m),
            precision=fraction_step(m.value) if m.kind == "fraction" and not m.precision else m.precision,
            hedge=Hedge(m.hedge) if m.hedge else _hedge_before_share(ctx, m),
            high=m.high,
            reading=m.reading if m.reading in ("as_much", "more") else None,
            period=_period(period_mention),
            # A share's "global"/"toàn cầu" names its whole, not whose share it is.
            subject=_label_near(ctx, "subject", m, skip=("global",) if is_share else ()),
            metric=_metric(ctx, m),
            modality=_modality(ctx, m, period_mention),
            language=doc.language,
        ))
    return claims


def range_pairs(claims: list[Claim]) -> dict[str, str]:
    """The upper ends of ranges, by id, each with the id of the claim that carries the range ("20-25%":
    the claim 20 has ``high`` 25 and carries the range; the claim 25 is its upper end).  The range is
    checked through the claim with ``high``; the upper end is a claim of its own, so that each written
    figure can be compared."""
    spanned = sorted((c for c in claims if c.span is not None), key=lambda c: c.start or 0)
    out: dict[str, str] = {}
    for x, y in zip(spanned, spanned[1:], strict=False):
        assert x.span is not None and y.span is not None
        if not 0 <= y.span.start - x.span.end <= 16 or x.unit != y.unit:
            continue
        if x.high is not None and y.high is None and y.value == x.high:
            out[y.id] = x.id
        elif y.high is not None and x.high is None and x.value == y.high and y.value < x.value:
            out[x.id] = y.id  # "from -18 °C to -34 °C": the first written is the upper end
    return out


def extract(text: str, language: str | None = None) -> list[Claim]:
    """Numeric claims in a text (language detected when not given). Claims carry .start, .end, .text,
    .value (base units: "12,866 triệu" -> 12866000) and .unit."""
    return extract_document(document_from_text(text, language=language))
