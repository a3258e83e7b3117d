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


# hedge words by role, the families a writer reaches for: a threshold passed ("topped", "north of", "vượt mốc",
# "突破", "过万", "出头"), a figure approached from below ("not quite", "nigh on", "ngót", "tiệm cận"), a ceiling
# ("south of", "chưa đầy", "未满", "不及"), neither ("in the region of", "or thereabouts", "trên dưới", "差不多")
@pytest.mark.parametrize(("lang", "text", "figure", "hedge"), [
    ("en", "Sales topped 2 million units.", "topped 2 million units", "over"),
    ("en", "Exports surpassed 2 million units.", "surpassed 2 million units", "over"),
    ("en", "Exports were north of 40% of sales.", "north of 40%", "over"),
    ("en", "It is 40% or higher.", "40% or higher", "over"),
    ("en", "Output was not quite 2 million tonnes.", "not quite 2 million tonnes", "nearly"),
    ("en", "Sales were approaching 2 million units.", "approaching 2 million units", "nearly"),
    ("en", "Sales reached nigh on 2 million units.", "nigh on 2 million units", "nearly"),
    ("en", "Costs were south of 40% of sales.", "south of 40%", "under"),
    ("en", "It is 40% or lower.", "40% or lower", "under"),
    ("en", "Sales were in the region of 2 million units.", "in the region of 2 million units", "about"),
    ("en", "Sales were 2 million or thereabouts.", "2 million or thereabouts", "about"),
    ("vi", "Xuất khẩu vượt mốc 2 triệu tấn.", "vượt mốc 2 triệu tấn", "over"),
    ("vi", "Xuất khẩu đạt ngót 2 triệu tấn.", "ngót 2 triệu tấn", "nearly"),
    ("vi", "Xuất khẩu đạt ngót nghét 2 triệu tấn.", "ngót nghét 2 triệu tấn", "nearly"),
    ("vi", "Xuất khẩu tiệm cận 2 triệu tấn.", "tiệm cận 2 triệu tấn", "nearly"),
    ("vi", "Xuất khẩu đạt chưa đầy 2 triệu tấn.", "chưa đầy 2 triệu tấn", "under"),
    ("vi", "Xuất khẩu chiếm trên dưới 40% tổng kim ngạch.", "trên dưới 40%", "about"),
    ("zh", "出口突破2000万吨。", "突破2000万吨", "over"),
    ("zh", "出口过万吨。", "过万吨", "over"),
    ("zh", "出口2000万吨出头。", "2000万吨出头", "over"),
    ("zh", "出口未满2000万吨。", "未满2000万吨", "under"),
    ("zh", "出口不及2000万吨。", "不及2000万吨", "under"),
    ("zh", "出口差不多2000万吨。", "差不多2000万吨", "about"),
    ("zh", "出口约莫2000万吨。", "约莫2000万吨", "about"),
])
def test_hedge_words_by_role(lang: str, text: str, figure: str, hedge: str) -> None:
    assert claims(text, lang)[figure][1] == hedge


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("zh", "会议通过3项决议。", "3项"),  # 通过 is no 过
    ("zh", "他打破1000米纪录。", "1000米"),  # 打破 is no 破
    ("vi", "Xuất khẩu đạt 2 triệu tấn.", "2 triệu tấn"),
])
def test_no_hedge_inside_other_words(lang: str, text: str, figure: str) -> None:
    assert claims(text, lang)[figure][1] is None


def hedge_outcomes(text: str, lang: str) -> list[tuple[str, str]]:
    """(text, status or severity) of every hedge check (HD301) and finding of the article."""
    doc = document_from_text(text, language=lang)
    report = Report()
    evaluate([claimset_from_article(doc)], [], Options(), report)
    out = [(c.text, c.status) for c in report.checks if c.rule == "HD301"]
    out += [(f.text, f.severity.value) for f in report.findings if f.rule == "HD301"]
    return sorted(out)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "In 2024, vehicle sales topped 2 million units. Vehicle sales in 2024 were 1.94 million units, the "
     "association said.", [("1.94 million units", "error"), ("1.94 million units", "fail")]),
    ("en", "In 2024, vehicle sales topped 2 million units. Vehicle sales in 2024 were 2.04 million units, the "
     "association said.", [("2.04 million units", "pass")]),
    ("en", "Exports were north of 40% of sales in 2024. In 2024 exports were 38.2% of sales.",
     [("38.2%", "error"), ("38.2%", "fail")]),
    ("vi", "Năm 2024, sản lượng lúa vượt mốc 2 triệu tấn. Cụ thể, sản lượng lúa năm 2024 là 1,94 triệu tấn.",
     [("1,94 triệu tấn", "error"), ("1,94 triệu tấn", "fail")]),
    ("vi", "Năm 2024, sản lượng lúa đạt chưa đầy 2 triệu tấn. Cụ thể, sản lượng lúa năm 2024 là 2,1 triệu tấn.",
     [("2,1 triệu tấn", "error"), ("2,1 triệu tấn", "fail")]),
    ("vi", "Năm 2024, sản lượng lúa đạt ngót 2 triệu tấn. Cụ thể, sản lượng lúa năm 2024 là 1,96 triệu tấn.",
     [("1,96 triệu tấn", "pass")]),
    ("zh", "2024年全省粮食产量突破2000万吨。具体来看，2024年全省粮食产量1940万吨。",
     [("1940万吨", "error"), ("1940万吨", "fail")]),
    ("zh", "2024年全省粮食产量突破2000万吨。具体来看，2024年全省粮食产量2040万吨。", [("2040万吨", "pass")]),
    ("zh", "2024年全省粮食产量2000万吨出头。具体来看，2024年全省粮食产量1940万吨。",
     [("1940万吨", "error"), ("1940万吨", "fail")]),
])
def test_a_restated_figure_against_its_hedge(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert hedge_outcomes(text, lang) == expected


# one word naming one of the two things named before by its order is the share's part: the latter, the former
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Fee income reached £25.4bn, of which home students paid £13.3bn and overseas students £12.1bn, meaning "
     "the latter now supply more than 50% of all fee income.", [("more than 50%", "error"), ("more than 50%", "fail")]),
    ("en", "Fee income reached £25.4bn, of which home students paid £12.1bn and overseas students £13.3bn, meaning "
     "the latter now supply more than 50% of all fee income.", [("more than 50%", "pass")]),
    ("en", "Fee income reached £25.4bn, of which home students paid £13.3bn and overseas students £12.1bn. The "
     "former supply less than half of all fee income.", [("less than half", "error"), ("less than half", "fail")]),
    ("zh", "全省进出口总值4.12万亿元，其中出口2.31万亿元，进口1.81万亿元，后者占比超过45%。",
     [("超过45%", "error"), ("超过45%", "fail")]),
    ("zh", "全省进出口总值4.12万亿元，其中出口2.21万亿元，进口1.91万亿元，后者占比超过45%。", [("超过45%", "pass")]),
    ("vi", "Tổng kim ngạch đạt 412 tỷ USD, trong đó xuất khẩu 231 tỷ USD, nhập khẩu 181 tỷ USD; con số sau chiếm "
     "hơn 45% tổng kim ngạch.", [("hơn 45%", "error"), ("hơn 45%", "fail")]),
    ("vi", "Tổng kim ngạch đạt 412 tỷ USD, trong đó xuất khẩu 221 tỷ USD, nhập khẩu 191 tỷ USD; con số sau chiếm "
     "hơn 45% tổng kim ngạch.", [("hơn 45%", "pass")]),
])
def test_the_latter_is_the_part(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


# a counted group's figures may be listed one sentence each, back through the paragraph
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Lượng khách quốc tế đạt 3,6 triệu lượt.\n\nThị trường Hàn Quốc dẫn đầu với 1,38 triệu lượt. Thị trường "
     "Trung Quốc đạt 0,98 triệu lượt, gấp 2,6 lần năm trước. Hai thị trường này chiếm hơn 70% lượng khách quốc tế.",
     [("hơn 70%", "error"), ("hơn 70%", "fail")]),
    ("vi", "Lượng khách quốc tế đạt 3,6 triệu lượt.\n\nThị trường Hàn Quốc dẫn đầu với 1,68 triệu lượt. Thị trường "
     "Trung Quốc đạt 0,98 triệu lượt, gấp 2,6 lần năm trước. Hai thị trường này chiếm hơn 70% lượng khách quốc tế.",
     [("hơn 70%", "pass")]),
    ("en", "International arrivals reached 3.6 million.\n\nSouth Korea led with 1.38 million visitors. China recovered "
     "to 0.98 million, 2.6 times the year before. Those two markets made up more than 70% of international arrivals.",
     [("more than 70%", "error"), ("more than 70%", "fail")]),
    ("en", "International arrivals reached 3.6 million.\n\nSouth Korea led with 1.68 million visitors. China recovered "
     "to 0.98 million, 2.6 times the year before. Those two markets made up more than 70% of international arrivals.",
     [("more than 70%", "pass")]),
    ("zh", "全年接待入境游客360万人次。\n\n韩国市场以138万人次居首。中国香港市场恢复至98万人次，是上年的2.6倍。"
     "这两个市场合计占入境游客总数的比重超过70%。", [("超过70%", "error"), ("超过70%", "fail")]),
    ("zh", "全年接待入境游客360万人次。\n\n韩国市场以168万人次居首。中国香港市场恢复至98万人次，是上年的2.6倍。"
     "这两个市场合计占入境游客总数的比重超过70%。", [("超过70%", "pass")]),
])
def test_a_counted_group_listed_sentence_by_sentence(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "较2023年的90.2GWh": a comparison word, a year and 的 before a figure make it the prior year's base, never the
    # whole of this year's share: 70.3 / 150.4 = 46.7% is not more than half (70.3 / 90.2 would be)
    ("zh", "2024年全省新增装机150.4GWh，较2023年的90.2GWh增长66.7%。光伏新增70.3GWh，占全年新增装机的比重超过一半。",
     [("超过一半", "error"), ("超过一半", "fail")]),
    ("zh", "2024年全省新增装机150.4GWh，较2023年的90.2GWh增长66.7%。光伏新增80.3GWh，占全年新增装机的比重超过一半。",
     [("超过一半", "pass")]),
])
def test_a_base_named_by_its_year_is_no_whole(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert share_outcomes(text, lang) == expected


# --- a bound cleared by far is "slack": it fits the words only loosely -------------------------------------------

def _share_status(text: str, lang: str, share: str, part: str, whole: str) -> str:
    from validator.model import ShareRelation
    from validator.rules.judging import judge_for

    doc = document_from_text(text, language=lang)
    found = extract_document(doc)
    ids = {c.text: c.id for c in found}
    relation = ShareRelation(kind="share", share=ids[share], part=ids[part], whole=ids[whole])
    return judge_for(doc, found)(relation, {})


@pytest.mark.parametrize(("lang", "text", "share", "part", "whole", "expected"), [
    # 29,500 / 50,000 = 59%: "more than 40%" is true but no writer's words for it; 22,000 / 50,000 = 44% is
    ("en", "The region had 50,000 jobs last year. Services had 29,500, more than 40% of them.",
     "more than 40%", "29,500", "50,000", "slack"),
    ("en", "The region had 50,000 jobs last year. Services had 22,000, more than 40% of them.",
     "more than 40%", "22,000", "50,000", "pass"),
    ("en", "The region had 50,000 jobs last year. Services had 29,500, more than a third of them.",
     "more than a third", "29,500", "50,000", "slack"),
    ("en", "The region had 50,000 jobs last year. Services had 19,000, more than a third of them.",
     "more than a third", "19,000", "50,000", "pass"),
    # below a bound by far: "less than half" for 26%
    ("en", "The region had 50,000 jobs last year. Services had 13,000, less than half of them.",
     "less than half", "13,000", "50,000", "slack"),
    ("zh", "全市就业人数50000人，服务业29500人，占比超过四成。", "超过四成", "29500人", "50000人", "slack"),
    ("zh", "全市就业人数50000人，服务业22000人，占比超过四成。", "超过四成", "22000人", "50000人", "pass"),
    ("zh", "全市就业人数50000人，服务业29500人，占比三成以上。", "三成以上", "29500人", "50000人", "slack"),
    ("zh", "全市就业人数50000人，服务业16000人，占比三成以上。", "三成以上", "16000人", "50000人", "pass"),
    ("vi", "Tổng số lao động là 50.000 người. Dịch vụ có 29.500 người, chiếm hơn 40%.",
     "hơn 40%", "29.500 người", "50.000 người", "slack"),
    ("vi", "Tổng số lao động là 50.000 người. Dịch vụ có 22.000 người, chiếm hơn 40%.",
     "hơn 40%", "22.000 người", "50.000 người", "pass"),
    ("vi", "Tổng số lao động là 50.000 người. Dịch vụ có 29.500 người, chiếm hơn một phần ba.",
     "hơn một phần ba", "29.500 người", "50.000 người", "slack"),
    # "about" and "nearly" are bounded both ways already: a pass is a pass
    ("en", "The region had 50,400 jobs last year. Services had 20,200, about 40% of them.",
     "about 40%", "20,200", "50,400", "pass"),
])
def test_bound_cleared_by_far_is_slack(lang: str, text: str, share: str, part: str, whole: str,
                                       expected: str) -> None:
    assert _share_status(text, lang, share, part, whole) == expected


def test_slack_rival_neither_verifies_weakly_nor_excuses_a_failing_reading() -> None:
    from validator.link.arbiter import decide
    from validator.link.hypotheses import Hypothesis
    from validator.model import ShareRelation

    h = Hypothesis("c3")
    strong = ShareRelation(kind="share", share="c3", part="c2", whole="c1")
    weak = ShareRelation(kind="share", share="c3", part="c2", whole="c4")
    h.add(strong, 0.8, "named the total")
    h.add(weak, 0.55, "its words, less clearly")
    verdicts = {"c1": "fail", "c4": "slack"}
    chosen = decide(h, lambda r, u: verdicts[r.whole])
    assert chosen is not None and chosen.relation.whole == "c1" and chosen.relation.confidence == "cued"
    # the same rival passing plainly is taken instead (a consistent reading comparably designated)
    again = Hypothesis("c3")
    again.add(ShareRelation(kind="share", share="c3", part="c2", whole="c1"), 0.8, "named the total")
    again.add(ShareRelation(kind="share", share="c3", part="c2", whole="c4"), 0.55, "its words, less clearly")
    verdicts["c4"] = "pass"
    chosen = decide(again, lambda r, u: verdicts[r.whole])
    assert chosen is not None and chosen.relation.whole == "c4" and chosen.relation.confidence == "plausible"
    # a slack reading alone, weakly designated, is no check
    lone = Hypothesis("c3")
    lone.add(weak, 0.55, "its words")
    assert decide(lone, lambda r, u: "slack") is None
    # strongly designated, it stands
    firm = Hypothesis("c3")
    firm.add(strong, 0.8, "named the total")
    assert decide(firm, lambda r, u: "slack") is not None
