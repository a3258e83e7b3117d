#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, every substring occurs exactly once, expect/clean disjoint."""
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
    files = sorted(os.listdir(DOCS))
    for f in files:
        if f not in key:
            print(f"UNKEYED {f}"); bad += 1
    for name, spec in key.items():
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            print(f"MISSING {name}"); bad += 1; continue
        t = scored_text(p)
        exp_regions, clean_regions = [], []
        subs = [("expect", s) for e in spec["expect"] for s in e["any_of"]] + \
               [("clean", s) for s in spec["clean"]] + [("verified", s) for s in spec.get("verified", [])]
        for kind, s in subs:
            n = t.count(s)
            if n != 1:
                print(f"COUNT {name} {kind} {s!r} occurs {n} times"); bad += 1; continue
            i = t.find(s); r = (i, i + len(s))
            (exp_regions if kind == "expect" else clean_regions if kind == "clean" else []).append((r, s))
        for (a, sa) in exp_regions:
            for (b, sb) in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"OVERLAP {name} expect {sa!r} / clean {sb!r}"); bad += 1
        if not (6 <= len(spec["clean"]) <= 12): print(f"NOTE {name}: {len(spec['clean'])} clean entries")
        if not (2 <= len(spec.get("verified", [])) <= 6): print(f"NOTE {name}: {len(spec.get('verified', []))} verified entries")
    ne = sum(len(v["expect"]) for v in key.values())
    nc = sum(len(v["clean"]) for v in key.values())
    nv = sum(len(v.get("verified", [])) for v in key.values())
    print(f"check_key: {len(key)} docs, {ne} expect, {nc} clean, {nv} verified, {bad} problems")
    print("ok" if bad == 0 else "FAIL")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
