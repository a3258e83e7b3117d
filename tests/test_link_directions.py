"""Moves stated only by their direction (validator/link/directions.py), judged by NR108.

A "from A to B" pair with a rise or fall word and no rate or amount of its own still says which way the
figure went; the figures must allow it. A range ("from 12 to 15 million") has no direction word and is never
judged; a pair a change owns is judged through the change.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _judging import judged_by


def judged(text: str, lang: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    """(statuses of the NR108 checks, severities of its findings)."""
    return judged_by(text, lang, tmp_path, "NR108")


CASES = [
    # --- en ---
    pytest.param("en", "The council expects its reserves to fall to $41.7 million by 30 June 2026 from $39.2 million "
                 "a year earlier.", ["fail"], ["error"], id="en_fall_to_from_dated"),
    pytest.param("en", "The council expects its reserves to fall to $39.2 million by 30 June 2026 from $41.7 million "
                 "a year earlier.", ["pass"], [], id="en_fall_to_from_right"),
    pytest.param("en", "Ticket sales climbed from 84,300 in 2021 to 79,900 in 2023.", ["fail"], ["error"],
                 id="en_climbed_from_to_wrong"),
    pytest.param("en", "Ticket sales climbed from 79,900 in 2021 to 84,300 in 2023.", ["pass"], [],
                 id="en_climbed_from_to_right"),
    pytest.param("en", "Organisers expect from 12,000 to 15,000 visitors a day.", [], [], id="en_range_not_judged"),
    pytest.param("en", "Wool exports fell 6% to 2.35 million bales from 2.5 million bales.", [], [],
                 id="en_pair_owned_by_change"),
    pytest.param("en", "Sales were flat, while the payroll went from 412 to 398 staff.", [], [],
                 id="en_word_of_another_clause"),
    # --- zh ---
    pytest.param("zh", "该市财政赤字由38.6亿元增至35.2亿元。", ["fail"], ["error"], id="zh_you_zengzhi_wrong"),
    pytest.param("zh", "该市财政赤字由35.2亿元增至38.6亿元。", ["pass"], [], id="zh_you_zengzhi_right"),
    pytest.param("zh", "出生率从7.52‰降至6.77‰，跌幅从4.1%收窄至2.3%。", ["pass", "pass"], [],
                 id="zh_size_word_narrowed"),
    pytest.param("zh", "城镇调查失业率从5.0%升至4.8%。", ["fail"], ["error"], id="zh_shengzhi_wrong"),
    pytest.param("zh", "预计参观人数在1200万至1500万人次之间。", [], [], id="zh_range_not_judged"),
    # --- vi ---
    pytest.param("vi", "Tỷ lệ hộ nghèo giảm từ 3,1% xuống còn 3,4%.", ["fail"], ["error"], id="vi_xuong_con_wrong"),
    pytest.param("vi", "Tỷ lệ hộ nghèo giảm từ 3,4% xuống còn 3,1%.", ["pass"], [], id="vi_xuong_con_right"),
    pytest.param("vi", "Kim ngạch nhập khẩu từ 41,2 tỷ USD năm 2022 lên 38,7 tỷ USD năm 2023.", ["fail"], ["error"],
                 id="vi_tu_len_wrong"),
    pytest.param("vi", "Số khách quốc tế dự kiến từ 12 đến 15 triệu lượt.", [], [], id="vi_range_not_judged"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), CASES)
def test_direction(lang: str, text: str, statuses: list[str], severities: list[str], tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)


RANKS_AND_SCALES = [
    pytest.param("vi", "Chỉ số năng lực cạnh tranh của tỉnh tăng từ vị trí 41 lên 27.", id="vi_rank_rises_as_it_falls"),
    pytest.param("en", "The club climbed from No. 14 to No. 9 in the standings.", id="en_rank"),
    pytest.param("zh", "该校排名由第45位升至第38位。", id="zh_rank"),
    pytest.param("zh", "行业需求增长在未来五年将由年均4.6%减缓至2.6%。", id="zh_noun_rise_word_before_pair"),
    pytest.param("en", "Borrowing in the quarter rose to 3.92 billion from 1.79 in the previous quarter.",
                 id="en_scale_word_missing"),
]


@pytest.mark.parametrize(("lang", "text"), RANKS_AND_SCALES)
def test_no_wrong_direction(lang: str, text: str, tmp_path: Path) -> None:
    assert "error" not in judged(text, lang, tmp_path)[1]
