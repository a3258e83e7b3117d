#!/usr/bin/env python3
"""Check key.json: loads, every doc keyed, every substring occurs exactly once in the scored text,
expect and clean substrings do not overlap."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        return f"{obj['title']}\n\n{obj['content']}" if obj.get("title") else obj["content"]
    return text

def main():
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    bad = 0
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key:
            print("NOT KEYED", d); bad += 1
    for k in key:
        if k not in docs:
            print("KEY WITHOUT DOC", k); bad += 1
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        words = len(text.split())
        nums = len(re.findall(r"\d+(?:[.,]\d+)*", text))
        def regions(subs, label):
            nonlocal bad
            out = []
            for s in subs:
                c = text.count(s)
                if c != 1:
                    print(f"{name}: {label} substring {s!r} occurs {c} times"); bad += 1
                i = text.find(s); out.append((i, i + len(s), s))
            return out
        er = []
        for e in spec["expect"]:
            for f in ("id", "severity", "kind", "any_of"):
                if f not in e: print(f"{name}: expect entry missing {f}"); bad += 1
            er += regions(e["any_of"], "expect")
        cr = regions(spec["clean"], "clean")
        vr = regions(spec.get("verified", []), "verified")
        for a in er:
            for b in cr:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"{name}: expect {a[2]!r} overlaps clean {b[2]!r}"); bad += 1
        for a in er:
            for b in vr:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"{name}: expect {a[2]!r} overlaps verified {b[2]!r}"); bad += 1
        n_exp += len(spec["expect"]); n_clean += len(spec["clean"]); n_ver += len(spec.get("verified", []))
        print(f"{name}: {words} words, ~{nums} numbers, {len(spec['expect'])} expect, {len(spec['clean'])} clean, {len(spec.get('verified', []))} verified")
    print(f"docs {len(docs)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if not bad else f"check_key: {bad} problem(s)")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
