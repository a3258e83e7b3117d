#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the stated figures, with rounding bands.
Each stated figure "x" written with d decimals may be anything in [x - 0.5*10^-d, x + 0.5*10^-d).
A relation is consistent when the interval the operands give overlaps the band of the stated figure.
Prints `ok` for consistent relations and `PLANTED-FAILS` for planted ones; exit 1 if a consistent
relation fails or a planted one holds."""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def band(s):
    """rounding band of a figure as written ('1486.3' -> [1486.25, 1486.35))"""
    d = D(s)
    exp = d.as_tuple().exponent
    half = D(5) * D(10) ** (exp - 1)
    return (d - half, d + half)

def div(a, b):
    return (a[0] / b[1], a[1] / b[0])

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

def sub(a, b):
    return (a[0] - b[1], a[1] - b[0])

def scale(a, k):
    return (a[0] * k, a[1] * k)

def pct(r):            # ratio interval -> percent interval
    return (r[0] * 100, r[1] * 100)

def chg(cur, base):    # percent change interval
    r = div(cur, base)
    return ((r[0] - 1) * 100, (r[1] - 1) * 100)

def cagr(end, start, years):
    r = div(end, start)
    n = D(1) / D(years)
    return (((r[0] ** n) - 1) * 100, ((r[1] ** n) - 1) * 100)

def overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]

B = band
fails = 0
def check(doc, label, computed, stated, planted=False):
    global fails
    holds = overlap(computed, stated)
    c = f"[{float(computed[0]):.4f}, {float(computed[1]):.4f}]"
    s = f"[{float(stated[0]):.4f}, {float(stated[1]):.4f})"
    if planted:
        tag = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS (bad)"
        if holds: fails += 1
    else:
        tag = "ok" if holds else "FAIL (bad)"
        if not holds: fails += 1
    print(f"{tag:18} {doc} {label}: computed {c} stated {s}")

def check_bool(doc, label, cond, planted=False):
    global fails
    if planted:
        tag = "PLANTED-FAILS" if not cond else "PLANTED-HOLDS (bad)"
        if cond: fails += 1
    else:
        tag = "ok" if cond else "FAIL (bad)"
        if not cond: fails += 1
    print(f"{tag:18} {doc} {label}")

GT = lambda x: (x, D("1e9"))          # "超过x" / "more than x"
LT = lambda x: (D("-1e9"), x)         # "不足x" / "less than x"
EX = lambda x: (D(x), D(x) + D("1e-12"))  # exact count

# ---------------- t8-zh-01 water resources ----------------
d = "t8-zh-01"
check(d, "降水 偏多8.2% = 1486.3/1373.6-1", chg(B("1486.3"), B("1373.6")), B("8.2"))
check(d, "水资源总量 1098.7+312.5-284.8 = 1126.4", sub(add(B("1098.7"), B("312.5")), B("284.8")), B("1126.4"))
check(d, "产水系数 1126.4/2493.6 = 0.45", div(B("1126.4"), B("2493.6")), B("0.45"))
check(d, "人均水资源量 1126.4亿/4624万 = 约2436", scale(div(B("1126.4"), B("4624")), D(10000)), B("2436"))
check(d, "蓄水 142.9+44.7 = 187.6", add(B("142.9"), B("44.7")), B("187.6"))
check(d, "水库座数 38+274 = 312", add(EX(38), EX(274)), B("312"))
check(d, "供水 减少1.9% = 258.4/263.4-1 (sign -)", chg(B("258.4"), B("263.4")), scale(B("1.9"), D(-1))[::-1])
check(d, "地表水源 231.6/258.4 = 89.6%", pct(div(B("231.6"), B("258.4"))), B("89.6"))
check(d, "PLANTED sum: 231.6+19.7+9.8 = 总供水量258.4", add(B("231.6"), B("19.7"), B("9.8")), B("258.4"), planted=True)
check(d, "PLANTED share: 农业 158.3/258.4 = 63.5%", pct(div(B("158.3"), B("258.4"))), B("63.5"), planted=True)
check(d, "用水 158.3+52.6+34.1+13.4 = 258.4", add(B("158.3"), B("52.6"), B("34.1"), B("13.4")), B("258.4"))
check(d, "工业 52.6/258.4 = 20.4%", pct(div(B("52.6"), B("258.4"))), B("20.4"))
check(d, "工业比重 21.6->20.4 change in points = 1.2个百分点 (the correct reading)", sub(B("21.6"), B("20.4")), B("1.2"))
check(d, "PLANTED points-vs-percent: '下降1.2%' as relative change 20.4/21.6-1", chg(B("20.4"), B("21.6")), scale(B("1.2"), D(-1))[::-1], planted=True)
check(d, "人均综合用水量 258.4亿/4624万 = 559", scale(div(B("258.4"), B("4624")), D(10000)), B("559"))
check(d, "中营养 61/87 = 约七成", pct(div(EX(61), EX(87))), (D(65), D(75)))
check(d, "湖库 61+26 = 87", add(EX(61), EX(26)), B("87"))

# ---------------- t8-zh-02 port ----------------
d = "t8-zh-02"
check(d, "外贸箱 372.5/586.2 = 63.5%", pct(div(B("372.5"), B("586.2"))), B("63.5"))
check(d, "372.5+213.7 = 586.2", add(B("372.5"), B("213.7")), B("586.2"))
check(d, "外贸货物 1.26/2.87 = 四成多 [40,50)", pct(div(B("1.26"), B("2.87"))), (D(40), D(50)))
check(d, "标题 超580万 (586.2 > 580)", B("586.2"), GT(D(580)))
check(d, "10月 同比9.8% = 61.4/55.9-1", chg(B("61.4"), B("55.9")), B("9.8"))
check(d, "10月 环比4.6% = 61.4/58.7-1", chg(B("61.4"), B("58.7")), B("4.6"))
check(d, "PLANTED yoy-vs-mom: 海铁 环比21.1% = 8.6/7.9-1", chg(B("8.6"), B("7.9")), B("21.1"), planted=True)
check(d, "  (the 21.1% is the YoY: 8.6/7.1-1)", chg(B("8.6"), B("7.1")), B("21.1"))
check(d, "海铁累计 72.4/27.8 = 2.6倍", div(B("72.4"), B("27.8")), B("2.6"))
check(d, "PLANTED direction: 煤炭 '同比下降3.2%' vs 4216/4085-1", chg(B("4216"), B("4085")), scale(B("3.2"), D(-1))[::-1], planted=True)
check(d, "  (magnitude 3.2 holds as a rise)", chg(B("4216"), B("4085")), B("3.2"))
check(d, "PLANTED implied-base: 586.2/512.6-1 = 11.3%", chg(B("586.2"), B("512.6")), B("11.3"), planted=True)
check(d, "  (implied base 586.2/1.113 = ~526.7, stated 512.6)", div(B("586.2"), (1 + B("11.3")[0] / 100, 1 + B("11.3")[1] / 100)), B("526.7"))

# ---------------- t8-zh-03 household income ----------------
d = "t8-zh-03"
check(d, "中位数/平均数 33470/38652 = 86.6%", pct(div(B("33470"), B("38652"))), B("86.6"))
check(d, "城乡增速差 6.8-4.9 = 1.9个百分点", sub(B("6.8"), B("4.9")), B("1.9"))
check(d, "城乡收入比 48317/22486 = 2.15", div(B("48317"), B("22486")), B("2.15"))
check(d, "四项收入 21837+6215+3108+7492 = 38652", add(B("21837"), B("6215"), B("3108"), B("7492")), B("38652"))
check(d, "工资性 21837/38652 = 56.5%", pct(div(B("21837"), B("38652"))), B("56.5"))
check(d, "PLANTED fraction: 经营净收入 6215/38652 = 约四分之一 [22.5,27.5)", pct(div(B("6215"), B("38652"))), (D("22.5"), D("27.5")), planted=True)
check(d, "财产净收入 3108/38652 不足一成 (<10%)", pct(div(B("3108"), B("38652"))), LT(D(10)))
check(d, "平均消费倾向 25318/38652 = 65.5%", pct(div(B("25318"), B("38652"))), B("65.5"))
check(d, "八大类 7364+5912+3288+2957+2146+1532+1469+650 = 25318",
      add(*[B(x) for x in "7364 5912 3288 2957 2146 1532 1469 650".split()]), B("25318"))
check(d, "恩格尔系数 7364/25318 = 29.1%", pct(div(B("7364"), B("25318"))), B("29.1"))
check(d, "PLANTED hedge: (7364+5912)/25318 超过55%", pct(div(add(B("7364"), B("5912")), B("25318"))), GT(D(55)), planted=True)
check_bool(d, "教育文化娱乐 11.4% 在八大类中最快", D("11.4") > max(D(x) for x in ["4.5", "3.2", "8.7", "6.6", "-1.3", "2.8", "9.1"]))
check(d, "城镇新增就业 6.82/8 = 85.3%", pct(div(B("6.82"), EX(8))), B("85.3"))
check_bool(d, "PLANTED enumeration: '以下三个方面' lists 一是…四是 (4 items)", 4 == 3, planted=True)

# ---------------- t8-zh-04 fisheries ----------------
d = "t8-zh-04"
check(d, "总产量 3.7% = 682.4/658.1-1", chg(B("682.4"), B("658.1")), B("3.7"))
check(d, "标题 突破680万吨", B("682.4"), GT(D(680)))
check(d, "541.6+140.8 = 682.4", add(B("541.6"), B("140.8")), B("682.4"))
check(d, "395.3+287.1 = 682.4", add(B("395.3"), B("287.1")), B("682.4"))
check(d, "养殖:捕捞 约79:21 -> 541.6/682.4 in [78.5,79.5)", pct(div(B("541.6"), B("682.4"))), (D("78.5"), D("79.5")))
check(d, "远洋 46.3/140.8 = 32.9%", pct(div(B("46.3"), B("140.8"))), B("32.9"))
check(d, "年均增长2.9% = (682.4/592.5)^(1/5)-1", cagr(B("682.4"), B("592.5"), 5), B("2.9"))
check_bool(d, "前三 52.3% <= 前五 71.8%", B("52.3")[0] <= B("71.8")[1])
check(d, "总产值 1064.2+612.8+486.5 = 2163.5", add(B("1064.2"), B("612.8"), B("486.5")), B("2163.5"))
check(d, "PLANTED implied-total: 渔业产值 1064.2/2163.5 = 45.8%", pct(div(B("1064.2"), B("2163.5"))), B("45.8"), planted=True)
check(d, "  (implied total 1064.2/0.458 vs stated 2163.5)", div(B("1064.2"), (B("45.8")[0] / 100, B("45.8")[1] / 100)), B("2163.5"), planted=True)
check(d, "PLANTED cagr: 休闲渔业 (152.7/86.4)^(1/4)-1 = 约21%", cagr(B("152.7"), B("86.4"), 4), B("21"), planted=True)
check(d, "进出口 38.6+17.2 = 55.8", add(B("38.6"), B("17.2")), B("55.8"))
check(d, "顺差 38.6-17.2 = 21.4", sub(B("38.6"), B("17.2")), B("21.4"))
check(d, "PLANTED change: 出口额 38.6/36.2-1 = 9.4%", chg(B("38.6"), B("36.2")), B("9.4"), planted=True)
check(d, "PLANTED restatement: 渔民人均纯收入 2024 28146 vs 28416", B("28146"), B("28416"), planted=True)
check_bool(d, "'三项行动' lists 深远海养殖、水产种业振兴、渔业品牌建设 (3 items)", len(["深远海养殖", "水产种业振兴", "渔业品牌建设"]) == 3)

# ---------------- t8-zh-05 box office (clean) ----------------
d = "t8-zh-05"
check(d, "10月 同比12.5% = 48.6/43.2-1", chg(B("48.6"), B("43.2")), B("12.5"))
check(d, "10月 环比86.2% = 48.6/26.1-1", chg(B("48.6"), B("26.1")), B("86.2"))
check(d, "平均票价 48.6亿/1.17亿 = 41.5元", div(B("48.6"), B("1.17")), B("41.5"))
check(d, "国庆档 21.04/48.6 = 43.3%", pct(div(B("21.04"), B("48.6"))), B("43.3"))
check(d, "分别 6.82/21.04 = 32.4%", pct(div(B("6.82"), B("21.04"))), B("32.4"))
check(d, "分别 4.95/21.04 = 23.5%", pct(div(B("4.95"), B("21.04"))), B("23.5"))
check(d, "分别 3.17/21.04 = 15.1%", pct(div(B("3.17"), B("21.04"))), B("15.1"))
check(d, "前三 (6.82+4.95+3.17)/21.04 = 71.0%", pct(div(add(B("6.82"), B("4.95"), B("3.17")), B("21.04"))), B("71.0"))
check_bool(d, "前三 71.0% <= 前五 84.6%", B("71.0")[0] <= B("84.6")[1])
check(d, "单日 1.53/0.71 = 约2.2倍", div(B("1.53"), B("0.71")), B("2.2"))
check(d, "国产+进口 41.3+7.3 = 48.6", add(B("41.3"), B("7.3")), B("48.6"))
check(d, "国产 41.3/48.6 超过八成", pct(div(B("41.3"), B("48.6"))), GT(D(80)))
check(d, "累计 同比下降18.6% = 412.7/507.0-1", chg(B("412.7"), B("507.0")), scale(B("18.6"), D(-1))[::-1])
pre_cur = sub(B("412.7"), B("48.6")); pre_base = sub(B("507.0"), B("43.2"))
c1_9 = chg(pre_cur, pre_base); c1_10 = chg(B("412.7"), B("507.0"))
check(d, "降幅收窄2.9个百分点 = (1-9月降幅) - (1-10月降幅)", (c1_10[0] - c1_9[1], c1_10[1] - c1_9[0]), B("2.9"))
check_bool(d, "前五大院线 47.8% <= 前十大 68.3%", B("47.8")[0] <= B("68.3")[1])
check_bool(d, "'三大看点' lists 一是…三是 (3 items)", 3 == 3)

print()
if fails:
    print(f"arith: {fails} problem(s) -- a consistent relation fails or a planted one holds")
    sys.exit(1)
print("arith: all consistent relations ok, all planted relations fail")
