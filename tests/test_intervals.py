"""The worked examples of DESIGN.md, as literal assertions on validator.intervals."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from validator.intervals import (
    Hedge,
    Interval,
    Tolerance,
    Verdict,
    cagr_interval,
    difference_interval,
    judge,
    judge_pair,
    more_ratio_interval,
    percent_change_interval,
    ratio_interval,
    rounding_interval,
    share_interval,
    stated_bands,
    sum_interval,
    written_precision,
)


def natural(text: str, hedge: Hedge | None = None) -> Interval:
    value = Decimal(text)
    return stated_bands(value, written_precision(value), hedge).natural


def bounds(i: Interval, places: int = 3) -> tuple[float, float]:
    assert i.low is not None and i.high is not None
    return round(float(i.low), places), round(float(i.high), places)


# --- written precision ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "step"),
    [
        ("12.866", "0.001"),
        ("70.5", "0.1"),
        ("70.50", "0.01"),  # written trailing decimal zeros count
        ("17", "1"),
        ("17e6", "1e6"),
        ("12.866e6", "1e3"),
        ("12.8e3", "1e2"),
        ("100000", "1e5"),  # trailing zeros of an integer do not count
        ("150000", "1e4"),
        ("300e8", "1e10"),  # 300亿: rounded to the hundred 亿
        ("0", "1"),
    ],
)
def test_written_precision(written: str, step: str) -> None:
    assert written_precision(Decimal(written)) == Decimal(step)


def test_rounding_intervals_of_the_seed_figures() -> None:
    assert rounding_interval(Decimal("12.866e6"), 1000) == Interval(Fraction(12865500), Fraction(12866500))
    assert natural("17e6") == Interval(Fraction(16_500_000), Fraction(17_500_000))
    assert natural("70.5") == Interval(Fraction("70.45"), Fraction("70.55"))
    assert rounding_interval(3, 1, high=4) == Interval(Fraction(5, 2), Fraction(9, 2))  # "3-4%"


# --- the share example -------------------------------------------------------------------------------


def test_share_of_rounded_total_interval() -> None:
    share = share_interval(natural("12.866e6"), natural("17e6"))
    assert bounds(share) == (73.517, 77.979)
    assert share.low == Fraction(12_865_500, 17_500_000) * 100
    assert share.high == Fraction(12_866_500, 16_500_000) * 100


def test_stated_share_70_5_contradicts() -> None:
    share = share_interval(natural("12.866e6"), natural("17e6"))
    assert judge(stated_bands(Decimal("70.5"), Decimal("0.1")), share) is Verdict.CONTRADICTION


@pytest.mark.parametrize(("stated", "verdict"), [
    ("75.7", Verdict.VERIFIED),
    ("74", Verdict.VERIFIED),  # 73.5..74.5 meets 73.517
    ("78", Verdict.VERIFIED),  # 77.5..78.5 meets 77.979
    ("73", Verdict.LOOSE),  # 72.5..73.5 misses by 0.017; one full step (72..74) meets
    ("79", Verdict.CONTRADICTION),  # 78..80 starts just above 77.979
    ("72", Verdict.CONTRADICTION),
    ("70.5", Verdict.CONTRADICTION),
])
def test_share_verdicts_near_the_edges(stated: str, verdict: Verdict) -> None:
    share = share_interval(natural("12.866e6"), natural("17e6"))
    value = Decimal(stated)
    assert judge(stated_bands(value, written_precision(value)), share) is verdict


# --- multiples -----------------------------------------------------------------------------------------


def test_thousandfold_ratio_interval_and_verdict() -> None:
    ratio = ratio_interval(natural("12.8e3"), natural("12.866e6"))
    assert bounds(ratio, 1) == (1001.2, 1009.1)
    assert judge(stated_bands(1000, 1000, Hedge.NEARLY), ratio) is Verdict.VERIFIED  # "gần nghìn lần"
    # "nearly" overshoots by no more than a tenth of its written step: "nearly 1,000" (to the unit) is loose
    assert judge(stated_bands(1000, 1, Hedge.NEARLY), ratio) is Verdict.LOOSE
    assert judge(stated_bands(1000, 1), ratio) is Verdict.CONTRADICTION  # plain "1000" is too precise


def test_penetration_sevenfold_is_loose_for_nearly_seven() -> None:
    ratio = ratio_interval(natural("5.4"), natural("40.9"))
    assert bounds(ratio) == (7.495, 7.654)
    assert judge(stated_bands(7, 1, Hedge.NEARLY), ratio) is Verdict.LOOSE
    assert judge(stated_bands(Decimal("7.5"), Decimal("0.1")), ratio) is Verdict.VERIFIED
    assert judge(stated_bands(5, 1, Hedge.NEARLY), ratio) is Verdict.CONTRADICTION


def test_times_more_is_times_as_much_minus_one() -> None:
    base, current = Interval.point(125), Interval.point(375)
    assert ratio_interval(base, current) == Interval.point(3)
    assert more_ratio_interval(base, current) == Interval.point(2)


# --- hedges ----------------------------------------------------------------------------------------------


def test_hedge_bands() -> None:
    # "about 120" (written to the tens) reaches 10%, loosely 20%
    assert stated_bands(120, 10, Hedge.ABOUT).natural == Interval(Fraction(108), Fraction(132))
    assert stated_bands(120, 10, Hedge.ABOUT).loose == Interval(Fraction(96), Fraction(144))
    # …but a figure hedged with more digits given reaches at most 5 steps of its last digit (10 loosely)
    assert stated_bands(100, 1, Hedge.ABOUT).natural == Interval(Fraction(95), Fraction(105))
    assert stated_bands(Decimal("7.54"), Decimal("0.01"), Hedge.ABOUT).natural == Interval(
        Fraction("7.49"), Fraction("7.59"))
    assert stated_bands(Decimal("7.54"), Decimal("0.01"), Hedge.ABOUT).loose == Interval(
        Fraction("7.44"), Fraction("7.64"))
    assert stated_bands(50, 10, Hedge.NEARLY).natural == Interval(Fraction(85, 2), Fraction(51))
    assert stated_bands(100, 100, Hedge.ABOUT).natural == Interval(Fraction(50), Fraction(150))
    # …and on a figure whose written step is as coarse as the hedge ("约八成", "about 80%"), loosely no further
    # than naturally or than repeated rounding: 80 -> 72..90, not 64..96
    assert stated_bands(80, 10, Hedge.ABOUT).natural == Interval(Fraction(72), Fraction(88))
    assert stated_bands(80, 10, Hedge.ABOUT).loose == Interval(Fraction(72), Fraction(90))
    assert stated_bands(40, 1, Hedge.OVER).natural == Interval(Fraction(40), None)
    # a bound reaches only a sliver past itself (2%, at most what rounding first takes off its written step, 5/9 of
    # it): "over 40%" is 39.2% loosely; "超过95%" 94.44% (93.5% is false), "over 38.5%" 38.44%
    assert stated_bands(40, 10, Hedge.OVER).loose == Interval(Fraction("39.2"), None)
    assert stated_bands(95, 1, Hedge.OVER).loose == Interval(95 - Fraction(5, 9), None)
    assert stated_bands(Decimal("38.5"), Decimal("0.1"), Hedge.OVER).loose == Interval(Fraction("38.5") - Fraction(
        5, 90), None)
    assert stated_bands(48, 1, Hedge.UNDER).loose == Interval(None, 48 + Fraction(5, 9))
    assert stated_bands(40, 1, Hedge.AT_LEAST).natural == Interval(Fraction(40), None)
    assert stated_bands(30, 1, Hedge.UNDER).natural == Interval(None, Fraction(30))
    assert stated_bands(30, 1, "under").loose == Interval(None, 30 + Fraction(5, 9))


def test_plain_number_loose_band_is_truncation_or_repeated_rounding() -> None:
    bands = stated_bands(Decimal("12.8"), Decimal("0.1"))
    assert bands.natural == Interval(Fraction("12.75"), Fraction("12.85"))
    # truncated from up to a step above ("12.8" for 12.89); rounded again and again from 5/9 of a step below
    assert bands.loose == Interval(Fraction("12.8") - Fraction(1, 18), Fraction("12.9"))
    assert bands.exact == bands.natural
    assert stated_bands(-2, 1).loose == Interval(Fraction(-3), Fraction(-13, 9))  # toward zero for a negative
    assert stated_bands(0, 1).loose == Interval(Fraction(-1), Fraction(1))


def test_plain_multiple_three_is_not_two_point_three() -> None:
    """"three times the $2.64 billion" for $6.12 billion (2.32x): a contradiction, not a slip."""
    assert judge(stated_bands(3, 1), ratio_interval(natural("2.64"), natural("6.12"))) is Verdict.CONTRADICTION
    assert judge(stated_bands(3, 1), ratio_interval(natural("2.64"), natural("6.5"))) is Verdict.LOOSE


def test_about_a_figure_with_a_tenth_reaches_a_few_tenths() -> None:
    """"khoảng 9,3%/năm" is 9.3 give or take a few tenths: 8.8-9.8 naturally, 8.3-10.3 loosely — the compound
    7.69% is a contradiction; "about 9%" keeps its ten per cent."""
    bands = stated_bands(Decimal("9.3"), Decimal("0.1"), Hedge.ABOUT)
    assert bands.natural == Interval(Fraction("8.8"), Fraction("9.8"))
    assert bands.loose == Interval(Fraction("8.3"), Fraction("10.3"))
    assert judge(bands, Interval(Fraction("7.68"), Fraction("7.70"))) is Verdict.CONTRADICTION
    assert stated_bands(9, 1, Hedge.ABOUT).natural == Interval(Fraction("8.1"), Fraction("9.9"))


def test_widened_tolerance() -> None:
    wide = Tolerance().widened(Fraction(2))
    assert wide.about == Fraction(1, 5)
    assert wide.bound_slack == Fraction(1, 25)
    assert Tolerance().widened(Fraction(10)).nearly_below == 1  # capped: "nearly" never reaches below zero


def test_judge_pair_of_restatements() -> None:
    assert judge_pair(stated_bands(Decimal("12.866"), Decimal("0.001")),
                      stated_bands(Decimal("12.9"), Decimal("0.1"))) is Verdict.VERIFIED
    assert judge_pair(stated_bands(Decimal("12.866"), Decimal("0.001")),
                      stated_bands(Decimal("12.8"), Decimal("0.1"))) is Verdict.LOOSE
    assert judge_pair(stated_bands(Decimal("70.5"), Decimal("0.1")),
                      stated_bands(76, 1)) is Verdict.CONTRADICTION


def test_judge_pair_of_touching_cells() -> None:
    # rounding cells are half-open: "70%" and "80%" to the ten meet only at 75, which rounds to 80
    assert judge_pair(stated_bands(Decimal(70), Decimal(10)), stated_bands(Decimal(80), Decimal(10))) is Verdict.LOOSE
    assert judge_pair(stated_bands(Decimal(96), Decimal(1)), stated_bands(Decimal(97), Decimal(1))) is not \
        Verdict.VERIFIED
    assert judge_pair(stated_bands(Decimal(-2), Decimal(1)), stated_bands(Decimal(-3), Decimal(1))) is not \
        Verdict.VERIFIED
    # an overlap, however thin, or the touching end itself stated exactly, still holds
    assert judge_pair(stated_bands(Decimal(75), Decimal(1)), stated_bands(Decimal(80), Decimal(10))) is Verdict.VERIFIED
    assert judge_pair(stated_bands(Decimal(75), Decimal(0)), stated_bands(Decimal(80), Decimal(10))) is Verdict.VERIFIED
    assert judge_pair(stated_bands(Decimal("12.85"), Decimal("0.01")),
                      stated_bands(Decimal("12.9"), Decimal("0.1"))) is Verdict.VERIFIED
    # a hedged figure's reading stays closed: "about 80%" reaches 72
    assert judge_pair(stated_bands(Decimal(70), Decimal(10)),
                      stated_bands(Decimal(80), Decimal(10), "about")) is Verdict.VERIFIED


# --- interval arithmetic -----------------------------------------------------------------------------


def test_division_by_an_interval_containing_zero_is_unbounded() -> None:
    assert Interval.point(5) / Interval(Fraction(-1), Fraction(1)) == Interval(None, None)
    assert Interval.point(5) / Interval(Fraction(0), Fraction(1)) == Interval(None, None)
    assert share_interval(Interval.point(5), Interval(Fraction(0), Fraction(2))) == Interval(None, None)


def test_division_by_negative_interval() -> None:
    assert Interval.point(6) / Interval(Fraction(-3), Fraction(-2)) == Interval(Fraction(-3), Fraction(-2))


def test_unbounded_interval_meets_everything_it_overlaps() -> None:
    assert Interval(None, None).meets(Interval.point(7))
    assert Interval(Fraction(40), None).meets(Interval(Fraction(30), Fraction(40)))
    assert not Interval(Fraction(40), None).meets(Interval(Fraction(30), Fraction(39)))


def test_percent_change_and_difference() -> None:
    base, current = Interval.point(Decimal("9.495e6")), Interval.point(Decimal("12.866e6"))
    change = percent_change_interval(base, current)
    assert bounds(change, 2) == (35.50, 35.50)
    assert difference_interval(Interval.point(35), Interval.point(40)) == Interval.point(5)
    parts = [Interval.point(1), Interval(Fraction(2), Fraction(3))]
    assert sum_interval(parts) == Interval(Fraction(3), Fraction(4))


def test_cagr_of_the_forecast() -> None:
    rate = cagr_interval(Interval.point(Decimal("1.28e12")), Interval.point(Decimal("2e12")), 5)
    assert rate.low is not None and rate.high is not None
    assert float(rate.low) == pytest.approx(9.336207, abs=1e-6)  # (2 / 1.28) ** (1/5) - 1
    assert rate.low <= rate.high and float(rate.high - rate.low) < 1e-20  # outward rounding, still tight


def test_cagr_with_rounded_operands_and_degenerate_years() -> None:
    rate = cagr_interval(natural("1.28e12"), natural("2e12"), 5)
    assert bounds(rate, 2) == (3.14, 14.42)
    assert cagr_interval(Interval.point(1), Interval.point(2), 0) == Interval(None, None)
    exact = cagr_interval(Interval.point(100), Interval.point(121), 2)  # 10% a year, rounded outward
    assert exact.contains(10) and not exact.contains(Fraction(1001, 100))
    assert bounds(exact, 12) == (10.0, 10.0)
