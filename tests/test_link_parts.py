"""Parts of a whole inferred from raw text (validator/link.py, Linker.parts) and judged by NR105.

Each case is a sentence or two written for this test: the relation the linker must find (whole, parts as
written, complete, confidence) and what the rule then says. A breakdown that is not clearly designated
must never become an error.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _judging import judged_by

from validator.document import document_from_text
from validator.extract.claims import extract_document
from validator.link import infer_relations
from validator.model import PartsRelation

Found = tuple[str, list[str], bool, str]


def parts_found(text: str, lang: str) -> list[Found]:
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    by_id = {c.id: c.text for c in claims}
    return [(by_id[r.whole] if r.whole else "100%", [by_id[p] for p in r.parts], r.complete, r.confidence)
            for r in infer_relations(doc, claims) if isinstance(r, PartsRelation)]


def judged(text: str, lang: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    """(statuses of the NR105 checks, severities of the NR105 findings)."""
    return judged_by(text, lang, tmp_path, "NR105")


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
        "zh", "今年以来有37家上市公司收到督促函，其中某公司收到的督促函最多，目前为3份。",
        [], [], [], id="zh_a_count_in_another_classifier_is_no_part"),
    pytest.param(
        "zh", "负责制订标准的专业技术委员会达900多个，而中国仅参与其中不足10个。",
        [("900多个", ["不足10个"], False, "cued")], ["pass"], [], id="zh_same_classifier_after_an_approximation"),
    pytest.param(
        "zh", "全国充电桩总数达到1286.5万个，是2021年底261.7万个的近5倍。"
        "其中，公共充电桩358.4万个，私人充电桩928.1万个。",
        [("1286.5万个", ["358.4万个", "928.1万个"], False, "cued")], ["pass"], [],
        id="zh_the_base_of_a_multiple_is_not_the_whole"),
]


SHARE_CASES = [
    # --- shares of one whole (no whole figure: they add up to at most 100%) ---
    pytest.param(
        "zh", "从动力类型看，传统燃油车占68.4%，纯电动汽车占21.7%，插电式混合动力汽车占12.1%。",
        [("100%", ["68.4%", "21.7%", "12.1%"], False, "cued")], ["fail"], ["error"], id="zh_three_shares_over_100"),
    pytest.param(
        "zh", "从动力类型看，传统燃油车占66.2%，纯电动汽车占21.7%，插电式混合动力汽车占12.1%。",
        [("100%", ["66.2%", "21.7%", "12.1%"], False, "cued")], ["pass"], [], id="zh_three_shares_within_100"),
    pytest.param(
        "zh", "东、中、西部地区快递业务量比重分别为75.1%、16.9%和8.0%，中西部地区占比合计约为25%。",
        [("25%", ["16.9%", "8.0%"], True, "cued")], ["pass"], [], id="zh_together_sums_the_last_few"),
    pytest.param(
        "zh", "江苏省居第一位，占全国比重为22.1%;其后依次为浙江、山东，"
        "分别占全国比重为19.44%、16.55%，合计占全国比重为58.09%。",
        [("58.09%", ["22.1%", "19.44%", "16.55%"], True, "cued")], ["pass"], [],
        id="zh_together_reaches_back_to_the_list_opener"),
    pytest.param(
        "zh", "出口日本的空调、冰箱分别占家电出口比重为13%、16%，对日出口占其国内消费的比重分别为56%、63%与44%。",
        [], [], [], id="zh_two_lists_after_two_share_words_are_two_wholes"),
    pytest.param(
        "vi", "Xét tuyển bằng điểm thi chiếm 46,8% tổng số nguyện vọng, xét học bạ chiếm 38,5%, xét đánh giá năng lực "
        "chiếm 11,2%, các phương thức khác chiếm 5,1%.",
        [("100%", ["46,8%", "38,5%", "11,2%", "5,1%"], False, "cued")], ["fail"], ["error"],
        id="vi_four_shares_over_100"),
    pytest.param(
        "vi", "Khu vực dịch vụ chiếm 61,4% lao động, khu vực công nghiệp chiếm 24,9%. Nông nghiệp chiếm phần còn lại "
        "là 14,6%.",
        [("100%", ["61,4%", "24,9%", "14,6%"], True, "cued")], ["fail"], ["error"], id="vi_con_lai_closes_the_shares"),
    pytest.param(
        "vi", "Hai tỉnh lần lượt chiếm 38,8% và 25,7% sản lượng cả nước. Cộng lại, hai tỉnh chiếm hơn 60% sản lượng.",
        [("hơn 60%", ["38,8%", "25,7%"], True, "cued")], ["pass"], [], id="vi_cong_lai_over_60_holds"),
    pytest.param(
        "en", "Services employed 3,170,600 people, or 61.4% of all employed persons, and industry 1,285,800 (24.9%). "
        "Agriculture accounted for the remaining 14.6%.",
        [("100%", ["61.4%", "24.9%", "14.6%"], True, "cued")], ["fail"], ["error"], id="en_the_remaining_share"),
    pytest.param(
        "en", "Western Australia is on track for 22.1 million tonnes, or 38.8% of national production, and New South "
        "Wales for 14.6 million tonnes, or 25.7%. Together they will account for more than 65% of the national crop.",
        [("more than 65%", ["38.8%", "25.7%"], True, "cued")], ["fail"], ["warning"],
        id="en_together_just_short_of_its_bound"),
    pytest.param(
        "en", "Exports accounted for 60% of sales and 45% of profits.",
        [], [], [], id="en_two_shares_are_not_a_list"),
    # --- the whole chosen by the words ---
    pytest.param(
        "vi", "Tổng chi 9 tháng ước đạt 1.291.700 tỷ đồng, bằng 60,9% dự toán năm (2.119.527 tỷ đồng). Trong đó, chi "
        "đầu tư 412.600 tỷ đồng, chi trả nợ lãi 78.900 tỷ đồng, chi thường xuyên 858.400 tỷ đồng.",
        [("1.291.700 tỷ đồng", ["412.600 tỷ đồng", "78.900 tỷ đồng", "858.400 tỷ đồng"], False, "cued")],
        ["fail"], ["error"], id="vi_a_glossed_reference_is_no_whole"),
    pytest.param(
        "zh", "全年粮食总产量70650万吨，比上年增加1110万吨。\n\n"
        "全年粮食产量分为夏粮、早稻和秋粮三部分。其中，夏粮产量14989万吨；"
        "早稻产量2817万吨；秋粮产量52944万吨。",
        [("70650万吨", ["14989万吨", "2817万吨", "52944万吨"], True, "cued")], ["fail"], ["error"],
        id="zh_words_name_the_whole_further_back"),
    pytest.param(
        "en", "Spending is forecast at $12.4 billion this year.\n\nSpending is split into three areas: health of "
        "$5.1 billion, schools of $4.9 billion and transport of $3.2 billion.",
        [("$12.4 billion", ["$5.1 billion", "$4.9 billion", "$3.2 billion"], False, "cued")], ["fail"], ["error"],
        id="en_one_metric_word_names_the_whole_of_an_exhaustive_list"),
    pytest.param(
        "en", "Spending is forecast at $13.4 billion this year.\n\nSpending is split into three areas: health of "
        "$5.1 billion, schools of $4.9 billion and transport of $3.2 billion.",
        [("$13.4 billion", ["$5.1 billion", "$4.9 billion", "$3.2 billion"], False, "cued")], ["pass"], [],
        id="en_one_metric_word_names_the_whole_pass"),
    pytest.param(
        "vi", "Tổng thu ngân sách ước đạt 12.400 tỷ đồng.\n\nThu ngân sách gồm ba nguồn: thu nội địa 5.100 tỷ "
        "đồng, thu từ xuất nhập khẩu 4.900 tỷ đồng và thu từ dầu thô 3.200 tỷ đồng.",
        [("12.400 tỷ đồng", ["5.100 tỷ đồng", "4.900 tỷ đồng", "3.200 tỷ đồng"], False, "cued")], ["fail"], ["error"],
        id="vi_the_count_of_the_list_is_no_kind_of_its_parts"),
]


@pytest.mark.parametrize(("lang", "text", "relations", "statuses", "severities"), SHARE_CASES)
def test_shares_of_one_whole_and_wholes_by_words(lang: str, text: str, relations: list[Found], statuses: list[str],
                                                 severities: list[str], tmp_path: Path) -> None:
    assert parts_found(text, lang) == relations
    assert judged(text, lang, tmp_path) == (statuses, severities)


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


BREAKDOWN_CASES = [
    # two wholes of two units, each with its parts
    pytest.param(
        "zh", "全年共销售软件52300套、销售金额8600万元，其中国产软件21000套、金额2300万元，"
        "进口软件33500套、金额6100万元。",
        [("8600万元", ["2300万元", "6100万元"], False, "cued"), ("52300套", ["21000套", "33500套"], False, "cued")],
        ["fail", "pass"], ["error"], id="zh_two_units_two_wholes"),
    pytest.param(
        "en", "The fleet grew to 1,250 trucks worth $310m, of which 700 trucks worth $160m were leased and 450 trucks "
        "worth $120m were bought.",
        [("$310m", ["$160m", "$120m"], False, "cued"), ("1,250 trucks", ["700 trucks", "450 trucks"], False, "cued")],
        ["pass", "pass"], [], id="en_two_units_two_wholes"),
    # "其中包括", "trong đó bao gồm": one list
    pytest.param(
        "zh", "公司计划组建总人数5120人的团队，其中包括研发团队1200人、销售团队2600人和客服团队1500人。",
        [("5120人", ["1200人", "2600人", "1500人"], False, "cued")], ["fail"], ["error"], id="zh_joined_cues_one_list"),
    pytest.param(
        "vi", "Tỉnh có 4.800 doanh nghiệp, trong đó bao gồm 3.100 doanh nghiệp tư nhân và 900 doanh nghiệp FDI.",
        [("4.800 doanh nghiệp", ["3.100 doanh nghiệp", "900 doanh nghiệp"], False, "cued")], ["pass"], [],
        id="vi_joined_cues_one_list"),
    # a whole a few sentences before, named by the parts' words: a question when it fails, never a finding
    pytest.param(
        "zh", "十四五期间，全市道路建设计划完成投资260亿元，形成环城快速路网。规划还提出提升公交服务水平。\n\n"
        "其中，主干道路建设完成投资150亿元，支线道路建设完成投资160亿元。",
        [("260亿元", ["150亿元", "160亿元"], False, "plausible")], ["unverifiable"], [],
        id="zh_whole_sentences_before_is_only_plausible"),
    pytest.param(
        "zh", "今年全市道路建设计划完成投资260亿元，形成环城快速路网。规划还提出提升公交服务水平。\n\n"
        "其中，主干道路建设完成投资150亿元，支线道路建设完成投资100亿元。",
        [("260亿元", ["150亿元", "100亿元"], False, "plausible")], ["pass"], [],
        id="zh_whole_sentences_before_holds"),
    # a plan's whole, parts in a clause without a modality word: one breakdown
    pytest.param(
        "zh", "主管部门计划今年对48项行业标准进行制定和修订，其中，新制定的标准30项，修订标准18项。",
        [("48项", ["30项", "18项"], False, "cued")], ["pass"], [], id="zh_parts_take_the_plans_modality"),
    # a part named by a total word after the cue is a subtotal; a 'together' figure is not a part
    pytest.param(
        "zh", "全市酒类消费总量达80亿元，其中白酒销售总额超过30亿元。",
        [("80亿元", ["超过30亿元"], False, "cued")], ["pass"], [], id="zh_a_subtotal_is_a_part"),
    # a closing word and a clause break end the list
    pytest.param(
        "zh", "园区规划面积约30万平方米，主要分为仓储区、加工区、办公区等，另有6万平方米停车场。",
        [], [], [], id="zh_deng_closes_the_list"),
    # prices per unit add up to nothing
    pytest.param(
        "vi", "Giá xe dao động từ 450 triệu đến hơn 630 triệu đồng/chiếc. Trong đó, bản cao nhất có giá hơn 570 triệu "
        "đồng/chiếc.", [], [], [], id="vi_prices_per_unit_are_no_parts"),
    # the rest: the figure before and the rest make up the whole its sentence names
    pytest.param(
        "en", "The council approved a £250.0m budget for next year.\n\nCouncil tax raises £160.5m, about "
        "two-thirds of the budget. The rest comes from business rates (£60.2m), grants (£24.3m) and £9.0m drawn "
        "from reserves, which will fall to £15.5m by March.",
        [("£250.0m", ["£160.5m", "£60.2m", "£24.3m", "£9.0m"], True, "cued")], ["fail"], ["error"],
        id="en_the_rest_completes_the_budget"),
    pytest.param(
        "en", "The council approved a £250.0m budget for next year.\n\nCouncil tax raises £160.5m, about "
        "two-thirds of the budget. The rest comes from business rates (£56.2m), grants (£24.3m) and £9.0m drawn "
        "from reserves, which will fall to £15.5m by March.",
        [("£250.0m", ["£160.5m", "£56.2m", "£24.3m", "£9.0m"], True, "cued")], ["pass"], [],
        id="en_the_rest_adds_up"),
    pytest.param(
        "vi", "Tổng vốn của dự án là 12.000 tỷ đồng.\n\nNgân sách trung ương cấp 7.000 tỷ đồng, khoảng 58% tổng vốn. "
        "Phần còn lại đến từ ngân sách tỉnh 3.000 tỷ đồng và vốn xã hội hóa 2.000 tỷ đồng.",
        [("12.000 tỷ đồng", ["7.000 tỷ đồng", "3.000 tỷ đồng", "2.000 tỷ đồng"], True, "cued")], ["pass"], [],
        id="vi_phan_con_lai_adds_up"),
    # counts of nested classes (each bounded the same way at another level) overlap: no parts
    pytest.param(
        "zh", "已有900家公司披露半年报。其中，300家公司毛利率超过40%，120家公司超过60%，30家公司超过80%。",
        [], [], [], id="zh_nested_thresholds_are_no_parts"),
    pytest.param(
        "en", "Some 900 firms reported. Of these, 300 firms had margins above 40%, 120 firms above 60% and 30 firms "
        "above 80%.", [], [], [], id="en_nested_thresholds_are_no_parts"),
    pytest.param(
        "vi", "Có 900 doanh nghiệp công bố kết quả. Trong đó, 300 doanh nghiệp có biên lãi trên 40%, 120 doanh "
        "nghiệp có biên lãi trên 60% và 30 doanh nghiệp có biên lãi trên 80%.", [], [], [],
        id="vi_nested_thresholds_are_no_parts"),
    # a bound each of several things keeps is no part
    pytest.param(
        "zh", "全年开采总量控制指标为9.5万吨，其中多数省份的指标都不及万吨。", [], [], [],
        id="zh_a_bound_each_keeps_is_no_part"),
    pytest.param(
        "zh", "评级机构共被罚款5000万美元，其中，甲公司、乙公司均被罚款2000万美元，丙公司被罚800万美元。",
        [("5000万美元", ["800万美元"], False, "cued")], ["pass"], [], id="zh_each_fined_is_no_single_part"),
]


@pytest.mark.parametrize(("lang", "text", "relations", "statuses", "severities"), BREAKDOWN_CASES)
def test_breakdowns(lang: str, text: str, relations: list[Found], statuses: list[str], severities: list[str],
                    tmp_path: Path) -> None:
    assert parts_found(text, lang) == relations
    assert judged(text, lang, tmp_path) == (statuses, severities)


# shares of one whole listed across semicolons, closed by the remainder; a rate broken down by an exhaustive
# cue into rates each below it; a share verb gapped to its last word ("industry for 18.9%")
SUM_CASES = [
    pytest.param(
        "vi", "Xét theo ngành, công nghiệp chiếm 52,0%; xây dựng chiếm 21,5%; nông nghiệp chiếm 9,0%; phần còn lại "
        "là dịch vụ, chiếm 20,5%.", ["fail"], ["error"], id="vi_semicolon_shares_over_100"),
    pytest.param(
        "vi", "Xét theo ngành, công nghiệp chiếm 52,0%; xây dựng chiếm 21,5%; nông nghiệp chiếm 9,0%; phần còn lại "
        "là dịch vụ, chiếm 17,5%.", ["pass"], [], id="vi_semicolon_shares_add_up"),
    pytest.param(
        "zh", "从用途看，住宅用地占51.2%；工业用地占27.3%；其余为商服用地，占23.5%。", ["fail"], ["error"],
        id="zh_semicolon_shares_over_100"),
    pytest.param(
        "zh", "从用途看，住宅用地占51.2%；工业用地占27.3%；其余为商服用地，占21.5%。", ["pass"], [],
        id="zh_semicolon_shares_add_up"),
    pytest.param(
        "en", "Exports accounted for 61.0% of revenue, licensing for 27.5% and services for 13.2%.", ["fail"],
        ["error"], id="en_gapped_share_verb_over_100"),
    pytest.param(
        "en", "Exports accounted for 61.0% of revenue, licensing for 27.5% and services for 11.5%.", ["pass"], [],
        id="en_gapped_share_verb_adds_up"),
    pytest.param(
        "vi", "Tỷ lệ hộ có bảo hiểm đạt 41,5%, gồm: bảo hiểm y tế 22,4%, bảo hiểm nhân thọ 10,3% và bảo hiểm "
        "khác 5,1%.", ["fail"], ["error"], id="vi_rate_broken_down_does_not_add_up"),
    pytest.param(
        "vi", "Tỷ lệ hộ có bảo hiểm đạt 37,8%, gồm: bảo hiểm y tế 22,4%, bảo hiểm nhân thọ 10,3% và bảo hiểm "
        "khác 5,1%.", ["pass"], [], id="vi_rate_broken_down_adds_up"),
    pytest.param(
        "en", "The vacancy rate was 9.0%, made up of 4.1% long-term vacancies and 2.2% short-term ones.", ["fail"],
        ["error"], id="en_rate_made_up_of_rates_below_it"),
    # rates of sub-populations straddle the whole: an average, not a sum
    pytest.param(
        "vi", "Tỷ lệ thất nghiệp là 2,3%, gồm thành thị 2,7% và nông thôn 2,0%.", [], [],
        id="vi_subgroup_rates_are_no_parts"),
    # the rate of a change glossing its points is no share
    pytest.param(
        "vi", "VN30 giảm 16,91 điểm tương ứng 1,3%; HNX giảm 1,51 điểm tương ứng 0,53%; UPCoM giảm 0,69 điểm "
        "tương ứng 0,86%.", [], [], id="vi_rates_of_changes_are_no_shares"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), SUM_CASES)
def test_sums_of_shares_and_rates(lang: str, text: str, statuses: list[str], severities: list[str],
                                  tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)


NAMED_LIST_CASES = [
    # shares listed each after its item's name, one share word for all, then "together": 21,3 + 14,2 + 9,8 = 45,3
    pytest.param(
        "vi", "Quận A chiếm 21,3%, quận B 14,2%, quận C 9,8% tổng số ca; ba quận này chiếm tổng cộng 47,1% số ca "
        "của thành phố.", ["fail"], ["error"], id="vi_named_list_together_off"),
    pytest.param(
        "vi", "Quận A chiếm 21,3%, quận B 14,2%, quận C 9,8% tổng số ca; ba quận này chiếm tổng cộng 45,3% số ca "
        "của thành phố.", ["pass"], [], id="vi_named_list_together_right"),
    pytest.param(
        "en", "Kent accounted for 21.3%, Essex 14.2% and Surrey 9.8% of cases; the three counties together made up "
        "47.1% of the region's cases.", ["fail"], ["error"], id="en_named_list_together_off"),
    pytest.param(
        "zh", "甲区占21.3%，乙区14.2%，丙区9.8%；三个区合计占全市病例的45.3%。", ["pass"], [],
        id="zh_named_list_together_right"),
    # a rise after a share is no listed share
    pytest.param(
        "vi", "Quận A chiếm 21,3%, tăng 14,2%, quận C 9,8%; cả ba chiếm tổng cộng 47,1%.", [], [],
        id="vi_a_rise_is_no_named_share"),
]


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), NAMED_LIST_CASES)
def test_shares_listed_after_their_names(lang: str, text: str, statuses: list[str], severities: list[str],
                                         tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)


# a sentence whose subject names the breakdown, with no figure of its own, and a colon announcing the list: the
# figure of the sentence before is the whole
ANNOUNCED = [
    pytest.param("vi", "Tổng thu năm 2024 đạt 5.460 tỷ đồng. Cơ cấu thu gồm: thu thuế 3.840 tỷ đồng; thu phí 960 tỷ "
                 "đồng; còn lại là các khoản khác 860 tỷ đồng.",
                 [("5.460 tỷ đồng", ["3.840 tỷ đồng", "960 tỷ đồng", "860 tỷ đồng"], True, "cued")], ["fail"],
                 ["error"], id="vi_announced_breakdown_wrong"),
    pytest.param("vi", "Tổng thu năm 2024 đạt 5.660 tỷ đồng. Cơ cấu thu gồm: thu thuế 3.840 tỷ đồng; thu phí 960 tỷ "
                 "đồng; còn lại là các khoản khác 860 tỷ đồng.",
                 [("5.660 tỷ đồng", ["3.840 tỷ đồng", "960 tỷ đồng", "860 tỷ đồng"], True, "cued")], ["pass"], [],
                 id="vi_announced_breakdown_right"),
    pytest.param("zh", "全年收入5460亿元。收入构成为：税收收入3840亿元，非税收入960亿元，其余为其他收入860亿元。",
                 [("5460亿元", ["3840亿元", "960亿元", "860亿元"], True, "cued")], ["fail"], ["error"],
                 id="zh_announced_breakdown_wrong"),
    pytest.param("en", "Revenue reached $5,660 million. Revenue was made up of: taxes, $3,840 million; fees, $960 "
                 "million; and the rest, $860 million.",
                 [("$5,660 million", ["$3,840 million", "$960 million", "$860 million"], True, "cued")], ["pass"], [],
                 id="en_announced_breakdown_right"),
    # no colon: the words before the cue are a subject of their own
    pytest.param("vi", "Tổng thu năm 2024 đạt 5.460 tỷ đồng. Đoàn công tác gồm 12 người và 3 chuyên gia.", [], [], [],
                 id="vi_no_colon_no_breakdown"),
]


@pytest.mark.parametrize(("lang", "text", "relations", "statuses", "severities"), ANNOUNCED)
def test_a_breakdown_a_colon_announces(lang: str, text: str, relations: list[Found], statuses: list[str],
                                       severities: list[str], tmp_path: Path) -> None:
    assert parts_found(text, lang) == relations
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "全市水资源总量86.4亿立方米。其中，地表水资源量80.2亿立方米，地下水资源量23.5亿立方米，"
           "两者之间的重复计算量为17.3亿立方米。"),
    ("vi", "Tổng lượng nước của tỉnh đạt 86,4 tỷ m3. Trong đó, nước mặt 80,2 tỷ m3, nước ngầm 23,5 tỷ m3, lượng trùng "
           "lặp giữa hai nguồn 17,3 tỷ m3."),
    ("en", "Water resources totalled 86.4 billion cubic metres, of which surface water was 80.2 billion cubic metres, "
           "groundwater 23.5 billion cubic metres and the overlap between the two 17.3 billion cubic metres."),
])
def test_a_breakdown_naming_an_amount_counted_twice_does_not_add_up(lang: str, text: str, tmp_path: Path) -> None:
    # surface + ground - overlap = total: items that overlap are no parts that add up to the whole
    assert parts_found(text, lang) == []
    assert "error" not in judged(text, lang, tmp_path)[1]


def test_a_breakdown_without_an_overlap_still_adds_up(tmp_path: Path) -> None:
    text = "全市水资源总量86.4亿立方米。其中，地表水资源量80.2亿立方米，地下水资源量13.5亿立方米。"
    assert parts_found(text, "zh") == [("86.4亿", ["80.2亿", "13.5亿"], False, "cued")]
    assert "error" in judged(text, "zh", tmp_path)[1]


# a clause opening on its whole ("Of the X, …", "trong số X … có …"); the rest told in the next sentence closes it
OPENING_CASES = [
    pytest.param(
        "en", "Of the $8.40 billion raised in May, banks issued $4.10 billion and utilities $2.90 billion. "
        "The remaining $1.40 billion came from retailers.",
        [("$8.40 billion", ["$4.10 billion", "$2.90 billion", "$1.40 billion"], True, "cued")], ["pass"], [],
        id="en_of_the_whole_then_the_rest"),
    pytest.param(
        "en", "Of the $8.40 billion raised in May, banks issued $4.10 billion and utilities $2.90 billion. "
        "The remaining $1.80 billion came from retailers.",
        [("$8.40 billion", ["$4.10 billion", "$2.90 billion", "$1.80 billion"], True, "cued")], ["fail"], ["error"],
        id="en_of_the_whole_then_the_rest_fail"),
    pytest.param(
        "vi", "Xét theo nguồn, trong số 52.400 tỷ đồng vốn đã huy động có 30.100 tỷ đồng từ trái phiếu và "
        "25.600 tỷ đồng từ tín dụng.",
        [("52.400 tỷ đồng", ["30.100 tỷ đồng", "25.600 tỷ đồng"], False, "cued")], ["fail"], ["error"],
        id="vi_trong_so_whole_parts_exceed"),
    pytest.param(
        "vi", "Xét theo nguồn, trong số 52.400 tỷ đồng vốn đã huy động có 30.100 tỷ đồng từ trái phiếu và "
        "15.600 tỷ đồng từ tín dụng.",
        [("52.400 tỷ đồng", ["30.100 tỷ đồng", "15.600 tỷ đồng"], False, "cued")], ["pass"], [],
        id="vi_trong_so_whole_parts_within"),
    pytest.param(
        "en", "Sales rose 4% in May. Of the products on offer, 120 were new and 80 were discounted.",
        [], [], [], id="en_of_the_words_not_a_figure_open_no_whole"),
]


@pytest.mark.parametrize(("lang", "text", "relations", "statuses", "severities"), OPENING_CASES)
def test_a_clause_opening_on_its_whole(lang: str, text: str, relations: list[Found], statuses: list[str],
                                       severities: list[str], tmp_path: Path) -> None:
    assert parts_found(text, lang) == relations
    assert judged(text, lang, tmp_path) == (statuses, severities)


# shares after a sentence-opening breakdown word, whatever their verb, each after its own name; "making up the
# remaining" is a share word, not a rise
BREAKDOWN_SHARE_CASES = [
    pytest.param(
        "en", "The region generated 9,240 GWh last year. Of this, wind farms supplied 48.2%, rooftop solar panels "
        "31.5%, hydro plants provided 23.6% and the rest came from gas.",
        [("100%", ["48.2%", "31.5%", "23.6%"], False, "cued")], ["fail"], ["error"], id="en_of_this_shares_over_100"),
    pytest.param(
        "en", "The region generated 9,240 GWh last year. Of this, wind farms supplied 48.2%, rooftop solar panels "
        "21.5%, hydro plants provided 23.6% and the rest came from gas.",
        [("100%", ["48.2%", "21.5%", "23.6%"], False, "cued")], ["pass"], [], id="en_of_this_shares_within_100"),
    pytest.param(
        "en", "Cars accounted for 61.0% of sales and vans for 24.0%, with trucks and buses making up the "
        "remaining 12.0%.",
        [("100%", ["61.0%", "24.0%", "12.0%"], True, "cued")], ["fail"], ["error"], id="en_making_up_the_remaining"),
    pytest.param(
        "vi", "Sản lượng điện năm qua đạt 9.240 GWh. Trong đó, điện gió cung cấp 48,2%, điện mặt trời 31,5%, "
        "thủy điện 23,6%.",
        [("100%", ["48,2%", "31,5%", "23,6%"], False, "cued")], ["fail"], ["error"], id="vi_trong_do_shares_over_100"),
    pytest.param(
        "zh", "全年发电量9240亿千瓦时。其中，风电提供48.2%，屋顶光伏31.5%，水电贡献23.6%。",
        [("100%", ["48.2%", "31.5%", "23.6%"], False, "cued")], ["fail"], ["error"], id="zh_qizhong_shares_over_100"),
    pytest.param(
        "en", "By the end of this year, wind farms supplied 48.2% of the power, and 31.5% of homes had solar panels.",
        [], [], [], id="en_of_this_inside_a_sentence_opens_nothing"),
]


@pytest.mark.parametrize(("lang", "text", "relations", "statuses", "severities"), BREAKDOWN_SHARE_CASES)
def test_shares_after_a_breakdown_opening(lang: str, text: str, relations: list[Found], statuses: list[str],
                                          severities: list[str], tmp_path: Path) -> None:
    assert [r for r in parts_found(text, lang) if r[0] == "100%"] == relations
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a number without a unit word counts the noun right after it, or the group of the figure after it: not
        # the whole's unit ("46 localities" are no people; "2 ends" are no countries)
        ("vi", "Tổng số là 19.900 người; trong đó, ở 18 bộ, ngành là 10.218 người và 46 địa phương là 9.682 người.",
         [("19.900 người", ["10.218 người", "9.682 người"], False, "cued")]),
        ("vi", "Ông đầu tư vào 48 cảng biển ở 25 quốc gia, bao gồm cả hệ thống cảng ở 2 đầu kênh đào Panama.", []),
        ("en", "The group runs ports in 25 countries, including the ports at the 2 ends of the canal.", []),
        ("zh", "该项目共聘用19900人，其中18个部委共10218人，46个地方共9682人。",
         [("19900人", ["10218人", "9682人"], False, "cued")]),
        # its unit elided: it takes the whole's
        ("en", "Exports reached 524,000 units. Of these, 158,300 went to Europe and 40,200 were sold in Asia.",
         [("524,000 units", ["158,300", "40,200"], False, "cued")]),
        ("vi", "Xuất khẩu đạt 524.000 xe, trong đó 158.300 được xuất sang châu Âu.",
         [("524.000 xe", ["158.300"], False, "cued")]),
    ],
)
def test_a_part_counts_what_its_whole_counts(lang: str, text: str, expected: list[Found]) -> None:
    assert parts_found(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "statuses", "severities"), [
    # a list of shares closed by the rest: items named at length, past semicolons, the share word only at the head
    pytest.param("vi", "Về cơ cấu vốn, nhóm doanh nghiệp nhà nước chiếm tỷ trọng cao nhất với 41,5%; nhóm doanh nghiệp "
                 "có vốn đầu tư nước ngoài 32,2%; nhóm hộ kinh doanh cá thể 17,4%; phần còn lại 12,1% thuộc các "
                 "hợp tác xã.",
                 ["fail"], ["error"], id="vi_rest_over_100"),
    pytest.param("vi", "Về cơ cấu vốn, nhóm doanh nghiệp nhà nước chiếm tỷ trọng cao nhất với 41,5%; nhóm doanh nghiệp "
                 "có vốn đầu tư nước ngoài 32,2%; nhóm hộ kinh doanh cá thể 17,4%; phần còn lại 8,9% thuộc các "
                 "hợp tác xã.",
                 ["pass"], [], id="vi_rest_makes_100"),
    pytest.param("zh", "从结构看，国有企业投资占比为41.5%；外商投资企业32.2%；个体经营户17.4%；其余12.1%为合作社投资。",
                 ["fail"], ["error"], id="zh_rest_over_100"),
    # the list begun in the sentence before
    pytest.param("en", "Housing will take 38% of the fund and schools 29%. Clinics will receive 14% and parks 9%, "
                 "with the remaining 13% held in reserve.", ["fail"], ["error"], id="en_rest_after_two_sentences"),
    pytest.param("en", "Housing will take 38% of the fund and schools 29%. Clinics will receive 14% and parks 9%, "
                 "with the remaining 10% held in reserve.", ["pass"], [], id="en_rest_after_two_sentences_right"),
    # one share in the sentence before may be of another whole: no list
    pytest.param("zh", "国内厂商约占全球18%的市场份额。大部分厂商只能争夺余下不到30%的利润。", [], [],
                 id="zh_rest_of_another_whole"),
])
def test_shares_closed_by_the_rest(lang: str, text: str, statuses: list[str], severities: list[str],
                                   tmp_path: Path) -> None:
    assert judged(text, lang, tmp_path) == (statuses, severities)


# A part shares its whole's period: the bases of a comparison (in parentheses after it, or a list "分别为") and
# the readings of another month or a year earlier are never parts, whatever breakdown cue leads them.
OTHER_PERIOD_CASES = [
    pytest.param(
        "vi", "Năm 2025, doanh nghiệp bán 48.600 xe. Trong đó, xe tải và xe khách lần lượt đạt 31.200 xe và 19.900 "
        "xe, tăng 6% và 9% so với cùng kỳ (29.430 xe và 18.260 xe).",
        [("48.600 xe", ["31.200 xe", "19.900 xe"], False, "cued")], ["fail"], ["error"],
        id="vi_parenthesised_bases_skipped_parts_exceed"),
    pytest.param(
        "vi", "Năm 2025, doanh nghiệp bán 51.100 xe. Trong đó, xe tải và xe khách lần lượt đạt 31.200 xe và 19.900 "
        "xe, tăng 6% và 9% so với cùng kỳ (29.430 xe và 18.260 xe).",
        [("51.100 xe", ["31.200 xe", "19.900 xe"], False, "cued")], ["pass"], [],
        id="vi_parenthesised_bases_are_no_parts"),
    pytest.param(
        "vi", "Tháng 10, cảng đón 86.200 lượt khách. Trong đó, khách quốc tế 52.400 lượt, khách nội địa 33.800 "
        "lượt; tháng 9 đạt 79.500 lượt.",
        [("86.200 lượt khách", ["52.400 lượt", "33.800 lượt"], False, "cued")], ["pass"], [],
        id="vi_the_month_before_is_no_part"),
    pytest.param(
        "zh", "10月份，全省快递业务量为8.62亿件，同比增长12.1%。其中，同城业务量1.12亿件，异地业务量8.40亿件，"
        "9月份为8.31亿件。",
        [("8.62亿件", ["1.12亿件", "8.40亿件"], False, "cued")], ["fail"], ["error"],
        id="zh_last_month_skipped_parts_exceed"),
    pytest.param(
        "zh", "10月份，全省快递业务量为8.62亿件，同比增长12.1%。其中，同城业务量1.12亿件，异地业务量7.50亿件，9月份为"
        "8.31亿件，上年10月为7.69亿件。",
        [("8.62亿件", ["1.12亿件", "7.50亿件"], False, "cued")], ["pass"], [],
        id="zh_last_month_and_a_year_earlier_are_no_parts"),
    pytest.param(
        "zh", "前三季度，全市完成投资2860亿元，同比增长6.2%。其中，工业投资1120亿元，基础设施投资980亿元，"
        "上年同期分别为1050亿元和930亿元。",
        [("2860亿元", ["1120亿元", "980亿元"], False, "cued")], ["pass"], [],
        id="zh_bases_of_the_year_before_are_no_parts"),
    pytest.param(
        "en", "Retail sales reached $61.2 billion in September, of which online sales were $18.4 billion and store "
        "sales $44.9 billion, up 7.6% and 6.2% from a year earlier ($17.1 billion and $42.3 billion).",
        [("$61.2 billion", ["$18.4 billion", "$44.9 billion"], False, "cued")], ["fail"], ["error"],
        id="en_parenthesised_bases_skipped_parts_exceed"),
    pytest.param(
        "en", "Retail sales reached $61.2 billion in September, of which online sales were $18.4 billion and store "
        "sales $42.8 billion, up 7.6% and 6.2% from a year earlier ($17.1 billion and $40.3 billion).",
        [("$61.2 billion", ["$18.4 billion", "$42.8 billion"], False, "cued")], ["pass"], [],
        id="en_parenthesised_bases_are_no_parts"),
]


@pytest.mark.parametrize(("lang", "text", "relations", "statuses", "severities"), OTHER_PERIOD_CASES)
def test_figures_of_another_period_are_no_parts(lang: str, text: str, relations: list[Found], statuses: list[str],
                                                severities: list[str], tmp_path: Path) -> None:
    assert parts_found(text, lang) == relations
    assert judged(text, lang, tmp_path) == (statuses, severities)
