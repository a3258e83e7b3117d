#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures (Decimal, rounding bands).
ok = consistent relation holds; PLANTED-FAILS = planted problem indeed fails.
Exit 1 if a consistent relation fails or a planted one holds."""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def band(s):
    """Stated figure as written -> [lo, hi) rounding band."""
    v = D(s)
    exp = v.as_tuple().exponent
    h = D(5) * D(10) ** (exp - 1)
    return (v - h, v + h)

def exact(s):
    v = D(s); return (v, v)

def div(a, b):
    return (a[0] / b[1], a[1] / b[0])

def pct_share(part, total):
    lo, hi = div(part, total); return (lo * 100, hi * 100)

def pct_change(cur, base):
    lo, hi = div(cur, base); return ((lo - 1) * 100, (hi - 1) * 100)

def cagr(end, start, years):
    lo, hi = div(end, start); n = D(1) / D(years)
    return ((lo ** n - 1) * 100, (hi ** n - 1) * 100)

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]

fails = 0
def check(doc, label, holds, planted, detail):
    global fails
    if planted:
        status = "PLANTED-FAILS" if not holds else "BAD: planted relation HOLDS"
        if holds: fails += 1
    else:
        status = "ok" if holds else "BAD: consistent relation FAILS"
        if not holds: fails += 1
    print(f"{status:14s} {doc} {label}: {detail}")

def f(x):
    return f"[{float(x[0]):.4f}, {float(x[1]):.4f})"

def rel(doc, label, computed, stated, planted=False):
    check(doc, label, overlap(computed, stated), planted, f"computed {f(computed)} vs stated {f(stated)}")

# ---------- t2-zh-01 ----------
d = "01"
rel(d, "出口3.02+进口1.19 = 总值4.21", add(band("3.02"), band("1.19")), band("4.21"))
rel(d, "顺差 = 3.02-1.19 = 1.83", sub(band("3.02"), band("1.19")), band("1.83"))
rel(d, "一般贸易3.38/4.21 = 80.3%", pct_share(band("3.38"), band("4.21")), band("80.3"))
rel(d, "10月4530 vs 上年同期4310: 同比5.1%", pct_change(band("4530"), band("4310")), band("5.1"))
rel(d, "10月4530 vs 9月4364: 环比3.8%", pct_change(band("4530"), band("4364")), band("3.8"))
rel(d, "机电1.46/出口3.02 = 48.3%", pct_share(band("1.46"), band("3.02")), band("48.3"))
rel(d, "一带一路2.13 vs 1.89: 12.7%", pct_change(band("2.13"), band("1.89")), band("12.7"))
rel(d, "RCEP 1.02 vs 0.96: stated 3.6% [respectively]", pct_change(band("1.02"), band("0.96")), band("3.6"), planted=True)
rel(d, "民营3.41/总值4.21: stated 78.6% [share]", pct_share(band("3.41"), band("4.21")), band("78.6"), planted=True)
rel(d, "出口3.02 restated as 3.20 [restatement]", band("3.02"), band("3.20"), planted=True)

# ---------- t2-zh-02 ----------
d = "02"
rel(d, "发电52.4 vs 上年同期48.3: 同比8.5%", pct_change(band("52.4"), band("48.3")), band("8.5"))
rel(d, "发电52.4 vs 9月50.8: 环比3.1%", pct_change(band("52.4"), band("50.8")), band("3.1"))
rel(d, "集成电路18.6 vs 上年同期17.2: stated 同比14.1% [yoy-vs-mom]", pct_change(band("18.6"), band("17.2")), band("14.1"), planted=True)
rel(d, "  (info) 集成电路18.6 vs 9月16.3 gives the 14.1% (mom)", pct_change(band("18.6"), band("16.3")), band("14.1"))
s = add(band("31.4"), band("24.7"), band("19.6"))
check(d, "三大支柱31.4+24.7+19.6 超过七成 (>70)", s[0] > 70, False, f"sum {f(s)}")
rel(d, "高技术比重38.6-36.3 = 2.3个百分点 (the points)", sub(band("38.6"), band("36.3")), band("2.3"))
rel(d, "高技术比重 38.6 vs 36.3 relative: stated 提高2.3% [points-vs-percent, warning]", pct_change(band("38.6"), band("36.3")), band("2.3"), planted=True)
rel(d, "销售率97.8-97.2 = 0.6个百分点", sub(band("97.8"), band("97.2")), band("0.6"))
rel(d, "大型214+中型683+其余2489 = 3286 [sum]", add(exact("214"), exact("683"), exact("2489")), (D(3286) - D("0.5"), D(3286) + D("0.5")), planted=True)

# ---------- t2-zh-03 ----------
d = "03"
rel(d, "营收186.4 vs 2024年165.1: stated 23.5% [implied-base]", pct_change(band("186.4"), band("165.1")), band("23.5"), planted=True)
rel(d, "净利15.2 vs 10.72: 41.8%", pct_change(band("15.2"), band("10.72")), band("41.8"))
rel(d, "储能102.5/营收186.4 = 55.0%", pct_share(band("102.5"), band("186.4")), band("55.0"))
rel(d, "102.5+41.3+42.6 = 186.4", add(band("102.5"), band("41.3"), band("42.6")), band("186.4"))
rel(d, "储能102.5/动力41.3: stated 3.5倍 [multiple]", div(band("102.5"), band("41.3")), band("3.5"), planted=True)
rel(d, "出货4.6->38.2 GWh 2021-2025 (4 yrs): stated 约48% (band 46-50) [cagr]", cagr(band("38.2"), band("4.6"), 4), (D(46), D(50)), planted=True)
rel(d, "  (info) even over 5 periods it is not 48%", cagr(band("38.2"), band("4.6"), 5), (D(46), D(50)), planted=True)
rel(d, "海外21.5->48.6 2023-2025 (2 yrs): 约50% (band 49-51)", cagr(band("48.6"), band("21.5"), 2), (D(49), D(51)))
rel(d, "研发11.9/营收186.4 = 6.4%", pct_share(band("11.9"), band("186.4")), band("6.4"))

# ---------- t2-zh-04 (clean) ----------
d = "04"
rel(d, "游客386.2 vs 347.0: 11.3%", pct_change(band("386.2"), band("347.0")), band("11.3"))
rel(d, "过夜153.8/386.2 = 39.8%", pct_share(band("153.8"), band("386.2")), band("39.8"))
rel(d, "门票4.86 vs 4.42: 10.0%", pct_change(band("4.86"), band("4.42")), band("10.0"))
rel(d, "酒店9.12 vs 8.35: 9.2%", pct_change(band("9.12"), band("8.35")), band("9.2"))
check(d, "top3 27.4% <= top5 35.9%", band("27.4")[0] <= band("35.9")[1], False, "27.4 <= 35.9")
b = band("386.2")
check(d, "近390万 (386.2: below 390, within 3%)", b[1] <= 390 and b[0] >= 390 * D("0.97"), False, f"{f(b)}")
check(d, "连续第十年, 2017-2026 inclusive", 2026 - 2017 + 1 == 10, False, f"{2026-2017+1} years")

# ---------- t2-zh-05 ----------
d = "05"
rel(d, "新房1286 vs 9月1120: 环比14.8%", pct_change(band("1286"), band("1120")), band("14.8"))
c = pct_change(band("9.82"), band("10.36"))
check(d, "二手9.82 vs 10.36: stated 上涨5.2% [direction]", c[1] > 0, True, f"change {f(c)} (a fall)")
check(d, "前十强46.3% <= 前二十强44.9% [topk]", band("46.3")[0] <= band("44.9")[1], True, "46.3 > 44.9")
check(d, "前5城 25.6% <= 前10城 26.1%", band("25.6")[0] <= band("26.1")[1], False, "25.6 <= 26.1")
sh = pct_share(band("412"), band("1286"))
check(d, "一线412/1286 不到三成 (<30) [hedge]", sh[0] < 30, True, f"share {f(sh)}")
check(d, "北京98+深圳76 <= 一线412", 98 + 76 <= 412, False, "174 <= 412")
b = band("1286")
check(d, "超1280万平方米 (1286 > 1280)", b[0] > 1280, False, f"{f(b)}")

# ---------- t2-zh-06 ----------
d = "06"
rel(d, "基层3.12/总5.46 = 57.1%", pct_share(band("3.12"), band("5.46")), band("57.1"))
rel(d, "57.1-52.8 = 4.3个百分点", sub(band("57.1"), band("52.8")), band("4.3"))
check(d, "1186-1034 = 152", 1186 - 1034 == 152, False, "152")
check(d, "2013->2025 是 近十年 (<=10 yrs) [period-span]", 2025 - 2013 <= 10, True, f"{2025-2013} years")
sh = pct_share(exact("712"), exact("1034"))
check(d, "712/1034 超过四分之三 (>75) [fraction]", sh[0] > 75, True, f"share {f(sh)}")
check(d, "'三方面原因' vs items listed (一是..四是) [enumeration]", 4 == 3, True, "4 items listed")
sh = pct_share(band("2860"), band("6540"))
check(d, "2860/6540 四成多 (40-50)", sh[0] >= 40 and sh[1] < 50, False, f"share {f(sh)}")
rel(d, "次均费用168.4 vs 152.6: 10.4%", pct_change(band("168.4"), band("152.6")), band("10.4"))

print("ALL CONSISTENT RELATIONS HOLD, ALL PLANTED FAIL" if fails == 0 else f"{fails} PROBLEM(S)")
sys.exit(1 if fails else 0)
