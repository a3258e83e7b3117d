#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, every substring occurs exactly once in the
scored text, expect and clean substrings do not overlap. Exit 1 on any problem."""
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
    bad = 0
    try:
        key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    except Exception as e:
        print(f"key.json does not load: {e}"); return 1
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for d in docs:
        if d not in key:
            print(f"NOT KEYED: {d}"); bad += 1
    for name in key:
        if name not in docs:
            print(f"KEY WITHOUT DOC: {name}"); bad += 1
    n_exp = n_clean = n_ver = 0
    kinds = {}
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            n_exp += 1
            kinds[(e["kind"], e["severity"])] = kinds.get((e["kind"], e["severity"]), 0) + 1
            for f in ("id", "severity", "kind", "any_of"):
                if f not in e: print(f"{name}: expect entry lacks {f}"); bad += 1
            for s in e["any_of"]:
                c = text.count(s)
                if c != 1: print(f"{name}: expect {e['id']} substring {s!r} occurs {c} times"); bad += 1
                else:
                    i = text.find(s); exp_regions.append((i, i + len(s), s))
        for s in spec["clean"]:
            n_clean += 1
            c = text.count(s)
            if c != 1: print(f"{name}: clean substring {s!r} occurs {c} times"); bad += 1
            else:
                i = text.find(s); clean_regions.append((i, i + len(s), s))
        for s in spec.get("verified", []):
            n_ver += 1
            c = text.count(s)
            if c != 1: print(f"{name}: verified substring {s!r} occurs {c} times"); bad += 1
        for a in exp_regions:
            for b in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"{name}: expect {a[2]!r} overlaps clean {b[2]!r}"); bad += 1
        if not (6 <= len(spec["clean"]) <= 12):
            print(f"{name}: {len(spec['clean'])} clean entries (want 6-12)"); bad += 1
        if not (2 <= len(spec.get("verified", [])) <= 6):
            print(f"{name}: {len(spec.get('verified', []))} verified entries (want 2-6)"); bad += 1
    print("kinds:", ", ".join(f"{k}/{s}={n}" for (k, s), n in sorted(kinds.items())))
    print(f"docs {len(docs)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if bad == 0 else f"check_key: {bad} PROBLEM(S)")
    return 0 if bad == 0 else 1

if __name__ == "__main__":
    sys.exit(main())
