#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, substrings occur exactly once, expect/clean disjoint."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        return f"{obj['title']}\n\n{obj['content']}" if obj.get("title") else obj["content"]
    return text

def main():
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    bad = 0
    for d in docs:
        if d not in key:
            print("UNKEYED", d); bad += 1
    for name, ent in key.items():
        if name.startswith("_"): continue
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            print("MISSING DOC", name); bad += 1; continue
        t = scored_text(p)
        def regions(subs, label):
            nonlocal bad
            out = []
            for s in subs:
                n = t.count(s)
                if n != 1:
                    print(f"{name}: {label} {s!r} occurs {n} times"); bad += 1
                i = t.find(s)
                if i >= 0: out.append((i, i + len(s), s))
            return out
        exp = regions([s for e in ent.get("expect", []) for s in e["any_of"]], "expect")
        cl = regions(ent.get("clean", []), "clean")
        regions(ent.get("verified", []), "verified")
        for a in exp:
            for b in cl:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"{name}: expect {a[2]!r} overlaps clean {b[2]!r}"); bad += 1
        for e in ent.get("expect", []):
            if e["severity"] not in ("error", "warning"): print(name, "bad severity", e["id"]); bad += 1
    n_exp = sum(len(v.get("expect", [])) for k, v in key.items() if not k.startswith("_"))
    n_cl = sum(len(v.get("clean", [])) for k, v in key.items() if not k.startswith("_"))
    n_ver = sum(len(v.get("verified", [])) for k, v in key.items() if not k.startswith("_"))
    print(f"docs={len(docs)} expect={n_exp} clean={n_cl} verified={n_ver}")
    print("check_key: OK" if not bad else f"check_key: {bad} problem(s)")
    sys.exit(1 if bad else 0)

main()
