"""A change, then the level it reached: "A to B" after a change word is a change of size A to the level B when B
is well above A ("adding $1.89 to $48.62", "增加2240至18783吨", "giảm 1,2 điểm đến 45,3"), and a range when its
ends are alike in size ("rise 3% to 5%", "增长3%至8%", "tăng 5 đến 7%"). The change is then checked with the rate
beside it (NR102: the base is B - A) or the earlier figure stated. A noun naming a rate right after its figure
("33.53%的增速") is no rise word of the next figure.

Each case is a sentence written for this test.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from _judging import judged_by

from validator.extract.numerals.find import find_numbers


def ends(text: str, lang: str) -> list[tuple[str, Decimal | None, str | None]]:
    """(text, high, unit) of each number found."""
    return [(m.text, m.high, m.unit) for m in find_numbers(text, lang)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # --- a change and its level: two figures, no range ---
    ("en", "The bank lifted its main rate 0.25% to 5.5%.",
     [("0.25%", None, "percent"), ("5.5%", None, "percent")]),
    ("en", "Brent closed higher, adding $1.27 to $61.84.", [("$1.27", None, "USD"), ("$61.84", None, "USD")]),
    ("en", "The group will cut costs by 300m euros to 4.7bn euros.",
     [("300m euros", None, "EUR"), ("4.7bn euros", None, "EUR")]),
    ("zh", "本周港口库存增加3150至26470吨。", [("3150", None, "tonne"), ("26470吨", None, "tonne")]),
    ("zh", "仓单略减412吨至9860吨。", [("412吨", None, "tonne"), ("9860吨", None, "tonne")]),
    ("zh", "消费者信心指数下降3.4点至88.6。", [("3.4点", None, "index_point"), ("88.6", None, "index_point")]),
    ("vi", "Chỉ số giảm 1,6 điểm đến 47,2 điểm.",
     [("1,6 điểm", None, "index_point"), ("47,2 điểm", None, "index_point")]),
    ("vi", "Lượng khách tăng thêm 3.100 đến 26.400 lượt.", [("3.100", None, "visit"), ("26.400 lượt", None, "visit")]),
    # --- a range after a change word: ends alike in size, or a round far end ---
    ("en", "Prices are expected to rise 3% to 5% next year.", [("3%", Decimal(5), "percent"), ("5%", None, "percent")]),
    ("en", "The plan could cut 1,000 to 5,000 jobs.", [("1,000", Decimal(5000), None), ("5,000", None, None)]),
    ("zh", "预计利润增长3%至8%。", [("3%", Decimal(8), "percent"), ("8%", None, "percent")]),
    ("zh", "收入增8%-20%。", [("8%", Decimal(20), "percent"), ("20%", None, "percent")]),
    ("vi", "Doanh thu dự kiến tăng 5 đến 7%.", [("5", Decimal(7), "percent"), ("7%", None, "percent")]),
    ("vi", "Doanh thu dự kiến tăng 5-7%.", [("5", Decimal(7), "percent"), ("7%", None, "percent")]),
])
def test_change_or_range(lang: str, text: str, expected: list[tuple[str, Decimal | None, str | None]]) -> None:
    assert ends(text, lang) == expected


def nr102(text: str, lang: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    """(statuses of the NR102 checks, severities of its findings)."""
    return judged_by(text, lang, tmp_path, "NR102")


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), [
    # the rate beside a change and its level: A / (B - A)
    ("en", "Payrolls rose 23,000 to 3.871 million, up 0.6%.", ["pass"], []),
    ("en", "Payrolls rose 23,000 to 3.871 million, up 1.6%.", ["fail"], ["error"]),
    ("zh", "本周港口库存增加3150至26470吨，增幅13.5%。", ["pass"], []),
    ("zh", "本周港口库存增加3150至26470吨，增幅17.5%。", ["fail"], ["error"]),
    ("zh", "失业人数下降1.9万至24.1万人，降幅7.3%。", ["pass"], []),
    ("vi", "Số doanh nghiệp tăng 2.150 lên 16.350, tăng 15,1%.", ["pass"], []),
    ("vi", "Số doanh nghiệp tăng 2.150 lên 16.350, tăng 18,1%.", ["fail"], ["error"]),
    # the earlier figure stated: B - A
    ("en", "The index fell 3.4 points to 88.6, from 92.0 a month earlier.", ["pass"], []),
    ("en", "The index fell 3.4 points to 88.6, from 93.0 a month earlier.", ["fail"], ["error"]),
    ("zh", "消费者信心指数下降3.4点至88.6，上月为92.0。", ["pass"], []),
    ("vi", "Chỉ số giảm 1,6 điểm xuống còn 47,2 điểm, so với 48,8 điểm của tháng trước.", ["pass"], []),
    # a rate named by a noun after it is the base of a change in points, not a rise of its own
    ("zh", "5月出口同比增长18.42%，较去年同期26.17%的增速回落7.75个百分点。", ["pass"], []),
    ("zh", "5月出口同比增长18.42%，较去年同期26.17%的增幅回落6.75个百分点。", ["fail"], ["error"]),
])
def test_change_level_checked(lang: str, text: str, statuses: list[str], severities: list[str],
                              tmp_path: Path) -> None:
    assert nr102(text, lang, tmp_path) == (statuses, severities)


# --- a change of a share named as a base percentage: its current is the share its words name elsewhere (NR107) ---

SHARE_POINTS = [
    pytest.param("vi", "Trong 520 tỷ đồng vốn đã giải ngân có 213 tỷ đồng vốn trung ương (chiếm 41,0%). Tỷ trọng vốn "
                 "trung ương tăng 4,2% so với mức 36,8% của cùng kỳ năm trước.", "NR107", ["fail"], ["warning"],
                 id="vi_percent_for_points"),
    pytest.param("vi", "Trong 520 tỷ đồng vốn đã giải ngân có 213 tỷ đồng vốn trung ương (chiếm 41,0%). Tỷ trọng vốn "
                 "trung ương tăng 4,2 điểm phần trăm so với mức 36,8% của cùng kỳ năm trước.", "NR102", ["pass"], [],
                 id="vi_points_right"),
    pytest.param("en", "Of the 520 million pounds spent, 213 million came from central grants (a share of 41.0%). The "
                 "central grants share rose 4.2% compared with 36.8% a year earlier.", "NR107", ["fail"], ["warning"],
                 id="en_percent_for_points"),
    # a share the clause goes on to is no base: "so với cùng kỳ và chiếm 42,8%"
    pytest.param("vi", "Philippines là thị trường lớn nhất với 3,05 triệu tấn, tăng 5,5% so với cùng kỳ và chiếm 42,8% "
                 "tổng lượng.", "NR107", [], [], id="vi_share_after_is_no_base"),
]


@pytest.mark.parametrize(("lang", "text", "rule", "statuses", "severities"), SHARE_POINTS)
def test_change_of_a_share(lang: str, text: str, rule: str, statuses: list[str], severities: list[str],
                           tmp_path: Path) -> None:
    assert judged_by(text, lang, tmp_path, rule) == (statuses, severities)
