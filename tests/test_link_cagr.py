"""Compound annual growth read from raw text (validator/link/cagr.py) and judged by NR104: no longer read as
simple changes; the years come from the endpoints, a stated range, a stated number of years or the article."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from _judging import judged_by

from validator.document import document_from_text
from validator.extract.claims import extract_document
from validator.link import infer_relations
from validator.model import CagrRelation, ChangeRelation

Read = tuple[str, str, str, Decimal | None]  # (rate, base, current, years)


def cagrs_read(text: str, lang: str) -> tuple[list[Read], list[str]]:
    """(the CAGRs read, the changes read: none may be the rate)."""
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    by_id = {c.id: c.text for c in claims}
    relations = infer_relations(doc, claims)
    return ([(by_id[r.rate or ""], by_id[r.base], by_id[r.current], r.years)
             for r in relations if isinstance(r, CagrRelation)],
            [by_id[r.change] for r in relations if isinstance(r, ChangeRelation) and r.change is not None])


def judged(text: str, lang: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    return judged_by(text, lang, tmp_path, "NR104", "NR102")


CASES = [
    # --- en ---
    pytest.param("en", "Port throughput reached 866 million TEU in 2023, up from 751 million in 2018, a compound "
                 "annual growth rate of 2.9%.", [("2.9%", "751 million", "866 million", Decimal(5))], ["pass"], [],
                 id="en_cagr_right"),
    pytest.param("en", "Port throughput reached 866 million TEU in 2023, up from 751 million in 2018, a compound "
                 "annual growth rate of 4.2%.", [("4.2%", "751 million", "866 million", Decimal(5))], ["fail"],
                 ["error"], id="en_cagr_wrong"),
    pytest.param("en", "Capacity rose from 28.2 GW in March 2019 to 81.8 GW in March 2024, averaging about 24% a "
                 "year.", [("about 24%", "28.2 GW", "81.8 GW", Decimal(5))], ["pass"], [], id="en_a_year"),
    # --- vi ---
    pytest.param("vi", "Giai đoạn 2020-2024, kim ngạch đã tăng từ 3,12 tỷ USD lên 5,75 tỷ USD, tương ứng mức tăng "
                 "trưởng bình quân khoảng 16,5%/năm.", [("khoảng 16,5%", "3,12 tỷ USD", "5,75 tỷ USD", Decimal(4))],
                 ["pass"], [], id="vi_stated_range_gives_the_years"),
    pytest.param("vi", "Giai đoạn 2020-2024, kim ngạch đã tăng từ 3,12 tỷ USD lên 5,75 tỷ USD, tương ứng mức tăng "
                 "trưởng bình quân 13%/năm.", [("13%", "3,12 tỷ USD", "5,75 tỷ USD", Decimal(4))], ["fail"],
                 ["error"], id="vi_cagr_wrong"),
    # --- zh ---
    pytest.param("zh", "光伏发电量由2019年的2243亿千瓦时增至2024年的8341亿千瓦时，年均增长约30.0%。",
                 [("约30.0%", "2243亿千瓦时", "8341亿千瓦时", Decimal(5))], ["pass"], [], id="zh_cagr_right"),
    pytest.param("zh", "光伏发电量由2019年的2243亿千瓦时增至2024年的8341亿千瓦时，年均增长约38.8%。",
                 [("约38.8%", "2243亿千瓦时", "8341亿千瓦时", Decimal(5))], ["fail"], ["error"], id="zh_cagr_wrong"),
    # --- a rate pointing back at the two figures the sentence before compares ---
    pytest.param("en", "Battery plants made 412.6 GWh in 2024, up from 98.3 GWh in 2019. That is a compound annual "
                 "growth rate of about 21% over five years.",
                 [("about 21%", "98.3 GWh", "412.6 GWh", Decimal(5))], ["fail"], ["error"], id="en_told_before_wrong"),
    pytest.param("en", "Battery plants made 412.6 GWh in 2024, up from 98.3 GWh in 2019. That is a compound annual "
                 "growth rate of about 33% over five years.",
                 [("about 33%", "98.3 GWh", "412.6 GWh", Decimal(5))], ["pass"], [], id="en_told_before_right"),
    pytest.param("zh", "2024年电池产量为412.6GWh，2019年为98.3GWh。这相当于年均复合增长率约21%。",
                 [("约21%", "98.3GWh", "412.6GWh", Decimal(5))], ["fail"], ["error"], id="zh_told_before_wrong"),
    pytest.param("zh", "2024年电池产量为412.6GWh，2019年为98.3GWh。这相当于年均复合增长率约33%。",
                 [("约33%", "98.3GWh", "412.6GWh", Decimal(5))], ["pass"], [], id="zh_told_before_right"),
    pytest.param("vi", "Sản lượng pin năm 2024 đạt 412,6 GWh, năm 2019 là 98,3 GWh. Con số này tương đương mức tăng "
                 "trưởng bình quân khoảng 21%/năm.",
                 [("khoảng 21%", "98,3 GWh", "412,6 GWh", Decimal(5))], ["fail"], ["error"], id="vi_told_before_wrong"),
    pytest.param("vi", "Sản lượng pin năm 2024 đạt 412,6 GWh, năm 2019 là 98,3 GWh. Con số này tương đương mức tăng "
                 "trưởng bình quân khoảng 33%/năm.",
                 [("khoảng 33%", "98,3 GWh", "412,6 GWh", Decimal(5))], ["pass"], [], id="vi_told_before_right"),
]


@pytest.mark.parametrize(("lang", "text", "read", "statuses", "severities"), CASES)
def test_cagr(lang: str, text: str, read: list[Read], statuses: list[str], severities: list[str],
              tmp_path: Path) -> None:
    cagrs, changes = cagrs_read(text, lang)
    assert cagrs == read
    assert read[0][0] not in changes  # an average annual rate is no simple change
    assert judged(text, lang, tmp_path) == (statuses, severities)


def test_years_to_the_articles_own_year(tmp_path: Path) -> None:
    # the base's year is written, the current's is the report's: 2014 -> 2024 is ten years
    text = ("2024年全国粮食总产量70650万吨，比上年增长1.6%。与2014年的60703万吨相比，全国粮食产量十年间增加9947万吨，"
            "年均增长约1.5%。")
    cagrs, _ = cagrs_read(text, "zh")
    assert cagrs == [("约1.5%", "60703万吨", "70650万吨", Decimal(10))]


def test_an_average_decline_is_left_alone() -> None:
    text = "Giai đoạn 2020-2024, lượng khách giảm từ 3,12 triệu lượt xuống 2,75 triệu lượt, giảm bình quân 3%/năm."
    assert cagrs_read(text, "vi") == ([], [])


def test_a_stated_span_rules_out_an_endpoint_of_another_year() -> None:
    """"2023—2026年年均复合增长率约为68%" is not measured from the 2024 figure of the sentence before (nor from the base
    of another change)."""
    text = ("截至2023年末，累计装机规模3139万千瓦。2024年上半年新增装机1320万千瓦，"
            "同比增长62.6%（上年同期为812万千瓦）。"
            "我们预计到2026年末累计装机有望达到1.5亿千瓦，2023—2026年年均复合增长率约为68%。")
    read, _ = cagrs_read(text, "zh")
    assert not [r for r in read if r[1] in ("1320万千瓦", "812万千瓦")]
