"""The same figure one period earlier, stated elsewhere in the article: "In the same period last year, exports
stood at 1.46 million", "上年同期全国新建商品房销售额为92580亿元", "cùng kỳ năm 2023 con số này là 4.758.900 tỷ
đồng". Same unit and metric, no other subject, the earlier period by the dates or by the words leading it.
"""

from __future__ import annotations

import bisect
import datetime
import weakref

from validator.extract.context import Sentence
from validator.extract.periods import PeriodMention
from validator.intervals import Hedge, stated_bands, written_precision
from validator.lexicon import lexicon, word_table
from validator.link.anaphora import pointing_back
from validator.link.bases import Found, base_role, named_role, period_before
from validator.link.hypotheses import CLAUSE, SENTENCE
from validator.link.phrases import metrics_related
from validator.link.scope import (
    CLAUSE_GAP,
    Scope,
    compatible,
    end,
    is_quantity,
    start,
    year_before,
)
from validator.link.wording import RATES, broken, is_delta, lead_start, named_as_base, stand_in
from validator.link.years import in_span, month_of, years_of
from validator.model import Claim, Period


def prior_figures(scope: Scope, current: Claim, period: str | None = None) -> list[Found]:
    """(figure, strength, why): the same figure one period earlier, stated elsewhere — "In the same period last
    year, exports stood at 1.46 million", "上年同期全国新建商品房销售额为92580亿元". Same unit and metric, no other
    subject, the period a year back (or the period before, for 环比) by the dates, or by the words leading it
    when the dates are not known; strongest when near, alone and its words match."""
    para = scope.paragraph(current)
    found: list[Found] = []
    closest: list[Claim] = []  # the figures named just as `current` is
    for o in _of_size(scope, current):
        if o is current or o.value == current.value or not is_quantity(o):
            continue  # (the same value again is the figure restated, not its base)
        if o.hedge in (Hedge.OVER, Hedge.AT_LEAST, Hedge.UNDER):
            continue  # "hơn 4.000 tỷ đồng" bounds a figure, and one of another size is another figure
        if o.subject and current.subject and o.subject != current.subject:
            continue
        named = named_role(scope, o)
        # (a figure its own words name as the earlier period's is not of the period the sentence before carries)
        when_o = o.period or (carried_period(scope, o) if named is None else None)
        dated = when_o is not None and current.period is not None
        if named is not None:  # its own words say which earlier period it is of
            back = named == period or (period is None and (not dated or _dated_back(when_o, current, None)))
        else:
            back = _dated_back(when_o, current, period) if dated else _named_back(scope, o, current, period)
        if not back or is_delta(scope, o):
            continue
        # (a figure of a list pointing back at the figures before it is named by the one it stands for: "9月份…业务
        # 收入为1194.2亿元；去年10月，这两项指标分别为135.6亿件和1182.4亿元")
        like = stand_in(scope, o) or o
        restated = False
        if _bound_base(scope, o, current):
            # the base of another figure — unless that figure restates `current` ("The headline figure of nearly
            # $49bn compares with $43.2bn in 2023", "约1.2万亿元，而上年为…"): then it is `current`'s base too
            if not (restated := _restates(scope, scope.claims[scope.index[o.id] - 1], current, o)):
                continue
        pointed = restated or like is current or _points_back(scope, o, current)
        sim = 1.0 if pointed else alike(scope, like, current)
        # (its metric's words in its phrase, though not its own: "vượt xa mức 11,2 triệu lượt khách quốc tế")
        metric = current.metric is not None and (like.metric == current.metric or (
            like.metric is None and f"m:{current.metric}" in scope.about(like)))
        if metric and named is not None and sim < 0.6 and scope.about(o) == scope.about(current) == frozenset(
                {f"m:{current.metric}"}):
            # "Deposits rose 7.4% to ₱15.82 trillion" … "Deposits stood at ₱14.23 trillion in June last year": both
            # named by their metric alone, the one named as the earlier period's is the same figure then
            sim = 0.6
        clash = (like.metric is not None and current.metric is not None and not metric
                 and not metrics_related(like.metric, current.metric))
        far = abs(scope.paragraph(o) - para)
        if dated:
            if (not metric and sim < 0.6) or (far > 1 and sim < (0.5 if metric else 0.8)):
                continue
            strength = CLAUSE if metric and sim >= 0.5 else SENTENCE if metric else 0.5
            if far > 1:
                strength = max(0.5, strength - 0.05 * (far - 1))
        else:  # undated, named as the earlier figure: only when its words say it is the same thing
            if clash or sim < 0.6 or (not pointed and _fits_another(scope, o, like, current, sim)):
                continue
            strength = CLAUSE if pointed else 0.55
        # "The wheat forecast compares with last season's harvest of 26.8 million tonnes": its own clause
        # compares it with the current figure's words
        compared = named is not None and bool(
            word_table(scope.lang, "relations", "base_before").scan(scope.text, lead_start(scope, o), start(o)))
        if pointed or sim >= 0.8 or (sim >= 0.6 and (metric or compared)):
            closest.append(o)
        when = (f"({when_o})" if o.period is not None else f"({when_o}, from the sentence before)") if dated \
            else "(named so)"
        said = (f"compared with {scope.claims[scope.index[o.id] - 1].text}, which restates it" if restated
                else f"words alike {sim:.2f}")
        found.append((o, strength, f"the same figure for the period before {when}, {said}"))
    if len({o.value for o, _, _ in found}) > 1:  # several: only the likeliest, weakly
        found = [(o, min(s, 0.55), why + ", one of several") for o, s, why in found]
    elif len(closest) == 1:  # the one figure named the same way: however far, it is the one meant
        found = [(o, max(s, CLAUSE), why + ", the only one") for o, s, why in found]
    return sorted(found, key=lambda x: -x[1])


def _fits_another(scope: Scope, o: Claim, like: Claim, current: Claim, sim: float) -> bool:
    """Undated, named only as the earlier period's, `o` is the base of the figure of its own paragraph, told with a
    change of its own, that its words match best — not of one in another paragraph: "上年境外收入为8.16亿元" is
    the overseas revenue's ("境外收入9.26亿元，同比增长24.5%"), not the quarter's ("第四季度营收14.21亿元")."""
    para = scope.paragraph(o)
    if scope.paragraph(current) == para:
        return False  # (in the current figure's own paragraph it is that one's, whatever else it resembles)
    for x in scope.claims:
        i = scope.index[x.id]
        if (scope.paragraph(x) != para or x in (o, current, like) or x.unit != current.unit or x.value == o.value
                or not is_quantity(x) or named_role(scope, x) is not None or is_delta(scope, x)
                or scope.sentence_of(start(x)) == scope.sentence_of(start(o)) or i + 1 >= len(scope.claims)):
            continue
        nxt = scope.claims[i + 1]  # its change: a rate right after it
        if (nxt.unit in RATES and len(scope.text[end(x):start(nxt)]) <= 16 and not broken(scope, end(x), start(nxt))
                and alike(scope, like, x) >= max(0.95, sim + 0.1)):
            return True
    return False


def _bound_base(scope: Scope, o: Claim, current: Claim) -> bool:
    """`o` is the stated base of the figure or change right before it ("tăng 40% so với cùng kỳ (487 triệu USD)",
    "to 16 dlrs from 27 dlrs a year earlier") or the figure a change reaches ("rose 4.7% to $51.2bn"): that
    one's, not another's."""
    i = scope.index.get(o.id)
    if not i:
        return False
    prev = scope.claims[i - 1]
    if prev is current or not (prev.unit in RATES or prev.unit == "times" or is_quantity(prev)):
        return False
    if stand_in(scope, o) is not None:
        return False  # "这两项指标分别为135.6亿件和1182.4亿元": the count of the figures pointed back at has no base
    gap = scope.text[end(prev):start(o)]
    if len(gap) > 40 or broken(scope, end(prev), start(o)):
        return False
    if prev.unit in RATES and scope.ctx.between("to", end(prev), start(o)) and len(gap.strip()) <= 8:
        return True  # "rose 4.7% to $51.2bn": another change's current
    return "(" in gap or "（" in gap or named_as_base(scope, o) or bool(
        scope.ctx.between("than", end(prev), start(o)))


def _restates(scope: Scope, other: Claim, current: Claim, base: Claim) -> bool:
    """Whether `other`, the figure `base` is compared with, restates `current`: the same unit and period (none, or
    the base's own, which the comparison's date gives both: "$49bn compares with $43.2bn in 2023"), and `current`'s
    value inside what `other` stands for (its rounding, or its hedge: "nearly $49bn" for $48.6bn)."""
    if other is current or not is_quantity(other) or other.unit != current.unit:
        return False
    if other.period is not None and not any(p is not None and other.period.same_as(p) for p in (current.period,
                                                                                                    base.period)):
        return False
    precision = other.precision if other.precision is not None else written_precision(other.value)
    return stated_bands(other.value, precision, other.hedge, other.high).natural.contains(current.value)


def alike(scope: Scope, a: Claim, b: Claim) -> float:
    """How alike the words about two figures are; two bags of a word or less say too little to match on."""
    sim = scope.alike(a, b)
    if min(len(scope.about(a)), len(scope.about(b))) < 2:
        return min(sim, 0.5)
    return sim


_SIZES: weakref.WeakKeyDictionary[Scope, dict[tuple[str, bool], tuple[list[float], list[Claim], list[Claim]]]] = (
    weakref.WeakKeyDictionary())


def _of_size(scope: Scope, current: Claim) -> list[Claim]:
    """The figures of `current`'s unit within a factor of three of it (the same figure a period earlier is of
    its size), and those of other units of its dimension; found by bisection over the values, once sorted.
    Only those `prior_figures` could take (`_may_be_prior`), in the same order."""
    by_unit = _SIZES.setdefault(scope, {})
    key = (current.unit, current.period is not None)
    if key not in by_unit:
        same = sorted((o for o in scope.claims if o.unit == current.unit and o.value), key=lambda o: float(o.value))
        others = [o for o in scope.by_dimension(current) if o.unit != current.unit]  # (once, not per figure)
        same = [o for o in same if _may_be_prior(scope, o, key[1])]
        others = [o for o in others if _may_be_prior(scope, o, key[1])]
        by_unit[key] = ([float(o.value) for o in same], same, others)
    values, same, others = by_unit[key]
    v = abs(float(current.value))
    if not v:
        return []
    found = same[bisect.bisect_left(values, v / 3):bisect.bisect_right(values, v * 3)]
    return found + [o for o in others if _near_size(o, current)]


def _may_be_prior(scope: Scope, o: Claim, dated: bool) -> bool:
    """What `prior_figures` asks of `o` alone: a quantity, not a bound, and something that may put it a period
    back — its own words, its date or the one it carries (`carried_period`, when the current figure is `dated`),
    or its month (`month_role`). A figure with none of these is never taken, so a long document's many figures
    of one size are not weighed each time."""
    if not is_quantity(o) or o.hedge in (Hedge.OVER, Hedge.AT_LEAST, Hedge.UNDER):
        return False
    if named_role(scope, o) is not None or (dated and (o.period or carried_period(scope, o)) is not None):
        return True
    return month_of(scope, o) is not None


def _near_size(o: Claim, current: Claim) -> bool:
    """The same figure a period earlier is of its size: within a factor of three."""
    if not o.value or not current.value:
        return False
    ratio = abs(float(current.value) / float(o.value))  # a coarse test: floats will do
    return 1 / 3 <= ratio <= 3


def carried_period(scope: Scope, o: Claim) -> Period | None:
    """"Năm 2020, ngân hàng có tổng tài sản là 134.315 tỷ đồng. Lợi nhuận trước thuế đạt 1.005 tỷ đồng": an undated
    figure in the sentence after one whose figures are all of one period, in the same paragraph, is of that period
    too (the story goes on about it)."""
    sentence = scope.sentence_of(start(o))
    prev = scope.previous_sentence(sentence)
    if prev is None or prev.paragraph != sentence.paragraph:
        return None
    if any(x.period is not None for x in scope.starting_in(sentence.start, sentence.end)):
        return None  # its own sentence is dated: another period is named here
    told = scope.starting_in(prev.start, prev.end)
    if told and not any(scope.about(x) for x in told):
        return None  # "上年同期和7月份分别为369.71亿元和383.65亿元": earlier readings of the figure before, no story
    # (a base a comparison names is of its own period: "tăng 19,4% so với năm 2023 (44.070 tỷ đồng)")
    figures = [x for x in told if not (x.period is not None and named_as_base(scope, x))]
    first = figures[0].period if figures else None
    if first is None or any(x.period is None or not x.period.same_as(first) for x in figures):
        return None
    return first


def _dated_back(when: Period | None, current: Claim, period: str | None) -> bool:
    assert when is not None and current.period is not None
    if period != "prev" and year_before(when, current.period):
        return True
    if period == "yoy":
        return False
    if not period_before(when, current.period):
        return False
    if period == "prev":
        return True
    p = current.period
    return p.start is not None and p.end is not None and (p.end - p.start).days < 100


def _named_back(scope: Scope, o: Claim, current: Claim, period: str | None) -> bool:
    """Undated figures: `o` is led by words naming the earlier period ("上年同期…为", "cùng kỳ năm trước",
    "a year earlier") that the change's own period word does not contradict."""
    role = base_role(scope, o, current)
    return role in ("yoy", "prev") and (period is None or role == period)


def _points_back(scope: Scope, o: Claim, current: Claim) -> bool:
    """"…đạt 5.271.200 tỷ đồng… Theo TCTK, cùng kỳ năm 2023 con số này là 4.758.900 tỷ đồng": `o`'s clause
    points back ("con số này", "this figure", "这一数字") and `current` is the last figure of its kind before it,
    at most two sentences back."""
    if start(current) >= start(o) or scope.paragraph(o) != scope.paragraph(current):
        return False
    lo = lead_start(scope, o)
    words = pointing_back(scope, lo, start(o))
    if not any(" " in h.word.strip() or (not h.word.isascii() and len(h.word) >= 3) for h in words) and not any(
            _one_thing(scope, h.start) for h in word_table(scope.lang, "relations", "subject_anaphora").scan(
                scope.text, lo, start(o))):
        # "this figure", "这一数字", "this market", not a bare "this" or "这"
        return False
    between = [x for x in scope.starting_in(end(current), start(o)) if compatible(x, current) and is_quantity(x)]
    sentence = scope.sentence_of(start(o))
    back = scope.previous_sentence(sentence)
    back2 = scope.previous_sentence(back) if back is not None else None
    earliest = (back2 or back or sentence).start
    return not between and start(current) >= earliest


def _one_thing(scope: Scope, pos: int) -> bool:
    """"thị trường này" is one market, not "Ba thị trường này" (these three): no count right before it."""
    before = scope.text[max(0, pos - 12):pos].split()
    if not before:
        return True
    last = before[-1].lower()
    if not (last.isdigit() or last in lexicon(scope.lang).numerals.atoms):
        return True
    at = scope.text.rfind(before[-1], 0, pos)
    return any(p.start <= at < p.end for p in scope.ctx.periods or ())  # ("tháng 9 thị trường này": a date's)


def previous_reading(scope: Scope, c: Claim) -> tuple[Claim, Claim] | None:
    """(current, base) of a period-on-period change that names no figure of its own, its clause opening on the
    basis word: the item's figure and its previous reading, stated just before with only rates between
    ("裁员人数7.5891万人，前值2.5885万人；同比升1.0%，前值升9.2%；环比升193.19%"). A clause with words of its own
    ("商业库存环比升0.4%") is about something else."""
    lo = scope.clause_of(c)[0]
    basis = scope.hits("basis", lo, start(c))
    if not basis or scope.phrases.tokens(lo, basis[0].start):
        return None
    para = scope.paragraph(c)
    pool = [o for o in scope.in_paragraphs(para, para) if end(o) <= lo and start(o) >= start(c) - _PREVIOUS_REACH]
    amounts = [o for o in pool if is_quantity(o)]
    if not amounts or any(o.unit not in RATES for o in pool[pool.index(amounts[-1]) + 1:]):
        return None
    previous = word_table(scope.lang, "relations", "previous_reading")
    companion = word_table(scope.lang, "relations", "companion")
    base = amounts[-1]
    if not previous.scan(scope.text, scope.after_previous(base), start(base)):
        return None
    for o in reversed(amounts[:-1]):
        if not compatible(o, base):
            return None
        if not companion.scan(scope.text, scope.after_previous(o), start(o)):
            return o, base
    return None


# how far before a period-on-period change the figure it speaks of may stand
_PREVIOUS_REACH = 120


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
