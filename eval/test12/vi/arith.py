#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures stated in the articles.
Each stated figure is an interval (its rounding band); a relation is consistent when the stated
value's band meets the interval computed from the operands' bands. Prints `ok` for consistent
relations and `PLANTED-FAILS` for planted ones; exit 1 if a consistent one fails or a planted one holds."""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def B(s, unit=None):
    """Band of a Vietnamese-written number: '5,48' -> [5.475, 5.485); unit overrides the last-digit step."""
    s = s.replace('.', '').replace(',', '.')
    v = D(s)
    if unit is None:
        unit = D(1).scaleb(v.as_tuple().exponent)
    h = D(unit) / 2
    return (v - h, v + h)

def X(v):  # exact value
    v = D(str(v)); return (v, v)

def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def div(a, b):
    c = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]
    return (min(c), max(c))
def mul(a, b):
    c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]
    return (min(c), max(c))
def pct(a): return (a[0] * 100, a[1] * 100)
def meets(a, b): return a[0] <= b[1] and b[0] <= a[1]

fails = 0
def rel(doc, name, holds, planted=False, detail=""):
    global fails
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        if holds: fails += 1
    else:
        tag = "ok" if holds else "FAIL"
        if not holds: fails += 1
    print(f"{tag:16} {doc} {name} {detail}")

def fmt(i): return f"[{float(i[0]):.4f}, {float(i[1]):.4f}]"
def share(part, total): return pct(div(part, total))
def change(new, old): return pct(sub(div(new, old), X(1)))

# ---------------- t12-vi-01 coffee ----------------
d = "t12-vi-01"
vol, val = B("1,32"), B("5,48")             # million t, bn USD (2024)
vol23 = B("1,59")
c = pct(sub(X(1), div(vol, vol23)))
rel(d, "volume -17,1% (1,32 vs 1,59 mn t)", meets(c, B("17,1")), detail=fmt(c))
p = div(mul(val, X(1000)), vol)              # USD/t
rel(d, "avg price 4.151 USD/t = 5,48 bn / 1,32 mn t", meets(p, B("4.151", 1)), detail=fmt(p))
c = change(B("4.151", 1), B("2.597", 1))
rel(d, "price +59,8% (4.151 vs 2.597)", meets(c, B("59,8")), detail=fmt(c))
s = share(B("1,04"), vol); rel(d, "robusta 78,8% of 1,32 mn t", meets(s, B("78,8")), detail=fmt(s))
s = share(B("41.000", 1000), mul(vol, X(1000000))); rel(d, "arabica 3,1%", meets(s, B("3,1")), detail=fmt(s))
T = mul(vol, X(1000))                        # thousand t
s = share(B("185"), T); rel(d, "Germany 14%", meets(s, B("14")), detail=fmt(s))
s = share(B("132"), T); rel(d, "Italy 10%", meets(s, B("10")), detail=fmt(s))
s = share(B("98"), T); rel(d, "Spain 7,4%", meets(s, B("7,4")), detail=fmt(s))
rel(d, "EU 520.000 t >= DE+IT+ES", X(520) >= add(X(185), X(132), X(98)))
m = div(val, B("2,86")); rel(d, "'gần gấp đôi' 2019: 5,48/2,86 in [1,8; 2)", m[1] < 2 and m[0] >= D("1.8"), detail=fmt(m))
b = div(B("1,7"), X(60)); b = (b[0] * 1000, b[1] * 1000)
rel(d, "28,3 mn bags = 1,7 mn t / 60 kg", meets(b, B("28,3")), detail=fmt(b))
s = share(B("520.000", 1000), mul(vol, X(1000000)))
rel(d, "EU share 43,9% of 1,32 mn t", meets(s, B("43,9")), planted=True, detail=fmt(s))
base = div(val, add(X(1), div(B("32,5"), X(100))))
rel(d, "implied 2023 base 5,48/1,325 vs stated 4,37", meets(base, B("4,37")), planted=True, detail=fmt(base))
s = share(B("1,18"), val)
rel(d, "'gần một phần ba' = 1,18/5,48 (needs ~[30;33,4]%)", s[1] >= 30 and s[0] <= D(100) / 3, planted=True, detail=fmt(s))

# ---------------- t12-vi-02 tourism ----------------
d = "t12-vi-02"
tot, tot23 = B("10,8"), B("9,1")
c = change(tot, tot23); rel(d, "+18,7% (10,8 vs 9,1 mn)", meets(c, B("18,7")), detail=fmt(c))
intl, dom = B("3,6"), B("7,2")
rel(d, "3,6 + 7,2 = 10,8", meets(add(intl, dom), tot))
ib = add(div(intl, X("1.68")), div(dom, X("1.035")))
ib = add(div(intl, B("1,68", D("0.01"))), div(dom, B("1,035", D("0.001"))))
rel(d, "implied 2023 bases 3,6/1,68 + 7,2/1,035 ~ 9,1", meets(ib, tot23), detail=fmt(ib))
rv, rv23 = B("38.500", 1), B("29.350", 1)
c = change(rv, rv23); rel(d, "revenue +31,2% (38.500 vs 29.350)", meets(c, B("31,2")), detail=fmt(c))
s = share(B("8.470", 1), rv); rel(d, "F&B 22% of 38.500", meets(s, B("22")), detail=fmt(s))
rel(d, "lodging+F&B < total", add(X(9850), X(8470))[1] < rv[0])
s = share(add(B("1,48"), B("0,98")), intl)
rel(d, "'hơn 70%' = (1,48+0,98)/3,6", s[1] > 70, planted=True, detail=fmt(s))
c = change(B("8,2"), B("7,1"))
rel(d, "Cam Ranh +24% (8,2 vs 7,1 mn)", meets(c, B("24")), planted=True, detail=fmt(c))
s = share(B("9.850", 1), rv)
rel(d, "lodging 28% of 38.500 (implied total 35.179)", meets(s, B("28")), planted=True, detail=fmt(s))

# ---------------- t12-vi-03 credit ----------------
d = "t12-vi-03"
L, L0, Dep = B("4,12"), B("3,84"), B("5,05")
c = change(L, L0); rel(d, "+7,3% (4,12 vs 3,84)", meets(c, B("7,3")), detail=fmt(c))
s = share(L, Dep); rel(d, "LDR 81,6% = 4,12/5,05", meets(s, B("81,6")), detail=fmt(s))
s = share(B("2,11"), L); rel(d, "short-term 51,2%", meets(s, B("51,2")), detail=fmt(s))
s = share(B("2,01"), L); rel(d, "medium/long 48,8%", meets(s, B("48,8")), detail=fmt(s))
rel(d, "2,11 + 2,01 = 4,12", meets(add(B("2,11"), B("2,01")), L))
rel(d, "51,2 + 48,8 = 100", meets(add(B("51,2"), B("48,8")), X(100)))
pp = sub(B("3,08"), B("2,87")); rel(d, "NPL -0,21 pp (3,08 -> 2,87)", meets(pp, B("0,21")), detail=fmt(pp))
rel(d, "top5 41,3 <= top10 62,5", B("41,3")[0] <= B("62,5")[1])
rel(d, "restatement 4,21 vs 4,12 (same stock, end-June)", meets(B("4,21"), L), planted=True)
sm = add(B("58,6"), B("27,4"), B("5,3"), B("11,9"))
rel(d, "sector breakdown sums to 100", meets(sm, X(100)), planted=True, detail=fmt(sm))
s = share(B("168.000", 1), mul(L, X(1000000)))
rel(d, "green credit 4,8% of 4,12 mn bn", meets(s, B("4,8")), planted=True, detail=fmt(s))

# ---------------- t12-vi-04 labour ----------------
d = "t12-vi-04"
E, LF = B("52,1"), B("53,2")
for part, st in (("21,3", "40,9"), ("17,5", "33,6"), ("13,3", "25,5")):
    s = share(B(part), E); rel(d, f"{part} mn = {st}% of 52,1", meets(s, B(st)), detail=fmt(s))
rel(d, "21,3+17,5+13,3 = 52,1", meets(add(B("21,3"), B("17,5"), B("13,3")), E))
rel(d, "40,9+33,6+25,5 = 100", meets(add(B("40,9"), B("33,6"), B("25,5")), X(100)))
s = share(B("34,2"), E); rel(d, "'gần hai phần ba' 34,2/52,1 in [60; 66,7]", s[0] >= 60 and s[0] <= D(200) / 3, detail=fmt(s))
m = div(B("9,6"), B("6,9")); rel(d, "male/female 'gấp 1,4 lần'", meets(m, B("1,4")), detail=fmt(m))
rel(d, "unemployment -0,02 pp", meets(sub(B("2,24"), B("2,22")), B("0,02")))
rel(d, "agri share -0,9 pp (26,4 -> 25,5)", meets(sub(B("26,4"), B("25,5")), B("0,9")))
rel(d, "employed 52,1 <= labour force 53,2", E[1] <= LF[0])
base = div(E, add(X(1), div(B("1,3"), X(100))))
rel(d, "implied Q2/2024 employed 52,1/1,013 vs 50,9", meets(base, B("50,9")), planted=True, detail=fmt(base))
s = share(B("14,6"), LF)
rel(d, "'hơn một phần ba' 14,6/53,2", s[1] > D(100) / 3, planted=True, detail=fmt(s))
c = change(B("8,3"), B("7,94"))
rel(d, "'giảm 4,5%' 8,3 vs 7,94 (figures rise)", c[1] < 0 and meets(c, (-B("4,5")[1], -B("4,5")[0])), planted=True, detail=fmt(c))
rel(d, "(magnitude 4,5% matches the rise)", meets(c, B("4,5")), detail=fmt(c))

# ---------------- t12-vi-05 power ----------------
d = "t12-vi-05"
P = B("308,5")
c = change(P, B("280")); rel(d, "+10,2% (308,5 vs ~280)", meets(c, B("10,2")), detail=fmt(c))
s = share(B("158,2"), P); rel(d, "coal 'hơn một nửa'", s[0] > 50, detail=fmt(s))
s = share(B("88,4"), P); rel(d, "hydro 28,7%", meets(s, B("28,7")), detail=fmt(s))
s = share(B("35,9"), P); rel(d, "wind+solar 11,6%", meets(s, B("11,6")), detail=fmt(s))
rel(d, "'chưa tới 12%' output", s[1] < 12)
rel(d, "parts 158,2+88,4+22,1+35,9+3,9 = 308,5", meets(add(B("158,2"), B("88,4"), B("22,1"), B("35,9"), B("3,9")), P))
rel(d, "24,7 + 11,2 = 35,9", meets(add(B("24,7"), B("11,2")), B("35,9")))
C = B("82.400", 100)
s = share(B("18.600", 100), C); rel(d, "solar 22,6% capacity", meets(s, B("22,6")), detail=fmt(s))
s2 = share(B("6.700", 100), C); rel(d, "wind 8,1% capacity", meets(s2, B("8,1")), detail=fmt(s2))
s3 = share(add(B("18.600", 100), B("6.700", 100)), C); rel(d, "'gần 31%' capacity", s3[0] >= 29 and s3[0] < 31, detail=fmt(s3))
c = change(B("2.103,11"), B("2.006,79")); rel(d, "tariff +4,8% (Oct 2024)", meets(c, B("4,8")), detail=fmt(c))
c = change(B("2.204,07"), B("2.103,11")); rel(d, "tariff +4,8% (May 2025)", meets(c, B("4,8")), detail=fmt(c))
s = share(add(B("158,2"), B("22,1")), P)
rel(d, "'hơn 60%' thermal (158,2+22,1)/308,5", s[1] > 60, planted=True, detail=fmt(s))
s = share(B("9,8"), P)
rel(d, "rooftop 4,2% of 308,5 (implied total 233)", meets(s, B("4,2")), planted=True, detail=fmt(s))
rel(d, "restatement wind 12,1 vs 11,2 bn kWh (warning)", meets(B("12,1"), B("11,2")), planted=True)

# ---------------- t12-vi-06 apartments (clean) ----------------
d = "t12-vi-06"
S, S23, Sold = B("25.400", 100), B("12.100", 100), B("22.300", 100)
m = div(S, S23); rel(d, "'gấp 2,1 lần' 25.400/12.100", meets(m, B("2,1")), detail=fmt(m))
s = share(Sold, S); rel(d, "absorption 87,8%", meets(s, B("87,8")), detail=fmt(s))
for part, st in (("13.970", "55"), ("9.650", "38"), ("1.780", "7")):
    s = share(B(part, 1), S); rel(d, f"{part} = {st}%", meets(s, B(st)), detail=fmt(s))
rel(d, "13.970+9.650+1.780 = 25.400", meets(add(X(13970), X(9650), X(1780)), S))
rel(d, "55+38+7 = 100", meets(add(B("55"), B("38"), B("7")), X(100)))
c = change(B("68"), B("52")); rel(d, "price 'tăng khoảng 31%' (68 vs 52)", meets(c, B("31")), detail=fmt(c))
rel(d, "+28 pp (18 -> 46)", meets(sub(B("46"), B("18")), B("28")))
rel(d, "share >70 mn (46%) >= class A >80 mn (38%)", B("46")[1] >= B("38")[0])
rel(d, "west 58 + east 29 + rest 13 = 100", meets(add(B("58"), B("29"), B("13")), X(100)))
rel(d, "top3 53,7 <= top5 61,4 <= top10 72,9", B("53,7")[0] <= B("61,4")[1] and B("61,4")[0] <= B("72,9")[1])
rel(d, "'hơn 22.000 căn' vs 22.300", Sold[0] > 22000)
rel(d, "unsold 3.100 = 25.400 - 22.300", meets(sub(S, Sold), B("3.100", 100)))

print("ALL CONSISTENT RELATIONS OK, ALL PLANTED FAIL" if fails == 0 else f"{fails} PROBLEM(S)")
sys.exit(1 if fails else 0)
