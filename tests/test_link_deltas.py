"""Changes written both as an amount and as a percentage (validator/link/deltas.py), judged by NR102: the base
is the current figure less the amount, so the percentage can be checked with no base stated.

Each case is a sentence written for this test: which figures the change is read with, and what the rules say.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.document import document_from_text
from validator.engine import Options, check
from validator.extract.claims import extract_document
from validator.link import infer_relations
from validator.model import ChangeRelation

Read = tuple[str, str | None, str | None, str | None]  # (change, current, base, amount) as written


def read(text: str, lang: str) -> list[Read]:
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    by_id = {c.id: c.text for c in claims}
    return [(by_id[r.change], by_id.get(r.current or ""), by_id.get(r.base or ""), by_id.get(r.delta or ""))
            for r in infer_relations(doc, claims) if isinstance(r, ChangeRelation) and r.delta is not None]


def judged(text: str, lang: str, tmp_path: Path) -> tuple[list[str], list[str], list[str]]:
    """(statuses of the NR102 checks, severities of its findings, the implied-base notes)."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], Options(language=lang))
    return ([c.status for c in report.checks if c.rule == "NR102"],
            [f.severity.value for f in report.findings if f.rule == "NR102"],
            [f.text for f in report.findings if f.rule == "IN501"])


CASES = [
    # --- en ---
    pytest.param("en", "Employment rose by 115,900 persons, or 2.3%, over the year to 5,163,900.",
                 [("2.3%", "5,163,900", None, "115,900 persons")], ["pass"], [], id="en_by_or_to"),
    pytest.param("en", "Employment rose by 115,900 persons, or 3.2%, over the year to 5,163,900.",
                 [("3.2%", "5,163,900", None, "115,900 persons")], ["fail"], ["error"], id="en_by_or_to_wrong"),
    pytest.param("en", "Retail sales rose 5.2 million, or 3.1%, to 172 million.",
                 [("3.1%", "172 million", None, "5.2 million")], ["pass"], [], id="en_or_percent_to"),
    pytest.param("en", "The FTSE 100 ended down 0.89 points, or 0.01%, at 8,281.05.",
                 [("0.01%", "8,281.05", None, "0.89 points")], ["pass"], [], id="en_index_points_at"),
    pytest.param("en", "Sales rose 3.1%, or 5.2 million, to 172 million.",
                 [("3.1%", "172 million", None, "5.2 million")], ["pass"], [], id="en_percent_first"),
    # --- vi ---
    pytest.param("vi", "Số lao động có việc làm là 51,5 triệu người, tăng 290.400 người, tương ứng tăng 0,57%.",
                 [("0,57%", "51,5 triệu người", None, "290.400 người")], ["pass"], [], id="vi_tuong_ung"),
    pytest.param("vi", "Số lao động có việc làm là 51,5 triệu người, tăng 20.400 người, tăng 0,57%.",
                 [("0,57%", "51,5 triệu người", None, "20.400 người")], ["fail"], ["error"], id="vi_amount_wrong"),
    pytest.param("vi", "Chỉ số VN-Index đóng cửa ở mức 1.250,5 điểm, giảm 3,5 điểm (0,28%).",
                 [("0,28%", "1.250,5 điểm", None, "3,5 điểm")], ["pass"], [], id="vi_percent_in_parentheses"),
    # --- zh ---
    pytest.param("zh", "全国粮食总产量70650万吨（14130亿斤），比上年增加1110万吨，增长1.6%。",
                 [("1.6%", "70650万吨", None, "1110万吨")], ["pass"], [], id="zh_increase_then_growth"),
    pytest.param("zh", "全国粮食总产量70650万吨，比上年增加1110万吨，增长2.6%。",
                 [("2.6%", "70650万吨", None, "1110万吨")], ["fail"], ["error"], id="zh_increase_then_growth_wrong"),
    pytest.param("zh", "全国粮食播种面积119319千公顷（17.90亿亩），比上年增加525千公顷（787.5万亩），增长0.4%。",
                 [("0.4%", "119319千公顷", None, "525千公顷")], ["pass"], [], id="zh_restated_in_parentheses"),
    pytest.param("zh", "在园幼儿4093.0万人，比上年减少534.5万人，下降11.55%。",
                 [("11.55%", "4093.0万人", None, "534.5万人")], ["pass"], [], id="zh_decrease"),
    pytest.param("zh", "NYMEX原油期货结算价下跌2.64美元，至每桶99.29美元，跌幅2.6%。",
                 [("2.6%", "99.29美元", None, "2.64美元")], ["pass"], [], id="zh_amount_to_level_then_percent"),
    pytest.param("en", "Crude fell $2.64 to $99.29 a barrel, or 2.6%.",
                 [("2.6%", "$99.29 a barrel", None, "$2.64")], ["pass"], [], id="en_amount_to_level_then_percent"),
    pytest.param("vi", "Giá dầu giảm 2,64 USD xuống 99,29 USD/thùng, tương ứng 2,6%.",
                 [("2,6%", "99,29 USD/thùng", None, "2,64 USD")], ["pass"], [], id="vi_amount_to_level_then_percent"),
    pytest.param("zh", "中国8月外汇储备32882.15亿美元，较7月末上升318亿美元，升幅为0.98%。",
                 [("0.98%", "32882.15亿美元", None, "318亿美元")], ["pass"], [], id="zh_rise_named"),
    pytest.param("vi", "VN-Index đạt 1.186,36 điểm, tăng 83,36 điểm (tương đương mức tăng 7,56%).",
                 [("7,56%", "1.186,36 điểm", None, "83,36 điểm")], ["pass"], [], id="vi_muc_tang"),
    pytest.param("en", "Its shares closed at 605p, up 8p, a rise of 1.3%.",
                 [("1.3%", "605p", None, "8p")], ["pass"], [], id="en_a_rise_of"),
    pytest.param("zh", "原油产量为4900万吨，同比减少221万吨或4.3%。",
                 [("4.3%", "4900万吨", None, "221万吨")], ["pass"], [], id="zh_or"),
]


@pytest.mark.parametrize(("lang", "text", "reading", "statuses", "severities"), CASES)
def test_amount_and_percent(lang: str, text: str, reading: list[Read], statuses: list[str], severities: list[str],
                            tmp_path: Path) -> None:
    assert read(text, lang) == reading
    assert judged(text, lang, tmp_path)[:2] == (statuses, severities)


def test_a_percentage_of_the_figure_reached_is_a_slip(tmp_path: Path) -> None:
    # 221 / 5109 = 4.33%: divided by the figure reached, not by the base (5330): a warning, not an error
    text = "6月份进口铁矿石比5月减少221万吨或4.3%，至5109万吨。"
    assert read(text, "zh") == [("4.3%", "5109万吨", None, "221万吨")]
    assert judged(text, "zh", tmp_path)[:2] == (["fail"], ["warning"])


def test_two_moves_one_after_the_other_are_two_changes() -> None:
    assert read("Đi từ chuyến thứ 2 giảm 50%, giảm 30.000 đồng cho 3 chuyến vào cuối tuần.", "vi") == []


def test_two_subjects_are_not_one_change() -> None:
    # the amount and the percentage tell of two things: no pair
    assert read("Lợi nhuận tăng 500 tỷ đồng, doanh thu tăng 12%.", "vi") == []
    assert read("利润增加500亿元，收入增长12%。", "zh") == []


def test_directions_that_disagree_are_no_pair() -> None:
    assert read("全国粮食总产量70650万吨，比上年增加1110万吨，下降1.6%。", "zh") == []


def test_a_share_in_apposition_stays_a_share() -> None:
    # "1,412 were canceled, or 0.9%": no rise or fall word leads the amount, so the percentage is a share
    assert read("Of the 156,800 flights scheduled, 1,412 were canceled, or 0.9%.", "en") == []


def test_the_amount_gives_no_implied_base_note(tmp_path: Path) -> None:
    assert judged("全国粮食总产量70650万吨，比上年增加1110万吨，增长1.6%。", "zh", tmp_path) == (["pass"], [], [])


# --- an amount alone, against a stated base -----------------------------------------------------------------

AmountRead = tuple[str, str | None, str | None]  # (amount, current, base)


def amounts_read(text: str, lang: str) -> list[AmountRead]:
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    by_id = {c.id: c for c in claims}
    return [(by_id[r.change].text, by_id[r.current].text if r.current else None,
             by_id[r.base].text if r.base else None)
            for r in infer_relations(doc, claims) if isinstance(r, ChangeRelation) and r.change is not None
            and by_id[r.change].unit not in ("percent", "point")]


AMOUNT_CASES = [
    pytest.param("vi", "Tháng 9, cả nước bán được 40.123 xe, tăng 3.000 xe so với tháng trước (37.123 xe).",
                 [("3.000 xe", "40.123 xe", "37.123 xe")], ["pass"], [], id="vi_amount_so_voi"),
    pytest.param("vi", "Tháng 9, cả nước bán được 40.123 xe, tăng 5.000 xe so với tháng trước (37.123 xe).",
                 [("5.000 xe", "40.123 xe", "37.123 xe")], ["fail"], ["error"], id="vi_amount_so_voi_wrong"),
    pytest.param("en", "In Australian dollar terms, reserves fell by 1.24 billion dlrs to 12.60 billion, from 13.85 "
                 "billion in January.", [("1.24 billion", "12.60 billion", "13.85 billion")], ["pass"], [],
                 id="en_amount_to_from"),
    pytest.param("zh", "今年出口汽车312万辆，比上年同期的253万辆增加59万辆。",
                 [("59万辆", "312万辆", "253万辆")], ["pass"], [], id="zh_amount_base_between"),
    pytest.param("zh", "今年出口汽车312万辆，比上年同期的253万辆增加69万辆。",
                 [("69万辆", "312万辆", "253万辆")], ["fail"], ["error"], id="zh_amount_base_between_wrong"),
    # an amount with its "from A to B" pair: the amount owns the pair as a rate would
    pytest.param("zh", "港口存煤由640万吨下降至585万吨，环比减少55万吨。",
                 [("55万吨", "585万吨", "640万吨")], ["pass"], [], id="zh_amount_owns_pair"),
    pytest.param("zh", "港口存煤由640万吨下降至585万吨，环比减少45万吨。",
                 [("45万吨", "585万吨", "640万吨")], ["fail"], ["error"], id="zh_amount_owns_pair_wrong"),
    pytest.param("en", "Warehouse stocks fell 55,000 tonnes from 640,000 tonnes to 585,000 tonnes last week.",
                 [("55,000 tonnes", "585,000 tonnes", "640,000 tonnes")], ["pass"], [], id="en_amount_owns_pair"),
    pytest.param("en", "Warehouse stocks fell 65,000 tonnes from 640,000 tonnes to 585,000 tonnes last week.",
                 [("65,000 tonnes", "585,000 tonnes", "640,000 tonnes")], ["fail"], ["error"],
                 id="en_amount_owns_pair_wrong"),
    pytest.param("vi", "Lượng than tồn kho giảm từ 640.000 tấn xuống 585.000 tấn, tương ứng giảm 55.000 tấn.",
                 [("55.000 tấn", "585.000 tấn", "640.000 tấn")], ["pass"], [], id="vi_amount_owns_pair"),
    pytest.param("vi", "Lượng than tồn kho giảm từ 640.000 tấn xuống 585.000 tấn, tương ứng giảm 65.000 tấn.",
                 [("65.000 tấn", "585.000 tấn", "640.000 tấn")], ["fail"], ["error"], id="vi_amount_owns_pair_wrong"),
]


def test_a_pair_moving_against_the_amount_is_not_its_own() -> None:
    # climbing a ranking makes its number fall; a figure kept unchanged is no move of the pair after it
    assert amounts_read("Năm nay tỉnh đã tăng 7 bậc (từ vị trí 45 lên 38) về chỉ số cạnh tranh.", "vi") == []
    kept = "将今年需求增速预期维持在90万桶/日不变，将明年预期从150万桶/日下调至130万桶/日。"
    assert [r for r in amounts_read(kept, "zh") if r[2] is not None] == []


def test_a_rate_keeps_its_pair_before_an_amount() -> None:
    text = "Stocks fell 8.6% from 640,000 tonnes to 585,000 tonnes, a drop of 55,000 tonnes."
    doc = document_from_text(text, language="en")
    claims = extract_document(doc)
    by_id = {c.id: c.text for c in claims}
    assert [(by_id[r.change], by_id[r.current or ""], by_id[r.base or ""]) for r in infer_relations(doc, claims)
            if isinstance(r, ChangeRelation)] == [("8.6%", "585,000 tonnes", "640,000 tonnes")]


@pytest.mark.parametrize(("lang", "text", "reading", "statuses", "severities"), AMOUNT_CASES)
def test_amount_alone(lang: str, text: str, reading: list[AmountRead], statuses: list[str],
                      severities: list[str], tmp_path: Path) -> None:
    assert amounts_read(text, lang) == reading
    assert judged(text, lang, tmp_path)[:2] == (statuses, severities)


def test_an_amount_reaching_another_level_is_not_a_base() -> None:
    # 13.85 is the level January's fall reached, and 12.92 the level of a year earlier: neither is stated as
    # February's base, so nothing is read
    text = ("Reserves fell by 1.24 billion dlrs to 12.60 billion after falling 1.71 billion to 13.85 billion in "
            "January and rising 792 mln to 12.92 billion in February 1986.")
    assert [r for r in amounts_read(text, "en") if r[2] is not None] == []


def test_an_amount_alone_with_no_base_is_not_checked() -> None:
    assert amounts_read("在校生2.91亿人，比上年减少307.14万人。", "zh") == []

