"""One relation judged on its own, for the linker's arbiter: does this reading of the text add up?

`relation_status` runs the rules that check the relation's kind and sums their outcomes up in one word:
"fail" (some rule contradicts it at error level), "loose" (only a warning), "pass", "vague" (a pass that
says little: the operands' rounding leaves the computed value more than 30% wide, as with "5 of 6 is
83.3%, 69–100%"), "slack" (a pass of a bound far beyond it: "more than 30%" for 59%, see `_slack`),
"unverifiable", or "none" (no rule had anything to say: e.g. a change with no base).
`judge_for` binds it to one article's claims, with the unit readings a candidate asks for applied to copies
of the claims.
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Callable, Iterable
from fractions import Fraction

from validator.document import Document
from validator.intervals import DEFAULT_TOLERANCE, Hedge, Tolerance
from validator.model import Claim, Relation, Severity, Stated
from validator.rules.base import ClaimSet, Outcome, Resolver, Rule
from validator.rules.shared import shared_records


def _rules_by_kind() -> dict[str, list[Rule]]:
    from validator.rules import RULES

    by_kind: dict[str, list[Rule]] = {}
    for rule_class in RULES:
        rule = rule_class()
        for kind in rule.kinds:
            by_kind.setdefault(kind, []).append(rule)
    return by_kind


_BY_KIND: dict[str, list[Rule]] | None = None


_RANK = {"none": 0, "unverifiable": 1, "vague": 2, "slack": 3, "pass": 4, "loose": 5, "fail": 6}


def relation_status(relation: Relation, claims: ClaimSet, ctx: Resolver) -> str:
    global _BY_KIND
    if _BY_KIND is None:
        _BY_KIND = _rules_by_kind()
    worst = "none"
    with shared_records():  # the relation's records built once for all its rules
        for rule in _BY_KIND.get(relation.kind, []):
            for outcome in rule.check(relation, claims, ctx):
                if outcome.status == "fail":
                    level = outcome.severity or rule.severity
                    status = "fail" if level is Severity.ERROR else "loose"
                elif outcome.status == "pass":
                    status = ("vague" if _wide(outcome.computed)
                              else "slack" if relation.kind != "restatement" and _slack(outcome) else "pass")
                elif outcome.status == "unverifiable":
                    status = outcome.status
                else:
                    continue  # info: an implied value, no judgement
                if _RANK[status] > _RANK[worst]:
                    worst = status
    return worst


def _wide(computed: Stated | None) -> bool:
    """A computed interval too wide to tell much: more than 30% of its middle (or unbounded)."""
    if computed is None:
        return False
    if computed.low is None or computed.high is None:
        return True
    middle = abs(computed.low + computed.high) / 2
    return (computed.high - computed.low) > 0.3 * middle if middle else computed.high != computed.low


_BOUNDS = {Hedge.OVER: 1, Hedge.AT_LEAST: 1, Hedge.UNDER: -1}
# how far past its bound a figure may lie before a writer would have named the next bound: a fifth of the bound, or
# its written step if coarser ("三成以上" is 30–40%, "more than a third" up to about two in five, "more than 17%"
# not 29%, "more than doubled" not 3.5 times)
_BOUND_REACH = Fraction(1, 5)


def _slack(outcome: Outcome) -> bool:
    """A hedged bound ("more than 40%", "超过四成", "không đến một nửa") that its operands clear by far: true, but
    not what a writer means by it — "more than 40%" is a figure in the forties, one in the sixties would be
    "more than 60%" or "nearly two-thirds". Such a reading fits the words only loosely, so it verifies only when
    strongly designated and never outweighs a reading the text designates as clearly."""
    claim = outcome.subject.claim
    side = _BOUNDS.get(claim.hedge) if claim.hedge is not None else None
    computed = outcome.computed
    if side is None or computed is None or computed.low is None or computed.high is None:
        return False
    scale = 100 if claim.unit == "times" and computed.unit == "percent" else 1
    bound = Fraction(claim.value) * scale
    step = Fraction(claim.precision) * scale if claim.precision else Fraction(0)
    reach = max(abs(bound) * _BOUND_REACH, step)
    if side > 0:
        return Fraction(computed.low) > bound + reach
    return Fraction(computed.high) < bound - reach


def judge_for(document: Document, claims: Iterable[Claim],
              tolerance: Tolerance = DEFAULT_TOLERANCE) -> Callable[[Relation, dict[str, str]], str]:
    """A judge over one article's claims: (relation, unit readings) -> status."""
    by_id = {c.id: c for c in claims}
    base = ClaimSet(document, by_id, [], None, "", {c.id: c.span for c in by_id.values()})
    ctx = Resolver([base], tolerance)

    def judge(relation: Relation, units: dict[str, str]) -> str:
        if not units:
            return relation_status(relation, base, ctx)
        # the readings over the article's claims, not a copy of them all (per candidate, that was quadratic)
        changed = ChainMap({cid: by_id[cid].model_copy(update={"unit": unit})
                            for cid, unit in units.items() if cid in by_id}, by_id)
        view = ClaimSet(document, changed, [], None, "", base.anchors)  # type: ignore[arg-type]
        return relation_status(relation, view, Resolver([view], tolerance))

    return judge
