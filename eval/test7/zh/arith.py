#!/usr/bin/env python3
"""Recompute every relation in NOTES.md from the stated figures with exact Fractions and rounding bands.

Each stated figure s (as written) stands for the half-open interval [s - u/2, s + u/2), u = one unit of
its last written digit. A relation holds when the interval computed from the operands overlaps the
band of the stated result (or, for hedges, lies on the stated side). Prints `ok` for consistent
relations and `PLANTED-FAILS` for planted ones; exits 1 if a consistent relation fails or a planted
one holds.
"""
import sys
from fractions import Fraction as F

def band(s):
    s = s.strip()
    if "." in s:
        d = len(s.split(".")[1])
    else:
        d = 0
    v = F(s); h = F(1, 2 * 10 ** d)
    return (v - h, v + h)

def div(a, b):  # a, b intervals of positives
    return (a[0] / b[1], a[1] / b[0])

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def scale(a, k):
    return (a[0] * k, a[1] * k)

def pct_change(cur, base):  # in percent
    r = div(cur, base)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def share(part, total):  # in percent
    return scale(div(part, total), 100)

def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]

def fmt(iv):
    return f"[{float(iv[0]):.4f}, {float(iv[1]):.4f})"

results = []  # (doc, label, planted, holds, detail)

def rel(doc, label, computed, stated, planted=False):
    holds = overlaps(computed, stated)
    results.append((doc, label, planted, holds, f"computed {fmt(computed)} vs stated {fmt(stated)}"))

def cond(doc, label, holds, detail, planted=False):
    results.append((doc, label, planted, holds, detail))

def neg(iv):
    return (-iv[1], -iv[0])

# ---------------- t7-zh-01 滨江市统计局 ----------------
D = "t7-zh-01"
retail10, retail9, retail10_ly = band("486.3"), band("452.7"), band("463.6")
rel(D, "PLANTED yoy-vs-mom: 社零 环比增长4.9% = 486.3/452.7-1", pct_change(retail10, retail9), band("4.9"), planted=True)
rel(D, "社零 同比 486.3/463.6-1 = 4.9% (the rate that was mislabelled 环比)", pct_change(retail10, retail10_ly), band("4.9"))
urb, rur, urb_ly, rur_ly = band("412.5"), band("73.8"), band("394.3"), band("69.3")
rel(D, "城镇 同比 412.5/394.3-1 = 4.6% (first of 分别)", pct_change(urb, urb_ly), band("4.6"))
rel(D, "PLANTED respectively: 乡村 同比 73.8/69.3-1 stated 6.8%", pct_change(rur, rur_ly), band("6.8"), planted=True)
rel(D, "城镇+乡村 = 486.3", add(urb, rur), retail10)
rel(D, "上年同期 城镇+乡村 = 463.6", add(urb_ly, rur_ly), retail10_ly)
rel(D, "1—10月 社零 4521.6/4335.2-1 = 4.3%", pct_change(band("4521.6"), band("4335.2")), band("4.3"))
rel(D, "集成电路 4.62/3.74-1 = 23.5%", pct_change(band("4.62"), band("3.74")), band("23.5"))
rel(D, "网上零售占比 27.4-24.1 = 3.3 个百分点 (points are right)", sub(band("27.4"), band("24.1")), band("3.3"))
rel(D, "PLANTED points-vs-percent: '提高3.3%' as a relative change 27.4/24.1-1", pct_change(band("27.4"), band("24.1")), band("3.3"), planted=True)

# ---------------- t7-zh-02 光伏组件出口 ----------------
D = "t7-zh-02"
vol, vol_ly_stated = band("198.6"), band("171.2")
rel(D, "PLANTED implied-base: 198.6/171.2-1 vs stated 同比增长21.4%", pct_change(vol, vol_ly_stated), band("21.4"), planted=True)
implied_base = div(vol, (1 + band("21.4")[0] / 100, 1 + band("21.4")[1] / 100))
cond(D, "  (info) base implied by 21.4%: " + fmt(implied_base) + " GW, not 171.2", True, "info")
rel(D, "出口额 223.5/326.8-1 = -31.6%", pct_change(band("223.5"), band("326.8")), neg(band("31.6")))
rel(D, "欧洲 83.4/198.6 = 42.0%", share(band("83.4"), vol), band("42.0"))
rel(D, "亚太 46.5/198.6 = 23.4%", share(band("46.5"), vol), band("23.4"))
rel(D, "PLANTED share: 中东 27.8/198.6 vs stated 16.2%", share(band("27.8"), vol), band("16.2"), planted=True)
cond(D, "  (info) 27.8/171.2 = %.2f%% (stale-base slip)" % (27.8 / 171.2 * 100), True, "info")
rel(D, "PLANTED multiple: 非洲 9.6/4.7 vs stated 2.5倍", div(band("9.6"), band("4.7")), band("2.5"), planted=True)
rel(D, "regions 83.4+46.5+27.8+22.1+9.6+9.2 = 198.6", add(*[band(x) for x in ["83.4", "46.5", "27.8", "22.1", "9.6", "9.2"]]), vol)
price = div(scale(band("223.5"), F(10) ** 8), scale(vol, F(10) ** 9))
rel(D, "均价 223.5亿美元/198.6GW ≈ 每瓦0.11美元左右 (hedge band 0.105-0.115)", price, (F("0.105"), F("0.115")))
cond(D, "topk 前五 61.7% <= 前十 78.3%", band("61.7")[0] <= band("78.3")[1], "61.7 vs 78.3")

# ---------------- t7-zh-03 云溪市国庆文旅 ----------------
D = "t7-zh-03"
vis, vis_ly = band("512.6"), band("450.4")
rel(D, "游客 512.6/450.4-1 = 13.8%", pct_change(vis, vis_ly), band("13.8"))
rel(D, "PLANTED change: 收入 43.27/38.16-1 vs stated 9.6%", pct_change(band("43.27"), band("38.16")), band("9.6"), planted=True)
rel(D, "人均花费 43.27亿/512.6万 = 约844元", div(scale(band("43.27"), F(10) ** 8), scale(vis, F(10) ** 4)), band("844"))
s = add(band("61.5"), band("35.2"), band("4.1"))
cond(D, "PLANTED sum: 省内+省外+境外 = 100% (exhaustive 分为三部分)", s[0] <= 100 <= s[1], f"sum interval {fmt(s)} vs 100", planted=True)
ov = share(band("178.4"), vis)
cond(D, "PLANTED fraction: 过夜 178.4/512.6 '占比逾四成' needs > 40%", ov[1] > 40, f"share {fmt(ov)}", planted=True)
rel(D, "乡村旅游 98.5/512.6 = 19.2%", share(band("98.5"), vis), band("19.2"))
rel(D, "日均 63.2/7 = 约9.0万人次", div(band("63.2"), (F(7), F(7))), band("9.0"))

# ---------------- t7-zh-04 冷链物流报告 (JSON) ----------------
D = "t7-zh-04"
m24, m23, m19 = band("5360"), band("4916"), band("3391")
rel(D, "市场规模 5360/4916-1 = 9.0%", pct_change(m24, m23), band("9.0"))
rel(D, "五年增长 5360/3391-1 = 约58%", pct_change(m24, m19), band("58"))
ratio = div(m24, m19)
r = band("11.6"); grow5 = ((1 + r[0] / 100) ** 5, (1 + r[1] / 100) ** 5)
rel(D, "PLANTED cagr: (1+11.6%)^5 vs 5360/3391 (2019-2024, 5 years)", ratio, grow5, planted=True)
cond(D, "  (info) true CAGR = %.2f%%; 58.1%%/5 = %.2f%% (simple-average slip)" % (((5360 / 3391) ** 0.2 - 1) * 100, (5360 / 3391 - 1) * 20), True, "info")
rel(D, "新能源冷藏车 5.6/43.2 = 约13%", share(band("5.6"), band("43.2")), band("13"))
cap = band("2.28")
rel(D, "华东冷库 0.86/2.28 = 37.7%", share(band("0.86"), cap), band("37.7"))
rel(D, "西部冷库 0.42/2.28 = 18.4%", share(band("0.42"), cap), band("18.4"))
rel(D, "PLANTED implied-total: 华东市场 1884/5360 vs stated 38.3%", share(band("1884"), m24), band("38.3"), planted=True)
imp = div(band("1884"), scale(band("38.3"), F(1, 100)))
cond(D, "  (info) total implied by 1884 @38.3%: " + fmt(imp) + " 亿元 (≈ 2023's 4916), not 5360", True, "info")
top100 = share(band("1052"), m24)
rel(D, "百强 1052/5360 = 19.6%", top100, band("19.6"))
cond(D, "PLANTED topk: 前十强 21.3% <= 百强 19.6%", band("21.3")[0] <= band("19.6")[1], "21.3 vs 19.6", planted=True)

# ---------------- t7-zh-05 农产品批发价格周报 ----------------
D = "t7-zh-05"
rel(D, "猪肉 24.36/24.81-1 = -1.8% (下降)", pct_change(band("24.36"), band("24.81")), neg(band("1.8")))
rel(D, "猪肉 同比 24.36/21.33-1 = 14.2%", pct_change(band("24.36"), band("21.33")), band("14.2"))
rel(D, "PLANTED direction: 牛肉 68.92/68.51-1 stated 下跌0.6% (-0.6)", pct_change(band("68.92"), band("68.51")), neg(band("0.6")), planted=True)
rel(D, "  (info-consistent) 牛肉 change magnitude is +0.6%", pct_change(band("68.92"), band("68.51")), band("0.6"))
rel(D, "蔬菜 5.12/4.95-1 = 3.4%", pct_change(band("5.12"), band("4.95")), band("3.4"))
cond(D, "蔬菜品种 19+7+2 = 28", 19 + 7 + 2 == 28, "counts")
cond(D, "PLANTED fraction: 19/28 '超过四分之三'", F(19, 28) > F(3, 4), "19/28 = %.4f" % (19 / 28), planted=True)
rel(D, "猪粮比 16.82/2.43 = 6.92", div(band("16.82"), band("2.43")), band("6.92"))
cond(D, "PLANTED restatement: 本周鸡蛋 10.38元 vs 10.83元", overlaps(band("10.38"), band("10.83")), "10.38 vs 10.83", planted=True)

# ---------------- t7-zh-06 全社会用电量 (clean) ----------------
D = "t7-zh-06"
tot, tot_ly = band("74092"), band("68668")
rel(D, "用电量 74092/68668-1 = 7.9%", pct_change(tot, tot_ly), band("7.9"))
rel(D, "多出 74092-68668 = 5424", sub(tot, tot_ly), band("5424"))
parts = [band(x) for x in ["1044", "47629", "13830", "11589"]]
rel(D, "四部分 1044+47629+13830+11589 = 74092", add(*parts), tot)
rel(D, "二产 47629/74092 = 64.3%", share(band("47629"), tot), band("64.3"))
third = share(add(band("13830"), band("11589")), tot)
cond(D, "三产+居民 合计 > 三分之一", third[0] > F(100, 3), "share " + fmt(third))
t3 = share(band("13830"), tot)
cond(D, "三产单项 接近两成 (17%-20%)", t3[0] >= 17 and t3[1] <= 20, "share " + fmt(t3))
rel(D, "9月 8237/7592-1 = 8.5%", pct_change(band("8237"), band("7592")), band("8.5"))
rel(D, "9月 环比 8237/9649-1 = -14.6%", pct_change(band("8237"), band("9649")), neg(band("14.6")))
rel(D, "充换电 468/310.8-1 = 50.6%", pct_change(band("468"), band("310.8")), band("50.6"))
cond(D, "充换电 '增五成' (≈50%, 45%-55%)", True and 45 <= float(pct_change(band("468"), band("310.8"))[0]) <= 55, "50.6%")
rel(D, "充换电 468/142 = 3.3倍", div(band("468"), band("142")), band("3.3"))
cond(D, "topk 前五 36.2% <= 前十 58.9%", band("36.2")[0] <= band("58.9")[1], "36.2 vs 58.9")

bad = 0
for doc, label, planted, holds, detail in results:
    if detail == "info":
        print(f"{doc}  info  {label.strip()}")
        continue
    if planted:
        status = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (BAD)"
        bad += holds
    else:
        status = "ok" if holds else "FAIL (BAD)"
        bad += (not holds)
    print(f"{doc}  {status:<20} {label}  [{detail}]")
n_pl = sum(1 for r in results if r[2] and r[4] != "info")
n_ok = sum(1 for r in results if not r[2] and r[4] != "info")
print(f"relations: {n_ok} consistent, {n_pl} planted; problems: {bad}")
print("arith: OK" if bad == 0 else "arith: FAILED")
sys.exit(1 if bad else 0)
