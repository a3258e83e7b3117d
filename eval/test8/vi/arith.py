#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the stated figures with rounding bands (Decimal intervals).
Prints `ok` for consistent relations and `PLANTED-FAILS` for planted ones; exits 1 if a consistent
relation fails or a planted one holds."""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def iv(s):
    """Interval of a figure as written in Vietnamese ('8,35' -> [8.345, 8.355]; '1.412.350' exact to +-0.5)."""
    s = s.strip()
    if "," in s:
        ip, fp = s.split(",")
        v = D(ip.replace(".", "") + "." + fp); h = D(5) / D(10) ** (len(fp) + 1)
    else:
        v = D(s.replace(".", "")); h = D("0.5")
    return (v - h, v + h)

def ex(x):  # exact value
    return (D(x), D(x))

def div(a, b):
    c = [a[0] / b[0], a[0] / b[1], a[1] / b[0], a[1] / b[1]]; return (min(c), max(c))
def mul(a, b):
    c = [a[0] * b[0], a[0] * b[1], a[1] * b[0], a[1] * b[1]]; return (min(c), max(c))
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def sc(a, k): return (a[0] * D(k), a[1] * D(k))
def pct(a, b): return sc(div(a, b), 100)
def chg(new, old): r = div(new, old); return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def overlap(a, b): return a[0] <= b[1] and b[0] <= a[1]

fails = 0
def check(label, computed, stated, planted=False, mode="round"):
    """mode: round (stated band overlaps), gt/lt (computed strictly above/below stated value),
    near_below (hedge 'gần X': computed within 10% below X)."""
    global fails
    if mode == "round": holds = overlap(computed, stated)
    elif mode == "gt": holds = computed[0] > stated[1]
    elif mode == "lt": holds = computed[1] < stated[0]
    elif mode == "near_below": holds = computed[1] <= stated[1] and computed[0] >= stated[0] * D("0.9")
    else: raise ValueError(mode)
    rng = f"[{computed[0]:.4f}, {computed[1]:.4f}]"
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        if holds: fails += 1
    else:
        tag = "ok" if holds else "FAIL"
        if not holds: fails += 1
    print(f"{tag:16} {label}: computed {rng} vs stated {mode} [{stated[0]}, {stated[1]}]")

print("== t8-vi-01 thủy sản ==")
tot, tot_prev = iv("8,35"), iv("7,51")
check("01 total +11,2% (8,35 vs 7,51)", chg(tot, tot_prev), iv("11,2"))
check("01 Oct +17% yoy (958 vs 819)", chg(iv("958"), iv("819")), iv("17"))
check("01 Oct +6,2% mom (958 vs 902)", chg(iv("958"), iv("902")), iv("6,2"))
shrimp = iv("3,21")
check("01 shrimp share 38,4% (3,21/8,35)", pct(shrimp, tot), iv("38,4"))
check("01 shrimp +9,8% vs stated base 2,72", chg(shrimp, iv("2,72")), iv("9,8"), planted=True)
print("   implied base 3,21/1,098 =", f"{D('3.21')/D('1.098'):.3f}", "; growth from 2,72 =", f"{(D('3.21')/D('2.72')-1)*100:.1f}%")
check("01 whiteleg+tiger <= shrimp total (2,36+0,318 < 3,21)", add(iv("2,36"), sc(iv("318"), D("0.001"))), shrimp, mode="lt")
check("01 US/Korea shrimp 'gấp 3,8 lần' (752/268)", div(iv("752"), iv("268")), iv("3,8"), planted=True)
check("01 pangasius share 22,4% (1,68/8,35)", pct(iv("1,68"), tot), iv("22,4"), planted=True)
check("01 China pangasius 'gần gấp ba' EU (482/163)", div(iv("482"), iv("163")), ex(3), mode="near_below")
check("01 top-3 markets 'hơn một nửa' ((1,52+1,47+1,25)/8,35 > 50%)", pct(add(iv("1,52"), iv("1,47"), iv("1,25")), tot), ex(50), mode="gt")
check("01 trade surplus 5,94 (8,35-2,41)", sub(tot, iv("2,41")), iv("5,94"))
check("01 remaining to 10 bn: 1,65 (10-8,35)", sub(ex(10), tot), iv("1,65"))
check("01 monthly need 'trên 820 triệu' (1,65/2 bn > 0,82)", sc(iv("1,65"), D("0.5")), ex("0.82"), mode="gt")

print("== t8-vi-02 BHYT ==")
mem, pop = iv("1.412.350"), iv("1.509.000")
check("02 coverage 93,6% (1.412.350/1.509.000)", pct(mem, pop), iv("93,6"))
check("02 coverage +0,8 pp (93,6 - 92,8)", sub(iv("93,6"), iv("92,8")), iv("0,8"))
parts = [iv("43,4"), iv("28,2"), iv("15,2"), iv("10,9"), iv("4,3")]
check("02 structure shares sum to 100% (43,4+28,2+15,2+10,9+4,3)", add(*parts), ex(100), planted=True)
print("   residual should be 100-(43,4+28,2+15,2+10,9) =", 100 - (D("43.4") + D("28.2") + D("15.2") + D("10.9")))
check("02 arrears 2,1% (58,7/2.795)", pct(iv("58,7"), iv("2.795")), iv("2,1"))
check("02 visits 2,86 = 2,31 + 0,55 (550.000)", add(iv("2,31"), sc(iv("550.000"), D("0.000001"))), iv("2,86"))
check("02 restated visits 2,68 = 2,86 (same 9 months)", iv("2,68"), iv("2,86"), planted=True)
check("02 KCB spend +12,4% (1.742 vs 1.550)", chg(iv("1.742"), iv("1.550")), iv("12,4"))
check("02 spend 73,8% of plan (1.742/2.360)", pct(iv("1.742"), iv("2.360")), iv("73,8"))
check("02 'gần ba phần tư' (73,8% <= 75%)", pct(iv("1.742"), iv("2.360")), ex(75), mode="near_below")
check("02 tiers sum 905+598+239 = 1.742", add(iv("905"), iv("598"), iv("239")), iv("1.742"))
check("02 provincial tier 'gần 50%' (905/1.742 should be <= 50%)", pct(iv("905"), iv("1.742")), ex(50), planted=True, mode="near_below")
check("02 target gap 0,9 pp (94,5-93,6)", sub(iv("94,5"), iv("93,6")), iv("0,9"))
need = sub(mul(sc(iv("94,5"), D("0.01")), pop), mem)
check("02 'khoảng 13.700 người' (94,5% x 1.509.000 - 1.412.350)", need, (D(13650), D(13750)))

print("== t8-vi-03 metro ==")
may, apr = iv("1.146.000"), iv("1.032.000")
check("03 +11% mom (1.146.000 vs 1.032.000)", chg(may, apr), iv("11"))
check("03 'gần 37.000 lượt' per day (1.146.000/31)", div(may, ex(31)), ex(37000), mode="near_below")
check("03 April 34.400/day (1.032.000/30)", div(apr, ex(30)), (D(34350), D(34450)))
check("03 ticket mix 612.000+458.000+76.000 = 1.146.000", add(iv("612.000"), iv("458.000"), iv("76.000")), may)
check("03 monthly-pass 'khoảng một phần ba' (458.000/1.146.000 ~ 33,3%, +-3pp)", pct(iv("458.000"), may), (D("30.3"), D("36.4")), planted=True)
print("   actual share", f"{D(458000)/D(1146000)*100:.2f}%")
check("03 cashless +5,6 pp (24,1-18,5)", sub(iv("24,1"), iv("18,5")), iv("5,6"))
rev = chg(iv("10,6"), iv("9,69"))
check("03 revenue 'giảm 9,4%' (10,6 vs 9,69): change should be negative ~ -9,4", rev, (D("-9.45"), D("-9.35")), planted=True)
check("03 revenue actually rose ~9,4% (magnitude consistent, direction wrong)", rev, iv("9,4"))
check("03 student pass 'bằng một nửa' (150.000/300.000)", div(iv("150.000"), iv("300.000")), ex("0.5"))
check("03 stations 3+11 = 14", add(ex(3), ex(11)), ex(14))
check("03 'khoảng 23% công suất' (1.146.000/31/160.000)", pct(div(may, ex(31)), iv("160.000")), iv("23"))
bus = iv("18,4")
check("03 bus 'tăng 7% so với cùng kỳ' (18,4 vs 16,1 May 2024)", chg(bus, iv("16,1")), iv("7"), planted=True)
check("03 bus +7% matches month-on-month instead (18,4 vs 17,2)", chg(bus, iv("17,2")), iv("7"))

print("== t8-vi-04 nông nghiệp (clean) ==")
area = iv("1.892,6")
prev_area = add(area, iv("24,9"))
check("04 summer-autumn area -1,3% (24,9 / (1.892,6+24,9))", pct(iv("24,9"), prev_area), iv("1,3"))
prod = sc(mul(area, iv("58,9")), D("0.1"))  # nghìn tấn
check("04 output 11,15 mn t (1.892,6 x 58,9)", sc(prod, D("0.001")), iv("11,15"))
prev_prod = sc(mul(prev_area, sub(iv("58,9"), iv("0,6"))), D("0.1"))
check("04 output -0,3% (vs prev area x prev yield)", chg(prod, prev_prod), (D("-0.35"), D("-0.25")))
check("04 Mekong area share 77,6% (1.468,2/1.892,6)", pct(iv("1.468,2"), area), iv("77,6"))
check("04 Mekong output 8,99 (1.468,2 x 61,2)", sc(mul(iv("1.468,2"), iv("61,2")), D("0.0001")), iv("8,99"))
check("04 Mekong 'hơn 80%' output (8,99/11,15)", pct(iv("8,99"), iv("11,15")), ex(80), mode="gt")
check("04 fish Sep +2,1% yoy (865,3 vs 847,5)", chg(iv("865,3"), iv("847,5")), iv("2,1"))
check("04 fish Sep -3,4% mom (865,3 vs 895,7)", chg(iv("865,3"), iv("895,7")), (D("-3.45"), D("-3.35")))
check("04 fish parts 512,6+352,7 = 865,3", add(iv("512,6"), iv("352,7")), iv("865,3"))
check("04 coffee volume -12,4% (1,08 vs 1,23)", chg(iv("1,08"), iv("1,23")), (D("-12.45"), D("-12.35")))
check("04 coffee value +33,5% (4,23 vs 3,17)", chg(iv("4,23"), iv("3,17")), iv("33,5"))
check("04 coffee price 'khoảng 3.920 USD/tấn' (4,23 bn / 1,08 mn t)", sc(div(iv("4,23"), iv("1,08")), 1000), (D(3900), D(3940)))
check("04 processed coffee +1,6 pp (11,2-9,6)", sub(iv("11,2"), iv("9,6")), iv("1,6"))
check("04 pepper volume +4,6% (198,5 vs 189,8) [lần lượt 1]", chg(iv("198,5"), iv("189,8")), iv("4,6"))
check("04 pepper value +48,2% (1,05 bn vs 708,5 mn) [lần lượt 2]", chg(sc(iv("1,05"), 1000), iv("708,5")), iv("48,2"))
check("04 pepper price 5.290 USD/t (1,05 bn / 198,5 nghìn t)", sc(div(iv("1,05"), iv("198,5")), 1000000), iv("5.290"))
check("04 coffee 'gấp hơn 4 lần' pepper (4,23/1,05)", div(iv("4,23"), iv("1,05")), ex(4), mode="gt")
check("04 top-3 coffee 75,8% < top-5 91,5%", iv("75,8"), iv("91,5"), mode="lt")

print("== t8-vi-05 chứng khoán ==")
vni, dvni = iv("1.262,35"), iv("17,84")
check("05 VN-Index -1,39% (17,84 / (1.262,35+17,84))", pct(dvni, add(vni, dvni)), iv("1,39"))
check("05 HNX -1,06% (227,41 vs 229,85)", chg(iv("227,41"), iv("229,85")), (D("-1.065"), D("-1.055")))
check("05 'gần 18 điểm' (17,84 <= 18)", dvni, ex(18), mode="near_below")
liq = iv("14.260")
check("05 value traded -18,5% (14.260 vs 17.500)", chg(liq, iv("17.500")), (D("-18.55"), D("-18.45")))
check("05 volume 'giảm 21,3%' (612,4 vs 724,6)", chg(iv("612,4"), iv("724,6")), (D("-21.35"), D("-21.25")), planted=True)
print("   actual volume change", f"{(D('612.4')/D('724.6')-1)*100:.2f}%")
check("05 banks 38,6% of HOSE liquidity (6.750/14.260)", pct(iv("6.750"), liq), iv("38,6"), planted=True)
print("   implied total 6.750/0,386 =", f"{D(6750)/D('0.386'):.0f}", "vs stated 14.260 (~last week's 17.500)")
check("05 breadth 182+298+63 = 543", add(ex(182), ex(298), ex(63)), ex(543))
check("05 VN30 22+7+1 = 30", add(ex(22), ex(7), ex(1)), ex(30))
check("05 net sell 2.146 = 8.016 - 5.870", sub(iv("8.016"), iv("5.870")), iv("2.146"))
check("05 FPT 'gần một phần năm' (412/2.146 <= 20%)", pct(iv("412"), iv("2.146")), ex(20), mode="near_below")
check("05 top-3 net sells 'khoảng 41%' ((412+265+198)/2.146)", pct(add(iv("412"), iv("265"), iv("198")), iv("2.146")), iv("41"))
items_listed, items_announced = 4, 3
check("05 'ba yếu tố' vs items listed (Thứ nhất..Thứ tư)", ex(items_listed), ex(items_announced), planted=True)

print()
print("arith: all relations as intended" if fails == 0 else f"arith: {fails} relation(s) NOT as intended")
sys.exit(1 if fails else 0)
