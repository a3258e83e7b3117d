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
    bad = 0
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key:
            print("NOT KEYED", d); bad += 1
    for name in key:
        if name not in docs:
            print("KEY WITHOUT DOC", name); bad += 1
    counts = {"expect": 0, "clean": 0, "verified": 0}
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        words = len(text.split())
        if not 250 <= words <= 700:
            print(f"LENGTH {name}: {words} words"); bad += 1
        def region(s, what):
            nonlocal bad
            n = text.count(s)
            if n != 1:
                print(f"{name}: {what} substring {s!r} occurs {n} times"); bad += 1
            i = text.find(s); return (i, i + len(s))
        exp_regions = []
        for e in spec["expect"]:
            counts["expect"] += 1
            for s in e["any_of"]:
                exp_regions.append((s, region(s, "expect")))
        for s in spec["clean"]:
            counts["clean"] += 1
            r = region(s, "clean")
            for es, er in exp_regions:
                if er[0] < r[1] and r[0] < er[1]:
                    print(f"{name}: clean {s!r} overlaps expect {es!r}"); bad += 1
        for s in spec.get("verified", []):
            counts["verified"] += 1
            r = region(s, "verified")
            for es, er in exp_regions:
                if er[0] < r[1] and r[0] < er[1]:
                    print(f"{name}: verified {s!r} overlaps expect {es!r}"); bad += 1
        print(f"{name}: {words} words, expect {len(spec['expect'])}, clean {len(spec['clean'])}, verified {len(spec.get('verified', []))}")
    print(f"documents {len(docs)}, expect {counts['expect']}, clean {counts['clean']}, verified {counts['verified']}")
    print("check_key: OK" if bad == 0 else f"check_key: {bad} problem(s)")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
