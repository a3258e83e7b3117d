"""Extraction on real published text (issue 10): the kinds of numbers news carries, the not-claims and
their reasons, `claimcheck extract --show-skipped`, and `python -m validator.bench real`."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared

from validator.bench import ALL_CASES, IN_SCOPE, REAL_KEY, run_corpora, run_real, score_real
from validator.cli import main
from validator.document import document_from_text
from validator.extract import extract, skipped_numbers
from validator.units import is_currency

D = Decimal


def claims(text: str, lang: str) -> list[tuple[str, Decimal, str]]:
    return [(c.text, c.value, c.unit) for c in extract(text, lang)]


def skipped(text: str, lang: str) -> list[tuple[str, str]]:
    return [(k.text, k.reason) for k in skipped_numbers(document_from_text(text, language=lang))]


# --- per-unit prices ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("giá 80.000 đồng/kg", "vi", D(80000), "VND/kg"),
        ("vàng 56,05 triệu đồng/lượng", "vi", D(56050000), "VND/tael"),
        ("lương 15 triệu đồng/tháng", "vi", D(15000000), "VND/month"),
        ("oil at $80 a barrel", "en", D(80), "USD/barrel"),
        ("an offer of 300p per share", "en", D(300), "GBX/share"),
        ("美油报75.49美元/桶", "zh", D("75.49"), "USD/barrel"),
        ("碳酸锂报7.52万元/吨", "zh", D(75200), "CNY/tonne"),
        ("每股25美分", "zh", D(25), "USc/share"),
    ],
)
def test_a_per_unit_price_keeps_its_denominator_and_is_no_amount(text: str, lang: str, value: Decimal,
                                                                  unit: str) -> None:
    [(_, got_value, got_unit)] = claims(text, lang)
    assert (got_value, got_unit) == (value, unit)
    assert not is_currency(got_unit)  # so no rule or relation adds it to an amount of money


def test_a_rate_in_words_over_time_stays_an_amount() -> None:
    # "per year" in words qualifies an amount; only the goods (kg, barrel, share...) make a price
    assert claims("about 70 million passengers a year", "en")[0][2] != "item/year"
    assert claims("nguồn thu mỗi năm 400 triệu đồng", "vi") == [("400 triệu đồng", D(400000000), "VND")]


# --- tenths, discounts, glued units, digit groups -------------------------------------------------


def test_cheng_is_tenths_as_a_percentage_and_zhe_a_price_ratio() -> None:
    assert claims("产能利用率下降至五成", "zh") == [("五成", D(50), "percent")]
    assert claims("三成半", "zh") == [("三成半", D(35), "percent")]
    assert claims("全场打八折", "zh") == [("八折", D("0.8"), "price_ratio")]
    assert claims("8.5折", "zh") == [("8.5折", D("0.85"), "price_ratio")]
    assert claims("七五折", "zh") == [("七五折", D("0.75"), "price_ratio")]
    assert claims("公司成为行业第一", "zh") == []  # 成为 (become) is no tenth


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_units_glued_to_the_number(lang: str) -> None:
    found = claims("120m2, 35mm, 20kg, 10km, 5kWh", lang)
    assert [(v, u) for _, v, u in found] == [(D(120), "m2"), (D(35), "mm"), (D(20), "kg"), (D(10), "km"),
                                             (D(5), "kWh")]


def test_space_grouped_thousands_where_unambiguous() -> None:
    assert claims("a prize of 10 000 dollars", "en") == [("10 000 dollars", D(10000), "USD")]
    assert [v for _, v, _ in claims("40 000 is the same as 40 000", "en")] == [D(40000), D(40000)]
    # four digits after the space: two numbers
    assert [v for _, v, _ in claims("423 0000 are read as two", "en")][:2] == [D(423), D(0)]


def test_index_points_are_not_percentage_points() -> None:
    assert claims("VN-Index tăng 5,2 điểm", "vi") == [("5,2 điểm", D("5.2"), "index_point")]
    assert claims("上证指数报3000点", "zh") == [("3000点", D(3000), "index_point")]
    assert claims("the FTSE rose 25 points", "en") == [("25 points", D(25), "index_point")]
    assert claims("up 3 percentage points", "en")[0][2] == "point"


# --- shares of a group, ratios, scale words, counts -----------------------------------------------


def test_one_in_n_and_ratios_are_one_figure() -> None:
    assert claims("one in four people", "en") == [("one in four", D("0.25"), "times")]
    assert claims("cứ 5 người thì có 1 người", "vi") == [("5 người thì có 1", D("0.2"), "times")]
    assert claims("a 1:4 ratio", "en") == [("1:4", D("0.25"), "times")]
    assert claims("rose 5 in 2019", "en") == [("5", D(5), "item")]  # a year is no group


def test_out_of_is_not_a_hedge_and_scale_words_need_a_number() -> None:
    found = extract("26 mã trên 30 mã tăng giá", "vi")
    assert [(c.value, c.hedge) for c in found] == [(D(26), None), (D(30), None)]
    assert [c.hedge for c in extract("giá tăng trên 30%", "vi")] == ["over"]
    assert claims("cao hơn tỷ lệ năm ngoái", "vi") == []  # tỷ lệ is a rate, not a billion
    assert claims("tổng số 17 triệu người", "vi") == [("17 triệu người", D(17000000), "person")]
    assert claims("11 triệu phú", "vi") == [("11", D(11), "item")]  # millionaires, not 11 million


def test_an_article_counts_only_where_a_count_is_asserted() -> None:
    assert claims("một doanh nghiệp", "vi") == []
    assert claims("chỉ một doanh nghiệp", "vi") == [("một doanh nghiệp", D(1), "company")]
    assert claims("mất 2,6 tỉ USD trong một ngày", "vi")[-1] == ("một ngày", D(1), "day")
    assert claims("Trong một lần tham quan", "vi") == []
    assert claims("I don't think one can say", "en") == []
    assert claims("一个重要原因", "zh") == []
    assert [(c.text, c.value, c.unit, c.hedge) for c in extract("最近一周内", "zh")] == [("一周", D(1), "week", None)]


# --- not-claims and their reasons -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "number", "reason"),
    [
        ("12.41 mln tonnes for 1985/86", "en", "1985/86", "year"),
        ("6月销量增长", "zh", "6月", "date"),
        ("零部件和零售", "zh", "零部件", "word"),
        ("the Three Gorges dam", "en", "Three", "name"),
        ("the BBC Global 30 has risen", "en", "30", "name"),
        ("第5期", "zh", "第5", "ordinal"),
        ("数以千计的人", "zh", "千", "vague"),
        ("vài chục người", "vi", "vài chục", "vague"),
        ("请拨打电话400-820-9463", "zh", "400-820-9463", "phone"),
        ("hotline 1900 1234", "vi", "1900 1234", "phone"),
        ("call (212) 555-0143 now", "en", "(212) 555-0143", "phone"),
        ("1、科创板网下打新迎新规", "zh", "1、", "list"),
        ("một doanh nghiệp", "vi", "một", "article"),
        ("the Boeing 787-9 fleet", "en", "787-9", "code"),
        ("lớp 10 năm nay", "vi", "10", "ordinal"),
        ("Nghị định 108/2014/NĐ-CP", "vi", "108/2014/NĐ-CP", "code"),
    ],
)
def test_a_not_claim_is_skipped_with_its_reason(text: str, lang: str, number: str, reason: str) -> None:
    assert (number, reason) in skipped(text, lang)
    assert not any(number in c.text for c in extract(text, lang))


def test_show_skipped_lists_the_reasons(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Năm 2024, hotline 1900 1234 nhận 45 cuộc gọi.\n", encoding="utf-8")
    assert main(["extract", str(article), "--language", "vi", "--show-skipped"]) == 0
    out, _ = capsys.readouterr()
    assert "# not a quantity in" in out and "'1900 1234': phone" in out and "'Năm 2024': year" in out
    assert main(["extract", str(article), "--language", "vi", "--show-skipped", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["claims"][0]["value"] == 45  # stdout stays a claim file
    assert "'1900 1234': phone" in err


# --- bench real -----------------------------------------------------------------------------------


def test_bench_real_matches_by_overlapping_span_and_equal_value() -> None:
    text = "Sales rose 5% to $300 million; 55.57 pence; in 2019; half of them."
    key = {
        "file": "en/x.txt",
        "quantities": [
            {"start": 11, "end": 13, "text": "5%", "value": "5", "unit": "percent"},
            {"start": 17, "end": 29, "text": "$300 million", "value": "300000000", "unit": "usd"},
            {"start": 31, "end": 36, "text": "55.57", "value": "0.5557", "unit": "gbp"},  # pence in pounds
            {"start": 55, "end": 59, "text": "half", "value": "1/2", "unit": "fraction"},
        ],
        "not_quantities": [{"start": 47, "end": 51, "text": "2019", "why": "year"}],
    }
    s = score_real(key, text, "en")
    assert (s.expected, s.matched_expected, s.predicted, s.matched_predicted) == (4, 4, 4, 4)
    key["quantities"][1]["value"] = "3000000"  # a value that differs is a miss and an extra claim
    s = score_real(key, text, "en")
    assert (s.matched_expected, s.matched_predicted, len(s.failures)) == (3, 3, 2)


def needs_key(test: Callable[..., None]) -> Callable[..., None]:
    """The key is in the repository (eval/extraction); the articles it labels are in ../shared/realworld."""
    return needs_shared("realworld")(test)


@needs_key
def test_the_key_is_complete_and_matches_the_articles() -> None:
    done = subprocess.run([sys.executable, str(REAL_KEY / "check_key.py")], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-2000:]
    assert done.stdout.strip().endswith("0 problems")


@needs_key
def test_bench_real_meets_the_bar_in_every_language() -> None:
    results = run_real(out=lambda line: None)
    low = {lang: (round(s.recall, 3), round(s.precision, 3)) for lang, s in results.items()
           if s.recall < 0.95 or s.precision < 0.95}
    assert set(results) == {"en", "vi", "zh"} and low == {}


CORPORA = SHARED / "corpora"


@needs_shared("corpora")
def test_every_case_with_a_single_value_no_exclusions() -> None:
    run_corpora(CORPORA, out=lambda line: None)
    low = {name: (round(s.recall, 3), round(s.precision, 3)) for name, s in ALL_CASES.items()
           if name in IN_SCOPE and min(s.recall, s.precision) < 0.85}
    assert low == {}


def test_a_range_is_linked_through_its_low_end() -> None:
    from validator.extract.claims import range_pairs

    found = extract("Giá dao động từ 12 đến 15 triệu đồng, tăng 5%.", "vi")
    low, top = found[0], found[1]
    assert (low.value, low.high, top.value, top.high) == (D(12000000), D(15000000), D(15000000), None)
    assert range_pairs(found) == {top.id: low.id}
