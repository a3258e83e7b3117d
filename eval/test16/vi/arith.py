#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated in the articles.

Every stated figure is an interval (its rounding band: "7,82" is [7,815; 7,825), "4.260" is
[4.259,5; 4.260,5), "9%" is [8,5; 9,5)). A relation holds when the value computed from the
operands' bands can meet the stated figure's band (or the hedge's side). Consistent relations
must hold (print "ok"); planted ones must fail (print "PLANTED-FAILS"). Exit 1 otherwise."""
from fractions import Fraction as F
import sys

def num(s):
    """Vietnamese number -> (lo, hi) rounding band, exact fractions."""
    s = s.strip()
    if "," in s:
        ip, dp = s.split(",")
    else:
        ip, dp = s, ""
    ip = ip.replace(".", "")
    v = F(ip + ("." + dp if dp else "")) if dp else F(int(ip))
    half = F(1, 2 * 10 ** len(dp))
    return (v - half, v + half)

def exact(x):
    x = F(x); return (x, x)

def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def mul(a, k): k = F(k); return (a[0] * k, a[1] * k)
def div(a, b): return (a[0] / b[1], a[1] / b[0])          # positive operands
def pct(a, b): return mul(div(a, b), 100)                   # a as % of b
def chg(cur, base): return sub(mul(div(cur, base), 100), exact(100))  # % change
def meets(a, b): return a[0] < b[1] and b[0] < a[1] or a == b or (a[0] == a[1] and b[0] <= a[0] < b[1])

failures = 0
def rel(doc, name, computed, holds, planted=False):
    global failures
    lo, hi = float(computed[0]), float(computed[1])
    tag = ("PLANTED-FAILS" if not holds else "PLANTED-HOLDS!") if planted else ("ok" if holds else "FAIL")
    if (planted and holds) or (not planted and not holds):
        failures += 1
    print(f"{tag:14} {doc} {name}: computed [{lo:.4f}, {hi:.4f}]")

def eq(doc, name, computed, stated, planted=False):
    rel(doc, name, computed, meets(computed, num(stated) if isinstance(stated, str) else stated), planted)

def above(doc, name, computed, bound, planted=False):      # "hơn X", "vượt X": value > X
    rel(doc, name, computed, computed[1] > F(bound), planted)

def near_below(doc, name, computed, bound, width, planted=False):  # "gần X": X-width <= value < X
    rel(doc, name, computed, computed[0] < F(bound) and computed[1] > F(bound) - F(width), planted)

def about(doc, name, computed, target, tol, planted=False):  # "khoảng X": within +-tol
    t = F(target); tol = F(tol)
    rel(doc, name, computed, computed[0] < t + tol and computed[1] > t - tol, planted)

n = num
# ---------------- t16-vi-01 rice and seafood exports ----------------
D = "01"
eq(D, "value 4,86 vs 4,01 -> tăng 21,2%", chg(n("4,86"), n("4,01")), "21,2")
eq(D, "PLANTED implied-base: 7,82 vs 7,31 -> stated tăng 9,6%", chg(n("7,82"), n("7,31")), "9,6", planted=True)
eq(D, "implied base 7,82/1,096 vs stated 7,31", div(n("7,82"), add(exact(1), mul(n("9,6"), F(1, 100)))), "7,31", planted=True)
eq(D, "Philippines 3,12/7,82 -> chiếm 39,9%", pct(n("3,12"), n("7,82")), "39,9")
eq(D, "PLANTED share: Indonesia 1,04/7,82 -> stated 15,3%", pct(n("1,04"), n("7,82")), "15,3", planted=True)
above(D, "top-3 (3,12+1,04+0,61)/7,82 -> hơn 60%", pct(add(n("3,12"), n("1,04"), n("0,61")), n("7,82")), 60)
about(D, "avg price 4,86 bn / 7,82 mn t -> khoảng 621 USD/tấn", mul(div(n("4,86"), n("7,82")), 1000), 621, 1)
eq(D, "seafood 8,16 vs 7,39 -> tăng 10,4%", chg(n("8,16"), n("7,39")), "10,4")
eq(D, "shrimp 3,21/8,16 -> chiếm 39,3%", pct(n("3,21"), n("8,16")), "39,3")
eq(D, "pangasius 1,66/8,16 -> chiếm 20,3%", pct(n("1,66"), n("8,16")), "20,3")
eq(D, "PLANTED sum: 39,3+20,3+45,4 should be 100", add(n("39,3"), n("20,3"), n("45,4")), exact(100), planted=True)
eq(D, "PLANTED sum: remainder 100-39,3-20,3 vs stated 45,4", sub(exact(100), add(n("39,3"), n("20,3"))), "45,4", planted=True)
eq(D, "PLANTED restatement: seafood 10 months 8,16 vs 8,61", n("8,16"), "8,61", planted=True)
eq(D, "surplus 51,6-36,3 -> 15,3", sub(n("51,6"), n("36,3")), "15,3")
about(D, "(4,86+8,16)/51,6 -> khoảng một phần tư", pct(add(n("4,86"), n("8,16")), n("51,6")), 25, F(5, 2))

# ---------------- t16-vi-02 electricity ----------------
D = "02"
eq(D, "229,6 vs 207,4 -> tăng 10,7%", chg(n("229,6"), n("207,4")), "10,7")
near_below(D, "title: tăng gần 11% (229,6 vs 207,4)", chg(n("229,6"), n("207,4")), 11, 1)
eq(D, "Sept 25,1 vs Aug 26,4 -> giảm 4,9%", chg(n("25,1"), n("26,4")), "-4,9")
eq(D, "coal 126,3/229,6 -> chiếm 55%", pct(n("126,3"), n("229,6")), "55")
eq(D, "hydro 60,2/229,6 -> chiếm 26,2%", pct(n("60,2"), n("229,6")), "26,2")
eq(D, "renewables 23,4/229,6 -> chiếm 10,2%", pct(n("23,4"), n("229,6")), "10,2")
eq(D, "sources 126,3+60,2+23,4+15,1+4,6 -> 229,6", add(n("126,3"), n("60,2"), n("23,4"), n("15,1"), n("4,6")), "229,6")
eq(D, "PLANTED direction: hydro 60,2 vs 55,5 stated 'giảm 8,5%'", chg(n("60,2"), n("55,5")), "-8,5", planted=True)
rel(D, "direction check: hydro 60,2 vs 55,5 is a rise (+8,5%), not a fall", chg(n("60,2"), n("55,5")), chg(n("60,2"), n("55,5"))[1] < 0, planted=True)
eq(D, "Pmax 49.533-44.953 -> 4.580 MW", sub(n("49.533"), n("44.953")), "4.580")
eq(D, "PLANTED change: 201,7 vs 183,5 stated tăng 11,4%", chg(n("201,7"), n("183,5")), "11,4", planted=True)
eq(D, "losses 6,51-6,28 -> 0,23 điểm phần trăm", sub(n("6,51"), n("6,28")), "0,23")
eq(D, "price 2.103,11 vs 2.006,79 -> tăng 4,8%", chg(n("2.103,11"), n("2.006,79")), "4,8")
eq(D, "Q4 low 229,6+75 -> 305", add(n("229,6"), exact(75)), "305")
eq(D, "Q4 high 229,6+77 -> 307", add(n("229,6"), exact(77)), "307")

# ---------------- t16-vi-03 provincial budget ----------------
D = "03"
above(D, "title: 11.586 vượt 11.500", n("11.586"), 11500)
eq(D, "11.586/13.300 -> 87,1% dự toán", pct(n("11.586"), n("13.300")), "87,1")
eq(D, "11.586 vs 10.146 -> tăng 14,2%", chg(n("11.586"), n("10.146")), "14,2")
eq(D, "9.842+1.744 -> 11.586", add(n("9.842"), n("1.744")), "11.586")
eq(D, "9.842/11.586 -> chiếm 84,9%", pct(n("9.842"), n("11.586")), "84,9")
eq(D, "1.744/2.200 -> 79,3% dự toán", pct(n("1.744"), n("2.200")), "79,3")
eq(D, "PLANTED share: land 3.120/9.842 stated 36,7%", pct(n("3.120"), n("9.842")), "36,7", planted=True)
above(D, "Quy Nhơn 4.460/11.586 -> hơn 38%", pct(n("4.460"), n("11.586")), 38)
eq(D, "PLANTED implied-total: invest 4.260/10.150 stated 52,3%", pct(n("4.260"), n("10.150")), "52,3", planted=True)
eq(D, "PLANTED implied-total: 4.260/52,3% = total vs 10.150", div(n("4.260"), mul(n("52,3"), F(1, 100))), "10.150", planted=True)
above(D, "PLANTED hedge: education 2.040/5.390 stated 'hơn 40%'", pct(n("2.040"), n("5.390")), 40, planted=True)
eq(D, "chi 4.260+5.390+500 -> 10.150", add(n("4.260"), n("5.390"), n("500")), "10.150")
eq(D, "10.150/13.600 -> 74,6% dự toán", pct(n("10.150"), n("13.600")), "74,6")
eq(D, "13.300-11.586 -> khoảng 1.714", sub(n("13.300"), n("11.586")), "1.714")

# ---------------- t16-vi-04 banking credit ----------------
D = "04"
above(D, "title: 14,85 vượt 14,8", n("14,85"), F("14.8"))
eq(D, "PLANTED implied-base: 14,85 vs 13,26 stated tăng 9%", chg(n("14,85"), n("13,26")), "9", planted=True)
eq(D, "PLANTED implied-base: 14,85/1,09 vs stated 13,26", div(n("14,85"), add(exact(1), mul(n("9"), F(1, 100)))), "13,26", planted=True)
eq(D, "(correct base would be 13,62: 14,85 vs 13,62 -> 9%)", chg(n("14,85"), n("13,62")), "9")
eq(D, "PLANTED multiple: 357.000/165.000 stated gấp ba", div(n("357.000"), n("165.000")), "3", planted=True)
eq(D, "real estate 3,31/14,85 -> chiếm 22,3%", pct(n("3,31"), n("14,85")), "22,3")
eq(D, "consumer 1,58/14,85 -> chiếm 10,6%", pct(n("1,58"), n("14,85")), "10,6")
eq(D, "consumer 1,58 vs 1,47 -> tăng 7,5%", chg(n("1,58"), n("1,47")), "7,5")
eq(D, "PLANTED restatement (warning): real-estate credit 3,31 vs 3,13", n("3,31"), "3,13", planted=True)
rel(D, "top-4 43,5% <= top-10 62,4%", n("43,5"), n("43,5")[0] <= n("62,4")[1])
eq(D, "credit 9 - deposits 5,1 -> 3,9 điểm phần trăm", sub(n("9"), n("5,1")), "3,9")
eq(D, "NPL 4,55-4,48 -> 0,07 điểm phần trăm", sub(n("4,55"), n("4,48")), "0,07")
eq(D, "target 15 - 9 -> 6 điểm phần trăm", sub(n("15"), n("9")), "6")

# ---------------- t16-vi-05 labour and wages ----------------
D = "05"
eq(D, "urban 19,3/51,8 -> chiếm 37,3%", pct(n("19,3"), n("51,8")), "37,3")
eq(D, "urban+rural 19,3+32,5 -> 51,8", add(n("19,3"), n("32,5")), "51,8")
eq(D, "agri 13,7/51,8 -> chiếm 26,4%", pct(n("13,7"), n("51,8")), "26,4")
eq(D, "industry 17,4/51,8 -> chiếm 33,6%", pct(n("17,4"), n("51,8")), "33,6")
eq(D, "services 20,7/51,8 -> chiếm 40,0%", pct(n("20,7"), n("51,8")), "40,0")
eq(D, "sectors 13,7+17,4+20,7 -> 51,8", add(n("13,7"), n("17,4"), n("20,7")), "51,8")
eq(D, "shares 26,4+33,6+40,0 -> 100", add(n("26,4"), n("33,6"), n("40,0")), exact(100))
eq(D, "PLANTED share: informal 33,2/51,8 stated 68,4%", pct(n("33,2"), n("51,8")), "68,4", planted=True)
eq(D, "PLANTED implied-total: youth 412.000/1,07 mn stated 45,8%", pct(n("412.000"), mul(n("1,07"), 10**6)), "45,8", planted=True)
eq(D, "PLANTED implied-total: 412.000/45,8% = total (mn) vs 1,07 mn", div(mul(n("412.000"), F(1, 10**6)), mul(n("45,8"), F(1, 100))), "1,07", planted=True)
eq(D, "unemployment 1,07/52,9 -> 2,02%", pct(n("1,07"), n("52,9")), "2,02")
eq(D, "employed+unemployed 51,8+1,07 -> 52,9", add(n("51,8"), n("1,07")), "52,9")
eq(D, "PLANTED change: income 7,68 vs 7,21 stated tăng 9,8%", chg(n("7,68"), n("7,21")), "9,8", planted=True)
eq(D, "men/women 8,92/6,37 -> gấp 1,4 lần", div(n("8,92"), n("6,37")), "1,4")

# ---------------- t16-vi-06 public transport (clean) ----------------
D = "06"
eq(D, "2024-2012 -> 12 năm thi công", sub(exact(2024), exact(2012)), exact(12))
eq(D, "3 ngầm + 11 trên cao -> 14 ga", add(exact(3), exact(11)), exact(14))
eq(D, "vé tháng 300.000 giảm một nửa -> 150.000", mul(n("300.000"), F(1, 2)), "150.000")
eq(D, "metro 36.000/160.000 -> 22,5%", pct(n("36.000"), n("160.000")), "22,5")
above(D, "36.000 -> hơn 35.000 lượt", n("36.000"), 35000)
eq(D, "118+28 -> 146 tuyến", add(exact(118), exact(28)), exact(146))
eq(D, "bus 97,9 vs 89,2 -> tăng 9,8%", chg(n("97,9"), n("89,2")), "9,8")
about(D, "97,9/243 -> khoảng 40%", pct(n("97,9"), n("243")), 40, 1)
above(D, "subsidy 1.050 bn / 97,9 mn -> hơn 10.700 đồng/lượt", mul(div(n("1.050"), n("97,9")), 1000), 10700)
eq(D, "2024 bus 102,6 vs 97,9 -> (tăng 4,8%)", chg(n("102,6"), n("97,9")), "4,8")
above(D, "Hà Nội 455/97,9 -> gấp hơn 4,6 lần", div(n("455"), n("97,9")), F("4.6"))
eq(D, "9,6-8,9 -> 0,7 điểm phần trăm", sub(n("9,6"), n("8,9")), "0,7")

print("arith: all relations as intended" if failures == 0 else f"arith: {failures} relation(s) NOT as intended")
sys.exit(1 if failures else 0)
