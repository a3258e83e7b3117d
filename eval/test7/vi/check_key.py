#!/usr/bin/env python3
"""Check key.json against docs/: loads, every document keyed (and every key has a document),
every substring occurs exactly once in the scored text, expect and clean substrings do not overlap,
required fields and counts are present."""
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
    problems = []
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for d in docs:
        if d not in key: problems.append(f"document not keyed: {d}")
    for k in key:
        if k not in docs: problems.append(f"key without document: {k}")
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        if spec.get("lang") != "vi": problems.append(f"{name}: lang is not vi")
        def where(s, what):
            c = text.count(s)
            if c != 1: problems.append(f"{name}: {what} substring {s!r} occurs {c} times")
            i = text.find(s); return (i, i + len(s))
        exp_regions = []
        for e in spec["expect"]:
            n_exp += 1
            for f in ("id", "severity", "kind", "any_of"):
                if f not in e: problems.append(f"{name}: expect entry missing {f}")
            if e.get("severity") not in ("error", "warning"): problems.append(f"{name}: bad severity {e.get('severity')}")
            for s in e["any_of"]: exp_regions.append((s, where(s, "expect")))
        clean_regions = []
        for s in spec["clean"]:
            n_clean += 1; clean_regions.append((s, where(s, "clean")))
        for s in spec.get("verified", []):
            n_ver += 1; where(s, "verified")
        if not 6 <= len(spec["clean"]) <= 12: problems.append(f"{name}: {len(spec['clean'])} clean entries")
        if not 2 <= len(spec.get("verified", [])) <= 6: problems.append(f"{name}: {len(spec.get('verified', []))} verified entries")
        for s1, r1 in exp_regions:
            for s2, r2 in clean_regions:
                if r1[0] < r2[1] and r2[0] < r1[1]:
                    problems.append(f"{name}: expect {s1!r} overlaps clean {s2!r}")
    for p in problems: print("PROBLEM", p)
    print(f"{len(key)} documents, {n_exp} expected problems, {n_clean} clean, {n_ver} verified")
    print("check_key: OK" if not problems else f"check_key: {len(problems)} problem(s)")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
