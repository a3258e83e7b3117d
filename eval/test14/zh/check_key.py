#!/usr/bin/env python3
"""Check key.json: loads, every document keyed, every substring occurs exactly once in the scored
text (title + blank line + content for JSON articles), expect/clean substrings do not overlap."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(HERE, "docs")

def scored(path):
    t = open(path, encoding="utf-8").read()
    if t.lstrip().startswith("{"):
        o = json.loads(t); return f"{o['title']}\n\n{o['content']}" if o.get("title") else o["content"]
    return t

key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
bad = 0
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d not in key: print("UNKEYED", d); bad += 1
for name, spec in key.items():
    p = os.path.join(DOCS, name)
    if not os.path.exists(p): print("MISSING DOC", name); bad += 1; continue
    text = scored(p)
    exp_regions, clean_regions = [], []
    for e in spec["expect"]:
        for k in ("id", "severity", "kind", "any_of"):
            if k not in e: print("BAD ENTRY", name, e); bad += 1
        for s in e["any_of"]:
            n = text.count(s)
            if n != 1: print(f"COUNT {n} {name} expect {s!r}"); bad += 1
            i = text.find(s); exp_regions.append((i, i + len(s), s))
    for field in ("clean", "verified"):
        for s in spec.get(field, []):
            n = text.count(s)
            if n != 1: print(f"COUNT {n} {name} {field} {s!r}"); bad += 1
            if field == "clean":
                i = text.find(s); clean_regions.append((i, i + len(s), s))
    for a in exp_regions:
        for b in clean_regions:
            if a[0] < b[1] and b[0] < a[1]: print(f"OVERLAP {name} expect {a[2]!r} / clean {b[2]!r}"); bad += 1
    print(f"{name}: {len(spec['expect'])} expect, {len(spec['clean'])} clean, {len(spec.get('verified', []))} verified, {len(text)} chars")
print(f"documents {len(key)}, problems {bad}")
print("check_key: OK" if not bad else "check_key: FAILED")
sys.exit(1 if bad else 0)
