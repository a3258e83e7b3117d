#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, every substring occurs exactly once in the scored text,
expect and clean substrings do not overlap."""
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
    bad = 0
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key:
            print(f"UNKEYED {d}"); bad += 1
    for name, spec in key.items():
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            print(f"MISSING DOC {name}"); bad += 1; continue
        text = scored_text(p)
        if name.endswith(".txt"):
            lines = text.split("\n")
            if len(lines) < 3 or lines[1] != "":
                print(f"BAD TXT LAYOUT {name}"); bad += 1
        exp_regions, clean_regions = [], []
        def locate(s, where):
            nonlocal bad
            n = text.count(s)
            if n != 1:
                print(f"{name}: {where} substring {s!r} occurs {n} times"); bad += 1
                return None
            i = text.find(s); return (i, i + len(s))
        for e in spec["expect"]:
            for f in ("id", "severity", "kind", "any_of"):
                if f not in e:
                    print(f"{name}: expect entry lacks {f}"); bad += 1
            for s in e["any_of"]:
                r = locate(s, "expect"); 
                if r: exp_regions.append((r, s))
        for s in spec["clean"]:
            r = locate(s, "clean")
            if r: clean_regions.append((r, s))
        for s in spec.get("verified", []):
            locate(s, "verified")
        for (a, sa) in exp_regions:
            for (b, sb) in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"{name}: expect {sa!r} overlaps clean {sb!r}"); bad += 1
        if not (6 <= len(spec["clean"]) <= 12):
            print(f"{name}: {len(spec['clean'])} clean entries (want 6-12)"); bad += 1
        if not (2 <= len(spec.get("verified", [])) <= 6):
            print(f"{name}: {len(spec.get('verified', []))} verified entries (want 2-6)"); bad += 1
    n_exp = sum(len(v["expect"]) for v in key.values())
    n_cl = sum(len(v["clean"]) for v in key.values())
    n_ver = sum(len(v.get("verified", [])) for v in key.values())
    print(f"{len(key)} documents, {n_exp} expected, {n_cl} clean, {n_ver} verified")
    print("check_key: OK" if bad == 0 else f"check_key: {bad} PROBLEMS")
    return 0 if bad == 0 else 1

if __name__ == "__main__":
    sys.exit(main())
