"""CS: consistency rules: the same figure stated twice, an announced count and its list, a span of years.
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.intervals import Interval, Verdict, judge, judge_pair
from validator.model import DurationRelation, EnumerationRelation, RestatementRelation, Severity
from validator.rules.base import Located, Outcome, Resolver
from validator.rules.messages import fmt_interval, fmt_number, payload, stated_payload
from validator.rules.operands import Durations, Enumerations, RelationRule, Restated


def same_period(record: Restated) -> bool:
    """Both dated and the same period, or named in the same words (the relation says so)."""
    pa, pb = record.a.claim.period, record.b.claim.period
    return record.relation.same_period or (pa is not None and pb is not None and pa.same_as(pb) is True)


def pair_text(a: Located, b: Located) -> str:
    """"B (its period) restates A (its period)"."""
    pa, pb = a.claim.period, b.claim.period
    when_a = f" ({pa})" if pa else ""
    when_b = f" ({pb})" if pb else " (no period given)"
    return f"{b.text}{when_b} restates {a.text}{when_a}"


def pair_verdict(record: Restated) -> Verdict:
    assert record.b_bands is not None
    return judge_pair(record.a_bands, record.b_bands)


class RestatementConflict(RelationRule[Restated]):
    """The same figure stated twice with values that cannot both be true.

    Claims with the same subject, metric and period (within an article or across articles) must agree
    within their rounding. When both periods are known and equal, or the relation says the two are dated
    by the same period words ("前10个月" twice in an article that never names its year), a disagreement is
    an error; when a period is missing or differs, the pairing is uncertain and it is a warning.

    Why: an article that says 70.5% in one paragraph and 76% in another for the same market share
    leaves the reader with two facts.

    Fails: "China took 70.5% of the global market in 2024 ... EVs hold 76% of the global market".
    Passes: "12.866 million in 2024 ... about 12.9 million in 2024".
    """

    code = "CS201"
    name = "restatement-conflict"
    severity = Severity.ERROR
    relation = RestatementRelation

    def applies(self, record: Restated) -> bool:
        return not record.hedged  # HedgeViolation judges hedged restatements

    def check_operands(self, record: Restated, ctx: Resolver) -> Iterator[Outcome]:
        a, b, ab, bb = record.a, record.b, record.a_bands, record.b_bands
        assert bb is not None
        verdict = pair_verdict(record)
        if verdict is Verdict.LOOSE:
            return  # RestatementRounding reports it
        unit = a.claim.unit
        computed = payload(a.claim.value, ab.exact, unit)
        stated = lambda: stated_payload(b, ctx.tolerance)  # noqa: E731 (built only when reported)
        if verdict is Verdict.VERIFIED:
            yield Outcome("pass", b, lambda: f"{pair_text(a, b)} ✓", [a], stated=stated, computed=computed)
            return
        severity = self.severity if same_period(record) else Severity.WARNING
        yield Outcome(
            "fail", b,
            lambda: f"{pair_text(a, b)}: {fmt_interval(bb.exact, unit)} vs {fmt_interval(ab.exact, unit)} cannot "
            "both hold" + ("" if severity is self.severity else "; check whether they describe the same period"),
            [a], severity, stated, computed,
        )


class RestatementRounding(RelationRule[Restated]):
    """A restated figure that matches the original only if one of them was truncated, not rounded.

    "12,866 million" restated as "12.8 million" (not 12.9): the two meet only when the last digit is
    cut rather than rounded, so it is a warning, not an error.

    Why: readers compare the two numbers; a wrongly rounded restatement looks like a second source.

    Fails: "12.866 million ... 12.8 million"; "75.68% ... 75.6%".
    Passes: "12.866 million ... 12.9 million"; "75.68% ... 75.7%".
    """

    code = "CS202"
    name = "restatement-rounding"
    severity = Severity.WARNING
    relation = RestatementRelation
    silent_on_units = True  # restatement-conflict says so

    def applies(self, record: Restated) -> bool:
        return not record.hedged

    def check_operands(self, record: Restated, ctx: Resolver) -> Iterator[Outcome]:
        a, b, ab, bb = record.a, record.b, record.a_bands, record.b_bands
        assert bb is not None
        if pair_verdict(record) is not Verdict.LOOSE:
            return
        yield Outcome(
            "fail", b, lambda: f"{pair_text(a, b)}, but rounds differently ({fmt_interval(bb.exact, a.claim.unit)} "
            f"vs {fmt_interval(ab.exact, a.claim.unit)})", [a], self.severity,
            lambda: stated_payload(b, ctx.tolerance), payload(a.claim.value, ab.exact, a.claim.unit),
        )


class EnumerationCount(RelationRule[Enumerations]):
    """An announced count that the list after it does not match ("three factors" followed by four).

    Counts the items listed after the count ("first … second …", "A, B and C") and checks the count's
    reading contains that number.

    The count is exact ("10 criteria" is ten, not anything that rounds to ten) unless it is hedged ("about
    a dozen").

    Why: lists are edited after the sentence that announces them; the count is forgotten.

    Fails: "the following three aspects: first … second … third … fourth …"; "4种市场模式" listing three.
    Passes: "4种市场模式": 直营代理、代理制、"子公司+经销商"和总代理 (four listed).
    """

    code = "CS203"
    name = "enumeration-count"
    severity = Severity.ERROR
    relation = EnumerationRelation

    def check_operands(self, record: Enumerations, ctx: Resolver) -> Iterator[Outcome]:
        count, items = record.count, record.relation.items
        listed = len(items)
        computed = Interval.point(listed)
        # an announced count is exact ("10 criteria" is ten, not anything that rounds to 10) unless hedged
        value, high = count.claim.value, count.claim.high
        if count.claim.hedge is not None:
            fits = count.bands(ctx.tolerance).natural.contains(listed)
        else:
            fits = value <= listed <= (high if high is not None else value)
        verdict = Verdict.VERIFIED if fits else Verdict.CONTRADICTION
        shown = "; ".join(items[:6]) + ("; …" if listed > 6 else "")
        if verdict is Verdict.VERIFIED:
            yield Outcome("pass", count, f"{count.text}: {listed} listed ({shown}) ✓",
                          stated=stated_payload(count, ctx.tolerance),
                          computed=payload(listed, computed, count.claim.unit))
        else:
            yield Outcome("fail", count, f"{count.text} announces {fmt_number(count.claim.value)} but {listed} are "
                          f"listed ({shown})", [], self.severity, stated_payload(count, ctx.tolerance),
                          payload(listed, computed, count.claim.unit))


class PeriodSpan(RelationRule[Durations]):
    """A stated span of years ("over ten years", "hơn mười năm") that the years it covers contradict.

    Checks the stated span, with its hedge, against the number of years between the two years the text
    gives for it (end - start).

    Why: "in the past ten years" from 2012 to 2024 is twelve: fine for "over ten", wrong for "nearly ten".

    Fails: "nearly ten years, from 2012 to 2024"; "five years from 2012 to 2024".
    Passes: "over ten years, from 2012 to 2024"; "twelve years from 2012 to 2024".
    """

    code = "CS204"
    name = "period-span"
    severity = Severity.ERROR
    relation = DurationRelation

    def check_operands(self, record: Durations, ctx: Resolver) -> Iterator[Outcome]:
        duration, relation = record.duration, record.relation
        years = relation.end - relation.start
        computed = Interval.point(years)
        stated = duration.bands(ctx.tolerance)
        verdict = judge(stated, computed)
        words = f"{relation.start}–{relation.end} is {years} years"
        if verdict is Verdict.VERIFIED:
            yield Outcome("pass", duration, f"{duration.text}: {words} ✓",
                          stated=stated_payload(duration, ctx.tolerance), computed=payload(years, computed, "year"))
        else:
            level = Severity.WARNING if verdict is Verdict.LOOSE else self.severity
            yield Outcome("fail", duration, f"{duration.text} but {words}", [], level,
                          stated_payload(duration, ctx.tolerance), payload(years, computed, "year"))
