"""'From A to B' pairs: the two figures a change or multiple in the same sentence is measured between
(vi "từ A … lên B", zh "从A增至B", en "from A to B", and the other order "rose to B from A").

A pair's "to" word stands right before its closing figure (a few words of period or unit may sit between:
"增至2024年的9916亿千瓦时", "to 1,419 GW"), and the pair never spans a parenthesis ("(from 10.9 million tonnes)
and canola to fall 3% to 5.9 million") or a new clause with its own rise or fall word ("…down from $3.8bn in
2003, while its annual revenue rose 4.5% to $193bn": the "to" belongs to the second change).
"""

from __future__ import annotations

import re

from validator.link.scope import CLAUSE_GAP, Scope, compatible, end, start
from validator.link.wording import in_spread, moves
from validator.model import Claim

# between the "to" word and the closing figure: "lên 5,75 tỷ USD", "增至2024年的9916亿", "to $193bn"
_TO_GAP = 14
# between the closing figure and "from" in the other order: "to 2.51 mln bags from 2.59 mln"
_FROM_GAP = 16
# … or further when the period of the closing figure stands between and "from" leads the base: "to $61.2 billion by
# 30 June 2027 from $58.9 billion"
_FROM_GAP_DATED = 36
# a pair never spans these
_BREAK = re.compile(r"[;；。!?！？()（）]")


def _new_change_between(scope: Scope, lo: int, hi: int) -> bool:
    """A clause break followed by a rise or fall word of its own between "from A" and "to": "…down from $3.8bn
    in 2003, while its annual revenue rose 4.5% to $193bn", "…from $228.4 million, while the fire budget grows to
    $118.3 million" — the "to" belongs to the second change (any rise or fall word, `relations.moves` too, after
    words of its own: a rise word right after the break continues the move)."""
    brk = CLAUSE_GAP.search(scope.text, lo, hi)
    if brk is None:
        return False
    # a rise word right after the break continues the same move ("从原来的105元，涨到现在的129.9元")
    return any(scope.text[brk.end():m.start].strip() for m in moves(scope, brk.end(), hi))


def range_pairs(scope: Scope) -> dict[str, tuple[Claim, Claim]]:
    """(A, B) keyed by the id of the figure that closes the pair in the text."""
    pairs: dict[str, tuple[Claim, Claim]] = {}
    claims = scope.claims
    ctx = scope.ctx
    text = scope.text
    for i, a in enumerate(claims):
        if not ctx.between("from", max(start(a) - 12, 0), start(a)) or in_spread(scope, a):
            continue  # (not a spread: "ranged from 3.6% to 5.8%" is no move from one to the other)
        sentence = ctx.sentence_of(start(a))
        for b in claims[i + 1:]:
            if start(b) >= sentence.end:
                break
            if not (compatible(a, b) or _per_said_once(a, b)) or a.unit == "times":
                continue
            to = ctx.between("to", end(a), start(b))
            if (to and start(b) - to[-1].end <= _TO_GAP and not _BREAK.search(text, end(a), start(b))
                    and not _new_change_between(scope, end(a), to[-1].start)):
                pairs[b.id] = (a, b)
            break
    # the other order: "rose to 53.3% from 46.0%" — keyed by the later figure, the base
    for i, a in enumerate(claims[:-1]):
        b = claims[i + 1]
        if b.id in pairs or not compatible(a, b) or a.unit == "times" or in_spread(scope, a):
            continue
        if not ctx.between("to", max(start(a) - 6, 0), start(a)):
            continue
        gap = text[end(a):start(b)]
        if CLAUSE_GAP.search(gap) or _BREAK.search(gap):
            continue
        if (len(gap) <= _FROM_GAP and ctx.between("from", end(a), start(b))) or (
                len(gap) <= _FROM_GAP_DATED and ctx.between("from", max(end(a), start(b) - 8), start(b))):
            pairs[b.id] = (b, a)
    return pairs


def _per_said_once(a: Claim, b: Claim) -> bool:
    """A price given per unit once for both ends of its pair: "从每公斤42.5元跌至26.8元", "from $4.20 a gallon to
    $3.90", "từ 42.500 đồng/kg xuống 26.800 đồng"."""
    numerator, slash, _ = a.unit.partition("/")
    return bool(slash) and b.unit == numerator
