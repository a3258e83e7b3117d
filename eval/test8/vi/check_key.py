#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, every substring occurs exactly once in the scored text,
expect and clean regions do not overlap."""
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
    bad = 0
    files = sorted(os.listdir(DOCS))
    for f in files:
        if f not in key:
            print(f"UNKEYED {f}"); bad += 1
    for name, spec in key.items():
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            print(f"MISSING DOC {name}"); bad += 1; continue
        t = scored_text(p)
        if name.endswith(".txt"):
            lines = t.split("\n")
            if len(lines) < 3 or lines[1] != "":
                print(f"FORMAT {name}: title, blank line, body expected"); bad += 1
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e: print(f"FIELD {name} {e}: no {k}"); bad += 1
            for s in e["any_of"]:
                n = t.count(s)
                if n != 1: print(f"COUNT {name} expect {s!r}: {n}"); bad += 1
                i = t.find(s); exp_regions.append((i, i + len(s), s))
        for s in spec["clean"]:
            n = t.count(s)
            if n != 1: print(f"COUNT {name} clean {s!r}: {n}"); bad += 1
            i = t.find(s); clean_regions.append((i, i + len(s), s))
        for s in spec.get("verified", []):
            n = t.count(s)
            if n != 1: print(f"COUNT {name} verified {s!r}: {n}"); bad += 1
        for a in exp_regions:
            for b in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"OVERLAP {name}: expect {a[2]!r} / clean {b[2]!r}"); bad += 1
        nc, nv = len(spec["clean"]), len(spec.get("verified", []))
        if not (6 <= nc <= 12): print(f"WARN {name}: {nc} clean entries"); bad += 1
        if not (2 <= nv <= 6): print(f"WARN {name}: {nv} verified entries"); bad += 1
        words = len(t.split())
        print(f"{name}: {len(spec['expect'])} expect, {nc} clean, {nv} verified, {words} words")
    print("check_key: OK" if bad == 0 else f"check_key: {bad} problem(s)")
    return 0 if bad == 0 else 1

if __name__ == "__main__":
    sys.exit(main())
