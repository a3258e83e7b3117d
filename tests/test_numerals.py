"""Numeral extraction on the seed sentences, the not-claims list and each hedge kind."""

from __future__ import annotations

from decimal import Decimal

import pytest

from validator.extract.numerals import Mention, find_numbers, format_number, parse_number

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


# --- Vietnamese seed -------------------------------------------------------------------------


def test_vi_decimal_comma_with_scale_and_vehicle_unit() -> None:
    m = one("doanh số ô tô đạt 12,866 triệu chiếc năm nay", "vi")  # chiếc counts the vehicles named
    assert (m.text, m.value, m.precision, m.unit, m.kind) == (
        "12,866 triệu chiếc",
        D(12866000),
        D(1000),
        "vehicle",
        "number",
    )
    assert (m.num_start, m.num_end) == (18, 30) and m.scale_word == "triệu"


def test_vi_percent_with_decimal_comma() -> None:
    m = one("chiếm 70,5% thị trường", "vi")
    assert (m.text, m.value, m.precision, m.kind, m.unit) == (
        "70,5%",
        D("70.5"),
        D("0.1"),
        "percent",
        "percent",
    )


def test_vi_thousands_scale() -> None:
    m = one("xe điện chỉ là 12,8 nghìn chiếc", "vi")
    assert (m.value, m.precision, m.unit) == (D(12800), D(100), "vehicle")


def test_vi_nearly_seven_times_as_much() -> None:
    m = one("tăng gần gấp bảy lần", "vi")
    assert (m.text, m.value, m.kind, m.hedge, m.reading, m.unit) == (
        "gần gấp bảy lần",
        D(7),
        "multiple",
        "nearly",
        "as_much",
        "times",
    )


def test_vi_nearly_a_thousand_times() -> None:
    m = one("con số này đã tăng gần nghìn lần.", "vi")
    assert (m.text, m.value, m.kind, m.hedge) == ("gần nghìn lần", D(1000), "multiple", "nearly")


def test_vi_over_six_hundred_thousand() -> None:
    m = one("xuất khẩu xe đạt hơn 600 ngàn chiếc vào năm 2025", "vi")
    assert (m.text, m.value, m.precision, m.hedge, m.unit) == (
        "hơn 600 ngàn chiếc",
        D(600000),
        D(100000),
        "over",
        "vehicle",
    )


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("100.000 chiếc", 100000, 100000),
        ("150.000 chiếc", 150000, 10000),
        ("43.188 chiếc", 43188, 1),
        ("1,1 chiếc", "1.1", "0.1"),
    ],
)
def test_vi_dot_groups_thousands(text: str, value: object, precision: object) -> None:
    m = one(text, "vi")
    assert (m.value, m.precision) == (D(str(value)), D(str(precision)))


def test_vi_spelled_counts_before_count_nouns() -> None:
    assert [(m.value, m.unit) for m in find_numbers("có ba yếu tố và bốn giai đoạn", "vi")] == [
        (D(3), "factor"),
        (D(4), "stage"),
    ]
    assert [(m.value, m.unit) for m in find_numbers("năm quốc gia hàng đầu", "vi")] == [(D(5), "country")]


def test_vi_spelled_compound() -> None:
    assert parse_number("hai mươi mốt nghìn không trăm mười một", "vi") == (D(21011), D(1))
    assert parse_number("bảy trăm hai mươi mốt nghìn không trăm mười hai", "vi") == (D(721012), D(1))
    assert parse_number("hai nghìn tư", "vi") == (D(2400), D(100))
    assert parse_number("một tỷ", "vi") == (D(1000000000), D(1000000000))
    # "linh"/"lẻ" link an empty place; the "năm" after one can only be five, not "year"
    assert parse_number("một trăm linh năm", "vi") == (D(105), D(1))
    assert parse_number("hai nghìn lẻ ba", "vi") == (D(2003), D(1))


def test_vi_fractions_are_exact() -> None:
    m = one("chiếm một nửa thị phần", "vi")
    assert (m.value, m.precision, m.kind) == (D("0.5"), D(0), "fraction")
    m = one("khoảng một phần ba", "vi")
    assert (m.value, m.precision, m.kind, m.hedge) == (D(1) / D(3), D(0), "fraction", "about")
    # "tư" (four) is a denominator after "phần", as after a multiplier ("hai nghìn tư" = 2400)
    m = one("chiếm ba phần tư số căn", "vi")
    assert (m.value, m.kind) == (D("0.75"), "fraction")
    assert one("gần một phần tư dân số", "vi").value == D("0.25")
    assert one("hai phần năm doanh thu", "vi").value == D("0.4")
    assert parse_number("hai nghìn tư", "vi") == (D(2400), D(100))
    assert find_numbers("ngày thứ tư", "vi") == []


def test_vi_points_and_ranges() -> None:
    m = one("tăng 2,5 điểm phần trăm", "vi")
    assert (m.value, m.kind, m.unit) == (D("2.5"), "points", "point")
    m, top = both_ends("từ 3 đến 4 triệu đồng", "vi")
    assert (m.text, m.value, m.high, m.unit) == ("3", D(3000000), D(4000000), "VND")
    assert (top.text, top.value, top.unit) == ("4 triệu đồng", D(4000000), "VND")


@pytest.mark.parametrize(
    "text",
    [
        "vào năm 2024",
        "thứ 3",
        "thứ hai",
        "một thị trường lớn",
        "(2012-2020)",
        "ông Tô Ba nói",
        "ngày 1/5",
        "lúc 16:43",
        "tăng cường tính linh hoạt",
        "chất lượng là linh hồn",
        "số lẻ",
    ],
)
def test_vi_not_claims(text: str) -> None:
    assert find_numbers(text, "vi") == []


# --- Chinese seed ----------------------------------------------------------------------------


def test_zh_wan_with_vehicle_unit() -> None:
    found = find_numbers(
        "今年1月份至5月份，我国汽车整车出口249万辆，同比增长7.9%；新能源汽车出口85.5万辆", "zh"
    )
    assert [(m.text, m.value, m.precision, m.unit) for m in found] == [
        ("249万辆", D(2490000), D(10000), "vehicle"),
        ("7.9%", D("7.9"), D("0.1"), "percent"),
        ("85.5万辆", D(855000), D(1000), "vehicle"),
    ]


def test_zh_over_ten_thousand_items() -> None:
    m = one("申请全球专利技术超1万项。", "zh")
    assert (m.text, m.value, m.hedge, m.unit) == ("超1万项", D(10000), "over", "item")


def test_zh_measure_word_takes_the_following_noun() -> None:
    assert [(m.value, m.unit) for m in find_numbers("探索出4种市场模式", "zh")] == [(D(4), "mode")]
    assert [(m.value, m.unit) for m in find_numbers("建立了8个研发中心、20个生产基地", "zh")] == [
        (D(8), "center"),
        (D(20), "base"),
    ]
    m = one("布局500家以上门店", "zh")
    assert (m.value, m.hedge, m.unit, m.text) == (D(500), "over", "store", "500家以上")


def test_zh_chinese_numerals() -> None:
    m = one("投资三百二十亿元", "zh")
    assert (m.value, m.precision, m.unit, m.scale_word) == (D(32000000000), D(1000000000), "CNY", "亿")
    assert parse_number("四亿五千六百四十二万零一十五", "zh") == (D(456420015), D(1))
    assert parse_number("一万三", "zh") == (D(13000), D(1000))
    assert parse_number("４．５万", "zh") == (D(45000), D(1000))
    assert parse_number("壹佰零肆萬", "zh") == (D(1040000), D(10000))
    # the dropped place ("一万三" = 13000) comes from a multiplier, never from a larger scale word
    assert parse_number("五兆六十二亿四万五千二", "zh") == (D(5006200045200), D(100))
    assert parse_number("百二萬", "zh") == (D(1200000), D(100000))
    assert parse_number("一百五十四点零", "zh") == (D(154), D("0.1"))
    assert parse_number("十点二三三", "zh") == (D("10.233"), D("0.001"))


def test_zh_fractions_percent_points_multiples() -> None:
    assert (one("占四分之一", "zh").value, one("占四分之一", "zh").kind) == (D("0.25"), "fraction")
    assert one("十分之一", "zh").value == D("0.1")
    m = one("百分之七点五", "zh")
    assert (m.value, m.kind, m.precision) == (D("7.5"), "percent", D("0.1"))
    m = one("提高了3个百分点", "zh")
    assert (m.value, m.kind) == (D(3), "points")
    assert one("是去年的3倍", "zh").reading == "as_much"
    assert one("增长了2倍", "zh").reading == "more"
    assert (one("销量翻一番", "zh").value, one("翻两番", "zh").value) == (D(2), D(4))
    m = one("增长近千倍", "zh")
    assert (m.value, m.kind, m.hedge) == (D(1000), "multiple", "nearly")


@pytest.mark.parametrize(
    "text",
    [
        "第四代电芯",
        "十四五规划",
        "一是加强合作",
        "统一的一体化平台",
        "做到“一国一策”",
        "打造全球云计算一张网",
        "2025年",
        "1-9月",
        "16:43",
    ],
)
def test_zh_not_claims(text: str) -> None:
    assert find_numbers(text, "zh") == []


def test_zh_small_counts_and_hedges_after() -> None:
    assert [(m.value, m.unit) for m in find_numbers("两种模式", "zh")] == [(D(2), "mode")]
    m = one("约30%左右", "zh")
    assert (m.value, m.hedge, m.text) == (D(30), "about", "约30%左右")
    m = one("10多万辆", "zh")
    assert (m.value, m.hedge, m.unit) == (D(100000), "over", "vehicle")
    m, top = both_ends("3至4", "zh")
    assert (m.value, m.high, top.value) == (D(3), D(4), D(4))
    m = one("１２３辆", "zh")
    assert (m.value, m.unit, m.text) == (D(123), "vehicle", "１２３辆")


# --- English seed ----------------------------------------------------------------------------


def test_en_seed_sentence() -> None:
    text = (
        "production has ranked first globally for eight consecutive years, with power battery "
        "installations accounting for nearly 70% of the global market share [1]"
    )
    found = find_numbers(text, "en")
    assert [(m.text, m.value, m.unit, m.hedge) for m in found] == [
        ("eight consecutive years", D(8), "year", None),
        ("nearly 70%", D(70), "percent", "nearly"),
    ]


def test_en_money_scales() -> None:
    found = find_numbers("reach 1.28 trillion yuan by 2025 and 2 trillion yuan by 2030", "en")
    assert [(m.text, m.value, m.precision, m.unit) for m in found] == [
        ("1.28 trillion yuan", D(1280000000000), D(10000000000), "CNY"),
        ("2 trillion yuan", D(2000000000000), D(1000000000000), "CNY"),
    ]
    m = one("a $5 million grant", "en")
    assert (m.value, m.unit, m.text) == (D(5000000), "USD", "$5 million")
    assert one("raised $5bn", "en").value == D(5000000000)
    assert one("raised £5m", "en").value == D(5000000)


def test_en_counts_multiples_fractions() -> None:
    m = one("at least 25 cities in china", "en")
    assert (m.value, m.hedge, m.unit) == (D(25), "at_least", "city")
    m = one("three times as much", "en")
    assert (m.value, m.kind, m.reading) == (D(3), "multiple", "as_much")
    assert one("three times higher", "en").reading == "more"
    assert one("sales doubled", "en").value == D(2)
    m = one("two-thirds of sales", "en")
    assert (m.value, m.precision, m.kind) == (D(2) / D(3), D(0), "fraction")
    assert one("a third of buyers", "en").kind == "fraction"
    assert one("up 3 percentage points", "en").kind == "points"
    m, top = both_ends("grew 3-4%", "en")
    assert (m.value, m.high, m.kind, top.value, top.kind) == (D(3), D(4), "percent", D(4), "percent")


@pytest.mark.parametrize(
    "text",
    [
        'a "33618" modern cluster',
        "market share [1]",
        "Group 1: Supply Chain",
        "Bao·2025-12-11 16:43",
        "in 2024",
        "the VF 3 and the Aito M9",
        "Route 66",
        "the 4th generation",
        "one of the best",
        "since the 1970s",
        "Supplier in China 01 Automotive",
        "ranked first",
        "the third quarter",
    ],
)
def test_en_not_claims(text: str) -> None:
    assert find_numbers(text, "en") == []


@pytest.mark.parametrize(
    ("text", "lang", "hedge"),
    [
        ("khoảng 30 chiếc", "vi", "about"),
        ("gần 50%", "vi", "nearly"),
        ("vượt 40%", "vi", "over"),
        ("ít nhất ba năm", "vi", "at_least"),
        ("dưới 7.000 đồng", "vi", "under"),
        ("约30亿元", "zh", "about"),
        ("将近5万辆", "zh", "nearly"),
        ("超过40%", "zh", "over"),
        ("至少3家", "zh", "at_least"),
        ("不到10%", "zh", "under"),
        ("5万辆以上", "zh", "over"),
        ("about 230 billion yuan", "en", "about"),
        ("almost 5%", "en", "nearly"),
        ("more than 600 cars", "en", "over"),
        ("no fewer than 12 cities", "en", "at_least"),
        ("less than 7 euros", "en", "under"),
        ("10 cities or more", "en", "over"),
    ],
)
def test_each_hedge_kind(text: str, lang: str, hedge: str) -> None:
    assert one(text, lang).hedge == hedge


def test_format_number_styles() -> None:
    assert format_number(D(12866000), D(1000), "vi", "scale") == "12,866 triệu"
    assert format_number(D(43188), D(1), "vi", "plain") == "43.188"
    assert format_number(D(855000), D(1000), "zh", "scale") == "85.5万"
    assert format_number(D(320000000000), D(10000000000), "zh", "scale") == "3200亿"
    assert format_number(D(12900000), D(100000), "en", "scale") == "12.9 million"
    assert format_number(D(1500000), D(100000), "en", "plain") == "1,500,000"


def test_parse_number_rejects_non_numerals() -> None:
    assert parse_number("hello", "en") is None
    assert parse_number("12 apples", "en") is None
    assert parse_number("two hundred and five", "en") == (D(205), D(1))
