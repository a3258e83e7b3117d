"""Fractions in words read as shares and judged: "khoảng ba phần tư", "即约四分之三", "almost two in five", "a
third"; a fraction's step is the gap to the simple fractions beside it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from _judging import changes_read, judged_by, share_outcomes

from validator.document import document_from_text
from validator.extract.claims import extract_document, fraction_step


def judged(text: str, lang: str) -> list[tuple[str, str]]:
    return share_outcomes(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # 824 / 1.236 = 66,7%: two thirds, not about three quarters
    ("vi", "Tổng vốn dự án là 1.236 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 824 tỷ đồng, tức khoảng ba phần "
     "tư; phần còn lại do tỉnh bố trí.", [("khoảng ba phần tư", "error"), ("khoảng ba phần tư", "fail")]),
    ("vi", "Tổng vốn dự án là 1.200 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 900 tỷ đồng, tức khoảng ba phần "
     "tư; phần còn lại do tỉnh bố trí.", [("khoảng ba phần tư", "pass")]),
    ("zh", "项目总投资1236亿元，其中中央投资824亿元，即约四分之三。",
     [("约四分之三", "error"), ("约四分之三", "fail")]),
    ("zh", "项目总投资1200亿元，其中中央投资900亿元，即约四分之三。", [("约四分之三", "pass")]),
    # "of all those in employment": the total, not the men's or women's figure that add up to it
    ("en", "Total employment rose to 2,500,000. Men held 1,300,000 jobs and women 1,200,000. Part-time workers "
     "numbered 480,000, almost two in five of all those in employment.", [("almost two in five", "error"),
                                                                     ("almost two in five", "fail")]),
    ("en", "Total employment rose to 2,500,000. Men held 1,300,000 jobs and women 1,200,000. Part-time workers "
     "numbered 480,000, almost one in five of all those in employment.", [("almost one in five", "pass")]),
    # a plain fraction is rounded to the nearest simple fraction: 32.4% is "a third"
    ("en", "The firm sold 1,012 cars in 2024. Of these, 328 cars, or a third of the total, went to Europe.",
     [("a third", "pass")]),
    # "one in four of the 1.9 million": the figure a fraction is of is its whole, not a multiple's base
    ("en", "Some 300,000 patients waited more than four hours, about one in four of the 1.9 million admissions.",
     [("about one in four", "error"), ("about one in four", "fail")]),
    ("en", "Some 300,000 patients waited more than four hours, about one in six of the 1.9 million admissions.",
     [("about one in six", "pass")]),
    ("vi", "Số ca phải nhập viện là 450 ca, chiếm khoảng một phần tư trong tổng số 1.800 ca mắc.",
     [("khoảng một phần tư", "pass")]),
    ("vi", "Số ca phải nhập viện là 450 ca, chiếm khoảng một phần ba trong tổng số 1.800 ca mắc.",
     [("khoảng một phần ba", "error"), ("khoảng một phần ba", "fail")]),
])
def test_fractions_as_shares(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "value", "hedge"), [
    ("en", "almost two in five workers", "0.4", "nearly"),
    ("en", "nearly one in four workers", "0.25", "nearly"),
    ("vi", "khoảng ba phần tư số vốn", "0.75", "about"),
    ("zh", "超过四分之三", "0.75", "over"),
])
def test_hedged_fractions_are_one_figure(lang: str, text: str, value: str, hedge: str) -> None:
    (c,) = [c for c in extract_document(document_from_text(text, language=lang)) if c.unit == "times"]
    assert (c.value.quantize(Decimal("0.01")), c.hedge.value if c.hedge else None) == (Decimal(value), hedge)


@pytest.mark.parametrize(("value", "step"), [
    ("0.5", "0.1000"), ("0.75", "0.0833"), ("0.25", "0.0833"), ("0.4", "0.1000"), ("0.1", "0.0500"),
])
def test_fraction_step(value: str, step: str) -> None:
    assert fraction_step(Decimal(value)) == Decimal(step)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a fraction right before a measured noun is the share it takes of it ("hai phần ba sản lượng", "三分之二的产量",
    # "two-thirds the output")
    ("vi", "Sản lượng điện toàn hệ thống đạt 250 tỷ kWh. Trong đó, nhiệt điện than đạt 135 tỷ kWh, gần hai phần ba "
     "sản lượng toàn hệ thống.", [("gần hai phần ba", "error"), ("gần hai phần ba", "fail")]),
    ("vi", "Sản lượng điện toàn hệ thống đạt 250 tỷ kWh. Trong đó, nhiệt điện than đạt 160 tỷ kWh. Như vậy, nhiệt điện "
     "than gánh gần hai phần ba sản lượng toàn hệ thống.", [("gần hai phần ba", "pass")]),
    ("zh", "全省粮食总产量为600亿斤。其中，产粮大县产量为400亿斤，贡献了三分之二的粮食产量。", [("三分之二", "pass")]),
    ("zh", "全省粮食总产量为600亿斤。其中，产粮大县产量为330亿斤，贡献了三分之二的粮食产量。",
     [("三分之二", "error"), ("三分之二", "fail")]),
    ("en", "Total output was 600,400 tonnes. The northern mines produced 400,300 tonnes, or two-thirds the output.",
     [("two-thirds", "pass")]),
    ("en", "Total output was 600,400 tonnes. The northern mines produced 340,200 tonnes, or two-thirds the output.",
     [("two-thirds", "error"), ("two-thirds", "fail")]),
    # never what the fraction's own phrase counts, nor a verb after it
    ("vi", "Ở hai bang này, cứ 8 người thì có một người là triệu phú, trong tổng số 62 người được hỏi.", []),
])
def test_a_fraction_before_a_measured_noun_is_its_share(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the whole framed inside the share's phrase, before the fraction: "占耕地面积8920万亩的五分之三"
    ("zh", "截至2024年底，全省累计建成高标准农田5350万亩，占耕地面积8920万亩的五分之三。", [("五分之三", "pass")]),
    ("zh", "截至2024年底，全省累计建成高标准农田4360万亩，占耕地面积8920万亩的五分之三。",
     [("五分之三", "error"), ("五分之三", "fail")]),
    # the amount a share stands for, after it and a comma: its part
    ("en", "Gateway exports reached 2.48 million TEU. Empty containers accounted for roughly a quarter of exports, at "
     "0.62 million TEU.", [("roughly a quarter", "pass")]),
    ("en", "Gateway exports reached 2.48 million TEU. Empty containers accounted for roughly a third of exports, at "
     "0.62 million TEU.", [("roughly a third", "error"), ("roughly a third", "fail")]),
    ("vi", "Xuất khẩu đạt 2,48 triệu TEU. Container rỗng chiếm khoảng một phần tư xuất khẩu, ở mức 0,62 triệu TEU.",
     [("khoảng một phần tư", "pass")]),
    ("vi", "Xuất khẩu đạt 2,48 triệu TEU. Container rỗng chiếm khoảng một phần ba xuất khẩu, ở mức 0,62 triệu TEU.",
     [("khoảng một phần ba", "error"), ("khoảng một phần ba", "fail")]),
    ("zh", "港口出口箱量248万标箱。其中空箱约占出口箱量的四分之一，达62万标箱。", [("四分之一", "pass")]),
    ("zh", "港口出口箱量248万标箱。其中空箱约占出口箱量的三分之一，达62万标箱。",
     [("三分之一", "error"), ("三分之一", "fail")]),
    # a hedged restatement in the title ("Hơn 36.000") is the exact figure of the text, not a rival whole
    ("vi", "Hơn 36.000 lao động có việc làm mới\n\nCả tỉnh đã giải quyết việc làm mới cho 36.420 lao động. Số lao động "
     "vào làm việc tại các khu công nghiệp là 24.300 người, chiếm khoảng một nửa tổng số lao động có việc làm mới.",
     [("khoảng một nửa", "error"), ("khoảng một nửa", "fail")]),
    ("vi", "Hơn 36.000 lao động có việc làm mới\n\nCả tỉnh đã giải quyết việc làm mới cho 36.420 lao động. Số lao động "
     "vào làm việc tại các khu công nghiệp là 24.300 người, chiếm khoảng hai phần ba tổng số lao động có việc làm "
     "mới.", [("khoảng hai phần ba", "pass")]),
])
def test_a_fractions_whole_and_part_by_the_phrase(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "read", "severities"), [
    # a per unit said once for both ends of a "from A to B" pair: "从每公斤42.5元跌至26.8元"
    ("zh", "仔猪均价从3月的每公斤42.5元跌至目前的24.8元，降幅超过四成。", [("超过四成", "24.8元", "42.5元")], []),
    ("zh", "仔猪均价从3月的每公斤42.5元跌至目前的26.8元，降幅超过四成。", [("超过四成", "26.8元", "42.5元")],
     ["error"]),
    ("en", "Gasoline fell from $4.20 a gallon in June to $2.70, a drop of more than a third.",
     [("more than a third", "$2.70", "$4.20 a gallon")], []),
    ("en", "Gasoline fell from $4.20 a gallon in June to $3.00, a drop of more than a third.",
     [("more than a third", "$3.00", "$4.20 a gallon")], ["error"]),
    ("vi", "Giá heo hơi giảm từ 60.000 đồng/kg hồi tháng 3 xuống 38.000 đồng, giảm hơn một phần ba.",
     [("hơn một phần ba", "38.000 đồng", "60.000 đồng/kg")], []),
    ("vi", "Giá heo hơi giảm từ 60.000 đồng/kg hồi tháng 3 xuống 45.000 đồng, giảm hơn một phần ba.",
     [("hơn một phần ba", "45.000 đồng", "60.000 đồng/kg")], ["error"]),
])
def test_a_fraction_change_over_a_price_given_per_unit_once(lang: str, text: str, read: list[tuple[str, str, str]],
                                                            severities: list[str], tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged_by(text, lang, tmp_path, "NR102")[1] == severities


# the whole given in parentheses right after the words naming it ("sản lượng toàn hệ thống trong tháng (20,4 tỷ
# kWh)"), before the year's figure those words also name; 9.2 / 20.4 = 45%, not two thirds
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Sản lượng điện toàn quốc năm nay đạt 250 tỷ kWh. Riêng tháng 8, thủy điện đạt 9,2 tỷ kWh, tương đương hai "
     "phần ba sản lượng toàn hệ thống trong tháng (20,4 tỷ kWh).", [("hai phần ba", "error"), ("hai phần ba", "fail")]),
    ("vi", "Sản lượng điện toàn quốc năm nay đạt 250 tỷ kWh. Riêng tháng 8, thủy điện đạt 13,6 tỷ kWh, tương đương "
     "hai phần ba sản lượng toàn hệ thống trong tháng (20,4 tỷ kWh).", [("hai phần ba", "pass")]),
    ("en", "The utility generated 250 TWh this year. In August alone, hydro supplied 9.2 TWh, about two-thirds of the "
     "month's system output (20.4 TWh).", [("about two-thirds", "error"), ("about two-thirds", "fail")]),
    ("en", "The utility generated 250 TWh this year. In August alone, hydro supplied 13.6 TWh, about two-thirds of the "
     "month's system output (20.4 TWh).", [("about two-thirds", "pass")]),
    ("zh", "今年全国发电量2500亿千瓦时。8月份，水电发电量92亿千瓦时，约占当月全系统发电量的三分之二（204亿千瓦时）。",
     [("三分之二", "error"), ("三分之二", "fail")]),
    ("zh", "今年全国发电量2500亿千瓦时。8月份，水电发电量136亿千瓦时，约占当月全系统发电量的三分之二（204亿千瓦时）。",
     [("三分之二", "pass")]),
])
def test_a_fractions_whole_in_parentheses(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


# a whole named by its metric alone is the article's own figure of it, however far away ("two-thirds of the bill")
_FILLER = {
    "en": "The minister gave no date for the review.",
    "vi": "Bộ trưởng chưa đưa ra thời điểm rà soát.",
    "zh": "部长没有给出审查的时间表。",
}


@pytest.mark.parametrize(("lang", "lead", "tail", "expected"), [
    ("en", "Spending on state pensions rose 4% to EUR 48.6bn in 2024.",
     "Contributions brought in EUR 29.4bn last year, covering two-thirds of the bill.",
     [("two-thirds", "error"), ("two-thirds", "fail")]),
    ("en", "Spending on state pensions rose 4% to EUR 48.6bn in 2024.",
     "Contributions brought in EUR 32.4bn last year, covering two-thirds of the bill.", [("two-thirds", "pass")]),
    ("vi", "Chi tiêu cho lương hưu năm 2024 tăng 4% lên 48.600 tỷ đồng.",
     "Tiền đóng góp năm qua đạt 29.400 tỷ đồng, bù đắp hai phần ba khoản chi.",
     [("hai phần ba", "error"), ("hai phần ba", "fail")]),
    ("vi", "Chi tiêu cho lương hưu năm 2024 tăng 4% lên 48.600 tỷ đồng.",
     "Tiền đóng góp năm qua đạt 32.400 tỷ đồng, bù đắp hai phần ba khoản chi.",
     [("hai phần ba", "pass")]),
])
def test_a_whole_named_by_its_metric_far_away(lang: str, lead: str, tail: str,
                                              expected: list[tuple[str, str]]) -> None:
    text = "\n\n".join([lead, *[_FILLER[lang]] * 8, tail])
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "Hai khối … cộng lại": a fraction of the counted group's sum, 150.000 + 160.000 = 310.000 of 600.000 (51.7%)
    ("vi", "Tổng chỉ tiêu là 600.000. Hai khối kinh tế (150.000 chỉ tiêu) và kỹ thuật (160.000 chỉ tiêu) cộng lại "
     "chiếm khoảng ba phần tư tổng chỉ tiêu.", [("khoảng ba phần tư", "error"), ("khoảng ba phần tư", "fail")]),
    ("vi", "Tổng chỉ tiêu là 600.000. Hai khối kinh tế (150.000 chỉ tiêu) và kỹ thuật (160.000 chỉ tiêu) cộng lại "
     "chiếm khoảng một nửa tổng chỉ tiêu.", [("khoảng một nửa", "pass")]),
    ("en", "Leeds sold 21,000 homes and York 14,000; together those two cities made up about two-thirds of the "
     "region's 80,000 sales.", [("about two-thirds", "error"), ("about two-thirds", "fail")]),
    ("en", "Leeds sold 21,000 homes and York 14,000; together those two cities made up just under half of the "
     "region's 80,000 sales.", [("just under half", "pass")]),
    ("zh", "全国进口总量为12000万吨。甲港3100万吨、乙港2900万吨，这两个港口合计约占进口总量的三分之二。",
     [("三分之二", "error"), ("三分之二", "fail")]),
    ("zh", "全国进口总量为12000万吨。甲港3100万吨、乙港2900万吨，这两个港口合计约占进口总量的一半。",
     [("一半", "pass")]),
])
def test_a_fraction_of_a_counted_group(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # "nearly" a simple fraction is short of it: 9.8 / 19.1 = 51.3% (50.9–51.7% with rounding) is loosely "just
    # under half", a warning; 48.7% is it
    ("en", "Car parking brought in £9.8 million, just under half of the airport's £19.1 million of other income.",
     [("just under half", "fail"), ("just under half", "warning")]),
    ("en", "Car parking brought in £9.3 million, just under half of the airport's £19.1 million of other income.",
     [("just under half", "pass")]),
    ("vi", "Trẻ em ghi nhận 980 ca, chiếm gần một nửa trong tổng số 1.910 ca mắc.",
     [("gần một nửa", "fail"), ("gần một nửa", "warning")]),
    ("vi", "Trẻ em ghi nhận 930 ca, chiếm gần một nửa trong tổng số 1.910 ca mắc.", [("gần một nửa", "pass")]),
    ("zh", "外地游客980万人次，占接待游客总数1910万人次的近一半。", [("近一半", "fail"), ("近一半", "warning")]),
    ("zh", "外地游客930万人次，占接待游客总数1910万人次的近一半。", [("近一半", "pass")]),
])
def test_nearly_a_fraction_is_short_of_it(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


def _change_outcomes(text: str, lang: str) -> list[tuple[str, str]]:
    """(text, status or severity) of every change check (NR102) and finding of the article."""
    from validator.engine import Options, claimset_from_article, evaluate
    from validator.model import Report

    report = Report()
    evaluate([claimset_from_article(document_from_text(text, language=lang))], [], Options(), report)
    out = [(c.text, c.status) for c in report.checks if c.rule == "NR102"]
    out += [(f.text, f.severity.value) for f in report.findings if f.rule == "NR102"]
    return sorted(out)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # a fall by half said in one verb: the verb is its own fall word (410 -> 205 is -50%, 410 -> 262 is -36%)
    ("en", "Shipments halved to 205 containers in June from 410 containers a year earlier.",
     [("halved", "pass")]),
    ("en", "Shipments halved to 262 containers in June from 410 containers a year earlier.",
     [("halved", "error"), ("halved", "fail")]),
    ("en", "Shipments more than halved to 171 containers in June from 412 containers a year earlier.",
     [("more than halved", "pass")]),
    ("en", "Shipments more than halved to 243 containers in June from 412 containers a year earlier.",
     [("more than halved", "error"), ("more than halved", "fail")]),
    ("zh", "受需求疲软影响，该厂利润减半，由4.12亿元降至2.06亿元。", [("减半", "pass")]),
    ("zh", "受需求疲软影响，该厂利润减半，由4.12亿元降至2.71亿元。", [("减半", "error"), ("减半", "fail")]),
    ("zh", "受需求疲软影响，该厂利润近乎腰斩，由4.12亿元降至2.19亿元。", [("近乎腰斩", "pass")]),
    ("zh", "受需求疲软影响，该厂利润近乎腰斩，由4.12亿元降至2.93亿元。",
     [("近乎腰斩", "error"), ("近乎腰斩", "fail")]),
    ("vi", "Lượng khách giảm phân nửa, từ 4.120 lượt xuống 2.060 lượt.", [("phân nửa", "pass")]),
    ("vi", "Lượng khách giảm hơn phân nửa, từ 4.120 lượt xuống 2.710 lượt.",
     [("hơn phân nửa", "error"), ("hơn phân nửa", "fail")]),
])
def test_a_fall_by_half_said_in_one_word(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _change_outcomes(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "value", "precision", "hedge"), [
    ("vi", "chiếm hơn phân nửa số lao động", "0.5", "0.1", "over"),
    ("zh", "占比约三成半", "35", "5", "about"),  # good to the half tenth it names, 32.5-37.5%
    ("zh", "占比近三成", "30", "10", "nearly"),
    ("en", "emissions more than halved", "0.5", "0.1", "over"),
])
def test_fraction_words_read(lang: str, text: str, value: str, precision: str, hedge: str) -> None:
    (c,) = extract_document(document_from_text(text, language=lang))
    assert (c.value.quantize(Decimal("0.01")), c.precision.quantize(Decimal("0.01")), c.hedge.value if c.hedge
            else None) == (Decimal(value).quantize(Decimal("0.01")), Decimal(precision).quantize(Decimal("0.01")),
                           hedge)


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "对小微企业减半征收所得税，全年减税120亿元。"),  # a policy halving a tax, no pair of figures
    ("en", "The government promised to halve the deficit, now 4.1% of output, within five years."),
])
def test_a_halving_without_its_figures_is_no_check(lang: str, text: str) -> None:
    assert _change_outcomes(text, lang) == []


_BOX = ("截至8月31日，2025年暑期档（6月1日—8月31日）总票房报收119.7亿元，同比增长2.8%。\n\n国产片表现稳定。\n\n"
        "动画电影合计票房{}亿元，占暑期档总票房的近四成。")
_PORT = ("Năm 2024, cảng đón 1,2 triệu lượt xe, còn sản lượng container qua cảng Cát Lái (cả ba bến) đạt 9,42 triệu "
         "TEU.\n\nTàu ngày càng lớn.\n\nHàng trung chuyển đạt {} triệu TEU, chiếm gần một phần năm sản lượng container "
         "qua cảng Cát Lái.")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the words before a bracketed aside name the figure after it: "暑期档（…）总票房119.7亿元" is the
    # 暑期档总票房 (31.5 / 119.7 = 26.3%, not near 40%; 45.1 / 119.7 = 37.7% is)
    ("zh", _BOX.format("31.5"), [("近四成", "error"), ("近四成", "fail")]),
    ("zh", _BOX.format("45.1"), [("近四成", "pass")]),
    ("vi", _PORT.format("2,75"), [("gần một phần năm", "error"), ("gần một phần năm", "fail")]),
    ("vi", _PORT.format("1,81"), [("gần một phần năm", "pass")]),
])
def test_a_fractions_whole_named_before_an_aside(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 半 alone is half only right after a hedge ("过半", "近半", "逾半"), never the 半 that begins a word
    ("销量过半", [("过半", "0.5", "over")]),
    ("占总量的近半", [("近半", "0.5", "nearly")]),
    ("占全国的逾半", [("逾半", "0.5", "over")]),
    ("过半数的企业", [("过半数", "0.5", "over")]),
    ("最近半年销量增长", []),
    ("经过半年努力", []),
    ("通过半年报披露", []),
    ("近半个月", []),
    ("上半年销量增长", []),
])
def test_half_after_a_hedge(text: str, expected: list[tuple[str, str, str]]) -> None:
    claims = [c for c in extract_document(document_from_text(text, language="zh")) if c.unit == "times"]
    assert [(c.text, str(c.value), c.hedge.value if c.hedge else None) for c in claims] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 178 / 512 = 34.8%: not near half; 248 / 512 = 48.4% is
    ("全市接待游客512万人次。过夜游客178万人次，占全市游客总数的近半。", [("近半", "error"), ("近半", "fail")]),
    ("全市接待游客512万人次。过夜游客248万人次，占全市游客总数的近半。", [("近半", "pass")]),
    ("全市接待游客512万人次。过夜游客278万人次，占全市游客总数的逾半。", [("逾半", "pass")]),
    ("全市接待游客512万人次。过夜游客228万人次，占全市游客总数的逾半。", [("逾半", "error"), ("逾半", "fail")]),
])
def test_half_after_a_hedge_as_a_share(text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, "zh") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # the amount given alone in parentheses right after a fraction is its part: 6,200 / 24,000 = 25.8%, not more
    # than a third; 8,800 / 24,000 = 36.7% is
    ("en", "Of the 24,000 people who signed up, more than a third (6,200 people) renewed early.",
     [("more than a third", "error"), ("more than a third", "fail")]),
    ("en", "Of the 24,000 people who signed up, more than a third (8,800 people) renewed early.",
     [("more than a third", "pass")]),
    ("vi", "Trong số 24.000 người đăng ký, hơn một phần ba (6.200 người) đã gia hạn sớm.",
     [("hơn một phần ba", "error"), ("hơn một phần ba", "fail")]),
    ("vi", "Trong số 24.000 người đăng ký, hơn một phần ba (8.800 người) đã gia hạn sớm.",
     [("hơn một phần ba", "pass")]),
    ("zh", "全市2.4万名会员中，有三分之一以上（6200名）提前续费。",
     [("三分之一以上", "error"), ("三分之一以上", "fail")]),
    ("zh", "全市2.4万名会员中，有三分之一以上（8800名）提前续费。", [("三分之一以上", "pass")]),
])
def test_a_fractions_part_in_parentheses(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # an amount set off by commas right after the words naming the share's whole restates the share: 980 / 4,200 =
    # 23.3%, not a third; 1,050 / 4,200 = 25% is a quarter. "980 of them rural" is an amount of the whole's own
    ("en", "A third of the county's 4,200 schools, 980 buildings, need new roofs.",
     [("A third", "error"), ("A third", "fail")]),
    ("en", "A quarter of the county's 4,200 schools, 1,050 buildings, need new roofs.", [("A quarter", "pass")]),
    ("en", "A third of the county's 4,200 schools, 980 of them rural, need new roofs.", []),
    ("vi", "Một phần ba trong tổng số 4.200 trường học của tỉnh, 980 trường, cần thay mái.",
     [("Một phần ba", "error"), ("Một phần ba", "fail")]),
    ("vi", "Một phần tư trong tổng số 4.200 trường học của tỉnh, 1.050 trường, cần thay mái.",
     [("Một phần tư", "pass")]),
])
def test_a_fractions_part_set_off_by_commas(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected
