"""find_periods / year_spans / article_date: each written form, resolved, in each language."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.extract.periods import PeriodMention, article_date, find_periods, parse_date, year_spans

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REF = datetime.date(2025, 12, 11)
D = datetime.date

# (language, text, span text, first/last day, granularity, flags: r relative h horizon, years)
FORMS = [
    # Vietnamese
    ("vi", "doanh số vào năm 2024 đạt", "năm 2024", "2024-01-01/2024-12-31", "year", "", (2024,)),
    ("vi", "đạt 69,8% vào năm ngoái", "năm ngoái", "2024-01-01/2024-12-31", "year", "r", ()),
    ("vi", "Năm nay doanh số tăng", "Năm nay", "2025-01-01/2025-12-31", "year", "r", ()),
    ("vi", "tăng 35,5% so với năm trước", "năm trước", "2024-01-01/2024-12-31", "year", "rc", ()),
    ("vi", "10 tháng đầu năm 2025", "10 tháng đầu năm 2025", "2025-01-01/2025-10-31", "ytd", "", (2025,)),
    ("vi", "9 tháng năm 2024", "9 tháng năm 2024", "2024-01-01/2024-09-30", "ytd", "", (2024,)),
    ("vi", "6 tháng đầu năm", "6 tháng đầu năm", "2025-01-01/2025-06-30", "half", "r", ()),
    ("vi", "6 tháng cuối năm 2024", "6 tháng cuối năm 2024", "2024-07-01/2024-12-31", "half", "", (2024,)),
    ("vi", "nửa đầu năm nay", "nửa đầu năm nay", "2025-01-01/2025-06-30", "half", "r", ()),
    ("vi", "nửa cuối năm 2024", "nửa cuối năm 2024", "2024-07-01/2024-12-31", "half", "", (2024,)),
    ("vi", "trong quý III/2024", "quý III/2024", "2024-07-01/2024-09-30", "quarter", "", (2024,)),
    ("vi", "quý 3 năm 2024", "quý 3 năm 2024", "2024-07-01/2024-09-30", "quarter", "", (2024,)),
    ("vi", "quý IV năm ngoái", "quý IV năm ngoái", "2024-10-01/2024-12-31", "quarter", "r", ()),
    ("vi", "tháng 5/2025", "tháng 5/2025", "2025-05-01/2025-05-31", "month", "", (2025,)),
    ("vi", "tháng 5 năm 2025", "tháng 5 năm 2025", "2025-05-01/2025-05-31", "month", "", (2025,)),
    (
        "vi",
        "từ tháng 1 đến tháng 5/2025",
        "từ tháng 1 đến tháng 5/2025",
        "2025-01-01/2025-05-31",
        "ytd",
        "",
        (2025,),
    ),
    (
        "vi",
        "từ năm 2020 đến năm 2024",
        "từ năm 2020 đến năm 2024",
        "2020-01-01/2024-12-31",
        "range",
        "",
        (2020, 2024),
    ),
    ("vi", "từ 2020 đến 2024", "từ 2020 đến 2024", "2020-01-01/2024-12-31", "range", "", (2020, 2024)),
    ("vi", "xe điện (2012-2020)”", "2012-2020", "2012-01-01/2020-12-31", "range", "", (2012, 2020)),
    ("vi", "Đến năm 2025, việc mở rộng", "Đến năm 2025", "2025-01-01/2025-12-31", "year", "h", (2025,)),
    ("vi", "ngày 11/12/2025", "ngày 11/12/2025", "2025-12-11/2025-12-11", "day", "", (2025,)),
    ("vi", "những năm 1990", "những năm 1990", "1990-01-01/1999-12-31", "range", "", (1990,)),
    # Chinese
    ("zh", "2024年销量", "2024年", "2024-01-01/2024-12-31", "year", "", (2024,)),
    ("zh", "2024年度", "2024年度", "2024-01-01/2024-12-31", "year", "", (2024,)),
    ("zh", "去年全年", "去年", "2024-01-01/2024-12-31", "year", "r", ()),
    ("zh", "今年搭建99个", "今年", "2025-01-01/2025-12-31", "year", "r", ()),
    ("zh", "前年", "前年", "2023-01-01/2023-12-31", "year", "r", ()),
    ("zh", "明年", "明年", "2026-01-01/2026-12-31", "year", "r", ()),
    ("zh", "1-9月，销量", "1-9月", "2025-01-01/2025-09-30", "ytd", "r", ()),
    ("zh", "1—5月", "1—5月", "2025-01-01/2025-05-31", "ytd", "r", ()),
    ("zh", "今年1月份至5月份，我国", "今年1月份至5月份", "2025-01-01/2025-05-31", "ytd", "r", ()),
    ("zh", "2024年3-5月", "2024年3-5月", "2024-03-01/2024-05-31", "range", "", (2024,)),
    ("zh", "5月份", "5月份", "2025-05-01/2025-05-31", "month", "r", ()),
    ("zh", "前三季度", "前三季度", "2025-01-01/2025-09-30", "ytd", "r", ()),
    ("zh", "2024年前三季度", "2024年前三季度", "2024-01-01/2024-09-30", "ytd", "", (2024,)),
    ("zh", "前10个月", "前10个月", "2025-01-01/2025-10-31", "ytd", "r", ()),
    ("zh", "第三季度", "第三季度", "2025-07-01/2025-09-30", "quarter", "r", ()),
    ("zh", "去年四季度", "去年四季度", "2024-10-01/2024-12-31", "quarter", "r", ()),
    ("zh", "上半年", "上半年", "2025-01-01/2025-06-30", "half", "r", ()),
    ("zh", "下半年", "下半年", "2025-07-01/2025-12-31", "half", "r", ()),
    ("zh", "2025年上半年", "2025年上半年", "2025-01-01/2025-06-30", "half", "", (2025,)),
    ("zh", "2020-2024年", "2020-2024年", "2020-01-01/2024-12-31", "range", "", (2020, 2024)),
    ("zh", "2020年至2024年", "2020年至2024年", "2020-01-01/2024-12-31", "range", "", (2020, 2024)),
    ("zh", "到2030年进入60个国家", "到2030年", "2030-01-01/2030-12-31", "year", "h", (2030,)),
    ("zh", "2025年12月11日", "2025年12月11日", "2025-12-11/2025-12-11", "day", "", (2025,)),
    ("zh", "今年以来", "今年以来", "2025-01-01/2025-12-11", "ytd", "r", ()),
    # English
    ("en", "profit in 2024 was", "2024", "2024-01-01/2024-12-31", "year", "", (2024,)),
    ("en", "2024's sales", "2024's", "2024-01-01/2024-12-31", "year", "", (2024,)),
    ("en", "revenue in Q3 2024", "Q3 2024", "2024-07-01/2024-09-30", "quarter", "", (2024,)),
    ("en", "in the third quarter", "the third quarter", "2025-07-01/2025-09-30", "quarter", "r", ()),
    (
        "en",
        "the fourth quarter of 2023",
        "the fourth quarter of 2023",
        "2023-10-01/2023-12-31",
        "quarter",
        "",
        (2023,),
    ),
    (
        "en",
        "in the first half of 2025",
        "the first half of 2025",
        "2025-01-01/2025-06-30",
        "half",
        "",
        (2025,),
    ),
    ("en", "H1 2025", "H1 2025", "2025-01-01/2025-06-30", "half", "", (2025,)),
    (
        "en",
        "the first nine months of 2024",
        "the first nine months of 2024",
        "2024-01-01/2024-09-30",
        "ytd",
        "",
        (2024,),
    ),
    (
        "en",
        "the fiscal year ended March 2024",
        "the fiscal year ended March 2024",
        "2023-04-01/2024-03-31",
        "year",
        "",
        (2024,),
    ),
    ("en", "FY2024 revenue", "FY2024", "", "year", "", (2024,)),
    ("en", "up from last year", "last year", "2024-01-01/2024-12-31", "year", "rc", ()),
    ("en", "this year's target", "this year", "2025-01-01/2025-12-31", "year", "r", ()),
    ("en", "next year", "next year", "2026-01-01/2026-12-31", "year", "r", ()),
    ("en", "1.28 trillion yuan by 2025", "by 2025", "2025-01-01/2025-12-31", "year", "h", (2025,)),
    ("en", "2 trillion yuan by 2030,", "by 2030", "2030-01-01/2030-12-31", "year", "h", (2030,)),
    ("en", "since the 1970s, due", "the 1970s", "1970-01-01/1979-12-31", "range", "", (1970,)),
    ("en", "in january this year,", "january this year", "2025-01-01/2025-01-31", "month", "r", ()),
    ("en", "in May", "May", "2025-05-01/2025-05-31", "month", "r", ()),
    ("en", "March 2024", "March 2024", "2024-03-01/2024-03-31", "month", "", (2024,)),
    ("en", "from 2020 to 2024", "from 2020 to 2024", "2020-01-01/2024-12-31", "range", "", (2020, 2024)),
    (
        "en",
        "between 2012 and 2020",
        "between 2012 and 2020",
        "2012-01-01/2020-12-31",
        "range",
        "",
        (2012, 2020),
    ),
    ("en", "Dec 11, 2025", "Dec 11, 2025", "2025-12-11/2025-12-11", "day", "", (2025,)),
    ("en", "Bao·2025-12-11 16:43", "2025-12-11 16:43", "2025-12-11/2025-12-11", "day", "", (2025,)),
    # runs of days; a quarter or half written as a modifier; a month before a metric's acronym
    ("zh", "5月1日至5日，全市", "5月1日至5日", "2025-05-01/2025-05-05", "range", "r", ()),
    ("zh", "2024年1月30日至2月4日期间", "2024年1月30日至2月4日", "2024-01-30/2024-02-04", "range", "", (2024,)),
    ("vi", "từ ngày 1/5 đến 5/5, thành phố", "từ ngày 1/5 đến 5/5", "2025-05-01/2025-05-05", "range", "r", ()),
    ("en", "May 1-5, 2024 saw", "May 1-5, 2024", "2024-05-01/2024-05-05", "range", "", (2024,)),
    ("en", "its first-quarter profit", "first-quarter", "2025-01-01/2025-03-31", "quarter", "r", ()),
    ("en", "the second-half sales", "the second-half", "2025-07-01/2025-12-31", "half", "r", ()),
    ("en", "traffic. March RPKs of", "March", "2025-03-01/2025-03-31", "month", "r", ()),
]


@pytest.mark.parametrize(
    ("language", "text", "span", "period", "granularity", "flags", "years"),
    FORMS,
    ids=[f"{row[0]}-{row[1]}" for row in FORMS],
)
def test_each_form_resolves(
    language: str, text: str, span: str, period: str, granularity: str, flags: str, years: tuple[int, ...]
) -> None:
    first, last = (D.fromisoformat(day) for day in period.split("/")) if period else (None, None)
    start = text.index(span)
    expected = PeriodMention(
        start, start + len(span), span, first, last, granularity, "r" in flags, "h" in flags, years, "c" in flags
    )
    assert find_periods(text, language, REF) == [expected]


@pytest.mark.parametrize(
    ("language", "text", "anaphor", "period", "compared"),
    [
        ("en", "In Q3 2025 sales rose 5% from the same period last year.", "the same period last year",
         "2024-07-01/2024-09-30", True),
        ("en", "In the first half of 2025 exports hit 2 million. In the same period last year they were 1.5 million.",
         "the same period last year", "2024-01-01/2024-06-30", False),
        ("en", "In the first half of 2025 total sales reached 9 million in the period.", "the period",
         "2025-01-01/2025-06-30", False),
        ("vi", "10 tháng đầu năm 2025, doanh số tăng 20% so với cùng kỳ năm trước.", "cùng kỳ năm trước",
         "2024-01-01/2024-10-31", True),
        ("vi", "Quý III/2025 đạt 5 triệu xe. Cùng kỳ, con số này là 4 triệu xe.", "Cùng kỳ",
         "2024-07-01/2024-09-30", False),
        ("zh", "2025年前三季度出口120万辆，比上年同期增长25%。", "上年同期", "2024-01-01/2024-09-30", True),
        ("zh", "2025年上半年销量达500万辆，去年同期为400万辆。", "去年同期", "2024-01-01/2024-06-30", False),
    ],
)
def test_same_period_names_the_last_dated_period(
    language: str, text: str, anaphor: str, period: str, compared: bool
) -> None:
    first, last = (D.fromisoformat(day) for day in period.split("/"))
    found = {p.text: p for p in find_periods(text, language, None)}
    p = found[anaphor]
    assert (p.period_start, p.period_end, p.comparison) == (first, last, compared)


def test_same_period_with_nothing_dated_before_is_undated() -> None:
    (p,) = find_periods("Sales rose 5% from the same period last year.", "en", None)
    assert (p.text, p.period_start, p.comparison) == ("the same period last year", None, True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("vi", "Trong hơn mười năm qua, doanh số tăng"),
        ("vi", "sau hơn mười năm phát triển nhanh chóng"),
        ("vi", "trong lịch sử trăm năm"),
        ("vi", "hai năm trước, nhiều năm trước"),
        ("vi", "trong ba năm qua"),
        ("vi", "ông Trương Vĩnh Quý tóm tắt"),
        ("vi", "đạt 17 triệu chiếc"),
        ("zh", "十四五规划"),
        ("zh", "连续3年赞助"),
        ("zh", "前5个国家"),
        ("zh", "5个月"),
        ("zh", "第四代电芯"),
        ("zh", "统一月度计划"),
        ("en", "in the past 100 years"),
        ("en", "first globally for eight consecutive years"),
        ("en", "Model 3 and Aito M9"),
        ("en", "prices may rise"),
        ("en", "sold 2024 units"),
        ("en", "chongqing is currently building a 33618 cluster"),
    ],
)
def test_not_periods(language: str, text: str) -> None:
    assert find_periods(text, language, REF) == []


def test_relative_without_article_date_has_no_dates() -> None:
    (mention,) = find_periods("今年1月份至5月份", "zh")
    assert (mention.period_start, mention.period_end, mention.granularity, mention.relative) == (
        None,
        None,
        "ytd",
        True,
    )
    assert find_periods("năm ngoái", "vi")[0].period_start is None


def test_missing_year_taken_from_same_paragraph() -> None:
    text = "Năm 2023 doanh số tăng. Trong quý III, doanh số giảm.\nQuý IV thì sao?"
    first, second, third = find_periods(text, "vi", REF)
    assert (second.text, second.period_start, second.period_end, second.relative) == (
        "quý III",
        D(2023, 7, 1),
        D(2023, 9, 30),
        False,
    )
    # a new paragraph does not inherit 2023: the article date's year is used instead
    assert (third.text, third.period_start, third.relative) == ("Quý IV", D(2025, 10, 1), True)
    assert find_periods("Quý IV", "vi")[0].period_start is None


def test_missing_year_follows_the_nearest_preceding_year() -> None:
    mentions = find_periods("2023年销量下降，2024年增长，其中第三季度增长最快。", "zh", REF)
    assert [m.text for m in mentions] == ["2023年", "2024年", "第三季度"]
    assert (mentions[2].period_start, mentions[2].years) == (D(2024, 7, 1), ())


def test_relative_year_propagates_within_paragraph() -> None:
    mentions = find_periods("去年销量增长，第三季度增长最快。", "zh", REF)
    assert (mentions[1].period_start, mentions[1].relative) == (D(2024, 7, 1), True)


def test_seed_000_periods() -> None:
    text = (SEEDS / "000_14163ac49786d80a.txt").read_text(encoding="utf-8")
    mentions = find_periods(text, "vi", REF)
    assert [m.text for m in mentions] == [
        "năm 2024",
        "năm 2024",
        "năm trước",
        "2012-2020",
        "năm 2012",
        "năm 2024",
        "năm 2020",
        "năm 2024",
        "năm ngoái",
        "Đến năm 2025",
        "năm 2025",
        "năm 2025",
        "năm 2025",
        "năm 2022",
        "năm 2024",
        "năm 2024",
        "năm 2024",
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)
    assert [m.horizon for m in mentions].count(True) == 1


def test_seed_001_periods() -> None:
    content = (SEEDS / "001_79bfc96b3ef1994c.txt").read_text(encoding="utf-8")
    mentions = find_periods(content, "zh", REF)
    assert [(m.text, m.horizon) for m in mentions] == [
        ("今年1月份至5月份", False),
        ("2025", False),
        ("到2026年", True),
        ("到2030年", True),
        ("今年", False),
    ]
    assert (mentions[0].period_start, mentions[0].period_end) == (D(2025, 1, 1), D(2025, 5, 31))


def test_year_spans_on_phrases() -> None:
    assert year_spans("vào năm 2024 đạt", "vi") == [(8, 12)]
    assert year_spans("2024年", "zh") == [(0, 4)]
    assert year_spans("in 2024", "en") == [(3, 7)]
    assert year_spans("xe điện (2012-2020)", "vi") == [(9, 18)]
    assert year_spans("Bao·2025-12-11 16:43", "en") == [(4, 14), (15, 20)]
    assert year_spans("今年1月份至5月份", "zh") == [(2, 3), (6, 7)]
    assert year_spans("đạt 12,866 triệu chiếc, 70,5%", "vi") == []


@pytest.mark.parametrize(
    ("name", "language", "numerals"),
    [
        (
            "000_14163ac49786d80a.txt",
            "vi",
            [
                "2024",
                "2024",
                "2012-2020",
                "2012",
                "2024",
                "2020",
                "2024",
                "2025",
                "2025",
                "2025",
                "2025",
                "2022",
                "2024",
                "2024",
                "2024",
            ],
        ),
        ("001_79bfc96b3ef1994c.txt", "zh", ["1", "5", "2025", "2026", "2030"]),
        ("002_3c9ad8622e8b8adb.txt", "en", []),
        ("003_4732fd8b53164b93.txt", "en", ["2025", "2030", "2025-12-11", "16:43"]),
        ("004_66577fc9424cfab6.txt", "en", ["january", "1970", "2023"]),
    ],
)
def test_year_spans_on_seeds(name: str, language: str, numerals: list[str]) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    assert [text[start:end] for start, end in year_spans(text, language)] == numerals


def test_article_date_forms() -> None:
    assert article_date("Bao·2025-12-11 16:43") == D(2025, 12, 11)
    assert article_date("本报记者 2025年12月11日 电") == D(2025, 12, 11)
    assert article_date("Hà Nội, ngày 11/12/2025 - Theo") == D(2025, 12, 11)
    assert article_date("11/12/2025") == D(2025, 12, 11)
    assert article_date("Published Dec 11, 2025 by staff") == D(2025, 12, 11)
    assert article_date("x" * 1000 + " 2025-12-11 " + "x" * 1000) is None  # not near either end
    assert article_date("Sales in 2024 rose.") is None
    assert article_date((SEEDS / "003_4732fd8b53164b93.txt").read_text(encoding="utf-8")) == D(2025, 12, 11)
    assert parse_date("2025-12-11T16:43:00Z") == D(2025, 12, 11)
    assert parse_date("December 11, 2025") == D(2025, 12, 11)
    assert parse_date("soon") is None


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=200), language=st.sampled_from(["vi", "zh", "en"]))
def test_find_periods_never_raises_and_spans_are_sorted(text: str, language: str) -> None:
    mentions = find_periods(text, language, REF)
    ends = [0]
    for mention in mentions:
        assert ends[-1] <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
        ends.append(mention.end)
    spans = year_spans(text, language)
    assert spans == sorted(spans)
    assert all(0 <= start < end <= len(text) for start, end in spans)


_PIECES = st.sampled_from(
    [
        "năm ",
        "2024",
        "quý ",
        "III",
        "/",
        "tháng ",
        "5",
        "-",
        "至",
        "月份",
        "年",
        "今年",
        "前",
        "三",
        "季度",
        "Q3 ",
        "in ",
        "by ",
        "first half of ",
        " ",
        "\n",
        "12,5",
        "đến ",
        "1970s",
        ":",
        "43",
        "ngày ",
        "11/12/",
    ]
)


@settings(max_examples=150, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=12), language=st.sampled_from(["vi", "zh", "en"]))
def test_period_like_soup_never_raises(pieces: list[str], language: str) -> None:
    text = "".join(pieces)
    for mention in find_periods(text, language, REF):
        assert 0 <= mention.start < mention.end <= len(text)
        if mention.period_start and mention.period_end:
            assert mention.period_start <= mention.period_end


def test_overlaps_prefer_the_reading_that_covers_more() -> None:
    assert [(m.text, m.granularity) for m in find_periods("in 2024-2025 sales", "en")] == [
        ("2024-2025", "range")
    ]
    assert [m.text for m in find_periods("in 2022, 2023 and 2024", "en")] == ["2022", "2023", "2024"]
    assert [m.text for m in find_periods("năm 2023 và 2024", "vi")] == ["năm 2023", "2024"]
    assert find_periods("sold 1000 and 2024 units", "en") == []


def test_car_names_are_not_quarters() -> None:
    assert find_periods("the Audi Q3 and the Aito M9", "en", REF) == []
    assert [m.text for m in find_periods("sales in Q3 rose", "en", REF)] == ["Q3"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "from January to March 2024",
            ("from January to March 2024", D(2024, 1, 1), D(2024, 3, 31), "ytd"),
        ),
        (
            "en",
            "in the first quarter of this year",
            ("the first quarter of this year", D(2025, 1, 1), D(2025, 3, 31), "quarter"),
        ),
        ("en", "year-to-date sales", ("year-to-date", D(2025, 1, 1), D(2025, 12, 11), "ytd")),
        ("zh", "2024年1-10月", ("2024年1-10月", D(2024, 1, 1), D(2024, 10, 31), "ytd")),
        ("zh", "2025年一季度", ("2025年一季度", D(2025, 1, 1), D(2025, 3, 31), "quarter")),
        ("zh", "2024Q3", ("2024Q3", D(2024, 7, 1), D(2024, 9, 30), "quarter")),
        ("zh", "截至2024年底", ("2024年", D(2024, 1, 1), D(2024, 12, 31), "year")),
        ("zh", "今年前10个月", ("今年前10个月", D(2025, 1, 1), D(2025, 10, 31), "ytd")),
        ("vi", "ngày 20 tháng 5/2025", ("ngày 20 tháng 5/2025", D(2025, 5, 20), D(2025, 5, 20), "day")),
        ("vi", "từ đầu năm đến nay", ("từ đầu năm đến nay", D(2025, 1, 1), D(2025, 12, 11), "ytd")),
        ("vi", "giai đoạn 2021-2025", ("giai đoạn 2021-2025", D(2021, 1, 1), D(2025, 12, 31), "range")),
    ],
)
def test_more_forms(language: str, text: str, expected: tuple[str, D, D, str]) -> None:
    assert [
        (m.text, m.period_start, m.period_end, m.granularity) for m in find_periods(text, language, REF)
    ] == [expected]
    assert not find_periods(text, language, REF)[0].horizon


def test_an_articles_period_candidates_outlive_two_short_reads() -> None:
    # linking reads the byline (two short regions) again, then the article: its candidates are not read anew
    from validator.extract.periods import _candidates

    article = "Trong 9 tháng đầu năm 2024, doanh thu đạt 1.200 tỷ đồng.\n" * 3
    first = _candidates(article, "vi")
    _candidates("Hà Nội, ngày 3/10/2024", "vi")
    _candidates("Cập nhật 3/10/2024", "vi")
    assert _candidates(article, "vi") is first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a template's first word begins a word: the end of another word is not it ("Cuba" is not "ba")
        ("Xuất khẩu sang Cuba tháng đầu năm 2024 tăng", ["đầu năm 2024"]),
        ("trong ba tháng đầu năm 2024", ["ba tháng đầu năm 2024"]),
        ("Lanửa đầu năm 2023", ["đầu năm 2023"]),
        ("trong nửa đầu năm 2023", ["nửa đầu năm 2023"]),
        ("Tổng hai quý đầu năm 2024", ["hai quý đầu năm 2024"]),
        ("Xuất sang Cuba quý đầu năm 2024", ["đầu năm 2024"]),
        ("Bảo tàng ghi nhận 12 ngày 5/3/2024", ["ngày 5/3/2024"]),
        ("giai đoạn 2021-2025 và thời kỳ 2016-2020", ["giai đoạn 2021-2025", "thời kỳ 2016-2020"]),
        ("Mã FY2021-2025", ["2021-2025"]),
        ("những năm 1990 và kể từ đầu năm nay", ["những năm 1990", "kể từ đầu năm nay"]),
    ],
)
def test_vi_templates_begin_at_a_word(text: str, expected: list[str]) -> None:
    assert [p.text for p in find_periods(text, "vi", REF)] == expected
