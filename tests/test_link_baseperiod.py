"""A change that names its base period ("tăng 15% so với 2016", "与2024年…相比", "up 6% compared with 2023",
"比上年增长35%") is read from the one figure of its unit and kind the article gives for that period, wherever it
stands; a comparison's period dates the base figure it frames ("so với cùng kỳ năm 2023 (13,12 triệu tỷ đồng)",
"与2024年165.1亿元的营业收入相比"), and nothing else.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_link_changes import Read, changes_read, judged

from validator.document import document_from_text
from validator.extract.claims import extract_document

CASES = [
    # --- vi ---
    pytest.param("vi", "Năm 2023, tổng tài sản của ngân hàng đạt 81.250 tỷ đồng.\n\nNăm 2024, tổng tài sản của ngân "
                 "hàng ở mức 97.500 tỷ đồng, tăng 30% so với 2023; dư nợ tăng 9%.",
                 [("30%", "97.500 tỷ đồng", "81.250 tỷ đồng")], ["fail"], ["error"], id="vi_bare_year_wrong"),
    pytest.param("vi", "Năm 2023, tổng tài sản của ngân hàng đạt 81.250 tỷ đồng.\n\nNăm 2024, tổng tài sản của ngân "
                 "hàng ở mức 97.500 tỷ đồng, tăng 20% so với 2023; dư nợ tăng 9%.",
                 [("20%", "97.500 tỷ đồng", "81.250 tỷ đồng")], ["pass"], [], id="vi_bare_year_right"),
    # --- zh ---
    pytest.param("zh", "2024年，全市企业合计处理废旧轮胎30.0万吨，比上年增长40%。\n\n据测算，2023年全市企业"
                 "处理量为25.0万吨。", [("40%", "30.0万吨", "25.0万吨")], ["fail"], ["error"], id="zh_last_year_wrong"),
    pytest.param("zh", "2024年，全市企业合计处理废旧轮胎30.0万吨，比上年增长20%。\n\n据测算，2023年全市企业"
                 "处理量为25.0万吨。", [("20%", "30.0万吨", "25.0万吨")], ["pass"], [], id="zh_last_year_right"),
    pytest.param("zh", "某公司发布2025年年报。公司全年实现营业收入120.0亿元，同比增长30%。\n\n与2024年100.0亿元的"
                 "营业收入相比，公司规模继续扩大。", [("30%", "120.0亿元", "100.0亿元")], ["fail"], ["error"],
                 id="zh_framed_base_wrong"),
    pytest.param("zh", "某公司发布2025年年报。公司全年实现营业收入120.0亿元，同比增长20%。\n\n与2024年100.0亿元的"
                 "营业收入相比，公司规模继续扩大。", [("20%", "120.0亿元", "100.0亿元")], ["pass"], [],
                 id="zh_framed_base_right"),
    pytest.param("zh", "预计2024年铜产量为500.5万吨，比去年增长3%；预计在2025年达到550.6万吨，增长10%。",
                 [("3%", "500.5万吨", None), ("10%", "550.6万吨", "500.5万吨")], ["pass"], [],
                 id="zh_year_before_in_turn"),
    # --- en ---
    pytest.param("en", "In 2023, the port handled 40.0 million tonnes of cargo.\n\nIn 2024, the port handled 50.0 "
                 "million tonnes of cargo, up 40% compared with 2023.",
                 [("40%", "50.0 million tonnes", "40.0 million tonnes")], ["fail"], ["error"],
                 id="en_bare_year_wrong"),
    pytest.param("en", "In 2023, the port handled 40.0 million tonnes of cargo.\n\nIn 2024, the port handled 50.0 "
                 "million tonnes of cargo, up 25% compared with 2023.",
                 [("25%", "50.0 million tonnes", "40.0 million tonnes")], ["pass"], [], id="en_bare_year_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), CASES)
def test_named_base_period(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
                           tmp_path: Path) -> None:
    assert changes_read(text, lang) == read
    assert judged(text, lang, tmp_path) == (statuses, severities)


DATED = [
    pytest.param("vi", "Dư nợ đạt 14,0 triệu tỷ đồng, tăng 9% so với cuối năm 2023 (12,8 triệu tỷ đồng).",
                 {"14,0 triệu tỷ đồng": None, "12,8 triệu tỷ đồng": "2023"}, id="vi_framed_parenthesis"),
    pytest.param("zh", "与2024年165.1亿元的营业收入相比，公司收入规模继续扩大。", {"165.1亿元": "2024"},
                 id="zh_framed"),
    pytest.param("vi", "Tổng tài sản ở mức 106 tỷ đồng, tăng 15% so với 2016; dư nợ tăng 14%.",
                 {"106 tỷ đồng": None, "15%": None, "14%": None}, id="vi_bare_year_dates_nothing_before"),
    pytest.param("en", "Sales were 5.0 million, up 6% compared with 2024, and more than 2000 people work there.",
                 {"5.0 million": None, "more than 2000 people": None}, id="en_bare_year_dates_nothing_before"),
]


@pytest.mark.parametrize(("lang", "text", "periods"), DATED)
def test_comparison_period_dates_its_base(lang: str, text: str, periods: dict[str, str | None]) -> None:
    claims = {c.text: c for c in extract_document(document_from_text(text, language=lang))}
    assert {t: (claims[t].period.label if claims[t].period else None) for t in periods} == periods


def test_a_period_named_for_another_figure_is_not_the_changes_base() -> None:
    """"tăng 52,3% so với tháng trước và gấp hơn 2 lần tháng 10/2023": October 2023 is the multiple's base, not the
    change's; nor does that base's year date the bare month after it."""
    text = ("Tháng 10/2024, trị giá xuất khẩu đạt 437 triệu USD, tăng 52,3% so với tháng trước và gấp hơn 2 lần "
            "tháng 10/2023. Trước đó, tháng 9 trị giá 287 triệu USD; còn tháng 10/2023 trị giá 215 triệu USD.")
    assert ("52,3%", "437 triệu USD", "215 triệu USD") not in changes_read(text, "vi")
    claims = {c.text: c for c in extract_document(document_from_text(text, language="vi"))}
    period = claims["287 triệu USD"].period
    assert period is not None and period.start is not None and period.start.year == 2024


LIST_OF_PERIODS = [
    # the second period word of "A and B ... respectively" names the second figure, not the first
    pytest.param("zh", "10月份，全市鸡蛋批发价格为每公斤9.00元，同比上涨20.0%，环比下降10.0%，9月份和上年10月份分别为"
                 "每公斤10.00元和7.50元。", ("10.0%", "9.00元", "10.00元"), ["pass"], id="zh_second_of_list"),
    pytest.param("zh", "10月份，全市鸡蛋批发价格为每公斤9.00元，同比上涨20.0%，环比下降25.0%，9月份和上年10月份分别为"
                 "每公斤10.00元和7.50元。", ("25.0%", "9.00元", "10.00元"), ["fail"], id="zh_second_of_list_wrong"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses"), LIST_OF_PERIODS)
def test_a_period_word_later_in_a_list_names_its_own_figure(lang: str, text: str, read: Read,
                                                              statuses: list[str] | None, tmp_path: Path) -> None:
    assert read in changes_read(text, lang)
    if statuses is not None:
        assert sorted(judged(text, lang, tmp_path)[0]) == sorted(statuses)


BASE_OF_ANOTHER = [
    pytest.param("zh", "公司全年营业收入50.00亿元。第四季度公司实现营收15.00亿元，同比增长40.0%。\n\n"
                 "海外市场方面，公司境外收入9.00亿元，同比增长12.5%。年报显示，上年境外收入为8.00亿元。",
                 ("40.0%", "15.00亿元", "8.00亿元"), id="zh_overseas_base"),
    pytest.param("en", "Annual revenue was $50.0bn. Fourth-quarter revenue was $15.0bn, up 40.0% from a year "
                 "earlier.\n\nOverseas revenue was $9.0bn, up 12.5%. A year earlier, overseas "
                 "revenue was $8.0bn.", ("40.0%", "$15.0bn", "$8.0bn"), id="en_overseas_base"),
]


@pytest.mark.parametrize(("lang", "text", "wrong"), BASE_OF_ANOTHER)
def test_an_earlier_figure_matching_another_figure_best_is_that_ones_base(lang: str, text: str, wrong: Read,
                                                                          tmp_path: Path) -> None:
    """Undated and named only as last year's, a figure whose words match another current figure is that one's
    base, not the base of every change of its unit."""
    read = changes_read(text, lang)
    assert wrong not in read
    assert (wrong[0].replace("40.0%", "12.5%"), wrong[1].replace("15.0", "9.0").replace("15.00", "9.00"),
            wrong[2]) in read or "error" not in judged(text, lang, tmp_path)[1]
