#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as written, with rounding bands.
Prints `ok` for consistent relations and `PLANTED-FAILS` for planted ones; exit 1 if a consistent
relation fails or a planted one holds."""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

class I:
    """Closed-ish interval [lo, hi] of Decimals."""
    def __init__(s, lo, hi=None): s.lo = D(lo); s.hi = D(hi if hi is not None else lo)
    def __add__(s, o): o = o if isinstance(o, I) else I(o); return I(s.lo + o.lo, s.hi + o.hi)
    __radd__ = __add__
    def __sub__(s, o): o = o if isinstance(o, I) else I(o); return I(s.lo - o.hi, s.hi - o.lo)
    def __mul__(s, o):
        o = o if isinstance(o, I) else I(o); c = [s.lo*o.lo, s.lo*o.hi, s.hi*o.lo, s.hi*o.hi]; return I(min(c), max(c))
    def __truediv__(s, o):
        o = o if isinstance(o, I) else I(o); assert o.lo > 0
        c = [s.lo/o.lo, s.lo/o.hi, s.hi/o.lo, s.hi/o.hi]; return I(min(c), max(c))
    def root(s, n): return I(s.lo ** (D(1)/n), s.hi ** (D(1)/n))
    def overlaps(s, o): return s.lo < o.hi and o.lo < s.hi or (s.lo == s.hi and o.lo <= s.lo < o.hi)
    def __repr__(s): return f"[{float(s.lo):.4f}, {float(s.hi):.4f}]"

def V(txt, mult=1):
    """A figure as written in Vietnamese ('1,46', '192.000', '25') with its rounding band, times mult."""
    t = txt.strip()
    if "," in t:
        ip, fp = t.split(","); ip = ip.replace(".", "")
        val = D(ip + "." + fp); half = D(5) / D(10) ** (len(fp) + 1)
    else:
        groups = t.split("."); val = D("".join(groups))
        half = D(500) if len(groups) > 1 and groups[-1] == "000" else D("0.5")
    return I((val - half) * mult, (val + half) * mult)

def pct(x): return x * 100
def change(cur, base): return (cur / base - 1) * 100

results = []
def check(doc, label, computed, stated, planted=False, note=""):
    holds = computed.overlaps(stated) if isinstance(stated, I) else bool(stated)
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
    else:
        tag = "ok" if holds else "FAIL(!)"
    results.append((tag, planted, holds))
    print(f"{tag:16s} {doc} {label}: computed {computed} vs stated {stated} {note}")

def cond(doc, label, value, planted=False, note=""):
    holds = bool(value)
    tag = ("PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)") if planted else ("ok" if holds else "FAIL(!)")
    results.append((tag, planted, holds)); print(f"{tag:16s} {doc} {label} {note}")

M = 10**6
# ---------------- t11-vi-01 coffee ----------------
d = "01"
vol24, vol23 = V("1,46", M), V("1,64", M)
val24, val23 = V("5,48"), V("4,14")
check(d, "volume change 'giảm 11%'", change(vol24, vol23), I(-D("11.5"), -D("10.5")))
check(d, "value change 'tăng 32,4%'", change(val24, val23), V("32,4"))
unit24 = val24 * 10**9 / vol24
check(d, "unit price 5,48 bn/1,46 Mt ~ 'khoảng 3.750 USD/tấn' (±1%)", unit24, I(3712, 3788))
cond(d, "price 'gần 49%' vs 2.524 USD/tấn: change in [45,49)", (lambda c: c.lo >= 45 and c.hi < 49)(change(V("3.750") * 1, V("2.524"))), note=f"{change(V('3.750'), V('2.524'))}")
check(d, "PLANTED share Robusta 1,12/1,46 Mt 'chiếm 81,2%'", pct(V("1,12", M) / vol24), V("81,2"), planted=True)
check(d, "share Germany 192.000/1,46 Mt '13,2%'", pct(V("192.000") / vol24), V("13,2"))
check(d, "share Italy 146.000/1,46 Mt '10%'", pct(V("146.000") / vol24), V("10"))
check(d, "share Spain 97.800/1,46 Mt '6,7%'", pct(V("97.800") / vol24), V("6,7"))
top5 = V("192.000") + V("146.000") + V("97.800") + V("92.000") + V("89.500")
check(d, "top-5 sum / total '42,3%'", pct(top5 / vol24), V("42,3"))
cond(d, "PLANTED top-10 '41,7%' >= top-5 '42,3%'", V("41,7").hi > V("42,3").lo, planted=True)
cagr = (val24 / V("2,74")).root(4) * 100 - 100
check(d, "PLANTED CAGR 2020-2024 2,74->5,48 'bình quân 25%/năm'", cagr, V("25"), planted=True)
check(d, "'tăng gấp đôi' 5,48/2,74", val24 / V("2,74"), I("1.95", "2.05"))
check(d, "surplus 5,48 - 0,39 'khoảng 5,09 tỷ USD'", val24 - V("0,390"), V("5,09"))
cond(d, "title 'gần 5,5 tỷ USD' vs 5,48: 5,3 <= x < 5,5", val24.hi < D("5.5") and val24.lo >= D("5.3"))

# ---------------- t11-vi-02 tourism ----------------
d = "02"
tot, tot0 = V("5,62", M), V("4,75", M)
intl, dom, intl0, dom0 = V("2,31", M), V("3,31", M), V("1,76", M), V("2,99", M)
check(d, "total change 'tăng 18,3%'", change(tot, tot0), V("18,3"))
check(d, "plan 5,62/11 '51,1%'", pct(tot / V("11", M)), V("51,1"))
check(d, "2,31 + 3,31 = 5,62", intl + dom, tot)
check(d, "1,76 + 2,99 = 4,75", intl0 + dom0, tot0)
check(d, "respectively intl 2,31/1,76 '31,3%'", change(intl, intl0), V("31,3"))
check(d, "PLANTED respectively domestic 3,31/2,99 '17,1%'", change(dom, dom0), V("17,1"), planted=True)
check(d, "share Korea 742.000/2,31 M '32,1%'", pct(V("742.000") / intl), V("32,1"))
check(d, "share China 352.000/2,31 M '15,2%'", pct(V("352.000") / intl), V("15,2"))
r = V("742.000") / V("352.000")
cond(d, "PLANTED(warning) 'gần gấp đôi' needs ratio < 2", r.hi < 2, planted=True, note=f"ratio {r}")
ch = change(V("28.650"), V("22.900"))
cond(d, "PLANTED revenue 'tăng hơn 30%' 28.650 vs 22.900", ch.lo > 30, planted=True, note=f"change {ch}")
g = pct(V("28.650") / I(60000))  # the plan is an exact target
cond(d, "'gần 48%' of 60.000 plan: 45 <= x < 48", g.lo >= 45 and g.hi < 48, note=f"{g}")

# ---------------- t11-vi-03 bank ----------------
d = "03"
check(d, "plan 4.125/8.500 '48,5%'", pct(V("4.125") / V("8.500")), V("48,5"))
toi = V("10.460")
check(d, "NII share 7.930/10.460 '75,8%'", pct(V("7.930") / toi), V("75,8"))
check(d, "fee share 1.245/10.460 '11,9%'", pct(V("1.245") / toi), V("11,9"))
check(d, "7.930+1.245+1.285 = 10.460", V("7.930") + V("1.245") + V("1.285"), toi)
check(d, "CIR 4.080/10.460 '39%'", pct(V("4.080") / toi), V("39"))
check(d, "10.460 - 4.080 - 2.255 = 4.125", toi - V("4.080") - V("2.255"), V("4.125"))
cond(d, "title 'hơn 4.100 tỷ' vs 4.125", V("4.125").lo > 4100)
check(d, "assets 312.400/294.200 '6,2%'", change(V("312.400"), V("294.200")), V("6,2"))
check(d, "loans 214.800/196.900 '9,1%'", change(V("214.800"), V("196.900")), V("9,1"))
check(d, "9,1/15 'khoảng 61%'", pct(V("9,1") / V("15")), I("60.5", "61.5"))
check(d, "CASA 21,4 - 19,8 = '1,6 điểm phần trăm'", V("21,4") - V("19,8"), V("1,6"))
check(d, "PLANTED implied base: 4.125/3.840 vs 'tăng 18,6%'", change(V("4.125"), V("3.840")), V("18,6"), planted=True,
      note=f"(implied base {V('4.125') / (V('18,6') / 100 + 1)})")
cond(d, "PLANTED restatement loans end-June 214.800 == 218.400", V("214.800").overlaps(V("218.400")), planted=True)
check(d, "PLANTED(warning) NPL 1,52->1,86 relative change vs 'tăng 0,34%'", change(V("1,86"), V("1,52")), V("0,34"), planted=True,
      note=f"(difference in points {V('1,86') - V('1,52')})")

# ---------------- t11-vi-04 retail (JSON) ----------------
d = "04"
t10, t9, t10y = V("596,8"), V("589,7"), V("548,0")
check(d, "total MoM 596,8/589,7 '1,2%'", change(t10, t9), V("1,2"))
check(d, "total YoY 596,8/548,0 '8,9%'", change(t10, t10y), V("8,9"))
g10, g9, g10y = V("458,3"), V("452,1"), V("418,2")
for lab, x, s in [("goods", g10, "76,8"), ("lodging", V("66,9"), "11,2"), ("travel", V("6,1"), "1,0"), ("other", V("65,5"), "11,0")]:
    check(d, f"Oct share {lab} '{s}%'", pct(x / t10), V(s))
check(d, "Oct parts 458,3+66,9+6,1+65,5 = 596,8", g10 + V("66,9") + V("6,1") + V("65,5"), t10)
check(d, "458,3 - 418,2 = '40,1'", g10 - g10y, V("40,1"))
check(d, "PLANTED goods 'tăng 9,6% so với tháng trước' 458,3/452,1", change(g10, g9), V("9,6"), planted=True,
      note=f"(YoY 458,3/418,2 = {change(g10, g10y)})")
base_sum = g10y + V("66,9") / (1 + V("9,5") / 100) + V("6,1") / (1 + V("12,0") / 100) + V("65,5") / (1 + V("3,6") / 100)
check(d, "component YoY rates imply Oct-2024 total ~548,0 (unstated, informational)", base_sum, I("547.0", "549.0"))
share2 = pct((V("98,4") + V("72,6")) / t10)
cond(d, "PLANTED HCMC+Hanoi 'hơn 30%' of 596,8", share2.lo > 30, planted=True, note=f"share {share2}")
c10 = V("5.612,4")
for lab, x, s in [("goods", V("4.318,6"), "76,9"), ("lodging", V("641,2"), "11,4"), ("travel", V("58,0"), "1,0")]:
    check(d, f"10M share {lab} '{s}%'", pct(x / c10), V(s))
parts = V("4.318,6") + V("641,2") + V("58,0") + V("672,3")
cond(d, "PLANTED 10M parts 4.318,6+641,2+58,0+672,3 <= 5.612,4", parts.lo <= c10.hi, planted=True, note=f"parts {parts}")

# ---------------- t11-vi-05 electricity ----------------
d = "05"
e24, e23 = V("306,2"), V("277,6")
check(d, "output 306,2/277,6 '10,3%'", change(e24, e23), V("10,3"))
cond(d, "title 'vượt 306 tỷ kWh'", e24.lo > 306)
for lab, x, s in [("coal", "167,4", "54,7"), ("hydro", "87,6", "28,6"), ("wind+solar", "38,2", "12,5"), ("gas", "9,8", "3,2"), ("import", "3,2", "1,0")]:
    check(d, f"share {lab} '{s}%'", pct(V(x) / e24), V(s))
check(d, "sources sum = 306,2", V("167,4") + V("87,6") + V("38,2") + V("9,8") + V("3,2"), e24)
cond(d, "coal 'hơn một nửa'", V("167,4").lo / e24.hi > D("0.5"))
hy = change(V("87,6"), V("80,9"))
cond(d, "PLANTED hydro 'giảm 8,3%' (87,6 vs 80,9) must be a fall", hy.hi < 0, planted=True, note=f"change {hy}")
c24, c23 = V("268,3"), V("243,7")
check(d, "commercial 268,3/243,7 '10,1%'", change(c24, c23), V("10,1"))
check(d, "consumption parts sum = 268,3", V("152,8") + V("94,1") + V("13,2") + V("6,4") + V("1,8"), c24)
fr = V("152,8") / c24
cond(d, "PLANTED industry 'khoảng ba phần tư' (0,70-0,80)", fr.hi > D("0.70") and fr.lo < D("0.80"), planted=True, note=f"fraction {fr}")
check(d, "Pmax 49.533 - 45.743 = 3.790", V("49533") - V("45743"), V("3790"))
check(d, "losses 6,23 - 6,12 = '0,11 điểm phần trăm'", V("6,23") - V("6,12"), V("0,11"))
cond(d, "PLANTED 'hơn một thập kỷ' since 2018 (to 2024)", 2024 - 2018 > 10, planted=True, note="span 6 years")
cond(d, "PLANTED 'ba nhóm nhiệm vụ' lists 4 items", 4 == 3, planted=True, note="3 announced, 4 listed")

# ---------------- t11-vi-06 aviation (clean) ----------------
d = "06"
p, p0 = V("32,4"), V("29,5")
check(d, "passengers 32,4/29,5 '9,8%'", change(p, p0), V("9,8"))
check(d, "respectively intl 12,1/9,9 '22,2%'", change(V("12,1"), V("9,9")), V("22,2"))
check(d, "respectively dom 20,3/19,6 '3,6%'", change(V("20,3"), V("19,6")), V("3,6"))
check(d, "12,1 + 20,3 = 32,4", V("12,1") + V("20,3"), p)
check(d, "9,9 + 19,6 = 29,5", V("9,9") + V("19,6"), p0)
for lab, x, s in [("Tan Son Nhat", "10,6", "32,7"), ("Noi Bai", "7,3", "22,5"), ("Da Nang", "3,6", "11,1")]:
    check(d, f"share {lab} '{s}%'", pct(V(x) / p), V(s))
r = V("1,86") / V("0,97")
cond(d, "Cam Ranh 'gần gấp đôi' 1,86/0,97 in [1,8, 2)", r.lo >= D("1.8") and r.hi < 2, note=f"{r}")
check(d, "market shares sum 100", V("48,3") + V("42,1") + V("5,6") + V("2,5") + V("1,5"), V("100"))
check(d, "top-2 48,3+42,1 '90,4%'", V("48,3") + V("42,1"), V("90,4"))
check(d, "top-3 +5,6 '96,0%'", V("48,3") + V("42,1") + V("5,6"), V("96,0"))
cond(d, "top-2 <= top-3", V("90,4").lo <= V("96,0").hi)
check(d, "on-time+delay+cancel = 100", V("80,2") + V("18,7") + V("1,1"), V("100"))
check(d, "delay 23,3 - 18,7 = '4,6 điểm phần trăm'", V("23,3") - V("18,7"), V("4,6"))
cond(d, "title 'hơn 32 triệu lượt' vs 32,4", p.lo > 32)

bad = [r for r in results if r[0].endswith("(!)")]
n_pl = sum(1 for r in results if r[1])
print(f"relations={len(results)} consistent_ok={sum(1 for r in results if r[0]=='ok')} planted_fail={sum(1 for r in results if r[0]=='PLANTED-FAILS')}/{n_pl} problems={len(bad)}")
print("arith: OK" if not bad else "arith: FAIL")
sys.exit(1 if bad else 0)
