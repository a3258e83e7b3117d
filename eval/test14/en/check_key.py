#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, every substring occurs exactly once, expect/clean disjoint."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        title = obj.get("title") or ""
        return f"{title}\n\n{obj['content']}" if title else obj["content"]
    return text

def main():
    errs = []
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key: errs.append(f"{d}: not keyed")
    for k in key:
        if k not in docs: errs.append(f"{k}: keyed but no file")
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            n_exp += 1
            for f in ("id", "severity", "kind", "any_of"):
                if f not in e: errs.append(f"{name}: expect entry missing {f}")
            for s in e["any_of"]:
                c = text.count(s)
                if c != 1: errs.append(f"{name}: expect {e['id']} substring {s!r} occurs {c} times")
                else:
                    i = text.find(s); exp_regions.append((i, i + len(s), s))
        for s in spec["clean"]:
            n_clean += 1
            c = text.count(s)
            if c != 1: errs.append(f"{name}: clean {s!r} occurs {c} times")
            else:
                i = text.find(s); clean_regions.append((i, i + len(s), s))
        for s in spec.get("verified", []):
            n_ver += 1
            c = text.count(s)
            if c != 1: errs.append(f"{name}: verified {s!r} occurs {c} times")
            else:
                i = text.find(s)
                if any(a < i + len(s) and i < b for a, b, _ in exp_regions):
                    errs.append(f"{name}: verified {s!r} overlaps an expect substring")
        for a, b, s in exp_regions:
            for c0, c1, t in clean_regions:
                if a < c1 and c0 < b: errs.append(f"{name}: expect {s!r} overlaps clean {t!r}")
        if not (6 <= len(spec["clean"]) <= 12): errs.append(f"{name}: {len(spec['clean'])} clean entries")
        if not (2 <= len(spec.get("verified", [])) <= 6): errs.append(f"{name}: {len(spec.get('verified', []))} verified entries")
        words = len(text.split())
        if not (250 <= words <= 700): errs.append(f"{name}: {words} words")
    for e in errs: print("FAIL", e)
    print(f"check_key: {len(key)} docs, {n_exp} expect, {n_clean} clean, {n_ver} verified -> {'OK' if not errs else str(len(errs)) + ' problem(s)'}")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
