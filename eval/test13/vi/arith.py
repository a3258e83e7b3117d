#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.

Each stated figure "x" written with d decimals is allowed [x - 0.5*10^-d, x + 0.5*10^-d).
A relation holds when the interval the operands give overlaps the band of the stated result
(hedges: "hơn X" needs the true value > X, "gần X" needs it at or a bit below X, etc.).
Prints ok / PLANTED-FAILS per relation; exits 1 if a consistent relation fails or a planted one holds.
"""
from fractions import Fraction as F
from itertools import product
import sys

def num(s):
    """Vietnamese number: '.' thousands, ',' decimal. Returns (value, half-unit)."""
    s = s.replace(".", "")
    if "," in s:
        a, b = s.split(","); d = len(b); v = F(int(a + b), 10 ** d)
    else:
        d = 0; v = F(int(s))
    return v, F(1, 2 * 10 ** d)

def band(s):
    v, h = num(s); return (v - h, v + h)

def ival(fn, *args):
    """Interval of fn over the corners of the operands' bands (fn monotone in each operand)."""
    bands = [band(a) if isinstance(a, str) else (F(a), F(a)) for a in args]
    vals = [fn(*c) for c in product(*bands)]
    return min(vals), max(vals)

def overlaps(iv, b):
    return iv[0] < b[1] and b[0] < iv[1] or iv[0] == iv[1] and b[0] <= iv[0] < b[1]

def root(x, n):  # float is fine for the n-th root of an interval corner
    return F(float(x) ** (1.0 / n))

pct_change = lambda new, old: (new / old - 1) * 100
share = lambda part, total: part / total * 100
ratio = lambda a, b: a / b

results = []
def rel(doc, name, holds, planted=False, detail=""):
    results.append((doc, name, bool(holds), planted, detail))

def fmt(iv):
    return f"[{float(iv[0]):.4f}, {float(iv[1]):.4f}]"

def check_eq(doc, name, fn, args, stated, planted=False):
    iv = ival(fn, *args); b = band(stated)
    rel(doc, name, overlaps(iv, b), planted, f"computed {fmt(iv)} vs stated {stated} {fmt(b)}")

# ---------------- t13-vi-01 (trade, GSO release) ----------------
D = "01"
check_eq(D, "Oct total = XK + NK", lambda a, b: a + b, ["40,2", "38,2"], "78,4")
check_eq(D, "Oct total MoM +3,3% (Sep 39,1+36,8)", lambda n, a, b: pct_change(n, a + b), ["78,4", "39,1", "36,8"], "3,3")
check_eq(D, "Oct total YoY +14,3% (Oct-24 35+33,6)", lambda n, a, b: pct_change(n, a + b), ["78,4", "35", "33,6"], "14,3")
check_eq(D, "10M total = XK + NK", lambda a, b: a + b, ["382,6", "353,2"], "735,8")
check_eq(D, "10M surplus 29,4 = 382,6 - 353,2", lambda a, b: a - b, ["382,6", "353,2"], "29,4")
check_eq(D, "10M surplus = FDI 43 - domestic 13,6", lambda a, b: a - b, ["43", "13,6"], "29,4")
check_eq(D, "Oct XK = domestic 10,9 + FDI 29,3", lambda a, b: a + b, ["10,9", "29,3"], "40,2")
check_eq(D, "Oct surplus 2 = 40,2 - 38,2", lambda a, b: a - b, ["40,2", "38,2"], "2")
check_eq(D, "Oct XK YoY 14,9% vs 35 (the rate actually is YoY)", pct_change, ["40,2", "35"], "14,9")
check_eq(D, "PLANTED yoy-vs-mom: XK 'tăng 14,9% so với tháng trước' vs Sep 39,1", pct_change, ["40,2", "39,1"], "14,9", planted=True)
check_eq(D, "10M XK +16,1% vs 329,5", pct_change, ["382,6", "329,5"], "16,1")
check_eq(D, "domestic 103,3 = 27,0% of 382,6", share, ["103,3", "382,6"], "27,0")
check_eq(D, "FDI 279,3 = 73,0% of 382,6", share, ["279,3", "382,6"], "73,0")
check_eq(D, "103,3 + 279,3 = 382,6", lambda a, b: a + b, ["103,3", "279,3"], "382,6")
check_eq(D, "PLANTED share: CN chế biến 337,2 'chiếm 81,8%' of 382,6", share, ["337,2", "382,6"], "81,8", planted=True)
check_eq(D, "nông lâm 31,4 = 8,2%", share, ["31,4", "382,6"], "8,2")
check_eq(D, "thủy sản 9,1 = 2,4%", share, ["9,1", "382,6"], "2,4")
check_eq(D, "nhiên liệu 4,9 = 1,3%", share, ["4,9", "382,6"], "1,3")
check_eq(D, "groups add to 382,6", lambda a, b, c, d: a + b + c + d, ["337,2", "31,4", "9,1", "4,9"], "382,6")
check_eq(D, "EU 44,1 vs 40,3 = +9,4% (respectively, first)", pct_change, ["44,1", "40,3"], "9,4")
check_eq(D, "PLANTED respectively: ASEAN 31,6 vs 29,8 stated +8,6%", pct_change, ["31,6", "29,8"], "8,6", planted=True)
check_eq(D, "NK Oct MoM +3,8% vs 36,8", pct_change, ["38,2", "36,8"], "3,8")
check_eq(D, "NK Oct YoY +13,7% vs 33,6", pct_change, ["38,2", "33,6"], "13,7")
iv = ival(lambda a, b: a + b, "93,8", "6,9")
rel(D, "PLANTED sum: 'gồm hai nhóm' 93,8% + 6,9% must be 100%", iv[0] <= 100 <= iv[1], True, f"sum {fmt(iv)}")
check_eq(D, "China 122,8 = 34,8% of NK 353,2", share, ["122,8", "353,2"], "34,8")
check_eq(D, "Korea 47,5 = 13,4% of NK 353,2", share, ["47,5", "353,2"], "13,4")

# ---------------- t13-vi-02 (coffee) ----------------
D = "02"
check_eq(D, "volume +9,6% vs 1,25 triệu tấn", pct_change, ["1,37", "1,25"], "9,6")
check_eq(D, "price 5.263 USD/t = 7,21 tỷ / 1,37 triệu t", lambda v, q: v / q * 1000, ["7,21", "1,37"], "5.263")
iv = ival(share, "1,02", "1,37")
rel(D, "Robusta 1,02/1,37 'khoảng ba phần tư' (within 2 pts of 75%)", iv[0] <= 77 and iv[1] >= 73, False, f"share {fmt(iv)}")
iv = ival(share, "452.000", "1.370.000")
rel(D, "PLANTED fraction: EU 452.000 t 'chiếm tới một nửa' of 1,37 triệu t", iv[0] <= 50 <= iv[1] or abs(float(iv[0]) - 50) < 3, True, f"share {fmt(iv)}")
check_eq(D, "PLANTED implied-base: value +61,5% vs stated base 4,13 tỷ", pct_change, ["7,21", "4,13"], "61,5", planted=True)
check_eq(D, "implied base of +61,5% (for NOTES)", lambda v, r: v / (1 + r / 100), ["7,21", "61,5"], "4,46")
check_eq(D, "gấp đôi: 5,48 / 2,74", ratio, ["5,48", "2,74"], "2")
iv = ival(lambda a, b: (root(a / b, 4) - 1) * 100, "5,48", "2,74")
b = (F(20), F(30))  # 'khoảng 25%' generously read as 20-30%
rel(D, "PLANTED cagr: 2020-2024 'khoảng 25%/năm' from 2,74 to 5,48", overlaps(iv, b), True, f"cagr {fmt(iv)}")

# ---------------- t13-vi-03 (tourism) ----------------
D = "03"
check_eq(D, "guests +17,4% vs 8,4 triệu", pct_change, ["9,86", "8,4"], "17,4")
check_eq(D, "intl 3,77 + domestic 6,09 = 9,86", lambda a, b: a + b, ["3,77", "6,09"], "9,86")
iv = ival(lambda x: x, "9,86"); rel(D, "title 'gần 9,9 triệu' for 9,86", iv[1] <= F("9.9") and iv[0] >= F("9.7"), False, fmt(iv))
check_eq(D, "PLANTED change: revenue 41.350 vs 32.100 stated +22,8%", pct_change, ["41.350", "32.100"], "22,8", planted=True)
iv = ival(pct_change, "1,18", "1,11")
rel(D, "PLANTED direction: Korea 'giảm 6,3%' but 1,18 > 1,11", iv[1] < 0, True, f"change {fmt(iv)}")
check_eq(D, "Korea magnitude 6,3% (as a rise)", pct_change, ["1,18", "1,11"], "6,3")
check_eq(D, "China +41,2% vs 0,68", pct_change, ["0,96", "0,68"], "41,2")
check_eq(D, "Russia gấp 2,3 lần 136.000", ratio, ["312.000", "136.000"], "2,3")
check_eq(D, "occupancy +7,2 pts from 61,3 to 68,5", lambda a, b: a - b, ["68,5", "61,3"], "7,2")
iv = ival(share, "3,77", "9,86")
rel(D, "PLANTED hedge: intl share 'hơn 40%'", iv[0] > 40, True, f"share {fmt(iv)}")
rel(D, "PLANTED period-span: 'hơn mười năm' from 2019 to 2025", 2025 - 2019 > 10, True, "span 6 years")
rel(D, "3,56 triệu (2019) above 3,5 mark", band("3,56")[0] > F("3.5"), False, "")

# ---------------- t13-vi-04 (credit, JSON) ----------------
D = "04"
check_eq(D, "credit +13,4% vs 15,2 triệu tỷ", pct_change, ["17,24", "15,2"], "13,4")
check_eq(D, "'khoảng 2 triệu tỷ' added = 17,24 - 15,2", lambda a, b: a - b, ["17,24", "15,2"], "2")
check_eq(D, "real estate 3,89 = 22,6% of 17,24", share, ["3,89", "17,24"], "22,6")
check_eq(D, "PLANTED implied-total: green 721.000 tỷ 'chiếm khoảng 4,8%' of 17,24 triệu tỷ", share, ["721.000", "17.240.000"], "4,8", planted=True)
check_eq(D, "implied total of 721.000 / 4,8% (triệu tỷ, for NOTES)", lambda p, s: p / s * 100 / 1000000, ["721.000", "4,8"], "15,0")
check_eq(D, "term share -1,6 pts from 46,8 to 45,2", lambda a, b: a - b, ["46,8", "45,2"], "1,6")
check_eq(D, "credit-deposit gap 4,2 pts", lambda a, b: a - b, ["13,4", "9,2"], "4,2")
rel(D, "PLANTED topk: top-5 46,3% <= top-10 44,9%", band("46,3")[0] < band("44,9")[1], True, "top-5 band exceeds top-10 band")
rel(D, "deposits top-10 66,2% <= top-15 78,5%", band("66,2")[0] < band("78,5")[1], False, "")
check_eq(D, "NPL 1,94 -> 2,21: 0,27 percentage points", lambda a, b: a - b, ["2,21", "1,94"], "0,27")
check_eq(D, "PLANTED points-vs-percent (warning): 'tăng 0,27%' read as % change", pct_change, ["2,21", "1,94"], "0,27", planted=True)

# ---------------- t13-vi-05 (labour) ----------------
D = "05"
check_eq(D, "sectors 21,3 + 17,6 + 13,3 = 52,2", lambda a, b, c: a + b + c, ["21,3", "17,6", "13,3"], "52,2")
check_eq(D, "agri 13,3 = 25,5% of 52,2", share, ["13,3", "52,2"], "25,5")
check_eq(D, "informal 33,1 = 63,4% of 52,2", share, ["33,1", "52,2"], "63,4")
check_eq(D, "trained 29,1 = 28,5 + 0,6 pts", lambda a, b: a - b, ["29,1", "28,5"], "0,6")
check_eq(D, "income +9,1% vs 7,7", pct_change, ["8,4", "7,7"], "9,1")
check_eq(D, "male 9,6 gấp khoảng 1,35 lần female 7,1", ratio, ["9,6", "7,1"], "1,35")
check_eq(D, "PLANTED multiple: urban 10,2 'gấp 1,6 lần' rural 7,3", ratio, ["10,2", "7,3"], "1,6", planted=True)
rel(D, "'hơn 53,2 triệu' for 53,27", band("53,27")[0] > F("53.2"), False, "")
rel(D, "PLANTED restatement: income Q3/2025 8,4 vs 8,1 triệu", overlaps(band("8,4"), band("8,1")), True, "8,4 and 8,1 bands disjoint")
rel(D, "PLANTED enumeration: 'ba nhóm giải pháp' lists 4 (Thứ nhất..Thứ tư)", 4 == 3, True, "4 items")

# ---------------- t13-vi-06 (electricity, clean) ----------------
D = "06"
check_eq(D, "10M +6,1% vs 249,6", pct_change, ["264,8", "249,6"], "6,1")
rel(D, "title 'tăng hơn 6%'", ival(pct_change, "264,8", "249,6")[0] > 6, False, "")
check_eq(D, "Oct MoM +2,7% vs 26,2", pct_change, ["26,9", "26,2"], "2,7")
check_eq(D, "Oct YoY +7,2% vs 25,1", pct_change, ["26,9", "25,1"], "7,2")
for part, s in [("121,5", "45,9"), ("84,2", "31,8"), ("33,7", "12,7"), ("19,6", "7,4"), ("5,8", "2,2")]:
    check_eq(D, f"{part} = {s}% of 264,8", share, [part, "264,8"], s)
check_eq(D, "sources add to 264,8", lambda a, b, c, d, e: a + b + c + d + e, ["121,5", "84,2", "33,7", "19,6", "5,8"], "264,8")
iv = ival(lambda a, b, c, d, e: a + b + c + d + e, "45,9", "31,8", "12,7", "7,4", "2,2")
rel(D, "shares add to 100%", iv[0] <= 100 <= iv[1], False, fmt(iv))
iv = ival(share, "121,5", "264,8"); rel(D, "coal 'gần một nửa'", 40 <= iv[0] and iv[1] <= 50, False, fmt(iv))
iv = ival(share, "84,2", "264,8"); rel(D, "hydro 'gần một phần ba'", 30 <= iv[0] and iv[1] <= F(100, 3), False, fmt(iv))
check_eq(D, "coal gấp khoảng 1,4 lần hydro", ratio, ["121,5", "84,2"], "1,4")
check_eq(D, "RE share +1,3 pts from 11,4 to 12,7", lambda a, b: a - b, ["12,7", "11,4"], "1,3")
check_eq(D, "commercial = North + South + Central", lambda a, b, c: a + b + c, ["113,6", "101,3", "22,5"], "237,4")
check_eq(D, "North +8,2% vs 105 (respectively)", pct_change, ["113,6", "105"], "8,2")
check_eq(D, "South +5,1% vs 96,4 (respectively)", pct_change, ["101,3", "96,4"], "5,1")
iv = ival(lambda a, b: (root(a / b, 4) - 1) * 100, "267,5", "208,4")
rel(D, "CAGR 2020-2024 6,4%/năm (208,4 -> 267,5)", overlaps(iv, band("6,4")), False, fmt(iv))

bad = 0
for doc, name, holds, planted, detail in results:
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (BAD)"
        bad += holds
    else:
        tag = "ok" if holds else "FAIL (BAD)"
        bad += not holds
    print(f"t13-vi-{doc} {tag:14} {name}  {detail}")
n_pl = sum(1 for r in results if r[3]); n_ok = len(results) - n_pl
print(f"arith: {n_ok} consistent relations, {n_pl} planted, {bad} unexpected")
sys.exit(1 if bad else 0)
