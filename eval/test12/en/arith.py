#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the stated figures, with rounding bands.

Each stated figure is an interval: a number written with d decimals (or rounded to the last
written digit) spans +/- half a unit of that digit. Relations are computed in interval
arithmetic with Fractions. A consistent relation must overlap its stated band ('ok');
a planted one must not ('PLANTED-FAILS'). Exit 1 if a consistent one fails or a planted one holds.
"""
from fractions import Fraction as F
import sys

def B(s, half=None):
    """Band of a figure as written: '17.2' -> [17.15, 17.25]."""
    s = s.replace(",", "")
    v = F(s)
    if half is None:
        d = len(s.split(".")[1]) if "." in s else 0
        half = F(1, 2 * 10 ** d)
    return (v - half, v + half)

def X(s):  # exact figure (counts written in full)
    v = F(s.replace(",", "")); return (v, v)

def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def div(a, b): return (a[0] / b[1], a[1] / b[0])
def mul(a, b): return (a[0] * b[0], a[1] * b[1])
def pct(a, b): return (100 * a[0] / b[1], 100 * a[1] / b[0])            # a as % of b
def chg(new, old): return (100 * (new[0] / old[1] - 1), 100 * (new[1] / old[0] - 1))  # % change
def base(cur, rate_pct): return (cur[0] / (1 + rate_pct[1] / 100), cur[1] / (1 + rate_pct[0] / 100))
def tot(part, share_pct): return (part[0] / (share_pct[1] / 100), part[1] / (share_pct[0] / 100))
def neg(a): return (-a[1], -a[0])
def overlap(a, b): return a[0] <= b[1] and b[0] <= a[1]
def f(x): return f"[{float(x[0]):.4f}, {float(x[1]):.4f}]"

results = []
def rel(doc, name, computed, stated, planted=False):
    holds = overlap(computed, stated)
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        good = not holds
    else:
        tag = "ok" if holds else "FAIL(!)"
        good = holds
    results.append(good)
    print(f"{tag:16} {doc} {name}: computed {f(computed)} vs stated {f(stated)}")

INF = F(10 ** 9)
# ---------------- t12-en-01 Croatia tourism ----------------
d = "01"
arr, arr0 = B("17.2"), B("16.2")
rel(d, "arrivals up 6.2% (17.2m vs 16.2m)", chg(arr, arr0), B("6.2"))
rel(d, "avg stay 5.2 nights = 88.6m / 17.2m", div(B("88.6"), arr), B("5.2"))
nights = B("88.6")
rel(d, "nights parts 38.9+31.4+18.3 = 88.6", add(B("38.9"), B("31.4"), B("18.3")), nights)
rel(d, "hotels 31.4/88.6 'just over a third' (33.3..36.5%)", pct(B("31.4"), nights), (F(100, 3), F(365, 10)))
rel(d, "campsites 18.3/88.6 'about a fifth' (18..22%)", pct(B("18.3"), nights), (F(18), F(22)))
rel(d, "hotel rate 142 vs 131 'about 8% above' (7.5..8.5)", chg(B("142"), B("131")), (F(75, 10), F(85, 10)))
rel(d, "non-EU workers 18,000 of 60,000 = 30% (about -> thousands band)", pct(B("18000", 500), B("60000", 500)), B("30"))
rel(d, "PLANTED share: Germany 3.1m of 17.2m foreign arrivals vs 'roughly 21%'", pct(B("3.1"), arr), B("21"), planted=True)
rel(d, "PLANTED hedge: private 38.9m of 88.6m nights vs 'more than 45%'", pct(B("38.9"), nights), (F(45), INF), planted=True)
rel(d, "PLANTED implied-base: 11.9bn / 1.085 vs stated 10.3bn", base(B("11.9"), B("8.5")), B("10.3"), planted=True)
rel(d, "  (what the figures give: 11.9 vs 10.3 change, vs 8.5%)", chg(B("11.9"), B("10.3")), B("8.5"), planted=True)

# ---------------- t12-en-02 Brazil coffee ----------------
d = "02"
rel(d, "March exports fell 12.4 pct (3.82 vs 4.36)", neg(chg(B("3.82"), B("4.36"))), B("12.4"))
rel(d, "March breakdown 3.05+0.41+0.35 <= 3.82 (rest = roasted, >= 0)", sub(B("3.82"), add(B("3.05"), B("0.410", F(5, 1000)), B("0.350", F(5, 1000)))), (F(0), INF))
rel(d, "revenue 3.82m bags x 243.50 = 930.2 mln dlrs", mul(B("3.82"), B("243.50")), B("930.2"))
season = B("35.9")
rel(d, "season up 30.1 pct (35.9 vs 27.6)", chg(season, B("27.6")), B("30.1"))
rel(d, "Germany 6.1/35.9 = 17.0 pct", pct(B("6.1"), season), B("17.0"))
rel(d, "US 5.3/35.9 = 14.8 pct", pct(B("5.3"), season), B("14.8"))
rel(d, "Santos 79.4 + Rio 16.2 <= 100", add(B("79.4"), B("16.2")), (F(0), F(100)))
rel(d, "Conab crop up 5.5 pct (58.08 vs 55.07)", chg(B("58.08"), B("55.07")), B("5.5"))
rel(d, "PLANTED implied-total: Italy 3.2 / 10.7% vs season total 35.9", tot(B("3.2"), B("10.7")), season, planted=True)
rel(d, "  (Italy's true share 3.2/35.9 vs 10.7)", pct(B("3.2"), season), B("10.7"), planted=True)
rel(d, "PLANTED fraction: conilon 0.41 vs 1.24 'cut by half' (-45..-55%)", chg(B("0.410", F(5, 1000)), B("1.24")), (F(-55), F(-45)), planted=True)
rel(d, "PLANTED change: price 243.50 vs 182.10 'climbed 38 pct'", chg(B("243.50"), B("182.10")), B("38"), planted=True)

# ---------------- t12-en-03 Harbour Mutual ----------------
d = "03"
rel(d, "pre-tax 612 vs 638 'a 4% drop'", neg(chg(B("612"), B("638"))), B("4"))
rel(d, "NII rose 7% (1.84 vs 1.72)", chg(B("1.84"), B("1.72")), B("7"))
loans = B("71.2")
rel(d, "loan-to-deposit 71.2/78.4 = 91%", pct(loans, B("78.4")), B("91"))
rel(d, "cost:income 54.9 - 52.4 = 2.5 pp", sub(B("54.9"), B("52.4")), B("2.5"))
rel(d, "loan book 48.6 + 13.3 + 9.3 = 71.2", add(B("48.6"), B("13.3"), B("9.3")), loans)
rel(d, "dividend 5.2p vs 4.8p raised 8%", chg(B("5.2"), B("4.8")), B("8"))
rel(d, "PLANTED direction: impairments 146 vs 124 'fell 18%' (signed -18)", chg(B("146"), B("124")), B("-18"), planted=True)
rel(d, "  (magnitude matches a rise: +17.7%)", chg(B("146"), B("124")), B("18"))
rel(d, "PLANTED share: mortgages 48.6 of loan book 71.2 vs '73%'", pct(B("48.6"), loans), B("73"), planted=True)
rel(d, "PLANTED restatement: CET1 at June 30 14.2% vs 14.6% at end of June", B("14.2"), B("14.6"), planted=True)

# ---------------- t12-en-04 Labour Force Survey ----------------
d = "04"
emp, emp_chg = X("2738400"), X("84900")
emp0 = sub(emp, emp_chg)
rel(d, "employment +84,900 = 3.2% of 2,653,500", pct(emp_chg, emp0), B("3.2"))
une, une0 = X("121300"), X("108700")
rel(d, "unemployment rate 121,300/(2,738,400+121,300) = 4.2%", pct(une, add(emp, une)), B("4.2"))
rel(d, "Q2 2023 rate 108,700/(2,653,500+108,700) = 3.9%", pct(une0, add(emp0, une0)), B("3.9"))
rel(d, "rate change 4.2 - 3.9 = 0.3 pp", sub(B("4.2"), B("3.9")), B("0.3"))
rel(d, "labour force 2,859,700 = 2.86 million", add(emp, une), (F(2855000), F(2865000)))
rel(d, "men + women = employment", add(X("1448100"), X("1290300")), emp)
rel(d, "women 1,290,300 = 47.1%", pct(X("1290300"), emp), B("47.1"))
rel(d, "full-time + part-time = employment", add(X("2149300"), X("589100")), emp)
rel(d, "part-time 589,100 = 21.5%", pct(X("589100"), emp), B("21.5"))
rel(d, "PLANTED implied-base: 121,300 / 1.065 vs stated 108,700", base(une, B("6.5")), une0, planted=True)
rel(d, "  (what the figures give: 121,300 vs 108,700)", chg(une, une0), B("6.5"), planted=True)
rel(d, "PLANTED fraction: 21,400 of 84,900 new jobs vs 'two in five' (35..45%)", pct(X("21400"), emp_chg), (F(35), F(45)), planted=True)
rel(d, "PLANTED restatement (warning): youth rate 11.8% (Q2 2024) vs 12.3% (no period)", B("11.8"), B("12.3"), planted=True)

# ---------------- t12-en-05 Spain power ----------------
d = "05"
gen, ren, nonren = B("268.4"), B("151.3"), B("117.1")
rel(d, "renewables 151.3/268.4 = 56.4%", pct(ren, gen), B("56.4"))
rel(d, "renewables + non-renewables = total", add(ren, nonren), gen)
rel(d, "share 56.4 - 50.3 = 6.1 pp", sub(B("56.4"), B("50.3")), B("6.1"))
rel(d, "renewable parts 61.2+44.5+34.9+4.1+6.6 = 151.3", add(B("61.2"), B("44.5"), B("34.9"), B("4.1"), B("6.6")), ren)
rel(d, "wind 61.2/268.4 'just under 23%' (22..23)", pct(B("61.2"), gen), (F(22), F(23)))
rel(d, "hydro 34.9/268.4 = 13.0%", pct(B("34.9"), gen), B("13.0"))
rel(d, "non-renewable named parts 52.4+36.7+17.8+2.9 <= 117.1 (remainder >= 0)", sub(nonren, add(B("52.4"), B("36.7"), B("17.8"), B("2.9"))), (F(0), INF))
rel(d, "gas 36.7 vs 47.7 down 23%", neg(chg(B("36.7"), B("47.7"))), B("23"))
rel(d, "solar PV capacity 32.1 > wind 31.4", sub(B("32.1"), B("31.4")), (F(0), INF))
rel(d, "wholesale price 63.04 vs 87.10 fell 28%", neg(chg(B("63.04"), B("87.10"))), B("28"))
rel(d, "CO2 29.8 vs 34.6 '14% less'", neg(chg(B("29.8"), B("34.6"))), B("14"))
rel(d, "PLANTED hedge: solar PV 44.5/268.4 vs 'more than 17%'", pct(B("44.5"), gen), (F(17), INF), planted=True)
rel(d, "PLANTED implied-total: nuclear 52.4 / 38.6% vs non-renewable total 117.1", tot(B("52.4"), B("38.6")), nonren, planted=True)
rel(d, "  (nuclear's true share 52.4/117.1 vs 38.6)", pct(B("52.4"), nonren), B("38.6"), planted=True)
rel(d, "PLANTED sum: capacity parts 31.4+32.1+17.1+7.1+26.2+12.6 vs 128.9", add(B("31.4"), B("32.1"), B("17.1"), B("7.1"), B("26.2"), B("12.6")), B("128.9"), planted=True)

# ---------------- t12-en-06 ED performance (clean) ----------------
d = "06"
tot_, tot0 = X("1852400"), X("1771000")
rel(d, "attendances up 4.6% (1,852,400 vs 1,771,000)", chg(tot_, tot0), B("4.6"))
rel(d, "'Nearly 1.9 million' (1.8m..1.9m)", tot_, (F(1800000), F(1900000)))
rel(d, "on-time 68.3 - 64.9 = 3.4 pp", sub(B("68.3"), B("64.9")), B("3.4"))
met, reg, met0, reg0 = X("1204100"), X("648300"), X("1158900"), X("612100")
rel(d, "metro + regional = total", add(met, reg), tot_)
rel(d, "metro 65.0% of total", pct(met, tot_), B("65.0"))
rel(d, "2022-23 metro + regional = 1,771,000", add(met0, reg0), tot0)
rel(d, "metro rose 3.9% (respectively, first)", chg(met, met0), B("3.9"))
rel(d, "regional rose 5.9% (respectively, second)", chg(reg, reg0), B("5.9"))
rel(d, "top-5 24.1% <= top-10 41.6%", sub(B("41.6"), B("24.1")), (F(0), INF))
rel(d, "June 158,700 vs June 2023 150,900 = +5.2% (YoY)", chg(X("158700"), X("150900")), B("5.2"))
rel(d, "June 158,700 vs May 155,000 = +2.4% (MoM)", chg(X("158700"), X("155000")), B("2.4"))
rel(d, "triage 12,100+218,600+702,300+741,800+177,600 = total", add(X("12100"), X("218600"), X("702300"), X("741800"), X("177600")), tot_)
rel(d, "cat 3+4 'almost 78%' (75..78)", pct(add(X("702300"), X("741800")), tot_), (F(75), F(78)))
rel(d, "cat 5 177,600 = 9.6%", pct(X("177600"), tot_), B("9.6"))
rel(d, "ambulance 431,200 = 23.3%", pct(X("431200"), tot_), B("23.3"))
rel(d, "ambulance 'more than one in five' (>20%)", pct(X("431200"), tot_), (F(20), INF))
rel(d, "waiting list 48,900 vs 55,100 fell 11%", neg(chg(X("48900"), X("55100"))), B("11"))
rel(d, "spending $2.0bn / 1,852,400 = about $1,080", div((F(195, 100) * 10**9, F(205, 100) * 10**9), tot_), (F(1050), F(1110)))

bad = results.count(False)
print(f"\n{len(results)} relations, {bad} unexpected")
print("arith: ALL AS INTENDED" if not bad else "arith: PROBLEMS")
sys.exit(1 if bad else 0)
