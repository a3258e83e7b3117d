#!/usr/bin/env python3
"""Check key.json: loads, every document keyed (and every key has a document), every substring occurs
exactly once in its scored text (title + blank line + content for JSON), expect/clean regions disjoint."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); DOCS = os.path.join(HERE, "docs")
KINDS = {"share","implied-base","implied-total","change","direction","yoy-vs-mom","cagr","fraction","sum",
         "respectively","restatement","topk","multiple","enumeration","period-span","hedge","points-vs-percent"}
def scored(path):
    t = open(path, encoding="utf-8").read()
    if t.lstrip().startswith("{"):
        o = json.loads(t); return f"{o['title']}\n\n{o['content']}" if o.get("title") else o["content"]
    return t
errs = []
key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d not in key: errs.append(f"document not keyed: {d}")
for name, spec in key.items():
    p = os.path.join(DOCS, name)
    if not os.path.exists(p): errs.append(f"key without document: {name}"); continue
    text = scored(p)
    def region(s, where):
        n = text.count(s)
        if n != 1: errs.append(f"{name}: {where} substring {s!r} occurs {n} times")
        i = text.find(s); return (i, i + len(s))
    exp_regions = []
    for e in spec["expect"]:
        if e.get("severity") not in ("error", "warning"): errs.append(f"{name}: bad severity in {e.get('id')}")
        if e.get("kind") not in KINDS: errs.append(f"{name}: unknown kind {e.get('kind')}")
        for s in e["any_of"]: exp_regions.append((s, region(s, "expect")))
    for s in spec["clean"]:
        r = region(s, "clean")
        for es, er in exp_regions:
            if r[0] < er[1] and er[0] < r[1]: errs.append(f"{name}: clean {s!r} overlaps expect {es!r}")
    for s in spec.get("verified", []):
        r = region(s, "verified")
        for es, er in exp_regions:
            if r[0] < er[1] and er[0] < r[1]: errs.append(f"{name}: verified {s!r} overlaps expect {es!r}")
    if not (6 <= len(spec["clean"]) <= 12): errs.append(f"{name}: {len(spec['clean'])} clean entries")
    if not (2 <= len(spec.get("verified", [])) <= 6): errs.append(f"{name}: {len(spec.get('verified', []))} verified entries")
for e in errs: print("ERROR", e)
n_exp = sum(len(v["expect"]) for v in key.values())
print(f"check_key: {len(key)} documents, {n_exp} planted, {sum(len(v['clean']) for v in key.values())} clean, "
      f"{sum(len(v.get('verified', [])) for v in key.values())} verified -> {'OK' if not errs else 'FAILED'}")
sys.exit(1 if errs else 0)
