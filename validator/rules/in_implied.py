"""IN: info rules: values that the stated figures imply, shown to editors and used to compare articles
(the base a year-on-year growth implies, the total a share implies, the CAGR of a forecast).
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from validator.intervals import Interval, cagr_interval
from validator.model import CagrRelation, ChangeRelation, Severity, ShareRelation
from validator.rules.base import Outcome, Resolver
from validator.rules.messages import fmt_interval, fmt_number, payload
from validator.rules.operands import Cagrs, Changes, RelationRule, Shares


class ImpliedBase(RelationRule[Changes]):
    """The base figure that a change implies when the article does not give it.

    From the current figure and a change in percent: base = current / (1 ± change / 100), as an interval
    over both figures' rounding.

    "exports 855 thousand, up 64.6% year on year" implies last year's exports of about 519 thousand.

    Why: the implied base can be compared with last year's article; editors like to see it.

    Fails: never (info). Shows: "85.5万辆, 同比增长64.6%" -> base 519k (519.1k–519.6k).
    Passes: not applicable; with a base given, change-mismatch checks it.
    """

    code = "IN501"
    name = "implied-base"
    severity = Severity.INFO
    relation = ChangeRelation

    def applies(self, record: Changes) -> bool:
        # with the change also written as an amount, the base is current - amount: change-mismatch checks it
        return (record.base is None and record.current is not None and record.delta is None
                and record.change is not None and record.change.claim.unit == "percent")

    def check_operands(self, record: Changes, ctx: Resolver) -> Iterator[Outcome]:
        (change, _), current = record.rate, record.current
        assert current is not None
        sign = -1 if record.relation.direction == "down" and change.claim.value >= 0 else 1  # "(-0,25%)": signed
        if 1 + sign * Fraction(change.claim.value) / 100 == 0:
            return  # "down 100%": every base gives 0, none is implied
        factor = change.natural(ctx.tolerance).scale(Fraction(sign, 100)).shift(1)
        base = current.natural(ctx.tolerance) / factor
        unit = current.claim.unit
        point = Fraction(current.claim.value) / (1 + sign * Fraction(change.claim.value) / 100)
        yield Outcome("info", change, f"{current.text} {'up' if sign > 0 else 'down'} {change.text} implies a base "
                      f"of {fmt_number(point, unit)} ({fmt_interval(base, unit)})", [current],
                      computed=payload(point, base, unit))


class ImpliedTotal(RelationRule[Shares]):
    """The total that a share implies when only the part is given (or the part when only the total is).

    From a share and its part: total = part / share; from a share and its whole: part = whole x share;
    each as an interval over the figures' rounding.

    Why: a share without its total is common ("X accounted for 60% of exports"); the implied total can
    be compared across articles.

    Fails: never (info). Shows: "12.866 million, 75.7% of the world" -> world 17.0M.
    Passes: not applicable; with both given, share-mismatch checks it.
    """

    code = "IN502"
    name = "implied-total"
    severity = Severity.INFO
    relation = ShareRelation

    def applies(self, record: Shares) -> bool:
        return (record.part is None) != (record.whole is None) and not record.addends

    def check_operands(self, record: Shares, ctx: Resolver) -> Iterator[Outcome]:
        share, part, whole, bands = record.share, record.part, record.whole, record.percent
        if bands is None or (part is not None and share.claim.value == 0):
            return  # "0% of the total": any total fits, none is implied
        fraction = bands.natural.scale(Fraction(1, 100))
        # the share as a percentage: a fraction ("1/4", "một nửa") is in times
        percent = Fraction(share.claim.value) * (100 if share.claim.unit == "times" else 1)
        if part is not None:
            total = part.natural(ctx.tolerance) / fraction
            unit = part.claim.unit
            point = Fraction(part.claim.value) * 100 / percent
            yield Outcome("info", share, f"{part.text} as {share.text} implies a total of {fmt_number(point, unit)} "
                          f"({fmt_interval(total, unit)})", [part], computed=payload(point, total, unit))
        elif whole is not None:
            amount = whole.natural(ctx.tolerance) * fraction
            unit = whole.claim.unit
            point = Fraction(whole.claim.value) * percent / 100
            yield Outcome("info", share, f"{share.text} of {whole.text} is {fmt_number(point, unit)} "
                          f"({fmt_interval(amount, unit)})", [whole], computed=payload(point, amount, unit))


class ImpliedCagr(RelationRule[Cagrs]):
    """The compound annual growth rate two dated figures imply (typically a forecast).

    With no rate stated: (current / base) ^ (1 / years) - 1, years from the relation or the two periods.

    Why: "1.28 trillion by 2025 and 2 trillion by 2030" implies 9.3% a year; an editor can judge whether
    that is plausible, and compare it with rates quoted elsewhere.

    Fails: never (info). Shows: 1.28T (2025) -> 2T (2030): 9.3% a year.
    Passes: not applicable; with a stated rate, cagr-mismatch checks it.
    """

    code = "IN503"
    name = "implied-cagr"
    severity = Severity.INFO
    relation = CagrRelation
    silent_on_units = True  # no rate is stated: nothing to call unverifiable

    def applies(self, record: Cagrs) -> bool:
        return record.rate is None

    def check_operands(self, record: Cagrs, ctx: Resolver) -> Iterator[Outcome]:
        base, current, years = record.base, record.current, record.years
        assert years is not None and record.current_iv is not None
        computed = cagr_interval(record.base_iv, record.current_iv, years)
        point = cagr_interval(Interval.point(base.claim.value), Interval.point(current.claim.value), years).mid
        yield Outcome("info", current, f"{base.text} → {current.text} over {years} years implies "
                      f"{fmt_number(point, 'percent')} a year ({fmt_interval(computed, 'percent')})", [base],
                      computed=payload(point, computed, "percent"))
