#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures.

Each stated figure is an interval [lo, hi) given by its rounding (half a unit of
its last significant digit, or an explicit unit such as "rounded to nearest 10").
A relation holds when the interval computed from the operands overlaps the
interval of the stated result. Consistent relations must print `ok`; planted
ones must print `PLANTED-FAILS`. Exit 1 otherwise.
"""
import sys
from fractions import Fraction as F

INF = F(10) ** 12


def n(s, unit=None):
    """Interval of a figure as written. unit: explicit rounding unit."""
    s = s.replace(",", "")
    v = F(s)
    if unit is None:
        if "." in s:
            unit = F(1, 10 ** len(s.split(".")[1]))
        else:
            t = s.rstrip("0")
            zeros = len(s) - len(t)
            unit = F(10) ** zeros if t else F(1)
    h = F(unit) / 2
    return (v - h, v + h)


def pct(s):
    lo, hi = n(s)
    return (lo / 100, hi / 100)


def exact(x):
    x = F(x)
    return (x, x)


def div(a, b):
    return (a[0] / b[1], a[1] / b[0])


def mul(a, b):
    return (a[0] * b[0], a[1] * b[1])


def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))


def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])


def change(new, old):
    r = div(new, old)
    return (r[0] - 1, r[1] - 1)


def neg(a):
    return (-a[1], -a[0])


def root(a, k):
    return (F(float(a[0]) ** (1.0 / k)).limit_denominator(10 ** 9),
            F(float(a[1]) ** (1.0 / k)).limit_denominator(10 ** 9))


def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1] or a == b or (a[0] == a[1] and b[0] <= a[0] <= b[1])


fails = 0
count = {"ok": 0, "planted": 0}


def check(doc, label, computed, stated, planted=False):
    global fails
    holds = overlap(computed, stated)
    c = f"[{float(computed[0]):.5f}, {float(computed[1]):.5f}]"
    s = f"[{float(stated[0]):.5f}, {float(stated[1]):.5f}]"
    if planted:
        if holds:
            fails += 1
            print(f"FAIL (planted holds) {doc} {label}: computed {c} stated {s}")
        else:
            count["planted"] += 1
            print(f"PLANTED-FAILS {doc} {label}: computed {c} vs stated {s}")
    else:
        if holds:
            count["ok"] += 1
            print(f"ok {doc} {label}: computed {c} stated {s}")
        else:
            fails += 1
            print(f"FAIL {doc} {label}: computed {c} stated {s}")


# ---------------- t8-en-01 port freight (wire) ----------------
d = "t8-en-01"
check(d, "Sept yoy 1.42/1.33 -> 6.8 pct", change(n("1.42"), n("1.33")), pct("6.8"))
check(d, "Sept mom 1.42/1.37 -> 3.6 pct", change(n("1.42"), n("1.37")), pct("3.6"))
check(d, "PLANTED yoy-vs-mom: transhipment 612,000 vs Aug 581,000 'from the previous month' 11.5 pct",
      change(n("612000"), n("581000")), pct("11.5"), planted=True)
check(d, "(note) transhipment yoy 612,000/549,000 gives the 11.5 pct", change(n("612000"), n("549000")), pct("11.5"))
check(d, "respectively: exports 538,000/501,000 -> 7.4 pct", change(n("538000"), n("501000")), pct("7.4"))
check(d, "respectively: empties 265,000/259,500 -> 2.1 pct", change(n("265000"), n("259500")), pct("2.1"))
check(d, "reefer 96,000/47,500 'roughly double'", div(n("96000"), n("47500")), (F("1.85"), F("2.15")))
check(d, "9M 12.1/11.61 -> 4.2 pct", change(n("12.1"), n("11.61")), pct("4.2"))
check(d, "PLANTED share: Asia-Europe 5.06/12.1 vs 48.1 pct", div(n("5.06"), n("12.1")), pct("48.1"), planted=True)
check(d, "lanes sum 5.06+3.27+2.18+1.59 = 12.1", add(n("5.06"), n("3.27"), n("2.18"), n("1.59")), n("12.1"))
check(d, "feeder share 3.27/12.1 -> 27.0 pct", div(n("3.27"), n("12.1")), pct("27.0"))
check(d, "composite rate 3,034/3,207 -> fell 5.4 pct", change(n("3034"), n("3207")), neg(pct("5.4")))
check(d, "PLANTED direction: Shanghai $3,420 from $3,140 'slid 8.2 pct'", change(n("3420"), n("3140")),
      neg(pct("8.2")), planted=True)
check(d, "of which: 640 mln committed <= 1.9 bln", exact(F(640)), (F(0), n("1900", unit=100)[1]))

# ---------------- t8-en-02 hospital waits (broadsheet) ----------------
d = "t8-en-02"
check(d, "list 7.46/7.52 -> fall 0.8 pct", change(n("7.46"), n("7.52")), neg(pct("0.8")))
check(d, "7.77-7.46 = 310,000", sub(n("7.77"), n("7.46")), n("0.31"))
check(d, "PLANTED points-vs-percent (warning): 58.9/57.3 relative vs '1.6 per cent'",
      change(pct("58.9"), pct("57.3")), pct("1.6"), planted=True)
check(d, "(note) 58.9-57.3 = 1.6 points", sub(n("58.9"), n("57.3")), n("1.6"))
check(d, "52-week 248,000/289,000 -> fall 14 pct", change(n("248000"), n("289000")), neg(pct("14")))
check(d, "PLANTED hedge: (41,300+27,900+25,100)/248,000 vs 'more than 40 per cent'",
      div(add(n("41300"), n("27900"), n("25100")), n("248000")), (F(40, 100), INF), planted=True)
check(d, "'almost a quarter of a million' = 248,000", n("248000"), (F(225000), F(250000)))
check(d, "median 14.9/7.8 'nearly double'", div(n("14.9"), n("7.8")), (F("1.8"), F("2.0")))
check(d, "A&E 74.8-72.5 = 2.3 points", sub(n("74.8"), n("72.5")), n("2.3"))
check(d, "'nearly 7.5 million' vs 7.46 million", n("7.46"), (F("7.3"), F("7.5")))
check(d, "patients 6.31 < treatments 7.46", exact(1) if n("6.31")[1] < n("7.46")[0] else exact(0), exact(1))
items = ["44 days of strikes", "bed occupancy of 93.4 per cent", "13,200 patients a day", "26,000 vacant nursing posts"]
check(d, "PLANTED enumeration: 'three pressures' vs listed items", exact(len(items)), exact(3), planted=True)

# ---------------- t8-en-03 transit ridership (US local, JSON) ----------------
d = "t8-en-03"
check(d, "total 18.6/17.0 -> 9.4 pct", change(n("18.6"), n("17.0")), pct("9.4"))
check(d, "18.6/24.3 'about 77%'", div(n("18.6"), n("24.3")), pct("77"))
check(d, "respectively: bus 12.25/11.35 -> 7.9 pct", change(n("12.25"), n("11.35")), pct("7.9"))
check(d, "respectively: rail 6.35/5.64 -> 12.6 pct", change(n("6.35"), n("5.64")), pct("12.6"))
check(d, "bus+rail 12.25+6.35 = 18.6", add(n("12.25"), n("6.35")), n("18.6"))
check(d, "bus+rail prior 11.35+5.64 = 17.0", add(n("11.35"), n("5.64")), n("17.0"))
check(d, "PLANTED fraction: weekend 4.65/18.6 vs 'about a third'", div(n("4.65"), n("18.6")),
      (F(30, 100), F(367, 1000)), planted=True)
check(d, "PLANTED change: Route 9 412,000/566,000 vs 'drop by more than 30%'",
      change(n("412000"), n("566000")), (-INF, F(-30, 100)), planted=True)
check(d, "fares 21.4/144.6 -> 14.8 pct", div(n("21.4"), n("144.6")), pct("14.8"))
check(d, "budget 151.2/144.6 -> 4.6 pct more", change(n("151.2"), n("144.6")), pct("4.6"))
check(d, "PLANTED restatement: Blue Line FY2024 6.35 million vs 5.36 million", n("6.35"), n("5.36"), planted=True)
check(d, "e-buses 38/212 'nearly 18%'", div(exact(38), exact(212)), (F(17, 100), F(18, 100)))
check(d, "7-2 vote: two no votes", exact(9 - 7), exact(2))

# ---------------- t8-en-04 housing starts (statistics bulletin) ----------------
# The release says figures are rounded to the nearest 10 dwellings.
d = "t8-en-04"
r = lambda s: n(s, unit=10)
check(d, "PLANTED implied-base: 38,640 'increase of 7.2%' vs stated Q2 2024 36,940",
      change(r("38640"), r("36940")), pct("7.2"), planted=True)
check(d, "completions 31,260/32,260 -> 3.1 pct lower", change(r("31260"), r("32260")), neg(pct("3.1")))
check(d, "SA starts 37,690/37,020 -> 1.8 pct", change(r("37690"), r("37020")), pct("1.8"))
check(d, "12m 148,900/143,000 -> 4.1 pct", change(n("148900"), n("143000")), pct("4.1"))
check(d, "private 30,330/38,640 -> 78.5 pct", div(r("30330"), r("38640")), pct("78.5"))
check(d, "tenure sum 30,330+7,410+900 = 38,640", add(r("30330"), r("7410"), r("900")), r("38640"))
check(d, "flats 41.3-38.9 = 2.4 points", sub(n("41.3"), n("38.9")), n("2.4"))
check(d, "CAGR (148,900/131,200)^(1/4) -> 3.2 pct", change(root(div(n("148900"), n("131200")), 4), exact(1)), pct("3.2"))
check(d, "PLANTED sum: regions 9,820+8,450+7,160+6,390+7,530 vs 38,640",
      add(r("9820"), r("8450"), r("7160"), r("6390"), r("7530")), r("38640"), planted=True)
check(d, "top5 14.6 <= top10 23.9", exact(1) if pct("14.6")[0] <= pct("23.9")[1] else exact(0), exact(1))
check(d, "private completions 23,190/31,260 -> 74.2 pct", div(r("23190"), r("31260")), pct("74.2"))
check(d, "LA completions 1,160/31,260 -> 3.7 pct", div(r("1160"), r("31260")), pct("3.7"))
check(d, "completions sum 23,190+6,910+1,160 = 31,260", add(r("23190"), r("6910"), r("1160")), r("31260"))
check(d, "PLANTED implied-total: 6,910 / 19.4% vs stated total 31,260",
      div(r("6910"), pct("19.4")), r("31260"), planted=True)

# ---------------- t8-en-05 club results (company results, clean) ----------------
d = "t8-en-05"
check(d, "revenue 312.4/279.9 -> 11.6 pct", change(n("312.4"), n("279.9")), pct("11.6"))
check(d, "loss 18.3 vs 42.7 'more than halved'", div(n("18.3"), n("42.7")), (F(0), F(1, 2)))
check(d, "broadcasting 148.7/139.2 -> 6.8 pct", change(n("148.7"), n("139.2")), pct("6.8"))
check(d, "broadcasting share 148.7/312.4 -> 47.6 pct", div(n("148.7"), n("312.4")), pct("47.6"))
check(d, "commercial 96.2/81.3 -> 18.3 pct", change(n("96.2"), n("81.3")), pct("18.3"))
check(d, "matchday 67.5/59.4 -> 13.6 pct", change(n("67.5"), n("59.4")), pct("13.6"))
check(d, "streams sum 148.7+96.2+67.5 = 312.4", add(n("148.7"), n("96.2"), n("67.5")), n("312.4"))
check(d, "prior streams sum 139.2+81.3+59.4 = 279.9", add(n("139.2"), n("81.3"), n("59.4")), n("279.9"))
check(d, "attendance 52,160/49,870 -> 4.6 pct", change(n("52160", unit=1), n("49870", unit=1)), pct("4.6"))
check(d, "wage ratio 201.9/312.4 -> 64.6 pct", div(n("201.9"), n("312.4")), pct("64.6"))
check(d, "wages +6.4% implied prior 189.8 -> ratio vs 279.9 = 67.8 pct",
      div(div(n("201.9"), add(exact(1), pct("6.4"))), n("279.9")), pct("67.8"))
check(d, "wage ratio 67.8-64.6 = 3.2 points", sub(n("67.8"), n("64.6")), n("3.2"))
check(d, "commercial 96.2/33.1 'nearly tripled'", div(n("96.2"), n("33.1")), (F("2.7"), F(3)))
check(d, "'over the past decade' 2014-15 -> 2024-25", exact(2025 - 2015), exact(10))
check(d, "CAGR (312.4/198.5)^(1/5) -> about 9.5 pct", change(root(div(n("312.4"), n("198.5")), 5), exact(1)), pct("9.5"))
check(d, "top6 58.9 <= top10 76.2", exact(1) if pct("58.9")[0] <= pct("76.2")[1] else exact(0), exact(1))
check(d, "279.9/6.1bn 'about 4.6%'", div(n("279.9"), n("6100")), pct("4.6"))
check(d, "revenue above £300m", exact(1) if n("312.4")[0] > 300 else exact(0), exact(1))

print(f"\n{count['ok']} consistent relations ok, {count['planted']} planted relations fail as intended, {fails} problems")
if fails:
    print("arith: FAILED")
    sys.exit(1)
print("arith: all good")
