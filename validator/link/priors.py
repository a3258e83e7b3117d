"""The same figure one period earlier, stated elsewhere in the article: "In the same period last year, exports
stood at 1.46 million", "上年同期全国新建商品房销售额为92580亿元", "cùng kỳ năm 2023 con số này là 4.758.900 tỷ
đồng". Same unit and metric, no other subject, the earlier period by the dates or by the words leading it.
"""

from __future__ import annotations

import bisect
import weakref

from validator.intervals import Hedge, stated_bands, written_precision
from validator.lexicon import lexicon, section, word_table
from validator.link.anaphora import pointing_back
from validator.link.bases import Found, base_role, named_role, period_before
from validator.link.frames import BEST_FLOOR as _BEST_FLOOR
from validator.link.frames import BEST_MARGIN as _BEST_MARGIN
from validator.link.frames import _framed_alike, _history_of, _near_size, alike, history, rivals
from validator.link.hypotheses import CLAUSE, SENTENCE
from validator.link.period_spans import year_before
from validator.link.phrases import metrics_related
from validator.link.scope import (
    Scope,
    compatible,
    end,
    is_quantity,
    start,
)
from validator.link.story_period import story_period_after, unnamed_before
from validator.link.wording import (
    RATES,
    broken,
    change_period,
    direction_of,
    in_spread,
    is_delta,
    lead_start,
    named_as_base,
    stand_in,
)
from validator.link.years import figure_period, month_of
from validator.model import Claim, Period


def prior_figures(scope: Scope, current: Claim, period: str | None = None) -> list[Found]:
    """(figure, strength, why): the same figure a period earlier, stated elsewhere ("上年同期…为92580亿元"): same unit,
    metric and subject, a year back (the period before, for 环比) by the dates (`undated`: the story's) or by its
    words; strongest when near, alone and its words match."""
    para, now = scope.paragraph(current), figure_period(scope, current)  # (its own, else the one the title names)
    undated = now is None and carried_period(scope, current) is None and unnamed_before(scope, current)
    found: list[Found] = []
    closest: list[Claim] = []  # the figures named just as `current` is
    loose: list[Claim] = []  # those named as the earlier period's that only match best (`_best_of_kind`)
    for o in _of_size(scope, current):
        if o is current or o.value == current.value or not is_quantity(o):
            continue  # (the same value again is the figure restated, not its base)
        if o.hedge in (Hedge.OVER, Hedge.AT_LEAST, Hedge.UNDER) or in_spread(scope, o):
            continue  # "hơn 4.000 tỷ đồng" bounds a figure, and one of another size is another figure (a spread's,
            # "ranged from 3.6% in Northumberland to 5.8% in Newcastle", is no earlier reading)
        listed = listed_base(scope, o)  # "X (up 9%), while Y (up 5%), compared with A and B the year before": B is Y's
        if (o.subject and current.subject and o.subject != current.subject) or listed not in (None, current):
            continue
        named = named_role(scope, o)
        # (a figure its own words name as the earlier period's is not of the period the sentence before carries)
        when_o = o.period or (carried_period(scope, o) if named is None else None)
        now_o = story_period_after(scope, when_o, period) if undated and when_o and named is None else now
        dated = when_o is not None and now_o is not None
        best = told = False
        if named is not None:  # its own words say which earlier period it is of
            back = named == period or (period is None and (not dated or _dated_back(when_o, now_o, None)))
        else:
            back = _dated_back(when_o, now_o, period) if dated else _named_back(scope, o, current, period)
        if not (back or listed is current) or is_delta(scope, o) or (dated and _sibling_told(scope, o, current, now_o)):
            continue
        # (a figure of a list pointing back at the figures before it is named by the one it stands for: "9月份…业务
        # 收入为1194.2亿元；去年10月，这两项指标分别为135.6亿件和1182.4亿元")
        like = stand_in(scope, o) or o
        restated = False
        if listed is None and _bound_base(scope, o, current) and not (dated and history(scope, o, now_o)):
            # another figure's base (no sibling's) — unless that figure restates `current` ("The headline figure of
            # nearly $49bn compares with $43.2bn in 2023", "约1.2万亿元，而上年为…"): then `current`'s too
            if not (restated := _restates(scope, scope.claims[scope.index[o.id] - 1], current, o)):
                continue
        pointed = restated or like is current or listed is current or _points_back(scope, o, current)
        sim, words = (1.0, scope.about(like)) if pointed else _framed_alike(scope, like, current)
        # (its metric's words in its phrase, though not its own: "vượt xa mức 11,2 triệu lượt khách quốc tế")
        metric = current.metric is not None and (like.metric == current.metric or (
            like.metric is None and f"m:{current.metric}" in words))
        if metric and named is not None and sim < 0.6 and scope.about(o) == scope.about(current) == frozenset(
                {f"m:{current.metric}"}):
            # "Deposits rose 7.4% to ₱15.82 trillion" … "Deposits stood at ₱14.23 trillion in June last year": both
            # named by their metric alone, the one named as the earlier period's is the same figure then
            sim = 0.6
        clash = (like.metric is not None and current.metric is not None and not metric
                 and not metrics_related(like.metric, current.metric))
        far = abs(scope.paragraph(o) - para)
        if dated:
            told, strength = _dated_strength(scope, o, current, now_o, sim, metric, clash, far, pointed)
            if strength is None:
                continue
        else:  # undated, named as the earlier figure: only when its words say it is the same thing
            best = not clash and named == "yoy" and _loosely_named(scope, o, current, sim, period)
            if not best and (clash or sim < 0.6):
                continue
            if not pointed and _fits_another(scope, o, like, current, sim):
                continue
            strength = CLAUSE if pointed else 0.55
        # "The wheat forecast compares with last season's harvest of 26.8 million tonnes": its own clause
        # compares it with the current figure's words
        compared = named is not None and bool(
            word_table(scope.lang, "relations", "base_before").scan(scope.text, lead_start(scope, o), start(o)))
        if pointed or sim >= 0.8 or (sim >= 0.6 and (metric or compared)) or (not dated and best) or (
                dated and (told or _same_span(like, current, when_o, now_o, sim))):
            closest.append(o)
        when = (f"({when_o})" if o.period is not None else f"({when_o}, from the sentence before)") if dated \
            else "(named so)"
        said = (f"compared with {scope.claims[scope.index[o.id] - 1].text}, which restates it" if restated
                else f"words alike {sim:.2f}")
        if best:
            if sim < 0.6:
                loose.append(o)
            said += ", the figure its words match best"
        found.append((o, strength, f"the same figure for the period before {when}, {said}"))
    return _settled(found, closest, loose)


def _dated_strength(scope: Scope, o: Claim, current: Claim, now: Period | None, sim: float, metric: bool, clash: bool,
                    far: int, pointed: bool = False) -> tuple[bool, float | None]:
    """(told, strength) of a dated earlier figure, strength None when its words do not say it is the same thing. A
    sentence giving its history ("Online turnover was €384 million in August 2025 and €371 million in September
    2024") names the figure told before whose words it matches best, however thinly (`told`). Another metric's
    figure of that period ("tháng 9/2025 [nhập khẩu] đạt 36,8 tỷ USD" for exports) is none, however alike the rest
    of their words, unless its clause points back at the current figure."""
    if clash and not pointed:
        return False, None
    told = not clash and history(scope, o, now) and _history_of(scope, o, current, sim)
    if ((not metric and sim < 0.6) or (far > 1 and sim < (0.5 if metric else 0.8))) and not told:
        return told, None
    strength = CLAUSE if (metric and sim >= 0.5) or told else SENTENCE if metric else 0.5
    if far > 1 and not told:
        strength = max(0.5, strength - 0.05 * (far - 1))
    return told, strength


def _sibling_told(scope: Scope, o: Claim, current: Claim, now: Period | None) -> bool:
    """`o`, an earlier reading, follows in its sentence another figure of its unit told for `current`'s period:
    it is that figure's earlier reading, not `current`'s ("Kim ngạch nhập khẩu tháng 10 đạt 38,2 tỷ USD, tăng
    3,8% so với tháng trước (tháng 9 đạt 36,8 tỷ USD)" gives the imports' September figure, not that of the total
    told a paragraph before; "出口额4.02亿元，进口额3.82亿元，上月分别为3.91亿元和3.68亿元")."""
    if now is None:
        return False
    sentence = scope.sentence_of(start(o))
    for x in reversed(scope.starting_in(sentence.start, start(o))):
        if x.unit != o.unit or not is_quantity(x) or is_delta(scope, x):
            continue
        p = x.period or figure_period(scope, x)
        if p is None or not p.same_as(now):
            continue
        return x is not current and x.value != current.value
    return False


def _same_span(like: Claim, current: Claim, when: Period | None, now: Period | None, sim: float) -> bool:
    """Named by the same metric for the same span a year back: "lợi nhuận trước thuế lũy kế 6 tháng" … "Nửa đầu
    năm ngoái, chúng tôi lãi trước thuế 3.840 tỷ đồng"."""
    return (when is not None and now is not None and like.metric is not None and like.metric == current.metric
            and sim >= 0.5 and year_before(when, now))


def listed_base(scope: Scope, o: Claim) -> Claim | None:
    """The figure `o` is the earlier reading of when it stands in a list of such readings right after as many
    figures of their units in its sentence: "Day visitors numbered 1.23 million (up 9%), while overnight stays
    reached 612,000 (up 5%), compared with 1.13 million and 583,000 the year before", "…，而上年分别为…和…", "…, so
    với 1,13 triệu và 583.000 của năm trước": the k-th of the list is the k-th figure's, in order. Read once per
    document."""
    table = _LISTED.get(scope)
    if table is None:
        table = _LISTED[scope] = _listed_bases(scope)
    return table.get(o.id)


_LISTED: weakref.WeakKeyDictionary[Scope, dict[str, Claim]] = weakref.WeakKeyDictionary()


def _listed_bases(scope: Scope) -> dict[str, Claim]:
    joins = {str(w).lower() for w in section(scope.lang, "cues", "list_and") or []}
    claims = scope.claims
    found: dict[str, Claim] = {}
    i = 0
    while i < len(claims):
        run = [claims[i]]
        while is_quantity(run[-1]) and scope.index[run[-1].id] + 1 < len(claims):
            nxt = claims[scope.index[run[-1].id] + 1]
            gap = scope.text[end(run[-1]):start(nxt)].strip(" ,，、").lower()
            if not is_quantity(nxt) or (gap and gap not in joins):
                break
            run.append(nxt)
        i += len(run)
        if len(run) < 2 or not (named_as_base(scope, run[0]) or named_role(scope, run[-1]) is not None):
            continue
        sentence = scope.sentence_of(start(run[0]))
        before = [x for x in scope.starting_in(sentence.start, start(run[0])) if end(x) <= start(run[0])
                  and is_quantity(x) and not is_delta(scope, x) and any(compatible(x, r) for r in run)]
        if len(before) < len(run):
            continue
        pairs = list(zip(before[len(before) - len(run):], run, strict=True))
        if all(compatible(a, b) for a, b in pairs):
            for a, b in pairs:
                found[b.id] = a
    return found


def _settled(found: list[Found], closest: list[Claim], loose: list[Claim]) -> list[Found]:
    """The earlier readings found, strongest first: a loosely named one only when nothing else is found; several
    values, only weakly; the one figure named just as the current one is, however far, strongly."""
    if loose and len(loose) < len(found):
        found = [f for f in found if f[0] not in loose]
        closest = [o for o in closest if o not in loose]
    if len({o.value for o, _, _ in found}) > 1:
        found = [(o, min(s, 0.55), why + ", one of several") for o, s, why in found]
    elif len(closest) == 1:
        found = [(o, max(s, CLAUSE), why + ", the only one") for o, s, why in found]
    return sorted(found, key=lambda x: -x[1])


def _best_of_kind(scope: Scope, o: Claim, current: Claim, sim: float) -> bool:
    """A figure named as the earlier period's whose words are few or loosely put ("kim ngạch tôm 10 tháng năm ngoái
    chỉ đạt 2,72 tỷ USD", "cùng kỳ năm ngoái Philippines nhập 2,89 triệu tấn") is the earlier reading of the figure
    its words match best: they share a word that names something, and every other figure of its unit and size
    that is not itself an earlier reading matches clearly worse."""
    shared = {t for t in scope.about(o) & scope.about(current) if not t.startswith("p:")}
    if not shared or sim < _BEST_FLOOR:
        return False
    for x in rivals(scope, o, current):
        if named_role(scope, x) is None and not is_delta(scope, x) and alike(scope, o, x) > sim - _BEST_MARGIN:
            return False
    return True


def _loosely_named(scope: Scope, o: Claim, current: Claim, sim: float, period: str | None) -> bool:
    """Named as last year's in loose words, `o` is `current`'s earlier reading all the same: its words match it
    best of its kind, or its own clause compares it back with it ("与去年前三季度5.06亿头的出栏量相比", "The March
    figure compares with €1.12bn in the same month of 2024")."""
    if sim < 0.8 and _best_of_kind(scope, o, current, sim):
        return True
    return sim < 0.6 and period in (None, "yoy") and _compared_back(scope, o, current, sim)


def _compared_back(scope: Scope, o: Claim, current: Claim, sim: float) -> bool:
    """An undated figure named as the year-earlier one, alone of its unit in its sentence, whose own clause
    compares it ("compares with", "与…相比", "so với") is the base of the figure before it that moved year on
    year (or from a base it does not name) and that its words match best: every other such figure of its unit
    and size before it matches clearly worse (one that moved from the month before is not a year-earlier
    figure's)."""
    if start(current) >= start(o) or is_delta(scope, o):
        return False
    if not word_table(scope.lang, "relations", "base_before").scan(scope.text, lead_start(scope, o), start(o)):
        return False
    if _own_change(scope, current) is None:
        return False
    sentence = scope.sentence_of(start(o))
    # "from £1.87bn and £1.08bn a year earlier", "比去年同月的492亿…多出36亿": compared in its own sentence
    if any(x is not o and x.unit == o.unit and is_quantity(x) for x in scope.starting_in(sentence.start, sentence.end)):
        return False
    for x in rivals(scope, o, current):
        if start(x) >= start(o) or named_role(scope, x) is not None or is_delta(scope, x):
            continue
        rate = _own_change(scope, x)
        if rate is None or change_period(scope, rate) == "prev":
            continue
        if alike(scope, o, x) > sim - _BEST_MARGIN:
            return False
    return True


def _own_change(scope: Scope, x: Claim) -> Claim | None:
    """The rate that moves `x` in its own clause: right after it ("出栏5.48亿头，同比增长4.2%") or reaching it
    ("rose 14% to €1.39bn")."""
    i = scope.index.get(x.id)
    if i is None:
        return None
    for j, after in ((i + 1, True), (i - 1, False)):
        if not 0 <= j < len(scope.claims):
            continue
        r = scope.claims[j]
        if r.unit not in RATES or direction_of(scope, r) is None:
            continue
        lo, hi = (end(x), start(r)) if after else (end(r), start(x))
        if hi - lo <= 16 and not broken(scope, lo, hi):
            return r
    return None


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


_SIZES: weakref.WeakKeyDictionary[Scope, dict[tuple[str, bool], tuple[list[float], list[Claim], list[Claim]]]] = (
    weakref.WeakKeyDictionary())


def _of_size(scope: Scope, current: Claim) -> list[Claim]:
    """The figures of `current`'s unit within a factor of three of it (the same figure a period earlier is of
    its size), and those of other units of its dimension; found by bisection over the values, once sorted.
    Only those `prior_figures` could take (`_may_be_prior`), in the same order."""
    by_unit = _SIZES.setdefault(scope, {})
    key = (current.unit, figure_period(scope, current) is not None)
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
    if not dated and o.period is not None and story_period_after(scope, o.period, "any") is not None:
        return True  # dated a year before a period the story tells, for an undated current figure
    if listed_base(scope, o) is not None:
        return True  # one of a list of earlier readings, its last named as such ("compared with A and B in 2023")
    return month_of(scope, o) is not None


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


def _dated_back(when: Period | None, now: Period | None, period: str | None) -> bool:
    assert when is not None and now is not None
    if period != "prev" and year_before(when, now):
        return True
    if period == "yoy":
        return False
    if not period_before(when, now):
        return False
    if period == "prev":
        return True
    p = now
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
    return bool(scope.periods.covering(at, at + 1))  # ("tháng 9 thị trường này": a date's)


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
