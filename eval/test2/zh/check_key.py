#!/usr/bin/env python3
"""Check key.json: loads, every document keyed (and every key has a document), every substring occurs
exactly once in its scored text, expect and clean substrings do not overlap in the text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(HERE, "docs")

def scored(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        o = json.loads(t); return f"{o['title']}\n\n{o['content']}" if o.get("title") else o["content"]
    return t

def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

bad = 0
def err(m):
    global bad; bad += 1; print("BAD", m)

key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d not in key: err(f"document not keyed: {d}")
n_exp = n_clean = n_ver = 0
for name, spec in key.items():
    p = os.path.join(DOCS, name)
    if not os.path.exists(p): err(f"key without document: {name}"); continue
    text = scored(p)
    exp_regions, clean_regions = [], []
    for e in spec["expect"]:
        n_exp += 1
        for k in ("id", "severity", "kind", "any_of"):
            if k not in e: err(f"{name}: expect entry missing {k}")
        for s in e["any_of"]:
            sp = spans(text, s)
            if len(sp) != 1: err(f"{name}: expect {e['id']} substring {s!r} occurs {len(sp)} times")
            exp_regions += sp
    for s in spec["clean"]:
        n_clean += 1
        sp = spans(text, s)
        if len(sp) != 1: err(f"{name}: clean {s!r} occurs {len(sp)} times")
        clean_regions += [(r, s) for r in sp]
    for s in spec.get("verified", []):
        n_ver += 1
        sp = spans(text, s)
        if len(sp) != 1: err(f"{name}: verified {s!r} occurs {len(sp)} times")
    for a in exp_regions:
        for b, s in clean_regions:
            if a[0] < b[1] and b[0] < a[1]: err(f"{name}: clean {s!r} overlaps an expect substring {text[a[0]:a[1]]!r}")
    if not 6 <= len(spec["clean"]) <= 12: err(f"{name}: {len(spec['clean'])} clean entries (want 6-12)")
    if not 2 <= len(spec.get("verified", [])) <= 6: err(f"{name}: {len(spec.get('verified', []))} verified entries (want 2-6)")
print(f"{len(key)} documents, {n_exp} expect, {n_clean} clean, {n_ver} verified")
print("key OK" if bad == 0 else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
