"""Numbers read through their context in zh and vi text: a Latin scale letter glued to digits ("3M", "24k",
"5K") is a scale only where an amount is meant; the general counters zh 台 and vi "chiếc" count vehicles
only beside vehicles; vi "một phần mười" (1/10) and "một phần trăm" (1%); zh 米 as a metre; zh 上万/上千
as a bound ("at least that order"), 成千上万 as vague."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from validator.document import document_from_text
from validator.extract import extract, skipped_numbers

D = Decimal


def claims(text: str, lang: str) -> list[tuple[str, Decimal, str]]:
    return [(c.text, c.value, c.unit) for c in extract(text, lang)]


def skipped(text: str, lang: str) -> list[tuple[str, str]]:
    return [(k.text, k.reason) for k in skipped_numbers(document_from_text(text, language=lang))]


# --- glued scale letters: an amount, or a name -----------------------------------------------------


def test_a_glued_scale_between_names_is_a_name() -> None:
    assert claims("松下、三菱、3M等国际大牌纷纷被检测", "zh") == []
    assert ("3M", "name") in skipped("松下、三菱、3M等国际大牌纷纷被检测", "zh")
    assert claims("3M公司涨1.52%", "zh") == [("1.52%", D("1.52"), "percent")]
    assert claims("24K金项链", "zh") == []
    assert claims("这台5K显示器售价3万元", "zh") == [("3万元", D(30000), "CNY")]
    assert claims("Giá vàng 24k giao dịch quanh mức cao", "vi") == []
    assert claims("Anh ấy chạy 5K mỗi sáng", "vi") == []
    assert claims("yêu cầu 5K trong phòng", "vi") == []


def test_a_glued_scale_where_an_amount_is_meant_is_a_scale() -> None:
    assert claims("营收达3M美元", "zh") == [("3M美元", D(3000000), "USD")]
    assert claims("营收达3M", "zh") == [("3M", D(3000000), "item")]  # after a cue word
    assert claims("12k个百分点", "zh") == [("12k个百分点", D(12000), "point")]
    assert claims("3M", "zh") == [("3M", D(3000000), "item")]  # alone on its line: a figure
    assert claims("-1,2M", "vi") == [("-1,2M", D(-1200000), "item")]
    assert claims("lương 10k đồng một giờ", "vi")[0] == ("10k đồng", D(10000), "VND")
    assert claims("kém hơn 7k đồng", "vi") == [("kém hơn 7k đồng", D(7000), "VND")]
    assert claims("doanh thu đạt 3M", "vi") == [("3M", D(3000000), "item")]
    assert claims("月薪5k起", "zh") == [("5k", D(5000), "item")]  # a pay word: an amount
    assert claims("lương 10k", "vi") == [("10k", D(10000), "item")]


def test_english_keeps_its_glued_scales() -> None:
    assert claims("Sales of 3M units", "en")[0][:2] == ("3M units", D(3000000))


@settings(max_examples=40, deadline=None)
@given(n=st.integers(1, 999), s=st.sampled_from(["k", "K", "M"]))
def test_a_glued_scale_is_a_name_in_a_list_and_an_amount_before_a_currency(n: int, s: str) -> None:
    scale = D(1000) if s in "kK" else D(1000000)
    assert claims(f"松下、三菱、{n}{s}等品牌", "zh") == []
    assert claims(f"营收为{n}{s}美元", "zh") == [(f"{n}{s}美元", n * scale, "USD")]
    assert claims(f"thương hiệu {n}{s} nổi tiếng", "vi") == []
    assert claims(f"giá {n}{s} đồng", "vi") == [(f"{n}{s} đồng", n * scale, "VND")]


# --- general counters: zh 台, vi "chiếc" ------------------------------------------------------------


def test_tai_counts_vehicles_only_beside_vehicles() -> None:
    assert claims("空调销量300万台。", "zh") == [("300万台", D(3000000), "item")]
    assert claims("手机出货量3亿台", "zh") == [("3亿台", D(300000000), "item")]
    assert claims("乘用车出口52.4万台", "zh") == [("52.4万台", D(524000), "vehicle")]
    assert claims("出口3台汽车", "zh") == [("3台", D(3), "vehicle")]
    assert claims("量身订制四台大型自卸车", "zh") == [("四台", D(4), "vehicle")]  # named a few characters on
    assert claims("5辆", "zh") == [("5辆", D(5), "vehicle")]
    assert claims("央行到期定存单5306亿台币", "zh") == [("5306亿台币", D(530600000000), "TWD")]
    # the paragraph's topic: 汽车 named in the sentence before
    assert claims("汽车销量大增。其中出口52.4万台。", "zh") == [("52.4万台", D(524000), "vehicle")]
    assert claims("汽车销量大增。\n空调出口52万台。", "zh") == [("52万台", D(520000), "item")]


def test_chiec_counts_vehicles_only_beside_vehicles() -> None:
    assert claims("bán ra 2 triệu chiếc điện thoại", "vi") == [("2 triệu chiếc", D(2000000), "item")]
    assert claims("5 chiếc ô tô", "vi") == [("5 chiếc", D(5), "vehicle")]
    assert claims("bán ra 41.726 xe, trong đó xe du lịch 31.504 chiếc", "vi") == [
        ("41.726 xe", D(41726), "vehicle"), ("31.504 chiếc", D(31504), "vehicle")]
    assert claims("Doanh số xe điện tăng. Năm nay đạt 300 chiếc.", "vi") == [("300 chiếc", D(300), "vehicle")]
    assert claims("Hãng bán 300 chiếc máy giặt", "vi") == [("300 chiếc", D(300), "item")]


# --- vi "X phần Y" over a place word -----------------------------------------------------------------


def test_vi_a_part_over_tens_and_thousands_is_a_fraction() -> None:
    assert claims("một phần mười dân số", "vi") == [("một phần mười", D("0.1"), "times")]
    assert claims("hai phần mười", "vi") == [("hai phần mười", D("0.2"), "times")]
    assert claims("một phần nghìn", "vi") == [("một phần nghìn", D("0.001"), "times")]
    assert claims("một phần mười hai", "vi")[0][0] == "một phần mười hai"
    assert claims("ba phần tư", "vi") == [("ba phần tư", D("0.75"), "times")]


def test_vi_a_part_over_a_hundred_is_a_percentage() -> None:
    assert claims("chỉ một phần trăm người dân", "vi") == [("một phần trăm", D(1), "percent")]
    assert claims("khoảng hai phần trăm", "vi") == [("khoảng hai phần trăm", D(2), "percent")]


@settings(max_examples=20, deadline=None)
@given(num=st.sampled_from([("một", 1), ("hai", 2), ("ba", 3), ("bảy", 7), ("chín", 9)]),
       den=st.sampled_from([("mười", 10), ("nghìn", 1000), ("triệu", 1000000)]))
def test_vi_a_part_over_a_place_word_is_that_fraction(num: tuple[str, int], den: tuple[str, int]) -> None:
    (c,) = extract(f"Khoảng {num[0]} phần {den[0]} số hộ", "vi")
    assert (c.value, c.unit) == (D(num[1]) / den[1], "times")


# --- zh 米: a metre, where it follows a number --------------------------------------------------------


def test_mi_after_a_number_is_a_metre() -> None:
    assert claims("隧道长一千多米", "zh") == [("一千多米", D(1000), "m")]
    assert claims("长500米的大桥", "zh") == [("500米", D(500), "m")]
    assert claims("直径3厘米", "zh") == [("3厘米", D(3), "cm")]
    assert claims("20毫米", "zh") == [("20毫米", D(20), "mm")]
    assert claims("120千米", "zh") == [("120千米", D(120), "km")]


def test_mi_in_words_is_no_metre() -> None:
    assert claims("大米价格上涨5%", "zh") == [("5%", D(5), "percent")]
    assert claims("米价上涨3%", "zh") == [("3%", D(3), "percent")]
    assert claims("玉米产量达到2亿吨", "zh") == [("2亿吨", D(200000000), "tonne")]
    assert [u for _, _, u in claims("他买了5米价的东西", "zh")] != ["m"]


# --- zh 上万/上千: a bound; 成千上万: vague ------------------------------------------------------------


def test_shang_before_a_place_word_is_at_least_that_order() -> None:
    (c,) = extract("装机容量上万千瓦", "zh")
    assert (c.text, c.value, c.unit, c.hedge) == ("上万千瓦", D(10000), "kW", "at_least")
    (c,) = extract("上千家企业参加", "zh")
    assert (c.text, c.value, c.unit, c.hedge) == ("上千家", D(1000), "company", "at_least")
    (c,) = extract("投资上百亿元", "zh")
    assert (c.value, c.unit, c.hedge) == (D(10000000000), "CNY", "at_least")


def test_countless_and_several_are_vague() -> None:
    assert claims("成千上万的人", "zh") == []
    assert claims("成百上千家企业", "zh") == []
    assert claims("数万人参加", "zh") == []
    assert claims("上半年增长5%", "zh") == [("5%", D(5), "percent")]
    assert claims("比上月增长3万辆", "zh") == [("3万辆", D(30000), "vehicle")]
