"""Shares of one whole named alike: the whole the article's own arithmetic settles for the others.

"Hàn Quốc … 412 triệu USD, chiếm 25,3% tổng vốn đầu tư; Trung Quốc … 356 triệu USD, chiếm 12,9%; Nhật Bản … 298
triệu USD, chiếm 18,3%", "欧洲…出口83.4GW，占出口总量的42.0%" … "对中东地区出口27.8GW，…在出口总量中的占比升至16.2%":
the words name the whole the same way for every share, and several figures of the article fit those words (the
new capital and the total, the quarter's exports and the nine months'). When the other shares named so hold with
one of them and with no other, that one is the whole the words name; a share that holds with none of its
candidates is then read against that whole, as strongly as the words and the others' arithmetic together
designate it. Nothing is raised when the others hold with different wholes, or when the share itself holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from validator.intervals import Hedge
from validator.link.hypotheses import Candidate, Hypothesis
from validator.link.scope import Scope, value_in
from validator.link.share_totals import half_step
from validator.model import Claim, ShareRelation

# how strongly the agreed whole is designated (a noun phrase far away, confirmed by the arithmetic of others)
AGREED_WHOLE = 0.8
# how far apart (paragraphs) shares may stand to be read as naming one whole
_REACH = 3


@dataclass
class ShareReading:
    """One candidate of a share hypothesis, with how strongly its part alone is designated."""

    candidate: Candidate
    part_strength: float


@dataclass
class ShareHypothesis:
    hypothesis: Hypothesis
    share: Claim
    named: frozenset[str]  # the words naming the whole (without the total word)
    readings: list[ShareReading]


def agree_on_wholes(scope: Scope, found: list[ShareHypothesis]) -> None:
    """Raise, for a share that holds with none of its wholes, the whole its alike-named neighbours hold with."""
    claims = {c.id: c for c in scope.claims}
    groups: dict[frozenset[str], list[tuple[int, ShareHypothesis]]] = {}
    for s in found:  # shares named alike, in text order (so by paragraph)
        if s.named and s.readings:
            groups.setdefault(s.named, []).append((scope.paragraph(s.share), s))
    for members in groups.values():
        if len(members) < 2:
            continue
        holds = {id(s): _wholes_held(s, claims) for _, s in members}
        for para, s in members:
            if not holds[id(s)]:
                _settle(s, [o for p, o in members if o is not s and abs(p - para) <= _REACH and holds[id(o)]],
                        holds, claims)


def _settle(s: ShareHypothesis, witnesses: list[ShareHypothesis], holds: dict[int, set[str]],
            claims: dict[str, Claim]) -> None:
    """Raise the reading of `s` against the one whole its witnesses hold with, if they agree on one."""
    agreed = {claims[w].value for o in witnesses for w in holds[id(o)]}
    if len(agreed) != 1:
        return
    value = next(iter(agreed))
    witness_parts = {p for o in witnesses for p in _parts_held(o, claims)}
    named = ", ".join(o.share.text for o in witnesses)
    for r in s.readings:
        x = r.candidate
        whole = claims.get(getattr(x.relation, "whole", None) or "")
        part = claims.get(getattr(x.relation, "part", None) or "")
        if whole is None or part is None or whole.value != value or part.id in witness_parts:
            continue
        # parts of one whole add up to no more than it: "vốn đã giao 303.075 tỷ (98,7% kế hoạch)" and "vốn trái
        # phiếu … 5.197 tỷ (10,4% kế hoạch)" exceed the 307.150 tỷ of the first plan, so the second is of another
        if sum((claims[p].value for p in witness_parts), part.value) > whole.value:
            continue
        strength = min(r.part_strength, AGREED_WHOLE)
        if strength > x.strength:
            x.strength = strength
            x.evidence += (f"; the same words name the whole of {named}, "
                           f"which hold{'s' if len(witnesses) == 1 else ''} with it alone")


def _parts_held(s: ShareHypothesis, claims: dict[str, Claim]) -> set[str]:
    """The parts of the readings a share holds with."""
    return {r.part for r in (x.candidate.relation for x in s.readings)
            if isinstance(r, ShareRelation) and r.part is not None and _holds(r, claims)}


def _wholes_held(s: ShareHypothesis, claims: dict[str, Claim]) -> set[str]:
    """The wholes a share holds with (within rounding) among its readings designated near the strongest; none
    when it holds with wholes of two values (the arithmetic does not settle which is meant)."""
    if not s.readings:
        return set()
    best = max(r.candidate.strength for r in s.readings)
    held: set[str] = set()
    for reading in s.readings:
        x = reading.candidate
        if x.strength < best - 0.25:
            continue
        r = x.relation
        if isinstance(r, ShareRelation) and r.whole is not None and _holds(r, claims):
            held.add(r.whole)
    if len({claims[w].value for w in held}) > 1:
        return set()
    return held


def _holds(r: object, claims: dict[str, Claim]) -> bool:
    """part / whole within the share's rounding, every figure read as written (no hedge)."""
    if not isinstance(r, ShareRelation) or r.part is None or r.whole is None:
        return False
    share, part, whole = claims.get(r.share), claims.get(r.part), claims.get(r.whole)
    if share is None or part is None or whole is None or share.unit != "percent" or share.value <= 0:
        return False
    if share.hedge is not None or any(x.hedge not in (None, Hedge.ABOUT) for x in (part, whole)):
        return False  # (a part or whole given as "about N" is read as written; a bound says too little)
    try:
        w = value_in(whole, part.unit)
    except Exception:
        return False
    s_step, p_step, w_step = half_step(share), half_step(part), half_step(whole)
    lo = (part.value - p_step) * 100 / (w + w_step)
    hi = (part.value + p_step) * 100 / (w - w_step) if w > w_step else Decimal(10**6)
    return share.value - s_step <= hi and lo <= share.value + s_step
