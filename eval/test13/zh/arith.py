#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.
Each stated figure "x" stands for [x - h, x + h], h = half a unit of its last written digit.
Prints ok for consistent relations, PLANTED-FAILS for planted ones; exit 1 if a consistent
relation fails or a planted one holds."""
from decimal import Decimal as D, getcontext
import sys
getcontext().prec = 40

def band(s):
    d = D(s)
    exp = d.as_tuple().exponent
    h = D(5) * D(10) ** (exp - 1)
    return (d - h, d + h)

def div(a, b):  # interval a/b, b > 0
    return (a[0] / b[1], a[1] / b[0])

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def pct(iv):   # ratio interval -> percent interval
    return (iv[0] * 100, iv[1] * 100)

def chg(cur, base):  # percent change interval
    r = div(cur, base)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def cagr(end, start, n):
    r = div(end, start)
    e = D(1) / D(n)
    return ((r[0] ** e - 1) * 100, (r[1] ** e - 1) * 100)

def meets(stated, iv):
    s = band(stated)
    return s[0] <= iv[1] and iv[0] <= s[1]

results = []
def rel(doc, name, holds, planted, detail):
    results.append((doc, name, bool(holds), planted, detail))

def fmt(iv):
    return f"[{float(iv[0]):.4f}, {float(iv[1]):.4f}]"

B = band
# ---------------- t13-zh-01 Fujian trade (亿元) ----------------
d = "t13-zh-01"
tot = (D("14550"), D("14650"))  # 1.46万亿元
ex, im = B("8920"), B("5680")
rel(d, "exports+imports = 1.46万亿", tot[0] <= add(ex, im)[1] and add(ex, im)[0] <= tot[1], False, fmt(add(ex, im)))
rel(d, "surplus 3240 = 8920-5680", meets("3240", sub(ex, im)), False, fmt(sub(ex, im)))
# prior-year exports/imports from stated growth rates (9.1%, 2.2%)
pe = (ex[0] / D("1.0915"), ex[1] / D("1.0905")); pi = (im[0] / D("1.0225"), im[1] / D("1.0215"))
rel(d, "total growth 6.3% from parts' growth", meets("6.3", chg(tot, add(pe, pi))), False, fmt(chg(tot, add(pe, pi))))
rel(d, "surplus widened 23.7%", meets("23.7", chg(sub(ex, im), sub(pe, pi))), False, fmt(chg(sub(ex, im), sub(pe, pi))))
rel(d, "Sep MoM 3.1% = 1720/1668", meets("3.1", chg(B("1720"), B("1668"))), False, fmt(chg(B("1720"), B("1668"))))
rel(d, "private share 60.8% = 8870/1.46万亿", meets("60.8", pct(div(B("8870"), tot))), False, fmt(pct(div(B("8870"), tot))))
rel(d, "title 超六成 (60.8%>60)", pct(div(B("8870"), tot))[1] > 60, False, "")
rel(d, "EU share 12.8% = 1870/14600", meets("12.8", pct(div(B("1870"), tot))), False, fmt(pct(div(B("1870"), tot))))
rel(d, "US share 11.6% = 1690/14600", meets("11.6", pct(div(B("1690"), tot))), False, fmt(pct(div(B("1690"), tot))))
rel(d, "BRI 7890 = 5120+2770", meets("7890", add(B("5120"), B("2770"))), False, "")
rel(d, "BRI share 54.0% = 7890/14600", meets("54.0", pct(div(B("7890"), tot))), False, fmt(pct(div(B("7890"), tot))))
rel(d, "BRI exports +10.8% = 5120/4621", meets("10.8", chg(B("5120"), B("4621"))), False, fmt(chg(B("5120"), B("4621"))))
rel(d, "PLANTED respectively: BRI imports +5.4% vs 2770/2679", meets("5.4", chg(B("2770"), B("2679"))), True, fmt(chg(B("2770"), B("2679"))))
rel(d, "machinery share 55.6% = 4960/8920", meets("55.6", pct(div(B("4960"), ex))), False, fmt(pct(div(B("4960"), ex))))
rel(d, "PLANTED implied-base: 4960 +10.4% vs base 4380", meets("10.4", chg(B("4960"), B("4380"))), True, fmt(chg(B("4960"), B("4380"))) + " (implied base ~4493)")
rel(d, "PLANTED share: ASEAN 19.6% vs 2615/14600", meets("19.6", pct(div(B("2615"), tot))), True, fmt(pct(div(B("2615"), tot))))
rel(d, "PLANTED restatement: private 8870 vs 8780 (same period)", band("8870")[0] <= band("8780")[1], True, "8870 vs 8780")
rel(d, "接近1.5万亿 (1.46 < 1.5)", tot[1] < D("15000") and tot[0] > D("14000"), False, "")
rel(d, "title 逾6% (6.3)", band("6.3")[0] > 6, False, "")

# ---------------- t13-zh-02 city stats ----------------
d = "t13-zh-02"
rel(d, "retail YoY 7.2% = 512.6/478.2", meets("7.2", chg(B("512.6"), B("478.2"))), False, fmt(chg(B("512.6"), B("478.2"))))
rel(d, "retail MoM 4.5% = 512.6/490.5", meets("4.5", chg(B("512.6"), B("490.5"))), False, fmt(chg(B("512.6"), B("490.5"))))
rel(d, "urban+rural = 512.6", meets("512.6", add(B("438.9"), B("73.7"))), False, "")
rel(d, "goods+catering = 512.6", meets("512.6", add(B("456.3"), B("56.3"))), False, "")
rel(d, "PLANTED change: autos -5.6% vs 63.8/68.2", meets("-5.6", chg(B("63.8"), B("68.2"))), True, fmt(chg(B("63.8"), B("68.2"))))
rel(d, "online share 27.1% = 138.9/512.6", meets("27.1", pct(div(B("138.9"), B("512.6")))), False, fmt(pct(div(B("138.9"), B("512.6")))))
prior_online = (B("24.3")[0] / 100 * B("478.2")[0], B("24.3")[1] / 100 * B("478.2")[1])
rel(d, "online +19.5% vs 24.3% x 478.2", meets("19.5", chg(B("138.9"), prior_online)), False, fmt(chg(B("138.9"), prior_online)))
pp = sub(B("27.1"), B("24.3"))
rel(d, "27.1-24.3 = 2.8 points (true)", meets("2.8", pp), False, fmt(pp))
rel(d, "PLANTED points-vs-percent: '提升2.8%' as relative change of the share", meets("2.8", chg(B("27.1"), B("24.3"))), True, fmt(chg(B("27.1"), B("24.3"))) + " relative; 2.8 is points")
rel(d, "pork +2.1% = 14.6/14.3", meets("2.1", chg(B("14.6"), B("14.3"))), False, fmt(chg(B("14.6"), B("14.3"))))
rel(d, "CPI 五涨二降一平 = 8 categories", 5 + 2 + 1 == 8, False, "")
rel(d, "PLANTED yoy-vs-mom: power YoY 5.9% vs 48.6/45.0", meets("5.9", chg(B("48.6"), B("45.0"))), True, fmt(chg(B("48.6"), B("45.0"))) + " ; MoM " + fmt(chg(B("48.6"), B("45.9"))))
rel(d, "industrial power share 66.7% = 32.4/48.6", meets("66.7", pct(div(B("32.4"), B("48.6")))), False, fmt(pct(div(B("32.4"), B("48.6")))))
rel(d, "jobs 45.1% = 5.86/13", meets("45.1", pct(div(B("5.86"), (D(13), D(13))))), False, fmt(pct(div(B("5.86"), (D(13), D(13))))))

# ---------------- t13-zh-03 storage research ----------------
d = "t13-zh-03"
rel(d, "global CAGR ~119% 2020-2024 12.4->286", meets("119", cagr(B("286"), B("12.4"), 4)), False, fmt(cagr(B("286"), B("12.4"), 4)))
rel(d, "China share of global 53.4% = 152.6/286", meets("53.4", pct(div(B("152.6"), B("286")))), False, fmt(pct(div(B("152.6"), B("286")))))
rel(d, "China +86.3% = 152.6/81.9", meets("86.3", chg(B("152.6"), B("81.9"))), False, fmt(chg(B("152.6"), B("81.9"))))
s = pct(div(B("74.2"), B("152.6")))
rel(d, "PLANTED hedge: independent storage '超过一半' vs 74.2/152.6", s[1] > 50, True, fmt(s))
rel(d, "C&I ~12.4% = 18.9/152.6", meets("12.4", pct(div(B("18.9"), B("152.6")))), False, fmt(pct(div(B("18.9"), B("152.6")))))
rel(d, "price drop ~56% = 1-0.62/1.42", meets("56", (100 - pct(div(B("0.62"), B("1.42")))[1], 100 - pct(div(B("0.62"), B("1.42")))[0])), False, "")
rel(d, "PLANTED cagr: ~31% 2024-2028 1250->3260", meets("31", cagr(B("3260"), B("1250"), 4)), True, fmt(cagr(B("3260"), B("1250"), 4)))
rel(d, "top3 61.2% = (93+58.4+41.4)/315", meets("61.2", pct(div(add(B("93"), B("58.4"), B("41.4")), B("315")))), False, fmt(pct(div(add(B("93"), B("58.4"), B("41.4")), B("315")))))
rel(d, "top3 61.2 <= top5 75.8", B("61.2")[0] <= B("75.8")[1], False, "")
rel(d, "leader share 29.5% = 93/315", meets("29.5", pct(div(B("93"), B("315")))), False, fmt(pct(div(B("93"), B("315")))))
rel(d, "leader 1.6x second = 93/58.4", meets("1.6", div(B("93"), B("58.4"))), False, fmt(div(B("93"), B("58.4"))))
rel(d, "PLANTED multiple: 2.6x third = 93/41.4", meets("2.6", div(B("93"), B("41.4"))), True, fmt(div(B("93"), B("41.4"))))
rel(d, "PLANTED topk: top5 75.8 <= CR10 74.6", B("75.8")[0] <= B("74.6")[1], True, "75.8 vs 74.6")
rel(d, "PCS top5 54.6 <= top10 71.3", B("54.6")[0] <= B("71.3")[1], False, "")
rel(d, "integrators top8 95.4 <= top10 96.0", B("95.4")[0] <= B("96.0")[1], False, "")
s = pct(div(B("79.3"), B("186.4")))
rel(d, "overseas '超过四成' = 79.3/186.4", s[0] > 40, False, fmt(s))
rel(d, "profit 2026 +25.0% = 78.1/62.5", meets("25.0", chg(B("78.1"), B("62.5"))), False, fmt(chg(B("78.1"), B("62.5"))))
rel(d, "profit 2027 +22.0% = 95.3/78.1", meets("22.0", chg(B("95.3"), B("78.1"))), False, fmt(chg(B("95.3"), B("78.1"))))
rel(d, "risk list 1)-4) is numbering (4 items)", True, False, "")

# ---------------- t13-zh-04 county tea ----------------
d = "t13-zh-04"
rel(d, "PLANTED period-span: '近十年' vs 2018-2025 = 7 years", 8 <= 2025 - 2018 <= 10, True, "span 7")
s = pct(div(B("4.1"), B("12.6")))
rel(d, "organic 约三分之一 = 4.1/12.6", s[0] <= D("36.7") and s[1] >= D("30"), False, fmt(s))
rel(d, "output +9.7% = 38.5/35.1", meets("9.7", chg(B("38.5"), B("35.1"))), False, fmt(chg(B("38.5"), B("35.1"))))
s = pct(div(B("8620"), (D("18550"), D("18650"))))  # 1.86万户
rel(d, "PLANTED fraction: '一半以上' vs 8620/1.86万", s[1] > 50, True, fmt(s))
rel(d, "三项机制 lists 3 items", 3 == 3, False, "")
s = chg(B("2.38"), B("1.97"))
rel(d, "高出约两成 = 2.38/1.97", D(15) <= s[1] and s[0] <= D(25), False, fmt(s))
s = pct(div(B("93"), B("286")))
rel(d, "out-of-province 约三成 = 93/286", D(27) <= s[1] and s[0] <= D(35), False, fmt(s))
pc = div((B("27.4")[0] * 10000, B("27.4")[1] * 10000), B("286"))
rel(d, "per capita ~958元 = 27.4亿/286万", meets("958", pc) or (pc[0] <= 958 <= pc[1]), False, fmt(pc))
rel(d, "PLANTED enumeration: '三篇文章' lists 4 items", 4 == 3, True, "4 items (一是…四是)")

# ---------------- t13-zh-05 bank interim ----------------
d = "t13-zh-05"
c = chg(B("1286.4"), B("1257.5"))
rel(d, "PLANTED direction: '下降2.3%' vs 1286.4/1257.5", c[0] < 0, True, fmt(c))
rel(d, "NII + non-II = revenue", meets("1286.4", add(B("826.3"), B("460.1"))), False, "")
rel(d, "NIM narrowed 0.14 pt = 1.68-1.54", meets("0.14", sub(B("1.68"), B("1.54"))), False, "")
rel(d, "loans +4.2% = 7.36/7.06", meets("4.2", chg(B("7.36"), B("7.06"))), False, fmt(chg(B("7.36"), B("7.06"))))
sm = add(B("54.6"), B("38.9"), B("7.3"))
rel(d, "PLANTED sum: loan mix 54.6+38.9+7.3 = 100", sm[0] <= 100, True, fmt(sm))
rel(d, "title 近四成 (38.9 < 40)", B("38.9")[1] < 40 and B("38.9")[0] > 35, False, "")
rel(d, "mortgage share 26.1% = 1.92/7.36", meets("26.1", pct(div(B("1.92"), B("7.36")))), False, fmt(pct(div(B("1.92"), B("7.36")))))
rel(d, "mortgage 1.92 < personal loans 38.9% x 7.36", B("1.92")[1] < B("38.9")[0] / 100 * B("7.36")[0], False, "")
s = pct(div(B("0.8260"), B("7.36")))
rel(d, "PLANTED implied-total: small-biz 11.9% vs 8260亿/7.36万亿", meets("11.9", s), True, fmt(s) + " ; implied total ~6.94万亿")
rel(d, "NPL down 0.03 pt = 1.29-1.26", meets("0.03", sub(B("1.29"), B("1.26"))), False, "")
rel(d, "coverage down 6.8 pt = 243.3-236.5", meets("6.8", sub(B("243.3"), B("236.5"))), False, "")

# ---------------- t13-zh-06 summer rail (clean) ----------------
d = "t13-zh-06"
rel(d, "daily avg 1429万 = 8.86亿/62", meets("1429", div((B("8.86")[0] * 10000, B("8.86")[1] * 10000), (D(62), D(62)))), False, "")
rel(d, "total +5.9% = 8.86/8.37", meets("5.9", chg(B("8.86"), B("8.37"))), False, fmt(chg(B("8.86"), B("8.37"))))
rel(d, "Jul+Aug = 8.86", meets("8.86", add(B("4.38"), B("4.48"))), False, "")
rel(d, "prior Jul+Aug = 8.37", meets("8.37", add(B("4.12"), B("4.25"))), False, "")
rel(d, "Jul +6.3% = 4.38/4.12", meets("6.3", chg(B("4.38"), B("4.12"))), False, fmt(chg(B("4.38"), B("4.12"))))
rel(d, "Aug +5.4% = 4.48/4.25", meets("5.4", chg(B("4.48"), B("4.25"))), False, fmt(chg(B("4.48"), B("4.25"))))
rel(d, "Aug MoM +2.3% = 4.48/4.38", meets("2.3", chg(B("4.48"), B("4.38"))), False, fmt(chg(B("4.48"), B("4.38"))))
rel(d, "peak 1.5x = 1732/1152", meets("1.5", div(B("1732"), B("1152"))), False, fmt(div(B("1732"), B("1152"))))
rel(d, "YRD share 17.2% = 1.52/8.86", meets("17.2", pct(div(B("1.52"), B("8.86")))), False, fmt(pct(div(B("1.52"), B("8.86")))))
rel(d, "GBA share 9.7% = 0.86/8.86", meets("9.7", pct(div(B("0.86"), B("8.86")))), False, fmt(pct(div(B("0.86"), B("8.86")))))
rel(d, "top5 21.4 <= top10 34.8", B("21.4")[0] <= B("34.8")[1], False, "")
s = pct(div(B("1.86"), B("8.86")))
rel(d, "students 两成多 = 1.86/8.86", s[0] > 20 and s[1] < 30, False, fmt(s))
rel(d, "internet 89.4% = 7.92/8.86", meets("89.4", pct(div(B("7.92"), B("8.86")))), False, fmt(pct(div(B("7.92"), B("8.86")))))
rel(d, "近8.9亿 (8.86 < 8.9)", B("8.86")[1] <= D("8.9"), False, "")
rel(d, "三方面举措 lists 3 items", 3 == 3, False, "")
rel(d, "六年间 = 2025-2019", 2025 - 2019 == 6, False, "")

bad = 0
for doc, name, holds, planted, detail in results:
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        bad += holds
    else:
        tag = "ok" if holds else "FAIL"
        bad += not holds
    print(f"{tag:16} {doc} {name} {detail}")
n_pl = sum(1 for r in results if r[3])
print(f"relations={len(results)} planted={n_pl} consistent={len(results)-n_pl} problems={bad}")
print("arith: ALL GOOD" if not bad else "arith: PROBLEMS")
sys.exit(1 if bad else 0)
