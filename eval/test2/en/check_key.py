#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, every substring occurs exactly once
in the scored text, expect and clean substrings do not overlap."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        d = json.loads(raw)
        return d["title"] + "\n\n" + d["content"]
    return raw

def spans(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
bad = 0
docs = sorted(os.listdir(DOCS))
for d in docs:
    if d not in key: print("UNKEYED", d); bad += 1
for name, ent in key.items():
    if name.startswith("_"): continue
    p = os.path.join(DOCS, name)
    if not os.path.exists(p): print("MISSING DOC", name); bad += 1; continue
    t = scored_text(p)
    exp_regions, clean_regions = [], []
    for e in ent.get("expect", []):
        for s in e["any_of"]:
            sp = spans(t, s)
            if len(sp) != 1: print(f"{name}: expect {e['id']} substring {s!r} occurs {len(sp)}x"); bad += 1
            exp_regions += sp
    for field in ("clean", "verified"):
        for s in ent.get(field, []):
            sp = spans(t, s)
            if len(sp) != 1: print(f"{name}: {field} substring {s!r} occurs {len(sp)}x"); bad += 1
            if field == "clean": clean_regions += sp
    for s in ent.get("verified", []):
        for a, b in spans(t, s):
            for c, dd in exp_regions:
                if a < dd and c < b: print(f"{name}: verified {s!r} overlaps an expect region"); bad += 1
    for a, b in exp_regions:
        for c, dd in clean_regions:
            if a < dd and c < b: print(f"{name}: expect/clean overlap at {t[a:b]!r} / {t[c:dd]!r}"); bad += 1
    words = len(t.split())
    if not 250 <= words <= 600: print(f"{name}: {words} words out of range"); bad += 1
    nexp = len(ent.get("expect", [])); ncl = len(ent.get("clean", [])); nv = len(ent.get("verified", []))
    print(f"{name}: words={words} expect={nexp} clean={ncl} verified={nv}")
print("check_key: OK" if bad == 0 else f"check_key: {bad} PROBLEM(S)")
sys.exit(1 if bad else 0)
