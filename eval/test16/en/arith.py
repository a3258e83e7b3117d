#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.

Each stated figure is an interval [lo, hi]: a rounded figure like "18.6" is [18.55, 18.65];
exact counts (e.g. 21,870 dwellings) are a point. A consistent relation must have the stated
figure's band overlap the band computed from its operands (prints ok); a planted problem must not
(prints PLANTED-FAILS). Exit 1 if a consistent relation fails or a planted one holds.
"""
import sys
from fractions import Fraction as F

class I:
    def __init__(s, lo, hi): s.lo, s.hi = F(lo), F(hi)
    def __add__(s, o): o = iv(o); return I(s.lo + o.lo, s.hi + o.hi)
    def __radd__(s, o): return s + o
    def __sub__(s, o): o = iv(o); return I(s.lo - o.hi, s.hi - o.lo)
    def __neg__(s): return I(-s.hi, -s.lo)
    def __rsub__(s, o): return iv(o) - s
    def __rmul__(s, o): return s * o
    def __mul__(s, o): o = iv(o); c = [s.lo*o.lo, s.lo*o.hi, s.hi*o.lo, s.hi*o.hi]; return I(min(c), max(c))
    def __truediv__(s, o):
        o = iv(o); assert o.lo > 0 and o.hi > 0
        c = [s.lo/o.lo, s.lo/o.hi, s.hi/o.lo, s.hi/o.hi]; return I(min(c), max(c))
    def overlaps(s, o): return s.lo <= o.hi and o.lo <= s.hi
    def __repr__(s): return f"[{float(s.lo):.4f}, {float(s.hi):.4f}]"

def iv(x): return x if isinstance(x, I) else I(x, x)

def R(s):
    """A rounded figure: band of half a unit in its last written digit."""
    s = s.replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    h = F(1, 2) / 10**d
    return I(F(s) - h, F(s) + h)

def E(s):
    """An exact count."""
    v = F(s.replace(",", "")); return I(v, v)

def pct_change(new, old): return (new / old - 1) * 100
def share(part, total): return part / total * 100

fails = 0; n_ok = 0; n_planted = 0
def rel(doc, name, stated, computed, planted=False, holds=None):
    """holds: optional predicate(computed) replacing the overlap test (hedges, directions)."""
    global fails, n_ok, n_planted
    h = holds(computed) if holds else stated.overlaps(computed)
    if planted:
        if h: fails += 1; print(f"BAD (planted holds) {doc} {name}: stated {stated} computed {computed}")
        else: n_planted += 1; print(f"PLANTED-FAILS {doc} {name}: stated {stated} computed {computed}")
    else:
        if h: n_ok += 1; print(f"ok {doc} {name}: stated {stated} computed {computed}")
        else: fails += 1; print(f"BAD (consistent fails) {doc} {name}: stated {stated} computed {computed}")

# ---------- t16-en-01 Northwind Airways ----------
d = "01"
rev, rev0 = R("3.42"), R("3.08")
rel(d, "revenue up 11%", R("11"), pct_change(rev, rev0))
rel(d, "PLANTED change: PBT rose 28% (412 vs 298)", R("28"), pct_change(R("412"), R("298")), planted=True)
rel(d, "PLANTED implied-base: 18.6m pax 7.5% more; 2023 = 16.9m", R("7.5"), pct_change(R("18.6"), R("16.9")), planted=True)
rel(d, "PLANTED implied-base (base form): 18.6/1.075 vs 16.9", R("16.9"), R("18.6") / (1 + R("7.5") / 100), planted=True)
rel(d, "load factor gain 1.8 pp", R("1.8"), R("86.4") - R("84.6"))
rel(d, "PLANTED share: ancillary 540m = 19.8% of 3.42bn", R("19.8"), share(R("540"), rev * 1000), planted=True)
rel(d, "PLANTED multiple: net cash 870m three times 420m", I("2.5", "3.5"), R("870") / R("420"), planted=True)
rel(d, "halves 96m + 316m = PBT 412m", R("412"), R("96") + R("316"))
rel(d, "revenue per seat 158.90 = revenue / (pax / load factor)", R("158.90"), rev * 10**9 / (R("18.6") * 10**6 / (R("86.4") / 100)))

# ---------- t16-en-02 Oregon budget ----------
d = "02"
tot, tot0 = R("31.4"), R("30.1")
rel(d, "spending up 4.2 pct", R("4.2"), pct_change(tot, tot0))
rel(d, "revenue 30.8 + draw 0.6 = spending 31.4", tot, R("30.8") + R("0.6"))
rel(d, "shortfall 1.1 = trims 0.5 + draw 0.6", R("1.1"), R("0.500") + R("0.6"))
rel(d, "reserve 2.52 - draw 0.6 = 1.92", R("1.92"), R("2.52") - R("0.6"))
rel(d, "PLANTED restatement: reserve end FY2026 1.92 vs 1.29", R("1.92"), R("1.29"), planted=True)
rel(d, "PLANTED sum: 41.5+29.8+11.2+7.9+remaining 12.4 = 100", I(100, 100), R("41.5") + R("29.8") + R("11.2") + R("7.9") + R("12.4"), planted=True)
rel(d, "PLANTED implied-total: K-12 10.6bn = 36 pct -> total vs 31.4", tot, R("10.6") / (R("36") / 100), planted=True)
rel(d, "PLANTED implied-total (share form): 10.6/31.4", R("36"), share(R("10.6"), tot), planted=True)
rel(d, "Medicaid 7.5 = 23.9 pct of 31.4", R("23.9"), share(R("7.5"), tot))
rel(d, "Medicaid +6.8 pct (7.5 from 7.02)", R("6.8"), pct_change(R("7.5"), R("7.02")))
rel(d, "corrections +3.1 pct (2.33 from 2.26)", R("3.1"), pct_change(R("2.33"), R("2.26")))
rel(d, "jobless rate +0.3 pp (4.1 from 3.8)", R("0.3"), R("4.1") - R("3.8"))
rel(d, "'more than $31 billion' for 31.4", tot, tot, holds=lambda c: c.lo > 31)

# ---------- t16-en-03 Housing starts ----------
d = "03"
rel(d, "SAAR up 4.8% MoM (243,600 from 232,500)", R("4.8"), pct_change(R("243600"), R("232500")))
rel(d, "moving average up 1.1% (238,900 from 236,200)", R("1.1"), pct_change(R("238900"), R("236200")))
rel(d, "unadjusted up 9.6% YoY (21,870 from 19,950)", R("9.6"), pct_change(E("21870"), E("19950")))
rel(d, "multi + single = total, Sep 2024", E("21870"), E("16390") + E("5480"))
rel(d, "multi + single = total, Sep 2023", E("19950"), E("14640") + E("5310"))
rel(d, "PLANTED change: multi-unit +16.9% (16,390 from 14,640)", R("16.9"), pct_change(E("16390"), E("14640")), planted=True)
rel(d, "PLANTED direction: single-detached 'fell' 3.2% (5,480 from 5,310)", R("-3.2"), pct_change(E("5480"), E("5310")), planted=True,
    holds=lambda c: c.hi < 0)
rel(d, "rental share gain 4.4 pp (38.5 from 34.1)", R("4.4"), R("38.5") - R("34.1"))
rel(d, "PLANTED share: Capital 8,240 = 42.7% of 21,870", R("42.7"), share(E("8240"), E("21870")), planted=True)
rel(d, "Coastal 5,910 = 27.0%", R("27.0"), share(E("5910"), E("21870")))
rel(d, "Interior 4,300 = 19.7%", R("19.7"), share(E("4300"), E("21870")))
rel(d, "regions sum to 21,870", E("21870"), E("8240") + E("5910") + E("4300") + E("3420"))
rel(d, "YTD up 6.1% (178,450 from 168,200)", R("6.1"), pct_change(E("178450"), E("168200")))

# ---------- t16-en-04 Wheat crop ----------
d = "04"
crop = R("31.8")
rel(d, "PLANTED implied-base: 31.8 up 22% vs last season 27.4", R("22"), pct_change(crop, R("27.4")), planted=True)
rel(d, "PLANTED implied-base (base form): 31.8/1.22 vs 27.4", R("27.4"), crop / (1 + R("22") / 100), planted=True)
rel(d, "regions 15.1 + 11.2 + 5.5 = 31.8", crop, R("15.1") + R("11.2") + R("5.5"))
rel(d, "regional rates imply base ~27.4 (15.1/1.31 + 11.2/1.09 + 5.5/0.98)", R("27.4"),
    R("15.1") / (1 + R("31") / 100) + R("11.2") / (1 + R("9") / 100) + R("5.5") / (1 - R("2") / 100))
rel(d, "PLANTED hedge: WA 15.1 'more than half' of 31.8", I(50, 100), share(R("15.1"), crop), planted=True,
    holds=lambda c: c.lo > 50)
rel(d, "yield 2.47 t/ha = 31.8 / 12.9", R("2.47"), crop / R("12.9"))
rel(d, "barley down 8% (12.6 from 13.7)", R("-8"), pct_change(R("12.6"), R("13.7")))
rel(d, "canola 13% higher (5.9 vs 5.2)", R("13"), pct_change(R("5.9"), R("5.2")))
rel(d, "PLANTED share: exports 24.5 = about 71% of 31.8", I("69", "73"), share(R("24.5"), crop), planted=True)
rel(d, "top grades down 6 pp (18 from 24)", R("6"), R("24") - R("18"))
rel(d, "'almost 32 million tonne' for 31.8", crop, crop, holds=lambda c: F(31) <= c.lo and c.hi <= 32)

# ---------- t16-en-05 Waiting list ----------
d = "05"
wl = E("48320")
rel(d, "list up 6.4% (48,320 vs 45,410)", R("6.4"), pct_change(wl, E("45410")))
rel(d, "'more than 48,000' / 'tops 48,000'", wl, wl, holds=lambda c: c.lo > 48000)
rel(d, "top three 41% (9,870 + 6,120 + 3,830)", R("41"), share(E("9870") + E("6120") + E("3830"), wl))
rel(d, "top five 52% (+2,960 + 2,240)", R("52"), share(E("9870") + E("6120") + E("3830") + E("2960") + E("2240"), wl))
rel(d, "top three 41% still holds with restated 9,780", R("41"), share(E("9780") + E("6120") + E("3830"), wl))
rel(d, "top five 52% still holds with restated 9,780", R("52"), share(E("9780") + E("6120") + E("3830") + E("2960") + E("2240"), wl))
rel(d, "18-week performance down 2.7 pp (58.3 from 61.0)", R("2.7"), R("61.0") - R("58.3"))
rel(d, "PLANTED implied-total: 6,950 = 17.2% -> total vs 48,320", wl, E("6950") / (R("17.2") / 100), planted=True)
rel(d, "PLANTED implied-total (share form): 6,950 / 48,320", R("17.2"), share(E("6950"), wl), planted=True)
rel(d, "PLANTED restatement (warning): orthopaedics 9,870 vs 9,780", E("9870"), E("9780"), planted=True)

# ---------- t16-en-06 Ashbury City (clean) ----------
d = "06"
rv, rv0 = R("286.4"), R("262.7")
rel(d, "revenue 9% higher", R("9"), pct_change(rv, rv0))
rel(d, "parts 131.2 + 98.6 + 56.6 = 286.4", rv, R("131.2") + R("98.6") + R("56.6"))
rel(d, "broadcasting 45.8%", R("45.8"), share(R("131.2"), rv))
rel(d, "commercial 34.4%", R("34.4"), share(R("98.6"), rv))
rel(d, "matchday 19.8%", R("19.8"), share(R("56.6"), rv))
rel(d, "shares sum to 100", I(100, 100), R("45.8") + R("34.4") + R("19.8"))
rel(d, "commercial 'almost double' 50.2", I("1.85", "2"), R("98.6") / R("50.2"), holds=lambda c: c.lo >= F("1.85") and c.hi < 2)
rel(d, "wages up 2% (171.8 from 168.1)", R("2"), pct_change(R("171.8"), R("168.1")))
rel(d, "wage ratio 60%", R("60"), share(R("171.8"), rv))
rel(d, "wage ratio 64% a year earlier", R("64"), share(R("168.1"), rv0))
rel(d, "loss narrowed 43% (23.5 from 41.2)", R("43"), -pct_change(R("23.5"), R("41.2")))
rel(d, "attendance 98.4% of capacity (51,480 / 52,300)", R("98.4"), share(E("51480"), E("52300")))

print(f"{n_ok} consistent ok, {n_planted} planted fail as intended, {fails} problems")
sys.exit(1 if fails else 0)
