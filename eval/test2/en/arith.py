#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.

A stated figure "s" written with d decimals stands for [s - h, s + h) with h = 0.5 * 10**-d
(exact Fractions / Decimals, no floats).  A relation computed from stated operands gives an
interval [lo, hi] (every operand anywhere in its band); a stated result HOLDS when that interval
meets the stated result's own band (or satisfies the hedge: "more than", "nearly", ...).
Consistent relations must hold (print ok); planted ones must fail (print PLANTED-FAILS).
Exit 1 if a consistent relation fails or a planted one holds."""
import sys, itertools
from fractions import Fraction as F
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def band(s):
    """'29.6' -> (29.55, 29.65) as Fractions; exact=True for counts/exact figures."""
    s = s.replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    v = F(s); h = F(1, 2 * 10 ** d)
    return v - h, v + h

def exact(s):
    v = F(s.replace(",", "")); return v, v

def interval(fn, *bands):
    vals = [fn(*c) for c in itertools.product(*bands)]
    nom = fn(*[(lo + hi) / 2 for lo, hi in bands])   # value from the figures as written
    return min(vals), max(vals), nom

def meets(iv, b):
    lo, hi = iv[0], iv[1]; blo, bhi = b
    return lo < bhi and hi >= blo

PCT = lambda new, old: (F(new) / F(old) - 1) * 100
SHARE = lambda part, tot: F(part) / F(tot) * 100

def cagr_iv(end_b, start_b, years):
    out = []
    for e, s in itertools.product(end_b, start_b):
        r = (D(e.numerator) / D(e.denominator)) / (D(s.numerator) / D(s.denominator))
        g = ((r.ln() / D(years)).exp() - 1) * 100
        out.append(F(str(g)))
    mid = lambda b: (b[0] + b[1]) / 2
    r = mid(end_b) / mid(start_b)
    nom = F(str(((D(r.numerator) / D(r.denominator)).ln() / D(years)).exp() * 100 - 100))
    return min(out), max(out), nom

results = []  # (doc, label, planted, holds, detail)
def rel(doc, label, planted, holds, detail):
    results.append((doc, label, planted, holds, detail))

def fmt(iv):
    t = f"[{float(iv[0]):.4f}, {float(iv[1]):.4f}]"
    return t + (f" (as written {float(iv[2]):.4f})" if len(iv) > 2 else "")

def chk_band(doc, label, iv, stated, planted=False):
    b = band(stated)
    holds = meets(iv, b)
    if not planted and len(iv) > 2:      # consistent ones must also round correctly as written
        holds = holds and b[0] <= iv[2] < b[1]
    rel(doc, label, planted, holds, f"computed {fmt(iv)} vs stated {stated} band {fmt(b)}")

def chk_pred(doc, label, iv, pred, desc, planted=False):
    rel(doc, label, planted, pred(iv), f"computed {fmt(iv)} vs {desc}")

# ---------------- t2-en-01 palm oil (wire) ----------------
d = "t2-en-01"
tot, prev = band("29.6"), band("27.05")
chk_band(d, "exports rose 9.4%: 29.6 vs 27.05 Mt", interval(PCT, tot, prev), "9.4")
chk_band(d, "China about 15.9% = 4.71/29.6", interval(SHARE, band("4.71"), tot), "15.9")
chk_band(d, "Pakistan up 8.7%: 2.62 vs 2.41", interval(PCT, band("2.62"), band("2.41")), "8.7")
chk_band(d, "Bangladesh up 14.7%: 1.48 vs 1.29", interval(PCT, band("1.48"), band("1.29")), "14.7")
chk_band(d, "stocks fell 21.5%: 2.45 vs 3.12", interval(PCT, band("2.45"), band("3.12")), "-21.5")
chk_pred(d, "listed destinations <= total: 6.84+4.71+2.62+1.48+2.9 vs 29.6",
         interval(lambda a, b, c, e, f, t: a + b + c + e + f - t, band("6.84"), band("4.71"), band("2.62"), band("1.48"), band("2.9"), tot),
         lambda iv: iv[1] < 0, "sum below total")
chk_pred(d, "B40 13.6 Mt part of 24.3 Mt consumption", interval(lambda a, b: a - b, band("13.6"), band("24.3")), lambda iv: iv[1] < 0, "part < whole")
chk_pred(d, "'nearly 30 million' (2026 outlook) consistent with 2025's 29.6 Mt", (tot[0], tot[1]), lambda iv: iv[1] <= 30 and iv[0] >= 28.5, "nearly 30 = [28.5, 30]")
chk_band(d, "PLANTED share: India 25.1% vs 6.84/29.6", interval(SHARE, band("6.84"), tot), "25.1", planted=True)
chk_pred(d, "PLANTED fraction: EU 'fell by a third' vs 2.9 from 3.6", interval(PCT, band("2.9"), band("3.6")),
         lambda iv: iv[0] <= F(-30) and iv[1] >= F(-100, 3) - 3 and iv[0] <= F(-100, 3) + 3 and iv[1] >= -37, "a third = fall in [-37%, -30%]", planted=True)
chk_band(d, "PLANTED change: output grew 9.6% vs 51.2 from 47.9", interval(PCT, band("51.2"), band("47.9")), "9.6", planted=True)

# ---------------- t2-en-02 labour force (stats release) ----------------
d = "t2-en-02"
emp, emp_sep, emp_ly = exact("2794300"), exact("2785900"), exact("2723400")
un, un_sep, un_ly = exact("138600"), exact("131900"), exact("142100")
chk_band(d, "employment up 0.3% m/m", interval(PCT, emp, emp_sep), "0.3")
chk_band(d, "employment up 2.6% y/y", interval(PCT, emp, emp_ly), "2.6")
rel(d, "labour force 2,932,900 = 2,794,300 + 138,600", False, F(2794300 + 138600) == F(2932900), "exact sum")
chk_band(d, "unemployment rate Oct 4.7% = 138,600/2,932,900", interval(SHARE, un, exact("2932900")), "4.7")
chk_band(d, "unemployment rate Sep 4.5% = 131,900/(2,785,900+131,900)", interval(SHARE, un_sep, exact(str(2785900 + 131900))), "4.5")
chk_band(d, "unemployment rate Oct 2024 5.0% = 142,100/(2,723,400+142,100)", interval(SHARE, un_ly, exact(str(2723400 + 142100))), "5.0")
chk_band(d, "rate down 0.3 pp on the year: 4.7 - 5.0", interval(lambda a, b: a - b, band("4.7"), band("5.0")), "-0.3")
chk_band(d, "full-time +1.9%: +41,200 to 2,209,600 (base 2,168,400)", interval(lambda n, c: c / (n - c) * 100, exact("2209600"), exact("41200")), "1.9")
chk_band(d, "part-time +5.4%: +29,700 to 584,700 (base 555,000)", interval(lambda n, c: c / (n - c) * 100, exact("584700"), exact("29700")), "5.4")
rel(d, "FT + PT = employment: 2,209,600 + 584,700 = 2,794,300", False, 2209600 + 584700 == 2794300, "exact sum")
rel(d, "FT + PT changes = y/y change: 41,200 + 29,700 = 2,794,300 - 2,723,400", False, 41200 + 29700 == 2794300 - 2723400, "exact sum")
chk_band(d, "long-term 22.7% = 31,500/138,600", interval(SHARE, exact("31500"), un), "22.7")
chk_band(d, "PLANTED yoy-vs-mom: unemployed 'rose 5.1% from a year earlier' vs 138,600/142,100", interval(PCT, un, un_ly), "5.1", planted=True)
chk_band(d, "  (the 5.1% is the m/m rate: 138,600/131,900)", interval(PCT, un, un_sep), "5.1")
chk_pred(d, "PLANTED hedge: women 'more than 48%' vs 1,318,600/2,794,300", interval(SHARE, exact("1318600"), emp), lambda iv: iv[1] > 48, "> 48", planted=True)
chk_band(d, "PLANTED (warning) points-vs-percent: youth 11.8% from 10.2% 'increase of 1.6%' (relative)", interval(PCT, band("11.8"), band("10.2")), "1.6", planted=True)
chk_band(d, "  (1.6 is the change in points: 11.8 - 10.2)", interval(lambda a, b: a - b, band("11.8"), band("10.2")), "1.6")

# ---------------- t2-en-03 software results (business daily, JSON) ----------------
d = "t2-en-03"
rev = band("4.72")
chk_band(d, "subscription rose 27%: 3.06 vs 2.41", interval(PCT, band("3.06"), band("2.41")), "27")
rel(d, "breakdown 3.06 + 1.02 + 0.640 = 4.72", False, F("3.06") + F("1.02") + F("0.640") == F("4.72"), "exact sum")
chk_pred(d, "subscriptions 'nearly 65%' = 3.06/4.72", interval(SHARE, band("3.06"), rev), lambda iv: iv[0] >= 60 and iv[0] <= 65, "nearly 65 = [60, 65]")
chk_band(d, "operating margin 19.3% = 912/4720", interval(SHARE, band("912"), band("4720")), "19.3")
chk_band(d, "customers rose 28% to 386 from 301", interval(PCT, exact("386"), exact("301")), "28")
chk_band(d, "about 450 roles = 4% of 11,240", interval(lambda p, n: p / 100 * n, band("4"), exact("11240")), "450")
chk_band(d, "guidance low end 13% = 5.35/4.72", interval(PCT, band("5.35"), rev), "13")
chk_band(d, "guidance high end 15% = 5.45/4.72", interval(PCT, band("5.45"), rev), "15")
chk_pred(d, "'slightly ahead' of $4.68bn consensus", interval(lambda a, b: a - b, rev, band("4.68")), lambda iv: iv[0] > 0, "> 0")
chk_band(d, "PLANTED respectively: licence '9%' vs 1.02 from 0.98", interval(PCT, band("1.02"), band("0.98")), "9", planted=True)
chk_band(d, "PLANTED implied-base: 'rose 18% to $4.72bn' vs fiscal 2024 $4.12bn", interval(PCT, rev, band("4.12")), "18", planted=True)
chk_band(d, "  (implied base of 18% growth: 4.72/1.18, vs stated 4.12)", interval(lambda r, g: r / (1 + g / 100), rev, band("18")), "4.12", planted=True)
chk_band(d, "PLANTED multiple: $912m 'three times' $412m", interval(lambda a, b: a / b, band("912"), band("412")), "3", planted=True)

# ---------------- t2-en-04 solar explainer ----------------
d = "t2-en-04"
chk_band(d, "PLANTED cagr: 163 GW (2020) -> 690 GW (2025), 5 years, stated about 23%", cagr_iv(band("690"), band("163"), 5), "23", planted=True)
chk_band(d, "China about 84% = 580/690", interval(SHARE, band("580"), band("690")), "84")
chk_band(d, "Southeast Asia 5.9% = 41/690", interval(SHARE, band("41"), band("690")), "5.9")
chk_band(d, "India 5.5% = 38/690", interval(SHARE, band("38"), band("690")), "5.5")
rel(d, "580 + 41 + 38 + 31 = 690", False, 580 + 41 + 38 + 31 == 690, "exact sum")
chk_pred(d, "top three 38.2% <= top five 61.4%", (band("38.2")[0] - band("61.4")[1], band("38.2")[1] - band("61.4")[0]), lambda iv: iv[0] <= 0, "top3 <= top5 possible")
chk_pred(d, "polysilicon top five 93.7% <= top ten 94.3%", (band("93.7")[0] - band("94.3")[1], band("93.7")[1] - band("94.3")[0]), lambda iv: iv[0] <= 0, "top5 <= top10 possible")
chk_pred(d, "PLANTED topk: module top five 61.4% vs top ten 58.9%", (band("61.4")[0] - band("58.9")[1], band("61.4")[1] - band("58.9")[0]), lambda iv: iv[0] <= 0, "top5 <= top10 possible", planted=True)
chk_band(d, "prices fell 40%: $0.09 vs $0.15 a watt", interval(PCT, band("0.09"), band("0.15")), "-40")
rel(d, "'in two years': end-2023 -> end-2025", False, 2025 - 2023 == 2, "2")
rel(d, "'over five years': 2020 -> 2025", False, 2025 - 2020 == 5, "5")
chk_band(d, "China installs about 55% a year: 48.2 GW (2020) -> 277 GW (2024), 4 years", cagr_iv(band("277"), band("48.2"), 4), "55")
chk_pred(d, "capacity 'more than 1,100 GW' well above 690 GW demand", interval(lambda a, b: a - b, band("1100"), band("690")), lambda iv: iv[0] > 0, "> 0")
rel(d, "PLANTED enumeration: 'three reasons' followed by 4 bullets", True, 4 == 3, "listed 4 (First, Second, Third, Fourth)")

# ---------------- t2-en-05 Harrowby Bay (local news, clean) ----------------
d = "t2-en-05"
chk_pred(d, "'more than double': £486m vs £214m", interval(lambda a, b: a / b, band("486"), band("214")), lambda iv: iv[0] > 2, "> 2")
chk_pred(d, "headline 'tops £480m': 486", band("486"), lambda iv: iv[0] > 480, "> 480")
chk_band(d, "overnight stays rose 6.3%: 1.85m vs 1.74m", interval(PCT, band("1.85"), band("1.74")), "6.3")
chk_pred(d, "'roughly a third' = 620,000/1.85m", interval(SHARE, band("620000"), (F("1845000"), F("1855000"))),
         lambda iv: iv[0] >= 30 and iv[1] <= F(110, 3), "roughly a third = [30, 36.7]")
chk_band(d, "occupancy up 4.3 pp: 78.4 - 74.1", interval(lambda a, b: a - b, band("78.4"), band("74.1")), "4.3")
chk_pred(d, "top three 41% <= top five 47%", (band("41")[0] - band("47")[1], band("41")[1] - band("47")[0]), lambda iv: iv[0] <= 0, "top3 <= top5")
chk_band(d, "Lakeside up 9%: £1.24m vs £1.14m", interval(PCT, band("1.24"), band("1.14")), "9")
chk_band(d, "Market Street up 4%: £0.87m vs £0.84m", interval(PCT, band("0.87"), band("0.84")), "4")
chk_band(d, "tourism jobs 42% = 3,400/8,100", interval(SHARE, band("3400"), band("8100")), "42")
chk_pred(d, "'nearly 1.9 million' restates 1.85 million", band("1.85"), lambda iv: iv[1] <= F("1.9") and iv[0] >= F("1.8"), "nearly 1.9 = [1.8, 1.9]")
rel(d, "'a decade earlier' / since 2015: 2015 -> 2025", False, 2025 - 2015 == 10, "10")

# ---------------- t2-en-06 state budget (press release) ----------------
d = "t2-en-06"
exp_, rev6 = band("48.6"), band("47.9")
chk_band(d, "expenses up 4.1%: 48.6 vs 46.7", interval(PCT, exp_, band("46.7")), "4.1")
chk_band(d, "deficit $700m = 48.6 - 47.9 (stated 0.7bn)", interval(lambda a, b: a - b, exp_, rev6), "0.7")
rel(d, "expenses breakdown 16.2+11.9+6.8+5.1+8.6 = 48.6", False, F("16.2") + F("11.9") + F("6.8") + F("5.1") + F("8.6") == F("48.6"), "exact sum")
for part, s in (("16.2", "33.3"), ("11.9", "24.5"), ("6.8", "14.0"), ("5.1", "10.5")):
    chk_band(d, f"share {s}% = {part}/48.6", interval(SHARE, band(part), exp_), s)
chk_band(d, "health +6.1%: 16.2 vs 15.27", interval(PCT, band("16.2"), band("15.27")), "6.1")
chk_band(d, "health share +0.6 pp: 33.3 - 15.27/46.7", interval(lambda a, b, c: a - b / c * 100, band("33.3"), band("15.27"), band("46.7")), "0.6")
chk_band(d, "health + education 57.8% = 28.1/48.6", interval(lambda a, b, t: (a + b) / t * 100, band("16.2"), band("11.9"), exp_), "57.8")
chk_band(d, "energy credit $275m = 1.1m x $250", interval(lambda n, p: n * p, band("1.1"), exact("250")), "275")
chk_band(d, "PLANTED sum: four revenue streams 19.4+21.7+4.6+3.6 vs $47.9bn",
         interval(lambda a, b, c, e: a + b + c + e, band("19.4"), band("21.7"), band("4.6"), band("3.6")), "47.9", planted=True)
chk_pred(d, "PLANTED direction: net debt 'fall to $61.2bn' from $58.9bn", interval(lambda a, b: a - b, band("61.2"), band("58.9")), lambda iv: iv[0] < 0, "a fall (< 0)", planted=True)
rel(d, "PLANTED period-span: 'ten-year' program 2026-27 to 2029-30", True, (2030 - 2026) == 10, "4 financial years (2026-27, 2027-28, 2028-29, 2029-30)")

bad = 0
for doc, label, planted, holds, detail in results:
    if planted:
        tag = "PLANTED-FAILS" if not holds else "BAD(planted holds)"
    else:
        tag = "ok" if holds else "BAD(consistent fails)"
    if tag.startswith("BAD"): bad += 1
    print(f"{tag:14s} {doc}  {label}  -- {detail}")
n_pl = sum(1 for r in results if r[2]); n_ok = len(results) - n_pl
print(f"\n{n_ok} consistent relations, {n_pl} planted checks, {bad} problem(s)")
print("arith: ALL GOOD" if bad == 0 else "arith: FAILURES")
sys.exit(1 if bad else 0)
