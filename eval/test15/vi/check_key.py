#!/usr/bin/env python3
"""Check key.json against docs/: loads, every document keyed (and every key has a document),
every substring occurs exactly once in the scored text, expect and clean regions do not overlap,
kinds/severities are valid, at most one warning in four planted problems."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
KINDS = {"share", "implied-base", "implied-total", "change", "direction", "yoy-vs-mom", "cagr", "fraction",
         "sum", "respectively", "restatement", "topk", "multiple", "enumeration", "period-span", "hedge",
         "points-vs-percent"}

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        assert isinstance(obj.get("title"), str) and isinstance(obj.get("content"), str), path
        return obj["title"] + "\n\n" + obj["content"]
    return text

def main():
    errs = []
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key: errs.append(f"document not keyed: {d}")
    for k in key:
        if k not in docs: errs.append(f"key without document: {k}")
    n_exp = n_warn = n_clean = n_ver = 0
    ids = set()
    for name, spec in key.items():
        if name not in docs: continue
        text = scored_text(os.path.join(DOCS, name))
        if spec.get("lang") != "vi": errs.append(f"{name}: lang")
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            n_exp += 1
            if e["id"] in ids: errs.append(f"duplicate id {e['id']}")
            ids.add(e["id"])
            if e["kind"] not in KINDS: errs.append(f"{name}: bad kind {e['kind']}")
            if e["severity"] not in ("error", "warning"): errs.append(f"{name}: bad severity")
            n_warn += e["severity"] == "warning"
            for s in e["any_of"]:
                c = text.count(s)
                if c != 1: errs.append(f"{name}: expect {e['id']} substring {s!r} occurs {c} times")
                else:
                    i = text.find(s); exp_regions.append((i, i + len(s), s))
        for s in spec["clean"]:
            n_clean += 1
            c = text.count(s)
            if c != 1: errs.append(f"{name}: clean substring {s!r} occurs {c} times")
            else:
                i = text.find(s); clean_regions.append((i, i + len(s), s))
        for s in spec.get("verified", []):
            n_ver += 1
            c = text.count(s)
            if c != 1: errs.append(f"{name}: verified substring {s!r} occurs {c} times")
            else:
                i = text.find(s)
                for a, b, t in exp_regions:
                    if a < i + len(s) and i < b: errs.append(f"{name}: verified {s!r} overlaps expect {t!r}")
        for a, b, s in exp_regions:
            for c0, c1, t in clean_regions:
                if a < c1 and c0 < b: errs.append(f"{name}: expect {s!r} overlaps clean {t!r}")
        if not 6 <= len(spec["clean"]) <= 12:
            errs.append(f"{name}: {len(spec['clean'])} clean entries (want 6-12)")
        if not 2 <= len(spec.get("verified", [])) <= 6:
            errs.append(f"{name}: {len(spec.get('verified', []))} verified entries (want 2-6)")
    if n_warn * 4 > n_exp: errs.append(f"too many warnings: {n_warn}/{n_exp}")
    for e in errs: print("FAIL", e)
    print(f"{len(key)} documents, {n_exp} planted ({n_warn} warning), {n_clean} clean, {n_ver} verified: "
          + ("key ok" if not errs else f"{len(errs)} problems"))
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
