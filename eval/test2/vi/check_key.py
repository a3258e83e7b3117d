#!/usr/bin/env python3
"""Check key.json against docs/: loads, every doc keyed, substrings occur exactly once, expect/clean disjoint."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        t = obj.get("title") or ""
        return f"{t}\n\n{obj['content']}" if t else obj["content"]
    return text

def main():
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    docs = sorted(os.listdir(DOCS))
    bad = 0
    for d in docs:
        if d not in key:
            print("NOT KEYED:", d); bad += 1
    for name, ent in key.items():
        if name.startswith("_"):
            continue
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            print("MISSING DOC:", name); bad += 1; continue
        text = scored_text(p)
        def regions(s):
            n = text.count(s)
            if n != 1:
                print(f"{name}: {s!r} occurs {n} times"); return None
            i = text.find(s); return (i, i + len(s))
        exp_regions, clean_regions = [], []
        for e in ent.get("expect", []):
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e:
                    print(f"{name}: expect entry lacks {k}"); bad += 1
            for s in e["any_of"]:
                r = regions(s)
                if r is None: bad += 1
                else: exp_regions.append((r, s))
        for s in ent.get("clean", []):
            r = regions(s)
            if r is None: bad += 1
            else: clean_regions.append((r, s))
        for s in ent.get("verified", []):
            if regions(s) is None: bad += 1
        for (a, sa) in exp_regions:
            for (b, sb) in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"{name}: expect {sa!r} overlaps clean {sb!r}"); bad += 1
        nc, nv = len(ent.get("clean", [])), len(ent.get("verified", []))
        if not (6 <= nc <= 12): print(f"{name}: {nc} clean entries (want 6-12)"); bad += 1
        if not (2 <= nv <= 6): print(f"{name}: {nv} verified entries (want 2-6)"); bad += 1
        words = len(text.split())
        print(f"{name}: {words} words, {len(ent.get('expect', []))} planted, {nc} clean, {nv} verified")
    print("check_key: OK" if bad == 0 else f"check_key: {bad} PROBLEM(S)")
    sys.exit(0 if bad == 0 else 1)

main()
