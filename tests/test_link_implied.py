"""Implied bases and totals compared with the figures the article states (issue #9: IN501/IN502 no longer stop at
the implied figure).

- A percentage of a plan or estimate ("bằng 107,4% dự toán", "90% of the annual plan", "完成年度计划的90%") is a
  share of that plan: its whole is a plan of the part's metric, given in parentheses after its words or named by
  whose plan it is; the bare plan word names every plan alike, so a plan found by it alone elsewhere is only a
  question; above a plan ("vượt 7% kế hoạch") is no share; and the ratio to a plan is no change's current figure.
- A clause opened by a when-word right after a comparison's period tells that period's figure ("so với năm 2023,
  khi … đạt", "compared with 2023, when …", "与2023年相比，当时…").
- A clause of its own opening a sentence on the earlier period's word names its figures' period ("去年前10个月，…",
  "A year earlier, …", "Cùng kỳ năm trước, …").
- An undated figure of a year-on-year change is of the one year its semicolon-joined sentence names before it.
- Two figures named by their metric alone, one named as the earlier period's, are the same figure a period apart.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _judging import ChangeRead, changes_read, judged_by, share_outcomes
from test_link_changes import judged

from validator.document import document_from_text
from validator.extract.claims import extract_document

# --- implied totals: shares of a plan ---

PLAN_SHARES = [
    # vi: the plan in parentheses after its words
    pytest.param("vi", "Tổng thu ngân sách năm 2024 ước đạt 40.250 tỷ đồng, bằng 125% dự toán HĐND tỉnh giao "
                 "(32.200 tỷ đồng) và tăng 10% so với năm 2023.", [("125%", "pass")], id="vi_parenthesis_right"),
    pytest.param("vi", "Tổng thu ngân sách năm 2024 ước đạt 40.250 tỷ đồng, bằng 115% dự toán HĐND tỉnh giao "
                 "(32.200 tỷ đồng) và tăng 10% so với năm 2023.", [("115%", "error"), ("115%", "fail")],
                 id="vi_parenthesis_wrong"),
    # vi: a plan named by whose it is, stated paragraphs away, of the year the part to date falls in
    pytest.param("vi", "Lũy kế giải ngân vốn đầu tư công đến ngày 30/9/2024 đạt 312.450 tỷ đồng, bằng 50% kế hoạch "
                 "Chính phủ giao.\n\nHạ tầng giao thông vẫn là trọng tâm.\n\nNăm 2024, tổng kế hoạch vốn đầu tư công "
                 "được Chính phủ giao là 624.900 tỷ đồng.", [("50%", "pass")], id="vi_named_plan_right"),
    pytest.param("vi", "Lũy kế giải ngân vốn đầu tư công đến ngày 30/9/2024 đạt 312.450 tỷ đồng, bằng 60% kế hoạch "
                 "Chính phủ giao.\n\nHạ tầng giao thông vẫn là trọng tâm.\n\nNăm 2024, tổng kế hoạch vốn đầu tư công "
                 "được Chính phủ giao là 624.900 tỷ đồng.", [("60%", "error"), ("60%", "fail")],
                 id="vi_named_plan_wrong"),
    # vi: the bare plan word names any plan: a question, not a finding
    pytest.param("vi", "Năm 2024, tổng kế hoạch vốn đầu tư công là 600.000 tỷ đồng.\n\nRiêng vốn trái phiếu mới "
                 "giao được 30.000 tỷ đồng (bằng 12% kế hoạch).", [("12%", "unverifiable")], id="vi_bare_plan"),
    # vi: above the plan is no share of it
    pytest.param("vi", "Sản lượng sản xuất đạt 5,93 triệu tấn, vượt 7% kế hoạch năm.", [], id="vi_above_plan"),
    # vi: a plan share is of a plan, not of the actual total the breakdown opens on
    pytest.param("vi", "Tổng thu 9 tháng đạt 1.455.400 tỷ đồng. Trong đó, thu nội địa 1.232.100 tỷ đồng, thu từ dầu "
                 "thô 45.200 tỷ đồng và thu xuất nhập khẩu 178.100 tỷ đồng.\n\nThu nội địa đạt 84,9% dự toán.", [],
                 id="vi_plan_not_the_actual_total"),
    # en
    pytest.param("en", "Capital spending totalled $452 million last year, or 80% of the annual plan ($565 million).",
                 [("80%", "pass")], id="en_parenthesis_right"),
    pytest.param("en", "Capital spending totalled $452 million last year, or 90% of the annual plan ($565 million).",
                 [("90%", "error"), ("90%", "fail")], id="en_parenthesis_wrong"),
    # zh
    pytest.param("zh", "全年完成固定资产投资452亿元，为年度计划的80%（565亿元）。", [("80%", "pass")],
                 id="zh_parenthesis_right"),
    pytest.param("zh", "全年完成固定资产投资452亿元，为年度计划的90%（565亿元）。", [("90%", "error"), ("90%", "fail")],
                 id="zh_parenthesis_wrong"),
]


@pytest.mark.parametrize(("lang", "text", "outcomes"), PLAN_SHARES)
def test_share_of_a_plan(lang: str, text: str, outcomes: list[tuple[str, str]]) -> None:
    assert share_outcomes(text, lang) == outcomes


def test_ratio_to_a_plan_is_no_changes_current() -> None:
    text = ("Tổng thu ngân sách năm 2024 ước đạt 40.000 tỷ đồng, bằng 125% dự toán HĐND tỉnh giao (32.000 tỷ đồng) "
            "và tăng 10% so với năm 2023.")
    assert changes_read(text, "vi") == [("10%", "40.000 tỷ đồng", None)]


# --- implied bases: the base the article states elsewhere ---

BASES = [
    # a when-clause after the comparison's period
    pytest.param("vi", "Tổng thu ngân sách năm 2024 ước đạt 44.220 tỷ đồng, tăng 10% so với năm 2023.\n\nNgành "
                 "điện tử phục hồi rõ.\n\nSo với năm 2023, khi tổng thu ngân sách trên địa bàn đạt 40.200 tỷ đồng, "
                 "kết quả năm nay là khả quan.", [("10%", "44.220 tỷ đồng", "40.200 tỷ đồng")], ["pass"], [],
                 id="vi_when_right"),
    pytest.param("vi", "Tổng thu ngân sách năm 2024 ước đạt 44.220 tỷ đồng, tăng 20% so với năm 2023.\n\nNgành "
                 "điện tử phục hồi rõ.\n\nSo với năm 2023, khi tổng thu ngân sách trên địa bàn đạt 40.200 tỷ đồng, "
                 "kết quả năm nay là khả quan.", [("20%", "44.220 tỷ đồng", "40.200 tỷ đồng")], ["fail"], ["error"],
                 id="vi_when_wrong"),
    pytest.param("en", "In 2024, the port handled 50.0 million tonnes of cargo, up 40% compared with 2023.\n\nNew "
                 "cranes arrived in spring.\n\nCompared with 2023, when the port handled 40.0 million tonnes of cargo, "
                 "traffic grew strongly.", [("40%", "50.0 million tonnes", "40.0 million tonnes")], ["fail"], ["error"],
                 id="en_when_wrong"),
    # a sentence opening on the earlier period's word
    pytest.param("zh", "前10个月，全国累计出口钢材9260万吨，同比增长20%；进口钢材500万吨。\n\n去年前10个月，钢材"
                 "出口量为8420万吨。", [("20%", "9260万吨", "8420万吨")], ["fail"], ["error"], id="zh_opening_wrong"),
    pytest.param("zh", "前10个月，全国累计出口钢材9260万吨，同比增长10%；进口钢材500万吨。\n\n去年前10个月，钢材"
                 "出口量为8420万吨。", [("10%", "9260万吨", "8420万吨")], ["pass"], [], id="zh_opening_right"),
    # metric words alone, one figure named as last year's
    pytest.param("en", "Deposits rose 7.4% to 15.82 trillion pesos.\n\nLoans grew faster.\n\nDeposits stood at "
                 "14.23 trillion pesos in June last year.", [("7.4%", "15.82 trillion pesos", "14.23 trillion pesos")],
                 ["fail"], ["error"], id="en_metric_alone_wrong"),
    pytest.param("en", "Deposits rose 11.2% to 15.82 trillion pesos.\n\nLoans grew faster.\n\nDeposits stood at "
                 "14.23 trillion pesos in June last year.",
                 [("11.2%", "15.82 trillion pesos", "14.23 trillion pesos")], ["pass"], [], id="en_metric_alone_right"),
    # the year of a semicolon-joined sentence
    pytest.param("zh", "年报显示，截至2023年末，该行资产总额4800.0亿元，较上年末增长9%；实现归属于母公司股东的净利润"
                 "46.0亿元，同比增长15%。\n\n其中2022年归属于母公司股东的净利润为40.0亿元。",
                 [("9%", "4800.0亿元", None), ("15%", "46.0亿元", "40.0亿元")], ["pass"], [], id="zh_year_right"),
    pytest.param("zh", "年报显示，截至2023年末，该行资产总额4800.0亿元，较上年末增长9%；实现归属于母公司股东的净利润"
                 "46.0亿元，同比增长11%。\n\n其中2022年归属于母公司股东的净利润为40.0亿元。",
                 [("9%", "4800.0亿元", None), ("11%", "46.0亿元", "40.0亿元")], ["fail"], ["error"],
                 id="zh_year_wrong"),
    # a base period word ending the period that opens its clause, after a lead-in clause without figures
    pytest.param("vi", "6 tháng đầu năm 2024, kim ngạch xuất khẩu hạt điều đạt 2,40 tỷ USD, tăng 20% so với cùng kỳ "
                 "năm ngoái.\n\nGiá điều nhân tăng mạnh.\n\nNhìn lại, 6 tháng đầu năm ngoái, kim ngạch xuất khẩu hạt "
                 "điều chỉ đạt 1,60 tỷ USD.", [("20%", "2,40 tỷ USD", "1,60 tỷ USD")], ["fail"], ["error"],
                 id="vi_period_opening_wrong"),
    pytest.param("vi", "6 tháng đầu năm 2024, kim ngạch xuất khẩu hạt điều đạt 2,40 tỷ USD, tăng 50% so với cùng kỳ "
                 "năm ngoái.\n\nGiá điều nhân tăng mạnh.\n\nNhìn lại, 6 tháng đầu năm ngoái, kim ngạch xuất khẩu hạt "
                 "điều chỉ đạt 1,60 tỷ USD.", [("50%", "2,40 tỷ USD", "1,60 tỷ USD")], ["pass"], [],
                 id="vi_period_opening_right"),
    pytest.param("en", "In the first half of 2024, cashew exports reached $2.40 billion, up 20% from a year earlier."
                 "\n\nKernel prices rose sharply.\n\nBy comparison, in the first half of last year, cashew exports "
                 "stood at $1.60 billion.", [("20%", "$2.40 billion", "$1.60 billion")], ["fail"], ["error"],
                 id="en_period_opening_wrong"),
    pytest.param("en", "In the first half of 2024, cashew exports reached $2.40 billion, up 50% from a year earlier."
                 "\n\nKernel prices rose sharply.\n\nBy comparison, in the first half of last year, cashew exports "
                 "stood at $1.60 billion.", [("50%", "$2.40 billion", "$1.60 billion")], ["pass"], [],
                 id="en_period_opening_right"),
    pytest.param("zh", "2024年上半年，腰果出口额为24.0亿美元，同比增长20%。\n\n果仁价格大幅上涨。\n\n相比之下，"
                 "去年上半年，腰果出口额为16.0亿美元。", [("20%", "24.0亿美元", "16.0亿美元")], ["fail"], ["error"],
                 id="zh_period_opening_wrong"),
    pytest.param("zh", "2024年上半年，腰果出口额为24.0亿美元，同比增长50%。\n\n果仁价格大幅上涨。\n\n相比之下，"
                 "去年上半年，腰果出口额为16.0亿美元。", [("50%", "24.0亿美元", "16.0亿美元")], ["pass"], [],
                 id="zh_period_opening_right"),
    # a rise told before its metric, the current after a full date with its own comma
    pytest.param("en", "The lender posted a 20.0% rise in net profit for the financial year ended Dec 31, 2024 to "
                 "$1.20 billion.\n\nLoans grew.\n\nThe result compares with a net profit of $1.10 billion in 2023.",
                 [("20.0%", "$1.20 billion", "$1.10 billion")], ["fail"], ["error"], id="en_dated_reach_wrong"),
    pytest.param("en", "The lender posted a 9.1% rise in net profit for the financial year ended Dec 31, 2024 to "
                 "$1.20 billion.\n\nLoans grew.\n\nThe result compares with a net profit of $1.10 billion in 2023.",
                 [("9.1%", "$1.20 billion", "$1.10 billion")], ["pass"], [], id="en_dated_reach_right"),
    # what a fund paid out is what it spent
    pytest.param("en", "Spending on state pensions rose 8.0% to EUR 50.0bn in 2024.\n\nThe fund has 2.1 million "
                 "members.\n\nIn 2023, the fund paid out EUR 44.0bn in all.",
                 [("8.0%", "EUR 50.0bn", "EUR 44.0bn")], ["fail"], ["error"], id="en_paid_out_wrong"),
    pytest.param("en", "Spending on state pensions rose 13.6% to EUR 50.0bn in 2024.\n\nThe fund has 2.1 million "
                 "members.\n\nIn 2023, the fund paid out EUR 44.0bn in all.",
                 [("13.6%", "EUR 50.0bn", "EUR 44.0bn")], ["pass"], [], id="en_paid_out_right"),
    # the base compared with a restatement of the current figure ("nearly $49bn" for $48.6bn) is its base too
    pytest.param("en", "Cargo revenue rose 4.0% to $12.6bn in 2024.\n\nPassenger numbers were flat.\n\nThe "
                 "carrier's headline figure of nearly $13bn compares with $11.0bn in 2023.",
                 [("4.0%", "$12.6bn", "$11.0bn")], ["fail"], ["error"], id="en_restated_compared_wrong"),
    pytest.param("en", "Cargo revenue rose 14.5% to $12.6bn in 2024.\n\nPassenger numbers were flat.\n\nThe "
                 "carrier's headline figure of nearly $13bn compares with $11.0bn in 2023.",
                 [("14.5%", "$12.6bn", "$11.0bn")], ["pass"], [], id="en_restated_compared_right"),
    pytest.param("zh", "2024年，货运收入增长4.0%，达到126亿元。\n\n客运量持平。\n\n约126亿元的收入，"
                 "而2023年为110亿元。", [("4.0%", "126亿元", "110亿元")], ["fail"], ["error"],
                 id="zh_restated_compared_wrong"),
    pytest.param("vi", "Năm 2024, doanh thu vận tải hàng hóa tăng 4,0%, đạt 12,6 tỷ USD.\n\nLượng khách đi "
                 "ngang.\n\nCon số gần 13 tỷ USD này so với 11,0 tỷ USD của năm 2023.",
                 [("4,0%", "12,6 tỷ USD", "11,0 tỷ USD")], ["fail"], ["error"], id="vi_restated_compared_wrong"),
    pytest.param("vi", "Năm 2024, doanh thu vận tải hàng hóa tăng 14,5%, đạt 12,6 tỷ USD.\n\nLượng khách đi "
                 "ngang.\n\nCon số gần 13 tỷ USD này so với 11,0 tỷ USD của năm 2023.",
                 [("14,5%", "12,6 tỷ USD", "11,0 tỷ USD")], ["pass"], [], id="vi_restated_compared_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), BASES)
def test_stated_base(lang: str, text: str, read: list[tuple[str, str | None, str | None]], statuses: list[str],
                     severities: list[str], tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


# --- a base named as last year's in loose words: the figure its words match best ---

LOOSE_BASES = [
    pytest.param("vi", "Xuất khẩu gạo 9 tháng đạt 7,1 triệu tấn.\n\nPhilippines là thị trường lớn nhất với 3,05 triệu "
                 "tấn, tăng 15,5% so với cùng kỳ và chiếm 42,8% tổng lượng.\n\nÔng Hải cho biết cùng kỳ năm ngoái "
                 "Philippines nhập từ Việt Nam 2,89 triệu tấn.", ["fail"], ["error"], id="vi_loose_base_wrong"),
    pytest.param("vi", "Xuất khẩu gạo 9 tháng đạt 7,1 triệu tấn.\n\nPhilippines là thị trường lớn nhất với 3,05 triệu "
                 "tấn, tăng 5,5% so với cùng kỳ và chiếm 42,8% tổng lượng.\n\nÔng Hải cho biết cùng kỳ năm ngoái "
                 "Philippines nhập từ Việt Nam 2,89 triệu tấn.", ["pass"], [], id="vi_loose_base_right"),
    pytest.param("en", "Rice exports reached 7.1 million tonnes in the nine months.\n\nThe Philippines remained the "
                 "largest buyer at 3.05 million tonnes, up 15.5% on a year earlier.\n\nIn the same "
                 "period last year the "
                 "Philippines bought 2.89 million tonnes, the association said.", ["fail"], ["error"],
                 id="en_loose_base_wrong"),
    pytest.param("en", "Rice exports reached 7.1 million tonnes in the nine months.\n\nThe Philippines remained the "
                 "largest buyer at 3.05 million tonnes, up 5.5% on a year earlier.\n\nIn the same period last year the "
                 "Philippines bought 2.89 million tonnes, the association "
                 "said.", ["pass"], [], id="en_loose_base_right"),
    pytest.param("zh", "前三季度，全国组件出口198.6GW，同比增长21.4%。\n\n分析师指出，相比去年同期的171.2GW组件出口量，"
                 "今年的增量主要来自新兴市场。", ["fail"], ["error"], id="zh_loose_base_wrong"),
    pytest.param("zh", "前三季度，全国组件出口198.6GW，同比增长16.0%。\n\n分析师指出，相比去年同期的171.2GW组件出口量，"
                 "今年的增量主要来自新兴市场。", ["pass"], [], id="zh_loose_base_right"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), LOOSE_BASES)
def test_base_named_loosely_as_last_years(lang: str, text: str, statuses: list[str], severities: list[str],
                                          tmp_path: Path) -> None:
    assert judged_by(text, lang, tmp_path, "NR102") == (statuses, severities)


def test_a_loose_base_yields_to_a_dated_one(tmp_path: Path) -> None:
    """"39.7bn of last year's total" is a part named by its whole's period: with the total of 2023 stated, the
    change is measured from that one alone."""
    text = ("Spending on pensions rose 5.2% to EUR 48.6bn in 2024.\n\nOld-age pensions made up EUR 39.7bn of last "
            "year's pension total. In 2023, the fund paid out EUR 46.2bn in pensions in all.")
    assert judged_by(text, "en", tmp_path, "NR102") == (["pass"], [])


# --- a year-earlier figure alone in its sentence, compared back with a figure that moved year on year ---

COMPARED_BACK = [
    pytest.param("en", "Home sales rose 12% to 84,500 in June, the agents' body said.\n\nBuyers were mostly young "
                 "families.\n\nThat total compares with 81,200 in the same month of 2023.", ["fail"], ["error"],
                 id="en_compared_back_wrong"),
    pytest.param("en", "Home sales rose 4% to 84,500 in June, the agents' body said.\n\nBuyers were mostly young "
                 "families.\n\nThat total compares with 81,200 in the same month of 2023.", ["pass"], [],
                 id="en_compared_back_right"),
    pytest.param("zh", "上半年全省新车销量84.5万辆，同比增长12%。\n\n新能源车型占比持续提高。\n\n与去年上半年81.2万辆的"
                 "水平相比，今年的市场明显回暖。", ["fail"], ["error"], id="zh_compared_back_wrong"),
    pytest.param("zh", "上半年全省新车销量84.5万辆，同比增长4%。\n\n新能源车型占比持续提高。\n\n与去年上半年81.2万辆的"
                 "水平相比，今年的市场明显回暖。", ["pass"], [], id="zh_compared_back_right"),
    pytest.param("vi", "Sáu tháng đầu năm, sản lượng thép xuất khẩu đạt 84.500 tấn, tăng 12% so với cùng kỳ."
                 "\n\nThép cuộn chiếm tỷ lệ ngày càng lớn.\n\nSo với cùng kỳ năm ngoái là 81.200 tấn, thị trường "
                 "đã hồi phục rõ.",
                 ["fail"], ["error"], id="vi_compared_back_wrong"),
    pytest.param("vi", "Sáu tháng đầu năm, sản lượng thép xuất khẩu đạt 84.500 tấn, tăng 4% so với cùng kỳ."
                 "\n\nThép cuộn chiếm tỷ lệ ngày càng lớn.\n\nSo với cùng kỳ năm ngoái là 81.200 tấn, thị trường "
                 "đã hồi phục rõ.",
                 ["pass"], [], id="vi_compared_back_right"),
    # compared in its own sentence with another figure of its unit: that one's base, not the earlier change's
    pytest.param("en", "Home sales rose 12% to 84,500 in June.\n\nBuyers were mostly young families.\n\nRentals "
                 "reached 90,100, against 81,200 a year earlier.", [], [], id="en_compared_in_its_sentence"),
    # a figure that moved from the month before is not a year-earlier figure's
    pytest.param("en", "Home sales rose 4% to 84,500 in June.\n\nCar sales climbed 12% month on month to "
                 "86,000.\n\nThat total compares with 81,200 in the same month of 2023.", ["pass"], [],
                 id="en_month_on_month_rival_skipped"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), COMPARED_BACK)
def test_year_earlier_figure_compared_back(lang: str, text: str, statuses: list[str], severities: list[str],
                                           tmp_path: Path) -> None:
    assert judged_by(text, lang, tmp_path, "NR102") == (statuses, severities)


# a base in a comparison put first in its sentence is of what the clause after the comparison names: "与去年同期的…
# 相比，乙市…", "Compared with … a year earlier, Westfield's …", "So với mức … của cùng kỳ năm trước, sản lượng
# cảng B …" — the figure that clause names best, not any figure of its unit
FRAMED = [
    pytest.param("zh", "上半年，甲市地铁客运量18.00亿人次，同比增长6%；乙市15.00亿人次（增长9%）。\n\n"
                 "与去年同期的12.50亿人次相比，乙市今年上半年的增量主要来自新线。", [("6%", "18.00亿人次", None),
                                                   ("9%", "15.00亿人次", "12.50亿人次")],
                 ["fail"], ["error"], id="zh_framed_wrong"),
    pytest.param("zh", "上半年，甲市地铁客运量18.00亿人次，同比增长6%；乙市15.00亿人次（增长20%）。\n\n"
                 "与去年同期的12.50亿人次相比，乙市今年上半年的增量主要来自新线。", [("6%", "18.00亿人次", None),
                                                   ("20%", "15.00亿人次", "12.50亿人次")],
                 ["pass"], [], id="zh_framed_right"),
    pytest.param("en", "In the first half, Eastport handled 4.20 million passengers, up 5%; Westfield 3.00 million (up "
                 "25%).\n\nCompared with 2.50 million a year earlier, Westfield's growth came mostly from new routes.",
                 [("5%", "4.20 million", None), ("25%", "3.00 million", "2.50 million")], ["fail"], ["error"],
                 id="en_framed_wrong"),
    pytest.param("en", "In the first half, Eastport handled 4.20 million passengers, up 5%; Westfield 3.00 million (up "
                 "20%).\n\nCompared with 2.50 million a year earlier, Westfield's growth came mostly from new routes.",
                 [("5%", "4.20 million", None), ("20%", "3.00 million", "2.50 million")], ["pass"], [],
                 id="en_framed_right"),
    pytest.param("vi", "Sáu tháng đầu năm, cảng Cái Lân đạt 4,20 triệu tấn, tăng 5%; cảng Chân Mây đạt 3,00 triệu tấn, "
                 "tăng 25%.\n\nSo với mức 2,50 triệu tấn của cùng kỳ năm trước, sản lượng cảng Chân Mây tăng chủ yếu "
                 "nhờ tuyến mới.", [("5%", "4,20 triệu tấn", None), ("25%", "3,00 triệu tấn", "2,50 triệu tấn")],
                 ["fail"], ["error"], id="vi_framed_wrong"),
    pytest.param("vi", "Sáu tháng đầu năm, cảng Cái Lân đạt 4,20 triệu tấn, tăng 5%; cảng Chân Mây đạt 3,00 triệu tấn, "
                 "tăng 20%.\n\nSo với mức 2,50 triệu tấn của cùng kỳ năm trước, sản lượng cảng Chân Mây tăng chủ yếu "
                 "nhờ tuyến mới.", [("5%", "4,20 triệu tấn", None), ("20%", "3,00 triệu tấn", "2,50 triệu tấn")],
                 ["pass"], [], id="vi_framed_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), FRAMED)
def test_a_base_framed_first_is_of_what_the_clause_after_names(lang: str, text: str, read: list[ChangeRead],
                                                               statuses: list[str], severities: list[str],
                                                               tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged_by(text, lang, tmp_path, "NR102") == (statuses, severities)


# the same metric for the same span a year back, however far and however few words the two share: "lợi nhuận trước
# thuế lũy kế 6 tháng" (a running total of the year's first six months, not the quarter a report names) … "Sáu
# tháng đầu năm 2024, chúng tôi lãi trước thuế 380 tỷ đồng"
_FILL = {"en": "\n\nThe board met in Leeds.\n\nStaff numbers were stable.\n\nNew branches opened.\n\n",
         "vi": "\n\nHội đồng quản trị họp tại Hà Nội.\n\nSố nhân viên ổn định.\n\nChi nhánh mới được mở.\n\n",
         "zh": "\n\n董事会在杭州召开会议。\n\n员工人数保持稳定。\n\n新网点陆续开业。\n\n"}
SAME_SPAN = {
    "en": ("Profit before tax for the first six months of 2025 reached £412m, up {r}%." + _FILL["en"]
           + "\"In the first six months of 2024 we made a profit before tax of £380m,\" the chief executive said.",
           "£412m", "£380m"),
    "vi": ("Báo cáo tài chính quý II/2025 cho thấy ngân hàng ghi nhận lợi nhuận trước thuế lũy kế 6 tháng đạt 412 tỷ "
           "đồng, tăng {r}% so với cùng kỳ." + _FILL["vi"] + "\"Sáu tháng đầu năm 2024, chúng tôi lãi trước thuế 380 "
           "tỷ đồng\", ông Bảo nói.", "412 tỷ đồng", "380 tỷ đồng"),
    "zh": ("2025年前6个月，集团利润总额41.2亿元，同比增长{r}%。" + _FILL["zh"]
           + "董事长表示：“2024年前6个月，我们实现利润总额38.0亿元。”", "41.2亿元", "38.0亿元"),
}


@pytest.mark.parametrize("lang", ["en", "vi", "zh"])
@pytest.mark.parametrize(("rate", "statuses", "severities"), [("18", ["fail"], ["error"]), ("8.4", ["pass"], [])])
def test_the_same_metric_for_the_same_span_a_year_back(lang: str, rate: str, statuses: list[str],
                                                       severities: list[str], tmp_path: Path) -> None:
    text, current, base = SAME_SPAN[lang]
    rate = rate.replace(".", ",") if lang == "vi" else rate
    text = text.format(r=rate)
    assert changes_read(text, lang) == [(f"{rate}%", current, base)]
    assert judged_by(text, lang, tmp_path, "NR102") == (statuses, severities)


@pytest.mark.parametrize(("text", "period"), [
    ("Lợi nhuận lũy kế 6 tháng năm 2025 đạt 412 tỷ đồng.", "2025-01-01..2025-06-30"),
    ("Doanh thu cộng dồn 9 tháng năm 2024 đạt 1.250 tỷ đồng.", "2024-01-01..2024-09-30"),
], ids=["vi_luy_ke", "vi_cong_don"])
def test_a_running_total_of_months_is_the_years_first_months(text: str, period: str) -> None:
    claims = extract_document(document_from_text(text, language="vi"))
    assert str(claims[0].period) == period
