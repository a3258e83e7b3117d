#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated in the articles.

Each stated figure is widened to its rounding band (half a unit of its last digit).
A relation is consistent when the band of the stated result overlaps the range the
operands allow. Consistent relations print `ok`, planted problems print `PLANTED-FAILS`.
Exit 1 if a consistent relation fails or a planted one holds.
"""
import sys
from fractions import Fraction as F

def band(s):
    """'165.2' -> (165.15, 165.25) as Fractions."""
    s = s.replace(",", "")
    v = F(s)
    dec = len(s.split(".")[1]) if "." in s else 0
    h = F(1, 2 * 10 ** dec)
    return (v - h, v + h)

def div(a, b):
    return (a[0] / b[1], a[1] / b[0])

def mul(a, b):
    c = [a[0]*b[0], a[0]*b[1], a[1]*b[0], a[1]*b[1]]
    return (min(c), max(c))

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def pct(x):
    return (x[0] * 100, x[1] * 100)

def change(cur, base):  # percent change
    r = div(cur, base)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def root(x, n):
    return (F(float(x[0]) ** (1.0 / n)), F(float(x[1]) ** (1.0 / n)))

def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]

def fmt(x):
    return f"[{float(x[0]):.4f}, {float(x[1]):.4f}]"

bad = 0
def rel(doc, label, holds, computed, planted=False):
    global bad
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (bad)"
        if holds: bad += 1
    else:
        tag = "ok" if holds else "FAIL (bad)"
        if not holds: bad += 1
    print(f"{tag:20s} {doc} {label}: computed {computed}")

def eq(doc, label, stated, computed, planted=False):
    """stated: string as printed; computed: interval."""
    rel(doc, f"{label} (stated {stated})", overlap(band(stated), computed), fmt(computed), planted)

def dec(doc, label, stated, computed, planted=False):
    """stated decline magnitude, computed = percent change interval (negative)."""
    neg = (-computed[1], -computed[0])
    rel(doc, f"{label} (stated decline {stated})", overlap(band(stated), neg), fmt(computed), planted)

B = band

# ---------------- t15-zh-01 express delivery ----------------
d = "01"
eq(d, "Oct volume YoY 165.2 vs 135.9", "21.6", change(B("165.2"), B("135.9")))
eq(d, "Oct volume MoM 165.2 vs 152.4", "8.4", change(B("165.2"), B("152.4")))
rel(d, "daily average 165.2/31 > 5.3 ('超过5.3亿件')", div(B("165.2"), (F(31), F(31)))[0] > F("5.3"), fmt(div(B("165.2"), (F(31), F(31)))))
eq(d, "segments sum 11.8+149.6+3.82 = 165.2", "165.2", add(B("11.8"), B("149.6"), B("3.82")))
eq(d, "inter-city share 149.6/165.2", "90.6", pct(div(B("149.6"), B("165.2"))))
eq(d, "PLANTED yoy-vs-mom: intl YoY 3.82 vs last Oct 2.91", "5.5", change(B("3.82"), B("2.91")), planted=True)
eq(d, "  (the 5.5% is the MoM rate 3.82 vs 3.62)", "5.5", change(B("3.82"), B("3.62")))
eq(d, "regions volume sum 1086.4+218.6+116.7 = 1421.7", "1421.7", add(B("1086.4"), B("218.6"), B("116.7")))
eq(d, "east share 1086.4/1421.7", "76.4", pct(div(B("1086.4"), B("1421.7"))))
eq(d, "central share 218.6/1421.7", "15.4", pct(div(B("218.6"), B("1421.7"))))
eq(d, "west share 116.7/1421.7", "8.2", pct(div(B("116.7"), B("1421.7"))))
eq(d, "PLANTED share: east revenue 9012.6/11735.4", "86.8", pct(div(B("9012.6"), B("11735.4"))), planted=True)
t3, t5, t8 = B("57.4"), B("86.1"), B("84.3")
rel(d, "top3 57.4 <= top8 84.3", t3[0] <= t8[1], "")
rel(d, "top3 57.4 <= top5 86.1", t3[0] <= t5[1], "")
rel(d, "PLANTED topk: top5 86.1 <= top8 84.3", t5[0] <= t8[1], "86.1 > 84.3", planted=True)
eq(d, "rural 25.3% minus national 20.8% = 4.5 points", "4.5", sub(B("25.3"), B("20.8")))

# ---------------- t15-zh-02 renewables ----------------
d = "02"
eq(d, "capacity sum 2590+960+3286+2838+186 = 9860", "9860", add(B("2590"), B("960"), B("3286"), B("2838"), B("186")))
eq(d, "wind+solar 3286+2838 = 6124", "6124", add(B("3286"), B("2838")))
eq(d, "new-energy share of capacity 6124/9860", "62.1", pct(div(B("6124"), B("9860"))))
m = div(B("6124"), B("2412"))
rel(d, "'两倍多': 6124/2412 in (2,3)", m[0] > 2 and m[1] < 3, fmt(m))
eq(d, "2023 end + new 786 = 6124", "6124", add(B("5338"), B("786")))
cg = root(div(B("5338"), B("2412")), 3)
rel(d, "PLANTED cagr: (5338/2412)^(1/3)-1 vs '36%左右' (band 35.5-36.5)",
    overlap(((cg[0]-1)*100, (cg[1]-1)*100), (F(355, 10), F(365, 10))), fmt(((cg[0]-1)*100, (cg[1]-1)*100)), planted=True)
cg4 = root(div(B("5338"), B("2412")), 4)
print(f"{'':20s}    (even over 4 years: {fmt(((cg4[0]-1)*100, (cg4[1]-1)*100))})")
parts = add(B("812.4"), B("438.6"), B("296.3"), B("187.9"))
rel(d, "PLANTED sum: thermal+wind+solar+hydro 812.4+438.6+296.3+187.9 <= total 1682.5 (rest = other)",
    parts[0] <= B("1682.5")[1], fmt(parts), planted=True)
eq(d, "wind+solar generation 438.6+296.3 = 734.9", "734.9", add(B("438.6"), B("296.3")))
eq(d, "new-energy generation share 734.9/1682.5", "43.7", pct(div(B("734.9"), B("1682.5"))))
eq(d, "PLANTED share: outbound 526.8/1682.5", "33.1", pct(div(B("526.8"), B("1682.5"))), planted=True)
eq(d, "new-energy outbound share 250.2/526.8", "47.5", pct(div(B("250.2"), B("526.8"))))
eq(d, "investment change 486.3 vs 409.7", "18.7", change(B("486.3"), B("409.7")))

# ---------------- t15-zh-03 retail sales (clean) ----------------
d = "03"
eq(d, "9M retail change 5126.8 vs 4864.1", "5.4", change(B("5126.8"), B("4864.1")))
rel(d, "title '超5100亿元': 5126.8 > 5100", B("5126.8")[0] > 5100, "5126.8")
eq(d, "Sep YoY 612.4 vs 584.4", "4.8", change(B("612.4"), B("584.4")))
eq(d, "Sep MoM 612.4 vs 594.0", "3.1", change(B("612.4"), B("594.0")))
eq(d, "urban+rural 4412.3+714.5 = 5126.8", "5126.8", add(B("4412.3"), B("714.5")))
eq(d, "urban share 4412.3/5126.8", "86.1", pct(div(B("4412.3"), B("5126.8"))))
eq(d, "goods+catering 4538.2+588.6 = 5126.8", "5126.8", add(B("4538.2"), B("588.6")))
eq(d, "catering share 588.6/5126.8", "11.5", pct(div(B("588.6"), B("5126.8"))))
eq(d, "catering growth minus goods growth 9.3-4.9", "4.4", sub(B("9.3"), B("4.9")))
eq(d, "NEV share of autos 186.5/412.6", "45.2", pct(div(B("186.5"), B("412.6"))))
eq(d, "online share 1402.7/5126.8", "27.4", pct(div(B("1402.7"), B("5126.8"))))
rel(d, "'超过四分之一': 1402.7/5126.8 > 0.25", div(B("1402.7"), B("5126.8"))[0] > F(1, 4), fmt(div(B("1402.7"), B("5126.8"))))
eq(d, "online / catering multiple 1402.7/588.6", "2.4", div(B("1402.7"), B("588.6")))
# implied bases of the 城乡 and 商品/餐饮 growth rates add up to the stated prior-year total
ub = div(B("4412.3"), (1 + B("5.2")[0]/100, 1 + B("5.2")[1]/100))
rb = div(B("714.5"), (1 + B("6.7")[0]/100, 1 + B("6.7")[1]/100))
eq(d, "implied bases urban+rural vs prior-year 4864.1", "4864.1", add(ub, rb))
gb = div(B("4538.2"), (1 + B("4.9")[0]/100, 1 + B("4.9")[1]/100))
cb = div(B("588.6"), (1 + B("9.3")[0]/100, 1 + B("9.3")[1]/100))
eq(d, "implied bases goods+catering vs prior-year 4864.1", "4864.1", add(gb, cb))

# ---------------- t15-zh-04 local finance ----------------
d = "04"
eq(d, "tax+non-tax 142.58+43.85 = 186.43", "186.43", add(B("142.58"), B("43.85")))
eq(d, "tax share 142.58/186.43", "76.5", pct(div(B("142.58"), B("186.43"))))
eq(d, "PLANTED implied-base: tax growth 142.58 vs last year's 126.85", "9.3", change(B("142.58"), B("126.85")), planted=True)
print(f"{'':20s}    (9.3% would imply a base of {fmt(div(B('142.58'), (1+B('9.3')[0]/100, 1+B('9.3')[1]/100)))})")
eq(d, "gap 248.67-186.43", "62.24", sub(B("248.67"), B("186.43")))
eq(d, "education growth 38.62 vs 35.56", "8.6", change(B("38.62"), B("35.56")))
eq(d, "PLANTED respectively: health growth 17.45 vs 15.93", "11.9", change(B("17.45"), B("15.93")), planted=True)
dec(d, "fund revenue 63.8 vs 81.2", "21.4", change(B("63.8"), B("81.2")))
eq(d, "state-capital revenue 4.26 vs 3.78", "12.7", change(B("4.26"), B("3.78")))
eq(d, "bond issuance progress 38.9/42.5", "91.5", pct(div(B("38.9"), B("42.5"))))
rel(d, "PLANTED restatement: 9M spending 248.67 (para 3) == 284.67 (last para)",
    overlap(B("248.67"), B("284.67")), "248.67 vs 284.67", planted=True)

# ---------------- t15-zh-05 box office ----------------
d = "05"
dec(d, "PLANTED change: box office 21.04 vs 27.34", "13.0", change(B("21.04"), B("27.34")), planted=True)
dec(d, "admissions 4896 vs 6212", "21.2", change(B("4896"), B("6212")))
eq(d, "avg price 21.04e8/4896e4 yuan", "43.0", mul(div(B("21.04"), B("4896")), (F(10000), F(10000))))
eq(d, "last year avg price 27.34e8/6212e4", "44.0", mul(div(B("27.34"), B("6212")), (F(10000), F(10000))))
r = div(B("21.04"), B("44.66"))
rel(d, "'不及当年的一半': 21.04/44.66 < 0.5", r[1] < F(1, 2), fmt(r))
eq(d, "top film share 7.86/21.04", "37.4", pct(div(B("7.86"), B("21.04"))))
eq(d, "PLANTED multiple: 7.86/3.12", "3.5", div(B("7.86"), B("3.12")), planted=True)
eq(d, "top3 share (7.86+3.12+2.35)/21.04", "63.4", pct(div(add(B("7.86"), B("3.12"), B("2.35")), B("21.04"))))
rel(d, "top3 63.4 <= top5 77.1", B("63.4")[0] <= B("77.1")[1], "")
r = div(B("5.87"), B("21.04"))
rel(d, "'近三成': 5.87/21.04 in [0.25, 0.30]", r[0] >= F(1, 4) and r[1] <= F(3, 10), fmt(r))
eq(d, "tier-1 share 3.45/21.04", "16.4", pct(div(B("3.45"), B("21.04"))))
eq(d, "tier-2 share 8.67/21.04", "41.2", pct(div(B("8.67"), B("21.04"))))
eq(d, "city tiers sum 3.45+8.67+8.92 = 21.04", "21.04", add(B("3.45"), B("8.67"), B("8.92")))
r = pct(div(B("8.92"), B("21.04")))
rel(d, "PLANTED fraction: '约三成' (25-35%) for 8.92/21.04", overlap(r, (F(25), F(35))), fmt(r), planted=True)
r = div(B("2.16"), B("4.38"))
rel(d, "'一半左右': 2.16/4.38 in [0.45, 0.55]", r[0] >= F(45, 100) and r[1] <= F(55, 100), fmt(r))
rel(d, "'五组数据' = five sections 一..五", True, "5")

# ---------------- t15-zh-06 port annual report ----------------
d = "06"
eq(d, "revenue growth 186.72 vs 170.68", "9.4", change(B("186.72"), B("170.68")))
eq(d, "net profit growth 32.15 vs 28.15", "14.2", change(B("32.15"), B("28.15")))
eq(d, "TEU growth 3286 vs 3045.4", "7.9", change(B("3286"), B("3045.4")))
eq(d, "foreign-trade TEU share 2105/3286", "64.1", pct(div(B("2105"), B("3286"))))
eq(d, "segments sum 78.45+52.36+38.17+17.74 = 186.72", "186.72", add(B("78.45"), B("52.36"), B("38.17"), B("17.74")))
eq(d, "PLANTED implied-total: container revenue 78.45 / revenue 186.72", "36.8", pct(div(B("78.45"), B("186.72"))), planted=True)
print(f"{'':20s}    (36.8% implies a total of {fmt(div(B('78.45'), (B('36.8')[0]/100, B('36.8')[1]/100)))} vs 186.72)")
eq(d, "bulk share 52.36/186.72", "28.0", pct(div(B("52.36"), B("186.72"))))
eq(d, "logistics share 38.17/186.72", "20.4", pct(div(B("38.17"), B("186.72"))))
c = change(B("58.36"), B("51.27"))
rel(d, "PLANTED direction: '下降13.8%' but 58.36 vs 51.27 is a rise", c[1] < 0, fmt(c), planted=True)
eq(d, "  (13.8 is the size of the rise)", "13.8", c)
eq(d, "R&D share 4.12/186.72", "2.2", pct(div(B("4.12"), B("186.72"))))
eq(d, "dividend 34.53 bn shares x 0.36 yuan", "12.43", mul(B("34.53"), (F("0.36"), F("0.36"))))
r = pct(div(B("12.43"), B("32.15")))
rel(d, "PLANTED hedge: '超过40%' payout 12.43/32.15", r[0] > 40, fmt(r), planted=True)
rel(d, "PLANTED restatement (warning): throughput 4.82 (2024) == 4.28 (no period)",
    overlap(B("4.82"), B("4.28")), "4.82 vs 4.28", planted=True)
rel(d, "top5 customers 18.6 <= top10 26.3", B("18.6")[0] <= B("26.3")[1], "")

print("arith: FAILED" if bad else "arith: all consistent relations ok, all planted problems fail")
sys.exit(1 if bad else 0)
