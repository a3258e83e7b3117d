#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated in the articles.

Every stated figure is an interval: a rounded figure "3.42" is [3.415, 3.425); counts written in
full ("28,460") are exact. A relation is consistent when the interval computed from the operands
meets the interval of the stated result. Consistent relations print `ok`; planted ones must fail
and print `PLANTED-FAILS`. Exit 1 if a consistent relation fails or a planted one holds."""
import sys
from fractions import Fraction as F
from decimal import Decimal, getcontext

getcontext().prec = 40

def r(s):
    """Rounded figure as written -> half-open band (lo, hi)."""
    s = s.replace(",", "")
    d = Decimal(s)
    exp = d.as_tuple().exponent
    half = F(1, 2) * F(10) ** exp
    v = F(s)
    return (v - half, v + half)

def x(s):
    """Exact figure (counts written in full)."""
    v = F(s.replace(",", ""))
    return (v, v)

def div(a, b):  # positive intervals
    return (a[0] / b[1], a[1] / b[0])

def add(*xs):
    return (sum(i[0] for i in xs), sum(i[1] for i in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def pct_of(a, b):
    q = div(a, b); return (q[0] * 100, q[1] * 100)

def pct_change(new, old):
    q = div(new, old); return ((q[0] - 1) * 100, (q[1] - 1) * 100)

def cagr(end, start, years):
    q = div(end, start)
    n = Decimal(1) / Decimal(years)
    lo = (Decimal(q[0].numerator) / Decimal(q[0].denominator)) ** n
    hi = (Decimal(q[1].numerator) / Decimal(q[1].denominator)) ** n
    return (F(str((lo - 1) * 100)), F(str((hi - 1) * 100)))

def meets(a, b):
    return a[0] <= b[1] and b[0] <= a[1]

def fmt(iv):
    return f"[{float(iv[0]):.3f}, {float(iv[1]):.3f}]"

bad = 0
def check(doc, label, holds, detail, planted=False):
    global bad
    if planted:
        status = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (bad)"
        if holds: bad += 1
    else:
        status = "ok" if holds else "FAIL"
        if not holds: bad += 1
    print(f"{status:14} {doc} {label}: {detail}")

def rel(doc, label, computed, stated, planted=False):
    check(doc, label, meets(computed, stated), f"computed {fmt(computed)} vs stated {fmt(stated)}", planted)

def neg(iv):
    return (-iv[1], -iv[0])

# ---------------- t15-en-01 airline ----------------
D = "01"
rel(D, "passengers +7.9% (3.42m vs 3.17m)", pct_change(r("3.42"), r("3.17")), r("7.9"))
rel(D, "passengers 5.3% below September (3.42m vs 3.61m)", neg(pct_change(r("3.42"), r("3.61"))), r("5.3"))
rel(D, "load factor 84.1% = RPK 8.74bn / ASK 10.39bn", pct_of(r("8.74"), r("10.39")), r("84.1"))
rel(D, "load factor +1.6 pts (84.1 - 82.5)", sub(r("84.1"), r("82.5")), r("1.6"))
ask23 = div(r("10.39"), (1 + r("6.5")[0] / 100, 1 + r("6.5")[1] / 100))
rel(D, "implied 2023 ASK (10.39bn / 1.065) gives 2023 load factor 82.5% with 8.05bn RPK", pct_of(r("8.05"), ask23), r("82.5"))
rel(D, "domestic 2.15m + international 1.27m = 3.42m", add(r("2.15"), r("1.27")), r("3.42"))
rel(D, "ancillary EUR 21.40 twice EUR 10.70", div(r("21.40"), r("10.70")), x("2"))
rel(D, "jet fuel down 13.8% ($780 vs $905 a tonne)", neg(pct_change(x("780"), x("905"))), r("13.8"))
rel(D, "Jan-Oct passengers +6.4% (33.8m vs 31.8m)", pct_change(r("33.8"), r("31.8")), r("6.4"))
rel(D, "PLANTED yoy-vs-mom: RPK 'rose 8.6% compared with the previous month' (8.74bn vs Sept 9.12bn)",
    pct_change(r("8.74"), r("9.12")), r("8.6"), planted=True)
rel(D, "   (the 8.6% is the year-on-year rate: 8.74bn vs 8.05bn)", pct_change(r("8.74"), r("8.05")), r("8.6"))
rel(D, "PLANTED share: international 1.27m = 41.5% of 3.42m", pct_of(r("1.27"), r("3.42")), r("41.5"), planted=True)
rel(D, "PLANTED multiple: 18,400 t 'three times' 7,300 t", div(x("18400"), x("7300")), x("3"), planted=True)

# ---------------- t15-en-02 state budget ----------------
D = "02"
rel(D, "spending +4.8 pct ($96.4bn vs $92.0bn)", pct_change(r("96.4"), r("92.0")), r("4.8"))
rel(D, "deficit $3.3bn = 96.4 - 93.1", sub(r("96.4"), r("93.1")), r("3.3"))
rel(D, "health $31.2bn = 32.4 pct of $96.4bn", pct_of(r("31.2"), r("96.4")), r("32.4"))
rel(D, "education $24.6bn = 25.5 pct of $96.4bn", pct_of(r("24.6"), r("96.4")), r("25.5"))
rel(D, "health +6.1 pct (31.2 vs 29.4) [respectively, first]", pct_change(r("31.2"), r("29.4")), r("6.1"))
rel(D, "education +3.8 pct (24.6 vs 23.7) [respectively, second]", pct_change(r("24.6"), r("23.7")), r("3.8"))
rel(D, "stamp duty +5.1 pct ($8.3bn vs $7.9bn)", pct_change(r("8.3"), r("7.9")), r("5.1"))
rel(D, "net debt $71.5bn about 77 pct of revenue $93.1bn", pct_of(r("71.5"), r("93.1")), r("77"))
rel(D, "roads and rail $27.2bn = 40 pct of $68.0bn", pct_of(r("27.2"), r("68.0")), r("40"))
rel(D, "PLANTED sum: 31.2+24.6+9.8+7.1+25.9 ('the remaining') = total outlays $96.4bn",
    add(r("31.2"), r("24.6"), r("9.8"), r("7.1"), r("25.9")), r("96.4"), planted=True)
rel(D, "PLANTED implied-total: payroll $11.6bn = 14.5 pct of state revenue $93.1bn", pct_of(r("11.6"), r("93.1")), r("14.5"), planted=True)
rel(D, "   (implied revenue 11.6/0.145 vs stated $93.1bn)", div(r("11.6"), (r("14.5")[0] / 100, r("14.5")[1] / 100)), r("93.1"), planted=True)
rel(D, "PLANTED restatement: 1,150 additional nurses in 2025-26 vs 1,510 extra nurses for 2025-26", x("1150"), x("1510"), planted=True)

# ---------------- t15-en-03 housing starts ----------------
D = "03"
rel(D, "Q3 starts +5.2% on Q2 (28,460 vs 27,050)", pct_change(x("28460"), x("27050")), r("5.2"))
rel(D, "Q3 starts down 3.4% on Q3 2023 (28,460 vs 29,460)", neg(pct_change(x("28460"), x("29460"))), r("3.4"))
rel(D, "Jan-Sep 4.9% fewer (82,310 vs 86,550)", neg(pct_change(x("82310"), x("86550"))), r("4.9"))
rel(D, "houses + apartments Q3 = 16,920 + 11,540 = 28,460", add(x("16920"), x("11540")), x("28460"))
rel(D, "houses + apartments Q2 = 16,710 + 10,340 = 27,050", add(x("16710"), x("10340")), x("27050"))
rel(D, "houses up 1.3% (16,920 vs 16,710)", pct_change(x("16920"), x("16710")), r("1.3"))
rel(D, "apartments up 11.6% (11,540 vs 10,340)", pct_change(x("11540"), x("10340")), r("11.6"))
rel(D, "apartments 40.5% of all starts (11,540 / 28,460)", pct_of(x("11540"), x("28460")), r("40.5"))
rel(D, "apartments 38.2% in Q2 (10,340 / 27,050)", pct_of(x("10340"), x("27050")), r("38.2"))
rel(D, "apartment share +2.3 pts (40.5 - 38.2)", sub(r("40.5"), r("38.2")), r("2.3"))
rel(D, "Central +7.4% (8,130 vs 7,570) [respectively, first]", pct_change(x("8130"), x("7570")), r("7.4"))
rel(D, "regions sum 9,870 + 8,130 + 6,240 + 4,220 = 28,460", add(x("9870"), x("8130"), x("6240"), x("4220")), x("28460"))
check(D, "all four regions above 4,000 starts", min(9870, 8130, 6240, 4220) > 4000, "min 4,220 > 4,000")
check(D, "Southern Q2 3,950 the lowest regional base (Northern Q2 = 27,050-7,570-5,980-3,950 = 9,550)",
      3950 < min(27050 - 7570 - 5980 - 3950, 7570, 5980), "3,950 < 5,980")
rel(D, "value of work $9.4bn + $2.4bn = $11.8bn", add(r("9.4"), r("2.4")), r("11.8"))
rel(D, "PLANTED share: Northern 9,870 = 37.9% of 28,460", pct_of(x("9870"), x("28460")), r("37.9"), planted=True)
rel(D, "PLANTED respectively: Coastal 'rose 2.1%' (6,240 vs 5,980)", pct_change(x("6240"), x("5980")), r("2.1"), planted=True)
rel(D, "PLANTED direction: Southern 'fell 6.8%' to 4,220 from 3,950 (signed change)", pct_change(x("4220"), x("3950")), neg(r("6.8")), planted=True)
rel(D, "   (the figures give a rise of 6.8%)", pct_change(x("4220"), x("3950")), r("6.8"))

# ---------------- t15-en-04 wind and solar ----------------
D = "04"
rel(D, "wind 38.9 + solar 22.9 = 61.8 TWh", add(r("38.9"), r("22.9")), r("61.8"))
rel(D, "wind+solar 41.6% of 148.5 TWh", pct_of(r("61.8"), r("148.5")), r("41.6"))
check(D, "'a little more than two in five' (41.6% > 40%)", pct_of(r("61.8"), r("148.5"))[0] > 40, "lower bound > 40")
rel(D, "share +5.9 pts (41.6 - 35.7)", sub(r("41.6"), r("35.7")), r("5.9"))
rel(D, "generation mix 61.8 + 52.3 + 12.6 + 18.4 + 3.4 = 148.5 TWh", add(r("61.8"), r("52.3"), r("12.6"), r("18.4"), r("3.4")), r("148.5"))
check(D, "solar capacity 'more than tripled' (14.6 / 4.2 GW)", div(r("14.6"), r("4.2"))[0] > 3, f"ratio {fmt(div(r('14.6'), r('4.2')))}")
rel(D, "wind capacity 'about 5% a year' 2020-2024 (11.0 -> 13.4 GW, 4 years; 'about 5' read as [4.5, 5.5))",
    cagr(r("13.4"), r("11.0"), 4), (F(45, 10), F(55, 10)))
rel(D, "solar top three 31.2% <= top ten 52.6%", (F(0), r("52.6")[1]), r("31.2"))
rel(D, "curtailment 1.3 TWh about 2.1% of 61.8 TWh", pct_of(r("1.3"), r("61.8")), r("2.1"))
rel(D, "carbon intensity decline 22.8% (312 -> 241 g/kWh)", neg(pct_change(x("241"), x("312"))), r("22.8"))
rel(D, "PLANTED fraction: solar 22.9 of 148.5 TWh 'about a quarter' (read as [22, 28))",
    pct_of(r("22.9"), r("148.5")), (F(22), F(28)), planted=True)
check(D, "PLANTED hedge: fossil (52.3 + 12.6 TWh) 'less than 40%' of 148.5 TWh",
      pct_of(add(r("52.3"), r("12.6")), r("148.5"))[0] < 40,
      f"computed {fmt(pct_of(add(r('52.3'), r('12.6')), r('148.5')))} vs < 40", planted=True)
rel(D, "PLANTED cagr: solar 4.2 GW (2019) -> 14.6 GW (2024), 5 years, stated 36.5%", cagr(r("14.6"), r("4.2"), 5), r("36.5"), planted=True)
rel(D, "   (36.5% is the 4-year rate, off by one year)", cagr(r("14.6"), r("4.2"), 4), r("36.5"))
check(D, "PLANTED topk: top three 58.4% <= top five 55.1%", r("58.4")[0] <= r("55.1")[1],
      "58.35 > 55.15", planted=True)

# ---------------- t15-en-05 football club ----------------
D = "05"
rel(D, "broadcasting £131.5m = 45.8% of £287.4m", pct_of(r("131.5"), r("287.4")), r("45.8"))
rel(D, "revenue parts 131.5 + 98.2 + 57.7 = 287.4", add(r("131.5"), r("98.2"), r("57.7")), r("287.4"))
rel(D, "commercial +14.1% (98.2 vs 86.1)", pct_change(r("98.2"), r("86.1")), r("14.1"))
rel(D, "matchday +3.0% (57.7 vs 56.0)", pct_change(r("57.7"), r("56.0")), r("3.0"))
rel(D, "wages 70.0% of turnover (201.3 / 287.4)", pct_of(r("201.3"), r("287.4")), r("70.0"))
rel(D, "attendance 96.7% full (39,870 / 41,250)", pct_of(x("39870"), x("41250")), r("96.7"))
rel(D, "net transfer outlay £35.5m = 96.5 - 61.0", sub(r("96.5"), r("61.0")), r("35.5"))
check(D, "broadcasting 'close to half' of earnings (45.8%, below 50)", r("45.8")[1] < 50 and r("45.8")[0] > 40, "40 < 45.8 < 50")
rel(D, "PLANTED implied-base: revenue 'rose 11.2%' to £287.4m from last season's £248.6m",
    pct_change(r("287.4"), r("248.6")), r("11.2"), planted=True)
rel(D, "   (implied base 287.4/1.112 vs stated £248.6m)", div(r("287.4"), (1 + r("11.2")[0] / 100, 1 + r("11.2")[1] / 100)), r("248.6"), planted=True)
rel(D, "PLANTED change: wages 'rose 8.3%' to £201.3m from £176.9m", pct_change(r("201.3"), r("176.9")), r("8.3"), planted=True)
rel(D, "PLANTED restatement (warning): pre-tax loss £18.7m (year to June 30, 2024) vs 'the £17.8m loss'", r("18.7"), r("17.8"), planted=True)

# ---------------- t15-en-06 hospital (clean) ----------------
D = "06"
rel(D, "list 2.6% lower than August (48,310 vs 49,600)", neg(pct_change(x("48310"), x("49600"))), r("2.6"))
rel(D, "list 7.4% below a year ago (48,310 vs 52,170)", neg(pct_change(x("48310"), x("52170"))), r("7.4"))
rel(D, "over a year 1,940 = 4.0% of 48,310", pct_of(x("1940"), x("48310")), r("4.0"))
check(D, "over 18 weeks 19,120 'almost two in five' (below and near 40%)",
      36 < pct_of(x("19120"), x("48310"))[0] and pct_of(x("19120"), x("48310"))[1] < 40, f"{fmt(pct_of(x('19120'), x('48310')))}")
rel(D, "within 18 weeks 60.4% = (48,310 - 19,120) / 48,310", pct_of(sub(x("48310"), x("19120")), x("48310")), r("60.4"))
rel(D, "top three specialties 44.7% (9,870 + 6,420 + 5,310)", pct_of(add(x("9870"), x("6420"), x("5310")), x("48310")), r("44.7"))
rel(D, "top five specialties 60.7% (+ 4,180 + 3,560)", pct_of(add(x("9870"), x("6420"), x("5310"), x("4180"), x("3560")), x("48310")), r("60.7"))
check(D, "top three 44.7% <= top five 60.7%", r("44.7")[0] <= r("60.7")[1], "44.7 <= 60.7")
rel(D, "orthopaedics -5.1% (9,870 vs 10,400) [respectively, first]", neg(pct_change(x("9870"), x("10400"))), r("5.1"))
rel(D, "ophthalmology -3.2% (6,420 vs 6,630) [respectively, second]", neg(pct_change(x("6420"), x("6630"))), r("3.2"))
check(D, "'just over 48,000' restates 48,310", 48000 < 48310 < 49000, "48,000 < 48,310 < 49,000")
rel(D, "scans up 18% (3,150 vs 2,670)", pct_change(x("3150"), x("2670")), r("18"))
rel(D, "A&E +2.3 pts (71.2 - 68.9)", sub(r("71.2"), r("68.9")), r("2.3"))

print()
print("arith: OK" if bad == 0 else f"arith: {bad} unexpected result(s)")
sys.exit(1 if bad else 0)
