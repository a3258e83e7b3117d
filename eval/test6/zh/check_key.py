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

def spans(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append((i, i + len(s))); i = text.find(s, i + 1)
    return out

def main():
    bad = 0
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for d in docs:
        if d not in key:
            print(f"UNKEYED {d}"); bad += 1
    for name, entry in key.items():
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            print(f"MISSING {name}"); bad += 1; continue
        t = scored_text(p)
        exp_spans, clean_spans = [], []
        groups = [("expect", s) for e in entry.get("expect", []) for s in e["any_of"]]
        groups += [("clean", s) for s in entry.get("clean", [])] + [("verified", s) for s in entry.get("verified", [])]
        for g, s in groups:
            sp = spans(t, s)
            if len(sp) != 1:
                print(f"{name}: {g} substring {s!r} occurs {len(sp)} times"); bad += 1; continue
            if g == "expect": exp_spans.append((s, sp[0]))
            if g == "clean": clean_spans.append((s, sp[0]))
        for es, a in exp_spans:
            for cs, b in clean_spans:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"{name}: expect {es!r} overlaps clean {cs!r}"); bad += 1
        for e in entry.get("expect", []):
            if e["severity"] not in ("error", "warning"):
                print(f"{name}: bad severity {e}"); bad += 1
    n_exp = sum(len(v.get("expect", [])) for v in key.values())
    print(f"docs={len(docs)} keyed={len(key)} expect={n_exp} "
          f"clean={sum(len(v.get('clean', [])) for v in key.values())} "
          f"verified={sum(len(v.get('verified', [])) for v in key.values())}")
    print("check_key: OK" if bad == 0 else f"check_key: {bad} problem(s)")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
