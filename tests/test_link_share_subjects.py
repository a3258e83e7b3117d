"""Shares whose part or whole the sentence's structure names beyond its words: the subject given a standing ("ASEAN
remained the largest partner, accounting for …", "东盟继续保持第一大贸易伙伴地位，占…", "ASEAN tiếp tục là đối tác
lớn nhất, chiếm …") or quoted after a speaker; a figure in apposition to the share; a list of shares its sentence
announces as exhaustive ("gồm hai nhóm", "split into two groups", "分为两类"); a subtotal whose overall total is of
another metric (exports within trade)."""

from __future__ import annotations

import pytest

from validator.document import document_from_text
from validator.engine import Options, claimset_from_article, evaluate
from validator.model import Report


def outcomes(text: str, lang: str, rule: str) -> list[tuple[str, str]]:
    """(text, status or severity) of every check and finding of `rule`, checked in process."""
    doc = document_from_text(text, language=lang)
    report = Report()
    evaluate([claimset_from_article(doc)], [], Options(), report)
    out = [(c.text, c.status) for c in report.checks if c.rule == rule]
    out += [(f.text, f.severity.value) for f in report.findings if f.rule == rule]
    return sorted(out)


STANDING = {
    "zh": ("前三季度，全省外贸进出口总值1.46万亿元，同比增长6.3%。\n\n同期，全省对东盟进出口2615亿元，增长12.5%；"
           "对欧盟进出口1870亿元，增长4.7%。\n\n海关负责人分析说，东盟继续保持本省第一大贸易伙伴地位，占全省外贸总值的{}。"),
    "en": ("In the first nine months, the province's foreign trade reached $146.0 billion, up 6.3%.\n\n"
           "Trade with ASEAN came to $26.15 billion, up 12.5%, "
           "and trade with the EU to $18.70 billion, up 4.7%.\n\n"
           "A customs official said ASEAN remained the province's largest trading partner, "
           "accounting for {} of its foreign trade."),
    "vi": ("Chín tháng, kim ngạch xuất nhập khẩu của tỉnh đạt 146,0 tỷ USD, tăng 6,3%.\n\n"
           "Xuất nhập khẩu với ASEAN đạt 26,15 tỷ USD, tăng 12,5%; "
           "với EU đạt 18,70 tỷ USD, tăng 4,7%.\n\n"
           "Đại diện cơ quan hải quan cho biết, ASEAN tiếp tục là đối tác thương mại lớn nhất của tỉnh, "
           "chiếm {} tổng kim ngạch xuất nhập khẩu."),
}


@pytest.mark.parametrize("lang", ["zh", "en", "vi"])
@pytest.mark.parametrize("share, verdict", [("17.9%", "pass"), ("19.6%", "error")])
def test_a_subject_given_a_standing_names_the_part(lang: str, share: str, verdict: str) -> None:
    # the words after "继续保持", "remained", "tiếp tục là" say what the subject is; the part is the one figure of it
    share = share.replace(".", ",") if lang == "vi" else share
    got = outcomes(STANDING[lang].format(share), lang, "NR101")
    assert (share, verdict) in got


def findings(text: str, lang: str) -> list[tuple[str, str]]:
    """(text, severity) of every finding of the article."""
    doc = document_from_text(text, language=lang)
    report = Report()
    evaluate([claimset_from_article(doc)], [], Options(), report)
    return sorted((f.text, f.severity.value) for f in report.findings)


ANNOUNCED = {
    "vi": "Cơ cấu nhập khẩu chín tháng gồm hai nhóm: nhóm tư liệu sản xuất chiếm {} và nhóm hàng tiêu dùng chiếm 6,9%.",
    "en": "Imports in the nine months split into two groups: capital goods made up {} and consumer goods made up 6.9%.",
    "zh": "前三季度进口分为两类：生产资料占{}，消费品占6.9%。",
}


@pytest.mark.parametrize("lang", ["vi", "en", "zh"])
def test_a_list_its_sentence_announces_exhaustive_adds_up_to_100(lang: str) -> None:
    # "gồm hai nhóm", "split into two groups", "分为两类": the two shares are the whole, not two of several
    wrong, right = ("93,8%", "93,1%") if lang == "vi" else ("93.8%", "93.1%")
    assert any(s == "error" for _, s in findings(ANNOUNCED[lang].format(wrong), lang))
    assert not any(s in ("error", "warning") for _, s in findings(ANNOUNCED[lang].format(right), lang))


@pytest.mark.parametrize("lang, text", [
    ("vi", "Cơ cấu doanh nghiệp gồm 20 doanh nghiệp, nhóm lớn chiếm 93,8% và nhóm nhỏ chiếm 6,9%."),
    ("en", "The panel consisted of 20 firms; large firms made up 93.8% and small firms made up 6.9%."),
])
def test_an_announced_count_of_other_things_makes_no_exhaustive_list(lang: str, text: str) -> None:
    # a figure between the parts word and the shares ("gồm 20 doanh nghiệp"): the list is not announced as the whole
    assert not any(s == "error" for _, s in findings(text, lang))


@pytest.mark.parametrize("lang, text", [
    ("en", "The programme commits $2.40 billion.\n\nRoads and bridges will take 45% of the money, or $1.08 billion, "
           "and public transit 26%, or $624 million."),
    ("vi", "Chương trình có tổng vốn 2,40 tỷ USD.\n\nĐường và cầu chiếm 45% số vốn, tức 1,08 tỷ USD, còn giao thông "
           "công cộng chiếm 26%, tức 624 triệu USD."),
])
def test_a_figure_in_apposition_is_the_part_not_another_shares(lang: str, text: str) -> None:
    # "45% of the money, or $1.08 billion": never 624 million (transit's) against 1.08 billion
    assert not any(s == "error" for _, s in findings(text, lang))


@pytest.mark.parametrize("lang, text", [
    ("vi", "Mười tháng, tổng kim ngạch xuất, nhập khẩu đạt 735,8 tỷ USD. Xuất khẩu đạt 382,6 tỷ USD, nhập khẩu đạt "
           "353,2 tỷ USD.\n\nNhóm chế biến đạt 337,2 tỷ USD, chiếm {}; nhóm nông sản đạt 31,4 tỷ USD; nhóm thủy sản "
           "đạt 9,1 tỷ USD; nhóm khoáng sản đạt 4,9 tỷ USD."),
    ("en", "In ten months, imports and exports totalled $735.8 billion. Exports reached $382.6 billion and imports "
           "$353.2 billion.\n\nManufactured goods earned $337.2 billion, accounting for {}; farm goods $31.4 billion; "
           "seafood $9.1 billion; minerals $4.9 billion."),
])
@pytest.mark.parametrize("share, verdict", [("88.1%", "pass"), ("81.8%", "error")])
def test_the_overall_total_of_another_metric_is_no_rival_whole(lang: str, text: str, share: str, verdict: str) -> None:
    # the four groups add up to exports (382.6); exports and imports add up to trade (735.8), another thing
    share = share.replace(".", ",") if lang == "vi" else share
    assert (share, verdict) in outcomes(text.format(share), lang, "NR101")


@pytest.mark.parametrize("share, verdict", [("11.2%", "pass"), ("11.9%", "error")])
def test_zh_gexiang_names_the_total(share: str, verdict: str) -> None:
    # "各项贷款": all loans, the total; not the green loans or mortgages beside the part
    text = ("截至6月末，该行贷款总额7.36万亿元，较上年末增长4.2%。个人住房贷款余额1.92万亿元，占各项贷款的26.1%。\n\n"
            f"6月末，普惠型小微企业贷款余额8260亿元，占各项贷款的比重为{share}；绿色贷款余额9870亿元。")
    assert (share, verdict) in outcomes(text, "zh", "NR101")
