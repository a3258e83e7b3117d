#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the stated figures, with rounding bands.
A stated figure with d decimals is allowed [x - 0.5*10^-d, x + 0.5*10^-d).
Consistent relations print 'ok'; planted ones must print 'PLANTED-FAILS'. Exit 1 otherwise."""
import sys
from fractions import Fraction as F

def band(s):
    """'2.41' -> (2.405, 2.415) as Fractions."""
    s = s.replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    x = F(s); h = F(1, 2 * 10 ** d)
    return (x - h, x + h)

def div(a, b):  # interval a/b (positive)
    return (a[0] / b[1], a[1] / b[0])

def pct_change(new, old):
    r = div(new, old); return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def pct_share(part, total):
    r = div(part, total); return (r[0] * 100, r[1] * 100)

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def overlap(a, b):
    return a[0] <= b[1] and b[0] <= a[1]

bad = 0
def report(doc, name, holds, planted, detail):
    global bad
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS!!"
        if holds: bad += 1
    else:
        tag = "ok" if holds else "FAIL!!"
        if not holds: bad += 1
    print(f"{tag:15} {doc} {name}: {detail}")

def fmt(iv):
    return f"[{float(iv[0]):.4f}, {float(iv[1]):.4f}]"

def eq(doc, name, computed, stated, planted=False):
    report(doc, name, overlap(computed, stated), planted, f"computed {fmt(computed)} vs stated {fmt(stated)}")

def neg(iv):
    return (-iv[1], -iv[0])

B = band
# ---------------- t11-en-01 tourism ----------------
D = "01"
eq(D, "stays up 6.2% (2.41m vs 2.27m)", pct_change(B("2.41"), B("2.27")), B("6.2"))
eq(D, "day visits dip 1.5% (9.8m from 9.95m)", neg(pct_change(B("9.8"), B("9.95"))), B("1.5"))
eq(D, "PLANTED share: accommodation 238/612 vs 43.9%", pct_share(B("238"), B("612")), B("43.9"), planted=True)
eq(D, "food & drink 171/612 = 27.9%", pct_share(B("171"), B("612")), B("27.9"))
eq(D, "attractions 94/612 = 15.4%", pct_share(B("94"), B("612")), B("15.4"))
rest = sub(B("612"), add(B("238"), B("171"), B("94")))
report(D, "balance of spending positive (612-238-171-94)", rest[0] > 0, False, fmt(rest))
eq(D, "domestic + overseas = total stays (2.05m + 0.36m vs 2.41m)", add(B("2.05"), (F("359500")/10**6, F("360500")/10**6)), B("2.41"))
# implied 2023 bases from (up 5%) and (up 13%) sum to 2.27m
imp = (B("2.05")[0] / F("1.055") + F("0.3595") / F("1.135"), B("2.05")[1] / F("1.045") + F("0.3605") / F("1.125"))
eq(D, "implied 2023 bases of (up 5%) and (up 13%) sum to 2.27m", imp, B("2.27"))
eq(D, "bed spaces 16,200 - 14,300 = 1,900", sub(B("16200"), B("14300")), (F(1899), F(1901)))
span = 2024 - 2017
report(D, "PLANTED period-span: 'over the past decade' but 2017->2024", 9 <= span <= 11, True, f"{span} years vs ~10")
eq(D, "share of SW trips 8.4 - 7.9 = 0.5 points", sub(B("8.4"), B("7.9")), B("0.5"))
eq(D, "PLANTED restatement: 2024 overnight stays 2.14m vs 2.41m", B("2.14"), B("2.41"), planted=True)
eq(D, "levy 2.41m x 1.50 = about 3.6m", (B("2.41")[0] * F("1.50"), B("2.41")[1] * F("1.50")), B("3.6"))
report(D, "title 'tops 2.4 million' (2.41m)", B("2.41")[0] > F("2.4"), False, "2.405 > 2.4")

# ---------------- t11-en-02 mortgages ----------------
D = "02"
imp = div(B("1.39"), (1 + B("14")[0] / 100, 1 + B("14")[1] / 100))
eq(D, "PLANTED implied-base: 1.39bn / 1.14 vs stated 1.12bn", imp, B("1.12"), planted=True)
eq(D, "first-time buyers 812m / 1390m = 58.4%", pct_share(B("812"), B("1390") if False else (F("1385"), F("1395"))), B("58.4"))
eq(D, "PLANTED points-vs-percent: 68.4 vs 61.2 relative change vs stated 7.2%", pct_change(B("68.4"), B("61.2")), B("7.2"), planted=True)
eq(D, "  (the same 7.2 is right as points)", sub(B("68.4"), B("61.2")), B("7.2"))
eq(D, "rate 4.02 -> 3.91 = 11 basis points", sub(B("4.02"), B("3.91")), (F("0.105"), F("0.115")))
report(D, "top 3 (78.5%) <= top 5 (94.1%)", B("78.5")[0] <= B("94.1")[1], False, "78.5 <= 94.1")
eq(D, "PLANTED yoy-vs-mom: cards 2.87 vs Feb 2.74 (mom) vs stated 2.1%", pct_change(B("2.87"), B("2.74")), B("2.1"), planted=True)
eq(D, "  (2.1% is the year-on-year: 2.87 vs 2.81)", pct_change(B("2.87"), B("2.81")), B("2.1"))
eq(D, "business lending mom -0.8% (39.6 vs 39.92)", neg(pct_change(B("39.6"), B("39.92"))), B("0.8"))
eq(D, "business lending yoy +3.5% (39.6 vs 38.26)", pct_change(B("39.6"), B("38.26")), B("3.5"))
eq(D, "household deposits +4.2% (152.3 vs 146.2)", pct_change(B("152.3"), B("146.2")), B("4.2"))
eq(D, "business deposits +1.9% (71.6 vs 70.3)", pct_change(B("71.6"), B("70.3")), B("1.9"))

# ---------------- t11-en-03 coffee ----------------
D = "03"
drop = neg(pct_change(B("118000"), B("162500")))
report(D, "PLANTED change: April drop 'more than 30 pct' (118,000 vs 162,500)", drop[1] > 30, True, f"drop {fmt(drop)}")
eq(D, "April vs March +6.4 pct (118,000 vs 110,900)", pct_change(B("118000"), B("110900")), B("6.4"))
eq(D, "avg price 652m / 118,000 t = about 5,525", div((F("651.5e6"), F("652.5e6")), B("118000")), (F(5515), F(5535)))
eq(D, "Germany +11.6 pct (71,200 vs 63,800)", pct_change(B("71200"), B("63800")), B("11.6"))
eq(D, "PLANTED respectively: Italy 50,400 vs 47,600 vs stated 8.3 pct", pct_change(B("50400"), B("47600")), B("8.3"), planted=True)
report(D, "PLANTED topk: top 5 (38.6) <= top 10 (36.2)", B("38.6")[0] <= B("36.2")[1], True, "38.55 > 36.25")
report(D, "top 3 provinces (71.8) <= top 5 (88.9)", B("71.8")[0] <= B("88.9")[1], False, "ok")
eq(D, "crop 29.1 vs 29.6 = down 1.7 pct", neg(pct_change(B("29.1"), B("29.6"))), B("1.7"))
eq(D, "dong/dlr rate consistent: 128,000/5.02 vs 131,000/5.14", div(B("128000"), B("5.02")), div(B("131000"), B("5.14")))

# ---------------- t11-en-04 labour (clean) ----------------
D = "04"
eq(D, "unemployment 63,000 / 1.37m = 4.6%", pct_share(B("63000"), (F("1365000"), F("1375000"))), B("4.6"))
eq(D, "full-time + part-time = 1.31m (968k + 339k)", add(B("968"), B("339")), (F("1305"), F("1315")))
eq(D, "employment by industry sums to 1.31m (412+228+171+496)", add(B("412"), B("228"), B("171"), B("496")), (F("1305"), F("1315")))
eq(D, "full-time +0.9% (968k vs 959k)", pct_change(B("968"), sub(B("968"), B("9"))), B("0.9"))
eq(D, "part-time +0.6% (339k vs 337k)", pct_change(B("339"), sub(B("339"), B("2"))), B("0.6"))
sh = pct_share(B("412"), add(B("412"), B("228"), B("171"), B("496")))
report(D, "public admin 412k 'almost a third' of 1,307k", sh[0] < F(100, 3) and sh[1] > 28, False, fmt(sh))
lo = (B("44800")[0] / B("31500")[1]) ** (1 / 5) - 1; hi = (B("44800")[1] / B("31500")[0]) ** (1 / 5) - 1
eq(D, "digital CAGR 2019-2024 about 7.3%", (F(lo * 100), F(hi * 100)), B("7.3"))
report(D, "top 5 (9.6) <= top 10 (14.2)", True, False, "ok")
m = div(B("11.4"), B("4.6"))
report(D, "youth 11.4 / 4.6 'almost two and a half times'", F("2.3") <= F(114, 46) <= F("2.5"), False, f"{float(F(114,46)):.3f}, band {fmt(m)}")
eq(D, "claimant +1.2% mom (41,250 vs 40,760)", pct_change(B("41250"), B("40760")), B("1.2"))
eq(D, "claimant -3.4% yoy (41,250 vs 42,700)", neg(pct_change(B("41250"), B("42700"))), B("3.4"))
eq(D, "vacancies -7.2% (28,400 vs 30,600)", neg(pct_change(B("28400"), B("30600"))), B("7.2"))
eq(D, "pay +5.3% (652 vs 619)", pct_change(B("652"), B("619")), B("5.3"))
eq(D, "real pay 5.3 - 2.6 = roughly 2.7 points", sub(B("5.3"), B("2.6")), B("2.7"))
report(D, "'lowest in 17 years, since early 2008' (2025)", 2025 - 2008 == 17, False, "17")
eq(D, "'About 1.3 million' restates 1.31 million", B("1.31"), (F("1.25"), F("1.35")))

# ---------------- t11-en-05 energy ----------------
D = "05"
eq(D, "renewables 71.2 - 61.0 = 10.2 points", sub(B("71.2"), B("61.0")), B("10.2"))
eq(D, "wind 13.9/50.8 = 27.4%", pct_share(B("13.9"), B("50.8")), B("27.4"))
eq(D, "hydro 13.3/50.8 = 26.2%", pct_share(B("13.3"), B("50.8")), B("26.2"))
eq(D, "solar 6.3/50.8 = 12.4%", pct_share(B("6.3"), B("50.8")), B("12.4"))
eq(D, "renewables (13.9+13.3+6.3+2.7)/50.8 = 71.2%", pct_share(add(B("13.9"), B("13.3"), B("6.3"), B("2.7")), B("50.8")), B("71.2"))
wh = pct_share(add(B("13.9"), B("13.3")), B("50.8"))
report(D, "wind + hydro 'more than half'", wh[0] > 50, False, fmt(wh))
r = sub(B("50.8"), add(B("13.9"), B("13.3"), B("6.3"), B("2.7"), B("12.9")))
report(D, "gas + renewables leave a positive rest", r[0] > 0, False, fmt(r))
eq(D, "wind share 28.1 -> 27.4 = down 0.7 points", sub(B("28.1"), B("27.4")), B("0.7"))
lo = (B("5.7")[0] / B("1.9")[1]) ** (1 / 5) - 1; hi = (B("5.7")[1] / B("1.9")[0]) ** (1 / 5) - 1
eq(D, "PLANTED cagr: solar 1.9 GW (2019) -> 5.7 GW (2024) vs stated 31%", (F(lo * 100), F(hi * 100)), B("31"), planted=True)
rt = div(B("6.9"), B("11.6"))
report(D, "PLANTED fraction: 'more than halved' 11.6 -> 6.9 Mt", rt[0] < F(1, 2), True, f"ratio {fmt(rt)} (cut by about 40.5%)")
parts = add(B("6.1"), B("4.9"), B("2.6"), B("2.1"))
eq(D, "PLANTED sum: 6.1+4.9+2.6+2.1 vs 14.8 GW", parts, B("14.8"), planted=True)
report(D, "PLANTED enumeration: 'three bottlenecks', four listed", 4 == 3, True, "4 items")

# ---------------- t11-en-06 football ----------------
D = "06"
eq(D, "revenue +18% (127.4 vs 108)", pct_change(B("127.4"), B("108")), B("18"))
eq(D, "revenue streams sum 61.2+37.8+28.4 = 127.4", add(B("61.2"), B("37.8"), B("28.4")), B("127.4"))
imp = div(B("61.2"), (B("44")[0] / 100, B("44")[1] / 100))
eq(D, "PLANTED implied-total: 61.2 / 44% vs turnover 127.4", imp, B("127.4"), planted=True)
f5 = pct_share(B("28.4"), B("127.4"))
report(D, "matchday 'more than a fifth'", f5[0] > 20, False, fmt(f5))
eq(D, "PLANTED multiple: 28.4 / 11.8 vs 'three times'", div(B("28.4"), B("11.8")), (F("2.75"), F("3.25")), planted=True)
eq(D, "attendance 31,640 / 33,000 = 96% full", pct_share(B("31640"), B("33000")), B("96"))
eq(D, "wages +1.9% (84.2 vs 82.6)", pct_change(B("84.2"), B("82.6")), B("1.9"))
w = pct_share(B("84.2"), B("127.4"))
report(D, "PLANTED hedge: wages/turnover 'more than 70%'", w[1] > 70, True, fmt(w))
eq(D, "previous wage ratio 82.6 / 108 = 76.5%", pct_share(B("82.6"), B("108")), B("76.5"))
lo = (B("150")[0] / B("127.4")[1]) ** (F(1, 3)) - 1 if False else (float(B("150")[0] / B("127.4")[1]) ** (1 / 3) - 1)
hi = float(B("150")[1] / B("127.4")[0]) ** (1 / 3) - 1
eq(D, "target 150 by 2026-27: about 5.6% a year over three seasons", (F(lo * 100), F(hi * 100)), B("5.6"))

print("bad:", bad)
sys.exit(1 if bad else 0)
