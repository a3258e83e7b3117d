"""Changes: a percentage or points figure led by a rise or fall word ("tăng 12,4% so với tháng 9",
"同比增长89.4%", "up 8% to 1.8 million", "a drop of more than 80%").

Its *current* figure is the amount the change describes: the amount before it in its sentence, the one
after "to/lên/至", or — when the change sits in parentheses right after a figure ("197.697 lượt (tăng
8%)") or in a "respectively" list — that figure alone: parallel clauses each carry their own rate.
Its *base* is, in order of designation:
- a "from A to B" pair in the sentence;
- a figure named after a comparison word ("so với tháng 9 (37.123 xe)", "from 1.5 million", "than the 10.2
  million", "，上年同期为99.6万辆");
- the same figure one period earlier, stated elsewhere: same unit, metric and subject, its period a year
  back (or the period before for 环比 / "month-on-month"), its words alike.
A change that says which period it compares with (同比 / 环比, "so với cùng kỳ" / "so với tháng trước",
"year-on-year" / "from the previous month") takes only bases of that period. With no base stated, the
change still records its current figure: the implied base is shown as information.
"""

from __future__ import annotations

import re

from validator.lexicon import WordHit, lexicon, word_table
from validator.link.hypotheses import CLAUSE, EXPLICIT, SENTENCE, Hypothesis
from validator.link.scope import (
    CLAUSE_GAP,
    HARD_BREAK,
    Scope,
    compatible,
    end,
    is_amount,
    month_before,
    start,
    year_before,
)
from validator.model import ChangeRelation, Claim, Period

Units = dict[str, tuple[str, str]]


def change_period(scope: Scope, c: Claim) -> str | None:
    """'yoy' or 'prev' when the change's clause says which earlier period it is measured from."""
    lo, hi = scope.clause_of(c)
    hits = word_table(scope.lang, "relations", "change_period").scan(scope.text, lo, min(len(scope.text), hi + 24))
    labels = {h.label for h in hits}
    return labels.pop() if len(labels) == 1 else None


def is_rate(scope: Scope, c: Claim) -> bool:
    """A compound or average annual rate ("年均复合增长率约为22%"): a CAGR, not a change."""
    lo, _ = scope.clause_of(c)
    return bool(word_table(scope.lang, "relations", "cagr").scan(scope.text, max(lo, start(c) - 40), start(c)))


def direction_of(scope: Scope, c: Claim, after_words: bool) -> str | None:
    ctx = scope.ctx
    clause = scope.clause_of(c)
    up = ctx.between("up", max(clause[0], start(c) - 14), start(c))
    down = ctx.between("down", max(clause[0], start(c) - 14), start(c))
    if after_words and not (up or down):  # "sales rose 5%" / "5% higher"
        up = ctx.between("up", end(c), min(clause[1], end(c) + 10))
        down = ctx.between("down", end(c), min(clause[1], end(c) + 10))
    if not (up or down):
        return None
    return "down" if down and (not up or down[-1].start > up[-1].start) else "up"


def find_changes(scope: Scope, ranges: dict[str, tuple[Claim, Claim]]) -> list[Hypothesis]:
    out: list[Hypothesis] = []
    after_words = lexicon(scope.lang).cues.change_after
    for c in scope.claims:
        if c.unit not in ("percent", "point"):
            continue
        direction = direction_of(scope, c, after_words)
        if direction is None or is_rate(scope, c):
            continue
        h = Hypothesis(c.id)
        period = change_period(scope, c)
        own = scope.own_figure(c)
        if own is c:  # bound by "respectively" to a figure the text does not give
            continue
        earlier = [o for o in scope.in_sentence(c) if end(o) <= start(c)]

        def change(base: Claim, current: Claim, strength: float, why: str, units: Units | None = None) -> None:
            fits, note = _period_fits(base, current, period)
            if not fits:
                return
            h.add(ChangeRelation(kind="change", change=c.id, base=base.id, current=current.id, direction=direction),
                  strength, why + note, units)

        if scope.ctx.between("to", max(start(c) - 6, 0), start(c)):
            continue  # "rose to 53.3%": a level reached, not a change
        pair = next((ranges[o.id] for o in reversed(earlier) if o.id in ranges), None)
        if pair is None:  # "up 5% from A to B"
            pair = next((ranges[o.id] for o in scope.starting_in(end(c), scope.sentence_of(start(c)).end)
                         if o.id in ranges and c not in ranges[o.id]), None)
        if pair is not None:
            base, current = pair
            if (own is None or own.id == current.id) and (c.unit == "point" or is_amount(base) or base.unit == "percent"):
                near = scope.same_clause(c, current) or not CLAUSE_GAP.search(
                    scope.text[min(end(current), start(c)):max(end(current), start(c))].strip(" ,，、"))
                change(base, current, EXPLICIT if near else 0.9, f"from {base.text} to {current.text}")
            if not h.candidates and c.unit == "point":
                out.append(h)
                continue
        if c.unit == "percent":
            amounts = [o for o in earlier if is_amount(o)]
            if own is not None:
                amounts = [own]
            current, stated, units = operands(scope, c, amounts)
            if own is not None and current is not own:
                current, stated, units = own, None, {}
            if current is not None:
                if stated is not None:
                    change(stated, current, EXPLICIT, f"{current.text} compared with {stated.text}", units)
                for prior, strength, why in prior_figures(scope, current, period):
                    change(prior, current, strength, why)
                h.fallback = ChangeRelation(kind="change", change=c.id, current=current.id, direction=direction,
                                            confidence="cued" if _cued(scope, c) else "plausible")
        if h.candidates or h.fallback is not None:
            out.append(h)
    return out


def _cued(scope: Scope, c: Claim) -> bool:
    """Whether the change names its base period ("so với cùng kỳ", "同比"): its implied base is meaningful."""
    clause = scope.clause_of(c)
    return bool(scope.ctx.between("basis", clause[0], clause[1] + 12)) or lexicon(scope.lang).cues.changes_cued


def _period_fits(base: Claim, current: Claim, period: str | None) -> tuple[bool, str]:
    """Whether a base fits the period the change says it compares with (unknown periods always fit)."""
    if period is None or base.period is None or current.period is None:
        return True, ""
    if period == "yoy":
        return year_before(base.period, current.period), ", a year earlier"
    return _period_before(base.period, current.period), ", the period before"


def _period_before(earlier: Period, later: Period) -> bool:
    if month_before(earlier, later):
        return True
    if None in (earlier.start, earlier.end, later.start, later.end):
        return False
    assert earlier.end is not None and later.start is not None and earlier.start is not None
    assert later.end is not None
    # a quarter or half before: the same length, ending the day before
    return ((later.start - earlier.end).days == 1
            and abs((earlier.end - earlier.start).days - (later.end - later.start).days) <= 3)


def operands(scope: Scope, c: Claim, amounts: list[Claim]) -> tuple[Claim | None, Claim | None, Units]:
    """(current, stated base, unit readings) for a change or multiple, given the amounts before it in its
    sentence. The base after it: "tăng 12,4% so với tháng 9 (37.123 xe)", "up 25.7% from 1.46 million",
    "nearly four times the 137 GWh of 2023", "gấp 2,4 lần cùng kỳ năm ngoái (6.190 chiếc)" — a short gap with a
    comparison word and no clause break. Or between the current figure and it: "A，比上年同期的B增长X%",
    "A是B的N倍", "rose to A from B, up X%"."""
    ctx = scope.ctx
    text = scope.text
    current: Claim | None = amounts[-1] if amounts else None
    sentence = ctx.sentence_of(start(c))
    after = list(scope.starting_in(end(c), min(sentence.end, end(c) + 60)))
    # "fell 5.5% to 396,270", "tăng 5% lên 300.000 xe", "增长5%至300万辆": the current figure follows
    if after and is_amount(after[0]) and ctx.between("to", end(c), start(after[0])) and len(
        text[end(c):start(after[0])].strip()
    ) <= 6:
        current = after[0]
        after = after[1:]
    if current is None:
        return None, None, {}
    if after and is_amount(after[0]) and (compatible(after[0], current) or after[0].unit == "item"):
        gap = text[end(c):start(after[0])]
        if not CLAUSE_GAP.search(gap) and (
            ctx.between("than", end(c), start(after[0]))
            or gap.strip() in ("", "(", "（")
            or (c.unit == "times" and len(gap) <= 12)
        ):
            return current, after[0], _takes_unit(after[0], current)
        # a clause of its own naming last year's figure: "…，上年同期为99.6万辆", "…, cùng kỳ năm trước là …"
        lead = re.match(r"\s*[,，]\s*", gap)
        if lead and not CLAUSE_GAP.search(gap[lead.end():]) and ctx.between(
            "prior", end(c) + lead.end(), start(after[0])
        ):
            return current, after[0], _takes_unit(after[0], current)
    if len(amounts) >= 2:
        a, b = amounts[-2], amounts[-1]
        if (
            compatible(a, b)
            and not HARD_BREAK.search(text[end(a):start(c)])
            and not CLAUSE_GAP.search(text[end(b):start(c)])
            and ctx.between("than", end(a), start(b))
        ):
            return a, b, {}
    return current, None, {}


def _takes_unit(base: Claim, current: Claim) -> Units:
    """A bare figure compared with a counted one is counted the same way: "up 8.2% from 17.94 million"."""
    if base.unit == "item" and current.unit != "item":
        return {base.id: (current.unit, f"unit read from the figure it is compared with ({current.text})")}
    return {}


def prior_figures(scope: Scope, current: Claim, period: str | None = None) -> list[tuple[Claim, float, str]]:
    """(figure, strength, why): the same figure one period earlier, stated elsewhere — "上年同期为99.6万辆",
    "In the same period last year, exports stood at 1.46 million". Same unit and metric, no other subject,
    the period a year back (or the period before, for 环比), in this paragraph or the one before or after;
    strongest when it is the only one and its words match."""
    if current.metric is None and current.period is None:
        return []
    if current.period is None:
        # "出口175.8万辆，同比增长89.4%，上年同期为99.6万辆": the dated figure of the same sentence, after it
        sentence = scope.sentence_of(start(current))
        same = [
            o for o in scope.starting_in(end(current) + 1, sentence.end)
            if is_amount(o) and o.period is not None
            and compatible(o, current) and o.metric == current.metric and o.value != current.value
        ]
        if len(same) == 1 and current.metric is not None:
            return [(same[0], EXPLICIT, f"the dated {same[0].text} after it in its sentence")]
        return []
    para = scope.paragraph(current)
    found: list[tuple[Claim, float, str]] = []
    for o in scope.by_dimension(current):
        if o is current or not is_amount(o) or o.period is None or abs(scope.paragraph(o) - para) > 1:
            continue
        if o.subject and current.subject and o.subject != current.subject:
            continue
        back = year_before(o.period, current.period) if period != "prev" else _period_before(o.period, current.period)
        if not back and period is None:
            back = _period_before(o.period, current.period) and o.period.start is not None and \
                current.period.start is not None and (current.period.end - current.period.start).days < 100  # type: ignore[operator]
        if not back:
            continue
        sim = scope.alike(o, current)
        same_metric = o.metric is not None and o.metric == current.metric
        if not same_metric and sim < 0.6:
            continue
        strength = CLAUSE if same_metric and sim >= 0.5 else SENTENCE if same_metric else 0.5
        found.append((o, strength, f"the same figure for the period before ({o.period}), words alike {sim:.2f}"))
    if len({o.value for o, _, _ in found}) > 1:  # several: only the likeliest, weakly
        found = [(o, min(s, 0.55), why + ", one of several") for o, s, why in found]
    return sorted(found, key=lambda x: -x[1])


def _hit_words(hits: list[WordHit]) -> str:
    return ", ".join(h.word for h in hits)
