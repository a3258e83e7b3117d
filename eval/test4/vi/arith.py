"""Recompute every relation in NOTES.md with interval arithmetic (each stated operand
gets its own rounding band: half a unit of its last stated digit)."""
from fractions import Fraction as F
import sys

def band(s):
    """'1,46' -> [1.455, 1.465); '171.500' (thousands sep) -> exact-ish band of 0.5."""
    s = s.replace(".", "").replace(",", ".")
    if "." in s:
        d = len(s.split(".")[1]); h = F(1, 2 * 10 ** d)
    else:
        h = F(1, 2)
    v = F(s)
    return (v - h, v + h)

def div(a, b): return (a[0] / b[1], a[1] / b[0])
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def overlap(a, b): return a[0] < b[1] and b[0] < a[1]
def pct(s): b = band(s); return (b[0] / 100, b[1] / 100)
def chg(cur, base): r = div(cur, base); return (r[0] - 1, r[1] - 1)

results = []
def rel(doc, name, computed, stated, planted=False):
    ok = overlap(computed, stated)
    fl = lambda x: f"[{float(x[0]):.4f}, {float(x[1]):.4f})"
    if planted:
        tag = "PLANTED-FAILS" if not ok else "PLANTED-HOLDS(!)"
    else:
        tag = "ok" if ok else "INCONSISTENT(!)"
    results.append((tag, planted, ok))
    print(f"{tag:16} {doc} {name}: computed {fl(computed)} stated {fl(stated)}")

B = band
# ---- t4-vi-01 cà phê
d = "t4-vi-01"
rel(d, "lượng -12,4% (1,46 vs 1,667)", chg(B("1,46"), B("1,667")), (-pct("12,4")[1], -pct("12,4")[0]))
rel(d, "kim ngạch +32,4% (5,48 vs 4,14)", chg(B("5,48"), B("4,14")), pct("32,4"))
rel(d, "giá bình quân 3.753 USD/tấn", div((F(5475), F(5485)), B("1,46")), B("3.753"))  # 5,48 tỷ USD / 1,46 tr tấn in USD/t (5,48e9/1,46e6)
rel(d, "Robusta 76,3%", div(B("1,114"), B("1,46")), pct("76,3"))
rel(d, "Italy 8,1%", div(B("118.300"), (F(1455000), F(1465000))), pct("8,1"))
rel(d, "gấp đôi 5,48/2,74 (interpreted 1.95-2.05)", div(B("5,48"), B("2,74")), (F(195, 100), F(205, 100)))
rel(d, "niên vụ +6% (1,75 vs 1,65)", chg(B("1,75"), B("1,65")), pct("6"))
rel(d, "Đắk Lắk khoảng 30%", div(B("213.000"), B("710.000")), (F(29, 100), F(31, 100)))
rel(d, "Đức chiếm 14,1% of 1,46 triệu tấn", div(B("171.500"), (F(1455000), F(1465000))), pct("14,1"), planted=True)
rel(d, "Mỹ +18% lên 84.960 vs 79.200 năm 2023", chg(B("84.960"), B("79.200")), pct("18"), planted=True)
g = div(B("5,48"), B("2,74")); cagr = (g[0] ** F(1, 4) if False else F(float(g[0]) ** 0.25) - 1, F(float(g[1]) ** 0.25) - 1)
rel(d, "CAGR 2020-2024 khoảng 24%", cagr, (F(235, 1000), F(245, 1000)), planted=True)
# ---- t4-vi-02 hàng không
d = "t4-vi-02"
rel(d, "thị trường +8,6% (40,2 vs 37,0)", chg(B("40,2"), B("37,0")), pct("8,6"))
rel(d, "QT + NĐ = 40,2", add(B("17,8"), B("22,4")), B("40,2"))
rel(d, "hãng VN 26,9 = sum of six carriers", add(B("11,6"), B("13,1"), B("1,15"), B("0,41"), B("0,38"), B("0,26")), B("26,9"))
rel(d, "hãng VN chiếm 66,9%", div(B("26,9"), B("40,2")), pct("66,9"))
rel(d, "VNA +5,4% (11,6 vs 11,0)", chg(B("11,6"), B("11,0")), pct("5,4"))
rel(d, "1.086 chuyến/ngày (196.500 / 181 ngày)", div(B("196.500"), (F(181), F(181))), B("1.086"))
rel(d, "đúng giờ +2,1 điểm (84,3 - 82,2)", (B("84,3")[0] - B("82,2")[1], B("84,3")[1] - B("82,2")[0]), B("2,1"))
rel(d, "ba cảng chiếm 69,8%", div(add(B("21,3"), B("15,2"), B("7,1")), B("62,5")), pct("69,8"))
rel(d, "Vietjet +7,9% (13,1 vs 12,6)", chg(B("13,1"), B("12,6")), pct("7,9"), planted=True)
rel(d, "Bamboo 'tăng' 14,3% (1,15 vs 1,34)", chg(B("1,15"), B("1,34")), pct("14,3"), planted=True)
rel(d, "Pacific giảm hơn 60% (0,41 vs 0,87)", chg(B("0,41"), B("0,87")), (F(-1), F(-60, 100)), planted=True)
# ---- t4-vi-03 sốt xuất huyết
d = "t4-vi-03"
rel(d, "+27% (12.840 vs 10.110)", chg(B("12.840"), B("10.110")), pct("27"))
rel(d, "tuần 37 +9,2% (642 vs 588)", chg(B("642"), B("588")), pct("9,2"))
rel(d, "tuần 37 +31% yoy (642 vs 490)", chg(B("642"), B("490")), pct("31"))
rel(d, "nhập viện 23,1% (2.960/12.840)", div(B("2.960"), B("12.840")), pct("23,1"))
rel(d, "TCM -41,5% (3.105 vs 5.307)", chg(B("3.105"), B("5.307")), (-pct("41,5")[1], -pct("41,5")[0]))
rel(d, "trẻ em 'gần một nửa' (4.370/12.840; read as 45-50%)", div(B("4.370"), B("12.840")), (F(45, 100), F(50, 100)), planted=True)
rel(d, "ba địa phương tổng cộng 48,2% (18,4+15,7+12,1)", add(pct("18,4"), pct("15,7"), pct("12,1")), pct("48,2"), planted=True)
rel(d, "restatement 12.480 vs 12.840 (same metric/period)", B("12.840"), B("12.480"), planted=True)
# ---- t4-vi-04 SVT (clean)
d = "t4-vi-04"
rel(d, "DT +19,6% (48.120 vs 40.230)", chg(B("48.120"), B("40.230")), pct("19,6"))
rel(d, "LNTT +19,8% (8.610 vs 7.187)", chg(B("8.610"), B("7.187")), pct("19,8"))
rel(d, "Q3 +20,1% yoy (16.980 vs 14.140)", chg(B("16.980"), B("14.140")), pct("20,1"))
rel(d, "Q3 +4,7% qoq (16.980 vs 16.220)", chg(B("16.980"), B("16.220")), pct("4,7"))
rel(d, "ba khối cộng = 48.120", add(B("28.870"), B("11.600"), B("7.650")), B("48.120"))
rel(d, "công nghệ 60,0%", div(B("28.870"), B("48.120")), pct("60,0"))
rel(d, "viễn thông 24,1%", div(B("11.600"), B("48.120")), pct("24,1"))
rel(d, "giáo dục 15,9%", div(B("7.650"), B("48.120")), pct("15,9"))
rel(d, "bốn thị trường = 23.290", add(B("10.800"), B("5.120"), B("3.150"), B("4.220")), B("23.290"))
rel(d, "Nhật Bản 46,4%", div(B("10.800"), B("23.290")), pct("46,4"))
rel(d, "Mỹ 22,0%", div(B("5.120"), B("23.290")), pct("22,0"))
rel(d, "top5 21,3% <= top10 29,8%", (pct("21,3")[0], pct("21,3")[0] + F(1, 10**9)), (F(0), pct("29,8")[1]))
rel(d, "biên gộp -0,6 điểm (37,8 vs 38,4)", (B("38,4")[0] - B("37,8")[1], B("38,4")[1] - B("37,8")[0]), B("0,6"))
m = div(B("29.200"), B("11.520"))
rel(d, "gấp hơn 2,5 lần", m, (F(25, 10), F(3)))
rel(d, "CAGR 2020-2024 khoảng 26%", (F(float(m[0]) ** 0.25) - 1, F(float(m[1]) ** 0.25) - 1), (F(255, 1000), F(265, 1000)))

bad = [r for r in results if (r[1] and r[2]) or (not r[1] and not r[2])]
print(f"\n{sum(1 for r in results if not r[1])} consistent relations, {sum(1 for r in results if r[1])} planted; failures: {len(bad)}")
print("arith: ALL OK" if not bad else "arith: FAIL")
sys.exit(1 if bad else 0)
