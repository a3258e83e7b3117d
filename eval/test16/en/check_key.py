#!/usr/bin/env python3
"""Check key.json against docs/: loads, every document keyed (and every key has a document), every
substring occurs exactly once in the scored text, expect and clean regions do not overlap,
verified lists have 2-6 entries, clean lists 6-12."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        assert set(obj) == {"title", "content"}, f"{path}: keys {set(obj)}"
        return f"{obj['title']}\n\n{obj['content']}" if obj["title"] else obj["content"]
    return text

def main():
    problems = []
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key: problems.append(f"document not keyed: {d}")
    for name in key:
        if name not in docs: problems.append(f"key without document: {name}")
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        if not text.startswith(text.split("\n")[0]) or "\n\n" not in text[:300]:
            problems.append(f"{name}: no title line + blank line")
        def where(s, what):
            c = text.count(s)
            if c != 1:
                problems.append(f"{name}: {what} substring {s!r} occurs {c} times"); return None
            i = text.find(s); return (i, i + len(s))
        exp_regions = []
        for e in spec["expect"]:
            n_exp += 1
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e: problems.append(f"{name}: expect entry lacks {k}")
            if e.get("severity") not in ("error", "warning"): problems.append(f"{name}: bad severity {e.get('severity')}")
            for s in e["any_of"]:
                r = where(s, "expect")
                if r: exp_regions.append((r, s))
        for s in spec["clean"]:
            n_clean += 1
            r = where(s, "clean")
            if r:
                for (er, es) in exp_regions:
                    if r[0] < er[1] and er[0] < r[1]:
                        problems.append(f"{name}: clean {s!r} overlaps expect {es!r}")
        for s in spec.get("verified", []):
            n_ver += 1
            r = where(s, "verified")
            if r:
                for (er, es) in exp_regions:
                    if r[0] < er[1] and er[0] < r[1]:
                        problems.append(f"{name}: verified {s!r} overlaps expect {es!r}")
        if not 2 <= len(spec.get("verified", [])) <= 6: problems.append(f"{name}: {len(spec.get('verified', []))} verified entries")
        if not 6 <= len(spec["clean"]) <= 12: problems.append(f"{name}: {len(spec['clean'])} clean entries")
        words = len(text.split())
        if not 250 <= words <= 700: problems.append(f"{name}: {words} words")
    for p in problems: print("PROBLEM", p)
    print(f"{len(key)} documents, {n_exp} expected problems, {n_clean} clean, {n_ver} verified: "
          + ("key OK" if not problems else f"{len(problems)} problems"))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
