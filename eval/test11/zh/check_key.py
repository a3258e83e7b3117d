#!/usr/bin/env python3
"""Check key.json: loads, every document keyed, every substring occurs exactly once, expect/clean disjoint."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        o = json.loads(t)
        return f"{o['title']}\n\n{o['content']}" if o.get("title") else o["content"]
    return t

def main():
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    bad = 0
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key:
            print("NOT KEYED", d); bad += 1
    for name in key:
        if name not in docs:
            print("KEY WITHOUT DOC", name); bad += 1
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            n_exp += 1
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e: print("MISSING FIELD", name, k); bad += 1
            for s in e["any_of"]:
                c = text.count(s)
                if c != 1: print(f"COUNT {c} {name} expect {s!r}"); bad += 1
                i = text.find(s); exp_regions.append((i, i + len(s), s))
        for s in spec["clean"]:
            n_clean += 1
            c = text.count(s)
            if c != 1: print(f"COUNT {c} {name} clean {s!r}"); bad += 1
            i = text.find(s); clean_regions.append((i, i + len(s), s))
        for s in spec.get("verified", []):
            n_ver += 1
            c = text.count(s)
            if c != 1: print(f"COUNT {c} {name} verified {s!r}"); bad += 1
            i = text.find(s)
            for a, b, es in exp_regions:
                if a < i + len(s) and i < b: print(f"OVERLAP {name} verified {s!r} with expect {es!r}"); bad += 1
        for a, b, es in exp_regions:
            for c0, c1, cs in clean_regions:
                if a < c1 and c0 < b: print(f"OVERLAP {name} expect {es!r} with clean {cs!r}"); bad += 1
    print(f"documents {len(docs)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if not bad else f"check_key: {bad} PROBLEM(S)")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
