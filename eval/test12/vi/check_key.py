#!/usr/bin/env python3
"""Check key.json: loads, every document keyed, every substring occurs exactly once in the scored
text, expect and clean substrings do not overlap. Exit 1 on any problem."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored(path):
    t = open(path, encoding="utf-8").read()
    if t.lstrip().startswith("{"):
        o = json.loads(t)
        return f"{o['title']}\n\n{o['content']}" if o.get("title") else o["content"]
    return t

key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
problems = 0
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d not in key:
        print("NOT KEYED", d); problems += 1
for name, spec in key.items():
    p = os.path.join(DOCS, name)
    if not os.path.exists(p):
        print("MISSING DOC", name); problems += 1; continue
    text = scored(p)
    def region(s, what):
        global problems
        n = text.count(s)
        if n != 1:
            print(f"{name}: {what} {s!r} occurs {n} times"); problems += 1
            return None
        i = text.find(s); return (i, i + len(s))
    exp = [r for e in spec["expect"] for s in e["any_of"] for r in [region(s, "expect")] if r]
    cln = [(s, region(s, "clean")) for s in spec["clean"]]
    for s in spec.get("verified", []):
        region(s, "verified")
    for s, r in cln:
        if r and any(r[0] < e[1] and e[0] < r[1] for e in exp):
            print(f"{name}: clean {s!r} overlaps an expect substring"); problems += 1
    print(f"{name}: {len(spec['expect'])} expect, {len(spec['clean'])} clean, {len(spec.get('verified', []))} verified")
n_exp = sum(len(v["expect"]) for v in key.values())
print(f"{len(key)} documents, {n_exp} planted, {len(docs)} files in docs/")
print("key OK" if problems == 0 else f"{problems} PROBLEM(S)")
sys.exit(1 if problems else 0)
