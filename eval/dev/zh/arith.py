#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures stated in the dev-zh articles.

Each stated figure gets its rounding band (half a unit of its last written digit; scale factors
only convert units).  A relation "holds" when the value the operands give (an interval) is
compatible with the stated value's band (or hedge).  Consistent relations must hold (prints `ok`);
planted ones must fail (prints `PLANTED-FAILS`).  Exit 1 otherwise.
"""
import sys
from decimal import Decimal, getcontext
from fractions import Fraction as F

getcontext().prec = 50


class I:
    """Closed interval of Fractions."""

    def __init__(self, lo, hi=None):
        self.lo = F(lo)
        self.hi = F(hi if hi is not None else lo)

    def __add__(self, o):
        o = o if isinstance(o, I) else I(o)
        return I(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o):
        o = o if isinstance(o, I) else I(o)
        return I(self.lo - o.hi, self.hi - o.lo)

    def __mul__(self, o):
        o = o if isinstance(o, I) else I(o)
        c = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        return I(min(c), max(c))

    def __truediv__(self, o):
        o = o if isinstance(o, I) else I(o)
        assert o.lo > 0 or o.hi < 0
        c = [self.lo / o.lo, self.lo / o.hi, self.hi / o.lo, self.hi / o.hi]
        return I(min(c), max(c))

    def __radd__(self, o):
        return I(o) + self

    def __rsub__(self, o):
        return I(o) - self

    def __rmul__(self, o):
        return I(o) * self

    def __rtruediv__(self, o):
        return I(o) / self

    def __neg__(self):
        return I(-self.hi, -self.lo)

    def __repr__(self):
        return f"[{float(self.lo):.4f}, {float(self.hi):.4f}]"


def v(s, scale=1):
    """A stated figure with its rounding band: '31.62' -> [31.615, 31.625]."""
    s = s.replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    h = F(1, 2 * 10 ** d)
    x = F(s)
    return I((x - h) * scale, (x + h) * scale)


def ex(s, scale=1):
    """An exact figure (counts, definitions)."""
    return I(F(s.replace(",", "")) * scale)


def pct(part, total):
    return part / total * 100


def chg(base, cur):
    return (cur / base - 1) * 100


def root(iv, n):
    lo = Decimal(iv.lo.numerator) / Decimal(iv.lo.denominator)
    hi = Decimal(iv.hi.numerator) / Decimal(iv.hi.denominator)
    e = Decimal(1) / Decimal(n)
    return I(F(str(lo ** e)), F(str(hi ** e)))


def cagr(start, end, years):
    return (root(end / start, years) - 1) * 100


def overlap(a, b):
    return a.lo <= b.hi and b.lo <= a.hi


results = []


def rel(doc, name, holds, planted=False, detail=""):
    results.append((doc, name, bool(holds), planted, detail))


def match(doc, name, computed, stated, planted=False):
    rel(doc, name, overlap(computed, stated), planted, f"computed {computed} vs stated {stated}")


def gt(doc, name, computed, bound, planted=False):      # "超过/以上" : value can exceed bound
    rel(doc, name, computed.hi > F(bound), planted, f"computed {computed} vs > {bound}")


def near_below(doc, name, computed, target, tol, planted=False):   # "近X": in [X-tol, X]
    t = F(target)
    rel(doc, name, computed.hi >= t - F(tol) and computed.lo <= t, planted,
        f"computed {computed} vs nearly {target} (within {tol} below)")


def approx(doc, name, computed, target, tol, planted=False):       # "约X" : within tol
    t = F(target)
    rel(doc, name, computed.hi >= t - F(tol) and computed.lo <= t + F(tol), planted,
        f"computed {computed} vs about {target} (+-{tol})")


# ---------------------------------------------------------------- d-zh-01 trade
D = "d-zh-01"
tot, exp_, imp = v("31.62"), v("17.85"), v("13.77")
match(D, "exports+imports = total 31.62", exp_ + imp, tot)
match(D, "surplus 17.85-13.77 = 4.08", exp_ - imp, v("4.08"))
match(D, "total growth 5.3% from export/import bases", chg(exp_ / (1 + v("6.2") / 100) + imp / (1 + v("4.1") / 100), tot), v("5.3"))
match(D, "private 17.08/31.62 = 54%", pct(v("17.08"), tot), v("54"))
match(D, "foreign-invested 9.26/31.62 = 29.3%", pct(v("9.26"), tot), v("29.3"))
match(D, "state-owned 5.21/31.62 = 16.5%", pct(v("5.21"), tot), v("16.5"))
rel(D, "three ownership shares <= 100", (v("54") + v("29.3") + v("16.5")).lo <= 100)
match(D, "Belt&Road 15.21/31.62 = 48.1%", pct(v("15.21"), tot), v("48.1"))
match(D, "mech-elec 10.56/17.85 = 59.2% of exports", pct(v("10.56"), exp_), v("59.2"))
match(D, "IC 6817->8126 = 19.2%", chg(v("6817"), v("8126")), v("19.2"))
match(D, "PLANTED share ASEAN 5.12/31.62 stated 17.2%", pct(v("5.12"), tot), v("17.2"), planted=True)
match(D, "PLANTED respectively autos 5108->6215 stated 25.6%", chg(v("5108"), v("6215")), v("25.6"), planted=True)
gt(D, "PLANTED change soybeans 8390->7120 decline stated >20%", -chg(v("8390"), v("7120")), 20, planted=True)

# ---------------------------------------------------------------- d-zh-02 grain
D = "d-zh-02"
g = v("70650")
match(D, "1110/(70650-1110) = 1.6%", pct(v("1110"), g - v("1110")), v("1.6"))
match(D, "70650万吨 = 14130亿斤 (1吨=2000斤)", g * 2000 / 10000, v("14130"))
match(D, "525/(119319-525) = 0.4%", pct(v("525"), v("119319") - v("525")), v("0.4"))
match(D, "525千公顷 = 787.5万亩", v("525") * 15 / 10, v("787.5"))
match(D, "119319千公顷 = 17.90亿亩", v("119319") * 15 / 100000, v("17.90"))
match(D, "yield 70650万吨/119319千公顷 = 5921 kg/ha", g * 10000 * 1000 / (v("119319") * 1000), v("5921"))
match(D, "5921 kg/ha = 394.7 kg/mu", v("5921") / 15, v("394.7"))
match(D, "67.3/(5921-67.3) = 1.1%", pct(v("67.3"), v("5921") - v("67.3")), v("1.1"))
match(D, "67.3 kg/ha = 4.5 kg/mu", v("67.3") / 15, v("4.5"))
match(D, "cereals+beans+tubers = total (note 1)", v("65200") + v("2285") + v("3165"), g)
gt(D, "maize 29492/70650 > 40% (四成以上)", pct(v("29492"), g), 40)
match(D, "70650-60703 = 9947", g - v("60703"), v("9947"))
rel(D, "2014->2024 = ten years (十年间)", 2024 - 2014 == 10)
rel(D, "连续10年 >= 1.3万亿斤 (14130亿斤)", v("14130").lo > 13000)
match(D, "item rates (+1.9,-4.8,+1.0) give last year's total 70650-1110",
      v("65200") / (1 + v("1.9") / 100) + v("2285") / (1 - v("4.8") / 100) + v("3165") / (1 + v("1.0") / 100), g - v("1110"))
match(D, "PLANTED share rice 20753/65200 stated 38.1%", pct(v("20753"), v("65200")), v("38.1"), planted=True)
approx(D, "PLANTED cagr 60703->70650 over 10y stated 约2.5%", cagr(v("60703"), g, 10), "2.5", F(1, 20) + F(3, 10), planted=True)
match(D, "PLANTED sum summer+early rice+autumn = total", v("14989") + v("2817") + v("52944"), g, planted=True)

# ---------------------------------------------------------------- d-zh-03 tourism (clean)
D = "d-zh-03"
approx(D, "7008.17亿/7.65亿 = about 916 yuan", v("7008.17") / v("7.65"), 916, F(1, 2))
match(D, "rail 1.52亿/7 = 2171万/day", v("1.52", 10000) / 7, v("2171"))
match(D, "air 1495/7 = 213.6万/day", v("1495") / 7, v("213.6"))
match(D, "border 1295.1/7 = 185万/day", v("1295.1") / 7, v("185"))
match(D, "622.5+542.3+130.3 = 1295.1", v("622.5") + v("542.3") + v("130.3"), v("1295.1"))
match(D, "visa-free 36.6/68.1 = 53.7%", pct(v("36.6"), v("68.1")), v("53.7"))
near_below(D, "self-drive 38.6% = 近四成", v("38.6"), 40, 5)
rel(D, "top5 22.4% <= top10 31.7%", v("22.4").lo <= v("31.7").hi)
gt(D, "7.65亿 = 超7.6亿", v("7.65"), F("7.6"))

# ---------------------------------------------------------------- d-zh-04 money & credit
D = "d-zh-04"
match(D, "corporate 13.86/16.52 = 83.9%", pct(v("13.86"), v("16.52")), v("83.9"))
match(D, "2.35+13.86+0.31 = 16.52 (by sector)", v("2.35") + v("13.86") + v("3100") / 10000, v("16.52"))
match(D, "TSF stock 396.9->398.2 MoM = 0.3%", chg(v("396.9"), v("398.2")), v("0.3"))
rel(D, "两方面原因 followed by 2 items", 2 == 2)
match(D, "loans MoM 254.18->254.68 = 0.2% (the rate was month-on-month)", chg(v("254.18"), v("254.68")), v("0.2"))
match(D, "PLANTED yoy loans 235.6->254.68 stated 同比0.2%", chg(v("235.6"), v("254.68")), v("0.2"), planted=True)
match(D, "household share 32.9->31.6 = 1.3 points", v("32.9") - v("31.6"), v("1.3"))
match(D, "PLANTED pvp (warning) 32.9->31.6 as percent stated 下降1.3%", -chg(v("32.9"), v("31.6")), v("1.3"), planted=True)

# ---------------------------------------------------------------- d-zh-05 wind & solar
D = "d-zh-05"
match(D, "7.1+4.7 = 11.8", v("7.1") + v("4.7"), v("11.8"))
match(D, "11.8/30.7 = 38.4%", pct(v("11.8"), v("30.7")), v("38.4"))
rel(D, "11.8 > coal 11.7 (首次超过)", v("11.8").hi > v("11.7").lo)
rel(D, "1.02亿 > 1亿 (超1亿千瓦)", v("1.02").lo > 1)
pv_new = v("1.02", 10000)
match(D, "North 2615/10200 = 25.6%", pct(v("2615"), pv_new), v("25.6"))
match(D, "Northwest 1872/10200 = 18.4%", pct(v("1872"), pv_new), v("18.4"))
gt(D, "25.6+18.4 超过四成", v("25.6") + v("18.4"), 40)
match(D, "wind generation 4622->5088 = 10.1%", chg(v("4622"), v("5088")), v("10.1"))
match(D, "(5088+3914)/46928 = 19.2%", pct(v("5088") + v("3914"), v("46928")), v("19.2"))
rel(D, "wind OEM top3 51.2% <= top5 67.5%", v("51.2").lo <= v("67.5").hi)
approx(D, "PLANTED multiple PV/wind new 10200/2584 stated 约2.9倍", pv_new / v("2584"), "2.9", F(1, 20) + F(1, 10), planted=True)
match(D, "PLANTED respectively solar generation 2648->3914 stated 37.8%", chg(v("2648"), v("3914")), v("37.8"), planted=True)
rel(D, "PLANTED topk module top5 62.3% <= top10 59.8%", v("62.3").lo < v("59.8").hi, planted=True)

# ---------------------------------------------------------------- d-zh-06 property
D = "d-zh-06"
match(D, "housing investment 65614/86309 = 76.0%", pct(v("65614"), v("86309")), v("76.0"))
match(D, "completions 55240->42038 = -23.9%", chg(v("55240"), v("42038")), v("-23.9") * 1)
match(D, "funds: 13285+31+31350+26840+16462 = 87968", v("13285") + v("31") + v("31350") + v("26840") + v("16462"), v("87968"))
gt(D, "92580-76855 逾1.5万亿 (agrees with the stale base)", v("92580") - v("76855"), 15000)
match(D, "PLANTED implied-base 76855/(1-20.9%) vs stated base 92580", v("76855") / (1 - v("20.9") / 100), v("92580"), planted=True)
rel(D, "PLANTED direction 72150->73159 said 减少1.4%", chg(v("72150"), v("73159")).hi < 0, planted=True)
match(D, "(the 1.4% size itself is right: 72150->73159)", chg(v("72150"), v("73159")), v("1.4"))

# ---------------------------------------------------------------- d-zh-07 digest
D = "d-zh-07"
match(D, "online physical 103698/398937 = 26.0%", pct(v("103698"), v("398937")), v("26.0"))
match(D, "parcels 7.01/5.4 = 1.3倍", v("7.01") / v("5.4"), v("1.3"))
match(D, "PLANTED change appliances 793->1045 stated 39.2%", chg(v("793"), v("1045")), v("39.2"), planted=True)
rel(D, "PLANTED enumeration 三个方面 vs 4 items", 3 == 4, planted=True)

# ---------------------------------------------------------------- d-zh-08 jobs (clean)
D = "d-zh-08"
match(D, "1100/1200 = 91.7%", pct(v("1100"), ex("1200")), v("91.7"))
match(D, "services 651/1100 = 59.2%", pct(v("651"), v("1100")), v("59.2"))
near_below(D, "59.2% = 近六成", v("59.2"), 60, 5)
match(D, "migrant workers 219/(19014-219) = 1.2%", pct(v("219"), v("19014") - v("219")), v("1.2"))

# ---------------------------------------------------------------- d-zh-09 city budget
D = "d-zh-09"
match(D, "tax 573.4/812.6 = 70.6%", pct(v("573.4"), v("812.6")), v("70.6"))
match(D, "non-tax 812.6-573.4 = 239.2", v("812.6") - v("573.4"), v("239.2"))
gt(D, "70.6% 超过七成", v("70.6"), 70)
match(D, "livelihood 1078.1/1368.5 = 78.8%", pct(v("1078.1"), v("1368.5")), v("78.8"))
approx(D, "812.6 x (1+4.5%左右) = 849.2", chg(v("812.6"), v("849.2")), "4.5", F(1, 20))
match(D, "spending 1368.5->1402.3 = 2.5%", chg(v("1368.5"), v("1402.3")), v("2.5"))
rel(D, "debt 2346 within limit 2520", v("2346").hi < v("2520").lo)
match(D, "PLANTED sum livelihood items (incl. 其余82.4) = 1078.1",
      v("246.3") + v("218.7") + v("126.4") + v("301.5") + v("112.8") + v("82.4"), v("1078.1"), planted=True)
rel(D, "PLANTED period-span 2018-2024 called 十年间", 2024 - 2018 + 1 == 10 or 2024 - 2018 == 10, planted=True)

# ---------------------------------------------------------------- d-zh-10 railway
D = "d-zh-10"
match(D, "36.0亿/305 days = 1180万/day", v("36.0", 10000) / 305, v("1180"))
match(D, "power coal 13.1/32.4 = 40.4%", pct(v("13.1"), v("32.4")), v("40.4"))
match(D, "containers 2.55->2.92 = 14.5%", chg(v("2.55"), v("2.92")), v("14.5"))
gt(D, "2009.6万 突破2000万", v("2009.6"), 2000)
rel(D, "HSR new line 1013 <= 1620", v("1013").hi <= v("1620").lo)
match(D, "PLANTED restatement investment 6452 vs 6542 (same period)", v("6452"), v("6542"), planted=True)
gt(D, "PLANTED hedge (warning) HSR 4.6/16.1 超过三成", pct(v("4.6"), v("16.1")), 30, planted=True)

# ---------------------------------------------------------------- d-zh-11 health
D = "d-zh-11"
match(D, "institutions 38355+1016238+12121+4071 = 1070785", v("38355") + v("1016238") + v("12121") + v("4071"), v("1070785"))
match(D, "hospitals 11772+26583 = 38355", v("11772") + v("26583"), v("38355"))
match(D, "private 26583/38355 = 69.3%", pct(v("26583"), v("38355")), v("69.3"))
match(D, "private/public 26583/11772 = 2.26倍", v("26583") / v("11772"), v("2.26"))
match(D, "hospital beds 800.5/1017.4 = 78.7%", pct(v("800.5"), v("1017.4")), v("78.7"))
match(D, "beds 571.2+229.3 = 800.5", v("571.2") + v("229.3"), v("800.5"))
match(D, "staff 82.1/(1523.7-82.1) = 5.7%", pct(v("82.1"), v("1523.7") - v("82.1")), v("5.7"))
match(D, "health technicians 1248.8/1523.7 = 82.0%", pct(v("1248.8"), v("1523.7")), v("82.0"))
match(D, "nurse/doctor 563.7/478.2 = 1.18", v("563.7") / v("478.2"), v("1.18"))
match(D, "visits 11.3/(95.5-11.3) = 13.4%", pct(v("11.3"), v("95.5") - v("11.3")), v("13.4"))
match(D, "visits 42.6+49.4+3.5 = 95.5", v("42.6") + v("49.4") + v("3.5"), v("95.5"))
match(D, "PLANTED implied-total primary 49.4/59.6% vs stated total 95.5", v("49.4") / v("59.6") * 100, v("95.5"), planted=True)
approx(D, "PLANTED fraction public beds 571.2/800.5 约占八成", pct(v("571.2"), v("800.5")), 80, 5, planted=True)

# ---------------------------------------------------------------- d-zh-12 education (clean)
D = "d-zh-12"
match(D, "kindergarten pupils 534.5/(4093.0+534.5) = 11.55%", pct(v("534.5"), v("4093.0") + v("534.5")), v("11.55"))
match(D, "higher ed 108.11/(4763.19-108.11) = 2.32%", pct(v("108.11"), v("4763.19") - v("108.11")), v("2.32"))
match(D, "postgrads 61.25+327.04 = 388.29", v("61.25") + v("327.04"), v("388.29"))
approx(D, "private 5278/2.91亿 约18%", pct(v("5278"), v("2.91", 10000)), 18, F(1, 2))

# ---------------------------------------------------------------- d-zh-13 tech earnings
D = "d-zh-13"
rev = v("1032.5")
match(D, "revenue 899.4->1032.5 = 14.8%", chg(v("899.4"), rev), v("14.8"))
match(D, "net profit 136.8->186.3 = 36.2%", chg(v("136.8"), v("186.3")), v("36.2"))
match(D, "cloud 296.4/1032.5 = 28.7%", pct(v("296.4"), rev), v("28.7"))
match(D, "segments 296.4+412.8+238.9+84.4 = 1032.5", v("296.4") + v("412.8") + v("238.9") + v("84.4"), rev)
match(D, "R&D 142.6/1032.5 = 13.8%", pct(v("142.6"), rev), v("13.8"))
gt(D, "capex 118.5->253.7 增长超过一倍", chg(v("118.5"), v("253.7")), 100)
match(D, "PLANTED share ads 412.8/1032.5 stated 43.9%", pct(v("412.8"), rev), v("43.9"), planted=True)
match(D, "PLANTED change fintech 221.6->238.9 stated 17.8%", chg(v("221.6"), v("238.9")), v("17.8"), planted=True)
match(D, "PLANTED multiple cloud 296.4/68.2 stated 5.3倍", v("296.4") / v("68.2"), v("5.3"), planted=True)

# ---------------------------------------------------------------- d-zh-14 PMI & industry
D = "d-zh-14"
match(D, "PMI 50.1->50.3 = +0.2 points", v("50.3") - v("50.1"), v("0.2"))
match(D, "high-tech 9.4-5.3 = 4.1 points", v("9.4") - v("5.3"), v("4.1"))
match(D, "cement YoY 1.88->1.73 = -8.0%", chg(v("1.88"), v("1.73")), v("-8.0"))
match(D, "cement MoM 1.66->1.73 = 4.2%", chg(v("1.66"), v("1.73")), v("4.2"))
match(D, "manufacturing profit 46180.2/58680.4 = 78.7%", pct(v("46180.2"), v("58680.4")), v("78.7"))
match(D, "steel MoM 8720->8188 = -6.1% (the stated rate was month-on-month)", chg(v("8720"), v("8188")), v("-6.1"))
match(D, "PLANTED yoy steel 7909->8188 stated 同比下降6.1%", chg(v("7909"), v("8188")), v("-6.1"), planted=True)
rel(D, "PLANTED direction profit 4813.7->5521.3 said 环比下降", chg(v("4813.7"), v("5521.3")).hi < 0, planted=True)
match(D, "(the 14.7% size itself is right)", chg(v("4813.7"), v("5521.3")), v("14.7"))

# ---------------------------------------------------------------- d-zh-15 carbon explainer
D = "d-zh-15"
gt(D, "coverage 51/126 在40%以上", pct(v("51"), v("126")), 40)
approx(D, "avg price 430.3亿/6.3亿吨 约68.3", v("430.3") / v("6.3"), F("68.3"), F(1, 20))
match(D, "carbon price 48->97.49 = 103.1%", chg(ex("48"), v("97.49")), v("103.1"))
rel(D, "97.49/48 >= 2 (翻倍)", (v("97.49") / ex("48")).hi >= 2)
approx(D, "(51+25)/126 约60%", pct(v("51") + v("25"), v("126")), 60, F(1, 2) + 1)
match(D, "wind CAGR 2019->2024 4057->9916 = 19.6%", cagr(v("4057"), v("9916"), 5), v("19.6"))
rel(D, "2021-07 to end-2024 = 三年多", 3 < (2024 + F(12, 12)) - (2021 + F(6, 12)) < 4)
approx(D, "PLANTED cagr solar 2243->8341 over 5y stated 约38.8%", cagr(v("2243"), v("8341"), 5), F("38.8"), F(1, 20) + F(1, 2), planted=True)
match(D, "non-fossil 15.9->19.8 = 3.9 points", v("19.8") - v("15.9"), v("3.9"))
match(D, "PLANTED pvp (warning) 15.9->19.8 as percent stated 提高了3.9%", chg(v("15.9"), v("19.8")), v("3.9"), planted=True)

# ---------------------------------------------------------------- d-zh-16 marathon
D = "d-zh-16"
match(D, "1.5+1.2+0.3 万 = 3万", v("1.5", 10000) + v("1.2", 10000) + ex("3000"), ex("30000"))
match(D, "ballot 3万/18.6万 = 16.1%", pct(ex("30000"), v("18.6", 10000)), v("16.1"))
match(D, "consumption 1.12+0.98+0.61+0.85+0.80 = 4.36", v("1.12") + v("0.98") + v("0.61") + v("0.85") + v("0.80"), v("4.36"))
match(D, "value added 214/1.12万亿 = 1.9%", pct(v("214"), v("1.12", 10000)), v("1.9"))
gt(D, "PLANTED hedge non-local 15350/30000 超过六成", pct(v("15350"), ex("30000")), 60, planted=True)
rel(D, "PLANTED enumeration 两件事 vs 3 items", 2 == 3, planted=True)
match(D, "PLANTED restatement (warning) industry size 586 vs 568", v("586"), v("568"), planted=True)

# ---------------------------------------------------------------- d-zh-17 commodities (clean)
D = "d-zh-17"
match(D, "iron ore 774.0->786.5 = 1.62%", chg(v("774.0"), v("786.5")), v("1.62"))
rel(D, "top5 95.4% <= top10 96.0%", v("95.4").lo <= v("96.0").hi)
match(D, "hogs week 17.41->16.85 = -3.2%", chg(v("17.41"), v("16.85")), v("-3.2"))
match(D, "hogs year 14.70->16.85 = 14.6%", chg(v("14.70"), v("16.85")), v("14.6"))
match(D, "sows 4062/3900 = 104.2%", pct(v("4062"), ex("3900")), v("104.2"))
match(D, "Brent-WTI 73.41-69.72 = 3.69", v("73.41") - v("69.72"), v("3.69"))

# ---------------------------------------------------------------- d-zh-18 city H1
D = "d-zh-18"
gdp = v("3286.4")
match(D, "142.5+1305.7+1838.2 = 3286.4", v("142.5") + v("1305.7") + v("1838.2"), gdp)
match(D, "tertiary 1838.2/3286.4 = 55.9%", pct(v("1838.2"), gdp), v("55.9"))
approx(D, "3286.4/1642.8 翻番 (about 2)", gdp / v("1642.8"), 2, F(1, 20))
gt(D, "exports 613.5/892.3 三分之二以上", pct(v("613.5"), v("892.3")), F(200, 3))
match(D, "imports 892.3-613.5 = 278.8", v("892.3") - v("613.5"), v("278.8"))
match(D, "surplus 613.5-278.8 = 334.7", v("613.5") - v("278.8"), v("334.7"))
match(D, "income ratio 34102/16239 = 2.10", v("34102") / v("16239"), v("2.10"))
match(D, "PLANTED implied-total above-quota 628.3/46.8% vs stated retail total 1524.6", v("628.3") / v("46.8") * 100, v("1524.6"), planted=True)
rel(D, "PLANTED period-span 2016-2024 called 十年间", 2024 - 2016 == 10, planted=True)
gt(D, "PLANTED fraction RCEP 231.6/892.3 三分之一以上", pct(v("231.6"), v("892.3")), F(100, 3), planted=True)

# ---------------------------------------------------------------- d-zh-19 auto exports
D = "d-zh-19"
tot = v("431.2")
match(D, "passenger+commercial 373.9+57.3 = 431.2", v("373.9") + v("57.3"), tot)
match(D, "Russia 86.5/431.2 = 20.1%", pct(v("86.5"), tot), v("20.1"))
match(D, "Mexico 33.8/431.2 = 7.8%", pct(v("33.8"), tot), v("7.8"))
match(D, "UAE 21.5/431.2 = 5.0%", pct(v("21.5"), tot), v("5.0"))
rel(D, "top5 67% <= top10 86%", v("67").lo <= v("86").hi)
match(D, "PLANTED implied-base NEV 92.8/(1+11.5%) vs stated 73.6", v("92.8") / (1 + v("11.5") / 100), v("73.6"), planted=True)
rel(D, "PLANTED sum powertrain shares 68.4+21.7+12.1 <= 100", (v("68.4") + v("21.7") + v("12.1")).lo <= 100, planted=True)
rel(D, "PLANTED topk top3 68% <= top5 67% (bands only touch)", F(68) - F(1, 2) < F(67) + F(1, 2), planted=True)

# ---------------------------------------------------------------- d-zh-20 express interview (clean)
D = "d-zh-20"
match(D, "parcels 1173.1->1421.8 = 21.2%", chg(v("1173.1"), v("1421.8")), v("21.2"))
match(D, "118.6+1279.6+23.6 = 1421.8 (三者合计)", v("118.6") + v("1279.6") + v("23.6"), v("1421.8"))
match(D, "regions 75.1+16.9+8.0 = 100", v("75.1") + v("16.9") + v("8.0"), ex("100"))
approx(D, "central+west 16.9+8.0 约为25%", v("16.9") + v("8.0"), 25, F(1, 2))
approx(D, "rural >480/1421.8 约三分之一", pct(v("480"), v("1421.8")), F(100, 3), F(5, 2))
rel(D, "1421.8/139.6 = 10倍多", 10 <= (v("1421.8") / v("139.6")).lo < 11)
approx(D, "unit revenue 11357.6/1421.8 约8元", v("11357.6") / v("1421.8"), 8, F(1, 2))
match(D, "daily 1421.8/305 days = 4.66", v("1421.8") / 305, v("4.66"))
approx(D, "international +30.1% 三成左右", v("30.1"), 30, 2)

# ---------------------------------------------------------------- report
bad = 0
for doc, name, holds, planted, detail in results:
    if planted:
        tag = "PLANTED-FAILS" if not holds else "BAD(planted relation holds)"
    else:
        tag = "ok" if holds else "BAD(consistent relation fails)"
    if tag.startswith("BAD"):
        bad += 1
    print(f"{tag:14s} {doc} {name}  [{detail}]" if detail else f"{tag:14s} {doc} {name}")
n_pl = sum(1 for r in results if r[3])
print(f"{len(results)} relations: {len(results) - n_pl} consistent, {n_pl} planted; problems: {bad}")
sys.exit(1 if bad else 0)
