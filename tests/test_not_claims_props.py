"""Property tests for what is not a quantity, and for ranges (issue 10).

A phone number, a date, a list marker or a model code put anywhere in a sentence is never a claim;
a range put anywhere in a sentence always gives both of its ends as claims, with their full values.
The sentences are drawn from ordinary words and other figures of each language, so the tests also
check that the thing inserted does not swallow, or get swallowed by, the numbers around it.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from validator.extract import extract

# Hypothesis profiles (ci by default, dev deeper) are registered once, in tests/conftest.py.

LANGS = ("vi", "zh", "en")

# ordinary words and other figures, from which the sentences around the inserted item are made
WORDS = {
    "en": ["the", "company", "said", "on", "Monday", "that", "sales", "rose", "to", "$5 million", "and", "it",
           "expects", "growth", "of", "3%", "this", "year", "according", "customers", "can", "call", "at",
           "shares", "fell", "12 people", "were", "hired", "since", "report", "says"],
    "vi": ["công ty", "cho biết", "doanh thu", "tăng", "lên", "5 tỷ đồng", "và", "dự kiến", "đạt", "3%",
           "trong", "năm nay", "theo", "khách hàng", "có thể", "gọi", "số", "tại", "cổ phiếu", "giảm",
           "12 người", "được", "tuyển", "báo cáo", "nêu", "giá", "vàng"],
    "zh": ["公司", "表示", "销售额", "增长", "达", "5亿元", "并", "预计", "今年", "达到", "3%", "根据",
           "客户", "可以", "拨打", "在", "股价", "下跌", "12人", "被", "录用", "报告", "显示", "价格"],
}
SEP = {"en": " ", "vi": " ", "zh": ""}


def _sentence(
    draw: st.DrawFn, lang: str, item: str, at_start: bool = False, vocabulary: dict[str, list[str]] | None = None
) -> tuple[str, int, int]:
    """A sentence of ordinary words with ``item`` inserted (at a word boundary), and the item's span."""
    words = draw(st.lists(st.sampled_from((vocabulary or WORDS)[lang]), min_size=2, max_size=10))
    k = 0 if at_start else draw(st.integers(min_value=0, max_value=len(words)))
    sep = SEP[lang]
    before, after = sep.join(words[:k]), sep.join(words[k:])
    # Chinese runs words together, but no writer glues two figures ("400-820-9463" + "5亿元")
    left = sep if not (before[-1:].isdigit() and item[:1].isdigit()) else "，"
    right = sep if not (item[-1:].isdigit() and after[:1].isdigit()) else "，"
    start = len(before) + (len(left) if before else 0)
    text = (before + left if before else "") + item + (right + after if after else "")
    end_mark = "." if lang != "zh" else "。"
    return text + end_mark, start, start + len(item)


digits = st.integers


@st.composite
def phones(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGS))
    d = lambda n: "".join(str(draw(digits(0, 9))) for _ in range(n))  # noqa: E731
    if lang == "vi":
        phone = draw(st.sampled_from([
            f"09{d(2)} {d(3)} {d(3)}", f"09{d(8)}", f"09{d(2)}.{d(3)}.{d(3)}", f"(028) {d(4)} {d(4)}",
            f"+84 9{d(2)} {d(3)} {d(3)}", f"1900 {d(4)}", f"1800 {d(4)}", f"024.{d(4)}.{d(4)}",
        ]))
    elif lang == "zh":
        phone = draw(st.sampled_from([
            f"400-{d(3)}-{d(4)}", f"800-{d(3)}-{d(4)}", f"13{d(9)}", f"15{d(9)}", f"010-{d(8)}", f"021-{d(8)}",
            f"0755-{d(7)}", f"+86 10 {d(4)} {d(4)}", f"+86-21-{d(8)}",
        ]))
    else:
        phone = draw(st.sampled_from([
            f"(212) {d(3)}-{d(4)}", f"212-{d(3)}-{d(4)}", f"+1 212 {d(3)} {d(4)}", f"+1-202-{d(3)}-{d(4)}",
            f"+44 20 {d(4)} {d(4)}", f"020 {d(4)} {d(4)}", f"+44 (0)20 {d(4)} {d(4)}", f"1-800-{d(3)}-{d(4)}",
        ]))
    return lang, phone


@st.composite
def dates(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGS))
    day, month, year = draw(digits(1, 28)), draw(digits(1, 12)), draw(digits(1990, 2030))
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    forms = {
        "en": [f"{months[month - 1]} {day}, {year}", f"{day} {months[month - 1]} {year}", f"{months[month - 1]} {day}",
               f"{year}-{month:02d}-{day:02d}", f"{months[month - 1]} {year}", f"{months[month - 1][:3]}. {day}"],
        "vi": [f"ngày {day}/{month}", f"ngày {day}/{month}/{year}", f"{day}/{month}/{year}",
               f"ngày {day} tháng {month} năm {year}", f"tháng {month}/{year}", f"{year}-{month:02d}-{day:02d}"],
        "zh": [f"{year}年{month}月{day}日", f"{month}月{day}日", f"{year}-{month:02d}-{day:02d}",
               f"{year}/{month}/{day}", f"{month}月{day}号"],
    }
    return lang, draw(st.sampled_from(forms[lang]))


@st.composite
def list_markers(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGS))
    n = draw(digits(1, 20))
    forms = {"en": [f"{n}.", f"{n})", f"({n})"], "vi": [f"{n}.", f"{n})", f"({n})"],
             "zh": [f"{n}、", f"（{n}）", f"({n})", f"{'一二三四五六七八九十'[n % 10 - 1] if n % 10 else '十'}、"]}
    return lang, draw(st.sampled_from(forms[lang]))


@st.composite
def model_codes(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(LANGS))
    code = draw(st.sampled_from([
        "Boeing 737", "Boeing 787-9", "Airbus A321neo", "A350", "iPhone 15", "iPhone 16 Pro", "Galaxy S24", "SU7",
        "VF 8", "VF 3", "M9", "RTX 4090", "COVID-19", "F-35", "G7", "G20", "5G", "H5N1", "Model 3", "Windows 11",
        "ST25", "A16", "Kirin 9000", "MH370", "Su-30",
    ]))
    return lang, code


def _no_claim_on(lang: str, text: str, start: int, end: int) -> None:
    claims = extract(text, lang)
    inside = [c for c in claims if c.start is not None and c.end is not None and c.start < end and start < c.end]
    assert inside == [], (text, text[start:end], [(c.text, c.value, c.unit) for c in inside])


@given(item=phones(), data=st.data())
def test_a_phone_number_is_never_a_claim(item: tuple[str, str], data: st.DataObject) -> None:
    lang, phone = item
    text, start, end = _sentence(data.draw, lang, phone)
    _no_claim_on(lang, text, start, end)


@given(item=dates(), data=st.data())
def test_a_date_is_never_a_claim(item: tuple[str, str], data: st.DataObject) -> None:
    lang, date = item
    text, start, end = _sentence(data.draw, lang, date)
    _no_claim_on(lang, text, start, end)


@given(item=list_markers(), data=st.data())
def test_a_list_marker_is_never_a_claim(item: tuple[str, str], data: st.DataObject) -> None:
    lang, marker = item
    # a marker opens a line (or, in parentheses, stands anywhere)
    anywhere = marker.startswith(("(", "（"))
    text, start, end = _sentence(data.draw, lang, marker, at_start=not anywhere)
    if not anywhere:
        prefix = data.draw(st.sampled_from(["", "Intro line\n", "Mở đầu\n", "导语\n"]))
        text, start, end = prefix + text, start + len(prefix), end + len(prefix)
    _no_claim_on(lang, text, start, end)


@given(item=model_codes(), data=st.data())
def test_a_model_code_is_never_a_claim(item: tuple[str, str], data: st.DataObject) -> None:
    lang, code = item
    text, start, end = _sentence(data.draw, lang, code)
    _no_claim_on(lang, text, start, end)


@st.composite
def ranges(draw: st.DrawFn) -> tuple[str, str, Decimal, Decimal]:
    lang = draw(st.sampled_from(LANGS))
    low = draw(digits(1, 499))
    high = low + draw(digits(1, 500))
    forms = {
        "en": [(f"{low}-{high}%", 1), (f"{low} to {high} tonnes", 1), (f"between {low} and {high} people", 1),
               (f"${low}-{high} million", 10**6), (f"{low}-{high} years", 1), (f"from {low} to {high} km", 1)],
        "vi": [(f"từ {low} đến {high} triệu đồng", 10**6), (f"{low} - {high}%", 1), (f"{low}-{high} tấn", 1),
               (f"khoảng {low} - {high} người", 1), (f"{low} tới {high} tỷ đồng", 10**9), (f"{low} - {high} tháng", 1)],
        "zh": [(f"{low}至{high}万元", 10**4), (f"{low}-{high}%", 1), (f"{low}到{high}辆", 1), (f"{low}～{high}吨", 1),
               (f"约{low}-{high}亿美元", 10**8), (f"{low}至{high}年", 1)],
    }
    text, scale = draw(st.sampled_from(forms[lang]))
    return lang, text, Decimal(low * scale), Decimal(high * scale)


# words around a range that do not make it a change ("rose from 3 to 4" is a change: no range, but still
# two figures, checked below)
NEUTRAL = {
    "en": ["the", "company", "said", "on", "Monday", "that", "sales", "of", "$5 million", "and", "it", "expects",
           "this year", "according", "customers", "at", "12 people", "were", "hired", "report", "says"],
    "vi": ["công ty", "cho biết", "doanh thu", "5 tỷ đồng", "và", "dự kiến", "đạt", "3%", "trong", "theo",
           "khách hàng", "có thể", "tại", "cổ phiếu", "12 người", "được", "tuyển", "báo cáo", "nêu"],
    "zh": ["公司", "表示", "销售额", "5亿元", "并", "预计", "今年", "达到", "3%", "根据", "客户", "在", "股价",
           "12人", "被", "录用", "报告", "显示", "价格"],
}


@given(item=ranges(), data=st.data())
def test_a_range_always_gives_both_ends(item: tuple[str, str, Decimal, Decimal], data: st.DataObject) -> None:
    lang, written, low, high = item
    text, start, end = _sentence(data.draw, lang, written, vocabulary=NEUTRAL)
    claims = [c for c in extract(text, lang) if c.start is not None and c.end is not None and c.start < end
              and start < c.end]
    assert [c.value for c in claims] == [low, high], (text, [(c.text, c.value, c.high) for c in claims])
    assert claims[0].high == high and claims[1].high is None, (text, [(c.text, c.value, c.high) for c in claims])
    assert claims[0].unit == claims[1].unit, (text, [(c.text, c.unit) for c in claims])
