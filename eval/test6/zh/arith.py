#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the stated figures, with rounding bands.
A stated figure "7810" lies in [7809.5, 7810.5); "6.8" in [6.75, 6.85). A relation holds when the
interval computed from the operand bands overlaps the band of the stated result."""
from fractions import Fraction as F
import sys

def band(s):
    s = str(s)
    d = len(s.split(".")[1]) if "." in s else 0
    h = F(1, 2 * 10 ** d)
    v = F(s)
    return (v - h, v + h)

def div(a, b):            # a/b
    return (a[0] / b[1], a[1] / b[0])
def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])
def scale(a, k):
    return (a[0] * k, a[1] * k)

def pct_share(part, total):                 # part/total*100
    return scale(div(band(part), band(total)), 100)
def pct_change(cur, base):                  # (cur/base-1)*100
    r = div(band(cur), band(base)); return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def cagr(end, start, years):
    r = div(band(end), band(start))
    return ((float(r[0]) ** (1 / years) - 1) * 100, (float(r[1]) ** (1 / years) - 1) * 100)

def overlaps(iv, lo, hi):
    return iv[0] < hi and lo < iv[1]

failures = 0
def check(doc, label, computed, stated_lo, stated_hi, planted=False):
    global failures
    holds = overlaps(computed, stated_lo, stated_hi)
    c = f"[{float(computed[0]):.3f}, {float(computed[1]):.3f}]"
    s = f"[{float(stated_lo):.3f}, {float(stated_hi):.3f})"
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        if holds: failures += 1
    else:
        tag = "ok" if holds else "FAIL"
        if not holds: failures += 1
    print(f"{tag:15} {doc} {label}: computed {c} vs stated {s}")

def st(s):  # stated band
    return band(s)

INF = F(10 ** 9)

# ---------------- t6-zh-01 用电量 ----------------
D = "01"
check(D, "total yoy 7810 vs 7313 -> 6.8%", pct_change("7810", "7313"), *st("6.8"))
check(D, "total mom 7810 vs 8187 -> -4.6%", pct_change("7810", "8187"), *st("-4.6"))
check(D, "yoy accel 6.8-5.6 = 1.2pp", sub(band("6.8"), band("5.6")), *st("1.2"))
check(D, "sectors sum 112+4980+1698+1020 = 7810", add(band("112"), band("4980"), band("1698"), band("1020")), *st("7810"))
check(D, "regions sum 3662+1494+2207+447 = 7810", add(band("3662"), band("1494"), band("2207"), band("447")), *st("7810"))
check(D, "secondary share 4980/7810 -> 63.8%", pct_share("4980", "7810"), *st("63.8"))
check(D, "primary yoy 112 vs 104 -> 7.9% (respectively, 1st)", pct_change("112", "104"), *st("7.9"))
check(D, "tertiary yoy 1698 vs 1549 -> 6.9% (respectively, 2nd)", pct_change("1698", "1549"), *st("6.9"), planted=True)
check(D, "tertiary share 1698/7810 -> 27.1%", pct_share("1698", "7810"), *st("27.1"), planted=True)
check(D, "residential MoM 1020 vs Sep 1266 -> +9.4% (labelled 环比)", pct_change("1020", "1266"), *st("9.4"), planted=True)
check(D, "  (residential YoY 1020 vs 932 = 9.4%, the rate actually written)", pct_change("1020", "932"), *st("9.4"))
# implied secondary base: 7313-104-1549-932 = 4728 -> 4980/4728 = 5.3%
check(D, "secondary yoy 4980 vs implied base 4728 -> 5.3%", pct_change("4980", "4728"), *st("5.3"))

# ---------------- t6-zh-02 暑期档 ----------------
D = "02"
check(D, "admissions 3.02 vs 2.87 -> 5.2%", pct_change("3.02", "2.87"), *st("5.2"))
check(D, "avg price 119.7e8/3.02e8 -> 39.6 yuan", div(band("119.7"), band("3.02")), *st("39.6"))
check(D, "domestic+import 98.3+21.4 = 119.7", add(band("98.3"), band("21.4")), *st("119.7"))
check(D, "domestic share 98.3/119.7 -> 82.1%", pct_share("98.3", "119.7"), *st("82.1"))
check(D, "import share 21.4/119.7 < 20% (不足两成)", pct_share("21.4", "119.7"), F(0), F(20))
check(D, "domestic share > 80% (超八成)", pct_share("98.3", "119.7"), F(80), INF)
check(D, "top3 (27.3+8.6+7.0)/119.7 -> 35.8%", scale(div(add(band("27.3"), band("8.6"), band("7.0")), band("119.7")), 100), *st("35.8"))
check(D, "top3 35.8% <= top5 46.0%", (F("35.75"), F("35.85")), F(0), F("46.05"))
check(D, "city tiers 15.3+44.6+40.1 = 100", add(band("15.3"), band("44.6"), band("40.1")), F("99.95"), F("100.05"))
check(D, "top10 44.8% >= top5 46.0%", band("44.8"), F("45.95"), INF, planted=True)
check(D, "animation share 31.5/119.7 ~ 近四成 (35%..40%]", pct_share("31.5", "119.7"), F(35), F(40), planted=True)
check(D, "champion/runner-up 27.3/8.6 '近三倍' (i.e. [2.8, 3.0])", div(band("27.3"), band("8.6")), F("2.8"), F(3), planted=True)
# implied bases of the two parallel rates add up to one base (consistency, not stated as a claim)
b_dom = div(band("98.3"), (F("1.0685"), F("1.0695"))); b_imp = div(band("21.4"), (F("0.8745"), F("0.8755")))
check(D, "implied bases 98.3/1.069 + 21.4/0.875 ~ 119.7/1.028", add(b_dom, b_imp), *div(band("119.7"), (F("1.0275"), F("1.0285"))))

# ---------------- t6-zh-03 生猪 ----------------
D = "03"
check(D, "sows 42.6 / normal 41 -> 103.9%", pct_share("42.6", "41"), *st("103.9"))
check(D, "Qidong 98.2/612.4 -> 16.0%", pct_share("98.2", "612.4"), *st("16.0"))
check(D, "Hengnan 87.4/612.4 -> 14.3%", pct_share("87.4", "612.4"), *st("14.3"))
check(D, "scale share 68.5-66.2 = 2.3pp", sub(band("68.5"), band("66.2")), *st("2.3"))
check(D, "CAGR 438.5 (2019) -> 806.2 (2024), 5 yrs -> ~17%", cagr("806.2", "438.5", 5), F("16.5"), F("17.5"), planted=True)
check(D, "price 15.1 vs 19.8 -> decline > 30% (change <= -30)", pct_change("15.1", "19.8"), -INF, F(-30), planted=True)
check(D, "enumeration: 三方面 = 3 vs items listed (一是..四是) = 4", (F(4), F(4)), F(3), F(3) + F(1, 10**6), planted=True)

# ---------------- t6-zh-04 钢铁 ----------------
D = "04"
check(D, "Oct crude steel 7200 vs 7909 -> +9.0% (增长)", pct_change("7200", "7909"), *st("9.0"), planted=True)
check(D, "  (actual direction: change < 0)", pct_change("7200", "7909"), -INF, F(0))
check(D, "daily 7200/31 -> 232.3", div(band("7200"), (F(31), F(31))), *st("232.3"))
check(D, "exports 9260 vs 8420 -> 12.4%", pct_change("9260", "8420"), *st("12.4"), planted=True)
check(D, "exports 9260 - 8420 = 约840", sub(band("9260"), band("8420")), F(830), F(850))
check(D, "net exports 9260 - 510 = 8750", sub(band("9260"), band("510")), *st("8750"))
check(D, "export/output 9260/118500 -> 7.8%", pct_share("9260", "118500"), *st("7.8"))
check(D, "destinations 31.6+18.2+12.5+9.4+32.3 = 100", add(band("31.6"), band("18.2"), band("12.5"), band("9.4"), band("32.3")), F("99.95"), F("100.05"), planted=True)
check(D, "top5 32.6 <= top10 43.1", band("32.6"), F(0), F("43.15"))
check(D, "Baowu+Ansteel+Shagang 15.9+8.7+4.6 <= top5 32.6", add(band("15.9"), band("8.7"), band("4.6")), F(0), F("32.65"))

# ---------------- t6-zh-05 社零 (clean) ----------------
D = "05"
check(D, "Sep yoy 842.3 vs 797.6 -> 5.6%", pct_change("842.3", "797.6"), *st("5.6"))
check(D, "Sep mom 842.3 vs 817.0 -> 3.1%", pct_change("842.3", "817.0"), *st("3.1"))
check(D, "accel 4.8-4.2 = 0.6pp", sub(band("4.8"), band("4.2")), *st("0.6"))
check(D, "urban+rural 6358.2+857.4 = 7215.6", add(band("6358.2"), band("857.4")), *st("7215.6"))
check(D, "urban share 6358.2/7215.6 -> 88.1%", pct_share("6358.2", "7215.6"), *st("88.1"))
check(D, "rural faster 6.3-4.6 = 1.7pp", sub(band("6.3"), band("4.6")), *st("1.7"))
check(D, "goods+catering 6402.9+812.7 = 7215.6", add(band("6402.9"), band("812.7")), *st("7215.6"))
check(D, "catering share 812.7/7215.6 -> 11.3%", pct_share("812.7", "7215.6"), *st("11.3"))
check(D, "online share 1186.5/7215.6 -> 16.4%", pct_share("1186.5", "7215.6"), *st("16.4"))
check(D, "online growth 9.7/4.8 两倍左右 [1.8,2.2]", div(band("9.7"), band("4.8")), F("1.8"), F("2.2"))
check(D, "top3 58.2 <= top5 79.6", band("58.2"), F(0), F("79.65"))
check(D, "突破7200亿元: 7215.6 > 7200", band("7215.6"), F(7200), INF)
b_u = div(band("6358.2"), (F("1.0455"), F("1.0465"))); b_r = div(band("857.4"), (F("1.0625"), F("1.0635")))
check(D, "implied bases urban+rural ~ 7215.6/1.048", add(b_u, b_r), *div(band("7215.6"), (F("1.0475"), F("1.0485"))))
b_g = div(band("6402.9"), (F("1.0425"), F("1.0435"))); b_c = div(band("812.7"), (F("1.0885"), F("1.0895")))
check(D, "implied bases goods+catering ~ 7215.6/1.048", add(b_g, b_c), *div(band("7215.6"), (F("1.0475"), F("1.0485"))))

print("arith: all consistent relations ok, all planted ones fail" if failures == 0 else f"arith: {failures} unexpected result(s)")
sys.exit(1 if failures else 0)
