#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as written, with rounding bands.
Prints `ok` for consistent relations and `PLANTED-FAILS` for planted ones; exit 1 otherwise."""
import sys
from fractions import Fraction as F

def num(s, exact=False):
    """Vietnamese number '7,12' / '870.000' -> (lo, hi) band. Decimals: half of the last digit.
    Integers: exact when exact=True, else half a unit."""
    s = s.strip()
    if "," in s:
        ip, dp = s.split(",")
        v = F(ip.replace(".", "") + dp) / (10 ** len(dp))
        h = F(1, 2 * 10 ** len(dp))
    else:
        v = F(s.replace(".", ""))
        h = F(0) if exact else F(1, 2)
    return (v - h, v + h)

def X(s):  # exact integer count / price
    return num(s, exact=True)

def scale(b, k):
    return (b[0] * k, b[1] * k)

def add(*bs):
    return (sum(b[0] for b in bs), sum(b[1] for b in bs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def div(a, b):
    return (a[0] / b[1], a[1] / b[0])

def pct_of(a, b):  # a/b*100
    return scale(div(a, b), 100)

def chg(new, old):  # (new/old - 1)*100
    r = div(new, old)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def root(b, n):
    return (F(float(b[0]) ** (1.0 / n)), F(float(b[1]) ** (1.0 / n)))

def cagr(end, start, years):
    r = root(div(end, start), years)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def overlap(a, b):
    return a[0] <= b[1] and b[0] <= a[1]

def within(a, lo, hi):  # the whole computed band inside [lo, hi]
    return a[0] >= lo and a[1] <= hi

def fl(b):
    return f"[{float(b[0]):.4f}, {float(b[1]):.4f}]"

results = []
def rel(doc, name, computed, holds, planted=False):
    results.append((doc, name, computed, holds, planted))

# ---------------- t10-vi-01 xuất khẩu gạo ----------------
D = "01"
tot, tot0 = num("7,12"), num("6,48")
c = chg(tot, tot0); rel(D, "lượng XK tăng 9,9% (7,12 vs 6,48 tr tấn)", c, overlap(c, num("9,9")))
c = pct_of(num("3,05"), tot); rel(D, "Philippines chiếm 42,8%", c, overlap(c, num("42,8")))
c = pct_of(X("520000"), scale(tot, 10**6)); rel(D, "Malaysia chiếm 7,3%", c, overlap(c, num("7,3")))
top3 = add(num("3,05"), scale(X("870000"), F(1, 10**6)), scale(X("520000"), F(1, 10**6)))
c = pct_of(top3, tot); rel(D, "ba thị trường lớn nhất khoảng 62,4%", c, overlap(c, num("62,4")))
top5 = add(top3, scale(X("450000"), F(1, 10**6)), scale(X("390000"), F(1, 10**6)))
c = pct_of(top5, tot); rel(D, "năm thị trường dẫn đầu 74,2%", c, overlap(c, num("74,2")))
rel(D, "top3 62,4% <= top5 74,2%", (F(624, 10), F(742, 10)), F(624, 10) <= F(742, 10))
c = chg(X("720000"), X("822000")); rel(D, "tháng 9 giảm 12,4% so với tháng 8", c, overlap(c, (-num("12,4")[1], -num("12,4")[0])))
c = scale(div(num("4,37"), tot), 1000); rel(D, "giá bình quân khoảng 614 USD/tấn", c, overlap(c, (F(6135, 10), F(6145, 10))))
c = pct_of(num("1,92"), tot); rel(D, "gạo thơm chiếm 27%", c, overlap(c, num("27")))
c = pct_of(X("710000"), scale(tot, 10**6)); rel(D, "gạo nếp khoảng 710.000 tấn ~ 10%", c, overlap(c, num("10")))
c = sub(pct_of(num("2,89"), tot0), pct_of(num("3,05"), tot)); rel(D, "thị phần PH giảm 1,8 điểm % (2,89/6,48 -> 3,05/7,12)", c, overlap(c, num("1,8")))
rel(D, "tiêu đề 'hơn 4,3 tỷ USD' vs 4,37", num("4,37"), num("4,37")[0] > F(43, 10))
rel(D, "'Hơn 7,1 triệu tấn' vs 7,12", tot, tot[0] > F(71, 10))
c = pct_of(X("870000"), scale(tot, 10**6)); rel(D, "PLANTED share: Indonesia 21,2% (870.000/7,12 tr)", c, overlap(c, num("21,2")), True)
c = chg(num("3,05"), num("2,89")); rel(D, "PLANTED implied-base: PH tăng 15,5% vs base 2,89", c, overlap(c, num("15,5")), True)
c = pct_of(num("3,58"), tot); rel(D, "PLANTED fraction: gạo trắng 'khoảng một phần ba'", c, within(c, 30, F(110, 3)), True)

# ---------------- t10-vi-02 nhà ở ----------------
D = "02"
s, sq2, s23 = X("4850"), X("3510"), X("2020")
c = chg(s, sq2); rel(D, "tăng 38% so với quý trước", c, overlap(c, num("38")))
c = div(s, s23); rel(D, "gấp 2,4 lần cùng kỳ", c, overlap(c, num("2,4")))
c = pct_of(X("3920"), s); rel(D, "tỷ lệ hấp thụ 80,8%", c, overlap(c, num("80,8")))
c = pct_of(X("2140"), s); rel(D, "trung cấp chiếm 44,1%", c, overlap(c, num("44,1")))
c = add(X("2140"), X("1190"), X("1520")); rel(D, "2.140+1.190+1.520 = 4.850", c, c == s)
c = chg(num("68,5"), num("61,2")); rel(D, "giá tăng 11,9% (68,5 vs 61,2)", c, overlap(c, num("11,9")))
c = pct_of(X("5670"), X("6300")); rel(D, "Hà Nội hấp thụ 90%", c, overlap(c, num("90")))
rel(D, "top5 41% <= top10 63%", (F(41), F(63)), 41 <= 63)
rel(D, "'gần 4.900 căn' vs 4.850", s, s[1] <= 4900 and s[0] >= 4700)
c = pct_of(add(X("1790"), X("880")), s); rel(D, "PLANTED hedge: Thủ Đức+Bình Chánh 'hơn 60%'", c, c[0] > 60, True)
c = div(X("1520"), scale(num("23"), F(1, 100))); rel(D, "PLANTED implied-total: 23% = 1.520 căn -> tổng", c, c[0] <= 4850 <= c[1], True)
rel(D, "PLANTED restatement: tiêu thụ 3.290 vs 3.920", (F(3290), F(3920)), F(3290) == F(3920), True)

# ---------------- t10-vi-03 FDI KCN Long An ----------------
D = "03"
T, T0 = num("1,626"), num("1,277")
c = chg(T, T0); rel(D, "tổng vốn tăng 27,3%", c, overlap(c, num("27,3")))
c = add(num("1,24"), scale(X("386"), F(1, 1000))); rel(D, "1,24 + 0,386 = 1,626", c, overlap(c, T))
rel(D, "tiêu đề 'hơn 1,62 tỷ USD'", T, T[0] > F(162, 100))
c = div(X("386"), X("135")); rel(D, "vốn điều chỉnh gấp gần 2,9 lần", c, c[1] <= F(29, 10) and c[0] >= F(27, 10))
c = pct_of(X("412"), scale(T, 1000)); rel(D, "Hàn Quốc chiếm 25,3%", c, overlap(c, num("25,3")))
c = pct_of(X("298"), scale(T, 1000)); rel(D, "Nhật Bản chiếm 18,3%", c, overlap(c, num("18,3")))
c = pct_of(add(X("412"), X("356"), X("298")), scale(T, 1000)); rel(D, "ba đối tác 'gần 66%'", c, c[1] <= 66 and c[0] >= 63)
c = sub(num("76,8"), num("74,5")); rel(D, "lấp đầy tăng 2,3 điểm %", c, overlap(c, num("2,3")))
c = chg(num("5,82"), num("5,18")); rel(D, "XK tăng 12,4% (lần lượt)", c, overlap(c, num("12,4")))
c = chg(num("4,36"), num("4,02")); rel(D, "NK tăng 8,5% (lần lượt)", c, overlap(c, num("8,5")))
c = sub(num("5,82"), num("4,36")); rel(D, "xuất siêu 1,46 tỷ USD", c, overlap(c, num("1,46")))
rel(D, "top3 KCN 58,9% <= top5 71,4%", (F(589, 10), F(714, 10)), F(589, 10) <= F(714, 10))
c = chg(num("1,24"), num("1,142")); rel(D, "PLANTED direction: cấp mới 'giảm 8,6%' (1,24 vs 1,142)", c, c[1] < 0, True)
c = pct_of(X("356"), scale(T, 1000)); rel(D, "PLANTED share: Trung Quốc 12,9%", c, overlap(c, num("12,9")), True)
c = cagr(num("1,95"), num("0,86"), 4); rel(D, "PLANTED cagr: 18%/năm 2020-2024 (0,86 -> 1,95)", c, overlap(c, num("18")), True)

# ---------------- t10-vi-04 ngân hàng ----------------
D = "04"
c = chg(X("3862"), X("3181")); rel(D, "LNTT tăng 21,4%", c, overlap(c, num("21,4")))
c = pct_of(X("3862"), X("3750")); rel(D, "hoàn thành 103,0% kế hoạch", c, overlap(c, num("103,0")))
A, A0 = X("186420"), X("163240")
c = chg(A, A0); rel(D, "tổng tài sản tăng 14,2%", c, overlap(c, num("14,2")))
L = X("128650")
c = chg(L, X("110150")); rel(D, "dư nợ tăng 16,8%", c, overlap(c, num("16,8")))
c = pct_of(X("3095"), scale(add(A, A0), F(1, 2))); rel(D, "ROA 1,77% (LNST / tài sản bình quân)", c, overlap(c, num("1,77")))
c = pct_of(X("2393"), L); rel(D, "tỷ lệ nợ xấu 1,86% (2.393/128.650)", c, overlap(c, num("1,86")))
c = pct_of(X("2211"), X("2393")); rel(D, "bao phủ nợ xấu 92,4%", c, overlap(c, num("92,4")))
c = add(X("24280"), X("110620")); rel(D, "24.280 + 110.620 = 134.900", c, c == X("134900"))
c = pct_of(X("24280"), X("134900")); rel(D, "CASA 18,0%", c, overlap(c, num("18,0")))
g_d, g_c, g_t = num("19,3"), num("11,5"), num("9,9")
casa0 = pct_of(div(X("24280"), (1 + g_d[0] / 100, 1 + g_d[1] / 100)), div(X("134900"), (1 + g_c[0] / 100, 1 + g_c[1] / 100)))
c = sub(pct_of(X("24280"), X("134900")), casa0); rel(D, "CASA cải thiện 1,2 điểm % (từ các tốc độ tăng)", c, overlap(c, num("1,2")))
dep0 = div(X("134900"), (1 + g_c[0] / 100, 1 + g_c[1] / 100))
dd0 = div(X("24280"), (1 + g_d[0] / 100, 1 + g_d[1] / 100))
c = chg(X("110620"), sub(dep0, dd0)); rel(D, "tiền gửi có kỳ hạn tăng 9,9% (suy từ tổng và KKH)", c, overlap(c, g_t))
TOI = X("8830")
c = add(X("6940"), X("1120"), X("410")); rel(D, "6.940+1.120+410 <= 8.830 (còn lại thu nhập khác)", c, c[1] <= TOI[0])
for part, st in (("6940", "78,6"), ("1120", "12,7"), ("410", "4,6"), ("3620", "41,0")):
    c = pct_of(X(part), TOI); rel(D, f"{part}/8.830 = {st}%", c, overlap(c, num(st)))
c = sub(num("3,92"), num("3,71")); rel(D, "NIM tăng 0,21 điểm %", c, overlap(c, num("0,21")))
c = sub(sub(TOI, X("3620")), X("1348")); rel(D, "8.830 - 3.620 - 1.348 = 3.862 LNTT", c, c == X("3862"))
c = cagr(X("3862"), X("1746"), 4); rel(D, "LNTT bình quân khoảng 22%/năm 2020-2024", c, overlap(c, num("22")))
c = pct_of(X("39200"), L); rel(D, "DNNVV 30,5%", c, overlap(c, num("30,5")))
c = pct_of(X("27700"), L); rel(D, "DN lớn 21,5%", c, overlap(c, num("21,5")))
c = add(X("61750"), X("39200"), X("27700")); rel(D, "61.750+39.200+27.700 = 128.650", c, c == L)
c = chg(X("4450"), X("3862")); rel(D, "KH 2025 tăng 15,2%", c, overlap(c, num("15,2")))
c = scale(X("12850"), F(115, 100)); rel(D, "vốn điều lệ 12.850 x 1,15 = 14.778", c, overlap(c, num("14778")))
c = div(X("61750"), (F(5195, 10000), F(5205, 10000))); rel(D, "PLANTED implied-total: cá nhân 52,0% -> tổng dư nợ", c, c[0] <= 128650 <= c[1], True)
rel(D, "PLANTED restatement: nợ xấu cuối 2024 1,68% vs 1,86%", (num("1,68")[0], num("1,86")[1]), overlap(num("1,68"), num("1,86")), True)
c = div(X("3095"), (1 + num("24,6")[0] / 100, 1 + num("24,6")[1] / 100)); rel(D, "PLANTED implied-base: LNST +24,6% -> base vs 2.548", c, c[0] <= 2548 <= c[1], True)

# ---------------- t10-vi-05 ngân sách huyện (sạch) ----------------
D = "05"
R, R0 = num("412,6"), num("377,2")
c = pct_of(R, X("349")); rel(D, "đạt 118,2% dự toán", c, overlap(c, num("118,2")))
rel(D, "tiêu đề 'vượt 18% dự toán'", c, c[0] - 100 >= 18 and c[1] - 100 < 19)
c = chg(R, R0); rel(D, "tăng 9,4% so với 2023", c, overlap(c, num("9,4")))
c = add(num("398,3"), num("14,3")); rel(D, "398,3 + 14,3 = 412,6", c, overlap(c, R))
c = pct_of(num("156,4"), R); rel(D, "tiền sử dụng đất 37,9%", c, overlap(c, num("37,9")))
rel(D, "'hơn một phần ba'", c, c[0] > F(100, 3))
c = sub(num("42,2"), num("37,9")); rel(D, "giảm 4,3 điểm %", c, overlap(c, num("4,3")))
c = pct_of(num("121,5"), R); rel(D, "thuế NQD 29,4%", c, overlap(c, num("29,4")))
c = chg(num("121,5"), num("107,9")); rel(D, "lần lượt tăng 12,6% (NQD)", c, overlap(c, num("12,6")))
c = chg(num("38,7"), num("37,2")); rel(D, "lần lượt 4,0% (trước bạ)", c, overlap(c, num("4,0")))
c = chg(num("41,8"), num("36,3")); rel(D, "tháng 11 tăng 15,2% so với tháng 10", c, overlap(c, num("15,2")))
c = chg(num("41,8"), num("39,1")); rel(D, "tháng 11 tăng 6,9% so với cùng kỳ", c, overlap(c, num("6,9")))
rel(D, "top3 44,8% <= top5 61,5%", (F(448, 10), F(615, 10)), F(448, 10) <= F(615, 10))
C = num("685,2")
c = pct_of(num("214,8"), C); rel(D, "chi ĐTPT 31,3%", c, overlap(c, num("31,3")))
c = pct_of(num("452,6"), C); rel(D, "chi thường xuyên 66,1%", c, overlap(c, num("66,1")))
c = add(num("214,8"), num("452,6"), num("17,8")); rel(D, "214,8+452,6+17,8 = 685,2", c, overlap(c, C))
c = pct_of(num("231,5"), num("452,6")); rel(D, "giáo dục 'hơn một nửa' chi thường xuyên", c, c[0] > 50)
c = chg(X("435"), R); rel(D, "dự toán 2025 tăng 5,4%", c, overlap(c, num("5,4")))
rel(D, "'hơn 412 tỷ đồng'", R, R[0] > 412)

# ---------------- t10-vi-06 xăng dầu, phân bón ----------------
D = "06"
e5_0 = add(X("19850"), X("310"))
c = scale(div(X("310"), e5_0), 100); rel(D, "E5 giảm 1,5% (lần lượt)", c, overlap(c, num("1,5")))
r95_0 = sub(X("20740"), X("120"))
c = scale(div(X("120"), r95_0), 100); rel(D, "RON95 tăng 0,6% (lần lượt)", c, overlap(c, num("0,6")))
c = scale(div(X("480"), add(X("18930"), X("480"))), 100); rel(D, "diesel khoảng 2,5%", c, overlap(c, num("2,5")))
c = chg(X("10300"), X("9700")); rel(D, "urê tăng 6,2% so với tháng trước", c, overlap(c, num("6,2")))
c = chg(X("10300"), X("10700")); rel(D, "urê giảm 3,7% so với cùng kỳ", c, overlap(c, (-num("3,7")[1], -num("3,7")[0])))
c = sub(scale(num("1,08"), 1000), X("612")); rel(D, "nhập siêu khoảng 468 triệu USD", c, overlap(c, num("468")))
c = pct_of(num("1,21"), num("3,12")); rel(D, "Trung Quốc 38,8%", c, overlap(c, num("38,8")))
c = pct_of(scale(X("540000"), F(1, 10**6)), num("3,12")); rel(D, "Nga 17,3%", c, overlap(c, num("17,3")))
rel(D, "'gần 19.900 đồng/lít' vs 19.850", X("19850"), 19850 <= 19900)
c = chg(X("20740"), X("23240")); rel(D, "PLANTED direction: RON95 'tăng 10,8%' so với đầu năm", c, c[0] > 0, True)
c = chg(X("18750"), X("16900")); rel(D, "PLANTED fraction: DAP 'gần một phần ba'", c, within(c, 28, F(100, 3)), True)
c = div(X("8800"), X("4200")); rel(D, "PLANTED hedge (warning): kali 'gần gấp đôi'", c, c[1] <= 2, True)

bad = 0
for doc, name, computed, holds, planted in results:
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (bad)"
        bad += holds
    else:
        tag = "ok" if holds else "INCONSISTENT (bad)"
        bad += not holds
    print(f"t10-vi-{doc}  {tag:14s} {name}  computed {fl(computed)}")
n_pl = sum(1 for r in results if r[4])
print(f"{len(results)} relations, {n_pl} planted; problems: {bad}")
print("arith: ALL GOOD" if bad == 0 else "arith: FAILURES")
sys.exit(1 if bad else 0)
