"""Numeral grammar that the corpora benchmark brought up: ranges with the unit written once, ± intervals,
vulgar fractions, vague quantities, compound money, full-width digit groups."""

from __future__ import annotations

from decimal import Decimal

from validator.extract.numerals import Mention, find_numbers

D = Decimal


def one(text: str, lang: str) -> Mention:
    found = find_numbers(text, lang)
    assert len(found) == 1, found
    return found[0]


# --- ranges ----------------------------------------------------------------------------------


def test_en_suspended_hyphen_range_takes_the_unit_of_its_last_end() -> None:
    m = one("a conceptualized 8- to 16-meter mirror", "en")
    assert (m.text, m.value, m.high, m.unit) == ("8- to 16-meter", D(8), D(16), "m")
    m = one("a 10- to 15-year loan", "en")
    assert (m.text, m.value, m.high, m.unit) == ("10- to 15-year", D(10), D(15), "year")


def test_en_suspended_hyphen_after_a_change_is_still_a_change() -> None:
    assert [m.text for m in find_numbers("sales rose from 8- to 16-fold", "en")] == ["8", "16-fold"]


def test_range_below_zero_may_start_at_the_warmer_end() -> None:
    m = one("temperatures ranged from -18 °C to -34 °C", "en")
    assert (m.text, m.value, m.high, m.unit) == ("-18 °C to -34 °C", D(-34), D(-18), "celsius")


def test_a_fall_below_zero_is_two_figures_not_a_range() -> None:
    assert [m.value for m in find_numbers("it fell from -3% to -5%", "en")] == [D(-3), D(-5)]
