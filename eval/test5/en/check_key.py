#!/usr/bin/env python3
"""Check key.json against docs/: loads, every doc keyed, substrings unique, expect/clean disjoint."""
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
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for d in docs:
        if d not in key:
            print(f"UNKEYED {d}"); problems += 1
    for name in key:
        if name not in docs:
            print(f"MISSING DOC {name}"); problems += 1
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs:
            continue
        text = scored_text(os.path.join(DOCS, name))
        words = len(text.split())
        if not 250 <= words <= 700:
            print(f"LENGTH {name}: {words} words"); problems += 1
        def locate(s, what):
            nonlocal problems
            c = text.count(s)
            if c != 1:
                print(f"COUNT {name} {what} {s!r}: {c}"); problems += 1
            i = text.find(s)
            return (i, i + len(s))
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            n_exp += 1
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e:
                    print(f"FIELD {name} {e} lacks {k}"); problems += 1
            for s in e["any_of"]:
                exp_regions.append((s, locate(s, "expect")))
        for s in spec["clean"]:
            n_clean += 1
            clean_regions.append((s, locate(s, "clean")))
        for s in spec.get("verified", []):
            n_ver += 1
            locate(s, "verified")
        if not 6 <= len(spec["clean"]) <= 12:
            print(f"CLEAN-COUNT {name}: {len(spec['clean'])}"); problems += 1
        if not 2 <= len(spec.get("verified", [])) <= 6:
            print(f"VERIFIED-COUNT {name}: {len(spec.get('verified', []))}"); problems += 1
        for es, (a, b) in exp_regions:
            for cs, (c, d) in clean_regions:
                if a < d and c < b:
                    print(f"OVERLAP {name} expect {es!r} / clean {cs!r}"); problems += 1
        print(f"{name}: {words} words, {len(spec['expect'])} expect, {len(spec['clean'])} clean, {len(spec.get('verified', []))} verified")
    print(f"docs={len(docs)} expect={n_exp} clean={n_clean} verified={n_ver} problems={problems}")
    print("check_key: OK" if problems == 0 else "check_key: FAIL")
    return 0 if problems == 0 else 1

if __name__ == "__main__":
    sys.exit(main())
