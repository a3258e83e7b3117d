"""Changes: a percentage or points figure led by a rise or fall word ("tăng 12,4% so với tháng 9",
"同比增长89.4%", "up 8% to 1.8 million"). Its current figure is the amount it describes; its base is a
"from A to B" pair, a figure named after a comparison word, or the same figure a year earlier."""

from __future__ import annotations

import re

from validator.link.hypotheses import EXPLICIT, Hypothesis
from validator.link.scope import (
    CLAUSE_GAP,
    HARD_BREAK,
    Scope,
    compatible,
    end,
    is_amount,
    start,
    year_before,
)
from validator.model import ChangeRelation, Claim


def find_changes(scope: Scope, ranges: dict[str, tuple[Claim, Claim]]) -> list[Hypothesis]:
    out: list[Hypothesis] = []
    ctx = scope.ctx
    after_words = bool(scope_lexicon_flag(scope, "change_after"))
    for c in scope.claims:
        if c.unit not in ("percent", "point"):
            continue
        clause = scope.clause_of(c)
        up = ctx.between("up", max(clause[0], start(c) - 14), start(c))
        down = ctx.between("down", max(clause[0], start(c) - 14), start(c))
        if after_words and not (up or down):  # "sales rose 5%" / "5% higher"
            up = ctx.between("up", end(c), min(clause[1], end(c) + 10))
            down = ctx.between("down", end(c), min(clause[1], end(c) + 10))
        if not (up or down):
            continue
        direction = "down" if down and (not up or down[-1].start > up[-1].start) else "up"
        earlier = [o for o in scope.in_sentence(c) if end(o) <= start(c)]
        h = Hypothesis(c.id)
        pair = next((ranges[o.id] for o in reversed(earlier) if o.id in ranges), None)
        if pair is not None:
            base, closing = pair
            if c.unit == "point" or is_amount(base) or base.unit == "percent":
                h.add(ChangeRelation(kind="change", change=c.id, base=base.id, current=closing.id,
                                     direction=direction), EXPLICIT,
                      f"from {base.text} to {closing.text}, in the same sentence")
                out.append(h)
            continue
        if c.unit != "percent":
            continue
        amounts = [o for o in earlier if is_amount(o)]
        current, stated, units = operands(scope, c, amounts)
        if current is None:
            continue
        if stated is not None:
            h.add(ChangeRelation(kind="change", change=c.id, base=stated.id, current=current.id, direction=direction),
                  EXPLICIT, f"{current.text} compared with {stated.text}", units)
            out.append(h)
            continue
        prior = prior_figure(scope, current)
        if prior is not None:
            h.add(ChangeRelation(kind="change", change=c.id, base=prior.id, current=current.id, direction=direction),
                  EXPLICIT, f"{current.text} against the same figure a year earlier, {prior.text}")
            out.append(h)
            continue
        cued = bool(ctx.between("base", clause[0], clause[1] + 12)) or bool(scope_lexicon_flag(scope, "base_implied"))
        h.fallback = ChangeRelation(kind="change", change=c.id, current=current.id, direction=direction,
                                    confidence="cued" if cued else "plausible")
        out.append(h)
    return out


def scope_lexicon_flag(scope: Scope, name: str) -> object:
    from validator.lexicon import section

    return section(scope.lang, "relations", name)


def operands(scope: Scope, c: Claim, amounts: list[Claim]
             ) -> tuple[Claim | None, Claim | None, dict[str, tuple[str, str]]]:
    """(current, stated base, unit readings) for a change or multiple, given the amounts before it in its
    sentence. The base after it: "tăng 12,4% so với tháng 9 (37.123 xe)", "up 25.7% from 1.46 million",
    "nearly four times the 137 GWh of 2023", "gấp 2,4 lần cùng kỳ năm ngoái (6.190 chiếc)" — a short gap with a
    comparison word and no clause break. Or between the current figure and it: "A，比上年同期的B增长X%",
    "A是B的N倍", "rose to A from B, up X%"."""
    ctx = scope.ctx
    text = scope.text
    current: Claim | None = amounts[-1] if amounts else None
    sentence = ctx.sentence_of(start(c))
    after = [o for o in scope.starting_in(end(c), min(sentence.end, end(c) + 60))]
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
            ctx.between("compare", end(c), start(after[0]))
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
            and ctx.between("compare", end(a), start(b))
        ):
            return a, b, {}
    return current, None, {}


def _takes_unit(base: Claim, current: Claim) -> dict[str, tuple[str, str]]:
    """A bare figure compared with a counted one is counted the same way: "up 8.2% from 17.94 million"."""
    if base.unit == "item" and current.unit != "item":
        return {base.id: (current.unit, f"unit read from the figure it is compared with ({current.text})")}
    return {}


def prior_figure(scope: Scope, current: Claim) -> Claim | None:
    """The same figure one year earlier, stated nearby ("上年同期为99.6万辆", "In the same period last year,
    exports stood at 1.46 million"): same unit, metric and subject, the period a year back."""
    if current.metric is None:
        return None
    ctx = scope.ctx
    if current.period is None:
        sentence = ctx.sentence_of(start(current))
        same = [
            o for o in scope.starting_in(end(current) + 1, sentence.end)
            if is_amount(o) and o.period is not None
            and compatible(o, current) and o.metric == current.metric and o.value != current.value
        ]
        return same[0] if len(same) == 1 else None
    para = scope.paragraph(current)
    found = []
    for o in scope.claims:
        if o is current or not is_amount(o) or not compatible(o, current) or o.period is None:
            continue
        if o.metric != current.metric or (o.subject and current.subject and o.subject != current.subject):
            continue
        if abs(scope.paragraph(o) - para) > 1:
            continue
        if year_before(o.period, current.period):
            found.append(o)
    return found[0] if found and len({o.value for o in found}) == 1 else None
