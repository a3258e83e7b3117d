#!/usr/bin/env python3
"""Check key.json against docs/: loads, every doc keyed, substrings occur exactly once, expect/clean disjoint."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def document_text(path):
    text = open(path, encoding="utf-8").read()
    if text.lstrip().startswith("{"):
        obj = json.loads(text)
        title = obj.get("title") or ""
        return f"{title}\n\n{obj['content']}" if title else obj["content"]
    return text

def main():
    problems = []
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for d in docs:
        if d not in key:
            problems.append(f"{d}: not in key")
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            problems.append(f"{name}: keyed but missing"); continue
        text = document_text(p)
        for field in ("expect", "clean", "verified"):
            if field not in spec:
                problems.append(f"{name}: no {field}")
        def find_once(s, where):
            c = text.count(s)
            if c != 1:
                problems.append(f"{name}: {where} substring {s!r} occurs {c} times")
                return None
            i = text.find(s); return (i, i + len(s))
        exp_regions = []
        for e in spec["expect"]:
            n_exp += 1
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e:
                    problems.append(f"{name}: expect entry lacks {k}")
            if e.get("severity") not in ("error", "warning"):
                problems.append(f"{name}: bad severity {e.get('severity')}")
            for s in e["any_of"]:
                r = find_once(s, "expect")
                if r: exp_regions.append((r, s))
        for s in spec["clean"]:
            n_clean += 1
            r = find_once(s, "clean")
            if r:
                for (er, es) in exp_regions:
                    if r[0] < er[1] and er[0] < r[1]:
                        problems.append(f"{name}: clean {s!r} overlaps expect {es!r}")
        for s in spec.get("verified", []):
            n_ver += 1
            find_once(s, "verified")
        if not (6 <= len(spec["clean"]) <= 12):
            problems.append(f"{name}: {len(spec['clean'])} clean entries (want 6-12)")
        if not (2 <= len(spec.get("verified", [])) <= 6):
            problems.append(f"{name}: {len(spec.get('verified', []))} verified entries (want 2-6)")
    for p in problems:
        print("PROBLEM", p)
    print(f"docs {len(docs)}, keyed {len(key)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if not problems else f"check_key: {len(problems)} problem(s)")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
