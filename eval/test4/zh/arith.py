#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md with rounding bands (Decimal interval arithmetic)."""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def iv(s):
    """'3.86' -> [3.855, 3.865): half a unit of the last stated digit either side."""
    d = D(s); e = d.as_tuple().exponent; h = D(5) * D(10) ** (e - 1)
    return (d - h, d + h)
def div(a, b): return (a[0] / b[1], a[1] / b[0])
def mul(a, k): return (a[0] * k, a[1] * k)
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def pct(a, b): return mul(div(a, b), 100)
def chg(cur, base): r = div(cur, base); return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def root(r, n): return (D(float(r[0]) ** (1.0 / n)), D(float(r[1]) ** (1.0 / n)))
def cagr(end, start, n): r = root(div(end, start), n); return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def meets(stated, comp): return stated[0] <= comp[1] and comp[0] < stated[1]

bad = 0
def check(name, stated, comp, planted=False):
    global bad
    ok = meets(stated, comp)
    rng = f"computed [{float(comp[0]):.4f}, {float(comp[1]):.4f}] vs stated [{float(stated[0]):.4f}, {float(stated[1]):.4f})"
    if planted:
        print(("PLANTED-FAILS " if not ok else "PLANTED-HOLDS(!) ") + name + ": " + rng)
        if ok: bad += 1
    else:
        print(("ok " if ok else "FAIL ") + name + ": " + rng)
        if not ok: bad += 1

print("== t4-zh-01 卫生健康统计公报")
check("机构数 1486+3.20万+1750 ≈ 3.52万", iv("3.52"), mul(add((D(1486), D(1486)), mul(iv("3.20"), 10000), (D(1750), D(1750))), D(1) / 10000))
check("医护比 21.6/18.3 = 1.18", iv("1.18"), div(iv("21.6"), iv("18.3")))
check("每千人口医师 18.3万/5350万*1000 = 3.42", iv("3.42"), mul(div(iv("18.3"), iv("5350")), 1000))
check("每千人口护士 21.6万/5350万*1000 = 4.04", iv("4.04"), mul(div(iv("21.6"), iv("5350")), 1000))
check("每千人口床位 38.9万/5350万*1000 = 7.27", iv("7.27"), mul(div(iv("38.9"), iv("5350")), 1000))
check("医院诊疗占比 1.62/3.86 = 42.0% (verified)", iv("42.0"), pct(iv("1.62"), iv("3.86")))
check("医院诊疗增长 1.62 vs 1.54 = 5.2%", iv("5.2"), chg(iv("1.62"), iv("1.54")))
check("健康素养 31.6-29.2 = 2.4个百分点 (verified)", iv("2.4"), sub(iv("31.6"), iv("29.2")))
check("[planted respectively] 基层诊疗增长 2.05 vs 1.99 stated 1.3%", iv("1.3"), chg(iv("2.05"), iv("1.99")), True)
check("[planted share] 基层诊疗占比 2.05/3.86 stated 58.3%", iv("58.3"), pct(iv("2.05"), iv("3.86")), True)
check("[planted cagr] 3.12(2020)->3.86(2025) 5 yrs stated 约7.5%", iv("7.5"), cagr(iv("3.86"), iv("3.12"), 5), True)

print("== t4-zh-02 交通运输经济运行")
check("公路货运同比 1.86 vs 1.75 = 6.2% (verified)", iv("6.2"), chg(iv("1.86"), iv("1.75")))
check("公路货运环比 1.86 vs 1.80 = 3.1% (verified)", iv("3.1"), chg(iv("1.86"), iv("1.80")))
check("港口吞吐量环比 8620 vs 7880 = 9.4% (what was meant)", iv("9.4"), chg(iv("8620"), iv("7880")))
check("[planted yoy-vs-mom] 港口吞吐量同比 8620 vs 8410 stated 9.4%", iv("9.4"), chg(iv("8620"), iv("8410")), True)
t3, t5 = iv("73.6"), iv("71.9")
print(("PLANTED-FAILS" if t5[1] <= t3[0] else "PLANTED-HOLDS(!)") + f" [planted topk] top5 {t5} < top3 {t3}")
if not t5[1] <= t3[0]: bad += 1
c = chg(iv("412"), iv("398"))
print(("PLANTED-FAILS" if c[0] > 0 else "PLANTED-HOLDS(!)") + f" [planted direction] 民航 412 vs 398: change [{float(c[0]):.3f}, {float(c[1]):.3f}]% is a rise, stated 同比下降3.6%")
if not c[0] > 0: bad += 1
check("客座率 81.3-78.6 = 2.7个百分点 (verified)", iv("2.7"), sub(iv("81.3"), iv("78.6")))
check("公交 1.12+1.19 = 2.31", iv("2.31"), add(iv("1.12"), iv("1.19")))
check("轨道交通占比 1.12/2.31 = 48.5% (verified)", iv("48.5"), pct(iv("1.12"), iv("2.31")))
check("投资完成率 1286/1560 = 82.4% (verified)", iv("82.4"), pct(iv("1286"), iv("1560")))
s = add(iv("742"), iv("215")); print(("ok" if s[1] <= iv("1286")[1] else "FAIL") + " 公路+水运 742+215 <= 1286")

print("== t4-zh-03 农产品市场周报")
check("生猪环比 13.86 vs 14.13 = -1.9% (verified)", iv("-1.9"), chg(iv("13.86"), iv("14.13")))
check("生猪较年初 13.86 vs 18.20 约-24% (verified)", iv("-24"), chg(iv("13.86"), iv("18.20")))
check("能繁母猪 4020/3900 = 103.1% (verified)", iv("103.1"), pct(iv("4020"), iv("3900")))
check("猪粮比 13.86/2.466 = 5.62", iv("5.62"), div(iv("13.86"), iv("2.466")))
check("鸡蛋环比 7.82 vs 7.62 = 2.6% (verified)", iv("2.6"), chg(iv("7.82"), iv("7.62")))
check("鸡蛋同比 7.82 vs 8.82 = -11.3% (verified)", iv("-11.3"), chg(iv("7.82"), iv("8.82")))
c = chg(iv("26.8"), iv("42.5"))
print(("PLANTED-FAILS" if -c[0] <= 40 else "PLANTED-HOLDS(!)") + f" [planted fraction] 仔猪 42.5->26.8 decline [{float(-c[1]):.3f}, {float(-c[0]):.3f}]% stated 降幅超过四成 (>40%)")
if not -c[0] <= 40: bad += 1
check("[planted change] 能繁母猪 4020 vs 4150 stated -5.8%", iv("-5.8"), chg(iv("4020"), iv("4150")), True)
check("[planted multiple] 白条猪肉/鸡蛋 20.46/7.82 stated 3.6倍", iv("3.6"), div(iv("20.46"), iv("7.82")), True)

print("== t4-zh-04 星衡科技三季报 (clean)")
check("营收同比 128.6 vs 108.9 = 18.1%", iv("18.1"), chg(iv("128.6"), iv("108.9")))
check("营收环比 128.6 vs 120.9 = 6.4%", iv("6.4"), chg(iv("128.6"), iv("120.9")))
check("分部合计 41.2+63.5+23.9 = 128.6", iv("128.6"), add(iv("41.2"), iv("63.5"), iv("23.9")))
check("云计算占比 41.2/128.6 = 32.0%", iv("32.0"), pct(iv("41.2"), iv("128.6")))
check("云计算同比 41.2 vs 30.6 = 34.5%", iv("34.5"), chg(iv("41.2"), iv("30.6")))
check("智能终端同比 63.5 vs 57.8 = 9.8%", iv("9.8"), chg(iv("63.5"), iv("57.8")))
check("终端/云 63.5/41.2 = 1.5倍", iv("1.5"), div(iv("63.5"), iv("41.2")))
check("毛利率 42.7-39.6 = 3.1个百分点", iv("3.1"), sub(iv("42.7"), iv("39.6")))
check("研发占比 21.4/128.6 = 16.6%", iv("16.6"), pct(iv("21.4"), iv("128.6")))
check("云业务 CAGR 52(2021)->118(2024) 3 yrs 约31%", iv("31"), cagr(iv("118"), iv("52"), 3))
t5, t8 = iv("95.4"), iv("96.0")
print(("ok" if t5[0] <= t8[1] else "FAIL") + " top5 95.4% <= top8 96.0%")
print(("ok" if iv("128.6")[1] < 130 else "FAIL") + " 近130亿元: 128.6 < 130")

print("arith: ALL AS EXPECTED" if not bad else f"arith: {bad} UNEXPECTED")
sys.exit(1 if bad else 0)
