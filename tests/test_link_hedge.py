"""Hedged shares whose direction the precise figures contradict: a hedge opening the phrase that names the whole
("不到总诊疗量的一半", "less than half of all visits", "chưa tới một nửa tổng số"); a figure inside the whole's
name is no part ("占30城成交总量的比重不到三成"); a counter's noun stops at a verb ("712家达到国家标准"); a unit
named right before a bare number ("总诊疗人次95.5亿")."""

from __future__ import annotations

import pytest
from _judging import share_outcomes

from validator.document import document_from_text
from validator.engine import Options, claimset_from_article, evaluate
from validator.extract.claims import extract_document
from validator.model import Report


def judged(text: str, lang: str) -> list[tuple[str, str]]:
    return share_outcomes(text, lang)


def claims(text: str, lang: str) -> dict[str, tuple[str, str | None]]:
    doc = document_from_text(text, language=lang)
    return {c.text: (c.unit, c.hedge.value if c.hedge else None) for c in extract_document(doc)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # 660 / 1,180 = 55.9%: not "less than half"
    ("zh", "去年全市门诊总人次1180万。其中，市级医院520万人次，占44.1%；社区机构660万人次，不到总门诊量的一半。",
     [("44.1%", "pass"), ("一半", "error"), ("一半", "fail")]),
    ("zh", "去年全市门诊总人次1180万。其中，市级医院660万人次，占55.9%；社区机构520万人次，不到总门诊量的一半。",
     [("55.9%", "pass"), ("一半", "pass")]),
    ("en", "The clinics recorded 1,180 visits in 2024. Of these, 660 were by residents, less than half of all visits.",
     [("less than half", "error"), ("less than half", "fail")]),
    ("en", "The clinics recorded 1,180 visits in 2024. Of these, 520 were by residents, less than half of all visits.",
     [("less than half", "pass")]),
    ("vi", "Năm 2024 phòng khám đón 1.180 lượt khám, trong đó người dân địa phương 660 lượt, chưa tới một nửa tổng "
     "số lượt khám.", [("chưa tới một nửa", "error"), ("chưa tới một nửa", "fail")]),
    ("vi", "Năm 2024 phòng khám đón 1.180 lượt khám, trong đó người dân địa phương 520 lượt, chưa tới một nửa tổng "
     "số lượt khám.", [("chưa tới một nửa", "pass")]),
])
def test_hedge_opening_the_whole(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 380 / 1,180 = 32.2%: above 30%; the 20 cities name the whole, they are not its part
    ("20个城市商品房成交1180万平方米。其中，一线城市成交380万平方米，占20城成交总量的比重不到三成。",
     [("不到三成", "error"), ("不到三成", "fail")]),
    ("20个城市商品房成交1180万平方米。其中，一线城市成交330万平方米，占20城成交总量的比重不到三成。",
     [("不到三成", "pass")]),
    # 760 / 1,180 = 64.4%: not "more than three quarters"; 家 counts the clinics, not the 国家 of the standard
    ("全省共有1180家乡镇卫生院，其中760家达到国家推荐标准，占比超过四分之三。",
     [("超过四分之三", "error"), ("超过四分之三", "fail")]),
    ("全省共有1180家乡镇卫生院，其中940家达到国家推荐标准，占比超过四分之三。", [("超过四分之三", "pass")]),
])
def test_zh_whole_and_counter(text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, "zh") == expected


@pytest.mark.parametrize(("lang", "text", "figure", "expected"), [
    ("zh", "全省1034家卫生院中，已有712家达到国家标准。", "712家", ("company", None)),
    ("zh", "共有5个发达国家参与。", "5个", ("country", None)),
    ("zh", "占30城成交总量的比重", "30城", ("city", None)),
    ("zh", "全国总诊疗人次95.5亿，比上年增加。", "95.5亿", ("visit", None)),
    ("zh", "基层机构50.7亿人次，不到总诊疗量的一半。", "一半", ("times", "under")),
    ("zh", "基层机构50.7亿人次，超过全国的三成。", "三成", ("percent", "over")),
    # a hedge that does not open the clause hedges no share named after a whole
    ("zh", "增速不到去年，达到全年目标的一半。", "一半", ("times", None)),
])
def test_extraction(lang: str, text: str, figure: str, expected: tuple[str, str | None]) -> None:
    assert claims(text, lang)[figure] == expected


# the figure in parentheses after a plan's words is the plan's, never the actual whole of another share ("gần 50%
# tổng chi" of 1.742, not of the plan's 2.360), nor the part of the plan's own share
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Tổng chi khám chữa bệnh là 1.742 tỷ đồng, bằng 73,8% dự toán được giao cả năm (2.360 tỷ đồng). Chi tại "
     "tuyến tỉnh là 905 tỷ đồng, gần 50% tổng chi khám chữa bệnh.",
     [("73,8%", "pass"), ("gần 50%", "fail"), ("gần 50%", "warning")]),
    ("vi", "Tổng chi khám chữa bệnh là 1.742 tỷ đồng, bằng 73,8% dự toán được giao cả năm (2.360 tỷ đồng). Chi tại "
     "tuyến tỉnh là 845 tỷ đồng, gần 50% tổng chi khám chữa bệnh.", [("73,8%", "pass"), ("gần 50%", "pass")]),
    ("en", "Total health spending was $1,742m, or 73.8% of the annual plan ($2,360m). Provincial hospitals spent "
     "$905m, nearly 50% of total health spending.",
     [("73.8%", "pass"), ("nearly 50%", "fail"), ("nearly 50%", "warning")]),
    ("en", "Total health spending was $1,742m, or 73.8% of the annual plan ($2,360m). Provincial hospitals spent "
     "$845m, nearly 50% of total health spending.", [("73.8%", "pass"), ("nearly 50%", "pass")]),
    ("zh", "全年医疗总支出1742亿元，完成全年计划的73.8%（2360亿元）。省级医院支出905亿元，接近总支出的50%。",
     [("50%", "fail"), ("50%", "warning"), ("73.8%", "pass")]),
    ("zh", "全年医疗总支出1742亿元，完成全年计划的73.8%（2360亿元）。省级医院支出845亿元，接近总支出的50%。",
     [("50%", "pass"), ("73.8%", "pass")]),
])
def test_a_plans_figure_is_no_actual_whole(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


# the whole named before a share noun ("占全省外贸总值的比重超过四成"), and the market's trading value named by its
# liquidity ("thanh khoản toàn sàn", "market-wide trading value", "全市场成交额")
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("zh", "前三季度，全省外贸进出口总值1.2万亿元。其中，民营企业进出口4000亿元，占全省外贸总值的比重超过四成。",
     [("超过四成", "error"), ("超过四成", "fail")]),
    ("zh", "前三季度，全省外贸进出口总值1.2万亿元。其中，民营企业进出口5100亿元，占全省外贸总值的比重超过四成。",
     [("超过四成", "pass")]),
    ("vi", "Giá trị giao dịch bình quân trên HOSE đạt 15.420 tỷ đồng/phiên. Nhóm ngân hàng đạt 8.210 tỷ đồng/phiên, "
     "chiếm gần một nửa thanh khoản toàn sàn.", [("gần một nửa", "error"), ("gần một nửa", "fail")]),
    ("vi", "Giá trị giao dịch bình quân trên HOSE đạt 15.420 tỷ đồng/phiên. Nhóm ngân hàng đạt 7.410 tỷ đồng/phiên, "
     "chiếm gần một nửa thanh khoản toàn sàn.", [("gần một nửa", "pass")]),
    ("en", "Average trading value on the exchange was $15.4bn a day. Banks drew $8.2bn a day, nearly half of "
     "market-wide trading value.", [("nearly half", "error"), ("nearly half", "fail")]),
    ("en", "Average trading value on the exchange was $15.4bn a day. Banks drew $7.4bn a day, nearly half of "
     "market-wide trading value.", [("nearly half", "pass")]),
    ("zh", "本周两市日均成交额15420亿元。银行板块日均成交8210亿元，接近全市场成交额的一半。",
     [("一半", "error"), ("一半", "fail")]),
    ("zh", "本周两市日均成交额15420亿元。银行板块日均成交7410亿元，接近全市场成交额的一半。", [("一半", "pass")]),
])
def test_a_hedged_share_of_a_named_whole(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the items' changes come first, their shares after: 14.2 + 11.5 + 9.6 = 35.3, not "more than 40%"
    ("zh", "甲港、乙港、丙港分别完成货物吞吐量5120万吨、4150万吨和3460万吨，同比分别增长3.2%、7.5%和9.1%，占全省的比重"
     "分别为14.2%、11.5%和9.6%，三港合计占比超过40%。", ["fail"]),
    ("zh", "甲港、乙港、丙港分别完成货物吞吐量5120万吨、4150万吨和3460万吨，同比分别增长3.2%、7.5%和9.1%，占全省的比重"
     "分别为14.2%、11.5%和9.6%，三港合计占比超过三成。", ["pass"]),
    ("en", "The three mills produced 5.1, 4.2 and 3.5 million tonnes, up 3.2%, 7.5% and 9.1% respectively, and "
     "accounted for 14.2%, 11.5% and 9.6% of national output, together more than 40%.", ["fail"]),
    ("en", "The three mills produced 5.1, 4.2 and 3.5 million tonnes, up 3.2%, 7.5% and 9.1% respectively, and "
     "accounted for 14.2%, 11.5% and 9.6% of national output, together more than 30%.", ["pass"]),
    ("vi", "Ba cảng lần lượt đạt 5,1 triệu tấn, 4,2 triệu tấn và 3,5 triệu tấn, tăng lần lượt 3,2%, 7,5% và 9,1%, "
     "chiếm lần lượt 14,2%, 11,5% và 9,6% cả nước, cộng lại hơn 40%.", ["fail"]),
    ("vi", "Ba cảng lần lượt đạt 5,1 triệu tấn, 4,2 triệu tấn và 3,5 triệu tấn, tăng lần lượt 3,2%, 7,5% và 9,1%, "
     "chiếm lần lượt 14,2%, 11,5% và 9,6% cả nước, cộng lại hơn 30%.", ["pass"]),
])
def test_a_together_share_after_the_items_changes(lang: str, text: str, expected: list[str]) -> None:
    doc = document_from_text(text, language=lang)
    report = Report()
    evaluate([claimset_from_article(doc)], [], Options(), report)
    got = [c.status for c in report.checks if c.rule == "NR105"]
    assert got == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a hedged share of a counted group is of the listed figures' sum: 21,000 + 14,000 + 9,000 = 44,000 of 120,000
    # is 36.7%, not "more than 45%"
    ("en", "Hospitals reported 120,000 long waits in total. Cardiology had 21,000, neurology 14,000 and urology 9,000. "
     "Together, those three specialties account for more than 45% of all long waits.",
     [("more than 45%", "error"), ("more than 45%", "fail")]),
    ("en", "Hospitals reported 120,000 long waits in total. Cardiology had 21,000, neurology 14,000 and urology 9,000. "
     "Together, those three specialties account for more than a third of all long waits.",
     [("more than a third", "pass")]),
    # 1.400 + 900 = 2.300 of 5.000 is 46%
    ("vi", "Tổng nguồn cung mới của thành phố là 5.000 căn. Quận 1 có 1.400 căn, quận 3 có 900 căn; hai quận này "
     "chiếm hơn 60% tổng nguồn cung mới.", [("hơn 60%", "error"), ("hơn 60%", "fail")]),
    ("vi", "Tổng nguồn cung mới của thành phố là 5.000 căn. Quận 1 có 1.400 căn, quận 3 có 900 căn; hai quận này "
     "chiếm gần một nửa tổng nguồn cung mới.", [("gần một nửa", "pass")]),
    ("zh", "全省新增充电桩共5000个。甲市1400个，乙市900个，这两个城市合计占全省新增充电桩的六成以上。",
     [("六成以上", "error"), ("六成以上", "fail")]),
    ("zh", "全省新增充电桩共5000个。甲市1400个，乙市900个，这两个城市合计占全省新增充电桩的近一半。",
     [("近一半", "pass")]),
])
def test_a_counted_group_is_the_sum_of_its_figures(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a bound is missed loosely only by what rounding first takes off its written step: 6,050 / 6,470 = 93.5% is not
    # "more than 95%" (an error, no longer a warning); 6,200 / 6,470 = 95.8% is
    ("en", "Broadband now reaches 6,050 villages, more than 95% of the 6,470 villages in the province.",
     [("more than 95%", "error"), ("more than 95%", "fail")]),
    ("en", "Broadband now reaches 6,200 villages, more than 95% of the 6,470 villages in the province.",
     [("more than 95%", "pass")]),
    ("vi", "Mạng 4G đã phủ tới 6.050 xã, chiếm hơn 95% trong tổng số 6.470 xã của cả nước.",
     [("hơn 95%", "error"), ("hơn 95%", "fail")]),
    ("vi", "Mạng 4G đã phủ tới 6.200 xã, chiếm hơn 95% trong tổng số 6.470 xã của cả nước.", [("hơn 95%", "pass")]),
    # "覆盖比例" (a coverage rate) names a share as "渗透率" does
    ("zh", "全国6470个服务区中，已有6050个具备充电服务能力，覆盖比例超过95%。",
     [("超过95%", "error"), ("超过95%", "fail")]),
    ("zh", "全国6470个服务区中，已有6200个具备充电服务能力，覆盖比例超过95%。", [("超过95%", "pass")]),
])
def test_a_bound_is_missed_by_a_sliver_only(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected
