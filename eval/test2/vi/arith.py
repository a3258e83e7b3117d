#!/usr/bin/env python3
"""Recompute every relation listed in NOTES.md from the figures as printed.

Each printed figure is an interval: "7,42" -> [7.415, 7.425); "38%" -> [37.5, 38.5);
integers written in full (counts, "148.350 tỷ đồng") are taken as exact.
A relation's computed value is the [min, max] of the formula over the corners of its operands'
intervals (all formulas used are monotonic in each operand). A stated figure is consistent
when its own interval meets the computed interval (or, for hedges, when the hedge's direction holds).
Prints `ok` for consistent relations, `PLANTED-FAILS` for planted ones that fail as intended;
exits 1 if a consistent relation fails or a planted one holds.
"""
import itertools, math, sys
from fractions import Fraction as F

def iv(s):
    """Vietnamese-printed number -> (lo, hi). ',' decimal, '.' thousands."""
    s = s.strip().rstrip('%')
    if ',' in s:
        ip, dp = s.split(',')
        ip = ip.replace('.', '')
        v = F(ip + dp) / 10 ** len(dp)
        h = F(1, 2 * 10 ** len(dp))
        return (v - h, v + h)
    v = F(s.replace('.', ''))
    return (v, v)

def pct_iv(s):
    """A percentage with no decimals ("38%") carries a half-unit band too."""
    s = s.strip().rstrip('%')
    if ',' in s:
        return iv(s)
    v = F(s)
    return (v - F(1, 2), v + F(1, 2))

def ev(fn, *ops):
    vals = [fn(*c) for c in itertools.product(*ops)]
    return (min(vals), max(vals))

def meets(a, b):
    return a[0] <= b[1] and b[0] <= a[1]

FAIL = 0
def report(doc, name, holds, planted, detail):
    global FAIL
    if planted:
        tag = 'PLANTED-FAILS' if not holds else 'PLANTED-HOLDS (BAD)'
        if holds: FAIL += 1
    else:
        tag = 'ok' if holds else 'INCONSISTENT (BAD)'
        if not holds: FAIL += 1
    print(f"{tag:20s} {doc} {name}: {detail}")

def fmt(x):
    return f"[{float(x[0]):.4f}, {float(x[1]):.4f}]"

def share(doc, name, part, total, stated, planted=False):
    c = ev(lambda p, t: 100 * p / t, part, total)
    st = pct_iv(stated)
    report(doc, name, meets(c, st), planted, f"part/total = {fmt(c)}% vs stated {stated}%")

def change(doc, name, new, old, stated_signed, planted=False):
    c = ev(lambda n, o: 100 * (n - o) / o, new, old)
    st = pct_iv(stated_signed.lstrip('-'))
    if stated_signed.startswith('-'):
        st = (-st[1], -st[0])
    report(doc, name, meets(c, st), planted, f"change = {fmt(c)}% vs stated {stated_signed}%")

def ratio(doc, name, a, b, stated, planted=False):
    c = ev(lambda x, y: x / y, a, b)
    st = iv(stated) if isinstance(stated, str) else (F(stated), F(stated))
    report(doc, name, meets(c, st), planted, f"ratio = {fmt(c)} vs stated {stated}")

def approx(doc, name, c, stated_iv, planted=False, what="value"):
    report(doc, name, meets(c, stated_iv), planted, f"{what} = {fmt(c)} vs stated {fmt(stated_iv)}")

def cond(doc, name, holds, planted=False, detail=""):
    report(doc, name, holds, planted, detail)

def add(*xs):
    return (sum(x[0] for x in xs), sum(x[1] for x in xs))

# ---------------- t2-vi-01 rice exports ----------------
D = 't2-vi-01'
change(D, 'volume +6,3% (7,42 vs 6,98 triệu tấn)', iv('7,42'), iv('6,98'), '6,3')
change(D, 'value -4,2% (4,38 vs 4,57 tỷ USD)', iv('4,38'), iv('4,57'), '-4,2')
approx(D, 'avg price ~590 USD/tấn = 4,38 tỷ / 7,42 triệu', ev(lambda v, q: 1000 * v / q, iv('4,38'), iv('7,42')), (F(585), F(595)), what='USD/t')
approx(D, 'avg price 655 USD/tấn last year = 4,57 / 6,98', ev(lambda v, q: 1000 * v / q, iv('4,57'), iv('6,98')), iv('655'), what='USD/t')
share(D, 'Philippines 41,1% = 3,05/7,42', iv('3,05'), iv('7,42'), '41,1')
share(D, 'top-3 64,4% = (3,05+1,12+0,61)/7,42', add(iv('3,05'), iv('1,12'), iv('0,61')), iv('7,42'), '64,4')
change(D, 'Indonesia +19,1% (1,12 vs 0,94)', iv('1,12'), iv('0,94'), '19,1')
change(D, 'PLANTED respectively: Malaysia +7,3% (0,61 vs 0,52)', iv('0,61'), iv('0,52'), '7,3', planted=True)
c = ev(lambda n, o: 100 * (o - n) / o, iv('0,41'), iv('0,54'))
cond(D, 'PLANTED change: China "giảm hơn 30%" (0,41 vs 0,54)', c[1] > 30, planted=True, detail=f"decline = {fmt(c)}%, stated > 30%")
share(D, 'PLANTED share: Bờ Biển Ngà 9,8% = 0,58/7,42 (total two paragraphs up)', iv('0,58'), iv('7,42'), '9,8', planted=True)
approx(D, 'surplus ~3,9 tỷ USD = 4,38 - 0,48', ev(lambda a, b: a - b, iv('4,38'), iv('0,48')), iv('3,9'), what='tỷ USD')
share(D, '180.000 ha = 18% of 1 triệu ha', iv('180.000'), (F(1000000), F(1000000)), '18')
cond(D, 'ranking: Malaysia 0,61 (3rd) > Bờ Biển Ngà 0,58 > China 0,41 > Ghana 0,39', iv('0,61')[0] > iv('0,58')[1] > 0 and iv('0,58')[0] > iv('0,41')[1] and iv('0,41')[0] > iv('0,39')[1], detail='order holds')
cond(D, 'named markets 3,05+1,12+0,61+0,41+0,58+0,39 <= 7,42', add(iv('3,05'), iv('1,12'), iv('0,61'), iv('0,41'), iv('0,58'), iv('0,39'))[0] <= iv('7,42')[1], detail='parts below total')

# ---------------- t2-vi-02 Hai Phong statistics ----------------
D = 't2-vi-02'
change(D, 'PLANTED yoy-vs-mom: exports "+4,0% so với cùng kỳ" (3,12 vs 2,71)', iv('3,12'), iv('2,71'), '4,0', planted=True)
change(D, '  (the 4,0% is the month-on-month rate: 3,12 vs 3,00)', iv('3,12'), iv('3,00'), '4,0')
change(D, 'imports +3,8% MoM (2,46 vs 2,37)', iv('2,46'), iv('2,37'), '3,8')
change(D, 'imports +9,3% YoY (2,46 vs 2,25)', iv('2,46'), iv('2,25'), '9,3')
approx(D, 'trade surplus 660 triệu USD = 3,12 - 2,46 tỷ', ev(lambda a, b: 1000 * (a - b), iv('3,12'), iv('2,46')), (F(660), F(660)), what='triệu USD')
change(D, 'PLANTED direction: retail "giảm 7,6%" (148.350 vs 137.870)', iv('148.350'), iv('137.870'), '-7,6', planted=True)
change(D, '  (the figures give +7,6%)', iv('148.350'), iv('137.870'), '7,6')
s = add(iv('72,4'), iv('14,1'), iv('1,6'), iv('13,5'))
cond(D, 'PLANTED sum: retail structure 72,4+14,1+1,6+13,5 = 100', s[0] <= 100 <= s[1], planted=True, detail=f"sum = {fmt(s)}%")
share(D, 'budget revenue 87,3% of dự toán (98.640/112.990)', iv('98.640'), iv('112.990'), '87,3')
cond(D, 'budget parts 61.200 + 37.440 = 98.640', 61200 + 37440 == 98640, detail='exact')
change(D, 'new firms +12,0% (4.212 vs 3.761)', iv('4.212'), iv('3.761'), '12,0')
ratio(D, 'registered capital gấp 1,5 lần (61.480 / 40.950)', iv('61.480'), iv('40.950'), '1,5')

# ---------------- t2-vi-03 HCMC credit ----------------
D = 't2-vi-03'
base = ev(lambda n, r: n / (1 + r / 100), iv('4,26'), iv('11,2'))
approx(D, 'PLANTED implied-base: 4,26 after +11,2% implies base vs stated 3,93', base, iv('3,93'), planted=True, what='implied base (triệu tỷ)')
change(D, 'deposits +8,4% (5,02 vs 4,63)', iv('5,02'), iv('4,63'), '8,4')
approx(D, 'loan-to-deposit ~85% = 4,26/5,02', ev(lambda a, b: 100 * a / b, iv('4,26'), iv('5,02')), (F(84), F(86)), what='%')
share(D, 'real estate 23,9% = 1,02/4,26', iv('1,02'), iv('4,26'), '23,9')
share(D, 'trade 20,7% = 0,88/4,26', iv('0,88'), iv('4,26'), '20,7')
share(D, 'manufacturing 16,7% = 0,71/4,26', iv('0,71'), iv('4,26'), '16,7')
approx(D, 'consumer loans 21,4% -> 19,8% = -1,6 điểm phần trăm', ev(lambda a, b: a - b, iv('21,4'), iv('19,8')), iv('1,6'), what='points')
cond(D, 'PLANTED topk: top-5 48,6% <= top-10 46,9%', iv('48,6')[0] <= iv('46,9')[1], planted=True, detail='top-5 exceeds top-10')
cond(D, 'deposits top-3 31,4% <= top-5 39,9%', iv('31,4')[0] <= iv('39,9')[1], detail='monotone')
rel = ev(lambda a, b: 100 * (a - b) / b, iv('2,6'), iv('2,1'))
cond(D, 'PLANTED points-vs-percent (warning): NPL 2,1% -> 2,6% "tăng 0,5%"', meets(rel, iv('0,5')), planted=True, detail=f"relative change = {fmt(rel)}%; the 0,5 is points")
approx(D, '  (difference is 0,5 points)', ev(lambda a, b: a - b, iv('2,6'), iv('2,1')), iv('0,5'), what='points')
c = ev(lambda a, b: 100 * a / b, iv('9.850'), iv('145.000'))
cond(D, 'social housing 9.850/145.000 "chưa tới 7%"', c[1] < 7, detail=f"{fmt(c)}%")

# ---------------- t2-vi-04 Da Nang tourism (JSON) ----------------
D = 't2-vi-04'
approx(D, 'international + domestic = total (3,92 + 5,92 vs 9,84)', add(iv('3,92'), iv('5,92')), iv('9,84'), what='triệu lượt')
prior = ev(lambda i, d, ri, rd: i / (1 + ri / 100) + d / (1 + rd / 100), iv('3,92'), iv('5,92'), pct_iv('22'), pct_iv('10'))
change(D, 'total +14,5% vs bases implied by +22% and +10%', iv('9,84'), prior, '14,5')
cond(D, 'title "gần 9,9 triệu" for 9,84', iv('9,84')[1] < F('9.9') and iv('9,84')[0] > F('9.7'), detail='just under 9,9')
share(D, 'Korea 38% = 1,49/3,92', iv('1,49'), iv('3,92'), '38')
share(D, 'China 14,0% = 0,55/3,92', iv('0,55'), iv('3,92'), '14,0')
share(D, 'Japan 6,1% = 0,24/3,92', iv('0,24'), iv('3,92'), '6,1')
r = ev(lambda a, b: a / b, iv('1.240'), iv('520'))
cond(D, 'PLANTED multiple: 1.240 flights "gấp ba lần" 520', meets(r, (F('2.75'), F('3.25'))), planted=True, detail=f"ratio = {fmt(r)}")
# room counts read as rounded to the hundred: 42.500 -> [42.450, 42.550), 58.300 -> [58.250, 58.350)
cg = ev(lambda a, b: (float(a / b) ** (1 / 5) - 1) * 100, (F(58250), F(58350)), (F(42450), F(42550)))
cond(D, 'PLANTED cagr: rooms 42.500 (2020) -> 58.300 (2025) "9%/năm" (5 years; rooms read as rounded to 100)', 8.5 <= cg[1] and cg[0] <= 9.5, planted=True, detail=f"CAGR = [{cg[0]:.3f}, {cg[1]:.3f}]%")
cond(D, 'PLANTED period-span: 2019 -> 2026 "hơn mười năm"', 2026 - 2019 > 10, planted=True, detail=f"span = {2026 - 2019} years")
cond(D, 'edition count: annual since 2019 -> 2026 is "lần thứ tám"', 2026 - 2019 + 1 == 8, detail='8th edition')
cond(D, '"ba thị trường trọng điểm" lists 3 items', len(['Hàn Quốc', 'Nhật Bản', 'Ấn Độ']) == 3, detail='3 listed')

# ---------------- t2-vi-05 Nghe An education ----------------
D = 't2-vi-05'
cond(D, 'schools 608+512+318+124 = 1.562', 608 + 512 + 318 + 124 == 1562, detail='exact')
share(D, 'standard schools 79,5% = 1.242/1.562', iv('1.242'), iv('1.562'), '79,5')
approx(D, '79,5% - 76,3% = 3,2 điểm phần trăm', ev(lambda a, b: a - b, iv('79,5'), iv('76,3')), iv('3,2'), what='points')
cond(D, 'teacher shortage 1.020+760+370 = 2.150', 1020 + 760 + 370 == 2150, detail='exact')
share(D, 'education spending 21,6% = 9.380/43.420', iv('9.380'), iv('43.420'), '21,6')
cond(D, 'hired 1.105 <= 1.480 quota', 1105 <= 1480, detail='')
c = ev(lambda a, b: 100 * a / b, iv('3.240'), iv('4.860'))
cond(D, 'PLANTED fraction: 3.240/4.860 "khoảng ba phần tư" (75% ± 2,5)', meets(c, (F('72.5'), F('77.5'))), planted=True, detail=f"share = {fmt(c)}% (two thirds)")
cond(D, 'PLANTED enumeration: "ba nhóm giải pháp" lists (1)-(4)', 4 == 3, planted=True, detail='4 items listed')
cond(D, 'PLANTED restatement: 812.400 vs 821.400 học sinh, both năm học 2026-2027', 812400 == 821400, planted=True, detail='differ by 9.000')

# ---------------- t2-vi-06 labour market (clean) ----------------
D = 't2-vi-06'
approx(D, 'employed + unemployed = labour force (52,1 + 1,07 vs 53,2)', add(iv('52,1'), iv('1,07')), iv('53,2'), what='triệu')
share(D, 'unemployment rate 2,01% = 1,07/53,2', iv('1,07'), iv('53,2'), '2,01')
lf = ev(lambda x: 100 * F('0.512') / (x - F('0.512')), iv('53,2'))
approx(D, 'labour force +512.000 người = +1,0% (base = 53,2 triệu - 0,512)', lf, iv('1,0'), what='% change')
cond(D, 'overall rate 2,01% lies between rural 1,98% and urban 2,61%', iv('1,98')[0] <= iv('2,01')[1] and iv('2,01')[0] <= iv('2,61')[1], detail='')
approx(D, 'sectors 13,3+17,6+21,2 = 52,1', add(iv('13,3'), iv('17,6'), iv('21,2')), iv('52,1'), what='triệu')
share(D, 'agriculture 25,5% = 13,3/52,1', iv('13,3'), iv('52,1'), '25,5')
share(D, 'industry 33,8% = 17,6/52,1', iv('17,6'), iv('52,1'), '33,8')
share(D, 'services 40,7% = 21,2/52,1', iv('21,2'), iv('52,1'), '40,7')
s = add(iv('25,5'), iv('33,8'), iv('40,7'))
cond(D, 'sector shares sum to 100', s[0] <= 100 <= s[1], detail=fmt(s))
cond(D, 'two regions 41,3% <= three regions 59,0%', iv('41,3')[1] <= iv('59,0')[0], detail='')
change(D, 'income +9,1% (8,4 vs 7,7)', iv('8,4'), iv('7,7'), '9,1')
change(D, 'men +9,0% (9,7 vs 8,9) [respectively]', iv('9,7'), iv('8,9'), '9,0')
change(D, 'women +9,4% (7,0 vs 6,4) [respectively]', iv('7,0'), iv('6,4'), '9,4')
ratio(D, 'men/women "gấp khoảng 1,4 lần" (9,7/7,0)', iv('9,7'), iv('7,0'), '1,4')
share(D, 'informal 64,2% = 33,46/52,1', iv('33,46'), iv('52,1'), '64,2')
cond(D, '"Gần 2/3" for 64,2%', F(60) < iv('64,2')[0] and iv('64,2')[1] < F(200, 3), detail='below 66,7%, close')
cond(D, '"chưa tới 30%" for 29,1%', iv('29,1')[1] < 30, detail='')
share(D, 'Japan 49,7% = 58.900/118.600', iv('58.900'), iv('118.600'), '49,7')
share(D, 'Taiwan 35,7% = 42.300/118.600', iv('42.300'), iv('118.600'), '35,7')
cond(D, '"gần một nửa" for 49,7%', F(45) < iv('49,7')[0] and iv('49,7')[1] < 50, detail='')
cond(D, 'named destinations 58.900+42.300+9.800 <= 118.600', 58900 + 42300 + 9800 <= 118600, detail='')
cond(D, '"hơn một thập kỷ ... từ năm 2014" to 2026', 2026 - 2014 > 10, detail=f"{2026 - 2014} years")

print('arith: ALL AS INTENDED' if FAIL == 0 else f'arith: {FAIL} UNEXPECTED')
sys.exit(1 if FAIL else 0)
