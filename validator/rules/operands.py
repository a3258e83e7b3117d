"""A relation's operands, resolved and converted once: the typed record a relation rule judges.

A rule that checks a relation derives from `RelationRule[Record]` and declares the relation type it checks
(`relation = ShareRelation`). For each relation of that type the framework (`RelationRule.check`) 1. resolves
every claim the relation names (`Resolver.resolve`: a reference that names no claim is an input problem the
engine reports, so the relation is not judged); 2. builds the relation's record (`Shares`, `Changes`, …;
`RECORDS` maps relation types to them), with the operands converted as the arithmetic needs them (a whole in
its part's unit, a share in percent, a change signed by its direction); 3. asks the rule whether the record is
one it judges (`applies`); 4. reports operands that cannot be compared (units that differ) as
**unverifiable**, here and only here, unless the rule keeps silent about them (`silent_on_units`); 5. hands
the record to the rule's `check_operands`.

A restatement names several claims; its records are the pairs (first, other), each judged on its own.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from validator.intervals import (
    Bands,
    Hedge,
    Interval,
    Tolerance,
    difference_interval,
    percent_change_interval,
    rounding_cell,
    sum_interval,
)
from validator.model import (
    CagrRelation,
    ChangeRelation,
    DurationRelation,
    EnumerationRelation,
    MultipleRelation,
    PartsRelation,
    Relation,
    RestatementRelation,
    ShareRelation,
    SubsetRelation,
)
from validator.rules import shared
from validator.rules.base import ClaimSet, Located, Outcome, Resolver, Rule
from validator.units import conversion_factor, is_known_unit, same_dimension

__all__ = ["RECORDS", "Cagrs", "Changes", "Durations", "Enumerations", "Multiples", "Parts", "Problem",
           "RelationRule", "Restated", "Shares", "Subsets", "as_percent", "bands_in"]


# --- conversions -----------------------------------------------------------------------------------


def bands_in(loc: Located, unit: str, tolerance: Tolerance) -> Bands | None:
    """The claim's bands expressed in `unit` (GWh -> MWh converts); None when the dimensions differ."""
    own = loc.claim.unit
    bands = loc.bands(tolerance)
    if own == unit:
        return bands
    if not (is_known_unit(own) and is_known_unit(unit)) or not same_dimension(own, unit):
        return None
    k = Fraction(conversion_factor(own, unit))
    return Bands(bands.natural.scale(k), bands.loose.scale(k), bands.exact.scale(k))


def in_unit(loc: Located, unit: str, tolerance: Tolerance) -> Interval | None:
    """The claim's natural interval expressed in `unit`; None when the dimensions differ."""
    bands = bands_in(loc, unit, tolerance)
    return None if bands is None else bands.natural


def as_percent(loc: Located, tolerance: Tolerance) -> Bands | None:
    """The claim's bands in percent (a fraction like "một nửa" counts as 50%); None if not a ratio. A coarse word
    that "nearly" qualifies is not reached (51.3% is not "just under half"), loosely by a sliver ("more than half")."""
    unit, b = loc.claim.unit, loc.bands(tolerance)
    if unit == "percent":
        return b
    if unit == "times":
        if loc.claim.hedge is Hedge.NEARLY and 0 < loc.claim.value < 1:
            b = Bands(Interval(b.natural.low, Fraction(loc.claim.value)), b.natural, b.exact)
        return _scaled(b, 100)
    return None


def _scaled(bands: Bands, k: Fraction | int) -> Bands:
    return Bands(bands.natural.scale(k), bands.loose.scale(k), bands.exact.scale(k))


def _same_dimension(a: Located, b: Located) -> bool:
    ua, ub = a.claim.unit, b.claim.unit
    return is_known_unit(ua) and is_known_unit(ub) and same_dimension(ua, ub)


def years_between(base: Located, current: Located) -> Fraction | None:
    """Years from the base's period to the current figure's (by their end years); None when either is undated."""
    pb, pc = base.claim.period, current.claim.period
    if pb is None or pc is None or pb.end is None or pc.end is None:
        return None
    return Fraction(pc.end.year - pb.end.year)


def cell_bands(loc: Located, unit: str, tolerance: Tolerance) -> Bands | None:
    """A top-k figure's reading in `unit`: a hedged one as stated; a plain one as its half-open rounding
    cell, and loosely also as a truncated figure ("96%" for anything in [96, 97)). Concentration ratios of one
    ranking come from one table, so one rounding mode serves both figures: two cells that only touch cannot
    both hold ("top 5: 96%, top 3: 97%"), under rounding or truncating alike."""
    bands = bands_in(loc, unit, tolerance)
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


# --- the records -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Why the operands cannot be compared (their units differ): the one unverifiable outcome."""

    subject: Located
    message: str
    related: list[Located]


class _Unresolved(Exception):
    """A reference names no claim (the engine reports it as an input problem)."""


class _Refs:
    """Resolves a relation's references in its claim set."""

    def __init__(self, origin: ClaimSet, ctx: Resolver) -> None:
        self.origin, self.ctx = origin, ctx

    def one(self, ref: str) -> Located:
        found = self.ctx.resolve(ref, self.origin)
        if found is None:
            raise _Unresolved(ref)
        return found

    def maybe(self, ref: str | None) -> Located | None:
        return None if ref is None else self.one(ref)

    def all(self, refs: list[str]) -> list[Located]:
        return [self.one(r) for r in refs]


@dataclass(frozen=True)
class Shares:
    """A share of a whole: the share in percent, and the whole in the part's unit when both are given."""

    relation: ShareRelation
    share: Located
    part: Located | None
    whole: Located | None
    percent: Bands | None  # None: the share is no ratio
    whole_iv: Interval | None  # the whole's natural interval in the part's unit
    problem: Problem | None
    addends: tuple[Located, ...] = ()  # a part named as a group of listed figures ("those three"): their sum
    part_iv: Interval | None = None  # the part's natural interval

    @classmethod
    def build(cls, relation: ShareRelation, refs: _Refs, tolerance: Tolerance) -> list[Shares]:
        share, whole = refs.one(relation.share), refs.maybe(relation.whole)
        addends = tuple(refs.all(relation.addends or []))  # listed figures of one unit: the first is the part
        part, percent = addends[0] if addends else refs.maybe(relation.part), as_percent(share, tolerance)
        ivs = [a.natural(tolerance) for a in addends or ([part] if part is not None else [])]
        part_iv = sum_interval(ivs) if ivs else None
        whole_iv = in_unit(whole, part.claim.unit, tolerance) if part is not None and whole is not None else None
        problem = Problem(share, f"cannot compare {part.text} with {whole.text}: units {part.claim.unit} and "
                          f"{whole.claim.unit} differ", [*(addends or [part]), whole]) if (
            part is not None and whole is not None and (percent is None or whole_iv is None)) else None
        return [cls(relation, share, part, whole, percent, whole_iv, problem, addends, part_iv)]


@dataclass(frozen=True)
class Changes:
    """A change from a base to a current figure: the stated change signed by its direction, and, with both
    figures given, the relative change (%) and the difference (points or amount) they make. A change also
    written as an amount (`delta`: "up 5.2 million, or 3.1%") carries that amount, signed and in the unit of
    the figure it moves (`amount`), so that one end is enough. With only a direction stated, `difference` is all."""

    relation: ChangeRelation
    change: Located | None  # None: the wording gives only the direction ("fell to A from B")
    base: Located | None
    current: Located | None
    stated: Bands | None  # negative for "down"; an amount change in the base's unit; None with no change
    relative: Interval | None
    difference: Interval | None
    problem: Problem | None
    delta: Located | None = None
    amount: Bands | None = None  # the delta's bands, signed, in the base's (else the current's) unit

    @classmethod
    def build(cls, relation: ChangeRelation, refs: _Refs, tolerance: Tolerance) -> list[Changes]:
        change, base, current = refs.maybe(relation.change), refs.maybe(relation.base), refs.maybe(relation.current)
        if change is None:  # "fell to A from B": only the sign of the difference is judged
            moved = in_unit(current, base.claim.unit, tolerance) if base is not None and current is not None else None
            difference = difference_interval(base.natural(tolerance), moved) if base and moved else None
            problem = Problem(current, "cannot compare the figures: units differ", [base, current]) if (
                base is not None and current is not None and moved is None) else None
            return [cls(relation, None, base, current, None, None, difference, problem)]
        delta = refs.maybe(relation.delta)
        sign = -1 if relation.direction == "down" else 1
        # a rate written with its sign ("giảm 0,14 điểm (-0,25%)") is not turned round again by its fall word
        stated = _scaled(change.bands(tolerance), sign if change.claim.value >= 0 else 1)
        relative = difference = None
        problem = None
        fraction = as_percent(change, tolerance) if change.claim.unit == "times" else None
        if fraction is not None:  # a fraction is a change in percent: "cut by half" is down 50%
            stated = _scaled(fraction, sign)
        if base is not None and current is not None:
            base_iv, current_iv = base.natural(tolerance), in_unit(current, base.claim.unit, tolerance)
            if current_iv is None:
                problem = Problem(change, f"cannot compare {base.text} with {current.text}: units differ",
                                  [base, current])
            else:
                relative = percent_change_interval(base_iv, current_iv)
                difference = difference_interval(base_iv, current_iv)
                unit = change.claim.unit
                if unit not in ("percent", "point", "times") and unit != base.claim.unit:
                    converted = bands_in(change, base.claim.unit, tolerance)  # "down 1.2 GWh" of MWh figures
                    if converted is None:
                        problem = Problem(change, f"a change in {unit} cannot be computed from {base.claim.unit}",
                                          [base, current])
                    else:
                        stated = _scaled(converted, sign if change.claim.value >= 0 else 1)
        known = base if base is not None else current
        amount = None
        if delta is not None and known is not None:
            amount = _amount_in(delta, known.claim.unit, tolerance)
            if amount is None:
                problem = problem or Problem(change, f"cannot compare {delta.text} with {known.text}: units differ",
                                             [known, delta])
            else:
                amount = _scaled(amount, sign)
        return [cls(relation, change, base, current, stated, relative, difference, problem, delta, amount)]

    @property
    def rate(self) -> tuple[Located, Bands]:  # the stated change and its signed bands
        assert self.change is not None and self.stated is not None, "a direction-only change states no rate"
        return self.change, self.stated


def _amount_in(delta: Located, unit: str, tolerance: Tolerance) -> Bands | None:
    """A change written as an amount, in the unit of the figure it moves (points move a percentage)."""
    if delta.claim.unit == "point" and unit == "percent":
        return delta.bands(tolerance)
    return bands_in(delta, unit, tolerance)


@dataclass(frozen=True)
class Multiples:
    """"N times": the base, and the current figure in the base's unit; a multiple stated in percent
    ("tăng 200%") read as times."""

    relation: MultipleRelation
    multiple: Located
    base: Located
    current: Located
    stated: Bands
    base_iv: Interval
    current_iv: Interval | None
    problem: Problem | None

    @classmethod
    def build(cls, relation: MultipleRelation, refs: _Refs, tolerance: Tolerance) -> list[Multiples]:
        multiple, base, current = refs.one(relation.multiple), refs.one(relation.base), refs.one(relation.current)
        current_iv = in_unit(current, base.claim.unit, tolerance)
        stated = multiple.bands(tolerance)
        if multiple.claim.unit == "percent":  # "tăng 200%" used as a multiple
            stated = _scaled(stated, Fraction(1, 100))
        problem = None
        if current_iv is None:
            problem = Problem(multiple, f"cannot compare {base.text} with {current.text}: units differ",
                              [base, current])
        return [cls(relation, multiple, base, current, stated, base.natural(tolerance), current_iv, problem)]


@dataclass(frozen=True)
class Cagrs:
    """A compound annual growth rate: the span in years (stated, or from the two periods) and the current
    figure in the base's unit."""

    relation: CagrRelation
    base: Located
    current: Located
    rate: Located | None
    years: Fraction | None
    base_iv: Interval
    current_iv: Interval | None
    problem: Problem | None

    @classmethod
    def build(cls, relation: CagrRelation, refs: _Refs, tolerance: Tolerance) -> list[Cagrs]:
        base, current, rate = refs.one(relation.base), refs.one(relation.current), refs.maybe(relation.rate)
        years = Fraction(relation.years) if relation.years is not None else years_between(base, current)
        current_iv = in_unit(current, base.claim.unit, tolerance)
        problem = None
        if years is None or years <= 0 or current_iv is None:
            problem = Problem(rate or current, "cannot tell the number of years or the units differ", [base, current])
        return [cls(relation, base, current, rate, years, base.natural(tolerance), current_iv, problem)]


@dataclass(frozen=True)
class Parts:
    """Parts of a whole: each part in the whole's unit, or, with no whole named, each part in percent (shares
    of one whole)."""

    relation: PartsRelation
    whole: Located | None
    parts: list[Located]
    in_whole: list[Interval]  # with a whole: the parts' natural intervals in its unit
    percents: list[Bands]  # without: the parts' bands in percent
    problem: Problem | None

    @classmethod
    def build(cls, relation: PartsRelation, refs: _Refs, tolerance: Tolerance) -> list[Parts]:
        parts, whole = refs.all(relation.parts), refs.maybe(relation.whole)
        in_whole: list[Interval] = []
        percents: list[Bands] = []
        problem = None
        if whole is None:
            found = [as_percent(p, tolerance) for p in parts]
            percents = [b for b in found if b is not None]
            if len(percents) < len(parts):
                problem = Problem(parts[-1], "the parts are not percentages", parts[:-1])
        else:
            converted = [in_unit(p, whole.claim.unit, tolerance) for p in parts]
            in_whole = [iv for iv in converted if iv is not None]
            if len(in_whole) < len(parts):
                problem = Problem(whole, "the parts are not in the whole's unit", parts)
        return [cls(relation, whole, parts, in_whole, percents, problem)]


@dataclass(frozen=True)
class Subsets:
    """Top-k within top-m: both figures read in the inner figure's unit as rounding cells (`cell_bands`)."""

    relation: SubsetRelation
    inner: Located
    outer: Located
    unit: str
    inner_bands: Bands | None
    outer_bands: Bands | None
    problem: Problem | None

    @classmethod
    def build(cls, relation: SubsetRelation, refs: _Refs, tolerance: Tolerance) -> list[Subsets]:
        inner, outer = refs.one(relation.inner), refs.one(relation.outer)
        unit = inner.claim.unit
        outer_bands, inner_bands = cell_bands(outer, unit, tolerance), cell_bands(inner, unit, tolerance)
        problem = None
        if outer_bands is None or inner_bands is None:
            problem = Problem(inner, "units differ", [outer])
        return [cls(relation, inner, outer, unit, inner_bands, outer_bands, problem)]


@dataclass(frozen=True)
class Restated:
    """One pair of a restatement: the first statement ``a`` and a later one ``b`` (the one judged), with ``b``
    in ``a``'s unit."""

    relation: RestatementRelation
    a: Located
    b: Located
    a_bands: Bands
    b_bands: Bands | None
    problem: Problem | None

    @property
    def hedged(self) -> bool:
        return bool(self.a.claim.hedge or self.b.claim.hedge)

    @classmethod
    def build(cls, relation: RestatementRelation, refs: _Refs, tolerance: Tolerance) -> list[Restated]:
        first, *others = refs.all(relation.claims)
        out = []
        for other in others:
            b_bands = bands_in(other, first.claim.unit, tolerance)
            problem = None
            if b_bands is None:
                problem = Problem(other, f"{other.text} and {first.text} are in different units", [first])
            out.append(cls(relation, first, other, first.bands(tolerance), b_bands, problem))
        return out


@dataclass(frozen=True)
class Enumerations:
    """An announced count and the items listed after it."""

    relation: EnumerationRelation
    count: Located
    problem: Problem | None = None

    @classmethod
    def build(cls, relation: EnumerationRelation, refs: _Refs, tolerance: Tolerance) -> list[Enumerations]:
        return [cls(relation, refs.one(relation.count))]


@dataclass(frozen=True)
class Durations:
    """A stated span of years and the years it covers."""

    relation: DurationRelation
    duration: Located
    problem: Problem | None = None

    @classmethod
    def build(cls, relation: DurationRelation, refs: _Refs, tolerance: Tolerance) -> list[Durations]:
        return [cls(relation, refs.one(relation.duration))]


Record = Shares | Changes | Multiples | Cagrs | Parts | Subsets | Restated | Enumerations | Durations

# the record of each relation type (a new relation kind adds its record here)
RECORDS: dict[type[Relation], Callable[[Any, _Refs, Tolerance], list[Any]]] = {
    ShareRelation: Shares.build,
    ChangeRelation: Changes.build,
    MultipleRelation: Multiples.build,
    CagrRelation: Cagrs.build,
    PartsRelation: Parts.build,
    SubsetRelation: Subsets.build,
    RestatementRelation: Restated.build,
    EnumerationRelation: Enumerations.build,
    DurationRelation: Durations.build,
}


# --- the rules that check a relation ---------------------------------------------------------------


class _HasProblem(Protocol):
    @property
    def problem(self) -> Problem | None: ...


R = TypeVar("R", bound=_HasProblem)


def _kind_of(relation: type[Relation]) -> str:
    """The `kind` a relation type is written with ("share"): its `kind: Literal[...]` field."""
    (kind,) = typing.get_args(relation.model_fields["kind"].annotation)
    assert isinstance(kind, str), relation
    return kind


class RelationRule(Rule, Generic[R]):
    """A rule that judges one relation type. Subclasses declare `relation` (the relation type) and implement
    `check_operands`, which receives the relation's record (`R`), operands resolved and converted."""

    relation: ClassVar[type[Relation]]
    silent_on_units: ClassVar[bool] = False  # operands in units that differ: say nothing (another rule does)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "relation" in cls.__dict__:
            cls.kinds = (_kind_of(cls.relation),)
            declared = [typing.get_args(b) for b in getattr(cls, "__orig_bases__", ())]
            record = next((args[0] for args in declared if args), None)
            built = RECORDS[cls.relation]
            assert record is None or getattr(built, "__self__", None) is record, (
                f"{cls.__name__}: {cls.relation.__name__} is judged through {built}, not {record}")

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        if not isinstance(relation, self.relation):
            return
        try:  # built once for all the rules that judge the relation in turn (`shared.shared_records`)
            records: list[R] = shared.records(self.relation, relation, origin, ctx, lambda: RECORDS[self.relation](
                relation, _Refs(origin, ctx), ctx.tolerance))
        except _Unresolved:
            return  # the engine reports the reference as an input problem
        for record in records:
            if not self.applies(record):
                continue
            problem = record.problem
            if problem is not None:
                if not self.silent_on_units:
                    yield Outcome("unverifiable", problem.subject, problem.message, problem.related)
                continue
            yield from self.check_operands(record, ctx)

    def applies(self, record: R) -> bool:
        """Whether this rule judges the record (e.g. only changes with a base); True unless overridden."""
        return True

    def check_operands(self, record: R, ctx: Resolver) -> Iterator[Outcome]:
        raise NotImplementedError
