#!/usr/bin/env python3
"""Check key.json against docs/: loads, every document keyed, every substring occurs exactly once in
the scored text (title + blank line + content for JSON articles), expect and clean spans disjoint,
clean 6-12+ and verified 2-6 per article."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
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
        if d not in key: problems.append(f"{d}: not keyed")
    for k in key:
        if k not in docs: problems.append(f"{k}: keyed but missing in docs/")
    n_exp = n_clean = n_ver = 0
    kinds = {}
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        if spec.get("lang") != "zh": problems.append(f"{name}: lang is not zh")
        def locate(s, what):
            c = text.count(s)
            if c != 1:
                problems.append(f"{name}: {what} substring {s!r} occurs {c} times")
                return None
            i = text.find(s); return (i, i + len(s))
        exp_spans = []
        for e in spec["expect"]:
            n_exp += 1
            kinds[(e["kind"], e["severity"])] = kinds.get((e["kind"], e["severity"]), 0) + 1
            for f in ("id", "severity", "kind", "any_of"):
                if f not in e: problems.append(f"{name}: expect entry lacks {f}")
            if e["severity"] not in ("error", "warning"): problems.append(f"{name}: bad severity {e['severity']}")
            for s in e["any_of"]:
                sp = locate(s, "expect")
                if sp: exp_spans.append((sp, s))
        clean_spans = []
        for s in spec["clean"]:
            n_clean += 1
            sp = locate(s, "clean")
            if sp: clean_spans.append((sp, s))
        for s in spec.get("verified", []):
            n_ver += 1
            locate(s, "verified")
            for (a, es) in exp_spans:
                i = text.find(s)
                if i >= 0 and a[0] < i + len(s) and i < a[1]:
                    problems.append(f"{name}: verified {s!r} overlaps expect {es!r}")
        for (a, es) in exp_spans:
            for (b, cs) in clean_spans:
                if a[0] < b[1] and b[0] < a[1]:
                    problems.append(f"{name}: expect {es!r} overlaps clean {cs!r}")
        if not (6 <= len(spec["clean"]) <= 12): problems.append(f"{name}: {len(spec['clean'])} clean entries")
        if not (2 <= len(spec.get("verified", [])) <= 6): problems.append(f"{name}: {len(spec.get('verified', []))} verified entries")
        n = len(text)
        if not (500 <= n <= 1400): problems.append(f"{name}: scored text has {n} characters")
    for p in problems: print("PROBLEM", p)
    print("planted by kind/severity:", ", ".join(f"{k}/{s}={n}" for (k, s), n in sorted(kinds.items())))
    print(f"{len(key)} documents, {n_exp} planted, {n_clean} clean, {n_ver} verified:", "OK" if not problems else f"{len(problems)} PROBLEMS")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
