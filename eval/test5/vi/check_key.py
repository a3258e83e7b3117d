#!/usr/bin/env python3
"""Check key.json against docs/: loads, every doc keyed, every substring occurs exactly once in the
scored text (title + blank line + content for JSON), expect and clean substrings do not overlap."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        o = json.loads(t)
        return f"{o['title']}\n\n{o['content']}" if o.get("title") else o["content"]
    return t

def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

errors = []
key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d not in key: errors.append(f"{d}: not keyed")
n_exp = n_clean = n_ver = 0
for name, spec in key.items():
    p = os.path.join(DOCS, name)
    if not os.path.exists(p): errors.append(f"{name}: no such document"); continue
    text = scored(p)
    exp_regions, clean_regions = [], []
    for e in spec["expect"]:
        n_exp += 1
        for k in ("id", "severity", "kind", "any_of"):
            if k not in e: errors.append(f"{name}: expect entry lacks {k}")
        for s in e["any_of"]:
            sp = spans(text, s)
            if len(sp) != 1: errors.append(f"{name}: expect {s!r} occurs {len(sp)} times")
            exp_regions += sp
    for s in spec["clean"]:
        n_clean += 1
        sp = spans(text, s)
        if len(sp) != 1: errors.append(f"{name}: clean {s!r} occurs {len(sp)} times")
        clean_regions += [(r, s) for r in sp]
    for s in spec.get("verified", []):
        n_ver += 1
        sp = spans(text, s)
        if len(sp) != 1: errors.append(f"{name}: verified {s!r} occurs {len(sp)} times")
    for (a, b), s in clean_regions:
        for (c, d2) in exp_regions:
            if a < d2 and c < b: errors.append(f"{name}: clean {s!r} overlaps an expect substring")
for e in errors: print("ERROR", e)
print(f"{len(key)} documents, {n_exp} planted, {n_clean} clean, {n_ver} verified: {'OK' if not errors else str(len(errors)) + ' problems'}")
sys.exit(1 if errors else 0)
