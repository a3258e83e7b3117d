"""Year on year vs the period before (同比 / 环比, "so với cùng kỳ" / "so với tháng trước", "from a year earlier" /
"from the previous month"): a change that names its comparison period is read from the figure of that period,
wherever the article states it — the next paragraph of a one-sentence lede ("December shipments had reached
…"), a sentence pointing back ("This was up from … and down from …"), or the earlier readings named between the
figure and its change ("上月为…，上年同期为…"). A base of the other period is only a possibility, never an
accusation. An amount change is not measured from a far figure it does not fit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link_changes import Read, changes_read, judged

from validator.document import document_from_text
from validator.extract.claims import extract_document

CASES = [
    # --- en ---
    pytest.param("en", "Steel exports totaled $2.40 billion in March, up 6.0% from the previous month.\n\nFebruary "
                 "shipments had reached $2.10 billion, while in March 2024 they stood at $2.26 billion.",
                 [("6.0%", "$2.40 billion", "$2.10 billion")], ["fail"], ["error"], id="en_lede_prev_wrong"),
    pytest.param("en", "Steel exports totaled $2.40 billion in March, up 14.3% from the previous month.\n\nFebruary "
                 "shipments had reached $2.10 billion, while in March 2024 they stood at $2.26 billion.",
                 [("14.3%", "$2.40 billion", "$2.10 billion")], ["pass"], [], id="en_lede_prev_right"),
    pytest.param("en", "The number of jobless people rose 8.3% from a year earlier to 52,300 in May. This was up from "
                 "48,300 in April and down from 50,300 in May 2024.",
                 [("8.3%", "52,300", "50,300")], ["fail"], ["error"], id="en_this_was_up_from_yoy_wrong"),
    pytest.param("en", "The number of jobless people rose 4.0% from a year earlier to 52,300 in May. This was up from "
                 "48,300 in April and down from 50,300 in May 2024.",
                 [("4.0%", "52,300", "50,300")], ["pass"], [], id="en_this_was_up_from_yoy_right"),
    pytest.param("en", "Employment was 2,500,000 in May 2025.\n\nOver the year to May, full-time employment increased "
                 "by 30,000 to 1,900,000.", [], [], [], id="en_amount_not_from_a_far_figure"),
    # --- zh ---
    pytest.param("zh", "鸡肉每公斤24.0元，上月为22.0元，上年同期为20.0元，鸡肉价格环比上涨20.0%。",
                 [("20.0%", "24.0元", "22.0元")], ["fail"], ["error"], id="zh_earlier_readings_mom_wrong"),
    pytest.param("zh", "鸡肉每公斤24.0元，上月为22.0元，上年同期为20.0元，鸡肉价格环比上涨9.1%。",
                 [("9.1%", "24.0元", "22.0元")], ["pass"], [], id="zh_earlier_readings_mom_right"),
    # --- vi ---
    pytest.param("vi", "Giá thịt lợn hơi 61.500 đồng/kg, tháng trước là 56.400 đồng/kg, cùng kỳ năm trước là 51.200 "
                 "đồng/kg, giá tăng 20,1% so với tháng trước.",
                 [("20,1%", "61.500 đồng/kg", "56.400 đồng/kg")], ["fail"], ["error"], id="vi_earlier_readings_wrong"),
    pytest.param("vi", "Giá thịt lợn hơi 61.500 đồng/kg, tháng trước là 56.400 đồng/kg, cùng kỳ năm trước là 51.200 "
                 "đồng/kg, giá tăng 9,0% so với tháng trước.",
                 [("9,0%", "61.500 đồng/kg", "56.400 đồng/kg")], ["pass"], [], id="vi_earlier_readings_right"),
    # two rates of one figure, each naming its basis; the earlier readings listed after them by period
    pytest.param("zh", "2024年8月份，全省汽车销量38.67万辆，同比增长4.6%，环比增长0.8%；"
                 "上年同期和7月份分别为36.97万辆和38.37万辆。乘用车销量34.4万辆，增长4.1%。",
                 [("4.6%", "38.67万辆", "36.97万辆"), ("0.8%", "38.67万辆", "38.37万辆"), ("4.1%", "34.4万辆", None)],
                 ["pass", "pass"], [], id="zh_listed_earlier_periods_right"),
    pytest.param("zh", "2024年8月份，全省汽车销量38.67万辆，同比增长0.8%，环比增长4.6%；"
                 "上年同期和7月份分别为36.97万辆和38.37万辆。",
                 [("0.8%", "38.67万辆", "36.97万辆"), ("4.6%", "38.67万辆", "38.37万辆")],
                 ["fail", "fail"], ["error", "error"], id="zh_listed_earlier_periods_swapped"),
    pytest.param("vi", "Trong tháng 8/2024, doanh thu bán lẻ đạt 386,7 tỷ đồng, tăng 4,6% so với cùng kỳ và "
                 "tăng 0,8% so với tháng trước; cùng kỳ năm trước và tháng 7 lần lượt là 369,7 tỷ đồng "
                 "và 383,7 tỷ đồng.",
                 [("4,6%", "386,7 tỷ đồng", "369,7 tỷ đồng"), ("0,8%", "386,7 tỷ đồng", "383,7 tỷ đồng")],
                 ["pass", "pass"], [], id="vi_listed_earlier_periods_right"),
    pytest.param("vi", "Trong tháng 8/2024, doanh thu bán lẻ đạt 386,7 tỷ đồng, tăng 0,8% so với cùng kỳ và "
                 "tăng 4,6% so với tháng trước; cùng kỳ năm trước và tháng 7 lần lượt là 369,7 tỷ đồng "
                 "và 383,7 tỷ đồng.",
                 [("0,8%", "386,7 tỷ đồng", "369,7 tỷ đồng"), ("4,6%", "386,7 tỷ đồng", "383,7 tỷ đồng")],
                 ["fail", "fail"], ["error", "error"], id="vi_listed_earlier_periods_swapped"),
    # the earlier readings between a figure and its change, the month before named by its month
    pytest.param("zh", "2024年8月份，全省用电量52.4亿千瓦时，7月份为49.0亿千瓦时，"
                 "上年同期为55.1亿千瓦时，环比增长6.9%。",
                 [("6.9%", "52.4亿千瓦时", "49.0亿千瓦时")], ["pass"], [], id="zh_month_named_reading_right"),
    pytest.param("zh", "2024年8月份，全省用电量52.4亿千瓦时，7月份为49.0亿千瓦时，"
                 "上年同期为50.2亿千瓦时，环比增长4.4%。",
                 [("4.4%", "52.4亿千瓦时", "49.0亿千瓦时")], ["fail"], ["error"],
                 id="zh_month_named_reading_yoy_as_mom"),
    pytest.param("vi", "Trong tháng 8/2024, sản lượng điện đạt 52,4 triệu kWh, tháng 7 là 49,0 triệu kWh, "
                 "cùng kỳ năm trước là 55,1 triệu kWh, tăng 6,9% so với tháng trước.",
                 [("6,9%", "52,4 triệu kWh", "49,0 triệu kWh")], ["pass"], [], id="vi_month_named_reading_right"),
    # the year-earlier figure of the same market, told of "this market" in the next sentence
    pytest.param("vi", "Tháng 9/2024, xuất khẩu cá tra sang Trung Quốc đạt 42 triệu USD, tăng 16,7% so với cùng kỳ năm "
                 "ngoái. Theo VASEP, tháng 9/2023 thị trường này nhập khẩu 39 triệu USD cá tra.",
                 [("16,7%", "42 triệu USD", "39 triệu USD")], ["fail"], ["error"], id="vi_this_market_wrong"),
    pytest.param("vi", "Tháng 9/2024, xuất khẩu cá tra sang Trung Quốc đạt 42 triệu USD, tăng 7,7% so với cùng kỳ năm "
                 "ngoái. Theo VASEP, tháng 9/2023 thị trường này nhập khẩu 39 triệu USD cá tra.",
                 [("7,7%", "42 triệu USD", "39 triệu USD")], ["pass"], [], id="vi_this_market_right"),
    # "ba thị trường này" is three markets together: not the one figure before
    pytest.param("vi", "Tháng 9/2024, xuất khẩu cá tra sang Trung Quốc đạt 42 triệu USD, tăng 16,7% so với cùng kỳ năm "
                 "ngoái. Theo VASEP, tháng 9/2023 ba thị trường này nhập khẩu 39 triệu USD cá tra.",
                 [("16,7%", "42 triệu USD", None)], [], [], id="vi_these_three_markets"),
    pytest.param("zh", "2024年9月，对中国出口巴沙鱼4200万美元，同比增长16.7%。2023年9月，该市场进口巴沙鱼3900万美元。",
                 [("16.7%", "4200万美元", "3900万美元")], ["fail"], ["error"], id="zh_this_market_wrong"),
    pytest.param("zh", "2024年9月，对中国出口巴沙鱼4200万美元，同比增长7.7%。2023年9月，该市场进口巴沙鱼3900万美元。",
                 [("7.7%", "4200万美元", "3900万美元")], ["pass"], [], id="zh_this_market_right"),
    pytest.param("en", "In September 2024, catfish exports to China reached $42 million, up 16.7% from a year earlier. "
                 "In September 2023 this market bought $39 million of catfish.",
                 [("16.7%", "$42 million", "$39 million")], ["fail"], ["error"], id="en_this_market_wrong"),
    # a week earlier is the period before, as a month earlier is: its reading in parentheses is the base
    pytest.param("zh", "羊肉每公斤63.47元，比上周下跌0.6%（上周63.08元）。", [("0.6%", "63.47元", "63.08元")],
                 ["fail"], ["error"], id="zh_last_week_wrong"),
    pytest.param("zh", "羊肉每公斤63.47元，比上周上涨0.6%（上周63.08元）。", [("0.6%", "63.47元", "63.08元")],
                 ["pass"], [], id="zh_last_week_right"),
    pytest.param("vi", "Giá thịt lợn hơi ở mức 63.470 đồng/kg, giảm 0,6% so với tuần trước "
                 "(tuần trước 63.080 đồng/kg).",
                 [("0,6%", "63.470 đồng/kg", "63.080 đồng/kg")], ["fail"], ["error"], id="vi_last_week_wrong"),
    pytest.param("vi", "Giá thịt lợn hơi ở mức 63.470 đồng/kg, tăng 0,6% so với tuần trước "
                 "(tuần trước 63.080 đồng/kg).",
                 [("0,6%", "63.470 đồng/kg", "63.080 đồng/kg")], ["pass"], [], id="vi_last_week_right"),
    pytest.param("en", "Lamb sold for $63.47 a kilogram, down 0.6% from the previous week (a week earlier: $63.08).",
                 [("0.6%", "$63.47 a kilogram", "$63.08")], ["fail"], ["error"], id="en_last_week_wrong"),
    pytest.param("en", "Lamb sold for $63.47 a kilogram, up 0.6% from the previous week (a week earlier: $63.08).",
                 [("0.6%", "$63.47 a kilogram", "$63.08")], ["pass"], [], id="en_last_week_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), CASES)
def test_yoy_vs_mom(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                    tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


POINTS = [
    pytest.param("zh", "服务业增加值占地区生产总值的比重为45.0%，比上年同期提高2.0%（上年同期为43.0%）。",
                 [("2.0%", "45.0%", "43.0%")], ["fail"], ["warning"], id="zh_share_points_as_percent"),
    pytest.param("zh", "服务业增加值占地区生产总值的比重为45.0%，比上年同期提高2.0个百分点（上年同期为43.0%）。",
                 [("2.0个百分点", "45.0%", "43.0%")], ["pass"], [], id="zh_share_points_right"),
    pytest.param("vi", "Tỷ trọng dịch vụ trong GDP chiếm 45,0%, tăng 2,0% so với cùng kỳ năm trước (43,0%).",
                 [("2,0%", "45,0%", "43,0%")], ["fail"], ["warning"], id="vi_share_points_as_percent"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), POINTS)
def test_points_of_a_share(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                           tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path, ("NR102", "NR107", "NR103")) == (statuses, severities)


@pytest.mark.parametrize(("lang", "text", "periods"), [
    ("zh", "2024年8月份，销量38.67万辆；上年同期和7月份分别为36.97万辆和38.37万辆。",
     ["2024-08-01..2024-08-31", "2023-08-01..2023-08-31", "2024-07-01..2024-07-31"]),
    ("vi", "Tháng 8/2024 đạt 386,7 tỷ đồng; cùng kỳ năm trước và tháng 7 lần lượt là 369,7 tỷ đồng và 383,7 tỷ đồng.",
     ["2024-08-01..2024-08-31", "2023-08-01..2023-08-31", "2024-07-01..2024-07-31"]),
    ("en", "Retail sales were $386.7 million and $369.7 million in August 2024 and August 2023 respectively.",
     ["2024-08-01..2024-08-31", "2023-08-01..2023-08-31"]),
])
def test_listed_periods_date_listed_figures_in_order(lang: str, text: str, periods: list[str]) -> None:
    """"上年同期和7月份分别为A和B": the i-th period dates the i-th figure, whatever word compares them."""
    claims = extract_document(document_from_text(text, language=lang))
    assert [str(c.period) for c in claims] == periods


SAME_PERIOD_OF_A_YEAR = [
    pytest.param("vi", "Riêng tháng 10, xuất khẩu cà phê đạt 95.000 tấn, tăng 82,7% so với cùng kỳ năm 2023. Trước đó, "
                 "tháng 9 chỉ xuất được 65.000 tấn; còn tháng 10/2023 xuất khẩu 52.000 tấn.",
                 [("82,7%", "95.000 tấn", "52.000 tấn")], ["pass"], [], id="vi_same_month_of_a_year_right"),
    pytest.param("vi", "Riêng tháng 10, xuất khẩu cà phê đạt 95.000 tấn, tăng 46,2% so với cùng kỳ năm 2023. Trước đó, "
                 "tháng 9 chỉ xuất được 65.000 tấn; còn tháng 10/2023 xuất khẩu 52.000 tấn.",
                 [("46,2%", "95.000 tấn", "52.000 tấn")], ["fail"], ["error"], id="vi_same_month_of_a_year_is_mom"),
    pytest.param("en", "In October alone, coffee exports reached 95,000 tonnes, up 46.2% from the same period of 2023. "
                 "In September only 65,000 tonnes were shipped, and in October 2023 exports were 52,000 tonnes.",
                 [("46.2%", "95,000 tonnes", "52,000 tonnes")], ["fail"], ["error"],
                 id="en_same_month_of_a_year_is_mom"),
    pytest.param("zh", "2024年11月14日\n\n其中10月份，咖啡出口9.5万吨，比2023年同期增长46.2%。此前9月份出口6.5万吨；"
                 "2023年10月出口5.2万吨。",
                 [("46.2%", "9.5万吨", "5.2万吨")], ["fail"], ["error"], id="zh_same_month_of_a_year_is_mom"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), SAME_PERIOD_OF_A_YEAR)
def test_the_same_period_of_a_named_year(lang: str, text: str, read: list[Read], statuses: list[str],
                                         severities: list[str], tmp_path: Path) -> None:
    """"Riêng tháng 10, … so với cùng kỳ năm 2023": the month named without a year, in the year the comparison names;
    the month before is no base of a year-on-year change."""
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


READINGS_TOLD_AFTER = [
    pytest.param("zh", "10月份，全省港口完成货物吞吐量8620万吨，同比增长2.5%。今年9月，全省港口吞吐量为7880万吨；"
                 "上年10月为8410万吨。", [("2.5%", "8620万吨", "8410万吨")], ["pass"], [], id="zh_told_after_right"),
    pytest.param("zh", "10月份，全省港口完成货物吞吐量8620万吨，同比增长9.4%。今年9月，全省港口吞吐量为7880万吨；"
                 "上年10月为8410万吨。", [("9.4%", "8620万吨", "8410万吨")], ["fail"], ["error"],
                 id="zh_told_after_mom"),
    pytest.param("vi", "Tháng 10, sản lượng hàng hóa qua cảng đạt 86,2 triệu tấn, tăng 9,4% so với cùng kỳ. Tháng 9, "
                 "sản lượng hàng hóa qua cảng là 78,8 triệu tấn; cùng kỳ năm trước là 84,1 triệu tấn.",
                 [("9,4%", "86,2 triệu tấn", "84,1 triệu tấn")], ["fail"], ["error"], id="vi_told_after_mom"),
    pytest.param("en", "Port throughput reached 86.2 million tonnes in October, up 2.5% year on year. In September, "
                 "port throughput was 78.8 million tonnes; a year earlier it was 84.1 million tonnes.",
                 [("2.5%", "86.2 million tonnes", "84.1 million tonnes")], ["pass"], [], id="en_told_after_right"),
    pytest.param("en", "Port throughput reached 86.2 million tonnes in October, up 9.4% year on year. In September, "
                 "port throughput was 78.8 million tonnes; a year earlier it was 84.1 million tonnes.",
                 [("9.4%", "86.2 million tonnes", "84.1 million tonnes")], ["fail"], ["error"], id="en_told_after_mom"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), READINGS_TOLD_AFTER)
def test_earlier_readings_told_in_the_sentences_after(lang: str, text: str, read: list[Read], statuses: list[str],
                                                     severities: list[str], tmp_path: Path) -> None:
    """The month before (its month opening the sentence) and the year before, each in a sentence of its own after the
    change: the year-on-year change is measured from the year before's."""
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize(("rate", "statuses", "severities"), [("3.5%", ["pass"], []), ("6.4%", ["fail"], ["error"])])
def test_the_previous_month_after_a_record_since_a_year(rate: str, statuses: list[str], severities: list[str],
                                                        tmp_path: Path) -> None:
    """"the most since records began in 2001" dates none of the months after it; "July arrivals" is July's figure;
    "more than in the previous month" measures it from June's."""
    text = (f"August 15, 2024\n\nOverseas arrivals were 398,200 in April and 436,800 in June, the most since records "
            f"began in 2001. July arrivals totalled 452,100, {rate} more than in the previous month. July 2023 saw "
            f"425,000 arrivals.")
    assert changes_read(text, "en") == [(rate, "452,100", "436,800")]
    assert judged(text, "en", tmp_path) == (statuses, severities)


THEN_CLAUSE = [
    pytest.param("en", "The port handled 912,000 tonnes of grain in May, 21.6% more than in May last year, when "
                 "volumes were 820,000 tonnes.", [("21.6%", "912,000 tonnes", "820,000 tonnes")], ["fail"], ["error"],
                 id="en_when_clause_wrong"),
    pytest.param("en", "The port handled 912,000 tonnes of grain in May, 11.2% more than in May last year, when "
                 "volumes were 820,000 tonnes.", [("11.2%", "912,000 tonnes", "820,000 tonnes")], ["pass"], [],
                 id="en_when_clause_right"),
    pytest.param("vi", "Cảng xếp dỡ 912.000 tấn hàng, tăng 21,6% so với cùng kỳ năm trước, khi đó đạt 820.000 tấn.",
                 [("21,6%", "912.000 tấn", "820.000 tấn")], ["fail"], ["error"], id="vi_khi_do_wrong"),
    pytest.param("vi", "Cảng xếp dỡ 912.000 tấn hàng, tăng 11,2% so với cùng kỳ năm trước, khi đó đạt 820.000 tấn.",
                 [("11,2%", "912.000 tấn", "820.000 tấn")], ["pass"], [], id="vi_khi_do_right"),
    pytest.param("zh", "港口吞吐量91.2万吨，比上年同期增长21.6%，当时为82.0万吨。",
                 [("21.6%", "91.2万吨", "82.0万吨")], ["fail"], ["error"], id="zh_dangshi_wrong"),
    pytest.param("zh", "港口吞吐量91.2万吨，比上年同期增长11.2%，当时为82.0万吨。",
                 [("11.2%", "91.2万吨", "82.0万吨")], ["pass"], [], id="zh_dangshi_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), THEN_CLAUSE)
def test_a_clause_naming_the_earlier_time_gives_the_base(lang: str, text: str, read: list[Read],
                                                         statuses: list[str], severities: list[str],
                                                         tmp_path: Path) -> None:
    """"…more than in May last year, when volumes were …": the clause opened on a word naming the time the change
    compares with states that time's figure."""
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize(("lang", "text", "periods"), [
    ("vi", "Đến hết tháng 12/2024 có 12,4 triệu thuê bao.\n\nDoanh thu tháng 12 đạt 13.240 tỷ đồng.\n\n"
     "Từ ngày 1/1/2025, nghị định có hiệu lực.",
     ["2024-12-01..2024-12-31", "2024-12-01..2024-12-31"]),
    ("en", "Sales reached $12.4 million in December 2024.\n\nIn December, margins hit 13.2%.\n\n"
     "The rule takes effect on January 1, 2025.", ["2024-12-01..2024-12-31", "2024-12-01..2024-12-31"]),
    ("zh", "2024年12月销量12.4万辆。\n\n12月份利润13.2亿元。\n\n新规于2025年1月1日起施行。",
     ["2024-12-01..2024-12-31", "2024-12-01..2024-12-31"]),
])
def test_a_month_named_again_without_its_year(lang: str, text: str, periods: list[str]) -> None:
    """A month the story named with its year, named again in another paragraph without it, is the same month."""
    claims = extract_document(document_from_text(text, language=lang))
    assert [str(c.period) for c in claims if c.unit != "year"][:2] == periods


def test_a_day_after_a_month_name_is_no_decimal() -> None:
    """"in March, 24.9% more": "March, 24" is no date."""
    claims = extract_document(document_from_text("Imports were 812,000 tonnes in March, 24.9% more than a year "
                                                 "earlier.", language="en"))
    assert [c.text for c in claims] == ["812,000 tonnes", "24.9%"]


SWAPPED = [
    # the rate is the year-on-year one, labelled as the month before; the month before is told after a semicolon
    pytest.param("zh", "从分项看，工业用水量812万吨。\n\n工业用水方面，10月份工业用水量环比增长8.3%，"
                 "上年同期为750万吨；"
                 "9月份，受高温影响，工业用水量一度达到905万吨。",
                 ["fail"], ["error"], id="zh_yoy_rate_labelled_mom"),
    pytest.param("zh", "从分项看，工业用水量812万吨。\n\n工业用水方面，10月份工业用水量环比下降10.3%，"
                 "上年同期为750万吨；"
                 "9月份，受高温影响，工业用水量一度达到905万吨。",
                 ["pass"], [], id="zh_mom_rate_right"),
    pytest.param("vi", "Về cơ cấu, lượng nước công nghiệp đạt 812 nghìn tấn.\n\nTrong tháng 10, lượng nước công "
                 "nghiệp tăng "
                 "8,3% so với tháng trước, cùng kỳ năm trước là 750 nghìn tấn; tháng 9, do nắng nóng, lượng nước công "
                 "nghiệp lên tới 905 nghìn tấn.",
                 ["fail"], ["error"], id="vi_yoy_rate_labelled_mom"),
    # both rates told, each right: the period word is read for the wrong one, never an accusation
    pytest.param("en", "The airline carried 3.86 million passengers in March, up 9.3% from a year earlier and 14.5% "
                 "more than in February.\n\nIt had carried 3.37 million in February and 3.53 million in March last "
                 "year.", [], [], id="en_both_rates_told"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), SWAPPED)
def test_a_rate_of_the_other_period(lang: str, text: str, statuses: list[str], severities: list[str],
                                    tmp_path: Path) -> None:
    """A rate that is exactly the one of the other earlier period confirms the figure: the reading from the period
    the change names is meant, and its failure is the finding."""
    assert judged(text, lang, tmp_path) == (statuses, severities)


# a clause pointing back at the figures before it, each in turn ("这两项指标分别为…", "the two figures were …
# respectively"): its k-th figure is the same thing as the k-th before, and is read as that one's earlier value
FIGURES_POINTED_BACK = [
    pytest.param("zh", "当月全市用电量完成58.6亿千瓦时，电费收入完成41.2亿元，同比增长4.3%。去年同期，这两项指标分别为"
                 "55.1亿千瓦时和36.4亿元。", [("4.3%", "41.2亿元", "36.4亿元")], ["fail"], ["error"],
                 id="zh_two_indicators_yoy_wrong"),
    pytest.param("zh", "当月全市用电量完成58.6亿千瓦时，电费收入完成41.2亿元，同比增长13.2%。去年同期，这两项指标分别为"
                 "55.1亿千瓦时和36.4亿元。", [("13.2%", "41.2亿元", "36.4亿元")], ["pass"], [],
                 id="zh_two_indicators_yoy_right"),
    pytest.param("en", "Freight volumes reached 58.6 million tonnes, and freight revenue came to $4.12bn, up 4.3% year "
                 "on year. A year earlier, the two figures were 55.1 million tonnes and $3.64bn respectively.",
                 [("4.3%", "$4.12bn", "$3.64bn")], ["fail"], ["error"], id="en_two_figures_yoy_wrong"),
    pytest.param("en", "Freight volumes reached 58.6 million tonnes, and freight revenue came to $4.12bn, up 13.2% "
                 "year on year. A year earlier, the two figures were 55.1 million tonnes and $3.64bn respectively.",
                 [("13.2%", "$4.12bn", "$3.64bn")], ["pass"], [], id="en_two_figures_yoy_right"),
    pytest.param("vi", "Sản lượng hàng hóa đạt 586 nghìn tấn, doanh thu vận tải đạt 41.200 tỷ đồng, tăng 4,3% so với "
                 "cùng kỳ năm trước. Cùng kỳ năm trước, hai chỉ tiêu này lần lượt là 551 nghìn tấn và 36.400 tỷ đồng.",
                 [("4,3%", "41.200 tỷ đồng", "36.400 tỷ đồng")], ["fail"], ["error"], id="vi_two_indicators_yoy_wrong"),
    pytest.param("vi", "Sản lượng hàng hóa đạt 586 nghìn tấn, doanh thu vận tải đạt 41.200 tỷ đồng, tăng 13,2% so với "
                 "cùng kỳ năm trước. Cùng kỳ năm trước, hai chỉ tiêu này lần lượt là 551 nghìn tấn và 36.400 tỷ đồng.",
                 [("13,2%", "41.200 tỷ đồng", "36.400 tỷ đồng")], ["pass"], [], id="vi_two_indicators_yoy_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), FIGURES_POINTED_BACK)
def test_figures_pointed_back_at_in_turn(lang: str, text: str, read: list[Read], statuses: list[str],
                                         severities: list[str], tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


# a sentence giving one figure's history — its readings for earlier periods, each dated, nothing else ("The online
# figure compares with … in April 2025 and … in May 2024", "Con số trực tuyến tháng 4/2025 là …, tháng 5/2024 là …",
# "网上数据2025年4月为…，2024年5月为…") — is of the figure told before with a change that its words match best,
# however thin they are and however far it stands: a year-on-year change is read from the year-earlier reading
HISTORY = [
    pytest.param("en", "Online sales reached €250 million in May 2025, up {r}% from a year earlier, while store sales "
                 "rose 2% to €400 million.\n\nShoppers favoured home delivery.\n\nThe online figure compares with "
                 "€200 million in April 2025 and €220 million in May 2024.", "en"),
    pytest.param("vi", "Doanh thu trực tuyến tháng 5/2025 đạt 250 tỷ đồng, tăng {r}% so với cùng kỳ năm trước; doanh "
                 "thu tại cửa hàng đạt 400 tỷ đồng, tăng 2%.\n\nNgười mua chuộng giao hàng tận nhà.\n\nCon số trực "
                 "tuyến tháng 4/2025 là 200 tỷ đồng, tháng 5/2024 là 220 tỷ đồng.", "vi"),
    pytest.param("zh", "全市实体店零售额400亿元，增长2%。2025年5月，全市网上零售额250亿元，同比增长{r}%。\n\n"
                 "送货上门受到欢迎。\n\n网上数据2025年4月为200亿元，2024年5月为220亿元。", "zh"),
]


@pytest.mark.parametrize(("lang", "text"), [(p.values[0], p.values[1]) for p in HISTORY],
                         ids=[p.values[2] for p in HISTORY])
@pytest.mark.parametrize(("rate", "statuses", "severities"), [("25", ["fail"], ["error"]), ("13.6", ["pass"], [])])
def test_a_sentence_of_one_figures_history(lang: str, text: str, rate: str, statuses: list[str],
                                           severities: list[str], tmp_path: Path) -> None:
    rate = rate.replace(".", ",") if lang == "vi" else rate
    current, base = {"en": ("€250 million", "€220 million"), "vi": ("250 tỷ đồng", "220 tỷ đồng"),
                     "zh": ("250亿元", "220亿元")}[lang]
    read = changes_read(text.format(r=rate), lang)
    assert (f"{rate}%", current, base) in read
    assert judged(text.format(r=rate), lang, tmp_path) == (statuses, severities)


# "比上年同月的200.8亿千瓦时多出14.8亿千瓦时": 多 that opens 多出/多了 is the comparative, not a hedge on the
# figure before
OVER_BY = [
    pytest.param("3.5", "多出", ["fail"], ["error"], id="zh_duochu_wrong"),
    pytest.param("7.4", "多出", ["pass"], [], id="zh_duochu_right"),
    pytest.param("3.5", "多了", ["fail"], ["error"], id="zh_duole_wrong"),
]


@pytest.mark.parametrize(("rate", "word", "statuses", "severities"), OVER_BY)
def test_duochu_is_no_hedge(rate: str, word: str, statuses: list[str], severities: list[str], tmp_path: Path) -> None:
    text = f"7月份，全市工业用电量215.6亿千瓦时，同比增长{rate}%，比上年同月的200.8亿千瓦时{word}14.8亿千瓦时。"
    assert "200.8亿千瓦时" in {c.text for c in extract_document(document_from_text(text, language="zh"))}
    assert judged(text, "zh", tmp_path) == (statuses, severities)


# The title's own period named again by a sentence ("2025年5月份…" … "5月份，…") does not move the figures after it
# off the title's period: a year-on-year rate of the next sentence is read from the figure of that month a year back.
TITLE_PERIOD_AGAIN = [
    pytest.param("zh", "2025年6月份全县经济运行情况\n\n县统计局 2025-07-16\n\n6月份，全县工业增加值同比增长6.1%。"
                 "全县用水量12.6万吨，同比增长"
                 "2.4%。\n\n附注：5月份用水量为11.9万吨，上年6月份为12.0万吨。",
                 [("2.4%", "12.6万吨", "12.0万吨")], ["fail"], ["error"], id="zh_title_month_again_wrong"),
    pytest.param("zh", "2025年6月份全县经济运行情况\n\n县统计局 2025-07-16\n\n6月份，全县工业增加值同比增长6.1%。"
                 "全县用水量12.6万吨，同比增长"
                 "5.0%。\n\n附注：5月份用水量为11.9万吨，上年6月份为12.0万吨。",
                 [("5.0%", "12.6万吨", "12.0万吨")], ["pass"], [], id="zh_title_month_again_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), TITLE_PERIOD_AGAIN)
def test_the_title_period_named_again(lang: str, text: str, read: list[Read], statuses: list[str],
                                      severities: list[str], tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


# A figure of the earlier period measuring another thing (imports beside exports) is no earlier reading, however
# alike the rest of their words; total trade named "xuất, nhập khẩu" is trade, not imports.
OTHER_METRIC = [
    pytest.param("vi", "Kim ngạch xuất khẩu tháng 10/2025 đạt 50,0 tỷ USD, tăng 12,0% so với tháng trước. Tháng 9/2025 "
                 "kim ngạch xuất khẩu đạt 48,0 tỷ USD.\n\nKim ngạch nhập khẩu tháng 10/2025 đạt 46,0 tỷ USD "
                 "(tháng 9/2025 đạt 44,6 tỷ USD).",
                 [("12,0%", "50,0 tỷ USD", "48,0 tỷ USD")], ["fail"], ["error"], id="vi_imports_no_base_of_exports"),
    pytest.param("vi", "Kim ngạch xuất khẩu tháng 10/2025 đạt 50,0 tỷ USD, tăng 4,2% so với tháng trước. Tháng 9/2025 "
                 "kim ngạch xuất khẩu đạt 48,0 tỷ USD.\n\nKim ngạch nhập khẩu tháng 10/2025 đạt 46,0 tỷ USD "
                 "(tháng 9/2025 đạt 44,6 tỷ USD).",
                 [("4,2%", "50,0 tỷ USD", "48,0 tỷ USD")], ["pass"], [], id="vi_exports_base_right"),
    pytest.param("vi", "Tổng kim ngạch xuất, nhập khẩu tháng 10/2025 đạt 96,0 tỷ USD, tăng 3,0% so với tháng trước."
                 "\n\nKim ngạch nhập khẩu tháng 10/2025 đạt 46,0 tỷ USD (tháng 9/2025 đạt 44,6 tỷ USD).",
                 [("3,0%", "96,0 tỷ USD", None)], [], [], id="vi_trade_not_from_imports"),
    pytest.param("en", "Exports reached $50.0 billion in October 2025, up 12.0% from the previous month. In September "
                 "2025 exports were $48.0 billion.\n\nImports were $46.0 billion in October 2025, against $44.6 "
                 "billion in September 2025.",
                 [("12.0%", "$50.0 billion", "$48.0 billion")], ["fail"], ["error"],
                 id="en_imports_no_base_of_exports"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), OTHER_METRIC)
def test_another_metric_is_no_earlier_reading(lang: str, text: str, read: list[Read], statuses: list[str],
                                              severities: list[str], tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


# An undated figure is of the story's period (the one its title and opening paragraph name): a figure dated the
# period before that one, in the same words, is its base for a change from the period before.
STORY = [
    pytest.param("en", "Shoppers return\n\nIn October 2025, retail sales reached $61.4 billion.\n\n"
                 "Grocery turnover came to $20.6 billion, up 6.2% from a year earlier.\n\n"
                 "Grocery turnover was $20.1 billion in October 2024.",
                 ["fail"], ["error"], id="en_story_year_wrong"),
    pytest.param("en", "Shoppers return\n\nIn October 2025, retail sales reached $61.4 billion.\n\n"
                 "Grocery turnover came to $20.6 billion, up 2.5% from a year earlier.\n\n"
                 "Grocery turnover was $20.1 billion in October 2024.",
                 ["pass"], [], id="en_story_year_right"),
    pytest.param("vi", "Sức mua phục hồi\n\nTháng 10/2025, tổng mức bán lẻ đạt 614 nghìn tỷ đồng.\n\n"
                 "Doanh thu bán lẻ hàng hóa đạt 206 nghìn tỷ đồng, tăng 6,2% so với cùng kỳ năm trước.\n\n"
                 "Doanh thu bán lẻ hàng hóa tháng 10/2024 là 201 nghìn tỷ đồng.",
                 ["fail"], ["error"], id="vi_story_year_wrong"),
    pytest.param("vi", "Sức mua phục hồi\n\nTháng 10/2025, tổng mức bán lẻ đạt 614 nghìn tỷ đồng.\n\n"
                 "Doanh thu bán lẻ hàng hóa đạt 206 nghìn tỷ đồng, tăng 2,5% so với cùng kỳ năm trước.\n\n"
                 "Doanh thu bán lẻ hàng hóa tháng 10/2024 là 201 nghìn tỷ đồng.",
                 ["pass"], [], id="vi_story_year_right"),
    pytest.param("zh", "消费市场回暖\n\n2025年10月，全省社会消费品零售总额614亿元。\n\n"
                 "商品零售额206亿元，环比增长6.2%。\n\n2025年9月，商品零售额为201亿元。",
                 ["fail"], ["error"], id="zh_story_month_wrong"),
    pytest.param("zh", "消费市场回暖\n\n2025年10月，全省社会消费品零售总额614亿元。\n\n"
                 "商品零售额206亿元，环比增长2.5%。\n\n2025年9月，商品零售额为201亿元。",
                 ["pass"], [], id="zh_story_month_right"),
    # the title names no period; the opening paragraph names one (and its base); a figure of the month before is
    # weighed as the base of a change from the previous month
    pytest.param("en", "Shoppers return\n\nIn October 2025, retail sales reached $61.4 billion, up 1.2% from the "
                 "previous month.\n\nGrocery turnover came to $20.6 billion, up 6.2% from the previous month.\n\n"
                 "Grocery turnover was $20.1 billion in September 2025.",
                 ["fail"], ["error"], id="en_story_month_wrong"),
    pytest.param("en", "Shoppers return\n\nIn October 2025, retail sales reached $61.4 billion, up 1.2% from the "
                 "previous month.\n\nGrocery turnover came to $20.6 billion, up 2.5% from the previous month.\n\n"
                 "Grocery turnover was $20.1 billion in September 2025.",
                 ["pass"], [], id="en_story_month_right"),
    pytest.param("vi", "Sức mua phục hồi\n\nTháng 10/2025, tổng mức bán lẻ đạt 614 nghìn tỷ đồng, tăng 1,2% so với "
                 "tháng trước.\n\nDoanh thu bán lẻ hàng hóa đạt 206 nghìn tỷ đồng, tăng 6,2% so với tháng trước.\n\n"
                 "Doanh thu bán lẻ hàng hóa tháng 9/2025 là 201 nghìn tỷ đồng.",
                 ["fail"], ["error"], id="vi_story_month_wrong"),
    pytest.param("vi", "Sức mua phục hồi\n\nTháng 10/2025, tổng mức bán lẻ đạt 614 nghìn tỷ đồng, tăng 1,2% so với "
                 "tháng trước.\n\nDoanh thu bán lẻ hàng hóa đạt 206 nghìn tỷ đồng, tăng 2,5% so với tháng trước.\n\n"
                 "Doanh thu bán lẻ hàng hóa tháng 9/2025 là 201 nghìn tỷ đồng.",
                 ["pass"], [], id="vi_story_month_right"),
    # two periods in the opening, neither the other's base: no story period, no pairing
    pytest.param("zh", "消费市场回暖\n\n2025年10月，全省社会消费品零售总额614亿元；1—10月累计5980亿元。\n\n"
                 "商品零售额206亿元，环比增长6.2%。\n\n2025年9月，商品零售额为201亿元。",
                 [], [], id="zh_two_periods_no_story"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), STORY)
def test_undated_figure_of_the_story_period(lang: str, text: str, statuses: list[str], severities: list[str],
                                            tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)
