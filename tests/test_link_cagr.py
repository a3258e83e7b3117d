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
                 "annual growth rate of 2.9%.", [("2.9%", "751 million", "866 million TEU", Decimal(5))], ["pass"], [],
                 id="en_cagr_right"),
    pytest.param("en", "Port throughput reached 866 million TEU in 2023, up from 751 million in 2018, a compound "
                 "annual growth rate of 4.2%.", [("4.2%", "751 million", "866 million TEU", Decimal(5))], ["fail"],
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
    # --- a level given "about", its year named early in its sentence, grown to in the next sentence ---
    pytest.param("en", "At the end of 2018 the fleet, which serves three regions, had about 2.0 GW of capacity. By "
                 "December 2023 that had grown to 6.1 GW, a compound annual growth rate of about 25%.",
                 [("about 25%", "about 2.0 GW", "6.1 GW", Decimal(5))], ["pass"], [], id="en_about_level_right"),
    pytest.param("en", "At the end of 2018 the fleet, which serves three regions, had about 2.0 GW of capacity. By "
                 "December 2023 that had grown to 6.1 GW, a compound annual growth rate of about 40%.",
                 [("about 40%", "about 2.0 GW", "6.1 GW", Decimal(5))], ["fail"], ["error"],
                 id="en_about_level_wrong"),
    # --- a plan's years (2016-2020) run from the end of the year before its first ---
    pytest.param("zh", "“十三五”期间，全省旅客发送量由2015年的2.40亿人次增至2020年的3.10亿人次，年均增长约5.3%。",
                 [("约5.3%", "2.40亿人次", "3.10亿人次", Decimal(5))], ["pass"], [], id="zh_plan_years_right"),
    pytest.param("zh", "“十三五”期间，全省旅客发送量由2015年的2.40亿人次增至2020年的3.10亿人次，年均增长约8.5%。",
                 [("约8.5%", "2.40亿人次", "3.10亿人次", Decimal(5))], ["fail"], ["error"], id="zh_plan_years_wrong"),
    pytest.param("vi", "Giai đoạn 2021-2025, lượng hành khách tăng từ 3,12 triệu lượt năm 2020 lên 4,10 triệu lượt năm "
                 "2025, tương ứng tăng bình quân 5,6%/năm.",
                 [("5,6%", "3,12 triệu lượt", "4,10 triệu lượt", Decimal(5))], ["pass"], [], id="vi_span_years_right"),
    pytest.param("vi", "Giai đoạn 2021-2025, lượng hành khách tăng từ 3,12 triệu lượt năm 2020 lên 4,10 triệu lượt năm "
                 "2025, tương ứng tăng bình quân 8,1%/năm.",
                 [("8,1%", "3,12 triệu lượt", "4,10 triệu lượt", Decimal(5))], ["fail"], ["error"],
                 id="vi_span_years_wrong"),
    # --- grown "from" a base to the article's lead figure, dated by its own (financial) year ---
    pytest.param("en", "Passenger journeys rose to 210.4 million in the 2024 financial year, the operator said.\n\n"
                 "Journeys were up 5.1% from 200.2 million a year earlier.\n\nThe network has grown from 150.0 million "
                 "journeys in 2018, a compound annual growth rate of 5.8%.",
                 [("5.8%", "150.0 million", "210.4 million", Decimal(6))], ["pass"], [], id="en_grown_to_lead_right"),
    pytest.param("en", "Passenger journeys rose to 210.4 million in the 2024 financial year, the operator said.\n\n"
                 "Journeys were up 5.1% from 200.2 million a year earlier.\n\nThe network has grown from 150.0 million "
                 "journeys in 2018, a compound annual growth rate of 7.0%.",
                 [("7.0%", "150.0 million", "210.4 million", Decimal(6))], ["fail"], ["error"],
                 id="en_grown_to_lead_wrong"),
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


@pytest.mark.parametrize(("rate", "severities"), [("7.3%", []), ("12.3%", ["error"])])
def test_an_undated_articles_own_year_is_open(rate: str, severities: list[str], tmp_path: Path) -> None:
    # undated, the article names 2023 most and 2024 last: "last year" may be 2023 or 2024 (2019 -> 2024 at 7.3%);
    # a rate no reading of the year fits is still wrong
    text = ("The county counted 1.9 million anglers in 2023.\n\nAngling licence income reached £148 million last "
            f"year, from £104 million in 2019, an average increase of {rate} a year.\n\nIn 2023 the club had 812 "
            "members and in 2024 it had 845.")
    assert judged(text, "en", tmp_path)[1] == severities


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


def test_the_lead_figure_without_its_own_year_is_no_strong_endpoint(tmp_path: Path) -> None:
    """Undated, the lead figure's year would be the article's guess: no finding from it."""
    text = ("Passenger journeys rose to a record 210.4 million, the operator said.\n\nThe network has grown from "
            "150.0 million journeys in 2018, a compound annual growth rate of 7.0%.")
    assert judged(text, "en", tmp_path)[1] == []


@pytest.mark.parametrize(("lang", "text", "read", "severities"), [
    # "to B by 2030 from A in 2024": the year before A across "from" is B's, A's is the one after it
    ("en", "The miner plans to lift output to 1.5 million tonnes by 2030 from 1.0 million tonnes in 2024, a compound "
     "annual growth rate of about 7%.", [("about 7%", "1.0 million tonnes", "1.5 million tonnes", Decimal(6))], []),
    ("en", "The miner plans to lift output to 1.5 million tonnes by 2030 from 1.0 million tonnes in 2024, a compound "
     "annual growth rate of about 12%.", [("about 12%", "1.0 million tonnes", "1.5 million tonnes", Decimal(6))],
     ["error"]),
    ("vi", "Công ty đặt mục tiêu nâng sản lượng lên 1,5 triệu tấn vào năm 2030 từ 1,0 triệu tấn năm 2024, tương ứng "
     "tăng trưởng bình quân khoảng 12%/năm.", [("khoảng 12%", "1,0 triệu tấn", "1,5 triệu tấn", Decimal(6))],
     ["error"]),
    ("zh", "公司计划将产量提高到2030年的150万吨，较2024年的100万吨年均增长约7%。",
     [("约7%", "100万吨", "150万吨", Decimal(6))], []),
])
def test_a_year_across_from_or_to_is_the_other_figures(lang: str, text: str, read: list[Read], severities: list[str],
                                                       tmp_path: Path) -> None:
    assert cagrs_read(text, lang)[0] == read
    assert judged(text, lang, tmp_path)[1] == severities


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Coal output fell 20% to 40 million tonnes in 2024 from 50 million tonnes in 2019, even as power demand "
           "grew about 3% a year."),
    ("vi", "Giai đoạn 2019-2024, sản lượng than giảm từ 50 triệu tấn xuống 40 triệu tấn, trong khi nhu cầu điện tăng "
           "bình quân khoảng 3%/năm."),
    ("zh", "煤炭产量由2019年的5000万吨降至2024年的4000万吨，而用电需求年均增长约3%。"),
])
def test_a_rate_rising_against_a_falling_pair_is_another_measures(lang: str, text: str, tmp_path: Path) -> None:
    # the pair falls, the rate's own word rises: the rate is of another measure (demand), not the pair's
    assert cagrs_read(text, lang)[0] == []
    assert "error" not in judged(text, lang, tmp_path)[1]


@pytest.mark.parametrize(("lang", "text", "read"), [
    ("en", "Coal output rose to 60 million tonnes in 2024 from 50 million tonnes in 2019, growing about 3.7% a year.",
     [("about 3.7%", "50 million tonnes", "60 million tonnes", Decimal(5))]),
    ("vi", "Giai đoạn 2019-2024, sản lượng than tăng từ 50 triệu tấn lên 60 triệu tấn, tương ứng mức tăng trưởng bình "
           "quân khoảng 3,7%/năm.", [("khoảng 3,7%", "50 triệu tấn", "60 triệu tấn", Decimal(5))]),
])
def test_a_rate_rising_with_its_rising_pair_is_read(lang: str, text: str, read: list[Read]) -> None:
    assert cagrs_read(text, lang)[0] == read


# --- the sentence gives only where the growth started: the article's lead figure is where it ran to ---

FROM_START = [
    pytest.param("en", "Regional house prices averaged £218,400 in December 2024, the index showed.\n\nOver the five "
                 "years from December 2019, when the regional average house price stood at £171,300, average house "
                 "prices have grown at an average annual rate of 6.8%.", ["fail"], ["error"], id="en_wrong"),
    pytest.param("en", "Regional house prices averaged £218,400 in December 2024, the index showed.\n\nOver the five "
                 "years from December 2019, when the regional average house price stood at £171,300, average house "
                 "prices have grown at an average annual rate of 5.0%.", ["pass"], [], id="en_right"),
    pytest.param("vi", "Năm 2024, GRDP của tỉnh đạt 163.200 tỷ đồng, tăng 7,9%.\n\nSo với năm 2020, khi "
                 "quy mô GRDP mới "
                 "ở mức 118.500 tỷ đồng, GRDP tăng trưởng bình quân 10,8%/năm giai đoạn "
                 "2020-2024.", ["fail"], ["error"],
                 id="vi_wrong"),
    pytest.param("vi", "Năm 2024, GRDP của tỉnh đạt 163.200 tỷ đồng, tăng 7,9%.\n\nSo với năm 2020, khi "
                 "quy mô GRDP mới "
                 "ở mức 118.500 tỷ đồng, GRDP tăng trưởng bình quân 8,3%/năm giai đoạn 2020-2024.", ["pass"], [],
                 id="vi_right"),
    pytest.param("zh", "2024年全国冷链物流市场规模达到5360亿元，同比增长9.0%。"
                 "\n\n与2019年的3391亿元相比，冷链物流市场规模"
                 "年均复合增长率约为15%。", ["fail"], ["error"], id="zh_wrong"),
    pytest.param("zh", "2024年全国冷链物流市场规模达到5360亿元，同比增长9.0%。"
                 "\n\n与2019年的3391亿元相比，冷链物流市场规模"
                 "年均复合增长率约为9.6%。", ["pass"], [], id="zh_right"),
    # the lead figure is another thing's: the rate's words do not name it
    pytest.param("en", "The port handled 48,900 containers in December 2024.\n\nOver the five years from "
                 "December 2019, "
                 "when the regional average house price stood at £171,300, average house prices have grown at an "
                 "average annual rate of 6.8%.", [], [], id="en_lead_of_another_thing"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), FROM_START)
def test_growth_from_a_start_to_the_lead_figure(lang: str, text: str, statuses: list[str], severities: list[str],
                                                tmp_path: Path) -> None:
    found = judged_by(text, lang, tmp_path, "NR104")
    assert found[1] == severities
    assert [s for s in found[0] if s != "unverifiable"] == statuses


TOTAL_THEN_ANNUAL = [
    # the total growth over the span, told between the start figure and the annual rate, has the rate's endpoints
    pytest.param("en", "Cinema admissions reached 412.4 million in 2024, the trade body said.\n\nAdmissions, 300.2 "
                 "million in 2018, have grown 37% over the six years since, an average annual rate of "
                 "6.2%.", ["fail"], ["error"], id="en_wrong"),
    pytest.param("en", "Cinema admissions reached 412.4 million in 2024, the trade body said.\n\nAdmissions, 300.2 "
                 "million in 2018, have grown 37% over the six years since, an average annual rate of "
                 "5.4%.", ["pass"], [], id="en_right"),
    pytest.param("zh", "2024年全国快递业务收入达到13986亿元。\n\n回看2018年的6038亿元，六年间快递业务收入增长约132%，"
                 "年均复合增长率为22.0%。", ["fail"], ["error"], id="zh_wrong"),
    pytest.param("zh", "2024年全国快递业务收入达到13986亿元。\n\n回看2018年的6038亿元，六年间快递业务收入增长约132%，"
                 "年均复合增长率为15.0%。", ["pass"], [], id="zh_right"),
    pytest.param("vi", "Năm 2024, doanh thu du lịch của tỉnh đạt 13.986 tỷ đồng.\n\nSo với mức 6.038 tỷ đồng năm "
                 "2018, doanh thu du lịch đã tăng khoảng 132% sau 6 năm, tương ứng mức tăng trưởng "
                 "bình quân 22,0%/năm.", ["fail"], ["error"], id="vi_wrong"),
    pytest.param("vi", "Năm 2024, doanh thu du lịch của tỉnh đạt 13.986 tỷ đồng.\n\nSo với mức 6.038 tỷ đồng năm "
                 "2018, doanh thu du lịch đã tăng khoảng 132% sau 6 năm, tương ứng mức tăng trưởng "
                 "bình quân 15,0%/năm.", ["pass"], [], id="vi_right"),
    # a total growth the two figures do not give is of other endpoints: the rate is not read from these
    pytest.param("zh", "2024年全国快递业务收入达到13986亿元。\n\n回看2018年的6038亿元，六年间快递业务量增长约250%，"
                 "年均复合增长率为22.0%。", [], [], id="zh_total_of_other_endpoints"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), TOTAL_THEN_ANNUAL)
def test_total_growth_then_the_annual_rate(lang: str, text: str, statuses: list[str], severities: list[str],
                                           tmp_path: Path) -> None:
    found = judged_by(text, lang, tmp_path, "NR104")
    assert found[1] == severities
    assert [s for s in found[0] if s != "unverifiable"] == statuses


COMPOUND_WORDS = [
    pytest.param("en", "Revenue rose from $1.032 billion in 2019 to $2.064 billion in 2023, a compound growth rate of "
                 "{}.", id="en"),
    pytest.param("zh", "风电装机由2019年的1032万千瓦增至2023年的2064万千瓦，年复合增速为{}。", id="zh"),
    pytest.param("vi", "Doanh thu tăng từ 1.032 tỷ đồng năm 2019 lên 2.064 tỷ đồng năm 2023, CAGR đạt {}.", id="vi"),
]


@pytest.mark.parametrize(("lang", "text"), COMPOUND_WORDS)
@pytest.mark.parametrize(("rate", "severities"), [("18.9%", []), ("25.0%", ["error"])])
def test_compound_rate_words(lang: str, text: str, rate: str, severities: list[str], tmp_path: Path) -> None:
    written = rate.replace(".", ",") if lang == "vi" else rate
    cagrs, changes = cagrs_read(text.format(written), lang)
    assert [r[0] for r in cagrs] == [written] and written not in changes
    assert judged_by(text.format(written), lang, tmp_path, "NR104", "NR102")[1] == severities
