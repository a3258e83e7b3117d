#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.

A stated figure "s" stands for any value in [v - h, v + h), h = half a unit of its last
significant digit (for integers, trailing zeros are treated as rounding: "78,400" -> +-50).
exact=True for figures that are exact by nature (pence amounts, counts of votes).
A relation "holds" when the interval computed from the operands meets the band of the stated result.
Prints ok for consistent relations and PLANTED-FAILS for planted ones; exits 1 if a consistent
relation fails or a planted one holds.
"""
import sys
from fractions import Fraction as F
from decimal import Decimal

def band(s, exact=False):
    s = s.replace(",", "")
    d = Decimal(s)
    v = F(s)
    if exact:
        return (v, v)
    exp = d.as_tuple().exponent
    if exp >= 0:  # integer: trailing zeros count as rounding
        digits = s.lstrip("-")
        z = len(digits) - len(digits.rstrip("0"))
        if z == len(digits):
            z = 0
        h = F(10) ** z / 2
    else:
        h = F(10) ** exp / 2
    return (v - h, v + h)

def div(a, b):
    c = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]
    return (min(c), max(c))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def scale(a, k):
    return (a[0] * k, a[1] * k)

def meets(iv, lo, hi):
    """interval iv meets [lo, hi]"""
    return iv[0] <= hi and lo <= iv[1]

def stated(s, exact=False):
    return band(s, exact)

def pct_change(new, old):
    r = div(new, old)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def pct_share(part, total):
    return scale(div(part, total), 100)

def cagr(end, start, years):
    r = div(end, start)
    return ((float(r[0]) ** (1 / years) - 1) * 100, (float(r[1]) ** (1 / years) - 1) * 100)

results = []

def rel(name, computed, lo, hi, planted=False, note=""):
    holds = meets(computed, lo, hi)
    lo_c, hi_c = float(computed[0]), float(computed[1])
    if planted:
        status = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
    else:
        status = "ok" if holds else "FAIL"
    results.append((status, planted, holds))
    print(f"{status:16s} {name}: computed [{lo_c:.4f}, {hi_c:.4f}] vs stated [{float(lo):.4f}, {float(hi):.4f}] {note}")

def rel_band(name, computed, s, planted=False, note="", exact=False):
    lo, hi = stated(s, exact)
    rel(name, computed, lo, hi, planted, note)

B = band

# ---------------- t10-en-01 EV charging ----------------
print("# t10-en-01_en_ev-charging.txt")
rel_band("01 P implied-base: rose 31% to 78,400 vs base 61,200", pct_change(B("78400"), B("61200")), "31", planted=True)
rel("01 P implied-base (implied base of 31% vs 61,200)", div(B("78400"), add(B("1", True), scale(B("31"), F(1, 100)))), *B("61200"), planted=True)
rel_band("01 P share: London 24,650 of 78,400 = 34.1%", pct_share(B("24650"), B("78400")), "34.1", planted=True)
# "about two-thirds": accept 62%-70%
rel("01 P fraction: 7,950 of 17,200 'about two-thirds'", pct_share(B("7950"), B("17200")), F(62), F(70), planted=True)
rel_band("01 rapid 14,850 vs 10,760 up 38%", pct_change(B("14850"), B("10760")), "38")
rel_band("01 ultra-rapid 5,940 of 14,850 = 40%", pct_share(B("5940"), B("14850")), "40")
rel_band("01 London 274 vs Yorkshire 61 per 100k 'roughly 4.5 times'", div(B("274"), B("61")), "4.5")
rel_band("01 Scotland 6,420 of 78,400 = 8.2%", pct_share(B("6420"), B("78400")), "8.2")
rel_band("01 Wales 3,310 of 78,400 = 4.2%", pct_share(B("3310"), B("78400")), "4.2")
rel("01 net installs 17,200 = 78,400 - 61,200", sub(B("78400"), B("61200")), *B("17200"))
rel_band("01 Wales added 690 on base 3,310-690 = up 26.3%", scale(div(B("690", True), sub(B("3310", True), B("690", True))), 100), "26.3")
rel_band("01 NI added 45 on base 443-45 = up 11.3%", scale(div(B("45", True), sub(B("443", True), B("45", True))), 100), "11.3")
rel("01 top-5 48.6% <= top-10 71.3%", sub(B("71.3"), B("48.6")), F(0), F(100))
rel("01 top-5 52.9% <= top-10 74.0% (year earlier)", sub(B("74.0"), B("52.9")), F(0), F(100))
rel_band("01 top-five share 52.9 -> 48.6 = 4.3 pp", sub(B("52.9"), B("48.6")), "4.3")
rel("01 out of service 3.4% down from 4.1%", sub(B("4.1"), B("3.4")), F(0), F(100))
need = div(sub(B("300000", True), B("78400")), B("6", True))
rel("01 (300,000-78,400)/6 'roughly 37,000' (+-3%)", need, F(37000) * F(97, 100), F(37000) * F(103, 100))
rel("01 37,000/yr 'more than double' 17,200", div(need, B("17200")), F(2), F(3))
rel("01 78,400/300,000 'a little over a quarter' (25-30%)", pct_share(B("78400"), B("300000", True)), F(25), F(30))
rel_band("01 BEV 381,970 of 1.95m = 19.6%", pct_share(B("381970", True), scale(B("1.95"), 1000000)), "19.6")
rel("01 19.6% short of 22% mandate", sub(B("22"), B("19.6")), F(0), F(100))

# ---------------- t10-en-02 university fees ----------------
print("# t10-en-02_en_university-fees.txt")
rel_band("02 P direction: Chinese 86,600 -> 81,300 'rose 6.1%' (computed change)", pct_change(B("81300"), B("86600")), "6.1", planted=True)
rel("02 P hedge: overseas £12.1bn of £25.4bn 'more than 50%'", pct_share(B("12.1"), B("25.4")), F(50), F(100), planted=True)
rel("02 P restatement: 321,000 vs 312,000 entrants 2023/24", B("321000"), *B("312000"), planted=True)
rel("02 UG 1.98m + PG 0.93m = 2.91m", add(B("1.98"), B("0.930")), *B("2.91"))
rel_band("02 750,000 of 2.91m = 25.8%", pct_share(B("750000"), scale(B("2.91"), 1000000)), "25.8")
rel_band("02 25.8% - 19.4% = 6.4 pp", sub(B("25.8"), B("19.4")), "6.4")
rel_band("02 entrants 341,400 -> 312,000 fell 8.6% (as -8.6)", pct_change(B("312000"), B("341400")), "-8.6")
rel_band("02 India 125,200 -> 107,900 slipped 13.8% (as -13.8)", pct_change(B("107900"), B("125200")), "-13.8")
rel("02 India 107,900 > China 81,300 (largest single group)", sub(B("107900"), B("81300")), F(0), F(10**9))
rel("02 fee income 13.3 + 12.1 = 25.4", add(B("13.3"), B("12.1")), *B("25.4"))
rel_band("02 fee cap 9,250 -> 9,535 = 3.1%", pct_change(B("9535", True), B("9250", True)), "3.1")
rel("02 72 of 268 'more than a quarter'", pct_share(B("72", True), B("268", True)), F(25), F(34))
rel_band("02 visas 14,600 vs 14,000 up 4.3%", pct_change(B("14600"), B("14000")), "4.3")
rel_band("02 visas 14,600 vs 11,150 31% higher", pct_change(B("14600"), B("11150")), "31")
rel("02 750,000 'roughly three-quarters of a million'", B("750000"), F(720000), F(780000))

# ---------------- t10-en-03 North West housing (JSON) ----------------
print("# t10-en-03_en_northwest-housing.json")
rel_band("03 P cagr: 171,300 (Dec 2019) -> 218,400 (Dec 2024), 5 yrs = 6.8%/yr", cagr(B("218400"), B("171300"), 5), "6.8", planted=True)
rel_band("03 P implied-total: cash 27,600 of 74,300 = 31.7%", pct_share(B("27600"), B("74300")), "31.7", planted=True)
rel("03 P implied-total (27,600/31.7% vs 74,300)", div(B("27600"), scale(B("31.7"), F(1, 100))), *B("74300"), planted=True)
rel("03 P fraction: new-build 9,850 of 74,300 'almost a fifth' (17-20%)", pct_share(B("9850"), B("74300")), F(17), F(20), planted=True)
rel_band("03 218,400 vs 208,800 up 4.6%", pct_change(B("218400"), B("208800")), "4.6")
rel_band("03 218,400 vs 217,750 up 0.3% (MoM)", pct_change(B("218400"), B("217750")), "0.3")
rel("03 4.6% above UK 3.3%", sub(B("4.6"), B("3.3")), F(0), F(100))
rel("03 types 24,600+23,900+15,200+10,600 = 74,300", add(B("24600"), B("23900"), B("15200"), B("10600")), *B("74300"))
rel("03 remainder 74,300-24,600-23,900-15,200 = 10,600", sub(sub(sub(B("74300"), B("24600")), B("23900")), B("15200")), *B("10600"))
rel("03 top-5 28.3% <= top-10 47.9%", sub(B("47.9"), B("28.3")), F(0), F(100))
rel_band("03 FTB share 39.5 -> 41.6 = 2.1 pp", sub(B("41.6"), B("39.5")), "2.1")
rel_band("03 190,000 / 31,200 = 6.1 times", div(B("190000"), B("31200")), "6.1")
rel("03 Manchester 247,600 > Liverpool 176,200", sub(B("247600"), B("176200")), F(0), F(10**9))

# ---------------- t10-en-04 bank results ----------------
print("# t10-en-04_en_bank-results.txt")
rel_band("04 P implied-base: NII 3.14 -> 3.26 'climbed 7.4%'", pct_change(B("3.26"), B("3.14")), "7.4", planted=True)
rel("04 P implied-base (3.26/1.074 vs 3.14)", div(B("3.26"), add(B("1", True), scale(B("7.4"), F(1, 100)))), *B("3.14"), planted=True)
rel_band("04 P share: fees 1.02 of 4.71 = 27.1%", pct_share(B("1.02"), B("4.71")), "27.1", planted=True)
rel("04 P hedge: mortgages 179 of 312 'more than 60%'", pct_share(B("179"), B("312")), F(60), F(100), planted=True)
rel_band("04 PBT 1.64 -> 1.84 = 12% rise", pct_change(B("1.84"), B("1.64")), "12")
rel("04 1.84 beats 1.71 forecast", sub(B("1.84"), B("1.71")), F(0), F(100))
rel_band("04 NIM 2.85 -> 2.94 = 9 bp (as 0.09)", sub(B("2.94"), B("2.85")), "0.09")
rel("04 NII 3.26 + other 1.45 = 4.71", add(B("3.26"), B("1.45")), *B("4.71"))
rel("04 fees 1.02 + trading 0.43 = other 1.45", add(B("1.02"), B("0.43")), *B("1.45"))
rel_band("04 cost/income 2.41/4.71 = 51.2%", pct_share(B("2.41"), B("4.71")), "51.2")
rel("04 impairments 412 vs 187 'more than twice'", div(B("412"), B("187")), F(2), F(3))
rel("04 PBT = 4.71 - 2.41 - 0.412 - 0.048 = 1.84", sub(sub(sub(B("4.71"), B("2.41")), B("0.412")), B("0.048")), *B("1.84"))
rel("04 segments 1.12 + 0.61 + 0.21 - 0.10 = 1.84", sub(add(B("1.12"), B("0.61"), B("0.21")), B("0.10")), *B("1.84"))
rel("04 loans 312 / deposits 389 'about 80%' (77-83)", pct_share(B("312"), B("389")), F(77), F(83))
rel_band("04 CET1 14.6 -> 14.2 = 0.4 pp", sub(B("14.6"), B("14.2")), "0.4")
rel("04 RoTE 14.1% above 13% guidance", sub(B("14.1"), B("13")), F(0), F(100))
rel_band("04 nine months 4.81 -> 5.27 up 9.6%", pct_change(B("5.27"), B("4.81")), "9.6")
rel("04 'More than £1.8bn' vs 1.84", B("1.84"), F(18, 10), F(19, 10))

# ---------------- t10-en-05 county budget ----------------
print("# t10-en-05_en_county-budget.txt")
rel_band("05 P implied-total: children 188.2 of 742.6 = 23.5%", pct_share(B("188.2"), B("742.6")), "23.5", planted=True)
rel("05 P implied-total (188.2/23.5% vs 742.6)", div(B("188.2"), scale(B("23.5"), F(1, 100))), *B("742.6"), planted=True)
rel_band("05 P direction: grant 207.9 -> 214.6 'slipped 3.2%' (as -3.2)", pct_change(B("214.6"), B("207.9")), "-3.2", planted=True)
rel("05 P restatement: council tax £407.2m vs £402.7m (2025/26)", B("407.2"), *B("402.7"), planted=True)
rel_band("05 budget 699.9 -> 742.6 up 6.1%", pct_change(B("742.6"), B("699.9")), "6.1")
rel("05 2.99% + 2% = 4.99%", add(B("2.99", True), B("2", True)), *B("4.99", True))
rel_band("05 Band D 1,631.04 -> 1,712.43 = 4.99%", pct_change(B("1712.43", True), B("1631.04", True)), "4.99")
rel("05 1,712.43 - 1,631.04 = 81.39", sub(B("1712.43", True), B("1631.04", True)), *B("81.39", True))
rel("05 81.39/52 'about £1.57 a week'", div(B("81.39", True), B("52", True)), F(1555, 1000), F(1585, 1000))
rel_band("05 ASC 272.3 -> 301.4 up 10.7%", pct_change(B("301.4"), B("272.3")), "10.7")
rel_band("05 ASC 301.4 of 742.6 = 40.6%", pct_share(B("301.4"), B("742.6")), "40.6")
rel_band("05 ASC 272.3 of 699.9 = 38.9% last year", pct_share(B("272.3"), B("699.9")), "38.9")
rel("05 301.4+188.2+74.5+52.8+125.7 = 742.6", add(B("301.4"), B("188.2"), B("74.5"), B("52.8"), B("125.7")), *B("742.6"))
rel("05 reserves 44.1 - 12.3 = 31.8", sub(B("44.1"), B("12.3")), *B("31.8"))
rel("05 votes 38 + 19 + 4 = 61", add(B("38", True), B("19", True), B("4", True)), *B("61", True))
rel("05 'almost £743m' vs 742.6", B("742.6"), F(735), F(743))
rel("05 Band D 1,712.43 below Eastvale 1,798.20", sub(B("1798.20", True), B("1712.43", True)), F(0), F(10**6))

# ---------------- t10-en-06 wheat & fertiliser (clean) ----------------
print("# t10-en-06_en_wheat-fertiliser.txt")
rel_band("06 Euronext 236.50 -> 231.50 down 2.1% (as -2.1)", pct_change(B("231.50", True), B("236.50", True)), "-2.1")
rel_band("06 CBOT 5.35 -> 5.42 up 1.3%", pct_change(B("5.42", True), B("5.35", True)), "1.3")
rel("06 net short 61,400 < 72,900 (narrowed)", sub(B("72900"), B("61400")), F(0), F(10**9))
rel_band("06 production 803 -> 798 down 0.6% (as -0.6)", pct_change(B("798"), B("803")), "-0.6")
rel_band("06 Russia 47.0 of 214 = 22.0%", pct_share(B("47.0"), B("214")), "22.0")
rel_band("06 EU 30.5 of 214 = 14.3%", pct_share(B("30.5"), B("214")), "14.3")
rel_band("06 top-3 (47.0+30.5+25.0) of 214 = 47.9%", pct_share(add(B("47.0"), B("30.5"), B("25.0")), B("214")), "47.9")
rel_band("06 top-5 (+22.5+22.0) of 214 = 68.7%", pct_share(add(B("47.0"), B("30.5"), B("25.0"), B("22.5"), B("22.0")), B("214")), "68.7")
rel("06 top-3 47.9% <= top-5 68.7%", sub(B("68.7"), B("47.9")), F(0), F(100))
rel_band("06 urea 344 -> 395 up 14.8% (MoM)", pct_change(B("395", True), B("344", True)), "14.8")
rel_band("06 urea 322 -> 395 22.7% above (YoY)", pct_change(B("395", True), B("322", True)), "22.7")
rel("06 0.49 of 1.52 'roughly a third' (30-37%)", pct_share(B("0.49"), B("1.52")), F(30), F(37))
rel_band("06 TTF 42.50 -> 46.20 up 8.7%", pct_change(B("46.20", True), B("42.50", True)), "8.7")
rel("06 $5.42/bu x 36.7437 bu/t 'about $199 a tonne'", scale(B("5.42", True), F("36.7437")), F(197), F(201))
rel("06 urea 395 / wheat 199 'almost twice' (1.85-2.0)", div(B("395", True), B("199")), F(185, 100), F(2))
rel_band("06 a year ago 322 / 230 = ratio 1.4", div(B("322", True), B("230")), "1.4")
rel_band("06 55% - 38% = 17 pp", sub(B("55"), B("38")), "17")

bad = [r for r in results if (r[1] and r[2]) or (not r[1] and not r[2])]
n_pl = sum(1 for r in results if r[1])
print(f"relations {len(results)}, planted {n_pl} (all fail as intended: {all(not r[2] for r in results if r[1])}), consistent {len(results) - n_pl}")
print("arith: OK" if not bad else f"arith: {len(bad)} unexpected result(s)")
sys.exit(1 if bad else 0)
