"""Multiples read from raw text (validator/link/multiples.py) and judged by NR103."""

from __future__ import annotations

from pathlib import Path

import pytest
from _judging import judged_by

from validator.document import document_from_text
from validator.extract.claims import extract_document
from validator.link import infer_relations
from validator.model import MultipleRelation

Read = tuple[str, str, str]  # (multiple, current, base) as written


def multiples_read(text: str, lang: str) -> list[Read]:
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    by_id = {c.id: c.text for c in claims}
    return [(by_id[r.multiple], by_id[r.current], by_id[r.base])
            for r in infer_relations(doc, claims) if isinstance(r, MultipleRelation)]


def judged(text: str, lang: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    return judged_by(text, lang, tmp_path, "NR103")


CASES = [
    # --- en ---
    pytest.param("en", "Tourism receipts reached 54.3 billion escudos, roughly four times the 13.6 billion of 2021.",
                 [("roughly four times", "54.3 billion", "13.6 billion")], ["pass"], [], id="en_times_the_right"),
    pytest.param("en", "Receipts reached 54.3 billion escudos, roughly eight times the 13.6 billion of 2021.",
                 [("roughly eight times", "54.3 billion", "13.6 billion")], ["fail"], ["error"],
                 id="en_times_the_wrong"),
    pytest.param("en", "The data-center unit generated $6.12 billion. Sales in that unit were twice the $1.64 billion "
                 "it booked in 2022.", [("twice", "$6.12 billion", "$1.64 billion")], ["fail"], ["error"],
                 id="en_that_unit_points_back"),
    pytest.param("en", "Some 55.4% of the most advantaged applied, compared with 22.1% from the least advantaged "
                 "fifth - two and a half times the rate.", [("two and a half times", "Some 55.4%", "22.1%")],
                 ["pass"], [], id="en_compared_with_then_multiple"),
    # --- vi ---
    pytest.param("vi", "Trong 9 tháng, dòng xe này bán được 14.860 chiếc, gấp 2,4 lần cùng kỳ năm ngoái (6.190 chiếc).",
                 [("gấp 2,4 lần", "14.860 chiếc", "6.190 chiếc")], ["pass"], [], id="vi_gap_lan_right"),
    pytest.param("vi", "Thu nhập của lao động nam là 9,2 triệu đồng, cao gấp 1,33 lần lao động nữ (6,9 triệu đồng).",
                 [("gấp 1,33 lần", "9,2 triệu đồng", "6,9 triệu đồng")], ["pass"], [], id="vi_base_named_then_given"),
    pytest.param("vi", "Lượng khách Nga đạt 46.000 lượt, gấp 3,5 lần cùng kỳ (18.400 lượt).",
                 [("gấp 3,5 lần", "46.000 lượt", "18.400 lượt")], ["fail"], ["error"], id="vi_gap_lan_wrong"),
    # --- zh ---
    pytest.param("zh", "截至9月底，充电设施总数达到1806.3万个，同比增长54.5%，是2022年底521万个的近3.5倍。",
                 [("近3.5倍", "1806.3万个", "521万个")], ["pass"], [], id="zh_base_before_de_bei"),
    pytest.param("zh", "云计算业务收入296.4亿元，同比增长27.3%。云计算业务收入已是2020年同期（68.2亿元）的5.3倍。",
                 [("5.3倍", "296.4亿元", "68.2亿元")], ["fail"], ["error"], id="zh_current_named_elsewhere"),
    pytest.param("zh", "上半年光伏新增装机1.02亿千瓦，风电新增装机2584万千瓦，光伏新增装机约为风电新增装机的3.9倍。",
                 [("3.9倍", "1.02亿千瓦", "2584万千瓦")], ["pass"], [], id="zh_two_figures_named_by_words"),
    # the subject left out ("数量"): the base is named after the copula, the current is the other figure
    pytest.param("zh", "医院中，公立医院11772个，民营医院26583个，数量是公立医院的2.26倍。",
                 [("2.26倍", "26583个", "11772个")], ["pass"], [], id="zh_subject_left_out"),
    # "是…的N倍" says "as much": a figure that fits only as "N times more" (3.95 - 1) is wrong, not loose
    pytest.param("zh", "上半年光伏新增装机1.02亿千瓦，风电新增装机2584万千瓦，光伏新增装机约为风电新增装机的2.9倍。",
                 [("2.9倍", "1.02亿千瓦", "2584万千瓦")], ["fail"], ["error"], id="zh_as_much_read_as_more_is_wrong"),
    # "增长了N倍" is widely written for "as much": fitting that way is a warning
    pytest.param("zh", "今年出口额为84亿元，比2020年的21亿元增长了4倍。",
                 [("4倍", "84亿元", "21亿元")], ["fail"], ["warning"], id="zh_more_read_as_much_is_loose"),
    # a plain "three" is never 2.32: neither rounded nor truncated from it
    pytest.param("en", "Data-centre sales were $6.12 billion, three times the $2.64 billion of 2022.",
                 [("three times", "$6.12 billion", "$2.64 billion")], ["fail"], ["error"], id="en_three_is_not_2_32"),
    pytest.param("vi", "Doanh thu đạt 6,12 tỷ USD, gấp ba lần năm 2022 (2,64 tỷ USD).",
                 [("gấp ba lần", "6,12 tỷ USD", "2,64 tỷ USD")], ["fail"], ["error"], id="vi_three_is_not_2_32"),
    # "A was nearly twice B's $X": joined to the multiple by a copula, the figure before it is the one multiplied up
    # to, the one after it the base (only "是B的N倍" puts the base first)
    pytest.param("en", "Northwind's annual revenue of about $6.1 billion was nearly twice Southgate's $3.2 billion.",
                 [("nearly twice", "about $6.1 billion", "$3.2 billion")], ["pass"], [],
                 id="en_copula_figure_is_current"),
    pytest.param("en", "Northwind's annual revenue of about $6.1 billion was nearly three times Southgate's "
                 "$3.2 billion.",
                 [("nearly three times", "about $6.1 billion", "$3.2 billion")], ["fail"], ["error"],
                 id="en_copula_figure_is_current_wrong"),
    pytest.param("vi", "Doanh thu năm của Northwind khoảng 6,1 tỷ USD là gần gấp đôi mức 3,2 tỷ USD của Southgate.",
                 [("gần gấp đôi", "khoảng 6,1 tỷ USD", "3,2 tỷ USD")], ["pass"], [], id="vi_copula_figure_is_current"),
    pytest.param("vi", "Doanh thu năm của Northwind khoảng 6,1 tỷ USD là gần gấp ba mức 3,2 tỷ USD của Southgate.",
                 [("gần gấp ba", "khoảng 6,1 tỷ USD", "3,2 tỷ USD")], ["fail"], ["error"],
                 id="vi_copula_figure_is_current_wrong"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), CASES)
def test_multiple(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                  tmp_path: Path) -> None:
    assert multiples_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


def test_a_season_is_no_multiple() -> None:
    assert multiples_read("2010/11年度以来，欧盟大麦出口总量为420万吨，高于上年同期的878,000吨。", "zh") == []


def test_a_base_across_a_comparison_is_not_the_multiples(tmp_path: Path) -> None:
    # "thấp hơn nhiều so với Trung Quốc (khoảng 8,9 tấn, gần gấp đôi Việt Nam)": China's figure is the current
    text = ("Mỗi người Việt Nam phát thải khoảng 4,5 tấn CO2. Mức này thấp hơn nhiều so với Trung Quốc (khoảng "
            "8,9 tấn, gần gấp đôi Việt Nam).")
    assert judged(text, "vi", tmp_path)[1] == []


def test_a_given_base_does_not_take_the_sentence_before_as_current(tmp_path: Path) -> None:
    # the base is given in the multiple's own sentence; the national figure of the sentence before is not the
    # province's current
    text = ("上半年，全省新能源汽车产量79.6万辆。同期全国新能源汽车产量为696.8万辆。与2022年上半年的25.3万辆相比，全省"
            "新能源汽车产量已是当时的3.1倍。")
    assert ("3.1倍", "696.8万辆", "25.3万辆") not in multiples_read(text, "zh")
    assert judged(text, "zh", tmp_path)[1] == []


@pytest.mark.parametrize(
    ("lang", "text", "read", "severities"),
    [
        # each side of the copula names one figure of the sentence ("水电" alone names 1.20亿): 3.62 / 1.20 = 3.0
        ("zh", "今年全省新增光伏装机3.62亿千瓦，新增水电装机1.20亿千瓦，光伏新增规模是水电的5.0倍。",
         [("5.0倍", "3.62亿千瓦", "1.20亿千瓦")], ["error"]),
        ("zh", "今年全省新增光伏装机3.62亿千瓦，新增水电装机1.20亿千瓦，光伏新增规模是水电的3.0倍。",
         [("3.0倍", "3.62亿千瓦", "1.20亿千瓦")], []),
        # a sentence of its own compares two figures its paragraph gave: 88.0 / 22.0 = 4.0
        ("zh", "分业务看，软件业务收入88.0亿元，占营业收入的60.0%；硬件业务收入22.0亿元，其他收入36.7亿元。"
               "年报显示，软件业务收入约为硬件业务的6倍。",
         [("6倍", "88.0亿元", "22.0亿元")], ["error"]),
        ("vi", "Doanh thu mảng phần mềm đạt 88 tỷ đồng; mảng phần cứng đạt 22 tỷ đồng. Như vậy, doanh thu phần mềm "
               "gấp 4 lần phần cứng.", [("gấp 4 lần", "88 tỷ đồng", "22 tỷ đồng")], []),
        ("en", "Software revenue reached $88 million, while hardware revenue came to $22 million. Software revenue "
               "was six times hardware revenue.", [("six times", "$88 million", "$22 million")], ["error"]),
        # one side names its figure wholly ("France"), the other picks its own out of the paragraph's: 52.4 / 20.6 = 2.5
        ("en", "Germany was the biggest market, accounting for 40% of revenue at $52.4 million. France followed with "
               "$20.6 million, then Spain with $9.1 million. Germany sales were 3.5 times those to France.",
         [("3.5 times", "$52.4 million", "$20.6 million")], ["error"]),
    ],
)
def test_a_multiple_names_both_figures_by_words(lang: str, text: str, read: list[Read], severities: list[str],
                                                tmp_path: Path) -> None:
    assert multiples_read(text, lang) == read
    assert judged(text, lang, tmp_path)[1] == severities


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), [
    # a multiple said in a word is its value give or take an eighth: 390 / 241 = 1.62 is no "double"
    ("vi", "Lượng khách từ Úc đạt 390.000 lượt, gấp đôi cùng kỳ năm trước (241.000 lượt).",
     [("gấp đôi", "390.000 lượt", "241.000 lượt")], ["fail"], ["error"]),
    ("vi", "Lượng khách từ Úc đạt 390.000 lượt, gấp đôi cùng kỳ năm trước (196.000 lượt).",
     [("gấp đôi", "390.000 lượt", "196.000 lượt")], ["pass"], []),
    ("en", "Exports reached 390,000 tonnes, double the 241,000 tonnes of a year earlier.",
     [("double", "390,000 tonnes", "241,000 tonnes")], ["fail"], ["error"]),
    ("en", "Exports reached 390,000 tonnes, double the 196,000 tonnes of a year earlier.",
     [("double", "390,000 tonnes", "196,000 tonnes")], ["pass"], []),
    ("zh", "今年全市快递业务量达到39.0亿件，比2019年的24.1亿件翻了一番。", [("翻了一番", "39.0亿件", "24.1亿件")],
     ["fail"], ["error"]),
    ("zh", "今年全市快递业务量达到39.0亿件，比2019年的19.6亿件翻了一番。", [("翻了一番", "39.0亿件", "19.6亿件")],
     ["pass"], []),
])
def test_a_word_multiple_is_round(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                                  tmp_path: Path) -> None:
    assert multiples_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), [
    # a multiple said with a half in words is good to that half (2.25-2.75×), never exactly 2.5: 8,040 / 3,200 = 2.51
    ("en", "Exports reached 8,040 tonnes in 2023, two and a half times the 3,200 tonnes shipped in 2019.",
     [("two and a half times", "8,040 tonnes", "3,200 tonnes")], ["pass"], []),
    ("en", "Exports reached 10,240 tonnes in 2023, two and a half times the 3,200 tonnes shipped in 2019.",
     [("two and a half times", "10,240 tonnes", "3,200 tonnes")], ["fail"], ["error"]),
    ("en", "Exports reached 4,960 tonnes in 2023, one and a half times the 3,200 tonnes shipped in 2019.",
     [("one and a half times", "4,960 tonnes", "3,200 tonnes")], ["pass"], []),
    # "N lần rưỡi": the count and a half; "gấp rưỡi" a half word (1.25-1.75×): 5.060 / 3.200 = 1.58
    ("vi", "Doanh thu năm 2023 đạt 8.040 tỷ đồng, gấp hai lần rưỡi năm 2019 (3.200 tỷ đồng).",
     [("gấp hai lần rưỡi", "8.040 tỷ đồng", "3.200 tỷ đồng")], ["pass"], []),
    ("vi", "Doanh thu năm 2023 đạt 10.240 tỷ đồng, gấp hai lần rưỡi năm 2019 (3.200 tỷ đồng).",
     [("gấp hai lần rưỡi", "10.240 tỷ đồng", "3.200 tỷ đồng")], ["fail"], ["error"]),
    ("vi", "Doanh thu năm 2023 đạt 5.060 tỷ đồng, gấp rưỡi năm 2019 (3.200 tỷ đồng).",
     [("gấp rưỡi", "5.060 tỷ đồng", "3.200 tỷ đồng")], ["pass"], []),
    ("vi", "Doanh thu năm 2023 đạt 6.720 tỷ đồng, gấp rưỡi năm 2019 (3.200 tỷ đồng).",
     [("gấp rưỡi", "6.720 tỷ đồng", "3.200 tỷ đồng")], ["fail"], ["error"]),
    # "两倍半", "一倍半": the count and a half
    ("zh", "今年出口额为80.4亿元，是2019年32.0亿元的两倍半。", [("两倍半", "80.4亿元", "32.0亿元")], ["pass"], []),
    ("zh", "今年出口额为102.4亿元，是2019年32.0亿元的两倍半。", [("两倍半", "102.4亿元", "32.0亿元")], ["fail"],
     ["error"]),
    ("zh", "今年出口额为49.6亿元，是2019年32.0亿元的一倍半。", [("一倍半", "49.6亿元", "32.0亿元")], ["pass"], []),
])
def test_a_multiple_with_a_half_in_words_is_good_to_the_half(lang: str, text: str, read: list[Read],
                                                            statuses: list[str], severities: list[str],
                                                            tmp_path: Path) -> None:
    assert multiples_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


_SECTIONS = ("牛肉：本周牛肉零售均价为每公斤72.4元，环比上涨1.2%。\n\n"
             "羊肉：本周羊肉零售均价为每公斤68.0元，与上周持平。\n\n蔬菜：主要蔬菜价格小幅回落。\n\n禽类：鸡肉零售均价为每公斤18.1元。按本周均价计算，牛肉价格约为鸡肉的{}倍。")


@pytest.mark.parametrize(("times", "severities"), [("4", []), ("5", ["error"])])
def test_a_multiple_names_two_things_stated_sections_back(times: str, severities: list[str], tmp_path: Path) -> None:
    text = _SECTIONS.format(times)
    assert multiples_read(text, "zh") == [(f"{times}倍", "72.4元", "18.1元")]
    assert judged(text, "zh", tmp_path)[1] == severities


_BASE_AFTER = ("Indonesia dẫn đầu với 52.310 xe, tiếp đến là Thái Lan với 47.980 xe và Trung Quốc với 39.760 xe. Ba "
               "thị trường này chiếm hơn 94% tổng lượng xe nhập khẩu.\n\nĐáng chú ý, lượng xe nhập từ Trung Quốc "
               "gấp {} lần cùng kỳ năm ngoái (15.290 xe).")


def test_a_base_right_after_the_multiple_and_the_current_its_words_name(tmp_path: Path) -> None:
    """Both countries are named beside both figures: the arithmetic tells which the multiple speaks of, and a
    failing reading is no finding (either could be meant)."""
    right = _BASE_AFTER.format("2,6")
    assert multiples_read(right, "vi") == [("gấp 2,6 lần", "39.760 xe", "15.290 xe")]
    assert judged(right, "vi", tmp_path) == (["pass"], [])
    assert judged(_BASE_AFTER.format("3,6"), "vi", tmp_path)[1] == []
    # a count of times something happens, with a figure after it, is no comparison
    assert multiples_read("Mỗi ngày, đàn bò cho vắt sữa hai lần vào lúc 4 giờ sáng. Đàn bò có 55 con.", "vi") == []


@pytest.mark.parametrize(("lang", "text", "read", "severities"), [
    # "the former … the latter": the two figures before, by their order, whichever comes first in the clause
    ("zh", "今年一季度，甲公司营收42.0亿元，乙公司营收14.0亿元，前者是后者的3倍。",
     [("3倍", "42.0亿元", "14.0亿元")], []),
    ("zh", "今年一季度，甲公司营收42.0亿元，乙公司营收17.0亿元，前者是后者的3倍。",
     [("3倍", "42.0亿元", "17.0亿元")], ["error"]),
    # "近3倍" for 4.2: "nearly" on the wrong side of the figure, a warning
    ("zh", "今年一季度，甲公司营收42.0亿元，乙公司营收13.5亿元，前者是后者的近3倍。",
     [("近3倍", "42.0亿元", "13.5亿元")], ["warning"]),
    ("en", "The flagship store sold $42.0 million and the outlet $14.0 million; the former was three times the latter.",
     [("three times", "$42.0 million", "$14.0 million")], []),
    ("en", "The flagship store sold $42.0 million and the outlet $17.0 million; the former was three times the latter.",
     [("three times", "$42.0 million", "$17.0 million")], ["error"]),
    ("vi", "Cửa hàng A bán được 42,0 tỷ đồng, cửa hàng B 14,0 tỷ đồng; con số trước gấp ba lần con số sau.",
     [("gấp ba lần", "42,0 tỷ đồng", "14,0 tỷ đồng")], []),
    ("vi", "Cửa hàng A bán được 42,0 tỷ đồng, cửa hàng B 17,0 tỷ đồng; con số trước gấp ba lần con số sau.",
     [("gấp ba lần", "42,0 tỷ đồng", "17,0 tỷ đồng")], ["error"]),
])
def test_former_and_latter_name_the_figures_by_their_order(lang: str, text: str, read: list[Read],
                                                            severities: list[str], tmp_path: Path) -> None:
    assert multiples_read(text, lang) == read
    assert judged(text, lang, tmp_path)[1] == severities


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), [
    # 2.47: a writer says "two and a half times", never "three times" (no loose rounding through the half)
    ("en", "The winner took £49.4 million, three times the £20.0 million of the runner-up.", ["fail"], ["error"]),
    ("vi", "Doanh thu đạt 49,4 tỷ đồng, gấp 3 lần năm 2022 (20,0 tỷ đồng).", ["fail"], ["error"]),
    ("zh", "冠军票房49.4亿元，是亚军20.0亿元的3倍。", ["fail"], ["error"]),
    # 2.6 rounds to three; 3.8 truncated to three is loose
    ("en", "The winner took £52.0 million, three times the £20.0 million of the runner-up.", ["pass"], []),
    ("en", "The winner took £76.0 million, three times the £20.0 million of the runner-up.", ["fail"], ["warning"]),
])
def test_a_plain_whole_multiple_is_not_loosely_the_half_below(lang: str, text: str, statuses: list[str],
                                                             severities: list[str], tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)


# the base of a multiple that names an earlier year, in a clause that opens on a word naming that time ("gấp 8 lần
# năm 2021, khi kim ngạch chỉ khoảng 420 triệu USD")
THEN_YEAR = [
    pytest.param("vi", "Năm 2023, xuất khẩu cà phê đạt 4,24 tỷ USD, gấp 8 lần năm 2019, khi kim ngạch chỉ khoảng 820 "
                 "triệu USD.", [("gấp 8 lần", "4,24 tỷ USD", "khoảng 820 triệu USD")], ["fail"], ["error"],
                 id="vi_then_clause_after_a_year_wrong"),
    pytest.param("vi", "Năm 2023, xuất khẩu cà phê đạt 4,24 tỷ USD, gấp 5 lần năm 2019, khi kim ngạch chỉ khoảng 820 "
                 "triệu USD.", [("gấp 5 lần", "4,24 tỷ USD", "khoảng 820 triệu USD")], ["pass"], [],
                 id="vi_then_clause_after_a_year_right"),
    pytest.param("en", "In 2023, coffee exports reached $4.24 billion, 8 times the level of 2019, when exports were "
                 "worth about $820 million.", [("8 times", "$4.24 billion", "about $820 million")], ["fail"],
                 ["error"], id="en_then_clause_after_a_year_wrong"),
    pytest.param("en", "In 2023, coffee exports reached $4.24 billion, 5 times the level of 2019, when exports were "
                 "worth about $820 million.", [("5 times", "$4.24 billion", "about $820 million")], ["pass"], [],
                 id="en_then_clause_after_a_year_right"),
    pytest.param("zh", "2023年咖啡出口额42.4亿美元，是2019年的8倍，当时出口额仅约8.2亿美元。",
                 [("8倍", "42.4亿美元", "约8.2亿美元")], ["fail"], ["error"], id="zh_then_clause_after_a_year_wrong"),
    pytest.param("zh", "2023年咖啡出口额42.4亿美元，是2019年的5倍，当时出口额仅约8.2亿美元。",
                 [("5倍", "42.4亿美元", "约8.2亿美元")], ["pass"], [], id="zh_then_clause_after_a_year_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), THEN_YEAR)
def test_a_then_clause_after_a_named_year(lang: str, text: str, read: list[Read], statuses: list[str],
                                          severities: list[str], tmp_path: Path) -> None:
    assert multiples_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize("text,read,severities", [
    # the next sentence's spread across places is no earlier figure: the multiple's base is the rate it names
    pytest.param("The claimant rate for under-25s was 9.8%, about two and a half times the overall rate. Among council "
                 "areas, rates ranged from 3.2% in Ashford and 3.5% in Dover to 4.4% in Thanet.", [], [],
                 id="en_spread_next_sentence"),
    pytest.param("The claimant rate for under-25s was 9.8%, about two and a half times the rate a year earlier. A "
                 "year earlier the claimant rate for under-25s was 3.2%.",
                 [("about two and a half times", "9.8%", "3.2%")], ["warning"], id="en_earlier_figure_next_sentence"),
])
def test_a_spread_is_no_multiples_base(text: str, read: list[Read], severities: list[str], tmp_path: Path) -> None:
    assert multiples_read(text, "en") == read
    assert judged(text, "en", tmp_path)[1] == severities


def test_a_spread_closed_after_its_figures_is_no_multiples_base() -> None:
    assert multiples_read("青年失业率为9.8%，约为总体失业率的2.5倍。各地区失业率从3.2%到4.4%不等。", "zh") == []
    assert multiples_read("青年失业率为9.8%，约为总体失业率的2.5倍。各地区失业率在3.2%至4.4%之间。", "zh") == []
