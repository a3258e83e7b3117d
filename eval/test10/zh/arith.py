#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated, with rounding bands.

A stated figure "334.1" stands for the half-open band [334.05, 334.15); arithmetic is done on
intervals of exact Fractions (all quantities here are positive). A consistent relation prints `ok`
when the stated figure is reachable from the stated operands; a planted relation prints
`PLANTED-FAILS` when it is NOT reachable under any rounding. Exit 1 otherwise.
"""
import sys
from fractions import Fraction as F

bad = 0

def I(s):
    """interval of a stated decimal string"""
    s = s.replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    v = F(s); h = F(1, 2 * 10 ** d)
    return (v - h, v + h)

def exact(s):
    v = F(s); return (v, v)

def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def div(a, b): return (a[0] / b[1], a[1] / b[0])
def mul(a, b): return (a[0] * b[0], a[1] * b[1])
def scale(a, k): return (a[0] * k, a[1] * k)
def pct(a, b): return scale(div(a, b), 100)
def chg(cur, base): return sub(pct(cur, base), (F(100), F(100)))
def meet(a, b): return a[0] < b[1] and b[0] < a[1] or a[0] == a[1] == b[0] or a[0] == b[0]
def fmt(a): return f"[{float(a[0]):.4f}, {float(a[1]):.4f})"

def report(doc, name, holds, planted, detail):
    global bad
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        if holds: bad += 1
    else:
        tag = "ok" if holds else "INCONSISTENT(!)"
        if not holds: bad += 1
    print(f"{tag:16} {doc} {name}: {detail}")

def eq(doc, name, computed, stated, planted=False):
    s = I(stated)
    report(doc, name, meet(computed, s), planted, f"computed {fmt(computed)} vs stated {stated} {fmt(s)}")

def above(doc, name, computed, x, planted=False):      # 超过/以上/过半: value > x possible
    report(doc, name, computed[1] > x, planted, f"computed {fmt(computed)} must exceed {x}")

def below(doc, name, computed, x, planted=False):      # 不足/低于
    report(doc, name, computed[0] < x, planted, f"computed {fmt(computed)} must be under {x}")

def near(doc, name, computed, x, tol, planted=False):  # 近X: x - tol <= v <= x
    report(doc, name, computed[0] <= x and computed[1] >= x - tol, planted,
           f"computed {fmt(computed)} must lie in [{x - tol}, {x}]")

def about(doc, name, computed, x, tol, planted=False): # 约X / X左右: |v - x| <= tol
    report(doc, name, computed[0] <= x + tol and computed[1] >= x - tol, planted,
           f"computed {fmt(computed)} must lie in [{x - tol}, {x + tol}]")

def differ(doc, name, a, b, planted=True):             # restatement: same figure twice
    report(doc, name, meet(I(a), I(b)), planted, f"{a} vs {b}")

# ---------------------------------------------------------------- t10-zh-01 charging piles
D = "t10-zh-01"
eq(D, "public+private = total (1120.6)", add(I("334.1"), I("786.5")), "1120.6")
eq(D, "total YoY 47.5% from parts' bases", chg(I("1120.6"), add(div(I("334.1"), scale(I("149.8"), F(1, 100))), div(I("786.5"), scale(I("146.6"), F(1, 100))))), "47.5")
eq(D, "increments 62.3+250.1 = 312.4", add(I("62.3"), I("250.1")), "312.4")
eq(D, "public increment share 19.9% (verified)", pct(I("62.3"), I("312.4")), "19.9")
about(D, "private increment 约八成 (verified)", pct(I("250.1"), I("312.4")), 80, 2.5)
eq(D, "DC+AC = public 334.1", add(I("139.9"), I("194.2")), "334.1")
above(D, "DC share 超过四成", pct(I("139.9"), I("334.1")), 40)
report(D, "top5 45.8% <= top10 67.6%", I("45.8")[0] < I("67.6")[1], False, "topk order")
eq(D, "Guangdong 18.5% of public (verified)", pct(I("61.8"), I("334.1")), "18.5")
eq(D, "Jiangsu 8.3% of public (verified)", pct(I("27.6"), I("334.1")), "8.3")
eq(D, "PLANT implied-total: Guangdong new 11.2 = 15.1% of public increment 62.3", pct(I("11.2"), I("62.3")), "15.1", planted=True)
report(D, "PLANT implied-total: 11.2/15.1% vs 62.3", meet(div(I("11.2"), scale(I("15.1"), F(1, 100))), I("62.3")), True,
       f"implied total {fmt(div(I('11.2'), scale(I('15.1'), F(1, 100))))} vs 62.3")
above(D, "PLANT hedge: 6050/6470 覆盖比例超过95%", pct(I("6050"), I("6470")), 95, planted=True)
eq(D, "PLANT share: Zhejiang 29.7 = 9.8% of 334.1", pct(I("29.7"), I("334.1")), "9.8", planted=True)
eq(D, "points: 83.5% - 49.8% = 33.7 pts (verified)", sub(I("83.5"), I("49.8")), "33.7")

# ---------------------------------------------------------------- t10-zh-02 hogs
D = "t10-zh-02"
eq(D, "slaughter -3.2% vs 4428.0 (verified)", chg(I("4286.3"), I("4428.0")), "-3.2")
eq(D, "PLANT direction: scale farms 'down 4.6%' 3180.5 vs 3041.7 (figures give +4.6%)", chg(I("3180.5"), I("3041.7")), "-4.6", planted=True)
eq(D, "  (the magnitude with the right sign is +4.6%)", chg(I("3180.5"), I("3041.7")), "4.6")
eq(D, "scale share 74.2% (verified)", pct(I("3180.5"), I("4286.3")), "74.2")
eq(D, "scale share +5.5 pts vs last year", sub(pct(I("3180.5"), I("4286.3")), pct(I("3041.7"), I("4428.0"))), "5.5")
eq(D, "small farms 3180.5+1105.8 = 4286.3", add(I("3180.5"), I("1105.8")), "4286.3")
eq(D, "small farms -20.2% vs (4428.0-3041.7)", chg(I("1105.8"), sub(I("4428.0"), I("3041.7"))), "-20.2")
about(D, "small farms 四分之一左右", pct(I("1105.8"), I("4286.3")), 25, 2.5)
eq(D, "stock +1.8% vs end-June 4124.4 (verified)", chg(I("4198.6"), I("4124.4")), "1.8")
eq(D, "sows 103.5% of normal 382.8 (verified)", pct(I("396.2"), I("382.8")), "103.5")
report(D, "103.5 inside green band 92-105", 92 <= 103.5 <= 105, False, "range")
eq(D, "hog price YoY +19.1% (vs 16.48)", chg(I("19.62"), I("16.48")), "19.1")
eq(D, "hog price MoM -3.6% (vs 20.35)", chg(I("19.62"), I("20.35")), "-3.6")
eq(D, "hog/grain ratio 7.85", div(I("19.62"), I("2.50")), "7.85")
eq(D, "PLANT yoy-vs-mom: pork 环比上涨12.4% vs Aug 30.12", chg(I("29.86"), I("30.12")), "12.4", planted=True)
eq(D, "  (12.4% is the YoY vs 26.57)", chg(I("29.86"), I("26.57")), "12.4")
about(D, "PLANT fraction: 1268.4/4286.3 约四成", pct(I("1268.4"), I("4286.3")), 40, 5, planted=True)

# ---------------------------------------------------------------- t10-zh-03 metro
D = "t10-zh-03"
eq(D, "five cities sum 76.40", add(I("18.62"), I("17.05"), I("15.87"), I("14.46"), I("10.40")), "76.40")
eq(D, "top5 share 48.0% of 159.3 (verified)", pct(I("76.40"), I("159.3")), "48.0")
report(D, "top5 48.0% <= top10 71.2%", I("48.0")[0] < I("71.2")[1], False, "topk order")
above(D, "title 超76亿人次", I("76.40"), 76)
eq(D, "PLANT implied-total: Shanghai 18.62 = 13.8% of 159.3", pct(I("18.62"), I("159.3")), "13.8", planted=True)
report(D, "PLANT implied-total: 18.62/13.8% vs 159.3", meet(div(I("18.62"), scale(I("13.8"), F(1, 100))), I("159.3")), True,
       f"implied total {fmt(div(I('18.62'), scale(I('13.8'), F(1, 100))))} vs 159.3")
eq(D, "Beijing 10.7% of 159.3", pct(I("17.05"), I("159.3")), "10.7")
eq(D, "Guangzhou 10.0% of 159.3", pct(I("15.87"), I("159.3")), "10.0")
eq(D, "Chengdu +11.6% vs 9.32 (verified)", chg(I("10.40"), I("9.32")), "11.6")
eq(D, "Chengdu daily 571.3 = 10.40亿/182 days (H1 2024)", div(scale(I("10.40"), 10000), exact("182")), "571.3")
differ(D, "PLANT restatement: Chengdu H1 daily 571.3 vs 517.3", "571.3", "517.3")
eq(D, "PLANT implied-base: Shenzhen +9.2% vs base 12.84", chg(I("14.46"), I("12.84")), "9.2", planted=True)
report(D, "PLANT implied-base: 14.46/1.092 vs 12.84", meet(div(I("14.46"), scale(add(I("9.2"), exact("100")), F(1, 100))), I("12.84")), True,
       f"implied base {fmt(div(I('14.46'), scale(add(I('9.2'), exact('100')), F(1, 100))))} vs 12.84")
eq(D, "Shanghai June MoM -1.2% vs May 3.25 (verified)", chg(I("3.21"), I("3.25")), "-1.2")
eq(D, "Chengdu network 558 -> 601 km (+43)", sub(I("601"), I("558")), "43")

# ---------------------------------------------------------------- t10-zh-04 semiconductor
D = "t10-zh-04"
eq(D, "net profit +58.6% vs 3.70 (verified)", chg(I("5.87"), I("3.70")), "58.6")
eq(D, "EPS 1.42 = 5.87/4.12", div(I("5.87"), I("4.12")), "1.42")
eq(D, "Q4 MoM +12.9% vs Q3 12.59 (verified)", chg(I("14.21"), I("12.59")), "12.9")
eq(D, "analog 43.9% of revenue (verified)", pct(I("21.35"), I("48.63")), "43.9")
eq(D, "products sum 21.35+15.88+11.40 = 48.63", add(I("21.35"), I("15.88"), I("11.40")), "48.63")
eq(D, "PLANT share: auto 13.62 = 31.8% of 48.63", pct(I("13.62"), I("48.63")), "31.8", planted=True)
near(D, "title 近三成 (auto share)", pct(I("13.62"), I("48.63")), 30, 3)
eq(D, "auto last-year share 22.8% = (13.62/1.672)/(48.63/1.362)", pct(div(I("13.62"), scale(add(I("67.2"), exact("100")), F(1, 100))), div(I("48.63"), scale(add(I("36.2"), exact("100")), F(1, 100)))), "22.8")
eq(D, "PLANT implied-base: overseas +24.5% vs base 8.16", chg(I("9.26"), I("8.16")), "24.5", planted=True)
eq(D, "overseas share 19.0% (verified)", pct(I("9.26"), I("48.63")), "19.0")
eq(D, "overseas last-year share 22.9% = 8.16/(48.63/1.362)", pct(I("8.16"), div(I("48.63"), scale(add(I("36.2"), exact("100")), F(1, 100)))), "22.9")
eq(D, "R&D 20.0% of revenue (verified)", pct(I("9.74"), I("48.63")), "20.0")
eq(D, "R&D staff 41.3% of 3114", pct(I("1286"), I("3114")), "41.3")
differ(D, "PLANT restatement (warning, 2nd has no period): R&D staff 1286 vs 1268", "1286", "1268")
import math
lo = (float(I("48.63")[0] / I("16.25")[1]) ** 0.25 - 1) * 100
hi = (float(I("48.63")[1] / I("16.25")[0]) ** 0.25 - 1) * 100
report(D, "CAGR 2020-2024 (4 yrs) ~31.5% (verified)", lo < 31.55 and hi > 31.45, False, f"computed [{lo:.3f}, {hi:.3f}]")
report(D, "period 过去四年 = 2024-2020", 2024 - 2020 == 4, False, "4")
eq(D, "dividend 4.12亿股 x 0.35 = 1.442", mul(I("4.12"), scale(I("3.50"), F(1, 10))), "1.442")
eq(D, "payout 24.6% = 1.442/5.87", pct(I("1.442"), I("5.87")), "24.6")
report(D, "top1 11.2% <= top5 38.4%", I("11.2")[0] < I("38.4")[1], False, "topk order")

# ---------------------------------------------------------------- t10-zh-05 county e-commerce (clean)
D = "t10-zh-05"
eq(D, "online retail +22.4% vs 23.50 (verified)", chg(I("28.76"), I("23.50")), "22.4")
above(D, "title 突破28亿元", I("28.76"), 28)
eq(D, "farm products 42.9% of 28.76 (verified)", pct(I("12.35"), I("28.76")), "42.9")
eq(D, "net surplus 28.76-19.42 = 9.34", sub(I("28.76"), I("19.42")), "9.34")
eq(D, "orange avg price 6.18亿/5.62万吨 = 11.0 yuan/kg", div(scale(I("6.18"), 10), I("5.62")), "11.0")
eq(D, "Meiling 23.2% of 12.35", pct(I("2.86"), I("12.35")), "23.2")
eq(D, "Shikeng 15.6% of 12.35", pct(I("1.93"), I("12.35")), "15.6")
eq(D, "Longkou 11.9% of 12.35", pct(I("1.47"), I("12.35")), "11.9")
above(D, "three towns 合计占比过半", pct(add(I("2.86"), I("1.93"), I("1.47")), I("12.35")), 50)
eq(D, "live-stream 2.1x of 1.45 (verified)", div(I("3.05"), I("1.45")), "2.1")
report(D, "top3 18.9% <= top10 36.5%", I("18.9")[0] < I("36.5")[1], False, "topk order")
near(D, "parcels 2870/4120 近七成 (verified)", pct(I("2870"), I("4120")), 70, 3)
report(D, "四件事 followed by 一二三四", True, False, "4 items listed")

# ---------------------------------------------------------------- t10-zh-06 iron ore weekly
D = "t10-zh-06"
eq(D, "I2505 weekly +3.4% vs 785.5", chg(I("812.5"), I("785.5")), "3.4")
eq(D, "RB2505 weekly -1.1% vs 3355 (verified)", chg(I("3318"), I("3355")), "-1.1")
eq(D, "HC2505 weekly -0.6% vs 3483", chg(I("3462"), I("3483")), "-0.6")
eq(D, "rebar/ore ratio 4.08", div(I("3318"), I("812.5")), "4.08")
eq(D, "imports MoM +5.6% vs 10232 (verified)", chg(I("10806"), I("10232")), "5.6")
about(D, "PLANT fraction: Australia 6420/10806 约三分之二", pct(I("6420"), I("10806")), F(200, 3), 4, planted=True)
above(D, "Aus+Bra 超过八成 (verified)", pct(add(I("6420"), I("2290")), I("10806")), 80)
eq(D, "PLANT direction: port stock 'down 181.2' 14926.3 vs 14745.1 (it rose)", sub(I("14926.3"), I("14745.1")), "-181.2", planted=True)
eq(D, "  (the magnitude with the right sign is +181.2)", sub(I("14926.3"), I("14745.1")), "181.2")
near(D, "PLANT hedge (warning): hot metal 232.15 vs 227.4 增长近2%", chg(I("232.15"), I("227.4")), 2, 1, planted=True)
eq(D, "mill profitability +3.0 pts vs 45.5", sub(I("48.5"), I("45.5")), "3.0")
eq(D, "five steel stocks -3.1% vs 1117.0 (verified)", chg(I("1082.4"), I("1117.0")), "-3.1")

print("FAILED" if bad else "all relations as intended", f"({bad} problems)")
sys.exit(1 if bad else 0)
