"""Properties that guard the arithmetic (hypothesis): rounding intervals hold the truth, consistent figures
rounded the way a writer would never raise an alarm, a share pushed past its band is always caught, a wider
hedge never makes a verdict worse, and the scale figures are written in never changes a verdict."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction
from typing import Any

from hypothesis import assume, given
from hypothesis import strategies as st

from validator.document import Document
from validator.engine import Options, evaluate
from validator.intervals import (
    Bands,
    Hedge,
    Interval,
    Tolerance,
    Verdict,
    cagr_interval,
    change_on_current_interval,
    judge,
    percent_change_interval,
    ratio_interval,
    share_interval,
    stated_bands,
)
from validator.model import ClaimFile, Report, Span
from validator.rules import ClaimSet

WORSE = {Verdict.VERIFIED: 0, Verdict.LOOSE: 1, Verdict.CONTRADICTION: 2}
# units, thousand, 万, million, 亿, billion, 万亿 / trillion
SCALES = [Decimal(s) for s in ("1", "1e3", "1e4", "1e6", "1e8", "1e9", "1e12")]

# A positive true value with up to 9 significant digits, from 1e-3 to about 1e13.
true_values = st.builds(
    lambda m, e: Decimal(m).scaleb(e), st.integers(1, 999_999_999), st.integers(-11, 4)
).filter(lambda d: Decimal("1e-3") <= d <= Decimal("1e13"))
digits = st.integers(1, 6)
modes = st.sampled_from([ROUND_HALF_UP, ROUND_HALF_EVEN])


def round_sig(true: Decimal | Fraction, k: int, mode: str = ROUND_HALF_UP) -> tuple[Decimal, Decimal]:
    """(written value, its precision) for `true` rounded to k significant digits."""
    with localcontext() as ctx:
        ctx.prec = 60
        d = true if isinstance(true, Decimal) else Decimal(true.numerator) / Decimal(true.denominator)
        step = Decimal(1).scaleb(d.adjusted() - k + 1)
        return d.quantize(step, rounding=mode), step


def round_scale(
    true: Decimal, scale: Decimal, places: int, mode: str = ROUND_HALF_UP
) -> tuple[Decimal, Decimal]:
    """(value, precision) for `true` written as e.g. "12.87 million": `places` decimals of `scale`."""
    step = Decimal(1).scaleb(-places)
    with localcontext() as ctx:
        ctx.prec = 60
        written = (true / scale).quantize(step, rounding=mode)
        return written * scale, step * scale


def natural(value: Decimal, precision: Decimal) -> Interval:
    return stated_bands(value, precision).natural


# --- rounding intervals ----------------------------------------------------------------------------


@given(true_values, digits, modes)
def test_rounded_to_significant_digits_contains_the_truth(true: Decimal, k: int, mode: str) -> None:
    value, step = round_sig(true, k, mode)
    assert stated_bands(value, step).natural.contains(true)


@given(true_values, st.sampled_from(SCALES), st.integers(0, 3), modes)
def test_rounded_to_a_scale_contains_the_truth(true: Decimal, scale: Decimal, places: int, mode: str) -> None:
    value, step = round_scale(true, scale, places, mode)
    assume(value > 0)
    assert stated_bands(value, step).natural.contains(true)


@given(true_values, digits)
def test_truncated_figure_is_within_the_loose_band(true: Decimal, k: int) -> None:
    value, step = round_sig(true, k, ROUND_DOWN)
    assert stated_bands(value, step).loose.contains(true)


@given(true_values, digits, st.integers(1, 4))
def test_rounded_again_and_again_is_within_the_loose_band(true: Decimal, k: int, extra: int) -> None:
    """A figure rounded to more digits, then rounded again one digit at a time ("12.46 -> 12.5 -> 13")."""
    value, step = round_sig(true, k + extra)
    for n in range(k + extra - 1, k - 1, -1):
        value, step = round_sig(value, n)
    assume(value.adjusted() == true.adjusted())  # (a carry to a new digit changes what k digits mean)
    assert stated_bands(value, step).loose.contains(true)


@given(st.integers(1, 10**6), st.integers(-3, 3), st.fractions(0, 10))
def test_a_figure_above_the_truth_by_more_than_repeated_rounding_is_not_loose(m: int, e: int, over: Fraction
                                                                             ) -> None:
    """"three times" is never 2.32 times: a plain figure more than 5/9 of a step above the truth is neither
    rounded (however often) nor truncated from it."""
    value, step = Decimal(m).scaleb(e), Decimal(1).scaleb(e)
    truth = Fraction(value) - Fraction(step) * (Fraction(5, 9) + over + Fraction(1, 10**6))
    assert not stated_bands(value, step).loose.contains(truth)
    assert stated_bands(value, step).loose.contains(Fraction(value) + Fraction(step) * Fraction(99, 100))


@given(st.integers(1, 10**6), st.integers(-3, 3), st.sampled_from([Hedge.ABOUT, Hedge.NEARLY]))
def test_a_hedge_reaches_few_of_a_fine_figures_steps(m: int, e: int, hedge: Hedge) -> None:
    """"about 9.3" reaches no more than five tenths naturally, ten loosely; never less than the rounding."""
    value, step = Decimal(m).scaleb(e), Decimal(1).scaleb(e)
    bands = stated_bands(value, step, hedge)
    v, p = Fraction(value), Fraction(step)
    assert bands.natural.low is not None and bands.loose.low is not None
    assert v - 5 * p <= bands.natural.low <= v - min(p / 2, v * Fraction(1, 10)) or hedge is Hedge.NEARLY
    assert v - 10 * p <= bands.loose.low
    assert bands.loose.contains(bands.natural.low)


# --- consistent figures never contradict -------------------------------------------------------------

parts_and_wholes = st.tuples(true_values, true_values).map(sorted)


@given(parts_and_wholes, digits, digits, digits)
def test_consistent_share_is_verified(pw: list[Decimal], kp: int, kw: int, ks: int) -> None:
    part, whole = pw
    part_r, whole_r = round_sig(part, kp), round_sig(whole, kw)
    share_r = round_sig(Fraction(part) / Fraction(whole) * 100, ks)
    computed = share_interval(natural(*part_r), natural(*whole_r))
    assert judge(stated_bands(*share_r), computed) is Verdict.VERIFIED


@given(true_values, true_values, digits, digits, digits)
def test_consistent_change_is_verified(base: Decimal, current: Decimal, kb: int, kc: int, ks: int) -> None:
    assume(base != current)
    change = (Fraction(current) / Fraction(base) - 1) * 100
    value, step = round_sig(abs(change), ks)
    signed = value if change > 0 else -value
    computed = percent_change_interval(natural(*round_sig(base, kb)), natural(*round_sig(current, kc)))
    assert judge(stated_bands(signed, step), computed) is Verdict.VERIFIED


@given(true_values, true_values, digits, digits, digits)
def test_consistent_change_with_its_amount_is_verified(base: Decimal, current: Decimal, kd: int, kc: int,
                                                      ks: int) -> None:
    """"up D, or X%, to C": the base C - D gives X back, however each figure was rounded."""
    assume(base != current)
    delta = current - base
    change = (Fraction(current) / Fraction(base) - 1) * 100
    value, step = round_sig(abs(change), ks)
    d_value, d_step = round_sig(abs(delta), kd)
    sign = 1 if delta > 0 else -1
    computed = change_on_current_interval(natural(*round_sig(current, kc)), natural(d_value, d_step).scale(sign))
    assert judge(stated_bands(value * sign, step), computed) is Verdict.VERIFIED


@given(true_values, true_values, digits, digits, digits)
def test_consistent_multiple_is_verified(base: Decimal, current: Decimal, kb: int, kc: int, km: int) -> None:
    multiple = round_sig(Fraction(current) / Fraction(base), km)
    computed = ratio_interval(natural(*round_sig(base, kb)), natural(*round_sig(current, kc)))
    assert judge(stated_bands(*multiple), computed) is Verdict.VERIFIED


@given(true_values, true_values, st.integers(1, 12), digits, digits, st.integers(2, 5))
def test_consistent_cagr_never_contradicts(base: Decimal, current: Decimal, years: int, kb: int, kc: int,
                                           kr: int) -> None:
    with localcontext() as ctx:
        ctx.prec = 50
        rate = ((current / base) ** (Decimal(1) / years) - 1) * 100
    assume(rate != 0)
    value, step = round_sig(abs(rate), kr)
    stated = stated_bands(value if rate > 0 else -value, step)
    computed = cagr_interval(natural(*round_sig(base, kb)), natural(*round_sig(current, kc)), years)
    assert judge(stated, computed) is not Verdict.CONTRADICTION


# --- through the engine ---------------------------------------------------------------------------------


def run_engine(claims: list[dict[str, Any]], relations: list[dict[str, Any]]) -> Report:
    """The rules over an in-memory claim set, as `check` runs them on a claim file."""
    data = ClaimFile.model_validate({"article": "mem.txt", "claims": claims, "relations": relations})
    text = " | ".join(c.text for c in data.claims)
    anchors = {c.id: Span(start=text.index(c.text), end=text.index(c.text) + len(c.text))
               for c in data.claims}
    claimset = ClaimSet(Document("mem.txt", text, "en"), {c.id: c for c in data.claims}, list(data.relations),
                        "mem.yaml", "mem", dict(anchors))
    report = Report()
    evaluate([claimset], [], Options(), report)
    return report.finalize()


def claim(cid: str, value: Decimal, precision: Decimal, unit: str) -> dict[str, Any]:
    return {"id": cid, "text": f"<{cid}={value}>", "value": value, "precision": precision, "unit": unit}


@given(parts_and_wholes, digits, digits, digits)
def test_engine_raises_no_error_for_a_consistent_share(pw: list[Decimal], kp: int, kw: int, ks: int) -> None:
    part, whole = pw
    share = round_sig(Fraction(part) / Fraction(whole) * 100, ks)
    report = run_engine(
        [claim("part", *round_sig(part, kp), "vehicle"), claim("whole", *round_sig(whole, kw), "vehicle"),
         claim("share", *share, "percent")],
        [{"kind": "share", "share": "share", "part": "part", "whole": "whole"}],
    )
    assert [f.message for f in report.findings if f.severity.value != "info"] == []
    assert [c.status for c in report.checks] == ["pass"]


@given(true_values, true_values, digits, digits, digits)
def test_engine_raises_no_error_for_a_consistent_change(base: Decimal, current: Decimal, kb: int, kc: int,
                                                        ks: int) -> None:
    assume(base != current)
    change = (Fraction(current) / Fraction(base) - 1) * 100
    report = run_engine(
        [claim("base", *round_sig(base, kb), "vehicle"), claim("current", *round_sig(current, kc), "vehicle"),
         claim("change", *round_sig(abs(change), ks), "percent")],
        [{"kind": "change", "change": "change", "base": "base", "current": "current",
          "direction": "up" if change > 0 else "down"}],
    )
    errors = [f for f in report.findings if f.severity.value == "error"]
    assert errors == []
    assert {c.rule: c.status for c in report.checks}.get("NR102", "pass") == "pass"


# --- a share moved past its band is always caught ------------------------------------------------------


@given(parts_and_wholes, digits, digits, st.integers(1, 4), st.integers(1, 50), st.booleans())
def test_share_pushed_past_its_band_contradicts(pw: list[Decimal], kp: int, kw: int, places: int, steps: int,
                                               above: bool) -> None:
    part, whole = pw
    part_r, whole_r = round_sig(part, kp), round_sig(whole, kw)
    computed = share_interval(natural(*part_r), natural(*whole_r))
    assert computed.low is not None and computed.high is not None
    step = Decimal(1).scaleb(-places)
    # a grid value more than one step (the plain loose band) beyond the computed interval
    edge = computed.high if above else computed.low
    with localcontext() as ctx:
        ctx.prec = 60
        grid = (Decimal(edge.numerator) / Decimal(edge.denominator)).quantize(step, rounding=ROUND_DOWN)
    stated = grid + step * (steps + 2) if above else grid - step * (steps + 2)
    assume(stated > 0)
    assert judge(stated_bands(stated, step), computed) is Verdict.CONTRADICTION
    report = run_engine(
        [claim("part", *part_r, "vehicle"), claim("whole", *whole_r, "vehicle"),
         claim("share", stated, step, "percent")],
        [{"kind": "share", "share": "share", "part": "part", "whole": "whole"}],
    )
    assert [(f.rule, f.severity.value) for f in report.findings if f.rule == "NR101"] == [("NR101", "error")]


# --- hedges: wider never worse --------------------------------------------------------------------------

hedges = st.sampled_from([None, *Hedge])
stated_numbers = st.builds(lambda m, e: Decimal(m).scaleb(e), st.integers(-10**6, 10**6), st.integers(-3, 3))
precisions = st.integers(-3, 3).map(lambda e: Decimal(1).scaleb(e))
intervals = st.builds(lambda low, width: Interval(low, low + width),
                      st.fractions(-10**7, 10**7), st.fractions(0, 10**6))
widen_factors = st.fractions(1, 20)


@given(stated_numbers, precisions, hedges, intervals, widen_factors)
def test_widening_a_hedge_never_worsens_a_verdict(value: Decimal, precision: Decimal, hedge: Hedge | None,
                                                  computed: Interval, k: Fraction) -> None:
    before = judge(stated_bands(value, precision, hedge), computed)
    after = judge(stated_bands(value, precision, hedge, tolerance=Tolerance().widened(k)), computed)
    assert WORSE[after] <= WORSE[before]


@given(stated_numbers, precisions, intervals)
def test_adding_about_never_worsens_a_verdict(value: Decimal, precision: Decimal, computed: Interval) -> None:
    plain = judge(stated_bands(value, precision), computed)
    about = judge(stated_bands(value, precision, Hedge.ABOUT), computed)
    assert WORSE[about] <= WORSE[plain]


# --- scale never matters ----------------------------------------------------------------------------------

operands = st.tuples(true_values, digits).map(lambda t: round_sig(*t))
scale_shifts = st.sampled_from([3, 4, 6, 8, -3, -4])  # thousands <-> millions, 万 <-> 亿, ...


def scaled(op: tuple[Decimal, Decimal], k: int) -> Interval:
    return natural(op[0].scaleb(k), op[1].scaleb(k))


@given(operands, operands, st.tuples(st.integers(1, 99_999), st.integers(-3, 0)), hedges, scale_shifts)
def test_scale_does_not_change_share_change_or_multiple_verdicts(
    a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal], s: tuple[int, int], hedge: Hedge | None, k: int
) -> None:
    stated: Bands = stated_bands(Decimal(s[0]).scaleb(s[1]), Decimal(1).scaleb(s[1]), hedge)
    for derive in (share_interval, percent_change_interval, ratio_interval):
        original = judge(stated, derive(scaled(a, 0), scaled(b, 0)))
        assert judge(stated, derive(scaled(a, k), scaled(b, k))) is original
    original = judge(stated, cagr_interval(scaled(a, 0), scaled(b, 0), 5))
    assert judge(stated, cagr_interval(scaled(a, k), scaled(b, k), 5)) is original


# --- the profiles themselves ------------------------------------------------------------------------------


def test_profile_is_ci_by_default_and_conftest_reloads_harmlessly() -> None:
    import os
    import runpy
    from pathlib import Path

    from hypothesis import settings

    runpy.run_path(str(Path(__file__).with_name("conftest.py")))  # a second import must not fail
    assert settings.get_profile("ci").max_examples == 60
    assert settings.get_profile("dev").max_examples == 1000
    expected = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci")).max_examples
    assert settings.default.max_examples == expected
