"""Fractions in words read as shares and judged: "khoảng ba phần tư", "即约四分之三", "almost two in five", "a
third"; a fraction's step is the gap to the simple fractions beside it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from _judging import share_outcomes

from validator.document import document_from_text
from validator.extract.claims import extract_document, fraction_step


def judged(text: str, lang: str) -> list[tuple[str, str]]:
    return share_outcomes(text, lang)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # 824 / 1.236 = 66,7%: two thirds, not about three quarters
    ("vi", "Tổng vốn dự án là 1.236 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 824 tỷ đồng, tức khoảng ba phần "
     "tư; phần còn lại do tỉnh bố trí.", [("khoảng ba phần tư", "error"), ("khoảng ba phần tư", "fail")]),
    ("vi", "Tổng vốn dự án là 1.200 tỷ đồng, trong đó ngân sách trung ương hỗ trợ 900 tỷ đồng, tức khoảng ba phần "
     "tư; phần còn lại do tỉnh bố trí.", [("khoảng ba phần tư", "pass")]),
    ("zh", "项目总投资1236亿元，其中中央投资824亿元，即约四分之三。",
     [("约四分之三", "error"), ("约四分之三", "fail")]),
    ("zh", "项目总投资1200亿元，其中中央投资900亿元，即约四分之三。", [("约四分之三", "pass")]),
    # "of all those in employment": the total, not the men's or women's figure that add up to it
    ("en", "Total employment rose to 2,500,000. Men held 1,300,000 jobs and women 1,200,000. Part-time workers "
     "numbered 480,000, almost two in five of all those in employment.", [("almost two in five", "error"),
                                                                     ("almost two in five", "fail")]),
    ("en", "Total employment rose to 2,500,000. Men held 1,300,000 jobs and women 1,200,000. Part-time workers "
     "numbered 480,000, almost one in five of all those in employment.", [("almost one in five", "pass")]),
    # a plain fraction is rounded to the nearest simple fraction: 32.4% is "a third"
    ("en", "The firm sold 1,012 cars in 2024. Of these, 328 cars, or a third of the total, went to Europe.",
     [("a third", "pass")]),
    # "one in four of the 1.9 million": the figure a fraction is of is its whole, not a multiple's base
    ("en", "Some 300,000 patients waited more than four hours, about one in four of the 1.9 million admissions.",
     [("about one in four", "error"), ("about one in four", "fail")]),
    ("en", "Some 300,000 patients waited more than four hours, about one in six of the 1.9 million admissions.",
     [("about one in six", "pass")]),
    ("vi", "Số ca phải nhập viện là 450 ca, chiếm khoảng một phần tư trong tổng số 1.800 ca mắc.",
     [("khoảng một phần tư", "pass")]),
    ("vi", "Số ca phải nhập viện là 450 ca, chiếm khoảng một phần ba trong tổng số 1.800 ca mắc.",
     [("khoảng một phần ba", "error"), ("khoảng một phần ba", "fail")]),
])
def test_fractions_as_shares(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert judged(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "value", "hedge"), [
    ("en", "almost two in five workers", "0.4", "nearly"),
    ("en", "nearly one in four workers", "0.25", "nearly"),
    ("vi", "khoảng ba phần tư số vốn", "0.75", "about"),
    ("zh", "超过四分之三", "0.75", "over"),
])
def test_hedged_fractions_are_one_figure(lang: str, text: str, value: str, hedge: str) -> None:
    (c,) = [c for c in extract_document(document_from_text(text, language=lang)) if c.unit == "times"]
    assert (c.value.quantize(Decimal("0.01")), c.hedge.value if c.hedge else None) == (Decimal(value), hedge)


@pytest.mark.parametrize(("value", "step"), [
    ("0.5", "0.1000"), ("0.75", "0.0833"), ("0.25", "0.0833"), ("0.4", "0.1000"), ("0.1", "0.0500"),
])
def test_fraction_step(value: str, step: str) -> None:
    assert fraction_step(Decimal(value)) == Decimal(step)
