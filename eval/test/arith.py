#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated in the documents.

Every stated figure is an interval: a figure written with d decimals stands for
[x - 0.5*10^-d, x + 0.5*10^-d).  A relation is *consistent* when some choice of values
inside the operands' bands reproduces the stated figure's band; a planted problem must be
impossible under every such choice.  Exact Fractions are used everywhere except for the
n-th roots of compound growth (floats on the interval ends, monotone).

Prints `ok ...` for consistent relations and `PLANTED-FAILS ...` for planted ones; exits 1
if a consistent relation fails or a planted one holds.  Operands are written here in
plain decimal notation (Vietnamese "12,5" -> "12.5", "38.560" -> "38560").
"""
import sys
from fractions import Fraction as F

BAD = []
N_OK = N_PLANTED = 0


def B(s):
    """Rounding band of a stated figure given as a decimal string."""
    s = str(s)
    d = len(s.split(".")[1]) if "." in s else 0
    x = F(s)
    h = F(1, 2) / 10 ** d
    return (x - h, x + h)


def X(v):
    """An exact value (counts, definitions)."""
    v = F(v)
    return (v, v)


def iv(a):
    return a if isinstance(a, tuple) else B(a)


def add(*xs):
    xs = [iv(x) for x in xs]
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))


def sub(a, b):
    a, b = iv(a), iv(b)
    return (a[0] - b[1], a[1] - b[0])


def mul(a, b):
    a, b = iv(a), iv(b)
    c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return (min(c), max(c))


def div(a, b):
    a, b = iv(a), iv(b)
    assert b[0] > 0
    c = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]
    return (min(c), max(c))


def scale(a, k):
    return mul(a, X(k))


def share_iv(part, total):
    return scale(div(part, total), 100)


def change_iv(base, cur):
    r = div(cur, base)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)


def cagr_iv(start, end, years):
    r = div(end, start)
    return ((float(r[0]) ** (1 / years) - 1) * 100, (float(r[1]) ** (1 / years) - 1) * 100)


def meets(c, stated):
    """Computed closed interval c meets the half-open band of the stated figure."""
    s = iv(stated)
    return c[0] < s[1] and s[0] <= c[1]


def fmt(c):
    return f"[{float(c[0]):.4f}, {float(c[1]):.4f}]"


def nm(a):
    """How an operand is shown: the stated string, or a derived interval."""
    return fmt(a) if isinstance(a, tuple) else str(a)


def check(doc, label, holds, planted=False, detail=""):
    global N_OK, N_PLANTED
    if planted:
        if holds:
            BAD.append(f"{doc}: planted problem HOLDS: {label} {detail}")
            print(f"ERROR-PLANTED-HOLDS {doc}: {label} {detail}")
        else:
            N_PLANTED += 1
            print(f"PLANTED-FAILS {doc}: {label} {detail}")
    else:
        if holds:
            N_OK += 1
            print(f"ok {doc}: {label} {detail}")
        else:
            BAD.append(f"{doc}: consistent relation FAILS: {label} {detail}")
            print(f"ERROR-FAILS {doc}: {label} {detail}")


# ---- relation helpers -------------------------------------------------------------

def share(doc, label, part, total, pct, planted=False):
    c = share_iv(part, total)
    check(doc, f"share {label}: {nm(part)}/{nm(total)} = {fmt(c)}% vs stated {pct}%", meets(c, pct), planted)


def change(doc, label, base, cur, pct, planted=False):
    c = change_iv(base, cur)
    check(doc, f"change {label}: {nm(base)} -> {nm(cur)} = {fmt(c)}% vs stated {pct}%", meets(c, pct), planted)


def ratio(doc, label, a, b, stated, planted=False):
    c = div(a, b)
    check(doc, f"ratio {label}: {nm(a)}/{nm(b)} = {fmt(c)} vs stated {stated}", meets(c, stated), planted)


def cagr(doc, label, start, end, years, pct, planted=False):
    c = cagr_iv(start, end, years)
    s = iv(pct)
    holds = c[0] < s[1] and float(s[0]) <= c[1]
    check(doc, f"cagr {label}: {start} -> {end} over {years} yrs = [{c[0]:.3f}, {c[1]:.3f}]%/yr vs stated {pct}%",
          holds, planted)


def sum_eq(doc, label, parts, total, planted=False):
    c = add(*parts)
    check(doc, f"sum {label}: {' + '.join(map(nm, parts))} = {fmt(c)} vs stated {total}", meets(c, total), planted)


def sum_le(doc, label, parts, limit, planted=False):
    c = add(*parts)
    check(doc, f"sum {label}: {' + '.join(map(nm, parts))} = {fmt(c)} must be <= {limit}", c[0] <= F(limit), planted)


def pts(doc, label, old, new, stated, planted=False):
    c = sub(new, old)
    check(doc, f"points {label}: {new} - {old} = {fmt(c)} pts vs stated {stated}", meets(c, stated), planted)


def topk(doc, label, k_share, m_share, planted=False):
    a, b = iv(k_share), iv(m_share)
    check(doc, f"top-k {label}: top-k {k_share}% <= top-m {m_share}% possible?", a[0] < b[1], planted)


def gt(doc, label, c, threshold, planted=False):
    check(doc, f"{label}: {fmt(c)} > {threshold}?", c[1] > F(threshold), planted)


def lt(doc, label, c, threshold, planted=False):
    check(doc, f"{label}: {fmt(c)} < {threshold}?", c[0] < F(threshold), planted)


def near_below(doc, label, c, target, tol, planted=False):
    """'nearly X' / 'gần X' / 'almost X': the value can sit at or below X and within tol of it."""
    t = F(target)
    check(doc, f"{label}: {fmt(c)} nearly (<=, within {tol}) {float(t):.4f}?",
          c[0] <= t and c[1] >= t - F(tol), planted)


def approx(doc, label, c, target, tol, planted=False):
    t = F(target)
    check(doc, f"{label}: {fmt(c)} within {tol} of {float(t):.4f}?", c[0] <= t + F(tol) and c[1] >= t - F(tol), planted)


def same(doc, label, a, b, planted=False):
    check(doc, f"restatement {label}: {a} vs {b}", meets(iv(a), b), planted)


def count(doc, label, stated, listed, planted=False):
    check(doc, f"enumeration {label}: stated {stated}, listed {listed}", stated == listed, planted)


# =====================================================================================
D = "t-vi-01"
change(D, "kim ngạch 11T (3,83 -> 5,12 tỷ USD)", "3.83", "5.12", "33.6")
share(D, "robusta / tổng lượng", "1.07", "1.32", "81.1")
share(D, "Tây Nguyên / diện tích", "639000", "710000", "90")
share(D, "Italy", "118000", "1320000", "8.9")
share(D, "Tây Ban Nha", "97000", "1320000", "7.3")
share(D, "Nhật Bản", "83000", "1320000", "6.3")
ratio(D, "giá bình quân USD/tấn (5,12 tỷ USD / 1,32 triệu tấn, x1000)", scale(B("5.12"), 1000), "1.32", "3879")
prev_vol = div("1.32", sub(X(1), scale(B("17.2"), F(1, 100))))  # last year's volume, triệu tấn
prev_price = div(scale(B("3.83"), 1000), prev_vol)
gt(D, "giá tăng 'hơn 60%' (3.879 vs giá cùng kỳ suy ra)", change_iv(prev_price, "3879"), 60)
change(D, "lượng T11 vs T10", "77400", "85000", "9.8")
change(D, "PLANTED respectively: trị giá T11 vs T10 (392 -> 469 triệu USD)", "392", "469", "29.6", planted=True)
share(D, "PLANTED share: Đức 192.000 tấn / 1,32 triệu tấn", "192000", "1320000", "16.8", planted=True)
cagr(D, "PLANTED cagr 2019-2024 (2,86 -> 5,5 tỷ USD)", "2.86", "5.5", 5, "18.5", planted=True)

D = "t-vi-02"
sum_eq(D, "quốc tế + nội địa", ["3.42", "4.73"], "8.15")
near_below(D, "'gần 42%' khách quốc tế", share_iv("3.42", "8.15"), 42, 2)
base_tot = add(div("3.42", add(X(1), scale(B("68.5"), F(1, 100)))), div("4.73", add(X(1), scale(B("6.8"), F(1, 100)))))
check(D, f"change tổng lượt from part bases: 8,15 vs {fmt(base_tot)} = {fmt(change_iv(base_tot, '8.15'))}% vs 26.2%",
      meets(change_iv(base_tot, "8.15"), "26.2"))
share(D, "doanh thu / kế hoạch", "38650", "42000", "92")
share(D, "Hàn Quốc / quốc tế", "1.56", "3.42", "45.6")
share(D, "Trung Quốc / quốc tế", "0.742", "3.42", "21.7")
gt(D, "'hơn gấp đôi' Hàn/Trung", div("1.56", "0.742"), 2)
pts(D, "công suất phòng", "59", "68", "9")
ratio(D, "PLANTED multiple: khách Nga 312.000 / 96.000 'gấp 4 lần'", "312000", "96000", "4", planted=True)
change(D, "PLANTED change: Cam Ranh 6,1 -> 7,8 triệu", "6.1", "7.8", "15", planted=True)

D = "t-vi-03"
change(D, "dư nợ vs cuối 2023", "13.57", "14.79", "9")
check(D, "tăng trong tháng 9: 14,79 - 14,42 = " + fmt(sub("14.79", "14.42")) + " triệu tỷ ~ 'khoảng 370.000 tỷ'",
      meets(sub("14.79", "14.42"), "0.37"))
change(D, "PLANTED yoy-vs-mom: 'so với cùng kỳ' 13,12 -> 14,79", "13.12", "14.79", "2.6", planted=True)
change(D, "(note) the 2,6% is the month-on-month rate 14,42 -> 14,79", "14.42", "14.79", "2.6")
share(D, "BĐS / tổng dư nợ", "3.2", "14.79", "21.6")
share(D, "tiêu dùng / tổng dư nợ", "2.8", "14.79", "18.9")
sum_eq(D, "tiền gửi dân cư + TCKT", ["7.05", "6.42"], "13.47")
dep_base = add(div("7.05", add(X(1), scale(B("5.3"), F(1, 100)))), div("6.42", add(X(1), scale(B("5.1"), F(1, 100)))))
check(D, f"change tổng tiền gửi from part bases = {fmt(change_iv(dep_base, '13.47'))}% vs 5.2%",
      meets(change_iv(dep_base, "13.47"), "5.2"))
pts(D, "chênh lệch tín dụng - huy động", "5.2", "9", "3.8")
pts(D, "dư địa tới mục tiêu 15%", "9", "15", "6")
change(D, "PLANTED points-vs-percent: nợ xấu 4,55% -> 4,94% 'tăng 0,39%' read as percent", "4.55", "4.94", "0.39",
       planted=True)
pts(D, "(note) 0,39 is the change in percentage points", "4.55", "4.94", "0.39")

D = "t-vi-04"
sum_eq(D, "lao động theo khu vực", ["13.8", "17.6", "20.4"], "51.8")
share(D, "nông lâm thủy sản", "13.8", "51.8", "26.6")
share(D, "công nghiệp - xây dựng", "17.6", "51.8", "34.0")
share(D, "dịch vụ", "20.4", "51.8", "39.4")
sum_eq(D, "PLANTED sum: đại học + cao đẳng + trung cấp + sơ cấp = 28,3%", ["11.7", "4.1", "3.3", "7.6"], "28.3",
       planted=True)
pts(D, "phi chính thức 64,8 -> 64,2", "64.2", "64.8", "0.6")
change(D, "thu nhập: +536.000 đồng trên nền 7,7 - 0,536 triệu", sub("7.7", "0.536"), "7.7", "7.5")
ratio(D, "thu nhập nam / nữ", "8.9", "6.4", "1.39")
sum_eq(D, "lực lượng lao động = có việc làm + thất nghiệp", ["51.8", "1.07"], "52.9")
gt(D, "PLANTED hedge: thanh niên thất nghiệp 'hơn 40%' (415.000 / 1,07 triệu)", share_iv("415000", "1070000"), 40,
   planted=True)

D = "t-vi-05"
share(D, "thu NSNN / dự toán", "38560", "35900", "107.4")
change(D, "tiêu đề 'vượt 7,4% dự toán'", "35900", "38560", "7.4")
share(D, "thu nội địa", "27420", "38560", "71.1")
share(D, "thu XNK", "11140", "38560", "28.9")
sum_eq(D, "nội địa + XNK", ["27420", "11140"], "38560")
share(D, "chi ĐTPT / tổng chi", "14650", "29870", "49")
share(D, "giải ngân / kế hoạch", "9812", "11370", "86.3")
change(D, "dự toán 2025 vs ước 2024", "38560", "41200", "6.8")
change(D, "PLANTED implied-base: 'tăng 12,5%' vs năm 2023 31.270 tỷ (implied base 34.276)", "31270", "38560", "12.5",
       planted=True)
count(D, "PLANTED 'ba nhóm giải pháp' then Một/Hai/Ba/Bốn", 3, 4, planted=True)

D = "t-vi-06"
change(D, "giá T10 vs T9", "63250", "64200", "1.5")
change(D, "giá T10 vs cùng kỳ", "57100", "64200", "12.4")
share(D, "Đồng Nai / tổng đàn", "2.9", "30.1", "9.6")
share(D, "Hà Nội / tổng đàn", "1.45", "30.1", "4.8")
topk(D, "5 tỉnh vs 10 tỉnh", "27.5", "41.3")
pts(D, "trang trại 61% -> 65%", "61", "65", "4")
ratio(D, "Nga / Brazil", "48600", "30400", "1.6")
ratio(D, "giá nhập khẩu bình quân USD/tấn", scale(B("391"), 1000000), "175400", "2230")
approx(D, "'khoảng 30 triệu con' vs 30,1", B("30.1"), 30, F(1, 2))
count(D, "'Ba nguyên nhân' listed", 3, 3)

D = "t-vi-07"
change(D, "nguồn cung 9T vs cùng kỳ", "4820", "6850", "42")
share(D, "tỷ lệ hấp thụ", "5620", "6850", "82")
share(D, "hạng sang", "2460", "6850", "35.9")
share(D, "trung cấp", "3100", "6850", "45.3")
share(D, "bình dân", "1290", "6850", "18.8")
sum_eq(D, "ba phân khúc", ["2460", "3100", "1290"], "6850")
change(D, "giá sơ cấp", "62.5", "68.5", "9.6")
share(D, "TP Thủ Đức", "2170", "6850", "31.7")
share(D, "quận 7", "1040", "6850", "15.2")
share(D, "TP.HCM / toàn khu vực", "6850", "18210", "37.6")
ratio(D, "Hà Nội / TP.HCM", "17300", "6850", "2.5")
near_below(D, "'gần 7.000 căn' vs 6.850", B("6850"), 7000, 300)
topk(D, "PLANTED top-5 58,4% vs top-10 55,1%", "58.4", "55.1", planted=True)
share(D, "PLANTED implied-total: Bình Dương 4.150 'khoảng 31%' of 18.210 (implied total ~13.387)", "4150", "18210",
      "31", planted=True)

D = "t-vi-08"
share(D, "nhiệt điện than", "117.4", "256.2", "45.8")
share(D, "thủy điện", "76.9", "256.2", "30")
share(D, "điện mặt trời / công suất", "18840", "80560", "23.4")
share(D, "điện gió / công suất", "5030", "80560", "6.2")
gt(D, "'gấp hơn 3,7 lần' ĐMT/gió", div("18840", "5030"), F("3.7"))
check(D, "PLANTED direction: thủy điện 72,3 -> 76,9 written 'giảm 6,4%' (figures rose)",
      change_iv("72.3", "76.9")[1] < 0, planted=True)
change(D, "(note) magnitude of the hydro change is right, only the direction is wrong", "72.3", "76.9", "6.4")
check(D, "PLANTED period-span: 'hơn mười năm' since 2017 -> 2024 = 7 years", 2024 - 2017 > 10, planted=True)
count(D, "'có hai việc' Thứ nhất/Thứ hai", 2, 2)

D = "t-vi-09"
ratio(D, "nguyện vọng bình quân", "3670000", "615640", "5.96")
share(D, "học bạ", "299800", "615640", "48.7")
near_below(D, "'gần một nửa' học bạ", share_iv("299800", "615640"), 50, 3)
share(D, "trúng tuyển / đăng ký", "558900", "615640", "90.8")
share(D, "trúng tuyển / chỉ tiêu", "558900", "649000", "86.1")
share(D, "xác nhận nhập học / trúng tuyển", "454400", "558900", "81.3")
share(D, "kỹ thuật công nghệ", "101200", "558900", "18.1")
share(D, "sức khỏe", "52600", "558900", "9.4")
approx(D, "PLANTED fraction: kinh doanh-quản lý 'khoảng một phần ba'", share_iv("148300", "558900"), F(100, 3), 3,
       planted=True)
same(D, "PLANTED restatement: tỷ lệ xác nhận nhập học đợt 1 năm 2024", "81.3", "78.6", planted=True)

D = "t-vi-10"
change(D, "tổng khách 11T", "64", "67.3", "5.2")
sum_eq(D, "quốc tế + nội địa", ["33.1", "34.2"], "67.3")
air_base = add(div("33.1", add(X(1), scale(B("19.6"), F(1, 100)))), div("34.2", sub(X(1), scale(B("5.8"), F(1, 100)))))
check(D, f"bases implied by part rates sum to {fmt(air_base)} vs stated 64", meets(air_base, "64"))
share(D, "hãng Việt Nam", "43.5", "67.3", "64.6")
change(D, "T11 vs T10", "5.84", "6.02", "3.1")
change(D, "T11 vs cùng kỳ", "5.64", "6.02", "6.7")
pts(D, "OTP Vietnam Airlines", "73.1", "78.2", "5.1")
pts(D, "OTP Vietjet", "61.2", "68.5", "7.3")
topk(D, "3 cảng vs 5 cảng", "71.8", "78.4")
gt(D, "'hơn 67 triệu lượt'", B("67.3"), 67)

# =====================================================================================
D = "t-zh-01"
change(D, "退役量 45 -> 62.3万吨", "45", "62.3", "38.4")
share(D, "广东", X(29), X(156), "18.6")
share(D, "江西", X(19), X(156), "12.2")
share(D, "湖南", X(17), X(156), "10.9")
share(D, "白名单处理量 / 退役总量", "21.6", "62.3", "34.7")
gt(D, "碳酸锂 '跌幅超过八成' (从不超过60万到7.5万左右)", scale(sub(X(1), div("7.5", X(60))), 100), 80)
share(D, "PLANTED share: 再生利用163亿 '约占…40%' of 312亿", "163", "312", "40", planted=True)
change(D, "PLANTED implied-base: 白名单 '增长35%' vs 2023年18.2万吨 (implied base 16.0)", "18.2", "21.6", "35",
       planted=True)
topk(D, "PLANTED boundary: 前三家39% vs 前五家38% (bands only touch at 38.5)", "39", "38", planted=True)
count(D, "'三方面' 一是/二是/三是", 3, 3)

D = "t-zh-02"
change(D, "鸡蛋环比", "10.16", "10.32", "1.6")
change(D, "鸡蛋同比", "10.96", "10.32", "-5.8")
pts(D, "PPI降幅收窄", "-2.9", "-2.5", "0.4")
change(D, "PLANTED yoy-vs-mom: 猪肉 '环比上涨13.9%' (上月29.2元)", "29.2", "28.6", "13.9", planted=True)
change(D, "(note) 13.9% is the year-on-year rate 25.1 -> 28.6", "25.1", "28.6", "13.9")
change(D, "PLANTED points-vs-percent: 鲜菜同比涨幅 22.1% -> 10.0% '涨幅回落12.1%' read as percent", "22.1", "10.0",
       "-12.1", planted=True)
pts(D, "(note) 12.1 is the fall in percentage points", "10.0", "22.1", "12.1")

D = "t-zh-03"
change(D, "夏粮产量 (base 14980-360)", sub("14980", "360"), "14980", "2.5")
change(D, "播种面积 (base 39810+200)", add("39810", "200"), "39810", "-0.5")
ratio(D, "单产 公斤/亩 (万吨x1000/万亩)", scale(B("14980"), 1000), "39810", "376.3")
change(D, "单产 (base 376.3-10.9)", sub("376.3", "10.9"), "376.3", "3.0")
share(D, "小麦 / 夏粮", "13820", "14980", "92.3")
change(D, "河南 3614 -> 3780", "3614", "3780", "4.6")
change(D, "PLANTED respectively: 山东 2617 -> 2720 '1.9%'", "2617", "2720", "1.9", planted=True)
gt(D, "河南+山东 '四成以上'", share_iv(add("3780", "2720"), "14980"), 40)
approx(D, "PLANTED fraction: 安徽+江苏 2780 '约…三成'", share_iv("2780", "14980"), 30, 5, planted=True)

D = "t-zh-04"
share(D, "风光 / 总装机", "14.1", "33.5", "42.1")
sum_eq(D, "光伏 + 风电", ["8.9", "5.2"], "14.1")
change(D, "光伏装机 (base 8.9-2.78)", sub("8.9", "2.78"), "8.9", "45.2")
change(D, "风电装机 (base 5.2-0.80)", sub("5.2", "0.80"), "5.2", "18.0")
share(D, "分布式 / 光伏", "3.7", "8.9", "41.6")
share(D, "风光发电量 / 发电量", "1.83", "9.42", "19.4")
pts(D, "风光发电量占比", "15.8", "19.4", "3.6")
topk(D, "前五 vs 前十", "38.5", "61.2")
ratio(D, "PLANTED multiple: 新增光伏/风电 '4.5倍'", "2.78", "0.80", "4.5", planted=True)
cagr(D, "PLANTED cagr: 光伏 2019 2.04 -> 2024 8.9 '约22%'", "2.04", "8.9", 5, "22", planted=True)

D = "t-zh-05"
change(D, "沪指本周", "3282.7", "3358.24", "2.3")
change(D, "深成指本周", "10401.2", "10723.58", "3.1")
check(D, f"成交放量 1.42-1.29万亿 = {fmt(scale(sub('1.42', '1.29'), 10000))}亿 vs 1316亿",
      meets(scale(sub("1.42", "1.29"), 10000), "1316"))
gt(D, "'超七成' 上涨个股", share_iv(X(4127), X(4127 + 1011 + 198)), 70)
topk(D, "前十 vs 前二十", "6.8", "10.9")
change(D, "新开户环比", "310.1", "224.5", "-27.6")
change(D, "新开户同比", "138.7", "224.5", "61.9")
check(D, "净投放 2000-1580 = 420", 2000 - 1580 == 420)
count(D, "'三条主线'", 3, 3)

D = "t-zh-06"
sum_eq(D, "出口 + 进口", ["18.62", "13.71"], "32.33")
check(D, f"顺差 18.62-13.71 = {fmt(sub('18.62', '13.71'))}", meets(sub("18.62", "13.71"), "4.91"))
exb = div("18.62", add(X(1), scale(B("6.2"), F(1, 100))))
imb = div("13.71", add(X(1), scale(B("4.1"), F(1, 100))))
check(D, f"总值增速 from part bases = {fmt(change_iv(add(exb, imb), '32.33'))}% vs 5.3%",
      meets(change_iv(add(exb, imb), "32.33"), "5.3"))
check(D, f"顺差扩大 from part bases = {fmt(change_iv(sub(exb, imb), '4.91'))}% vs 12.5%",
      meets(change_iv(sub(exb, imb), "4.91"), "12.5"))
share(D, "一般贸易", "20.99", "32.33", "64.9")
share(D, "加工贸易", "5.85", "32.33", "18.1")
sum_le(D, "PLANTED sum: 一般64.9% + 加工18.1% + 其余18.6%", ["64.9", "18.1", "18.6"], 100, planted=True)
share(D, "(note) the true remainder share", sub(sub("32.33", "20.99"), "5.85"), "32.33", "17.0")
share(D, "民营企业", "17.8", "32.33", "55.1")
share(D, "外商投资企业", "9.51", "32.33", "29.4")
share(D, "国有企业", "4.96", "32.33", "15.3")
share(D, "东盟", "5.16", "32.33", "16")
share(D, "欧盟", "4.14", "32.33", "12.8")
share(D, "美国", "3.59", "32.33", "11.1")
change(D, "PLANTED change: 跨境电商 1.63 -> 1.88 '11.5%'", "1.63", "1.88", "11.5", planted=True)
share(D, "机电产品 / 出口", "11", "18.62", "59.1")

D = "t-zh-07"
sum_eq(D, "机构分类", ["3.9", "101.6", "1.2", "0.4"], "107.1")
sum_eq(D, "公立 + 民营", ["1.18", "2.72"], "3.9")
approx(D, "民营 '约…七成'", share_iv("2.72", "3.9"), 70, 3)
change(D, "卫生人员 (base 1523.7-82.6)", sub("1523.7", "82.6"), "1523.7", "5.7")
share(D, "卫技人员", "1248.8", "1523.7", "82")
share(D, "医院诊疗", "42.6", "95.5", "44.6")
lt(D, "PLANTED hedge: 基层 '不到总诊疗量的一半' (50.7/95.5 %)", share_iv("50.7", "95.5"), 50, planted=True)
change(D, "入院人数 (base 30187-5501)", sub("30187", "5501"), "30187", "22.3")
pts(D, "病床使用率", "71.5", "79.4", "7.9")
share(D, "政府卫生支出", "24147.9", "90575.8", "26.7")
share(D, "社会卫生支出", "41676.8", "90575.8", "46.0")
share(D, "个人卫生支出", "24751.1", "90575.8", "27.3")
sum_eq(D, "三项支出", ["24147.9", "41676.8", "24751.1"], "90575.8")
count(D, "PLANTED '三个特点' then 一是…四是", 3, 4, planted=True)

D = "t-zh-08"
change(D, "游客人次", "1116.2", "1265.8", "13.4")
ratio(D, "人均消费 元 (亿元x10000/万人次)", scale(B("98.6"), 10000), "1265.8", "779")
prev_pc = div(scale(div("98.6", add(X(1), scale(B("9.7"), F(1, 100)))), 10000), "1116.2")
check(D, f"上年人均 {fmt(prev_pc)} vs 805", meets(prev_pc, "805"))
check(D, "PLANTED direction: 人均 805 -> 779 written '上升3.2%'", change_iv("805", "779")[1] > 0, planted=True)
change(D, "(note) magnitude is right: 805 -> 779", "805", "779", "-3.2")
share(D, "外地游客", "789.8", "1265.8", "62.4")
share(D, "省外游客", "310.1", "1265.8", "24.5")
pts(D, "酒店入住率", "85.4", "89.6", "4.2")
same(D, "PLANTED restatement: 5月1-5日 7场演唱会观众 (万人次)", "31.6", "36.1", planted=True)

D = "t-zh-09"
change(D, "营收", "67.62", "86.42", "27.8")
change(D, "归母净利润", "6.62", "9.37", "41.5")
share(D, "存储芯片", "39.85", "86.42", "46.1")
share(D, "MCU", "22.17", "86.42", "25.7")
share(D, "模拟芯片", "16.01", "86.42", "18.5")
share(D, "境外收入", "24.6", "86.42", "28.5")
sum_eq(D, "分产品合计", ["39.85", "22.17", "16.01", "8.39"], "86.42")
pts(D, "毛利率", "37.3", "39.6", "2.3")
change(D, "Q4同比", "18.94", "25.31", "33.6")
change(D, "Q4环比", "22.52", "25.31", "12.4")
share(D, "研发人员", X(1286), X(2206), "58.3")
share(D, "PLANTED implied-total: 研发14.3亿 '21.1%' of 86.42亿 (implied total ~67.8 = last year's)", "14.3",
      "86.42", "21.1", planted=True)
check(D, "PLANTED period-span: 2019年7月上市 -> 2025年3月 (<6 years) '近十年'", 2025.25 - 2019.5 >= 9, planted=True)

D = "t-zh-10"
change(D, "全年客运量", "301.3", "322.4", "7.0")
change(D, "12月环比", "27.5", "28.6", "4.0")
change(D, "12月同比", "26.9", "28.6", "6.3")
share(D, "地铁", "8550.2", "10945.6", "78.1")
share(D, "市域快轨", "1329.5", "10945.6", "12.1")
share(D, "其余", "1065.9", "10945.6", "9.7")
sum_eq(D, "制式合计", ["8550.2", "1329.5", "1065.9"], "10945.6")
topk(D, "前五 vs 前十城市", "34.6", "54.3")
gt(D, "'突破1万公里'", B("10945.6"), 10000)

# =====================================================================================
D = "t-en-01"
change(D, "PLANTED yoy-vs-mom: 'up 9.4% from the previous month' (Dec $4.68bn -> Jan $4.21bn)", "4.68", "4.21",
       "9.4", planted=True)
change(D, "(note) 9.4% is the year-on-year rate $3.85bn -> $4.21bn", "3.85", "4.21", "9.4")
share(D, "copper / total exports", "4.21", "8.36", "50.4")
share(D, "PLANTED share: China 'about $2.69 billion' vs '56%' of $4.21bn", "2.69", "4.21", "56", planted=True)
change(D, "copper price", "3.82", "4.07", "6.5")
check(D, f"trade surplus 8.36-6.82 = {fmt(sub('8.36', '6.82'))}", meets(sub("8.36", "6.82"), "1.54"))
sum_eq(D, "mining + industrial + agri", ["5.02", "2.22", "1.12"], "8.36")
gt(D, "PLANTED change: lithium 'tumbled more than 60%' ($683m -> $312m), decline %",
   scale(sub(X(1), div("312", "683")), 100), 60, planted=True)

D = "t-en-02"
change(D, "approvals for house purchase", "65600", "68300", "4.1")
change(D, "remortgaging approvals", "37900", "36800", "-2.9")
change(D, "PLANTED points-vs-percent: mortgage rate 4.80% -> 4.53% 'decreased by 0.27%' read as percent", "4.80",
       "4.53", "-0.27", planted=True)
pts(D, "(note) 0.27 is the change in percentage points", "4.53", "4.80", "0.27")
sum_eq(D, "consumer credit split", ["0.6", "0.7"], "1.3")
change(D, "credit card stock", "66.7", "73.2", "9.8")
change(D, "PLANTED respectively: other consumer credit 151.8 -> 157.9 '6.1%'", "151.8", "157.9", "6.1",
       planted=True)
pts(D, "credit card rate", "21.39", "21.46", "0.07")
sum_eq(D, "PNFC repayments large + SME", ["0.9", "0.3"], "1.2")

D = "t-en-03"
change(D, "waiting list vs Feb 2020", "4.43", "7.54", "70")
share(D, "within 18 weeks", "4.39", "7.54", "58.2")
near_below(D, "PLANTED hedge (warning): 561,000 of 1.62m 'nearly a third'", share_iv("561000", "1620000"),
           F(100, 3), 3, planted=True)
same(D, "PLANTED restatement (warning): waits over 52 weeks / over a year", "222000", "229000", planted=True)

D = "t-en-04"
change(D, "PLANTED implied-base: revenue 'rose 18%' vs H1 FY2023 378.1bn (implied base 349.7)", "378.1", "412.6",
       "18", planted=True)
change(D, "operating profit", "75.1", "98.4", "31")
share(D, "operating margin", "98.4", "412.6", "23.8")
share(D, "China", "171.3", "412.6", "41.5")
share(D, "Taiwan", "72.4", "412.6", "17.5")
share(D, "South Korea", "58.9", "412.6", "14.3")
share(D, "Japan", "39.8", "412.6", "9.6")
ratio(D, "PLANTED multiple: China/Taiwan '2.8 times'", "171.3", "72.4", "2.8", planted=True)
ratio(D, "book-to-bill", "436.0", "412.6", "1.06")
topk(D, "top-4 95.4% vs top-5 96.0%", "95.4", "96.0")
ratio(D, "implied yen per dollar 412.6bn / $2.72bn vs stated average 151.7", "412.6", "2.72", "151.7")

D = "t-en-05"
change(D, "employment (base 2,789.6k - 71.3k)", sub("2789.6", "71.3"), "2789.6", "2.6")
sum_eq(D, "male + female", ["1478.3", "1311.3"], "2789.6")
inc = add(sub("1478.3", div("1478.3", add(X(1), scale(B("1.9"), F(1, 100))))),
          sub("1311.3", div("1311.3", add(X(1), scale(B("3.5"), F(1, 100))))))
check(D, f"male+female increases {fmt(inc)}k vs stated 71.3k", meets(inc, "71.3"))
share(D, "ILO unemployment rate", "125.9", add("2789.6", "125.9"), "4.3")
pts(D, "participation", "65.1", "65.4", "0.3")
approx(D, "PLANTED fraction: part-time 523,400 'almost two in five'", share_iv("523.4", "2789.6"), 40, 3,
       planted=True)
sum_le(D, "PLANTED sum: services + industry + agriculture", ["77.8", "18.9", "4.1"], 100, planted=True)
share(D, "Dublin", "792.4", "2789.6", "28.4")
gt(D, "'more than a quarter' Dublin", share_iv("792.4", "2789.6"), 25)
share(D, "South-West", "411.8", "2789.6", "14.8")
share(D, "Border", "201.5", "2789.6", "7.2")
share(D, "long-term unemployment rate", "35.6", add("2789.6", "125.9"), "1.2")

D = "t-en-06"
change(D, "revenue", "6.1", "6.35", "4")
share(D, "broadcasting", "3.28", "6.35", "51.7")
share(D, "commercial", "2.11", "6.35", "33.2")
share(D, "matchday", "0.96", "6.35", "15.1")
sum_eq(D, "three revenue streams", ["3.28", "2.11", "0.96"], "6.35")
ratio(D, "PL / LaLiga", "6.35", "3.0", "2.1")
share(D, "wages / revenue", "4.25", "6.35", "67")
topk(D, "top 6 vs top 10", "56.4", "72.8")
change(D, "Manchester City", "711", "715", "0.6")
change(D, "Arsenal", "467", "616", "32")
approx(D, "'about 38,700' per game", div("14.7", X(380)), F("0.0387"), F("0.0005"))
near_below(D, "'Almost 6.4 billion'", B("6.35"), F("6.4"), F("0.2"))

D = "t-en-07"
change(D, "global trade", "401.4", "411", "2.4")
share(D, "US", "88.4", "411", "21.5")
share(D, "Australia", "80.9", "411", "19.7")
share(D, "Qatar", "77.2", "411", "18.8")
share(D, "top three", add("88.4", "80.9", "77.2"), "411", "60.0")
topk(D, "PLANTED top-3 60.0% vs top-5 58.7%", "60.0", "58.7", planted=True)
cagr(D, "PLANTED cagr: US 2017 12.9 -> 2024 88.4 'about 41%'", "12.9", "88.4", 7, "41", planted=True)
change(D, "Europe imports", "125.3", "101.5", "-19")
change(D, "Asian spot price", "13.80", "11.90", "-14")
gt(D, "Qatar capacity 'more than 80%'", change_iv("77", "142"), 80)
change(D, "2025 supply 'about 5%'", "411", "432", "5")

D = "t-en-08"
change(D, "total budget", "1.37", "1.42", "3.6")
share(D, "general fund", "812.4", X(1420), "57.2")
change(D, "police", "228.4", "241.7", "5.8")
count(D, "PLANTED 'three priorities' then four items", 3, 4, planted=True)
check(D, "PLANTED direction: ridership 6.42m -> 6.94m written 'slipped 8.1%'", change_iv("6.42", "6.94")[1] < 0,
      planted=True)
change(D, "(note) magnitude is right: 6.42 -> 6.94", "6.42", "6.94", "8.1")

D = "t-en-09"
change(D, "2022 -> 2023", "406.1", "384.2", "-5.4")
change(D, "1990 -> 2023", "812.0", "384.2", "-52.7")
share(D, "PLANTED implied-total: transport 112.6 '27.7%' (implied total ~406.5 = 2022's 406.1)", "112.6", "384.2",
      "27.7", planted=True)
share(D, "buildings", "72.5", "384.2", "18.9")
share(D, "industry", "55.3", "384.2", "14.4")
share(D, "agriculture", "44.8", "384.2", "11.7")
share(D, "electricity supply", "41.4", "384.2", "10.8")
change(D, "power sector 2012 -> 2023", "159.2", "41.4", "-74")
check(D, "PLANTED period-span: '15 years since 2012' (2012 -> 2023 = 11 years)", 2023 - 2012 == 15, planted=True)
ratio(D, "CB4 average", "1950", X(5), "390")
target = scale(B("812.0"), F(32, 100))
check(D, f"further cut to 2030 goal: 384.2 - 812.0*0.32 = {fmt(sub('384.2', target))} vs 124",
      meets(sub("384.2", target), "124"))
approx(D, "'about a third of today's level'", share_iv("124", "384.2"), F(100, 3), 3)
check(D, "'three decades' 1990 -> 2023 = 33 years", 25 <= 2023 - 1990 <= 35)

D = "t-en-10"
change(D, "registered FDI", "26.75", "27.26", "1.9")
share(D, "manufacturing", "16.6", "27.26", "60.9")
share(D, "real estate", "4.26", "27.26", "15.6")
share(D, "Singapore", "8.46", "27.26", "31.0")
share(D, "Japan", "2.89", "27.26", "10.6")
share(D, "China", "2.71", "27.26", "9.9")
share(D, "top three", add("8.46", "2.89", "2.71"), "27.26", "51.6")
share(D, "top five", add("8.46", "2.89", "2.71", "2.45", "2.36"), "27.26", "69.2")
topk(D, "provinces top 5 vs top 6", "46.2", "49.5")
share(D, "Bac Ninh", "4.1", "27.26", "15")
check(D, f"trade surplus 335.6-312.3 = {fmt(sub('335.6', '312.3'))}", meets(sub("335.6", "312.3"), "23.3"))

print()
print(f"consistent relations ok: {N_OK}; planted problems failing as intended: {N_PLANTED}; problems: {len(BAD)}")
if BAD:
    for b in BAD:
        print("  " + b)
    sys.exit(1)
print("arith: all consistent relations hold and every planted relation fails")
