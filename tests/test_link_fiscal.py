"""Periods that name no calendar year directly: five-year plans ("“十三五”期间", "the 14th Five-Year Plan period",
"kế hoạch 5 năm 2021-2025") are spans of years, so a change measured from one pairs with that span's figure; a
company's fiscal periods ("fiscal 2023", "FY24", "the first half of fiscal 2023", "H1 FY24", "1H25", "Q3 FY2024")
are read as periods — their numbers are no amounts, and they date nothing on the calendar, since a fiscal year's
months depend on the company; "half" in "the April-September half", "in the half" is a period, not ×0.5.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link_changes import Read, changes_read, judged

from validator.document import document_from_text
from validator.extract.claims import extract_document
from validator.extract.periods import find_periods

PLANS = [
    # --- zh ---
    pytest.param("zh", "“十三五”期间，全省交通建设投资完成500.0亿元。\n\n“十四五”期间，全省交通建设投资完成700.0亿元，"
                 "比“十三五”期间增长48%。", [("48%", "700.0亿元", "500.0亿元")], ["fail"], ["error"],
                 id="zh_plan_wrong"),
    pytest.param("zh", "“十三五”期间，全省交通建设投资完成500.0亿元。\n\n“十四五”期间，全省交通建设投资完成700.0亿元，"
                 "比“十三五”期间增长40%。", [("40%", "700.0亿元", "500.0亿元")], ["pass"], [], id="zh_plan_right"),
    # --- en ---
    pytest.param("en", "During the 13th Five-Year Plan period, the province invested 50.0 billion yuan in transport."
                 "\n\nDuring the 14th Five-Year Plan period, the province invested 70.0 billion yuan in transport, up "
                 "48% from the 13th Five-Year Plan period.", [("48%", "70.0 billion yuan", "50.0 billion yuan")],
                 ["fail"], ["error"], id="en_plan_wrong"),
    pytest.param("en", "During the 13th Five-Year Plan period, the province invested 50.0 billion yuan in transport."
                 "\n\nDuring the 14th Five-Year Plan period, the province invested 70.0 billion yuan in transport, up "
                 "40% from the 13th Five-Year Plan period.", [("40%", "70.0 billion yuan", "50.0 billion yuan")],
                 ["pass"], [], id="en_plan_right"),
    # --- vi ---
    pytest.param("vi", "Giai đoạn 2016-2020, tỉnh đầu tư 52.340 tỷ đồng cho giao thông.\n\nGiai đoạn 2021-2025, tỉnh "
                 "đầu tư 73.276 tỷ đồng cho giao thông, tăng 48% so với giai đoạn 2016-2020.",
                 [("48%", "73.276 tỷ đồng", "52.340 tỷ đồng")], ["fail"], ["error"], id="vi_plan_wrong"),
    pytest.param("vi", "Kế hoạch 5 năm 2016-2020, tỉnh đầu tư 52.340 tỷ đồng cho giao thông.\n\nTrong kế hoạch 5 năm "
                 "2021-2025, tỉnh đầu tư 73.276 tỷ đồng cho giao thông, tăng 40% so với kế hoạch 5 năm 2016-2020.",
                 [("40%", "73.276 tỷ đồng", "52.340 tỷ đồng")], ["pass"], [], id="vi_plan_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), PLANS)
def test_change_from_a_plan_period(lang: str, text: str, read: list[Read], statuses: list[str],
                                   severities: list[str], tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize(("lang", "text", "years"), [
    pytest.param("zh", "“十二五”期间投资约155.5亿元", (2011, 2015), id="zh_quoted"),
    pytest.param("zh", "十四五规划期间", (2021, 2025), id="zh_plan_period"),
    pytest.param("zh", "十五五时期", (2026, 2030), id="zh_plan_time"),
    pytest.param("en", "in the 12th Five-Year Plan period", (2011, 2015), id="en_ordinal"),
    pytest.param("en", "under the fourteenth five-year plan", (2021, 2025), id="en_word"),
    pytest.param("vi", "kế hoạch 5 năm 2021-2025", (2021, 2025), id="vi_by_years"),
    pytest.param("vi", "kế hoạch 5 năm lần thứ 14 của Trung Quốc", (2021, 2025), id="vi_china"),
])
def test_plan_years(lang: str, text: str, years: tuple[int, int]) -> None:
    found = [m for m in find_periods(text, lang) if m.years]
    assert [m.years for m in found] == [years]


@pytest.mark.parametrize("text", ["“十三五”末以来", "十二五末", "“十四五”开局之年", "十五五规划提出", "“十二五”以来"])
def test_plan_edges_are_not_its_span(text: str) -> None:
    assert not [m for m in find_periods(text, "zh") if m.years and m.years[-1] - m.years[0] == 4]


def test_plan_dates_its_figures_and_no_number_is_read_from_its_name() -> None:
    claims = extract_document(document_from_text("“十一五”期间，泉州电网建设投资达109亿元。", "zh"))
    assert [(c.text, str(c.period)) for c in claims] == [("109亿元", "2006-01-01..2010-12-31")]


@pytest.mark.parametrize(("text", "granularity", "year"), [
    ("Revenue in FY24 rose", "year", 2024),
    ("Revenue in fiscal year 2023 rose", "year", 2023),
    ("Profit in 1H25 rose", "half", 2025),
    ("Profit in H1 FY24 rose", "half", 2024),
    ("Revenue in the first half of fiscal 2023 was", "half", 2023),
    ("Sales in Q3 FY2024 fell", "quarter", 2024),
    ("Sales in 3Q24 fell", "quarter", 2024),
])
def test_fiscal_periods_read_undated(text: str, granularity: str, year: int) -> None:
    (m,) = [m for m in find_periods(text, "en") if m.years]
    assert (m.granularity, m.years, m.period_start, m.period_end) == (granularity, (year,), None, None)


def test_fiscal_year_does_not_date_the_calendar_after_it() -> None:
    claims = extract_document(document_from_text(
        "Revenue in fiscal 2023 was $3.1 billion, and profit in H1 was $370 million.", "en"))
    assert {c.text: c.period for c in claims} == {"$3.1 billion": None, "$370 million": None}


@pytest.mark.parametrize("text", [
    "Revenue for the April-September half rose 18% to 412.6 billion yen.",
    "Orders received in the half rose 9.6% to 436.0 billion yen.",
    "In FY24 revenue rose 18% to 412.6 billion yen.",
])
def test_half_and_fiscal_numbers_are_no_amounts(text: str) -> None:
    claims = extract_document(document_from_text(text, "en"))
    assert [c.unit for c in claims] == ["percent", "JPY"]


def test_half_as_a_number_still_reads() -> None:
    claims = extract_document(document_from_text("Sales fell by half, to 20 million units.", "en"))
    assert ("half", "times") in [(c.text, c.unit) for c in claims] or any(c.value == 0.5 for c in claims)


@pytest.mark.parametrize(("lang", "text", "statuses"), [
    pytest.param("zh", "“十一五”期间全行业共发生约200起并购案例，其中2010年发生55起。", ["pass"], id="zh_year_inside"),
    pytest.param("zh", "“十一五”期间全行业共发生约200起并购案例，其中2012年发生55起。", [], id="zh_year_outside"),
    pytest.param("en", "During the 11th Five-Year Plan period the industry saw 200 mergers, of which 55 took place in "
                 "2010.", ["pass"], id="en_year_inside"),
    pytest.param("en", "During the 11th Five-Year Plan period the industry saw 200 mergers, of which 55 took place in "
                 "2012.", [], id="en_year_outside"),
    pytest.param("vi", "Giai đoạn 2016-2020, toàn ngành có 200 thương vụ sáp nhập, trong đó năm 2020 có 55 thương vụ.",
                 ["pass"], id="vi_year_inside"),
    pytest.param("vi", "Giai đoạn 2016-2020, toàn ngành có 200 thương vụ sáp nhập, trong đó năm 2022 có 55 thương vụ.",
                 [], id="vi_year_outside"),
])
def test_part_of_a_span_of_years(lang: str, text: str, statuses: list[str], tmp_path: Path) -> None:
    """A part dated inside the whole's span of years is one of its parts; one dated outside it is not."""
    assert judged(text, lang, tmp_path, ("NR105",)) == (statuses, [])
