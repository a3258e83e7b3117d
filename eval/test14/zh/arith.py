#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.
A stated figure 'x' with d decimals stands for [x - 0.5*10^-d, x + 0.5*10^-d).
Prints 'ok' for consistent relations and 'PLANTED-FAILS' for planted ones; exit 1 otherwise."""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def band(s):
    d = D(s); e = d.as_tuple().exponent
    h = D(5) * D(10) ** (e - 1)
    return (d - h, d + h)

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])
def div(a, b):  # positive intervals
    return (a[0] / b[1], a[1] / b[0])
def pct(a, b):
    q = div(a, b); return (q[0] * 100, q[1] * 100)
def growth(cur, base):
    q = div(cur, base); return ((q[0] - 1) * 100, (q[1] - 1) * 100)
def meets(iv, stated):  # interval iv intersects the band of the stated figure
    b = band(stated); return iv[0] < b[1] and b[0] < iv[1]
def fmt(iv):
    return f"[{iv[0]:.3f}, {iv[1]:.3f}]"

bad = 0
def rel(doc, name, holds, iv, planted=False):
    global bad
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        if holds: bad += 1
    else:
        tag = "ok" if holds else "FAIL"
        if not holds: bad += 1
    print(f"{tag:16} {doc} {name}: computed {fmt(iv) if isinstance(iv, tuple) else iv}")

B = band
# ---------------- t14-zh-01 ----------------
d = "zh-01"
iv = growth(B("2386.4"), B("2314.6")); rel(d, "total MoM 3.1%", meets(iv, "3.1"), iv)
iv = sub(B("6.2"), B("4.9")); rel(d, "YoY speed-up 1.3 pp", meets(iv, "1.3"), iv)
iv = add(B("2012.5"), B("373.9")); rel(d, "urban+rural = 2386.4", meets(iv, "2386.4"), iv)
iv = sub(B("8.1"), B("5.9")); rel(d, "rural-urban 2.2 pp", meets(iv, "2.2"), iv)
iv = add(B("2101.8"), B("284.6")); rel(d, "goods+catering = 2386.4", meets(iv, "2386.4"), iv)
iv = pct(B("284.6"), B("2386.4")); rel(d, "catering share 11.9%", meets(iv, "11.9"), iv)
iv = sub(B("186.3"), B("165.8")); rel(d, "autos +20.5 vs year ago", meets(iv, "20.5"), iv)
iv = growth(B("186.3"), B("165.8")); rel(d, "(autos YoY = 12.36%, the figure mislabelled)", meets(iv, "12.4"), iv)
iv = growth(B("186.3"), B("178.2")); rel(d, "PLANT yoy-vs-mom: autos MoM stated 12.4%", meets(iv, "12.4"), iv, True)
iv = pct(B("412.6"), B("2386.4")); rel(d, "PLANT share: online share stated 18.7%", meets(iv, "18.7"), iv, True)
iv = pct(add(B("142.3"), B("28.6"), B("67.9"), B("99.4")), B("876.5")); rel(d, "PLANT hedge: basics share stated >40%", iv[1] > 40, iv, True)

# ---------------- t14-zh-02 ----------------
d = "zh-02"
iv = pct(B("5.49"), B("13.72")); rel(d, "payout ~四成 (40%, within 37.5-42.5)", iv[0] < D("42.5") and iv[1] > D("37.5"), iv)
iv = add(B("178.6"), B("41.3"), B("52.8"), B("13.7")); rel(d, "segments = 286.4", meets(iv, "286.4"), iv)
iv = pct(B("64.5"), B("178.6")); rel(d, "low-temp share of liquid 36.1%", meets(iv, "36.1"), iv)
prev_lt = div(B("64.5"), add((D(1), D(1)), (band("18.3")[0] / 100, band("18.3")[1] / 100)))
prev_lq = div(B("178.6"), add((D(1), D(1)), (band("5.2")[0] / 100, band("5.2")[1] / 100)))
prev_sh = pct(prev_lt, prev_lq); iv = sub(pct(B("64.5"), B("178.6")), prev_sh)
rel(d, "low-temp share up 4.0 pp (derived prior share)", meets(iv, "4.0"), iv)
iv = sub(B("34.1"), B("32.4")); rel(d, "gross margin +1.7 pp", meets(iv, "1.7"), iv)
iv = pct(B("121.7"), B("286.4")); rel(d, "East China 42.5%", meets(iv, "42.5"), iv)
iv = pct(B("58.2"), B("286.4")); rel(d, "North China 20.3%", meets(iv, "20.3"), iv)
iv = pct(B("36.9"), B("286.4")); rel(d, "South China 12.9%", meets(iv, "12.9"), iv)
iv = growth(B("286.4"), B("257.9")); rel(d, "PLANT implied-base: revenue +3.8% vs 2023 257.9", meets(iv, "3.8"), iv, True)
iv = pct(B("178.6"), B("286.4")); rel(d, "PLANT fraction: liquid milk 七成以上 (>=70%)", iv[1] >= 70, iv, True)
a, b = B("13.72"), B("13.27"); rel(d, "PLANT restatement: net profit 13.72 vs 13.27", a[0] < b[1] and b[0] < a[1], (b[0], a[1]), True)

# ---------------- t14-zh-03 ----------------
d = "zh-03"
iv = growth(B("26874"), B("23867")); rel(d, "resale MoM 12.6%", meets(iv, "12.6"), iv)
iv = growth(B("26874"), B("18120")); rel(d, "resale YoY 48.3%", meets(iv, "48.3"), iv)
iv = pct(B("11020"), B("26874")); rel(d, "<3m yuan share 41.0%", meets(iv, "41.0"), iv)
iv = sub(B("3.95"), B("3.15")); rel(d, "mortgage rate -0.8 pp", meets(iv, "0.8"), iv)
iv = pct(B("5215"), B("26874")); rel(d, "PLANT share: Pudong stated 21.6%", meets(iv, "21.6"), iv, True)
iv = div(B("16480"), (band("68.5")[0] / 100, band("68.5")[1] / 100)); rel(d, "PLANT implied-total: 16480 @68.5% vs total 26874", iv[0] <= 26874 <= iv[1], iv, True)
iv = add(B("41.0"), B("32.6"), B("19.8"), B("8.9")); rel(d, "PLANT sum: price bands sum (must be ~100)", iv[0] <= 100 <= iv[1], iv, True)

# ---------------- t14-zh-04 ----------------
d = "zh-04"
iv = sub(B("7384"), B("5000")); rel(d, "new loans 2384 less YoY", meets(iv, "2384"), iv)
iv = sub(B("7.4"), B("6.1")); rel(d, "M1 decline narrowed 1.3 pp", meets(iv, "1.3"), iv)
iv = add(B("460"), B("1140")); rel(d, "household short+long = 1600", meets(iv, "1600"), iv)
iv = sub(add(B("1620"), B("2360")), B("1880")); rel(d, "corporate 1620+2360-1880 = 2100", meets(iv, "2100"), iv)
iv = sub(B("21.21"), B("16.52")); rel(d, "YTD 4.69 trn less", meets(iv, "4.69"), iv)
iv = add(B("7.5"), B("6.1")); rel(d, "M2-M1 gap 13.6 pp", meets(iv, "13.6"), iv)
iv = growth(B("255.36"), B("234.67")); rel(d, "PLANT implied-base: loans +8.0% vs base 234.67", meets(iv, "8.0"), iv, True)
iv = pct(B("1140"), B("1600")); rel(d, "PLANT hedge(warning): 接近70% needs <=70", iv[0] <= 70, iv, True)
iv = sub((D(100), D(100)), pct(B("16.52"), B("21.21"))); rel(d, "PLANT change: YTD drop stated 超过25%", iv[1] > 25, iv, True)

# ---------------- t14-zh-05 ----------------
d = "zh-05"
iv = pct(B("412.3"), B("1286.5")); rel(d, "overnight share 32.0%", meets(iv, "32.0"), iv)
iv = pct(B("867.2"), B("1286.5")); rel(d, "non-local ~2/3 (within 63.3-70)", iv[0] < 70 and iv[1] > D("63.3"), iv)
iv = growth(B("2.16"), B("1.43")); rel(d, "inbound 五成以上 (>50%)", iv[0] > 50, iv)
iv = div(B("486.2"), (D(7), D(7))); rel(d, "traffic daily avg 69.5", meets(iv, "69.5"), iv)
iv = add(B("28.47"), B("21.35")); rel(d, "catering+lodging < total 98.62", iv[1] < band("98.62")[0], iv)
iv = pct(B("536.8"), B("1286.5")); rel(d, "PLANT share: A-level sites stated 47.1%", meets(iv, "47.1"), iv, True)
iv = pct(B("318.9"), B("1286.5")); rel(d, "PLANT fraction: rural 三成以上 (>=30%)", iv[1] >= 30, iv, True)
a, b = B("98.62"), B("96.82"); rel(d, "PLANT restatement(warning): revenue 98.62 vs 96.82", a[0] < b[1] and b[0] < a[1], (b[0], a[1]), True)
iv = div(B("7.86"), (band("6.2")[0] / 100, band("6.2")[1] / 100)); rel(d, "PLANT implied-total: tickets 7.86 @6.2% vs total 98.62", iv[0] <= 98.62 <= iv[1], iv, True)

# ---------------- t14-zh-06 (clean) ----------------
d = "zh-06"
iv = add(B("2.85"), B("1.06")); rel(d, "exports+imports = 3.91", meets(iv, "3.91"), iv)
iv = sub(B("2.85"), B("1.06")); rel(d, "surplus 1.79", meets(iv, "1.79"), iv)
iv = pct(B("2.85"), B("3.91")); rel(d, "export share 72.9%", meets(iv, "72.9"), iv)
iv = growth(B("4526.3"), B("4368.9")); rel(d, "Sept MoM 3.6%", meets(iv, "3.6"), iv)
iv = growth(B("4526.3"), B("4183.3")); rel(d, "Sept YoY 8.2%", meets(iv, "8.2"), iv)
for part, s in [("5824.6", "14.9"), ("5412.8", "13.8"), ("4376.5", "11.2")]:
    iv = pct(B(part), (band("3.91")[0] * 10000, band("3.91")[1] * 10000)); rel(d, f"partner {part} share {s}%", meets(iv, s), iv)
iv = pct(B("1.02"), B("3.91")); rel(d, "RCEP share 26.1%", meets(iv, "26.1"), iv)
iv = pct(B("2.98"), B("3.91")); rel(d, "private firms 76.2%", meets(iv, "76.2"), iv)
iv = pct(B("1.24"), B("2.85")); rel(d, "electromech share of exports 43.5%", meets(iv, "43.5"), iv)
iv = add(B("14.9"), B("13.8"), B("11.2")); rel(d, "top3 sum <= top5 52.3 <= top10 70.8", iv[1] <= band("52.3")[0] and band("52.3")[1] <= band("70.8")[0], iv)
rel(d, "超3.9万亿 vs 3.91", band("3.91")[0] > D("3.9"), band("3.91"))
g = lambda s: (1 + band(s)[0] / 100, 1 + band(s)[1] / 100)
prev = add(div(B("2.85"), g("5.4")), div(B("1.06"), g("10.9")))
iv = growth(B("3.91"), prev); rel(d, "total growth 6.8% from parts' growth", meets(iv, "6.8"), iv)

print(f"bad={bad}")
sys.exit(1 if bad else 0)
