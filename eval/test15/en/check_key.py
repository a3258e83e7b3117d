#!/usr/bin/env python3
"""Check key.json: loads, every document keyed, every substring occurs exactly once in its scored
text (title + "\n\n" + content for JSON), expect and clean substrings do not overlap."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        assert isinstance(obj, dict) and isinstance(obj.get("content"), str), path
        t = obj.get("title") or ""
        return f"{t}\n\n{obj['content']}" if t else obj["content"]
    return text

def main():
    errs = []
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    files = sorted(os.listdir(DOCS))
    for f in files:
        if f not in key: errs.append(f"document not keyed: {f}")
    for k in key:
        if k not in files: errs.append(f"key entry without document: {k}")
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in files: continue
        text = scored_text(os.path.join(DOCS, name))
        if spec.get("lang") != "en": errs.append(f"{name}: lang is not en")
        def region(s, what):
            c = text.count(s)
            if c != 1:
                errs.append(f"{name}: {what} substring {s!r} occurs {c} times")
                return None
            i = text.find(s); return (i, i + len(s))
        exp_regions = []
        for e in spec["expect"]:
            n_exp += 1
            for fld in ("id", "severity", "kind", "any_of"):
                if fld not in e: errs.append(f"{name}: expect entry lacks {fld}")
            if e.get("severity") not in ("error", "warning"): errs.append(f"{name}: bad severity {e.get('severity')}")
            for s in e["any_of"]:
                r = region(s, "expect")
                if r: exp_regions.append((r, s))
        for s in spec["clean"]:
            n_clean += 1
            r = region(s, "clean")
            if r:
                for (er, es) in exp_regions:
                    if r[0] < er[1] and er[0] < r[1]:
                        errs.append(f"{name}: clean {s!r} overlaps expect {es!r}")
        for s in spec.get("verified", []):
            n_ver += 1
            r = region(s, "verified")
            if r:
                for (er, es) in exp_regions:
                    if r[0] < er[1] and er[0] < r[1]:
                        errs.append(f"{name}: verified {s!r} overlaps expect {es!r}")
        if not (6 <= len(spec["clean"]) <= 12): errs.append(f"{name}: {len(spec['clean'])} clean entries (want 6-12)")
        if not (2 <= len(spec.get("verified", [])) <= 6): errs.append(f"{name}: {len(spec.get('verified', []))} verified entries (want 2-6)")
    for e in errs: print("FAIL", e)
    print(f"documents {len(key)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if not errs else f"check_key: {len(errs)} problem(s)")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
