#!/usr/bin/env python3
"""Check key.json against docs/: loads, every doc keyed, every substring occurs exactly once, expect/clean disjoint."""
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
bad = 0
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d not in key:
        print("NOT KEYED", d); bad += 1
for name, spec in key.items():
    p = os.path.join(DOCS, name)
    if not os.path.exists(p):
        print("MISSING DOC", name); bad += 1; continue
    t = scored_text(p)
    exp_regions, clean_regions = [], []
    for e in spec["expect"]:
        for s in e["any_of"]:
            n = t.count(s)
            if n != 1: print(f"{name}: expect {e['id']} substring {s!r} occurs {n}x"); bad += 1
            i = t.find(s); exp_regions.append((i, i + len(s), s))
        if e["severity"] not in ("error", "warning"): print("bad severity", e); bad += 1
    for fld in ("clean", "verified"):
        for s in spec.get(fld, []):
            n = t.count(s)
            if n != 1: print(f"{name}: {fld} substring {s!r} occurs {n}x"); bad += 1
            if fld == "clean":
                i = t.find(s); clean_regions.append((i, i + len(s), s))
    for a in exp_regions:
        for b in clean_regions:
            if a[0] < b[1] and b[0] < a[1]:
                print(f"{name}: expect {a[2]!r} overlaps clean {b[2]!r}"); bad += 1
    if not (6 <= len(spec["clean"]) <= 12): print(f"{name}: {len(spec['clean'])} clean entries"); bad += 1
    if not (2 <= len(spec.get("verified", [])) <= 6): print(f"{name}: {len(spec['verified'])} verified entries"); bad += 1
    words = len(t.split())
    print(f"{name}: {words} words, {len(spec['expect'])} expect, {len(spec['clean'])} clean, {len(spec.get('verified', []))} verified")
n_exp = sum(len(v["expect"]) for v in key.values())
print(f"docs={len(docs)} keyed={len(key)} expect={n_exp} problems={bad}")
print("check_key: OK" if bad == 0 else "check_key: FAIL")
sys.exit(1 if bad else 0)
