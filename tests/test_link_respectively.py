""""Respectively" lists (validator/link/lists.py): the i-th rate belongs to the i-th current figure and the
i-th earlier one, judged by NR102.

Sentences written for this test. Beyond the one-sentence lists of tests/test_link_changes.py: the current
figures given in the sentence before ("… đạt A, trị giá B. So với tháng trước (C và D), … lần lượt tăng x%
và y%"), and the earlier figures given after the rates ("up x% and y% on a year earlier, when they were C and
D"). A list reached after the rates ("so với cuối năm, đạt A và B") is the current one, not the earlier.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _judging import changes_read as shared_changes_read
from _judging import judged_by

Read = tuple[str, str | None, str | None]  # (change, current, base) as written


def changes_read(text: str, lang: str) -> list[Read]:
    return shared_changes_read(text, lang)


def judged(text: str, lang: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    return judged_by(text, lang, tmp_path, "NR102")


CASES = [
    # --- vi ---
    pytest.param(
        "vi", "Riêng quý III, sản lượng thép đạt 62.000 tấn, trị giá 318 triệu USD. So với quý II (55.300 tấn và "
        "301 triệu USD), lượng và trị giá lần lượt tăng 12,1% và 5,6%.",
        [("12,1%", "62.000 tấn", "55.300 tấn"), ("5,6%", "318 triệu USD", "301 triệu USD")],
        ["pass", "pass"], [], id="vi_current_figures_in_the_sentence_before"),
    pytest.param(
        "vi", "Riêng quý III, sản lượng thép đạt 62.000 tấn, trị giá 318 triệu USD. So với quý II (55.300 tấn và "
        "301 triệu USD), lượng và trị giá lần lượt tăng 12,1% và 15,6%.",
        [("12,1%", "62.000 tấn", "55.300 tấn"), ("15,6%", "318 triệu USD", "301 triệu USD")],
        ["pass", "fail"], ["error"], id="vi_current_figures_in_the_sentence_before_fail"),
    pytest.param(
        "vi", "Đứng sau là Lào với 0,84 triệu tấn và Campuchia với 0,47 triệu tấn; so với cùng kỳ (0,71 triệu tấn và "
        "0,45 triệu tấn), lượng hàng sang hai thị trường này lần lượt tăng 18,3% và 14,4%.",
        [("18,3%", "0,84 triệu tấn", "0,71 triệu tấn"), ("14,4%", "0,47 triệu tấn", "0,45 triệu tấn")],
        ["pass", "fail"], ["error"], id="vi_current_figures_before_a_semicolon"),
    pytest.param(
        "vi", "Quý III, sản lượng đạt 62.000 tấn, trị giá 318 triệu USD, số lao động 1.200 người. So với quý II "
        "(55.300 tấn và 301 triệu USD), lượng và trị giá lần lượt tăng 12,1% và 15,6%.",
        [], [], [], id="vi_a_sentence_before_with_other_figures_binds_nothing"),
    # --- en ---
    pytest.param(
        "en", "Mortgage and business lending stood at £412.5 billion and £96.4 billion respectively, up 3.1% and "
        "2.2% on a year earlier, when the two stocks were £400.1 billion and £94.3 billion.",
        [("3.1%", "£412.5 billion", "£400.1 billion"), ("2.2%", "£96.4 billion", "£94.3 billion")],
        ["pass", "pass"], [], id="en_earlier_figures_after_the_rates"),
    pytest.param(
        "en", "Mortgage and business lending stood at £412.5 billion and £96.4 billion respectively, up 3.1% and "
        "4.2% on a year earlier, when the two stocks were £400.1 billion and £94.3 billion.",
        [("3.1%", "£412.5 billion", "£400.1 billion"), ("4.2%", "£96.4 billion", "£94.3 billion")],
        ["pass", "fail"], ["error"], id="en_earlier_figures_after_the_rates_fail"),
    pytest.param(
        "en", "In the third quarter the plant made 62,000 tonnes worth $318 million. Compared with the second "
        "quarter (55,300 tonnes and $301 million), volume and value rose 12.1% and 5.6% respectively.",
        [("12.1%", "62,000 tonnes", "55,300 tonnes"), ("5.6%", "$318 million", "$301 million")],
        ["pass", "pass"], [], id="en_current_figures_in_the_sentence_before"),
    # --- zh ---
    pytest.param(
        "zh", "三季度钢材产量6.2万吨，出口额3.18亿美元。与二季度（5.53万吨和3.01亿美元）相比，分别增长12.1%和15.6%。",
        [("12.1%", "6.2万吨", "5.53万吨"), ("15.6%", "3.18亿美元", "3.01亿美元")],
        ["pass", "fail"], ["error"], id="zh_current_figures_in_the_sentence_before"),
    # the current figures told sentences before, by name, or one per sentence for "the two"
    pytest.param(
        "zh", "分地区看，华东地区销量86.4万辆；华南地区销量42.3万辆；华北地区销量35.2万辆。"
        "其中，华东、华北地区销量分别增长8.0%""和16.9%，上年同期两者分别为80.0万辆和30.1万辆。",
        [("8.0%", "86.4万辆", "80.0万辆"), ("16.9%", "35.2万辆", "30.1万辆")],
        ["pass", "pass"], [], id="zh_current_figures_named_in_earlier_segments"),
    pytest.param(
        "zh", "分地区看，华东地区销量86.4万辆；华南地区销量42.3万辆；华北地区销量35.2万辆。"
        "其中，华东、华北地区销量分别增长8.0%""和6.9%，上年同期两者分别为80.0万辆和30.1万辆。",
        [("8.0%", "86.4万辆", "80.0万辆"), ("6.9%", "35.2万辆", "30.1万辆")],
        ["pass", "fail"], ["error"], id="zh_current_figures_named_in_earlier_segments_fail"),
    pytest.param(
        "en", "Canada bought $2.40 billion of the grain, 31% of the total. Mexico took $1.10 billion. Sales to the "
        "two buyers rose 20% and 10%, respectively, from $2.00 billion and $1.00 billion a year earlier.",
        [("20%", "$2.40 billion", "$2.00 billion"), ("10%", "$1.10 billion", "$1.00 billion")],
        ["pass", "pass"], [], id="en_current_figures_one_per_sentence_before"),
    pytest.param(
        "en", "Canada bought $2.40 billion of the grain, 31% of the total. Mexico took $1.10 billion. Sales to the "
        "two buyers rose 20% and 16%, respectively, from $2.00 billion and $1.00 billion a year earlier.",
        [("20%", "$2.40 billion", "$2.00 billion"), ("16%", "$1.10 billion", "$1.00 billion")],
        ["pass", "fail"], ["error"], id="en_current_figures_one_per_sentence_before_fail"),
    pytest.param(
        "vi", "Gạo đạt 4,2 triệu tấn. Cà phê đạt 1,5 triệu tấn. So với cùng kỳ (3,5 triệu tấn và 1,2 triệu tấn), hai "
        "mặt hàng lần lượt tăng 20% và 25%.",
        [("20%", "4,2 triệu tấn", "3,5 triệu tấn"), ("25%", "1,5 triệu tấn", "1,2 triệu tấn")],
        ["pass", "pass"], [], id="vi_current_figures_one_per_sentence_before"),
    pytest.param(
        "zh", "华东地区销量86.4万辆；华南地区销量42.3万辆。"
        "其中，华中、西北地区销量分别增长8.0%和16.9%，上年同期两者分别为80.0万辆和30.1万辆。",
        [], ["unverifiable"], [], id="zh_names_not_told_before_bind_no_current"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), CASES)
def test_respectively(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                      tmp_path: Path) -> None:
    found = changes_read(text, lang)
    assert [r for r in found if r in read] == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


def test_a_list_reached_after_the_rates_is_the_current_one() -> None:
    text = ("Dư nợ khối A và khối B lần lượt tăng 6,2% và 9,8% so với cuối năm 2024, đạt 1.124 tỷ đồng và 2.362 tỷ "
            "đồng (cuối năm 2024 lần lượt là 1.058 tỷ đồng và 2.151 tỷ đồng).")
    assert changes_read(text, "vi") == [("6,2%", "1.124 tỷ đồng", "1.058 tỷ đồng"),
                                        ("9,8%", "2.362 tỷ đồng", "2.151 tỷ đồng")]


@pytest.mark.parametrize(
    ("lang", "text", "statuses", "severities"),
    [
        # a list of earlier readings after as many figures, each with its rate in parentheses: the k-th is the k-th
        # figure's, not the one whose words happen to be alike
        ("en", "Bus trips numbered 2.46 million (up 9%), while rail trips reached 918,000 (up 5%), compared with "
               "2.26 million and 874,000 the year before.", ["pass", "pass"], []),
        ("en", "Bus trips numbered 2.46 million (up 19%), while rail trips reached 918,000 (up 5%), compared with "
               "2.26 million and 874,000 the year before.", ["fail", "pass"], ["error"]),
        ("vi", "Lượt khách xe buýt đạt 2,46 triệu (tăng 9%), còn lượt khách đường sắt đạt 918.000 (tăng 5%), so với "
               "2,26 triệu và 874.000 của năm trước.", ["pass", "pass"], []),
        ("vi", "Lượt khách xe buýt đạt 2,46 triệu (tăng 19%), còn lượt khách đường sắt đạt 918.000 (tăng 5%), so với "
               "2,26 triệu và 874.000 của năm trước.", ["fail", "pass"], ["error"]),
    ],
)
def test_a_list_of_earlier_readings_pairs_in_order(lang: str, text: str, statuses: list[str], severities: list[str],
                                                   tmp_path: Path) -> None:
    assert judged_by(text, lang, tmp_path, "NR102") == (statuses, severities)


# the earlier figures of the items told together in a later sentence, in the list's order: taken when one rate
# checks against its own
TOLD_TOGETHER_CASES = [
    pytest.param(
        "vi", "Năm 2024, lúa đông xuân ước đạt 4,20 triệu tấn, lúa hè thu đạt 2,60 triệu tấn, lần lượt tăng 20,0% và "
        "18,2%. Năm 2023, tỉnh thu hoạch 3,50 triệu tấn lúa đông xuân và 2,20 triệu tấn lúa hè thu.",
        ["pass", "pass"], [], id="vi_right"),
    pytest.param(
        "vi", "Năm 2024, lúa đông xuân ước đạt 4,20 triệu tấn, lúa hè thu đạt 2,60 triệu tấn, lần lượt tăng 20,0% và "
        "11,2%. Năm 2023, tỉnh thu hoạch 3,50 triệu tấn lúa đông xuân và 2,20 triệu tấn lúa hè thu.",
        ["pass", "fail"], ["error"], id="vi_wrong"),
    pytest.param(
        "vi", "Năm 2024, lúa đông xuân ước đạt 4,20 triệu tấn, lúa hè thu đạt 2,60 triệu tấn, lần lượt tăng 25,0% và "
        "11,2%. Năm 2023, tỉnh thu hoạch 3,50 triệu tấn lúa đông xuân và 2,20 triệu tấn lúa hè thu.",
        ["unverifiable", "unverifiable"], [], id="vi_no_rate_checks_binds_nothing"),
    pytest.param(
        "zh", "2024年，甲港货物吞吐量420万吨，乙港货物吞吐量260万吨，分别增长20.0%和11.2%。2023年，甲港货物吞吐量"
        "350万吨，乙港货物吞吐量220万吨。", ["pass", "fail"], ["error"], id="zh_wrong"),
    pytest.param(
        "en", "In 2024 port A handled 4.20 million tonnes and port B 2.60 million tonnes, up 20.0% and 11.2% "
              "respectively. In 2023 port A had handled 3.50 million tonnes and port B 2.20 million tonnes.",
        ["pass", "fail"], ["error"], id="en_wrong"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), TOLD_TOGETHER_CASES)
def test_earlier_figures_told_together_later(lang: str, text: str, statuses: list[str], severities: list[str],
                                             tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)
