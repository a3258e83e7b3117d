#!/usr/bin/env python3
"""Recompute every relation in NOTES.md with rounding bands (interval arithmetic on Fractions).
Prints ok for consistent relations and PLANTED-FAILS for planted ones; exit 1 on any surprise."""
import sys
from fractions import Fraction as F

def band(s):
    """'4.33' -> interval [4.325, 4.335); half a unit of the last stated digit."""
    d = len(s.split(".")[1]) if "." in s else 0
    v = F(s); h = F(1, 2 * 10 ** d)
    return (v - h, v + h)

def div(a, b): return (a[0] / b[1], a[1] / b[0])
def sub1(r): return (r[0] - 1, r[1] - 1)
def pct(r): return (r[0] * 100, r[1] * 100)
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def overlaps(a, b): return a[0] <= b[1] and b[0] <= a[1]
def root(r, n): return (float(r[0]) ** (1 / n), float(r[1]) ** (1 / n))

fails = 0
def rel(name, holds, planted, detail):
    global fails
    if planted:
        tag = "PLANTED-FAILS" if not holds else "UNEXPECTED-HOLD"
        if holds: fails += 1
    else:
        tag = "ok" if holds else "INCONSISTENT"
        if not holds: fails += 1
    print(f"{tag:14} {name}: {detail}")

def fmt(r): return f"[{float(r[0]):.4f}, {float(r[1]):.4f}]"

# ---------------- t4-en-01 hospital admissions ----------------
tot, em, em24, el = band("4.33"), band("2.46"), band("2.36"), band("1.87")
rel("01 total = emergency + elective", overlaps(add(em, el), tot), False, f"{fmt(add(em, el))} vs {fmt(tot)}")
g = pct(sub1(div(em, em24))); rel("01 emergency up 4.2%", overlaps(g, band("4.2")), False, fmt(g))
s = pct(div(em, tot)); rel("01 emergency 56.8% of total", overlaps(s, band("56.8")), False, fmt(s))
pp = (band("91.3")[0] - band("89.5")[1], band("91.3")[1] - band("89.5")[0])
rel("01 occupancy +1.8 pp", overlaps(pp, band("1.8")), False, fmt(pp))
rel("01 'more than 4.3 million' vs 4.33", tot[0] > F("4.3"), False, fmt(tot))
rel("01 regional shares sum <= 100", add(band("27.8"), band("22.1"), band("18.4"))[0] <= 100, False, "68.3")
s = pct(div(band("1.12"), tot)); rel("01 over-75s 29.5% of total", overlaps(s, band("29.5")), True, f"gives {fmt(s)}, written 29.5%")
base = (el[0] / (1 + band("6.5")[1] / 100), el[1] / (1 + band("6.5")[0] / 100))
rel("01 elective implied base vs 1.65m", overlaps(base, band("1.65")), True, f"implied base {fmt(base)} vs 1.65")
f = div((F(411500), F(412500)), (em[0] * 10**6, em[1] * 10**6))
rel("01 412,000 'about one in four' of 2.46m", F(1, 5) <= f[0] and f[1] <= F(3, 10), True, f"ratio {fmt(f)} (~1 in 6), one in four = 0.25")

# ---------------- t4-en-02 rail ridership ----------------
j, j24 = band("184.6"), band("168.9")
g = pct(sub1(div(j, j24))); rel("02 journeys up 9.3 pct", overlaps(g, band("9.3")), False, fmt(g))
wd, we, wd0, we0 = band("132.0"), band("52.6"), band("122.9"), band("46.0")
rel("02 weekday+weekend = total 2025", overlaps(add(wd, we), j), False, fmt(add(wd, we)))
rel("02 weekday+weekend = total 2024", overlaps(add(wd0, we0), j24), False, fmt(add(wd0, we0)))
g = pct(sub1(div(wd, wd0))); rel("02 weekday 7.4 pct (respectively)", overlaps(g, band("7.4")), False, fmt(g))
g = pct(sub1(div(we, we0))); rel("02 weekend 14.3 pct (respectively)", overlaps(g, band("14.3")), False, fmt(g))
pp = (band("88.4")[0] - band("86.1")[1], band("88.4")[1] - band("86.1")[0])
rel("02 punctuality +2.3 pp", overlaps(pp, band("2.3")), False, fmt(pp))
rel("02 top5 61.2 <= top10 83.5", band("61.2")[0] <= band("83.5")[1], False, "61.2 <= 83.5")
rel("02 'Nearly 185 million' vs 184.6", j[1] <= 185 and j[0] > F("180"), False, fmt(j))
d = pct(sub1(div(band("11.8"), band("14.2"))))
rel("02 freight 'fell by more than 20 pct'", d[0] < -20, True, f"change {fmt(d)} (a drop of 16-18%)")
r = pct(sub1(div(band("2.14"), band("2.08"))))
rel("02 revenue 'declined' 2.9 pct", r[1] < 0, True, f"change {fmt(r)}: figures rose")
c = root(div(j, band("121.5")), 6); c = ((c[0] - 1) * 100, (c[1] - 1) * 100)
rel("02 CAGR 2019-2025 stated 8.7 pct", c[0] <= 8.75 and 8.65 <= c[1], True, f"6-year CAGR [{c[0]:.3f}, {c[1]:.3f}]%, 8.7 is the 5-year slip")

# ---------------- t4-en-03 Northwind ----------------
rv, rv0 = band("4.82"), band("4.08")
g = pct(sub1(div(rv, rv0))); rel("03 revenue up 18%", overlaps(g, band("18")), False, fmt(g))
am, em_, am0, em0, ap = band("2.61"), band("1.37"), band("2.29"), band("1.12"), band("0.840")
rel("03 regions sum to revenue", overlaps(add(am, em_, ap), rv), False, fmt(add(am, em_, ap)))
g = pct(sub1(div(am, am0))); rel("03 Americas grew 14%", overlaps(g, band("14")), False, fmt(g))
m = div(band("1.21"), band("0.40")); rel("03 cash flow 'three times'", overlaps(m, (F("2.5"), F("3.5"))) and m[0] <= 3 <= m[1], False, fmt(m))
pp = (band("68.9")[0] - band("66.6")[1], band("68.9")[1] - band("66.6")[0])
rel("03 gross margin +2.3 pp", overlaps(pp, band("2.3")), False, fmt(pp))
rel("03 'more than $4.8bn' vs 4.82", rv[0] > F("4.8"), False, fmt(rv))
rel("03 top10 23.5% <= 10 x 4% single-customer cap", band("23.5")[0] <= 40, False, "23.5 <= 40")
sm = add(band("71.4"), band("17.9"), band("12.6"))
rel("03 revenue split sums to 100", sm[0] <= 100 <= sm[1], True, f"sum {fmt(sm)}")
g = pct(sub1(div(em_, em0))); rel("03 EMEA grew 26% (respectively)", overlaps(g, band("26")), True, f"gives {fmt(g)}")
rel("03 top10 23.5% <= top25 21.8%", band("23.5")[0] <= band("21.8")[1], True, "23.5 > 21.8")

# ---------------- t4-en-04 wheat (clean) ----------------
h, h0 = band("3.42"), band("3.05")
g = pct(sub1(div(h, h0))); rel("04 harvest up 12%", overlaps(g, band("12")), False, fmt(g))
y = div(h, band("0.612")); rel("04 yield 5.59 t/ha", overlaps(y, band("5.59")), False, fmt(y))
s = pct(div(band("1.28"), h)); rel("04 exports 37.4% of harvest", overlaps(s, band("37.4")), False, fmt(s))
rel("04 'more than a third'", s[0] > F(100, 3), False, fmt(s))
rel("04 top3 78.6 <= top5 91.2", band("78.6")[0] <= band("91.2")[1], False, "78.6 <= 91.2")
g = pct(sub1(div(band("232"), band("214")))); rel("04 price up 8.4%", overlaps(g, band("8.4")), False, fmt(g))
m = div(band("41.6"), band("21.3")); rel("04 organic 'nearly double'", F("1.85") <= m[0] and m[1] < 2, False, fmt(m))
c = root(m, 5); c = ((c[0] - 1) * 100, (c[1] - 1) * 100)
rel("04 organic avg annual growth 'about 14%' 2020-2025", 13.5 <= c[0] and c[1] < 14.5, False, f"[{c[0]:.3f}, {c[1]:.3f}]")
sm = add(band("38"), band("21"), band("14"), band("27")); rel("04 cost split sums to 100", sm[0] <= 100 <= sm[1], False, fmt(sm))
rel("04 'About 3.4 million tonnes' vs 3.42", abs(F("3.42") - F("3.4")) < F("0.05"), False, "3.42 ~ 3.4")

print("arith: all relations as intended" if fails == 0 else f"arith: {fails} surprise(s)")
sys.exit(1 if fails else 0)
