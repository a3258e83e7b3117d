"""NR: arithmetic rules: shares, changes, multiples, CAGR, parts of a whole, top-k within top-m.

Each rule computes the derived value from its operands' intervals and judges the stated claim against
it (see `validator.intervals.judge`): verified -> a passed check; loose -> a warning; contradiction -> the
rule's severity. The operands arrive resolved and converted (`validator.rules.operands`).
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
    judge,
    more_ratio_interval,
    open_far,
    ratio_interval,
    share_interval,
)
from validator.model import (
    CagrRelation,
    ChangeRelation,
    Claim,
    MultipleRelation,
    Severity,
    ShareRelation,
)
from validator.rules.base import Located, Outcome, Resolver
from validator.rules.messages import fmt_interval, fmt_number, payload, stated_payload
from validator.rules.operands import Cagrs, Changes, Multiples, RelationRule, Shares


def verdict_outcome(
    verdict: Verdict,
    subject: Located,
    related: list[Located],
    message_ok: str,
    message_bad: str,
    computed: Interval,
    unit: str,
    ctx: Resolver,
    severity: Severity,
    value: Fraction | None = None,
) -> Outcome:
    """The outcome for a verdict: pass, a warning when loose, `severity` when contradicted; unverifiable
    when nothing bounds the computed value (a divisor that may be zero: "any value" verifies nothing).
    `computed` carries `value` -- the figure the message shows -- or else the interval's middle."""
    if computed.low is None and computed.high is None:
        return Outcome("unverifiable", subject, f"{subject.text}: cannot be computed (a divisor may be zero)",
                       related)
    stated_block = lambda: stated_payload(subject, ctx.tolerance)  # noqa: E731 (built only when reported)
    computed_block = payload(computed.mid if value is None else value, computed, unit)
    if verdict is Verdict.VERIFIED:
        return Outcome("pass", subject, message_ok, related, stated=stated_block, computed=computed_block)
    level = Severity.WARNING if verdict is Verdict.LOOSE else severity
    return Outcome("fail", subject, message_bad, related, level, stated_block, computed_block)


def mid(x: Located) -> Fraction:
    return Fraction(x.claim.value)


class ShareMismatch(RelationRule[Shares]):
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
    relation = ShareRelation

    def applies(self, record: Shares) -> bool:
        return record.part is not None and record.whole is not None

    def check_operands(self, record: Shares, ctx: Resolver) -> Iterator[Outcome]:
        share, part, whole, stated, whole_iv = record.share, record.part, record.whole, record.percent, record.whole_iv
        assert part is not None and whole is not None and stated is not None and whole_iv is not None
        if mid(whole) == 0 or not whole_iv.mid or not whole.natural(ctx.tolerance).mid:
            yield Outcome("unverifiable", share, f"{share.text}: the whole, {whole.text}, is 0", [part, whole])
            return
        part_iv = record.part_iv if record.part_iv is not None else part.natural(ctx.tolerance)
        computed = share_interval(part_iv, whole_iv)
        # the part's value (a group's: the sum of its listed figures, of one unit)
        said = sum((mid(a) for a in record.addends), Fraction(0)) if record.addends else mid(part)
        point = said / (mid(whole) * (whole_iv.mid or 1) / (whole.natural(ctx.tolerance).mid or 1)) * 100
        named = (" + ".join(fmt_number(a.claim.value) for a in record.addends) if record.addends
                 else fmt_number(part.claim.value))
        arithmetic = f"({named})" if record.addends else named
        arithmetic = f"{arithmetic} / {fmt_number(whole.claim.value)} = {fmt_number(point, 'percent')}"
        related = [*record.addends, whole] if record.addends else [part, whole]
        band = f"{fmt_interval(computed, 'percent')} with rounding"
        verdict = judge(stated, computed)
        if verdict is Verdict.VERIFIED and stated.natural.mid is not None and open_far(computed, stated.natural.mid):
            yield Outcome("unverifiable", share, f"{share.text}: {arithmetic} ({band}): too open to check it",
                          [part, whole])
            return
        yield verdict_outcome(
            verdict, share, related,
            f"{share.text}: {arithmetic} ({band}) ✓",
            f"stated {fmt_number(share.claim.value, share.claim.unit)} but {arithmetic} ({band})",
            computed, "percent", ctx, self.severity, value=point,
        )


class ChangeMismatch(RelationRule[Changes]):
    """A change (growth, decline) that its base and current figures do not give.

    A change stated in percent is checked against (current / base - 1) x 100; in percentage points
    against current - base of two percentages; as an amount against current - base in the same unit.
    "Giảm"/"down"/"下降" make the stated change negative.

    A change also written as an amount ("up 5.2 million, or 3.1%, to 172 million"; "比上年增加1110万吨，增长
    1.6%") gives the missing end: the base is current - amount; with both ends given, the amount is checked
    against current - base too. A percentage that fits only as the amount over the figure reached ("减少221万吨
    或4.3%，至5109万吨": 221 / 5109) is a slip of the base, a warning.

    Why: year-on-year growth figures are copied between reports, and a base from another period or a
    mistyped current figure shows up here.

    Fails: "sales rose 35.5% from 9.5 million to 12.866 million" (that is 35.4–35.5%... passes) but
    "rose 25% from 9.5 million to 12.866 million" (35.4%) fails.
    Passes: "rose 35.5% to 12.866 million from 9.495 million".
    """

    code = "NR102"
    name = "change-mismatch"
    severity = Severity.ERROR
    relation = ChangeRelation

    def applies(self, record: Changes) -> bool:
        if record.change is None:
            return False  # a direction only: direction-mismatch judges it
        if record.base is not None and record.current is not None:
            return True
        ends = record.base is not None or record.current is not None
        return record.delta is not None and ends and record.change.claim.unit == "percent"

    def check_operands(self, record: Changes, ctx: Resolver) -> Iterator[Outcome]:
        if record.base is None or record.current is None:
            yield _change_by_amount(record, ctx, self.severity)
            return
        yield from self._between(record, ctx)
        if record.delta is not None:
            yield _amount_between(record, ctx, self.severity)

    def _between(self, record: Changes, ctx: Resolver) -> Iterator[Outcome]:
        (change, stated), base, current = record.rate, record.base, record.current
        relative, difference = record.relative, record.difference
        assert base is not None and current is not None and relative is not None and difference is not None
        unit = base.claim.unit
        arrow = f"{fmt_number(base.claim.value, unit)} → {fmt_number(current.claim.value, unit)}"
        if change.claim.unit in ("percent", "times"):  # a fraction ("cut by half") as a percentage
            computed = relative
            verdict = judge(stated, computed)
            if verdict is not Verdict.VERIFIED and unit == "percent" and judge(stated, difference) is Verdict.VERIFIED:
                return  # a points-for-percent slip: PointsVsPercent reports it
            shown = "percent"
        else:  # points, or an amount in the base's unit (the record has ruled out any other)
            computed = difference
            verdict = judge(stated, computed)
            shown = "point" if change.claim.unit == "point" else unit
        arithmetic = f"{arrow} is {fmt_number(computed.mid, shown)} ({fmt_interval(computed, shown)} with rounding)"
        yield verdict_outcome(
            verdict, change, [base, current], f"{change.text}: {arithmetic} ✓",
            f"stated {record.relation.direction} {_written(change)} but {arithmetic}",
            computed, shown, ctx, self.severity,
        )


def _written(change: Located) -> str:
    """A change as stated: its figure, or a fraction's words ("half")."""
    if change.claim.unit == "times":
        return f"{change.text} ({fmt_number(Fraction(change.claim.value) * 100, 'percent')})"
    return fmt_number(change.claim.value, change.claim.unit)


def _change_by_amount(record: Changes, ctx: Resolver, severity: Severity) -> Outcome:
    """A percentage change written beside its amount, with one end given: "比上年增加1110万吨，增长1.6%" after
    "70650万吨" (the base is current - amount), "from 8.2 million, up 410,000 or 5%" (current = base + amount)."""
    (change, stated), base, current, amount = record.rate, record.base, record.current, record.amount
    known = current if current is not None else base
    assert known is not None and amount is not None and record.delta is not None
    unit, signed, known_iv = known.claim.unit, amount.natural, known.natural(ctx.tolerance)
    point = signed.mid or Fraction(0)  # the amount, signed, in the known figure's unit
    figure = Fraction(known.claim.value)
    if current is not None:
        computed = change_on_current_interval(known_iv, signed)
        ends = f"{fmt_number(figure - point, unit)} (implied) → {fmt_number(current.claim.value, unit)}"
    else:
        computed = share_interval(signed, known_iv)
        ends = f"{fmt_number(known.claim.value, unit)} → {fmt_number(figure + point, unit)} (implied)"
    arithmetic = (f"{record.relation.direction} {record.delta.text}: {ends} is {_percent_as(computed.mid, change)} "
                  f"({fmt_interval(computed, 'percent')} with rounding)")
    verdict = judge(stated, computed)
    if current is not None and verdict is not Verdict.VERIFIED:
        # "比5月减少221万吨或4.3%，至5109万吨": 221 / 5109 — the amount over the figure reached, not the base: a
        # slip of the base, like points written as percent (a warning)
        reached = share_interval(signed, known_iv)
        if judge(stated, reached) is Verdict.VERIFIED:
            verdict = Verdict.LOOSE
            arithmetic += (f"; {record.delta.text} is {_percent_as(reached.mid, change)} of {current.text}, the "
                           f"figure reached, not of the base")
    return verdict_outcome(
        verdict, change, [known, record.delta], f"{change.text}: {arithmetic} ✓",
        f"stated {record.relation.direction} {fmt_number(change.claim.value, change.claim.unit)} but {arithmetic}",
        computed, "percent", ctx, severity,
    )


def _amount_between(record: Changes, ctx: Resolver, severity: Severity) -> Outcome:
    """The amount of a change given with both its ends: "from 13.85 billion to 12.60 billion, down 1.24 billion
    or 9.0%"."""
    base, current, delta, amount, difference = record.base, record.current, record.delta, record.amount, \
        record.difference
    assert base is not None and current is not None and delta is not None and amount is not None
    assert difference is not None
    unit = base.claim.unit
    arithmetic = (f"{fmt_number(base.claim.value, unit)} → {fmt_number(current.claim.value, unit)} is "
                  f"{fmt_number(difference.mid, unit)} ({fmt_interval(difference, unit)} with rounding)")
    return verdict_outcome(
        judge(amount, difference), delta, [base, current], f"{delta.text}: {arithmetic} ✓",
        f"stated {record.relation.direction} {fmt_number(delta.claim.value, delta.claim.unit)} but {arithmetic}",
        difference, unit, ctx, severity,
    )


def _percent_as(x: Fraction | None, like: Located) -> str:
    """A computed percentage to one decimal more than the stated one ("0.01%" -> "-0.009%", not "-0%")."""
    if x is None:
        return "∞"
    exponent = like.claim.value.as_tuple().exponent
    places = max(1, 1 - exponent if isinstance(exponent, int) else 1)
    return f"{float(x):.{places}f}".rstrip("0").rstrip(".") + "%"


class PointsVsPercent(RelationRule[Changes]):
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
    relation = ChangeRelation
    silent_on_units = True  # change-mismatch says so

    def applies(self, record: Changes) -> bool:
        base = record.base
        return (base is not None and record.current is not None and base.claim.unit == "percent"
                and record.change is not None and record.change.claim.unit in ("percent", "point"))

    def check_operands(self, record: Changes, ctx: Resolver) -> Iterator[Outcome]:
        (change, stated), base, current = record.rate, record.base, record.current
        relative, difference = record.relative, record.difference
        assert base is not None and current is not None and relative is not None and difference is not None
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


class DirectionMismatch(RelationRule[Changes]):
    """A move stated only by its direction ("fell to A from B") that its two figures go against.

    No values within their rounding move that way: "由3.2%降至3.5%", "tăng từ 12 tỷ lên 9 tỷ".

    Why: a transposed pair of figures, or a direction word copied from another sentence, reverses the story.

    Fails: "net debt will fall to $61.2 billion from $58.9 billion". Passes: the same, the figures swapped.
    """

    code = "NR108"
    name = "direction-mismatch"
    severity = Severity.ERROR
    relation = ChangeRelation

    def applies(self, record: Changes) -> bool:
        return record.change is None and record.base is not None and record.current is not None

    def check_operands(self, record: Changes, ctx: Resolver) -> Iterator[Outcome]:
        base, current, difference = record.base, record.current, record.difference
        assert base is not None and current is not None and difference is not None
        up, unit = record.relation.direction == "up", base.claim.unit  # the way some values within rounding go:
        possible = Interval(Fraction(0), None, low_open=True) if up else Interval(None, Fraction(0), high_open=True)
        arithmetic = (f"{fmt_number(base.claim.value, unit)} → {fmt_number(current.claim.value, unit)} is "
                      f"{fmt_number(difference.mid, unit)} ({fmt_interval(difference, unit)} with rounding)")
        fits, computed = difference.meets(possible), payload(difference.mid, difference, unit)
        way = "rise" if up else "fall"
        message = f"{current.text}: a {way}, {arithmetic} ✓" if fits else f"stated as a {way} but {arithmetic}"
        yield Outcome("pass" if fits else "fail", current, message, [base], None if fits else self.severity,
                      computed=computed)


class MultipleMismatch(RelationRule[Multiples]):
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
    relation = MultipleRelation

    def check_operands(self, record: Multiples, ctx: Resolver) -> Iterator[Outcome]:
        multiple, base, current, stated = record.multiple, record.base, record.current, record.stated
        if multiple.claim.unit != "percent":
            stated = _whole_multiple(multiple.claim, stated)
        assert record.current_iv is not None
        readings = {"as_much": ratio_interval(record.base_iv, record.current_iv),
                    "more": more_ratio_interval(record.base_iv, record.current_iv)}
        verdicts = {name: judge(stated, iv) for name, iv in readings.items()}
        wording = multiple.claim.reading
        chosen: str = wording or min(verdicts, key=lambda n: list(Verdict).index(verdicts[n]))
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
            computed, "times", ctx, self.severity,
        )


class CagrMismatch(RelationRule[Cagrs]):
    """A compound annual growth rate that the start and end figures do not give.

    CAGR = (current / base) ^ (1 / years) - 1, years from the relation or from the two claims' periods.

    Why: forecasts are often quoted with a growth rate computed over a different span.

    Fails: "1.28 trillion in 2025 and 2 trillion by 2030, growing 20% a year" (9.3%).
    Passes: "growing about 9% a year".
    """

    code = "NR104"
    name = "cagr-mismatch"
    severity = Severity.ERROR
    relation = CagrRelation

    def applies(self, record: Cagrs) -> bool:
        return record.rate is not None

    def check_operands(self, record: Cagrs, ctx: Resolver) -> Iterator[Outcome]:
        base, current, rate, years = record.base, record.current, record.rate, record.years
        assert rate is not None and years is not None and record.current_iv is not None
        computed = cagr_interval(record.base_iv, record.current_iv, years)
        stated = rate.bands(ctx.tolerance)
        arithmetic = (f"{fmt_number(base.claim.value)} → {fmt_number(current.claim.value)} over {years} years is "
                      f"{fmt_number(computed.mid, 'percent')} a year ({fmt_interval(computed, 'percent')})")
        yield verdict_outcome(judge(stated, computed), rate, [base, current], f"{rate.text}: {arithmetic} ✓",
                              f"stated {fmt_number(rate.claim.value, 'percent')} but {arithmetic}", computed,
                              "percent", ctx, self.severity)


def _whole_multiple(claim: Claim, stated: Bands) -> Bands:
    """A plain whole multiple ("three times", "gấp 3 lần", "3倍") is never loosely a value that rounds to the half
    below it: a writer with 2.47 at hand says "two and a half times" ("gấp rưỡi", "2.5倍"), halves being how
    multiples are said in every language; so its loose reading reaches down no further than its rounding cell
    (truncation above is still loose: "three times" for 3.8)."""
    if claim.hedge is not None or claim.value != int(claim.value) or claim.precision != 1:
        return stated
    natural, loose = stated.natural, stated.loose
    if natural.low is None or loose.low is None or loose.low >= natural.low:
        return stated
    return Bands(natural, Interval(natural.low, loose.high, natural.low_open, loose.high_open), stated.exact)
