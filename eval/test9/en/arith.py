#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the figures as stated in the articles.

Each stated figure is an interval (its rounding band: half a unit of its last digit;
counts of things are exact). A consistent relation prints `ok` when the stated figure's
band overlaps the band computed from its operands; a planted relation prints
`PLANTED-FAILS` when it does NOT. Exit 1 if a consistent relation fails or a planted
one holds.
"""
import sys
from fractions import Fraction as F
from decimal import Decimal, getcontext

getcontext().prec = 40
INF = F(10**12)
bad = 0


def B(s):
    """Rounding band of a decimal string: '17.9' -> [17.85, 17.95]."""
    s = s.replace(",", "")
    if "." in s:
        d = len(s.split(".")[1])
    else:
        d = 0
    h = F(1, 2 * 10**d)
    v = F(s)
    return (v - h, v + h)


def E(s):
    v = F(s.replace(",", ""))
    return (v, v)


def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))


def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])


def div(a, b):
    c = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]
    return (min(c), max(c))


def mul(a, b):
    c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return (min(c), max(c))


def pct(a, b):  # a as % of b
    r = div(a, b)
    return (r[0] * 100, r[1] * 100)


def chg(new, old):  # % change
    r = div(new, old)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)


def cagr(end, start, years):
    lo = (Decimal(end[0].numerator) / Decimal(end[0].denominator)) / (Decimal(start[1].numerator) / Decimal(start[1].denominator))
    hi = (Decimal(end[1].numerator) / Decimal(end[1].denominator)) / (Decimal(start[0].numerator) / Decimal(start[0].denominator))
    e = Decimal(1) / Decimal(years)
    return (F(str((lo ** e - 1) * 100)), F(str((hi ** e - 1) * 100)))


def overlap(a, b):
    return a[0] <= b[1] and b[0] <= a[1]


def fmt(iv):
    return f"[{float(iv[0]):.3f}, {float(iv[1]):.3f}]"


def rel(doc, name, stated, computed, planted=False):
    global bad
    holds = overlap(stated, computed)
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        if holds:
            bad += 1
    else:
        tag = "ok" if holds else "FAIL"
        if not holds:
            bad += 1
    print(f"{tag:16} {doc} {name}: stated {fmt(stated)} computed {fmt(computed)}")


def more_than(x):
    return (F(x) + F(1, 10**9), INF)


def nearly(x, slack=F(1, 10)):  # just under x, within 10% of x
    x = F(x)
    return (x * (1 - slack), x)


# ---------------------------------------------------------------- t9-en-01
d = "01"
total = B("41.2"); total23 = B("38.72")
calder = B("17.9"); calder23 = B("16.56")
veyr = B("9.6"); sallow = B("5.3")
trans = B("12.7"); trans23 = B("10.2")
exp_ = B("11.4"); imp_ = B("10.8"); empt = B("6.3")
rel(d, "total up 6.4 pct (41.2 from 38.72)", B("6.4"), chg(total, total23))
rel(d, "Calder up 8.1 pct (17.9 from 16.56)", B("8.1"), chg(calder, calder23))
rel(d, "breakdown 12.7+11.4+10.8+remaining 6.3 = 41.2", total, add(trans, exp_, imp_, empt))
rel(d, "Veyrmouth 23.3 pct of 41.2", B("23.3"), pct(veyr, total))
rel(d, "top three (17.9+9.6+5.3)/41.2 = 79.6 pct", B("79.6"), pct(add(calder, veyr, sallow), total))
rel(d, "312 vs 247 calls: a 26 pct increase", B("26"), chg(E("312"), E("247")))
rel(d, "3,850 from 5,900: fall of more than a third", more_than(F(100, 3)), (-chg(E("3850"), E("5900"))[1], -chg(E("3850"), E("5900"))[0]))
rel(d, "4-5 pct growth on 41.2 -> roughly 43 mln", (F(425, 10), F(435, 10)), (total[0] * F(104, 100), total[1] * F(105, 100)))
rel(d, "just over 41 mln restates 41.2", (F(41), F(415, 10)), total)
rel(d, "PLANTED share: Calder 46.8 pct of national total", B("46.8"), pct(calder, total), planted=True)
rel(d, "PLANTED change: transshipment surged 42 pct (12.7 from 10.2)", B("42"), chg(trans, trans23), planted=True)
top3 = B("79.6"); top5 = B("78.3")
rel(d, "PLANTED topk: top five 78.3 must be >= top three 79.6", (top3[0], INF), top5, planted=True)

# ---------------------------------------------------------------- t9-en-02
d = "02"
gwp = B("48.6"); life = B("27.1"); nonlife = B("21.5")
rl = B("11.2"); rn = B("7.4")
rel(d, "life 27.1 + non-life 21.5 = 48.6", gwp, add(life, nonlife))
base_life = div(life, (1 + rl[1] / 100, 1 + rl[0] / 100))
base_non = div(nonlife, (1 + rn[1] / 100, 1 + rn[0] / 100))
rel(d, "headline 9.5% agrees with the parts' own rates", B("9.5"), chg(gwp, add(base_life, base_non)))
rel(d, "title 9.5% = body 9.5%", B("9.5"), B("9.5"))
rel(d, "motor loss ratio 94.7% = 8.9/9.4", B("94.7"), pct(B("8.9"), B("9.4")))
rel(d, "average premium 742 from 655: up 13%", B("13"), chg(E("742"), E("655")))
rel(d, "combined ratio 99.2 -> 101.8: 2.6 percentage points", B("2.6"), sub(B("101.8"), B("99.2")))
rel(d, "top three life 18.4+15.1+11.9 = combined 45.4%", B("45.4"), add(B("18.4"), B("15.1"), B("11.9")))
rel(d, "top five 58.2% >= top three 45.4%", (B("45.4")[0], INF), B("58.2"))
rel(d, "nearly $49bn restates 48.6", nearly(49), gwp)
rel(d, "PLANTED implied-base: 9.5% rise to 48.6 vs 43.2 in 2023", B("9.5"), chg(gwp, B("43.2")), planted=True)
rel(d, "PLANTED hedge: motor 9.4 'more than 45%' of non-life 21.5", more_than(45), pct(B("9.4"), nonlife), planted=True)
rel(d, "PLANTED restatement: claims paid 2024 $29.3bn vs $23.9bn", B("29.3"), B("23.9"), planted=True)

# ---------------------------------------------------------------- t9-en-03
d = "03"
spend = B("31.4"); spend19 = B("21.7")
hosp = B("12.8"); retail = B("18.6")
rel(d, "hospital 12.8 + retail 18.6 = 31.4", spend, add(hosp, retail))
bh = div(hosp, (1 + B("11.3")[1] / 100, 1 + B("11.3")[0] / 100))
br = div(retail, (1 + B("6.1")[1] / 100, 1 + B("6.1")[0] / 100))
rel(d, "up 8.2% on 2023 agrees with parts' rates", B("8.2"), chg(spend, add(bh, br)))
rel(d, "'Five years ago, in 2019' (2024-2019)", E("5"), E(str(2024 - 2019)))
rel(d, "biologics 35.3 -> 41.5: 6.2 percentage points", B("6.2"), sub(B("41.5"), B("35.3")))
rel(d, "GLP-1 2.6bn vs 550m: more than four times", more_than(4), div(B("2.6"), (F("0.5495"), F("0.5505"))))
rel(d, "top 20 27.4% >= top ten 18.7%", (B("18.7")[0], INF), B("27.4"))
rel(d, "'Three reasons' -> 3 numbered items", E("3"), E("3"))
rel(d, "generics 71.4 -> 78.9 is 7.5 percentage points (the pp reading)", B("7.5"), sub(B("78.9"), B("71.4")))
rel(d, "PLANTED cagr: 21.7 (2019) -> 31.4 (2024) 'average of 9.7% a year'", B("9.7"), cagr(spend, spend19, 5), planted=True)
rel(d, "PLANTED cagr (simple-average reading also fails)", B("9.7"), (chg(spend, spend19)[0] / 5, chg(spend, spend19)[1] / 5), planted=True)
rel(d, "PLANTED fraction: oncology 7.2 'about a third' of 31.4", (F(30), F(110, 3)), pct(B("7.2"), spend), planted=True)
rel(d, "PLANTED points-vs-percent (warning): 'increase of 7.5%' as relative change", B("7.5"), chg(B("78.9"), B("71.4")), planted=True)

# ---------------------------------------------------------------- t9-en-04
d = "04"
aug = B("9.84"); aug24 = B("9.20"); jul = B("9.64")
intl = B("4.12"); intl_jul = B("3.98"); intl24 = B("3.62"); dom = B("5.72")
rel(d, "up 7.0% on August 2024 (9.84 vs 9.20)", B("7.0"), chg(aug, aug24))
rel(d, "2.1% more than July (9.84 vs 9.64)", B("2.1"), chg(aug, jul))
rel(d, "load factor 85.2 -> 86.3: 1.1 percentage points", B("1.1"), sub(B("86.3"), B("85.2")))
rel(d, "international 41.9% of total (4.12/9.84)", B("41.9"), pct(intl, aug))
rel(d, "domestic 5.72 + international 4.12 = 9.84", aug, add(dom, intl))
rel(d, "domestic up 2.5% y/y (5.72 vs 9.20-3.62)", B("2.5"), chg(dom, sub(aug24, intl24)))
rel(d, "Jan-Aug 71.6 vs 67.4: up 6.2%", B("6.2"), chg(B("71.6"), B("67.4")))
rel(d, "Capital 3.80 = 38.6% of 9.84", B("38.6"), pct(B("3.80"), aug))
rel(d, "Northfield 1.76 = 17.9% of 9.84", B("17.9"), pct(B("1.76"), aug))
rel(d, "carriers 41.7+22.8+14.6 <= 100", (F(0), F(100)), add(B("41.7"), B("22.8"), B("14.6")))
rel(d, "(for reference) international m/m 4.12 vs 3.98 is what 3.5% matches", B("3.5"), chg(intl, intl_jul))
rel(d, "PLANTED yoy-vs-mom: international 'up 3.5% year on year' (4.12 vs 3.62)", B("3.5"), chg(intl, intl24), planted=True)
rel(d, "PLANTED sum: 38.6+17.9+11.2+remaining 34.1 = 100", (F(100), F(100)), add(B("38.6"), B("17.9"), B("11.2"), B("34.1")), planted=True)
rel(d, "PLANTED period-span: Jan 2012 -> Aug 2025 'more than two decades'", more_than(20), (F(2025 - 2012) + F(7, 12), F(2025 - 2012) + F(8, 12)), planted=True)

# ---------------------------------------------------------------- t9-en-05
d = "05"
rel(d, "5G 40.3 of 92.6 = 43.5%", B("43.5"), pct(B("40.3"), B("92.6")))
rel(d, "data 4.81 from 3.60 EB: up 33.6%", B("33.6"), chg(B("4.81"), B("3.60")))
rel(d, "title 'up by a third' (33.33%) within computed change", (F(100, 3), F(100, 3)), chg(B("4.81"), B("3.60")))
rel(d, "shares 38.4+31.2+22.9+remaining 7.5 = 100", (F(100), F(100)), add(B("38.4"), B("31.2"), B("22.9"), B("7.5")))
rel(d, "ARPU 11.40 from 10.85: up 5.1%", B("5.1"), chg(B("11.40"), B("10.85")))
rel(d, "capex 1.62 'twice' 0.81", E("2"), div(B("1.62"), B("0.81")))
rel(d, "(magnitude) 6.42 vs 6.19 is a 3.7% change", B("3.7"), chg(B("6.42"), B("6.19")))
rel(d, "PLANTED direction: 'fell' needs 6.42 < 6.19", (-INF, F(0)), sub(B("6.42"), B("6.19")), planted=True)
rel(d, "PLANTED enumeration: 'three drivers' -> 4 listed", E("3"), E("4"), planted=True)
rel(d, "PLANTED multiple: 38.2 GB 'three times' 16.4 GB", (F("2.75"), F("3.25")), div(B("38.2"), B("16.4")), planted=True)

# ---------------------------------------------------------------- t9-en-06
d = "06"
bud = B("412.6")
rel(d, "budget 412.6 from 382.7: up 7.8%", B("7.8"), chg(bud, B("382.7")))
rel(d, "three pots 236.4+131.5+44.7 = 412.6", bud, add(B("236.4"), B("131.5"), B("44.7")))
rel(d, "'three pots' -> 3 items", E("3"), E("3"))
rel(d, "capital works 131.5 = 31.9% of 412.6", B("31.9"), pct(B("131.5"), bud))
rel(d, "billed 71.9 + lost 26.5 = 98.4", B("98.4"), add(B("71.9"), B("26.5")))
rel(d, "lost 26.5 = 26.9% of 98.4", B("26.9"), pct(B("26.5"), B("98.4")))
rel(d, "26.9% is 'more than a quarter'", more_than(25), B("26.9"))
rel(d, "NRW 28.3 -> 26.9: 1.4 percentage points", B("1.4"), sub(B("28.3"), B("26.9")))
rel(d, "target 20% = one litre in five", E("20"), E("20"))
rel(d, "breaks 4,870 from 4,120: up 18%", B("18"), chg(E("4870"), E("4120")))
rel(d, "leak cost 18.4 'nearly three times' 6.5", nearly(3), div(B("18.4"), B("6.5")))
rel(d, "residential 52.6 + business 19.3 = billed 71.9", B("71.9"), add(B("52.6"), B("19.3")))
rel(d, "charge 3.05 from 2.84: increase of 7.4%", B("7.4"), chg(B("3.05"), B("2.84")))
rel(d, "$612 a year = about $51 a month", B("51"), div(E("612"), E("12")))
rel(d, "roughly $413 million restates 412.6", B("413"), bud)
rel(d, "vote 7-2 -> 'one of the two votes against'", E("2"), E("2"))

print("arith: all relations as intended" if bad == 0 else f"arith: {bad} relation(s) not as intended")
sys.exit(1 if bad else 0)
