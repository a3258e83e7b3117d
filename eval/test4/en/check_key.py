#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, substrings occur exactly once, expect/clean disjoint."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
key = {k: v for k, v in key.items() if not k.startswith("_")}
bad = 0
def scored(fn):
    p = os.path.join(DOCS, fn)
    if fn.endswith(".json"):
        d = json.load(open(p, encoding="utf-8"))
        return d["title"] + "\n\n" + d["content"]
    return open(p, encoding="utf-8").read()
files = sorted(os.listdir(DOCS))
for fn in files:
    if fn not in key:
        print("NOT KEYED:", fn); bad += 1
for fn, ent in key.items():
    if fn not in files:
        print("MISSING DOC:", fn); bad += 1; continue
    text = scored(fn)
    spans = {"expect": [], "clean": []}
    subs = [("expect", s) for e in ent["expect"] for s in e["any_of"]] + \
           [("clean", s) for s in ent["clean"]] + [("verified", s) for s in ent["verified"]]
    for kind, s in subs:
        n = text.count(s)
        if n != 1:
            print(f"{fn}: {kind} substring {s!r} occurs {n} times"); bad += 1; continue
        i = text.index(s)
        if kind in spans: spans[kind].append((i, i + len(s), s))
    for a0, a1, a in spans["expect"]:
        for b0, b1, b in spans["clean"]:
            if a0 < b1 and b0 < a1:
                print(f"{fn}: expect {a!r} overlaps clean {b!r}"); bad += 1
    if not (6 <= len(ent["clean"]) <= 12): print(f"{fn}: clean count {len(ent['clean'])}"); bad += 1
    if not (2 <= len(ent["verified"]) <= 6): print(f"{fn}: verified count {len(ent['verified'])}"); bad += 1
print(f"{len(key)} documents, {sum(len(v['expect']) for v in key.values())} expected, "
      f"{sum(len(v['clean']) for v in key.values())} clean, {sum(len(v['verified']) for v in key.values())} verified")
print("check_key: OK" if bad == 0 else f"check_key: {bad} problem(s)")
sys.exit(1 if bad else 0)
