"""Multiples: "gấp N lần", "N倍", "N times", "twice" — how many times a base the current figure is. The
operands are found as a change's are (see `validator.link.changes`): a "from A to B" pair, a base named
after a comparison word, or the same figure a period earlier."""

from __future__ import annotations

from validator.link.changes import operands, prior_figures
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
        amounts = [o for o in earlier if is_amount(o)]
        current, stated, units = operands(scope, c, amounts)
        if current is not None:
            if stated is not None and stated is not current:
                h.add(MultipleRelation(kind="multiple", multiple=c.id, base=stated.id, current=current.id), EXPLICIT,
                      f"{current.text} compared with {stated.text}", units)
            elif pair is None:
                for prior, strength, why in prior_figures(scope, current):
                    h.add(MultipleRelation(kind="multiple", multiple=c.id, base=prior.id, current=current.id),
                          strength, why)
        if h.candidates:
            out.append(h)
    return out
