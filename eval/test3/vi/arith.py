#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated, with rounding bands.

A stated figure "299,5" may be anything in [299.45, 299.55); "17" in [16.5, 17.5).  A relation is
consistent when the interval of values its operands allow overlaps the band of the stated result.
Prints ok / PLANTED-FAILS per relation; exits 1 if a consistent relation fails or a planted one holds.
"""
import itertools, sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def n(s):
    """Vietnamese figure -> (lo, hi) band. '299,5' -> [299.45,299.55); '36.420' -> [36419.5,36420.5)."""
    s = s.replace(".", "").replace(",", ".")
    d = D(s)
    exp = d.as_tuple().exponent
    half = D(5) * D(10) ** (exp - 1)
    return (d - half, d + half)

def exact(x):
    d = D(str(x)); return (d, d)

def rng(f, *bands):
    vals = [f(*c) for c in itertools.product(*bands)]
    return (min(vals), max(vals))

def overlaps(a, b):
    return a[0] <= b[1] and b[0] <= a[1]

def pct(x): return D(100) * x
def growth(cur, base): return pct(cur / base - 1)
def share(part, total): return pct(part / total)
def cagr(end, start, years): return pct((end / start) ** (D(1) / D(years)) - 1) if False else pct(D(float(end / start) ** (1.0 / years)) - 1)

results = []
def check(doc, label, holds, planted=False, detail=""):
    results.append((doc, label, holds, planted, detail))

def rel(doc, label, computed, stated, planted=False):
    holds = overlaps(computed, stated)
    check(doc, label, holds, planted, f"computed [{computed[0]:.3f}, {computed[1]:.3f}] vs stated [{stated[0]:.3f}, {stated[1]:.3f})")

# ---------- t3-vi-01 (Tổng cục Thống kê, xuất nhập khẩu) ----------
d = "01"
X, X0 = n("299,5"), n("259,5")
rel(d, "xuất khẩu 299,5 vs 259,5 -> tăng 15,4%", rng(growth, X, X0), n("15,4"))
rel(d, "trong nước 83,4/299,5 -> chiếm 27,8%", rng(share, n("83,4"), X), n("27,8"))
rel(d, "FDI 216,1/299,5 -> chiếm 72,2%", rng(share, n("216,1"), X), n("72,2"))
rel(d, "83,4 + 216,1 = 299,5", rng(lambda a, b: a + b, n("83,4"), n("216,1")), X)
rel(d, "27,8% - 26,8% = 1 điểm phần trăm", rng(lambda a, b: a - b, n("27,8"), n("26,8")), n("1"))
rel(d, "prior domestic share: 83,4/1,201 over 259,5 -> 26,8%", rng(lambda a, g, t: share(a / (1 + g / 100), t), n("83,4"), n("20,1"), X0), n("26,8"))
M, M0 = n("278,5"), n("237,8")
rel(d, "nhập khẩu 278,5 vs 237,8 -> tăng 17,1%", rng(growth, M, M0), n("17,1"))
rel(d, "299,5 + 278,5 = 578", rng(lambda a, b: a + b, X, M), n("578"))
rel(d, "tổng XNK 578 vs (259,5+237,8) -> tăng 16,2%", rng(lambda t, a, b: growth(t, a + b), n("578"), X0, M0), n("16,2"))
rel(d, "xuất siêu 299,5 - 278,5 = 21", rng(lambda a, b: a - b, X, M), n("21"))
rel(d, "cùng kỳ xuất siêu 259,5 - 237,8 = 21,7", rng(lambda a, b: a - b, X0, M0), n("21,7"))
rel(d, "quý III 107,2 vs quý II 98,9 -> tăng 8,4%", rng(growth, n("107,2"), n("98,9")), n("8,4"))
rel(d, "quý III 107,2 vs cùng kỳ 92,3 -> tăng 16,1%", rng(growth, n("107,2"), n("92,3")), n("16,1"))
top5 = lambda a, b, c, e, f, t: share(a + b + c + e + f, t)
T5 = rng(top5, n("52,6"), n("40,2"), n("38,5"), n("27,4"), n("17"), X)
rel(d, "top 5 (52,6+40,2+38,5+27,4+17)/299,5 -> 58,7%", T5, n("58,7"))
rel(d, "top 6 (+ gỗ 11,8)/299,5 -> 62,6%", rng(lambda a, b, c, e, f, g, t: share(a + b + c + e + f + g, t), n("52,6"), n("40,2"), n("38,5"), n("27,4"), n("17"), n("11,8"), X), n("62,6"))
check(d, "6 mặt hàng >10 tỷ (62,6%) nested in 33 mặt hàng >1 tỷ (93,1%)", n("62,6")[1] <= n("93,1")[0])
check(d, "PLANTED topk: top 10 (57,9%) must be >= top 5 (58,7%) and top 6 (62,6%)", n("57,9")[1] >= n("58,7")[0] and n("57,9")[1] >= n("62,6")[0], planted=True)
rel(d, "gạo 4,37 vs 3,54 -> tăng 23,5%", rng(growth, n("4,37"), n("3,54")), n("23,5"))
rel(d, "PLANTED respectively: cà phê 4,18 vs 3,45 -> stated 12,1% (gives ~21,2%)", rng(growth, n("4,18"), n("3,45")), n("12,1"), planted=True)
rel(d, "PLANTED share: Hoa Kỳ 88,1/299,5 -> stated 32,9% (gives ~29,4%)", rng(share, n("88,1"), X), n("32,9"), planted=True)
rel(d, "nhập siêu từ Trung Quốc 105,9 - 45,7 = 60,2", rng(lambda a, b: a - b, n("105,9"), n("45,7")), n("60,2"))

# ---------- t3-vi-02 (báo điện tử, khách quốc tế) ----------
d = "02"
K = n("14,1")
rel(d, "tháng 10 1,37 vs tháng 9 1,2 -> tăng 14,2%", rng(growth, n("1,37"), n("1,2")), n("14,2"))
rel(d, "Hàn Quốc 3,8/14,1 -> chiếm 27%", rng(share, n("3,8"), K), n("27"))
rel(d, "Trung Quốc 3,1/14,1 -> chiếm khoảng 22%", rng(share, n("3,1"), K), n("22"))
rel(d, "Trung Quốc 3,1 / 1,7 -> gấp 1,8 lần", rng(lambda a, b: a / b, n("3,1"), n("1,7")), n("1,8"))
rel(d, "top 5 (3,8+3,1+1,05+0,62+0,59)/14,1 -> khoảng 65%", rng(lambda a, b, c, e, f, t: share(a + b + c + e + f, t), n("3,8"), n("3,1"), n("1,05"), n("0,620"), n("0,590"), K), n("65"))
rel(d, "83,9 + 14,8 + 1,3 = 100", rng(lambda a, b, c: a + b + c, n("83,9"), n("14,8"), n("1,3")), exact(100))
c = rng(share, n("310.000"), n("690.000"))
check(d, "khách quốc tế 310.000/690.000 -> gần 45% (just under 45, above 40)", c[0] < 45 and c[1] > 40, detail=f"[{c[0]:.2f}, {c[1]:.2f}]")
check(d, "title 'vượt 14 triệu' vs 14,1 triệu", n("14,1")[0] > 14)
c = (K[0] + 2 * D("1.5"), K[1] + 2 * D(2))
check(d, "14,1 + 2 tháng x (1,5-2) triệu reaches 17-18 triệu", c[1] >= 17, detail=f"[{c[0]}, {c[1]}]")
rel(d, "PLANTED implied-base: 14,1 / 1,41 -> base stated 11,2 (gives ~10,0)", rng(lambda cur, g: cur / (1 + g / 100), K, n("41")), n("11,2"), planted=True)
rel(d, "PLANTED multiple: Ấn Độ 390.000 / 241.000 -> stated 'gấp đôi' (gives ~1,62)", rng(lambda a, b: a / b, n("390.000"), n("241.000")), (D("1.9"), D("2.1")), planted=True)
rel(d, "PLANTED cagr: 7,9 -> 18 triệu over 2015-2019 (4 years) -> stated khoảng 29% (gives ~22,9%)", rng(lambda e, s: cagr(e, s, 4), n("18"), n("7,9")), n("29"), planted=True)

# ---------- t3-vi-03 (bản tin thị trường, cà phê - hồ tiêu) ----------
d = "03"
Q, Q0, V, V0 = n("1,16"), n("1,31"), n("4,63"), n("3,36")
rel(d, "cà phê lượng 1,16 vs 1,31 -> giảm 11,5%", rng(growth, Q, Q0), (-n("11,5")[1], -n("11,5")[0]))
rel(d, "cà phê trị giá 4,63 vs 3,36 -> tăng 37,8%", rng(growth, V, V0), n("37,8"))
rel(d, "giá bình quân 4,63 tỷ / 1,16 triệu tấn -> 3.991 USD/tấn", rng(lambda v, q: v / q * 1000, V, Q), n("3.991"))
rel(d, "giá bình quân cùng kỳ 3,36 / 1,31 -> 2.565 USD/tấn", rng(lambda v, q: v / q * 1000, V0, Q0), n("2.565"))
rel(d, "PLANTED change: 3.991 vs 2.565 -> stated tăng 65,6% (gives ~55,6%)", rng(growth, n("3.991"), n("2.565")), n("65,6"), planted=True)
rel(d, "PLANTED yoy-vs-mom: tháng 10 95.000 vs tháng 10/2023 52.000 -> stated 46,2% yoy (gives ~82,7%; 46,2% is vs tháng 9 65.000)", rng(growth, n("95.000"), n("52.000")), n("46,2"), planted=True)
rel(d, "(the 46,2% is the month-on-month rate 95.000 vs 65.000)", rng(growth, n("95.000"), n("65.000")), n("46,2"))
rel(d, "trị giá tháng 10 437 vs tháng 9 287 -> tăng 52,3%", rng(growth, n("437"), n("287")), n("52,3"))
c = rng(lambda a, b: a / b, n("437"), n("215"))
check(d, "437 / 215 -> gấp hơn 2 lần", c[0] > 2, detail=f"[{c[0]:.3f}, {c[1]:.3f}]")
rel(d, "Đức 145.000 / 1,16 triệu tấn -> chiếm 12,5%", rng(lambda a, t: share(a, t * 1000000), n("145.000"), Q), n("12,5"))
rel(d, "Italy 98.000 / 1,16 triệu tấn -> chiếm 8,4%", rng(lambda a, t: share(a, t * 1000000), n("98.000"), Q), n("8,4"))
rel(d, "Tây Ban Nha 72.000 / 1,16 triệu tấn -> chiếm 6,2%", rng(lambda a, t: share(a, t * 1000000), n("72.000"), Q), n("6,2"))
c = rng(growth, n("220.000"), n("213.000"))
check(d, "PLANTED direction: hồ tiêu 220.000 vs 213.000 stated 'giảm 3,2%' (figures rose ~3,3%)", c[1] < 0, planted=True, detail=f"[{c[0]:.3f}, {c[1]:.3f}]")
rel(d, "hồ tiêu trị giá 1,13 tỷ vs 767 triệu -> tăng 47,3%", rng(lambda a, b: growth(a * 1000, b), n("1,13"), n("767")), n("47,3"))
rel(d, "giá tiêu xuất khẩu 1,13 tỷ / 220.000 tấn -> 5.136 USD/tấn", rng(lambda v, q: v * 1000000000 / q, n("1,13"), n("220.000")), n("5.136"))
check(d, "giá cà phê các tỉnh (117.800..118.600) inside stated range 117.800-118.600", True)

# ---------- t3-vi-04 (cổng TTĐT Chính phủ, giải ngân) ----------
d = "04"
G = n("331.000")
rel(d, "51,4% - 47,6% = 3,8 điểm phần trăm", rng(lambda a, b: a - b, n("51,4"), n("47,6")), n("3,8"))
rel(d, "NSTW 137.400 / 331.000 -> chiếm 41,5%", rng(share, n("137.400"), G), n("41,5"))
rel(d, "Bộ GTVT 58.300 / 92.200 -> đạt 63,2% kế hoạch", rng(share, n("58.300"), n("92.200")), n("63,2"))
rel(d, "PLANTED implied-total: 331.000 / 657.000 -> stated 47,6% (gives ~50,4%; 47,6% implies ~695.400)", rng(share, G, n("657.000")), n("47,6"), planted=True)
c = rng(lambda a, b, e: a + b + e, n("137.400"), n("186.200"), n("12.100"))
check(d, "PLANTED sum: 137.400 + 186.200 + 12.100 must be <= 331.000 (gives 335.700)", c[0] <= G[1], planted=True, detail=f"[{c[0]}, {c[1]}]")
rel(d, "PLANTED (warning) points-vs-percent: 38,2% -> 41,5% stated 'tăng 3,3%' read as relative change (gives ~8,6%; 3,3 is points)", rng(growth, n("41,5"), n("38,2")), n("3,3"), planted=True)
rel(d, "(the 3,3 is the point difference 41,5 - 38,2)", rng(lambda a, b: a - b, n("41,5"), n("38,2")), n("3,3"))
for plan in ("657.000", "695.400"):
    c = rng(lambda p, g: (p * D("0.95") - g) / 2, n(plan), G)
    check(d, f"need > 100.000 tỷ/tháng in 2 months to reach 95% (plan {plan})", c[0] > 100000, detail=f"[{c[0]}, {c[1]}]")
check(d, "25 địa phương <= 63 tỉnh, thành phố", 25 <= 63)
check(d, "'ba nhóm nhiệm vụ' followed by Thứ nhất/Thứ hai/Thứ ba (3 items)", True)

# ---------- t3-vi-05 (báo địa phương, Bắc Giang) ----------
d = "05"
J = n("36.420")
rel(d, "36.420 / 40.000 -> đạt 91%", rng(share, J, n("40.000")), n("91"))
rel(d, "36.420 vs 33.630 -> tăng 8,3%", rng(growth, J, n("33.630")), n("8,3"))
rel(d, "thu nhập 8,2 vs 7,7 -> tăng 6,5%", rng(growth, n("8,2"), n("7,7")), n("6,5"))
rel(d, "71,2% - 69,8% = 1,4 điểm phần trăm", rng(lambda a, b: a - b, n("71,2"), n("69,8")), n("1,4"))
rel(d, "Nhật Bản 3.920 / 6.850 -> chiếm 57,2%", rng(share, n("3.920"), n("6.850")), n("57,2"))
rel(d, "3.920 + 1.480 + 1.150 + 300 = 6.850", rng(lambda a, b, c_, e: a + b + c_ + e, n("3.920"), n("1.480"), n("1.150"), n("300")), n("6.850"))
c = rng(lambda a, b: a - b, n("40.000"), J)
check(d, "còn 40.000 - 36.420 = 3.580 -> 'gần 3.600'", c[1] < 3600 and c[0] > 3400, detail=f"[{c[0]}, {c[1]}]")
check(d, "'gần mười năm' for 2015-2024 (9 years)", 8 <= 2024 - 2015 < 10)
check(d, "title 'Hơn 36.000' vs 36.420", J[0] > 36000)
c = rng(share, n("24.300"), J)
check(d, "PLANTED fraction: 24.300 / 36.420 stated 'khoảng một nửa' (gives ~66,7%, i.e. two thirds)", 45 <= c[0] and c[1] <= 55, planted=True, detail=f"[{c[0]:.2f}, {c[1]:.2f}]")
rel(d, "PLANTED share: 6.850 / 36.420 -> stated 21,4% (gives ~18,8%)", rng(share, n("6.850"), J), n("21,4"), planted=True)
check(d, "PLANTED restatement: 36.420 (para 1) vs 36.240 (last para), both '10 tháng'", overlaps(J, n("36.240")), planted=True)

# ---------- t3-vi-06 (phân tích ngân hàng, clean) ----------
d = "06"
C, C0 = n("15,12"), n("13,73")
rel(d, "15,12 vs 13,73 -> tăng 10,1%", rng(growth, C, C0), n("10,1"))
check(d, "title 'vượt 15,1 triệu tỷ' and 'tăng hơn 10%'", C[0] > D("15.1") and rng(growth, C, C0)[0] > 10)
rel(d, "10,1 / 5,8 -> gấp khoảng 1,7 lần", rng(lambda a, b: a / b, n("10,1"), n("5,8")), n("1,7"))
rel(d, "13,73 x 1,15 - 15,12 -> khoảng 670.000 tỷ", rng(lambda b, cur: (b * D("1.15") - cur) * 1000000, C0, C), n("670.000"))
rel(d, "big 4 (1,96+1,62+1,59+1,42)/15,12 -> chiếm 43,6%", rng(lambda a, b, c_, e, t: share(a + b + c_ + e, t), n("1,96"), n("1,62"), n("1,59"), n("1,42"), C), n("43,6"))
rel(d, "BIDV 1,96/15,12 -> khoảng 13%", rng(share, n("1,96"), C), n("13"))
check(d, "top 4 43,6% <= top 10 71,2% <= top 12 75,8%", n("43,6")[1] <= n("71,2")[0] and n("71,2")[1] <= n("75,8")[0])
rel(d, "bất động sản 3,26 vs 3,01 -> tăng 8,3%", rng(growth, n("3,26"), n("3,01")), n("8,3"))
rel(d, "tiêu dùng 2,09 vs 1,97 -> tăng 6,1%", rng(growth, n("2,09"), n("1,97")), n("6,1"))
rel(d, "nợ xấu 4,55% - 4,17% = 0,38 điểm phần trăm", rng(lambda a, b: a - b, n("4,55"), n("4,17")), n("0,38"))
rel(d, "Vietcombank 31.300 / 214.600 -> chiếm 14,6%", rng(share, n("31.300"), n("214.600")), n("14,6"))

bad = 0
for doc, label, holds, planted, detail in results:
    if planted:
        status = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (bad)"
        bad += holds
    else:
        status = "ok" if holds else "FAIL"
        bad += not holds
    print(f"t3-vi-{doc}  {status:14s} {label}  {detail}")
n_pl = sum(1 for r in results if r[3])
print(f"{len(results)} relations, {n_pl} planted; {'all as intended' if not bad else str(bad) + ' problem(s)'}")
sys.exit(1 if bad else 0)
