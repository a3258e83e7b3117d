"""Evaluative words ("improved", "a gain of", "cải thiện", "改善", "恶化") judge a move, they do not say its way: a
cost ratio improves as it falls. A change whose only direction word is one of these is never judged for its sign
(NR102, NR108); a literal rise or fall word still is."""

from __future__ import annotations

from pathlib import Path

import pytest
from _judging import judged_by

CASES = [
    # --- en ---
    pytest.param("en", "The bank's cost-to-income ratio improved to 48.1% from 51.3%, a gain of 3.2 percentage points.",
                 [], id="en_improved_cost_ratio_falls"),
    pytest.param("en", "The bank's cost-to-income ratio rose to 48.1% from 51.3%, up 3.2 percentage points.",
                 ["error"], id="en_rose_but_fell"),
    pytest.param("en", "Its delinquency rate worsened from 6.2% to 4.9% over the year.", [],
                 id="en_worsened_pair_no_way"),
    # --- vi ---
    pytest.param("vi", "Tỷ lệ chi phí trên thu nhập được cải thiện từ 51,3% xuống 48,1%.", [],
                 id="vi_cai_thien_pair"),
    pytest.param("vi", "Tỷ lệ nợ xấu cải thiện từ 2,4% còn 1,9%.", [], id="vi_cai_thien_con"),
    # --- zh ---
    pytest.param("zh", "成本收入比由51.3%改善至48.1%。", [], id="zh_gaishan_pair"),
    pytest.param("zh", "不良贷款率由1.9%恶化至2.4%。", [], id="zh_ehua_pair"),
    pytest.param("zh", "成本收入比由48.1%上升至51.3%。", [], id="zh_literal_right"),
    pytest.param("zh", "成本收入比由51.3%上升至48.1%。", ["error"], id="zh_literal_wrong"),
    pytest.param("vi", "Tỷ lệ chi phí trên thu nhập tăng từ 51,3% lên 48,1%.", ["error"], id="vi_literal_wrong"),
]


@pytest.mark.parametrize(("lang", "text", "severities"), CASES)
def test_evaluative_words_say_no_way(lang: str, text: str, severities: list[str], tmp_path: Path) -> None:
    assert judged_by(text, lang, tmp_path, "NR102", "NR108")[1] == severities


# A figure a comparative leads ("vượt xa con số …", "higher than …") is what the subject is compared with, never
# the current of a multiple or change that follows it; "con số 4,37 tỷ USD" is a figure, not a label "số 4".
COMPARED = [
    pytest.param("vi", "Doanh thu năm nay đã vượt xa con số 4,37 tỷ USD của năm 2023 và gần gấp đôi năm 2019 "
                 "(2,86 tỷ USD).", id="vi_vuot_xa_then_double"),
    pytest.param("en", "Revenue this year was higher than the 4.37 billion of 2023 and nearly double 2019's "
                 "2.86 billion.", id="en_higher_than_then_double"),
]


@pytest.mark.parametrize(("lang", "text"), COMPARED)
def test_compared_figure_is_no_current(lang: str, text: str, tmp_path: Path) -> None:
    assert judged_by(text, lang, tmp_path, "NR103")[1] == []


def test_con_so_decimal_is_a_figure() -> None:
    from validator.document import document_from_text
    from validator.extract.claims import extract_document
    doc = document_from_text("Kim ngạch vượt xa con số 4,37 tỷ USD của năm 2023.", language="vi")
    assert [c.value for c in extract_document(doc) if c.unit == "USD"] == [4370000000]
