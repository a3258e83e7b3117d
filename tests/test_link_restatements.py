"""Restatements inferred from raw text (validator/link/restatements.py) and judged by CS201, CS202, HD301.

Short texts written for the test: the pairs the linker reads as one figure stated twice, and the findings
the rules then report. Parallel figures (lists, "respectively", one template repeated for other names),
comparison bases and companion readings (前值, forecast) are never restatements.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from validator.document import document_from_text
from validator.engine import Options, check
from validator.extract.claims import extract_document
from validator.link import infer_relations
from validator.model import RestatementRelation

RULES = ("CS201", "CS202", "HD301")


def pairs(text: str, lang: str) -> list[tuple[str, str]]:
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    by_id = {c.id: c.text for c in claims}
    return [(by_id[r.claims[0]], by_id[r.claims[1]])
            for r in infer_relations(doc, claims) if isinstance(r, RestatementRelation)]


def findings(text: str, lang: str, tmp_path: Path) -> list[tuple[str, str]]:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], Options(language=lang))
    return [(f.rule, f.severity.value) for f in report.findings if f.rule in RULES]


CASES = [
    # --- vi ---
    pytest.param(
        "vi", "Tám tháng năm 2024, vốn FDI giải ngân ước đạt 14,15 tỷ USD, tăng 8,3% so với cùng kỳ.\n\n"
        "Các chuyên gia đánh giá vốn FDI giải ngân đạt 14,51 tỷ USD là tín hiệu tích cực.",
        [("14,15 tỷ USD", "14,51 tỷ USD")], [("CS201", "warning")], id="vi_digit_swap_one_undated"),
    pytest.param(
        "vi", "Tám tháng năm 2024, vốn FDI giải ngân ước đạt 14,15 tỷ USD, tăng 8,3% so với cùng kỳ.\n\n"
        "Các chuyên gia đánh giá vốn FDI giải ngân đạt khoảng 14,2 tỷ USD là tín hiệu tích cực.",
        [("14,15 tỷ USD", "khoảng 14,2 tỷ USD")], [], id="vi_hedged_restatement_holds"),
    pytest.param(
        "vi", "Năm 2023, Hà Nội và TP.HCM lần lượt chiếm 21,5% và 22,3% tổng vốn.\n\n"
        "Năm 2023, Bình Dương và Đồng Nai lần lượt chiếm 20,1% và 23,0% tổng vốn.",
        [], [], id="vi_respectively_lists_are_no_restatements"),
    pytest.param(
        "vi", "VN-Index tăng 7,7 điểm, tương ứng 0,61%.\n\nVN30-Index tăng 8,1 điểm, tương ứng 0,57%.",
        [], [], id="vi_names_tell_figures_apart"),
    # --- zh ---
    pytest.param(
        "zh", "2024年前10个月，全国铁路完成固定资产投资6452亿元，同比增长10.8%。\n\n"
        "国铁集团负责人表示，2024年前10个月铁路固定资产投资6542亿元。",
        [("6452亿元", "6542亿元")], [("CS201", "error")], id="zh_digit_swap_same_period"),
    pytest.param(
        "zh", "今年前10个月，全国铁路完成固定资产投资6452亿元，同比增长10.8%。\n\n"
        "国铁集团负责人表示，前10个月铁路固定资产投资6542亿元。",
        [("6452亿元", "6542亿元")], [("CS201", "error")], id="zh_digit_swap_same_period_words_no_year"),
    pytest.param(
        "zh", "今年前10个月，全国铁路完成固定资产投资6452亿元，同比增长10.8%。\n\n"
        "国铁集团负责人表示，前11个月铁路固定资产投资6542亿元。",
        [], [], id="zh_other_period_words_no_restatement"),
    pytest.param(
        "zh", "2024年前10个月，全国铁路完成固定资产投资6452亿元，同比增长10.8%。\n\n"
        "国铁集团负责人表示，2024年前10个月铁路固定资产投资6452亿元。",
        [("6452亿元", "6452亿元")], [], id="zh_same_figure_twice_passes"),
    pytest.param(
        "zh", "2010年纱产量排名前五名的省份依次为山东、江苏、河南，"
        "其纱产量分别占全国纱产量比重为26.91%、16.00%、14.72%。\n\n"
        "2010年布产量排名前五名的省份依次为浙江、山东、江苏，其布产量分别占全国布产量比重为24.26%、21.22%、13.50%。",
        [], [], id="zh_two_lists_of_one_shape"),
    pytest.param(
        "zh", "德国8月季调后失业总人数280.1万人，前值280.2万人；未季调失业总人数287.2万人，前值280.9万人。",
        [], [], id="zh_companion_readings_and_qualifiers"),
    pytest.param(
        "zh", "中概新能源汽车股涨跌互现，小鹏汽车涨7.2%，理想汽车跌2.31%。\n\n"
        "科技股多数上涨，哔哩哔哩、小鹏汽车均涨7%。",
        [], [], id="zh_a_figure_several_things_share_restates_none"),
    pytest.param(
        "zh", "鲁花每箱批发价格为444元。\n\n不带赠品的卖价较涨价之前每箱批发价格400元左右上涨约24元。",
        [], [], id="zh_the_price_before_is_a_companion"),
    # --- en ---
    pytest.param(
        "en", "A total of 7.54 million treatments were waiting to be carried out in England in September 2024.\n\n"
        "Officials said 7.45 million treatments were waiting to be carried out in England in September 2024.",
        [("7.54 million", "7.45 million")], [("CS201", "error")], id="en_digit_swap_same_period"),
    pytest.param(
        "en", "A total of 7.54 million treatments were waiting to be carried out in England at the end of September."
        "\n\nOfficials said 7.45 million treatments were waiting to be carried out in England at the end of "
        "September.",
        [("7.54 million", "7.45 million")], [("CS201", "error")], id="en_digit_swap_same_month_words_no_year"),
    pytest.param(
        "en", "Exports reached nearly 1.9 million vehicles in 2024.\n\nThe 1.85 million vehicles exported in 2024 "
        "set a "
        "record.",
        [("nearly 1.9 million vehicles", "1.85 million vehicles")], [], id="en_hedged_restatement_holds"),
    pytest.param(
        "en", "Exports reached more than 1.9 million vehicles in 2024.\n\nThe 1.75 million vehicles exported in 2024 "
        "set a record.",
        [("more than 1.9 million vehicles", "1.75 million vehicles")], [("HD301", "error")],
        id="en_hedge_contradicted"),
    pytest.param(
        "en", "Exports reached more than 1.9 million vehicles in 2024.\n\nThe 1.89 million vehicles exported in 2024 "
        "set a record.",
        [("more than 1.9 million vehicles", "1.89 million vehicles")], [("HD301", "warning")],
        id="en_hedge_just_missed_is_a_warning"),
    pytest.param(
        # a bound is a threshold, not a rounding: 1.85 million is not "more than 1.9 million"
        "en", "Exports reached more than 1.9 million vehicles in 2024.\n\nThe 1.85 million vehicles exported in 2024 "
        "set a record.",
        [("more than 1.9 million vehicles", "1.85 million vehicles")], [("HD301", "error")],
        id="en_hedge_missed_by_points_is_an_error"),
    pytest.param(
        "vi", "GDP năm 2020 đạt 340,6 tỷ USD, vượt Singapore (337,5 tỷ USD), Malaysia (336,3 tỷ USD).\n\n"
        "GDP năm 2020 đạt hơn 340 tỷ USD.",
        [("340,6 tỷ USD", "hơn 340 tỷ USD")], [], id="vi_glossed_figures_are_their_names"),
    pytest.param(
        "en", "Toyota sold 1.52 million cars in 2024, it said.\n\nHonda sold 1.49 million cars in 2024, it said.",
        [], [], id="en_different_companies"),
    pytest.param(
        "en", "Gasoline demand was 6.60 mln bpd, up 0.1 pct from 6.59 mln.\n\nGasoline demand averaged 6.72 mln bpd, "
        "off 1.2 pct from 6.80 mln.",
        [], [], id="en_different_companions_tell_figures_apart"),
    # --- who gives a figure is not what it is about: a source or speaker opening the sentence ---
    pytest.param(
        "vi", "Theo số liệu của Bộ Giáo dục và Đào tạo, 98,6% thí sinh đã dự thi tốt nghiệp năm 2024.\n\n"
        "Kỳ thi kết thúc với 96,8% thí sinh dự thi tốt nghiệp năm 2024.",
        [("98,6%", "96,8%")], [("CS201", "error")], id="vi_source_clause_is_no_topic"),
    pytest.param(
        "en", "Dr Ann Lee, who chairs the exam board, said: 98.6% of candidates sat the final exam in 2024.\n\n"
        "The season closed with 96.8% of candidates sitting the final exam in 2024.",
        [("98.6%", "96.8%")], [("CS201", "error")], id="en_speaker_is_no_topic"),
    pytest.param(
        "zh", "教育部有关负责人表示，98.6%的考生参加了2024年毕业考试。\n\n"
        "考试结束时，96.8%的考生参加了2024年毕业考试。",
        [("98.6%", "96.8%")], [("CS201", "error")], id="zh_speaker_is_no_topic"),
    pytest.param(
        "zh", "市统计局指出，2024年全市新设企业15.43万户。\n\n市统计局最新报告指出，2024年全市新设企业15.34万户。",
        [("15.43万户", "15.34万户")], [("CS201", "error")], id="zh_one_source_named_at_more_length"),
    pytest.param(
        "zh", "据北京市统计局统计，2024年全市新设企业15.43万户。\n\n据天津市统计局统计，2024年全市新设企业14.53万户。",
        [], [], id="zh_one_source_template_other_names"),
    pytest.param(
        "zh", "北京市教育局有关负责人表示，2024年全市共有中小学校1286所。\n\n"
        "天津市教育局有关负责人表示，2024年全市共有中小学校1268所。",
        [], [], id="zh_one_speaker_template_other_names"),
    pytest.param(
        "en", "In Kent, officials said 98.6% of candidates sat the final exam in 2024.\n\n"
        "In Essex, officials said 96.8% of candidates sat the final exam in 2024.",
        [], [], id="en_speakers_of_two_places"),
    # --- one count framed in other words: the same period, the same counted noun, and no other count of it ---
    pytest.param(
        "vi", "Năm 2025, toàn tỉnh có 48.320 giường bệnh các loại.\n\n"
        "Với quy mô 48.230 giường bệnh trong năm 2025, ngành y tế cần thêm nhân lực.",
        [("48.320 giường bệnh", "48.230 giường bệnh")], [("CS201", "error")], id="vi_counted_noun_framed_apart"),
    pytest.param(
        "vi", "Năm 2025, toàn tỉnh có 48.320 giường bệnh các loại, tuyến huyện có 47.100 giường bệnh.\n\n"
        "Với quy mô 48.230 giường bệnh trong năm 2025, ngành y tế cần thêm nhân lực.",
        [], [], id="vi_counted_noun_counted_again_is_one_of_several"),
    pytest.param(
        "vi", "Giám đốc Sở Y tế Hà Tĩnh cho biết, năm 2025 có 48.320 giường bệnh.\n\n"
        "Giám đốc Sở Y tế Quảng Bình cho biết, năm 2025 có 48.230 giường bệnh.",
        [], [], id="vi_counted_noun_of_two_provinces"),
    pytest.param(
        "en", "In 2024 the county had 812,400 registered voters, officials said.\n\n"
        "The election, with 821,400 registered voters in 2024, was calm.",
        [("812,400", "821,400")], [("CS201", "error")], id="en_counted_noun_framed_apart"),
    pytest.param(
        "en", "In 2024 the county had 812,400 registered voters.\n\n"
        "The election, with 821,400 registered voters in 2023, was calm.",
        [], [], id="en_counted_noun_of_another_year"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), CASES)
def test_restatement_pairs_and_findings(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                        expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


HEADLINES = [
    pytest.param("en", "Steel maker to cut 45,000 jobs\n\nThe steel maker said it would cut up to 45,000 jobs over "
                 "five years.", [("45,000", "up to 45,000")], [], id="en_headline_restated_with_a_bound"),
    pytest.param("en", "Brewer in $4bn takeover deal\n\nThe brewer agreed a takeover valued at $4.2bn on Monday.",
                 [("$4bn", "$4.2bn")], [], id="en_headline_rounds_the_body_figure"),
    pytest.param("en", "Rates increased to 2%\n\nThe central bank raised its rate by a quarter point to 2%. Inflation "
                 "would rise to its 2% target within two years.", [("2%", "2%")], [],
                 id="en_headline_level_not_a_change"),
    pytest.param("en", "Brewer in $4bn takeover deal\n\nThe brewer agreed a takeover valued at $4.6bn on Monday.",
                 [("$4bn", "$4.6bn")], [], id="en_headline_mismatch_is_only_a_question"),
    pytest.param("vi", "Ba người trúng Jackpot, nhận giải 127 tỷ đồng\n\nBa khách hàng trúng giải Jackpot với tổng "
                 "trị giá gần 127 tỷ đồng đã xuất hiện.", [("127 tỷ đồng", "gần 127 tỷ đồng")], [],
                 id="vi_headline_restated_nearly"),
    pytest.param("zh", "万科上半年净利30亿元同比增长5.9%\n\n"
                 "公司上半年实现营业收入199.9亿元，净利为29.8亿元，同比增长5.9%。",
                 [("30亿元", "29.8亿元"), ("5.9%", "5.9%")], [], id="zh_headline_rounds_and_repeats"),
    pytest.param("vi", "Dễ được 7, 8 nhưng khó đạt điểm 10\n\nThí sinh dễ đạt điểm 7, 8.", [], [],
                 id="vi_headline_list_items_are_not_restated"),
    pytest.param("vi", "Trúng giải 28,7 tỷ nhưng khách không đến nhận\n\nGiải Jackpot trị giá hơn 28,7 tỷ đồng vẫn "
                 "chưa có người nhận.", [("28,7 tỷ", "hơn 28,7 tỷ đồng")], [], id="vi_headline_amount_takes_the_unit"),
    pytest.param("zh", "三年将投73亿建设高速公路\n\n该市计划三年内投资73亿元建设高速公路。", [("73亿", "73亿元")], [],
                 id="zh_headline_amount_takes_the_unit_and_any_modality"),
    pytest.param("en", "Ad group's profits surge 15%\n\nPre-tax profits rose 15% from a year ago to £546m.",
                 [("15%", "15%")], [], id="en_headline_verb_the_lexicon_does_not_know"),
    # a small count the headline names by what it counts, counted again in the body
    pytest.param("en", "Regulator halts 14 wind farms\n\nThe regulator ordered work on 14 offshore wind farms to stop. "
                 "The 14 farms lacked permits.", [("14", "14")], [], id="en_headline_count_restated"),
    pytest.param("zh", "车企18种零部件短缺\n\n受停电影响，目前仍有18种零部件短缺。", [("18种", "18种")], [],
                 id="zh_headline_count_restated"),
    pytest.param("vi", "Kỳ thi có 48 thí sinh vi phạm\n\nTheo báo cáo, 48 thí sinh vi phạm quy chế thi.",
                 [("48", "48")], [], id="vi_headline_count_restated"),
    # a count of other things, or a top group's size, is no restatement
    pytest.param("en", "Regulator halts 14 wind farms\n\nThe regulator fined 14 banks last year.", [], [],
                 id="en_headline_count_of_other_things"),
    pytest.param("zh", "三大粮商争购澳企\n\n国际三大粮商同时表示收购意向。", [], [], id="zh_top_group_is_no_count"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), HEADLINES)
def test_headline_restated_in_the_body(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                       expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


def test_headline_pairing_is_never_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text("Brewer in $4bn takeover deal\n\nThe brewer agreed a takeover valued at $4.6bn on Monday.",
                    encoding="utf-8")
    report = check([path], Options(language="en"))
    assert [c.status for c in report.checks if c.rule in RULES] == ["unverifiable"]
    assert [f.rule for f in report.findings if f.rule in RULES] == []


REPEATS = [
    pytest.param("en", "The directors agreed a $168m settlement with shareholders on Friday.\n\nUnder the terms of "
                 "the $168m settlement, insurers will pay most of the cost.", [("$168m", "$168m")], [],
                 id="en_a_precise_amount_repeated"),
    pytest.param("en", "Retail sales fell 0.3% in January.\n\nSales at hardware stores dropped by 0.3% in the month.",
                 [], [], id="en_a_small_round_rate_repeated_by_chance"),
    pytest.param("vi", "Công ty thu về 2.040 tỷ đồng lợi nhuận gộp trong quý I.\n\nTrong quý I, BSR đã thu về 2.040 tỷ "
                 "đồng lợi nhuận gộp.", [("2.040 tỷ đồng", "2.040 tỷ đồng")], [], id="vi_an_amount_repeated"),
    pytest.param("zh", "中概股多数上涨，比特数字涨11.34%，蔚来汽车涨10.76%。\n\n"
                 "热门中概股多数上涨，比特数字涨11.34%，金山云涨7.66%。",
                 [("11.34%", "11.34%")], [], id="zh_a_stock_named_twice"),
    pytest.param("zh", "富时新加坡海峡指数涨1.12%报3352.89点。\n\n国内商品期货夜盘收盘，纯碱跌1.12%，短纤跌近1%。",
                 [], [], id="zh_two_prices_move_alike_by_chance"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), REPEATS)
def test_values_repeated_word_for_word(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                       expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # two bounds of one figure from either side: restated
        ("vi", "5 hãng công nghệ mất gần 100 tỉ USD giá trị\n\nCác hãng vừa mất tổng cộng hơn 97,5 tỉ USD giá trị "
               "thị trường.", [("gần 100 tỉ USD", "hơn 97,5 tỉ USD")]),
        ("en", "Tech giants lose nearly $100bn in value\n\nThe five firms lost more than $97.5bn in market value.",
         [("nearly $100bn", "more than $97.5bn")]),
        # two bounds on one side with different values are two figures
        ("en", "Tech giants lose more than $100bn in value\n\nThe five firms lost more than $97.5bn in market value.",
         []),
        # bounds from either side that do not meet are not one figure
        ("en", "Tech giants lose nearly $95bn in value\n\nThe five firms lost more than $97.5bn in market value.", []),
    ],
)
def test_headline_bounds_from_either_side(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(text, lang) == expected


# round 5: a count restated in a quotation, two neighbouring digits swapped, a breakdown's period and parts
SLIPS = [
    # a quotation opening on a capital ("“Tổng cộng…", "\"Overall…") names nothing: one count, digits swapped
    pytest.param("vi", "Tính đến ngày 30/6/2025, tỉnh Lâm Đồng ghi nhận 6.230 ca tay chân miệng, tăng 12% so với cùng "
                 "kỳ.\n\nNgành y tế đã mở thêm 300 giường bệnh.\n\n"
                 "“Tổng cộng 6.320 ca tay chân miệng tính đến ngày 30/6 "
                 "là con số đáng lo”, ông Minh nói.", [("6.230 ca", "6.320 ca")], [("CS201", "error")],
                 id="vi_quoted_total_digits_swapped"),
    pytest.param("en", "By 30 June 2025 the county had recorded 6,230 measles cases, up 12% on a year earlier.\n\n"
                 "Hospitals opened 300 extra beds.\n\n\"Overall, 6,320 measles cases by 30 June 2025 is worrying,\" "
                 "Dr Lee said.", [("6,230", "6,320")], [("CS201", "error")], id="en_quoted_total_digits_swapped"),
    pytest.param("zh", "截至2025年6月30日，全省累计报告手足口病6230例，同比增长12"
                 "%。\n\n医院新增床位300张。\n\n“截至2025年6月30日，"
                 "全省手足口病合计6320例，形"
                 "势严峻。”省卫健委负责人表示。", [("6230例", "6320例")], [("CS201", "error")],
                 id="zh_quoted_total_digits_swapped"),
    # a breakdown ("其中", "Of which", "Trong đó") speaks of its whole's period: its figure restated later with
    # two digits swapped is an error; stated alike, verified
    pytest.param("zh", "今年前10个月，全省货物贸易进出口总值4.21万亿元，同比增长6."
                 "4%。其中，出口3.02万亿元，增长7.8%；进口1.19万亿元，"
                 "增长3.1%。\n\n机电产品出口1.46万亿元。\n\n海关"
                 "负责人表示，前10个月全省出口3.20万亿元，规模居全国前列。",
                 [("3.02万亿元", "3.20万亿元")], [("CS201", "error")], id="zh_breakdown_swapped_digits"),
    pytest.param("zh", "今年前10个月，全省货物贸易进出口总值4.21万亿元，同比增长6."
                 "4%。其中，出口3.02万亿元，增长7.8%；进口1.19万亿元，"
                 "增长3.1%。\n\n机电产品出口1.46万亿元。\n\n海关"
                 "负责人表示，前10个月全省出口3.02万亿元，规模居全国前列。",
                 [("3.02万亿元", "3.02万亿元")], [], id="zh_breakdown_restated_alike"),
    pytest.param("en", "In the first ten months, the province's trade totalled $421bn, up 6.4%. Of which, exports were "
                 "$302bn, up 7.8%, and imports $119bn.\n\nMachinery exports reached $146bn.\n\nA customs official said "
                 "exports in the first ten months reached $320bn.", [("$302bn", "$320bn")], [("CS201", "error")],
                 id="en_breakdown_swapped_digits"),
    pytest.param("vi", "Trong 10 tháng đầu năm, tổng kim ngạch xuất nhập"
                 " khẩu của tỉnh đạt 42,1 tỷ USD, tăng 6,4%. Trong "
                 "đó, xuất khẩu đạt 30,2 tỷ USD, tăng 7,8%; nhập khẩu 11,9 tỷ USD.\n\nXuất khẩu máy móc đạt 14,6 tỷ "
                 "USD.\n\nĐại diện Cục Hải quan cho biết, 10 tháng đầu năm xuất khẩu của tỉnh đạt 32,0 tỷ USD.",
                 [("30,2 tỷ USD", "32,0 tỷ USD")], [("CS201", "error")], id="vi_breakdown_swapped_digits"),
    # two amounts neither of which is dated are of the story's one time: an error, as if dated alike
    pytest.param("zh", "国庆假期，我市共接待游客486.3万人次；实现旅游总收入41"
                 ".7亿元，同比增长9.6%。\n\n乡村游持续升温。\n\n"
                 "市文旅局负责人介绍，假期全市旅游总收入47.1亿元，新业态收入明显增加。", [("41.7亿元", "47.1亿元")],
                 [("CS201", "error")], id="zh_undated_amounts"),
    pytest.param("en", "Over the holiday week the city welcomed 4.86 million visitors, and tourism revenue totalled "
                 "$417m, up 9.6%.\n\nRural trips were popular.\n\nA tourism official said holiday tourism revenue "
                 "totalled $471m, with new attractions drawing crowds.", [("$417m", "$471m")], [("CS201", "error")],
                 id="en_undated_amounts"),
    pytest.param("vi", "Dịp nghỉ lễ, thành phố đón 4,86 triệu lượt khách; tổng doanh thu du lịch đạt 4.170 tỷ đồng, "
                 "tăng 9,6%.\n\nDu lịch nông thôn tăng mạnh.\n\nĐại diện Sở Du lịch cho biết, tổng doanh thu du lịch "
                 "dịp lễ đạt 4.710 tỷ đồng.", [("4.170 tỷ đồng", "4.710 tỷ đồng")], [("CS201", "error")],
                 id="vi_undated_amounts"),
    # one of them dated, the other not: perhaps two times, a warning; so for undated shares (an article gives
    # many, of other wholes)
    pytest.param("en", "Over the holiday week the city welcomed 4.86 million visitors, and tourism revenue totalled "
                 "$417m, up 9.6%.\n\nRural trips were popular.\n\nA tourism official said tourism revenue totalled "
                 "$441m in 2024, with new attractions drawing crowds.", [("$417m", "$441m")], [("CS201", "warning")],
                 id="en_one_dated_amount"),
    pytest.param("zh", "国庆假期，全市乡村游占游客总数的比重为23.9%。\n\n乡村"
                 "游持续升温。\n\n市文旅局负责人介绍，全市乡村游占游客总数的"
                 "比重为25.1%。", [("23.9%", "25.1%")], [("CS201", "warning")], id="zh_undated_shares"),
    # digits swapped but another market named: two figures
    pytest.param("en", "Exports to Japan rose to $30.2bn last year.\n\nMachinery output was flat.\n\nExports to Korea "
                 "rose to $32.0bn last year.", [], [], id="en_swapped_digits_other_market"),
    pytest.param("vi", "Xuất khẩu sang Nhật Bản đạt 30,2 tỷ USD.\n\nSản xuất máy móc đi ngang.\n\nXuất khẩu sang Hàn "
                 "Quốc đạt 32,0 tỷ USD.", [], [], id="vi_swapped_digits_other_market"),
    pytest.param("zh", "对日本出口3.02万亿元。\n\n机电产品生产持平。\n\n对韩国出口3.20万亿元。", [], [],
                 id="zh_swapped_digits_other_market"),
    # a breakdown's part is never a restatement of the whole it breaks down
    pytest.param("zh", "1—9月，我国汽车出口431.2万辆，同比增长27.2%"
                 "。其中，乘用车出口373.9万辆，商用车出口57.3万辆。", [], [],
                 id="zh_breakdown_part_not_whole"),
    # one count framed by two sources (a department's report, a speaker): their names tell nothing apart
    pytest.param("vi", "Theo báo cáo của Sở Y tế, năm 2025 toàn tỉnh có 48.320 giường bệnh các tuyến, tăng 4% so với "
                 "năm trước.\n\nNgành y tế tuyển thêm 900 bác sĩ.\n\nPhát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh "
                 "cho biết, với 48.120 giường bệnh các tuyến trong năm 2025, tỉnh vẫn thiếu giường.",
                 [("48.320 giường bệnh", "48.120 giường bệnh")], [("CS201", "error")], id="vi_two_sources_one_count"),
    # …but two sources named apart, their count nine in a hundred off, are two figures (their names tell them apart:
    # only a slip's closeness lets them be left aside)
    pytest.param("vi", "Theo báo cáo của Sở Y tế, năm 2025 toàn tỉnh có 48.320 giường bệnh các tuyến, tăng 4% so với "
                 "năm trước.\n\nNgành y tế tuyển thêm 900 bác sĩ.\n\nPhát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh "
                 "cho biết, với 43.820 giường bệnh các tuyến trong năm 2025, tỉnh vẫn thiếu giường.", [], [],
                 id="vi_two_sources_far_apart"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), SLIPS)
def test_slips_and_breakdowns(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                              expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


# round 6: a swap of the first two digits (far apart in value), an amount restated in fewer words, a period named
# again by its length, an acronym's plural
SWAPS = [
    pytest.param("vi", "Năm 2024, thu tiền sử dụng đất của tỉnh đạt 3.215 tỷ đồng, chiếm 16% thu nội địa.\n\n"
                 "Thu từ doanh nghiệp nhà nước đạt 6.120 tỷ đồng.\n\nGiám đốc Sở Tài chính cho biết riêng thu tiền "
                 "sử dụng đất năm 2024 chỉ đạt 2.315 tỷ đồng do thị trường trầm lắng.",
                 [("3.215 tỷ đồng", "2.315 tỷ đồng")], [("CS201", "error")], id="vi_first_digits_swapped"),
    pytest.param("vi", "Năm 2024, thu tiền sử dụng đất của tỉnh đạt 3.215 tỷ đồng, chiếm 16% thu nội địa.\n\n"
                 "Thu từ doanh nghiệp nhà nước đạt 6.120 tỷ đồng.\n\nGiám đốc Sở Tài chính cho biết riêng thu tiền "
                 "sử dụng đất năm 2024 chỉ đạt 3.215 tỷ đồng do thị trường trầm lắng.",
                 [("3.215 tỷ đồng", "3.215 tỷ đồng")], [], id="vi_first_digits_alike"),
    pytest.param("en", "Copper imports totalled 3.26 million tonnes in the first quarter, up 4%.\n\nZinc prices "
                 "eased.\n\nTraders said first-quarter copper purchases of 3.62 million tonnes left smelters well "
                 "stocked.", [("3.26 million tonnes", "3.62 million tonnes")], [("CS201", "error")],
                 id="en_amount_swapped_fewer_words"),
    pytest.param("en", "Copper imports totalled 3.26 million tonnes in the first quarter, up 4%.\n\nZinc prices "
                 "eased.\n\nTraders said second-quarter copper purchases of 3.62 million tonnes left smelters well "
                 "stocked.", [], [], id="en_amount_swapped_other_quarter"),
    pytest.param("zh", "2024年全市土地出让收入达到321.5亿元，占财政收入的16%。\n\n国企上缴利润61.2亿元。"
                 "\n\n财政局负责人表示，2024年全市土地出让收入仅231.5亿元，市场依然低迷。",
                 [("321.5亿元", "231.5亿元")], [("CS201", "error")], id="zh_first_digits_swapped"),
    pytest.param("zh", "2024年全市土地出让收入达到321.5亿元，占财政收入的16%。\n\n国企上缴利润61.2亿元。"
                 "\n\n财政局负责人表示，2024年全市商品房销售额231.5亿元，市场依然低迷。", [], [],
                 id="zh_first_digits_swapped_other_metric"),
    # a period named again by its length: one time
    pytest.param("vi", "Lũy kế 10 tháng năm 2024, điện thương phẩm toàn quốc đạt 232,4 tỷ kWh, tăng 10% so với cùng "
                 "kỳ.\n\nGiá điện không đổi.\n\nĐiện thương phẩm 10 tháng đạt 223,4 tỷ kWh, vượt kế hoạch.",
                 [("232,4 tỷ kWh", "223,4 tỷ kWh")], [("CS201", "error")], id="vi_period_named_by_length"),
    pytest.param("vi", "Lũy kế 10 tháng năm 2024, điện thương phẩm toàn quốc đạt 232,4 tỷ kWh, tăng 10% so với cùng "
                 "kỳ.\n\nGiá điện không đổi.\n\nĐiện thương phẩm 9 tháng đạt 223,4 tỷ kWh, vượt kế hoạch.",
                 [], [], id="vi_period_of_another_length"),
    pytest.param("en", "In the first ten months of 2024, power sales reached 232.4 billion kWh, up 10%.\n\nTariffs "
                 "were unchanged.\n\nIn 10 months, power sales reached 223.4 billion kWh, above plan.",
                 [("232.4 billion kWh", "223.4 billion kWh")], [("CS201", "error")], id="en_period_named_by_length"),
    pytest.param("zh", "2024年1月1日至3日，全市接待游客52.3万人次，实现旅游收入6.3亿元。\n\n酒店入住率提高。\n\n"
                 "三天内全市接待游客53.2万人次，旅游市场平稳有序。",
                 [("52.3万人次", "53.2万人次")], [("CS201", "error")], id="zh_period_named_by_length"),
    pytest.param("zh", "2024年1月1日至3日，全市接待游客52.3万人次，实现旅游收入6.3亿元。\n\n酒店入住率提高。\n\n"
                 "五天内全市接待游客53.2万人次，旅游市场平稳有序。", [], [], id="zh_period_of_another_length"),
    # an acronym and its plural are one name; a month before an acronym dates it
    pytest.param("en", "Revenue passenger kilometres (RPK), the main measure of demand, rose to 11.42 billion in "
                 "March.\n\nCapacity increased 6.0%.\n\nMarch RPKs of 11.24 billion took the quarterly total to "
                 "31.7 billion.", [("11.42 billion", "11.24 billion")], [("CS201", "error")],
                 id="en_acronym_plural_swapped"),
    pytest.param("en", "Revenue passenger kilometres (RPK), the main measure of demand, rose to 11.42 billion in "
                 "March.\n\nCapacity increased 6.0%.\n\nFebruary RPKs of 11.24 billion took the quarterly total "
                 "to 31.7 billion.", [], [], id="en_acronym_plural_other_month"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), SWAPS)
def test_swaps_lengths_and_acronyms(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                    expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


# a per-head or same-period word holding a distributive one ("人均", "cùng kỳ") is no figure of several things;
# a year heading a sentence dates its semicolon segments; period words in a later clause date that clause's figure
PERIOD_CASES = [
    pytest.param(
        "zh", "2023年全县农民人均可支配收入达到23615元，连续六年增长。\n\n"
        "会议通报，2023年全县地区生产总值318.2亿元，增长6.1%；农民人均可支配收入23165元，增长7.2%。",
        [("23615元", "23165元")], [("CS201", "error")], id="zh_per_head_semicolon_segment_dated_by_opening_year"),
    pytest.param(
        "zh", "2023年全县农民人均可支配收入达到23615元。\n\n2023年城镇居民人均可支配收入48730元，增长5.0%。",
        [], [], id="zh_per_head_figures_of_two_groups_stay_apart"),
    pytest.param(
        "vi", "Khối ngoại mua ròng 1.358 tỷ đồng trên HNX trong tuần qua do dòng tiền quay lại.\n\n"
        "Tuần này, khối ngoại mua ròng 1.538 tỷ đồng trên HNX, nâng tổng giá trị mua ròng từ đầu năm lên "
        "9.200 tỷ đồng.",
        [("1.358 tỷ đồng", "1.538 tỷ đồng")], [("CS201", "error")],
        id="vi_period_words_of_a_later_clause_date_its_own_figure"),
    pytest.param(
        "en", "Wheat normally sells at a premium of $42 a tonne over corn, traders said.\n\n"
        "Each year, wheat sells at a premium of $42 a tonne over corn in the spring.",
        [("$42 a tonne", "$42 a tonne")], [], id="en_each_year_is_no_distributive"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), PERIOD_CASES)
def test_period_words_and_per_head_figures(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                           expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


# an undated amount in a paragraph dated no otherwise is of the story's time, which the lead dates; a figure
# given by someone's analysis ("业内人士分析，", "analysts argued") is about what follows that frame; a
# figure restated rounded with two digits swapped is one figure mistyped
STORY = [
    pytest.param("en", "Insurers' premiums rose 6% to $52.4bn in 2024, the industry body said.\n\nClaims paid rose 9% "
                 "to $31.8bn.\n\nBrokers were cautious.\n\nOf the $38.1bn in claims paid in 2024, motor took the "
                 "most.", [("$31.8bn", "$38.1bn")], [("CS201", "error")], id="en_undated_of_the_story_time"),
    pytest.param("en", "Insurers' premiums rose 6% to $52.4bn in 2024, the industry body said.\n\nClaims paid rose 9% "
                 "to $31.8bn. In 2023 motor claims were $9.2bn.\n\nBrokers were cautious.\n\nOf the $38.1bn in "
                 "claims paid in 2024, motor took the most.", [("$31.8bn", "$38.1bn")], [("CS201", "warning")],
                 id="en_undated_in_a_paragraph_of_two_years"),
    pytest.param("zh", "前三季度，全省社会消费品零售总额8642亿元，同比增长6.1%。\n\n其中网上零售增长7.2%。\n\n"
                 "业内人士认为，在前三季度8462亿元的社会消费品零售总额中，网上零售占比提高。",
                 [("8642亿元", "8462亿元")], [("CS201", "error")], id="zh_analyst_frame_is_no_subject"),
    pytest.param("zh", "前三季度，全省社会消费品零售总额8642亿元，同比增长6.1%。\n\n其中网上零售增长7.2%。\n\n"
                 "业内人士认为，前三季度全省固定资产投资8462亿元，增速放缓。", [], [],
                 id="zh_analyst_frame_other_metric"),
    pytest.param("zh", "前三季度，保险业原保险保费收入46321亿元，同比增长11.4%。\n\n赔付支出增长。\n\n"
                 "在前三季度6.43万亿元的原保险保费收入中，人身险占比较高。",
                 [("46321亿元", "6.43万亿元")], [("CS201", "error")], id="zh_rounded_restatement_swapped"),
    pytest.param("vi", "Chín tháng năm 2024, doanh thu phí bảo hiểm đạt 46.321 tỷ đồng, tăng 11,4%.\n\nChi trả "
                 "bồi thường tăng.\n\nChuyên gia phân tích, doanh thu phí bảo hiểm chín tháng đạt 46.231 tỷ đồng là "
                 "tín hiệu tích cực.", [("46.321 tỷ đồng", "46.231 tỷ đồng")], [("CS201", "error")],
                 id="vi_analyst_frame_swapped"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), STORY)
def test_story_time_frames_and_rounding(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                        expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


ALTERNATIVES = [
    # two options, schemes or scenarios laid side by side are two subjects: never one figure stated twice
    pytest.param("zh", "意见稿给出了两种方案。在方案一中，第一档电量按照覆盖70%居民家庭的月均"
                 "用电量确定。在方案二中，第一档电量按照覆盖80%居民家庭的月均用电量确定。", [], id="zh_two_schemes"),
    pytest.param("zh", "意见稿给出了新方案。在新方案中，第一档电量按照覆盖70%居民家庭的月均用电"
                 "量确定。据介绍，第一档电量按照覆盖80%居民家庭的月均用电量确定。", [("70%", "80%")],
                 id="zh_one_scheme_restated"),
    pytest.param("zh", "在第一种情景下，2030年可再生能源发电量占比将达到46%。在第二种情景"
                 "下，2030年可再生能源发电量占比将达到47%。", [], id="zh_two_scenarios"),
    pytest.param("zh", "2030年可再生能源发电量占比将达到46%。据测算，2030年可再生能源发电量占比将达到47%。",
                 [("46%", "47%")], id="zh_no_scenarios"),
    pytest.param("en", "Under Option A, the first tier would cover 70% of households. Under Option B, the first tier "
                 "would cover 80% of households.", [], id="en_two_options"),
    pytest.param("en", "Under the proposal, the first tier would cover 70% of households. Officials said the first "
                 "tier would cover 80% of households.", [("70%", "80%")], id="en_one_proposal_restated"),
    pytest.param("en", "In the first scenario, renewables would supply 46% of power in 2030. In the second scenario, "
                 "renewables would supply 47% of power in 2030.", [], id="en_two_scenarios"),
    pytest.param("en", "In the plan, renewables would supply 46% of power in 2030. Officials said renewables would "
                 "supply 47% of power in 2030.", [("46%", "47%")], id="en_no_scenarios"),
    pytest.param("vi", "Theo phương án 1, bậc thang đầu tiên bao phủ 70% hộ gia đình. Theo phương án 2, bậc thang đầu "
                 "tiên bao phủ 80% hộ gia đình.", [], id="vi_two_options"),
    pytest.param("vi", "Theo đề án, bậc thang đầu tiên bao phủ 70% hộ gia đình. Bộ cho biết bậc thang đầu tiên bao phủ "
                 "80% hộ gia đình.", [("70%", "80%")], id="vi_one_plan_restated"),
    pytest.param("vi", "Ở kịch bản thứ nhất, năm 2030 năng lượng tái tạo chiếm 46% sản lượng điện. Ở kịch bản thứ hai, "
                 "năm 2030 năng lượng tái tạo chiếm 47% sản lượng điện.", [], id="vi_two_scenarios"),
    pytest.param("vi", "Năm 2030 năng lượng tái tạo chiếm 46% sản lượng điện. Bộ cho biết năm 2030 năng lượng tái tạo "
                 "chiếm 47% sản lượng điện.", [("46%", "47%")], id="vi_no_scenarios"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs"), ALTERNATIVES)
def test_alternatives_are_two_subjects(lang: str, text: str, expected_pairs: list[tuple[str, str]]) -> None:
    assert pairs(text, lang) == expected_pairs


def test_touching_rounding_cells_are_no_pass(tmp_path: Path) -> None:
    # "70%" and "80%" read to the ten meet only at 75, which rounds to 80: at most a rounding warning
    text = ("Under the proposal, the first tier would cover 70% of households. Officials said the first tier would "
            "cover 80% of households.")
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], Options(language="en"))
    assert [(c.rule, c.status) for c in report.checks] == [("CS202", "unverifiable")]
    path.write_text(text.replace("80%", "70%"), encoding="utf-8")
    assert [(c.rule, c.status) for c in check([path], Options(language="en")).checks] == [("CS201", "pass")]


# a later clause naming its own subject (the one the other statement's sentence opens with) is not told apart by
# its sentence's opening subject; two undated amounts, their digits swapped, are of the story's one time; a
# place name holding a distributive character ("成都") is no distributive word
OWN_CLAUSE = [
    pytest.param("en", "Sales rose 6.1% to $8.42 billion, while service income grew 12% to $2.47 billion.\n\n"
                 "Costs were flat.\n\nService income, at $2.74 billion for the period, now funds half the budget.",
                 [("$2.47 billion", "$2.74 billion")], [("CS201", "error")], id="en_while_clause_own_subject"),
    pytest.param("en", "Sales rose 6.1% to $8.42 billion, while service income grew 12% to $2.47 billion.\n\n"
                 "Costs were flat.\n\nFreight income, at $2.74 billion for the period, now funds half the budget.",
                 [], [], id="en_while_clause_other_subject"),
    pytest.param("vi", "Doanh thu tăng 6,1% lên 8.420 tỷ đồng, trong khi thu nhập dịch vụ tăng 12% lên 2.470 tỷ "
                 "đồng.\n\nChi phí đi ngang.\n\nThu nhập dịch vụ, ở mức 2.740 tỷ đồng, nay chiếm phần lớn ngân sách.",
                 [("2.470 tỷ đồng", "2.740 tỷ đồng")], [("CS201", "error")], id="vi_clause_own_subject"),
    pytest.param("vi", "Doanh thu tăng 6,1% lên 8.420 tỷ đồng, trong khi thu nhập dịch vụ tăng 12% lên 2.470 tỷ "
                 "đồng.\n\nChi phí đi ngang.\n\nThu nhập vận tải, ở mức 2.740 tỷ đồng, nay chiếm phần lớn ngân sách.",
                 [], [], id="vi_clause_other_subject"),
    pytest.param("zh", "上半年成都地铁日均客运量571.3万人次，同比增长11.6%。\n\n线网继续加密。\n\n"
                 "上半年成都地铁日均客运量517.3万人次，居全国前列。",
                 [("571.3万人次", "517.3万人次")], [("CS201", "error")], id="zh_city_name_is_not_distributive"),
    pytest.param("zh", "上半年成都、重庆地铁日均客运量都超过500万人次。\n\n线网继续加密。\n\n"
                 "上半年重庆地铁日均客运量517.3万人次，居全国前列。", [], [], id="zh_distributive_still_read"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), OWN_CLAUSE)
def test_own_clause_subject_and_place_names(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                            expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


# a period named in a later clause of the sentence ("…, unlike the dry season of 2023") dates that clause, not the
# figure before it: the figure is of the time its own words name
LATER_CLAUSE = [
    pytest.param("en", "In the first 7 months of 2024, power output reached 178.45 billion kWh, up 11%.\n\nDemand "
                 "grew.\n\nWith 187.45 billion kWh of power output in 7 months, the grid met demand, unlike the dry "
                 "season of 2023.", [("178.45 billion kWh", "187.45 billion kWh")], [("CS201", "error")],
                 id="en_later_clause_year"),
    pytest.param("en", "In the first 7 months of 2024, power output reached 178.45 billion kWh, up 11%.\n\nDemand "
                 "grew.\n\nIn 2023, power output reached 187.45 billion kWh, the grid said.", [], [],
                 id="en_own_year"),
    pytest.param("vi", "Tính chung 7 tháng đầu năm 2024, sản lượng điện ước đạt 178,45 tỷ kWh, tăng 11%.\n\nNhu cầu "
                 "tăng.\n\nVới 187,45 tỷ kWh sản lượng điện trong 7 tháng, hệ thống đáp ứng nhu cầu, không thiếu điện "
                 "như mùa khô năm 2023.", [("178,45 tỷ kWh", "187,45 tỷ kWh")], [("CS201", "error")],
                 id="vi_later_clause_year"),
    pytest.param("vi", "Tính chung 7 tháng đầu năm 2024, sản lượng điện ước đạt 178,45 tỷ kWh, tăng 11%.\n\nNhu cầu "
                 "tăng.\n\nNăm 2023, sản lượng điện đạt 187,45 tỷ kWh, hệ thống đáp ứng nhu cầu.", [], [],
                 id="vi_own_year"),
    pytest.param("zh", "2024年前7个月，发电量17845亿千瓦时，同比增长11%。\n\n用电需求增长。\n\n"
                 "7个月内发电量达到18745亿千瓦时，电网保障了供应，与2023年相比没有缺电。",
                 [("17845亿千瓦时", "18745亿千瓦时")], [("CS201", "error")], id="zh_later_clause_year"),
    pytest.param("zh", "2024年前7个月，发电量17845亿千瓦时，同比增长11%。\n\n用电需求增长。\n\n"
                 "2023年发电量达到18745亿千瓦时，电网保障了供应。", [], [], id="zh_own_year"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), LATER_CLAUSE)
def test_period_of_a_later_clause(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                  expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


# one metric named in other words when stated again: a product's share of its market is its penetration
# (`relations.metric_kin`); a price per unit is a price, named or not; a figure that names nothing of its own,
# of the other's period, is the story's figure. The digits swapped say they are one figure; a figure of another
# product, thing or period is its own.
KIN = [
    pytest.param("en", "Sales of electric cars rose 12% to 1.3 million, taking their share of the domestic market "
                 "to 46.2%.\n\nPetrol car sales fell 8%.\n\nWith domestic EV penetration at 42.6%, dealers expect "
                 "more models.", [("46.2%", "42.6%")], [("CS201", "warning")], id="en_penetration_is_share"),
    pytest.param("en", "Sales of electric cars rose 12% to 1.3 million, taking their share of the domestic market "
                 "to 46.2%.\n\nPetrol car sales fell 8%.\n\nWith domestic hybrid penetration at 42.6%, dealers expect "
                 "more models.", [], [], id="en_penetration_other_product"),
    pytest.param("vi", "Doanh số xe điện tăng 12% lên 1,3 triệu chiếc, chiếm 46,2% thị phần trong nước.\n\n"
                 "Xe xăng giảm 8%.\n\nVới tỷ lệ thâm nhập của xe điện ở mức 42,6%, các đại lý kỳ vọng thêm mẫu mới.",
                 [("46,2%", "42,6%")], [("CS201", "warning")], id="vi_penetration_is_share"),
    pytest.param("zh", "新能源汽车销量增长12%至130万辆，国内市场份额升至46.2%。\n\n燃油车销量下降8%。\n\n"
                 "国内新能源汽车渗透率达42.6%，经销商预计新车型增多。",
                 [("46.2%", "42.6%")], [("CS201", "warning")], id="zh_penetration_is_share"),
    pytest.param("zh", "本周鸡蛋每公斤10.38元，比上周上涨2.1%；白条鸡每公斤17.65元。\n\n蔬菜价格回落。\n\n"
                 "蛋价方面，鸡蛋批发均价本周为10.83元/公斤，短期偏强。",
                 [("10.38元", "10.83元/公斤")], [("CS201", "error")], id="zh_price_per_unit_named_once"),
    pytest.param("zh", "本周鸡蛋每公斤10.38元，比上周上涨2.1%；白条鸡每公斤17.65元。\n\n蔬菜价格回落。\n\n"
                 "肉价方面，猪肉批发均价本周为10.83元/公斤，短期偏强。", [], [], id="zh_price_per_unit_other_thing"),
    pytest.param("en", "This week eggs were $3.48 per kg, up 2.1%; chicken was $4.65 per kg.\n\nVegetable "
                 "prices eased.\n\nThe wholesale price of eggs this week, $3.84 per kg, may stay firm.",
                 [("$3.48 per kg", "$3.84 per kg")], [("CS201", "error")], id="en_price_per_unit_named_once"),
    pytest.param("en", "This week eggs were $3.48 per kg, up 2.1%; chicken was $4.65 per kg.\n\nVegetable "
                 "prices eased.\n\nThe wholesale price of pork this week, $3.84 per kg, may stay firm.", [], [],
                 id="en_price_per_unit_other_thing"),
    pytest.param("vi", "Tuần này giá trứng gà ở mức 34.800 đồng/kg, tăng 2,1%; thịt gà 46.500 đồng/kg.\n\nGiá rau "
                 "giảm.\n\nGiá trứng gà bán buôn tuần này là 38.400 đồng/kg, có thể còn tăng.",
                 [("34.800 đồng/kg", "38.400 đồng/kg")], [("CS201", "error")], id="vi_price_per_unit_named_once"),
    pytest.param("vi", "Tuần này giá trứng gà ở mức 34.800 đồng/kg, tăng 2,1%; thịt gà 46.500 đồng/kg.\n\nGiá rau "
                 "giảm.\n\nGiá thịt lợn bán buôn tuần này là 38.400 đồng/kg, có thể còn tăng.", [], [],
                 id="vi_price_per_unit_other_thing"),
    pytest.param("vi", "Lũy kế 10 tháng năm 2024, doanh số toàn thị trường đạt 297.480 xe, tăng 19,6% so với cùng kỳ."
                 "\n\nXe nhập khẩu chiếm ưu thế.\n\nVới mức tăng 16,9% sau 10 tháng, hiệp hội dự báo cả năm vượt "
                 "360.000 xe.", [("19,6%", "16,9%")], [("CS201", "error")], id="vi_bare_rate_same_length"),
    pytest.param("vi", "Lũy kế 10 tháng năm 2024, doanh số toàn thị trường đạt 297.480 xe, tăng 19,6% so với cùng kỳ."
                 "\n\nXe nhập khẩu chiếm ưu thế.\n\nVới mức tăng 16,9% sau 11 tháng, hiệp hội dự báo cả năm vượt "
                 "360.000 xe.", [], [], id="vi_bare_rate_other_length"),
    pytest.param("en", "In the first ten months of 2024, sales reached 297,480 cars, up 19.6% on a year earlier.\n\n"
                 "Imports led.\n\nWith growth of 16.9% after 10 months, the association expects a record year.",
                 [("19.6%", "16.9%")], [("CS201", "error")], id="en_bare_rate_same_length"),
    pytest.param("zh", "2024年前10个月，全市汽车销量29.748万辆，同比增长19.6%。\n\n进口车占优。\n\n"
                 "10个月增长16.9%，协会预计全年创新高。",
                 [("19.6%", "16.9%")], [("CS201", "error")], id="zh_bare_rate_same_length"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), KIN)
def test_metric_kin_prices_and_bare_figures(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                             expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


# a figure in parentheses glosses the noun before it ("youth (15-24 years) unemployment"): the words before the
# parenthesis still lead up to the figure after it; another group's figure stays apart
GLOSS = [
    pytest.param("en", "Key findings:\n\nThe youth (15-24 years) unemployment rate was 11.8% in Q2 2024.\n\n"
                 "Employment rose.\n\nYouth unemployment of 12.3% remains well above the adult rate.",
                 [("11.8%", "12.3%")], [("CS201", "warning")], id="en_gloss_before_the_rate"),
    pytest.param("en", "Key findings:\n\nThe youth (15-24 years) unemployment rate was 11.8% in Q2 2024.\n\n"
                 "Employment rose.\n\nOlder-worker unemployment of 12.3% remains well above the adult rate.",
                 [], [], id="en_gloss_other_group"),
    pytest.param("vi", "Tỷ lệ thất nghiệp của thanh niên (15-24 tuổi) quý II/2024 là 11,8%.\n\nViệc làm tăng.\n\n"
                 "Tỷ lệ thất nghiệp của thanh niên ở mức 12,3%, cao hơn nhiều so với người lớn.",
                 [("11,8%", "12,3%")], [("CS201", "warning")], id="vi_gloss_before_the_rate"),
    pytest.param("zh", "2024年二季度，城镇青年（16-24岁）调查失业率为11.8%。\n\n就业人数增加。\n\n"
                 "城镇青年调查失业率12.3%，仍明显高于成年人。",
                 [("11.8%", "12.3%")], [("CS201", "warning")], id="zh_gloss_before_the_rate"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), GLOSS)
def test_gloss_in_parentheses_leads_on(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                       expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


# a figure described only by a word pointing back ("the figure", "con số này", "该数字") names nothing of its
# own: of the other's period, its digits swapped, it is that figure; of another period, its own
POINTERS = [
    pytest.param("en", "In the first ten months of 2024, car sales rose 19.6% on a year earlier.\n\nImports led."
                 "\n\nAfter 10 months the figure was 16.9%, the association said.",
                 [("19.6%", "16.9%")], [("CS201", "error")], id="en_pointer_same_length"),
    pytest.param("en", "In the first ten months of 2024, car sales rose 19.6% on a year earlier.\n\nImports led."
                 "\n\nAfter 11 months the figure was 16.9%, the association said.", [], [],
                 id="en_pointer_other_length"),
    pytest.param("vi", "Lũy kế 10 tháng năm 2024, doanh số ô tô tăng 19,6% so với cùng kỳ.\n\nXe nhập khẩu dẫn đầu."
                 "\n\nSau 10 tháng, con số này là 16,9%, theo hiệp hội.",
                 [("19,6%", "16,9%")], [("CS201", "error")], id="vi_pointer_same_length"),
    pytest.param("vi", "Lũy kế 10 tháng năm 2024, doanh số ô tô tăng 19,6% so với cùng kỳ.\n\nXe nhập khẩu dẫn đầu."
                 "\n\nSau 11 tháng, con số này là 16,9%, theo hiệp hội.", [], [], id="vi_pointer_other_length"),
    pytest.param("zh", "2024年前10个月，全市汽车销量同比增长19.6%。\n\n进口车领先。\n\n10个月该数字为16.9%，协会表示。",
                 [("19.6%", "16.9%")], [("CS201", "error")], id="zh_pointer_same_length"),
    pytest.param("zh", "2024年前10个月，全市汽车销量同比增长19.6%。\n\n进口车领先。\n\n11个月该数字为16.9%，协会表示。",
                 [], [], id="zh_pointer_other_length"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), POINTERS)
def test_pointer_words_name_nothing(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                    expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


# a time adverbial heading a paragraph dates its later sentences, unless another time (or a base's period word)
# is named before the figure; a balance at a month's end is of that month's last day
OPENERS = [
    pytest.param("vi", "Đến cuối tháng 6/2025, tổng tài sản đạt 312.400 tỷ đồng. Dư nợ cho vay khách hàng đạt "
                 "214.800 tỷ đồng.\n\nLãi suất giảm.\n\nTính đến ngày 30/6/2025, dư nợ cho vay khách hàng ở mức "
                 "218.400 tỷ đồng.", [("214.800 tỷ đồng", "218.400 tỷ đồng")], [("CS201", "error")],
                 id="vi_paragraph_opener_month_end"),
    pytest.param("vi", "Đến cuối tháng 6/2025, tổng tài sản đạt 312.400 tỷ đồng. Tháng trước, dư nợ cho vay khách "
                 "hàng đạt 214.800 tỷ đồng.\n\nLãi suất giảm.\n\nTính đến ngày 30/6/2025, dư nợ cho vay khách hàng "
                 "ở mức 218.400 tỷ đồng.", [("214.800 tỷ đồng", "218.400 tỷ đồng")], [("CS201", "warning")],
                 id="vi_paragraph_opener_broken"),
    pytest.param("zh", "截至2025年6月末，总资产31240亿元。客户贷款余额21480亿元。\n\n利率下行。\n\n"
                 "截至2025年6月30日，客户贷款余额21840亿元。", [("21480亿元", "21840亿元")], [("CS201", "error")],
                 id="zh_paragraph_opener_month_end"),
    pytest.param("en", "At the end of June 2025, total assets were £312.4bn. Customer loans stood at £214.8bn.\n\n"
                 "Rates fell.\n\nCustomer loans were £218.4bn at 30 June 2025.",
                 [("£214.8bn", "£218.4bn")], [("CS201", "error")], id="en_paragraph_opener_month_end"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), OPENERS)
def test_paragraph_openers_and_month_ends(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                         expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


def test_a_year_never_given_names_no_other_time() -> None:
    """In an undated article, "quý I" (no year) and "trong quý 1/2021" are not named as two times."""
    text = ("Theo báo cáo của công ty, trong quý 1/2021 doanh thu đạt 21.048,6 tỷ đồng. Công ty thu về 2.040 tỷ đồng "
            "lợi nhuận gộp.\n\nGiá dầu tăng.\n\nQuý I, công ty đã thu về 2.040 tỷ đồng lợi nhuận gộp.")
    assert pairs(text, "vi") == [("2.040 tỷ đồng", "2.040 tỷ đồng")]


# round 10: a swapped figure restated by a speaker (who gives it is not what it is), in words that never say its year,
# or by a metric's other name (an abbreviation: "归母"; "earned" for a profit); a recurring profit is another figure
SWAPS_R10 = [
    pytest.param("vi", "Đến cuối tháng 3/2025, tổng dư nợ tín dụng trên địa bàn tỉnh đạt 2,35 triệu tỷ đồng.\n\n"
                 "Giá vàng tăng.\n\nÔng Lê Văn Nam, Giám đốc chi nhánh, cho biết với tổng dư nợ 2,53 triệu tỷ "
                 "đồng tính đến cuối tháng 3, tỉnh vẫn dẫn đầu khu vực.",
                 [("2,35 triệu tỷ đồng", "2,53 triệu tỷ đồng")], [("CS201", "error")], id="vi_speaker_year_unsaid"),
    pytest.param("en", "Orlin Corp said net income rose to $634 million in the quarter.\n\nShares fell.\n\n"
                 "The finance chief pointed to the $643 million the company earned as proof the cuts worked.",
                 [("$634 million", "$643 million")], [("CS201", "error")], id="en_earned_is_profit"),
    pytest.param("zh", "2024年，公司实现归属于上市公司股东的净利润25.46亿元，同比增长8.1%。\n\n市场平稳。\n\n"
                 "业绩说明会上，公司表示，全年归母净利润25.64亿元，主要来自产品结构优化。",
                 [("25.46亿元", "25.64亿元")], [("CS201", "warning")], id="zh_abbreviated_attributable_profit"),
    pytest.param("zh", "2024年，公司实现归母净利润25.46亿元，同比增长8.1%。\n\n市场平稳。\n\n"
                 "2024年，扣非净利润25.64亿元，同比增长6.0%。",
                 [], [], id="zh_recurring_profit_is_another_figure"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), SWAPS_R10)
def test_swaps_restated_by_speakers_and_other_names(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                                    expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings


# round 10 (restate2): one digit mistyped in an amount both statements date alike; a breakdown's figure after
# "其中" / "of which" / "trong đó" is no companion that tells two statements apart
SLIPS_R10 = [
    pytest.param("vi", "Số lao động có việc làm quý II/2025 là 2,35 triệu người.\n\nThị trường ổn định.\n\n"
                 "Số lao động có việc làm quý III/2025 là 2,85 triệu người.",
                 [], [], id="vi_one_digit_other_quarter"),
    pytest.param("en", "The county recorded 4,620 road accidents in 2024.\n\nRepairs continue.\n\n"
                 "The county recorded 8,620 road injuries in 2024.",
                 [], [], id="en_one_digit_another_count"),
    pytest.param("zh", "2025年全市共接待游客3826万人次，同比增长6.1%。\n\n市场平稳。\n\n"
                 "2025年全市共接待游客3862万人次，其中外地游客占比约六成。",
                 [("3826万人次", "3862万人次")], [("CS201", "error")], id="zh_breakdown_share_is_no_companion"),
    pytest.param("zh", "2025年全市共接待游客3826万人次，同比增长6.1%。\n\n市场平稳。\n\n"
                 "2025年全市共接待游客3862万人次，同比增长7.0%。",
                 [], [], id="zh_two_companion_rates_tell_apart"),
    pytest.param("zh", "2025年全市共接待游客3826万人次。\n\n市场平稳。\n\n2025年全市共接待游客3926万人次。",
                 [("3826万人次", "3926万人次")], [("CS201", "error")], id="zh_one_digit_mistyped"),
    pytest.param("vi", "Năm 2025, toàn tỉnh đón 3,826 triệu lượt khách, tăng 6,1%.\n\nThị trường ổn định.\n\n"
                 "Năm 2025, toàn tỉnh đón 3,862 triệu lượt khách, trong đó khách quốc tế chiếm 12%.",
                 [("3,826 triệu lượt khách", "3,862 triệu lượt khách")], [("CS201", "error")],
                 id="vi_breakdown_share_is_no_companion"),
]


@pytest.mark.parametrize(("lang", "text", "expected_pairs", "expected_findings"), SLIPS_R10)
def test_mistyped_digits_and_breakdown_companions(lang: str, text: str, expected_pairs: list[tuple[str, str]],
                                                  expected_findings: list[tuple[str, str]], tmp_path: Path) -> None:
    assert pairs(text, lang) == expected_pairs
    assert findings(text, lang, tmp_path) == expected_findings
