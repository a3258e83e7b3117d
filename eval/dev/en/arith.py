#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated in the documents.

Every stated figure is an interval: "3.42" (mln) is [3.415, 3.425), "9.6" (pct) is [9.55, 9.65).
Exact Fraction arithmetic; n-th roots (CAGR) in Decimal at 40 digits.

  consistent relation ("ok"):  the value computed from the operand *centres* rounds to the
                               stated figure (strict), so it also holds with operand rounding.
  planted relation:            the interval computed with every operand's rounding band does
                               not meet the stated figure's band (or the stated wording) at all.

Prints one line per relation: `ok`, or `PLANTED-FAILS` for a planted problem that fails as
intended. Exits 1 if a consistent relation fails or a planted one can hold.
"""
import sys
from decimal import Decimal, getcontext
from fractions import Fraction as F

getcontext().prec = 40


class I:
    """Closed interval of Fractions with a centre value."""

    def __init__(self, lo, hi, c):
        self.lo, self.hi, self.c = F(lo), F(hi), F(c)

    def __repr__(self):
        return f"[{float(self.lo):.4f}, {float(self.hi):.4f}] (centre {float(self.c):.4f})"


def n(s, scale=1):
    """A stated figure: '3.42' -> [3.415, 3.425] x scale. Commas are thousands separators."""
    t = s.replace(",", "")
    dec = len(t.split(".")[1]) if "." in t else 0
    c = F(t)
    h = F(1, 2) / F(10) ** dec
    return I((c - h) * scale, (c + h) * scale, c * scale)


def exact(x):
    x = F(x)
    return I(x, x, x)


def add(*xs):
    return I(sum(x.lo for x in xs), sum(x.hi for x in xs), sum(x.c for x in xs))


def sub(a, b):
    return I(a.lo - b.hi, a.hi - b.lo, a.c - b.c)


def div(a, b):  # positive operands
    return I(a.lo / b.hi, a.hi / b.lo, a.c / b.c)


def share(part, total):  # per cent
    d = div(part, total)
    return I(d.lo * 100, d.hi * 100, d.c * 100)


def change(new, old):  # per cent change
    d = div(new, old)
    return I((d.lo - 1) * 100, (d.hi - 1) * 100, (d.c - 1) * 100)


def root(x, years):
    return F(str((Decimal(x.numerator) / Decimal(x.denominator)) ** (Decimal(1) / Decimal(years))))


def cagr(end, start, years):  # per cent a year
    d = div(end, start)
    return I((root(d.lo, years) - 1) * 100, (root(d.hi, years) - 1) * 100, (root(d.c, years) - 1) * 100)


def pts(a, b):  # percentage-point difference a - b
    return sub(a, b)


def band(s):
    x = n(s)
    return x.lo, x.hi


RESULTS = []


def rel(doc, label, planted, holds_strict, holds_loose, detail):
    """holds_strict: the relation holds from operand centres; holds_loose: it can hold with rounding."""
    if planted:
        good = not holds_loose
        tag = "PLANTED-FAILS" if good else "PLANTED-HOLDS (BAD)"
    else:
        good = holds_strict
        tag = "ok" if good else "FAILS (BAD)"
    RESULTS.append(good)
    print(f"{tag:14s} {doc} {label}: {detail}")


def eq(doc, label, computed, stated, planted=False, unit="%"):
    lo, hi = band(stated)
    strict = lo <= computed.c < hi
    loose = computed.lo < hi and lo <= computed.hi
    rel(doc, label, planted, strict, loose, f"computed {computed} vs stated {stated}{unit} band [{float(lo)}, {float(hi)})")


def approx(doc, label, computed, target, rel_tol, planted=False, word=""):
    """Hedged/approximate wording ('about', 'roughly', 'a third'): within rel_tol of the target."""
    t = F(target)
    lo, hi = t * (1 - F(rel_tol)), t * (1 + F(rel_tol))
    strict = lo <= computed.c <= hi
    loose = computed.lo <= hi and computed.hi >= lo
    rel(doc, label, planted, strict, loose, f"{word!r}: computed {computed} vs {float(t):.4f} +/-{float(rel_tol)*100:.0f}%")


def above(doc, label, computed, bound, planted=False, word="", ceiling=None):
    """'more than X' (optionally 'just over X': below ceiling)."""
    b = F(bound)
    strict = computed.c > b and (ceiling is None or computed.c < F(ceiling))
    loose = computed.hi > b
    rel(doc, label, planted, strict, loose, f"{word!r}: computed {computed} must exceed {float(b)}")


def below_near(doc, label, computed, bound, rel_tol, planted=False, word=""):
    """'nearly X': at most X and within rel_tol below it."""
    b = F(bound)
    strict = b * (1 - F(rel_tol)) <= computed.c <= b
    loose = computed.lo <= b and computed.hi >= b * (1 - F(rel_tol))
    rel(doc, label, planted, strict, loose, f"{word!r}: computed {computed} must be in [{float(b*(1-F(rel_tol))):.4f}, {float(b)}]")


def truth(doc, label, ok, detail, planted=False):
    rel(doc, label, planted, ok, ok, detail)


# ---------------------------------------------------------------- d-en-01 coffee (wire)
D = "d-en-01"
eq(D, "total exports +9.6 pct (3.12 -> 3.42 mln bags)", change(n("3.42"), n("3.12")), "9.6")
eq(D, "arabica -3.1 pct (2.59 -> 2.51)", change(n("2.51"), n("2.59")), "-3.1")
eq(D, "robusta +68.4 pct (381,450 -> 642,310)", change(n("642310"), n("381450")), "68.4")
eq(D, "average price +13.6 pct (326.92 -> 371.35)", change(n("371.35"), n("326.92")), "13.6")
eq(D, "average price 1.27 bln dlrs / 3.42 mln bags = 371.35", div(n("1.27", 1000), n("3.42")), "371.35", unit=" dlrs")
eq(D, "year-ago price 1.02 bln / 3.12 mln = 326.92", div(n("1.02", 1000), n("3.12")), "326.92", unit=" dlrs")
eq(D, "Germany 498,700 / 3.42 mln = 14.6 pct", share(n("498700"), n("3.42", 10**6)), "14.6")
eq(D, "Italy 301,200 / 3.42 mln = 8.8 pct", share(n("301200"), n("3.42", 10**6)), "8.8")
eq(D, "crop year +27.3 pct (27.57 -> 35.1)", change(n("35.1"), n("27.57")), "27.3")
truth(D, "arabica+robusta+soluble (2.51+0.642+0.27) <= 3.42 total (roasted not given)",
      add(n("2.51"), n("0.64231"), n("0.27")).lo <= n("3.42").hi, "sum 3.4223 within total band")
truth(D, "July to March = nine months", (12 - 7 + 1) + 3 == 9, "Jul..Dec (6) + Jan..Mar (3) = 9")
eq(D, "PLANTED change: revenue 'rose 42.5 pct' (1.02 -> 1.27 bln)", change(n("1.27"), n("1.02")), "42.5", planted=True)
eq(D, "PLANTED share: US 612,400 bags '21.6 pct' of 3.42 mln", share(n("612400"), n("3.42", 10**6)), "21.6", planted=True)

# ---------------------------------------------------------------- d-en-02 air travel (AP)
D = "d-en-02"
eq(D, "screenings +6.3% (17.53 -> 18.64 mln)", change(n("18.64"), n("17.53")), "6.3")
eq(D, "18.64 mln / 7 days = about 2.66 mln a day", div(n("18.64"), exact(7)), "2.66", unit=" mln")
eq(D, "cancellations 1,412 / 156,800 = 0.9%", share(n("1412"), n("156800")), "0.9")
approx(D, "delays 31,900 / 156,800 = roughly one in five", share(n("31900"), n("156800")), 20, F(1, 10), word="roughly one in five")
eq(D, "American 3.93 -> 4.12 mln = 4.8%", change(n("4.12"), n("3.93")), "4.8")
below_near(D, "55.4 of 70.1 mln by car = nearly 8 in 10", share(n("55.4"), n("70.1")), 80, F(5, 100), word="nearly 8 in 10")
truth(D, "Sunday 3.09 mln beats record 2.97 mln", n("3.09").lo > n("2.97").hi, "3.09 > 2.97")
eq(D, "PLANTED respectively: United 3.41 -> 3.76 mln stated '7.3%'", change(n("3.76"), n("3.41")), "7.3", planted=True)
c = change(n("412"), n("396"))
truth(D, "PLANTED direction: fare 'fell 4% to $412' from $396", c.hi < 0,
      f"change {c} is a rise, the text says 'fell'", planted=True)

# ---------------------------------------------------------------- d-en-03 chipmaker (Bloomberg)
D = "d-en-03"
eq(D, "data center 6.12 / 9.86 bn = 62.1%", share(n("6.12"), n("9.86")), "62.1")
eq(D, "client 2.31 / 9.86 = 23.4%", share(n("2.31"), n("9.86")), "23.4")
eq(D, "R&D 1.62 / 9.86 = 16.4%", share(n("1.62"), n("9.86")), "16.4")
eq(D, "gross margin 54.2% -> 58.3% = 4.1 points", pts(n("58.3"), n("54.2")), "4.1", unit=" pts")
approx(D, "net income 1.31 -> 2.47 bn 'nearly doubled'", div(n("2.47"), n("1.31")), 2, F(12, 100), word="nearly doubled")
truth(D, "'nearly doubled' stays below 2x", div(n("2.47"), n("1.31")).hi < 2, "2.47/1.31 < 2")
eq(D, "segments 6.12 + 2.31 + 1.43 = 9.86 total", add(n("6.12"), n("2.31"), n("1.43")), "9.86", unit=" bn")
base = div(n("9.86"), I(F("1.375"), F("1.385"), F("1.38")))
truth(D, "PLANTED implied-base: 'jumped 38% to $9.86 bn' implies base in [7.12, 7.17]; text says $7.41 bn",
      base.lo < n("7.41").hi and n("7.41").lo <= base.hi, f"implied base {base} vs 7.41", planted=True)
m = div(n("6.12"), n("2.64"))
approx(D, "PLANTED multiple: 6.12 bn 'three times' 2.64 bn", m, 3, F(5, 100), planted=True, word="three times")

# ---------------------------------------------------------------- d-en-04 NHS (BBC)
D = "d-en-04"
eq(D, "7.54 mln is 3% below the 7.77 mln peak", change(n("7.54"), n("7.77")), "-3")
below_near(D, "A&E 1,572,000 / 2,254,000 = nearly 70%", share(n("1572000"), n("2254000")), 70, F(5, 100), word="nearly 70%")
eq(D, "within 18 weeks (7.54 - 2.88) / 7.54 = 61.8%", share(sub(n("7.54"), n("2.88")), n("7.54")), "61.8")
truth(D, "year-long waits fell 397,655 -> 389,952", n("389952").hi < n("397655").lo, "fell")
truth(D, "12-hour waits rose 42,854 -> 44,045", n("44045").lo > n("42854").hi, "up")
truth(D, "list fell 7.57 -> 7.54 mln (second monthly fall)", n("7.54").hi < n("7.57").lo, "down")
a, b = n("7.54"), n("7.45")
truth(D, "PLANTED restatement: end-September list 7.54 mln vs 7.45 mln",
      a.lo < b.hi and b.lo < a.hi, f"bands {a} and {b} do not meet", planted=True)
above(D, "PLANTED hedge: 2.88 of 7.54 mln 'more than 40%'", share(n("2.88"), n("7.54")), 40, planted=True, word="more than 40%")

# ---------------------------------------------------------------- d-en-05 eurozone lending (FT, JSON)
D = "d-en-05"
eq(D, "corporate new business +4.1% on month (93.4 -> 97.2)", change(n("97.2"), n("93.4")), "4.1")
eq(D, "corporate new business -2.6% on year (99.8 -> 97.2)", change(n("97.2"), n("99.8")), "-2.6")
eq(D, "borrowing cost 5.27% -> 4.93% = 34 basis points", pts(n("5.27"), n("4.93")), "0.34", unit=" pts")
eq(D, "Germany 1,480 / 5,142 bn = 28.8%", share(n("1480"), n("5142")), "28.8")
eq(D, "France 1,338 / 5,142 bn = 26.0%", share(n("1338"), n("5142")), "26.0")
eq(D, "fixed >10y share 33.2% -> 41.7% = 8.5 points (the meant figure)", pts(n("41.7"), n("33.2")), "8.5", unit=" pts")
eq(D, "mortgage volume on month 34.6 -> 41.3 = 19.4% (the figure the reporter took)", change(n("41.3"), n("34.6")), "19.4")
eq(D, "PLANTED yoy-vs-mom: mortgages '19.4% from a year earlier' (38.9 -> 41.3)", change(n("41.3"), n("38.9")), "19.4", planted=True)
eq(D, "PLANTED points-vs-percent (warning): 33.2% -> 41.7% 'an increase of 8.5 per cent'",
   change(n("41.7"), n("33.2")), "8.5", planted=True)

# ---------------------------------------------------------------- d-en-06 labour force (stats office)
D = "d-en-06"
eq(D, "unemployment rate 248,400 / 5,412,300 = 4.6%", share(n("248400"), n("5412300")), "4.6")
eq(D, "labour force = employed + unemployed", add(n("5163900"), n("248400")), "5412300", unit="")
eq(D, "participation 5,412,300 / 8,483,200 = 63.8%", share(n("5412300"), n("8483200")), "63.8")
eq(D, "employment +115,900 = 5,163,900 - 5,048,000... base 5,048,000 gives 2.3%",
   change(n("5163900"), sub(n("5163900"), n("115900"))), "2.3")
eq(D, "unemployment rate 5.1% -> 4.6% = down 0.5 points", pts(n("5.1"), n("4.6")), "0.5", unit=" pts")
eq(D, "services 3,170,600 / 5,163,900 = 61.4%", share(n("3170600"), n("5163900")), "61.4")
eq(D, "industry 1,285,800 / 5,163,900 = 24.9%", share(n("1285800"), n("5163900")), "24.9")
eq(D, "youth unemployment 12.8% -> 11.2% = 1.6 points", pts(n("12.8"), n("11.2")), "1.6", unit=" pts")
u0 = F("0.051") * 5048000 / F("0.949")
truth(D, "a year earlier: 5.1% rate with 5,048,000 employed -> about 271,300 unemployed; 248,400 + 22,900 = 271,300",
      abs(u0 - (248400 + 22900)) < 500, f"implied {float(u0):.0f}")
eq(D, "PLANTED sum: 'remaining 14.6%' = 100 - 61.4 - 24.9", sub(exact(100), add(n("61.4"), n("24.9"))), "14.6", planted=True)
truth(D, "PLANTED enumeration: 'three industries' then four listed", 3 == 4,
      "listed: construction; accommodation and food; wholesale and retail; health and social work", planted=True)

# ---------------------------------------------------------------- d-en-07 liner digest (trade press)
D = "d-en-07"
eq(D, "SCFI 1,954.2 -> 1,862.3 = down 4.7%", change(n("1862.3"), n("1954.2")), "-4.7")
eq(D, "Suez transits 347 -> 112 = down 68%", change(n("112"), n("347")), "-68")
eq(D, "top five = 19.8 + 14.3 + 12.6 + 10.8 + 7.0 = 64.5%", add(n("19.8"), n("14.3"), n("12.6"), n("10.8"), n("7.0")), "64.5")
truth(D, "top five 64.5% <= top 10 84.6%", n("64.5").lo < n("84.6").hi, "ordered")
eq(D, "orderbook 7.4 / 30.2 mln TEU = 24.5%", share(n("7.4"), n("30.2")), "24.5")
eq(D, "Evergreen 2.26 bn / 24 = about 94 m each", div(n("2260"), exact(24)), "94", unit=" m$")
eq(D, "Tanjung Pelepas 8.96 (2019) -> 12.25 (2023) = 8.1% a year", cagr(n("12.25"), n("8.96"), 4), "8.1")
truth(D, "ETS 40% then 70%: increasing phase-in", n("40").hi < n("70").lo, "40 < 70")
t10, t20 = n("84.6"), n("82.8")
truth(D, "PLANTED topk: top 10 84.6% vs top 20 82.8% (top 20 must be >= top 10)", t20.hi > t10.lo,
      f"top20 band {t20} lies wholly below top10 band {t10}", planted=True)
eq(D, "PLANTED cagr: 751 (2018) -> 866 (2023) mln TEU stated 4.2% a year", cagr(n("866"), n("751"), 5), "4.2", planted=True)

# ---------------------------------------------------------------- d-en-08 OPEC survey (wire, clean)
D = "d-en-08"
eq(D, "26.52 -> 26.63 mln bpd = up 110,000 bpd", sub(n("26.63"), n("26.52")), "0.11", unit=" mln")
truth(D, "country changes +140 +30 +10 -50 -20 = +110 thousand bpd", 140 + 30 + 10 - 50 - 20 == 110, "sum 110")
eq(D, "month-on-month 0.4 pct (26.52 -> 26.63)", change(n("26.63"), n("26.52")), "0.4")
eq(D, "year-on-year -4.4 pct (27.86 -> 26.63)", change(n("26.63"), n("27.86")), "-4.4")
eq(D, "Saudi 9.00 / 26.63 = 33.8 pct", share(n("9.00"), n("26.63")), "33.8")
eq(D, "Iraq 4.20 / 26.63 = 15.8 pct", share(n("4.20"), n("26.63")), "15.8")
approx(D, "Iraq 4.20 vs quota 4.00 = about 200,000 bpd over", sub(n("4.20"), n("4.00")), F("0.2"), F(1, 10), word="about 200,000 bpd")
truth(D, "Iraq second-largest: 4.20 > UAE 3.23, Iran 3.22, Kuwait 2.41", n("4.20").lo > n("3.23").hi, "ordered")
eq(D, "top four (9.00 + 4.20 + 3.23 + 3.22) / 26.63 = 73.8 pct", share(add(n("9.00"), n("4.20"), n("3.23"), n("3.22")), n("26.63")), "73.8")
eq(D, "top five (+ Kuwait 2.41) / 26.63 = 82.8 pct", share(add(n("9.00"), n("4.20"), n("3.23"), n("3.22"), n("2.41")), n("26.63")), "82.8")
truth(D, "top four 73.8 <= top five 82.8", n("73.8").lo < n("82.8").hi, "ordered")

# ---------------------------------------------------------------- d-en-09 council budget (local)
D = "d-en-09"
eq(D, "Band D 2,061.49 -> 2,164.37 = 4.99%", change(n("2164.37"), n("2061.49")), "4.99")
eq(D, "4.99% = 2.99% core + 2% social care", add(n("2.99"), exact(2)), "4.99")
eq(D, "Band D rise / 52 weeks = about 1.98 a week", div(sub(n("2164.37"), n("2061.49")), exact(52)), "1.98", unit=" GBP")
eq(D, "net spending 296.8 -> 312.4 m = 5.3% increase", change(n("312.4"), n("296.8")), "5.3")
eq(D, "adult social care 118.7 / 312.4 = 38.0%", share(n("118.7"), n("312.4")), "38.0")
eq(D, "children's 71.2 / 312.4 = 22.8%", share(n("71.2"), n("312.4")), "22.8")
approx(D, "council tax 208.6 / 312.4 = about two-thirds", share(n("208.6"), n("312.4")), F(200, 3), F(5, 100), word="about two-thirds")
approx(D, "PLANTED fraction: grants 1.84 -> 1.21 m 'cut by half'", sub(exact(0), change(n("1.21"), n("1.84"))), 50, F(10, 100),
       planted=True, word="cut by half")
eq(D, "PLANTED sum: 208.6 + 71.9 + 27.7 + 9.2 vs 312.4 total", add(n("208.6"), n("71.9"), n("27.7"), n("9.2")), "312.4",
   planted=True, unit=" m")
truth(D, "PLANTED enumeration: 'four priorities' then three listed", 4 == 3,
      "listed: 1,200 affordable homes; 40,000 potholes; free bus travel for under-18s", planted=True)

# ---------------------------------------------------------------- d-en-10 solar explainer (JSON)
D = "d-en-10"
eq(D, "capacity 1,053 -> 1,419 GW = 34.8%", change(n("1419"), n("1053")), "34.8")
eq(D, "additions 1,419 - 1,053 = 366 GW", sub(n("1419"), n("1053")), "366", unit=" GW")
eq(D, "China 217 / 366 GW = 59.3%", share(n("217"), n("366")), "59.3")
eq(D, "US 32.4 / 366 GW = 8.9%", share(n("32.4"), n("366")), "8.9")
below_near(D, "China 217 vs EU 56 GW = nearly four times", div(n("217"), n("56")), 4, F(10, 100), word="nearly four times")
eq(D, "India 28.2 (Mar 2019) -> 81.8 GW (Mar 2024) = about 24% a year", cagr(n("81.8"), n("28.2"), 5), "24")
above(D, "module 72 -> 13 cents = a drop of more than 80%", sub(exact(0), change(n("13"), n("72"))), 80, word="more than 80%")
eq(D, "generation 1,326 -> 1,631 TWh = up 23%", change(n("1631"), n("1326")), "23")
eq(D, "share 1.1% (2014) -> 5.5% (2023) = 4.4 points", pts(n("5.5"), n("1.1")), "4.4", unit=" pts")
truth(D, "2014 -> 2023 = nine years", 2023 - 2014 == 9, "9")
truth(D, "2011 -> 2023 = 12 years = 'little over a decade'", 10 < 2023 - 2011 <= 13, "12")
eq(D, "PLANTED cagr: 72 GW (2011) -> 1,419 GW (2023) stated 'about 22%'", cagr(n("1419"), n("72"), 12), "22", planted=True)
truth(D, "PLANTED period-span: 'the decade from 2016 to 2023'", 2023 - 2016 == 10, "span is 7 years", planted=True)

# ---------------------------------------------------------------- d-en-11 UK grocery (business daily)
D = "d-en-11"
eq(D, "market 32.51 -> 33.84 bn = 4.1%", change(n("33.84"), n("32.51")), "4.1")
eq(D, "Tesco 9.34 / 33.84 = 27.6%", share(n("9.34"), n("33.84")), "27.6")
eq(D, "Sainsbury's 5.14 / 33.84 = 15.2%", share(n("5.14"), n("33.84")), "15.2")
eq(D, "Lidl 2.74 / 33.84 = 8.1%", share(n("2.74"), n("33.84")), "8.1")
eq(D, "Aldi 3.52 / 33.84 = 10.4%", share(n("3.52"), n("33.84")), "10.4")
eq(D, "Aldi + Lidl 10.4 + 8.1 = 18.5%", add(n("10.4"), n("8.1")), "18.5")
eq(D, "Aldi + Lidl (3.52 + 2.74) / 33.84 = 18.5%", share(add(n("3.52"), n("2.74")), n("33.84")), "18.5")
truth(D, "18.5% is more than Sainsbury's 15.2%", n("18.5").lo > n("15.2").hi, "ordered")
eq(D, "Asda 4.30 / 33.84 = 12.7%", share(n("4.30"), n("33.84")), "12.7")
eq(D, "PLANTED share: Morrisons 2.91 / 33.84 stated '9.6%'", share(n("2.91"), n("33.84")), "9.6", planted=True)
eq(D, "PLANTED implied-total: online 4.32 bn '13.9% of total' (total 33.84 bn)", share(n("4.32"), n("33.84")), "13.9", planted=True)
imp = div(n("4.32"), I(F("0.1385"), F("0.1395"), F("0.139")))
truth(D, "  (implied total of 4.32 bn at 13.9% vs stated 33.84 bn)", not (imp.lo < n("33.84").hi and n("33.84").lo <= imp.hi),
      f"implied total {imp}")

# ---------------------------------------------------------------- d-en-12 Cabo Verde (interview)
D = "d-en-12"
eq(D, "arrivals 830,000 -> 1.02 mln = 22.9%", change(n("1.02", 10**6), n("830000")), "22.9")
eq(D, "Germany 131,000 / 1.02 mln = 12.8%", share(n("131000"), n("1.02", 10**6)), "12.8")
eq(D, "Portugal 118,000 / 1.02 mln = 11.6%", share(n("118000"), n("1.02", 10**6)), "11.6")
eq(D, "1.02 mln (2023) -> 1.2 mln (2026) = about 5.6% a year", cagr(n("1.2"), n("1.02"), 3), "5.6")
truth(D, "cruise terminal 2019 -> 2022 = three years", 2022 - 2019 == 3, "3")
truth(D, "1.02 mln above 819,000 of 2019", n("1.02", 10**6).lo > n("819000").hi, "above")
approx(D, "PLANTED multiple: receipts 54.3 vs 21.6 bn escudos 'roughly four times'", div(n("54.3"), n("21.6")), 4, F(10, 100),
       planted=True, word="roughly four times")
approx(D, "PLANTED fraction: UK 262,000 of 1.02 mln 'a third'", share(n("262000"), n("1.02", 10**6)), F(100, 3), F(10, 100),
       planted=True, word="a third")
truth(D, "PLANTED period-span: 'more than a decade' from 2017 to 2024", 2024 - 2017 > 10, "span is 7 years", planted=True)

# ---------------------------------------------------------------- d-en-13 house prices (stats office, JSON, clean)
D = "d-en-13"
eq(D, "UK average 276,400 -> 281,373 = 1.8% a year", change(n("281373"), n("276400")), "1.8")
eq(D, "UK average 280,811 -> 281,373 = 0.2% on month", change(n("281373"), n("280811")), "0.2")
eq(D, "281,373 - 276,400 = 4,973 higher", sub(n("281373"), n("276400")), "4973", unit=" GBP")
eq(D, "annual rate 1.0% -> 1.8% = 0.8 points", pts(n("1.8"), n("1.0")), "0.8", unit=" pts")
eq(D, "first-time buyers 231,900 / 281,373 = 82.4%", share(n("231900"), n("281373")), "82.4")
above(D, "London 518,000 vs North East 161,000 = more than three times", div(n("518000"), n("161000")), 3, word="more than three times")
truth(D, "rents 9.0% -> 8.9% described as 'down from'", n("8.9").hi <= n("9.0").lo, "down")

# ---------------------------------------------------------------- d-en-14 Money League (sport business)
D = "d-en-14"
eq(D, "top 20 revenue 9.2 -> 10.5 bn = up 14%", change(n("10.5"), n("9.2")), "14")
eq(D, "commercial 4.41 / 10.5 = 42%", share(n("4.41"), n("10.5")), "42")
eq(D, "broadcast 4.26 / 10.5 = 40.6%", share(n("4.26"), n("10.5")), "40.6")
eq(D, "matchday 1.83 / 10.5 = 17.4%", share(n("1.83"), n("10.5")), "17.4")
eq(D, "4.41 + 4.26 + 1.83 = 10.5 bn", add(n("4.41"), n("4.26"), n("1.83")), "10.5", unit=" bn")
eq(D, "shares 42 + 40.6 + 17.4 = 100", add(n("42"), n("40.6"), n("17.4")), "100")
eq(D, "matchday 1.62 -> 1.83 bn = rose 13%", change(n("1.83"), n("1.62")), "13")
eq(D, "City commercial 341.2 -> 372.0 m = 9%", change(n("372.0"), n("341.2")), "9")
truth(D, "Madrid 831.4 > City 825.9 > PSG 801.8 > Barca 800.1 > United 745.8", 831.4 > 825.9 > 801.8 > 800.1 > 745.8, "ranked")
truth(D, "Spurs 631.6 and Chelsea 589.4 below the top five", 631.6 < 745.8 and 589.4 < 631.6, "consistent with eighth")
t5, t3 = n("96"), n("97")
truth(D, "PLANTED topk (boundary): big five leagues 96% vs three biggest 97% (three must be <= five)", t3.lo < t5.hi,
      f"bands {t3} and {t5} only touch at 96.5 (half-open): cannot hold", planted=True)
eq(D, "PLANTED respectively: Madrid commercial 330.5 -> 401.3 m stated '12%'", change(n("401.3"), n("330.5")), "12", planted=True)
eq(D, "PLANTED change: broadcast 3.95 -> 4.26 bn stated '18% more'", change(n("4.26"), n("3.95")), "18", planted=True)

# ---------------------------------------------------------------- d-en-15 winter crop (government release)
D = "d-en-15"
eq(D, "winter crop 47.0 -> 56.9 Mt = rise 21%", change(n("56.9"), n("47.0")), "21")
eq(D, "56.9 vs 10-year average 46.6 = 22% above", change(n("56.9"), n("46.6")), "22")
eq(D, "barley 10.9 -> 12.8 Mt = increase 17%", change(n("12.8"), n("10.9")), "17")
eq(D, "canola 6.1 -> 5.9 Mt = fall 3%", change(n("5.9"), n("6.1")), "-3")
eq(D, "WA 22.1 / 56.9 = 38.8%", share(n("22.1"), n("56.9")), "38.8")
eq(D, "NSW 14.6 / 56.9 = 25.7%", share(n("14.6"), n("56.9")), "25.7")
truth(D, "states 22.1+14.6+8.3+7.4+4.2 = 56.6 <= 56.9 (Tasmania not given)",
      add(n("22.1"), n("14.6"), n("8.3"), n("7.4"), n("4.2")).lo <= n("56.9").hi, "56.6")
base = div(n("32.2"), I(F("1.255"), F("1.265"), F("1.26")))
truth(D, "PLANTED implied-base: wheat 'rise 26% to 32.2 Mt' implies base [25.42, 25.70]; text says 26.8 Mt",
      base.lo < n("26.8").hi and n("26.8").lo <= base.hi, f"implied base {base}", planted=True)
c = change(n("1.36"), n("1.23"))
truth(D, "PLANTED direction: chickpeas 'fall 11% to 1.36 Mt, from 1.23 Mt'", c.hi < 0, f"change {c} is a rise", planted=True)
above(D, "PLANTED hedge (warning): WA + NSW (22.1 + 14.6) / 56.9 'more than 65%'", share(add(n("22.1"), n("14.6")), n("56.9")), 65,
      planted=True, word="more than 65%")

# ---------------------------------------------------------------- d-en-16 university applications (BBC, clean)
D = "d-en-16"
eq(D, "18-year-old rate 41.6% -> 41.3% = 0.3 points", pts(n("41.6"), n("41.3")), "0.3", unit=" pts")
eq(D, "applicants 643,670 -> 649,450 = 0.9% more", change(n("649450"), n("643670")), "0.9")
eq(D, "nursing 41,830 -> 38,900 = a drop of 7%", change(n("38900"), n("41830")), "-7")
approx(D, "advantaged 55.4% vs disadvantaged 22.1% = two and a half times", div(n("55.4"), n("22.1")), F(5, 2), F(4, 100),
       word="two and a half times")
eq(D, "first choice 183,900 / 225,900 = 81.4%", share(n("183900"), n("225900")), "81.4")

# ---------------------------------------------------------------- d-en-17 German industry (business daily)
D = "d-en-17"
eq(D, "production index 92.1 -> 93.8 = 1.8% on month", change(n("93.8"), n("92.1")), "1.8")
eq(D, "production index 97.3 -> 93.8 = 3.6% lower on year", change(n("93.8"), n("97.3")), "-3.6")
eq(D, "cars 429,700 -> 382,400 = 11.0% fewer", change(n("382400"), n("429700")), "-11.0")
above(D, "gas peak 340 vs 30 EUR/MWh = more than 11 times", div(n("340"), n("30")), 11, word="more than 11 times")
truth(D, "PMI 41.9 -> 42.5 'rose'", n("42.5").lo > n("41.9").hi, "up")
eq(D, "orders 89.7 -> 89.4 = 0.3% on month (the figure the reporter took)", change(n("89.4"), n("89.7")), "-0.3")
eq(D, "PLANTED yoy-vs-mom: orders '0.3% from a year earlier' (93.1 -> 89.4)", change(n("89.4"), n("93.1")), "-0.3", planted=True)
above(D, "PLANTED change (hedged): chemicals 114.2 -> 94.6 'dropped by more than 20%'", sub(exact(0), change(n("94.6"), n("114.2"))), 20,
      planted=True, word="more than 20%")
a, b = n("3.6"), n("3.4")
truth(D, "PLANTED restatement (warning): annual decline 3.6% (March vs March 2023) vs '3.4% annual decline' (no period)",
      a.lo < b.hi and b.lo < a.hi, f"bands {a} and {b} do not meet", planted=True)

# ---------------------------------------------------------------- d-en-18 EU EV charging (JSON)
D = "d-en-18"
eq(D, "charging points 465,000 -> 632,423 = up 36%", change(n("632423"), n("465000")), "36")
eq(D, "Netherlands 144,453 / 632,423 = 22.8%", share(n("144453"), n("632423")), "22.8")
eq(D, "Germany 120,125 / 632,423 = 19.0%", share(n("120125"), n("632423")), "19.0")
eq(D, "France 119,255 / 632,423 = 18.9%", share(n("119255"), n("632423")), "18.9")
eq(D, "three countries (144,453 + 120,125 + 119,255) / 632,423 = 60.7%",
   share(add(n("144453"), n("120125"), n("119255")), n("632423")), "60.7")
above(D, "Netherlands 144,453 vs Greece about 3,500 = more than 40 times", div(n("144453"), n("3500")), 40, word="more than 40 times")
eq(D, "5.6 mln BEVs / 632,423 points = 8.9 per point", div(n("5.6", 10**6), n("632423")), "8.9", unit="")
eq(D, "632,423 (end-2023) -> 3.5 mln (2030) = about 28% a year", cagr(n("3.5", 10**6), n("632423"), 7), "28")
eq(D, "BEV share 12.1% -> 14.6% = 2.5 points (the meant figure)", pts(n("14.6"), n("12.1")), "2.5", unit=" pts")
eq(D, "PLANTED implied-total: 'about 86,700 units' = 15.4% of 632,423", share(n("86700"), n("632423")), "15.4", planted=True)
imp = div(n("86700"), I(F("0.1535"), F("0.1545"), F("0.154")))
truth(D, "  (implied network of 86,700 at 15.4% vs stated 632,423)", not (imp.lo < n("632423").hi and n("632423").lo <= imp.hi),
      f"implied total {imp}")
eq(D, "PLANTED points-vs-percent (warning): 12.1% -> 14.6% 'an increase of 2.5%'", change(n("14.6"), n("12.1")), "2.5", planted=True)
truth(D, "PLANTED enumeration: 'two main obstacles' then three listed", 2 == 3,
      "listed: grid connections; permitting; payment systems", planted=True)

# ---------------------------------------------------------------- d-en-19 Wisconsin dairy (AP, clean)
D = "d-en-19"
eq(D, "herds 6,074 -> 5,661 = down 6.8%", change(n("5661"), n("6074")), "-6.8")
eq(D, "herds lost 6,074 - 5,661 = 413", sub(n("6074"), n("5661")), "413", unit="")
above(D, "5,661 of 15,904 (2004) = just over a third", share(n("5661"), n("15904")), F(100, 3), word="just over a third", ceiling=40)
truth(D, "2004 -> 2024 = two decades", 2024 - 2004 == 20, "20")
eq(D, "milk 31.62 -> 32.1 bn lb = up 1.5%", change(n("32.1"), n("31.62")), "1.5")
approx(D, "32.1 bn lb / 1.27 mln cows = about 25,280 lb", div(n("32.1", 10**9), n("1.27", 10**6)), 25280, F(1, 100),
       word="about 25,280 pounds")
approx(D, "1.27 mln cows / 5,661 herds = about 224", div(n("1.27", 10**6), n("5661")), 224, F(1, 100), word="about 224 cows")
eq(D, "Clark County 780 / 5,661 = 13.8%", share(n("780"), n("5661")), "13.8")
approx(D, "cheese 3.5 of 14.2 bn lb = about a quarter", share(n("3.5"), n("14.2")), 25, F(5, 100), word="about a quarter")

# ---------------------------------------------------------------- d-en-20 mobile money (Reuters, clean)
D = "d-en-20"
eq(D, "mobile money 62.3 -> 71.2 bn = 14.3%", change(n("71.2"), n("62.3")), "14.3")
eq(D, "headline '14% jump' = 14.3% rounded", change(n("71.2"), n("62.3")), "14")
eq(D, "mobile money 71.2 / 176.4 = 40.4%", share(n("71.2"), n("176.4")), "40.4")
eq(D, "voice 62.1 / 176.4 = 35.2%", share(n("62.1"), n("176.4")), "35.2")
eq(D, "data 31.8 / 176.4 = 18.0%", share(n("31.8"), n("176.4")), "18.0")
eq(D, "71.2 + 62.1 + 31.8 + 11.3 = 176.4", add(n("71.2"), n("62.1"), n("31.8"), n("11.3")), "176.4", unit=" bn")
eq(D, "net income 27.8 -> 25.6 = fell 7.9%", change(n("25.6"), n("27.8")), "-7.9")
eq(D, "33.8 (H1 2019) -> 71.2 (H1 2024) = 16% a year over five years", cagr(n("71.2"), n("33.8"), 5), "16")
eq(D, "71.2 bn shillings / 129.5 = $550 mln", div(n("71.2", 1000), n("129.5")), "550", unit=" mln$")
truth(D, "91.2% + 8.7% <= 100% of subscriptions", add(n("91.2"), n("8.7")).lo <= 100, "99.9")
truth(D, "Ethiopia loss widened 16.9 -> 18.2 bn", n("18.2").lo > n("16.9").hi, "widened")

bad = RESULTS.count(False)
print(f"\n{len(RESULTS)} relations checked, {bad} problem(s)")
sys.exit(1 if bad else 0)
