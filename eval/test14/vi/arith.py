#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.
Each stated figure x written with its last significant digit at unit u stands for [x - u/2, x + u/2).
Prints 'ok' for consistent relations and 'PLANTED-FAILS' for planted ones; exits 1 if a consistent
relation fails or a planted one holds."""
import sys
from fractions import Fraction as F

def num(s):
    """Vietnamese number string -> (value, half-unit).  '1,32' -> 1.32 +-0.005; '185.600' -> 185600 +-50."""
    s = s.strip()
    if "," in s:
        ip, dp = s.split(",")
        ip = ip.replace(".", "")
        v = F(int(ip + dp), 10 ** len(dp))
        return v, F(1, 2 * 10 ** len(dp))
    digits = s.replace(".", "")
    v = F(int(digits))
    z = len(digits) - len(digits.rstrip("0")) if int(digits) else 0
    return v, F(10 ** z, 2)

class I:
    def __init__(self, lo, hi): self.lo, self.hi = F(lo), F(hi)
    @staticmethod
    def of(s, scale=1, half=None):
        v, h = num(s)
        if half is not None: h = F(half)
        return I((v - h) * scale, (v + h) * scale)
    def __add__(a, b): b = b if isinstance(b, I) else I(b, b); return I(a.lo + b.lo, a.hi + b.hi)
    def __sub__(a, b): b = b if isinstance(b, I) else I(b, b); return I(a.lo - b.hi, a.hi - b.lo)
    def __rsub__(a, b): return I(b, b) - a
    def __radd__(a, b): return a + b
    def __truediv__(a, b):
        b = b if isinstance(b, I) else I(b, b)
        c = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi]; return I(min(c), max(c))
    def __mul__(a, b):
        b = b if isinstance(b, I) else I(b, b)
        c = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi]; return I(min(c), max(c))
    def overlaps(a, b): return a.lo < b.hi and b.lo < a.hi
    def __repr__(self): return f"[{float(self.lo):.4f}, {float(self.hi):.4f}]"

def pct(s): return I.of(s) / 100           # '14,1' -> fraction band
results = []
def rel(doc, name, holds, planted, detail):
    tag = ("PLANTED-FAILS" if not holds else "PLANTED-HOLDS!") if planted else ("ok" if holds else "INCONSISTENT!")
    results.append((tag, planted, holds))
    print(f"{tag:14s} {doc} {name}: {detail}")

def share(doc, name, part, total, p, planted=False):
    c = part / total
    rel(doc, name, c.overlaps(pct(p)), planted, f"{part}/{total} = {c} vs stated {p}%")

def change(doc, name, cur, base, p, planted=False, down=False):
    c = (cur / base) - 1
    st = pct(p); st = I(-st.hi, -st.lo) if down else st
    rel(doc, name, c.overlaps(st), planted, f"{cur}/{base}-1 = {c} vs stated {'-' if down else '+'}{p}%")

def same(doc, name, a, b, planted=False):
    rel(doc, name, a.overlaps(b), planted, f"{a} vs {b}")

def cond(doc, name, holds, planted, detail):
    rel(doc, name, holds, planted, detail)

# ---------------- t14-vi-01 coffee exports ----------------
D = "t14-vi-01"
vol = I.of("1,32", 10**6); val = I.of("6,85", 10**9)
share(D, "Germany 185.600 t = 14,1% of 1,32 mn t", I.of("185.600"), vol, "14,1")
share(D, "Italy 142.300 t = 10,8%", I.of("142.300"), vol, "10,8")
c = I.of("528.000") / vol
cond(D, "EU 528.000 t = hai phan nam (2/5)", c.overlaps(I(F(2,5)-F(1,100), F(2,5)+F(1,100))), False, f"{c} vs 0.40")
share(D, "processed 1,18 bn USD = 17,2% of 6,85 bn", I.of("1,18", 10**9), val, "17,2")
p = val / vol
cond(D, "average price 6,85 bn / 1,32 mn t = 5.189 USD/t", p.overlaps(I.of("5.189", half=F(1,2))), False, f"{p} vs 5189")
cond(D, "Germany+Italy+Spain (446.300 t) <= EU 528.000 t", (I.of("185.600")+I.of("142.300")+I.of("118.400")).hi <= I.of("528.000").hi, False, "parts within EU")
cond(D, "gan 6,9 ty USD (title) vs 6,85 bn", val.hi <= 6.9 * 10**9, False, f"{val} <= 6.9e9")
share(D, "PLANTED share: Spain 118.400 t = 11,6% of national total 1,32 mn t", I.of("118.400"), vol, "11,6", planted=True)
change(D, "PLANTED implied-base: processed 1,18 bn vs 1,02 bn a year earlier, stated +26%", I.of("1,18"), I.of("1,02"), "26", planted=True)
d = 1 - I.of("118.500") / I.of("132.000")
cond(D, "PLANTED fraction: 118.500 vs peak 132.000 d/kg 'giam khoang mot phan ba'", abs(float((d.lo+d.hi)/2) - 1/3) <= 0.05, True, f"decline {d} vs 1/3")

# ---------------- t14-vi-02 Khanh Hoa tourism ----------------
D = "t14-vi-02"
tot = I.of("8,64"); intl = I.of("2,95"); dom = I.of("5,69")
same(D, "intl 2,95 + domestic 5,69 = total 8,64", intl + dom, tot)
base = intl / (1 + pct("31,5")) + dom / (1 + pct("7,3"))
change(D, "total +14,5% from implied component bases", tot, base, "14,5")
share(D, "8,64 mn = 78,5% of plan 11 mn", tot, I.of("11", half=F(1,1000)), "78,5")
share(D, "China 684.000 = 23,2% of intl 2,95 mn", I.of("684.000"), intl * 10**6, "23,2")
rev = I.of("38.760")
same(D, "revenue parts 16.480+11.230+6.920+4.130 = 38.760", I.of("16.480")+I.of("11.230")+I.of("6.920")+I.of("4.130"), rev)
c = I.of("31.500") / I.of("62.400")
cond(D, "31.500 of 62.400 rooms 'hon mot nua'", c.lo > F(1,2), False, f"{c} > 0.5")
cond(D, "Q4 2,4-2,6 mn more reaches plan 11 mn", (tot + I.of("2,4")).hi >= 11, False, "8,64+2,4 >= 11")
share(D, "PLANTED share: Korea 1,12 mn = 43,8% of intl 2,95 mn (total in paragraph 2)", I.of("1,12"), intl, "43,8", planted=True)
c = I.of("16.480") / rev
cond(D, "PLANTED hedge: lodging 16.480/38.760 'hon 45%'", c.hi > F(45,100), True, f"{c} vs > 0.45")
it = I.of("412") / pct("28")
cond(D, "PLANTED implied-total: 412 = 28% => total", it.overlaps(I.of("1.850")), True, f"implied {it} vs stated 1.850 (share {I.of('412')/I.of('1.850')})")

# ---------------- t14-vi-03 CPI October ----------------
D = "t14-vi-03"
change(D, "A95 20.860 vs 20.370 = +2,4% m/m", I.of("20.860", half=F(1,2)), I.of("20.370", half=F(1,2)), "2,4")
change(D, "gold 146,2 vs 138,4 = +5,64% m/m", I.of("146,2"), I.of("138,4"), "5,64")
change(D, "gold 146,2 vs 98,2 = +48,9% y/y", I.of("146,2"), I.of("98,2"), "48,9")
change(D, "rice 15.840 vs 18.060 = -12,3% y/y (the rate actually is y/y)", I.of("15.840", half=F(1,2)), I.of("18.060", half=F(1,2)), "12,3", down=True)
same(D, "CPI 10m avg 3,27 - core 3,19 = 0,08 pp", I.of("3,27") - I.of("3,19"), I.of("0,08"))
cond(D, "groups 8 + 2 + 1 = 11", 8 + 2 + 1 == 11, False, "11")
cond(D, "3 named + '8 nhom con lai' = 11 groups", 3 + 8 == 11, False, "11")
change(D, "PLANTED yoy-vs-mom: rice 15.840 vs Sept 15.960, stated -12,3% m/m", I.of("15.840", half=F(1,2)), I.of("15.960", half=F(1,2)), "12,3", planted=True, down=True)
s = I.of("33,56") + I.of("18,82") + I.of("9,67") + I.of("39,75")
cond(D, "PLANTED sum: weights 33,56+18,82+9,67+39,75 = 100", s.overlaps(I(F(9999,100), F(10001,100))), True, f"sum {s}")
same(D, "PLANTED restatement: CPI Oct y/y 3,25% vs 'so voi thang 10/2024' 3,52%", I.of("3,25"), I.of("3,52"), planted=True)

# ---------------- t14-vi-04 bank results ----------------
D = "t14-vi-04"
h = F(1, 2)
pbt = I.of("6.842", half=h); toi = I.of("15.840", half=h)
change(D, "9m PBT 6.842 vs 5.774 = +18,5%", pbt, I.of("5.774", half=h), "18,5")
share(D, "6.842 = 74,4% of plan 9.200", pbt, I.of("9.200", half=h), "74,4")
same(D, "NII 12.630 + non-II 3.210 = TOI 15.840", I.of("12.630", half=h) + I.of("3.210", half=h), toi)
share(D, "NII 12.630 = 79,7% of TOI", I.of("12.630", half=h), toi, "79,7")
share(D, "CIR 6.430/15.840 = 40,6%", I.of("6.430", half=h), toi, "40,6")
same(D, "TOI - opex - provisions = PBT", toi - I.of("6.430", half=h) - I.of("2.568", half=h), pbt)
loans = I.of("286.450", half=h)
share(D, "NPL 4.812/286.450 = 1,68%", I.of("4.812", half=h), loans, "1,68")
same(D, "NPL ratio 1,80 - 1,68 = 0,12 pp", I.of("1,80") - I.of("1,68"), I.of("0,12"))
change(D, "PLANTED implied-base: Q3 PBT 2.415 vs Q3/2024 2.150, stated +27%", I.of("2.415", half=h), I.of("2.150", half=h), "27", planted=True)
share(D, "PLANTED share: fees 1.985 = 15,3% of TOI 15.840", I.of("1.985", half=h), toi, "15,3", planted=True)
change(D, "PLANTED change: loans 286.450 vs 263.900, stated +11,4%", loans, I.of("263.900", half=h), "11,4", planted=True)
it = I.of("134.600", half=h) / pct("52")
cond(D, "PLANTED implied-total: retail 134.600 = 52% of loans", it.overlaps(loans), True, f"implied {it} vs 286.450 (share {I.of('134.600', half=h)/loans})")

# ---------------- t14-vi-05 overseas workers ----------------
D = "t14-vi-05"
h = F(1, 2)
W = I.of("118.650", half=h)
share(D, "118.650 = 94,9% of plan 125.000", W, I.of("125.000", half=h), "94,9")
change(D, "118.650 vs 112.150 = +5,8%", W, I.of("112.150", half=h), "5,8")
c = I.of("19.480", half=h) / I.of("56.300", half=h)
cond(D, "women 19.480/56.300 'gan 35%'", c.hi <= F(35,100) and c.lo >= F(32,100), False, f"{c}")
c = I.of("42.800", half=h) / W
cond(D, "Taiwan 42.800/118.650 'hon mot phan ba'", c.lo > F(1,3), False, f"{c}")
same(D, "Japan 56.300 + Taiwan 42.800 = 99.100", I.of("56.300", half=h) + I.of("42.800", half=h), I.of("99.100", half=h))
cond(D, "title 'gan 119.000' vs 118.650", W.hi <= 119000, False, "118.650 < 119.000")
cond(D, "listed markets 56.300+42.800+9.870+2.150+1.620 <= 118.650", (I.of("56.300",half=h)+I.of("42.800",half=h)+I.of("9.870",half=h)+I.of("2.150",half=h)+I.of("1.620",half=h)).hi <= W.lo, False, "parts within total")
c = I.of("56.300", half=h) / W
cond(D, "PLANTED fraction: Japan 56.300/118.650 'khoang hai phan ba'", abs(float(c.lo) - 2/3) <= 0.05, True, f"{c} vs 0.667")
same(D, "PLANTED restatement (warning): Korea 9.870 (10 months) vs 8.970 (no period)", I.of("9.870", half=h), I.of("8.970", half=h), planted=True)
c = I.of("99.100", half=h) / W
cond(D, "PLANTED hedge (warning): 99.100/118.650 'gan 82%'", c.lo <= F(82,100), True, f"{c} vs <= 0.82")

# ---------------- t14-vi-06 Hanoi apartments (clean) ----------------
D = "t14-vi-06"
h = F(1, 2)
S = I.of("9.840", half=h)
c = S / I.of("7.240", half=h) - 1
cond(D, "supply 9.840 vs 7.240 'tang gan 36%'", c.hi <= F(36,100) and c.lo >= F(34,100), False, f"{c}")
share(D, "absorption 8.120/9.840 = 82,5%", I.of("8.120", half=h), S, "82,5")
share(D, "West 4.530 = 46,0%", I.of("4.530", half=h), S, "46,0")
share(D, "East 3.050 = 31,0%", I.of("3.050", half=h), S, "31,0")
share(D, "rest 2.260 = 23,0%", I.of("2.260", half=h), S, "23,0")
same(D, "4.530+3.050+2.260 = 9.840", I.of("4.530", half=h)+I.of("3.050", half=h)+I.of("2.260", half=h), S)
same(D, "46,0+31,0+23,0 = 100", I.of("46,0")+I.of("31,0")+I.of("23,0"), I(F(9999,100), F(10001,100)))
share(D, "grade A 62% ~ 6.100 units", I.of("6.100"), S, "62")
change(D, "primary price 78,6 vs 61 = +29%", I.of("78,6"), I.of("61"), "29")
change(D, "grade A 92,4 vs 70,5 = +31% (respectively)", I.of("92,4"), I.of("70,5"), "31")
change(D, "grade B 54,2 vs 43,7 = +24% (respectively)", I.of("54,2"), I.of("43,7"), "24")
cond(D, "top-3 58,4% <= top-5 71,2%", I.of("58,4").hi <= I.of("71,2").lo, False, "monotone")
same(D, "78,6 - 62,3 = 16,3 gap", I.of("78,6") - I.of("62,3"), I.of("16,3"))
cond(D, "'hon 8.100 can' vs 8.120", I.of("8.120", half=h).lo > 8100, False, "8.120 > 8.100")
m_lo = I.of("34.000", half=h) / I.of("24.500", half=h); m_hi = I.of("35.000", half=h) / I.of("24.500", half=h)
cond(D, "34.000-35.000 / 24.500 'gap khoang 1,4 lan'", I(m_lo.lo, m_hi.hi).overlaps(I.of("1,4")), False, f"{m_lo}..{m_hi}")

bad = sum(1 for t, planted, holds in results if (planted and holds) or (not planted and not holds))
print(f"relations {len(results)}: consistent ok {sum(1 for t,p,h in results if not p and h)}, planted fail {sum(1 for t,p,h in results if p and not h)}, wrong {bad}")
sys.exit(1 if bad else 0)
