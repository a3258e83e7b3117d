"""Spans of years read from raw text (validator/link/durations.py) and judged by CS204."""

from __future__ import annotations

from pathlib import Path

import pytest
from _judging import judged_by


def judged(text: str, lang: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    return judged_by(text, lang, tmp_path, "CS204")


CASES = [
    # a stated range of years, counted either way
    pytest.param("zh", "2018年至2024年，全市累计投入民生资金6812亿元，十年间民生支出占比始终保持在75%以上。",
                 ["fail"], ["error"], id="zh_range_too_short"),
    pytest.param("zh", "2015年至2024年，全市累计投入民生资金6812亿元，十年间民生支出占比始终保持在75%以上。",
                 ["pass"], [], id="zh_range_counted_inclusively"),
    pytest.param("vi", "Giai đoạn 2014-2024, tức mười năm, tỉnh thu hút 120 dự án.", ["pass"], [],
                 id="vi_range_by_difference"),
    # a start year, up to the article's own year
    pytest.param("vi", "Hà Nội, ngày 6/7/2025. Như vậy, sau hơn mười năm tính từ mốc năm 2018, tỷ lệ này mới cải thiện "
                 "được chưa đầy 7 điểm phần trăm.", ["fail"], ["error"], id="vi_since_too_short"),
    pytest.param("vi", "Hà Nội, ngày 6/7/2025. Đây là mức tăng cao nhất trong hơn mười năm, kể từ năm 2011.",
                 ["pass"], [], id="vi_since_right"),
    pytest.param("en", "LONDON, March 3, 2024 - The index is at its highest in over ten years, since 2017.",
                 ["fail"], ["error"], id="en_since_too_short"),
    pytest.param("zh", "北京2024年12月13日电 全国碳市场自2021年7月16日启动上线交易以来，已平稳运行三年多。",
                 ["pass"], [], id="zh_since_inclusive"),
    # the base year of a comparison, up to the article's own year: what moved over the span moved from it
    pytest.param("zh", "2024年7月24日，与2016年上半年的1642.8亿元相比，2024年上半年全市经济总量十年间实现翻番。",
                 ["fail"], ["error"], id="zh_compared_with_a_year_too_long"),
    pytest.param("zh", "2024年7月24日，与2016年上半年的1642.8亿元相比，2024年上半年全市经济总量八年间实现翻番。",
                 ["pass"], [], id="zh_compared_with_a_year_right"),
    pytest.param("vi", "Hà Nội, ngày 6/7/2025. So với năm 2015, doanh thu toàn ngành sau mười năm đã tăng gấp đôi.",
                 ["pass"], [], id="vi_compared_with_a_year_right"),
    pytest.param("en", "LONDON, March 3, 2024 - Compared with 4.1 million in 2018, sales have doubled in ten years.",
                 ["fail"], ["error"], id="en_compared_with_a_year_too_long"),
    # …but a record is a look-back from now, not the years a comparison ran over
    pytest.param("vi", "Ngày 10/7/2017. Tín dụng tăng 7,54% so với tháng 12/2016, cao nhất trong vòng 6 năm trở lại "
                 "đây.", [], [], id="vi_record_is_a_look_back"),
    pytest.param("en", "LONDON, March 3, 2024 - Sales rose 5% compared with 2023, the fastest growth in six years.",
                 [], [], id="en_record_is_a_look_back"),
    # two years named from ... to ...
    pytest.param("en", "The gain was 4.4 percentage points in nine years, from 1.1% in 2014 to 5.5% in 2023.",
                 ["pass"], [], id="en_from_to_years"),
    # a span written as a word, spelled out after it
    pytest.param("en", "We have worked on this for more than a decade, from the new airport on Boa Vista in 2017 to "
                 "the marina we open in 2024.", ["fail"], ["error"], id="en_a_decade_spelled_out"),
    pytest.param("en", "Over the decade from 2016 to 2023, prices fell by more than 80%.", ["fail"], ["error"],
                 id="en_the_decade_range"),
    pytest.param("en", "Over the decade from 2013 to 2023, prices fell by more than 80%.", ["pass"], [],
                 id="en_the_decade_right"),
    # a span followed by "since" and the event that started it, whose year comes later in the clause
    pytest.param("vi", "Hà Nội, ngày 6/7/2025. Sau hơn mười năm hoạt động kể từ khi nhà máy khánh thành năm 2020, "
                 "sản lượng đã tăng gấp ba.", ["fail"], ["error"], id="vi_since_event_too_short"),
    pytest.param("vi", "Hà Nội, ngày 6/7/2025. Sau hơn mười năm hoạt động kể từ khi nhà máy khánh thành năm 2012, "
                 "sản lượng đã tăng gấp ba.", ["pass"], [], id="vi_since_event_right"),
    pytest.param("en", "LONDON, March 3, 2024 - It is ten years since the bridge first opened to traffic in 2019.",
                 ["fail"], ["error"], id="en_since_event_too_long"),
    pytest.param("en", "LONDON, March 3, 2024 - It is five years since the bridge first opened to traffic in 2019.",
                 ["pass"], [], id="en_since_event_right"),
    pytest.param("en", "LONDON, March 3, 2024 - Ten years since the bridge opened, traffic was 4.2 million in 2019.",
                 [], [], id="en_since_event_year_of_a_figure"),
    # "since" opening a clause whose event the year dates, the span later in the sentence
    pytest.param("en", "LONDON, March 3, 2024 - Sales were the highest since the survey began in March 2014, and the "
                 "best month in more than two decades of records.", ["fail"], ["error"],
                 id="en_since_clause_too_long"),
    pytest.param("en", "LONDON, March 3, 2024 - Sales were the highest since the survey began in March 2014, and the "
                 "best month in almost ten years of records.", ["pass"], [], id="en_since_clause_right"),
    pytest.param("en", "LONDON, March 3, 2024 - Sales were the highest since the survey began, with 4.1 million in "
                 "March 2014, and the best month in more than two decades.", [], [],
                 id="en_since_clause_year_of_a_figure"),
    pytest.param("vi", "Hà Nội, ngày 3/3/2024 - Doanh số cao nhất kể từ khi khảo sát bắt đầu vào tháng 3/2014, là "
                 "tháng tốt nhất trong hơn hai thập kỷ ghi nhận.", ["fail"], ["error"], id="vi_since_clause_too_long"),
    # a move from one year to another, then the span it took ("减少至2025年": the "to" word opens the year)
    pytest.param("zh", "全省卫生院从2013年的986家减少至2025年的874家，近十年间减少112家。", ["fail"], ["error"],
                 id="zh_from_to_years_too_long"),
    pytest.param("zh", "全省卫生院从2013年的986家减少至2025年的874家，十二年间减少112家。", ["pass"], [],
                 id="zh_from_to_years_right"),
    # a span written as a modifier, whose run is named after the thing it qualifies
    pytest.param("en", "The council backs the ten-year transport plan running from 2026-27 to 2029-30.", ["fail"],
                 ["error"], id="en_modifier_with_its_run_too_short"),
    pytest.param("en", "The council backs the ten-year transport plan running from 2021 to 2030.", ["pass"], [],
                 id="en_modifier_with_its_run_inclusive"),
    pytest.param("en", "The ten-year yield, running from 3.9% in 2023 to 4.2% in 2024, rose again.", [], [],
                 id="en_modifier_run_of_figures_is_theirs"),
    # modifiers and points in time are no spans
    pytest.param("zh", "美国30年期固定利率抵押贷款的平均利率为6.47%，为2023年5月以来最低水平。", [], [],
                 id="zh_term_is_no_span"),
    pytest.param("vi", "Có 9 - 11% doanh nghiệp từ năm 2014-2016 cho biết mức chi cao hơn 5 năm trước.", [], [],
                 id="vi_years_ago_is_no_span"),
    pytest.param("en", "Unemployment fell to a near 30 year low and inflation to its lowest since the 1960s.", [], [],
                 id="en_year_low_is_no_span"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), CASES)
def test_span(lang: str, text: str, statuses: list[str], severities: list[str], tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)


def test_span_words_are_read_as_years() -> None:
    from validator.document import document_from_text
    from validator.extract import extract_document

    read = [(c.text, c.value, c.unit, c.hedge.value if c.hedge else None) for c in extract_document(
        document_from_text("For more than a decade, and over the decade since, two decades in all.", language="en"))]
    assert read == [("more than a decade", 10, "year", "over"), ("the decade", 10, "year", None),
                    ("two decades", 20, "year", None)]


# the event a span is counted from, named in the clause right after the span's own ("Hơn mười năm qua, kể từ khi …
# năm 2016"), however long the event's description within that clause
NEXT_CLAUSE = [
    pytest.param("vi", "Hà Nội, ngày 6/7/2024. Hơn mười năm qua, kể từ khi nhà máy điện gió đầu tiên của huyện "
                 "ven biển phát điện năm 2016, tỉnh đã thu hút 120 dự án.", ["fail"], ["error"],
                 id="vi_event_next_clause_short"),
    pytest.param("vi", "Hà Nội, ngày 6/7/2024. Hơn mười năm qua, kể từ khi nhà máy điện gió đầu tiên của huyện "
                 "ven biển phát điện năm 2012, tỉnh đã thu hút 120 dự án.", ["pass"], [],
                 id="vi_event_next_clause_right"),
    pytest.param("en", "LONDON, March 3, 2024 - For more than ten years, since the first offshore wind farm of the "
                 "eastern coast began to export power in 2017, the county has drawn 120 projects.",
                 ["fail"], ["error"], id="en_event_next_clause_short"),
    pytest.param("en", "LONDON, March 3, 2024 - For more than ten years, since the first offshore wind farm of the "
                 "eastern coast began to export power in 2012, the county has drawn 120 projects.", ["pass"], [],
                 id="en_event_next_clause_right"),
    pytest.param("zh", "北京2024年12月13日电 十多年间，自沿海第一座海上风电场于2017年并网发电以来，"
                 "全省累计吸引项目120个。",
                 ["fail"], ["error"], id="zh_event_next_clause_short"),
    pytest.param("zh", "北京2024年12月13日电 十多年间，自沿海第一座海上风电场于2012年并网发电以来，"
                 "全省累计吸引项目120个。",
                 ["pass"], [], id="zh_event_next_clause_right"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), NEXT_CLAUSE)
def test_span_event_in_the_next_clause(lang: str, text: str, statuses: list[str], severities: list[str],
                                       tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), [
    # the length of a plan its words name ("三年行动", "kế hoạch 5 năm", "a three year programme") is no span
    # between the years around it; a span in the same words still is
    pytest.param("zh", "从2018年启动“茶旅融合”三年行动到2025年，全县茶园面积翻了一番。", [], [],
                 id="zh_plan_length_after"),
    pytest.param("zh", "从2018年到2025年，全县茶园面积三年翻了一番。", ["fail"], ["error"], id="zh_span_still_checked"),
    pytest.param("vi", "Từ năm 2018 triển khai kế hoạch 3 năm đến năm 2025, diện tích chè đã tăng gấp đôi.", [], [],
                 id="vi_plan_length_before"),
    pytest.param("vi", "Từ năm 2018 đến năm 2025, tức 3 năm, diện tích chè đã tăng gấp đôi.", ["fail"], ["error"],
                 id="vi_span_still_checked"),
    pytest.param("en", "From the launch of its three year programme in 2018 to the harvest of 2025, the county doubled "
                 "its tea area.", [], [], id="en_plan_length_after"),
    pytest.param("en", "From 2018 to 2025, three years in all, the county doubled its tea area.", ["fail"], ["error"],
                 id="en_span_still_checked"),
])
def test_a_plans_length_is_no_span(lang: str, text: str, statuses: list[str], severities: list[str],
                                   tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), [
    # a look-back "近十年来" is a span up to now, as "over the past decade" is
    pytest.param("zh", "近十年来，从2019年建成首座冷库到2024年，全县冷链产能翻了两番。", ["fail"], ["error"],
                 id="zh_look_back_too_long"),
    pytest.param("zh", "近五年来，从2019年建成首座冷库到2024年，全县冷链产能翻了两番。", ["pass"], [],
                 id="zh_look_back_right"),
    # a "from" after the span opening another clause's move: the pair named before it still counts
    pytest.param("zh", "从2020年首条产线投产到2024年，短短十年间，电池的价格从每度2元降到0.5元左右。",
                 ["fail"], ["error"], id="zh_from_to_before_a_later_from"),
    pytest.param("en", "From 2020 to 2024, in just ten years, battery prices fell from $2 to 50 cents.",
                 ["fail"], ["error"], id="en_from_to_before_a_later_from"),
    # an undated article naming its start year most: the latest year it names is its own
    pytest.param("vi", "Lần đầu tiên sau hơn mười năm, tính từ năm 2018, sản lượng vượt 2 triệu tấn; năm 2018 "
                 "sản lượng đạt 2,1 triệu tấn. Năm 2024, sản lượng đạt 2,05 triệu tấn.", ["fail"], ["error"],
                 id="vi_undated_since_named_most"),
    pytest.param("en", "For the first time in six years, since 2018, output topped 2 million tonnes; in 2018 it was "
                 "2.1 million tonnes. In 2024, output reached 2.05 million tonnes.", ["pass"], [],
                 id="en_undated_since_named_most_right"),
])
def test_span_to_now(lang: str, text: str, statuses: list[str], severities: list[str], tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)
