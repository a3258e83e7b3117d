"""NR: arithmetic rules over parts: parts that exceed their whole (NR105), a top group's share within a larger
top group's (NR106). Judged as `validator.rules.nr_arithmetic` judges the rest: intervals, `verdict_outcome`.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from validator.intervals import Bands, Interval, Verdict, judge, sum_interval
from validator.model import PartsRelation, Severity, SubsetRelation
from validator.rules.base import Outcome, Resolver
from validator.rules.messages import fmt_interval, fmt_number
from validator.rules.nr_arithmetic import verdict_outcome
from validator.rules.operands import Parts, RelationRule, Subsets


class PartsExceedWhole(RelationRule[Parts]):
    """Parts that add up to more than their whole (or, when complete, to something else).

    Sums the parts' intervals ("trong đó", "其中", "of which") and compares with the whole: more than the
    whole is an error; when the relation says the parts are complete, the sum must equal the whole. With
    no whole named, the parts are percentages of one whole: at most 100% (exactly 100% when complete).

    Why: "of which" breakdowns are typed by hand and often mix periods.

    Fails: "exports 2.49 million, of which NEVs 2.6 million"; complete parts 1M + 1M of a 3M whole.
    Passes: "exports 2.49 million, of which NEVs 855 thousand".
    """

    code = "NR105"
    name = "parts-exceed-whole"
    severity = Severity.ERROR
    relation = PartsRelation

    def check_operands(self, record: Parts, ctx: Resolver) -> Iterator[Outcome]:
        whole, located, complete = record.whole, record.parts, record.relation.complete
        if whole is None:
            yield self.shares_of_one(record, ctx)
            return
        total = sum_interval(record.in_whole)
        unit = whole.claim.unit
        stated = whole.bands(ctx.tolerance)
        arithmetic = " + ".join(fmt_number(p.claim.value, p.claim.unit) for p in located)
        arithmetic += f" = {fmt_number(total.mid, unit)}"
        if complete:
            verdict = judge(stated, total)
        elif total.low is None or stated.natural.high is None or total.low <= stated.natural.high:
            verdict = Verdict.VERIFIED  # parts may leave a remainder: only a sum above the whole is wrong
        elif stated.loose.high is None or total.low <= stated.loose.high:
            verdict = Verdict.LOOSE
        else:
            verdict = Verdict.CONTRADICTION
        subject = located[-1] if not complete else whole
        yield verdict_outcome(
            verdict, subject, [whole, *[p for p in located if p is not subject]],
            f"parts {arithmetic}, within {fmt_number(whole.claim.value, unit)} ✓",
            f"parts {arithmetic} but the whole is {fmt_number(whole.claim.value, unit)}",
            total, unit, ctx, self.severity,
        )

    def shares_of_one(self, record: Parts, ctx: Resolver) -> Outcome:
        """Percentages of one whole: their sum is at most 100% (exactly 100% when complete)."""
        located, complete, bands = record.parts, record.relation.complete, record.percents
        natural = sum_interval([b.natural for b in bands])
        loose = sum_interval([b.loose for b in bands])
        hundred = Interval.point(100)
        arithmetic = " + ".join(fmt_number(p.claim.value, "percent") for p in located)
        arithmetic += f" = {fmt_number(natural.mid, 'percent')}"
        if complete:
            verdict = judge(Bands(hundred, hundred, hundred), natural)
            if verdict is Verdict.CONTRADICTION and loose.meets(hundred):
                verdict = Verdict.LOOSE
        elif natural.low is None or natural.low <= 100:
            verdict = Verdict.VERIFIED
        elif loose.low is None or loose.low <= 100:
            verdict = Verdict.LOOSE
        else:
            verdict = Verdict.CONTRADICTION
        subject = located[-1]
        return verdict_outcome(
            verdict, subject, located[:-1],
            f"shares of one whole {arithmetic}, {'making up' if complete else 'within'} 100% ✓",
            f"shares of one whole {arithmetic}, " + ("not 100%" if complete else "more than the whole (100%)"),
            natural, "percent", ctx, self.severity,
        )


class SubsetExceedsSuperset(RelationRule[Subsets]):
    """A top-k figure that does not fit inside its top-m figure (k < m).

    The top 5 are among the top 10, so their share is at most the top 10's; and the 5 largest of 10
    hold at least 5/10 of the top 10's total. Both bounds are checked.

    Why: "top five 50%, top ten 45%" cannot both be true.

    Fails: "the top ten took 60%, the top five 65%"; "top ten 60%, top five 20%" (below 30%).
    Passes: "top ten 60%, top five nearly 50%".
    """

    code = "NR106"
    name = "subset-exceeds-superset"
    severity = Severity.ERROR
    relation = SubsetRelation

    def check_operands(self, record: Subsets, ctx: Resolver) -> Iterator[Outcome]:
        inner, outer, unit, relation = record.inner, record.outer, record.unit, record.relation
        assert record.outer_bands is not None and record.inner_bands is not None
        outer_iv = record.outer_bands.natural
        floor, floor_open = Fraction(0), False
        if relation.k and relation.m and relation.k < relation.m and outer_iv.low is not None:
            floor, floor_open = outer_iv.low * relation.k / relation.m, outer_iv.low_open
        allowed = Interval(floor, outer_iv.high, floor_open, outer_iv.high_open)
        km = f"top {relation.k} within top {relation.m}" if relation.k and relation.m else "subset"
        yield verdict_outcome(
            judge(record.inner_bands, allowed), inner, [outer],
            f"{km}: {inner.text} fits {fmt_interval(allowed, unit)} given {outer.text} ✓",
            f"{km}: {inner.text} must lie in {fmt_interval(allowed, unit)} given {outer.text}",
            allowed, unit, ctx, self.severity,
        )
