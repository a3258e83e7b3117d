#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, every substring exactly once, expect/clean disjoint."""
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
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    errs = 0
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key:
            print(f"NOT KEYED: {d}"); errs += 1
    for name in key:
        if name not in docs:
            print(f"KEY WITHOUT DOC: {name}"); errs += 1
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        if name.endswith(".txt"):
            lines = text.split("\n")
            if len(lines) < 3 or lines[1] != "":
                print(f"BAD TXT LAYOUT: {name}"); errs += 1
        exp_regions, clean_regions = [], []
        def loc(s, where):
            nonlocal errs
            c = text.count(s)
            if c != 1:
                print(f"{name}: {where} substring {s!r} occurs {c} times"); errs += 1
                return None
            i = text.find(s); return (i, i + len(s), s)
        for e in spec["expect"]:
            n_exp += 1
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e: print(f"{name}: expect entry missing {k}"); errs += 1
            for s in e["any_of"]:
                r = loc(s, "expect")
                if r: exp_regions.append(r)
        for s in spec["clean"]:
            n_clean += 1
            r = loc(s, "clean")
            if r: clean_regions.append(r)
        for s in spec.get("verified", []):
            n_ver += 1
            loc(s, "verified")
        for a in exp_regions:
            for b in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"{name}: expect {a[2]!r} overlaps clean {b[2]!r}"); errs += 1
    print(f"docs={len(docs)} keyed={len(key)} expect={n_exp} clean={n_clean} verified={n_ver}")
    print("check_key: OK" if errs == 0 else f"check_key: {errs} PROBLEM(S)")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
