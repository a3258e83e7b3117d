#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.

Each stated figure "x" written with d decimals is the interval [x - u/2, x + u/2) with u = 10^-d
(integers written with thousands dots such as 6.800 get the band of their last non-zero digit).
A relation is consistent when the interval implied by the operands meets the stated band.
Prints `ok` for consistent relations and `PLANTED-FAILS` for planted ones; exit 1 if a consistent
relation fails or a planted one holds.
"""
from decimal import Decimal as D, getcontext
import sys
getcontext().prec = 40

def band(s, unit=None):
    """'22,8' -> (22.75, 22.85); '6.800' -> (6750, 6850) (unit inferred from last non-zero digit)."""
    t = s.replace(".", "").replace(",", ".")
    v = D(t)
    if unit is None:
        if "." in t:
            unit = D(1).scaleb(-len(t.split(".")[1]))
        else:
            stripped = t.rstrip("0"); zeros = len(t) - len(stripped)
            unit = D(1).scaleb(zeros) if stripped else D(1)
    u = D(unit)
    return (v - u / 2, v + u / 2)

def div(a, b):  # interval a/b, b > 0
    return (a[0] / b[1], a[1] / b[0])
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def mul(a, b): return (a[0] * b[0], a[1] * b[1])
def pct(a): return (a[0] * 100, a[1] * 100)
def growth(cur, base): r = div(cur, base); return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def decline(cur, base): r = div(cur, base); return ((1 - r[1]) * 100, (1 - r[0]) * 100)
def cagr(end, start, years):
    r = div(end, start); e = D(1) / D(years)
    return (((r[0] ** e) - 1) * 100, ((r[1] ** e) - 1) * 100)
def meets(a, b): return a[0] <= b[1] and b[0] <= a[1]
def exact(x): return (D(x), D(x))

failures = 0
def check(label, implied, stated, planted=False):
    global failures
    holds = meets(implied, stated)
    f = lambda i: f"[{float(i[0]):.4f}, {float(i[1]):.4f}]"
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        if holds: failures += 1
    else:
        tag = "ok" if holds else "FAIL(!)"
        if not holds: failures += 1
    print(f"{tag:16} {label}: implied {f(implied)} vs stated {f(stated)}")

B = band
# ---------------- t6-vi-01 thép ----------------
print("== t6-vi-01_vi_thep-10-thang.txt")
sales, dom, exp_, exp_prev = B("22,8"), B("14,6"), B("8,2"), B("6,75")
check("01 domestic 14,6 + export 8,2 = sales 22,8", add(dom, exp_), sales)
check("01 export +21,5% from 6,75", growth(exp_, exp_prev), B("21,5"))
prev_sales = div(sales, (1 + B("11,6")[0] / 100, 1 + B("11,6")[1] / 100))
check("01 domestic 'tăng khoảng 6,7%' (base = 22,8/1,116 - 6,75)", growth(dom, sub(prev_sales, exp_prev)), B("6,7"))
check("01 thép xây dựng 10,9 = 47,8% of 22,8", pct(div(B("10,9"), sales)), B("47,8"))
check("01 tôn mạ 4,1 = 'gần 18%' of 22,8 (hedge: 16..18)", pct(div(B("4,1"), sales)), (D(16), D(18)))
check("01 title 'tăng gần 12%' vs 11,6% (hedge: 10..12)", B("11,6"), (D(10), D(12)))
check("01 tôn mạ top5 79,5 <= top10 91,2 (top5 - top10 <= 0)", sub(B("79,5"), B("91,2")), (D(-100), D(0)))
check("01 Hòa Phát 38,6 <= top5 68,4", sub(B("38,6"), B("68,4")), (D(-100), D(0)))
check("01 PLANTED share: export 8,2 / sales 22,8 vs 39,6%", pct(div(exp_, sales)), B("39,6"), planted=True)
check("01 PLANTED topk: top3 71,2 <= top5 68,4 (top3 - top5 <= 0)", sub(B("71,2"), B("68,4")), (D(-100), D(0)), planted=True)
check("01 PLANTED cagr 2019-2023 17,5 -> 21,9 vs 'khoảng 7,8%/năm' (even ±1 pt)", cagr(B("21,9"), B("17,5"), 4), (D("6.8"), D("8.8")), planted=True)

# ---------------- t6-vi-02 lúa gạo ----------------
print("== t6-vi-02_vi_lua-dong-xuan-dbscl.txt")
area = B("1.512.000", 1)
check("02 harvested 1,05 tr ha = 'gần 70%' of 1.512.000 ha (hedge 65..70)", pct(div(mul(B("1,05"), exact(10**6)), area)), (D(65), D(70)))
check("02 1.512.000 ha x 6,92 t/ha = 10,46 tr tấn", mul(area, B("6,92")), (B("10,46")[0] * 10**6, B("10,46")[1] * 10**6))
check("02 Kiên Giang 286.500 = 18,9%", pct(div(B("286.500", 1), area)), B("18,9"))
check("02 An Giang 232.400 = 15,4% (lần lượt)", pct(div(B("232.400", 1), area)), B("15,4"))
check("02 Đồng Tháp 196.800 = 13,0% (lần lượt)", pct(div(B("196.800", 1), area)), B("13,0"))
check("02 OM 5451 6.800 from 6.200 = +9,7% (lần lượt, 1st)", growth(B("6.800", 1), B("6.200", 1)), B("9,7"))
check("02 rice export 6,1 from 5,5 = +10,9%", growth(B("6,1"), B("5,5")), B("10,9"))
check("02 PLANTED respectively: Đài Thơm 8 8.200 from 7.600 vs +12,3% (even with ±50 đ bands)", growth(B("8.200", 100), B("7.600", 100)), B("12,3"), planted=True)
check("02 PLANTED change: salinity 41.200 -> 31.500 ha vs 'giảm hơn 30%' (>30)", decline(B("31.500", 100), B("41.200", 100)), (D(30), D(100)), planted=True)
check("02 PLANTED fraction: 2,1 / 6,1 tr tấn vs 'một nửa' (even 45..55)", pct(div(B("2,1"), B("6,1"))), (D(45), D(55)), planted=True)

# ---------------- t6-vi-03 ngân sách ----------------
print("== t6-vi-03_vi_thu-ngan-sach-quang-ngai.txt")
tot, dt = B("32.460", 1), B("25.300", 1)
nd, xnk, rest = B("19.840", 1), B("11.960", 1), B("860", 1)
check("03 32.460 = 128,3% of dự toán 25.300", pct(div(tot, dt)), B("128,3"))
check("03 title 'vượt 28%' (28..29 over)", (pct(div(tot, dt))[0] - 100, pct(div(tot, dt))[1] - 100), (D(28), D(29)))
check("03 thu nội địa 19.840 = 61,1% of 32.460", pct(div(nd, tot)), B("61,1"))
check("03 58,7% -> 61,1% = +2,4 điểm phần trăm", sub(B("61,1"), B("58,7")), B("2,4"))
check("03 đất 3.215 = 16,2% of thu nội địa 19.840", pct(div(B("3.215", 1), nd)), B("16,2"))
check("03 DNNN+NQD+FDI 11.750 <= thu nội địa 19.840 (diff <= 0)", sub(add(B("6.120", 1), B("4.350", 1), B("1.280", 1)), nd), (D(-10**6), D(0)))
check("03 chi ĐTPT 9.650 = 38,9% of 24.780", pct(div(B("9.650", 1), B("24.780", 1))), B("38,9"))
check("03 ĐTPT 9.650 + thường xuyên 13.870 <= 24.780", sub(add(B("9.650", 1), B("13.870", 1)), B("24.780", 1)), (D(-10**6), D(0)))
check("03 dự toán 2025 30.150 = 'giảm 7,1%' from 32.460", decline(B("30.150", 1), tot), B("7,1"))
check("03 dự toán 2025 18.650 + 11.500 = 30.150", add(B("18.650", 1), B("11.500", 1)), B("30.150", 1))
check("03 PLANTED sum: 19.840 + 11.960 + 'còn lại' 860 = total 32.460", add(nd, xnk, rest), tot, planted=True)
check("03 PLANTED implied-base: 32.460 from 2023's 29.870 vs 'tăng 15,2%'", growth(tot, B("29.870", 1)), B("15,2"), planted=True)
check("03 PLANTED restatement: thu tiền SDĐ 2024 3.215 vs 2.315", B("3.215", 1), B("2.315", 1), planted=True)

# ---------------- t6-vi-04 viễn thông ----------------
print("== t6-vi-04_vi_vien-thong-2024.json")
check("04 4G/5G 99,6 = 77,6% of 128,4", pct(div(B("99,6"), B("128,4"))), B("77,6"))
check("04 'hơn 128 triệu' vs 128,4 (>128)", B("128,4"), (D(128), D(129)))
rev = B("13.240", 1)
check("04 revenue 13.240 vs Nov 13.006 = +1,8% MoM", growth(rev, B("13.006", 1)), B("1,8"))
check("04 revenue 13.240 vs Dec-2023 12.660 = +4,6% YoY", growth(rev, B("12.660", 1)), B("4,6"))
check("04 shares 54,2+24,1+18,3+3,4 = 100", add(B("54,2"), B("24,1"), B("18,3"), B("3,4")), exact(100))
check("04 big three 54,2+24,1+18,3 = 96,6", add(B("54,2"), B("24,1"), B("18,3")), B("96,6"))
check("04 (explains slip) broadband 23,15 vs Dec-2023 21,20 YoY = 9,2", growth(B("23,15"), B("21,20")), B("9,2"))
check("04 PLANTED yoy-vs-mom: 23,15 vs Nov 23,02 'so với tháng trước' = 9,2%", growth(B("23,15"), B("23,02")), B("9,2"), planted=True)
check("04 PLANTED multiple: 11,8 / 4,9 GB vs 'gấp 3 lần'", div(B("11,8"), B("4,9")), B("3"), planted=True)
check("04 PLANTED direction: VinaPhone data 7.820 vs 7.357 stated 'giảm 6,3%' (change <= 0)", growth(B("7.820", 1), B("7.357", 1)), (D(-100), D(0)), planted=True)

# ---------------- t6-vi-05 dệt may (clean) ----------------
print("== t6-vi-05_vi_det-may-xuat-khau.txt")
x24 = B("44,02")
check("05 44,02 from 39,55 = +11,3%", growth(x24, B("39,55")), B("11,3"))
check("05 Mỹ 16,2 = 36,8% of 44,02", pct(div(B("16,2"), x24)), B("36,8"))
check("05 36,8% 'hơn một phần ba' (>33,33)", pct(div(B("16,2"), x24)), (D(100) / 3, D(100)))
check("05 Mỹ 16,2 / EU 4,6 'gấp khoảng 3,5 lần' (3,4..3,6)", div(B("16,2"), B("4,6")), (D("3.4"), D("3.6")))
top5 = add(B("16,2"), B("4,6"), B("4,4"), B("3,7"), B("3,0"))
check("05 top-5 markets 31,9 = 72,5% of 44,02", pct(div(top5, x24)), B("72,5"))
check("05 top5 72,5 <= top10 84,6", sub(B("72,5"), B("84,6")), (D(-100), D(0)))
check("05 top10 84,6 <= top20 95,4", sub(B("84,6"), B("95,4")), (D(-100), D(0)))
check("05 top20 95,4 <= top25 96,0", sub(B("95,4"), B("96,0")), (D(-100), D(0)))
check("05 may mặc 37,1 + xơ sợi 4,4 + vải 2,52 = 44,02", add(B("37,1"), B("4,4"), B("2,52")), x24)
check("05 xơ sợi 4,4 from 4,09 = +7,6% (lần lượt, 1st)", growth(B("4,4"), B("4,09")), B("7,6"))
check("05 vải 2,52 from 2,31 = +9,1% (lần lượt, 2nd)", growth(B("2,52"), B("2,31")), B("9,1"))
check("05 xuất siêu 44,02 - 24,1 = 19,9", sub(x24, B("24,1")), B("19,9"))
check("05 Dec 3,92 vs Nov 3,72 = +5,4% MoM", growth(B("3,92"), B("3,72")), B("5,4"))
check("05 Dec 3,92 vs Dec-2023 3,50 = +12% YoY", growth(B("3,92"), B("3,50")), B("12"))
check("05 CAGR 2019 38,9 -> 2024 44,02 = 'khoảng 2,5%/năm'", cagr(x24, B("38,9"), 5), B("2,5"))
check("05 'Sau 5 năm' = 2024 - 2019", exact(2024 - 2019), exact(5))
check("05 FOB 32,5% -> 35,1% = +2,6 điểm phần trăm", sub(B("35,1"), B("32,5")), B("2,6"))
check("05 'ba nhóm giải pháp' = 3 items listed (một là, hai là, ba là)", exact(3), exact(3))
check("05 'gần 3 triệu lao động' vs 2,8 triệu (2,5..3)", B("2,8"), (D("2.5"), D(3)))

print("arith: ALL AS EXPECTED" if failures == 0 else f"arith: {failures} UNEXPECTED RESULT(S)")
sys.exit(1 if failures else 0)
