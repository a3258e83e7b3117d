#!/usr/bin/env python3
"""Check key.json against docs/: every document keyed, every substring occurs exactly once in the
scored text (title + blank line + content for JSON), expect and clean regions do not overlap."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
KINDS = {"share", "implied-base", "implied-total", "change", "direction", "yoy-vs-mom", "cagr", "fraction",
         "sum", "respectively", "restatement", "topk", "multiple", "enumeration", "period-span", "hedge",
         "points-vs-percent"}

def scored(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        return f"{obj['title']}\n\n{obj['content']}" if obj.get("title") else obj["content"]
    return text

problems = []
key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
files = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
for f in files:
    if f not in key: problems.append(f"{f}: not keyed")
for f in key:
    if f not in files: problems.append(f"{f}: keyed but missing")
n_exp = n_clean = n_ver = 0
for name, spec in key.items():
    if name not in files: continue
    text = scored(os.path.join(DOCS, name))
    if spec.get("lang") != "vi": problems.append(f"{name}: lang")
    def region(s, what):
        c = text.count(s)
        if c != 1: problems.append(f"{name}: {what} {s!r} occurs {c} times")
        i = text.find(s); return (i, i + len(s))
    exp_regions = []
    for e in spec["expect"]:
        n_exp += 1
        if e["severity"] not in ("error", "warning"): problems.append(f"{name}: {e['id']} severity")
        if e["kind"] not in KINDS: problems.append(f"{name}: {e['id']} kind {e['kind']}")
        for s in e["any_of"]: exp_regions.append((region(s, "expect"), s))
    for s in spec["clean"]:
        n_clean += 1
        r = region(s, "clean")
        for (er, es) in exp_regions:
            if r[0] < er[1] and er[0] < r[1]: problems.append(f"{name}: clean {s!r} overlaps expect {es!r}")
    for s in spec.get("verified", []):
        n_ver += 1
        r = region(s, "verified")
        for (er, es) in exp_regions:
            if r[0] < er[1] and er[0] < r[1]: problems.append(f"{name}: verified {s!r} overlaps expect {es!r}")
    if not 6 <= len(spec["clean"]) <= 12: problems.append(f"{name}: {len(spec['clean'])} clean entries")
    if not 2 <= len(spec.get("verified", [])) <= 6: problems.append(f"{name}: {len(spec.get('verified', []))} verified entries")
for p in problems: print("PROBLEM", p)
print(f"{len(key)} documents, {n_exp} expected problems, {n_clean} clean, {n_ver} verified")
print("check_key: OK" if not problems else f"check_key: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
