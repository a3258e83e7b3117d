#!/usr/bin/env python3
"""Check key.json against docs/: loads, every doc keyed, substrings occur exactly once, expect/clean disjoint."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        t = obj.get("title") or ""
        return f"{t}\n\n{obj['content']}" if t else obj["content"]
    return text

def main():
    problems = 0
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for d in docs:
        if d not in key:
            print(f"NOT KEYED: {d}"); problems += 1
    for name, spec in key.items():
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            print(f"MISSING DOC: {name}"); problems += 1; continue
        text = scored_text(p)
        if name.endswith(".txt"):
            lines = text.split("\n")
            if len(lines) < 3 or lines[1] != "":
                print(f"{name}: txt must be title, blank line, body"); problems += 1
        n = len(text)
        print(f"{name}: {n} chars, {len(spec['expect'])} expect, {len(spec['clean'])} clean, {len(spec.get('verified', []))} verified")
        if spec.get("lang") != "zh":
            print(f"  lang is not zh"); problems += 1
        exp_regions, clean_regions = [], []
        def find_once(s, what):
            nonlocal problems
            c = text.count(s)
            if c != 1:
                print(f"  {what} substring {s!r} occurs {c} times"); problems += 1
                return None
            i = text.find(s); return (i, i + len(s), s)
        for e in spec["expect"]:
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e:
                    print(f"  expect entry lacks {k}"); problems += 1
            if e.get("severity") not in ("error", "warning"):
                print(f"  bad severity {e.get('severity')}"); problems += 1
            for s in e["any_of"]:
                r = find_once(s, "expect")
                if r: exp_regions.append(r)
        for s in spec["clean"]:
            r = find_once(s, "clean")
            if r: clean_regions.append(r)
        for s in spec.get("verified", []):
            find_once(s, "verified")
        for a in exp_regions:
            for b in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"  OVERLAP expect {a[2]!r} / clean {b[2]!r}"); problems += 1
    if problems:
        print(f"check_key: {problems} problem(s)"); return 1
    print("check_key: ok")
    return 0

if __name__ == "__main__":
    sys.exit(main())
