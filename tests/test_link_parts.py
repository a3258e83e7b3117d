"""Parts of a whole inferred from raw text (validator/link.py, Linker.parts) and judged by NR105.

Each case is a sentence or two written for this test: the relation the linker must find (whole, parts as
written, complete, confidence) and what the rule then says. A breakdown that is not clearly designated
must never become an error.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.document import document_from_text
from validator.engine import Options, check
from validator.extract.claims import extract_document
from validator.link import infer_relations
from validator.model import PartsRelation

Found = tuple[str, list[str], bool, str]


def parts_found(text: str, lang: str) -> list[Found]:
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    by_id = {c.id: c.text for c in claims}
    return [(by_id[r.whole], [by_id[p] for p in r.parts], r.complete, r.confidence)
            for r in infer_relations(doc, claims) if isinstance(r, PartsRelation)]


def judged(text: str, lang: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    """(statuses of the NR105 checks, severities of the NR105 findings)."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], Options(language=lang))
    return ([c.status for c in report.checks if c.rule == "NR105"],
            [f.severity.value for f in report.findings if f.rule == "NR105"])


CASES = [
    # --- en ---
    pytest.param(
        "en", "Shipments totalled 61,250 vehicles in March. Of these, 28,410 went to Europe, 19,730 to Latin "
        "America and 15,960 to Asia.",
        [("61,250 vehicles", ["28,410", "19,730", "15,960"], False, "cued")], ["fail"], ["error"],
        id="en_of_these_bare_parts_exceed"),
    pytest.param(
        "en", "Deliveries reached 83,412 cars, of which 47,905 were battery-electric and 31,227 plug-in hybrids.",
        [("83,412 cars", ["47,905", "31,227 plug-in hybrids"], False, "cued")], ["pass"], [],
        id="en_of_which_within"),
    pytest.param(
        "en", "Output of 52,318 units was broken down into 30,114 sedans and 17,892 SUVs.",
        [("52,318 units", ["30,114", "17,892"], True, "cued")], ["fail"], ["error"],
        id="en_broken_down_into_is_complete_and_short"),
    pytest.param(
        "en", "The group sold 52,318 vehicles, including 30,114 in China; the rest, 22,204, went abroad.",
        [("52,318 vehicles", ["30,114", "22,204"], True, "cued")], ["pass"], [],
        id="en_the_rest_completes_the_list"),
    pytest.param(
        "en", "Exports reached 61,250 vehicles in March. Battery-electric models accounted for 28,410 of the "
        "vehicles shipped and hybrids for 35,120.",
        [("61,250 vehicles", ["28,410", "35,120"], False, "cued")], ["fail"], ["error"],
        id="en_partitive_of_the_vehicles_shipped"),
    pytest.param(
        "en", "In the first half, 1.24 million of the 3.41 million cars sold were electric.",
        [("3.41 million cars", ["1.24 million"], False, "cued")], ["pass"], [],
        id="en_partitive_names_its_whole"),
    pytest.param(
        "en", "Exports rose to 61,250 units, up from 48,700 units a year earlier. Of these, 40,100 went to Europe "
        "and 15,200 to Asia.",
        [("61,250 units", ["40,100", "15,200"], False, "cued")], ["pass"], [],
        id="en_the_base_a_year_earlier_is_not_the_whole"),
    pytest.param(
        "en", "Exports rose to 61,250 units, while imports fell to 18,430 units. Of these, 12,870 came from Japan "
        "and 7,020 from Korea.",
        [("18,430 units", ["12,870", "7,020"], False, "plausible")], ["unverifiable"], [],
        id="en_two_candidate_wholes_is_only_plausible"),
    pytest.param(
        "en", "Exports reached 61,250 vehicles in March. Battery-electric models accounted for 28,410 of the "
        "vehicles shipped, while BYD alone exported 35,120.",
        [("61,250 vehicles", ["28,410"], False, "cued")], ["pass"], [],
        id="en_partitive_list_takes_only_figures_in_the_same_role"),
    # --- vi ---
    pytest.param(
        "vi", "Tháng 3, thị trường tiêu thụ 28.615 xe. Trong đó, xe du lịch đạt 21.340 chiếc; xe thương mại đạt "
        "6.902 chiếc và xe chuyên dụng 373 chiếc.",
        [("28.615 xe", ["21.340 chiếc", "6.902 chiếc", "373 chiếc"], False, "cued")], ["pass"], [],
        id="vi_trong_do_list_goes_on_after_a_semicolon"),
    pytest.param(
        "vi", "Tháng 3, các hãng bán ra 28.615 xe, tăng 6,2% so với tháng 2 (26.945 xe). Trong đó, xe du lịch đạt "
        "22.140 chiếc, xe thương mại 7.015 chiếc.",
        [("28.615 xe", ["22.140 chiếc", "7.015 chiếc"], False, "cued")], ["fail"], ["error"],
        id="vi_trong_do_parts_exceed_skipping_the_so_voi_base"),
    pytest.param(
        "vi", "Doanh số quý I đạt 28.615 xe, gồm 21.340 xe du lịch và 6.902 xe thương mại.",
        [("28.615 xe", ["21.340 xe du lịch", "6.902 xe"], True, "cued")], ["fail"], ["error"],
        id="vi_gom_is_complete_and_short"),
    pytest.param(
        "vi", "Hãng bàn giao 9.418 xe trong quý, trong đó xe điện đạt 6.275 chiếc, còn lại là xe xăng với "
        "3.143 chiếc.",
        [("9.418 xe", ["6.275 chiếc", "3.143 chiếc"], True, "cued")], ["pass"], [],
        id="vi_con_lai_completes_the_list"),
    pytest.param(
        "vi", "Nhóm 10 mẫu bán chạy nhất đạt 15.371 chiếc. Riêng 5 mẫu dẫn đầu gồm Vios, Xpander, Ranger, Creta "
        "và Seltos đạt 9.264 chiếc.",
        [], [], [],
        id="vi_gom_listing_names_after_a_count_is_no_breakdown"),
    # --- zh ---
    pytest.param(
        "zh", "1—6月，全省汽车出口38.6万辆。其中，新能源汽车出口17.9万辆，传统燃油汽车出口22.3万辆。",
        [("38.6万辆", ["17.9万辆", "22.3万辆"], False, "cued")], ["fail"], ["error"],
        id="zh_qizhong_parts_exceed"),
    pytest.param(
        "zh", "上半年，全省汽车产量96.4万辆，同比增长12.7%，上年同期为85.5万辆。其中，新能源汽车产量41.2万辆。",
        [("96.4万辆", ["41.2万辆"], False, "cued")], ["pass"], [],
        id="zh_qizhong_skips_the_last_year_base"),
    pytest.param(
        "zh", "1—6月，汽车产销分别完成1562.1万辆和1565.3万辆。其中，新能源汽车产销分别完成696.8万辆和694.4万辆。",
        [("1562.1万辆", ["696.8万辆"], False, "cued"), ("1565.3万辆", ["694.4万辆"], False, "cued")],
        ["pass", "pass"], [],
        id="zh_fenbie_pairs_wholes_and_parts_in_order"),
    pytest.param(
        "zh", "比亚迪9月销量41.9万辆，其中海外销量7.1万辆；吉利销量37.3万辆。",
        [("41.9万辆", ["7.1万辆"], False, "cued")], ["pass"], [],
        id="zh_after_a_semicolon_a_new_statement_is_no_part"),
    pytest.param(
        "zh", "全年汽车销量3143.6万辆，其中乘用车销量2756.3万辆，其余为商用车387.3万辆。",
        [("3143.6万辆", ["2756.3万辆", "387.3万辆"], True, "cued")], ["pass"], [],
        id="zh_qiyu_completes_the_list"),
    pytest.param(
        "zh", "前三季度，我国汽车出口495.0万辆。其中，对俄罗斯、墨西哥、阿联酋出口分别为80.6万辆、41.2万辆和30.5万辆。",
        [("495.0万辆", ["80.6万辆", "41.2万辆", "30.5万辆"], False, "cued")], ["pass"], [],
        id="zh_fenbiewei_names_some_markets_not_all"),
    pytest.param(
        "zh", "全国充电桩总数达到1286.5万个，是2021年底261.7万个的近5倍。"
        "其中，公共充电桩358.4万个，私人充电桩928.1万个。",
        [("1286.5万个", ["358.4万个", "928.1万个"], False, "cued")], ["pass"], [],
        id="zh_the_base_of_a_multiple_is_not_the_whole"),
]


@pytest.mark.parametrize(("lang", "text", "relations", "statuses", "severities"), CASES)
def test_parts_relation_and_outcome(lang: str, text: str, relations: list[Found], statuses: list[str],
                                    severities: list[str], tmp_path: Path) -> None:
    assert parts_found(text, lang) == relations
    assert judged(text, lang, tmp_path) == (statuses, severities)


def test_a_bare_part_takes_the_unit_of_its_whole() -> None:
    doc = document_from_text("Shipments totalled 61,250 vehicles. Of these, 28,410 went to Europe.", language="en")
    claims = extract_document(doc)
    infer_relations(doc, claims)
    part = next(c for c in claims if c.text == "28,410")
    assert (part.unit, part.note) == ("vehicle", "unit read from the whole it is part of (61,250 vehicles)")


def test_a_small_bare_count_is_not_a_part() -> None:
    text = "The group sold 1.24 million vehicles. Of these, 12 brands shipped 712,300 abroad."
    assert parts_found(text, "en") == [("1.24 million vehicles", ["712,300"], False, "cued")]


def test_a_change_or_a_running_total_after_the_cue_is_not_a_part() -> None:
    vi = ("Tháng 10 đạt 41.726 xe, trong đó xe du lịch tăng 3.150 chiếc, xe thương mại đạt 9.786 chiếc, nâng tổng "
          "lũy kế lên 297.480 xe.")
    assert parts_found(vi, "vi") == [("41.726 xe", ["9.786 chiếc"], False, "cued")]


@pytest.mark.parametrize(
    ("text", "lang", "whole"),
    [
        ("BYD exported 524,000 vehicles last year. Of these, 158,300 went to Europe and 96,800 went to Asia.", "en",
         "524,000 vehicles"),
        ("Năm ngoái, hãng bán ra 41.726 xe năm ngoái, trong đó xe du lịch 31.504 chiếc.", "vi", "41.726 xe"),
        ("比亚迪去年出口52.4万辆，其中欧洲15.8万辆。", "zh", "52.4万辆"),
    ],
)
def test_last_year_alone_names_a_current_figure_not_a_base(text: str, lang: str, whole: str) -> None:
    # The lexicons' comparison roles `prior` ("last year", "năm ngoái", "去年": a clause naming last year's
    # figure) and `base` (marks a comparison base) stay apart: with "last year" as a base marker, the total
    # sold last year would be skipped as a base and its breakdown lost.
    assert [found[0] for found in parts_found(text, lang)] == [whole]
