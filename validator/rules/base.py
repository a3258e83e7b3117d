"""What every rule shares: the claim sets it reads, the context that resolves claim references, the
outcome it returns, and how numbers are written in messages.

Rules never print or exit; they yield `Outcome`s and the engine turns those into findings and checks.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar, Literal

from validator.anchoring import AnchorProblem
from validator.document import Document
from validator.intervals import DEFAULT_TOLERANCE, Bands, Interval, Tolerance, stated_bands
from validator.model import Claim, Relation, Severity, Span, Stated

Status = Literal["pass", "fail", "unverifiable", "info"]


@dataclass
class ClaimSet:
    """The claims of one document, where each stands in its text, and the relations between them."""

    document: Document
    claims: dict[str, Claim]
    relations: list[Relation] = field(default_factory=list)
    source: str | None = None  # the claim file, when the claims were read from one
    key: str = ""  # how other files refer to this one ("<stem>#id")
    anchors: dict[str, Span | None] = field(default_factory=dict)
    relation_lines: list[int | None] = field(default_factory=list)
    anchor_problems: dict[str, AnchorProblem] = field(default_factory=dict)  # claim id -> why it is stale

    def claim_spans(self) -> list[tuple[int, int]]:
        """Where its claims stand in the text, sorted, each once (claims not found are left out)."""
        return sorted({(s.start, s.end) for s in self.anchors.values() if s is not None and s.end > s.start})


@dataclass(frozen=True)
class Located:
    """A claim together with the claim set (and so the document) it belongs to."""

    claim: Claim
    owner: ClaimSet

    @property
    def span(self) -> Span | None:
        return self.owner.anchors.get(self.claim.id, self.claim.span)

    def bands(self, tolerance: Tolerance) -> Bands:
        q = self.claim.quantity
        return stated_bands(q.value, q.precision, q.hedge, q.high, tolerance)

    def natural(self, tolerance: Tolerance) -> Interval:
        return self.bands(tolerance).natural

    @property
    def text(self) -> str:
        return self.claim.text


@dataclass
class Outcome:
    status: Status
    subject: Located
    message: str
    related: list[Located] = field(default_factory=list)
    severity: Severity | None = None  # for "fail": overrides the rule's default
    stated: Stated | None = None
    computed: Stated | None = None
    certain: bool = True  # False: the operands were not clearly designated (never an error)


class Resolver:
    """Resolves claim references ("id" in the same file, "stem#id" across files) for rules."""

    def __init__(self, sets: Iterable[ClaimSet], tolerance: Tolerance = DEFAULT_TOLERANCE) -> None:
        self.sets = {s.key: s for s in sets}
        self.tolerance = tolerance

    def resolve(self, ref: str | None, origin: ClaimSet) -> Located | None:
        if ref is None:
            return None
        if "#" in ref:
            key, cid = ref.split("#", 1)
            owner = self.sets.get(key)
        else:
            owner, cid = origin, ref
        if owner is None or cid not in owner.claims:
            return None
        return Located(owner.claims[cid], owner)


class Rule:
    """Base class: subclasses set code, name, severity and the relation kinds they check."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    kinds: ClassVar[tuple[str, ...]] = ()

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        return iter(())

    def check_set(self, claims: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        return iter(())

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def documentation(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or "")


# --- numbers in messages ---------------------------------------------------------------------------

_SUFFIX = ((Fraction(10**12), "T"), (Fraction(10**9), "B"), (Fraction(10**6), "M"), (Fraction(10**3), "k"))


def to_float(x: Fraction | Decimal | int) -> float:
    """`float(x)`, or ±inf beyond the float range (a 1e29 growing twelvefold a year for a month is 1e348)."""
    try:
        return float(x)
    except OverflowError:
        return math.inf if x > 0 else -math.inf


def fmt_number(x: Fraction | Decimal | int | None, unit: str | None = None, digits: int = 4) -> str:
    """A compact human figure: 12866000 vehicle -> '12.866M', 75.68 percent -> '75.7%', 1005.2 times -> '1005×'.

    A Decimal read from the article keeps all its written digits; computed values get `digits`
    significant digits.
    """
    if x is None:
        return "∞"
    exact = isinstance(x, (Decimal, int))
    f = Fraction(x)
    if unit == "percent":
        return f"{_plain(x) if exact else _trim(to_float(f), 1)}%"
    if unit == "point":
        return f"{_plain(x) if exact else _trim(to_float(f), 1)} pp"
    if unit == "times":
        return f"{_plain(x) if exact else _trim(to_float(f), 2 if abs(f) < 10 else 0)}×"
    for size, suffix in _SUFFIX:
        if abs(f) >= size:
            if exact:
                return f"{_plain(Decimal(f.numerator) / Decimal(f.denominator) / Decimal(size.numerator))}{suffix}"
            return f"{_sig(to_float(f / size), digits)}{suffix}"
    return _plain(x) if exact else _sig(to_float(f), digits)


def _plain(x: Decimal | int) -> str:
    d = Decimal(x)
    text = f"{d.normalize():f}" if d == d.to_integral_value() else f"{d:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _trim(x: float, places: int) -> str:
    text = f"{x:.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _sig(x: float, digits: int) -> str:
    text = f"{x:.{digits}g}"
    if "e" in text:
        return f"{x:.0f}"
    return text


def fmt_interval(i: Interval, unit: str | None) -> str:
    """'73.5–78.0%': enough decimals that distinct ends stay distinct."""
    if i.low is None and i.high is None:
        return "any value"
    if i.low is None:
        return f"at most {fmt_number(i.high, unit)}"
    if i.high is None:
        return f"at least {fmt_number(i.low, unit)}"
    if unit in ("percent", "point", "times"):
        places = 1
        if unit == "times":
            places = 2 if abs(i.high) < 10 else (1 if abs(i.high) < 100 else 0)
        low, high = to_float(i.low), to_float(i.high)
        while places < 4 and f"{low:.{places}f}" == f"{high:.{places}f}" and i.low != i.high:
            places += 1
        mark = {"percent": "%", "point": " pp", "times": "×"}[unit]
        return f"{low:.{places}f}–{high:.{places}f}{mark}"
    return f"{fmt_number(i.low, unit)}–{fmt_number(i.high, unit)}"


def payload(value: Fraction | Decimal | None, interval: Interval, unit: str) -> Stated:
    """The {value, low, high, unit} block of a finding, rounded for display."""

    def r(x: Fraction | Decimal | None) -> float | None:
        if x is None:
            return None
        f = to_float(x)
        if not math.isfinite(f):
            return None  # beyond what a float (and JSON) can hold: shown as unbounded
        return round(f, 2) if abs(f) < 1e6 else float(f"{f:.6g}")

    return Stated(value=r(value), low=r(interval.low), high=r(interval.high), unit=unit)


def stated_payload(loc: Located, tolerance: Tolerance) -> Stated:
    q = loc.claim.quantity
    return payload(q.value, loc.bands(tolerance).exact, q.unit)


def bands_in(loc: Located, unit: str, tolerance: Tolerance) -> Bands | None:
    """The claim's bands expressed in `unit` (GWh -> MWh converts); None when the dimensions differ."""
    from validator.units import conversion_factor, is_known_unit, same_dimension

    own = loc.claim.unit
    bands = loc.bands(tolerance)
    if own == unit:
        return bands
    if not (is_known_unit(own) and is_known_unit(unit)) or not same_dimension(own, unit):
        return None
    k = Fraction(conversion_factor(own, unit))
    return Bands(bands.natural.scale(k), bands.loose.scale(k), bands.exact.scale(k))


def as_percent(loc: Located, tolerance: Tolerance) -> Bands | None:
    """The claim's bands in percent (a fraction like "một nửa" counts as 50%); None if not a ratio."""
    unit = loc.claim.unit
    b = loc.bands(tolerance)
    if unit == "percent":
        return b
    if unit == "times":
        return Bands(b.natural.scale(100), b.loose.scale(100), b.exact.scale(100))
    return None
