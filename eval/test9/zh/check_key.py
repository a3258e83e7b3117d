#!/usr/bin/env python3
"""Check key.json against docs/: loads, every document keyed, every substring occurs exactly once
in its scored text (JSON articles: title + blank line + content), expect and clean substrings do not
overlap in the text, counts within the brief's bounds."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
KINDS = {"share", "implied-base", "implied-total", "change", "direction", "yoy-vs-mom", "cagr", "fraction",
         "sum", "respectively", "restatement", "topk", "multiple", "enumeration", "period-span", "hedge",
         "points-vs-percent"}

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        return f"{obj['title']}\n\n{obj['content']}" if obj.get("title") else obj["content"]
    return text

def main():
    problems = []
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    files = sorted(os.listdir(DOCS))
    for f in files:
        if f not in key: problems.append(f"document not keyed: {f}")
    for name in key:
        if name not in files: problems.append(f"key entry without document: {name}")
    kinds = Counter(); sev = Counter(); n_clean = n_ver = 0
    for name, spec in key.items():
        path = os.path.join(DOCS, name)
        if not os.path.exists(path): continue
        text = scored_text(path)
        if spec.get("lang") != "zh": problems.append(f"{name}: lang")
        def region(s, what):
            c = text.count(s)
            if c != 1:
                problems.append(f"{name}: {what} substring {s!r} occurs {c} times")
                return None
            i = text.find(s); return (i, i + len(s))
        exp_regions = []
        for e in spec["expect"]:
            if e["kind"] not in KINDS: problems.append(f"{name}: unknown kind {e['kind']}")
            if e["severity"] not in ("error", "warning"): problems.append(f"{name}: severity {e['severity']}")
            kinds[e["kind"]] += 1; sev[e["severity"]] += 1
            for s in e["any_of"]:
                r = region(s, "expect")
                if r: exp_regions.append((r, s))
        clean_regions = []
        for s in spec["clean"]:
            r = region(s, "clean")
            if r: clean_regions.append((r, s))
        for s in spec.get("verified", []):
            region(s, "verified")
        for (a, sa) in exp_regions:
            for (b, sb) in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    problems.append(f"{name}: expect {sa!r} overlaps clean {sb!r}")
        if not (6 <= len(spec["clean"]) <= 12): problems.append(f"{name}: {len(spec['clean'])} clean entries")
        if not (2 <= len(spec.get("verified", [])) <= 6): problems.append(f"{name}: {len(spec.get('verified', []))} verified entries")
        n_clean += len(spec["clean"]); n_ver += len(spec.get("verified", []))
        print(f"{name}: {len(text)} chars, {len(spec['expect'])} planted, {len(spec['clean'])} clean, {len(spec.get('verified', []))} verified")
    print("kinds:", dict(sorted(kinds.items())))
    print("severity:", dict(sev), f"| clean {n_clean} | verified {n_ver}")
    for p in problems: print("PROBLEM", p)
    print("check_key: OK" if not problems else f"check_key: {len(problems)} problem(s)")
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main())
