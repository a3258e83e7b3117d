"""Shares read from raw text: which part and whole a percentage or fraction is read against, and what the
check then says (a finding only when the wording designates the operands strongly and no other reading of
the article makes the arithmetic work)."""

from __future__ import annotations

import pytest

from validator.document import document_from_text
from validator.engine import claimset_from_article
from validator.model import ShareRelation


def share_of(text: str, lang: str, stated: str) -> tuple[str | None, str | None, str]:
    """(part, whole, confidence) of the share relation recorded for the figure written `stated`."""
    doc = document_from_text(text, language=lang)
    claims = claimset_from_article(doc)
    texts = {c.id: c.text for c in claims.claims.values()}
    found = [r for r in claims.relations if isinstance(r, ShareRelation) and texts[r.share] == stated]
    assert len(found) == 1, [r for r in claims.relations if isinstance(r, ShareRelation)]
    (share,) = found
    return (texts.get(share.part) if share.part else None, texts.get(share.whole) if share.whole else None,
            share.confidence)


@pytest.mark.parametrize(
    ("lang", "text", "stated", "expected"),
    [
        # the whole named two sentences earlier, by the words that name it ("tổng lượng xuất khẩu")
        ("vi", "Năm 2024, cả nước xuất khẩu 5,62 triệu tấn gạo. Giá bình quân đạt 620 USD/tấn. "
               "Thị trường Philippines nhập 2,2 triệu tấn, chiếm 39,1% tổng lượng gạo xuất khẩu.",
         "39,1%", ("2,2 triệu tấn", "5,62 triệu tấn", "cued")),
        ("zh", "前三季度，全市出口总额7200亿元。其中，机电产品出口750亿元，占出口总额的10.4%。",
         "10.4%", ("750亿元", "7200亿元", "cued")),
        # the part in apposition after the share
        ("en", "The network had 632,000 public chargers at the end of June. Fast chargers made up 13.7% of the "
               "network, or about 86,700 chargers.",
         "13.7%", ("about 86,700", "632,000", "plausible")),
        # the part named away from its share, by its subject ("Philippines", "广告")
        ("vi", "Năm 2024, Việt Nam xuất khẩu 9,18 triệu tấn gạo. Philippines là thị trường lớn nhất với 4,06 triệu "
               "tấn. Riêng thị trường Philippines đã chiếm 44,2% tổng lượng gạo xuất khẩu của cả nước.",
         "44,2%", ("4,06 triệu tấn", "9,18 triệu tấn", "cued")),
    ],
)
def test_share_operands_named_away_from_the_share(lang: str, text: str, stated: str,
                                                  expected: tuple[str, str, str]) -> None:
    part, whole, confidence = share_of(text, lang, stated)
    assert (part, whole) == expected[:2]
    assert confidence == expected[2] or expected[2] == "plausible"


def judged(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(rule, text, status or severity) of every share check and finding of the article."""
    from validator.engine import Options, evaluate
    from validator.model import Report

    doc = document_from_text(text, language=lang)
    claims = claimset_from_article(doc)
    report = Report()
    evaluate([claims], [], Options(), report)
    out = [(c.rule, c.text, c.status) for c in report.checks if c.rule == "NR101"]
    out += [(f.rule, f.text, f.severity.value) for f in report.findings if f.rule == "NR101"]
    return sorted(out)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # fails: the total is the only exports figure, named by "tổng lượng … xuất khẩu"; 2,2 / 5,62 = 39,1%
        ("vi", "Năm 2024, cả nước xuất khẩu 5,62 triệu tấn gạo. Giá bình quân đạt 620 USD/tấn. Thị trường "
               "Philippines nhập 2,2 triệu tấn, chiếm 46,1% tổng lượng gạo xuất khẩu.",
         [("NR101", "46,1%", "error"), ("NR101", "46,1%", "fail")]),
        ("en", "Take-home grocery sales rose 4.1% to £33.84bn in the 12 weeks to July 14. Online sales reached "
               "£4.32bn, or 13.9% of total grocery spending.",
         [("NR101", "13.9%", "error"), ("NR101", "13.9%", "fail")]),
        ("zh", "前三季度，全市出口总额7200亿元。其中，机电产品出口750亿元，占出口总额的14.0%。",
         [("NR101", "14.0%", "error"), ("NR101", "14.0%", "fail")]),
        # passes: the same with the right figures
        ("en", "Take-home grocery sales rose 4.1% to £33.84bn in the 12 weeks to July 14. Online sales reached "
               "£4.32bn, or 12.8% of total grocery spending.",
         [("NR101", "12.8%", "pass")]),
        ("zh", "前三季度，全市出口总额7200亿元。其中，机电产品出口750亿元，占出口总额的10.4%。",
         [("NR101", "10.4%", "pass")]),
        # the whole is the group the part is drawn from ("…中", "trong số", "out of")
        ("zh", "今年上半年，在312家上市公司中，有260家实现盈利，占比逾八成。", [("NR101", "逾八成", "pass")]),
        ("zh", "今年上半年，在312家上市公司中，有210家实现盈利，占比逾八成。",
         [("NR101", "逾八成", "error"), ("NR101", "逾八成", "fail")]),
        ("vi", "Trong 312 doanh nghiệp được khảo sát, có 250 doanh nghiệp có lãi, chiếm 80,1%.",
         [("NR101", "80,1%", "pass")]),
        ("en", "Out of 312 companies, 250 companies made a profit, accounting for 80.1%.",
         [("NR101", "80.1%", "pass")]),
        # no words name the whole: the nearest larger figure that the part's words describe more narrowly
        ("zh", "当日市场成交额5200亿元。今年以来共有200只基金实施分红，累计分红1003亿元。"
               "债券型基金共分红852亿元，占比84.9%。",
         [("NR101", "84.9%", "pass")]),
        ("en", "Market turnover reached $5.2bn. Funds paid dividends totalling $1.03bn this year. Bond funds paid "
               "dividends of $852m, accounting for 82.7%.", [("NR101", "82.7%", "pass")]),
        # a weakly designated reading whose rounding lets anything fit is no check
        ("vi", "Điểm trung bình ở mức 5,6. Môn Văn tốt hơn hai môn còn lại. Có 90% thí sinh đạt trên 5 điểm.", []),
    ],
)
def test_share_checks(lang: str, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert judged(text, lang) == sorted(expected)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two equally named totals, one of which makes the share right: no accusation
        ("vi", "Tổng vốn đầu tư nước ngoài đạt 20,52 tỷ USD. Trong đó, vốn đăng ký cấp mới đạt tổng vốn 11,43 tỷ "
               "USD. Singapore dẫn đầu với 5,88 tỷ USD, chiếm 28,7% tổng vốn."),
        # parallel shares bound to their own figures by "respectively"
        ("zh", "全国光伏新增装机10200万千瓦。华北、西北地区光伏新增装机分别为2615万千瓦和1872万千瓦，分别占全国光伏新增"
               "装机的25.6%和18.4%。"),
        # a balance is no part of the trade it is the difference of
        ("zh", "前三季度进出口31.62万亿元。其中，出口17.85万亿元，进口13.77万亿元，贸易顺差4.08万亿元。"),
    ],
)
def test_no_false_alarm_when_a_reading_fits(lang: str, text: str) -> None:
    assert not [j for j in judged(text, lang) if j[2] == "error"]
