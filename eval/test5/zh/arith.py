#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated, with rounding bands.

Each stated figure "x" stands for the interval [x - h, x + h], h = half a unit of its last digit.
A relation holds when the interval it implies meets the interval of the stated result.
Prints `ok` for consistent relations and `PLANTED-FAILS` for planted ones;
exits 1 if a consistent relation fails or a planted one holds.
"""
import sys
from fractions import Fraction as F

def band(s):
    """'4.26' -> (4.255, 4.265) as Fractions."""
    s = s.strip()
    d = len(s.split(".")[1]) if "." in s else 0
    v = F(s); h = F(1, 2 * 10 ** d)
    return (v - h, v + h)

def exact(s):
    v = F(s); return (v, v)

def div(a, b):
    return (a[0] / b[1], a[1] / b[0])

def mul(a, b):
    return (a[0] * b[0], a[1] * b[1])

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def pct(s):
    lo, hi = band(s); return (lo / 100, hi / 100)

def one_plus(r):
    return (1 + r[0], 1 + r[1])

def meets(a, b):
    return a[0] <= b[1] and b[0] <= a[1]

def fmt(iv, scale=1, nd=3):
    return f"[{float(iv[0]*scale):.{nd}f}, {float(iv[1]*scale):.{nd}f}]"

results = []

def check(doc, name, holds, planted, detail):
    if planted:
        status = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        bad = holds
    else:
        status = "ok" if holds else "FAIL(!)"
        bad = not holds
    results.append(bad)
    print(f"{status:16} {doc} {name}: {detail}")

def share(doc, name, part, total, stated_pct, planted=False):
    got = div(band(part), band(total))
    holds = meets(got, pct(stated_pct))
    check(doc, name, holds, planted, f"{part}/{total} = {fmt(got,100)}% vs stated {stated_pct}%")

def change(doc, name, cur, base, stated_pct, sign=+1, planted=False):
    got = div(band(cur), band(base)); got = (got[0] - 1, got[1] - 1)
    st = pct(stated_pct); st = st if sign > 0 else (-st[1], -st[0])
    holds = meets(got, st)
    check(doc, name, holds, planted, f"{cur}/{base}-1 = {fmt(got,100)}% vs stated {'+' if sign>0 else '-'}{stated_pct}%")

ok = False; PL = True

# ---------------- t5-zh-01 港口 ----------------
D = "01"
share(D, "外贸 share 40.4%", "1.72", "4.26", "40.4")
change(D, "9月货物 同比 5.1%", "4980", "4738", "5.1")
change(D, "9月货物 环比 3.4%", "4980", "4816", "3.4")
change(D, "9月集装箱 stated 同比 8.2% vs 上年同期133.5", "152.6", "133.5", "8.2", planted=PL)
change(D, "9月集装箱 环比 (what 8.2% really is)", "152.6", "141.0", "8.2")
share(D, "北港区 share stated 47.3%", "1.86", "4.26", "47.3", planted=PL)
share(D, "北港区 share correct value 43.7%", "1.86", "4.26", "43.7")
share(D, "南港区 28.4%", "1.21", "4.26", "28.4")
share(D, "西港区 20.4% (8700万吨)", "0.8700", "4.26", "20.4")
s = add(band("1.86"), band("1.21"), band("0.8700"))
check(D, "三港区之和 <= 全市", s[0] <= band("4.26")[1], False, f"{fmt(s)} <= 4.26")
share(D, "投资完成年度计划 78.5%", "86.3", "110", "78.5")
t3, t5, t10 = pct("58.6"), pct("57.9"), pct("81.2")
check(D, "top3 58.6% <= top5 57.9%", t3[0] <= t5[1], PL, "58.6 > 57.9")
check(D, "top5 57.9% <= top10 81.2%", t5[0] <= t10[1], False, "57.9 <= 81.2")
check(D, "top3 58.6% <= top10 81.2%", t3[0] <= t10[1], False, "58.6 <= 81.2")

# ---------------- t5-zh-02 保险 ----------------
D = "02"
s = add(band("412.6"), band("1433.7"))
check(D, "财产险+人身险 = 1846.3", meets(s, band("1846.3")), False, f"{fmt(s)}")
life_prev = add(band("1012.3"), band("268.2"), div(band("44.4"), (1 - pct("2.3")[0], 1 - pct("2.3")[1])))
prop_prev = div(band("412.6"), one_plus(pct("6.1")))
life_prev_from_rate = div(band("1433.7"), one_plus(pct("8.1")))
check(D, "人身险 8.1% vs 寿/健/意 上年之和", meets(life_prev, life_prev_from_rate), False, f"parts prev {fmt(life_prev)} vs 1433.7/1.081 {fmt(life_prev_from_rate)}")
tot_prev = add(prop_prev, life_prev_from_rate)
g = div(band("1846.3"), tot_prev); g = (g[0] - 1, g[1] - 1)
check(D, "总保费 7.6% from 分险种上年", meets(g, pct("7.6")), False, f"{fmt(g,100)}% vs 7.6%")
s = add(band("1102.4"), band("286.9"), band("44.4"))
check(D, "寿+健+意 = 1433.7", meets(s, band("1433.7")), False, fmt(s))
change(D, "8月 环比 -12.1%", "186.4", "212.1", "12.1", sign=-1)
change(D, "寿险 8.9% (分别 first)", "1102.4", "1012.3", "8.9")
change(D, "健康险 stated 7.9% (分别 second)", "286.9", "268.2", "7.9", planted=PL)
r = div(band("286.9"), band("1433.7"))
check(D, "健康险约为两成", abs(float(r[0]) - 0.20) < 0.01, False, f"{fmt(r,100)}%")
share(D, "车险 49.3% of 财产险", "203.5", "412.6", "49.3")
check(D, "非车 = 412.6-203.5", meets(sub(band("412.6"), band("203.5")), band("209.1")), False, "209.1")
car_prev = div(band("203.5"), one_plus(pct("3.1")))
sh_prev = div(car_prev, prop_prev)
check(D, "上年同期车险占比 50.8%", meets(sh_prev, pct("50.8")), False, f"{fmt(sh_prev,100)}%")
nonc_prev = sub(prop_prev, car_prev)
g = div(band("209.1"), nonc_prev); g = (g[0] - 1, g[1] - 1)
check(D, "非车险 9.2%", meets(g, pct("9.2")), False, f"{fmt(g,100)}%")
d = sub(band("50.8"), band("49.3"))
check(D, "车险占比降 1.5 个百分点 (as points)", meets(d, band("1.5")), False, f"{fmt(d)} pp")
rel = div(band("49.3"), band("50.8")); rel = (1 - rel[1], 1 - rel[0])
check(D, "stated '下降1.5%' as a percent change", meets(rel, pct("1.5")), PL, f"relative fall {fmt(rel,100)}% vs 1.5% (points meant)")
check(D, "车险占比跌破五成", band("49.3")[1] < 50, False, "49.3 < 50")
change(D, "赔付支出 stated 14.6% vs 上年543.2", "612.8", "543.2", "14.6", planted=PL)
base = div(band("612.8"), one_plus(pct("14.6")))
check(D, "implied base of 14.6% vs stated 543.2", meets(base, band("543.2")), PL, f"612.8/1.146 = {fmt(base)} vs 543.2")
change(D, "赔付支出 actual 12.8%", "612.8", "543.2", "12.8")

# ---------------- t5-zh-03 文旅 ----------------
D = "03"
per = div(mul(band("412.8"), exact("100000000")), mul(band("4862.5"), exact("10000")))
check(D, "人均花费 849元", meets(per, band("849")), False, f"{fmt(per)} 元")
r = div(band("2561.3"), band("4862.5"))
check(D, "省外游客 '不到一半'", r[1] < F(1, 2), PL, f"{fmt(r,100)}% (>= 50%)")
change(D, "过夜游客 stated 15.8%", "1356.2", "1228.4", "15.8", planted=PL)
change(D, "过夜游客 actual 10.4%", "1356.2", "1228.4", "10.4")
check(D, "'三大亮点' vs items 一是…四是", 3 == 4, PL, "announced 3, listed 4")
share(D, "演唱会票房 51.1%", "1.18", "2.31", "51.1")
change(D, "5A景区 6.3%", "327.5", "308.1", "6.3")
daily = div(band("612.8"), exact("8"))
check(D, "铁路日均 76.6万 (8天)", meets(daily, band("76.6")), False, fmt(daily))
check(D, "重点景区 1683.4 <= 全省 4862.5", band("1683.4")[1] <= band("4862.5")[0], False, "part <= total")
check(D, "夜间集聚区+乡村 <= 总数", add(band("612.3"), band("387.6"))[1] <= band("4862.5")[0], False, "sub-counts below total")

# ---------------- t5-zh-04 粮食 ----------------
D = "04"
check(D, "7865.2-42.6 = 7822.6", F("7865.2") - F("42.6") == F("7822.6"), False, "上年面积")
change(D, "播种面积 0.5% (base 7865.2-42.6)", "7865.2", "7822.6", "0.5")
change(D, "单产 1.3% (base 421.8-5.3)", "421.8", "416.5", "1.3")
prod = div(mul(mul(band("7865.2"), band("421.8")), exact("2")), exact("10000"))  # 万亩*公斤/亩*2 = 万斤 -> /1e4 = 亿斤
check(D, "面积 x 单产 = 663.5亿斤", meets(prod, band("663.5")), False, fmt(prod))
prev = sub(band("663.5"), band("11.9"))
g = div(band("663.5"), prev); g = (g[0] - 1, g[1] - 1)
check(D, "总产 +11.9亿斤 = 1.8%", meets(g, pct("1.8")), False, f"{fmt(g,100)}%")
prev2 = div(mul(mul(band("7822.6"), band("416.5")), exact("2")), exact("10000"))
check(D, "上年面积x单产 ~ 663.5-11.9", meets(prev2, prev), False, f"{fmt(prev2)} vs {fmt(prev)}")
check(D, "2019->2024 增加 51.2", meets(sub(band("663.5"), band("612.3")), band("51.2")), False, "663.5-612.3")
ratio = div(band("663.5"), band("612.3")); st = one_plus(pct("2.6"))
holds = st[0] ** 5 <= ratio[1] and st[1] ** 5 >= ratio[0]
check(D, "年均增长2.6% over 2019-2024 (5 yrs)", holds, PL, f"ratio {fmt(ratio,1,4)}, 1.026^5 = {float(F('1.026')**5):.4f}, actual CAGR {float((F('663.5')/F('612.3')))**0.2*100-100:.2f}%")
st = one_plus(pct("1.6"))
check(D, "actual CAGR ~1.6%", st[0] ** 5 <= ratio[1] and st[1] ** 5 >= ratio[0], False, "1.016^5")
share(D, "夏粮 21.5%", "142.6", "663.5", "21.5")
s = add(band("142.6"), band("38.2"), band("487.2"))
check(D, "夏粮+早稻+秋粮 = 总产663.5", meets(s, band("663.5")), PL, f"{fmt(s)} vs 663.5 (秋粮 should be 482.7)")
s = add(band("628.7"), band("23.4"), band("11.4"))
check(D, "谷物+豆类+薯类 = 663.5", meets(s, band("663.5")), False, fmt(s))
s = add(band("301.6"), band("141.3"), band("180.2"))
check(D, "稻+麦+玉 <= 谷物628.7", s[0] <= band("628.7")[1], False, fmt(s))
s = add(band("7012.4"), band("531.7"))
check(D, "谷物+豆类面积 <= 7865.2", s[0] <= band("7865.2")[1], False, fmt(s))
r = div(band("203.6"), band("663.5"))
check(D, "产粮大县 '三成以上'", r[0] >= F(3, 10), False, f"{fmt(r,100)}%")
r = div(band("4360"), band("8920"))
check(D, "高标准农田 '五分之三' of 耕地", meets(r, (F(3, 5) - F(1, 100), F(3, 5) + F(1, 100))), PL, f"{fmt(r,100)}% vs 60%")

# ---------------- t5-zh-05 医药 ----------------
D = "05"
share(D, "分红 40.1% of 归母净利", "3.96", "9.87", "40.1")
change(D, "Q4 环比 6.5%", "23.61", "22.17", "6.5")
share(D, "化学制剂 60.4%", "52.18", "86.42", "60.4")
share(D, "原料药 21.2%", "18.35", "86.42", "21.2")
s = add(band("52.18"), band("18.35"), band("12.64"), band("3.25"))
check(D, "四项业务之和 = 86.42", meets(s, band("86.42")), False, fmt(s))
tot = div(band("12.64"), pct("16.2"))
check(D, "生物药 16.2% implied total vs 86.42", meets(tot, band("86.42")), PL, f"12.64/16.2% = {fmt(tot)} vs 86.42 (actual share {float(F('12.64')/F('86.42'))*100:.1f}%)")
m = div(band("15.42"), band("4.86"))
check(D, "XR-218 是2020年的4.2倍", meets(m, band("4.2")), PL, f"15.42/4.86 = {fmt(m)}")
g = div(band("24.37"), band("23.16")); g = (g[0] - 1, g[1] - 1)
check(D, "销售费用 '下降' 5.2%", g[1] < 0, PL, f"{fmt(g,100)}% (a rise)")
change(D, "销售费用 magnitude 5.2%", "24.37", "23.16", "5.2")
share(D, "销售费用率 28.2%", "24.37", "86.42", "28.2")
prev_rev = div(band("86.42"), one_plus(pct("12.6")))
prev_rate = div(band("23.16"), prev_rev)
d = sub(prev_rate, div(band("24.37"), band("86.42")))
check(D, "销售费用率下降2.0个百分点", meets((d[0] * 100, d[1] * 100), band("2.0")), False, f"{fmt(prev_rate,100)}% -> 28.2%, diff {fmt(d,100)} pp")
share(D, "研发 13.0%", "11.26", "86.42", "13.0")

# ---------------- t5-zh-06 快递 (clean) ----------------
D = "06"
days = 31 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 30   # 2024 leap year
dd = div(mul(band("68.42"), exact("10000")), exact(str(days)))
check(D, f"日均 2497万件 ({days} days)", meets(dd, band("2497")), False, fmt(dd))
change(D, "9月 同比 16.3%", "8.36", "7.19", "16.3")
change(D, "9月 环比 4.9%", "8.36", "7.97", "4.9")
s = add(band("7.85"), band("59.21"), band("1.36"))
check(D, "同城+异地+国际 = 68.42", meets(s, band("68.42")), False, fmt(s))
share(D, "同城 11.5%", "7.85", "68.42", "11.5")
share(D, "异地 86.5%", "59.21", "68.42", "86.5")
share(D, "国际 2.0%", "1.36", "68.42", "2.0")
check(D, "11.5+86.5+2.0 = 100", add(band("11.5"), band("86.5"), band("2.0"))[0] <= 100 <= add(band("11.5"), band("86.5"), band("2.0"))[1], False, "100.0")
prev = add(div(band("7.85"), (1 - pct("2.4")[1], 1 - pct("2.4")[0])), div(band("59.21"), one_plus(pct("21.8"))), div(band("1.36"), one_plus(pct("31.7"))))
g = div(band("68.42"), prev); g = (g[0] - 1, g[1] - 1)
check(D, "分项增速 -> 总增速 18.6%", meets(g, pct("18.6")), False, f"{fmt(g,100)}%")
u = div(band("512.3"), band("68.42"))
check(D, "单票收入 7.49元", meets(u, band("7.49")), False, fmt(u))
u_prev = div(div(band("512.3"), one_plus(pct("12.4"))), div(band("68.42"), one_plus(pct("18.6"))))
d = sub(u_prev, u)
check(D, "单票收入下降0.41元", meets(d, band("0.41")), False, f"prev {fmt(u_prev)}, fall {fmt(d)}")
share(D, "农村 28.7%", "19.63", "68.42", "28.7")
r = div(band("19.63"), band("68.42"))
check(D, "'接近三成'", F(27, 100) <= r[0] and r[1] < F(3, 10), False, f"{fmt(r,100)}%")
check(D, "'超68亿件'", band("68.42")[0] > 68, False, "68.42 > 68")
check(D, "top3 58.4 <= top5 76.9 <= CR8 85.7", band("58.4")[0] <= band("76.9")[1] and band("76.9")[0] <= band("85.7")[1], False, "ordered")
m = div(band("68.42"), band("9.12"))
check(D, "7.5倍 of 2014", meets(m, band("7.5")), False, fmt(m))
check(D, "'十年后' 2014 -> 2024", 2024 - 2014 == 10, False, "10 years")
ratio = div(band("76.8"), band("31.4")); st = one_plus(pct("25.1"))
check(D, "2019-2023 年均增长25.1% (4 yrs)", st[0] ** 4 <= ratio[1] and st[1] ** 4 >= ratio[0], False, f"ratio {fmt(ratio,1,4)}, CAGR {((float(F('76.8')/F('31.4')))**0.25-1)*100:.2f}%")

bad = sum(results)
print(f"arith: {len(results)} relations, {bad} unexpected")
sys.exit(1 if bad else 0)
