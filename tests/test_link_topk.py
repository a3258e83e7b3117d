"""Top-k within top-m inferred from raw text (validator/link.py, Linker.subsets) and judged by NR106.

Sentences written for this test: the (k, inner, m, outer) pairs the linker must find and the statuses and
severities NR106 then reports. A percentage that only mentions a group in passing ("one of the top five",
"前五家企业之一", "một trong 5 hãng dẫn đầu") or a period ("前三季度") is no top-k figure.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _judging import judged_by

from validator.document import document_from_text
from validator.extract.claims import extract_document
from validator.link import infer_relations
from validator.model import SubsetRelation

Pair = tuple[int | None, str, int | None, str]


def subsets_found(text: str, lang: str) -> list[Pair]:
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    by_id = {c.id: c.text for c in claims}
    return [(r.k, by_id[r.inner], r.m, by_id[r.outer])
            for r in infer_relations(doc, claims) if isinstance(r, SubsetRelation)]


def judged(text: str, lang: str, tmp_path: Path) -> tuple[list[str], list[str]]:
    """(statuses of the NR106 checks, severities of the NR106 findings)."""
    return judged_by(text, lang, tmp_path, "NR106")


CASES = [
    # --- zh ---
    pytest.param(
        "zh", "1—9月，销量排名前十的企业（集团）合计占比81.3%。其中，前五家企业合计占比83.9%。",
        [(5, "83.9%", 10, "81.3%")], ["fail"], ["error"], id="zh_top5_larger_than_top10_across_sentences"),
    pytest.param(
        "zh", "销量前10的企业合计占比81.3%，前5家企业合计占比63.9%。",
        [(5, "63.9%", 10, "81.3%")], ["pass"], [], id="zh_qian10_de_and_qian5_jia"),
    pytest.param(
        "zh", "排名前3家、前5家、前10家企业装车量占比分别为71.2%、84.6%和93.8%。",
        [(3, "71.2%", 5, "84.6%"), (3, "71.2%", 10, "93.8%"), (5, "84.6%", 10, "93.8%")],
        ["pass", "pass", "pass"], [], id="zh_fenbie_pairs_groups_and_shares_in_order"),
    pytest.param(
        "zh", "前五家企业销量同比增长12.3%，占比60.8%；前十家企业占比79.4%。",
        [(5, "60.8%", 10, "79.4%")], ["pass"], [], id="zh_a_growth_rate_between_group_and_share_is_skipped"),
    pytest.param(
        "zh", "前三季度新能源汽车渗透率达46.1%，前10家企业合计占比84.7%。",
        [], [], [], id="zh_qian_san_jidu_is_a_period"),
    pytest.param(
        "zh", "比亚迪是前五家企业之一，占比30.2%。前十家企业合计占比84.7%。",
        [], [], [], id="zh_zhiyi_is_membership"),
    pytest.param(
        "zh", "前五家企业合计占比96%，前三家企业合计占比97%。",
        [(3, "97%", 5, "96%")], ["fail"], ["error"], id="zh_touching_cells_cannot_both_hold"),
    pytest.param(
        "zh", "前五家企业合计占比96%，前三家企业合计占比96%。",
        [(3, "96%", 5, "96%")], ["pass"], [], id="zh_equal_figures_hold"),
    pytest.param(
        "zh", "前五家企业合计占比96.4%，前三家企业合计占比96%。",
        [(3, "96%", 5, "96.4%")], ["pass"], [], id="zh_a_finer_outer_figure_inside_the_cell_holds"),
    # --- vi ---
    pytest.param(
        "vi", "10 doanh nghiệp lớn nhất chiếm 48% tổng lượng, riêng 5 doanh nghiệp dẫn đầu đã chiếm 49%.",
        [(5, "49%", 10, "48%")], ["fail"], ["error"], id="vi_top5_above_top10"),
    pytest.param(
        "vi", "5 hãng dẫn đầu chiếm 96% thị phần, 3 hãng lớn nhất chiếm 97%.",
        [(3, "97%", 5, "96%")], ["fail"], ["error"], id="vi_touching_cells_cannot_both_hold"),
    pytest.param(
        "vi", "Nhóm 10 mẫu xe bán chạy nhất chiếm 36,4% thị trường. Riêng 5 mẫu dẫn đầu chiếm 39,1%.",
        [(5, "39,1%", 10, "36,4%")], ["fail"], ["error"], id="vi_nhom_10_mau_ban_chay_nhat"),
    pytest.param(
        "vi", "Top 10 thương hiệu chiếm 78,5% doanh số, trong khi 5 thương hiệu lớn nhất chiếm 61,2%.",
        [(5, "61,2%", 10, "78,5%")], ["pass"], [], id="vi_top_10_and_trailing_lon_nhat"),
    pytest.param(
        "vi", "Trong 10 tháng, Toyota dẫn đầu với 25,3% thị phần; nhóm 5 hãng dẫn đầu chiếm 48,1%.",
        [], [], [], id="vi_ten_months_is_no_group"),
    pytest.param(
        "vi", "VinFast là một trong 5 hãng dẫn đầu, chiếm 11,2% thị phần. Nhóm 10 hãng dẫn đầu chiếm 70,4%.",
        [], [], [], id="vi_mot_trong_is_membership"),
    pytest.param(
        "vi", "Trong 5 hãng dẫn đầu, Toyota chiếm 18,5% thị phần, Hyundai chiếm 15,2%. Nhóm 10 hãng lớn nhất chiếm "
        "82,4%.",
        [], [], [], id="vi_an_opening_trong_group_is_the_subjects_group"),
    # --- en ---
    pytest.param(
        "en", "The five largest carmakers took 61.4% of the market in October, while the ten largest held 58.9%.",
        [(5, "61.4%", 10, "58.9%")], ["fail"], ["error"], id="en_five_largest_within_ten_largest"),
    pytest.param(
        "en", "The top-10 brands accounted for 72.3% of sales; the top three alone made up 41.6%.",
        [(3, "41.6%", 10, "72.3%")], ["pass"], [], id="en_hyphenated_top_10"),
    pytest.param(
        "en", "The ten best-selling models made up 38.7% of sales and the five best-selling 24.9%.",
        [(5, "24.9%", 10, "38.7%")], ["pass"], [], id="en_ten_best_selling"),
    pytest.param(
        "en", "The top three, top five and top ten accounted for 45.1%, 62.3% and 80.4% of the market respectively.",
        [(3, "45.1%", 5, "62.3%"), (3, "45.1%", 10, "80.4%"), (5, "62.3%", 10, "80.4%")],
        ["pass", "pass", "pass"], [], id="en_respectively"),
    pytest.param(
        "en", "Chery, one of the top five exporters, said its shipments made up 12.4% of the total. The top 10 "
        "exporters accounted for 81.3% of shipments.",
        [], [], [], id="en_one_of_the_top_five_is_membership"),
    pytest.param(
        "en", "Of the top five, Toyota took 18.5% of the market. The top 10 took 82.4%.",
        [], [], [], id="en_an_opening_of_the_top_five_is_the_subjects_group"),
    pytest.param(
        "en", "The top five exporters saw sales rise 20.4% in the month, and the top 10 accounted for 81.3%.",
        [], [], [], id="en_a_growth_rate_is_no_top_k_share"),
    pytest.param(
        "en", "Clubs from the big five leagues accounted for 96% of the revenue of the top 30 clubs, and clubs from "
        "the three biggest for 97%.",
        [(3, "97%", 5, "96%")], ["fail"], ["error"], id="en_big_five_and_three_biggest_touching_cells"),
    pytest.param(
        "en", "The big five leagues took 96% of the revenue of the top 30 clubs and the three biggest 95%.",
        [(3, "95%", 5, "96%")], ["pass"], [], id="en_a_group_after_a_share_is_its_whole"),
    pytest.param(
        "en", "The top 10% of buyers accounted for 40.2% of spending, and the top five brands for 33.1%.",
        [], [], [], id="en_top_ten_percent_is_no_group_of_ten"),
    # --- one ranking or two: the words of both groups decide once they are not in one sentence ---
    pytest.param(
        "en", "The top three refiners processed 41.5% of crude, and the top five 57.2%. Upstream the picture is "
        "sharper: the five largest pipeline companies control 90.4% of capacity, and the ten largest 96.1%.",
        [(3, "41.5%", 5, "57.2%"), (5, "90.4%", 10, "96.1%")], ["pass", "pass"], [],
        id="en_another_ranking_in_the_paragraph_is_not_paired"),
    pytest.param(
        "en", "The top three refiners processed 47.5% of crude, and the top five 60.2%.\n\nYet the market is less "
        "concentrated than it looks: the ten largest refiners together processed 58.8% of crude in 2025.",
        [(3, "47.5%", 5, "60.2%"), (3, "47.5%", 10, "58.8%"), (5, "60.2%", 10, "58.8%")], ["pass", "pass", "fail"],
        ["error"],
        id="en_the_same_ranking_paragraphs_apart"),
    pytest.param(
        "en", "The top three refiners processed 47.5% of crude.\n\nThe ten largest airlines carried 58.8% of "
        "passengers.",
        [], [], [], id="en_other_rankings_paragraphs_apart"),
    pytest.param(
        "en", "The five largest lines operate 64.5% of the fleet. The top 10 control 84.6%.",
        [(5, "64.5%", 10, "84.6%")], ["pass"], [], id="en_an_unnamed_group_goes_on_with_the_ranking"),
    pytest.param(
        "vi", "Bốn ngân hàng lớn nhất nắm 52,3% tổng dư nợ, trong khi tám ngân hàng dẫn đầu chiếm 50,1%. Ở mảng "
        "huy động, ba ngân hàng lớn nhất chiếm 30,2% tổng nguồn vốn.",
        [(4, "52,3%", 8, "50,1%")], ["fail"], ["error"], id="vi_loans_and_deposits_are_two_rankings"),
    pytest.param(
        "vi", "Năm chủ đầu tư dẫn đầu chiếm 40,2% lượng căn mở bán.\n\nNhóm 10 chủ đầu tư lớn nhất chiếm 38,5% "
        "lượng căn mở bán của thành phố.",
        [(5, "40,2%", 10, "38,5%")], ["fail"], ["error"], id="vi_the_same_ranking_paragraphs_apart"),
    pytest.param(
        "zh", "前三家银行贷款余额占比38.6%。\n\n前五家银行贷款余额合计占比36.9%。",
        [(3, "38.6%", 5, "36.9%")], ["fail"], ["error"], id="zh_the_same_ranking_paragraphs_apart"),
    pytest.param(
        "zh", "前三家银行贷款余额占比38.6%。\n\n前五家航空公司旅客运输量占比36.9%。",
        [], [], [], id="zh_other_rankings_paragraphs_apart"),
    pytest.param(
        "zh", "2010年产量排名前五名的省份依次为浙江、江苏、福建、山东、河南，分别占全国比重为44.2%、33.3%、6.7%、3.0%、"
        "1.7%。\n\n2010年产量排名前六名的省份合计占全国比重为24.6%。",
        [], [], [], id="zh_a_fenbie_list_after_one_group_is_its_members"),
    # --- paragraphs apart, both groups count the same things (the metric their noun names) ---
    pytest.param(
        "en", "Its top 10 customers accounted for 23.5% of revenue, the filing showed.\n\nAnalysts see the "
        "concentration as a risk.\n\nElsewhere, its top 25 customers together accounted for 21.8% of revenue.",
        [(10, "23.5%", 25, "21.8%")], ["fail"], ["error"], id="en_top_customers_paragraphs_apart_wrong"),
    pytest.param(
        "en", "Its top 10 customers accounted for 23.5% of revenue, the filing showed.\n\nAnalysts see the "
        "concentration as a risk.\n\nElsewhere, its top 25 customers together accounted for 31.8% of revenue.",
        [(10, "23.5%", 25, "31.8%")], ["pass"], [], id="en_top_customers_paragraphs_apart_right"),
    # --- a together percentage after a semicolon list speaks for the group that opens it ---
    pytest.param(
        "vi", "Ba thị trường lớn nhất gồm: Mỹ 12,1 tỷ USD; Trung Quốc 9,8 tỷ USD và Nhật Bản 4,3 tỷ USD, cộng lại "
        "chiếm 62,4% tổng kim ngạch. Năm thị trường dẫn đầu chiếm 60,1%.",
        [(3, "62,4%", 5, "60,1%")], ["fail"], ["error"], id="vi_list_group_wrong"),
    pytest.param(
        "vi", "Ba thị trường lớn nhất gồm: Mỹ 12,1 tỷ USD; Trung Quốc 9,8 tỷ USD và Nhật Bản 4,3 tỷ USD, cộng lại "
        "chiếm 62,4% tổng kim ngạch. Năm thị trường dẫn đầu chiếm 71,5%.",
        [(3, "62,4%", 5, "71,5%")], ["pass"], [], id="vi_list_group_right"),
    pytest.param(
        "zh", "前三大市场分别为：美国121亿美元；中国98亿美元；日本43亿美元，合计占出口总额的62.4%。"
        "前五大市场占比60.1%。",
        [(3, "62.4%", 5, "60.1%")], ["fail"], ["error"], id="zh_list_group_wrong"),
    # --- a whole named before the group (a partitive opening its clause) is another ranking's whole ---
    pytest.param(
        "en", "The top three hold 47% of installed capacity and the top ten 81%. Of the 3 GW of batteries being "
              "built, the top four account for 90% and the top six for 95%.",
        [(3, "47%", 10, "81%"), (4, "90%", 6, "95%")], ["pass", "pass"], [], id="en_opening_whole_other_ranking"),
    pytest.param(
        "en", "The three largest owners hold 47% of installed capacity and the top ten 81%. Of the 3 GW of batteries "
              "being built, the four largest developers account for 90.4% and the six largest for 85.2%.",
        [(3, "47%", 10, "81%"), (4, "90.4%", 6, "85.2%")], ["pass", "fail"], ["error"],
        id="en_opening_whole_error_stays_within_its_ranking"),
    pytest.param(
        "vi", "Top 3 chủ đầu tư nắm 47% công suất lắp đặt, top 10 nắm 81%. Trong số 3 GW pin lưu trữ đang xây dựng, "
              "top 4 chiếm 90% và top 6 chiếm 95%.",
        [(3, "47%", 10, "81%"), (4, "90%", 6, "95%")], ["pass", "pass"], [], id="vi_trong_so_opening_other_ranking"),
    pytest.param(
        "vi", "Top 3 chủ đầu tư nắm 47% công suất lắp đặt, top 10 nắm 81%. Trong số 3 GW pin lưu trữ đang xây dựng, "
              "top 4 chiếm 90,4% và top 6 chiếm 85,2%.",
        [(3, "47%", 10, "81%"), (4, "90,4%", 6, "85,2%")], ["pass", "fail"], ["error"],
        id="vi_trong_so_opening_error_stays_within_its_ranking"),
    # --- apart, a group naming what it counts ("前五大院线") ranks other things than one that never names them ---
    pytest.param(
        "zh", "档期票房前三名合计占比71.0%，前五名合计占比84.6%。\n\n截至10月末，全国银幕总数9.16万块。院线方面，"
              "前五大院线票房份额合计47.8%，前十大院线合计68.3%。",
        [(3, "71.0%", 5, "84.6%"), (5, "47.8%", 10, "68.3%")], ["pass", "pass"], [],
        id="zh_films_and_cinema_chains_are_two_rankings"),
    pytest.param(
        "zh", "前五大院线票房份额合计47.8%。\n\n截至10月末，全国银幕总数增加。票房前十大院线合计份额38.3%。",
        [(5, "47.8%", 10, "38.3%")], ["fail"], ["error"], id="zh_same_counted_noun_apart_still_one_ranking"),
    pytest.param(
        "zh", "前五家车企销量合计占比60.8%。\n\n截至10月末，全国汽车产量增长。前十家车企销量合计占比79.4%。",
        [(5, "60.8%", 10, "79.4%")], ["pass"], [], id="zh_jia_measure_word_head_noun_shared"),
    # --- two sentences giving the same count other shares rank other things: no group of one within the other's ---
    pytest.param(
        "zh", "变流器环节前五家企业份额合计54.6%，前十家合计71.3%。集成环节前八家企业份额占比95.4%，前十家为96.0%。",
        [(5, "54.6%", 10, "71.3%"), (8, "95.4%", 10, "96.0%")], ["pass", "pass"], [],
        id="zh_two_sentences_two_top_tens_two_rankings"),
    pytest.param(
        "zh", "变流器环节前五家企业份额合计54.6%，前十家合计71.3%。集成环节前八家企业份额占比97.4%，前十家为96.0%。",
        [(5, "54.6%", 10, "71.3%"), (8, "97.4%", 10, "96.0%")], ["pass", "fail"], ["error"],
        id="zh_two_rankings_each_still_checked"),
    pytest.param(
        "vi", "Ở mảng biến tần, 5 doanh nghiệp lớn nhất chiếm 54,6% thị phần, 10 doanh nghiệp lớn nhất chiếm 71,3%. Ở "
              "mảng tích hợp, 8 doanh nghiệp dẫn đầu chiếm 95,4% thị phần, 10 doanh nghiệp dẫn đầu chiếm 96,0%.",
        [(5, "54,6%", 10, "71,3%"), (8, "95,4%", 10, "96,0%")], ["pass", "pass"], [],
        id="vi_two_sentences_two_top_tens_two_rankings"),
    pytest.param(
        "en", "The five largest inverter makers hold 54.6% of the market and the top ten 71.3%. The eight largest "
              "integrators won 95.4% of the market, and the top ten 96.0%.",
        [(5, "54.6%", 10, "71.3%"), (8, "95.4%", 10, "96.0%")], ["pass", "pass"], [],
        id="en_two_sentences_two_top_tens_two_rankings"),
]


@pytest.mark.parametrize(("lang", "text", "pairs", "statuses", "severities"), CASES)
def test_subset_relation_and_outcome(lang: str, text: str, pairs: list[Pair], statuses: list[str],
                                     severities: list[str], tmp_path: Path) -> None:
    assert subsets_found(text, lang) == pairs
    assert judged(text, lang, tmp_path) == (statuses, severities)


@pytest.mark.parametrize(("text", "claims"), [
    ("Nhóm 1 gồm các hãng Nhật Bản và Hàn Quốc.", []),
    ("Nhóm 10 mẫu xe bán chạy nhất chiếm 36,4%.", [("10 mẫu", "item"), ("36,4%", "percent")]),
])
def test_vi_nhom_n_is_a_label_unless_it_counts_things(text: str, claims: list[tuple[str, str]]) -> None:
    doc = document_from_text(text, language="vi")
    assert [(c.text, c.unit) for c in extract_document(doc)] == claims


# a share word ("thị phần", "market share", "市场份额") names no whole and no metric of its own: a top group's
# share of the market is one ranking with another group's share of the trade
SHARE_WORD_CASES = [
    pytest.param(
        "vi", "Ở nhóm nhà xuất khẩu, 5 đơn vị dẫn đầu chiếm 52,4% kim ngạch xuất khẩu gạo. Nhóm 10 doanh nghiệp lớn "
        "nhất nắm giữ 49,8% thị phần.",
        [(5, "52,4%", 10, "49,8%")], ["fail"], ["error"], id="vi_thi_phan_is_the_trade_share"),
    pytest.param(
        "vi", "Ở nhóm nhà xuất khẩu, 5 đơn vị dẫn đầu chiếm 52,4% kim ngạch xuất khẩu gạo. Nhóm 10 doanh nghiệp lớn "
        "nhất nắm giữ 68,1% thị phần.",
        [(5, "52,4%", 10, "68,1%")], ["pass"], [], id="vi_thi_phan_is_the_trade_share_pass"),
    pytest.param(
        "en", "Among exporters, the top five firms accounted for 52.4% of rice exports. The ten largest firms "
        "held a 49.8% market share.",
        [(5, "52.4%", 10, "49.8%")], ["fail"], ["error"], id="en_market_share_is_the_export_share"),
    pytest.param(
        "zh", "出口企业方面，前五家企业出口额合计占比52.4%。前十家企业合计市场份额为49.8%。",
        [(5, "52.4%", 10, "49.8%")], ["fail"], ["error"], id="zh_market_share_is_the_export_share"),
]


@pytest.mark.parametrize(("lang", "text", "pairs", "statuses", "severities"), SHARE_WORD_CASES)
def test_a_share_word_names_no_other_whole(lang: str, text: str, pairs: list[Pair], statuses: list[str],
                                           severities: list[str], tmp_path: Path) -> None:
    assert subsets_found(text, lang) == pairs
    assert judged(text, lang, tmp_path) == (statuses, severities)


# a group's count in digits with a noun the extractor keeps no figure of ("nhóm 10 khu vực dẫn đầu"): read from the
# text before the group's word
BARE_COUNT_CASES = [
    pytest.param(
        "vi", "Hàng hóa tập trung cao: 5 khu vực cảng lớn nhất chiếm 71,2% tổng khối lượng, trong khi nhóm 10 khu vực "
        "dẫn đầu chiếm 69,5%.", [(5, "71,2%", 10, "69,5%")], ["fail"], ["error"], id="vi_bare_count_wrong"),
    pytest.param(
        "vi", "Hàng hóa tập trung cao: 5 khu vực cảng lớn nhất chiếm 71,2% tổng khối lượng, trong khi nhóm 10 khu vực "
        "dẫn đầu chiếm 84,5%.", [(5, "71,2%", 10, "84,5%")], ["pass"], [], id="vi_bare_count_right"),
    pytest.param(
        "en", "Cargo is concentrated: the 5 largest port areas handled 71.2% of all cargo, while the 10 leading areas "
        "handled 69.5%.", [(5, "71.2%", 10, "69.5%")], ["fail"], ["error"], id="en_bare_count_wrong"),
    pytest.param(
        "zh", "货物高度集中：前5大港区合计占比71.2%，而前10大港区合计占比69.5%。",
        [(5, "71.2%", 10, "69.5%")], ["fail"], ["error"], id="zh_bare_count_wrong"),
]


@pytest.mark.parametrize(("lang", "text", "pairs", "statuses", "severities"), BARE_COUNT_CASES)
def test_a_bare_count_opens_a_top_group(lang: str, text: str, pairs: list[Pair], statuses: list[str],
                                        severities: list[str], tmp_path: Path) -> None:
    assert subsets_found(text, lang) == pairs
    assert judged(text, lang, tmp_path) == (statuses, severities)


# a concentration ratio ("CR10"), a count written against its trail word ("百强", "十强"), and two market shares
# paragraphs apart naming no other metric: one ranking
WRITTEN_COUNT_CASES = [
    pytest.param(
        "zh", "全年电池出货量420GWh，前五家合计占比78.4%。\n\n从出货看，CR10为76.1%，中小厂商退出加快。",
        [(5, "78.4%", 10, "76.1%")], ["fail"], ["error"], id="zh_cr10_below_top5"),
    pytest.param(
        "zh", "全年电池出货量420GWh，前五家合计占比78.4%。\n\n从出货看，CR10为86.1%，中小厂商退出加快。",
        [(5, "78.4%", 10, "86.1%")], ["pass"], [], id="zh_cr10_right"),
    pytest.param(
        "en", "Battery shipments reached 420 GWh, and the top five makers shipped 78.4% of them.\n\nBy shipments, the "
              "CR10 stood at 76.1%.", [(5, "78.4%", 10, "76.1%")], ["fail"], ["error"], id="en_cr10_below_top5"),
    pytest.param(
        "vi", "Sản lượng pin xuất xưởng đạt 420 GWh, 5 hãng dẫn đầu chiếm 78,4% sản lượng xuất xưởng. Theo sản lượng "
              "xuất xưởng, CR10 ở mức 76,1%.", [(5, "78,4%", 10, "76,1%")], ["fail"], ["error"],
        id="vi_cr10_below_top5_same_paragraph"),
    pytest.param(
        "zh", "物流百强企业收入合计820亿元，占全国市场的15.2%；其中十强企业收入占全国市场的17.9%。",
        [(10, "17.9%", 100, "15.2%")], ["fail"], ["error"], id="zh_baiqiang_written_against_its_count"),
    pytest.param(
        "zh", "本市5家企业实力较强，合计占比40.2%，前三家占比30.1%。", [], [], [],
        id="zh_a_count_apart_from_qiang_is_no_group"),
    pytest.param(
        "zh", "前三大品牌合计份额为52.1%。\n\n“按我们的口径，前十大品牌合计份额为49.8%。”",
        [(3, "52.1%", 10, "49.8%")], ["fail"], ["error"], id="zh_two_market_shares_apart_one_ranking"),
]


@pytest.mark.parametrize(("lang", "text", "pairs", "statuses", "severities"), WRITTEN_COUNT_CASES)
def test_counts_written_against_their_words(lang: str, text: str, pairs: list[Pair], statuses: list[str],
                                            severities: list[str], tmp_path: Path) -> None:
    assert subsets_found(text, lang) == pairs
    assert judged(text, lang, tmp_path) == (statuses, severities)
