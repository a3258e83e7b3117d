"""Words that are a number, a unit or a percentage only in one construction: "percent of 10", the zh unit
words that begin with a scale character (千瓦时, 兆瓦), the vi fractions "X phần Y", vi "năm" (five or year),
and en "units" (a count of whatever the text names)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.document import document_from_text
from validator.extract import extract, skipped_numbers

D = Decimal


def claims(text: str, lang: str) -> list[tuple[str, Decimal, str]]:
    return [(c.text, c.value, c.unit) for c in extract(text, lang)]


# --- "percent of N" -------------------------------------------------------------------------------


def test_percent_of_a_number_that_closes_the_phrase_is_that_percentage() -> None:
    assert claims("percent of 10", "en") == [("percent of 10", D(10), "percent")]
    assert claims("percents of twenty", "en") == [("percents of twenty", D(20), "percent")]
    assert claims("per cent of twenty-two", "en") == [("per cent of twenty-two", D(22), "percent")]
    assert claims("The rate was per cent of 210.", "en") == [("per cent of 210", D(210), "percent")]


def test_percent_of_a_number_that_qualifies_a_noun_is_no_percentage() -> None:
    assert claims("The percent of 10-year-olds who read rose.", "en") == [("10-year", D(10), "year")]
    assert claims("the percent of ten-year-olds", "en") == [("ten-year", D(10), "year")]
    assert claims("the percent of 10 members who voted", "en") == [("10", D(10), "item")]
    assert claims("the percent of 10 people asked", "en") == [("10 people", D(10), "person")]
    assert claims("the percent of 10% rose", "en") == [("10%", D(10), "percent")]


def test_percent_of_a_year_or_an_amount_is_no_percentage() -> None:
    assert claims("the percent of 2024.", "en") == []
    assert claims("a percent of $10.", "en") == [("$10", D(10), "USD")]


def test_a_number_before_the_percent_word_is_the_percentage() -> None:
    assert claims("Sales rose 5 per cent of 10.", "en") == [("5 per cent", D(5), "percent"), ("10", D(10), "item")]
    assert claims("twenty percent of 10 people", "en") == [
        ("twenty percent", D(20), "percent"), ("10 people", D(10), "person")]


NOUNS = ["members", "people", "companies", "countries", "cars", "-year-olds", "-day", " years", " units"]


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=1, max_value=999), noun=st.sampled_from(NOUNS),
       lead=st.sampled_from(["The", "the", "Only the", "It is the"]))
def test_percent_of_n_before_a_noun_is_never_a_percentage(n: int, noun: str, lead: str) -> None:
    sep = "" if noun[0] in " -" else " "
    found = extract(f"{lead} percent of {n}{sep}{noun} fell.", "en")
    assert [c.unit for c in found if c.unit == "percent"] == []
    assert [c.value for c in found] == [D(n)]


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=1, max_value=999), word=st.sampled_from(["percent", "per cent", "percents"]),
       end=st.sampled_from([".", ",", ";", "", "!", ")"]))
def test_percent_of_n_closing_its_phrase_is_n_percent(n: int, word: str, end: str) -> None:
    found = extract(f"({word} of {n}{end}", "en")
    assert [(c.value, c.unit) for c in found] == [(D(n), "percent")]


@settings(max_examples=40, deadline=None)
@given(before=st.integers(min_value=1, max_value=99), n=st.integers(min_value=1, max_value=999))
def test_percent_of_n_after_a_number_keeps_the_number_before_as_the_percentage(before: int, n: int) -> None:
    found = extract(f"It rose {before} percent of {n}.", "en")
    assert [(c.value, c.unit) for c in found] == [(D(before), "percent"), (D(n), "item")]


def skipped(text: str, lang: str) -> list[tuple[str, str]]:
    return [(k.text, k.reason) for k in skipped_numbers(document_from_text(text, language=lang))]


# --- zh unit words that begin with a scale character --------------------------------------------


def test_zh_kilo_and_mega_unit_words_are_units_not_scales() -> None:
    assert claims("全年发电量5088亿千瓦时，同比增长3%。", "zh") == [
        ("5088亿千瓦时", D(508800000000), "kWh"), ("3%", D(3), "percent")]
    assert claims("装机容量达1.2万千瓦", "zh") == [("1.2万千瓦", D(12000), "kW")]
    assert claims("三千万千瓦", "zh") == [("三千万千瓦", D(30000000), "kW")]
    assert claims("产量3亿千克", "zh") == [("3亿千克", D(300000000), "kg")]
    assert claims("全长120千米", "zh") == [("120千米", D(120), "km")]
    assert claims("重50千克", "zh") == [("50千克", D(50), "kg")]
    assert claims("新增装机100兆瓦", "zh") == [("100兆瓦", D(100), "MW")]
    assert claims("500千伏线路", "zh") == [("500千伏", D(500), "kV")]


def test_zh_a_scale_character_before_other_words_is_still_a_scale() -> None:
    assert claims("投资5千亿元", "zh") == [("5千亿元", D(500000000000), "CNY")]
    assert claims("销量3千辆", "zh") == [("3千辆", D(3000), "vehicle")]
    assert claims("规模达2兆元", "zh") == [("2兆元", D(2000000000000), "CNY")]


@settings(max_examples=60, deadline=None)
@given(n=st.integers(min_value=1, max_value=9999), scale=st.sampled_from([("", 1), ("万", 10**4), ("亿", 10**8)]),
       unit=st.sampled_from([("千瓦时", "kWh"), ("千瓦", "kW"), ("千克", "kg"), ("千米", "km"), ("兆瓦", "MW")]))
def test_zh_a_number_with_its_scale_before_a_kilo_unit_keeps_both(n: int, scale: tuple[str, int],
                                                                  unit: tuple[str, str]) -> None:
    text = f"{n}{scale[0]}{unit[0]}"
    assert claims(f"规模为{text}。", "zh") == [(text, D(n * scale[1]), unit[1])]


# --- vi fractions "X phần Y" and "năm" (five, or the year) ------------------------------------------


def test_vi_fractions_with_tu_and_nam_as_denominators() -> None:
    assert claims("ba phần tư dân số", "vi") == [("ba phần tư", D(3) / D(4), "times")]
    assert claims("chiếm khoảng một phần tư thị phần", "vi") == [("khoảng một phần tư", D(1) / D(4), "times")]
    assert claims("một phần ba số doanh nghiệp", "vi") == [("một phần ba", D(1) / D(3), "times")]
    assert claims("hai phần năm", "vi") == [("hai phần năm", D(2) / D(5), "times")]


def test_vi_tu_is_four_only_as_a_place_or_a_denominator() -> None:
    assert claims("hai nghìn tư", "vi") == [("hai nghìn tư", D(2400), "item")]
    assert claims("khu vực tư nhân tăng trưởng", "vi") == []
    assert claims("ngày thứ tư", "vi") == []


def test_vi_nam_after_phan_before_a_named_year_is_the_year() -> None:
    assert claims("một phần năm 2024", "vi") == []
    assert [c[1] for c in claims("hai phần năm nay", "vi")] != [D(2) / D(5)]


def test_vi_nam_is_five_where_a_count_is_meant() -> None:
    assert claims("dự án chia làm năm giai đoạn", "vi") == [("năm giai đoạn", D(5), "item")]
    assert claims("năm giai đoạn phát triển", "vi") == [("năm giai đoạn", D(5), "item")]
    assert claims("cả năm người đều đồng ý", "vi") == [("năm người", D(5), "person")]
    assert claims("trong năm năm tới", "vi") == [("năm năm", D(5), "year")]
    assert claims("hàng năm trăm người", "vi") == [("năm trăm người", D(500), "person")]
    assert claims("kế hoạch năm năm 2021-2025", "vi") == [("năm năm", D(5), "year")]


def test_vi_nam_is_the_year_after_a_word_that_takes_the_noun() -> None:
    assert claims("Quanh năm ngày tháng làm không hết việc", "vi") == []
    assert claims("cuối năm người dân đổ xô mua sắm", "vi") == []
    assert claims("hằng năm doanh nghiệp phải báo cáo", "vi") == []
    assert claims("mỗi năm người lao động được nghỉ", "vi") == []
    assert claims("những năm tháng ấy", "vi") == []
    assert skipped("cuối năm người dân", "vi") == [("năm", "word")]


def test_vi_nam_before_a_numbered_period_is_the_year() -> None:
    assert [c for c in claims("kế hoạch đầu tư công năm giai đoạn 2021-2025", "vi") if c[1] == 5] == []


@settings(max_examples=60, deadline=None)
@given(lead=st.sampled_from(["quanh", "hằng", "hàng", "cuối", "đầu", "giữa", "mỗi", "những", "nhiều"]),
       noun=st.sampled_from(["người", "ngày", "tháng", "doanh nghiệp", "công ty", "giai đoạn", "hộ"]))
def test_vi_nam_after_a_year_word_never_counts_the_noun_after_it(lead: str, noun: str) -> None:
    assert claims(f"Theo thống kê, {lead} năm {noun} tăng mạnh.", "vi") == []


@settings(max_examples=60, deadline=None)
@given(lead=st.sampled_from(["có", "chia làm", "gồm", "trải qua", "cả"]),
       noun=st.sampled_from([("người", "person"), ("doanh nghiệp", "company"), ("quốc gia", "country"),
                             ("năm", "year"), ("tháng", "month")]))
def test_vi_nam_before_a_count_noun_after_a_verb_is_five(lead: str, noun: tuple[str, str]) -> None:
    assert claims(f"Dự án {lead} năm {noun[0]} mới.", "vi") == [(f"năm {noun[0]}", D(5), noun[1])]


# --- en "units": a count of whatever its sentence names -----------------------------------------------


def test_en_units_is_no_vehicle_of_its_own() -> None:
    assert claims("The company sold 500 units.", "en") == [("500 units", D(500), "item")]
    assert claims("Builders finished 1,200 housing units.", "en") == [("1,200", D(1200), "item")]
    assert claims("Cars sold well. The firm shipped 500 units.", "en") == [("500 units", D(500), "item")]


def test_en_units_counts_the_vehicles_its_sentence_names() -> None:
    found = claims("China's passenger vehicle exports rose 21.4% in September to 524,000 units.", "en")
    assert found[-1] == ("524,000 units", D(524000), "vehicle")
    assert claims("Hybrids sold more than 80,000 units.", "en")[-1] == (
        "more than 80,000 units", D(80000), "vehicle")


@settings(max_examples=40, deadline=None)
@given(n=st.integers(min_value=2, max_value=999999), what=st.sampled_from(["phones", "homes", "tickets", "chips"]))
def test_en_units_of_other_things_are_never_vehicles(n: int, what: str) -> None:
    found = extract(f"Sales of {what} reached {n:,} units.", "en")
    assert [(c.value, c.unit) for c in found] == [(D(n), "item")]


VI_DIGITS = {1: "một", 2: "hai", 3: "ba", 4: "bốn", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín"}


@settings(max_examples=60, deadline=None)
@given(num=st.integers(min_value=1, max_value=8), den=st.integers(min_value=2, max_value=9),
       four=st.sampled_from(["bốn", "tư"]))
def test_vi_x_phan_y_is_the_fraction_x_over_y(num: int, den: int, four: str) -> None:
    # "tư" is four as a denominator only ("ba phần tư"); the numerator four is "bốn" ("bốn phần năm")
    text = f"{VI_DIGITS[num]} phần {({**VI_DIGITS, 4: four})[den]}"
    assert claims(f"Doanh thu chiếm {text} tổng số.", "vi") == [(text, D(num) / D(den), "times")]
