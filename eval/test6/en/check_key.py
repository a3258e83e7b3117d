#!/usr/bin/env python3
"""Check key.json: loads, every document keyed, every substring occurs exactly once in its scored text,
expect and clean substrings do not overlap in the text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        return f"{obj['title']}\n\n{obj['content']}" if obj.get("title") else obj["content"]
    return text

def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

problems = 0
def bad(msg):
    global problems
    problems += 1; print("PROBLEM:", msg)

key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d not in key: bad(f"{d} not keyed")
for k in key:
    if k not in docs: bad(f"key entry {k} has no document")
n_exp = n_clean = n_ver = 0
for name, entry in key.items():
    path = os.path.join(DOCS, name)
    if not os.path.exists(path): continue
    text = scored_text(path)
    words = len(text.split())
    if not 250 <= words <= 700: bad(f"{name}: {words} words")
    exp_spans, clean_spans = [], []
    for e in entry.get("expect", []):
        n_exp += 1
        for s in e["any_of"]:
            sp = spans(text, s)
            if len(sp) != 1: bad(f"{name}: expect '{s}' occurs {len(sp)} times")
            exp_spans += sp
    for s in entry.get("clean", []):
        n_clean += 1
        sp = spans(text, s)
        if len(sp) != 1: bad(f"{name}: clean '{s}' occurs {len(sp)} times")
        clean_spans += [(x, s) for x in sp]
    for s in entry.get("verified", []):
        n_ver += 1
        sp = spans(text, s)
        if len(sp) != 1: bad(f"{name}: verified '{s}' occurs {len(sp)} times")
    for a in exp_spans:
        for b, s in clean_spans:
            if a[0] < b[1] and b[0] < a[1]: bad(f"{name}: clean '{s}' overlaps an expect substring")
    print(f"{name}: {words} words, {len(entry.get('expect', []))} planted, {len(entry.get('clean', []))} clean, {len(entry.get('verified', []))} verified")
print(f"{len(key)} documents, {n_exp} planted, {n_clean} clean, {n_ver} verified")
print("key OK" if problems == 0 else f"{problems} problem(s)")
sys.exit(1 if problems else 0)
