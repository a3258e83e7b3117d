#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as stated in the articles.

Numbers are written the Vietnamese way ("9,18", "1.455.400") and carry a rounding band:
  * strict band (used for consistent relations): half a unit of the last written digit
    ("9,18" -> [9,175; 9,185), "125.000" -> [124.999,5; 125.000,5)).
  * generous band (used for planted relations): as strict for decimals, but a whole number
    ending in zeros is taken as rounded at its last non-zero digit ("163.000" -> ±500).
A consistent relation must hold with the strict bands; a planted relation must FAIL even with
the generous bands. Prints `ok` / `PLANTED-FAILS` per relation; exit 1 otherwise.
"""
import sys
from decimal import Decimal as D, getcontext
getcontext().prec = 40

def parse(s):
    s = s.strip().replace(" ", "")
    neg = s.startswith("-")
    s = s.lstrip("-+")
    if "," in s:
        i, f = s.split(",")
        i = i.replace(".", "")
        v = D(i + "." + f); dec = len(f)
    else:
        v = D(s.replace(".", "")); dec = 0
    return (-v if neg else v), dec, s.replace(".", "")

def band(s, scale=1, generous=False):
    v, dec, digits = parse(s)
    if dec:
        half = D(5) * D(10) ** (-(dec + 1))
    else:
        z = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        half = D(5) * D(10) ** (z - 1) if (generous and z > 0) else D("0.5")
    scale = D(str(scale))
    return ((v - half) * scale, (v + half) * scale)

# interval arithmetic (positive operands)
def div(a, b): return (a[0] / b[1], a[1] / b[0])
def mul(a, b): return (a[0] * b[0], a[1] * b[1])
def add(*xs): return (sum(x[0] for x in xs), sum(x[1] for x in xs))
def sub(a, b): return (a[0] - b[1], a[1] - b[0])
def k(c): c = D(str(c)); return (c, c)
def pct(a): return (a[0] * 100, a[1] * 100)
def minus1pct(r): return ((r[0] - 1) * 100, (r[1] - 1) * 100)
def overlap(a, b): return a[0] < b[1] and b[0] < a[1]
def root(x, n):
    n = D(n); return (x.ln() / n).exp()
def fmt(iv): return f"[{iv[0]:.4f}; {iv[1]:.4f}]"

RESULTS = []

class Rel:
    def __init__(self, doc, rid, kind, planted, text):
        self.doc, self.rid, self.kind, self.planted, self.text = doc, rid, kind, planted, text
    def B(self, s, scale=1):
        return band(s, scale, generous=self.planted)

def run(doc, rid, kind, planted, text, fn):
    r = Rel(doc, rid, kind, planted, text)
    holds, detail = fn(r)
    if planted:
        status = "PLANTED-FAILS" if not holds else "PLANTED-HOLDS(!)"
        good = not holds
    else:
        status = "ok" if holds else "FAILS(!)"
        good = holds
    RESULTS.append(good)
    print(f"{status:15s} {doc} {rid:28s} {kind:18s} {text} :: {detail}")

# ---------- relation builders ----------
def share(stated, part, total, ps=1, ts=1, approx=None):
    def f(r):
        c = pct(div(r.B(part, ps), r.B(total, ts)))
        s = r.B(stated)
        if approx:  # "khoảng": ±approx relative on the stated value
            s = (s[0] * (1 - D(approx)), s[1] * (1 + D(approx)))
        return overlap(c, s), f"{part}/{total} = {fmt(c)}% vs stated {fmt(s)}"
    return f

def change(stated_signed, new, old, ns=1, os_=1):
    def f(r):
        c = minus1pct(div(r.B(new, ns), r.B(old, os_)))
        s = r.B(stated_signed)
        return overlap(c, s), f"{new}/{old}-1 = {fmt(c)}% vs stated {fmt(s)}"
    return f

def change_parts(stated_signed, new, olds, ns=1, os_=1):
    def f(r):
        c = minus1pct(div(r.B(new, ns), add(*[r.B(o, os_) for o in olds])))
        s = r.B(stated_signed)
        return overlap(c, s), f"{new}/({'+'.join(olds)})-1 = {fmt(c)}% vs stated {fmt(s)}"
    return f

def ratio(stated, a, b, approx=None):
    def f(r):
        c = div(r.B(a), r.B(b))
        s = r.B(stated)
        if approx: s = (s[0] * (1 - D(approx)), s[1] * (1 + D(approx)))
        return overlap(c, s), f"{a}/{b} = {fmt(c)} vs stated {fmt(s)}"
    return f

def near_below(bound, comp, lo_frac="0.9"):
    """'gần X': the value is below X and within 10% of it."""
    def f(r):
        c = comp(r); b = D(str(bound))
        return (c[0] < b and c[1] >= b * D(lo_frac)), f"value {fmt(c)} vs 'gần {bound}' (need <{bound}, >={b*D(lo_frac)})"
    return f

def more_than(bound, comp):
    def f(r):
        c = comp(r); b = D(str(bound))
        return c[1] > b, f"value {fmt(c)} vs 'hơn {bound}'"
    return f

def less_than(bound, comp):
    def f(r):
        c = comp(r); b = D(str(bound))
        return c[0] < b, f"value {fmt(c)} vs 'dưới/chưa đầy {bound}'"
    return f

def approx_eq(target, comp, rel="0.1"):
    """'khoảng X' / fraction words: within ±rel (relative) of X."""
    def f(r):
        c = comp(r); t = D(str(target)); w = t * D(rel)
        return overlap(c, (t - w, t + w)), f"value {fmt(c)} vs approx {target}±{w:.3f}"
    return f

def frac_word(value_pct, comp, tol_pp="2.5"):
    def f(r):
        c = comp(r); t = D(str(value_pct)); w = D(tol_pp)
        return overlap(c, (t - w, t + w)), f"value {fmt(c)}% vs fraction {value_pct}% ±{tol_pp} pp"
    return f

def pp(stated, a, b):
    def f(r):
        c = sub(r.B(a), r.B(b)); s = r.B(stated)
        return overlap(c, s), f"{a}-{b} = {fmt(c)} pp vs stated {fmt(s)}"
    return f

def pct_as_relative(stated, a, b):
    """A change between two percentages written as '%': read literally as a relative change."""
    def f(r):
        c = minus1pct(div(r.B(a), r.B(b))); s = r.B(stated)
        return overlap(c, s), f"({a}/{b}-1) = {fmt(c)}% relative vs stated '{stated}%' (difference is {D(parse(a)[0])-D(parse(b)[0])} pp)"
    return f

def sum_eq(total, parts, scale=1):
    def f(r):
        c = add(*[r.B(p, scale) for p in parts]); t = r.B(total, scale)
        return overlap(c, t), f"{' + '.join(parts)} = {fmt(c)} vs total {fmt(t)}"
    return f

def sum_le(total, parts, scale=1):
    """Parts of one whole must not exceed it; total "100" (per cent of a whole) is exact."""
    def f(r):
        c = add(*[r.B(p, scale) for p in parts])
        t = k(100) if total == "100" else r.B(total, scale)
        return c[0] < t[1], f"{' + '.join(parts)} = {fmt(c)} must not exceed {fmt(t)}"
    return f

def cagr(stated, start, end, years, approx=None):
    def f(r):
        a, b = r.B(start), r.B(end)
        c = ((root(b[0] / a[1], years) - 1) * 100, (root(b[1] / a[0], years) - 1) * 100)
        s = r.B(stated)
        if approx: s = (s[0] * (1 - D(approx)), s[1] * (1 + D(approx)))
        return overlap(c, s), f"({end}/{start})^(1/{years})-1 = {fmt(c)}% vs stated {fmt(s)}"
    return f

def topk(small_k, large_m):
    def f(r):
        a, b = r.B(small_k), r.B(large_m)
        return a[0] < b[1], f"top-k {fmt(a)} must be <= top-m {fmt(b)}"
    return f

def count(stated, listed):
    def f(r): return stated == listed, f"stated {stated}, listed {listed}"
    return f

def span(pred, start, end):
    def f(r):
        n = end - start
        return pred(n), f"{start}->{end} = {n} years"
    return f

def restate(a, b, scale_a=1, scale_b=1):
    def f(r):
        x, y = r.B(a, scale_a), r.B(b, scale_b)
        return overlap(x, y), f"{a} vs {b}: {fmt(x)} / {fmt(y)}"
    return f

def direction(word, new, old):
    def f(r):
        n, o = r.B(new), r.B(old)
        up = n[0] > o[1]; down = n[1] < o[0]
        ok = up if word == "tăng" else down
        return ok, f"{old} -> {new}: {'up' if up else 'down' if down else 'flat'}, text says '{word}'"
    return f

def decline_more_than(bound, new, old):
    def f(r):
        c = minus1pct(div(r.B(new), r.B(old)))
        return c[0] < -D(str(bound)), f"{new}/{old}-1 = {fmt(c)}% vs 'giảm hơn {bound}%'"
    return f

def order(a, rel, b):
    def f(r):
        x, y = r.B(a), r.B(b)
        ok = x[1] < y[0] if rel == "<" else x[0] > y[1]
        return ok, f"{a} {rel} {b}"
    return f

def exact(stated, value):
    def f(r):
        s = r.B(stated); v = D(str(value))
        return s[0] <= v < s[1], f"computed {value} vs stated {fmt(s)}"
    return f

T, F = True, False
# ======================= d-vi-01 =======================
d = "d-vi-01"
run(d, "P-share-philippines", "share", T, "46,2% = 4,06 / 9,18 triệu tấn", share("46,2", "4,06", "9,18"))
run(d, "P-cagr-2020-2024", "cagr", T, "khoảng 13%/năm, 3,12 -> 5,75 tỷ USD, 2020-2024", cagr("13", "3,12", "5,75", 4, approx="0.1"))
run(d, "vol-change", "change", F, "12,9% về lượng: 9,18 vs 8,13", change("12,9", "9,18", "8,13"))
run(d, "value-change", "change", F, "22,9% về giá trị: 5,75 vs 4,68", change("22,9", "5,75", "4,68"))
run(d, "indonesia-share", "share", F, "chiếm 13,3%: 1,22/9,18", share("13,3", "1,22", "9,18"))
run(d, "malaysia-share", "share", F, "chiếm 6,6%: 0,61/9,18", share("6,6", "0,61", "9,18"))
run(d, "aromatic-pp", "pp", F, "5,5 điểm phần trăm: 43,5 - 38", pp("5,5", "43,5", "38"))
run(d, "unit-price-2024", "approx", F, "626 USD/tấn ≈ 5,75 tỷ / 9,18 triệu tấn", approx_eq(626, lambda r: div(r.B("5,75", 1e9), r.B("9,18", 1e6)), "0.01"))
run(d, "unit-price-gap", "approx", F, "khoảng 50 USD/tấn cao hơn năm trước", approx_eq(50, lambda r: sub(div(r.B("5,75", 1e9), r.B("9,18", 1e6)), div(r.B("4,68", 1e9), r.B("8,13", 1e6))), "0.1"))
run(d, "restate-9,2", "hedge", F, "gần 9,2 triệu tấn vs 9,18", near_below("9.2", lambda r: r.B("9,18")))
run(d, "forecast-down", "direction", F, "7,5-8 triệu tấn 'giảm' so với 9,18", order("8", "<", "9,18"))
run(d, "4bn-threshold", "order", F, "năm thứ hai liên tiếp vượt 4 tỷ USD: 4,68 and 5,75 > 4", order("4,68", ">", "4"))
run(d, "thai-vs-vn", "order", F, "517 thấp hơn 523, cao hơn 455", order("517", "<", "523"))
# ======================= d-vi-02 =======================
d = "d-vi-02"
run(d, "P-change-intl", "change", T, "tăng 28%: 1,12 triệu vs 925.000", change("28", "1,12", "925.000", ns=1e6))
run(d, "P-multiple-russia", "multiple", T, "gấp 2,5 lần: 96.500 / 18.400", ratio("2,5", "96.500", "18.400"))
run(d, "total-sum", "sum", F, "2,35 = 1,23 + 1,12 triệu", sum_eq("2,35", ["1,23", "1,12"]))
run(d, "domestic-change", "change", F, "tăng 13,9%: 1,23 vs 1,08", change("13,9", "1,23", "1,08"))
run(d, "total-change", "change", F, "tăng 17,2%: 2,35 vs (1,08 + 0,925)", change_parts("17,2", "2,35", ["1,08", "0,925"]))
run(d, "korea-share", "share", F, "chiếm 41,8%: 468.000 / 1,12 triệu", share("41,8", "468.000", "1,12", ts=1e6))
run(d, "china-share", "share", F, "27,9%: 312.000 / 1,12 triệu", share("27,9", "312.000", "1,12", ts=1e6))
run(d, "recovery-2019", "hedge", F, "hơn 85%: 1,12 / 1,31", more_than(85, lambda r: pct(div(r.B("1,12"), r.B("1,31")))))
# ======================= d-vi-03 =======================
d = "d-vi-03"
run(d, "P-implied-total-bds", "implied-total", T, "18,5% tổng dư nợ: 812.000 / 3,82 triệu tỷ", share("18,5", "812.000", "3,82", ts=1e6))
run(d, "P-respectively-tmcp", "respectively", T, "9,8%: 2.362.400 vs 2.168.900", change("9,8", "2.362.400", "2.168.900"))
run(d, "resp-socb-ok", "respectively", F, "6,2%: 1.124.500 vs 1.058.800", change("6,2", "1.124.500", "1.058.800"))
run(d, "credit-growth", "change", F, "tăng 7%: 3,82 vs 3,57", change("7", "3,82", "3,57"))
run(d, "short-share", "share", F, "45,5%: 1,74/3,82", share("45,5", "1,74", "3,82"))
run(d, "long-share", "share", F, "54,5%: 2,08/3,82", share("54,5", "2,08", "3,82"))
run(d, "term-sum", "sum", F, "1,74 + 2,08 = 3,82", sum_eq("3,82", ["1,74", "2,08"]))
run(d, "fx-pp", "pp", F, "giảm 0,7 điểm phần trăm: 5,8 - 5,1", pp("0,7", "5,8", "5,1"))
run(d, "npl-share", "share", F, "2,25%: 86.000 / 3,82 triệu tỷ", share("2,25", "86.000", "3,82", ts=1e6, approx="0.01"))
run(d, "nhxh-share", "approx", F, "khoảng 1,1%: 1.280 / 120.000", share("1,1", "1.280", "120.000"))
run(d, "below-sector", "order", F, "7% thấp hơn toàn ngành khoảng 9%", order("7", "<", "9"))
# ======================= d-vi-04 (clean) =======================
d = "d-vi-04"
run(d, "rice-mom", "change", F, "giảm 1,4%: 14.150 vs 14.350", change("-1,4", "14.150", "14.350"))
run(d, "pork-mom", "yoy/mom", F, "tăng 3,6% so với tháng trước: 68.500 vs 66.100", change("3,6", "68.500", "66.100"))
run(d, "pork-yoy", "yoy/mom", F, "tăng 24,3% so với cùng kỳ: 68.500 vs 55.100", change("24,3", "68.500", "55.100"))
run(d, "gas-world", "change", F, "giá gas tăng 1,2%: 632 vs 624,5", change("1,2", "632", "624,5"))
run(d, "transport-contrib", "approx", F, "khoảng 0,13 điểm phần trăm = 1,35% x quyền số 9,67%", approx_eq("0.13", lambda r: div(mul(r.B("1,35"), r.B("9,67")), k(100)), "0.05"))
run(d, "groups-count", "enumeration", F, "11 nhóm = 7 tăng + 4 giảm", count(11, 7 + 4))
run(d, "four-groups-list", "enumeration", F, "Bốn nhóm giảm giá gồm: 4 items listed", count(4, 4))
run(d, "core-below-cpi", "order", F, "lạm phát cơ bản 3,02 thấp hơn CPI 3,22", order("3,02", "<", "3,22"))
run(d, "gold-span", "period-span", F, "hơn mười năm, kể từ năm 2011 (tháng 3/2025)", span(lambda n: n > 10, 2011, 2025))
# ======================= d-vi-05 =======================
d = "d-vi-05"
run(d, "P-fraction-highend", "fraction", T, "ba phần tư: 5.820 / 9.750", frac_word(75, lambda r: pct(div(r.B("5.820"), r.B("9.750")))))
run(d, "P-topk-developers", "topk", T, "top 5 = 71,4% vs top 10 = 68,9%", topk("71,4", "68,9"))
run(d, "supply-qoq", "change", F, "tăng 58%: 9.750 vs 6.170", change("58", "9.750", "6.170"))
run(d, "absorption", "share", F, "tỷ lệ hấp thụ 88%: 8.600 / 9.750", share("88", "8.600", "9.750"))
run(d, "price-qoq", "change", F, "tăng 5,9%: 68 vs 64,2", change("5,9", "68", "64,2"))
run(d, "price-yoy", "change", F, "tăng 27,1%: 68 vs 53,5", change("27,1", "68", "53,5"))
run(d, "segments-sum", "sum", F, "5.820 + 3.150 + 780 = 9.750", sum_eq("9.750", ["5.820", "3.150", "780"]))
run(d, "hcmc-quarter", "fraction", F, "khoảng một phần tư: 2.450 / 9.750", frac_word(25, lambda r: pct(div(r.B("2.450"), r.B("9.750")))))
run(d, "restate-9800", "hedge", F, "gần 9.800 căn vs 9.750", near_below(9800, lambda r: r.B("9.750")))
run(d, "h2-low", "approx", F, "khoảng 20.000 = 9.750 + 10.000", approx_eq(20000, lambda r: add(r.B("9.750"), r.B("10.000")), "0.05"))
run(d, "h2-high", "approx", F, "khoảng 22.000 = 9.750 + 12.000", approx_eq(22000, lambda r: add(r.B("9.750"), r.B("12.000")), "0.05"))
run(d, "districts-le-100", "sum", F, "32 + 18 + 15 <= 100", sum_le("100", ["32", "18", "15"]))
# ======================= d-vi-06 =======================
d = "d-vi-06"
run(d, "P-direction-income", "direction", T, "'giảm 7,6%' while 7,53 -> 8,1", direction("giảm", "8,1", "7,53"))
run(d, "P-period-span", "period-span", T, "hơn mười năm tính từ năm 2018 (quý II/2025)", span(lambda n: n > 10, 2018, 2025))
run(d, "P-points-vs-percent", "points-vs-percent", T, "'tăng 0,36%' for 7,6% -> 7,96%", pct_as_relative("0,36", "7,96", "7,6"))
run(d, "income-magnitude", "change", F, "|7,6%| matches 8,1 vs 7,53 (only the direction word is wrong)", change("7,6", "8,1", "7,53"))
run(d, "unemployed", "sum", F, "53,2 = 52,03 + 1,17", sum_eq("53,2", ["52,03", "1,17"]))
run(d, "unemp-rate", "share", F, "2,2%: 1,17 / 53,2", share("2,2", "1,17", "53,2"))
run(d, "sector-sum", "sum", F, "13,5 + 17,4 + 21,13 = 52,03", sum_eq("52,03", ["13,5", "17,4", "21,13"]))
run(d, "agri-share", "share", F, "chiếm 25,9%: 13,5 / 52,03", share("25,9", "13,5", "52,03"))
run(d, "ind-share", "share", F, "33,4%: 17,4 / 52,03", share("33,4", "17,4", "52,03"))
run(d, "serv-share", "share", F, "40,6%: 21,13 / 52,03", share("40,6", "21,13", "52,03"))
run(d, "informal-share", "share", F, "chiếm 64,2%: 33,4 / 52,03", share("64,2", "33,4", "52,03"))
run(d, "underemp-share", "share", F, "1,56%: 812.000 / 52,03 triệu", share("1,56", "812.000", "52,03", ts=1e6))
run(d, "gender-multiple", "multiple", F, "gấp 1,33 lần: 9,2 / 6,9", ratio("1,33", "9,2", "6,9"))
run(d, "trained-pp", "pp", F, "6,9 điểm phần trăm: 28,8 - 21,9", pp("6,9", "28,8", "21,9"))
run(d, "under-7pp", "hedge", F, "chưa đầy 7 điểm phần trăm: 28,8 - 21,9", less_than(7, lambda r: sub(r.B("28,8"), r.B("21,9"))))
# ======================= d-vi-07 =======================
d = "d-vi-07"
run(d, "P-sum-spending", "sum", T, "412.600 + 78.900 + 858.400 <= 1.291.700 (trong đó)", sum_le("1.291.700", ["412.600", "78.900", "858.400"]))
run(d, "P-enumeration", "enumeration", T, "ba nhóm giải pháp, 4 listed (Thứ nhất..Thứ tư)", count(3, 4))
run(d, "revenue-vs-plan", "share", F, "bằng 85,6%: 1.455.400 / 1.700.988", share("85,6", "1.455.400", "1.700.988"))
run(d, "revenue-parts", "sum", F, "1.232.100 + 45.200 + 178.100 = 1.455.400", sum_eq("1.455.400", ["1.232.100", "45.200", "178.100"]))
run(d, "domestic-share", "share", F, "chiếm 84,7%: 1.232.100 / 1.455.400", share("84,7", "1.232.100", "1.455.400"))
run(d, "oil-share", "share", F, "chiếm 3,1%: 45.200 / 1.455.400", share("3,1", "45.200", "1.455.400"))
run(d, "three-items", "enumeration", F, "ba khoản lớn, 3 listed", count(3, 3))
run(d, "spend-vs-plan", "share", F, "bằng 60,9%: 1.291.700 / 2.119.527", share("60,9", "1.291.700", "2.119.527"))
run(d, "invest-disb", "share", F, "bằng 57,4%: 376.500 / 656.000", share("57,4", "376.500", "656.000"))
run(d, "surplus", "signed", F, "bội thu 163.700 = 1.455.400 - 1.291.700", lambda r: (overlap(sub(r.B("1.455.400"), r.B("1.291.700")), r.B("163.700")), "difference"))
# ======================= d-vi-08 (clean) =======================
d = "d-vi-08"
run(d, "total-change", "change", F, "tăng 5,3%: 7,92 vs 7,52", change("5,3", "7,92", "7,52"))
run(d, "pax-sum", "sum", F, "3,86 + 4,06 = 7,92", sum_eq("7,92", ["3,86", "4,06"]))
run(d, "intl-dom-consistent", "change", F, "giảm 1,9%: 4,06 vs (7,52 - 3,86/1,142)", lambda r: (overlap(minus1pct(div(r.B("4,06"), sub(r.B("7,52"), div(r.B("3,86"), (D("1.1415"), D("1.1425")))))), r.B("-1,9")), "domestic base = total base - intl base implied by 14,2%"))
run(d, "shares-sum", "sum", F, "44,3 + 35,8 + 13,6 + 6,3 = 100", sum_eq("100", ["44,3", "35,8", "13,6", "6,3"]))
run(d, "top2", "topk", F, "hai hãng lớn nhất 80,1 = 44,3 + 35,8", sum_eq("80,1", ["44,3", "35,8"]))
run(d, "top3", "topk", F, "ba hãng lớn nhất 93,7 = 44,3 + 35,8 + 13,6", sum_eq("93,7", ["44,3", "35,8", "13,6"]))
run(d, "top2-le-top3", "topk", F, "80,1 <= 93,7", topk("80,1", "93,7"))
run(d, "delay-share", "share", F, "(28,2%): 19.300 / 68.450", share("28,2", "19.300", "68.450"))
run(d, "cancel-share", "share", F, "(0,6%): 402 / 68.450", share("0,6", "402", "68.450"))
run(d, "otp", "sum", F, "71,8 = 100 - 28,2", lambda r: (overlap(sub(k(100), r.B("28,2")), r.B("71,8")), "complement"))
run(d, "otp-pp", "pp", F, "8,4 điểm phần trăm: 80,2 - 71,8", pp("8,4", "80,2", "71,8"))
run(d, "grounded", "hedge", F, "hơn 13%: 30 / 230", more_than(13, lambda r: pct(div(r.B("30"), r.B("230")))))
# ======================= d-vi-09 =======================
d = "d-vi-09"
run(d, "P-change-dengue", "change", T, "giảm hơn 30%: 9.840 vs 13.450", decline_more_than(30, "9.840", "13.450"))
run(d, "P-restatement", "restatement", T, "9.840 ca vs 9.480 ca (same subject, same period)", restate("9.840", "9.480"))
run(d, "hosp-share", "share", F, "chiếm 31,7%: 3.120 / 9.840", share("31,7", "3.120", "9.840"))
run(d, "hosp-third", "fraction", F, "gần một phần ba: 31,7% < 33,3%", near_below("33.334", lambda r: pct(div(r.B("3.120"), r.B("9.840")))))
run(d, "child-share", "share", F, "chiếm 58,2%: 5.727 / 9.840", share("58,2", "5.727", "9.840"))
run(d, "week30", "change", F, "tăng 8,4%: 412 vs 380", change("8,4", "412", "380"))
run(d, "hfmd", "change", F, "tăng 42%: 4.215 vs 2.968", change("42", "4.215", "2.968"))
run(d, "deaths-down", "order", F, "2 ca < 5 ca", order("2", "<", "5"))
# ======================= d-vi-10 =======================
d = "d-vi-10"
run(d, "P-sum-methods", "sum", T, "46,8 + 38,5 + 11,2 + 5,1 <= 100", sum_le("100", ["46,8", "38,5", "11,2", "5,1"]))
run(d, "P-hedge-business", "hedge", T, "hơn 25%: 1,14 / 4,94", more_than(25, lambda r: pct(div(r.B("1,14"), r.B("4,94")))))
run(d, "per-candidate", "approx", F, "khoảng 7 nguyện vọng: 4,94 triệu / 706.400", approx_eq(7, lambda r: div(r.B("4,94", 1e6), r.B("706.400")), "0.05"))
run(d, "reg-share", "share", F, "đạt 66,7%: 706.400 / 1.059.000", share("66,7", "706.400", "1.059.000"))
run(d, "reg-pp", "pp", F, "3,6 điểm phần trăm: 66,7 - 63,1", pp("3,6", "66,7", "63,1"))
run(d, "confirm-share", "share", F, "chiếm 88,9%: 498.000 / 560.000", share("88,9", "498.000", "560.000"))
run(d, "title-706k", "hedge", F, "Hơn 706.000 thí sinh: 706.400", more_than(706000, lambda r: r.B("706.400")))
run(d, "score-per-subject", "ratio", F, "28,5 / 3 môn = 9,5", lambda r: (overlap(div(r.B("28,5"), k(3)), r.B("9,5")), "28,5 / 3 (exact count of subjects)"))
# ======================= d-vi-11 =======================
d = "d-vi-11"
run(d, "P-implied-base-overseas", "implied-base", T, "tăng 28,3%: 16.400 vs 13.600 (2023)", change("28,3", "16.400", "13.600"))
run(d, "P-respectively-telecom", "respectively", T, "11,9%: 10.950 vs 9.530", change("11,9", "10.950", "9.530"))
run(d, "resp-tech-ok", "respectively", F, "22,1%: 30.480 vs 24.960", change("22,1", "30.480", "24.960"))
run(d, "revenue", "change", F, "tăng 19,4%: 52.620 vs 44.070", change("19,4", "52.620", "44.070"))
run(d, "pbt", "change", F, "tăng 20,1%: 8.840 vs 7.360", change("20,1", "8.840", "7.360"))
run(d, "margin", "share", F, "16,8%: 8.840 / 52.620", share("16,8", "8.840", "52.620"))
run(d, "tech-share", "share", F, "57,9%: 30.480 / 52.620", share("57,9", "30.480", "52.620"))
run(d, "segments-sum", "sum", F, "30.480 + 10.950 + 6.720 + 4.470 = 52.620", sum_eq("52.620", ["30.480", "10.950", "6.720", "4.470"]))
run(d, "regions-sum", "sum", F, "8.120 + 3.950 + 2.870 + 1.460 = 16.400", sum_eq("16.400", ["8.120", "3.950", "2.870", "1.460"]))
run(d, "regions-bases", "implied-base", F, "bases implied by 21,2/15,5/19,6/35,2% sum to 13.600",
    lambda r: (overlap(add(*[div(r.B(v), ((D(100)+r.B(g)[0])/100, (D(100)+r.B(g)[1])/100)) for v, g in [("8.120", "21,2"), ("3.950", "15,5"), ("2.870", "19,6"), ("1.460", "35,2")]]), (D(13550), D(13650))), "sum of implied 2023 bases ≈ 13.600"))
run(d, "plan-rev", "approx", F, "tăng khoảng 20%: 63.000 vs 52.620", approx_eq(20, lambda r: minus1pct(div(r.B("63.000"), r.B("52.620"))), "0.05"))
run(d, "plan-pbt", "change", F, "tăng 19,9%: 10.600 vs 8.840", change("19,9", "10.600", "8.840"))
run(d, "title-16000", "hedge", F, "vượt 16.000 tỷ: 16.400", more_than(16000, lambda r: r.B("16.400")))
# ======================= d-vi-12 (clean) =======================
d = "d-vi-12"
run(d, "contrib-sum", "sum", F, "8,2 + 1,1 + 0,1 - 1,1 = 8,3", lambda r: (overlap(sub(add(r.B("8,2"), r.B("1,1"), r.B("0,1")), r.B("1,1")), r.B("8,3")), "contributions add to the total"))
run(d, "mfg-99", "hedge", F, "gần 99%: 8,2 / 8,3", near_below(99, lambda r: pct(div(r.B("8,2"), r.B("8,3"))), "0.95"))
run(d, "provinces", "share", F, "57/63 (chiếm 90,5%)", share("90,5", "57", "63"))
run(d, "provinces-count", "sum", F, "57 + 6 = 63", sum_eq("63", ["57", "6"]))
run(d, "motorbikes", "change", F, "tăng 9,2%: 2,85 vs 2,61", change("9,2", "2,85", "2,61"))
# ======================= d-vi-13 =======================
d = "d-vi-13"
run(d, "P-direction-hydro", "direction", T, "'tăng 18,3%' while 37,45 -> 30,6", direction("tăng", "30,6", "37,45"))
run(d, "P-period-span", "period-span", T, "hơn mười năm qua, kể từ năm 2017 (2024)", span(lambda n: n > 10, 2017, 2024))
run(d, "P-share-renewables", "share", T, "15,2%: 18,9 / 150,8", share("15,2", "18,9", "150,8"))
run(d, "hydro-magnitude", "change", F, "|18,3%| matches 30,6 vs 37,45 (sign wrong)", change("-18,3", "30,6", "37,45"))
run(d, "output", "change", F, "tăng 11,8%: 150,8 vs 134,9", change("11,8", "150,8", "134,9"))
run(d, "coal-share", "share", F, "chiếm 56,5%: 85,2 / 150,8", share("56,5", "85,2", "150,8"))
run(d, "hydro-share", "share", F, "chiếm 20,3%: 30,6 / 150,8", share("20,3", "30,6", "150,8"))
run(d, "gas-share", "share", F, "(8,2%): 12,4 / 150,8", share("8,2", "12,4", "150,8"))
run(d, "import-share", "share", F, "(1,7%): 2,5 / 150,8", share("1,7", "2,5", "150,8"))
run(d, "parts-le-total", "sum", F, "85,2 + 30,6 + 18,9 + 12,4 + 2,5 <= 150,8", sum_le("150,8", ["85,2", "30,6", "18,9", "12,4", "2,5"]))
run(d, "peak", "change", F, "tăng 10,6%: 49.533 vs 44.790", change("10,6", "49.533", "44.790"))
run(d, "tariff", "change", F, "tăng 4,5%: 2.006,79 vs 1.920,37", change("4,5", "2.006,79", "1.920,37"))
run(d, "rooftop-share", "share", F, "chiếm 11,9%: 9.580 / 80.555", share("11,9", "9.580", "80.555"))
# ======================= d-vi-14 =======================
d = "d-vi-14"
run(d, "P-cagr-2014-2020", "cagr", T, "khoảng 9,3%/năm: 284 -> 443, 2014-2020", cagr("9,3", "284", "443", 6, approx="0.1"))
run(d, "P-multiple-near-double", "multiple", T, "gần gấp đôi: 286 / 136", near_below(2, lambda r: div(r.B("286"), r.B("136"))))
run(d, "energy-share", "share", F, "chiếm 64,6%: 286 / 443", share("64,6", "286", "443"))
run(d, "agri-share", "share", F, "(20,1%): 89 / 443", share("20,1", "89", "443"))
run(d, "ippu-share", "share", F, "(10,4%): 46 / 443", share("10,4", "46", "443"))
run(d, "waste-share", "share", F, "(5,0%): 22 / 443", share("5,0", "22", "443"))
run(d, "sectors-sum", "sum", F, "286 + 89 + 46 + 22 = 443", sum_eq("443", ["286", "89", "46", "22"]))
run(d, "net", "signed", F, "401,5 = 443 - 41,5 (LULUCF sink, not a part)", lambda r: (overlap(sub(r.B("443"), r.B("41,5")), r.B("401,5")), "difference"))
run(d, "power-share", "share", F, "chiếm 41,3%: 118 / 286", share("41,3", "118", "286"))
run(d, "per-capita", "approx", F, "khoảng 4,5 tấn: 443 / 97,6", approx_eq("4.5", lambda r: div(r.B("443"), r.B("97,6")), "0.02"))
run(d, "china-near-double", "multiple", F, "gần gấp đôi Việt Nam: 8,9 / (443/97,6)", near_below(2, lambda r: div(r.B("8,9"), div(r.B("443"), r.B("97,6")))))
# ======================= d-vi-15 =======================
d = "d-vi-15"
run(d, "P-implied-base-10m", "implied-base", T, "tăng 8,5%: 5.271.200 vs 4.758.900", change("8,5", "5.271.200", "4.758.900"))
run(d, "P-yoy-vs-mom", "yoy-vs-mom", T, "tăng 12,6% so với tháng trước: 63.100 vs 61.850", change("12,6", "63.100", "61.850"))
run(d, "P-hedge-77", "hedge", T, "gần 77%: 428.200 / 553.900", near_below(77, lambda r: pct(div(r.B("428.200"), r.B("553.900")))))
run(d, "accom-yoy-true", "yoy-vs-mom", F, "12,6% is the year-on-year rate: 63.100 vs 56.040", change("12,6", "63.100", "56.040"))
run(d, "total-mom", "change", F, "tăng 1,6%: 553.900 vs 545.200", change("1,6", "553.900", "545.200"))
run(d, "total-yoy", "change", F, "tăng 7,1%: 553.900 vs 517.300", change("7,1", "553.900", "517.300"))
run(d, "accom-share", "share", F, "chiếm 11,4%: 63.100 / 553.900", share("11,4", "63.100", "553.900"))
run(d, "components-sum", "sum", F, "428.200 + 63.100 + 4.800 + 57.800 = 553.900", sum_eq("553.900", ["428.200", "63.100", "4.800", "57.800"]))
# ======================= d-vi-16 (clean) =======================
d = "d-vi-16"
run(d, "matches", "count", F, "14 đội x 26 vòng / 2 = 182 trận", count(182, 14 * 26 // 2))
run(d, "avg-attendance", "approx", F, "8.680/trận: 1,58 triệu / 182", approx_eq(8680, lambda r: div(r.B("1,58", 1e6), r.B("182")), "0.005"))
run(d, "attendance-change", "change", F, "tăng 20,6%: 1,58 vs 1,31", change("20,6", "1,58", "1,31"))
run(d, "namdinh-multiple", "multiple", F, "gấp 3,3 lần: 14.200 / 4.300", ratio("3,3", "14.200", "4.300"))
run(d, "sponsor-share", "share", F, "58,1%: 108 / 186", share("58,1", "108", "186"))
run(d, "tv-share", "share", F, "33,3%: 62 / 186", share("33,3", "62", "186"))
run(d, "other-share", "share", F, "8,6%: 16 / 186", share("8,6", "16", "186"))
run(d, "revenue-sum", "sum", F, "108 + 62 + 16 = 186", sum_eq("186", ["108", "62", "16"]))
run(d, "profit", "signed", F, "lãi 15 = 186 - 171", lambda r: (overlap(sub(r.B("186"), r.B("171")), r.B("15")), "difference"))
run(d, "tv-change", "change", F, "tăng 24%: 62 vs 50", change("24", "62", "50"))
run(d, "top3-share", "share", F, "30,4%: 13 x (14.200 + 11.900 + 10.800) / 1,58 triệu", lambda r: (overlap(pct(div(mul(k(13), add(r.B("14.200"), r.B("11.900"), r.B("10.800"))), r.B("1,58", 1e6))), r.B("30,4")), "top-3 home crowds"))
run(d, "top3-le-top5", "topk", F, "30,4 <= 45,4", topk("30,4", "45,4"))
run(d, "span-1985", "period-span", F, "39 năm kể từ 1985 (2024)", span(lambda n: n == 39, 1985, 2024))
# ======================= d-vi-17 =======================
d = "d-vi-17"
run(d, "P-fraction-electronics", "fraction", T, "hai phần ba: 1,02 / 1,68", frac_word("66.667", lambda r: pct(div(r.B("1,02"), r.B("1,68")))))
run(d, "P-enumeration", "enumeration", T, "bốn nhóm nhiệm vụ, 3 listed (một là..ba là)", count(4, 3))
run(d, "structure-sum", "sum", F, "63,2 + 22,4 + 10,1 + 4,3 = 100", sum_eq("100", ["63,2", "22,4", "10,1", "4,3"]))
run(d, "budget", "change", F, "vượt 23%: 15.620 vs 12.700", change("23", "15.620", "12.700"))
run(d, "trade-surplus", "signed", F, "xuất siêu 3,5 = 32,6 - 29,1", lambda r: (overlap(sub(r.B("32,6"), r.B("29,1")), r.B("3,5")), "difference"))
run(d, "migrant-share", "share", F, "chiếm 46,8%: 118.000 / 252.000", share("46,8", "118.000", "252.000"))
run(d, "migrant-half", "fraction", F, "gần một nửa: 46,8%", near_below(50, lambda r: pct(div(r.B("118.000"), r.B("252.000")))))
# ======================= d-vi-18 =======================
d = "d-vi-18"
run(d, "P-yoy-vs-mom", "yoy-vs-mom", T, "tăng 29,8% so với cùng kỳ: 125.000 vs 147.600", change("29,8", "125.000", "147.600"))
run(d, "P-share-germany", "share", T, "11,6%: 163.000 / 1,25 triệu", share("11,6", "163.000", "1,25", ts=1e6))
run(d, "P-topk-boundary", "topk", T, "top 5 = 49% vs top 10 = 48% (bands only touch)", topk("49", "48"))
run(d, "mom-true", "yoy-vs-mom", F, "29,8% is the month-on-month rate: 125.000 vs 96.300", change("29,8", "125.000", "96.300"))
run(d, "value-yoy", "change", F, "tăng 40%: 682 vs 487", change("40", "682", "487"))
run(d, "unit-price-nov", "ratio", F, "5.456 USD/tấn = 682 triệu / 125.000", ratio("5.456", "682.000.000", "125.000"))
run(d, "unit-price-11m", "ratio", F, "3.984 USD/tấn = 4,98 tỷ / 1,25 triệu", lambda r: (overlap(div(r.B("4,98", 1e9), r.B("1,25", 1e6)), r.B("3.984")), "value/volume"))
run(d, "processed-share", "share", F, "chiếm 15,7%: 780 / 4.980", share("15,7", "780", "4,98", ts=1000))
run(d, "italy-share", "share", F, "(10,1%): 126.000 / 1,25 triệu", share("10,1", "126.000", "1,25", ts=1e6))
run(d, "spain-share", "share", F, "(7,9%): 98.500 / 1,25 triệu", share("7,9", "98.500", "1,25", ts=1e6))
run(d, "near-5bn", "hedge", F, "gần 5 tỷ USD: 4,98", near_below(5, lambda r: r.B("4,98")))
# ======================= d-vi-19 (clean) =======================
d = "d-vi-19"
run(d, "mom", "change", F, "tăng 40% so với tháng 8: 29.435 vs 21.020", change("40", "29.435", "21.020"))
run(d, "yoy", "change", F, "tăng 17,8%: 29.435 vs 24.990", change("17,8", "29.435", "24.990"))
run(d, "types-sum", "sum", F, "21.310 + 7.810 + 315 = 29.435", sum_eq("29.435", ["21.310", "7.810", "315"]))
run(d, "origin-sum", "sum", F, "16.180 + 13.255 = 29.435", sum_eq("29.435", ["16.180", "13.255"]))
run(d, "ckd-share", "share", F, "chiếm 55%: 16.180 / 29.435", share("55", "16.180", "29.435"))
run(d, "9m", "change", F, "giảm 11%: 205.474 vs 230.870", change("-11", "205.474", "230.870"))
run(d, "toyota-share", "share", F, "chiếm 21,3%: 6.280 / 29.435", share("21,3", "6.280", "29.435"))
run(d, "top3-brands", "share", F, "chiếm 46,9%: (6.280 + 3.850 + 3.680) / 29.435", lambda r: (overlap(pct(div(add(r.B("6.280"), r.B("3.850"), r.B("3.680")), r.B("29.435"))), r.B("46,9")), "top-3 brands"))
run(d, "vinfast-double", "multiple", F, "gấp đôi: 11.230 / 5.590", ratio("2", "11.230", "5.590"))
# ======================= d-vi-20 =======================
d = "d-vi-20"
run(d, "P-implied-total-mfg", "implied-total", T, "58,6%: 13,21 / 20,52", share("58,6", "13,21", "20,52"))
run(d, "P-restatement-disb", "restatement", T, "14,15 (8 tháng) vs 14,51 (no period)", restate("14,15", "14,51"))
run(d, "P-points-vs-percent", "points-vs-percent", T, "'tăng 6,6%' for 49,1% -> 55,7%", pct_as_relative("6,6", "55,7", "49,1"))
run(d, "pp-true", "pp", F, "55,7 - 49,1 = 6,6 điểm phần trăm", pp("6,6", "55,7", "49,1"))
run(d, "new-share", "share", F, "55,7%: 11,43 / 20,52", share("55,7", "11,43", "20,52"))
run(d, "total-change", "change", F, "tăng 8%: 20,52 vs 19,0", change("8", "20,52", "19,0"))
run(d, "parts-sum", "sum", F, "11,43 + 6,27 + 2,82 = 20,52", sum_eq("20,52", ["11,43", "6,27", "2,82"]))
for name, v, s in [("realestate", "2,32", "11,3"), ("singapore", "5,88", "28,7"), ("japan", "2,54", "12,4"),
                   ("hongkong", "2,25", "11"), ("china", "2,19", "10,7"), ("bacninh", "3,18", "15,5"),
                   ("quangninh", "1,92", "9,4"), ("hcmc", "1,42", "6,9")]:
    run(d, f"{name}-share", "share", F, f"{s}%: {v} / 20,52", share(s, v, "20,52"))
run(d, "fdi-export-share", "share", F, "chiếm 72,1%: 195,1 / 270,6", share("72,1", "195,1", "270,6"))

bad = RESULTS.count(False)
print(f"\n{len(RESULTS)} relations checked, {bad} unexpected")
print("ARITH OK" if bad == 0 else "ARITH FAILED")
sys.exit(1 if bad else 0)
