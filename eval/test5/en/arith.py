#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated in the articles.

Each stated figure is given its rounding band: "6.1" -> [6.05, 6.15), "715" -> [714.5, 715.5),
"1.1" (million) -> [1.05, 1.15). Counts of things (9 companies of 17) are exact.
A relation is consistent when the band of the stated result meets the interval the operands give.
Prints `ok` for consistent relations, `PLANTED-FAILS` for planted ones that fail as intended;
exits 1 if a consistent relation fails or a planted one holds.
"""
from decimal import Decimal as D, getcontext
from fractions import Fraction as F
import sys

getcontext().prec = 40


def band(s):
    """Rounding band of a figure written with the digits in s."""
    d = D(s)
    exp = d.as_tuple().exponent
    half = F(1, 2) * F(10) ** exp
    v = F(d)
    return (v - half, v + half)


def exact(s):
    v = F(D(s))
    return (v, v)


def div(a, b):
    return (a[0] / b[1], a[1] / b[0])


def mul(a, b):
    c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return (min(c), max(c))


def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))


def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])


def pct_change(cur, base):
    r = div(cur, base)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)


def pct_share(part, total):
    r = div(part, total)
    return (r[0] * 100, r[1] * 100)


def cagr(end, start, years):
    lo = (D(end[0].numerator) / D(end[0].denominator)) / (D(start[1].numerator) / D(start[1].denominator))
    hi = (D(end[1].numerator) / D(end[1].denominator)) / (D(start[0].numerator) / D(start[0].denominator))
    e = D(1) / D(years)
    return (F((lo ** e - 1) * 100), F((hi ** e - 1) * 100))


def meets(a, b):
    return a[0] <= b[1] and b[0] <= a[1]


def fmt(iv):
    return f"[{float(iv[0]):.4f}, {float(iv[1]):.4f}]"


results = []


def rel(doc, name, planted, holds, detail):
    results.append((doc, name, planted, bool(holds), detail))


def eq(doc, name, computed, stated, planted=False):
    rel(doc, name, planted, meets(computed, stated), f"computed {fmt(computed)} vs stated {fmt(stated)}")


# ---------------- t5-en-01 reinsurance ----------------
d = "t5-en-01"
eq(d, "capital up 6.1% (715 vs 674)", pct_change(band("715"), band("674")), band("6.1"))
eq(d, "alt capital 113 = about 15.8% of 715", pct_share(band("113"), band("715")), band("15.8"))
eq(d, "Europe eased 2.0% (284.6 from 290.4)", pct_change(band("284.6"), band("290.4")), (-band("2.0")[1], -band("2.0")[0]))
eq(d, "Asia-Pacific rose 3.1% (212.2 from 205.8)", pct_change(band("212.2"), band("205.8")), band("3.1"))
eq(d, "cat bonds up 8.5% (17.8 from 16.4)", pct_change(band("17.8"), band("16.4")), band("8.5"))
eq(d, "Kestrel premiums rose 4.3% (9.8 from 9.4)", pct_change(band("9.8"), band("9.4")), band("4.3"))
rel(d, "top 5 (52.4%) <= top 10 (68.9%)", False, band("52.4")[0] <= band("68.9")[1], "52.4 <= 68.9")
rel(d, "'more than half' for top five 52.4%", False, band("52.4")[0] > 50, "52.35 > 50")
rel(d, "cat-bond issuance record 17.8 > 2023's 16.4 and >= 'at least $15bn' is a forecast (not checked)", False, band("17.8")[0] > band("16.4")[1], "17.75 > 16.45")
# planted
eq(d, "PLANTED share: US $96bn = 'roughly 74%' of $137bn", pct_share(band("96"), band("137")), band("74"), planted=True)
eq(d, "PLANTED respectively: Arvonia 6.0% (8.1 from 7.5)", pct_change(band("8.1"), band("7.5")), band("6.0"), planted=True)
rel(d, "PLANTED enumeration: 'three drivers', four listed", True, 3 == 4, "stated 3, listed 4")

# ---------------- t5-en-02 port (JSON) ----------------
d = "t5-en-02"
eq(d, "throughput up 6.8% (9.42 vs 8.82)", pct_change(band("9.42"), band("8.82")), band("6.8"))
eq(d, "terminals 3.86+3.62+1.94 = 9.42", add(band("3.86"), band("3.62"), band("1.94")), band("9.42"))
eq(d, "transshipment 4.71 = exactly half of 9.42", div(band("4.71"), band("9.42")), (F(1, 2), F(1, 2)))
eq(d, "flows 4.71+2.23+2.48 = 9.42", add(band("4.71"), band("2.23"), band("2.48")), band("9.42"))
eq(d, "rail share +2.6 pp (22.4 vs 19.8)", sub(band("22.4"), band("19.8")), band("2.6"))
rel(d, "enumeration: three terminals, three listed", False, 3 == 3, "3 == 3")
rel(d, "East Terminal phase two 2027-2029 is a range (not a claim)", False, True, "n/a")
# planted
eq(d, "PLANTED change: calls 'rose 9%' (5,238 from 4,987)", pct_change(exact("5238"), exact("4987")), band("9"), planted=True)
eq(d, "PLANTED fraction: empties 0.62 of 2.48 = 'roughly a third'", div(band("0.62"), band("2.48")), (F(3, 10), F(11, 30)), planted=True)
rel(d, "PLANTED topk: top five 63.7% <= top ten 61.9%", True, band("63.7")[0] <= band("61.9")[1], "63.65 > 61.95")

# ---------------- t5-en-03 copper miner ----------------
d = "t5-en-03"
eq(d, "revenue rose 18% (6.84 from 5.80)", pct_change(band("6.84"), band("5.80")), band("18"))
eq(d, "mines 214+121+77 = 412 thousand t", add(exact("214"), exact("121"), exact("77")), exact("412"))
eq(d, "Cerro Azul 214 = 52% of 412", pct_share(exact("214000"), exact("412000")), band("52"))
eq(d, "gold slipped 7% (186 from 200)", pct_change(exact("186000"), exact("200000")), (-band("7")[1], -band("7")[0]))
eq(d, "capex doubled (1.9bn from 950m)", div(band("1.9"), band("0.950")), (F(2), F(2)))
rel(d, "net debt fell 4.0 -> 3.2", False, band("3.2")[1] < band("4.0")[0], "3.25 < 3.95")
rel(d, "cash cost 1.87 inside guidance range 1.80-1.95 (context)", False, F(180, 100) <= F(187, 100) <= F(195, 100), "n/a")
# planted
pc = pct_change(band("412000"), band("395400"))
rel(d, "PLANTED direction: output 'fell 4.2%' (412,000 from 395,400)", True, pc[1] < 0, f"computed {fmt(pc)} (a rise)")
r = div(band("1.43"), band("0.620"))
rel(d, "PLANTED multiple: profit 'more than tripled' (1.43bn from 620m)", True, r[1] > 3, f"ratio {fmt(r)}")
eq(d, "PLANTED cagr: 790,000 (2024) -> 1.1 million (2030) 'about 9%'", cagr(band("1.1"), band("0.790"), 6), band("9"), planted=True)

# ---------------- t5-en-04 water leakage ----------------
d = "t5-en-04"
eq(d, "leakage fell 5.3% (2,802 from 2,958)", pct_change(exact("2802"), exact("2958")), (-band("5.3")[1], -band("5.3")[0]))
eq(d, "reduction of 156 Ml/d", sub(exact("2958"), exact("2802")), exact("156"))
eq(d, "smart meters +5.3 pp (41.2 vs 35.9)", sub(band("41.2"), band("35.9")), band("5.3"))
eq(d, "leakage 2,802 = 18.7% of 14,960", pct_share(exact("2802"), exact("14960")), band("18.7"))
eq(d, "non-household 3,261 = 21.8% of 14,960", pct_share(exact("3261"), exact("14960")), band("21.8"))
eq(d, "Thamesford 598 = 21.3% of 2,802", pct_share(exact("598"), exact("2802")), band("21.3"))
eq(d, "312,400 leaks = around 856 a day (365-day year Apr 2024-Mar 2025)", div(exact("312400"), exact("365")), band("856"))
rel(d, "leakage 2,802 above target 2,650", False, 2802 > 2650, "2802 > 2650")
rel(d, "nine companies vs six a year earlier (counts)", False, True, "n/a")
# planted
parts = add(band("62.4"), band("21.8"), band("18.7"))
rel(d, "PLANTED sum: 62.4+21.8+18.7 + rest <= 100", True, parts[0] <= 100, f"parts {fmt(parts)}")
s = F(9, 17) * 100
rel(d, "PLANTED hedge: nine of 17 'just under half'", True, s < 50, f"9/17 = {float(s):.2f}%")
implied = div(band("144.6"), (1 + band("2.4")[0] / 100, 1 + band("2.4")[1] / 100))
eq(d, "PLANTED implied-base: 144.6 after 'rose 2.4%' vs stated base 139.8", implied, band("139.8"), planted=True)

# ---------------- t5-en-05 airline ----------------
d = "t5-en-05"
eq(d, "passengers up 9.3% YoY (3.86 vs 3.53)", pct_change(band("3.86"), band("3.53")), band("9.3"))
eq(d, "passengers 14.5% more than Feb (3.86 vs 3.37)", pct_change(band("3.86"), band("3.37")), band("14.5"))
eq(d, "intl 2.14 + domestic 1.72 = 3.86", add(band("2.14"), band("1.72")), band("3.86"))
eq(d, "ASK up 6.0% (13.14 from 12.40)", pct_change(band("13.14"), band("12.40")), band("6.0"))
eq(d, "load factor 86.9% = RPK 11.42 / ASK 13.14", pct_share(band("11.42"), band("13.14")), band("86.9"))
eq(d, "Q1 passengers 3.38+3.37+3.86 = 10.61", add(band("3.38"), band("3.37"), band("3.86")), band("10.61"))
eq(d, "punctuality +4.5 pp (81.3 vs 76.8)", sub(band("81.3"), band("76.8")), band("4.5"))
eq(d, "cargo 6.2% is the month-on-month rate (41,300 vs 38,890)", pct_change(exact("41300"), exact("38890")), band("6.2"))
eq(d, "load factor change in points = 2.8 (86.9 - 84.1)", sub(band("86.9"), band("84.1")), band("2.8"))
# planted
eq(d, "PLANTED yoy-vs-mom: cargo 'up 6.2% from a year earlier' (41,300 vs 40,100)", pct_change(exact("41300"), exact("40100")), band("6.2"), planted=True)
eq(d, "PLANTED restatement: March RPK 11.24 bn vs 11.42 bn", band("11.24"), band("11.42"), planted=True)
eq(d, "PLANTED points-vs-percent (warning): load factor 'up 2.8%' as a relative change", pct_change(band("86.9"), band("84.1")), band("2.8"), planted=True)

# ---------------- t5-en-06 telecoms (clean) ----------------
d = "t5-en-06"
eq(d, "auction 2.34bn = 1.8 times reserve 1.3bn", div(band("2.34"), band("1.3")), band("1.8"))
eq(d, "spectrum 120+100+80 = 300 MHz", add(exact("120"), exact("100"), exact("80")), exact("300"))
eq(d, "band 3.4-3.7 GHz = 300 MHz", sub(exact("3.7"), exact("3.4")), exact("0.3"))
eq(d, "licence 2025-2045 = 20 years", sub(exact("2045"), exact("2025")), exact("20"))
eq(d, "5G 3.74 = 42.0% of 8.91 million", pct_share(band("3.74"), band("8.91")), band("42.0"))
eq(d, "coverage +16.5 pp (78.4 vs 61.9)", sub(band("78.4"), band("61.9")), band("16.5"))
rel(d, "4,860 sites = 'nearly 5,000'", False, 4500 <= 4860 < 5000, "4,860 in [4,500, 5,000)")
eq(d, "market shares 41.2+33.5+22.8+2.5 = 100", add(band("41.2"), band("33.5"), band("22.8"), band("2.5")), (F(100), F(100)))
eq(d, "top two 41.2+33.5 = 74.7%", add(band("41.2"), band("33.5")), band("74.7"))
eq(d, "data 1,284 vs 512 = 'two and a half times'", div(exact("1284"), exact("512")), (F(24, 10), F(26, 10)))
eq(d, "data CAGR 2020-2024 'about 26%'", cagr(exact("1284"), exact("512"), 4), band("26"))
eq(d, "ARPU fell 3.2% (14.60 from 15.08)", pct_change(band("14.60"), band("15.08")), (-band("3.2")[1], -band("3.2")[0]))
eq(d, "capex 1.12bn = roughly 19% of 5.9bn", pct_share(band("1.12"), band("5.9")), band("19"))

bad = 0
for doc, name, planted, holds, detail in results:
    if planted:
        status = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (BAD)"
        bad += holds
    else:
        status = "ok" if holds else "FAILS (BAD)"
        bad += not holds
    print(f"{status:14} {doc}  {name}  -- {detail}")
n_pl = sum(1 for r in results if r[2])
print(f"relations={len(results)} consistent={len(results) - n_pl} planted={n_pl} bad={bad}")
print("arith: OK" if bad == 0 else "arith: FAIL")
sys.exit(1 if bad else 0)
