#!/usr/bin/env python3
"""Check key.json against docs/: loads, every doc keyed, substrings unique, expect/clean disjoint."""
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
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for d in docs:
        if d not in key:
            print(f"UNKEYED {d}"); bad += 1
    for name, spec in key.items():
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            print(f"MISSING DOC {name}"); bad += 1; continue
        t = scored_text(p)
        if spec.get("lang") != "vi":
            print(f"LANG {name}"); bad += 1
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            for f in ("id", "severity", "kind", "any_of"):
                if f not in e:
                    print(f"FIELD {name} {e}"); bad += 1
            for s in e["any_of"]:
                n = t.count(s)
                if n != 1:
                    print(f"COUNT {name} expect {e['id']} {s!r}: {n}"); bad += 1
                else:
                    i = t.find(s); exp_regions.append((i, i + len(s), s))
        for lst in ("clean", "verified"):
            for s in spec.get(lst, []):
                n = t.count(s)
                if n != 1:
                    print(f"COUNT {name} {lst} {s!r}: {n}"); bad += 1
                elif lst == "clean":
                    i = t.find(s); clean_regions.append((i, i + len(s), s))
        for a in exp_regions:
            for b in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"OVERLAP {name} expect {a[2]!r} / clean {b[2]!r}"); bad += 1
        nc, nv = len(spec.get("clean", [])), len(spec.get("verified", []))
        if not 6 <= nc <= 12: print(f"NOTE {name}: {nc} clean entries (brief: 6-12)")
        if not 2 <= nv <= 6: print(f"NOTE {name}: {nv} verified entries (brief: 2-6)")
        words = len(t.split())
        print(f"{name}: {len(spec['expect'])} expect, {nc} clean, {nv} verified, {words} words")
    print(f"check_key: {len(key)} documents, {bad} problems")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
