#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the stated figures (exact fractions, rounding bands).
Each stated figure is a string; its band is +/- half a unit of its last written digit.
Consistent relations print 'ok'; planted ones print 'PLANTED-FAILS'. Exit 1 if a consistent
relation fails or a planted one holds."""
import sys, itertools
from fractions import Fraction as F

def band(s):
    s = s.strip()
    d = len(s.split(".")[1]) if "." in s else 0
    v = F(s); h = F(1, 2 * 10 ** d)
    return (v - h, v + h)

def rng(fn, *figs):
    """min/max of fn over the corners of the rounding box (all functions here are monotone per argument)."""
    bs = [band(f) if isinstance(f, str) else (F(f), F(f)) for f in figs]
    vals = [fn(*c) for c in itertools.product(*bs)]
    return min(vals), max(vals)

def overlaps(a, b):  # closed/half-open detail ignored: strict overlap of intervals
    return a[0] < b[1] and b[0] < a[1]

fails = 0
def rel(doc, name, holds, planted=False, detail=""):
    global fails
    if planted:
        status = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        if holds: fails += 1
    else:
        status = "ok" if holds else "FAIL(!)"
        if not holds: fails += 1
    print(f"{status:16} {doc} {name} {detail}")

def pct_share(part, total, stated, doc, name, planted=False, scale=1):
    r = rng(lambda p, t: 100 * p * scale / t, part, total)
    rel(doc, name, overlaps(r, band(stated)), planted, f"[{float(r[0]):.3f}, {float(r[1]):.3f}] vs {stated}%")

def pct_change(new, old, stated, doc, name, planted=False):
    r = rng(lambda n, o: 100 * (n / o - 1), new, old)
    rel(doc, name, overlaps(r, band(stated)), planted, f"[{float(r[0]):.3f}, {float(r[1]):.3f}] vs {stated}%")

def f2(x): return f"{float(x):.4f}"

# ---------------- t11-zh-01 (units: 亿元; 3.86万亿 = 38600 亿, band from the 万亿 figure) ----------------
D = "01"
wy = lambda s: s  # keep 万亿 strings, scale by 10000 where mixed with 亿
r = rng(lambda e, i: e + i, "2.78", "1.08"); rel(D, "exports+imports=total", overlaps(r, band("3.86")), detail=f"{f2(r[0])}-{f2(r[1])} vs 3.86")
r = rng(lambda e, i: e - i, "2.78", "1.08"); rel(D, "surplus=exports-imports", overlaps(r, band("1.7")), detail=f"{f2(r[0])}-{f2(r[1])} vs 1.7")
pct_share("2.78", "3.86", "72.0", D, "export share 72.0%")
r = rng(lambda e, i, ge, gi: 100 * ((e + i) / (e / (1 + ge / 100) + i / (1 + gi / 100)) - 1), "2.78", "1.08", "7.4", "3.3")
rel(D, "total growth 6.2% from export/import rates", overlaps(r, band("6.2")), detail=f"[{float(r[0]):.3f}, {float(r[1]):.3f}]")
pct_share("6020", "3.86", "16.5", D, "ASEAN share 16.5% (planted share; total in para 1)", planted=True, scale=F(1, 10000))
pct_share("5480", "3.86", "14.2", D, "EU share 14.2%", scale=F(1, 10000))
r = rng(lambda p, t: 100 * p / t, "2.01", "3.86"); rel(D, "Belt&Road share > half", r[0] > 50, detail=f"min {float(r[0]):.2f}%")
pct_share("3.01", "3.86", "78.1", D, "private share now 78.1%")
r = rng(lambda p, g, t, gt: 100 * (p / (1 + g / 100)) / (t / (1 + gt / 100)), "3.01", "11", "3.86", "6.2")
rel(D, "private share last year 74.6% (from 11% and 6.2% growth)", overlaps(r, band("74.6")), detail=f"[{float(r[0]):.2f}, {float(r[1]):.2f}]")
r = rng(lambda a, b: a - b, "78.1", "74.6"); rel(D, "78.1-74.6 = 3.5 points (correct as points)", overlaps(r, band("3.5")), detail=f"{f2(r[0])}-{f2(r[1])}")
pct_change("78.1", "74.6", "3.5", D, "'提高3.5%' read as percent (planted points-vs-percent, warning)", planted=True)
pct_change("1.21", "1.12", "8.1", D, "machinery exports +8.1%")
pct_change("4870", "4690", "4.8", D, "labour-intensive exports +4.8% (planted respectively)", planted=True)
pct_share("1860", "2.78", "6.7", D, "new-three share of exports 6.7%", scale=F(1, 10000))
rel(D, "21.4% = 逾两成", band("21.4")[0] > 20)
r = band("3.86"); rel(D, "3.86万亿 = 近3.9万亿", r[1] <= F("3.9") and r[0] > F("3.8"))

# ---------------- t11-zh-02 ----------------
D = "02"
r = rng(lambda a, b: a + b, "218.4", "424.4"); rel(D, "overnight+day-trip = total", overlaps(r, band("642.8")))
pct_change("218.4", "186.9", "23.5", D, "overnight visitors +23.5% vs 186.9 (planted change)", planted=True)
r = rng(lambda a, b: a / b, "4.86", "2.31"); rel(D, "inbound 2.5倍 of 2.31 (planted multiple)", overlaps(r, band("2.5")), planted=True, detail=f"[{float(r[0]):.3f}, {float(r[1]):.3f}]")
items = ["一是", "二是", "三是", "四是"]; rel(D, "三大特点 vs items listed (planted enumeration)", len(items) == 3, planted=True, detail=f"{len(items)} items")
pct_share("398.5", "642.8", "62.0", D, "A-level scenic share 62.0%")
r = rng(lambda s, v: s * 10000 / v, "71.3", "642.8"); rel(D, "per-capita spend 约1109元", overlaps(r, (F(1109) * F(99, 100), F(1109) * F(101, 100))), detail=f"[{float(r[0]):.1f}, {float(r[1]):.1f}]")
r = rng(lambda a: a / 8, "76.3"); rel(D, "rail daily avg 9.5 (8 days)", overlaps(r, band("9.5")))
rel(D, "9/29-10/6 = 8天", (6 + 2) == 8)

# ---------------- t11-zh-03 ----------------
D = "03"
r = rng(lambda a, b, c, d: a + b + c + d, "52", "2440", "755", "579"); rel(D, "sector sum = 3826", overlaps(r, band("3826")))
for p, s in [("52", "1.4"), ("2440", "63.8"), ("755", "19.7"), ("579", "15.1")]:
    pct_share(p, "3826", s, D, f"sector share {s}% (respectively list)")
r = rng(lambda a, b, c, d, ga, gb, gc, gd: 100 * ((a + b + c + d) / (a / (1 + ga / 100) + b / (1 + gb / 100) + c / (1 + gc / 100) + d / (1 + gd / 100)) - 1),
        "52", "2440", "755", "579", "11.2", "6.4", "11.9", "8.1")
rel(D, "total growth 7.8% from sector rates", overlaps(r, band("7.8")), detail=f"[{float(r[0]):.3f}, {float(r[1]):.3f}]")
r = rng(lambda a, b: a - b, "528", "492"); rel(D, "Aug 528-492 = 36", overlaps(r, band("36")))
pct_change("528", "492", "4.3", D, "Aug 同比 4.3% vs last Aug 492 (planted yoy-vs-mom)", planted=True)
pct_change("528", "506", "4.3", D, "  (4.3% is the month-on-month rate vs July 506 -- explains the slip)")
r = rng(lambda a, b: a + b, "2987", "839"); rel(D, "generation + net inflow = consumption 3826", overlaps(r, band("3826")))
r = rng(lambda a, b, c, d: a + b + c + d, "6830", "2160", "3480", "2210")
rel(D, "capacity parts vs 1.42亿千瓦 (planted sum)", overlaps(r, (band("1.42")[0] * 10000, band("1.42")[1] * 10000)), planted=True, detail=f"parts {float(r[0])}-{float(r[1])} 万千瓦 vs 14150-14250")
r = rng(lambda a, b: 100 * ((b / a) ** (1 / 5.0) - 1) if False else 100 * (float(b / a) ** 0.2 - 1), "4012", "5487")
rel(D, "CAGR 2018-2023 (5 yrs) vs 8.5% (planted cagr)", overlaps((F(r[0]), F(r[1])), band("8.5")), planted=True, detail=f"[{r[0]:.3f}, {r[1]:.3f}]")

# ---------------- t11-zh-04 (clean) ----------------
D = "04"
r = rng(lambda t, d: 100 * d / (t * 10000 - d), "1.26", "870"); rel(D, "assets +870亿 = +7.4%", overlaps(r, band("7.4")), detail=f"[{float(r[0]):.3f}, {float(r[1]):.3f}]")
rel(D, "1.26万亿 突破1.2万亿", band("1.26")[0] > F("1.2"))
pct_change("58.7", "52.1", "12.6", D, "net profit +12.6% vs 52.1")
rel(D, "12.6% 增幅超过一成", band("12.6")[0] > 10)
r = rng(lambda a, b: a + b, "27.8", "30.9"); rel(D, "Q1+Q2 = 58.7", overlaps(r, band("58.7")))
pct_change("30.9", "27.8", "11.2", D, "Q2 环比 +11.2%")
r = rng(lambda a, b: a + b, "108.2", "48.2"); rel(D, "NII + non-II = revenue 156.4", overlaps(r, band("156.4")))
r = rng(lambda a, b: 100 * a / b, "108.2", "156.4"); rel(D, "NII share 近七成 (65-70%)", r[0] >= 65 and r[1] <= 70, detail=f"[{float(r[0]):.2f}, {float(r[1]):.2f}]")
r = rng(lambda a, b, ga, gb: 100 * ((a + b) / (a / (1 + ga / 100) + b / (1 + gb / 100)) - 1), "108.2", "48.2", "3.1", "10.1")
rel(D, "revenue growth 5.2% from component rates", overlaps(r, band("5.2")), detail=f"[{float(r[0]):.3f}, {float(r[1]):.3f}]")
r = rng(lambda a, b, c: a + b + c, "4210", "2187", "445"); rel(D, "loan parts = 6842", overlaps(r, band("6842")))
pct_share("4210", "6842", "61.5", D, "corporate loans 61.5%")
pct_share("1128", "6842", "16.5", D, "inclusive SME 16.5%")
pct_share("742", "6842", "10.8", D, "green loans 10.8%")
pct_share("1035", "6842", "15.1", D, "agri loans 15.1%")
r = rng(lambda l, p: l * p / 100, "6842", "0.79"); rel(D, "NPL balance 54.1 = 6842 x 0.79%", overlaps(r, band("54.1")), detail=f"[{float(r[0]):.2f}, {float(r[1]):.2f}]")
rel(D, "top1 3.2% <= top10 18.7%", band("3.2")[1] <= band("18.7")[0])
rel(D, "CET1 <= T1 <= CAR", F("9.87") <= F("10.96") <= F("13.42"))

# ---------------- t11-zh-05 ----------------
D = "05"
pct_share("4142", "3900", "106.2", D, "sows 106.2% of normal")
r = rng(lambda n, o: 100 * (n / o - 1), "17.95", "18.38")
rel(D, "week 38 price '上涨' (planted direction)", r[0] > 0, planted=True, detail=f"change [{float(r[0]):.3f}, {float(r[1]):.3f}]%")
rel(D, "  magnitude 2.3% matches the fall", overlaps((-r[1], -r[0]), band("2.3")))
r = rng(lambda n, o: 100 * (1 - n / o), "2310", "2860"); rel(D, "corn 跌幅接近两成 (17-20%)", r[0] >= 17 and r[1] <= 20, detail=f"[{float(r[0]):.2f}, {float(r[1]):.2f}]")
r = rng(lambda n, o: 100 * (1 - n / o), "3260", "3980"); rel(D, "soymeal 近三成 (planted fraction; needs 25-30%)", r[0] >= 25 and r[1] <= 30, planted=True, detail=f"[{float(r[0]):.2f}, {float(r[1]):.2f}]")
r = rng(lambda a, b: 100 * a / b, "3.62", "5.48"); rel(D, "large farms 六成以上", r[0] > 60, detail=f"min {float(r[0]):.2f}")
r = rng(lambda n, g: n / (1 + g / 100), "5.48", "4.2")
rel(D, "implied base of +4.2% vs stated 5.06亿头 (planted implied-base)", overlaps(r, band("5.06")), planted=True, detail=f"implied [{float(r[0]):.3f}, {float(r[1]):.3f}]")

# ---------------- t11-zh-06 ----------------
D = "06"
pct_share("5920", "6870", "86.2", D, "5G share 86.2%")
r = rng(lambda a, b, c: a + b + c, "19.8", "18.6", "16.4"); rel(D, "top3 = 19.8+18.6+16.4 = 54.8", overlaps(r, band("54.8")))
rel(D, "top3 54.8 <= top5 84.2", band("54.8")[0] <= band("84.2")[1])
rel(D, "top5 84.2 <= top10 83.9 (planted topk)", band("84.2")[0] <= band("83.9")[1], planted=True)
rel(D, "Q1 shipments 6870 vs restated 6780 (planted restatement)", overlaps(band("6870"), band("6780")), planted=True)
r = rng(lambda a, b: 100 * a / b, "218", "6870"); rel(D, "foldables 3%左右 (2.5-3.5%)", r[0] >= 2.5 and r[1] <= 3.5, detail=f"[{float(r[0]):.2f}, {float(r[1]):.2f}]")
r = rng(lambda a, b: 100 * a / b, "79", "218"); rel(D, "Huawei 超过四成 (planted hedge)", r[0] > 40, planted=True, detail=f"[{float(r[0]):.2f}, {float(r[1]):.2f}]")
rel(D, "79+41+32 <= 218", 79 + 41 + 32 <= 218)
rel(D, "2019->2024 = 十年 (planted period-span)", 2024 - 2019 >= 9, planted=True, detail=f"{2024-2019} years")

print("arith:", "ALL AS INTENDED" if not fails else f"{fails} UNEXPECTED RESULT(S)")
sys.exit(1 if fails else 0)
