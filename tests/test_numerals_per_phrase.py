"""An article opening a measure phrase after a figure ("一吨", "một tấn", "a tonne") says "per": it is no
digit of the number (the spoken "一万一" = 11,000 lives inside spelled numerals only), it makes a price per
the good, and a range's scale word and unit, written once, belong to both ends ("175-180万", "12-15 triệu",
"$1.2-1.5 million a tonne")."""

from __future__ import annotations

from decimal import Decimal

from validator.extract import extract

D = Decimal


def claims(text: str, lang: str) -> list[tuple[str, Decimal, Decimal | None, str]]:
    return [(c.text, c.value, c.high, c.unit) for c in extract(text, lang)]


# --- the article after a scale word is no digit ----------------------------------------------------


def test_zh_article_after_arabic_scale_opens_a_per_phrase() -> None:
    got = claims("现在报价110万-115万一吨，年初报价32万一吨，现在报价175-180万一吨。", "zh")
    assert [(v, h) for _, v, h, _ in got] == [
        (D(1100000), D(1150000)), (D(1150000), None), (D(320000), None), (D(1750000), D(1800000)),
        (D(1800000), None)]
    assert not any(u == "tonne" for *_, u in got)  # no figure reads as tonnes, and no "一吨" claim


def test_zh_price_with_currency_then_article_is_per_unit() -> None:
    assert claims("报价约23万元一吨", "zh") == [("约23万元一吨", D(230000), None, "CNY/tonne")]
    assert claims("100元至150元一平方米", "zh") == [("100元", D(100), D(150), "CNY/m2"),
                                                  ("150元一平方米", D(150), None, "CNY/m2")]
    assert claims("1万元一台", "zh") == [("1万元一台", D(10000), None, "CNY/item")]


def test_zh_spelled_shorthand_still_reads() -> None:
    assert claims("报价一万一。", "zh") == [("一万一", D(11000), None, "item")]
    assert claims("二十一吨", "zh") == [("二十一吨", D(21), None, "tonne")]
    assert claims("3万一千人", "zh") == [("3万一千人", D(31000), None, "person")]
    assert claims("1亿两千万元", "zh") == [("1亿两千万元", D(120000000), None, "CNY")]


def test_zh_spelled_scale_then_article_measure_is_per() -> None:
    assert [v for _, v, _, _ in claims("一万一吨", "zh")] == [D(10000)]
    assert [v for _, v, _, _ in claims("十万一斤", "zh")] == [D(100000)]
    assert [v for _, v, _, _ in claims("两万一年", "zh")] == [D(20000)]


def test_zh_article_after_a_count_is_no_per() -> None:
    # "一天一个价": a price a day; the day is not divided by items
    assert [u for *_, u in claims("一天一个价", "zh")] == ["day"]
    # "一个月" is a month, not "一个" an item
    assert [u for *_, u in claims("月薪1万元一个月", "zh")][0] == "CNY"


def test_vi_article_after_scale_is_per() -> None:
    assert claims("Giá 12-15 triệu đồng một tấn.", "vi") == [
        ("12", D(12000000), D(15000000), "VND/tonne"), ("15 triệu đồng một tấn", D(15000000), None, "VND/tonne")]
    assert claims("Giá 12-15 triệu một tấn.", "vi") == [
        ("12", D(12000000), D(15000000), "item"), ("15 triệu", D(15000000), None, "item")]
    assert claims("giá tiền triệu một cân", "vi") == []


def test_vi_spelled_numbers_keep_their_digits() -> None:
    assert claims("hai nghìn tư", "vi") == [("hai nghìn tư", D(2400), None, "item")]
    assert claims("một trăm linh một tấn", "vi") == [("một trăm linh một tấn", D(101), None, "tonne")]


def test_en_article_after_scale_is_no_digit() -> None:
    got = claims("3.255 billion one year earlier", "en")
    assert got[0] == ("3.255 billion", D(3255000000), None, "item")
    assert claims("one hundred one tons", "en") == [("one hundred one tons", D(101), None, "tonne")]


# --- a range's scale and unit, written once -------------------------------------------------------


def test_range_carries_scale_and_per_unit_in_all_three() -> None:
    assert claims("It costs $1.2-1.5 million a tonne.", "en") == [
        ("$1.2", D(1200000), D(1500000), "USD/tonne"), ("1.5 million a tonne", D(1500000), None, "USD/tonne")]
    assert claims("between $80 and $90 a barrel", "en") == [
        ("$80", D(80), D(90), "USD/barrel"), ("$90 a barrel", D(90), None, "USD/barrel")]
    assert claims("từ 12 đến 15 triệu đồng/tấn", "vi")[0] == ("12", D(12000000), D(15000000), "VND/tonne")
    assert claims("投资3至5亿元", "zh")[0] == ("3", D(300000000), D(500000000), "CNY")
    assert claims("每吨175-180万元", "zh")[0] == ("175", D(1750000), D(1800000), "CNY/tonne")


def test_range_of_counts_keeps_its_unit() -> None:
    assert claims("1.2 to 1.5 million people", "en")[0] == ("1.2", D(1200000), D(1500000), "person")
    assert claims("$5-6 million in 2020", "en")[0] == ("$5", D(5000000), D(6000000), "USD")
