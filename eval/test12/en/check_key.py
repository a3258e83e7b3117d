#!/usr/bin/env python3
"""Check key.json against docs/: loads, every doc keyed, substrings occur exactly once, expect/clean disjoint."""
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
    bad = 0
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key:
            print(f"UNKEYED {d}"); bad += 1
    for k in key:
        if k not in docs:
            print(f"MISSING DOC {k}"); bad += 1
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        exp_regions, clean_regions = [], []
        def loc(s, what):
            nonlocal bad
            c = text.count(s)
            if c != 1:
                print(f"{name}: {what} {s!r} occurs {c} times"); bad += 1
                return None
            i = text.find(s); return (i, i + len(s))
        for e in spec["expect"]:
            n_exp += 1
            for f in ("id", "severity", "kind", "any_of"):
                if f not in e: print(f"{name}: expect entry lacks {f}"); bad += 1
            for s in e["any_of"]:
                r = loc(s, "expect"); 
                if r: exp_regions.append((r, s))
        for s in spec["clean"]:
            n_clean += 1
            r = loc(s, "clean")
            if r: clean_regions.append((r, s))
        for s in spec.get("verified", []):
            n_ver += 1
            loc(s, "verified")
        for (a, sa) in exp_regions:
            for (b, sb) in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"{name}: expect {sa!r} overlaps clean {sb!r}"); bad += 1
    print(f"docs {len(docs)}, keyed {len(key)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if not bad else f"check_key: {bad} problem(s)")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
