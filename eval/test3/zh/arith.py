#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the stated figures with rounding bands.
Each stated figure is a decimal string; its band is +/- half a unit of its last digit.
Prints ok for consistent relations, PLANTED-FAILS for planted ones; exit 1 otherwise."""
from fractions import Fraction as F
import math, sys

def band(s):
    d = s.split(".")[1] if "." in s else ""
    h = F(1, 2 * 10 ** len(d))
    v = F(s)
    return (v - h, v + h)

def exact(s):
    v = F(s); return (v, v)

def div(a, b): return (a[0] / b[1], a[1] / b[0])
def mul(a, k): return (a[0] * k, a[1] * k)
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def meets(a, b): return a[0] <= b[1] and b[0] <= a[1]

def pct(part, total): return mul(div(part, total), 100)
def chg(new, old):
    r = div(new, old); return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def cagr(end, start, years):
    r = div(end, start)
    return ((F(float(r[0]) ** (1 / years)) - 1) * 100, (F(float(r[1]) ** (1 / years)) - 1) * 100)

def fmt(iv): return f"[{float(iv[0]):.4f}, {float(iv[1]):.4f}]"

results = []
def rel(doc, name, holds, detail, planted=False):
    results.append((doc, name, bool(holds), planted, detail))

B = band
# ---------------- t3-zh-01 ----------------
d = "01"
rel(d, "exports+imports=total 3.03+1.09 vs 4.12", meets(add(B("3.03"), B("1.09")), B("4.12")), "")
rel(d, "surplus 3.03-1.09 vs 1.94", meets(sub(B("3.03"), B("1.09")), B("1.94")), "")
rel(d, "Sep MoM 4980/4807 vs 3.6%", meets(chg(B("4980"), B("4807")), B("3.6")), fmt(chg(B("4980"), B("4807"))))
rel(d, "private share 2.93/4.12 vs 71.1%", meets(pct(B("2.93"), B("4.12")), B("71.1")), fmt(pct(B("2.93"), B("4.12"))))
rel(d, "title 超七成: 2.93/4.12 > 70%", pct(B("2.93"), B("4.12"))[0] > 70, "")
rel(d, "title 4.1万亿元 rounds 4.12", meets(B("4.12"), B("4.1")), "")
rel(d, "突破4万亿元: 4.12 > 4", B("4.12")[0] > 4, "")
rel(d, "EU exports 4510/4300 vs 4.9%", meets(chg(B("4510"), B("4300")), B("4.9")), fmt(chg(B("4510"), B("4300"))))
rel(d, "ASEAN exports 3620/3270 vs 10.7%", meets(chg(B("3620"), B("3270")), B("10.7")), fmt(chg(B("3620"), B("3270"))))
rel(d, "machinery share 1.382/3.03 vs 45.6%", meets(pct(B("1.382"), B("3.03")), B("45.6")), fmt(pct(B("1.382"), B("3.03"))))
rel(d, "machinery growth 1.382/1.261 vs 9.6%", meets(chg(B("1.382"), B("1.261")), B("9.6")), fmt(chg(B("1.382"), B("1.261"))))
base = add(div(B("3.03"), (F("1.0805"), F("1.0815"))), div(B("1.09"), (F("1.0325"), F("1.0335"))))
rel(d, "total growth 6.8% consistent with 8.1%/3.3%", meets(chg(B("4.12"), base), B("6.8")), fmt(chg(B("4.12"), base)))
rel(d, "PLANTED hedge: 1.57/4.12 超过四成 (>40%)", pct(B("1.57"), B("4.12"))[1] > 40, fmt(pct(B("1.57"), B("4.12"))), planted=True)
rel(d, "PLANTED respectively: 7150/6520 vs 5.9%", meets(chg(B("7150"), B("6520")), B("5.9")), fmt(chg(B("7150"), B("6520"))), planted=True)
rel(d, "PLANTED share: 3120亿/3.03万亿 vs 12.3%", meets(pct(B("3120"), mul(B("3.03"), 10000)), B("12.3")), fmt(pct(B("3120"), mul(B("3.03"), 10000))), planted=True)

# ---------------- t3-zh-02 ----------------
d = "02"
rel(d, "non-interest 21.7/118.6 vs 18.3%", meets(pct(B("21.7"), B("118.6")), B("18.3")), fmt(pct(B("21.7"), B("118.6"))))
rel(d, "loans 1426.3+1102.8+187.3 vs 2716.4", meets(add(B("1426.3"), B("1102.8"), B("187.3")), B("2716.4")), "")
rel(d, "retail share 1102.8/2716.4 vs 40.6%", meets(pct(B("1102.8"), B("2716.4")), B("40.6")), fmt(pct(B("1102.8"), B("2716.4"))))
rel(d, "title 升至四成 ~ 40.6% (within 40±2.5)", meets(pct(B("1102.8"), B("2716.4")), (F("37.5"), F("42.5"))), "")
rel(d, "regions 78.2+21.8 = 100", meets(add(B("78.2"), B("21.8")), exact("100")), "")
rel(d, "NPL 0.94-0.91 vs 0.03 pts", meets(sub(B("0.94"), B("0.91")), B("0.03")), "")
rel(d, "dividend 13.9/46.3 vs 30.0%", meets(pct(B("13.9"), B("46.3")), B("30.0")), fmt(pct(B("13.9"), B("46.3"))))
rel(d, "mobile users 412/205 约两倍 (2±5%)", meets(div(B("412"), B("205")), (F("1.9"), F("2.1"))), fmt(div(B("412"), B("205"))))
rel(d, "PLANTED multiple: 386.5/152.3 vs 3.5倍", meets(div(B("386.5"), B("152.3")), B("3.5")), fmt(div(B("386.5"), B("152.3"))), planted=True)
rel(d, "PLANTED cagr: 28.6->46.3 over 2019-2023 (4 yrs) vs 15.8%", meets(cagr(B("46.3"), B("28.6"), 4), B("15.8")), fmt(cagr(B("46.3"), B("28.6"), 4)), planted=True)
rel(d, "PLANTED implied-base: 46.3 vs 2022 43.5 gives growth vs 11.4%", meets(chg(B("46.3"), B("43.5")), B("11.4")), fmt(chg(B("46.3"), B("43.5"))), planted=True)

# ---------------- t3-zh-03 ----------------
d = "03"
rel(d, "retail YoY 386.72/369.71 vs 4.6%", meets(chg(B("386.72"), B("369.71")), B("4.6")), fmt(chg(B("386.72"), B("369.71"))))
rel(d, "retail MoM 386.72/383.65 vs 0.8%", meets(chg(B("386.72"), B("383.65")), B("0.8")), fmt(chg(B("386.72"), B("383.65"))))
rel(d, "goods+catering 344.15+42.57 vs 386.72", meets(add(B("344.15"), B("42.57")), B("386.72")), "")
base = add(div(B("344.15"), (F("1.0405"), F("1.0415"))), div(B("42.57"), (F("1.0885"), F("1.0895"))))
rel(d, "retail 4.6% consistent with 4.1%/8.9%", meets(chg(B("386.72"), base), B("4.6")), fmt(chg(B("386.72"), base)))
rel(d, "housing share 241.9/286.4 vs 84.5%", meets(pct(B("241.9"), B("286.4")), B("84.5")), fmt(pct(B("241.9"), B("286.4"))))
rel(d, "power YoY 38.6/36.1 = 6.9% (what was written, mislabelled)", meets(chg(B("38.6"), B("36.1")), B("6.9")), fmt(chg(B("38.6"), B("36.1"))))
rel(d, "PLANTED yoy-vs-mom: power MoM 38.6/41.2 vs 环比增长6.9%", meets(chg(B("38.6"), B("41.2")), B("6.9")), fmt(chg(B("38.6"), B("41.2"))), planted=True)
s = add(B("21.3"), B("28.7"), B("16.4"), B("9.8"), B("28.3"))
rel(d, "PLANTED sum: 21.3+28.7+16.4+9.8+28.3 vs 100%", meets(s, exact("100")), fmt(s), planted=True)
rel(d, "PLANTED direction: pork 29.84 vs 27.36 '同比下降9.1%' (change must be <0)", chg(B("29.84"), B("27.36"))[0] < 0 and meets(chg(B("29.84"), B("27.36")), (F("-9.15"), F("-9.05"))), fmt(chg(B("29.84"), B("27.36"))), planted=True)

# ---------------- t3-zh-04 ----------------
d = "04"
rel(d, "Sep MoM 49.6/44.0 vs 12.7%", meets(chg(B("49.6"), B("44.0")), B("12.7")), fmt(chg(B("49.6"), B("44.0"))))
rel(d, "NCM share 15.2/49.6 vs 30.6%", meets(pct(B("15.2"), B("49.6")), B("30.6")), fmt(pct(B("15.2"), B("49.6"))))
rel(d, "LFP share 34.4/49.6 vs 69.4%", meets(pct(B("34.4"), B("49.6")), B("69.4")), fmt(pct(B("34.4"), B("49.6"))))
rel(d, "15.2+34.4 vs 49.6", meets(add(B("15.2"), B("34.4")), B("49.6")), "")
rel(d, "LFP YTD 208.3/311.8 约三分之二 (66.7±2)", meets(pct(B("208.3"), B("311.8")), (F("64.67"), F("68.67"))), fmt(pct(B("208.3"), B("311.8"))))
rel(d, "208.3+103.2 <= 311.8", add(B("208.3"), B("103.2"))[0] <= B("311.8")[1], "")
for gwh, p in (("38.9", "78.4"), ("42.6", "85.9"), ("47.8", "96.4")):
    rel(d, f"Sep top-k {gwh}/49.6 vs {p}%", meets(pct(B(gwh), B("49.6")), B(p)), fmt(pct(B(gwh), B("49.6"))))
rel(d, "Sep top3<=top5<=top10 78.4/85.9/96.4", B("78.4")[0] <= B("85.9")[1] and B("85.9")[0] <= B("96.4")[1], "")
rel(d, "BYD 70.6/311.8 vs 22.6%", meets(pct(B("70.6"), B("311.8")), B("22.6")), fmt(pct(B("70.6"), B("311.8"))))
rel(d, "CALB 20.1/311.8 vs 6.4%", meets(pct(B("20.1"), B("311.8")), B("6.4")), fmt(pct(B("20.1"), B("311.8"))))
m = div(B("137.9"), B("70.6"))
rel(d, "CATL/BYD 137.9/70.6 接近两倍 (1.9..2.0)", m[0] >= F("1.9") and m[1] <= 2, fmt(m))
rel(d, "top3 (true shares) <= top5 82.1", add(pct(B("137.9"), B("311.8")), B("22.6"), B("6.4"))[0] <= B("82.1")[1], "")
rel(d, "PLANTED implied-total: 137.9/311.8 vs 45.2%", meets(pct(B("137.9"), B("311.8")), B("45.2")), fmt(pct(B("137.9"), B("311.8"))), planted=True)
rel(d, "PLANTED topk: top5 82.1% <= top10 81.2%", B("82.1")[0] <= B("81.2")[1], "", planted=True)
rel(d, "PLANTED fraction: 103.2/311.8 vs 约四成 (40±2.5)", meets(pct(B("103.2"), B("311.8")), (F("37.5"), F("42.5"))), fmt(pct(B("103.2"), B("311.8"))), planted=True)

# ---------------- t3-zh-05 ----------------
d = "05"
rel(d, "overnight+day 132.5+353.8 vs 486.3", meets(add(B("132.5"), B("353.8")), B("486.3")), "")
base = add(div(B("132.5"), (F("1.1505"), F("1.1515"))), div(B("353.8"), (F("1.1195"), F("1.1205"))))
rel(d, "total 12.8% consistent with 15.1%/12.0%", meets(chg(B("486.3"), base), B("12.8")), fmt(chg(B("486.3"), base)))
pc = div(mul(B("41.7"), 10000), B("486.3"))
rel(d, "per capita 41.7亿/486.3万 vs 857元", meets(pc, B("857")), fmt(pc))
rel(d, "rural share 116.2/486.3 vs 23.9%", meets(pct(B("116.2"), B("486.3")), B("23.9")), fmt(pct(B("116.2"), B("486.3"))))
rel(d, "points 23.9-18.4 = 5.5 pts", meets(sub(B("23.9"), B("18.4")), B("5.5")), "")
rel(d, "night market 61.2/43.6 vs 1.4倍", meets(div(B("61.2"), B("43.6")), B("1.4")), fmt(div(B("61.2"), B("43.6"))))
rel(d, "transport 96.7+108.9+12.8 vs 218.4", meets(add(B("96.7"), B("108.9"), B("12.8")), B("218.4")), "")
rel(d, "PLANTED points-vs-percent: '提高了5.5%' as relative change 23.9/18.4", meets(chg(B("23.9"), B("18.4")), B("5.5")), fmt(chg(B("23.9"), B("18.4"))), planted=True)
rel(d, "PLANTED change: 8.62->2.35 降幅超过八成 (>80%)", -chg(B("2.35"), B("8.62"))[0] > 80, fmt(chg(B("2.35"), B("8.62"))), planted=True)
rel(d, "PLANTED restatement: holiday revenue 41.7 vs 47.1", meets(B("41.7"), B("47.1")), "", planted=True)

# ---------------- t3-zh-06 (clean) ----------------
d = "06"
rel(d, "3139/870 growth > 260%", chg(B("3139"), B("870"))[0] > 260, fmt(chg(B("3139"), B("870"))))
rel(d, "H1 1320/812 vs 62.6%", meets(chg(B("1320"), B("812")), B("62.6")), fmt(chg(B("1320"), B("812"))))
rel(d, "CAGR 3139 -> 1.5亿 (15000万) 2023-2026 约为68% (68±1)", meets(cagr(mul(B("1.5"), 10000), B("3139"), 3), (F("67"), F("69"))), fmt(cagr(mul(B("1.5"), 10000), B("3139"), 3)))
rel(d, "tech mix 97.4+0.9+0.4+1.3 = 100", meets(add(B("97.4"), B("0.9"), B("0.4"), B("1.3")), exact("100")), "")
rel(d, "cell price 0.90->0.40 降幅超过五成", -chg(B("0.40"), B("0.90"))[1] > 50, fmt(chg(B("0.40"), B("0.90"))))
rel(d, "top3 40.2+13.1+10.8 vs 64.1", meets(add(B("40.2"), B("13.1"), B("10.8")), B("64.1")), "")
rel(d, "top3<=top5<=top10 64.1/76.3/90.8", B("64.1")[0] <= B("76.3")[1] and B("76.3")[0] <= B("90.8")[1], "")
rel(d, "Middle East 18.6/6.1 约3倍 (3±5%)", meets(div(B("18.6"), B("6.1")), (F("2.85"), F("3.15"))), fmt(div(B("18.6"), B("6.1"))))
rel(d, "profit growth 16.8/12.4 vs 35.5%", meets(chg(B("16.8"), B("12.4")), B("35.5")), fmt(chg(B("16.8"), B("12.4"))))
rel(d, "profit growth 21.5/16.8 vs 28.0%", meets(chg(B("21.5"), B("16.8")), B("28.0")), fmt(chg(B("21.5"), B("16.8"))))

bad = 0
for doc, name, holds, planted, detail in results:
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (bad)"
        bad += holds
    else:
        tag = "ok" if holds else "INCONSISTENT (bad)"
        bad += not holds
    print(f"t3-zh-{doc}  {tag:20s} {name} {detail}")
n_pl = sum(1 for r in results if r[3])
print(f"{len(results)} relations: {len(results)-n_pl} consistent, {n_pl} planted; {bad} problems")
sys.exit(1 if bad else 0)
