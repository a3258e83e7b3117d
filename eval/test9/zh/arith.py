#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated in docs/.
Each stated figure is an interval [x - h, x + h] with h half a unit of its last digit.
Consistent relations must hold (print 'ok'); planted ones must fail (print 'PLANTED-FAILS').
Exit 1 if a consistent relation fails or a planted one holds."""
import math, sys
from fractions import Fraction as F

def iv(s, hedge=None):
    """interval of a stated decimal string; hedge widens by an absolute amount (for 约)."""
    s = s.strip()
    d = len(s.split(".")[1]) if "." in s else 0
    x = F(s); h = F(1, 2 * 10 ** d)
    if hedge is not None:
        h = max(h, F(hedge))
    return (x - h, x + h)

def c(x):  # exact constant
    return (F(x), F(x))

def add(*a): return (sum(i[0] for i in a), sum(i[1] for i in a))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def div(a, b):
    q = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]
    return (min(q), max(q))
def mul(a, b):
    q = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return (min(q), max(q))
def pct(a, b):        # a / b * 100
    r = div(a, b); return (r[0] * 100, r[1] * 100)
def chg(cur, base):   # (cur / base - 1) * 100
    r = div(cur, base); return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def cagr(end, start, years):
    r = div(end, start)
    return (F((float(r[0]) ** (1 / years) - 1) * 100), F((float(r[1]) ** (1 / years) - 1) * 100))
def overlap(a, b): return a[0] <= b[1] and b[0] <= a[1]
def fmt(a): return f"[{float(a[0]):.4f}, {float(a[1]):.4f}]"

bad = 0
def rel(doc, name, holds, detail, planted=False):
    global bad
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS!!"
        if holds: bad += 1
    else:
        tag = "ok" if holds else "FAIL!!"
        if not holds: bad += 1
    print(f"{tag:16s} {doc}  {name}: {detail}")

def eq(doc, name, computed, stated, planted=False):
    rel(doc, name, overlap(computed, stated), f"computed {fmt(computed)} vs stated {fmt(stated)}", planted)

def cond(doc, name, ok, detail, planted=False):
    rel(doc, name, ok, detail, planted)

# ---------------- t9-zh-01 快递 ----------------
D = "01"
tot = iv("1425.6"); rev = iv("11512.4")
eq(D, "unit price 11512.4/1425.6 ~ 8.08元/件", div(rev, tot), iv("8.08"))
eq(D, "同城 118.3 vs 107.7 -> 9.8%", chg(iv("118.3"), iv("107.7")), iv("9.8"))
eq(D, "[planted respectively] 异地 1275.4 vs 1036.1 -> stated 25.1%", chg(iv("1275.4"), iv("1036.1")), iv("25.1"), planted=True)
eq(D, "同城+异地+国际 = 1425.6", add(iv("118.3"), iv("1275.4"), iv("31.9")), tot)
eq(D, "share 同城 8.3%", pct(iv("118.3"), tot), iv("8.3"))
eq(D, "share 异地 89.5%", pct(iv("1275.4"), tot), iv("89.5"))
eq(D, "share 国际 2.2%", pct(iv("31.9"), tot), iv("2.2"))
eq(D, "Oct volume YoY 162.4/135.6 -> 19.8%", chg(iv("162.4"), iv("135.6")), iv("19.8"))
eq(D, "Oct volume MoM 162.4/149.5 -> 8.6%", chg(iv("162.4"), iv("149.5")), iv("8.6"))
eq(D, "[planted yoy-vs-mom] Oct revenue YoY 1302.7/1182.4 -> stated 9.1%", chg(iv("1302.7"), iv("1182.4")), iv("9.1"), planted=True)
eq(D, "  (the 9.1% is the MoM: 1302.7/1194.2)", chg(iv("1302.7"), iv("1194.2")), iv("9.1"))
eq(D, "[planted share] 东部 1093.2/1425.6 -> stated 78.7%", pct(iv("1093.2"), tot), iv("78.7"), planted=True)
eq(D, "东+中+西 = 1425.6", add(iv("1093.2"), iv("209.8"), iv("122.6")), tot)
cond(D, "中部27.4%、西部26.1% above national 21.3%", F("27.4") > F("21.3") and F("26.1") > F("21.3"), "27.4, 26.1 > 21.3")
cond(D, "top5 62.5% <= top10 79.8%", iv("62.5")[0] <= iv("79.8")[1], "62.5 <= 79.8")
eq(D, "农村 24.5% - 全国 21.3% = 3.2个百分点", sub(iv("24.5"), iv("21.3")), iv("3.2"))
cond(D, "title 超1400亿件", tot[0] > 1400, "1425.6 > 1400")
avg = div(tot, c(305))
cond(D, "daily average in 4.3-5.2亿件 (305 days Jan-Oct 2024)", avg[0] >= F("4.3") and avg[1] <= F("5.2"), fmt(avg))

# ---------------- t9-zh-02 光伏 ----------------
D = "02"
exp = iv("185.6")
p = pct(exp, iv("445"))
cond(D, "出口/产量 185.6/445 '四成多' (40-50%)", p[0] > 40 and p[1] < 50, fmt(p))
cond(D, "多晶硅 top5 95.4% <= top10 96.0%", iv("95.4")[0] <= iv("96.0")[1], "95.4 <= 96.0")
eq(D, "出口量 185.6 vs 151.6 -> 22.4%", chg(exp, iv("151.6")), iv("22.4"))
eq(D, "出口额 203.5 vs 295.8 -> -31.2%", chg(iv("203.5"), iv("295.8")), iv("-31.2"))
eq(D, "均价 203.5亿美元/185.6GW ~ 0.11美元/瓦", div(mul(iv("203.5"), c(10**8)), mul(exp, c(10**9))), iv("0.11"))
eq(D, "欧洲 81.7 -> 44.0%", pct(iv("81.7"), exp), iv("44.0"))
eq(D, "亚太 47.3 -> 25.5%", pct(iv("47.3"), exp), iv("25.5"))
eq(D, "中东 22.6 -> 12.2%", pct(iv("22.6"), exp), iv("12.2"))
eq(D, "美洲 19.8 -> 10.7%", pct(iv("19.8"), exp), iv("10.7"))
eq(D, "中东 22.6 / 8.7 -> 2.6倍", div(iv("22.6"), iv("8.7")), iv("2.6"))
eq(D, "markets sum = 185.6", add(iv("81.7"), iv("47.3"), iv("22.6"), iv("19.8"), iv("14.2")), exp)
cond(D, "[planted topk] top5 58.6% <= top10 56.9%", iv("58.6")[0] <= iv("56.9")[1], "58.6 > 56.9", planted=True)
inst = iv("160.88")
eq(D, "新增装机 160.88 vs 128.94 -> 24.8%", chg(inst, iv("128.94")), iv("24.8"))
eq(D, "集中式+分布式 = 160.88", add(iv("73.52"), iv("87.36")), inst)
eq(D, "分布式 87.36/160.88 -> 54.3%", pct(iv("87.36"), inst), iv("54.3"))
eq(D, "  54.3 - 50.5 = 3.8 percentage points", sub(iv("54.3"), iv("50.5")), iv("3.8"))
eq(D, "[planted points-vs-percent, warning] 50.5%->54.3% written '提高3.8%' (relative change)", chg(iv("54.3"), iv("50.5")), iv("3.8"), planted=True)
eq(D, "609.5 + 160.88 ~ 约770吉瓦", add(iv("609.5"), inst), iv("770", hedge=5))
eq(D, "[planted cagr] 204.3 (2019) -> 609.5 (2023), 4 yrs, stated 约36%", cagr(iv("609.5"), iv("204.3"), 4), iv("36"), planted=True)
cond(D, "  '四年间' = 2023-2019", 2023 - 2019 == 4, "4")

# ---------------- t9-zh-03 保险 ----------------
D = "03"
prem = iv("46321"); life = iv("35442")
eq(D, "人身险+财产险 = 46321", add(life, iv("10879")), prem)
cond(D, "title 超4.6万亿元", prem[0] > 46000, "46321 > 46000")
eq(D, "寿险+健康险+意外险 = 35442", add(iv("27536"), iv("6897"), iv("1009")), life)
eq(D, "寿险 77.7%", pct(iv("27536"), life), iv("77.7"))
eq(D, "健康险 19.5%", pct(iv("6897"), life), iv("19.5"))
eq(D, "意外险 2.8%", pct(iv("1009"), life), iv("2.8"))
eq(D, "国寿 15.7%", pct(iv("5574"), life), iv("15.7"))
eq(D, "平安人寿 11.9%", pct(iv("4210"), life), iv("11.9"))
eq(D, "太保寿险 6.2%", pct(iv("2201"), life), iv("6.2"))
s = add(iv("38.6"), iv("47.2"), iv("17.3"))
cond(D, "[planted sum] channels 38.6+47.2+17.3 <= 100", s[0] <= F("100.05"), fmt(s), planted=True)
eq(D, "三家 7905/10879 -> 72.7%", pct(iv("7905"), iv("10879")), iv("72.7"))
eq(D, "赔付 6402+11494 = 17896", add(iv("6402"), iv("11494")), iv("17896"))
eq(D, "[planted change] 车险赔款 4318 vs 3892, stated 8.9%", chg(iv("4318"), iv("3892")), iv("8.9"), planted=True)
eq(D, "健康险赔付 2936 vs 2474 -> 18.7%", chg(iv("2936"), iv("2474")), iv("18.7"))
cond(D, "车险 4318 <= 财产险赔款 6402; 健康险 2936 <= 人身险 11494", 4318 <= 6402 and 2936 <= 11494, "parts within wholes")
eq(D, "[planted restatement] 前三季度保费 4.36万亿元 vs 46321亿元", mul(iv("4.36"), c(10000)), prem, planted=True)
p = pct(life, prem)
cond(D, "人身险 35442/46321 '超过四分之三'", p[0] > 75, fmt(p))
cond(D, "赔付 17896 '近1.8万亿元'", 17000 <= 17896 < 18000, "17896 just under 18000")

# ---------------- t9-zh-04 医药 (clean) ----------------
D = "04"
R = iv("23156.8")
eq(D, "利润 3187.4 vs 3239.2 -> -1.6%", chg(iv("3187.4"), iv("3239.2")), iv("-1.6"))
eq(D, "利润率 3187.4/23156.8 -> 13.76%", pct(iv("3187.4"), R), iv("13.76"))
eq(D, "化学药品制剂 34.1%", pct(iv("7893.4"), R), iv("34.1"))
eq(D, "中成药 24.3%", pct(iv("5621.7"), R), iv("24.3"))
eq(D, "two together 58.4%", pct(add(iv("7893.4"), iv("5621.7")), R), iv("58.4"))
eq(D, "subsectors sum = 23156.8", add(iv("7893.4"), iv("5621.7"), iv("3512.6"), iv("3018.5"), iv("3110.6")), R)
cond(D, "8个中类 = 4 named + 其余4个", 4 + 4 == 8, "8")
eq(D, "11月 MoM 2187.3/2111.3 -> 3.6%", chg(iv("2187.3"), iv("2111.3")), iv("3.6"))
eq(D, "11月 YoY 2187.3/2136.0 -> 2.4%", chg(iv("2187.3"), iv("2136.0")), iv("2.4"))
eq(D, "亏损面 1936/9132 -> 21.2%", pct(iv("1936"), iv("9132")), iv("21.2"))
eq(D, "研发 1412.6/23156.8 -> 6.1%", pct(iv("1412.6"), R), iv("6.1"))
cond(D, "三个特点 followed by 3 items (一是/二是/三是)", True, "3 == 3")
eq(D, "vs 2019 21048.3 -> 10.0%", chg(R, iv("21048.3")), iv("10.0"))
eq(D, "cagr 2019->2024, 5 yrs -> 约1.9%", cagr(R, iv("21048.3"), 5), iv("1.9"))
cond(D, "'五年间' = 2024-2019", 2024 - 2019 == 5, "5")
p = pct(add(iv("7893.4"), iv("5621.7")), R)
cond(D, "'近六成' for 58.4%", p[0] >= 55 and p[1] < 60, fmt(p))

# ---------------- t9-zh-05 演出 ----------------
D = "05"
B = iv("19.6")
eq(D, "票房 19.6 vs 13.87 -> 41.3%", chg(B, iv("13.87")), iv("41.3"))
p = pct(iv("10.35"), B)
cond(D, "演唱会 10.35/19.6 '五成以上'", p[0] > 50, fmt(p))
eq(D, "平均票价 10.35亿/212.5万 ~ 约487元", div(mul(iv("10.35"), c(10**8)), mul(iv("212.5"), c(10**4))), iv("487", hedge=1))
p = pct(iv("4.71"), B)
cond(D, "[planted fraction] 剧场 4.71/19.6 '约三成' (25-35%)", p[1] >= 25 and p[0] < 35, fmt(p), planted=True)
eq(D, "10.35+4.71+4.54 = 19.6", add(iv("10.35"), iv("4.71"), iv("4.54")), B)
eq(D, "西湖 27.4%", pct(iv("5.37"), B), iv("27.4"))
eq(D, "上城 21.8%", pct(iv("4.27"), B), iv("21.8"))
eq(D, "滨江 15.3%", pct(iv("3.00"), B), iv("15.3"))
eq(D, "6月 YoY 4.12/2.97 -> 38.7%", chg(iv("4.12"), iv("2.97")), iv("38.7"))
eq(D, "6月 MoM 4.12/3.67 -> 12.3%", chg(iv("4.12"), iv("3.67")), iv("12.3"))
eq(D, "外地观众 62.4 - 53.9 = 8.5个百分点", sub(iv("62.4"), iv("53.9")), iv("8.5"))
eq(D, "[planted multiple] 131.6/48.7 stated 3.2倍", div(iv("131.6"), iv("48.7")), iv("3.2"), planted=True)
cond(D, "[planted enumeration] '三方面工作' followed by 4 items", 4 == 3, "stated 3, listed 4 (一是…四是)", planted=True)

# ---------------- t9-zh-06 港口 ----------------
D = "06"
T = iv("27421"); T0 = iv("25556")
eq(D, "total 27421 vs 25556 -> 7.3%", chg(T, T0), iv("7.3"))
eq(D, "外贸+内贸 = 27421", add(iv("16178"), iv("11243")), T)
ib = div(iv("16178"), c(F("1.102")))
eq(D, "[planted implied-base] 16178 / 1.102 vs stated base 14986", div(iv("16178"), add(c(1), div(iv("10.2"), c(100)))), iv("14986"), planted=True)
eq(D, "  (same: 16178 vs 14986 gives, vs stated 10.2%)", chg(iv("16178"), iv("14986")), iv("10.2"), planted=True)
eq(D, "内贸 11243 vs (25556-14986) -> 6.4%", chg(iv("11243"), sub(T0, iv("14986"))), iv("6.4"))
eq(D, "外贸 share 16178/27421 -> 59.0%", pct(iv("16178"), T), iv("59.0"))
eq(D, "外贸 share change -> 0.4个百分点", sub(pct(iv("16178"), T), pct(iv("14986"), T0)), iv("0.4"))
cond(D, "两方面原因 followed by 2 items", True, "2 == 2")
eq(D, "上海 15.1%", pct(iv("4153"), T), iv("15.1"))
eq(D, "宁波舟山 12.0%", pct(iv("3284"), T), iv("12.0"))
eq(D, "深圳 10.3%", pct(iv("2812"), T), iv("10.3"))
p = pct(add(iv("4153"), iv("3284"), iv("2812")), T)
cond(D, "[planted hedge] 三大港口合计 '超过40%'", p[1] > 40, fmt(p), planted=True)
cond(D, "top3 <= CR5 47.9 <= CR10 66.8", p[0] <= iv("47.9")[1] and iv("47.9")[0] <= iv("66.8")[1], fmt(p) + " <= 47.9 <= 66.8")
g = chg(iv("3.10"), iv("2.02"))
cond(D, "2.02 -> 3.10 '逾五成'", g[0] > 50, fmt(g))
eq(D, "cagr 2014->2023, 9 yrs -> 约4.9%", cagr(iv("3.10"), iv("2.02"), 9), iv("4.9"))
cond(D, "[planted period-span] '十五年间' vs 2014-2023", 2023 - 2014 == 15, "2023-2014 = 9, stated 十五", planted=True)

print("arith: FAILED" if bad else "arith: all relations as intended")
sys.exit(1 if bad else 0)
