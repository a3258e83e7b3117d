"""How rules write numbers: compact figures and intervals in messages ("12.866M", "73.5–78.0%"), and the
{value, low, high, unit} blocks of a finding's `stated` and `computed`."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

from validator.intervals import Interval, Tolerance
from validator.model import Stated
from validator.rules.base import Located

__all__ = ["fmt_interval", "fmt_number", "payload", "stated_payload", "to_float"]


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
    exact = x if isinstance(x, (Decimal, int)) else None  # as written: every digit kept
    f = Fraction(x)
    if unit == "percent":
        return f"{_plain(exact) if exact is not None else _trim(to_float(f), 1)}%"
    if unit == "point":
        return f"{_plain(exact) if exact is not None else _trim(to_float(f), 1)} pp"
    if unit == "times":
        return f"{_plain(exact) if exact is not None else _trim(to_float(f), 2 if abs(f) < 10 else 0)}×"
    for size, suffix in _SUFFIX:
        if abs(f) >= size:
            if exact is not None:
                return f"{_plain(Decimal(f.numerator) / Decimal(f.denominator) / Decimal(size.numerator))}{suffix}"
            return f"{_sig(to_float(f / size), digits)}{suffix}"
    return _plain(exact) if exact is not None else _sig(to_float(f), digits)


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


def payload(value: Fraction | Decimal | int | None, interval: Interval, unit: str) -> Stated:
    """The {value, low, high, unit} block of a finding, rounded for display."""

    def r(x: Fraction | Decimal | int | None) -> float | None:
        if x is None:
            return None
        f = to_float(x)
        if not math.isfinite(f):
            return None  # beyond what a float (and JSON) can hold: shown as unbounded
        return round(f, 2) if abs(f) < 1e6 else float(f"{f:.6g}")

    # built without validation: the fields are floats (or None) and a unit key by construction, and the arbiter
    # asks for a payload for every reading it weighs
    return Stated.model_construct(value=r(value), low=r(interval.low), high=r(interval.high), unit=unit)


def stated_payload(loc: Located, tolerance: Tolerance) -> Stated:
    """The {value, low, high, unit} block of what a claim states (its exact reading)."""
    return payload(loc.claim.value, loc.bands(tolerance).exact, loc.claim.unit)
