"""The figure of the period a change compares with, named by the change's own clause ("tăng 15% so với 2016",
"比"十一五"期间增长约43%", "up 6% compared with 2023") or a year back from the current figure's year for a
year-on-year change; and the clause a when-word opens right after such a period, which tells its figure ("so với
năm 2023, khi … đạt", "compared with 2023, when …").
"""

from __future__ import annotations

import datetime
import weakref

from validator.extract.context import Sentence
from validator.extract.periods import PeriodMention
from validator.intervals import Hedge
from validator.lexicon import word_table
from validator.link.bases import Found
from validator.link.frames import alike
from validator.link.hypotheses import CLAUSE, SENTENCE
from validator.link.phrases import metrics_related
from validator.link.scope import CLAUSE_GAP, Scope, end, is_quantity, start
from validator.link.wording import is_delta
from validator.link.years import in_span, years_of
from validator.model import Claim, Period

Span = tuple[datetime.date, datetime.date]


def named_period_figures(scope: Scope, c: Claim, current: Claim, period: str | None) -> list[Found]:
    """(figure, strength, why): the one figure of `current`'s unit and kind dated the period the change `c`
    compares with — the period its clause names ("tăng 15% so với 2016", "比"十一五"期间增长约43%",
    "up 6% compared with 2023"), or the year before the current figure's for a year-on-year change ("比上年增长35%",
    the current figure's year read from the sentence before when its own names none: "披露2025年年报。公司全年
    实现营业收入…"). A change naming no period is measured from the year before only by a figure in its own
    sentence or the one before ("2024年铜产量为541万吨…；预计在2025年达到570万吨，增长6%")."""
    named, how = _named_base_period(scope, c, current, period)
    if named is None:
        return []
    found: list[Found] = []
    told = _told_for(scope, named)
    for o in [*_dated_figures(scope, named), *told]:
        if o is current or o.value == current.value or o.unit != current.unit or is_delta(scope, o):
            continue
        if o.subject and current.subject and o.subject != current.subject:
            continue
        metric = current.metric is not None and (o.metric == current.metric or (  # "165.1亿元的营业收入"
            o.metric is None and f"m:{current.metric}" in scope.about(o)))
        if o.metric is not None and current.metric is not None and not metric and not metrics_related(
                o.metric, current.metric):
            continue
        if how == "sentence":
            if not _just_before(scope, o, current):
                continue
            found.append((o, SENTENCE, f"the figure of the year before ({o.period}), just before it"))
            continue
        sim = alike(scope, o, current)
        if sim < (0.4 if metric else 0.6):
            continue
        strength = CLAUSE if _after(current, named) else SENTENCE
        dated = "a clause after the period tells it" if o in told else str(o.period)
        found.append((o, strength, f"the figure of the period the change compares with ({dated}, {how}), "
                                   f"words alike {sim:.2f}"))
    if len({o.value for o, _, _ in found}) > 1:
        return [(o, min(s, 0.55), why + ", one of several") for o, s, why in found]
    return found


_TOLD: weakref.WeakKeyDictionary[Scope, dict[Span, list[Claim]]] = weakref.WeakKeyDictionary()


def _told_for(scope: Scope, span: Span) -> list[Claim]:
    """The figures a clause opened by a `when` word tells for a comparison's period, right after it: "So với năm
    2023, khi tổng thu ngân sách trên địa bàn đạt 31.270 tỷ đồng, kết quả năm nay…", "compared with 2023, when
    revenue was $4.1bn": the comparison names the period, the clause its figure (whatever date extraction gave it)."""
    table = _TOLD.setdefault(scope, {})
    if span in table:
        return table[span]
    found: list[Claim] = []
    when = word_table(scope.lang, "relations", "when")
    text = scope.text
    for m in years_of(scope).mentions:
        if not m.comparison or (m.period_start, m.period_end) != span:
            continue
        hits = when.scan(text, m.end, min(len(text), m.end + 16))
        if not hits or any(ch.isdigit() for ch in text[m.end:hits[0].start]) or len(
                text[m.end:hits[0].start].strip(" ,，")) > 4:
            continue
        sentence = scope.sentence_of(m.start)
        after = scope.starting_in(hits[0].end, sentence.end)[:1]
        if after and is_quantity(after[0]) and not CLAUSE_GAP.search(text, hits[0].end, start(after[0])):
            found.append(after[0])
    table[span] = found
    return found


def _just_before(scope: Scope, o: Claim, current: Claim) -> bool:
    """`o` comes before `current`, in its sentence or the one before in its paragraph ("…为541万吨，比去年增长3%；
    预计在2025年达到570万吨")."""
    if start(o) > start(current):
        return False
    sentence = scope.sentence_of(start(current))
    prev = scope.previous_sentence(sentence)
    if start(o) < sentence.start and (prev is None or prev.paragraph != sentence.paragraph or start(o) < prev.start):
        return False
    # the nearest of its kind: "2003年全年销售46万套，而在2004年上升到76万套，预计…310万套" is not measured from 46万套
    return not any(x.unit == current.unit for x in scope.starting_in(end(o), start(current)))


def _after(current: Claim, span: Span) -> bool:
    """The current figure is dated after the base period (a current dated as its base is misdated: weaker)."""
    p = current.period
    return p is None or p.start is None or p.start > span[1]


def _named_base_period(scope: Scope, c: Claim, current: Claim, period: str | None) -> tuple[Span | None, str]:
    """The period a change compares with, and how it is known: 'named' in its clause, 'a year back' from
    the current figure's year for a year-on-year change, 'sentence' for a change naming none."""
    lo, hi = scope.clause_of(c)
    # (also a period running into the clause: "比“十一五”期间增长约43%", its quote a clause break)
    spans = {(m.period_start, m.period_end) for m in in_span(scope, max(0, lo - _STRADDLE), hi)
             if m.end > lo and m.comparison and m.years and m.period_start is not None and m.period_end is not None
             and not _figure_between(scope, c, m.start, m.end)}
    if len(spans) == 1:
        span = spans.pop()
        return span, "named"
    if spans or period not in ("yoy", None):
        return None, ""
    when = current.period or (_year_told_before(scope, current) if period == "yoy" else None)
    if when is None or when.start is None or when.end is None or when.label is None or not when.label.isdigit():
        return None, ""  # a whole year only
    year = when.start.year - 1
    return (datetime.date(year, 1, 1), datetime.date(year, 12, 31)), (
        "a year back" if period == "yoy" else "sentence")


def _figure_between(scope: Scope, c: Claim, lo: int, hi: int) -> bool:
    """Another figure stands between the change and a period its clause names: the period is that figure's
    ("tăng 52,3% so với tháng trước và gấp hơn 2 lần tháng 10/2023": October 2023 is the multiple's base)."""
    a, b = (end(c), lo) if lo >= end(c) else (hi, start(c))
    return any(o is not c and o.unit != "year" for o in scope.starting_in(a, b))  # ("kế hoạch 5 năm 2016-2020")


_STRADDLE = 16  # how far before a clause a period running into it may start


def _year_told_before(scope: Scope, current: Claim) -> Period | None:
    """"宁川储能…披露2025年年报。公司全年实现营业收入186.4亿元": an undated figure whose sentence names no period,
    after a sentence of its paragraph with no figure that names one year: the story goes on about that year."""
    sentence = scope.sentence_of(start(current))
    told = in_span(scope, _joined_start(scope, sentence), sentence.end)
    if told:
        return _year_of_sentence(scope, current, told)
    prev = scope.previous_sentence(sentence)
    if prev is None or prev.paragraph != sentence.paragraph or scope.starting_in(prev.start, prev.end):
        return None
    years = {m.years[0] for m in in_span(scope, prev.start, prev.end)
             if len(m.years) == 1 and m.granularity == "year" and not m.comparison and not m.horizon}
    if len(years) != 1:
        return None
    year = years.pop()
    return Period(start=datetime.date(year, 1, 1), end=datetime.date(year, 12, 31), label=str(year))


def _joined_start(scope: Scope, sentence: Sentence) -> int:
    """Where the run of sentences joined to `sentence` by semicolons starts (one sentence a writer wrote)."""
    lo = sentence.start
    prev = scope.previous_sentence(sentence)
    while prev is not None and prev.paragraph == sentence.paragraph and scope.text[prev.start:prev.end].rstrip()[
            -1:] in (";", "；"):
        lo, prev = prev.start, scope.previous_sentence(prev)
    return lo


def _year_of_sentence(scope: Scope, current: Claim, told: list[PeriodMention]) -> Period | None:
    """"截至2023年末，该行资产总额4862.5亿元，…；全年实现营业收入118.6亿元，同比增长4.2%": an undated figure in a
    sentence that names one whole year, before it, and no other period (but the bases' of its comparisons) is of
    that year."""
    told = [m for m in told if not m.comparison]  # ("较上年末增长9.3%": a base's period dates no figure)
    if not told or any(m.start >= start(current) or m.horizon or len(m.years) != 1 or m.granularity != "year"
                       for m in told):
        return None
    years = {m.years[0] for m in told}
    if len(years) != 1:
        return None
    year = years.pop()
    return Period(start=datetime.date(year, 1, 1), end=datetime.date(year, 12, 31), label=str(year))


_BY_PERIOD: weakref.WeakKeyDictionary[Scope, dict[Span, list[Claim]]] = weakref.WeakKeyDictionary()


def _dated_figures(scope: Scope, span: Span) -> list[Claim]:
    """The quantities dated `span` (not bounds), indexed once per document."""
    table = _BY_PERIOD.get(scope)
    if table is None:
        table = {}
        for o in scope.claims:
            if o.period is not None and o.period.start is not None and o.period.end is not None and is_quantity(
                    o) and o.hedge not in (Hedge.OVER, Hedge.AT_LEAST, Hedge.UNDER):
                table.setdefault((o.period.start, o.period.end), []).append(o)
        _BY_PERIOD[scope] = table
    return table.get(span, [])
