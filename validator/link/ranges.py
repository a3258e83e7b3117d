"""'From A to B' pairs: the two figures a change or multiple in the same sentence is measured between
(vi "từ A … lên B", zh "从A增至B", en "from A to B", and the other order "rose to B from A")."""

from __future__ import annotations

from validator.link.scope import CLAUSE_GAP, Scope, compatible, end, start
from validator.model import Claim


def _new_change_between(scope: Scope, lo: int, hi: int) -> bool:
    """A clause break followed by a rise or fall word of its own between "from A" and "to": "…down from $3.8bn
    in 2003, while its annual revenue rose 4.5% to $193bn" — the "to" belongs to the second change."""
    brk = CLAUSE_GAP.search(scope.text, lo, hi)
    return brk is not None and bool(scope.moves(brk.end(), hi))


def range_pairs(scope: Scope) -> dict[str, tuple[Claim, Claim]]:
    """(A, B) keyed by the id of the figure that closes the pair in the text."""
    pairs: dict[str, tuple[Claim, Claim]] = {}
    claims = scope.claims
    ctx = scope.ctx
    for i, a in enumerate(claims):
        if not ctx.between("from", max(start(a) - 8, 0), start(a)):
            continue
        sentence = ctx.sentence_of(start(a))
        for b in claims[i + 1:]:
            if start(b) >= sentence.end:
                break
            if not compatible(a, b) or a.unit == "times":
                continue
            to = ctx.between("to", end(a), start(b))
            if to and not _new_change_between(scope, end(a), to[-1].start):
                pairs[b.id] = (a, b)
            break
    # the other order: "rose to 53.3% from 46.0%" — keyed by the later figure, the base
    for i, a in enumerate(claims[:-1]):
        b = claims[i + 1]
        if b.id in pairs or not compatible(a, b) or a.unit == "times":
            continue
        if not ctx.between("to", max(start(a) - 6, 0), start(a)):
            continue
        gap = scope.text[end(a):start(b)]
        if len(gap) <= 8 and ctx.between("from", end(a), start(b)):
            pairs[b.id] = (b, a)
    return pairs
