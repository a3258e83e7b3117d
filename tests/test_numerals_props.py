"""Property tests for the numeral parser: format -> extract round-trips, and robustness."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from validator.extract.numerals import find_numbers, format_number

# Hypothesis profiles (ci by default, dev deeper) are registered once, in tests/conftest.py.

UNIT_WORD = {"vi": "chiếc xe", "zh": "辆", "en": "vehicles"}  # vi "chiếc" alone is a general counter
UNIT_KEY = "vehicle"


@st.composite
def stated_numbers(draw: st.DrawFn) -> tuple[Decimal, Decimal]:
    """A number as a journalist states it: significant digits ending in a non-zero digit,
    times a power of ten; its precision is the step of that last digit."""
    digits = draw(st.integers(min_value=1, max_value=99999).filter(lambda n: n % 10 != 0))
    exponent = draw(st.integers(min_value=-3, max_value=10))
    step = Decimal(1).scaleb(exponent)
    return Decimal(digits) * step, step


@given(
    number=stated_numbers(),
    language=st.sampled_from(["vi", "zh", "en"]),
    style=st.sampled_from(["plain", "scale"]),
)
def test_format_then_extract_round_trips(number: tuple[Decimal, Decimal], language: str, style: str) -> None:
    value, precision = number
    written = format_number(value, precision, language, style)
    sep = "" if language == "zh" else " "
    text = f"{written}{sep}{UNIT_WORD[language]}"
    found = find_numbers(text, language)
    assert len(found) == 1, (text, found)
    m = found[0]
    assert (m.value, m.precision, m.unit) == (value, precision, UNIT_KEY), text
    assert m.text == text


@given(text=st.text(max_size=200), language=st.sampled_from(["vi", "zh", "en"]))
def test_find_numbers_never_raises_and_spans_are_sane(text: str, language: str) -> None:
    found = find_numbers(text, language)
    last_end = 0
    for m in found:
        assert 0 <= m.start <= m.num_start < m.num_end <= m.end <= len(text)
        assert m.start >= last_end
        assert m.text == text[m.start : m.end]
        last_end = m.end


numeric_noise = st.text(
    alphabet="0123456789.,%-–万亿千百十一二三 triệungànđồng$€kmbnpercenttimes倍辆个年", max_size=60
)


@given(text=numeric_noise, language=st.sampled_from(["vi", "zh", "en"]))
def test_number_heavy_noise_keeps_spans_sane(text: str, language: str) -> None:
    found = find_numbers(text, language)
    starts = [m.start for m in found]
    assert starts == sorted(starts)
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for m in found:
        assert m.text == text[m.start : m.end]
