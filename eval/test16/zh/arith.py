#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures (exact fractions, rounding bands).
Prints `ok` for consistent relations and `PLANTED-FAILS` for planted ones; exit 1 if a consistent
relation fails or a planted one holds."""
import sys
from fractions import Fraction as F

def band(s):
    """'48.6' -> [48.55, 48.65) as Fractions (half a unit of the last stated digit)."""
    s = s.replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    v = F(s); h = F(1, 2 * 10 ** d)
    return (v - h, v + h)

def div(a, b):  # interval a/b, b > 0
    c = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]
    return (min(c), max(c))
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def scale(a, k): return tuple(sorted((a[0] * k, a[1] * k)))
def meets(a, b): return a[0] <= b[1] and b[0] <= a[1]
def pct(part, whole): return scale(div(part, whole), 100)
def chg(cur, base):
    r = div(cur, base); return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def fmt(iv): return f"[{float(iv[0]):.3f}, {float(iv[1]):.3f}]"

fails = 0
def check(doc, label, holds, detail, planted=False):
    global fails
    if planted:
        status = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (bad)"
        if holds: fails += 1
    else:
        status = "ok" if holds else "FAIL"
        if not holds: fails += 1
    print(f"{status:14} {doc} {label}: {detail}")

def rel_pct(doc, label, stated, part, whole, planted=False):
    c = pct(band(part), band(whole)); s = band(stated)
    check(doc, label, meets(c, s), f"{part}/{whole} = {fmt(c)}%, stated {stated}%", planted)
def rel_chg(doc, label, stated, cur, base, planted=False, sign=1):
    c = chg(band(cur), band(base)); s = scale(band(stated), sign)
    check(doc, label, meets(c, s), f"{cur} vs {base} = {fmt(c)}%, stated {'+' if sign>0 else '-'}{stated}%", planted)
def rel_sum(doc, label, total, parts, planted=False):
    c = add(*[band(p) for p in parts]); t = band(total)
    check(doc, label, meets(c, t), f"{'+'.join(parts)} = {fmt(c)}, stated whole {total}", planted)
def rel_eq(doc, label, a, b, planted=False):
    check(doc, label, meets(band(a), band(b)), f"{a} vs {b}", planted)
def rel_le(doc, label, a, b, planted=False):  # a (smaller k) <= b
    check(doc, label, band(a)[0] <= band(b)[1], f"{a} <= {b}", planted)
def rel_in(doc, label, iv, lo, hi, planted=False, what=""):
    check(doc, label, iv[1] >= lo and iv[0] <= hi, f"{what} {fmt(iv)} within [{float(lo)}, {float(hi)}]", planted)

# ---------------- t16-zh-01 kuaidi ----------------
d = "t16-zh-01"
rel_chg(d, "verified change 18.3% (48.6 from 41.1)", "18.3", "48.6", "41.1")
rel_in(d, "title hedge 近两成 for 18.3%", band("18.3"), F(15), F(20), what="growth")
rel_in(d, "per-unit 约8.1元 = 392.4亿元/48.6亿件", div(band("392.4"), band("48.6")), F("8.05"), F("8.15"), what="yuan/item")
rel_chg(d, "PLANTED change 29.6% (41.5 from 34.7)", "29.6", "41.5", "34.7", planted=True)
rel_pct(d, "verified share 85.4% (41.5/48.6)", "85.4", "41.5", "48.6")
rel_chg(d, "change 8.5% (6.4 from 5.9)", "8.5", "6.4", "5.9")
rel_sum(d, "parts 41.5+6.4+0.7 = 48.6 (not stated as a sum)", "48.6", ["41.5", "6.4", "0.7"])
rel_pct(d, "PLANTED share 45.3% (19.8/48.6)", "45.3", "19.8", "48.6", planted=True)
rel_pct(d, "verified top-5 share 69.3% (33.7/48.6)", "69.3", "33.7", "48.6")
rel_le(d, "top-5 69.3% <= top-10 86.1%", "69.3", "86.1")
rel_chg(d, "Sept YoY 17.0% (6.2 vs 5.3)", "17.0", "6.2", "5.3")
rel_chg(d, "verified Sept MoM 3.3% (6.2 vs 6.0)", "3.3", "6.2", "6.0")
rel_chg(d, "respectively 16.1% (10.8 from 9.3)", "16.1", "10.8", "9.3")
rel_chg(d, "respectively 11.8% (7.6 from 6.8)", "11.8", "7.6", "6.8")
rel_eq(d, "PLANTED restatement 46.8亿件 vs 48.6亿件 (both 前三季度)", "46.8", "48.6", planted=True)

# ---------------- t16-zh-02 fadian ----------------
d = "t16-zh-02"
rel_chg(d, "PLANTED implied-base 9.4% (1012.6 vs stated base 952.6)", "9.4", "1012.6", "952.6", planted=True)
# hidden consistency: last-year parts from the stated rates give 9.4%
ly = add(div(band("612.4"), (F("1.0455"), F("1.0445"))[::-1]), band("187.0"), band("100.5"),
         div(band("49.9"), (F("0.9575"), F("0.9585"))))
rel_in(d, "hidden: last-year parts from rates give ~925.6 -> 9.4%", chg(band("1012.6"), ly), F("9.35"), F("9.45"), what="growth")
rel_chg(d, "verified June MoM 4.1% (168.3 vs 161.7)", "4.1", "168.3", "161.7")
rel_pct(d, "verified share 60.5% (612.4/1012.6)", "60.5", "612.4", "1012.6")
rel_chg(d, "verified respectively 18.6% (221.8 from 187.0)", "18.6", "221.8", "187.0")
rel_chg(d, "verified respectively 27.9% (128.5 from 100.5)", "27.9", "128.5", "100.5")
rel_in(d, "hedge 近三成 for 27.9%", band("27.9"), F(25), F(30), what="growth")
rel_sum(d, "350.3 = 221.8 + 128.5", "350.3", ["221.8", "128.5"])
rel_pct(d, "verified share 34.6% (350.3/1012.6)", "34.6", "350.3", "1012.6")
rel_sum(d, "PLANTED sum: 火电+风电+太阳能+其余水电59.9 vs 1012.6", "1012.6", ["612.4", "221.8", "128.5", "59.9"], planted=True)
rel_pct(d, "verified share 34.0% (2860/8420)", "34.0", "2860", "8420")
rel_sum(d, "5370 = 2860 + 2510", "5370", ["2860", "2510"])
rel_sum(d, "8420 = 2860+2510+2380+670", "8420", ["2860", "2510", "2380", "670"])
s = pct(band("5370"), band("8420"))
check(d, "PLANTED hedge 超过65% (5370/8420)", s[1] > 65, f"5370/8420 = {fmt(s)}%, stated 'more than 65%'", planted=True)
rel_in(d, "四成左右 for 412.7/1012.6", pct(band("412.7"), band("1012.6")), F("37.5"), F("42.5"), what="share")

# ---------------- t16-zh-03 piaofang ----------------
d = "t16-zh-03"
rel_chg(d, "verified change 10.5% (128.6 from 116.4)", "10.5", "128.6", "116.4")
c = chg(band("3.12"), band("2.92"))
check(d, "PLANTED direction 减少6.8% (3.12 vs 2.92)", c[1] < 0, f"3.12 vs 2.92 = {fmt(c)}% (a rise), stated 减少6.8%", planted=True)
rel_chg(d, "magnitude of 6.8% is right, only the direction is wrong", "6.8", "3.12", "2.92")
rel_in(d, "price 41.2元 = 128.6亿/3.12亿", div(band("128.6"), band("3.12")), F("41.15"), F("41.25"), what="yuan")
rel_in(d, "约1.4元 rise = 128.6/3.12 - 116.4/2.92", sub(div(band("128.6"), band("3.12")), div(band("116.4"), band("2.92"))), F("1.35"), F("1.45"), what="yuan")
rel_pct(d, "verified share 78.8% (101.3/128.6)", "78.8", "101.3", "128.6")
rel_pct(d, "verified share 21.2% (27.3/128.6)", "21.2", "27.3", "128.6")
rel_sum(d, "101.3 + 27.3 = 128.6", "128.6", ["101.3", "27.3"])
rel_in(d, "title 近八成 for 78.8%", band("78.8"), F(75), F(80), what="share")
rel_pct(d, "PLANTED share 29.7% (34.7/128.6)", "29.7", "34.7", "128.6", planted=True)
rel_pct(d, "verified top-5 share 52.7% (67.8/128.6)", "52.7", "67.8", "128.6")
rel_le(d, "top-5 52.7% <= top-10 73.1%", "52.7", "73.1")
m = div(band("19.6"), band("8.1")); s = band("3.2")
check(d, "PLANTED multiple 3.2倍 (19.6/8.1)", meets(m, s), f"19.6/8.1 = {fmt(m)}x, stated 3.2x", planted=True)
rel_sum(d, "months 19.8+52.4+56.4 = 128.6", "128.6", ["19.8", "52.4", "56.4"])
it = div(band("56.4"), scale(band("48.5"), F(1, 100)))
check(d, "PLANTED implied-total 48.5% (56.4 -> total vs 128.6)", meets(it, band("128.6")), f"56.4/48.5% = {fmt(it)} yi, stated total 128.6", planted=True)
rel_in(d, "近129亿元 for 128.6", band("128.6"), F(125), F(129), what="total")

# ---------------- t16-zh-04 caizheng ----------------
d = "t16-zh-04"
it = div(band("486.3"), scale(band("76.4"), F(1, 100)))
check(d, "PLANTED implied-total 76.4% (486.3 -> budget vs 602.8)", meets(it, band("602.8")), f"486.3/76.4% = {fmt(it)}, stated budget 602.8 (486.3/602.8 = {fmt(pct(band('486.3'), band('602.8')))}%)", planted=True)
rel_pct(d, "verified share 72.4% (352.1/486.3)", "72.4", "352.1", "486.3")
rel_sum(d, "352.1 + 134.2 = 486.3", "486.3", ["352.1", "134.2"])
ly = add(div(band("352.1"), (F("1.0385"), F("1.0375"))[::-1]), div(band("134.2"), (F("1.0915"), F("1.0905"))[::-1]))
rel_in(d, "hidden: 5.2% consistent with 3.8% and 9.1%", chg(band("486.3"), ly), F("5.15"), F("5.25"), what="growth")
rel_pct(d, "verified respectively 10.0% (48.7/486.3)", "10.0", "48.7", "486.3")
rel_pct(d, "verified respectively 7.4% (36.2/486.3)", "7.4", "36.2", "486.3")
rel_pct(d, "verified share 79.8% (560.6/702.5)", "79.8", "560.6", "702.5")
rel_in(d, "gap 216.2 = 702.5 - 486.3", sub(band("702.5"), band("486.3")), F("216.15"), F("216.25"), what="gap")
rel_in(d, "remaining 116.5 = 602.8 - 486.3", sub(band("602.8"), band("486.3")), F("116.45"), F("116.55"), what="remaining")
rel_chg(d, "PLANTED implied-base 6.3% (138.6 vs stated base 126.5)", "6.3", "138.6", "126.5", planted=True)
rel_eq(d, "PLANTED restatement (warning) 468.3 vs 486.3", "468.3", "486.3", planted=True)
rel_in(d, "七成以上 352.1/486.3", pct(band("352.1"), band("486.3")), F(70), F(100), what="share")

# ---------------- t16-zh-05 gangkou ----------------
d = "t16-zh-05"
rel_chg(d, "verified Oct YoY 9.1% (86.7 vs 79.5)", "9.1", "86.7", "79.5")
rel_chg(d, "verified Oct MoM 2.4% (86.7 vs 84.7)", "2.4", "86.7", "84.7")
rel_pct(d, "PLANTED share 64.8% (498.6/812.4)", "64.8", "498.6", "812.4", planted=True)
rel_sum(d, "498.6 + 313.8 = 812.4", "812.4", ["498.6", "313.8"])
c = chg(band("31.2"), band("42.6"))
check(d, "PLANTED change 降幅超过30% (31.2 from 42.6)", c[0] < -30, f"31.2 vs 42.6 = {fmt(c)}%, stated decline > 30%", planted=True)
rel_pct(d, "verified respectively 21.7% (6200/28600)", "21.7", "6200", "28600")
rel_pct(d, "verified respectively 16.8% (4800/28600)", "16.8", "4800", "28600")
rel_le(d, "top-5 79.6% <= top-6 80.4%", "79.6", "80.4")
check(d, "突破800万 / 超800万 for 812.4", band("812.4")[0] > 800, "812.4 > 800")

# ---------------- t16-zh-06 baoxian (clean) ----------------
d = "t16-zh-06"
rel_sum(d, "1.24 + 3.39 = 4.63", "4.63", ["1.24", "3.39"])
rel_pct(d, "verified share 26.8% (1.24/4.63)", "26.8", "1.24", "4.63")
rel_sum(d, "2.71 + 0.58 + 0.10 = 3.39 (万亿)", "3.39", ["2.71", "0.58", "0.10"])
rel_pct(d, "verified share 79.9% (2.71/3.39)", "79.9", "2.71", "3.39")
rel_sum(d, "6920 + 5480 = 12400 (1.24万亿)", "1.24", ["0.6920", "0.5480"])
rel_pct(d, "verified share 55.8% (6920亿/1.24万亿)", "55.8", "0.6920", "1.24")
rel_pct(d, "share 44.2% (5480亿/1.24万亿)", "44.2", "0.5480", "1.24")
rel_chg(d, "Sept YoY 2.1% (4128 vs 4043)", "2.1", "4128", "4043")
rel_chg(d, "verified Sept MoM -5.6% (4128 vs 4373)", "5.6", "4128", "4373", sign=-1)
rel_in(d, "两倍多 = 12.4/5.8", div(band("12.4"), band("5.8")), F(2), F(3), what="ratio")
rel_chg(d, "verified change 8.9% (36.8 from 33.8)", "8.9", "36.8", "33.8")
rel_le(d, "life top-5 48.6% <= top-10 66.3%", "48.6", "66.3")
rel_le(d, "P&C top-3 63.1% <= top-5 64.9%", "63.1", "64.9")
rel_in(d, "0.5个百分点 = 2.5 - 2.0", sub(band("2.5"), band("2.0")), F("0.45"), F("0.55"), what="pp")
rel_in(d, "人身险超过七成 3.39/4.63", pct(band("3.39"), band("4.63")), F(70), F(100), what="share")
ly = add(div(band("1.24"), (F("1.0495"), F("1.0485"))[::-1]), div(band("3.39"), (F("1.0615"), F("1.0605"))[::-1]))
rel_in(d, "hidden: 5.8% consistent with 4.9% and 6.1%", chg(band("4.63"), ly), F("5.75"), F("5.85"), what="growth")

print("arith: all consistent relations ok, all planted fail" if fails == 0 else f"arith: {fails} problem(s)")
sys.exit(1 if fails else 0)
