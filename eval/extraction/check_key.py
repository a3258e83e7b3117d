#!/usr/bin/env python3
"""Check every key/<lang>_<stem>.json against its article under ../shared/realworld (relative to the
repository; set CLAIMCHECK_REALWORLD to read the articles from elsewhere).

Checks: sha256 of the article bytes; each span's text == article[start:end]; spans (quantities and
non-quantities together) do not overlap; every digit run (\\d+, incl. full-width digits) and every run
of Chinese numeral characters lies inside some labelled span; each value parses as a Decimal or an
exact fraction "a/b"; required fields, allowed 'why' reasons, lists sorted by start; key file name
matches the 'file' field. Prints one line per problem and a final summary; exit 1 on any problem.
"""
import glob, hashlib, json, os, re, sys
from decimal import Decimal, InvalidOperation
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))  # eval/extraction/ -> the repository
ROOT = os.environ.get('CLAIMCHECK_REALWORLD') or os.path.join(REPO, '..', 'shared', 'realworld')
WHY = {'year', 'date', 'time', 'phone', 'code', 'name', 'ordinal', 'list', 'article', 'vague', 'word', 'other'}
DIGITS = re.compile(r'\d+')                       # str regex: \d matches any Unicode decimal digit (incl. full-width)
CJK_NUM = re.compile(r'[零〇一二两三四五六七八九十百千万亿]+')

def parses(v):
    if not isinstance(v, str) or not v:
        return False
    if re.fullmatch(r'-?\d+/\d+', v):
        try:
            Fraction(v); return True
        except (ValueError, ZeroDivisionError):
            return False
    try:
        d = Decimal(v)
        return d.is_finite()
    except InvalidOperation:
        return False

def check_file(kf, problems):
    name = os.path.basename(kf)
    try:
        k = json.load(open(kf, encoding='utf-8'))
    except Exception as e:
        problems.append(f'{name}: cannot read JSON: {e}'); return 0, 0
    rel = k.get('file', '')
    lang, _, fn = rel.partition('/')
    if name != f'{lang}_{os.path.splitext(fn)[0]}.json':
        problems.append(f'{name}: key file name does not match file field {rel!r}')
    path = os.path.join(ROOT, rel)
    if not os.path.isfile(path):
        problems.append(f'{name}: article {rel!r} not found'); return 0, 0
    raw = open(path, 'rb').read()
    if hashlib.sha256(raw).hexdigest() != k.get('sha256'):
        problems.append(f'{name}: sha256 mismatch')
    text = open(path, encoding='utf-8').read()
    spans = []
    for group, extra in (('quantities', ('value', 'unit')), ('not_quantities', ('why',))):
        items = k.get(group)
        if not isinstance(items, list):
            problems.append(f'{name}: missing list {group!r}'); continue
        starts = [d.get('start', -1) for d in items]
        if starts != sorted(starts):
            problems.append(f'{name}: {group} not sorted by start')
        for d in items:
            s, e, t = d.get('start'), d.get('end'), d.get('text')
            where = f'{name}: {group} [{s}:{e}] {t!r}'
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                problems.append(f'{where}: bad offsets'); continue
            if text[s:e] != t:
                problems.append(f'{where}: text differs from article {text[s:e]!r}')
            for f in extra:
                if not isinstance(d.get(f), str) or not d.get(f):
                    problems.append(f'{where}: missing {f}')
            if group == 'quantities' and not parses(d.get('value')):
                problems.append(f'{where}: value {d.get("value")!r} does not parse')
            if group == 'not_quantities' and d.get('why') not in WHY:
                problems.append(f'{where}: unknown why {d.get("why")!r}')
            spans.append((s, e, t))
    spans.sort()
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
        if s2 < e1:
            problems.append(f'{name}: overlapping spans [{s1}:{e1}] {t1!r} and [{s2}:{e2}] {t2!r}')
    def covered(a, b):
        return any(s <= a and b <= e for s, e, _ in spans)
    for rx, what in ((DIGITS, 'digit run'), (CJK_NUM, 'Chinese numeral run')):
        for m in rx.finditer(text):
            if not covered(m.start(), m.end()):
                ctx = text[max(0, m.start()-20):m.end()+20].replace('\n', ' ')
                problems.append(f'{name}: uncovered {what} {m.group()!r} at {m.start()} ...{ctx}...')
    return len(k.get('quantities', [])), len(k.get('not_quantities', []))

def main():
    files = sorted(glob.glob(os.path.join(HERE, 'key', '*.json')))
    problems = []
    nq = nn = 0
    for kf in files:
        q, n = check_file(kf, problems)
        nq += q; nn += n
    for p in problems:
        print(p)
    print(f'checked {len(files)} key files: {nq} quantities, {nn} non-quantities, {len(problems)} problems')
    sys.exit(1 if problems or not files else 0)

if __name__ == '__main__':
    main()
