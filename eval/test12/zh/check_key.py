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
            print("NOT KEYED", d); bad += 1
    for name in key:
        if name not in docs:
            print("KEY WITHOUT DOC", name); bad += 1
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs:
            continue
        text = scored_text(os.path.join(DOCS, name))
        exp_regions, clean_regions = [], []
        def locate(s, what):
            nonlocal bad
            c = text.count(s)
            if c != 1:
                print(f"{name}: {what} {s!r} occurs {c} times"); bad += 1
                return None
            i = text.find(s); return (i, i + len(s), s)
        for e in spec["expect"]:
            n_exp += 1
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e:
                    print(f"{name}: expect entry missing {k}"); bad += 1
            for s in e["any_of"]:
                r = locate(s, "expect"); r and exp_regions.append(r)
        for s in spec["clean"]:
            n_clean += 1
            r = locate(s, "clean"); r and clean_regions.append(r)
        for s in spec.get("verified", []):
            n_ver += 1
            locate(s, "verified")
        for a in exp_regions:
            for b in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"{name}: expect {a[2]!r} overlaps clean {b[2]!r}"); bad += 1
    print(f"documents {len(docs)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if not bad else f"check_key: {bad} PROBLEMS")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
