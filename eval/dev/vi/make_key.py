#!/usr/bin/env python3
"""Writes key.json (kept as source so the key is easy to review)."""
import json, os
E = lambda id, kind, any_of, sev="error": {"id": id, "severity": sev, "kind": kind, "any_of": any_of}
K = {}
K["d-vi-01_vi_xuat-khau-gao-2024.txt"] = dict(
 expect=[E("v01-share-philippines", "share", ["46,2%", "4,06 triệu tấn"]),
         E("v01-cagr-2020-2024", "cagr", ["khoảng 13%/năm", "3,12 tỷ USD"])],
 clean=["12,9% về lượng", "22,9% về giá trị", "chiếm 13,3%", "chiếm 6,6%", "5,5 điểm phần trăm", "gần 9,2 triệu tấn",
        "107/2018/NĐ-CP", "7,5-8 triệu tấn", "517 USD/tấn", "năm thứ hai liên tiếp", "626 USD/tấn"],
 verified=["12,9% về lượng", "22,9% về giá trị", "chiếm 13,3%", "chiếm 6,6%", "5,5 điểm phần trăm"])
K["d-vi-02_vi_du-lich-khanh-hoa-quy-i.txt"] = dict(
 expect=[E("v02-change-intl", "change", ["tăng 28%", "925.000 lượt"]),
         E("v02-multiple-russia", "multiple", ["gấp 2,5 lần", "18.400 lượt"])],
 clean=["tăng 13,9%", "tăng 17,2%", "chiếm 41,8%", "tương đương 27,9%", "hơn 85%", "1,8-2,5 triệu đồng/đêm",
        "0258 3822 753", "lần thứ 11", "72-75%", "4 chuyến/tuần"],
 verified=["tăng 13,9%", "chiếm 41,8%", "tương đương 27,9%"])
K["d-vi-03_vi_tin-dung-tphcm-9-thang.txt"] = dict(
 expect=[E("v03-implied-total-bds", "implied-total", ["18,5% tổng dư nợ", "812.000 tỷ đồng"]),
         E("v03-respectively-tmcp", "respectively", ["9,8%", "2.362.400 tỷ đồng", "2.168.900 tỷ đồng"])],
 clean=["tăng 7% so với cuối năm 2023", "lần lượt chiếm 45,5% và 54,5%", "0,7 điểm phần trăm", "tương đương 2,25%",
        "khoảng 1,1% quy mô gói", "14-15%", "4,5-5,2%/năm", "02/2023/TT-NHNN", "33/NQ-CP", "tăng 6,4%"],
 verified=["tăng 7% so với cuối năm 2023", "45,5%", "54,5%", "0,7 điểm phần trăm", "tương đương 2,25%"])
K["d-vi-04_vi_cpi-thang-3-2025.txt"] = dict(
 expect=[],
 clean=["giảm 0,03% so với tháng trước;", "tăng 3,13%", "tăng 3,6% so với tháng trước", "tăng 24,3%", "giảm 1,4%", "giá gas tăng 1,2%",
        "0,13 điểm phần trăm", "Bốn nhóm giảm giá", "hơn mười năm", "024 7304 6666", "0,04-0,12%", "20.510 đồng/lít"],
 verified=["tăng 3,6% so với tháng trước", "tăng 24,3%", "giảm 1,4%", "giá gas tăng 1,2%"])
K["d-vi-05_vi_can-ho-ha-noi-quy-iii.json"] = dict(
 expect=[E("v05-fraction-highend", "fraction", ["ba phần tư", "5.820 căn"]),
         E("v05-topk-developers", "topk", ["71,4%", "68,9%"])],
 clean=["tăng 58% so với quý trước", "tỷ lệ hấp thụ 88%", "tăng 5,9%", "tăng 27,1%", "khoảng một phần tư",
        "gần 9.800 căn", "hấp thụ 95%", "(82%)", "Gia Lâm dẫn đầu với 32%", "96/2024/NĐ-CP", "9-11%/năm", "20.000-22.000 căn"],
 verified=["tăng 58% so với quý trước", "tỷ lệ hấp thụ 88%", "tăng 5,9%", "tăng 27,1%"])
K["d-vi-06_vi_lao-dong-viec-lam-quy-ii.txt"] = dict(
 expect=[E("v06-direction-income", "direction", ["giảm 7,6%", "7,53 triệu đồng"]),
         E("v06-period-span", "period-span", ["hơn mười năm tính từ mốc năm 2018"]),
         E("v06-points-vs-percent", "points-vs-percent", ["tăng 0,36%"], "warning")],
 clean=["chiếm 25,9%", "(33,4%)", "(40,6%)", "chiếm 64,2%", "là 2,2%", "1,56%", "gấp 1,33 lần", "6,9 điểm phần trăm",
        "chưa đầy 7 điểm phần trăm", "35-40%", "06-NQ/TW", "15-24 tuổi"],
 verified=["chiếm 64,2%", "1,56%", "gấp 1,33 lần", "6,9 điểm phần trăm", "chiếm 25,9%"])
K["d-vi-07_vi_thu-chi-ngan-sach-9-thang.txt"] = dict(
 expect=[E("v07-sum-spending", "sum", ["858.400 tỷ đồng", "1.291.700 tỷ đồng"]),
         E("v07-enumeration", "enumeration", ["ba nhóm giải pháp"])],
 clean=["bằng 85,6%", "chiếm 84,7%", "chiếm 3,1%", "bội thu 163.700 tỷ đồng", "bằng 60,9%", "bằng 57,4%", "ba khoản lớn",
        "104/2023/QH15", "(tăng 11,6%)", "dưới 8%", "trên 95%", "147.000 tỷ đồng"],
 verified=["bằng 85,6%", "chiếm 84,7%", "bằng 60,9%", "bằng 57,4%"])
K["d-vi-08_vi_hang-khong-quy-i.txt"] = dict(
 expect=[],
 clean=["tăng 5,3%", "tăng 14,2%", "giảm 1,9%", "hơn 13% đội tàu", "chiếm 44,3%", "80,1%", "93,7%", "(28,2%)", "(0,6%)",
        "8,4 điểm phần trăm", "34/2023/TT-BGTVT", "1,5-2,2 triệu đồng/chiều"],
 verified=["tăng 5,3%", "(28,2%)", "(0,6%)", "8,4 điểm phần trăm"])
K["d-vi-09_vi_sot-xuat-huyet-tphcm.txt"] = dict(
 expect=[E("v09-change-dengue", "change", ["giảm hơn 30%", "13.450 ca"]),
         E("v09-restatement-cases", "restatement", ["9.480 ca", "9.840 ca"])],
 clean=["chiếm 31,7%", "gần một phần ba", "chiếm 58,2%", "tăng 8,4%", "tăng 42%", "(giảm 12% so với cùng kỳ)", "(giảm 9,5%)",
        "(tăng 4%)", "54/2015/TT-BYT", "đường dây nóng 1022", "3-5 năm", "2-7 ngày"],
 verified=["chiếm 31,7%", "chiếm 58,2%", "tăng 8,4%", "tăng 42%"])
K["d-vi-10_vi_xet-tuyen-dai-hoc-2024.json"] = dict(
 expect=[E("v10-sum-methods", "sum", ["5,1%", "46,8%"]),
         E("v10-hedge-business", "hedge", ["hơn 25%", "1,14 triệu nguyện vọng"])],
 clean=["đạt 66,7%", "3,6 điểm phần trăm", "chiếm 88,9%", "khoảng 7 nguyện vọng", "Hơn 706.000 thí sinh", "(tăng 18%)",
        "(tăng 9,5%)", "15-29,5 điểm", "08/2022/TT-BGDĐT", "116/2020/NĐ-CP", "1800 8000", "9,5 điểm/môn"],
 verified=["đạt 66,7%", "3,6 điểm phần trăm", "chiếm 88,9%"])
K["d-vi-11_vi_sao-viet-ket-qua-2024.txt"] = dict(
 expect=[E("v11-implied-base-overseas", "implied-base", ["tăng 28,3%", "13.600 tỷ đồng"]),
         E("v11-respectively-telecom", "respectively", ["11,9%", "9.530 tỷ đồng"])],
 clean=["tăng 19,4%", "tăng 20,1%", "16,8%", "57,9%", "tăng khoảng 20%", "tăng 19,9%", "(tăng 21,2%)", "(tăng 35,2%)",
        "ISO/IEC 27001:2022", "35-40%", "2.000 đồng/cổ phiếu", "chip IoT thế hệ thứ hai"],
 verified=["tăng 19,4%", "tăng 20,1%", "16,8%", "57,9%", "tăng 19,9%"])
K["d-vi-12_vi_san-xuat-cong-nghiep-9-thang.txt"] = dict(
 expect=[],
 clean=["giảm 0,8%", "tăng 10,8%", "tăng 9,9%", "8,2 điểm phần trăm", "gần 99%", "57/63", "(chiếm 90,5%)", "tăng 9,2%",
        "giảm 2,3%", "tăng 12,4%", "tăng 0,5%", "bão số 3 (bão Yagi)"],
 verified=["(chiếm 90,5%)", "tăng 9,2%"])
K["d-vi-13_vi_san-luong-dien-6-thang.txt"] = dict(
 expect=[E("v13-direction-hydro", "direction", ["tăng 18,3%", "37,45 tỷ kWh"]),
         E("v13-period-span", "period-span", ["hơn mười năm qua", "kể từ năm 2017"]),
         E("v13-share-renewables", "share", ["15,2%", "18,9 tỷ kWh"])],
 clean=["tăng 11,8% so với cùng kỳ", "chiếm 56,5%", "chiếm 20,3%", "(8,2%)", "(1,7%)", "tăng 10,6%", "tăng 4,5%", "chiếm 11,9%",
        "80/2024/NĐ-CP", "500/QĐ-TTg", "9-10%", "500 kV mạch 3"],
 verified=["tăng 11,8% so với cùng kỳ", "chiếm 56,5%", "tăng 10,6%", "tăng 4,5%", "chiếm 11,9%"])
K["d-vi-14_vi_phat-thai-khi-nha-kinh.txt"] = dict(
 expect=[E("v14-cagr-2014-2020", "cagr", ["khoảng 9,3%/năm", "284 triệu tấn"]),
         E("v14-multiple-near-double", "multiple", ["tăng gần gấp đôi", "136 triệu tấn"], "warning")],
 clean=["chiếm 64,6%", "(20,1%)", "(10,4%)", "(5,0%)", "khoảng 401,5 triệu tấn", "chiếm 41,3%", "khoảng 4,5 tấn",
        "gần gấp đôi Việt Nam", "15,8%", "896/QĐ-TTg", "06/2022/NĐ-CP", "15,5 tỷ USD"],
 verified=["chiếm 64,6%", "(20,1%)", "chiếm 41,3%"])
K["d-vi-15_vi_ban-le-thang-10.json"] = dict(
 expect=[E("v15-implied-base-10m", "implied-base", ["tăng 8,5%", "4.758.900 tỷ đồng"]),
         E("v15-yoy-vs-mom", "yoy-vs-mom", ["tăng 12,6% so với tháng trước", "61.850 tỷ đồng", "56.040 tỷ đồng"]),
         E("v15-hedge-77", "hedge", ["gần 77%", "428.200 tỷ đồng"], "warning")],
 clean=["tăng 1,6%", "tăng 7,1% so với cùng kỳ", "chiếm 11,4%", "(tăng 8,2% so với cùng kỳ)", "(tăng 10,4%)", "(tăng 11%)",
        "250.000-280.000 đồng/kg", "81/2018/NĐ-CP", "năm thứ ba liên tiếp", "mức tăng đạt 5,6%", "2,34 triệu đồng/tháng",
        "tối đa đến 100%"],
 verified=["tăng 1,6%", "tăng 7,1% so với cùng kỳ", "chiếm 11,4%"])
K["d-vi-16_vi_v-league-khan-gia-doanh-thu.txt"] = dict(
 expect=[],
 clean=["tăng 20,6%", "gấp 3,3 lần", "(chiếm 58,1%)", "(33,3%)", "(8,6%)", "tăng 24% so với mùa trước", "lãi khoảng 15 tỷ đồng",
        "chiếm 45,4%", "chiếm 30,4%", "sau 39 năm", "50.000-200.000 đồng/vé", "gấp 3-4 lần"],
 verified=["tăng 20,6%", "gấp 3,3 lần", "(chiếm 58,1%)", "tăng 24% so với mùa trước"])
K["d-vi-17_vi_bac-giang-phong-van-tang-truong.txt"] = dict(
 expect=[E("v17-fraction-electronics", "fraction", ["hai phần ba", "1,02 tỷ USD"]),
         E("v17-enumeration", "enumeration", ["bốn nhóm nhiệm vụ"])],
 clean=["vượt 23%", "xuất siêu 3,5 tỷ USD", "chiếm 46,8%", "gần một nửa", "chiếm 63,2%", "năm thứ ba liên tiếp", "14-15%",
        "35.000-45.000 đồng/kg", "219/QĐ-TTg", "2021-2030", "10.000 căn"],
 verified=["vượt 23%", "chiếm 46,8%"])
K["d-vi-18_vi_ca-phe-thang-11.txt"] = dict(
 expect=[E("v18-yoy-vs-mom", "yoy-vs-mom", ["tăng 29,8%", "147.600 tấn", "96.300 tấn"]),
         E("v18-share-germany", "share", ["11,6%", "163.000 tấn"]),
         E("v18-topk-boundary", "topk", ["chiếm 49%", "chiếm 48%"])],
 clean=["tăng 40%", "5.456 USD/tấn", "3.984 USD/tấn", "chiếm 15,7%", "(10,1%)", "(7,9%)", "gần 5 tỷ USD",
        "118.000-120.500 đồng/kg", "2023/1115", "1,6-1,7 triệu tấn", "giảm 17,5%", "4.950 USD/tấn"],
 verified=["tăng 40%", "chiếm 15,7%", "(10,1%)", "(7,9%)"])
K["d-vi-19_vi_thi-truong-o-to-thang-9.txt"] = dict(
 expect=[],
 clean=["tăng 40% so với tháng 8", "tăng 17,8%", "chiếm 55%", "giảm 11%", "chiếm 21,3%", "gấp đôi cùng kỳ", "chiếm 46,9%",
        "109/2024/NĐ-CP", "560-658 triệu đồng", "1800 6100", "giảm 50% lệ phí", "20-30 triệu đồng"],
 verified=["tăng 40% so với tháng 8", "tăng 17,8%", "chiếm 55%", "giảm 11%", "chiếm 21,3%", "gấp đôi cùng kỳ"])
K["d-vi-20_vi_fdi-8-thang-2024.json"] = dict(
 expect=[E("v20-implied-total-mfg", "implied-total", ["58,6%", "13,21 tỷ USD"]),
         E("v20-restatement-disbursed", "restatement", ["14,51 tỷ USD", "14,15 tỷ USD"], "warning"),
         E("v20-points-vs-percent", "points-vs-percent", ["tăng 6,6%"], "warning")],
 clean=["tăng 8% so với cùng kỳ", "chiếm 28,7%", "(12,4%)", "(11%)", "(10,7%)", "chiếm 15,5%", "(9,4%)", "(6,9%)", "(11,3%)",
        "chiếm 72,1%", "xuất siêu 20,4 tỷ USD", "31/2021/NĐ-CP"],
 verified=["tăng 8% so với cùng kỳ", "chiếm 28,7%", "chiếm 15,5%", "chiếm 72,1%", "(11,3%)"])

out = {"_about": "dev-vi: 20 Vietnamese articles with planted arithmetic problems. 'expect': a finding of at least that severity whose span overlaps one of the any_of substrings. 'clean': no error-severity finding may have its primary span on these. 'verified': a passing check must cover these. See NOTES.md and arith.py."}
for name, spec in K.items():
    out[name] = {"lang": "vi", "expect": spec["expect"], "clean": spec["clean"], "verified": spec["verified"]}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "key.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
print("wrote key.json with", len(K), "documents")
