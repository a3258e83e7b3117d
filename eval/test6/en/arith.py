#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the stated figures, with rounding bands.
Each stated figure s is the interval [s - h, s + h] with h = half a unit of its last digit.
A relation holds if the computed interval overlaps the stated (or hedged) interval."""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def iv(s):
    """interval of a stated number written as s (e.g. '21.35' -> [21.345, 21.355])"""
    d = D(s)
    exp = d.as_tuple().exponent
    h = D(5) * (D(10) ** (exp - 1))
    return (d - h, d + h)

def exact(x):
    d = D(x); return (d, d)

def div(a, b):
    c = [a[0]/b[0], a[0]/b[1], a[1]/b[0], a[1]/b[1]]; return (min(c), max(c))
def mul(a, b):
    c = [a[0]*b[0], a[0]*b[1], a[1]*b[0], a[1]*b[1]]; return (min(c), max(c))
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0]-b[1], a[1]-b[0])
def pct(a): return (a[0]*100, a[1]*100)
def share(part, total): return pct(div(part, total))
def change(new, old):
    r = div(new, old); return ((r[0]-1)*100, (r[1]-1)*100)
def overlap(a, b): return a[0] <= b[1] and b[0] <= a[1]

fails = 0
def check(name, computed, stated, planted=False):
    global fails
    ok = overlap(computed, stated)
    tag = ("PLANTED-FAILS" if not ok else "PLANTED-HOLDS!!") if planted else ("ok" if ok else "FAIL!!")
    if (planted and ok) or (not planted and not ok):
        fails += 1
    print(f"{tag:15s} {name}: computed [{float(computed[0]):.4f}, {float(computed[1]):.4f}]"
          f" vs stated [{float(stated[0]):.4f}, {float(stated[1]):.4f}]")

def truth(name, cond, planted=False):
    global fails
    tag = ("PLANTED-FAILS" if not cond else "PLANTED-HOLDS!!") if planted else ("ok" if cond else "FAIL!!")
    if (planted and cond) or (not planted and not cond):
        fails += 1
    print(f"{tag:15s} {name}")

print("== t6-en-01 steel")
check("sales up 8.9% (21.35 vs 19.61)", change(iv("21.35"), iv("19.61")), iv("8.9"))
check("crude up 9.1% (16.8 vs 15.4)", change(iv("16.8"), iv("15.4")), iv("9.1"))
check("long products +6.8% (11.9 vs 11.14)", change(iv("11.9"), iv("11.14")), iv("6.8"))
check("PLANTED respectively: flat +13.6% (9.45 vs 8.47)", change(iv("9.45"), iv("8.47")), iv("13.6"), planted=True)
check("long+flat = 21.35", add(iv("11.9"), iv("9.45")), iv("21.35"))
check("prior long+flat = 19.61", add(iv("11.14"), iv("8.47")), iv("19.61"))
check("Sept down 3.2% MoM (2.41 vs 2.49)", change(iv("2.41"), iv("2.49")), (-iv("3.2")[1], -iv("3.2")[0]))
check("Sept up 12.1% YoY (2.41 vs 2.15)", change(iv("2.41"), iv("2.15")), iv("12.1"))
check("exports +10.5% (6.42 vs 5.81)", change(iv("6.42"), iv("5.81")), iv("10.5"))
check("PLANTED share: exports 32.4% of total sales 21.35", share(iv("6.42"), iv("21.35")), iv("32.4"), planted=True)
check("net imports 9.8 - 6.42 = 3.38", sub(iv("9.8"), iv("6.42")), iv("3.38"))
check("biggest mill 33.3% (5.6/16.8)", share(iv("5.6"), iv("16.8")), iv("33.3"))
check("second 17.3% (2.9/16.8)", share(iv("2.9"), iv("16.8")), iv("17.3"))
check("third 11.8% (1.98/16.8)", share(iv("1.98"), iv("16.8")), iv("11.8"))
check("top three 62.4% ((5.6+2.9+1.98)/16.8)", share(add(iv("5.6"), iv("2.9"), iv("1.98")), iv("16.8")), iv("62.4"))
truth("PLANTED topk: top five 59.8% must be >= top three 62.4%", iv("59.8")[1] >= iv("62.4")[0], planted=True)
truth("HRC $545-560 below January $610", D(560) < D(610))

print("== t6-en-02 cinema")
check("takings up 3.4% (978 vs 946)", change(iv("978"), iv("946")), iv("3.4"))
check("PLANTED change: admissions rose 5.8% (131.2 vs 126.4)", change(iv("131.2"), iv("126.4")), iv("5.8"), planted=True)
check("avg price 7.45 = 978/131.2", div(iv("978"), iv("131.2")), iv("7.45"))
check("prior avg price 7.48 = 946/126.4", div(iv("946"), iv("126.4")), iv("7.48"))
c = change(iv("131.2"), iv("176.1"))
check("25.5% below 2019's 176.1m", (-c[1], -c[0]), iv("25.5"))
check("roughly 45 million fewer (176.1-131.2), 'roughly' = +-1", sub(iv("176.1"), iv("131.2")), (D(44), D(46)))
truth("five years ago: 2019 -> 2024", 2024 - 2019 == 5)
check("gain 4.1 pp (31.6 - 27.5)", sub(iv("31.6"), iv("27.5")), iv("4.1"))
check("14.2% of 978 = about 139 (about = +-1)", mul(iv("978"), div(iv("14.2"), exact(100))), (D(138), D(140)))
check("PLANTED multiple: 61.2/24.8 = 'three times'", div(iv("61.2"), iv("24.8")), exact(3), planted=True)
truth("top 10 36.8% <= top 20 52.3%", iv("36.8")[0] <= iv("52.3")[1])
check("chains 82.0% (802/978)", share(iv("802"), iv("978")), iv("82.0"))
check("802 + 112 + 64 = 978", add(iv("802"), iv("112"), iv("64")), iv("978"))
truth("PLANTED enumeration: 'three factors' vs 4 listed items", 3 == 4, planted=True)
truth("London 24.1% + Scotland 7.6% <= 100", D("24.1") + D("7.6") <= 100)

print("== t6-en-03 fertiliser")
check("March +18.3% MoM (2.84 vs 2.40)", change(iv("2.84"), iv("2.40")), iv("18.3"))
check("March +6.4% YoY (2.84 vs 2.67)", change(iv("2.84"), iv("2.67")), iv("6.4"))
check("Q1 7.76 = 2.52 + 2.40 + 2.84", add(iv("2.52"), iv("2.40"), iv("2.84")), iv("7.76"))
check("PLANTED yoy-vs-mom: urea 24.9% vs March last year (812 vs 760)", change(iv("812"), iv("760")), iv("24.9"), planted=True)
check("  (the 24.9% is the MoM rate: 812 vs 650)", change(iv("812"), iv("650")), iv("24.9"))
check("urea 28.6% of March total (0.812/2.84)", share(iv("0.812"), iv("2.84")), iv("28.6"))
check("potash about 42% (3.26/7.76)", share(iv("3.26"), iv("7.76")), iv("42"))
check("MOP down 4.2% (345 vs 360)", change(iv("345"), iv("360")), (-iv("4.2")[1], -iv("4.2")[0]))
check("Russia 31.4% (2.44/7.76)", share(iv("2.44"), iv("7.76")), iv("31.4"))
check("Canada 11.9% (0.92/7.76)", share(iv("0.92"), iv("7.76")), iv("11.9"))
check("PLANTED restatement: Q1 potash 3.62 vs 3.26", iv("3.62"), iv("3.26"), planted=True)
r = div(iv("41.2"), iv("29.5"))
cagr = (((r[0] ** (D(1)/6)) - 1) * 100, ((r[1] ** (D(1)/6)) - 1) * 100)
check("PLANTED cagr: 29.5 (2018) -> 41.2 (2024), 6 years, stated 7.9%", cagr, iv("7.9"), planted=True)

print("== t6-en-04 building permits (clean)")
check("Q3 +6.7% YoY (38412 vs 35998)", change(exact(38412), exact(35998)), iv("6.7"))
check("Q3 -1.8% QoQ (38412 vs 39105)", change(exact(38412), exact(39105)), (-iv("1.8")[1], -iv("1.8")[0]))
check("12 months +4.2% (151870 vs 145750)", change(exact(151870), exact(145750)), iv("4.2"))
check("21508 + 12890 + 4014 = 38412", add(exact(21508), exact(12890), exact(4014)), exact(38412))
check("houses 56.0%", share(exact(21508), exact(38412)), iv("56.0"))
check("apartments 33.6%", share(exact(12890), exact(38412)), iv("33.6"))
check("other 10.4%", share(exact(4014), exact(38412)), iv("10.4"))
check("shares sum 100", add(iv("56.0"), iv("33.6"), iv("10.4")), exact(100))
truth("more than half houses (56.0 > 50)", D("56.0") > 50)
truth("just over a third apartments (33.6 > 33.33, < 36)", D(100)/3 < D("33.6") < 36)
check("apartment share +5.1 pp (33.6 - 28.5)", sub(iv("33.6"), iv("28.5")), iv("5.1"))
check("2.4 times (12890/5370)", div(exact(12890), exact(5370)), iv("2.4"))
truth("five years earlier: 2019 -> 2024", 2024 - 2019 == 5)
check("value 9.84 = 6.12 + 3.72", add(iv("6.12"), iv("3.72")), iv("9.84"))
base = add(div(iv("6.12"), add(exact(1), div(iv("8.3"), exact(100)))),
           div(iv("3.72"), sub(exact(1), div(iv("2.6"), exact(100)))))
check("value +3.9% from implied bases (6.12/1.083 + 3.72/0.974)", change(iv("9.84"), base), iv("3.9"))
check("Capital 29.3% (11240/38412)", share(exact(11240), exact(38412)), iv("29.3"))
check("Northern 20.7% (7960/38412)", share(exact(7960), exact(38412)), iv("20.7"))
truth("top 5 47.6% <= top 10 61.3%", D("47.6") <= D("61.3"))

print("== t6-en-05 pensions")
check("pensioners +3.1% (2.31 vs 2.24)", change(iv("2.31"), iv("2.24")), iv("3.1"))
check("avg monthly pension 1754 = 48.6bn / 2.31m / 12", div(div(mul(iv("48.6"), exact(10**9)), mul(iv("2.31"), exact(10**6))), exact(12)), iv("1754"))
check("roughly doubled (431/212), roughly = 1.8-2.2", div(iv("431"), iv("212")), (D("1.8"), D("2.2")))
truth("two decades / twenty years: 2004 -> 2024", 2024 - 2004 == 20)
check("old-age 81.7% (39.7/48.6)", share(iv("39.7"), iv("48.6")), iv("81.7"))
base = div(iv("48.6"), add(exact(1), div(iv("5.2"), exact(100))))
check("PLANTED implied-base: 48.6 / 1.052 vs 2023's 44.6", base, iv("44.6"), planted=True)
check("24.35 = 15.5 + 8.85", add(iv("15.5"), iv("8.85")), iv("24.35"))
check("PLANTED fraction: 29.4/48.6 = 'two-thirds'", div(iv("29.4"), iv("48.6")), (D(2)/3 - D("0.005"), D(2)/3 + D("0.005")), planted=True)
check("remaining 19.2 = 48.6 - 29.4", sub(iv("48.6"), iv("29.4")), iv("19.2"))
check("GDP implied by 48.6/10.8% agrees with 11.7/2.6%", div(iv("48.6"), div(iv("10.8"), exact(100))), div(iv("11.7"), div(iv("2.6"), exact(100))))
w = div(iv("7.8"), div(iv("48.6"), exact(52)))
truth(f"reserve 7.8bn = a little more than eight weeks ({float(w[0]):.2f}-{float(w[1]):.2f})", D(8) < w[0] and w[1] < D("8.7"))
check("10.8 - 9.9 = 0.9 percentage points", sub(iv("10.8"), iv("9.9")), iv("0.9"))
check("PLANTED points-vs-percent (warning): 'an increase of 0.9%' as relative change", change(iv("10.8"), iv("9.9")), iv("0.9"), planted=True)
truth("retirement age 65 -> 67 = 24 months = 6 years (2028-2033) x 4 months", (67 - 65) * 12 == (2033 - 2028 + 1) * 4)

print("all relations as intended" if fails == 0 else f"{fails} relation(s) NOT as intended")
sys.exit(1 if fails else 0)
