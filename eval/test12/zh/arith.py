#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.
Prints ok for consistent relations and PLANTED-FAILS for planted ones; exits 1 otherwise."""
from decimal import Decimal as D
import sys

def band(s):
    """Interval of a figure written with the decimals of s: +-half a unit in the last place."""
    d = D(s)
    exp = d.as_tuple().exponent
    h = D(5) * D(10) ** (exp - 1)
    return (d - h, d + h)

def div(a, b):
    return (a[0] / b[1], a[1] / b[0])

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def pct(r):           # ratio interval -> percent interval
    return (r[0] * 100, r[1] * 100)

def growth(r):        # ratio new/old -> % change interval
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def meets(iv, stated):
    s = band(stated)
    return iv[0] < s[1] and s[0] < iv[1]

fails = 0
def rel(name, holds, planted=False, detail=""):
    global fails
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (bad)"
        if holds: fails += 1
    else:
        tag = "ok" if holds else "FAIL"
        if not holds: fails += 1
    print(f"{tag:20s} {name} {detail}")

def fmt(iv):
    return f"[{float(iv[0]):.3f}, {float(iv[1]):.3f}]"

B = band

def base_of(v, g):
    """Last-period value implied by value v and growth g (%), as an interval."""
    gb = band(g); return (B(v)[0] / (1 + gb[1] / 100), B(v)[1] / (1 + gb[0] / 100))

# ---------- t12-zh-01 Ningbo trade ----------
print("== t12-zh-01")
tot, ex, im = B("10268.4"), B("6925.7"), B("3342.7")
rel("exports+imports = total", meets(add(ex, im), "10268.4"), detail=fmt(add(ex, im)))
rel("surplus = exports - imports", meets(sub(ex, im), "3583.0"), detail=fmt(sub(ex, im)))
base_tot = add(base_of("6925.7", "8.1"), base_of("3342.7", "2.8"))
rel("total growth 6.3% consistent with export/import growth", meets(growth(div(tot, base_tot)), "6.3"), detail=fmt(growth(div(tot, base_tot))))
r = growth(div(B("1198.7"), B("1146.0"))); rel("Sep YoY 4.6%", meets(r, "4.6"), detail=fmt(r))
r = growth(div(B("1198.7"), B("1171.8"))); rel("Sep MoM 2.3%", meets(r, "2.3"), detail=fmt(r))
r = pct(div(B("1086.5"), ex)); rel("ASEAN share of exports stated 17.6%", meets(r, "17.6"), planted=True, detail=fmt(r))
r = pct(div(B("1043.9"), ex)); rel("EU share 15.1%", meets(r, "15.1"), detail=fmt(r))
r = pct(div(B("3962.8"), ex)); rel("M&E share 57.2%", meets(r, "57.2"), detail=fmt(r))
r = growth(div(B("612.3"), B("462.1"))); rel("auto exports +38.5% vs last year's 462.1", meets(r, "38.5"), planted=True, detail=fmt(r))
r = growth(div(B("687.4"), B("598.2"))); rel("energy imports +18.9% from 598.2", meets(r, "18.9"), planted=True, detail=fmt(r))
own = add(B("7214.6"), B("2187.3"), B("866.5")); rel("ownership parts sum to total", meets(own, "10268.4"), detail=fmt(own))
for part, s in (("7214.6", "70.3"), ("2187.3", "21.3"), ("866.5", "8.4")):
    r = pct(div(B(part), tot)); rel(f"ownership share {s}%", meets(r, s), detail=fmt(r))

# ---------- t12-zh-02 Gannan orange ----------
print("== t12-zh-02")
prod = B("182.6")
r = growth(div(prod, B("163.4"))); rel("output +11.8% from 163.4", meets(r, "11.8"), detail=fmt(r))
rel("title 一成多 (10-20%)", r[0] > 10 and r[1] < 20, detail=fmt(r))
r = pct(div(prod, B("476"))); rel("share of national output '超过40%'", r[0] > 40, planted=True, detail=fmt(r))
s3 = add(B("28.4"), B("25.1"), B("23.7")); rel("three counties sum 77.2", meets(s3, "77.2"), detail=fmt(s3))
r = pct(div(B("77.2"), prod)); rel("three counties 四成以上 (>40%)", r[0] > 40, detail=fmt(r))
r = growth(div(B("4.2"), B("5.6"))); rel("price fell 回落了三分之一 (-33.3%)", r[0] <= D(-100)/3 <= r[1], planted=True, detail=fmt(r))
r = pct(div(B("61.4"), prod)); rel("online 33.6% of output", meets(r, "33.6"), detail=fmt(r))
r = pct(div(B("121.5"), prod)); rel("out-of-province 72.3% (implied total 168 vs 182.6)", meets(r, "72.3"), planted=True, detail=fmt(r))
r = pct(div(B("8.7"), prod)); rel("exports 4.8%", meets(r, "4.8"), detail=fmt(r))
r = pct(div(B("8.9"), B("26.3"))); rel("households >100k 超过三成", r[0] > 30, detail=fmt(r))
r = pct(div(B("71.5"), B("210"))); rel("planting 约占三分之一", r[0] < D(100)/3 + 3 and r[1] > D(100)/3 - 3, detail=fmt(r))

# ---------- t12-zh-03 Xi'an holiday ----------
print("== t12-zh-03")
vis = B("2186.4")
r = pct(div(B("1203.7"), vis)); rel("out-of-province 55.1%", meets(r, "55.1"), detail=fmt(r))
r = pct(div(B("982.7"), vis)); rel("in-province 44.9%", meets(r, "44.9"), detail=fmt(r))
rel("out+in = total", meets(add(B("1203.7"), B("982.7")), "2186.4"))
r = pct(div(B("734.5"), vis)); rel("overnight 36.2% of total visitors", meets(r, "36.2"), planted=True, detail=fmt(r))
r = div(B("12.6"), B("5.4")); rel("inbound 2.3x", meets(r, "2.3"), detail=fmt(r))
r = div((B("198.6")[0] * 10000, B("198.6")[1] * 10000), vis); rel("spend per head ~908 yuan", meets(r, "908"), detail=fmt(r))
rel("revenue 198.6 restated 近200亿元", B("198.6")[1] < 200 and B("198.6")[0] > 190)
rel("museum 68.3 vs 86.3 (same holiday) restated", B("68.3") == B("86.3"), planted=True, detail="68.3 != 86.3")
s = add(B("31.4"), B("24.8"), B("22.6"), B("17.3"), B("8.1")); rel("spending breakdown sums to 100%", s[0] <= 100 <= s[1], planted=True, detail=fmt(s))
r = div((B("1856.3")[0], B("1856.3")[1]), (D(7), D(7))); rel("metro daily 265.2", meets(r, "265.2"), detail=fmt(r))

# ---------- t12-zh-04 Guizhou power ----------
print("== t12-zh-04")
gen = B("1684.2")
parts = {"fire": ("1021.7", "-2.3"), "hydro": ("298.4", "11.6"), "wind": ("214.3", "24.8"), "solar": ("149.8", "41.2")}
rel("sources sum to total", meets(add(*[B(v) for v, _ in parts.values()]), "1684.2"))
last = add(*[base_of(v, g) for v, g in parts.values()])
r = growth(div(gen, last)); rel("total +5.9% consistent with source rates", meets(r, "5.9"), detail=fmt(r))
r = pct(div(B("1021.7"), gen)); rel("fire share 60.7%", meets(r, "60.7"), detail=fmt(r))
lastfire = pct(div(base_of("1021.7", "-2.3"), last)); dpp = sub(r, lastfire)
rel("fire share down ~5.1 pp", meets(dpp, "-5.1"), detail=fmt(dpp))
ws = add(B("214.3"), B("149.8")); rel("wind+solar 364.1", meets(ws, "364.1"))
r = pct(div(B("364.1"), gen)); rel("wind+solar 超过五分之一", r[0] > 20, detail=fmt(r))
cl = add(B("298.4"), B("214.3"), B("149.8")); rel("hydro+wind+solar 662.5", meets(cl, "662.5"))
r = pct(div(B("662.5"), gen)); rel("clean share 超过40%", r[0] > 40, planted=True, detail=fmt(r))
r = growth(div(B("301.6"), B("289.4"))); rel("June YoY 4.2%", meets(r, "4.2"), detail=fmt(r))
r = growth(div(B("301.6"), B("279.5"))); rel("June MoM 7.9%", meets(r, "7.9"), detail=fmt(r))
r = pct(div(add(B("2218"), B("1909")), B("9862"))); rel("wind+PV capacity 约占一半", r[0] > 45, planted=True, detail=fmt(r))
r = pct(div(B("1183.5"), B("1712.6"))); rel("industry 69.1% of consumption", meets(r, "69.1"), detail=fmt(r))
rel("net inflow = consumption - generation", meets(sub(B("1712.6"), gen), "28.4"))
r = growth(div(B("214.3"), B("181.6"))); rel("wind +24.8% vs last H1 181.6", meets(r, "24.8"), planted=True, detail=fmt(r))

# ---------- t12-zh-05 Hubei credit ----------
print("== t12-zh-05")
rel("new loans 5962 - 5544 = 418", meets(sub(B("5962"), B("5544")), "418"))
rel("big + small banks = RMB loans", meets(add(B("4.52"), B("3.89")), "8.41"))
lb = add(base_of("4.52", "8.4"), base_of("3.89", "11.0")); r = growth(div(B("8.41"), lb))
rel("bank-type rates consistent with RMB 9.6%", meets(r, "9.6"), detail=fmt(r))
rel("inclusive SME 18.3 - 9.4 = 8.9 pp", meets(sub(B("18.3"), B("9.4")), "8.9"))
r = pct(div(B("1.08"), B("8.63"))); r2 = pct(div(B("1.08"), B("8.41")))
rel("green loans 占比15.1% (of 8.63 or 8.41)", meets(r, "15.1") or meets(r2, "15.1"), planted=True, detail=fmt(r) + " / " + fmt(r2))
rel("mfg loans 6735 restated as 6537", B("6735") == B("6537"), planted=True, detail="6735 != 6537 (warning)")
r = growth(div(B("1.87"), B("1.91"))); rel("mortgage -2.1% from 1.91", meets(r, "-2.1"), detail=fmt(r))
r = growth(div(B("6418"), B("5986"))); rel("business loans 下降7.2% from 5986", meets(r, "-7.2"), planted=True, detail=fmt(r))

# ---------- t12-zh-06 Chengdu metro (clean) ----------
print("== t12-zh-06")
yr = B("21.36")
r = growth(div(yr, B("19.61"))); rel("ridership +8.9% from 19.61", meets(r, "8.9"), detail=fmt(r))
r = div((yr[0] * 10000, yr[1] * 10000), (D(366), D(366))); rel("daily 583.6万 (366 days)", meets(r, "583.6"), detail=fmt(r))
t3 = add(B("3.62"), B("2.98"), B("2.87")); r = pct(div(t3, yr)); rel("top3 44.3%", meets(r, "44.3"), detail=fmt(r))
t5 = add(t3, B("2.41"), B("2.03")); r5 = pct(div(t5, yr)); rel("top5 65.1%", meets(r5, "65.1"), detail=fmt(r5))
rel("title 六成半 ~65%", r5[0] < 66 and r5[1] > 64)
pt = add(yr, B("9.85")); rel("metro+bus 31.21", meets(pt, "31.21"))
r = pct(div(yr, B("31.21"))); rel("metro 68.4% of public transport", meets(r, "68.4"), detail=fmt(r))
rel("68.4% 超过三分之二", r[0] > D(200) / 3)
r = growth(div(B("1.96"), B("1.825"))); rel("Dec YoY 7.4%", meets(r, "7.4"), detail=fmt(r))
r = growth(div(B("1.96"), B("1.851"))); rel("Dec MoM 5.9%", meets(r, "5.9"), detail=fmt(r))
s = add(B("87.3"), B("10.9"), B("1.8")); rel("payment split sums to 100%", s[0] <= 100 <= s[1], detail=fmt(s))
rel("21.36 restated 超过21亿乘次", yr[0] > 21)

print("arith:", "ALL AS INTENDED" if not fails else f"{fails} UNEXPECTED")
sys.exit(1 if fails else 0)
