#!/usr/bin/env python3
"""Check key.json: loads, every doc keyed, substrings occur exactly once, expect/clean disjoint."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def scored(p):
    t = open(p, encoding="utf-8").read()
    if p.endswith(".json"):
        o = json.loads(t); return (o["title"] + "\n\n" + o["content"]) if o.get("title") else o["content"]
    return t
key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
docs = sorted(os.listdir(os.path.join(HERE, "docs")))
bad = 0
for d in docs:
    if d not in key: print("NOT KEYED", d); bad += 1
for d, e in key.items():
    p = os.path.join(HERE, "docs", d)
    if not os.path.exists(p): print("MISSING DOC", d); bad += 1; continue
    t = scored(p)
    spans = {"expect": [], "clean": [], "verified": []}
    for x in e["expect"]:
        for s in x["any_of"]: spans["expect"].append(s)
    spans["clean"] = e.get("clean", []); spans["verified"] = e.get("verified", [])
    pos = {}
    for cat, ss in spans.items():
        for s in ss:
            n = t.count(s)
            if n != 1: print(f"{d}: {cat} {s!r} occurs {n} times"); bad += 1
            else: pos.setdefault(cat, []).append((t.find(s), t.find(s) + len(s), s))
    for a0, a1, a in pos.get("expect", []):
        for b0, b1, b in pos.get("clean", []):
            if a0 < b1 and b0 < a1: print(f"{d}: expect {a!r} overlaps clean {b!r}"); bad += 1
    print(f"{d}: expect={len(e['expect'])} clean={len(e['clean'])} verified={len(e['verified'])}")
print("check_key: OK" if not bad else f"check_key: {bad} PROBLEMS")
sys.exit(1 if bad else 0)
