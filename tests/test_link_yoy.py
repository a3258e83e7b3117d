"""Year on year vs the period before (同比 / 环比, "so với cùng kỳ" / "so với tháng trước", "from a year earlier" /
"from the previous month"): a change that names its comparison period is read from the figure of that period,
wherever the article states it — the next paragraph of a one-sentence lede ("December shipments had reached
…"), a sentence pointing back ("This was up from … and down from …"), or the earlier readings named between the
figure and its change ("上月为…，上年同期为…"). A base of the other period is only a possibility, never an
accusation. An amount change is not measured from a far figure it does not fit.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link_changes import Read, changes_read, judged

CASES = [
    # --- en ---
    pytest.param("en", "Steel exports totaled $2.40 billion in March, up 6.0% from the previous month.\n\nFebruary "
                 "shipments had reached $2.10 billion, while in March 2024 they stood at $2.26 billion.",
                 [("6.0%", "$2.40 billion", "$2.10 billion")], ["fail"], ["error"], id="en_lede_prev_wrong"),
    pytest.param("en", "Steel exports totaled $2.40 billion in March, up 14.3% from the previous month.\n\nFebruary "
                 "shipments had reached $2.10 billion, while in March 2024 they stood at $2.26 billion.",
                 [("14.3%", "$2.40 billion", "$2.10 billion")], ["pass"], [], id="en_lede_prev_right"),
    pytest.param("en", "The number of jobless people rose 8.3% from a year earlier to 52,300 in May. This was up from "
                 "48,300 in April and down from 50,300 in May 2024.",
                 [("8.3%", "52,300", "50,300")], ["fail"], ["error"], id="en_this_was_up_from_yoy_wrong"),
    pytest.param("en", "The number of jobless people rose 4.0% from a year earlier to 52,300 in May. This was up from "
                 "48,300 in April and down from 50,300 in May 2024.",
                 [("4.0%", "52,300", "50,300")], ["pass"], [], id="en_this_was_up_from_yoy_right"),
    pytest.param("en", "Employment was 2,500,000 in May 2025.\n\nOver the year to May, full-time employment increased "
                 "by 30,000 to 1,900,000.", [], [], [], id="en_amount_not_from_a_far_figure"),
    # --- zh ---
    pytest.param("zh", "鸡肉每公斤24.0元，上月为22.0元，上年同期为20.0元，鸡肉价格环比上涨20.0%。",
                 [("20.0%", "24.0元", "22.0元")], ["fail"], ["error"], id="zh_earlier_readings_mom_wrong"),
    pytest.param("zh", "鸡肉每公斤24.0元，上月为22.0元，上年同期为20.0元，鸡肉价格环比上涨9.1%。",
                 [("9.1%", "24.0元", "22.0元")], ["pass"], [], id="zh_earlier_readings_mom_right"),
    # --- vi ---
    pytest.param("vi", "Giá thịt lợn hơi 61.500 đồng/kg, tháng trước là 56.400 đồng/kg, cùng kỳ năm trước là 51.200 "
                 "đồng/kg, giá tăng 20,1% so với tháng trước.",
                 [("20,1%", "61.500 đồng/kg", "56.400 đồng/kg")], ["fail"], ["error"], id="vi_earlier_readings_wrong"),
    pytest.param("vi", "Giá thịt lợn hơi 61.500 đồng/kg, tháng trước là 56.400 đồng/kg, cùng kỳ năm trước là 51.200 "
                 "đồng/kg, giá tăng 9,0% so với tháng trước.",
                 [("9,0%", "61.500 đồng/kg", "56.400 đồng/kg")], ["pass"], [], id="vi_earlier_readings_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), CASES)
def test_yoy_vs_mom(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                    tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


POINTS = [
    pytest.param("zh", "服务业增加值占地区生产总值的比重为45.0%，比上年同期提高2.0%（上年同期为43.0%）。",
                 [("2.0%", "45.0%", "43.0%")], ["fail"], ["warning"], id="zh_share_points_as_percent"),
    pytest.param("zh", "服务业增加值占地区生产总值的比重为45.0%，比上年同期提高2.0个百分点（上年同期为43.0%）。",
                 [("2.0个百分点", "45.0%", "43.0%")], ["pass"], [], id="zh_share_points_right"),
    pytest.param("vi", "Tỷ trọng dịch vụ trong GDP chiếm 45,0%, tăng 2,0% so với cùng kỳ năm trước (43,0%).",
                 [("2,0%", "45,0%", "43,0%")], ["fail"], ["warning"], id="vi_share_points_as_percent"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), POINTS)
def test_points_of_a_share(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                           tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path, ("NR102", "NR107", "NR103")) == (statuses, severities)
