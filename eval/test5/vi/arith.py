#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.

A stated figure written with d decimals is taken as the interval [v - 0.5*10^-d, v + 0.5*10^-d).
A relation "holds" when the interval computed from its operands' bands meets the band of the stated
result (or satisfies the hedge). Consistent relations must hold (print ok); planted ones must fail
(print PLANTED-FAILS). Exit 1 otherwise.
"""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def band(s):
    """Vietnamese number '1,48' / '111.420' / '2.006,79' -> (lo, hi) Decimals."""
    s = s.strip()
    if "," in s:
        ip, fp = s.split(",")
        ip = ip.replace(".", "")
        d = len(fp)
        v = D(ip + "." + fp)
    else:
        v = D(s.replace(".", "")); d = 0
    h = D(5) * D(10) ** (-(d + 1))
    return (v - h, v + h)

def div(a, b):  # interval a/b, positive operands
    return (a[0] / b[1], a[1] / b[0])

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def meets(x, y):
    return x[0] < y[1] and y[0] < x[1]

def pct(x):
    return (x[0] * 100, x[1] * 100)

def chg(old, new):  # percent change interval
    r = div(new, old)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def cagr(a, b, years):
    e = D(1) / D(years)
    return (((b[0] / a[1]) ** e - 1) * 100, ((b[1] / a[0]) ** e - 1) * 100)

def fmt(x):
    return f"[{x[0]:.4f}, {x[1]:.4f})"

results = []
def rel(doc, name, holds, detail, planted=False):
    status = ("PLANTED-FAILS" if not holds else "PLANTED-HOLDS!") if planted else ("ok" if holds else "FAIL!")
    results.append(status in ("ok", "PLANTED-FAILS"))
    print(f"{status:14s} {doc} {name}: {detail}")

B = band
# ---------------- t5-vi-01 cá tra ----------------
d = "t5-vi-01"
c = chg(B("1,36"), B("1,48")); rel(d, "tăng 8,6% (1,36 -> 1,48 tỷ USD)", meets(c, B("8,6")), fmt(c))
s = pct(div(B("1,48"), B("2"))); rel(d, "74% mục tiêu 2 tỷ USD", meets(s, B("74")), fmt(s))
s = pct(div(B("1,48"), B("7,2"))); rel(d, "cá tra 20,6% of 7,2 tỷ", meets(s, B("20,6")), fmt(s))
s = pct(div(B("2,9"), B("7,2"))); rel(d, "tôm 40,3% of 7,2 tỷ", meets(s, B("40,3")), fmt(s))
c = chg(B("192"), B("178")); rel(d, "tháng 9 giảm 7,3% so với tháng 8", meets(c, (-B("7,3")[1], -B("7,3")[0])), fmt(c))
c = chg(B("160"), B("178")); rel(d, "tháng 9 cao hơn 11% so với cùng kỳ", meets(c, B("11")), fmt(c))
s = pct(div(B("0,430"), B("1,48"))); rel(d, "TQ+HK 430 chiếm 29% of 1,48 tỷ", meets(s, B("29")), fmt(s))
q = add(B("1,48"), B("0,520")); rel(d, "1,48 + 0,52 (quý IV) = 2 tỷ kế hoạch", meets(q, B("2")), fmt(q))
rel(d, "Vĩnh Hoàn 15,8% <= top5", B("15,8")[0] < B("48,5")[1], "15,8 < 48,5")
s = pct(div(B("0,723"), B("7,2"))); rel(d, "cá ngừ 723 tr USD 'chiếm 12,4%' of 7,2 tỷ", meets(s, B("12,4")), fmt(s) + " vs 12,4", planted=True)
c = chg(B("39"), B("42")); rel(d, "TQ tháng 9 'tăng 16,7% so với cùng kỳ' (39 -> 42)", meets(c, B("16,7")), fmt(c) + " vs 16,7", planted=True)
c = chg(B("36"), B("42")); rel(d, "  (the 16,7% is the MoM rate 36 -> 42)", meets(c, B("16,7")), fmt(c))
rel(d, "top5 48,5% <= top10 46,2%", B("48,5")[0] < B("46,2")[1], "48,5 > 46,2", planted=True)

# ---------------- t5-vi-02 bảo hiểm ----------------
d = "t5-vi-02"
c = chg(B("119.300"), B("111.420")); rel(d, "tổng phí giảm 6,6%", meets(c, (-B("6,6")[1], -B("6,6")[0])), fmt(c))
c = chg(B("82.000"), B("69.800")); rel(d, "nhân thọ giảm 14,9%", meets(c, (-B("14,9")[1], -B("14,9")[0])), fmt(c))
c = chg(B("37.300"), B("41.620")); rel(d, "phi nhân thọ tăng 11,6%", meets(c, B("11,6")), fmt(c))
q = add(B("69.800"), B("41.620")); rel(d, "69.800 + 41.620 = 111.420", meets(q, B("111.420")), fmt(q))
q = add(B("82.000"), B("37.300")); rel(d, "82.000 + 37.300 = 119.300", meets(q, B("119.300")), fmt(q))
s = pct(div(B("37.300"), B("119.300"))); rel(d, "tỷ trọng phi nhân thọ 31,3% (cùng kỳ)", meets(s, B("31,3")), fmt(s))
s = pct(div(B("41.620"), B("111.420"))); rel(d, "tỷ trọng phi nhân thọ 37,4%", meets(s, B("37,4")), fmt(s))
q = add(B("17,2"), B("15,8"), B("13,4")); rel(d, "top3 = 17,2+15,8+13,4 = 46,4%", meets(q, B("46,4")), fmt(q))
rel(d, "top3 46,4% <= top5 66,9%", B("46,4")[0] < B("66,9")[1], "46,4 < 66,9")
q = add(B("12.350"), B("58.900")); rel(d, "nhân thọ 'gồm' 12.350 + 58.900 = 69.800", meets(q, B("69.800")), fmt(q) + " vs 69.800", planted=True)
c = chg(B("21.500"), B("13.900")); rel(d, "bancassurance 'giảm hơn 40%'", c[0] < -40, fmt(c) + " (decline 35,0-35,7%)", planted=True)
p = (B("37,4")[0] - B("31,3")[1], B("37,4")[1] - B("31,3")[0]); rel(d, "31,3% -> 37,4% = 6,1 điểm % (correct as points)", meets(p, B("6,1")), fmt(p))
r = chg(B("31,3"), B("37,4")); rel(d, "'tăng 6,1%' read as relative change [warning]", meets(r, B("6,1")), fmt(r) + " relative", planted=True)

# ---------------- t5-vi-03 cảng biển ----------------
d = "t5-vi-03"
q = add(B("158,4"), B("172,6"), B("250,7"), B("63,5")); rel(d, "XK+NK+nội địa+quá cảnh = 645,2", meets(q, B("645,2")), fmt(q))
c = chg(B("141,4"), B("158,4")); rel(d, "hàng XK tăng 12%", meets(c, B("12")), fmt(c))
c = chg(B("158,3"), B("172,6")); rel(d, "hàng NK 'tăng 14%' (lần lượt)", meets(c, B("14")), fmt(c) + " vs 14", planted=True)
s = pct(div(B("6,2"), B("22,1"))); rel(d, "Cái Mép chiếm khoảng 28%", meets(s, B("28")), fmt(s))
s = pct(div(B("5,1"), B("22,1"))); rel(d, "Hải Phòng 23,1%", meets(s, B("23,1")), fmt(s))
c = chg(B("5,0"), B("6,2")); rel(d, "Cái Mép tăng 24%", meets(c, B("24")), fmt(c))
c = chg(B("4,6"), B("5,1")); rel(d, "Hải Phòng tăng 11%", meets(c, B("11")), fmt(c))
ib = (B("645,2")[0] / (1 + B("15")[1] / 100), B("645,2")[1] / (1 + B("15")[0] / 100))
rel(d, "implied base of 'tăng 15%' vs stated 587,3", meets(ib, B("587,3")), fmt(ib) + " vs 587,3", planted=True)
c = chg(B("587,3"), B("645,2")); rel(d, "  (587,3 -> 645,2 would be)", True, fmt(c))
g = cagr(B("17,6"), B("24,7"), 4); rel(d, "CAGR 2019-2023 'bình quân 12%/năm'", meets(g, B("12")), fmt(g) + " vs 12", planted=True)
rel(d, "container 'tăng hơn 20%' (title) vs 21%", B("21")[0] > 20, "21 > 20")

# ---------------- t5-vi-04 điện ----------------
d = "t5-vi-04"
c = chg(B("234,0"), B("258,6")); rel(d, "10 tháng tăng 10,5%", meets(c, B("10,5")), fmt(c))
a = (B("25,8")[0] * 1000 / 31, B("25,8")[1] * 1000 / 31); rel(d, "25,8 tỷ kWh / 31 ngày = 832 triệu kWh/ngày", meets(a, B("832")), fmt(a))
c = chg(B("23,7"), B("25,8")); rel(d, "tháng 10 tăng 8,9% so với cùng kỳ", meets(c, B("8,9")), fmt(c))
c = chg(B("27,6"), B("25,8")); rel(d, "tháng 10 giảm 6,5% so với tháng 9", meets(c, (-B("6,5")[1], -B("6,5")[0])), fmt(c))
for part, sh in [("142,3", "55,0"), ("65,1", "25,2"), ("29,7", "11,5"), ("17,3", "6,7"), ("4,2", "1,6")]:
    s = pct(div(B(part), B("258,6"))); rel(d, f"{part} chiếm {sh}%", meets(s, B(sh)), fmt(s))
q = add(B("142,3"), B("65,1"), B("29,7"), B("17,3"), B("4,2")); rel(d, "nguồn cộng lại = 258,6", meets(q, B("258,6")), fmt(q))
q = add(B("55,0"), B("25,2"), B("11,5"), B("6,7"), B("1,6")); rel(d, "tỷ trọng cộng lại ~100%", meets(q, (D("99.5"), D("100.5"))), fmt(q))
s = pct(div(B("142,3"), B("258,6"))); rel(d, "'gần hai phần ba' (>= ~62%) vs than", s[1] >= D("62"), fmt(s) + " vs 66,7", planted=True)
c = chg(B("59,5"), B("65,1")); rel(d, "thủy điện 'giảm 9,4%' (59,5 -> 65,1)", c[1] < 0, fmt(c) + " = rise", planted=True)
rel(d, "điện thương phẩm 10 tháng 223,4 vs later 232,4", meets(B("223,4"), B("232,4")), "223,4 vs 232,4", planted=True)
c = chg(B("2.006,79"), B("2.103,11")); rel(d, "giá điện tăng 4,8%", meets(c, B("4,8")), fmt(c))
rel(d, "'gần 260 tỷ kWh' vs 258,6", D("250") < B("258,6")[0] and B("258,6")[1] <= 260, "258,6 just under 260")

# ---------------- t5-vi-05 KCN ----------------
d = "t5-vi-05"
s = pct(div(B("299"), B("418"))); rel(d, "299/418 chiếm 71,5%", meets(s, B("71,5")), fmt(s))
m = div(B("178"), B("135")); rel(d, "Nam/Bắc gấp khoảng 1,3 lần", meets(m, B("1,3")), fmt(m))
q = add(B("410"), B("395")); rel(d, "410 + 395 = 805 ha", meets(q, B("805")), fmt(q))
s = pct(div(B("410"), B("805"))); rel(d, "phía Bắc 'chiếm hơn 55%'", s[1] > 55, fmt(s), planted=True)
m = div(B("3,05"), B("1,45")); rel(d, "FDI Bắc Ninh 'gần gấp đôi' (needs <= 2) [warning]", m[0] <= 2, fmt(m), planted=True)
rel(d, "'ba yếu tố' followed by Thứ nhất..Thứ tư (4 items)", 4 == 3, "listed 4", planted=True)
lo = B("135")[0] * D("1.07") ** 2; rel(d, "135 USD x 1,07^2 > 150 (vượt 150 trong hai năm)", lo > 150, f"{lo:.2f}")
rel(d, "'hai tỉnh' = Hải Dương, Hưng Yên", 2 == 2, "2 listed")

# ---------------- t5-vi-06 cà phê (clean) ----------------
d = "t5-vi-06"
y = div(B("560.000"), B("201.500")); y = (y[0] * 10, y[1] * 10); rel(d, "năng suất 27,8 tạ/ha", meets(y, B("27,8")), fmt(y))
c = chg(B("0,720"), B("1,02")); rel(d, "kim ngạch tăng 41,7%", meets(c, B("41,7")), fmt(c))
p = div((B("1,02")[0] * 10**9, B("1,02")[1] * 10**9), B("225.000")); rel(d, "giá bình quân 4.533 USD/tấn", meets(p, (D("4532.5"), D("4533.5"))) or meets(p, B("4.533")), fmt(p))
s = pct(div(B("0,225000"), B("1,07"))); rel(d, "chiếm 21% xuất khẩu cả nước", meets(s, B("21")), fmt(s))
c = chg(B("16.400"), B("18.400")); rel(d, "tháng 9 tăng 12,2% so với tháng trước", meets(c, B("12,2")), fmt(c))
c = chg(B("20.000"), B("18.400")); rel(d, "tháng 9 giảm 8% so với cùng kỳ", meets(c, (-B("8")[1], -B("8")[0])), fmt(c))
c = chg(B("32.200"), B("37.000")); rel(d, "Đức tăng 15% (lần lượt)", meets(c, B("15")), fmt(c))
c = chg(B("19.900"), B("21.500")); rel(d, "Bỉ tăng 8% (lần lượt)", meets(c, B("8")), fmt(c))
rel(d, "top5 64,2% <= top10 78,9%", B("64,2")[0] < B("78,9")[1], "64,2 < 78,9")
m = div(B("113.000"), B("56.500")); rel(d, "giá gấp đôi", meets(m, (D("1.95"), D("2.05"))), fmt(m))
g = cagr(B("38.600"), B("52.300"), 4); rel(d, "bình quân 7,9%/năm 2019-2023", meets(g, B("7,9")), fmt(g))
p = (B("34,1")[0] - B("28,5")[1], B("34,1")[1] - B("28,5")[0]); rel(d, "tăng 5,6 điểm phần trăm", meets(p, B("5,6")), fmt(p))
s = pct(div(B("54.000"), B("213.000"))); rel(d, "khoảng một phần tư", meets(s, (D("22.5"), D("27.5"))), fmt(s))
rel(d, "hơn mười năm từ 2013 (to 2024)", 2024 - 2013 > 10, "11 năm")
rel(d, "hơn nửa triệu tấn vs 560.000", B("560.000")[0] > 500000, "560.000 > 500.000")
rel(d, "ba nhóm giải pháp: một là, hai là, ba là", 3 == 3, "3 listed")

bad = results.count(False)
print(f"\n{len(results)} relations, {bad} unexpected")
sys.exit(1 if bad else 0)
