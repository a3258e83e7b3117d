"""Where numbers are judged: written precision and hedges to intervals, interval arithmetic, verdicts.

Every stated number is an interval, not a point. "17 triệu" means anything that rounds to 17 million,
[16.5 M, 17.5 M]; "gần 50%" means a bit below 50 with a small overshoot tolerated. A derived value
(a share, a change, a multiple, a CAGR, a sum) is computed with interval arithmetic over its operands'
intervals, and a stated claim is then judged against it:

- **verified** when the computed interval meets the claim's *natural* reading;
- **loose** when it meets only the claim's *loose* reading (a rounding-mode slip, "nearly 7x" for 7.57x);
- **contradiction** when it meets neither.

Bounds are exact `Fraction`s (`None` is unbounded). Floats appear only in `to_display`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal, localcontext
from enum import StrEnum
from fractions import Fraction

from validator.limits import MIN_YEARS

Number = Fraction | Decimal | int


def frac(x: Number) -> Fraction:
    """An exact Fraction of a parsed number (Decimal converts exactly)."""
    return x if isinstance(x, Fraction) else Fraction(x)


class Hedge(StrEnum):
    """How a writer qualified a number; see `stated_bands` for what each means."""

    ABOUT = "about"  # khoảng, 约, 左右, about, roughly: a band around the value
    NEARLY = "nearly"  # gần, 近, 将近, nearly, almost: a bit below, small overshoot tolerated
    OVER = "over"  # hơn, vượt, 超, 超过, 逾, over, more than: a lower bound
    AT_LEAST = "at_least"  # ít nhất, 至少, at least: a lower bound, inclusive
    UNDER = "under"  # dưới, 不到, 不足, under, less than, up to: an upper bound


class Verdict(StrEnum):
    VERIFIED = "verified"
    LOOSE = "loose"
    CONTRADICTION = "contradiction"


@dataclass(frozen=True, slots=True)
class Interval:
    """An interval with exact bounds; None is -inf / +inf. Closed unless an end is marked open: a rounded
    figure's cell ("96%" is every value in [95.5, 96.5)) is half-open, see `rounding_cell`; arithmetic
    keeps an end open when every operand's end that makes it is open."""

    low: Fraction | None
    high: Fraction | None
    low_open: bool = False
    high_open: bool = False

    @staticmethod
    def point(x: Number) -> Interval:
        f = frac(x)
        return Interval(f, f)

    @staticmethod
    def around(x: Number, half_width: Number) -> Interval:
        f, h = frac(x), abs(frac(half_width))
        return Interval(f - h, f + h)

    def meets(self, other: Interval) -> bool:
        """True when the two intervals share at least one point (two ends that touch share it only when
        both are closed)."""
        lo_ok = self.high is None or other.low is None or _before(other.low, self.high,
                                                                  other.low_open or self.high_open)
        hi_ok = self.low is None or other.high is None or _before(self.low, other.high,
                                                                  self.low_open or other.high_open)
        return lo_ok and hi_ok

    def contains(self, x: Number) -> bool:
        f = frac(x)
        return ((self.low is None or _before(self.low, f, self.low_open))
                and (self.high is None or _before(f, self.high, self.high_open)))

    def hull(self, other: Interval) -> Interval:
        if self.low is None or other.low is None:
            low, low_open = None, False
        else:
            low = min(self.low, other.low)
            low_open = all(i.low_open for i in (self, other) if i.low == low)
        if self.high is None or other.high is None:
            high, high_open = None, False
        else:
            high = max(self.high, other.high)
            high_open = all(i.high_open for i in (self, other) if i.high == high)
        return Interval(low, high, low_open, high_open)

    def scale(self, k: Number) -> Interval:
        f = frac(k)
        if f > 0:
            return Interval(_mul(self.low, f), _mul(self.high, f), self.low_open, self.high_open)
        if f == 0:
            return Interval(_mul(self.low, f), _mul(self.high, f))
        return Interval(_mul(self.high, f), _mul(self.low, f), self.high_open, self.low_open)

    def shift(self, k: Number) -> Interval:
        f = frac(k)
        return Interval(None if self.low is None else self.low + f, None if self.high is None else self.high + f,
                        self.low_open, self.high_open)

    def __add__(self, other: Interval) -> Interval:
        return Interval(_add(self.low, other.low), _add(self.high, other.high),
                        self.low_open or other.low_open, self.high_open or other.high_open)

    def __sub__(self, other: Interval) -> Interval:
        return self + other.scale(-1)

    def __mul__(self, other: Interval) -> Interval:
        if None in (self.low, self.high, other.low, other.high):
            if _nonneg(self) and _nonneg(other):
                assert self.low is not None and other.low is not None
                return Interval(self.low * other.low, _mul_hi(self.high, other.high))
            return Interval(None, None)
        assert self.low is not None and self.high is not None
        assert other.low is not None and other.high is not None
        products = [a * b for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(min(products), max(products))

    def __truediv__(self, other: Interval) -> Interval:
        """self / other; unbounded when the divisor may be zero."""
        if other.low is not None and other.low > 0:
            inverse = Interval(Fraction(0) if other.high is None else 1 / other.high, 1 / other.low)
            return self * inverse
        if other.high is not None and other.high < 0:
            return self.scale(-1) / other.scale(-1)
        return Interval(None, None)

    def power(self, exponent: Fraction) -> Interval:
        """x ** exponent for x >= 0 and exponent > 0 (monotonic increasing)."""
        return Interval(
            None if self.low is None else _root_pow(max(self.low, Fraction(0)), exponent, round_up=False),
            None if self.high is None else _root_pow(max(self.high, Fraction(0)), exponent, round_up=True),
        )

    @property
    def mid(self) -> Fraction | None:
        if self.low is None or self.high is None:
            return self.low if self.high is None else self.high
        return (self.low + self.high) / 2

    def to_display(self) -> tuple[float | None, float | None]:
        return (_display(self.low), _display(self.high))


def _display(x: Fraction | None) -> float | None:
    try:
        return None if x is None else float(x)
    except OverflowError:  # beyond the float range: unbounded, as far as a display goes
        return None


def _before(a: Fraction, b: Fraction, strict: bool) -> bool:
    return a < b if strict else a <= b


def _add(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    return None if a is None or b is None else a + b


def _mul(a: Fraction | None, b: Fraction) -> Fraction | None:
    return None if a is None else a * b


def _mul_hi(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    return None if a is None or b is None else a * b


def _nonneg(i: Interval) -> bool:
    return i.low is not None and i.low >= 0


def _root_pow(x: Fraction, exponent: Fraction, *, round_up: bool) -> Fraction:
    """x ** exponent to 40 significant digits, rounded outward so intervals stay conservative."""
    if x == 0:
        return Fraction(0)
    if exponent.denominator == 1 and abs(exponent.numerator) <= 12:
        return x ** exponent.numerator  # exact, and small: 1/years for whole years from one to twelve
    with localcontext() as ctx:
        ctx.prec = 40
        value = (Decimal(x.numerator) / Decimal(x.denominator)) ** (
            Decimal(exponent.numerator) / Decimal(exponent.denominator)
        )
        nudge = abs(value) * Decimal("1e-35")
        value = value + nudge if round_up else value - nudge
    return Fraction(value)


# --- written precision ----------------------------------------------------------------------------


def written_precision(value: Decimal) -> Decimal:
    """The step of the last significant digit of a number as written.

    Decimals keep their written places ("70,5" -> 0.1; "70,50" -> 0.01). Integers do not count trailing
    zeros as significant ("100.000" -> 100000, "150.000" -> 10000, "17e6" -> 1e6): a round number is
    probably rounded, and assuming less precision means fewer false alarms.
    """
    written = value.as_tuple().exponent
    assert isinstance(written, int), f"not a finite number: {value}"
    exponent = written
    if exponent >= 0:
        if value == 0:
            return Decimal(1)
        normal = value.normalize().as_tuple().exponent
        assert isinstance(normal, int)
        exponent = max(normal, 0)
    return Decimal(1).scaleb(exponent)


def rounding_interval(value: Number, precision: Number, high: Number | None = None) -> Interval:
    """Every true value that a writer would have written as `value` at this precision."""
    half = frac(precision) / 2
    top = frac(high) if high is not None else frac(value)
    return Interval(frac(value) - half, top + half)


def rounding_cell(value: Number, precision: Number, high: Number | None = None) -> Interval:
    """The true values that round to `value` at this precision, half away from zero: "96%" is [95.5, 96.5),
    "-2" is (-2.5, -1.5]. Neighbouring cells tile the line without sharing a point, so two rounded figures
    whose cells only touch cannot both hold. A precision of 0 (an exact figure) is the point itself."""
    p = frac(precision)
    if p == 0:
        return rounding_interval(value, 0, high)
    half = p / 2
    v = frac(value)
    top = frac(high) if high is not None else v
    return Interval(v - half, top + half, low_open=v <= 0, high_open=top >= 0)


# --- hedges ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How far each hedge reaches, as fractions of the stated value. Configurable per project."""

    about: Fraction = Fraction(1, 10)  # "about 100": natural 90..110
    about_loose: Fraction = Fraction(1, 5)  # loose 80..120
    nearly_below: Fraction = Fraction(15, 100)  # "nearly 50": natural 42.5..
    nearly_over: Fraction = Fraction(2, 100)  # ..51 (a small overshoot is tolerated)…
    # …but no more than a sliver of the figure's written step: "nearly" is short of its figure, so "gần nghìn lần"
    # for 1,005 times is fine, "gần 77%" for 77.3% is loose (it is "gần 78%" or "hơn 77%")
    nearly_over_steps: Fraction = Fraction(1, 10)
    nearly_loose_below: Fraction = Fraction(20, 100)  # "nearly 4x" for 2.9x is false, for 3.3x loose
    nearly_loose_over: Fraction = Fraction(10, 100)  # "nearly 7x" for 7.57x is loose, not false
    # "over 40%" for 39.6% is loose (a writer who rounded 39.6 to 40 first); for 38.2% it is false: a bound is
    # a threshold the figure must clear, not a rounding of it, so it reaches only a sliver below
    bound_slack: Fraction = Fraction(2, 100)
    # …but a hedge on a figure written to a fine digit reaches only so many of its steps: "about 9.3" is 9.3 give
    # or take a few tenths (no further than half a unit of the coarser figure, 9 or 10, naturally; a whole one
    # loosely), not 8.4-10.2 — a writer who knew no better than ±10% would not have written the tenth
    hedge_steps: Fraction = Fraction(5)
    hedge_loose_steps: Fraction = Fraction(10)

    def widened(self, k: Fraction) -> Tolerance:
        """Every band multiplied by k (k >= 1 widens)."""
        return replace(
            self,
            about=self.about * k,
            about_loose=self.about_loose * k,
            nearly_below=min(self.nearly_below * k, Fraction(1)),
            nearly_over=self.nearly_over * k,
            nearly_over_steps=self.nearly_over_steps * k,
            nearly_loose_below=min(self.nearly_loose_below * k, Fraction(1)),
            nearly_loose_over=self.nearly_loose_over * k,
            bound_slack=self.bound_slack * k,
            hedge_steps=self.hedge_steps * k,
            hedge_loose_steps=self.hedge_loose_steps * k,
        )


DEFAULT_TOLERANCE = Tolerance()


@dataclass(frozen=True, slots=True)
class Bands:
    """A stated number's natural reading and its loose (still defensible) reading."""

    natural: Interval
    loose: Interval
    exact: Interval = field(default=Interval(None, None))  # the rounding interval, for display


_BANDS: dict[tuple[object, ...], tuple[Tolerance, Bands]] = {}  # the linker's arbiter asks again and again


def stated_bands(
    value: Number,
    precision: Number,
    hedge: Hedge | str | None = None,
    high: Number | None = None,
    tolerance: Tolerance = DEFAULT_TOLERANCE,
) -> Bands:
    """The intervals a stated number stands for, given its written precision and hedge (remembered for the
    last few thousand figures: the tolerance by identity, since hashing its fractions costs more than the
    bands)."""
    key = (value, precision, hedge, high, id(tolerance))
    found = _BANDS.get(key)
    if found is not None and found[0] is tolerance:
        return found[1]
    bands = _stated_bands(value, precision, hedge, high, tolerance)
    if len(_BANDS) >= 4096:
        _BANDS.clear()
    _BANDS[key] = (tolerance, bands)
    return bands


def _stated_bands(value: Number, precision: Number, hedge: Hedge | str | None, high: Number | None,
                  tolerance: Tolerance) -> Bands:
    v, p = frac(value), frac(precision)
    top = frac(high) if high is not None else v
    rounded = rounding_interval(v, p, top)
    plain_loose = _plain_loose(v, top, p)
    if hedge is None:
        return Bands(rounded, plain_loose, rounded)
    kind = Hedge(hedge)
    t = tolerance

    def reach(x: Fraction, share: Fraction, steps: Fraction) -> Fraction:
        """How far a hedge reaches from x: a share of its size, at most `steps` written steps."""
        return min(abs(x) * share, steps * p) if p else abs(x) * share

    if kind is Hedge.ABOUT:
        # "about" reaches a share of the value, but no further than a few steps of the digits written: "about
        # 1.2 million" may be 1.08–1.32 million, while "an estimated 7.54 million" (three digits given) means
        # 7.49–7.59 million, not anything within 10%
        natural = rounded.hull(Interval(v - reach(v, t.about, t.hedge_steps), top + reach(top, t.about, t.hedge_steps)))
        if p and p > abs(v) * t.about:
            # counted in steps as coarse as the hedge ("约八成", "about 80%", "about 8 million"): the next step is
            # the writer's alternative, so even loosely "about" reaches no further than it does naturally (or
            # than rounding again and again does) — "约八成" for 71.4% is 七成, not a loose 八成
            low = v - max(reach(v, t.about, t.hedge_steps), p * REPEATED_ROUNDING)
            high = top + max(reach(top, t.about, t.hedge_steps), p * REPEATED_ROUNDING)
        else:
            low = v - reach(v, t.about_loose, t.hedge_loose_steps)
            high = top + reach(top, t.about_loose, t.hedge_loose_steps)
        return Bands(natural, plain_loose.hull(Interval(low, high)), rounded)
    if kind is Hedge.NEARLY:
        overshoot = reach(top, t.nearly_over, t.nearly_over_steps)
        natural = Interval(v - reach(v, t.nearly_below, t.hedge_steps), top + overshoot)
        loose_high = max(top + abs(top) * t.nearly_loose_over, rounded.high or top)
        loose = Interval(v - reach(v, t.nearly_loose_below, t.hedge_loose_steps), loose_high)
        return Bands(natural, loose, rounded)
    # a bound is missed loosely by what rounding first (and again) may take off its written step, no more
    if kind in (Hedge.OVER, Hedge.AT_LEAST):
        return Bands(Interval(v, None), Interval(v - reach(v, t.bound_slack, REPEATED_ROUNDING), None), rounded)
    return Bands(Interval(None, top), Interval(None, top + reach(top, t.bound_slack, REPEATED_ROUNDING)), rounded)


# A value that reaches the written figure by rounding again and again (12.46 -> 12.5 -> 13) lies at most
# 1/2 + 1/20 + 1/200 + … = 5/9 of a step below it.
REPEATED_ROUNDING = Fraction(5, 9)


def _plain_loose(v: Fraction, top: Fraction, p: Fraction) -> Interval:
    """A plain number's loose reading: what a writer who rounds, rounds an already rounded figure, or truncates
    would have written so. Truncation drops a part of a step (toward zero: "12%" for 12.9%, "-2" for -2.7), while
    rounding, however often repeated, reaches only 5/9 of a step beyond the figure the other way: "three times"
    is never 2.32 times, nor "12%" 11.3%."""
    if v > 0:
        return Interval(v - p * REPEATED_ROUNDING, top + p)
    if top < 0:
        return Interval(v - p, top + p * REPEATED_ROUNDING)
    return Interval(v - p, top + p)


def judge(stated: Bands, computed: Interval) -> Verdict:
    """Verdict of a stated number against what its operands imply."""
    if computed.meets(stated.natural):
        return Verdict.VERIFIED
    if computed.meets(stated.loose):
        return Verdict.LOOSE
    return Verdict.CONTRADICTION


def judge_pair(a: Bands, b: Bands) -> Verdict:
    """Verdict of two statements of the same figure against each other. A plain figure's natural reading is
    its rounding cell, half-open (see `rounding_cell`): two figures whose intervals only touch cannot both
    hold ("70%" and "80%" read to the ten: 75 rounds to 80). Loosely (one of them truncated) they may."""
    if _as_cell(a).meets(_as_cell(b)):
        return Verdict.VERIFIED
    if a.loose.meets(b.loose):
        return Verdict.LOOSE
    return Verdict.CONTRADICTION


def _as_cell(bands: Bands) -> Interval:
    """A stated figure's natural reading, as a half-open rounding cell when it is a plain rounded figure (its
    natural reading is its rounding interval, of some width, on one side of zero), rounded half away from zero:
    a positive figure's cell is open above, a negative one's below. A hedged figure's reading stays closed."""
    i = bands.natural
    if i != bands.exact or i.low is None or i.high is None or i.low == i.high:
        return i
    if i.low >= 0:
        return Interval(i.low, i.high, i.low_open, True)
    if i.high <= 0:
        return Interval(i.low, i.high, True, i.high_open)
    return i


# --- derived values -------------------------------------------------------------------------------

HUNDRED = Interval.point(100)
ONE = Interval.point(1)


def share_interval(part: Interval, whole: Interval) -> Interval:
    """part / whole, in percent."""
    return (part / whole) * HUNDRED


def percent_change_interval(base: Interval, current: Interval) -> Interval:
    """(current / base - 1), in percent."""
    return (current / base - ONE) * HUNDRED


def change_on_current_interval(current: Interval, delta: Interval) -> Interval:
    """delta / (current - delta), in percent: the change an amount `delta` (signed) made to reach `current` ("up
    1,110 to 70,650 is up 1.6%"). Exact over the operands' box: for a current of one sign and a base that
    cannot be zero the ratio moves one way in each operand, so its extremes are at the corners; otherwise
    unbounded."""
    if None in (current.low, current.high, delta.low, delta.high):
        return Interval(None, None)
    assert current.low is not None and current.high is not None and delta.low is not None and delta.high is not None
    base = current - delta
    assert base.low is not None and base.high is not None
    if current.low <= 0 <= current.high or base.low <= 0 <= base.high:
        return Interval(None, None)
    corners = [d / (c - d) * 100 for c in (current.low, current.high) for d in (delta.low, delta.high)]
    return Interval(min(corners), max(corners))


def difference_interval(base: Interval, current: Interval) -> Interval:
    return current - base


def ratio_interval(base: Interval, current: Interval) -> Interval:
    """current / base: 'N times as much'."""
    return current / base


def more_ratio_interval(base: Interval, current: Interval) -> Interval:
    """current / base - 1: 'N times more' read as an increase of N times the base."""
    return current / base - ONE


def cagr_interval(base: Interval, current: Interval, years: Fraction | int) -> Interval:
    """Compound annual growth rate over `years`, in percent (unbounded under one month: an annual rate
    of growth within days means nothing, and the root would cost without bound)."""
    n = Fraction(years)
    if n < MIN_YEARS:
        return Interval(None, None)
    ratio = current / base
    if ratio.low is None or ratio.low < 0:
        ratio = Interval(Fraction(0), ratio.high)
    return (ratio.power(1 / n) - ONE) * HUNDRED


def sum_interval(parts: list[Interval]) -> Interval:
    total = Interval.point(0)
    for part in parts:
        total = total + part
    return total


def open_far(computed: Interval, stated: Fraction) -> bool:
    """A computed share bounded on one side only (an operand is "more than N"), whose one bound is far from the
    stated figure (off by more than a factor of two): the stated figure fits only because that side is open, so
    the check verifies nothing ("more than 60%" against "more than 60 models" of 1.9 million panels)."""
    if (computed.low is None) == (computed.high is None):
        return False
    bound = computed.low if computed.low is not None else computed.high
    assert bound is not None
    if bound == 0 or stated == 0:
        return bound != stated
    ratio = stated / bound
    return not Fraction(1, 2) <= ratio <= 2
