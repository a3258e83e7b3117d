"""Arithmetic rules (family NR): shares, changes, multiples, CAGR, parts of a whole, top-k within top-m.

Each rule computes the derived value from its operands' intervals and judges the stated claim against
it (see `validator.intervals.judge`): verified -> a passed check; loose -> a warning; contradiction -> the
rule's severity.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from validator.intervals import (
    Bands,
    Interval,
    Verdict,
    cagr_interval,
    change_on_current_interval,
    difference_interval,
    judge,
    more_ratio_interval,
    percent_change_interval,
    ratio_interval,
    rounding_cell,
    share_interval,
    sum_interval,
)
from validator.model import (
    CagrRelation,
    ChangeRelation,
    MultipleRelation,
    PartsRelation,
    Relation,
    Severity,
    ShareRelation,
    SubsetRelation,
)
from validator.rules.base import (
    ClaimSet,
    Located,
    Outcome,
    Resolver,
    Rule,
    as_percent,
    bands_in,
    fmt_interval,
    fmt_number,
    payload,
    stated_payload,
)
from validator.units import conversion_factor, is_known_unit, same_dimension


def in_unit(loc: Located, unit: str, ctx: Resolver) -> Interval | None:
    """The claim's natural interval expressed in `unit`; None when the dimensions differ."""
    bands = bands_in(loc, unit, ctx.tolerance)
    return None if bands is None else bands.natural


def verdict_outcome(
    verdict: Verdict,
    subject: Located,
    related: list[Located],
    message_ok: str,
    message_bad: str,
    stated: Bands,
    computed: Interval,
    unit: str,
    ctx: Resolver,
    severity: Severity,
) -> Outcome:
    """The outcome for a verdict: pass, a warning when loose, `severity` when contradicted; unverifiable
    when nothing bounds the computed value (a divisor that may be zero: "any value" verifies nothing)."""
    if computed.low is None and computed.high is None:
        return Outcome("unverifiable", subject, f"{subject.text}: cannot be computed (a divisor may be zero)",
                       related)
    stated_block = stated_payload(subject, ctx.tolerance)
    computed_block = payload(computed.mid, computed, unit)
    if verdict is Verdict.VERIFIED:
        return Outcome("pass", subject, message_ok, related, stated=stated_block, computed=computed_block)
    level = Severity.WARNING if verdict is Verdict.LOOSE else severity
    return Outcome("fail", subject, message_bad, related, level, stated_block, computed_block)


def mid(x: Located) -> Fraction:
    return Fraction(x.claim.value)


class ShareMismatch(Rule):
    """A share that its part and whole do not give.

    Checks that a stated percentage equals part / whole x 100, with every operand read as the interval
    its written precision allows ("17 million" is anything from 16.5 to 17.5 million) and the share's own
    hedge taken into account.

    Why: a share is the most quoted derived number in news writing and the easiest to get wrong when
    figures from different sources are combined.

    Fails: "global sales reached 17 million; China sold 12.866 million, 70.5% of the global market"
    (12.866M / 17M = 75.7%, 73.5–78.0% even if 17 was rounded).
    Passes: the same with "75.7%", or with "nearly 76%".
    """

    code = "NR101"
    name = "share-mismatch"
    severity = Severity.ERROR
    kinds = ("share",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, ShareRelation)
        share = ctx.resolve(relation.share, origin)
        part, whole = ctx.resolve(relation.part, origin), ctx.resolve(relation.whole, origin)
        if share is None or part is None or whole is None:
            return
        stated = as_percent(share, ctx.tolerance)
        whole_iv = in_unit(whole, part.claim.unit, ctx)
        if stated is None or whole_iv is None:
            yield Outcome("unverifiable", share, f"cannot compare {part.text} with {whole.text}: "
                          f"units {part.claim.unit} and {whole.claim.unit} differ", [part, whole])
            return
        if mid(whole) == 0 or not whole_iv.mid or not whole.natural(ctx.tolerance).mid:
            yield Outcome("unverifiable", share, f"{share.text}: the whole, {whole.text}, is 0", [part, whole])
            return
        computed = share_interval(part.natural(ctx.tolerance), whole_iv)
        point = mid(part) / (mid(whole) * (whole_iv.mid or 1) / (whole.natural(ctx.tolerance).mid or 1)) * 100
        arithmetic = (f"{fmt_number(part.claim.value)} / {fmt_number(whole.claim.value)} = "
                      f"{fmt_number(point, 'percent')}")
        band = f"{fmt_interval(computed, 'percent')} with rounding"
        yield verdict_outcome(
            judge(stated, computed), share, [part, whole],
            f"{share.text}: {arithmetic} ({band}) ✓",
            f"stated {fmt_number(share.claim.value, share.claim.unit)} but {arithmetic} ({band})",
            stated, computed, "percent", ctx, self.severity,
        )


def _change_readings(change: Located, base: Located, current: Located, ctx: Resolver,
                     direction: str) -> tuple[Bands, Interval | None, Interval | None, str]:
    """(stated bands signed by direction, relative-change interval %, points/amount-difference interval, unit)."""
    bands = _signed_bands(change, ctx, direction)
    base_iv = base.natural(ctx.tolerance)
    current_iv = in_unit(current, base.claim.unit, ctx)
    if current_iv is None:
        return bands, None, None, base.claim.unit
    relative = percent_change_interval(base_iv, current_iv)
    difference = difference_interval(base_iv, current_iv)
    return bands, relative, difference, base.claim.unit


def _signed_bands(loc: Located, ctx: Resolver, direction: str) -> Bands:
    """A change's stated bands, negative for a fall ("giảm", "down", "下降")."""
    return _signed(loc.bands(ctx.tolerance), direction)


def _signed(bands: Bands, direction: str) -> Bands:
    if direction == "down":
        return Bands(bands.natural.scale(-1), bands.loose.scale(-1), bands.exact.scale(-1))
    return bands


def _amount_in(delta: Located, unit: str, ctx: Resolver) -> Interval | None:
    """A change written as an amount, in the unit of the figure it moves (points move a percentage)."""
    if delta.claim.unit == "point" and unit == "percent":
        return delta.natural(ctx.tolerance)
    return in_unit(delta, unit, ctx)


def _change_by_delta(change: Located, base: Located | None, current: Located | None, delta: Located,
                     direction: str, ctx: Resolver, severity: Severity) -> Iterator[Outcome]:
    """A percentage change written beside its amount, with one end given: "比上年增加1110万吨，增长1.6%" after
    "70650万吨" (the base is current - delta), "from 8.2 million, up 410,000 or 5%" (current = base + delta)."""
    known = current if current is not None else base
    assert known is not None
    unit = known.claim.unit
    amount = _amount_in(delta, unit, ctx)
    if amount is None:
        yield Outcome("unverifiable", change, f"cannot compare {delta.text} with {known.text}: units differ",
                      [known, delta])
        return
    sign = -1 if direction == "down" else 1
    signed = amount.scale(sign)
    known_iv = known.natural(ctx.tolerance)
    point_delta = sign * Fraction(delta.claim.value) * (amount.mid or 0) / (delta.natural(ctx.tolerance).mid or 1)
    if current is not None:
        computed = change_on_current_interval(known_iv, signed)
        other = Fraction(current.claim.value) - point_delta
        arithmetic = f"{fmt_number(other, unit)} (implied) → {fmt_number(current.claim.value, unit)}"
    else:
        computed = share_interval(signed, known_iv)
        other = Fraction(known.claim.value) + point_delta
        arithmetic = f"{fmt_number(known.claim.value, unit)} → {fmt_number(other, unit)} (implied)"
    arithmetic = (f"{'up' if sign > 0 else 'down'} {delta.text}: {arithmetic} is "
                  f"{_percent_as(computed.mid, change)} ({fmt_interval(computed, 'percent')} with rounding)")
    stated = _signed_bands(change, ctx, direction)
    verdict = judge(stated, computed)
    if current is not None and verdict is not Verdict.VERIFIED:
        # "比5月减少221万吨或4.3%，至5109万吨": 221 / 5109 — the amount divided by the figure reached, not by the
        # base: a slip of the base, like points written as percent (a warning)
        reached = share_interval(signed, known_iv)
        if judge(stated, reached) is Verdict.VERIFIED:
            verdict = Verdict.LOOSE
            arithmetic += (f"; {delta.text} is {_percent_as(reached.mid, change)} of {current.text}, the figure "
                           f"reached, not of the base")
    yield verdict_outcome(
        verdict, change, [known, delta], f"{change.text}: {arithmetic} ✓",
        f"stated {direction} {fmt_number(change.claim.value, change.claim.unit)} but {arithmetic}",
        stated, computed, "percent", ctx, severity,
    )


def _percent_as(x: Fraction | None, like: Located) -> str:
    """A computed percentage to one decimal more than the stated one ("0.01%" -> "-0.009%", not "-0%")."""
    if x is None:
        return "∞"
    exponent = like.claim.value.as_tuple().exponent
    places = max(1, 1 - exponent if isinstance(exponent, int) else 1)
    text = f"{float(x):.{places}f}".rstrip("0").rstrip(".")
    return f"{text}%"


def _delta_against(base: Located, current: Located, delta: Located, direction: str, ctx: Resolver,
                   severity: Severity) -> Iterator[Outcome]:
    """The amount of a change given with both its ends: "from 8.2 million to 8.61 million, up 410,000 or 5%"."""
    unit = base.claim.unit
    current_iv = in_unit(current, unit, ctx)
    bands = delta.bands(ctx.tolerance) if delta.claim.unit == "point" else bands_in(delta, unit, ctx.tolerance)
    if current_iv is None or bands is None:
        return
    difference = difference_interval(base.natural(ctx.tolerance), current_iv)
    arithmetic = (f"{fmt_number(base.claim.value, unit)} → {fmt_number(current.claim.value, unit)} is "
                  f"{fmt_number(difference.mid, unit)} ({fmt_interval(difference, unit)} with rounding)")
    stated = _signed(bands, direction)
    yield verdict_outcome(
        judge(stated, difference), delta, [base, current], f"{delta.text}: {arithmetic} ✓",
        f"stated {direction} {fmt_number(delta.claim.value, delta.claim.unit)} but {arithmetic}",
        stated, difference, unit, ctx, severity,
    )


class ChangeMismatch(Rule):
    """A change (growth, decline) that its base and current figures do not give.

    A change stated in percent is checked against (current / base - 1) x 100; in percentage points
    against current - base of two percentages; as an amount against current - base in the same unit.
    "Giảm"/"down"/"下降" make the stated change negative.

    A change also written as an amount ("up 5.2 million, or 3.1%, to 172 million"; "比上年增加1110万吨，增长
    1.6%") gives the missing end: the base is current - amount; with both ends given, the amount is checked
    against current - base too.

    Why: year-on-year growth figures are copied between reports, and a base from another period or a
    mistyped current figure shows up here.

    Fails: "sales rose 35.5% from 9.5 million to 12.866 million" (that is 35.4–35.5%... passes) but
    "rose 25% from 9.5 million to 12.866 million" (35.4%) fails.
    Passes: "rose 35.5% to 12.866 million from 9.495 million".
    """

    code = "NR102"
    name = "change-mismatch"
    severity = Severity.ERROR
    kinds = ("change",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, ChangeRelation)
        change = ctx.resolve(relation.change, origin)
        base, current = ctx.resolve(relation.base, origin), ctx.resolve(relation.current, origin)
        delta = ctx.resolve(relation.delta, origin)
        if change is None:
            return
        if delta is not None and (base is None) != (current is None):
            if change.claim.unit == "percent":
                yield from _change_by_delta(change, base, current, delta, relation.direction, ctx, self.severity)
            return
        if base is None or current is None:
            return
        yield from self._between(relation, change, base, current, ctx)
        if delta is not None:
            yield from _delta_against(base, current, delta, relation.direction, ctx, self.severity)

    def _between(self, relation: ChangeRelation, change: Located, base: Located, current: Located, ctx: Resolver
                 ) -> Iterator[Outcome]:
        stated, relative, difference, unit = _change_readings(change, base, current, ctx, relation.direction)
        if relative is None or difference is None:
            yield Outcome("unverifiable", change, f"cannot compare {base.text} with {current.text}: units differ",
                          [base, current])
            return
        arrow = f"{fmt_number(base.claim.value, unit)} → {fmt_number(current.claim.value, unit)}"
        if change.claim.unit == "percent":
            computed = relative
            verdict = judge(stated, computed)
            if verdict is not Verdict.VERIFIED and unit == "percent" and judge(stated, difference) is Verdict.VERIFIED:
                return  # a points-for-percent slip: PointsVsPercent reports it
            shown = "percent"
        elif change.claim.unit == "point" or (unit == change.claim.unit or _same(change, base)):
            computed = difference
            if change.claim.unit != "point" and change.claim.unit != unit:  # "down 1.2 GWh" from MWh figures
                converted = bands_in(change, unit, ctx.tolerance)
                assert converted is not None
                stated = _signed(converted, relation.direction)
            verdict = judge(stated, computed)
            shown = "point" if change.claim.unit == "point" else unit
        else:
            yield Outcome("unverifiable", change, f"a change in {change.claim.unit} cannot be computed from "
                          f"{base.claim.unit}", [base, current])
            return
        value_mid = computed.mid
        arithmetic = f"{arrow} is {fmt_number(value_mid, shown)} ({fmt_interval(computed, shown)} with rounding)"
        yield verdict_outcome(
            verdict, change, [base, current], f"{change.text}: {arithmetic} ✓",
            f"stated {relation.direction} {fmt_number(change.claim.value, change.claim.unit)} but {arithmetic}",
            stated, computed, shown, ctx, self.severity,
        )


def _same(a: Located, b: Located) -> bool:
    ua, ub = a.claim.unit, b.claim.unit
    return is_known_unit(ua) and is_known_unit(ub) and same_dimension(ua, ub)


class PointsVsPercent(Rule):
    """A change between two percentages stated in percent where percentage points are meant (or back).

    When both figures are percentages, "up 5%" means a relative change and "up 5 points" an absolute
    one. This rule fires when the stated change fails as written but fits the other reading.

    Why: "penetration rose 5% from 35% to 40%" is wrong (that is +14%); it rose 5 percentage points.

    Fails: "from 35% to 40%, up 5%". Passes: "from 35% to 40%, up 5 percentage points";
    "from 35% to 40%, up 14%".
    """

    code = "NR107"
    name = "points-vs-percent"
    severity = Severity.WARNING
    kinds = ("change",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, ChangeRelation)
        change = ctx.resolve(relation.change, origin)
        base, current = ctx.resolve(relation.base, origin), ctx.resolve(relation.current, origin)
        if change is None or base is None or current is None:
            return
        if base.claim.unit != "percent" or change.claim.unit not in ("percent", "point"):
            return
        stated, relative, difference, _ = _change_readings(change, base, current, ctx, relation.direction)
        if relative is None or difference is None:
            return
        as_written, other = (relative, difference) if change.claim.unit == "percent" else (difference, relative)
        if judge(stated, as_written) is Verdict.VERIFIED or judge(stated, other) is not Verdict.VERIFIED:
            return
        written = "percent" if change.claim.unit == "percent" else "percentage points"
        meant = "percentage points" if written == "percent" else "percent"
        real = fmt_number(as_written.mid, "percent" if written == "percent" else "point")
        yield Outcome(
            "fail", change,
            f"{change.text} fits as {meant} ({fmt_number(base.claim.value, 'percent')} → "
            f"{fmt_number(current.claim.value, 'percent')}) but not as {written} ({real})",
            [base, current], self.severity, stated_payload(change, ctx.tolerance),
            payload(as_written.mid, as_written, "percent" if written == "percent" else "point"),
        )


class MultipleMismatch(Rule):
    """A multiple ("N times", "gấp N lần", "N倍") that the two figures do not give.

    Both readings are computed: "N times as much" (current / base) and "N times more" (current / base - 1).
    The wording decides which is meant where the language is clear (vi "gấp N lần", zh "是…的N倍": as
    much; zh "增长了N倍": more); otherwise the better reading is used. The message says which fits. A
    "more" wording that fits only as "as much" is a warning (it is widely written so); an "as much"
    wording has no other reading.

    Why: multiples are where hedges and wording slip most: "nearly seven times" for 7.57x is loose.

    Fails: "from 5.4% to 40.9%, nearly seven times" (7.57x: loose, a warning); "from 1.2M to 12.9M,
    three times" (10.75x).
    Passes: "from 12.8 thousand to 12.866 million, nearly a thousand times" (1005x).
    """

    code = "NR103"
    name = "multiple-mismatch"
    severity = Severity.ERROR
    kinds = ("multiple",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, MultipleRelation)
        multiple = ctx.resolve(relation.multiple, origin)
        base, current = ctx.resolve(relation.base, origin), ctx.resolve(relation.current, origin)
        if multiple is None or base is None or current is None:
            return
        current_iv = in_unit(current, base.claim.unit, ctx)
        if current_iv is None:
            yield Outcome("unverifiable", multiple, f"cannot compare {base.text} with {current.text}: units differ",
                          [base, current])
            return
        base_iv = base.natural(ctx.tolerance)
        stated = multiple.bands(ctx.tolerance)
        if multiple.claim.unit == "percent":  # "tăng 200%" used as a multiple
            stated = Bands(stated.natural.scale(Fraction(1, 100)), stated.loose.scale(Fraction(1, 100)),
                           stated.exact.scale(Fraction(1, 100)))
        readings = {"as_much": ratio_interval(base_iv, current_iv), "more": more_ratio_interval(base_iv, current_iv)}
        verdicts = {name: judge(stated, iv) for name, iv in readings.items()}
        wording = multiple.claim.reading
        chosen = wording or min(verdicts, key=lambda n: list(Verdict).index(verdicts[n]))
        other = "more" if chosen == "as_much" else "as_much"
        computed = readings[chosen]
        label = {"as_much": "as much", "more": "more"}
        arrow = (f"{fmt_number(base.claim.value, base.claim.unit)} → "
                 f"{fmt_number(current.claim.value, current.claim.unit)}")
        main = f"{arrow} is {fmt_number(computed.mid, 'times')} {label[chosen]} ({fmt_interval(computed, 'times')})"
        alt = f"read as 'times {label[other]}' it is {fmt_number(readings[other].mid, 'times')}"
        verdict = verdicts[chosen]
        if wording == "more" and verdict is not Verdict.VERIFIED and verdicts[other] is Verdict.VERIFIED:
            # "three times more", "增长了2倍" are widely written for "as much": the figure fits, the wording does not (a
            # warning); "是…的N倍", "gấp N lần", "N times the" say "as much" and nothing else
            verdict = Verdict.LOOSE
        hedge = multiple.claim.hedge
        claim_words = f"{hedge.value + ' ' if hedge else ''}{fmt_number(multiple.claim.value, 'times')}"
        yield verdict_outcome(
            verdict, multiple, [base, current],
            f"{arrow} is {fmt_number(computed.mid, 'times')}, {claim_words} ✓ ({alt})",
            f"{main}: outside '{claim_words}'; {alt}",
            stated, computed, "times", ctx, self.severity,
        )


def _years_between(base: Located, current: Located) -> Fraction | None:
    pb, pc = base.claim.period, current.claim.period
    if pb is None or pc is None or pb.end is None or pc.end is None:
        return None
    return Fraction(pc.end.year - pb.end.year)


class CagrMismatch(Rule):
    """A compound annual growth rate that the start and end figures do not give.

    CAGR = (current / base) ^ (1 / years) - 1, years from the relation or from the two claims' periods.

    Why: forecasts are often quoted with a growth rate computed over a different span.

    Fails: "1.28 trillion in 2025 and 2 trillion by 2030, growing 20% a year" (9.3%).
    Passes: "growing about 9% a year".
    """

    code = "NR104"
    name = "cagr-mismatch"
    severity = Severity.ERROR
    kinds = ("cagr",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, CagrRelation)
        base, current = ctx.resolve(relation.base, origin), ctx.resolve(relation.current, origin)
        rate = ctx.resolve(relation.rate, origin)
        if base is None or current is None or rate is None:
            return
        years = Fraction(relation.years) if relation.years is not None else _years_between(base, current)
        current_iv = in_unit(current, base.claim.unit, ctx)
        if years is None or years <= 0 or current_iv is None:
            yield Outcome("unverifiable", rate, "cannot tell the number of years or the units differ", [base, current])
            return
        computed = cagr_interval(base.natural(ctx.tolerance), current_iv, years)
        stated = rate.bands(ctx.tolerance)
        arithmetic = (f"{fmt_number(base.claim.value)} → {fmt_number(current.claim.value)} over {years} years is "
                      f"{fmt_number(computed.mid, 'percent')} a year ({fmt_interval(computed, 'percent')})")
        yield verdict_outcome(judge(stated, computed), rate, [base, current], f"{rate.text}: {arithmetic} ✓",
                              f"stated {fmt_number(rate.claim.value, 'percent')} but {arithmetic}", stated, computed,
                              "percent", ctx, self.severity)


class PartsExceedWhole(Rule):
    """Parts that add up to more than their whole (or, when complete, to something else).

    Sums the parts' intervals ("trong đó", "其中", "of which") and compares with the whole: more than the
    whole is an error; when the relation says the parts are complete, the sum must equal the whole.

    Why: "of which" breakdowns are typed by hand and often mix periods.

    Fails: "exports 2.49 million, of which NEVs 2.6 million"; complete parts 1M + 1M of a 3M whole.
    Passes: "exports 2.49 million, of which NEVs 855 thousand".
    """

    code = "NR105"
    name = "parts-exceed-whole"
    severity = Severity.ERROR
    kinds = ("parts",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, PartsRelation)
        parts = [ctx.resolve(p, origin) for p in relation.parts]
        if any(p is None for p in parts):
            return
        if relation.whole is None:
            yield from self.shares_of_one([p for p in parts if p is not None], relation.complete, ctx)
            return
        whole = ctx.resolve(relation.whole, origin)
        if whole is None:
            return
        located = [p for p in parts if p is not None]
        intervals = [in_unit(p, whole.claim.unit, ctx) for p in located]
        if any(iv is None for iv in intervals):
            yield Outcome("unverifiable", whole, "the parts are not in the whole's unit", located)
            return
        total = sum_interval([iv for iv in intervals if iv is not None])
        unit = whole.claim.unit
        stated = whole.bands(ctx.tolerance)
        arithmetic = " + ".join(fmt_number(p.claim.value, p.claim.unit) for p in located)
        arithmetic += f" = {fmt_number(total.mid, unit)}"
        if relation.complete:
            verdict = judge(stated, total)
        elif total.low is None or stated.natural.high is None or total.low <= stated.natural.high:
            verdict = Verdict.VERIFIED  # parts may leave a remainder: only a sum above the whole is wrong
        elif stated.loose.high is None or total.low <= stated.loose.high:
            verdict = Verdict.LOOSE
        else:
            verdict = Verdict.CONTRADICTION
        subject = located[-1] if not relation.complete else whole
        yield verdict_outcome(
            verdict, subject, [whole, *[p for p in located if p is not subject]],
            f"parts {arithmetic}, within {fmt_number(whole.claim.value, unit)} ✓",
            f"parts {arithmetic} but the whole is {fmt_number(whole.claim.value, unit)}",
            stated, total, unit, ctx, self.severity,
        )


    def shares_of_one(self, located: list[Located], complete: bool, ctx: Resolver) -> Iterator[Outcome]:
        """Percentages of one whole: their sum is at most 100% (exactly 100% when complete)."""
        bands = [as_percent(p, ctx.tolerance) for p in located]
        if any(b is None for b in bands):
            yield Outcome("unverifiable", located[-1], "the parts are not percentages", located[:-1])
            return
        natural = sum_interval([b.natural for b in bands if b is not None])
        loose = sum_interval([b.loose for b in bands if b is not None])
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
        stated = Bands(hundred if complete else Interval(Fraction(0), Fraction(100)), hundred, hundred)
        yield verdict_outcome(
            verdict, subject, located[:-1],
            f"shares of one whole {arithmetic}, {'making up' if complete else 'within'} 100% ✓",
            f"shares of one whole {arithmetic}, " + ("not 100%" if complete else "more than the whole (100%)"),
            stated, natural, "percent", ctx, self.severity,
        )


class SubsetExceedsSuperset(Rule):
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
    kinds = ("subset",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, SubsetRelation)
        inner, outer = ctx.resolve(relation.inner, origin), ctx.resolve(relation.outer, origin)
        if inner is None or outer is None:
            return
        unit = inner.claim.unit
        outer_bands, stated = _cell_bands(outer, unit, ctx), _cell_bands(inner, unit, ctx)
        if outer_bands is None or stated is None:
            yield Outcome("unverifiable", inner, "units differ", [outer])
            return
        outer_iv = outer_bands.natural
        floor, floor_open = Fraction(0), False
        if relation.k and relation.m and relation.k < relation.m and outer_iv.low is not None:
            floor, floor_open = outer_iv.low * relation.k / relation.m, outer_iv.low_open
        allowed = Interval(floor, outer_iv.high, floor_open, outer_iv.high_open)
        km = f"top {relation.k} within top {relation.m}" if relation.k and relation.m else "subset"
        yield verdict_outcome(
            judge(stated, allowed), inner, [outer],
            f"{km}: {inner.text} fits {fmt_interval(allowed, unit)} given {outer.text} ✓",
            f"{km}: {inner.text} must lie in {fmt_interval(allowed, unit)} given {outer.text}",
            stated, allowed, unit, ctx, self.severity,
        )


def _cell_bands(loc: Located, unit: str, ctx: Resolver) -> Bands | None:
    """A top-k figure's reading in `unit`: a hedged one as stated; a plain one as its half-open rounding
    cell, and loosely also as a truncated figure ("96%" for anything in [96, 97)). Concentration ratios of one
    ranking come from one table, so one rounding mode serves both figures: two cells that only touch cannot
    both hold ("top 5: 96%, top 3: 97%"), under rounding or truncating alike."""
    bands = bands_in(loc, unit, ctx.tolerance)
    if bands is None or loc.claim.hedge is not None:
        return bands
    q = loc.claim.quantity
    cell = rounding_cell(q.value, q.precision, q.high)
    loose = cell
    if cell.low is not None and q.value >= 0:
        top = Fraction(q.high if q.high is not None else q.value)
        loose = Interval(cell.low, top + Fraction(q.precision), cell.low_open, True)
    if loc.claim.unit != unit:
        k = Fraction(conversion_factor(loc.claim.unit, unit))
        cell, loose = cell.scale(k), loose.scale(k)
    return Bands(cell, loose, bands.exact)
