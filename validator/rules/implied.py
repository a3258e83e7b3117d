"""Info rules (family IN): values that the stated figures imply, shown to editors and used to compare
articles (the base a year-on-year growth implies, the total a share implies, the CAGR of a forecast).
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from validator.intervals import Interval, cagr_interval
from validator.model import CagrRelation, ChangeRelation, Relation, Severity, ShareRelation
from validator.rules.arithmetic import _years_between, in_unit
from validator.rules.base import ClaimSet, Outcome, Resolver, Rule, as_percent, fmt_interval, fmt_number, payload


class ImpliedBase(Rule):
    """The base figure that a change implies when the article does not give it.

    "exports 855 thousand, up 64.6% year on year" implies last year's exports of about 519 thousand.

    Why: the implied base can be compared with last year's article; editors like to see it.

    Fails: never (info). Shows: "85.5万辆, 同比增长64.6%" -> base 519k (519.1k–519.6k).
    Passes: not applicable; with a base given, change-mismatch checks it.
    """

    code = "IN501"
    name = "implied-base"
    severity = Severity.INFO
    kinds = ("change",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, ChangeRelation)
        if relation.base is not None or relation.delta is not None:
            return  # a base given, or implied by the change written as an amount: change-mismatch checks it
        change, current = ctx.resolve(relation.change, origin), ctx.resolve(relation.current, origin)
        if change is None or current is None or change.claim.unit != "percent":
            return
        sign = -1 if relation.direction == "down" else 1
        if 1 + sign * Fraction(change.claim.value) / 100 == 0:
            return  # "down 100%": every base gives 0, none is implied
        factor = change.natural(ctx.tolerance).scale(Fraction(sign, 100)).shift(1)
        base = current.natural(ctx.tolerance) / factor
        unit = current.claim.unit
        point = Fraction(current.claim.value) / (1 + sign * Fraction(change.claim.value) / 100)
        yield Outcome("info", change, f"{current.text} {'up' if sign > 0 else 'down'} {change.text} implies a base "
                      f"of {fmt_number(point, unit)} ({fmt_interval(base, unit)})", [current],
                      computed=payload(point, base, unit))


class ImpliedTotal(Rule):
    """The total that a share implies when only the part is given (or the part when only the total is).

    Why: a share without its total is common ("X accounted for 60% of exports"); the implied total can
    be compared across articles.

    Fails: never (info). Shows: "12.866 million, 75.7% of the world" -> world 17.0M.
    Passes: not applicable; with both given, share-mismatch checks it.
    """

    code = "IN502"
    name = "implied-total"
    severity = Severity.INFO
    kinds = ("share",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, ShareRelation)
        share = ctx.resolve(relation.share, origin)
        part, whole = ctx.resolve(relation.part, origin), ctx.resolve(relation.whole, origin)
        if share is None or (part is None) == (whole is None):
            return
        bands = as_percent(share, ctx.tolerance)
        if bands is None or (part is not None and share.claim.value == 0):
            return  # "0% of the total": any total fits, none is implied
        fraction = bands.natural.scale(Fraction(1, 100))
        if part is not None:
            total = part.natural(ctx.tolerance) / fraction
            unit = part.claim.unit
            point = Fraction(part.claim.value) * 100 / Fraction(share.claim.value)
            yield Outcome("info", share, f"{part.text} as {share.text} implies a total of {fmt_number(point, unit)} "
                          f"({fmt_interval(total, unit)})", [part], computed=payload(point, total, unit))
        elif whole is not None:
            amount = whole.natural(ctx.tolerance) * fraction
            unit = whole.claim.unit
            point = Fraction(whole.claim.value) * Fraction(share.claim.value) / 100
            yield Outcome("info", share, f"{share.text} of {whole.text} is {fmt_number(point, unit)} "
                          f"({fmt_interval(amount, unit)})", [whole], computed=payload(point, amount, unit))


class ImpliedCagr(Rule):
    """The compound annual growth rate two dated figures imply (typically a forecast).

    Why: "1.28 trillion by 2025 and 2 trillion by 2030" implies 9.3% a year; an editor can judge whether
    that is plausible, and compare it with rates quoted elsewhere.

    Fails: never (info). Shows: 1.28T (2025) -> 2T (2030): 9.3% a year.
    Passes: not applicable; with a stated rate, cagr-mismatch checks it.
    """

    code = "IN503"
    name = "implied-cagr"
    severity = Severity.INFO
    kinds = ("cagr",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, CagrRelation)
        if relation.rate is not None:
            return
        base, current = ctx.resolve(relation.base, origin), ctx.resolve(relation.current, origin)
        if base is None or current is None:
            return
        years = Fraction(relation.years) if relation.years is not None else _years_between(base, current)
        current_iv = in_unit(current, base.claim.unit, ctx)
        if years is None or years <= 0 or current_iv is None:
            return
        computed = cagr_interval(base.natural(ctx.tolerance), current_iv, years)
        point = cagr_interval(Interval.point(base.claim.value), Interval.point(current.claim.value), years).mid
        yield Outcome("info", current, f"{base.text} → {current.text} over {years} years implies "
                      f"{fmt_number(point, 'percent')} a year ({fmt_interval(computed, 'percent')})", [base],
                      computed=payload(point, computed, "percent"))
