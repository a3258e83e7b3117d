#!/usr/bin/env python3
"""Check key.json: it loads, every document in docs/ is keyed (and every key has a document),
every substring occurs exactly once in its scored text (title + "\n\n" + content for JSON),
and expect substrings do not overlap clean substrings. Exit 1 on any problem."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        title = obj.get("title") or ""
        return f"{title}\n\n{obj['content']}" if title else obj["content"]
    return text

def main():
    problems = []
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items()
           if not k.startswith("_")}
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for f in docs:
        if f not in key:
            problems.append(f"document not keyed: {f}")
    for name in key:
        if name not in docs:
            problems.append(f"key without document: {name}")
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs:
            continue
        text = scored_text(os.path.join(DOCS, name))
        for field in ("lang", "expect", "clean"):
            if field not in spec:
                problems.append(f"{name}: missing field {field}")
        def locate(s, what):
            c = text.count(s)
            if c != 1:
                problems.append(f"{name}: {what} substring {s!r} occurs {c} times")
                return None
            i = text.find(s)
            return (i, i + len(s))
        exp_regions = []
        for e in spec.get("expect", []):
            n_exp += 1
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e:
                    problems.append(f"{name}: expect entry missing {k}")
            if e.get("severity") not in ("warning", "error"):
                problems.append(f"{name}: {e.get('id')} bad severity")
            for s in e.get("any_of", []):
                r = locate(s, f"expect {e.get('id')}")
                if r: exp_regions.append((r, s))
        clean_regions = []
        for s in spec.get("clean", []):
            n_clean += 1
            r = locate(s, "clean")
            if r: clean_regions.append((r, s))
        for s in spec.get("verified", []):
            n_ver += 1
            r = locate(s, "verified")
            if r:
                for er, es in exp_regions:
                    if r[0] < er[1] and er[0] < r[1]:
                        problems.append(f"{name}: verified {s!r} overlaps expect {es!r}")
        for cr, cs in clean_regions:
            for er, es in exp_regions:
                if cr[0] < er[1] and er[0] < cr[1]:
                    problems.append(f"{name}: clean {cs!r} overlaps expect {es!r}")
    for p in problems:
        print("PROBLEM", p)
    print(f"check_key: {len(key)} documents, {n_exp} expect, {n_clean} clean, {n_ver} verified; "
          + ("OK" if not problems else f"{len(problems)} problem(s)"))
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
