#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the stated figures with rounding bands (exact Fractions).
Each stated figure is an interval [v - h, v + h) with h = half a unit of its last written digit.
Prints ok / PLANTED-FAILS; exits 1 if a consistent relation fails or a planted one holds."""
from fractions import Fraction as F
import sys

def band(s, scale=1):
    """'612,400' -> exact-digit band; '1.3' -> [1.25, 1.35]."""
    s = s.replace(",", "")
    v = F(s)
    dec = len(s.split(".")[1]) if "." in s else 0
    h = F(1, 2 * 10 ** dec)
    return ((v - h) * scale, (v + h) * scale)

def exact(x):
    x = F(x); return (x, x)

def div(a, b):
    c = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]; return (min(c), max(c))
def mul(a, b):
    c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]; return (min(c), max(c))
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def pct(a): return (a[0] * 100, a[1] * 100)
def change(new, old): r = div(new, old); return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def share(part, total): return pct(div(part, total))
def cagr(first, last, years):
    r = div(last, first)
    return ((float(r[0]) ** (1 / years) - 1) * 100, (float(r[1]) ** (1 / years) - 1) * 100)
def overlap(a, b): return a[0] <= b[1] and b[0] <= a[1]
def f(x): return f"[{float(x[0]):.4f}, {float(x[1]):.4f}]"

fails = 0
def rel(doc, label, computed, stated, planted=False, holds=None):
    """holds: override test (bool); otherwise computed interval overlaps stated interval."""
    global fails
    ok = overlap(computed, stated) if holds is None else holds
    if planted:
        status = "PLANTED-FAILS" if not ok else "PLANTED-HOLDS (bad)"
        if ok: fails += 1
    else:
        status = "ok" if ok else "FAIL (bad)"
        if not ok: fails += 1
    print(f"{status:18} {doc} {label}: computed {f(computed)} stated {f(stated)}")

# ---------- t3-en-01 Uganda coffee (wire) ----------
D = "01"
mar, mar23, feb = band("612400"), band("548900"), band("587100")
rel(D, "yoy 11.6 pct", change(mar, mar23), band("11.6"))
rel(D, "mom 4.3 pct vs February", change(mar, feb), band("4.3"))
rel(D, "earnings +37 pct", change(band("162.3"), band("118.5")), band("37"))
rel(D, "avg price $4.42/kg = $162.3 mln / (612,400 x 60 kg)", div(band("162.3", 10**6), mul(mar, exact(60))), band("4.42"))
rel(D, "robusta 86.8 pct", share(band("531700"), mar), band("86.8"))
rel(D, "arabica 80,700 = 612,400 - 531,700", sub(mar, band("531700")), band("80700"))
rel(D, "Germany 12.2 pct", share(band("74500"), mar), band("12.2"))
rel(D, "India 9.5 pct", share(band("58200"), mar), band("9.5"))
rel(D, "Sudan 6.8 pct", share(band("41900"), mar), band("6.8"))
rel(D, "Italy 39.1 pct of shipments", share(band("189300"), mar), band("39.1"), planted=True)
rel(D, "Oct-Mar +8.2 pct (3.41m from 2.96m)", change(band("3.41"), band("2.96")), band("8.2"), planted=True)
rel(D, "14,200 = three times 6,100", div(band("14200"), band("6100")), exact(3), planted=True)

# ---------- t3-en-02 bank lending (business daily) ----------
D = "02"
loans, loans_y, loans_m = band("12.47"), band("11.36"), band("12.40")
rel(D, "loans +9.8% yoy", change(loans, loans_y), band("9.8"))
rel(D, "loans +0.6% mom", change(loans, loans_m), band("0.6"))
rel(D, "loan-to-deposit 78.8%", share(loans, band("15.82")), band("78.8"))
rel(D, "cards +28.5% (812 from 632)", change(band("812"), band("632")), band("28.5"))
npl, npl_y = band("418.6", F(1, 1000)), band("349.9", F(1, 1000))
rel(D, "NPL ratio 3.36%", share(npl, loans), band("3.36"))
rel(D, "NPL ratio a year ago 3.08%", share(npl_y, loans_y), band("3.08"))
rel(D, "NPL ratio +0.28 pp (3.36 - 3.08)", sub(band("3.36"), band("3.08")), band("0.28"))
d = sub(npl, npl_y)
rel(D, "NPLs 'fell' to 418.6 from 349.9 (direction: change must be < 0)", d, (F(-10**9), F(0)), planted=True, holds=d[1] < 0)
t1, t3, t5, t10 = band("19.4"), band("41.2"), band("58.3"), band("56.9")
rel(D, "top1 <= top3 <= top5", t3, t3, holds=t1[0] <= t3[1] and t3[0] <= t5[1])
rel(D, "top5 58.3% <= top10 56.9%", t10, t5, planted=True, holds=t5[0] <= t10[1])
rel(D, "deposits +7.4% vs base 14.23 trn", change(band("15.82"), band("14.23")), band("7.4"), planted=True)
base = div(band("15.82"), (1 + band("7.4")[0] / 100, 1 + band("7.4")[1] / 100))
print(f"{'':18} {D} (implied deposit base from 7.4%: {f(base)} trn vs stated 14.23)")

# ---------- t3-en-03 visitor arrivals (statistics release, JSON) ----------
D = "03"
q3, q3y = band("2846300"), band("2492400")
rel(D, "Q3 +14.2%", change(q3, q3y), band("14.2"))
rel(D, "holiday 58.1%", share(band("1653600"), q3), band("58.1"))
rel(D, "$1,447 per visitor", div(band("4.12", 10**9), q3), band("1447"))
rel(D, "Jul+Aug+Sep = quarter", add(band("962400"), band("981200"), band("902700")), q3)
sep, aug, sep23 = band("902700"), band("981200"), band("848400")
rel(D, "Sep +6.4% vs previous month (Aug)", change(sep, aug), band("6.4"), planted=True)
rel(D, "(Sep vs Sep 2023, the rate actually written)", change(sep, sep23), band("6.4"))
s = add(band("58.1"), band("17.5"), band("14.1"), band("11.0"))
rel(D, "purpose shares sum to 100% (58.1+17.5+14.1+11.0)", s, exact(100), planted=True)
rel(D, "Australia 21.5% of total", share(band("612500"), q3), band("21.5"))
rel(D, "Australia +9.6% (respectively, 1st)", change(band("612500"), band("558800")), band("9.6"))
rel(D, "China +31.4% (respectively, 2nd)", change(band("388200"), band("315400")), band("31.4"), planted=True)
rel(D, "US +12.3%", change(band("241700"), band("215200")), band("12.3"))
rel(D, "UK +4.8%", change(band("198400"), band("189300")), band("4.8"))
rel(D, "Japan -2.9%", change(band("132600"), band("136600")), (-band("2.9")[1], -band("2.9")[0]))
top5 = add(band("612500"), band("388200"), band("241700"), band("198400"), band("132600"))
rel(D, "top five markets 55.3%", share(top5, q3), band("55.3"))
rel(D, "top three markets 43.6%", share(add(band("612500"), band("388200"), band("241700")), q3), band("43.6"))
rel(D, "spending +17.7%", change(band("4.12"), band("3.50")), band("17.7"))

# ---------- t3-en-04 Northbridge budget (local news) ----------
D = "04"
bud = band("412.6")
rel(D, "budget a 6% rise on 389.4", change(bud, band("389.4")), band("6"))
rel(D, "Band D +4.99%", change(band("2143.56"), band("2041.68")), band("4.99"))
rel(D, "Band D about £2 a week", div(sub(band("2143.56"), band("2041.68")), exact(52)), (F(3, 2), F(5, 2)))
sc = share(band("148.3"), bud)
rel(D, "adult social care more than a third", sc, sc, holds=sc[0] > F(100, 3))
cs = share(band("96.2"), bud)
rel(D, "children's services nearly a quarter (20-25%)", cs, cs, holds=20 <= cs[0] and cs[1] < 25)
rel(D, "savings £14.2m = 3.9% of budget", share(band("14.2"), bud), band("3.9"), planted=True)
tot = div(band("14.2"), (band("3.9")[0] / 100, band("3.9")[1] / 100))
print(f"{'':18} {D} (implied total from 3.9%: {f(tot)} £m vs stated 412.6)")
ct = share(band("187.5"), bud)
rel(D, "council tax less than half", ct, ct, holds=ct[1] < 50)
br = share(band("61.9"), bud)
rel(D, "business rates around a quarter (22-28%)", br, (F(22), F(28)), planted=True)
rel(D, "funding sum 187.5+61.9+157.7+5.5 = 412.6", add(band("187.5"), band("61.9"), band("157.7"), band("5.5")), bud)
rel(D, "reserves 42.0 - 5.5 = 36.5", sub(band("42.0"), band("5.5")), band("36.5"))
rel(D, "Band D 2025/26 restated: 2,134.56 vs 2,143.56", band("2134.56"), band("2143.56"), planted=True)

# ---------- t3-en-05 batteries (explainer) ----------
D = "05"
rel(D, "CAGR 2019-2024 (5 yrs) about 66%", cagr(band("1.3"), band("9.8"), 5), band("66", 1), planted=True)
print(f"{'':18} {D} (the 66% comes from 4 years: {f(cagr(band('1.3'), band('9.8'), 4))})")
rel(D, "184 MW four times 46 MW", div(band("184"), band("46")), band("4"))
fleet = band("9.8")
rel(D, "NSW 3.0 GW = 36% of the national fleet", share(band("3.0"), fleet), band("36"), planted=True)
rel(D, "SA 2.1 GW = 21.4%", share(band("2.1"), fleet), band("21.4"))
rel(D, "states sum 3.0+2.6+2.1+1.6+0.5 = 9.8", add(band("3.0"), band("2.6"), band("2.1"), band("1.6"), band("0.5")), fleet)
dr = change(band("312"), band("486"))
rel(D, "cost drop 486 -> 312 'more than 40%'", dr, dr, planted=True, holds=dr[0] < -40)
rel(D, "revenue split 61% + 39% = 100%", add(band("61"), band("39")), exact(100))
rel(D, "peak share 4.2% -> 11.5%: relative 'increase of 7.3%'", change(band("11.5"), band("4.2")), band("7.3"), planted=True)
print(f"{'':18} {D} (difference in points: {f(sub(band('11.5'), band('4.2')))} -> should read 7.3 percentage points)")
rel(D, "coal share fell 9.4 pp (58.1 -> 48.7)", sub(band("58.1"), band("48.7")), band("9.4"))
rel(D, "'three things' enumerated First/Second/Third", exact(3), exact(3))

# ---------- t3-en-06 club finances (clean) ----------
D = "06"
rev, rev_y = band("6.42"), band("5.95")
rel(D, "revenue +7.9%", change(rev, rev_y), band("7.9"))
rel(D, "broadcasting exactly half", share(band("3.21"), rev), (F(4995, 100), F(5005, 100)))
rel(D, "broadcasting +7.0% (prior = 5.95-1.87-1.08)", change(band("3.21"), sub(sub(rev_y, band("1.87")), band("1.08"))), band("7.0"))
rel(D, "commercial +11.3% (respectively, 1st)", change(band("2.08"), band("1.87")), band("11.3"))
rel(D, "matchday +4.6% (respectively, 2nd)", change(band("1.13"), band("1.08")), band("4.6"))
rel(D, "commercial 32.4% of revenue", share(band("2.08"), rev), band("32.4"))
rel(D, "matchday 17.6% of revenue", share(band("1.13"), rev), band("17.6"))
rel(D, "parts 3.21+2.08+1.13 = 6.42", add(band("3.21"), band("2.08"), band("1.13")), rev)
att = band("14.68", 10**6)
rel(D, "average 38,632 per match (380 matches)", div(att, exact(380)), band("38632"))
rel(D, "about £77 per spectator", div(band("1.13", 10**9), att), (F(73), F(81)))
n = band("14.68"); rel(D, "nearly 14.7 million (<= 14.7, within 2%)", n, n, holds=n[1] <= F("14.7") and n[0] >= F("14.7") * F(98, 100))
rel(D, "wages 63.1% of revenue", share(band("4.05"), rev), band("63.1"))
rel(D, "wage ratio fell 3.3 pp (66.4 -> 63.1)", sub(band("66.4"), band("63.1")), band("3.3"))
rel(D, "wages +2.5% (prior = 66.4% x 5.95bn)", change(band("4.05"), mul((band("66.4")[0] / 100, band("66.4")[1] / 100), rev_y)), band("2.5"))
m = div(band("712"), band("109"))
rel(D, "712 more than six times 109", m, m, holds=m[0] > 6)
rel(D, "top5 52.1 <= top6 56.2 <= top10 74.8", exact(0), exact(0), holds=F("52.15") >= F("52.05") and F("52.05") <= F("56.25") and F("56.15") <= F("74.85"))
rel(D, "net spend 2.36 - 1.32 = 1.04", sub(band("2.36"), band("1.32")), band("1.04"))
rel(D, "loss narrowed 428 -> 312", exact(312), exact(312), holds=312 < 428)

print("arith: all relations as intended" if not fails else f"arith: {fails} unexpected result(s)")
sys.exit(1 if fails else 0)
