"""Multiples: "gấp N lần", "N倍", "N times" — how many times a base the current figure is."""

from __future__ import annotations

from validator.link.changes import operands, prior_figure
from validator.link.hypotheses import EXPLICIT, Hypothesis
from validator.link.scope import Scope, end, is_amount, start
from validator.model import Claim, MultipleRelation


def find_multiples(scope: Scope, ranges: dict[str, tuple[Claim, Claim]]) -> list[Hypothesis]:
    out: list[Hypothesis] = []
    for c in scope.claims:
        if c.unit != "times" or c.value < 1:
            continue
        earlier = [o for o in scope.in_sentence(c) if end(o) <= start(c)]
        h = Hypothesis(c.id)
        pair = next((ranges[o.id] for o in reversed(earlier) if o.id in ranges), None)
        if pair is not None:
            base, closing = pair
            h.add(MultipleRelation(kind="multiple", multiple=c.id, base=base.id, current=closing.id), EXPLICIT,
                  f"from {base.text} to {closing.text}, in the same sentence")
            out.append(h)
            continue
        amounts = [o for o in earlier if is_amount(o)]
        current, stated, units = operands(scope, c, amounts)
        if current is None:
            continue
        why = f"{current.text} compared with {stated.text}" if stated is not None else ""
        if stated is None:
            stated = prior_figure(scope, current)
            units = {}
            why = f"{current.text} against the same figure a year earlier" if stated is not None else ""
        if stated is None or stated is current:
            continue
        h.add(MultipleRelation(kind="multiple", multiple=c.id, base=stated.id, current=current.id), EXPLICIT,
              why, units)
        out.append(h)
    return out
