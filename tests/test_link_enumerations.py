"""Announced counts inferred from raw text (validator/link/enumerations.py) and judged by CS203.

Short texts written for the test: the number of items the linker reads after a count ("ba nhóm giải pháp",
"以下三点", "three factors") in every list shape — ordinal markers, "一是…二是…", "Thứ nhất…", "First,…
Second,…", inline lists, one item a paragraph — and what the rule says. A count that is a breakdown of
counts, a length of time or a section number announces nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.document import document_from_text
from validator.engine import Options, check
from validator.extract.claims import extract_document
from validator.link import infer_relations
from validator.model import EnumerationRelation


def listed(text: str, lang: str) -> list[tuple[str, int, str]]:
    """(count as written, items listed, confidence) for each enumeration."""
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    by_id = {c.id: c.text for c in claims}
    return [(by_id[r.count], len(r.items), r.confidence)
            for r in infer_relations(doc, claims) if isinstance(r, EnumerationRelation)]


def severities(text: str, lang: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], Options(language=lang))
    return [f.severity.value for f in report.findings if f.rule == "CS203"]


CASES = [
    # --- zh ---
    pytest.param("zh", "下一步将从三个方面持续扩大消费：一是推进以旧换新；二是培育服务消费；"
                 "三是优化消费环境；四是办好系列活动。",
                 [("三个", 4, "cued")], ["error"], id="zh_yi_shi_four_for_three"),
    pytest.param("zh", "下一步将从三个方面持续扩大消费：一是推进以旧换新；二是培育服务消费；三是优化消费环境。",
                 [("三个", 3, "cued")], [], id="zh_yi_shi_three_for_three"),
    pytest.param("zh", "“要抓好两件事。”局长表示，一是把流量转化为消费；二是提升服务品质；三是带动全民健身。",
                 [("两件", 3, "cued")], ["error"], id="zh_ordinals_right_after_the_count"),
    pytest.param("zh", "行业面临两方面挑战：一方面产能过剩；另一方面合规成本上升。\n"
                 "专家建议，从三个方面发力：一是加强技术攻关；"
                 "二是推动标准落地；三是完善回收体系。",
                 [("三个", 3, "cued")], [], id="zh_a_later_count_owns_the_markers"),
    pytest.param("zh", "9、美债收益率集体收涨，2年期美债收益率涨2.9个基点，3年期美债收益率涨3.1个基点。",
                 [], [], id="zh_years_and_basis_points_announce_nothing"),
    pytest.param("zh", "1、美国三大股指全线收涨，道指涨0.55%，标普500指数涨1.01%，纳指涨1.13%。",
                 [], [], id="zh_a_list_label_is_no_item"),
    pytest.param("zh", "工厂涉及搬迁的4条生产线已经停产。", [], [],
                 id="zh_a_word_holding_a_conjunction_splits_nothing"),
    pytest.param("zh", "公司采用直营代理、代理制和总代理3种市场模式。", [("3种", 3, "cued")], [],
                 id="zh_a_list_before_its_count"),
    # --- vi ---
    pytest.param("vi", "Tỉnh đề ra bốn nhóm nhiệm vụ trọng tâm: một là, hoàn thiện hạ tầng; hai là, "
                 "thu hút đầu tư; ba là, "
                 "đào tạo nhân lực.\n\nTỉnh cũng chú trọng cải cách hành chính.",
                 [("bốn", 3, "cued")], ["error"], id="vi_mot_la_three_for_four"),
    pytest.param("vi", "Bộ đưa ra ba nhóm giải pháp.\n\nThứ nhất, tăng thu ngân sách.\n\nThứ hai, tiết kiệm chi.\n\n"
                 "Thứ ba, đẩy nhanh giải ngân.",
                 [("ba", 3, "cued")], [], id="vi_thu_nhat_one_item_a_paragraph"),
    pytest.param("vi", "Hạ tầng sạc gặp hai khó khăn lớn. Một là, tiêu chuẩn chưa hoàn thiện. "
                 "Hai là, thủ tục kéo dài.\n"
                 "Theo quyết định, thứ ba là lộ trình chuyển đổi.",
                 [("hai", 2, "cued")], [], id="vi_a_marker_two_paragraphs_on_is_not_an_item"),
    pytest.param("vi", "So với khóa trước, Chính phủ giảm được 8 đầu mối: giảm 4 bộ, cơ quan ngang bộ; 4 cơ quan thuộc "
                 "Chính phủ.",
                 [], [], id="vi_counts_adding_up_are_a_breakdown"),
    # --- en ---
    pytest.param("en", "Growth was concentrated in three industries: construction (+28,400), accommodation (+19,700), "
                 "wholesale and retail trade (+15,200), and human health (+12,900).",
                 [("three", 4, "cued")], ["error"], id="en_inline_list_with_and_inside_items"),
    pytest.param("en", "The council set out four priorities for the year: building 1,200 homes, "
                 "repairing 40,000 potholes "
                 "and extending free bus travel.",
                 [("four", 3, "cued")], ["error"], id="en_inline_list_three_for_four"),
    pytest.param("en", "The industry faces three main obstacles: slow grid connections, lengthy permitting, and a "
                 "patchwork of payment systems.",
                 [("three", 3, "cued")], [], id="en_oxford_comma_three_for_three"),
    pytest.param("en", "Analysts cite three factors. First, demand is weak. Second, costs are rising. Third, the "
                 "currency is strong. Finally, rates remain high.",
                 [("three factors", 4, "cued")], ["error"], id="en_first_second_finally"),
    # --- bulleted and numbered items, every language ---
    pytest.param("en", "Officials give two reasons:\n\n- First, rents have doubled.\n- Second, wages are flat.\n"
                 "- Third, transport is scarce.",
                 [("two", 3, "cued")], ["error"], id="en_bulleted_first_second_third"),
    pytest.param("en", "Officials give three reasons:\n\n- First, rents have doubled.\n- Second, wages are flat.\n"
                 "- Third, transport is scarce.",
                 [("three", 3, "cued")], [], id="en_bulleted_three_for_three"),
    pytest.param("en", "The plan has three steps:\n(1) survey the sites;\n(2) clear the land.",
                 [("three", 2, "plausible")], [], id="en_numbered_two_for_three_not_closed"),
    pytest.param("vi", "Đề án nêu hai nhóm giải pháp:\n(1) Mở rộng mạng lưới trạm;\n(2) Đào tạo kỹ sư;\n"
                 "(3) Hỗ trợ vốn vay.",
                 [("hai", 3, "cued")], ["error"], id="vi_numbered_three_for_two"),
    pytest.param("vi", "Đề án nêu hai nhóm giải pháp:\n(1) Mở rộng mạng lưới trạm;\n(2) Đào tạo kỹ sư.",
                 [("hai", 2, "cued")], [], id="vi_numbered_two_for_two"),
    pytest.param("zh", "方案提出三项措施：\n（1）扩建充电网络；\n（2）培养技术人才；\n（3）提供贷款支持；\n"
                 "（4）简化审批流程。",
                 [("三项", 4, "cued")], ["error"], id="zh_numbered_four_for_three"),
    pytest.param("zh", "方案提出三项措施：\n- 一是扩建充电网络；\n- 二是培养技术人才；\n- 三是提供贷款支持。",
                 [("三项", 3, "cued")], [], id="zh_bulleted_yi_shi_three_for_three"),
    pytest.param("en", "The 3 (1) clause stays in force; the 2 (2) clause lapses.", [], [],
                 id="en_a_number_inside_a_line_is_no_item"),
    # a clause about the last item ends the list: its words are no item (`inline_list.trailer`)
    pytest.param("en", "Brokers cite two causes: dearer steel, longer repairs and a shortage of painters, which is "
                 "raising labour costs.", [("two", 3, "cued")], ["error"], id="en_trailer_three_for_two"),
    pytest.param("en", "Brokers cite three causes: dearer steel, longer repairs and a shortage of painters, which is "
                 "raising labour costs.", [("three", 3, "cued")], [], id="en_trailer_three_for_three"),
    pytest.param("vi", "Doanh nghiệp nêu hai nguyên nhân: giá thép tăng, thời gian sửa chữa kéo dài và thiếu thợ sơn, "
                 "vốn đang đẩy chi phí nhân công lên cao.", [("hai", 3, "cued")], ["error"],
                 id="vi_trailer_three_for_two"),
    pytest.param("vi", "Doanh nghiệp nêu ba nguyên nhân: giá thép tăng, thời gian sửa chữa kéo dài và thiếu thợ sơn, "
                 "vốn đang đẩy chi phí nhân công lên cao.", [("ba", 3, "cued")], [],
                 id="vi_trailer_three_for_three"),
]


@pytest.mark.parametrize(("lang", "text", "expected", "expected_severities"), CASES)
def test_enumeration_items_and_findings(lang: str, text: str, expected: list[tuple[str, int, str]],
                                        expected_severities: list[str], tmp_path: Path) -> None:
    assert listed(text, lang) == expected
    assert severities(text, lang, tmp_path) == expected_severities


@pytest.mark.parametrize("lang, text, count", [
    # a label count ("三大指数", "the five major ports", "Năm nhóm hàng") before a list another count announces,
    # whatever unit that count's number took ("两点" read as index points): the list is the later count's
    ("zh", "三大指数全线上涨，成交额1.2万亿元。\n\n下周关注以下两点：一是美联储议息，二是出口数据。", "三大"),
    ("en", "The five major ports handled 3.2 million containers.\n\nWatch the following two points: first, rates; "
           "second, the yuan.", "five"),
    ("vi", "Năm nhóm hàng chính đạt 12 tỷ USD.\n\nCần lưu ý hai điểm sau: thứ nhất, lãi suất; thứ hai, tỷ giá.",
     "Năm"),
])
def test_label_count_before_another_announced_list(lang: str, text: str, count: str) -> None:
    assert [x for x in listed(text, lang) if x[0] == count] == []


def test_label_count_alone_still_read() -> None:
    read = listed("后市关注五大因素：一是美联储议息，二是出口数据，三是库存。", "zh")
    assert [x[1] for x in read if x[0] == "五大"] == [3]


# an inline list read within its whole sentence: dots of abbreviations and decimals inside it ("U.S.", "93.4"),
# items between semicolons holding commas of their own; a semicolon after a list of commas still ends it
SENTENCE_LISTS = [
    pytest.param("en", "Brokers cited three drivers of the firmer U.S. pricing: heavy losses, dearer rebuilding after "
                 "two years of construction inflation, tighter terms, and steady demand from Florida insurers.",
                 [("three", 4, "cued")], ["error"], id="en_abbreviation_dot_four_for_three"),
    pytest.param("en", "Brokers cited three drivers of the firmer U.S. pricing: heavy losses, dearer rebuilding after "
                 "two years of construction inflation, and steady demand from Florida insurers.",
                 [("three", 3, "cued")], [], id="en_abbreviation_dot_three_for_three"),
    pytest.param("en", "Managers point to three pressures: 40 days of strikes; bed occupancy of 93.4 per cent, well "
                 "above the safe level; patients who are fit to leave but stay; and 26,000 vacant posts.",
                 [("three", 4, "cued")], ["error"], id="en_semicolon_items_four_for_three"),
    pytest.param("en", "Managers point to four pressures: 40 days of strikes; bed occupancy of 93.4 per cent, well "
                 "above the safe level; patients who are fit to leave but stay; and 26,000 vacant posts.",
                 [("four", 4, "cued")], [], id="en_semicolon_items_four_for_four"),
    pytest.param("vi", "Ba nhóm giảm giá gồm: giao thông; bưu chính, viễn thông; văn hóa, giải trí và du lịch; "
                 "hàng ăn và dịch vụ ăn uống.", [("Ba", 4, "cued")], ["error"], id="vi_semicolon_items_four_for_three"),
    pytest.param("vi", "Bốn nhóm giảm giá gồm: giao thông; bưu chính, viễn thông; văn hóa, giải trí và du lịch; "
                 "hàng ăn và dịch vụ ăn uống.", [("Bốn", 4, "cued")], [], id="vi_semicolon_items_four_for_four"),
    pytest.param("vi", "Doanh nghiệp nêu ba nguyên nhân: giá thép tăng 2,5%, sửa chữa kéo dài và thiếu thợ; giới phân "
                 "tích cho rằng chi phí sẽ còn tăng.", [("ba", 3, "cued")], [], id="vi_semicolon_after_comma_list"),
]


@pytest.mark.parametrize(("lang", "text", "expected", "expected_severities"), SENTENCE_LISTS)
def test_lists_within_their_sentence(lang: str, text: str, expected: list[tuple[str, int, str]],
                                     expected_severities: list[str], tmp_path: Path) -> None:
    assert listed(text, lang) == expected
    assert severities(text, lang, tmp_path) == expected_severities


@pytest.mark.parametrize(("lang", "text", "expected", "expected_severities"), [
    # a count that is one tally of a list of tallies ("线路6条、民宿132家") announces nothing, whatever list follows;
    # the count that does announce it is read
    pytest.param("zh", "全县建成茶旅线路6条、茶主题民宿132家。\n\n县里重点做好“三篇文章”：一是做优茶叶；二是做活竹笋；"
                 "三是做强蔬菜。", [("三篇", 3, "cued")], [], id="zh_tally_announces_nothing"),
    pytest.param("zh", "全县建成茶旅线路6条、茶主题民宿132家。\n\n县里重点做好“三篇文章”：一是做优茶叶；二是做活竹笋；"
                 "三是做强蔬菜；四是做特药材。", [("三篇", 4, "cued")], ["error"], id="zh_announced_count_wrong"),
    pytest.param("vi", "Kế hoạch đặt ra 6 mục tiêu, 12 nhóm giải pháp và 30 dự án.\n\nThứ nhất, phát triển chè. Thứ "
                 "hai, phát triển măng. Thứ ba, phát triển rau.", [], [], id="vi_tally_announces_nothing"),
    pytest.param("en", "The plan sets 6 goals, 12 measures and 30 projects.\n\nFirst, it will grow tea. Second, it "
                 "will grow bamboo. Third, it will grow vegetables.", [], [], id="en_tally_announces_nothing"),
    pytest.param("en", "The plan sets 6 goals: first, it will grow tea; second, it will grow bamboo; third, it will "
                 "grow vegetables.", [("6", 3, "cued")], ["error"], id="en_announced_count_still_read"),
])
def test_a_tally_announces_no_list(lang: str, text: str, expected: list[tuple[str, int, str]],
                                   expected_severities: list[str], tmp_path: Path) -> None:
    assert listed(text, lang) == expected
    assert severities(text, lang, tmp_path) == expected_severities
