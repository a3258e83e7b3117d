"""Which figures a change, a multiple or a share is measured against, read from raw text."""

from __future__ import annotations

import pytest

from validator.document import document_from_text
from validator.extract import extract_document
from validator.link import infer_relations
from validator.model import ChangeRelation, MultipleRelation, Relation, ShareRelation


def relations(text: str, lang: str) -> tuple[dict[str, str], list[Relation]]:
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    return {c.id: c.text for c in claims}, infer_relations(doc, claims)


def named(texts: dict[str, str], rel: Relation, *fields: str) -> tuple[str | None, ...]:
    return tuple(texts.get(getattr(rel, f)) if getattr(rel, f) else None for f in fields)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the base written right after the change, with a comparison word or in parentheses
        ("Hãng bán 52.300 xe trong tháng 5, tăng 8,2% so với tháng 4 (48.336 xe).", "vi",
         ("52.300 xe", "48.336 xe")),
        ("The group delivered 2.1 million cars, up 12.5% from 1.87 million.", "en",
         ("2.1 million cars", "1.87 million")),
        # zh: the base between the current figure and the change ("比…的B增长")
        ("今年出口汽车310万辆，比上年同期的250万辆增长24%。", "zh", ("310万辆", "250万辆")),
        # the same figure a year back, stated in the same sentence
        ("前三季度新能源汽车出口175.8万辆，同比增长76.5%，上年同期为99.6万辆。", "zh", ("175.8万辆", "99.6万辆")),
    ],
)
def test_change_takes_the_stated_base(text: str, lang: str, expected: tuple[str, str]) -> None:
    texts, rels = relations(text, lang)
    (change,) = [r for r in rels if isinstance(r, ChangeRelation)]
    assert named(texts, change, "current", "base") == expected
    assert change.confidence == "cued"


def test_a_base_across_a_comma_belongs_to_the_next_clause() -> None:
    # "同比增长54.5%，是2022年底521万个的近5倍": 521万 is the multiple's base, not the change's
    texts, rels = relations("截至9月底，充电设施总数达到1806.3万个，同比增长54.5%，是2022年底521万个的近5倍。", "zh")
    change = next(r for r in rels if isinstance(r, ChangeRelation))
    assert change.base is None
    multiple = next(r for r in rels if isinstance(r, MultipleRelation))
    assert named(texts, multiple, "current", "base") == ("1806.3万个", "521万个")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Capacity reached 398 GWh, nearly three times the 137 GWh of 2022.", "en", ("398 GWh", "137 GWh")),
        ("Trong 9 tháng, dòng xe này bán được 14.860 chiếc, gấp 2,4 lần cùng kỳ năm ngoái (6.190 chiếc).", "vi",
         ("14.860 chiếc", "6.190 chiếc")),
    ],
)
def test_multiple_takes_the_stated_base(text: str, lang: str, expected: tuple[str, str]) -> None:
    texts, rels = relations(text, lang)
    (multiple,) = [r for r in rels if isinstance(r, MultipleRelation)]
    assert named(texts, multiple, "current", "base") == expected


def test_breakdown_cue_names_the_whole_and_skips_the_compared_figure() -> None:
    text = ("Các thành viên bán ra 41.726 xe trong tháng 10, tăng 12,4% so với tháng 9 (37.123 xe). "
            "Trong đó, xe du lịch đạt 31.504 chiếc, chiếm 75,5% tổng lượng bán.")
    texts, rels = relations(text, "vi")
    (share,) = [r for r in rels if isinstance(r, ShareRelation)]
    assert named(texts, share, "part", "whole") == ("31.504 chiếc", "41.726 xe")
    assert share.confidence == "cued"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Penetration rose to 53.3% from 46.0% a year earlier, an increase of 7.3 percentage points.",
         ("53.3%", "46.0%")),
        ("Sales fell to 1.2 million from 1.5 million, down 20%.", ("1.2 million", "1.5 million")),
    ],
)
def test_to_b_from_a_pairs_the_base_after(text: str, expected: tuple[str, str]) -> None:
    texts, rels = relations(text, "en")
    (change,) = [r for r in rels if isinstance(r, ChangeRelation)]
    assert named(texts, change, "current", "base") == expected


def test_breakdown_opening_a_paragraph_takes_the_previous_paragraphs_figure_as_plausible() -> None:
    text = ("今年上半年，全省汽车产量达到168.4万辆，同比增长36.8%，上年同期为123.1万辆。\n\n"
            "其中，新能源汽车产量79.6万辆，占全省汽车产量的47.3%。")
    texts, rels = relations(text, "zh")
    (share,) = [r for r in rels if isinstance(r, ShareRelation)]
    assert named(texts, share, "part", "whole") == ("79.6万辆", "168.4万辆")
    assert share.confidence == "plausible"  # a miss-pairing may not become an error


def test_breakdown_in_the_same_sentence_without_unit_words() -> None:
    text = "Mạng lưới hiện có 162.400 cổng sạc, trong đó cổng sạc nhanh là 38.900 cổng, chiếm 24%."
    texts, rels = relations(text, "vi")
    (share,) = [r for r in rels if isinstance(r, ShareRelation)]
    assert named(texts, share, "part", "whole") == ("38.900", "162.400")


def test_a_bare_base_takes_the_unit_of_the_figure_it_is_compared_with() -> None:
    doc = document_from_text("Retail car sales reached 19.41 million units, up 8.2% year-on-year from 17.94 million.",
                             language="en")
    claims = extract_document(doc)
    (change,) = [r for r in infer_relations(doc, claims) if isinstance(r, ChangeRelation)]
    base = next(c for c in claims if c.id == change.base)
    assert (base.text, base.unit) == ("17.94 million", "vehicle")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Its total sales fell 5.5% to 396,270 in September.", "en", "396,270"),
        ("Doanh số tháng 9 tăng 5% lên 30.000 xe.", "vi", "30.000 xe"),
    ],
)
def test_the_current_figure_after_to(text: str, lang: str, expected: str) -> None:
    texts, rels = relations(text, lang)
    (change,) = [r for r in rels if isinstance(r, ChangeRelation)]
    assert texts[change.current] == expected
