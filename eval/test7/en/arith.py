#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.

Each stated figure x written with d decimals is the interval [x - h, x + h) with h = 0.5 * 10^-d
(or an explicit half-width for round thousands). A relation is consistent when the interval the
operands give overlaps the interval of the stated result (or satisfies the hedge/fraction wording).
Prints `ok` for consistent relations and `PLANTED-FAILS` for planted ones; exits 1 if a consistent
relation fails or a planted one holds.
"""
from decimal import Decimal as D, getcontext
import sys

getcontext().prec = 40

def iv(s, half=None):
    """Interval of a stated figure given as a string ('1.41', '612450')."""
    s = s.replace(",", "")
    x = D(s)
    if half is None:
        d = len(s.split(".")[1]) if "." in s else 0
        half = D(5) / (D(10) ** (d + 1))
    else:
        half = D(str(half))
    return (x - half, x + half)

def div(a, b):
    return (a[0] / b[1], a[1] / b[0])

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def scale(a, k):
    k = D(k)
    return (a[0] * k, a[1] * k) if k >= 0 else (a[1] * k, a[0] * k)

def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]

def pct_change(cur, base):
    r = div(cur, base)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def share(part, total):
    return scale(div(part, total), 100)

def root(x, n):
    # n-th root of a positive Decimal
    return D(str(float(x) ** (1.0 / n)))

def cagr(start, end, years):
    r = div(end, start)
    return ((root(r[0], years) - 1) * 100, (root(r[1], years) - 1) * 100)

def fmt(i):
    return f"[{float(i[0]):.3f}, {float(i[1]):.3f})"

results = []

def check(doc, name, holds, detail, planted=False):
    results.append((doc, name, holds, planted))
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
    else:
        tag = "ok" if holds else "FAIL(!)"
    print(f"{tag:16} {doc} {name}: {detail}")

def rel(doc, name, computed, stated, planted=False):
    check(doc, name, overlap(computed, stated), f"computed {fmt(computed)} vs stated {fmt(stated)}", planted)

# ---------------- t7-en-01 Uganda coffee ----------------
d = "01"
tot, tot0 = iv("6.93"), iv("6.12")
rel(d, "volume up 13.2% (6.93 vs 6.12 mln)", pct_change(tot, tot0), iv("13.2"))
rel(d, "PLANT change: earnings 'climbed 48%' 1.41 from 1.02 bln", pct_change(iv("1.41"), iv("1.02")), iv("48"), planted=True)
rob, ara = iv("5.71"), iv("1.22")
rel(d, "robusta+arabica = 6.93", add(rob, ara), tot)
rel(d, "robusta 82.4% of total", share(rob, tot), iv("82.4"))
rob0, ara0 = iv("4.96"), iv("1.16")
rel(d, "last year's robusta+arabica = 6.12", add(rob0, ara0), tot0)
rel(d, "robusta up 15.1% from 4.96", pct_change(rob, rob0), iv("15.1"))
rel(d, "arabica up 5.2% from 1.16", pct_change(ara, ara0), iv("5.2"))
rel(d, "robusta share a year earlier 81.0% (4.96/6.12)", share(rob0, tot0), iv("81.0"))
rel(d, "share gain 1.4 pp (82.4 - 81.0)", sub(iv("82.4"), iv("81.0")), iv("1.4"))
rel(d, "PLANT share: Italy 1.52 = '24.8%' of all shipments 6.93", share(iv("1.52"), tot), iv("24.8"), planted=True)
rel(d, "(24.8% is Italy / last year's 6.12 - the stale base)", share(iv("1.52"), tot0), iv("24.8"))
rel(d, "Italy up 11% from 1.37 (respectively, first)", pct_change(iv("1.52"), iv("1.37")), iv("11"))
rel(d, "PLANT respectively: Germany '16%' 0.98 from 0.89", pct_change(iv("0.98"), iv("0.89")), iv("16"), planted=True)
rel(d, "India 0.61 = 8.8%", share(iv("0.61"), tot), iv("8.8"))
rel(d, "Sudan 0.43 = 6.2%", share(iv("0.43"), tot), iv("6.2"))
rel(d, "Feb 612,450 = 9.0% more than Jan 561,800 (MoM)", pct_change(iv("612450"), iv("561800")), iv("9.0"))
rel(d, "Feb 612,450 = 27.0% above Feb 2024 482,300 (YoY)", pct_change(iv("612450"), iv("482300")), iv("27.0"))

# ---------------- t7-en-02 Retail sales ----------------
d = "02"
v, va, vy = iv("3.42"), iv("3.36"), iv("3.27")
rel(d, "value up 1.8% from August 3.36 (MoM)", pct_change(v, va), iv("1.8"))
rel(d, "value 4.6% higher than Sep 2024 3.27 (YoY)", pct_change(v, vy), iv("4.6"))
rel(d, "volume index +1.1% from 107.2 (MoM)", pct_change(iv("108.4"), iv("107.2")), iv("1.1"))
rel(d, "volume index +3.3% from 104.9 (YoY)", pct_change(iv("108.4"), iv("104.9")), iv("3.3"))
on, on_m, on_y = iv("412"), iv("384"), iv("371")
rel(d, "online 412m = 12.0% of 3.42bn", share(on, scale(v, 1000)), iv("12.0"))
rel(d, "online 371m = 11.3% of 3.27bn a year earlier", share(on_y, scale(vy, 1000)), iv("11.3"))
rel(d, "online share +0.7 pp (12.0 - 11.3)", sub(iv("12.0"), iv("11.3")), iv("0.7"))
rel(d, "PLANT sum: 1.64+0.94+0.41+0.61 = 3.42 total", add(iv("1.64"), iv("0.94"), iv("0.41"), iv("0.61")), v, planted=True)
rel(d, "(with food at 1.46 the split would add up)", add(iv("1.46"), iv("0.94"), iv("0.41"), iv("0.61")), v)
rel(d, "remaining 0.61bn = dept 198m + online 412m", add(iv("198"), on), scale(iv("0.61"), 1000))
dept_chg = pct_change(iv("198"), iv("193"))
rel(d, "PLANT direction: dept 'slipped 2.6%' 198 vs 193 (signed -2.6)", dept_chg, scale(iv("2.6"), -1), planted=True)
rel(d, "(magnitude 2.6% matches a rise)", dept_chg, iv("2.6"))
rel(d, "PLANT yoy-vs-mom: online '7.3% more than a year earlier' 412 vs 371", pct_change(on, on_y), iv("7.3"), planted=True)
rel(d, "(7.3% is the month-on-month change 412 vs 384)", pct_change(on, on_m), iv("7.3"))

# ---------------- t7-en-03 Kestrel Bank ----------------
d = "03"
np_, np0 = iv("2.87"), iv("2.61")
rel(d, "PLANT implied-base: net profit +14.2% to 2.87 vs 2023's 2.61", pct_change(np_, np0), iv("14.2"), planted=True)
rel(d, "(implied base 2.87/1.142 vs 2.61)", div(np_, (D("1.1415"), D("1.1425"))), np0, planted=True)
rel(d, "revenue +7.9% 9.64 from 8.93", pct_change(iv("9.64"), iv("8.93")), iv("7.9"))
rel(d, "non-interest income +21% 1.36 from 1.12", pct_change(iv("1.36"), iv("1.12")), iv("21"))
rel(d, "PLANT restatement: FY non-interest income 1.36 vs 1.63", iv("1.63"), iv("1.36"), planted=True)
rel(d, "impairments -38%: 632m vs 1.02bn", pct_change(iv("632"), scale(iv("1.02"), 1000)), iv("-38"))
rel(d, "loans +8.5% 118.4 from 109.1", pct_change(iv("118.4"), iv("109.1")), iv("8.5"))
rel(d, "LDR 118.4/131.7 = 89.9%", share(iv("118.4"), iv("131.7")), iv("89.9"))
rel(d, "NIM -13 bp: 2.34 -> 2.21", scale(sub(iv("2.34"), iv("2.21")), 100), iv("13"))
rel(d, "GIL ratio -0.16 pp: 1.58 -> 1.42", sub(iv("1.58"), iv("1.42")), iv("0.16"))
pbt = iv("3.78")
rel(d, "business banking 1.48 = 39.2% of PBT 3.78", share(iv("1.48"), pbt), iv("39.2"))
rel(d, "consumer 1.21 = 32.0%", share(iv("1.21"), pbt), iv("32.0"))
rel(d, "global markets 0.71 = 18.8%", share(iv("0.71"), pbt), iv("18.8"))
rel(d, "segments 1.48+1.21+0.71+0.38 = 3.78", add(iv("1.48"), iv("1.21"), iv("0.71"), iv("0.38")), pbt)
rel(d, "Q4 748 up 11.3% from 672 (YoY)", pct_change(iv("748"), iv("672")), iv("11.3"))
rel(d, "Q4 748 4.2% above Q3 718 (QoQ)", pct_change(iv("748"), iv("718")), iv("4.2"))
m = div(iv("3.9"), iv("1.6"))
check(d, "PLANT multiple: 'more than tripled' 3.9 vs 1.6", m[1] > 3, f"ratio {fmt(m)} needs > 3", planted=True)

# ---------------- t7-en-04 Norbury Airport ----------------
d = "04"
pax, pax0 = iv("3.18"), iv("2.83")
rel(d, "traffic 12.4% higher: 3.18 vs 2.83", pct_change(pax, pax0), iv("12.4"))
m = div(pax, iv("1.64"))
check(d, "almost doubled since 2014: 3.18/1.64", m[0] < 2 and m[1] > D("1.85"), f"ratio {fmt(m)} in [1.85, 2)")
check(d, "'past decade' 2014 -> 2024 = 10 years", 2024 - 2014 == 10, "10 years")
rel(d, "easyJet 1.41 = 44.3%", share(iv("1.41"), pax), iv("44.3"))
rel(d, "Ryanair 0.91 = 28.6%", share(iv("0.91"), pax), iv("28.6"))
rel(d, "TUI 0.29 = 9.1%", share(iv("0.29"), pax), iv("9.1"))
rel(d, "PLANT implied-total: Loganair 210,000 = '7.4%' of 3.18m", share(iv("210000", 500), scale(pax, 1000000)), iv("7.4"), planted=True)
rel(d, "(implied total 210,000/7.4% vs 3.18m)", div(iv("210000", 500), scale(iv("7.4"), D("0.01"))), scale(pax, 1000000), planted=True)
ib = share(add(iv("810000", 500), iv("220000", 500)), scale(pax, 1000000))
check(d, "PLANT fraction: 'almost two in five' Spain+Portugal 1.03m / 3.18m", ib[1] > 35, f"share {fmt(ib)} needs ~35-40%", planted=True)
s = share(iv("1.27"), pax)
check(d, "summer 1.27/3.18 'just under 40%'", s[0] < 40 and s[1] > 37, f"share {fmt(s)}")
check(d, "47 destinations up from 44 = three routes (Faro, Krakow, Bergerac)", 47 - 44 == 3, "3 listed")
rel(d, "revenue +13%: 58.4 from 51.7", pct_change(iv("58.4"), iv("51.7")), iv("13"))
s = share(iv("9.8"), iv("19.1"))
check(d, "PLANT hedge (warning): parking 9.8/19.1 'just under half'", s[0] < 50, f"share {fmt(s)} needs < 50", planted=True)
c = pct_change(iv("14900"), iv("13950"))
check(d, "cargo 'nearly 7%': 14,900 from 13,950", c[0] < 7 and c[1] > 6, f"change {fmt(c)}")

# ---------------- t7-en-05 Chile solar ----------------
d = "05"
g = cagr(iv("2.6"), iv("9.8"), 5)
rel(d, "PLANT cagr: 2.6 GW (2019) -> 9.8 GW (2024) 'roughly 39%' a year", g, (D(38), D(40)), planted=True)
rel(d, "(39% is the 4-period root)", cagr(iv("2.6"), iv("9.8"), 4), iv("39"))
rel(d, "solar 17.7 = 21.4% of 82.6 TWh", share(iv("17.7"), iv("82.6")), iv("21.4"))
rel(d, "wind 10.4 = 12.6% of 82.6", share(iv("10.4"), iv("82.6")), iv("12.6"))
rel(d, "solar share +12.5 pp (21.4 - 8.9)", sub(iv("21.4"), iv("8.9")), iv("12.5"))
t5, t10 = iv("58.9"), iv("56.3")
check(d, "PLANT topk: top5 58.9% <= top10 56.3%", t5[0] <= t10[1], f"top5 {fmt(t5)} top10 {fmt(t10)}", planted=True)
check(d, "top3 47.5% <= top5 58.9%", iv("47.5")[0] <= t5[1], "ok order")
check(d, "storage top4 91.6% <= top6 92.2% (close, right)", iv("91.6")[0] <= iv("92.2")[1], "ok order")
cu = share(iv("2.4"), iv("13.1"))
check(d, "PLANT fraction: 'nearly a quarter' 2.4/13.1 TWh", cu[1] > 22, f"share {fmt(cu)} needs ~22-25%", planted=True)
rel(d, "curtailment +60%: 2.4 vs 1.5 TWh", pct_change(iv("2.4"), iv("1.5")), iv("60"))
p = pct_change(iv("41"), iv("62"))
check(d, "price drop 'about a third': 41 from 62", p[0] < -30 and p[1] > -37, f"change {fmt(p)}")
rel(d, "emissions -24%: 26.2 from 34.5", pct_change(iv("26.2"), iv("34.5")), iv("-24"))
m = div(iv("1.6"), iv("0.2"))
check(d, "batteries eightfold: 1.6 vs 0.2 GW", m[0] <= 8 <= m[1], f"ratio {fmt(m)}")
check(d, "'half a decade' 2019 -> 2024", 2024 - 2019 == 5, "5 years")
check(d, "'three fixes' followed by First/Second/Third", True, "3 listed")

# ---------------- t7-en-06 Westland budget (clean) ----------------
d = "06"
e, e0 = iv("4.86"), iv("4.55")
rel(d, "increase $312m = 4.86 - 4.55 bn", sub(e, e0), scale(iv("312"), D("0.001")))
rel(d, "6.9% = 4.86 vs 4.55", pct_change(e, e0), iv("6.9"))
rel(d, "6.9% = 312m on 4.55bn", share(iv("312"), scale(e0, 1000)), iv("6.9"))
rel(d, "education 4.86 = 24.3% of 20.0", share(e, iv("20.0")), iv("24.3"))
rel(d, "government schools 3.41 = 70.2% of 4.86", share(iv("3.41"), e), iv("70.2"))
rel(d, "split 3.41+0.62+0.58+0.25 = 4.86", add(iv("3.41"), iv("0.62"), iv("0.58"), iv("0.25")), e)
rel(d, "teachers +24%: 6,460 from 5,210", pct_change(iv("6460"), iv("5210")), iv("24"))
check(d, "'over the decade' since 2016 (budget year 2026)", 2026 - 2016 == 10, "10 years")
rel(d, "primary +1.8%: 48,120 from 47,270", pct_change(iv("48120"), iv("47270")), iv("1.8"))
rel(d, "secondary +2.6%: 39,460 from 38,460", pct_change(iv("39460"), iv("38460")), iv("2.6"))
check(d, "14 schools = 9 + 5", 9 + 5 == 14, "ok")
check(d, "top5 61.5% <= top10 78.0%", iv("61.5")[0] <= iv("78.0")[1], "ok order")
check(d, "$486m 'almost half a billion'", D("486.5") < 500 and D("485.5") > 450, "485.5-486.5 < 500")
m = div(iv("12500"), iv("8000"))
check(d, "TAFE 12,500 vs 8,000 'more than one and a half times'", m[0] > D("1.5"), f"ratio {fmt(m)}")
s = share(iv("6050"), iv("12500"))
check(d, "6,050 of 12,500 'nearly half'", s[1] < 50 and s[0] > 45, f"share {fmt(s)}")
rel(d, "preschool +4.3 pp (93.4 - 89.1)", sub(iv("93.4"), iv("89.1")), iv("4.3"))
check(d, "'three priorities' followed by items 1-3", True, "3 listed")

bad = [r for r in results if r[2] == r[3]]  # consistent that fails (False, False) or planted that holds (True, True)
n_pl = sum(1 for r in results if r[3])
print(f"\n{len(results)} relations, {n_pl} planted checks (15 planted problems; two have an auxiliary check), {len(results) - n_pl} consistent checks; problems: {len(bad)}")
print("arith: OK" if not bad else "arith: FAILED")
sys.exit(1 if bad else 0)
