#!/usr/bin/env python3
"""Check key.json: loads, every document keyed, substrings occur exactly once, expect/clean disjoint."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        return f"{obj['title']}\n\n{obj['content']}" if obj.get("title") else obj["content"]
    return text

def main():
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    bad = 0
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key:
            print(f"UNKEYED {d}"); bad += 1
    for name in key:
        if name not in docs:
            print(f"MISSING-DOC {name}"); bad += 1
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs:
            continue
        text = scored_text(os.path.join(DOCS, name))
        def region(s):
            c = text.count(s)
            if c != 1:
                return None, c
            i = text.find(s); return (i, i + len(s)), 1
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            n_exp += 1
            for s in e["any_of"]:
                r, c = region(s)
                if r is None:
                    print(f"{name}: expect {e['id']} substring {s!r} occurs {c} times"); bad += 1
                else:
                    exp_regions.append((r, s))
        for s in spec["clean"]:
            n_clean += 1
            r, c = region(s)
            if r is None:
                print(f"{name}: clean {s!r} occurs {c} times"); bad += 1
            else:
                clean_regions.append((r, s))
        for s in spec.get("verified", []):
            n_ver += 1
            r, c = region(s)
            if r is None:
                print(f"{name}: verified {s!r} occurs {c} times"); bad += 1
            else:
                for (er, es) in exp_regions:
                    if r[0] < er[1] and er[0] < r[1]:
                        print(f"{name}: verified {s!r} overlaps expect {es!r}"); bad += 1
        for (cr, cs) in clean_regions:
            for (er, es) in exp_regions:
                if cr[0] < er[1] and er[0] < cr[1]:
                    print(f"{name}: clean {cs!r} overlaps expect {es!r}"); bad += 1
        if not (6 <= len(spec["clean"]) <= 12):
            print(f"{name}: {len(spec['clean'])} clean entries (want 6-12)"); bad += 1
        if not (2 <= len(spec.get("verified", [])) <= 6):
            print(f"{name}: {len(spec.get('verified', []))} verified entries (want 2-6)"); bad += 1
    print(f"documents {len(key)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if bad == 0 else f"check_key: {bad} problem(s)")
    return 0 if bad == 0 else 1

if __name__ == "__main__":
    sys.exit(main())
