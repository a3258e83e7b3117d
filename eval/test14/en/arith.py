#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as written, with rounding bands.

A figure written as "4.21" may be anything in [4.205, 4.215); "14%" anything in [13.5, 14.5).
A relation HOLDS when the interval the operands give overlaps the band of the stated figure
(or, for hedges and fractions, satisfies the hedge). Consistent relations must hold (print ok);
planted ones must fail (print PLANTED-FAILS). Exit 1 otherwise.
"""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def band(s):
    """'4.21' -> (4.205, 4.215); '612' with unit implied -> (611.5, 612.5)."""
    s = s.replace(",", "")
    d = D(s)
    exp = d.as_tuple().exponent
    half = D(5) * D(10) ** (exp - 1)
    return (d - half, d + half)

def div(a, b):   # interval a / b, positive operands
    return (a[0] / b[1], a[1] / b[0])

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def pct(iv):     # ratio interval -> percent
    return (iv[0] * 100, iv[1] * 100)

def change(cur, base):  # percent change interval
    r = div(cur, base)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def overlaps(iv, st):
    return iv[0] < st[1] and st[0] < iv[1]

def approx(iv, target, rel=D("0.10")):  # "about/roughly X": some value within +-10% of X
    return iv[0] <= target * (1 + rel) and iv[1] >= target * (1 - rel)

results = []
def rel(doc, name, computed, holds, planted):
    lo, hi = computed
    status = ("PLANTED-FAILS" if not holds else "PLANTED-HOLDS!") if planted else ("ok" if holds else "FAIL!")
    results.append((status, planted, holds))
    print(f"{status:14s} {doc} {name}: computed [{lo:.3f}, {hi:.3f}]")

B = band
# ---------------- t14-en-01 Halverton port ----------------
d = "01"
c = change(B("4.21"), B("3.96")); rel(d, "throughput up 6.3% (4.21 vs 3.96 mln)", c, overlaps(c, B("6.3")), False)
c = add(B("2.28"), B("1.47"), B("0.46")); rel(d, "2.28+1.47+0.46 = 4.21 mln TEU", c, overlaps(c, B("4.21")), False)
# implied bases of imports (+5.1%) and exports (+8.9%) must leave a positive remainder of the 3.96 mln base
ib = div(B("2.28"), (1 + B("5.1")[0] / 100, 1 + B("5.1")[1] / 100)); eb = div(B("1.47"), (1 + B("8.9")[0] / 100, 1 + B("8.9")[1] / 100))
rem = sub(B("3.96"), add(ib, eb)); rel(d, "implied import+export bases leave transship base 2023 (mln)", rem, rem[1] > 0 and rem[0] < B("0.46")[1], False)
c = pct(div(B("1.83"), B("4.21"))); rel(d, "PLANTED share: Asian routes 1.83/4.21 stated 47.5%", c, overlaps(c, B("47.5")), True)
c = pct(div(B("1.12"), B("4.21"))); rel(d, "Europe 1.12/4.21 = 26.6% of the total", c, overlaps(c, B("26.6")), False)
c = change(B("312"), B("262")); rel(d, "PLANTED implied-base: reefer rose 14% to 312k vs last year's 262k", c, overlaps(c, B("14")), True)
c = pct(div(sub(B("15.2"), B("9.4")), B("15.2"))); rel(d, "PLANTED hedge: wait 15.2h -> 9.4h, 'a cut of more than 40%'", c, c[1] > 40, True)

# ---------------- t14-en-02 Norvane ----------------
d = "02"
c = change(B("2.84"), B("2.56")); rel(d, "revenue up 11% (2.84 vs 2.56 bn)", c, overlaps(c, B("11")), False)
c = sub(B("18.4"), B("16.9")); rel(d, "op margin 18.4 vs 16.9 = 1.5 pp", c, overlaps(c, B("1.5")), False)
c = pct(div(B("1.71"), B("2.84"))); rel(d, "cloud 1.71/2.84 = 60.2% of revenue", c, overlaps(c, B("60.2")), False)
c = add(B("1.71"), B("0.62"), B("0.51")); rel(d, "segments 1.71+0.62+0.51 = 2.84 bn", c, overlaps(c, B("2.84")), False)
c = pct(div(B("1.49"), B("2.84"))); rel(d, "Americas 1.49/2.84 = 52.5%", c, overlaps(c, B("52.5")), False)
c = pct(div(B("781"), B("2840"))); rel(d, "Europe 781/2840 = 27.5%", c, overlaps(c, B("27.5")), False)
c = pct(div(B("569"), B("2840"))); rel(d, "Asia-Pacific 569/2840 = 20.0%", c, overlaps(c, B("20.0")), False)
c = add(B("1490"), B("781"), B("569")); rel(d, "regions 1490+781+569 = 2840 m", c, overlaps(c, B("2840")), False)
c = add(B("52.5"), B("27.5"), B("20.0")); rel(d, "regional shares 52.5+27.5+20.0 ~ 100", c, c[0] <= 100 <= c[1], False)
c = pct(div(B("1.02"), B("2.84"))); rel(d, "PLANTED fraction: public sector 1.02/2.84 'roughly a quarter'", c, approx(c, D(25)), True)
c = (B("421")[0], B("421")[1]); rel(d, "PLANTED restatement: Q3 net income $412m vs $421m", c, overlaps(c, B("412")), True)
c = sub(B("15.6"), B("1.4")); rel(d, "workforce 15,600 - 1,400 = 14,200 (thousands)", c, overlaps(c, B("14.2")), False)
c = pct(div(B("6100"), B("14200"))); rel(d, "PLANTED implied-total: 6,100 engineers '38% of staff' (staff 14,200)", c, overlaps(c, B("38")), True)
it = div(B("6100"), (B("38")[0] / 100, B("38")[1] / 100)); print(f"{'':14s}    (38% implies a workforce of {it[0]:.0f}-{it[1]:.0f}, stated 14,200)")

# ---------------- t14-en-03 Westland retail ----------------
d = "03"
c = change(B("8.46"), B("8.40")); rel(d, "MoM +0.7% (8.46 vs 8.40)", c, overlaps(c, B("0.7")), False)
c = change(B("8.46"), B("8.13")); rel(d, "YoY +4.1% (8.46 vs 8.13)", c, overlaps(c, B("4.1")), False)
c = pct(div(B("3.05"), B("8.46"))); rel(d, "PLANTED share: supermarkets 3.05/8.46 stated 39.6% of total retail sales", c, overlaps(c, B("39.6")), True)
c = change(B("1.12"), B("1.09")); rel(d, "PLANTED yoy-vs-mom: fuel 1.12 vs 1.09 a year earlier stated -3.4%", c, overlaps(c, (-B("3.4")[1], -B("3.4")[0])), True)
c = change(B("1.12"), B("1.16")); rel(d, "  (fuel MoM 1.12 vs 1.16 = -3.4%: the rate that was written)", c, overlaps(c, (-B("3.4")[1], -B("3.4")[0])), False)
c = change(B("1.37"), B("1.18")); rel(d, "PLANTED change: online 1.37 from 1.18 stated +12.8%", c, overlaps(c, B("12.8")), True)
c = pct(div(B("1.37"), B("8.46"))); rel(d, "online share Oct 2024 1.37/8.46 = 16.2%", c, overlaps(c, B("16.2")), False)
c = pct(div(B("1.18"), B("8.13"))); rel(d, "online share Oct 2023 1.18/8.13 = 14.5%", c, overlaps(c, B("14.5")), False)
c = sub(B("16.2"), B("14.5")); rel(d, "online share +1.7 pp", c, overlaps(c, B("1.7")), False)
c = pct(div(B("3.38"), B("8.46"))); rel(d, "Capital Region 3.38/8.46 = 40.0%", c, overlaps(c, B("40.0")), False)
c = pct(div(B("1.69"), B("8.46"))); rel(d, "Northshore 1.69/8.46 = 20.0%", c, overlaps(c, B("20.0")), False)

# ---------------- t14-en-04 Bramwell ----------------
d = "04"
c = change(B("612"), B("532")); rel(d, "PLANTED implied-base: visitors 'up 9% on last year' 612k vs last summer's 532k", c, overlaps(c, B("9")), True)
ib = div(B("612"), (1 + B("9")[0] / 100, 1 + B("9")[1] / 100)); print(f"{'':14s}    (9% implies a base of {ib[0]:.1f}k-{ib[1]:.1f}k, stated 532,000)")
c = sub(B("86"), B("81")); rel(d, "occupancy 86% vs 81% = 5 pp", c, overlaps(c, B("5")), False)
c = add(B("61"), B("47"), B("44")); rel(d, "PLANTED sum: 61+47+44 vs total spending 148 m", c, c[0] <= B("148")[1], True)
c = div(B("148"), B("612")); c = (c[0] * 1000000 / 1000, c[1] * 1000000 / 1000); rel(d, "spending per visitor 148m/612k = about 242", c, approx(c, D(242), D("0.02")), False)
c = pct(div(B("1.4"), B("3.9"))); rel(d, "PLANTED fraction: levy 1.4/3.9 called two-thirds", c, approx(c, D(200) / 3), True)
c = (B("241")[0], B("241")[1]); rel(d, "PLANTED restatement: seasonal staff 214 vs 241 (this summer)", c, overlaps(c, B("214")), True)
c = change(B("64.8"), B("54.9")); rel(d, "park-and-ride up 18% (64,800 vs 54,900)", c, overlaps(c, B("18")), False)
c = div(B("3.9"), (D(2), D(2))); rel(d, "levy 3.9m / GBP2 = ~1.95m person-nights >= 612k visitors (plausible)", c, c[0] * 1000000 >= 612000, False)

# ---------------- t14-en-05 grid mix ----------------
d = "05"
T = B("312.4")
c = pct(div(B("64.2"), T)); rel(d, "wind 64.2/312.4 'about a fifth'", c, approx(c, D(20)), False)
c = pct(div(B("35.7"), T)); rel(d, "solar 35.7/312.4 = 11.4%", c, overlaps(c, B("11.4")), False)
c = add(B("64.2"), B("35.7"), B("21.4"), B("28.6"), B("15.9")); rel(d, "low-carbon 64.2+35.7+21.4+28.6+15.9 = 165.8", c, overlaps(c, B("165.8")), False)
c = pct(div(B("165.8"), T)); rel(d, "PLANTED hedge: low-carbon 165.8/312.4 'less than half'", c, c[0] < 50, True)
c = add(B("165.8"), B("96.8"), B("27.5"), B("22.3")); rel(d, "low-carbon + gas + coal + oil = 312.4", c, overlaps(c, T), False)
c = pct(div(B("96.8"), T)); rel(d, "PLANTED share: gas 96.8/312.4 stated 36.9% of national generation", c, overlaps(c, B("36.9")), True)
c = div(B("86"), B("43")); rel(d, "price 86 vs 43 'roughly double'", c, approx(c, D(2)), False)
c = add(B("17.9"), B("16.3"), B("11.8")); rel(d, "onshore+solar+offshore 46.0 GW <= 84.2 GW", c, c[0] <= B("84.2")[1], False)
c = pct(div(B("11.8"), B("84.2"))); rel(d, "PLANTED implied-total: offshore 11.8 GW '17.5% of the fleet' (fleet 84.2 GW)", c, overlaps(c, B("17.5")), True)
it = div(B("11.8"), (B("17.5")[0] / 100, B("17.5")[1] / 100)); print(f"{'':14s}    (17.5% implies a fleet of {it[0]:.1f}-{it[1]:.1f} GW, stated 84.2)")
c = pct(div(sub(B("212"), B("188")), B("212"))); rel(d, "carbon intensity 212 -> 188 = decline of 11.3%", c, overlaps(c, B("11.3")), False)
c = pct(div(B("27.5"), T)); rel(d, "coal 27.5/312.4 'below 9%'", c, c[0] < 9, False)
c = pct(div(B("3.6"), add(B("64.2"), B("35.7")))); rel(d, "curtailment 3.6/(64.2+35.7) 'roughly 3.6%'", c, approx(c, D("3.6")), False)

# ---------------- t14-en-06 grains (clean) ----------------
d = "06"
c = change(B("27.4"), B("25.8")); rel(d, "wheat up 6.2% (27.4 vs 25.8)", c, overlaps(c, B("6.2")), False)
c = change(B("9.6"), B("9.9")); rel(d, "barley fell 3.0% (9.6 vs 9.9) - respectively pair", c, overlaps(c, (-B("3.0")[1], -B("3.0")[0])), False)
c = pct(div(B("2.31"), B("11.9"))); rel(d, "Egypt 2.31/11.9 'roughly a fifth'", c, approx(c, D(20)), False)
top3 = add(B("2.31"), B("1.88"), B("1.21")); top5 = add(top3, B("0.96"), B("0.74"))
c = pct(div(top3, B("11.9"))); rel(d, "top three 5.40/11.9 = 45.4%", c, overlaps(c, B("45.4")), False)
c = pct(div(top5, B("11.9"))); rel(d, "top five 7.10/11.9 = 59.7%", c, overlaps(c, B("59.7")), False)
rel(d, "top three 45.4% <= top five 59.7% (top five a year earlier 61.2%, different period)", (D("45.4"), D("59.7")), D("45.4") <= D("59.7"), False)
c = change(B("248"), B("231")); rel(d, "price MoM +7.4% (248 vs 231)", c, overlaps(c, B("7.4")), False)
c = change(B("248"), B("265")); rel(d, "price YoY -6.4% (248 vs 265)", c, overlaps(c, (-B("6.4")[1], -B("6.4")[0])), False)
c = sub(B("18.6"), B("16.7")); rel(d, "stocks-to-use +1.9 pp", c, overlaps(c, B("1.9")), False)
c = B("27.4"); rel(d, "'More than 27 million tonnes' restates 27.4", c, c[1] > 27, False)

bad = [r for r in results if r[0] in ("FAIL!", "PLANTED-HOLDS!")]
n_pl = sum(1 for r in results if r[1])
print(f"arith: {len(results)} relations, {n_pl} planted (all fail as intended: {all(not r[2] for r in results if r[1])}), "
      f"{len(results) - n_pl} consistent -> {'OK' if not bad else str(len(bad)) + ' BAD'}")
sys.exit(1 if bad else 0)
