#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, substrings occur exactly once, expect/clean disjoint."""
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
    problems = []
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key:
            problems.append(f"doc not keyed: {d}")
    for name in key:
        if name not in docs:
            problems.append(f"key entry without doc: {name}")
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        path = os.path.join(DOCS, name)
        if not os.path.exists(path):
            continue
        text = scored_text(path)
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            n_exp += 1
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e:
                    problems.append(f"{name}: expect entry missing {k}")
            if e.get("severity") not in ("warning", "error"):
                problems.append(f"{name}: bad severity {e.get('severity')}")
            for s in e["any_of"]:
                c = text.count(s)
                if c != 1:
                    problems.append(f"{name}: expect substring {s!r} occurs {c} times")
                i = text.find(s); exp_regions.append((i, i + len(s), s))
        for s in spec["clean"]:
            n_clean += 1
            c = text.count(s)
            if c != 1:
                problems.append(f"{name}: clean substring {s!r} occurs {c} times")
            i = text.find(s); clean_regions.append((i, i + len(s), s))
        for s in spec.get("verified", []):
            n_ver += 1
            c = text.count(s)
            if c != 1:
                problems.append(f"{name}: verified substring {s!r} occurs {c} times")
            i = text.find(s)
            for a in exp_regions:
                if a[0] < i + len(s) and i < a[1]:
                    problems.append(f"{name}: verified {s!r} overlaps expect {a[2]!r}")
        for a in exp_regions:
            for b in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    problems.append(f"{name}: expect {a[2]!r} overlaps clean {b[2]!r}")
    for p in problems:
        print("PROBLEM", p)
    print(f"docs {len(docs)}, keyed {len(key)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if not problems else f"check_key: {len(problems)} problem(s)")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
