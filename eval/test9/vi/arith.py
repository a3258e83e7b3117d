#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.

A stated figure written with d decimals stands for [v - 0.5*10^-d, v + 0.5*10^-d) (Vietnamese style:
',' decimal, '.' thousands). Computed relations are propagated as intervals (exact Fractions).
Consistent relations must hold (the interval of the computed value meets the stated band);
planted ones must fail. Prints `ok` / `PLANTED-FAILS`; exits 1 on any surprise.
"""
from fractions import Fraction as F
import math, sys

def band(s):
    s = s.strip()
    if "," in s:
        ip, dp = s.split(",")
        d = len(dp)
    else:
        ip, dp, d = s, "", 0
    v = F(int(ip.replace(".", "") + dp), 10 ** d)
    h = F(1, 2 * 10 ** d)
    return (v - h, v + h)

def exact(x):
    x = F(x); return (x, x)

def div(a, b):  # positive intervals
    return (a[0] / b[1], a[1] / b[0])
def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])
def pct(a):
    return (a[0] * 100, a[1] * 100)
def change(cur, base):  # percent change
    r = div(cur, base); return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def meets(x, y):
    return x[0] < y[1] and y[0] < x[1] or x[0] == x[1] and y[0] <= x[0] < y[1]
def fmt(x):
    return f"[{float(x[0]):.4f}, {float(x[1]):.4f}]"

results = []
def rel(doc, name, computed, stated, planted, holds=None, note=""):
    h = meets(computed, stated) if holds is None else holds
    if planted:
        status = "PLANTED-FAILS" if not h else "PLANTED-HOLDS (BAD)"
        bad = h
    else:
        status = "ok" if h else "INCONSISTENT (BAD)"
        bad = not h
    print(f"{status:20s} {doc} {name}: computed {fmt(computed)} stated {fmt(stated)} {note}")
    results.append(bad)

B = band
# ---------------- t9-vi-01 ports ----------------
d = "01"
rel(d, "total +14,2% (657,3 vs 575,6)", change(B("657,3"), B("575,6")), B("14,2"), False)
rel(d, "breakdown 185,4+214,6+255,9+1,4 = 657,3", add(B("185,4"), B("214,6"), B("255,9"), B("1,4")), B("657,3"), False)
rel(d, "container 238,6 / 657,3 = 36,3%", pct(div(B("238,6"), B("657,3"))), B("36,3"), False)
rel(d, "TP.HCM 178,3 / 657,3 = 27,1%", pct(div(B("178,3"), B("657,3"))), B("27,1"), False)
rel(d, "Hai Phong 142,7 / 657,3 = 21,7%", pct(div(B("142,7"), B("657,3"))), B("21,7"), False)
rel(d, "BR-VT 98,4 / 657,3 = 15,0%", pct(div(B("98,4"), B("657,3"))), B("15,0"), False)
top3 = add(B("27,1"), B("21,7"), B("15,0"))
rel(d, "top3 (63,8) <= top5 78,4%", top3, B("78,4"), False, holds=top3[0] <= B("78,4")[1])
rel(d, "freight 5.200 / 1.480 = gấp khoảng 3,5 lần", div(B("5.200"), B("1.480")), B("3,5"), False)
rel(d, "gần 660 triệu tấn vs 657,3 (below 660, within 1%)", B("657,3"), (F(660) * F(99, 100), F(660)), False)
rel(d, "PLANTED share: import 214,6 / 657,3 stated 34,6%", pct(div(B("214,6"), B("657,3"))), B("34,6"), True)
rel(d, "PLANTED change: container 22,5 vs 19,6 TEU stated +20,7%", change(B("22,5"), B("19,6")), B("20,7"), True)
t5, t10 = B("78,4"), B("76,9")
rel(d, "PLANTED topk: top5 78,4% <= top10 76,9%", t5, t10, True, holds=t5[0] <= t10[1])

# ---------------- t9-vi-02 insurance ----------------
d = "02"
rel(d, "72.480 + 40.770 = 113.250", add(B("72.480"), B("40.770")), B("113.250"), False)
rel(d, "life 72.480 / 113.250 = 64,0%", pct(div(B("72.480"), B("113.250"))), B("64,0"), False)
rel(d, "non-life 40.770 / 113.250 = 36,0%", pct(div(B("40.770"), B("113.250"))), B("36,0"), False)
# prior-year non-life share from the stated rates: 40.770/1,106 over 113.250/0,951
prior_nl = div(B("40.770"), (1 + B("10,6")[0] / 100, 1 + B("10,6")[1] / 100))
prior_tot = div(B("113.250"), (1 - B("4,9")[1] / 100, 1 - B("4,9")[0] / 100))
rel(d, "prior non-life share from stated rates = 31,0%", pct(div(prior_nl, prior_tot)), B("31,0"), False)
rel(d, "bancassurance 38,5 -> 27,3 = -11,2 điểm phần trăm", sub(B("38,5"), B("27,3")), B("11,2"), False)
rel(d, "BVNT 14.320 vs 15.270 = -6,2%", change(B("15.270"), B("15.270")) if False else change(B("14.320"), B("15.270")), (-B("6,2")[1], -B("6,2")[0]), False)
rel(d, "BVNT 14.320 / 72.480 = 19,8%", pct(div(B("14.320"), B("72.480"))), B("19,8"), False)
rel(d, "Manulife 9.860 / 72.480 = 13,6%", pct(div(B("9.860"), B("72.480"))), B("13,6"), False)
rel(d, "health 11.540 / 40.770 = 28,3%", pct(div(B("11.540"), B("40.770"))), B("28,3"), False)
rel(d, "PVI 8.960 / 40.770 = 22,0%", pct(div(B("8.960"), B("40.770"))), B("22,0"), False)
rel(d, "Bao Viet non-life 6.480 / 40.770 = 15,9%", pct(div(B("6.480"), B("40.770"))), B("15,9"), False)
rel(d, "PLANTED respectively: Manulife 9.860 vs 11.400 stated -18,5%", change(B("9.860"), B("11.400")), (-B("18,5")[1], -B("18,5")[0]), True)
rel(d, "PLANTED sum: 19,8+13,6+12,4+10,1+9,7 stated 69,6%", add(B("19,8"), B("13,6"), B("12,4"), B("10,1"), B("9,7")), B("69,6"), True)
pts = sub(B("36,0"), B("31,0"))
relchg = change(B("36,0"), B("31,0"))
print(f"{'info':20s} 02 share 31,0 -> 36,0: points {fmt(pts)}, relative % {fmt(relchg)}")
rel(d, "PLANTED points-vs-percent: 31,0% -> 36,0% stated 'tăng 5%' read as a percent change", relchg, B("5"), True)

# ---------------- t9-vi-03 textiles ----------------
d = "03"
rel(d, "US 16,2 / 44,0 = 36,8%", pct(div(B("16,2"), B("44,0"))), B("36,8"), False)
rel(d, "EU 4,9 / 44,0 = 11,1%", pct(div(B("4,9"), B("44,0"))), B("11,1"), False)
rel(d, "Japan 4,6 / 44,0 = 10,5%", pct(div(B("4,6"), B("44,0"))), B("10,5"), False)
rel(d, "trade surplus 44,0 - 23,1 = 20,9", sub(B("44,0"), B("23,1")), B("20,9"), False)
rel(d, "min wage 4.680.000 -> 4.960.000 = +6%", change(B("4.960.000"), B("4.680.000")), B("6"), False)
rel(d, "Vinatex 1.320 / 600 = gấp 2,2 lần", div(B("1.320"), B("600")), B("2,2"), False)
yrs = 2024 - 2015
rel(d, "gần một thập kỷ = 2015-2024 (9 years, in [8,10))", exact(yrs), (F(8), F(10)), False)
rel(d, "PLANTED implied-base: 44,0 vs 40,3 stated +11,3%", change(B("44,0"), B("40,3")), B("11,3"), True)
implied = div(B("44,0"), (1 + B("11,3")[1] / 100, 1 + B("11,3")[0] / 100))
print(f"{'info':20s} 03 implied 2023 base from 44,0 / 1,113 = {fmt(implied)} (stated 40,3)")
lo = (float(B("44,0")[0] / B("22,8")[1]) ** (1 / yrs) - 1) * 100
hi = (float(B("44,0")[1] / B("22,8")[0]) ** (1 / yrs) - 1) * 100
rel(d, "PLANTED cagr: 22,8 -> 44,0 over 2015-2024 stated 10,3%/năm", (F(lo), F(hi)), B("10,3"), True,
    note=f"(simple average {float((B('44,0')[0]/B('22,8')[1]-1)*100/yrs):.2f}%)")
rel(d, "PLANTED multiple: US 16,2 / EU 4,9 stated gấp 4,5 lần", div(B("16,2"), B("4,9")), B("4,5"), True)

# ---------------- t9-vi-04 electricity ----------------
d = "04"
rel(d, "Jul gen 28,74 vs Jun 27,85 = +3,2% MoM", change(B("28,74"), B("27,85")), B("3,2"), False)
rel(d, "Jul gen 28,74 vs Jul-23 25,75 = +11,6% YoY", change(B("28,74"), B("25,75")), B("11,6"), False)
rel(d, "7M gen 178,45 vs 160,8 = +11,0%", change(B("178,45"), B("160,8")), B("11,0"), False)
rel(d, "sources 99,80+47,98+16,24+12,38+2,05 = 178,45", add(B("99,80"), B("47,98"), B("16,24"), B("12,38"), B("2,05")), B("178,45"), False)
rel(d, "coal 99,80 / 178,45 = 55,9%", pct(div(B("99,80"), B("178,45"))), B("55,9"), False)
rel(d, "hydro 47,98 / 178,45 = 26,9%", pct(div(B("47,98"), B("178,45"))), B("26,9"), False)
rel(d, "net import 2,05 - 0,42 = 1,63", sub(B("2,05"), B("0,42")), B("1,63"), False)
rel(d, "commercial Jul 25,31 vs Jul-23 22,93 = +10,4% (YoY)", change(B("25,31"), B("22,93")), B("10,4"), False)
rel(d, "7M commercial parts 83,52+62,08+8,06+4,12+1,59 = 159,37", add(B("83,52"), B("62,08"), B("8,06"), B("4,12"), B("1,59")), B("159,37"), False)
rel(d, "industry 83,52 / 159,37 = 52,4%", pct(div(B("83,52"), B("159,37"))), B("52,4"), False)
rel(d, "PLANTED yoy-vs-mom: commercial Jul 25,31 vs Jun 24,56 stated +10,4% MoM", change(B("25,31"), B("24,56")), B("10,4"), True)
rel(d, "PLANTED direction: hydro 47,98 vs 44,87 stated 'giảm 6,9%'", change(B("47,98"), B("44,87")), (-B("6,9")[1], -B("6,9")[0]), True)
rel(d, "PLANTED restatement: 7M gen 178,45 restated as 187,45", B("178,45"), B("187,45"), True)

# ---------------- t9-vi-05 admissions / fees ----------------
d = "05"
rel(d, "wishes 3,89 triệu / 697.800 = bình quân 5,6", div((B("3,89")[0] * 10**6, B("3,89")[1] * 10**6), B("697.800")), B("5,6"), False)
rel(d, "admitted 551.300 / 697.800 = 79,0%", pct(div(B("551.300"), B("697.800"))), B("79,0"), False)
rel(d, "health 48.200 / 642.500 < 1/10 (chưa đến một phần mười)", div(B("48.200"), B("642.500")), (F(0), F(1, 10)), False)
rel(d, "autonomous 158 / 322 ~ một nửa (within 0,45-0,55)", div(B("158"), B("322")), (F(45, 100), F(55, 100)), False)
rel(d, "enrolled 6.850 / 7.200 = 95,1%", pct(div(B("6.850"), B("7.200"))), B("95,1"), False)
rel(d, "fee 29,7 vs 26,4 = +12,5%", change(B("29,7"), B("26,4")), B("12,5"), False)
rel(d, "scholarships 42 / 520 = 8%", pct(div(B("42"), B("520"))), B("8"), False)
rel(d, "1.350 / 27.600 = gần 5% (in [4,5,5))", pct(div(B("1.350"), B("27.600"))), (F(45, 10), F(5)), False)
v = pct(div(B("353.700"), B("551.300")))
rel(d, "PLANTED hedge: NV1 353.700 / 551.300 stated 'hơn 70%'", v, (F(70), F(100)), True)
v = div(add(B("186.300"), B("215.600")), B("642.500"))
rel(d, "PLANTED fraction: (186.300+215.600)/642.500 stated 'khoảng ba phần tư' (0,70-0,80)", v, (F(70, 100), F(80, 100)), True)
items = ["Một là", "Hai là", "Ba là", "Bốn là"]
rel(d, "PLANTED enumeration: 'ba lý do chính' followed by 4 items", exact(len(items)), exact(3), True, holds=len(items) == 3)

# ---------------- t9-vi-06 tourism (clean) ----------------
d = "06"
rel(d, "visitors 4,52 vs 4,16 = +8,7%", change(B("4,52"), B("4,16")), B("8,7"), False)
rel(d, "4,52 / 5,5 plan = 82,2%", pct(div(B("4,52"), B("5,5"))), B("82,2"), False)
rel(d, "intl 186.400 + domestic 4,33 tr = 4,52 tr", add((B("186.400")[0] / 10**6, B("186.400")[1] / 10**6), B("4,33")), B("4,52"), False)
prior = add(div((B("186.400")[0] / 10**6, B("186.400")[1] / 10**6), (1 + B("24,3")[1] / 100, 1 + B("24,3")[0] / 100)),
            div(B("4,33"), (1 + B("7,9")[1] / 100, 1 + B("7,9")[0] / 100)))
rel(d, "prior intl + domestic from rates = 4,16 tr", prior, B("4,16"), False)
rel(d, "overnight 2,08 / 4,52 = 46,0%", pct(div(B("2,08"), B("4,52"))), B("46,0"), False)
rel(d, "revenue 7.850 vs 6.815 = +15,2%", change(B("7.850"), B("6.815")), B("15,2"), False)
rel(d, "per visitor 7.850 tỷ / 4,52 tr = 1,74 tr", div(B("7.850"), (B("4,52")[0] * 1000, B("4,52")[1] * 1000)), B("1,74"), False)
rel(d, "revenue parts 2.920+2.250+1.480+1.200 = 7.850", add(B("2.920"), B("2.250"), B("1.480"), B("1.200")), B("7.850"), False)
rel(d, "lodging 2.920 / 7.850 = 37,2%", pct(div(B("2.920"), B("7.850"))), B("37,2"), False)
rel(d, "Phong Nha 1,12 / 4,52 = 24,8%", pct(div(B("1,12"), B("4,52"))), B("24,8"), False)
rel(d, "top3 18,2+12,6+10,7 = 41,5%", add(B("18,2"), B("12,6"), B("10,7")), B("41,5"), False)
rel(d, "top3 41,5 <= top5 58,9 <= top10 79,4", exact(1), exact(1), False, holds=B("41,5")[0] <= B("58,9")[1] and B("58,9")[0] <= B("79,4")[1])
rel(d, "Thai 18,2% x 186.400 = khoảng 33.900 (±100)", (B("18,2")[0] / 100 * B("186.400")[0], B("18,2")[1] / 100 * B("186.400")[1]), (F(33800), F(34000)), False)
rel(d, "occupancy 58,4 - 53,7 = 4,7 điểm phần trăm", sub(B("58,4"), B("53,7")), B("4,7"), False)
rel(d, "hơn 4,5 triệu: 4,52 > 4,5", B("4,52"), (F(45, 10), F(10)), False)
rel(d, "gần 1 triệu: 5,5 - 4,52 = 0,98 (in [0,9, 1))", sub(B("5,5"), B("4,52")), (F(9, 10), F(1)), False)
rel(d, "hơn 10 năm: 2013 -> 2024 = 11 years", exact(2024 - 2013), (F(10) + F(1, 1000), F(20)), False)

nbad = sum(results)
print(f"{len(results)} relations, {sum(1 for r in results if not r)} as expected, {nbad} surprises")
sys.exit(1 if nbad else 0)
