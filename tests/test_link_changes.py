"""Changes read from raw text (validator/link/changes.py) and judged by NR102 / NR107.

Each case is a sentence or two written for this test: which figures the change is read between, and what
the rules then say — a failing reading is an error only when the wording designates it clearly; a change
that says which period it compares with never takes a base of another period for an accusation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _judging import changes_read as shared_changes_read

from validator.document import document_from_text
from validator.engine import Options, check
from validator.extract.claims import extract_document

Read = tuple[str, str | None, str | None]  # (change, current, base) as written


def changes_read(text: str, lang: str) -> list[Read]:
    return shared_changes_read(text, lang)


def judged(text: str, lang: str, tmp_path: Path, rules: tuple[str, ...] = ("NR102", "NR107")
           ) -> tuple[list[str], list[str]]:
    """(statuses of the checks, severities of the findings) of the given rules."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], Options(language=lang))
    return ([c.status for c in report.checks if c.rule in rules],
            [f.severity.value for f in report.findings if f.rule in rules])


CASES = [
    # --- en ---
    pytest.param("en", "Net sales rose 8% to 1.8 million units, from 1.5 million a year earlier.",
                 [("8%", "1.8 million units", "1.5 million")], ["fail"], ["error"], id="en_to_from_wrong"),
    pytest.param("en", "Net sales rose 20% to 1.8 million units, from 1.5 million a year earlier.",
                 [("20%", "1.8 million units", "1.5 million")], ["pass"], [], id="en_to_from_right"),
    pytest.param("en", "The chain sold 11.4 million phones, 12% more than the 10.2 million it sold a year before.",
                 [("12%", "11.4 million", "10.2 million")], ["pass"], [], id="en_more_than_the"),
    pytest.param("en", "The average fare fell 4% to $412, compared with $396 a year earlier.",
                 [("4%", "$412", "$396")], ["fail"], ["error"], id="en_direction_contradicted"),
    pytest.param("en", "Chip output dropped by more than 20% from its 2021 peak, with the index falling from 114.2 "
                 "to 97.6.", [("more than 20%", "97.6", "114.2")], ["fail"], ["error"], id="en_hedged_decline"),
    pytest.param("en", "Chip output dropped by more than 20% from its 2021 peak, with the index falling from 114.2 "
                 "to 88.0.", [("more than 20%", "88.0", "114.2")], ["pass"], [], id="en_hedged_decline_right"),
    pytest.param("en", "Arabica exports fell 3.1 pct to 2.51 mln bags from 2.59 mln bags, while robusta jumped "
                 "68.4 pct to 642,310 bags from 381,450 bags.",
                 [("3.1 pct", "2.51 mln", "2.59 mln"), ("68.4 pct", "642,310", "381,450")],
                 ["pass", "pass"], [], id="en_each_change_owns_its_pair"),
    pytest.param("en", "The share of renewables rose to 14.6% in 2023 from 12.1% in 2022, an increase of 2.5%.",
                 [("2.5%", "14.6%", "12.1%")], ["fail"], ["warning"], id="en_points_written_as_percent"),
    pytest.param("en", "Airline A and airline B carried 4.12 million and 3.76 million passengers, respectively, up "
                 "from 3.93 million and 3.41 million a year earlier - gains of 4.8% and 7.3%.",
                 [("4.8%", "4.12 million", "3.93 million"), ("7.3%", "3.76 million", "3.41 million")],
                 ["pass", "fail"], ["error"], id="en_respectively_lists_in_order"),
    # --- vi ---
    pytest.param("vi", "Doanh thu đạt 16.400 tỷ đồng, tăng 20,6% so với cùng kỳ năm trước (13.600 tỷ đồng).",
                 [("20,6%", "16.400 tỷ đồng", "13.600 tỷ đồng")], ["pass"], [], id="vi_base_in_parentheses"),
    pytest.param("vi", "Thu nhập bình quân đạt 8,1 triệu đồng, giảm 7,6% so với cùng kỳ năm trước (7,53 triệu đồng).",
                 [("7,6%", "8,1 triệu đồng", "7,53 triệu đồng")], ["fail"], ["error"], id="vi_direction_contradicted"),
    pytest.param("vi", "Sản lượng thủy điện giảm 18,3% so với cùng kỳ, chỉ đạt 30,6 tỷ kWh (cùng kỳ năm 2023 đạt "
                 "37,45 tỷ kWh).", [("18,3%", "30,6 tỷ kWh", "37,45 tỷ kWh")], ["pass"], [],
                 id="vi_current_reached_after"),
    # a base with the "per" of its rate unit understood: the same money a month
    pytest.param("vi", "Thu nhập bình quân đạt 8,1 triệu đồng/tháng, giảm 7,6% so với cùng kỳ năm trước (7,53 triệu "
                 "đồng).", [("7,6%", "8,1 triệu đồng/tháng", "7,53 triệu đồng")], ["fail"], ["error"],
                 id="vi_base_per_month_understood"),
    pytest.param("vi", "Giá heo hơi đạt 68.500 đồng/kg, tăng 3,6% so với tháng trước (66.100 đồng).",
                 [("3,6%", "68.500 đồng/kg", "66.100 đồng")], ["pass"], [], id="vi_base_per_kg_understood"),
    pytest.param("vi", "Số ca mắc là 9.420 ca, giảm hơn 30% so với cùng kỳ năm trước (12.450 ca).",
                 [("hơn 30%", "9.420 ca", "12.450 ca")], ["fail"], ["error"], id="vi_hedged_decline"),
    pytest.param("vi", "Số ca mắc là 8.420 ca, giảm hơn 30% so với cùng kỳ năm trước (12.450 ca).",
                 [("hơn 30%", "8.420 ca", "12.450 ca")], ["pass"], [], id="vi_hedged_decline_right"),
    pytest.param("vi", "Tỷ lệ thất nghiệp là 7,96%, tăng 0,36% so với cùng kỳ năm trước (7,6%).",
                 [("0,36%", "7,96%", "7,6%")], ["fail"], ["warning"], id="vi_points_written_as_percent"),
    pytest.param("vi", "Khối A và khối B lần lượt đạt 30.480 tỷ đồng và 10.950 tỷ đồng, tăng 22,1% và 11,9% so với "
                 "năm 2023 (24.960 tỷ đồng và 9.530 tỷ đồng).",
                 [("22,1%", "30.480 tỷ đồng", "24.960 tỷ đồng"), ("11,9%", "10.950 tỷ đồng", "9.530 tỷ đồng")],
                 ["pass", "fail"], ["error"], id="vi_respectively_lists"),
    pytest.param("vi", "Cả nước tiếp 197.697 lượt công dân (tăng 8% so với cùng kỳ) với 125.512 vụ việc (tăng 27% so "
                 "với cùng kỳ).", [("8%", "197.697 lượt", None), ("27%", "125.512", None)], [], [],
                 id="vi_parallel_clauses_keep_their_own_rate"),
    # --- zh ---
    pytest.param("zh", "今年出口汽车310万辆，比上年同期的250万辆增长24%。",
                 [("24%", "310万辆", "250万辆")], ["pass"], [], id="zh_base_between"),
    pytest.param("zh", "大豆进口量7120万吨，较上年同期的8390万吨降幅超过20%。",
                 [("超过20%", "7120万吨", "8390万吨")], ["fail"], ["error"], id="zh_hedged_decline"),
    pytest.param("zh", "10月份粗钢产量8188万吨，同比下降6.1%；9月份粗钢产量为8720万吨，上年同期为7909万吨。",
                 [("6.1%", "8188万吨", "7909万吨")], ["fail"], ["error"], id="zh_yoy_takes_the_year_earlier"),
    pytest.param("zh", "集成电路、汽车出口额分别为8126亿元和6215亿元，同比分别增长19.2%和25.6%，上年同期分别为6817亿元"
                 "和4949亿元。", [("19.2%", "8126亿元", "6817亿元"), ("25.6%", "6215亿元", "4949亿元")],
                 ["pass", "pass"], [], id="zh_respectively_lists"),
    pytest.param("zh", "5月份新增贷款与4月份相比，大幅下降25%，从7400亿元至5520亿元，而与2010年同期相比，减少13.7%。",
                 [("25%", "5520亿元", "7400亿元")], ["pass"], [], id="zh_pair_belongs_to_the_nearest_change"),
    pytest.param("zh", "日本二季度GDP环比增速由0.8%下调至0.7%，同比增速由3.1%下调至2.9%。", [], [], [],
                 id="zh_growth_rates_moved_are_levels"),
    # the same amount in other currencies, in parentheses after the current figure, is no figure of its own
    pytest.param("en", "Net profit jumped 40% to 2.8bn rupees ($64.1m; £34.2m) in the quarter, compared with 2.0bn "
                 "rupees a year earlier.", [("40%", "2.8bn rupees", "2.0bn rupees")], ["pass"], [],
                 id="en_a_currency_gloss_keeps_the_base_designated"),
    pytest.param("en", "Net profit jumped 60% to 2.8bn rupees ($64.1m; £34.2m) in the quarter, compared with 2.0bn "
                 "rupees a year earlier.", [("60%", "2.8bn rupees", "2.0bn rupees")], ["fail"], ["error"],
                 id="en_a_currency_gloss_base_fails"),
    pytest.param("vi", "Lợi nhuận tăng 40% lên 2,8 tỷ USD (khoảng 70.000 tỷ đồng), so với 2 tỷ USD cùng kỳ năm "
                 "trước.", [("40%", "2,8 tỷ USD", "2 tỷ USD")], ["pass"], [], id="vi_a_currency_gloss"),
    # an amount with its rate in parentheses, then the level reached after a comma
    pytest.param("vi", "Giá bạch kim tăng 4,2 USD (0,45%), lên 936,4 USD/ounce.", [], ["pass"], [],
                 id="vi_amount_rate_then_level"),
    pytest.param("vi", "Giá bạch kim tăng 4,2 USD (0,65%), lên 936,4 USD/ounce.", [], ["fail"], ["error"],
                 id="vi_amount_rate_then_level_fails"),
    pytest.param("en", "Platinum rose $4.20 (0.45%), to $936.40 an ounce.", [], ["pass"], [],
                 id="en_amount_rate_then_level"),
    # an amount in cents of a price a barrel ("a barrel" understood); the level reached after a comma
    pytest.param("zh", "布伦特原油期货收盘跌79美分，至每桶118.78美元，跌幅0.66%。", [], ["pass"], [],
                 id="zh_cents_of_a_price_per_barrel"),
    pytest.param("zh", "布伦特原油期货收盘跌79美分，至每桶118.78美元，跌幅0.96%。", [], ["fail"], ["error"],
                 id="zh_cents_of_a_price_per_barrel_fails"),
    pytest.param("vi", "Giá bạc giảm 2,7 xu Mỹ, tức 0,16%, xuống 16,627 USD/ounce.", [], ["pass"], [],
                 id="vi_cents_then_level_after_a_comma"),
    pytest.param("en", "Military spending will rise by 4.8%, to reach $419.3bn, from $400.1bn last year.",
                 [("4.8%", "$419.3bn", "$400.1bn")], ["pass"], [], id="en_level_after_a_comma"),
    # a rate written with its sign is not turned round again by its fall word
    pytest.param("vi", "Chỉ số giảm 0,14 điểm (-0,25%) xuống 56,75 điểm.", [], ["pass"], [], id="vi_signed_rate_falls"),
    pytest.param("zh", "指数下跌0.14点（-0.25%）至56.75点。", [], ["pass"], [], id="zh_signed_rate_falls"),
    # the size of a move changes: measured between this period's rate and the earlier period's told before it
    pytest.param("zh", "猪肉价格上涨6.4%，上月为上涨15.2%，涨幅回落8.8%。", [("8.8%", "6.4%", "15.2%")], ["fail"],
                 ["warning"], id="zh_size_of_rise_fell_in_percent"),
    pytest.param("zh", "猪肉价格上涨6.4%，上月为上涨15.2%，涨幅回落8.8个百分点。", [("8.8个百分点", "6.4%", "15.2%")],
                 ["pass"], [], id="zh_size_of_rise_fell_in_points"),
    pytest.param("vi", "Giá thịt lợn tăng 6,4%, tháng trước tăng 15,2%, mức tăng giảm 8,8 điểm phần trăm.",
                 [("8,8 điểm phần trăm", "6,4%", "15,2%")], ["pass"], [], id="vi_size_of_rise_fell_in_points"),
    # a span of time naming the base's period ("前一周", "two weeks earlier") is no figure of its own
    pytest.param("zh", "本周菜价均价6.12元/公斤，较前一周的6.40元/公斤上涨4.4%。",
                 [("4.4%", "6.12元/公斤", "6.40元/公斤")], ["fail"], ["error"], id="zh_base_of_the_week_before"),
    pytest.param("zh", "本周菜价均价6.12元/公斤，较前一周的6.40元/公斤下降4.4%。",
                 [("4.4%", "6.12元/公斤", "6.40元/公斤")], ["pass"], [], id="zh_base_of_the_week_before_right"),
    # a flow (an amount added over a period) compared with its earlier period's reading
    pytest.param("zh", "前三季度新增贷款增加8.40万亿元，上年同期为10.60万亿元，降幅超过25%。",
                 [("超过25%", "8.40万亿元", "10.60万亿元")], ["fail"], ["error"], id="zh_flow_compared_with_last_year"),
    pytest.param("zh", "前三季度新增贷款增加8.40万亿元，上年同期为10.60万亿元，降幅超过20%。",
                 [("超过20%", "8.40万亿元", "10.60万亿元")], ["pass"], [], id="zh_flow_compared_right"),
    pytest.param("vi", "Tín dụng 9 tháng tăng thêm 840 nghìn tỷ đồng, cùng kỳ năm trước là 1.060 nghìn tỷ đồng, giảm "
                 "hơn 25%.", [("hơn 25%", "840 nghìn tỷ đồng", "1.060 nghìn tỷ đồng")], ["fail"], ["error"],
                 id="vi_flow_compared_with_last_year"),
    pytest.param("en", "The index stood at 61.5 this week, compared with two weeks earlier's 63.2, a rise of 2.7%.",
                 [("2.7%", "61.5", "63.2")], ["fail"], ["error"], id="en_base_of_two_weeks_before"),
    # "少增" / "多增", "tăng ít hơn" / "tăng nhiều hơn": a flow added less (more) than in the earlier period, the
    # difference of the two negative (positive), though the word holds a rise word
    pytest.param("zh", "前三季度新增贷款增加8.40万亿元，上年同期为10.60万亿元，同比少增2.20万亿元。",
                 [("2.20万亿元", "8.40万亿元", "10.60万亿元")], ["pass"], [], id="zh_added_less_right"),
    pytest.param("zh", "前三季度新增贷款增加8.40万亿元，上年同期为10.60万亿元，同比少增2.50万亿元。",
                 [("2.50万亿元", "8.40万亿元", "10.60万亿元")], ["fail"], ["error"], id="zh_added_less_wrong"),
    pytest.param("zh", "前三季度新增贷款增加8.40万亿元，上年同期为10.60万亿元，同比多增2.20万亿元。",
                 [("2.20万亿元", "8.40万亿元", "10.60万亿元")], ["fail"], ["error"], id="zh_added_more_wrong_way"),
    pytest.param("zh", "前三季度新增贷款增加12.80万亿元，上年同期为10.60万亿元，同比多增2.20万亿元。",
                 [("2.20万亿元", "12.80万亿元", "10.60万亿元")], ["pass"], [], id="zh_added_more_right"),
    pytest.param("vi", "Tín dụng 9 tháng tăng thêm 840 nghìn tỷ đồng, cùng kỳ năm trước là 1.060 nghìn tỷ đồng, "
                 "tăng ít hơn 220 nghìn tỷ đồng.",
                 [("ít hơn 220 nghìn tỷ đồng", "840 nghìn tỷ đồng", "1.060 nghìn tỷ đồng")], ["pass"], [],
                 id="vi_added_less_right"),
    pytest.param("vi", "Tín dụng 9 tháng tăng thêm 840 nghìn tỷ đồng, cùng kỳ năm trước là 1.060 nghìn tỷ đồng, "
                 "tăng nhiều hơn 220 nghìn tỷ đồng.",
                 [("nhiều hơn 220 nghìn tỷ đồng", "840 nghìn tỷ đồng", "1.060 nghìn tỷ đồng")], ["fail"], ["error"],
                 id="vi_added_more_wrong_way"),
    # a change measured from the week before ("环比减少1.36万吨") is no flow of the year the base after it is of
    pytest.param("zh", "日均铁水产量232.15万吨，环比减少1.36万吨，较去年同期的227.4万吨增长2.1%。",
                 [("2.1%", "232.15万吨", "227.4万吨")], ["pass"], [], id="zh_week_on_week_amount_then_yoy_right"),
    pytest.param("zh", "日均铁水产量232.15万吨，环比减少1.36万吨，较去年同期的227.4万吨增长5%。",
                 [("5%", "232.15万吨", "227.4万吨")], ["fail"], ["error"], id="zh_week_on_week_amount_then_yoy"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), CASES)
def test_change(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                tmp_path: Path) -> None:
    found = changes_read(text, lang)
    assert [r for r in found if r[2] is not None or r in read] == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


def test_a_change_opening_its_sentence_describes_the_alike_figure_before() -> None:
    text = ("Tháng 11, Việt Nam xuất khẩu 125.000 tấn cà phê. Lượng xuất khẩu tăng 29,8% so với cùng kỳ năm "
            "trước.")
    assert changes_read(text, "vi") == [("29,8%", "125.000 tấn", None)]


def test_an_implied_base_meets_the_same_figure_stated_elsewhere(tmp_path: Path) -> None:
    text = ("Tính chung 10 tháng năm 2024, tổng mức bán lẻ đạt 5.271.200 tỷ đồng, tăng 8,5% so với cùng kỳ năm "
            "trước. Theo Tổng cục Thống kê, cùng kỳ năm 2023 con số này là 4.758.900 tỷ đồng.")
    assert changes_read(text, "vi") == [("8,5%", "5.271.200 tỷ đồng", "4.758.900 tỷ đồng")]
    assert judged(text, "vi", tmp_path) == (["fail"], ["error"])


def test_a_year_on_year_change_never_accused_from_a_month_on_month_base(tmp_path: Path) -> None:
    # 同比 with only a 环比 figure named: the base of another period is a possibility, not an accusation
    text = "10月份产量8188万吨，同比下降6.1%；9月份产量为8720万吨。"
    assert judged(text, "zh", tmp_path)[1] == []


def test_months_without_a_year_tell_the_year_earlier_base(tmp_path: Path) -> None:
    text = ("Banks extended €41.3bn of new loans in March, up 19.4 per cent from a year earlier. Volumes had "
            "been €34.6bn in February and €38.9bn in March 2023.")
    assert changes_read(text, "en") == [("19.4 per cent", "€41.3bn", "€38.9bn")]
    assert judged(text, "en", tmp_path) == (["fail"], ["error"])


def test_a_count_is_never_a_base() -> None:
    text = "Có 4 mã tăng là VPB tăng 3,3%; STB tăng 1,8%."
    assert [r for r in changes_read(text, "vi") if r[2] is not None] == []


def test_basis_points_are_not_checked_as_points(tmp_path: Path) -> None:
    text = "The cost of borrowing has fallen 34 basis points to 4.93 per cent, from 5.27 per cent in September."
    assert judged(text, "en", tmp_path) == ([], [])


def test_two_scaled_numbers_joined_by_and_stay_two() -> None:
    doc = document_from_text("They carried 4.12 million and 3.76 million passengers; two million and five thousand "
                             "more flew.", language="en")
    assert [(c.text, c.value) for c in extract_document(doc)] == [
        ("4.12 million", 4120000), ("3.76 million", 3760000), ("two million and five thousand", 2005000)]


def test_a_change_pointing_back_restates_the_change_told_before(tmp_path: Path) -> None:
    # "That is a 0.4 pct rise": the change the sentence before wrote as an amount, with its current and base;
    # "12-member" qualifies a noun and is no figure of it
    text = ("The 12-member group pumped 26.63 mln barrels per day in May, up 110,000 bpd from April's revised total "
            "of 26.52 mln bpd. That is a 0.4 pct rise from April.")
    assert ("0.4 pct", "26.63 mln", "26.52 mln") in changes_read(text, "en")
    assert judged(text, "en", tmp_path) == (["pass", "pass"], [])
    wrong = text.replace("0.4 pct", "1.4 pct")
    assert judged(wrong, "en", tmp_path) == (["pass", "fail"], ["error"])


def test_the_base_named_after_a_change_picks_the_current_of_its_kind(tmp_path: Path) -> None:
    # the figure nearest the change (an average per match) is not of the base's kind; the total before it is
    text = ("Tổng số khán giả đến sân đạt 1,58 triệu lượt, bình quân 8.680 khán giả/trận, tăng 20,6% so với mùa giải "
            "trước (1,31 triệu lượt).")
    assert ("20,6%", "1,58 triệu lượt", "1,31 triệu lượt") in changes_read(text, "vi")
    assert judged(text, "vi", tmp_path) == (["pass"], [])



@pytest.mark.parametrize(
    ("lang", "text", "read", "statuses", "severities"),
    [
        # a fraction led by a fall word is a change in percent: £1.84m -> £1.21m is a cut of 34%, not a half
        ("en", "Grants to arts groups will be cut by half, from £1.84m to £1.21m.",
         [("half", "£1.21m", "£1.84m")], ["fail"], ["error"]),
        ("en", "Grants to arts groups will be cut by a third, from £1.80m to £1.20m.",
         [("a third", "£1.20m", "£1.80m")], ["pass"], []),
        ("vi", "Ngân sách cho hoạt động văn hóa giảm một nửa, từ 1,84 tỷ đồng xuống 1,21 tỷ đồng.",
         [("một nửa", "1,21 tỷ đồng", "1,84 tỷ đồng")], ["fail"], ["error"]),
        ("vi", "Ngân sách cho hoạt động văn hóa giảm một phần ba, từ 1,8 tỷ đồng xuống 1,2 tỷ đồng.",
         [("một phần ba", "1,2 tỷ đồng", "1,8 tỷ đồng")], ["pass"], []),
        ("zh", "文化补助资金减少三分之一，从1.8亿元降至1.2亿元。",
         [("三分之一", "1.2亿元", "1.8亿元")], ["pass"], []),
        ("zh", "文化补助资金减少一半，从1.84亿元降至1.21亿元。",
         [("一半", "1.21亿元", "1.84亿元")], ["fail"], ["error"]),
    ],
)
def test_a_fraction_after_a_rise_or_fall_word_is_a_change(lang: str, text: str, read: list[Read],
                                                          statuses: list[str], severities: list[str],
                                                          tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


def test_a_fraction_that_is_a_share_is_no_change() -> None:
    assert changes_read("Exports rose to $10bn. Electronics made up half of that, or $5bn.", "en") == []


def test_a_price_raised_from_one_level_to_another() -> None:
    # 上调 / 下调 move a figure: the "from A to B" pair after the rate is its base and current
    text = "多家企业发布调价函，将产品价格上调20%，从5万元/吨上调至6万元/吨。"
    assert changes_read(text, "zh") == [("20%", "6万元/吨", "5万元/吨")]
    text = "该机构将明年铜价预期下调25%，从8000美元/吨下调至6000美元/吨。"
    assert changes_read(text, "zh") == [("25%", "6000美元/吨", "8000美元/吨")]


def test_a_price_lowered_in_english() -> None:
    text = "The copper forecast was lowered 25%, from $8,000 a ton to $6,000 a ton."
    assert changes_read(text, "en") == [("25%", "$6,000 a ton", "$8,000 a ton")]


def test_the_size_of_a_move_reaching_a_figure_is_the_change() -> None:
    # "涨幅达到50%": 达到 after a move's size names the change, not a level reached
    text = "截至二季末持股数量为9000万股，相较一季末的6000万股，涨幅达到50%。"
    assert changes_read(text, "zh") == [("50%", "9000万", "6000万")]
    # a level reached after a rise word stays a level
    text = "该指数上升至53.3%，比上月提高1.2个百分点。"
    assert "53.3%" not in [c for c, _, _ in changes_read(text, "zh")]


def test_a_month_on_month_change_of_the_figure_and_its_previous_reading() -> None:
    # 环比 opening its clause speaks of the item's figure; 前值 is that figure a month before
    text = "美国8月企业裁员人数6.12万人，前值4.08万人；同比升1.0%，前值升9.2%；环比升50%，前值降20%。"
    assert ("50%", "6.12万人", "4.08万人") in changes_read(text, "zh")
    # a forecast between them is neither
    text = "美国7月新屋开工总数120.4万户，预期130万户，前值150.5万户。环比降20%。"
    assert ("20%", "120.4万户", "150.5万户") in changes_read(text, "zh")


def test_a_month_on_month_change_with_a_subject_of_its_own_is_not_the_previous_items() -> None:
    text = "美国9月房产市场指数41，预期40，前值39。美国7月商业库存环比升0.4%。"
    assert all(base is None for _, _, base in changes_read(text, "zh"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # total assets a year earlier, stated in a later paragraph: "tổng tài sản" names both
        ("vi", "Năm 2021, ngân hàng đặt kế hoạch tổng tài sản đạt 148.000 tỷ đồng, tăng 10,2%.\n"
               "Theo báo cáo tài chính, năm 2020, ngân hàng có tổng tài sản là 134.315 tỷ đồng.",
         [("10,2%", "148.000 tỷ đồng", "134.315 tỷ đồng")]),
        ("en", "In 2021, the bank's total assets rose 10.2% to $148bn.\n"
               "In 2020, the bank reported total assets of $134.3bn.",
         [("10.2%", "$148bn", "$134.3bn")]),
    ],
)
def test_the_base_is_the_same_metric_a_year_earlier(lang: str, text: str, expected: list[Read]) -> None:
    assert changes_read(text, lang) == expected


def test_profit_before_tax_is_a_profit() -> None:
    doc = document_from_text("Lợi nhuận trước thuế đạt 1.005 tỷ đồng. Profit before tax was $3bn.", language="vi")
    (c, *_) = extract_document(doc)
    assert c.metric == "profit"
    doc = document_from_text("Profit before tax was $3bn.", language="en")
    assert extract_document(doc)[0].metric == "profit"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "off" is a fall word before a rate
        ("en", "Jet fuel demand was 1.38 mln bpd, off 2.1 pct from 1.41 mln a year earlier.",
         [("2.1 pct", "1.38 mln", "1.41 mln")]),
        # a change with no figure in its sentence; the next sentence gives the two figures, the base named
        ("en", "The tractor maker reported a 52% rise in net profit. Profit was 1.33bn rupees compared with "
               "874.2m rupees.",
         [("52%", "1.33bn rupees", "874.2m rupees")]),
        ("vi", "Công ty báo lãi tăng 52%. Lợi nhuận đạt 133 tỷ đồng, so với 87,4 tỷ đồng.",
         [("52%", "133 tỷ đồng", "87,4 tỷ đồng")]),
    ],
)
def test_a_change_read_from_the_pair_after_it(lang: str, text: str, expected: list[Read]) -> None:
    assert changes_read(text, lang) == expected


def test_the_pair_after_a_change_is_not_taken_when_that_sentence_moves_things_of_its_own() -> None:
    text = ("The tractor maker reported a 52% rise in net profit. Sales rose 9% to 1.33bn rupees compared with "
            "874.2m rupees.")
    assert ("52%", "1.33bn rupees", "874.2m rupees") not in changes_read(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the base's sentence is undated; the sentence before it, all of 2020, dates it
        ("vi", "Năm 2021, lợi nhuận hợp nhất dự kiến đạt 1.400 tỷ đồng, tăng gần 40% so với năm 2020.\n"
               "Năm 2020, ngân hàng có tổng tài sản là 134.315 tỷ đồng. Lợi nhuận hợp nhất đạt 1.005 tỷ đồng.",
         [("gần 40%", "1.400 tỷ đồng", "1.005 tỷ đồng")]),
        ("en", "In 2021, the bank expects net profit of $1.4bn, up nearly 40% on 2020.\n"
               "In 2020, the bank had total assets of $134bn. Net profit was $1.005bn.",
         [("nearly 40%", "$1.4bn", "$1.005bn")]),
    ],
)
def test_an_undated_base_takes_the_period_of_the_sentence_before(lang: str, text: str, expected: list[Read]) -> None:
    assert changes_read(text, lang) == expected


def test_only_a_sentence_of_the_same_paragraph_dates_the_figure_after_it() -> None:
    from validator.link.priors import carried_period
    from validator.link.scope import Scope
    text = "In 2020, sales were $2bn.\nNet profit was $1bn."
    doc = document_from_text(text, language="en")
    scope = Scope(doc, extract_document(doc))
    assert carried_period(scope, scope.claims[-1]) is None
    text = "In 2020, sales were $2bn. Net profit was $1bn."
    doc = document_from_text(text, language="en")
    scope = Scope(doc, extract_document(doc))
    period = carried_period(scope, scope.claims[-1])
    assert period is not None and period.label == "2020"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a period in a clause after the figure's own dates what follows it, not the figure before
        ("en", "In 2003, the bank reported a 20% rise in profits to £3.8bn, and it has forecast similar gains in "
               "2004, predicting that profits would rise 18% to £4.5bn.",
         {"£3.8bn": "2003", "18%": "2004", "£4.5bn": "2004"}),
        ("vi", "Năm 2020, lợi nhuận của ngân hàng tăng 20% lên 3.800 tỷ đồng, và ngân hàng dự báo năm 2021 "
               "lợi nhuận sẽ tăng 18% lên 4.500 tỷ đồng.",
         {"3.800 tỷ đồng": "2020", "18%": "2021", "4.500 tỷ đồng": "2021"}),
        # "từ 5,4% vào năm 2020 lên 40,9% vào năm 2024": a period right after its figure is still its own
        ("vi", "Tỷ lệ tăng từ 5,4% vào năm 2020 lên 40,9% vào năm 2024.", {"5,4%": "2020", "40,9%": "2024"}),
    ],
)
def test_the_period_of_a_figure_between_two(lang: str, text: str, expected: dict[str, str]) -> None:
    claims = extract_document(document_from_text(text, language=lang))
    got = {c.text: c.period.label if c.period else None for c in claims if c.text in expected}
    assert got == expected


def test_a_loss_in_points_is_a_fall() -> None:
    text = "VN-Index tạm thời ghi nhận mức thiệt hại 20,35 điểm tương ứng 1,63% còn 1.228,18 điểm."
    assert changes_read(text, "vi") == [("1,63%", "1.228,18 điểm", None)]


def test_a_from_to_pair_never_spans_another_subjects_move() -> None:
    # "…from $40.2 million, while the parks budget climbs to $19.6 million": the "to" is the parks budget's
    text = ("Libraries receive $42.5 million, up 5.7% from $40.2 million last year, while the parks budget "
            "climbs to $19.6 million.")
    assert changes_read(text, "en") == [("5.7%", "$42.5 million", "$40.2 million")]


def test_a_rise_word_right_after_the_comma_continues_the_move() -> None:
    # "从原来的80元，涨到现在的92元": one move, from 80 to 92
    text = "某品牌大米从原来的80元，涨到现在的92元，涨幅达15%。"
    assert changes_read(text, "zh") == [("15%", "92元", "80元")]


def test_the_period_word_leading_a_change_is_its_own() -> None:
    # 同比 leads 20.5%, 环比 leads 8.1%: the list of bases after them is in that order
    text = ("第三季度公司营收14.7亿元，同比增长20.5%，环比增长8.1%，上年同期和二季度营收分别为12.2亿元和13.6亿元。")
    read = dict((c, (cur, base)) for c, cur, base in changes_read(text, "zh"))
    assert read.get("20.5%", (None, None))[1] != "13.6亿元"


@pytest.mark.parametrize(("lang", "text", "rate"), [
    ("en", "Credit card receivables jumped 28.5% to $812 billion from $632 billion, while salary-based loans rose "
           "19.7%.", "19.7%"),
    ("vi", "Dư nợ thẻ tín dụng tăng 28,5% từ 632 tỷ đồng lên 812 tỷ đồng, trong khi cho vay tiêu dùng tăng 19,7%.",
     "19,7%"),
])
def test_a_parallel_clauses_rate_does_not_take_the_pair_another_rate_governs(lang: str, text: str, rate: str,
                                                                              tmp_path: Path) -> None:
    """The from/to pair is the first rate's; the parallel clause's rate has no figures of its own: never an error."""
    assert [r for r in changes_read(text, lang) if r[0] == rate and r[1] is not None] == []
    assert "error" not in judged(text, lang, tmp_path)[1]


MEASURED = [
    pytest.param("vi", "Mười tháng năm 2024, xuất khẩu gạo đạt 8,1 triệu tấn, trị giá 5,1 tỷ USD, giảm 2,4% về lượng "
                 "nhưng tăng 10,9% về giá trị so với cùng kỳ năm 2023 (8,3 triệu tấn, 4,6 tỷ USD).",
                 [("2,4%", "8,1 triệu tấn", "8,3 triệu tấn"), ("10,9%", "5,1 tỷ USD", "4,6 tỷ USD")],
                 ["pass", "pass"], [], id="vi_volume_and_value_right"),
    pytest.param("vi", "Mười tháng năm 2024, xuất khẩu gạo đạt 8,1 triệu tấn, trị giá 5,1 tỷ USD, tăng 2,4% về lượng "
                 "và tăng 10,9% về giá trị so với cùng kỳ năm 2023 (8,3 triệu tấn, 4,6 tỷ USD).",
                 [("2,4%", "8,1 triệu tấn", "8,3 triệu tấn"), ("10,9%", "5,1 tỷ USD", "4,6 tỷ USD")],
                 ["fail", "pass"], ["error"], id="vi_volume_direction_wrong"),
    pytest.param("en", "Rice exports reached 8.1 million tonnes worth $5.1 billion in the first ten months of "
                 "2024, down 2.4% by volume but up 10.9% by value "
                 "from a year earlier (8.3 million tonnes, $4.6 billion).",
                 [("2.4%", "8.1 million tonnes", "8.3 million tonnes"), ("10.9%", "$5.1 billion", "$4.6 billion")],
                 ["pass", "pass"], [], id="en_volume_and_value_right"),
    pytest.param("en", "Rice exports reached 8.1 million tonnes worth $5.1 billion in the first ten months of "
                 "2024, up 2.4% by volume and up 10.9% by value "
                 "from a year earlier (8.3 million tonnes, $4.6 billion).",
                 [("2.4%", "8.1 million tonnes", "8.3 million tonnes"), ("10.9%", "$5.1 billion", "$4.6 billion")],
                 ["fail", "pass"], ["error"], id="en_volume_direction_wrong"),
    pytest.param("zh", "1—10月，大米出口810万吨，出口金额51亿美元，数量下降2.4%，金额增长10.9%。",
                 [("2.4%", "810万吨", None), ("10.9%", "51亿美元", None)], [], [], id="zh_volume_and_value_currents"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), MEASURED)
def test_a_change_saying_what_it_measures(lang: str, text: str, read: list[Read], statuses: list[str],
                                          severities: list[str], tmp_path: Path) -> None:
    """"giảm 2,4% về lượng nhưng tăng 10,9% về giá trị so với cùng kỳ (…)": each change is of the figure of its
    measure, and the comparison after the second is both's, its parenthesised figures each the base of its kind."""
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


CAUSES = [
    # a rate told after a "from A to B" pair, in the clause giving its cause, is the cause's change: no reading
    pytest.param("en", "Unit costs rose to $2.60 a tonne from $2.40 a tonne, reflecting a 30% increase in diesel "
                 "prices.", [], [], [], id="en_rate_of_the_cause"),
    pytest.param("vi", "Chi phí sản xuất tăng từ 2,4 USD/tấn lên 2,6 USD/tấn, do giá dầu diesel tăng 30%.", [], [],
                 [], id="vi_rate_of_the_cause"),
    pytest.param("zh", "单位成本由2.4美元/吨升至2.6美元/吨，主要受柴油价格上涨30%影响。", [], [], [],
                 id="zh_rate_of_the_cause"),
    pytest.param("zh", "单位成本从2.4美元升至2.6美元，反映出柴油价格上涨30%。", [], [], [],
                 id="zh_rate_of_the_cause_reflects"),
    # a clause break after the cause word ends the cause: the rate is the pair's again
    pytest.param("en", "Unit costs rose to $2.60 a tonne from $2.40 a tonne thanks to dearer diesel, an increase of "
                 "8.3%.", [("8.3%", "$2.60 a tonne", "$2.40 a tonne")], ["pass"], [], id="en_cause_closed_pass"),
    pytest.param("en", "Unit costs rose to $2.60 a tonne from $2.40 a tonne thanks to dearer diesel, an increase of "
                 "18%.", [("18%", "$2.60 a tonne", "$2.40 a tonne")], ["fail"], ["error"], id="en_cause_closed_fail"),
    pytest.param("vi", "Chi phí sản xuất tăng từ 2,4 USD/tấn lên 2,6 USD/tấn, tương đương tăng 18%.",
                 [("18%", "2,6 USD/tấn", "2,4 USD/tấn")], ["fail"], ["error"], id="vi_no_cause_fail"),
    pytest.param("zh", "单位成本由2.4美元/吨升至2.6美元/吨，增长18%。", [("18%", "2.6美元/吨", "2.4美元/吨")], ["fail"],
                 ["error"], id="zh_no_cause_fail"),
    # a pair told as the cause of a rate before it still shows how far that rate moved
    pytest.param("vi", "Giá điện tăng 2,5% do giá than tăng từ 80 USD/tấn lên 82 USD/tấn.",
                 [("2,5%", "82 USD/tấn", "80 USD/tấn")], ["pass"], [], id="vi_pair_as_the_cause_pass"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), CAUSES)
def test_a_rate_of_the_cause(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                             tmp_path: Path) -> None:
    assert [r for r in changes_read(text, lang) if r[2] is not None] == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


AGAINST = [
    # a base found elsewhere by its words that moves the other way by another size is two things paired wrongly
    # far likelier than two mistakes at once: never an error
    pytest.param("en", "Coffee exports were 400,000 tonnes in May last year. In May this year coffee exports rose 10% "
                 "to 220,000 tonnes.", ("unverifiable", []), id="en_against_by_far"),
    pytest.param("vi", "Tháng 5/2025, xuất khẩu cà phê tăng 10% so với cùng kỳ, đạt 220.000 tấn. Cùng kỳ năm 2024, "
                 "xuất khẩu cà phê đạt 400.000 tấn.", ("unverifiable", []), id="vi_against_by_far"),
    pytest.param("zh", "去年5月咖啡出口量为40万吨。今年5月咖啡出口量增长10%至22万吨。", ("unverifiable", []),
                 id="zh_against_by_far"),
    # … the other way by about its size: the direction word is wrong, the pair stays designated
    pytest.param("en", "Coffee exports were 240,000 tonnes in May last year. In May this year coffee exports rose 10% "
                 "to 220,000 tonnes.", ("fail", ["error"]), id="en_against_by_its_size"),
    pytest.param("vi", "Tháng 5/2025, xuất khẩu cà phê tăng 10% so với cùng kỳ, đạt 220.000 tấn. Cùng kỳ năm 2024, "
                 "xuất khẩu cà phê đạt 240.000 tấn.", ("fail", ["error"]), id="vi_against_by_its_size"),
    pytest.param("vi", "Tháng 5/2025, xuất khẩu cà phê tăng 10% so với cùng kỳ, đạt 220.000 tấn. Cùng kỳ năm 2024, "
                 "xuất khẩu cà phê đạt 200.000 tấn.", ("pass", []), id="vi_with_its_word"),
    # a base the change's own words designate keeps its strength: another period's rate was stated
    pytest.param("en", "The number of unemployed people rose 4.0% from a year earlier to 120,000 in May. This was up "
                 "from 115,400 in April and down from 125,000 in May 2024.", ("fail", ["error"]),
                 id="en_designated_base_against"),
]


@pytest.mark.parametrize(("lang", "text", "outcome"), AGAINST)
def test_a_base_by_words_moving_against_the_change(lang: str, text: str, outcome: tuple[str, list[str]],
                                                  tmp_path: Path) -> None:
    statuses, severities = judged(text, lang, tmp_path)
    assert (statuses[:1], severities) == ([outcome[0]], outcome[1])


@pytest.mark.parametrize(("lang", "text", "rate"), [
    ("vi", "Lượng giống gieo sạ giảm từ 150-200 kg/ha xuống còn 70-80 kg/ha, lượng phân đạm giảm 20-30%.", "20"),
    ("vi", "Lượng giống gieo sạ giảm từ 150 kg/ha xuống còn 70 kg/ha, lượng phân đạm giảm 20%.", "20%"),
    ("en", "Seed use fell from 150-200 kg per hectare to 70-80 kg per hectare, while fertiliser use dropped 20-30%.",
     "20"),
    ("en", "Seed use fell from 150 kg per hectare to 70 kg per hectare, while fertiliser use dropped 20%.", "20%"),
    ("zh", "播种量从每公顷150-200公斤降至70-80公斤，化肥用量减少20-30%。", "20"),
    ("zh", "播种量从每公顷150公斤降至70公斤，化肥用量减少20%。", "20%"),
])
def test_a_rate_with_a_subject_of_its_own_does_not_take_the_pair_before_it(lang: str, text: str, rate: str,
                                                                            tmp_path: Path) -> None:
    """A rate past a clause break whose own subject stands before its fall word moves another thing: the pair
    before it is not its base and current (150 → 70 is −53%, not the 20% of the fertiliser)."""
    assert [r for r in changes_read(text, lang) if r[0] == rate and r[2] is not None] == []
    assert "error" not in judged(text, lang, tmp_path)[1]


@pytest.mark.parametrize(("lang", "text", "rate", "outcome"), [
    ("vi", "Lượng giống gieo sạ giảm từ 150 kg/ha xuống còn 70 kg/ha, tức giảm 53,3%.", "53,3%", "pass"),
    ("vi", "Lượng giống gieo sạ giảm từ 150 kg/ha xuống còn 70 kg/ha, tức giảm 20%.", "20%", "error"),
    ("en", "Seed use fell from 150 kg per hectare to 70 kg per hectare, a drop of 53.3%.", "53.3%", "pass"),
    ("en", "Seed use fell from 150 kg per hectare to 70 kg per hectare, a drop of 20%.", "20%", "error"),
    ("zh", "播种量从每公顷150公斤降至70公斤，降幅为53.3%。", "53.3%", "pass"),
    ("zh", "播种量从每公顷150公斤降至70公斤，降幅为20%。", "20%", "error"),
])
def test_a_rate_restating_the_pair_still_takes_it(lang: str, text: str, rate: str, outcome: str,
                                                 tmp_path: Path) -> None:
    """"tức giảm", "a drop of", "降幅为" restate the move: the pair is the rate's, right or wrong."""
    assert [r[0] for r in changes_read(text, lang) if r[2] is not None] == [rate]
    statuses, severities = judged(text, lang, tmp_path)
    assert (outcome in severities) if outcome == "error" else (statuses == [outcome] and not severities)


@pytest.mark.parametrize(("lang", "text"), [
    ("vi", "Xét theo thị trường, Hàn Quốc (820 triệu USD, tăng 21%) đã vượt Nhật Bản (790 triệu USD, tăng 9%) để dẫn "
           "đầu."),
    ("zh", "分市场看，韩国（8.2亿美元，增长21%）超过日本（7.9亿美元，增长9%），位居第一。"),
])
def test_a_figure_ranked_against_with_a_change_of_its_own_is_no_base(lang: str, text: str, tmp_path: Path) -> None:
    # "A (x, up 21%) overtook B (y, up 9%)": the comparison ranks two currents, each with its own change
    read = changes_read(text, lang)
    assert read and all(base is None for _, _, base in read)
    assert "error" not in judged(text, lang, tmp_path)[1]


# --- a comparative before the percentage, a comparison word after it: the difference, not a bound ---

DIFFERENCE_LEADS = [
    pytest.param("vi", "Kim ngạch xuất khẩu đạt 5,06 tỷ USD, cao hơn 32,8% so với cùng kỳ năm ngoái (3,41 tỷ USD).",
                 [("32,8%", "5,06 tỷ USD", "3,41 tỷ USD")], ["fail"], ["error"], id="vi_higher_by_wrong"),
    pytest.param("vi", "Kim ngạch xuất khẩu đạt 5,06 tỷ USD, cao hơn 48,4% so với cùng kỳ năm ngoái (3,41 tỷ USD).",
                 [("48,4%", "5,06 tỷ USD", "3,41 tỷ USD")], ["pass"], [], id="vi_higher_by_right"),
    pytest.param("vi", "Giá bán bình quân đạt 41.000 đồng/kg, thấp hơn 18% so với năm trước (50.000 đồng/kg).",
                 [("18%", "41.000 đồng/kg", "50.000 đồng/kg")], ["pass"], [], id="vi_lower_by_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), DIFFERENCE_LEADS)
def test_difference_lead(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                         tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize(("lang", "text", "figure", "hedge"), [
    pytest.param("vi", "Kim ngạch đạt 5,06 tỷ USD, cao hơn 32,8% so với cùng kỳ.", "32,8%", None, id="vi_difference"),
    pytest.param("vi", "Lãi suất cho vay hiện cao hơn 5% mỗi năm.", "cao hơn 5%", "over", id="vi_bound_kept"),
    pytest.param("en", "Sales grew more than 30% compared with 2023.", "more than 30%", "over", id="en_bound_kept"),
    pytest.param("zh", "出口额比上年高出18%。", "18%", None, id="zh_no_hedge"),
])
def test_difference_lead_reading(lang: str, text: str, figure: str, hedge: str | None) -> None:
    claims = extract_document(document_from_text(text, language=lang))
    found = [c for c in claims if c.text == figure]
    assert [c.hedge.value if c.hedge else None for c in found] == [hedge]


@pytest.mark.parametrize("lang,text,read", [
    # a spread across places ("ranged from … to …", "dao động từ … đến", "从…到…不等", "在…至…之间") is no
    # earlier reading
    pytest.param("en", "Hog prices averaged $62 a head, up 20% from a year earlier. Across states, hog prices ranged "
                 "from $50 a head to $66 a head.", [("20%", "$62 a head", None)], id="en_spread_no_base"),
    pytest.param("en", "Hog prices averaged $62 a head, up 20% from a year earlier. A year earlier hog prices "
                 "averaged $50 a head.", [("20%", "$62 a head", "$50 a head")], id="en_earlier_reading_is_base"),
    pytest.param("vi", "Giá lợn hơi đạt 62.000 đồng/kg, tăng 20% so với cùng kỳ. Tại các tỉnh, giá lợn hơi dao động "
                 "từ 50.000 đồng/kg đến 66.000 đồng/kg.", [("20%", "62.000 đồng/kg", None)], id="vi_spread_no_base"),
    pytest.param("vi", "Giá lợn hơi đạt 62.000 đồng/kg, tăng 20% so với cùng kỳ. Cùng kỳ năm trước, giá lợn hơi là "
                 "50.000 đồng/kg.", [("20%", "62.000 đồng/kg", "50.000 đồng/kg")], id="vi_earlier_reading_is_base"),
    pytest.param("zh", "生猪均价为每公斤16.2元，同比上涨20%。各省生猪价格从每公斤13.5元到17.2元不等。",
                 [("20%", "16.2元", None)], id="zh_spread_budeng_no_base"),
    pytest.param("zh", "生猪均价为每公斤16.2元，同比上涨20%。上年同期，生猪均价为每公斤13.5元。",
                 [("20%", "16.2元", "13.5元")], id="zh_earlier_reading_is_base"),
])
def test_a_spread_is_no_base(lang: str, text: str, read: list[Read]) -> None:
    assert shared_changes_read(text, lang) == read


_SIBLING_OK = {
    "vi": "Tổng kim ngạch xuất, nhập khẩu hàng hóa tháng 10/2025 ước đạt 78,4 tỷ USD, tăng 3,3% so với tháng trước."
          "\n\nKim ngạch nhập khẩu hàng hóa tháng 10/2025 ước đạt 38,2 tỷ USD, tăng 3,8% so với tháng trước và tăng "
          "13,7% so với cùng kỳ năm trước (tháng 9/2025 đạt 36,8 tỷ USD; tháng 10/2024 đạt 33,6 tỷ USD).",
    "zh": "2025年10月全市货物进出口总额为78.4亿元，环比增长3.3%。\n\n2025年10月货物进口额为38.2亿元，环比增长3.8%，"
          "同比增长13.7%（2025年9月为36.8亿元，2024年10月为33.6亿元）。",
    "en": "Total goods trade reached $78.4 billion in October 2025, up 3.3% from the month before.\n\nGoods imports "
          "were $38.2 billion in October 2025, up 3.8% from the previous month and 13.7% from a year earlier "
          "($36.8 billion in September 2025 and $33.6 billion in October 2024).",
}
_SIBLING_WRONG = {
    "vi": "Tổng kim ngạch xuất nhập khẩu tháng 10/2025 đạt 78,4 tỷ USD, tăng 9,3% so với tháng trước (tháng 9/2025 "
          "đạt 75,9 tỷ USD).\n\nKim ngạch nhập khẩu tháng 10/2025 đạt 38,2 tỷ USD, tăng 3,8% so với tháng trước "
          "(tháng 9/2025 đạt 36,8 tỷ USD).",
    "zh": "2025年10月全市进出口总额为78.4亿元，环比增长9.3%（2025年9月为75.9亿元）。\n\n2025年10月进口额为38.2亿元，"
          "环比增长3.8%（2025年9月为36.8亿元）。",
    "en": "Total trade reached $78.4 billion in October 2025, up 9.3% from the month before ($75.9 billion in "
          "September 2025).\n\nImports were $38.2 billion in October 2025, up 3.8% from the previous month "
          "($36.8 billion in September 2025).",
}


@pytest.mark.parametrize("lang", ["vi", "zh", "en"])
def test_an_earlier_reading_told_after_another_figure_is_that_ones(lang: str, tmp_path: Path) -> None:
    # the previous month's figure in the imports' sentence is the imports', never the total's told before it
    ok = shared_changes_read(_SIBLING_OK[lang], lang)
    assert ok[0][2] is None and "error" not in judged(_SIBLING_OK[lang], lang, tmp_path)[1]
    wrong = shared_changes_read(_SIBLING_WRONG[lang], lang)
    assert wrong[0][2] in ("75,9 tỷ USD", "75.9亿元", "$75.9 billion") and wrong[1][2] in (
        "36,8 tỷ USD", "36.8亿元", "$36.8 billion")
    assert "error" in judged(_SIBLING_WRONG[lang], lang, tmp_path)[1]


@pytest.mark.parametrize(("text", "read"), [
    # a "to" word opening a clause with a change of its own ("còn kim ngạch tăng tới 20,0%": "while value rose by as
    # much as") reaches no level for the change before it
    ("Năm nay Việt Nam xuất khẩu 1,50 triệu tấn gạo, thu về 0,90 tỷ USD. So với năm trước, lượng tăng 5,0%, còn "
     "kim ngạch tăng tới 20,0%.", []),
    # the same word right after the comma, closing the change's own clause, reaches its level
    ("Giá lúa giảm 2,0%, còn 6.000 đồng/kg.", [("2,0%", "6.000 đồng/kg", None)]),
])
def test_a_to_word_opening_a_clause_of_its_own_change(text: str, read: list) -> None:
    assert changes_read(text, "vi") == read


# two comparisons of one subject chained with "and": the figure the first one's then-clause tells ("when the register
# stood at 32,200") is that earlier time's reading, never the current of the second; 31,200 / 34,510 = -9.6%
_THEN_CHAINED = {
    "en": ("At the end of June, 31,200 people were registered as unemployed in the district. That was 3.1% fewer "
           "than at the end of May, when the register stood at 32,200, and {r} below the 34,510 counted in June "
           "last year."),
    "vi": ("Cuối tháng 6, huyện có 31.200 người đăng ký thất nghiệp. Con số này giảm 3,1% so với cuối tháng 5, khi đó "
           "danh sách là 32.200 người, và giảm {r} so với mức 34.510 người của tháng 6 năm ngoái."),
    "zh": "6月末，全区登记失业人数为31200人，比5月末减少3.1%，当时为32200人，比去年6月的34510人减少{r}。",
}


@pytest.mark.parametrize("lang", sorted(_THEN_CHAINED))
def test_a_then_clause_reading_is_no_current_of_the_next_change(lang: str, tmp_path: Path) -> None:
    right, wrong = ("9,6%", "12,4%") if lang == "vi" else ("9.6%", "12.4%")
    now, base = {"en": ("31,200 people", "34,510"), "vi": ("31.200 người", "34.510 người"),
                 "zh": ("31200人", "34510人")}[lang]
    text = _THEN_CHAINED[lang].format(r=right)
    assert (right, now, base) in changes_read(text, lang)
    assert judged(text, lang, tmp_path, ("NR102",))[1] == []
    text = _THEN_CHAINED[lang].format(r=wrong)
    assert (wrong, now, base) in changes_read(text, lang)
    assert judged(text, lang, tmp_path, ("NR102",))[1] == ["error"]
