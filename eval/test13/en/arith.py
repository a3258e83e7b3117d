#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the stated figures, with rounding bands.
A stated figure "50.8" stands for [50.75, 50.85); a computed relation is consistent when the range
it can take over the operands' bands meets the stated figure's band. Prints `ok` for consistent
relations and `PLANTED-FAILS` for planted ones; exits 1 if a consistent one fails or a planted one holds."""
import sys, itertools
from fractions import Fraction as F

def band(s):
    s = s.replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    x = F(s); h = F(1, 2 * 10 ** d)
    return (x - h, x + h)

def exact(s):
    x = F(s.replace(",", "")); return (x, x)

def rng(fn, *bands):
    vals = [fn(*c) for c in itertools.product(*bands)]   # all formulas are monotone in each operand
    return (min(vals), max(vals))

def meets(a, b):
    return a[0] < b[1] and b[0] < a[1] or a[0] == a[1] and b[0] <= a[0] < b[1]

def root(x, n):  # float root is enough for a range check, then back to Fraction
    return F(float(x) ** (1.0 / n))

pct = lambda part, total: part / total * 100
chg = lambda new, old: (new / old - 1) * 100
dec = lambda new, old: (1 - new / old) * 100
cagr = lambda n: (lambda end, start: (root(end / start, n) - 1) * 100)

results = []
def rel(doc, name, planted, consistent, detail):
    results.append((doc, name, planted, consistent, detail))

def fmt(r):
    return f"[{float(r[0]):.4f}, {float(r[1]):.4f}]"

def check_eq(doc, name, planted, computed, stated):
    rel(doc, name, planted, meets(computed, stated), f"computed {fmt(computed)} vs stated {fmt(stated)}")

# ---------------- t13-en-01 Chile copper ----------------
D = "01"
check_eq(D, "share: copper 50.8 / total exports 99.0 = 53.1%?", True, rng(pct, band("50.8"), band("99.0")), band("53.1"))
check_eq(D, "implied-base: 50.8 / 1.094 vs stated 2023 base 44.6", True, rng(lambda a, r: a / (1 + r / 100), band("50.8"), band("9.4")), band("44.6"))
check_eq(D, "respectively (1): China 23.6 -> 26.3 = +11.4%", False, rng(chg, band("26.3"), band("23.6")), band("11.4"))
check_eq(D, "respectively (2): South Korea 2.91 -> 3.37 = +7.8%?", True, rng(chg, band("3.37"), band("2.91")), band("7.8"))
r = rng(chg, band("3.71"), band("3.50"))
rel(D, "direction: molybdenum 3.50 -> 3.71 'fell 6%'", True, r[1] < 0, f"change {fmt(r)} (a rise; 'fell' needs < 0)")
check_eq(D, "volume 5.05 -> 5.21 = +3.2%", False, rng(chg, band("5.21"), band("5.05")), band("3.2"))
check_eq(D, "Codelco 1.33 / 5.44 = 24.4%", False, rng(pct, band("1.33"), band("5.44")), band("24.4"))
check_eq(D, "Escondida 1.28 / 5.44 = 23.5%", False, rng(pct, band("1.28"), band("5.44")), band("23.5"))
check_eq(D, "trade surplus 99.0 - 78.0 = 21.0", False, rng(lambda a, b: a - b, band("99.0"), band("78.0")), band("21.0"))
rel(D, "restated 'nearly $51 billion' for 50.8", False, band("50.8")[1] <= 51, "50.8 band below 51 -> 'nearly 51' holds")
rel(D, "copper 50.8 <= mining 58.3 (part within whole)", False, band("50.8")[1] <= band("58.3")[0], "50.85 <= 58.25")
check_eq(D, "correct base would give 46.4 (2023), for NOTES", False, rng(lambda a, r: a / (1 + r / 100), band("50.8"), band("9.4")), band("46.4"))

# ---------------- t13-en-02 retail turnover ----------------
D = "02"
check_eq(D, "MoM total 37.19 -> 37.41 = +0.6%", False, rng(chg, band("37.41"), band("37.19")), band("0.6"))
check_eq(D, "YoY total 36.45 -> 37.41 = +2.6%", False, rng(chg, band("37.41"), band("36.45")), band("2.6"))
check_eq(D, "yoy-vs-mom: food YoY 14.15 -> 14.62 stated 1.0%?", True, rng(chg, band("14.62"), band("14.15")), band("1.0"))
check_eq(D, "  (the 1.0% is the MoM: 14.48 -> 14.62)", False, rng(chg, band("14.62"), band("14.48")), band("1.0"))
parts = ["14.62", "7.41", "2.60", "1.98", "5.78", "5.02"]
check_eq(D, "six industry groups sum to 37.41", False, rng(lambda *p: sum(p), *[band(p) for p in parts]), band("37.41"))
r = rng(pct, band("14.62"), band("37.41"))
rel(D, "hedge: 'More than 40%' from food 14.62 / 37.41", True, r[1] > 40, f"share {fmt(r)}; 'more than 40%' needs > 40")
check_eq(D, "household 7.41 / 37.41 = 19.8%", False, rng(pct, band("7.41"), band("37.41")), band("19.8"))
check_eq(D, "household share 20.2 -> 19.8 = -0.4 points", False, rng(lambda a, b: a - b, band("20.2"), band("19.8")), band("0.4"))
rel(D, "restatement: household goods March 7.41 vs 7.14", True, meets(band("7.41"), band("7.14")), "7.41 and 7.14 bands disjoint")
check_eq(D, "online 5.20 / 37.41 = 13.9%", False, rng(pct, band("5.20"), band("37.41")), band("13.9"))
pp = rng(lambda a, b: a - b, band("13.9"), band("11.6")); rc = rng(chg, band("13.9"), band("11.6"))
rel(D, "points-vs-percent: 11.6% -> 13.9% 'an increase of 2.3%'", True, meets(rc, band("2.3")),
    f"difference {fmt(pp)} points; relative change {fmt(rc)}%; '2.3%' is the point change (warning)")
rel(D, "restated 'about $37.4 billion' for 37.41", False, abs(F("37.41") - F("37.4")) < F("0.05"), "37.41 rounds to 37.4")

# ---------------- t13-en-03 cloud market ----------------
D = "03"
check_eq(D, "cagr: 7.2 (2019) -> 18.6 (2024), 5 years, stated ~27%?", True, rng(cagr(5), band("18.6"), band("7.2")), band("27"))
check_eq(D, "  (27% is the 4-year root)", False, rng(cagr(4), band("18.6"), band("7.2")), band("27"))
check_eq(D, "forecast 18.6 (2024) -> 41 (2030), 6 years = about 14%", False, rng(cagr(6), band("41"), band("18.6")), band("14"))
check_eq(D, "top three 31.2 + 24.5 + 16.1 = 71.8", False, rng(lambda a, b, c: a + b + c, band("31.2"), band("24.5"), band("16.1")), band("71.8"))
rel(D, "topk: top-5 70.6% >= top-3 71.8%?", True, band("70.6")[1] > band("71.8")[0], "top-5 band [70.55,70.65) entirely below top-3 [71.75,71.85)")
check_eq(D, "Hyperion 5.8 / 18.6 = 31.2%", False, rng(pct, band("5.8"), band("18.6")), band("31.2"))
check_eq(D, "Stratus 2.99 / 18.6 = 16.1%", False, rng(pct, band("2.99"), band("18.6")), band("16.1"))
r = rng(lambda a, b: a / b, band("5.8"), band("2.99"))
rel(D, "'nearly twice': 5.8 / 2.99", False, r[0] < 2 and r[1] > F("1.8"), f"ratio {fmt(r)} just under 2")
check_eq(D, "multiple: 2,150 MW / 1,060 MW = 2.5 times?", True, rng(lambda a, b: a / b, band("2150"), band("1060")), band("2.5"))
check_eq(D, "Malaysia 610 / 2,150 = 28.4%", False, rng(pct, band("610"), band("2150")), band("28.4"))
check_eq(D, "share: Singapore 920 / 2,150 = 38%?", True, rng(pct, band("920"), band("2150")), band("38"))
rel(D, "610 + 920 + 340 <= 2,150 (six markets)", False, 610 + 920 + 340 <= 2150, "1,870 <= 2,150")

# ---------------- t13-en-04 transport programme ----------------
D = "04"
check_eq(D, "1.86 -> 2.40 = 29% larger", False, rng(chg, band("2.40"), band("1.86")), band("29"))
check_eq(D, "2.40 / 5 years = $480m a year", False, rng(lambda a: a / 5 * 1000, band("2.40")), band("480"))
check_eq(D, "federal 1.35 / 2.40 = 56%", False, rng(pct, band("1.35"), band("2.40")), band("56"))
check_eq(D, "roads 1.08 / 2.40 = 45%", False, rng(pct, band("1.08"), band("2.40")), band("45"))
check_eq(D, "transit 624 / 2,400 = 26%", False, rng(pct, band("624"), band("2400")), band("26"))
r = rng(lambda *p: sum(p), *[band(x) for x in ["45", "26", "13", "7", "12"]])
rel(D, "sum: 45 + 26 + 13 + 7 + remaining 12 = 100?", True, r[0] <= 100 <= r[1], f"sum {fmt(r)}; the rest should be 9%")
rel(D, "half of transit: 312 = 624 / 2", False, F(624, 2) == 312, "312 = 312")
check_eq(D, "312m / 140 buses = about $2.2m per bus", False, rng(lambda a, b: a / b, band("312"), exact("140")), band("2.2"))
r = rng(pct, band("1420"), band("6850"))
rel(D, "fraction: 'A third' of 6,850 bridges = 1,420?", True, r[0] <= F(100, 3) <= r[1], f"share {fmt(r)}% (about a fifth), not 33.3%")
rel(D, "enumeration: 'three priorities' vs items listed", True, 3 == 4, "four items: repair; rural safety; bus service; freight access")
rel(D, "period-span: 'ten years since' 2019 (release 2025)", True, 2025 - 2019 == 10, "2025 - 2019 = 6 years")
check_eq(D, "pavement good 38% -> 47% = +9 points", False, rng(lambda a, b: a - b, band("47"), band("38")), band("9"))

# ---------------- t13-en-05 softs digest ----------------
D = "05"
check_eq(D, "NY cocoa 10,900 -> 7,850 = down 28%", False, rng(dec, band("7850"), band("10900")), band("28"))
r = rng(dec, band("5640"), band("7280"))
rel(D, "change: London 7,280 -> 5,640 'a decline of more than 25%'", True, r[1] > 25, f"decline {fmt(r)}%; needs > 25")
check_eq(D, "ICCO 4.49 -> 4.84 = +7.8%", False, rng(chg, band("4.84"), band("4.49")), band("7.8"))
check_eq(D, "surplus 4.84 - 4.65 = about 190,000 t", False, rng(lambda a, b: (a - b) * 1000, band("4.84"), band("4.65")), band("190"))
tot = rng(lambda a, s: a / (s / 100), band("1.85"), band("44"))
rel(D, "implied-total: 1.85 / 44% vs global 4.84", True, meets(tot, band("4.84")), f"implied total {fmt(tot)} vs 4.84 (share should be about 38%)")
check_eq(D, "arrivals 1.37 -> 1.52 = +11%", False, rng(chg, band("1.52"), band("1.37")), band("11"))
check_eq(D, "Ghana 0.650 / 4.84 = 13.4%", False, rng(pct, band("650"), band("4840")), band("13.4"))
check_eq(D, "arabica 2.23 -> 3.82 = +71%", False, rng(chg, band("3.82"), band("2.23")), band("71"))
check_eq(D, "Brazil 53.7 -> 54.7 = +1.8%", False, rng(chg, band("54.7"), band("53.7")), band("1.8"))
check_eq(D, "Vietnam 1.61 -> 1.46 = down 9%", False, rng(dec, band("1.46"), band("1.61")), band("9"))
rel(D, "'nearly touched $11,000' for 10,900", False, F(10900) < 11000, "10,900 just below 11,000")

# ---------------- t13-en-06 harbour town (clean) ----------------
D = "06"
check_eq(D, "visitors 1.71 -> 1.84 = +7.6%", False, rng(chg, band("1.84"), band("1.71")), band("7.6"))
check_eq(D, "day 1.13 -> 1.23 = +9%", False, rng(chg, band("1.23"), band("1.13")), band("9"))
check_eq(D, "overnight 583,000 -> 612,000 = +5%", False, rng(chg, band("612"), band("583")), band("5"))
check_eq(D, "1.23m + 612,000 = 1.84m", False, rng(lambda a, b: a + b, band("1.23"), band("0.612")), band("1.84"))
check_eq(D, "1.13m + 583,000 = 1.71m", False, rng(lambda a, b: a + b, band("1.13"), band("0.583")), band("1.71"))
rel(D, "cruise 62 = twice 31", False, 62 == 2 * 31, "62 / 31 = 2")
check_eq(D, "spending 104 (2019) -> 148 (2024) = 7.3% a year", False, rng(cagr(5), band("148"), band("104")), band("7.3"))
check_eq(D, "occupancy 76.3 -> 78.4 = +2.1 points", False, rng(lambda a, b: a - b, band("78.4"), band("76.3")), band("2.1"))
r = rng(pct, band("736"), band("1840"))
rel(D, "'Two in five': 736,000 / 1.84m", False, r[0] <= 40 <= r[1], f"share {fmt(r)}%")
rel(D, "'15 years since' 2009 (year 2024)", False, 2024 - 2009 == 15, "2024 - 2009 = 15")
rel(D, "'three things' then three listed", False, 3 == 3, "timetable; marina; festivals")
check_eq(D, "August YoY 233,200 -> 243,000 = +4.2%", False, rng(chg, band("243000"), band("233200")), band("4.2"))
check_eq(D, "August MoM 217,900 -> 243,000 = +11.5%", False, rng(chg, band("243000"), band("217900")), band("11.5"))
check_eq(D, "Germany 38,900 -> 41,200 = +6%", False, rng(chg, band("41200"), band("38900")), band("6"))
check_eq(D, "Netherlands 24,600 -> 27,600 = +12%", False, rng(chg, band("27600"), band("24600")), band("12"))
rel(D, "top-5 hotels 38.1% <= top-10 44.7%", False, band("38.1")[1] <= band("44.7")[0], "38.1 < 44.7")
rel(D, "'More than 1.8 million' for 1.84m", False, band("1.84")[0] > F("1.8"), "1.835 > 1.8")

bad = 0
for doc, name, planted, consistent, detail in results:
    if planted:
        status = "PLANTED-FAILS" if not consistent else "PLANTED-HOLDS (bad)"
        bad += consistent
    else:
        status = "ok" if consistent else "FAIL (bad)"
        bad += not consistent
    print(f"t13-en-{doc}  {status:14s} {name}: {detail}")
n_p = sum(1 for r in results if r[2]); n_c = len(results) - n_p
print(f"relations {len(results)}: consistent {n_c}, planted {n_p}; problems {bad}")
print("arith: OK" if bad == 0 else "arith: FAILED")
sys.exit(1 if bad else 0)
