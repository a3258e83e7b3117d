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


# --- a change whose current is named elsewhere: the pair gives just the stated rate, the other way (NR102) ---

REVERSED = [
    pytest.param("vi", "Cơ cấu nguồn điện 9 tháng:\n\n- Điện gió: 8,47 tỷ kWh, chiếm 4,1%;\n- Điện than: 120,3 tỷ kWh, "
                 "chiếm 58%.\n\nNhờ gió mạnh hơn, sản lượng điện gió 9 tháng giảm 12,5% so với mức 7,53 tỷ kWh của "
                 "cùng kỳ năm trước.", ["fail"], ["error"], id="vi_reversed"),
    pytest.param("vi", "Cơ cấu nguồn điện 9 tháng:\n\n- Điện gió: 6,59 tỷ kWh, chiếm 4,1%;\n- Điện than: 120,3 tỷ kWh, "
                 "chiếm 58%.\n\nDo gió yếu, sản lượng điện gió 9 tháng giảm 12,5% so với mức 7,53 tỷ kWh của cùng kỳ "
                 "năm trước.", ["pass"], [], id="vi_right_way"),
    pytest.param("en", "Wheat exports reached 4.62 million tonnes in the quarter.\n\nThe board said wheat exports fell "
                 "10% compared with 4.2 million tonnes in the same quarter of last year.", ["fail"], ["error"],
                 id="en_reversed"),
    pytest.param("en", "Wheat exports reached 3.78 million tonnes in the quarter.\n\nThe board said wheat exports fell "
                 "10% compared with 4.2 million tonnes in the same quarter of last year.", ["pass"], [],
                 id="en_right_way"),
    pytest.param("zh", "三季度，全省风电发电量86.9亿千瓦时，占全部发电量的12.1%。"
                 "\n\n由于来风偏好，风电发电量较上年同期的"
                 "79.0亿千瓦时下降10.0%。", ["fail"], ["error"], id="zh_reversed"),
    pytest.param("zh", "三季度，全省风电发电量71.1亿千瓦时，占全部发电量的12.1%。"
                 "\n\n由于来风偏弱，风电发电量较上年同期的"
                 "79.0亿千瓦时下降10.0%。", ["pass"], [], id="zh_right_way"),
    # the whole system's output, alike in words but four times the base, is no current of a 12.5% move
    pytest.param("vi", "Tổng sản lượng điện 9 tháng đạt 31,2 tỷ kWh.\n\nNhờ gió mạnh hơn, sản lượng điện "
                 "9 tháng của gió "
                 "giảm 12,5% so với mức 7,53 tỷ kWh của cùng kỳ năm trước.", [], [], id="vi_not_the_whole"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), REVERSED)
def test_reversed_by_just_the_rate(lang: str, text: str, statuses: list[str], severities: list[str],
                                   tmp_path: Path) -> None:
    found = judged_by(text, lang, tmp_path, "NR102")
    if statuses:
        assert found == (statuses, severities)
    else:  # nothing strong: no error, whatever is left unverified
        assert found[1] == [] and "fail" not in found[0] and "pass" not in found[0]


def test_a_hedged_rate_is_not_raised(tmp_path: Path) -> None:
    """"fell about 10%": a rounded rate fits too many pairs by chance to say the pair is the one meant."""
    text = ("Wheat exports reached 4.62 million tonnes in the quarter.\n\nThe board said wheat exports fell about 10% "
            "compared with 4.2 million tonnes in the same quarter of last year.")
    assert "error" not in judged_by(text, "en", tmp_path, "NR102")[1]
