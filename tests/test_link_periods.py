"""How a figure's period is read, for linking: a clause that names its own period without a date keeps it (no other
clause's year dates the figure); a "since" period starts a run to now and dates no other clause; zh 个 is a measure
word that counts the noun after it, so "10个月" is a length of ten months.

Short texts written for the test, in undated articles (so "this year" has no calendar year).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._judging import changes_read, judged_by
from validator.document import document_from_text
from validator.extract.claims import extract_document


def periods(text: str, lang: str) -> dict[str, str | None]:
    """Each figure's period as "start..end" (None when undated)."""
    claims = extract_document(document_from_text(text, language=lang))
    return {c.text: (f"{c.period.start}..{c.period.end}" if c.period else None) for c in claims}


def units(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    claims = extract_document(document_from_text(text, language=lang))
    return [(c.text, c.unit, c.hedge.value if c.hedge else None) for c in claims]


Y2023 = "2023-01-01..2023-12-31"
OWN_PERIOD = [
    # the clause names "this year": the other clause's year is the compared figure's
    pytest.param("en", "Sales this year reached $4.2bn, against $3.9bn in 2023.",
                 {"$4.2bn": None, "$3.9bn": Y2023}, id="en_this_year"),
    pytest.param("vi", "Tỷ lệ xác nhận nhập học đợt 1 năm nay đạt 78,6%, cao hơn mức 73,4% của năm 2023.",
                 {"78,6%": None, "73,4%": Y2023}, id="vi_nam_nay_after_a_label"),
    pytest.param("zh", "今年全市旅游收入134亿元，2023年为123亿元。", {"134亿元": None, "123亿元": Y2023},
                 id="zh_jinnian"),
    # an undated month in the clause: the figure is that month's, not the sentence's other period's
    pytest.param("en", "The list fell to 7.45 million at the end of September, and 1.2 million visits were moved "
                 "since December 2022.", {"7.45 million": None, "1.2 million": "2022-12-01..2022-12-31"},
                 id="en_since_dates_its_clause_only"),
    # with no period of its own the clause still takes the sentence's
    pytest.param("en", "Sales reached $4.2bn, against $3.9bn in 2023.", {"$4.2bn": Y2023, "$3.9bn": Y2023},
                 id="en_no_own_period"),
    pytest.param("vi", "Doanh thu đạt 4.200 tỷ đồng, cao hơn mức 3.900 tỷ đồng của năm 2023.",
                 {"4.200 tỷ đồng": Y2023, "3.900 tỷ đồng": Y2023}, id="vi_no_own_period"),
    # a digit that counts years before "năm nay" is no label: "3 năm nay" is these three years, no period
    pytest.param("vi", "Trong 3 năm nay, doanh thu đạt 4.200 tỷ đồng, cao hơn mức 3.900 tỷ đồng của năm 2023.",
                 {"3 năm": Y2023, "4.200 tỷ đồng": Y2023, "3.900 tỷ đồng": Y2023}, id="vi_count_of_years"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OWN_PERIOD)
def test_a_clause_keeps_its_own_period(lang: str, text: str, expected: dict[str, str | None]) -> None:
    assert periods(text, lang) == expected


def test_a_since_period_does_not_date_a_later_figure_of_another_clause() -> None:
    text = "Output rose to 5.2 million tonnes, the highest level since 2019."
    assert periods(text, "en") == {"5.2 million tonnes": None}


MEASURED = [
    ("项目工期10个月，投资5亿元。", [("10个月", "month", None), ("5亿元", "CNY", None)]),
    ("工期10個月。", [("10個月", "month", None)]),
    ("他们用了3个多月。", [("3个多月", "month", "over")]),
    ("施工用了两个半月。", [("两个半月", "month", None)]),
    ("会议持续5个小时。", [("5个小时", "hour", None)]),
    ("央行下调利率25个基点。", [("25个基点", "bp", None)]),
    ("股价连续10个交易日上涨。", [("10个交易日", "day", None)]),
    ("休假3个星期。", [("3个星期", "week", None)]),
    ("上涨2个百分点。", [("2个百分点", "point", None)]),
    # a noun that is no unit: the measure word counts items; 月 alone after a number is a month of the year
    ("完成3个项目。", [("3个", "item", None)]),
]


@pytest.mark.parametrize(("text", "expected"), MEASURED)
def test_zh_measure_word_counts_the_noun_after_it(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert units(text, "zh") == expected


LENGTHS = [
    pytest.param("2024年1-10月，全省全社会用电量2234亿千瓦时，同比增长8%。\n\n电价保持稳定。\n\n"
                 "10个月全省全社会用电量2243亿千瓦时，超过计划。", ["error"], id="zh_ten_months_named_again"),
    pytest.param("2024年1-10月，全省全社会用电量2234亿千瓦时，同比增长8%。\n\n电价保持稳定。\n\n"
                 "9个月全省全社会用电量2243亿千瓦时，超过计划。", [], id="zh_another_length"),
]


@pytest.mark.parametrize(("text", "expected"), LENGTHS)
def test_zh_period_named_by_its_length_in_months(text: str, expected: list[str], tmp_path: Path) -> None:
    assert judged_by(text, "zh", tmp_path, "CS201")[1] == expected


def test_basis_points_repeated_for_two_bonds_are_no_restatement(tmp_path: Path) -> None:
    text = ("欧债收益率收跌，意大利10年期国债收益率跌1.3个基点报3.560%。\n\n美债收益率收涨。\n\n"
            "3年期美债收益率涨1.3个基点报3.769%，5年期美债收益率涨0.6个基点报3.684%。")
    assert judged_by(text, "zh", tmp_path, "CS201") == ([], [])


# --- the period a story reports: its title's, for the figures naming none ------------------------------------

HARBOUR = {
    "en": "Harbour traffic in {title}\n\nThe harbour handled 5.50 million tonnes of cargo, up {rate}% year on year.\n\n"
          "In 2023 the harbour handled 5.00 million tonnes of cargo.",
    "vi": "Sản lượng hàng qua cảng {title}\n\nSản lượng hàng hóa qua cảng đạt 5,50 triệu tấn, tăng {rate}% so với cùng "
          "kỳ.\n\n"
          "Năm 2023, sản lượng hàng hóa qua cảng đạt 5,00 triệu tấn hàng hóa.",
    "zh": "{title}港口货物吞吐量\n\n港口完成货物吞吐量5.50亿吨，同比增长{rate}%。\n\n2023年港口货物吞吐量为5.00亿吨。",
}
TITLE = {"en": ("2024", "2024 and 2025"), "vi": ("năm 2024", "năm 2024 và năm 2025"),
         "zh": ("2024年", "2024年和2025年")}
RATE = {"en": ("20.0", "10.0"), "vi": ("20,0", "10,0"), "zh": ("20.0", "10.0")}


@pytest.mark.parametrize("lang", ["en", "vi", "zh"])
def test_a_figure_naming_no_period_is_of_the_one_its_title_names(lang: str, tmp_path: Path) -> None:
    wrong, right = RATE[lang]
    one, two = TITLE[lang]
    text = HARBOUR[lang].format(title=one, rate=wrong)
    base = "5.00 million tonnes" if lang == "en" else "5,00 triệu tấn" if lang == "vi" else "5.00亿吨"
    assert [r[2] for r in changes_read(text, lang)] == [base]  # the year before the title's
    assert judged_by(text, lang, tmp_path, "NR102") == (["fail"], ["error"])
    assert judged_by(HARBOUR[lang].format(title=one, rate=right), lang, tmp_path, "NR102") == (["pass"], [])
    # a title naming two periods dates no figure: nothing is measured from the 2023 figure
    assert [r[2] for r in changes_read(HARBOUR[lang].format(title=two, rate=wrong), lang)] == [None]


WHEN = {
    "en": "Port volumes rise in September\n\nTranshipment volumes climbed {rate}% from the previous month to 600,000 "
          "TEU.\n\nThe low came in August, when transhipment volumes reached 545,000 TEU.",
    "vi": "Hàng trung chuyển tăng mạnh trong tháng 9\n\nLượng hàng trung chuyển tăng {rate}% so với tháng trước, lên "
          "600.000 TEU.\n\nMức thấp rơi vào tháng 8, khi lượng hàng trung chuyển đạt 545.000 TEU.",
    "zh": "9月港口中转箱量回升\n\n中转箱量环比增长{rate}%，达到60万标箱。\n\n低点出现在8月，当时中转箱量为54.5万标箱。",
}


@pytest.mark.parametrize("lang", ["en", "vi", "zh"])
def test_a_month_before_a_when_clause_dates_its_figure_as_the_previous_month(lang: str, tmp_path: Path) -> None:
    """The title's month is the figure's; the month before a when-clause ("in August, when …", "tháng 8, khi …",
    "8月，当时…") is its figure's, the month before: a month-on-month change is measured from it."""
    wrong, right = ("20.0", "10.1") if lang != "vi" else ("20,0", "10,1")
    base = {"en": "545,000 TEU", "vi": "545.000 TEU", "zh": "54.5万"}[lang]
    assert [r[2] for r in changes_read(WHEN[lang].format(rate=wrong), lang)] == [base]
    assert judged_by(WHEN[lang].format(rate=wrong), lang, tmp_path, "NR102") == (["fail"], ["error"])
    assert judged_by(WHEN[lang].format(rate=right), lang, tmp_path, "NR102") == (["pass"], [])


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Ridership hits record\n\nThe line carried 1.2 million riders in May.\n\n"
           "Since its opening on December 22, 2024, the line has carried 6 million riders."),
    ("vi", "Metro đạt kỷ lục\n\nTuyến chở 1,2 triệu lượt khách trong tháng 5.\n\n"
           "Tính từ ngày vận hành thương mại 22/12/2024, tuyến đã chở 6 triệu lượt khách."),
    ("zh", "地铁客流创新高\n\n5月该线路运送乘客120万人次。\n\n自2024年12月22日开通以来，该线路累计运送乘客600万人次。"),
])
def test_a_date_a_since_word_leads_is_no_byline(lang: str, text: str) -> None:
    from validator.extract.dates import document_date

    assert document_date(document_from_text(text, language=lang)) is None
    byline = text.split("\n\n")[0] + "\n\nThe line carried 1.2 million riders in May.\n\nPublished December 22, 2024"
    assert str(document_date(document_from_text(byline, language="en"))) == "2024-12-22"


def test_a_rate_on_a_period_compares_with_it() -> None:
    """"up 8.2% on August 2024": the period is the base's and dates no figure; "published on 18 September" dates."""
    from validator.extract.periods import find_periods

    found = find_periods("Revenue was up 8.2% on August 2024 and 5.4% respectively on March 2023, published on "
                         "18 September 2025.", "en")
    assert [(m.text, m.comparison) for m in found] == [("August 2024", True), ("March 2023", True),
                                                        ("18 September 2025", False)]
