#!/usr/bin/env python3
"""Check key.json: loads, every document keyed (and every key has a document), every substring
occurs exactly once in the scored text, expect and clean regions do not overlap, counts in range."""
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
    errs = []
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    files = sorted(os.listdir(DOCS))
    for f in files:
        if f not in key: errs.append(f"document not keyed: {f}")
    for k in key:
        if k not in files: errs.append(f"key without document: {k}")
    n_exp = n_clean = n_ver = 0; kinds = {}; sev = {}
    for name, spec in key.items():
        if name not in files: continue
        text = scored_text(os.path.join(DOCS, name))
        def region(s, where):
            c = text.count(s)
            if c != 1:
                errs.append(f"{name}: {where} substring {s!r} occurs {c} times")
                return None
            i = text.find(s); return (i, i + len(s))
        exp_regions = []
        for e in spec["expect"]:
            n_exp += 1
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
            sev[e["severity"]] = sev.get(e["severity"], 0) + 1
            for s in e["any_of"]:
                r = region(s, f"expect {e['id']}")
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
            region(s, "verified")
        if not 6 <= len(spec["clean"]) <= 12: errs.append(f"{name}: {len(spec['clean'])} clean entries")
        if not 2 <= len(spec.get("verified", [])) <= 6: errs.append(f"{name}: {len(spec.get('verified', []))} verified entries")
    for e in errs: print("ERROR", e)
    print(f"documents {len(files)}, planted {n_exp} {dict(sorted(sev.items()))}, kinds {dict(sorted(kinds.items()))}")
    print(f"clean {n_clean}, verified {n_ver}")
    print("check_key: FAILED" if errs else "check_key: ok")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
