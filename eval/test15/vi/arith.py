#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated in the articles.

Each stated figure is an interval given by its own rounding ("7,82" -> [7,815; 7,825)).
A relation is consistent when the value computed from the operand intervals can meet the
stated figure's interval (or the hedge / fraction wording that states it).
Prints `ok` for consistent relations and `PLANTED-FAILS` for planted ones that do fail;
exits 1 if a consistent relation fails or a planted one holds.
"""
import sys
from fractions import Fraction as F

def iv(s):
    """Vietnamese number string -> (lo, hi) rounding band; '.' thousands, ',' decimal."""
    s = s.replace(".", "").replace(" ", "")
    if "," in s:
        a, b = s.split(",")
        x = F(int(a + b), 10 ** len(b)); h = F(1, 2 * 10 ** len(b))
    else:
        x = F(int(s)); h = F(1, 2)
    return (x - h, x + h)

def exact(s):
    lo, hi = iv(s); m = (lo + hi) / 2; return (m, m)

def div(a, b):
    qs = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]
    return (min(qs), max(qs))

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def scale(a, k):
    return (a[0] * k, a[1] * k)

def meets(a, b):
    return a[0] <= b[1] and b[0] <= a[1]

def pct_share(part, total):
    return scale(div(part, total), 100)

def pct_change(new, old):
    r = div(new, old); return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def root(a, n):
    # monotone: n-th root of both ends, via float then back to Fraction (enough precision here)
    return (F(float(a[0]) ** (1.0 / n)), F(float(a[1]) ** (1.0 / n)))

def cagr(end, start, years):
    r = root(div(end, start), years); return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def fmt(a):
    return f"[{float(a[0]):.4f}, {float(a[1]):.4f}]"

results = []
def rel(doc, name, computed, holds, planted=False):
    ok = bool(holds)
    if planted:
        status = "PLANTED-FAILS" if not ok else "PLANTED-HOLDS (BAD)"
        good = not ok
    else:
        status = "ok" if ok else "INCONSISTENT (BAD)"
        good = ok
    results.append(good)
    print(f"{status:20s} {doc} | {name} | computed {computed}")

def eq(doc, name, computed, stated, planted=False):
    rel(doc, name, fmt(computed) + " vs stated " + fmt(stated), meets(computed, stated), planted)

# ---------------- t15-vi-01 rice & seafood ----------------
d = "01"
rice_t, rice_v = iv("7,82"), iv("4,91")
rice_t0, rice_v0 = iv("7,07"), iv("4,05")
eq(d, "rice volume +10,6% (7,82 vs 7,07)", pct_change(rice_t, rice_t0), iv("10,6"))
eq(d, "PLANTED respectively: value +12,2% (4,91 vs 4,05)", pct_change(rice_v, rice_v0), iv("12,2"), planted=True)
price = scale(div(rice_v, rice_t), 1000); price0 = scale(div(rice_v0, rice_t0), 1000)
eq(d, "avg price ~628 USD/t", price, iv("628"))
eq(d, "price up 55 USD/t", sub(price, price0), iv("55"))
eq(d, "Philippines 3,36 = 43% of 7,82", pct_share(iv("3,36"), rice_t), iv("43"))
eq(d, "Indonesia 1,02 = 13%", pct_share(iv("1,02"), rice_t), iv("13"))
eq(d, "top-3 markets = 64,2%", pct_share(add(iv("3,36"), iv("1,02"), scale(iv("642"), F(1, 1000))), rice_t), iv("64,2"))
eq(d, "PLANTED share: Bờ Biển Ngà 578.000 t = 9,4% of 7,82 mn t", pct_share(scale(iv("578"), F(1, 1000)), rice_t), iv("9,4"), planted=True)
eq(d, "seafood 8,13 vs 7,46 = +9%", pct_change(iv("8,13"), iv("7,46")), iv("9"))
eq(d, "shrimp 3,27 = 40,2% of 8,13", pct_share(iv("3,27"), iv("8,13")), iv("40,2"))
eq(d, "PLANTED change: shrimp 3,27 vs 2,95 = +18%", pct_change(iv("3,27"), iv("2,95")), iv("18"), planted=True)
s = add(iv("3,27"), iv("1,68"), scale(iv("862"), F(1, 1000)))
rel(d, "shrimp+pangasius+tuna <= seafood total", fmt(s), s[0] <= iv("8,13")[1])
rel(d, "hedge 'vượt 4,9 tỷ USD' (4,91)", fmt(rice_v), rice_v[1] > 4.9)

# ---------------- t15-vi-02 labour ----------------
d = "02"
emp = iv("52,2")
rel(d, "PLANTED sum: urban 20,1 + rural 32,6 vs employed 52,2", fmt(add(iv("20,1"), iv("32,6"))) + " vs " + fmt(emp),
    meets(add(iv("20,1"), iv("32,6")), emp), planted=True)
eq(d, "sectors 13,8+17,7+20,7 = 52,2", add(iv("13,8"), iv("17,7"), iv("20,7")), emp)
eq(d, "agri 26,4%", pct_share(iv("13,8"), emp), iv("26,4"))
eq(d, "industry 33,9%", pct_share(iv("17,7"), emp), iv("33,9"))
eq(d, "services 39,7%", pct_share(iv("20,7"), emp), iv("39,7"))
eq(d, "sector shares sum ~100", add(iv("26,4"), iv("33,9"), iv("39,7")), (F(995, 10), F(1005, 10)))
eq(d, "informal 33,4 = 64,0%", pct_share(iv("33,4"), emp), iv("64,0"))
eq(d, "unemployment rate 1,06/47,8 = 2,22%", pct_share(iv("1,06"), iv("47,8")), iv("2,22"))
rel(d, "unemployed 15+ (53,3-52,2) >= working-age unemployed 1,06", fmt(sub(iv("53,3"), emp)), sub(iv("53,3"), emp)[1] >= iv("1,06")[0])
eq(d, "PLANTED restatement: unemployed Q3 1,16 vs 1,06", iv("1,16"), iv("1,06"), planted=True)
eq(d, "youth 7,93 ~3,6x overall 2,22", div(iv("7,93"), iv("2,22")), iv("3,6"))
inc = iv("8,42")
eq(d, "income QoQ +211k = 2,6%", pct_share(scale(iv("211"), F(1, 1000)), sub(inc, scale(iv("211"), F(1, 1000)))), iv("2,6"))
eq(d, "income YoY +746k = 9,7%", pct_share(scale(iv("746"), F(1, 1000)), sub(inc, scale(iv("746"), F(1, 1000)))), iv("9,7"))
eq(d, "male 9,85 = 1,43x female 6,91", div(iv("9,85"), iv("6,91")), iv("1,43"))
eq(d, "PLANTED yoy-vs-mom: Sept 14.260 vs Aug 13.910 stated +11,4% MoM", pct_change(iv("14.260"), iv("13.910")), iv("11,4"), planted=True)
eq(d, "(the 11,4% is the YoY rate: 14.260 vs 12.800)", pct_change(iv("14.260"), iv("12.800")), iv("11,4"))
eq(d, "9 months 118.650 = 91,3% of plan 130.000", pct_share(iv("118.650"), exact("130.000")), iv("91,3"))

# ---------------- t15-vi-03 credit & banks ----------------
d = "03"
eq(d, "PLANTED implied-base: credit 17,2 up 13,4% vs base 15,6", pct_change(iv("17,2"), iv("15,6")), iv("13,4"), planted=True)
eq(d, "target 16% on 15,6 = ~2,5 tn", scale(iv("15,6"), F(16, 100)), iv("2,5"))
eq(d, "listed profit 248.600 vs 212.100 = +17,2%", pct_change(iv("248.600"), iv("212.100")), iv("17,2"))
eq(d, "deposits 11,32 vs 10,47 = +8,1%", pct_change(iv("11,32"), iv("10,47")), iv("8,1"))
eq(d, "loans 11,94 vs 10,69 = +11,7%", pct_change(iv("11,94"), iv("10,69")), iv("11,7"))
sh = pct_share(iv("11,94"), iv("17,2"))
rel(d, "hedge 'gần 70%': listed loans 11,94 / system 17,2", fmt(sh), sh[0] >= 65 and sh[1] < 70)
t5 = add(*[iv(x) for x in ["33.100", "26.800", "25.900", "22.800", "21.700"]])
eq(d, "top-5 banks sum = 130.300", t5, iv("130.300"))
eq(d, "top-5 130.300 = 52,4% of 248.600", pct_share(iv("130.300"), iv("248.600")), iv("52,4"))
top5, top10 = iv("52,4"), iv("49,6")
rel(d, "PLANTED topk: top-5 52,4% <= top-10 49,6%", fmt(top5) + " vs " + fmt(top10), top5[0] <= top10[1], planted=True)
rel(d, "topk assets: top-5 47,5% <= top-10 71,3%", "47,5 vs 71,3", iv("47,5")[0] <= iv("71,3")[1])
eq(d, "NPL 198.500 = 1,66% of loans 11,94 tn", pct_share(scale(iv("198.500"), F(1, 1000000)), iv("11,94")), iv("1,66"))
s = pct_share(iv("76.600"), iv("198.500"))
rel(d, "PLANTED hedge: state banks 76.600/198.500 'trên 40%'", fmt(s), s[1] > 40, planted=True)

# ---------------- t15-vi-04 FDI ----------------
d = "04"
tot, t20 = iv("4,85"), iv("1,62")
eq(d, "components 3,12+1,21+0,52 = 4,85", add(iv("3,12"), iv("1,21"), iv("0,52")), tot)
m = div(tot, t20)
rel(d, "'gấp khoảng ba lần' 4,85/1,62", fmt(m), meets(m, (F(285, 100), F(315, 100))))
eq(d, "PLANTED cagr: 1,62 (2020) -> 4,85 (2024) = 44%/yr", cagr(tot, t20, 4), iv("44"), planted=True)
eq(d, "PLANTED multiple: 214 projects vs 97 = 2,5x", div(iv("214"), iv("97")), iv("2,5"), planted=True)
eq(d, "PLANTED share: China 1,57 = 38,2% of 4,85", pct_share(iv("1,57"), tot), iv("38,2"), planted=True)
eq(d, "Korea 1,12 = 23,1%", pct_share(iv("1,12"), tot), iv("23,1"))
eq(d, "Singapore 0,71 = 14,6%", pct_share(iv("0,71"), tot), iv("14,6"))
eq(d, "Japan 0,48 = 9,9%", pct_share(iv("0,48"), tot), iv("9,9"))
s = add(iv("1,57"), iv("1,12"), iv("0,71"), iv("0,48"))
rel(d, "four investors sum <= total", fmt(s), s[0] <= tot[1])
x = pct_share(iv("2,19"), iv("3,12"))
rel(d, "electronics 2,19 ~70% of new capital 3,12", fmt(x), meets(x, (F(68), F(72))))
x = pct_share(iv("2,96"), tot)
rel(d, "disbursed 2,96 ~61% of 4,85", fmt(x), meets(x, (F(605, 10), F(615, 10))))
eq(d, "FDI exports 18,4 (2021) -> 27,9 (2024) = 14,9%/yr", cagr(iv("27,9"), iv("18,4"), 3), iv("14,9"))

# ---------------- t15-vi-05 electricity ----------------
d = "05"
tot, t0 = iv("4.862"), iv("4.485")
eq(d, "4.862 vs 4.485 = +8,4%", pct_change(tot, t0), iv("8,4"))
eq(d, "4.862 = 74,3% of plan 6.540", pct_share(tot, iv("6.540")), iv("74,3"))
eq(d, "industry 2.140 = 44,0%", pct_share(iv("2.140"), tot), iv("44,0"))
eq(d, "households 1.705 = 35,1%", pct_share(iv("1.705"), tot), iv("35,1"))
eq(d, "commerce 786 = 16,2%", pct_share(iv("786"), tot), iv("16,2"))
eq(d, "agriculture 96 = 2,0%", pct_share(iv("96"), tot), iv("2,0"))
eq(d, "components incl. rest 135 = 4.862", add(*[iv(x) for x in ["2.140", "1.705", "786", "96", "135"]]), tot)
eq(d, "PLANTED implied-total: Nha Trang 1.838 = 43,6% of 4.862", pct_share(iv("1.838"), tot), iv("43,6"), planted=True)
c = pct_change(iv("245"), iv("231"))
rel(d, "PLANTED direction: rooftop 245 vs 231 'giảm 6,1%'", fmt(c), c[1] < 0, planted=True)
r = scale(sub((F(1), F(1)), div(iv("97"), iv("148"))), 100)
rel(d, "PLANTED fraction: faults 148 -> 97 'giảm một nửa'", fmt(r), meets(r, (F(475, 10), F(525, 10))), planted=True)
x = pct_share(iv("408.300"), iv("612.400"))
rel(d, "cashless 408.300/612.400 'khoảng hai phần ba'", fmt(x), meets(x, (F(200, 3) - 1, F(200, 3) + 1)))
eq(d, "PLANTED restatement (warning): Pmax 724 vs 742", iv("724"), iv("742"), planted=True)

# ---------------- t15-vi-06 hospital (clean) ----------------
d = "06"
vis = iv("612.450")
eq(d, "visits 612.450 vs 566.030 = +8,2%", pct_change(vis, iv("566.030")), iv("8,2"))
eq(d, "outpatient 598.700 vs 553.820 = +8,1%", pct_change(iv("598.700"), iv("553.820")), iv("8,1"))
eq(d, "emergency 13.750 vs 12.210 = +12,6%", pct_change(iv("13.750"), iv("12.210")), iv("12,6"))
eq(d, "outpatient+emergency = 612.450", add(iv("598.700"), iv("13.750")), vis)
eq(d, "bases 553.820+12.210 = 566.030", add(iv("553.820"), iv("12.210")), iv("566.030"))
x = pct_share(iv("532.800"), vis)
rel(d, "insured 532.800 ~87%", fmt(x), meets(x, (F(865, 10), F(875, 10))))
rel(d, "title 'hơn 612.000 lượt' (612.450)", fmt(vis), vis[0] > 612000)
eq(d, "avg stay 362.000/58.320 = 6,2 days", div(iv("362.000"), iv("58.320")), iv("6,2"))
eq(d, "beds 1.180 vs 1.000 = +18%", pct_change(iv("1.180"), exact("1.000")), iv("18"))
eq(d, "bed occupancy 362.000/(1.180*273 days) = 112%", pct_share(iv("362.000"), scale(iv("1.180"), 273)), iv("112"))
rel(d, "topk: 5 groups 46,3% <= 10 groups 68,9%", "46,3 vs 68,9", iv("46,3")[0] <= iv("68,9")[1])
eq(d, "laparoscopic 7.830 = 42,0% of 18.640", pct_share(iv("7.830"), iv("18.640")), iv("42,0"))
x = div(iv("2,41"), iv("1,86"))
rel(d, "tests 2,41 'gấp khoảng 1,3 lần' 1,86", fmt(x), meets(x, iv("1,3")))
eq(d, "referrals 3.420 -> 2.497 = -27%", pct_change(iv("2.497"), iv("3.420")), scale(iv("27"), -1)[::-1])
eq(d, "BHYT revenue 521,3 = 70,2% of 742,6", pct_share(iv("521,3"), iv("742,6")), iv("70,2"))

bad = results.count(False)
print(f"\n{len(results)} relations, {sum(1 for r in results if r)} as intended, {bad} unexpected")
sys.exit(1 if bad else 0)
