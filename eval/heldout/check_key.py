#!/usr/bin/env python3
"""Validate key.json against docs/: JSON loads, every file exists, every substring occurs (ideally once)."""
import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
docs = os.path.join(here, "docs")

def document_text(path):  # same rule as score_findings.py
    text = open(path, encoding="utf-8").read()
    if text.lstrip().startswith("{"):
        try: obj = json.loads(text)
        except ValueError: return text
        if isinstance(obj, dict) and isinstance(obj.get("content"), str):
            title = obj.get("title") or ""
            return f"{title}\n\n{obj['content']}" if title else obj["content"]
    return text

key = json.load(open(os.path.join(here, "key.json"), encoding="utf-8"))
bad = warn = 0
files = sorted(f for f in os.listdir(docs))
entries = {k: v for k, v in key.items() if not k.startswith("_")}
for f in files:
    if f not in entries: print(f"NOT IN KEY: {f}"); bad += 1
for name, spec in entries.items():
    p = os.path.join(docs, name)
    if not os.path.exists(p): print(f"MISSING DOC {name}"); bad += 1; continue
    text = document_text(p)
    subs = [("expect", s) for e in spec["expect"] for s in e["any_of"]] + [("clean", s) for s in spec["clean"]] + [("verified", s) for s in spec.get("verified", [])]
    for sec, s in subs:
        n = text.count(s)
        if n == 0: print(f"ABSENT  {name} [{sec}] {s!r}"); bad += 1
        elif n > 1: print(f"MULTI({n}) {name} [{sec}] {s!r}"); warn += 1
    # expect regions must not coincide with clean strings
    for e in spec["expect"]:
        for s in e["any_of"]:
            i = text.find(s); r = (i, i + len(s))
            for c in spec["clean"]:
                j = text.find(c)
                if j < r[1] and r[0] < j + len(c): print(f"OVERLAP {name} expect {s!r} vs clean {c!r}"); bad += 1
    nw = len(text.split()) if spec["lang"] != "zh" else len(text)
    print(f"ok {name}: lang={spec['lang']} size={nw} {'words' if spec['lang']!='zh' else 'chars'} expect={len(spec['expect'])} clean={len(spec['clean'])} verified={len(spec.get('verified', []))}")
print(f"errors={bad} multi-occurrence warnings={warn}")
sys.exit(1 if bad else 0)
