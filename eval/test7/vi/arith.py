#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated in the articles.

Each stated figure is an interval [lo, hi) given by its own rounding (half a unit of its last
digit). A consistent relation must be reachable inside the bands ("ok"); a planted one must be
impossible inside the bands ("PLANTED-FAILS"). Exit 1 if any consistent relation fails or any
planted relation holds.
"""
from fractions import Fraction as F
import sys

def band(s):
    """'12,7' -> [12.65, 12.75); '1.349.200' -> [1349199.5, 1349200.5)."""
    s = s.replace(".", "")
    if "," in s:
        a, b = s.split(",")
        step = F(1, 10 ** len(b))
        x = F(int(a + b), 10 ** len(b))
    else:
        step = F(1)
        x = F(int(s))
    return (x - step / 2, x + step / 2)

def exact(s):
    x = band(s); m = (x[0] + x[1]) / 2
    return (m, m)

def div(a, b):  # a/b, positive intervals
    return (a[0] / b[1], a[1] / b[0])

def mul(a, b):
    return (a[0] * b[0], a[1] * b[1])

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def pct_of(a, b):
    r = div(a, b); return (r[0] * 100, r[1] * 100)

def change_pct(new, old):
    r = div(new, old); return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def overlaps(x, y):
    return x[0] < y[1] and y[0] < x[1] or x[0] == x[1] == y[0]

def fmt(x):
    return f"[{float(x[0]):.4f}, {float(x[1]):.4f})"

bad = 0

def check(doc, name, computed, stated, planted=False, holds=None):
    """holds: explicit boolean; otherwise overlap of computed with stated band."""
    global bad
    ok = holds if holds is not None else overlaps(computed, stated)
    if planted:
        tag = "PLANTED-FAILS" if not ok else "PLANTED-HOLDS (bad)"
        if ok: bad += 1
    else:
        tag = "ok" if ok else "FAIL (bad)"
        if not ok: bad += 1
    st = fmt(stated) if stated is not None else "-"
    print(f"{tag:20s} {doc} {name}: computed {fmt(computed)} stated {st}")

# ---------------- t7-vi-01 ----------------
D = "t7-vi-01"
check(D, "retail Sep MoM 532,6/527,8 = +0,9%", change_pct(band("532,6"), band("527,8")), band("0,9"))
check(D, "retail Sep YoY 532,6/495,0 = +7,6%", change_pct(band("532,6"), band("495,0")), band("7,6"))
check(D, "retail goods share 3.582,4/4.677,2 = 76,6%", pct_of(band("3.582,4"), band("4.677,2")), band("76,6"))
check(D, "lodging share 537,9/4.677,2 = 11,5%", pct_of(band("537,9"), band("4.677,2")), band("11,5"))
check(D, "remainder 4.677,2-3.582,4-537,9-44,5 = 512,4", sub(band("4.677,2"), add(band("3.582,4"), band("537,9"), band("44,5"))), band("512,4"))
check(D, "Asia share 9,6/12,7 = 75,6%", pct_of(band("9,6"), band("12,7")), band("75,6"))
check(D, "Europe share 1,8/12,7 = 14,2%", pct_of(band("1,8"), band("12,7")), band("14,2"))
check(D, "China share 2,7/12,7 = 21,3%", pct_of(band("2,7"), band("12,7")), band("21,3"))
check(D, "intl arrivals Sep YoY 1.349.200/1.107.800 = 21,8% (the YoY rate is right)", change_pct(band("1.349.200"), band("1.107.800")), band("21,8"))
check(D, "PLANTED yoy-vs-mom: Sep vs Aug 1.349.200/1.392.500 stated +21,8% so với tháng trước", change_pct(band("1.349.200"), band("1.392.500")), band("21,8"), planted=True)
s = add(band("83,4"), band("15,9"), band("1,8"))
check(D, "PLANTED sum: air 83,4 + road 15,9 + còn lại 1,8 must be 100", s, (F(100), F(100)), planted=True, holds=s[0] <= 100 <= s[1])
check(D, "PLANTED share: Korea 3,4/12,7 stated 31,5%", pct_of(band("3,4"), band("12,7")), band("31,5"), planted=True)

# ---------------- t7-vi-02 ----------------
D = "t7-vi-02"
check(D, "durian share 2,13/5,06 = 42,1%", pct_of(band("2,13"), band("5,06")), band("42,1"))
check(D, "China share 3,28/5,06 = 64,8%", pct_of(band("3,28"), band("5,06")), band("64,8"))
check(D, "US share 207 triệu/5.060 triệu = 4,1%", pct_of(band("207"), (band("5,06")[0] * 1000, band("5,06")[1] * 1000)), band("4,1"))
check(D, "Korea share 148 triệu/5.060 triệu = 2,9%", pct_of(band("148"), (band("5,06")[0] * 1000, band("5,06")[1] * 1000)), band("2,9"))
check(D, "trade surplus 5,06-1,33 = 3,73", sub(band("5,06"), band("1,33")), band("3,73"))
check(D, "durian 8M 2,13 'gần bằng' full 2023 2,24 (below, within 10%)", div(band("2,13"), band("2,24")), None, holds=div(band("2,13"), band("2,24"))[1] < 1 and div(band("2,13"), band("2,24"))[0] > F(9, 10))
base = (band("5,06")[0] / (1 + band("32,8")[1] / 100), band("5,06")[1] / (1 + band("32,8")[0] / 100))
check(D, "PLANTED implied-base: 5,06/(1+32,8%) vs stated 3,41", base, band("3,41"), planted=True)
m = div(band("2,24"), (band("420")[0] / 1000, band("420")[1] / 1000))
check(D, "PLANTED multiple: 2,24 tỷ / 420 triệu stated gấp 8 lần", m, band("8"), planted=True)
c = change_pct(exact("70.000"), exact("95.000"))
check(D, "PLANTED change: 95.000 -> 70.000 đồng/kg stated 'giảm hơn 30%'", c, None, planted=True, holds=-c[1] > 30)

# ---------------- t7-vi-03 ----------------
D = "t7-vi-03"
check(D, "GRDP per capita 96,4/68,9 = gấp 1,4 lần", div(band("96,4"), band("68,9")), band("1,4"))
s = add(band("52,4"), band("30,1"), band("12,3"), band("5,2"))
check(D, "structure 52,4+30,1+12,3+5,2 = 100", s, None, holds=s[0] <= 100 <= s[1])
check(D, "industry share +6,8 điểm phần trăm from 45,6 to 52,4", sub(band("52,4"), band("45,6")), band("6,8"))
check(D, "budget vs plan 21.640/19.220 = vượt 12,6%", change_pct(band("21.640"), band("19.220")), band("12,6"))
check(D, "budget vs 2023 21.640/19.780 = +9,4%", change_pct(band("21.640"), band("19.780")), band("9,4"))
check(D, "budget parts 17.310 + 4.330 = 21.640", add(band("17.310"), band("4.330")), band("21.640"))
check(D, "trade surplus 7,9-5,4 = 2,5", sub(band("7,9"), band("5,4")), band("2,5"))
lo = (band("163.200")[0] / band("118.500")[1]); hi = (band("163.200")[1] / band("118.500")[0])
g4 = ((float(lo) ** 0.25 - 1) * 100, (float(hi) ** 0.25 - 1) * 100)
g5 = ((float(lo) ** 0.2 - 1) * 100, (float(hi) ** 0.2 - 1) * 100)
check(D, "PLANTED cagr: (163.200/118.500)^(1/4) 2020-2024 stated 10,8%/năm", (F(g4[0]), F(g4[1])), band("10,8"), planted=True)
check(D, "PLANTED cagr (5-interval reading) stated 10,8%/năm", (F(g5[0]), F(g5[1])), band("10,8"), planted=True)
span = 2024 - 2016
check(D, "PLANTED period-span: 2016 -> 2024 stated 'hơn mười năm'", (F(span), F(span)), None, planted=True, holds=span > 10)
items = 4
check(D, "PLANTED enumeration: 'ba nhóm giải pháp' with Một là..Bốn là", (F(items), F(items)), (F(3), F(3)), planted=True, holds=items == 3)

# ---------------- t7-vi-04 ----------------
D = "t7-vi-04"
check(D, "export share of sales 6,59/21,0 = 31,4%", pct_of(band("6,59"), band("21,0")), band("31,4"))
check(D, "construction steel production 9,12/8,68 = +5,1%", change_pct(band("9,12"), band("8,68")), band("5,1"))
s = add(band("36,4"), band("9,7"), band("7,2"))
check(D, "top-3 36,4+9,7+7,2 = 53,3% (sum right; the top-5 figure is the planted one)", s, band("53,3"))
check(D, "galvanised sheet top-5 95,4% <= top-10 96,0%", band("95,4"), band("96,0"), holds=band("95,4")[0] <= band("96,0")[1])
check(D, "China share of imports 7,89/12,1 = 65,2%", pct_of(band("7,89"), band("12,1")), band("65,2"))
check(D, "steel trade deficit 8,3-6,8 = 1,5", sub(band("8,3"), band("6,8")), band("1,5"))
pp = sub(band("31,4"), band("26,1"))
rel = change_pct(band("31,4"), band("26,1"))
check(D, "points: 31,4-26,1 = 5,3 điểm phần trăm (difference right)", pp, band("5,3"))
check(D, "PLANTED points-vs-percent (warning): relative change 31,4/26,1 stated 'tăng 5,3%'", rel, band("5,3"), planted=True)
check(D, "PLANTED respectively: sales 8,96/8,61 stated +4,7%", change_pct(band("8,96"), band("8,61")), band("4,7"), planted=True)
t5 = band("52,6"); t3 = band("53,3")
check(D, "PLANTED topk: top-5 52,6% must be >= top-3 53,3%", t5, t3, planted=True, holds=t5[1] > t3[0])

# ---------------- t7-vi-05 ----------------
D = "t7-vi-05"
check(D, "VN-Index points 1.283,10-1.268,48 = 14,62", sub(band("1.283,10"), band("1.268,48")), band("14,62"))
check(D, "VN-Index pct 14,62/1.283,10 = 1,14%", pct_of(band("14,62"), band("1.283,10")), band("1,14"))
check(D, "real estate 2.280/15.420 = 14,8%", pct_of(band("2.280"), band("15.420")), band("14,8"))
check(D, "brokerage 1.480/15.420 = 9,6%", pct_of(band("1.480"), band("15.420")), band("9,6"))
ytd = sub(band("1.268,48"), band("1.129,93"))
check(D, "YTD 1.268,48-1.129,93 'hơn 138 điểm'", ytd, None, holds=ytd[0] > 138)
check(D, "'quanh ngưỡng 1.270 điểm' vs 1.268,48 (within 0,5%)", band("1.268,48"), None, holds=abs(band("1.268,48")[0] - 1270) / 1270 < F(5, 1000))
c = change_pct(band("15.420"), band("17.580"))
check(D, "liquidity 15.420 vs 17.580 = -12,3% (magnitude right)", (-c[1], -c[0]), band("12,3"))
check(D, "PLANTED direction: stated 'tăng 12,3%' but 15.420 < 17.580", c, band("12,3"), planted=True)
sh = pct_of(band("8.210"), band("15.420"))
check(D, "PLANTED hedge: banks 8.210/15.420 stated 'gần một nửa' (must be < 50%)", sh, None, planted=True, holds=sh[1] < 50)
check(D, "PLANTED restatement: foreign net sell HOSE in the week 2.146 vs 2.416", band("2.416"), band("2.146"), planted=True)

# ---------------- t7-vi-06 ----------------
D = "t7-vi-06"
T = band("231,9")
check(D, "coal 131,7/231,9 = 56,8%", pct_of(band("131,7"), T), band("56,8"))
check(D, "hydro 62,4/231,9 = 26,9%", pct_of(band("62,4"), T), band("26,9"))
check(D, "renewables 27,1/231,9 = 11,7%", pct_of(band("27,1"), T), band("11,7"))
check(D, "wind+solar 8,4+18,7 = 27,1", add(band("8,4"), band("18,7")), band("27,1"))
s = add(band("131,7"), band("62,4"), band("27,1"), band("9,2"), band("1,5"))
check(D, "sources 131,7+62,4+27,1+9,2+1,5 = 231,9", s, T)
sh = pct_of(band("131,7"), T)
check(D, "'hơn một nửa' (title) coal 56,8% > 50%", sh, None, holds=sh[0] > 50)
prev_total = (T[0] / (1 + band("10,8")[1] / 100), T[1] / (1 + band("10,8")[0] / 100))
prev_wind = (band("8,4")[0] / (1 + band("21,5")[1] / 100), band("8,4")[1] / (1 + band("21,5")[0] / 100))
prev_solar = (band("18,7")[0] / (1 - band("3,2")[0] / 100), band("18,7")[1] / (1 - band("3,2")[1] / 100))
prev_share = pct_of(add(prev_wind, prev_solar), prev_total)
now_share = pct_of(band("27,1"), T)
d_pp = (prev_share[0] - now_share[1], prev_share[1] - now_share[0])
check(D, "renewables share fell ~0,8 điểm phần trăm (implied bases)", d_pp, None, holds=d_pp[0] < F(85, 100) and d_pp[1] > F(75, 100) and d_pp[0] > 0)
check(D, "Pmax 49.210/45.190 = +8,9%", change_pct(band("49.210"), band("45.190")), band("8,9"))
cap = pct_of(band("21.900"), band("81.300"))
check(D, "'hơn một phần tư' 21.900/81.300 > 25%", cap, None, holds=cap[0] > 25)
fr = pct_of(band("14,1"), band("22,6"))
check(D, "PLANTED fraction: coal June 14,1/22,6 stated 'ba phần tư' (75%, allow 72-78)", fr, None, planted=True, holds=fr[1] > 72 and fr[0] < 78)
implied_total = (band("26,1")[0] * 100 / band("10,9")[1], band("26,1")[1] * 100 / band("10,9")[0])
check(D, "PLANTED implied-total: 26,1/10,9% implies total vs stated 280,6", implied_total, band("280,6"), planted=True)
check(D, "  (share the stated figures give: 26,1/280,6)", pct_of(band("26,1"), band("280,6")), (F(9), F(10)))

print("ALL OK" if bad == 0 else f"{bad} PROBLEM(S)")
sys.exit(1 if bad else 0)
