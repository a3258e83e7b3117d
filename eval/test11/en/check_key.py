#!/usr/bin/env python3
"""Check key.json: loads, every doc keyed, every substring occurs exactly once in the scored text,
expect and clean substrings do not overlap in the text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        return f"{obj['title']}\n\n{obj['content']}" if obj.get("title") else obj["content"]
    return text

key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
errs = 0
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d not in key:
        print("NOT KEYED:", d); errs += 1
n_exp = n_clean = n_ver = 0
for name, spec in key.items():
    p = os.path.join(DOCS, name)
    if not os.path.exists(p):
        print("MISSING DOC:", name); errs += 1; continue
    t = scored_text(p)
    def spans(subs, label):
        global errs
        out = []
        for s in subs:
            c = t.count(s)
            if c != 1:
                print(f"{name}: {label} substring {s!r} occurs {c} times"); errs += 1
            i = t.find(s); out.append((i, i + len(s), s))
        return out
    exp = []
    for e in spec["expect"]:
        assert e["severity"] in ("error", "warning"), e
        exp += spans(e["any_of"], "expect"); n_exp += 1
    cl = spans(spec["clean"], "clean"); n_clean += len(cl)
    n_ver += len(spans(spec.get("verified", []), "verified"))
    for a in exp:
        for b in cl:
            if a[0] < b[1] and b[0] < a[1]:
                print(f"{name}: expect {a[2]!r} overlaps clean {b[2]!r}"); errs += 1
    words = len(t.split())
    if not 250 <= words <= 700:
        print(f"{name}: {words} words (outside 250-700)"); errs += 1
print(f"{len(key)} docs, {n_exp} expected problems, {n_clean} clean, {n_ver} verified; problems: {errs}")
print("check_key: OK" if errs == 0 else "check_key: FAILED")
sys.exit(1 if errs else 0)
