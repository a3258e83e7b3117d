"""detect_language / sentence_languages: character counting, fast, never raising."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.document import load_document
from validator.language import detect_language, sentence_languages

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("000_14163ac49786d80a.txt", "vi"),
        ("001_79bfc96b3ef1994c.txt", "zh"),
        ("002_3c9ad8622e8b8adb.txt", "en"),
        ("003_4732fd8b53164b93.txt", "en"),  # ends with a Chinese title and a pinyin byline
        ("004_66577fc9424cfab6.txt", "en"),  # has a language menu with 日本語, 한어, Ελληνικά
    ],
)
def test_seeds(name: str, language: str) -> None:
    assert detect_language(load_document(SEEDS / name, language="en").text) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Doanh số xe điện tại Trung Quốc vào năm 2024 đạt 12,866 triệu chiếc", "vi"),
        ("Doanh so xe đien", "vi"),
        ("新能源汽车出口85.5万辆，同比增长64.6%", "zh"),
        ("比亚迪（BYD）2024年销量", "zh"),
        ("China's NEV production ranked first", "en"),
        ("Português, Français, español", "en"),
        ("", "en"),
        ("12,866 — 70,5%", "en"),
        ("Doanh so xe đie\u0302\u0323n", "vi"),  # decomposed (NFD) tone marks
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_sentence_languages_for_mixed_text() -> None:
    text = (
        "Doanh số xe điện tăng mạnh trong năm nay. 新能源汽车出口大幅增长。 BYD, CATL. "
        "Sales of electric cars grew fast."
    )
    spans = [(0, 41), (42, 54), (55, 65), (66, len(text))]
    assert sentence_languages(text, spans) == ["vi", "zh", "vi", "en"]
    assert sentence_languages(text, []) == []
    assert sentence_languages("", [(0, 0), (5, 3)]) == ["en", "en"]


def test_megabyte_is_fast() -> None:
    text = (SEEDS / "000_14163ac49786d80a.txt").read_text(encoding="utf-8") * 45  # ~1.1 M code points
    began = time.perf_counter()
    assert detect_language(text) == "vi"
    assert time.perf_counter() - began < 1.0


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), cuts=st.lists(st.integers(-5, 305), max_size=6))
def test_never_raises(text: str, cuts: list[int]) -> None:
    assert detect_language(text) in ("vi", "zh", "en")
    spans = list(zip(cuts[::2], cuts[1::2], strict=False))
    assert all(language in ("vi", "zh", "en") for language in sentence_languages(text, spans))
    assert len(sentence_languages(text, spans)) == len(spans)
