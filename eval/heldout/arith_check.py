#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md. 'ok' rows must hold; 'PLANTED' rows must fail."""
rows = []
def pct(a, b): return a / b * 100
def chk(doc, label, stated, actual, tol, planted=False):
    ok = abs(stated - actual) <= tol
    rows.append((doc, label, stated, round(actual, 3), ok, planted))

# h01 vi
d = "h01"
chk(d, "Oct parts 31.504+9.786+436 = 41.726", 41726, 31504 + 9786 + 436, 0)
chk(d, "Oct origin 22.815+18.911 = 41.726", 41726, 22815 + 18911, 0)
chk(d, "Oct m/m +12,4% (41.726 vs 37.123)", 12.4, pct(41726, 37123) - 100, 0.05)
chk(d, "assembled m/m +14,1% (22.815 vs 20.000)", 14.1, pct(22815, 20000) - 100, 0.05)
chk(d, "imported m/m +10,4% (18.911 vs 37.123-20.000)", 10.4, pct(18911, 37123 - 20000) - 100, 0.05)
chk(d, "10M y/y +19,6% (297.480 vs 248.730)", 19.6, pct(297480, 248730) - 100, 0.05)
chk(d, "title 'gần 20%' vs 19,6", 20, 19.6, 1)
chk(d, "imports share 48,1% (131.250/297.480)", 48.1, pct(131250, 297480), 0.05, planted=True)
chk(d, "restated 10M growth 16,9% vs 19,6%", 16.9, pct(297480, 248730) - 100, 0.05, planted=True)
chk(d, "passenger share 75,5% (31.504/41.726)", 75.5, pct(31504, 41726), 0.05)
chk(d, "top-10 share 38,2% (15.940/41.726)", 38.2, pct(15940, 41726), 0.05)
chk(d, "top-5 share 24,3% (10.120/41.726)", 24.3, pct(10120, 41726), 0.05)
chk(d, "hybrid gấp 2,4 lần (14.860/6.190)", 2.4, 14860 / 6190, 0.05)
chk(d, "EV share khoảng 23,1% (118.000/510.000)", 23.1, pct(118000, 510000), 0.05)

d = "h02"
chk(d, "EV fleet gần gấp 3 lần (196.000/68.000)", 3, 196000 / 68000, 0.3)
chk(d, "DC share chiếm 24% (38.900/162.400)", 24, pct(38900, 162400), 0.5)
chk(d, "khoảng 1,2 xe/cổng (196.000/162.400)", 1.2, 196000 / 162400, 0.05)
chk(d, "9M installs +37,8% (41.200 vs 29.900)", 37.8, pct(41200, 29900) - 100, 0.05)
chk(d, "2,1 tỷ USD ~ 53.000 tỷ đồng at ~25.300 VND/USD (tỷ đồng)", 53000, 2.1e9 * 25300 / 1e9, 500)
chk(d, "'hai khó khăn lớn' items (Một là, Hai là)", 2, 2, 0)
chk(d, "'ba nhóm giải pháp' items (Thứ nhất..Thứ tư)", 3, 4, 0, planted=True)

d = "h03"
chk(d, "9M imports y/y +58,4% (148.620 vs 93.830)", 58.4, pct(148620, 93830) - 100, 0.05)
chk(d, "<=9 seats share 79,7% (118.450/148.620)", 79.7, pct(118450, 148620), 0.05)
chk(d, "top-3 origins 'hơn 94%' ((52.310+47.980+39.760)/148.620) >= 94", 94, min(94, pct(52310 + 47980 + 39760, 148620)), 0)
chk(d, "China gấp 2,6 lần (39.760/15.290)", 2.6, 39760 / 15290, 0.05)
chk(d, "China share 2024 16,3% (15.290/93.830)", 16.3, pct(15290, 93830), 0.05)
chk(d, "China share 2025 26,8% (39.760/148.620)", 26.8, pct(39760, 148620), 0.05)
chk(d, "10,5 điểm phần trăm (26,8-16,3)", 10.5, 26.8 - 16.3, 0.001)
chk(d, "title 'hơn một phần tư' (26,8% > 25%)", 1, 1 if pct(39760, 148620) > 25 else 0, 0)
chk(d, "avg price khoảng 21.600 USD (3,21 tỷ/148.620)", 21600, 3.21e9 / 148620, 100)
chk(d, "Sep m/m -6,2% (17.840 vs 19.020)", -6.2, pct(17840, 19020) - 100, 0.05)

d = "h04"
chk(d, "NEV share 46.1% (1122.8/2436.3)", 46.1, pct(1122.8, 2436.3), 0.05)
chk(d, "parts BEV+PHEV+FCEV = 1122.8", 1122.8, 698.5 + 423.9 + 0.4, 0.05)
chk(d, "BEV share 62.2% (698.5/1122.8)", 62.2, pct(698.5, 1122.8), 0.05)
chk(d, "FCEV 不到0.1% (0.4/1122.8)", 0.1, max(0.1, pct(0.4, 1122.8)), 0)
chk(d, "Sep NEV y/y 24.6% (160.4 vs 128.7)", 24.6, pct(160.4, 128.7) - 100, 0.05)
chk(d, "Sep penetration 49.7% (160.4/322.6)", 49.7, pct(160.4, 322.6), 0.05)
t0 = 322.6 / 1.149
chk(d, "Sep-2024 penetration 45.8% (128.7/(322.6/1.149))", 45.8, pct(128.7, t0), 0.05)
chk(d, "3.9个百分点 (49.7-45.8)", 3.9, 49.7 - 45.8, 0.001)
chk(d, "NEV export y/y 89.4% (175.8 vs 99.6)", 89.4, pct(175.8, 99.6) - 100, 0.05, planted=True)
chk(d, "top5 86.2% <= top10 84.7%", 1, 1 if 86.2 <= 84.7 else 0, 0, planted=True)
chk(d, "1122.8 > 949.5 (2023 full year)", 1, 1 if 1122.8 > 949.5 else 0, 0)
chk(d, "title 超1100万辆", 1, 1 if 1122.8 > 1100 else 0, 0)
chk(d, "以下三点 items (一是,二是,三是)", 3, 3, 0)

d = "h05"
chk(d, "9M install y/y 42.5% (493.9 vs 346.5)", 42.5, pct(493.9, 346.5) - 100, 0.05)
chk(d, "parts LFP+NCM+other = 493.9", 493.9, 401.3 + 92.4 + 0.2, 0.05)
chk(d, "LFP share 81.3% (401.3/493.9)", 81.3, pct(401.3, 493.9), 0.05)
chk(d, "NCM share 18.7% (92.4/493.9)", 18.7, pct(92.4, 493.9), 0.05)
chk(d, "Sep m/m 15.3% (71.6 vs 62.1)", 15.3, pct(71.6, 62.1) - 100, 0.05)
chk(d, "top3 78.9% (389.7/493.9)", 78.9, pct(389.7, 493.9), 0.05)
chk(d, "top5 87.7% (433.2/493.9)", 87.7, pct(433.2, 493.9), 0.05)
chk(d, "top10 96.4% (476.1/493.9)", 96.4, pct(476.1, 493.9), 0.05)
chk(d, "export share 17.9% (210.3/1174.9)", 17.9, pct(210.3, 1174.9), 0.05)
chk(d, "chargers public+private = 1806.3", 1806.3, 453.6 + 1352.7, 0.05)
chk(d, "private 约…3倍 of public (1352.7/453.6)", 3, 1352.7 / 453.6, 0.1)
chk(d, "近5倍 (1806.3/521)", 5, 1806.3 / 521, 0.5, planted=True)

d = "h06"
chk(d, "H1 output y/y 36.8% (168.4 vs 123.1)", 36.8, pct(168.4, 123.1) - 100, 0.05)
chk(d, "NEV share 47.3% (79.6/168.4)", 47.3, pct(79.6, 168.4), 0.05)
chk(d, "6.5个百分点 (47.3-40.8)", 6.5, 47.3 - 40.8, 0.001)
lo, hi = 79.6 / (0.4075 * 123.1) * 100 - 100, 79.6 / (0.4085 * 123.1) * 100 - 100
chk(d, "NEV y/y 58.6% within range implied by 40.8% of 123.1", 58.6, min(max(58.6, hi), lo), 0)
chk(d, "national share 11.4% (79.6/696.8)", 11.4, pct(79.6, 696.8), 0.05)
chk(d, "3.1倍 (79.6/25.3)", 3.1, 79.6 / 25.3, 0.05)
chk(d, "Hefei 近八成 (62.5/79.6)", 80, pct(62.5, 79.6), 2.5)
chk(d, "top5 82.6% <= top10 96.0%", 1, 1 if 82.6 <= 96.0 else 0, 0)
chk(d, "export share 36.3% (61.2/168.4)", 36.3, pct(61.2, 168.4), 0.05)
chk(d, "三个方面 items", 3, 3, 0)

d = "h07"
chk(d, "Sep exports y/y 21.4% (524,000 vs 431,600)", 21.4, pct(524000, 431600) - 100, 0.05)
chk(d, "parts 158,300+96,800+287,600 <= 524,000", 524000, 158300 + 96800 + 287600, 0, planted=True)
chk(d, "NEV retail share 58.1% (1.302/2.241)", 58.1, pct(1.302, 2.241), 0.05)
chk(d, "restated penetration 51.8% vs 58.1%", 51.8, pct(1.302, 2.241), 0.05, planted=True)
chk(d, "BYD more than double (71,256/33,012 > 2)", 1, 1 if 71256 / 33012 > 2 else 0, 0)
chk(d, "BYD overseas nearly 18% (71,256/396,270)", 18, pct(71256, 396270), 0.5)
chk(d, "top5 58% <= top10 81%", 1, 1 if 58 <= 81 else 0, 0)
chk(d, "three factors items (; ; and)", 3, 3, 0)

d = "h08"
chk(d, "H1 exports y/y 35.6% (128.4 vs 94.7)", 35.6, pct(128.4, 94.7) - 100, 0.05)
chk(d, "export share 18.4% (128.4/697.3)", 18.4, pct(128.4, 697.3), 0.05)
chk(d, "nearly three times (38.4/13.5)", 3, 38.4 / 13.5, 0.3)
chk(d, "nearly four times (398/137)", 4, 398 / 137, 0.4, planted=True)
chk(d, "destinations 46.7+18.9+12.1 <= 100", 1, 1 if 46.7 + 18.9 + 12.1 <= 100 else 0, 0)
chk(d, "top3 78.1% <= top10 95.8%", 1, 1 if 78.1 <= 95.8 else 0, 0)
chk(d, "three main drivers items (First..Third)", 3, 3, 0)

d = "h09"
chk(d, "parts 3.86+6.41 = 10.27 million", 10.27, 3.86 + 6.41, 0.005)
chk(d, "NEV share 58.6% (6.02/10.27)", 58.6, pct(6.02, 10.27), 0.05)
chk(d, "1.6 times (10.27/6.28)", 1.6, 10.27 / 6.28, 0.05)
chk(d, "retail y/y 8.2% (19.41 vs 17.94)", 8.2, pct(19.41, 17.94) - 100, 0.05)
chk(d, "7.3 percentage points (53.3-46.0)", 7.3, 53.3 - 46.0, 0.001)
chk(d, "four major effects items (First..Fourth)", 4, 4, 0)
chk(d, "title/lead 'exceed 10 million' (10.27 > 10)", 1, 1 if 10.27 > 10 else 0, 0)

bad = 0
for doc, label, stated, actual, ok, planted in rows:
    status = ("PLANTED-FAILS" if not ok else "PLANTED-BUT-HOLDS!") if planted else ("ok" if ok else "UNEXPECTED-FAIL!")
    if status.endswith("!"): bad += 1
    print(f"{doc}  {status:14s} {label}: stated {stated}, computed {actual}")
print("problems:", bad)
