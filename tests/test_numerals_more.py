"""Numeral grammar that the corpora benchmark brought up: ranges with the unit written once, ± intervals,
vulgar fractions, vague quantities, compound money, full-width digit groups."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import validator.extract as vx
from validator.extract.numerals import Mention, find_numbers, parse_number
from validator.intervals import Interval, rounding_interval

D = Decimal


def one(text: str, lang: str) -> Mention:
    found = find_numbers(text, lang)
    assert len(found) == 1, found
    return found[0]


def both_ends(text: str, lang: str) -> tuple[Mention, Mention]:
    """A range: two mentions, the low end carrying ``high``."""
    found = find_numbers(text, lang)
    assert len(found) == 2, found
    low, top = found if found[0].range_end == "low" else found[::-1]
    assert (low.range_end, top.range_end, top.high) == ("low", "high", None), found
    assert low.high == top.value
    return low, top


# --- ranges ----------------------------------------------------------------------------------


def test_en_suspended_hyphen_range_takes_the_unit_of_its_last_end() -> None:
    m, top = both_ends("a conceptualized 8- to 16-meter mirror", "en")
    assert (m.text, m.value, m.high, m.unit, top.text) == ("8", D(8), D(16), "m", "16-meter")
    m, top = both_ends("a 10- to 15-year loan", "en")
    assert (m.text, m.value, m.high, m.unit, top.unit) == ("10", D(10), D(15), "year", "year")


def test_en_suspended_hyphen_after_a_change_is_still_a_change() -> None:
    assert [m.text for m in find_numbers("sales rose from 8- to 16-fold", "en")] == ["8", "16-fold"]


def test_range_below_zero_may_start_at_the_warmer_end() -> None:
    found = find_numbers("temperatures ranged from -18 °C to -34 °C", "en")
    assert [(m.text, m.value, m.high, m.range_end) for m in found] == [
        ("-18 °C", D(-18), None, "high"), ("-34 °C", D(-34), D(-18), "low")]


def test_a_fall_below_zero_is_two_figures_not_a_range() -> None:
    assert [m.value for m in find_numbers("it fell from -3% to -5%", "en")] == [D(-3), D(-5)]


# --- stated intervals ------------------------------------------------------------------------


def test_plus_minus_states_the_interval_as_precision() -> None:
    m = one("an acceleration of 9.83e-3 +/- 1e-5 km/s2", "en")
    assert (m.text, m.value, m.precision, m.unit) == ("9.83e-3 +/- 1e-5 km", D("0.00983"), D("0.00002"), "km")
    m = one("support is 45 ± 3%", "en")
    assert (m.text, m.value, m.precision, m.kind) == ("45 ± 3%", D(45), D(6), "percent")
    assert one("45 plus or minus 3 percent", "en").precision == D(6)
    assert one("tỷ lệ ủng hộ là 45 ± 3%", "vi").precision == D(6)


def test_plus_minus_never_narrows_the_written_precision() -> None:
    assert one("误差为5±0.1%", "zh").precision == D(1)


def test_plus_minus_claim_interval_is_value_plus_or_minus_the_half_width() -> None:
    claim = vx.extract("support is 45 ± 3%", "en")[0]
    q = claim.quantity
    assert rounding_interval(q.value, q.precision) == Interval(Fraction(42), Fraction(48))


# --- vulgar fractions ------------------------------------------------------------------------


def test_fraction_characters_stand_alone() -> None:
    found = find_numbers("There is a ⅓ cup of sauce and ½ tbsp of salt.", "en")
    assert [(m.text, m.value, m.kind) for m in found] == [
        ("a ⅓", D(1) / D(3), "fraction"),
        ("½", D("0.5"), "fraction"),
    ]
    assert one("销量增长了¾", "zh").value == D("0.75")


def test_fraction_character_after_a_whole_number_is_a_mixed_number() -> None:
    m = one("a 2½ million deal", "en")
    assert (m.text, m.value, m.precision) == ("2½ million", D(2500000), D(500000))
    m = one("1 ½ cups of flour", "en")
    assert (m.text, m.value, m.precision) == ("1 ½", D("1.5"), D("0.5"))
    assert (one("2½%", "en").value, one("2⅓ triệu", "vi").value) == (D("2.5"), D(7000000) / D(3))


# --- not amounts -----------------------------------------------------------------------------


def test_vague_quantities_are_not_claims() -> None:
    for text in ("for several hundred years", "a few thousand people", "several hundred thousand people",
                 "many millions of dollars"):
        assert find_numbers(text, "en") == [], text
    for text in ("数千辆汽车", "几百家企业", "销量为数千万辆", "数十家企业"):
        assert find_numbers(text, "zh") == [], text


def test_a_hedged_scale_word_and_a_numeral_with_an_infix_hedge_are_still_claims() -> None:
    assert (one("some hundred people", "en").value, one("some hundred people", "en").hedge) == (D(100), "about")
    m = one("二十几万辆", "zh")
    assert (m.value, m.hedge, m.unit) == (D(200000), "over", "vehicle")


def test_digits_after_a_slash_are_never_a_number_of_their_own() -> None:
    assert find_numbers("The number 1/0 is not a valid value.", "en") == []
    assert find_numbers("1/0", "en") == []
    assert one("1/4 of people", "en").value == D("0.25")


# --- compound money --------------------------------------------------------------------------


def test_zh_compound_money_is_one_amount_in_its_leading_unit() -> None:
    m = one("这个手机壳五元三毛", "zh")
    assert (m.text, m.value, m.precision, m.unit) == ("五元三毛", D("5.3"), D("0.1"), "CNY")
    assert (one("5元3角5分", "zh").value, one("5元3角5分", "zh").precision) == (D("5.35"), D("0.01"))
    assert one("三块零四分", "zh").value == D("3.04")
    assert (one("两角五分", "zh").value, one("两角五分", "zh").unit) == (D("2.5"), "jiao")
    m = one("这台电脑两美元又三美分", "zh")
    assert (m.text, m.value, m.unit) == ("两美元又三美分", D("2.03"), "USD")


def test_zh_compound_money_keeps_hedges_and_ranges() -> None:
    m = one("至少三块四分", "zh")
    assert (m.value, m.hedge) == (D("3.04"), "at_least")
    assert one("五元三毛左右", "zh").hedge == "about"
    m, top = both_ends("五元六角-五元七毛八分", "zh")
    assert (m.value, m.high, m.unit, top.value, top.unit) == (D("5.6"), D("5.78"), "CNY", D("5.78"), "CNY")


def test_zh_compound_money_needs_the_smaller_unit_written() -> None:
    assert [(m.text, m.value, m.unit) for m in find_numbers("五元三分钟后", "zh")] == [
        ("五元", D(5), "CNY"), ("三分钟", D(3), "minute")]
    # a part never grows: "5元3元" is two amounts
    assert [m.value for m in find_numbers("5元，3元", "zh")] == [D(5), D(3)]


def test_zh_spoken_money_may_leave_the_last_unit_off_where_the_digit_ends_the_phrase() -> None:
    assert [(m.text, m.value, m.unit) for m in find_numbers("两毛五", "zh")] == [("两毛五", D("2.5"), "jiao")]
    assert [(m.text, m.value) for m in find_numbers("一块二。", "zh")] == [("一块二", D("1.2"))]
    # "三块五花肉" is three pieces of pork belly: the digit is part of a word
    assert [(m.text, m.value) for m in find_numbers("三块五花肉", "zh")] == [("三块", D(3))]


def test_compound_money_in_english_and_vietnamese() -> None:
    assert [(m.text, m.value, m.unit) for m in find_numbers("it cost $20 and 43 cents", "en")] == [
        ("$20 and 43 cents", D("20.43"), "USD")]
    assert [(m.value, m.unit) for m in find_numbers("3 GBP 1 pence", "en")] == [(D("3.01"), "GBP")]
    assert [(m.value, m.unit) for m in find_numbers("giá 2 đô la và 23 xen", "vi")] == [(D("2.23"), "USD")]
    # no smaller unit named: two figures
    assert [m.value for m in find_numbers("$5 and 3 cars", "en")] == [D(5), D(3)]


# --- full-width digit groups -----------------------------------------------------------------


def test_zh_fullwidth_comma_groups_fullwidth_digits() -> None:
    m = one("销量１，２３４，５６７辆", "zh")
    assert (m.text, m.value, m.unit) == ("１，２３４，５６７辆", D(1234567), "vehicle")
    assert one("百分之９，９９９", "zh").value == D(9999)
    assert parse_number("４，５６５", "zh") == (D(4565), D(1))


def test_zh_fullwidth_comma_after_ascii_digits_is_punctuation() -> None:
    found = find_numbers("选一个，$20，300美圆", "zh")
    assert [(m.text, m.value) for m in found][-2:] == [("$20", D(20)), ("300美圆", D(300))]
    assert [m.value for m in find_numbers("分别为３，５", "zh")] == [D(3), D(5)]


# --- phrases in the lexicon ------------------------------------------------------------------


def test_vi_multiple_phrases_are_read() -> None:
    # "gấp đôi" was never matched: the lexicon's phrases had their spaces escaped out of the pattern
    m = one("doanh số tăng gấp đôi", "vi")
    assert (m.text, m.value, m.kind) == ("gấp đôi", D(2), "multiple")
    assert one("tăng gấp rưỡi so với năm trước", "vi").value == D("1.5")


def test_a_multiple_said_in_words_is_good_to_its_word() -> None:
    # a half in words: good to that half (±0.25), never exact; a whole number in words: to one, as digits;
    # a whole multiple word ("doubled", "gấp đôi", "翻番"): an eighth of its value either side
    for text, lang, value, precision in [
        ("two and a half times the rate", "en", "2.5", "0.5"), ("one and three quarters times", "en", "1.75", "0.25"),
        ("three times the rate", "en", "3", "1"), ("sales doubled", "en", "2", "0.5"),
        ("gấp hai lần rưỡi năm trước", "vi", "2.5", "0.5"), ("tăng 3 lần rưỡi", "vi", "3.5", "0.5"),
        ("tăng gấp rưỡi", "vi", "1.5", "0.5"), ("tăng gấp đôi", "vi", "2", "0.5"), ("gấp 2,5 lần", "vi", "2.5", "0.1"),
        ("是去年的两倍半。", "zh", "2.5", "0.5"), ("是去年的一倍半。", "zh", "1.5", "0.5"),
        ("是去年的2.5倍。", "zh", "2.5", "0.1"),
        ("比去年翻了一番。", "zh", "2", "0.5"),
    ]:
        m = one(text, lang)
        assert (m.kind, m.value, m.precision) == ("multiple", D(value), D(precision)), text
    # the 半 of a word that begins with it is no half
    m = one("两倍半导体产量", "zh")
    assert (m.text, m.value) == ("两倍", D(2))


# --- fractions of a scale word ---------------------------------------------------------------


def test_en_fraction_of_a_scale_word_is_one_amount() -> None:
    for text in ("a quarter million people", "a quarter of a million people"):
        m = one(text, "en")
        assert (m.text, m.value, m.precision, m.unit) == (text, D(250000), D(100000), "person")
    assert one("two thirds of a million", "en").value == D(2000000) / D(3)
    assert one("a half million people", "en").value == D(500000)


def test_fraction_characters_and_half_before_a_scale_are_good_to_one_figure() -> None:
    assert (one("⅓ million", "en").precision, one("half a million", "en").precision) == (D(100000), D(100000))
    assert one("nửa triệu người", "vi").precision == D(100000)


def test_a_fraction_of_something_else_stays_a_fraction() -> None:
    assert [(m.text, m.kind) for m in find_numbers("a third of the market", "en")] == [("a third", "fraction")]
    assert [(m.text, m.kind) for m in find_numbers("two thirds of an hour", "en")] == [("two thirds", "fraction")]
