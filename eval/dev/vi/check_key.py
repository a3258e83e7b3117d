#!/usr/bin/env python3
"""Check key.json against docs/: loads, every document keyed (and every key has a document),
every substring occurs exactly once in the scored text (title + blank line + content for JSON),
expect and clean substrings do not overlap in the text, labels/severities are valid, list sizes
follow the brief, every kind is planted at least twice and warnings stay <= 1 in 4."""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
KINDS = {"share", "implied-base", "implied-total", "change", "direction", "yoy-vs-mom", "cagr", "fraction", "sum",
         "respectively", "restatement", "topk", "multiple", "enumeration", "period-span", "hedge", "points-vs-percent"}

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if text.lstrip().startswith("{"):
        obj = json.loads(text)
        title = obj.get("title") or ""
        return f"{title}\n\n{obj['content']}" if title else obj["content"]
    return text

def main():
    errors = []
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    files = sorted(os.listdir(DOCS))
    for f in files:
        if f not in key: errors.append(f"document not keyed: {f}")
    for k in key:
        if k not in files: errors.append(f"key without document: {k}")
    kinds = Counter(); sev = Counter(); n_clean = n_ver = 0; ids = set(); planted_docs = 0
    for name in sorted(key):
        spec = key[name]
        if name not in files: continue
        text = scored_text(os.path.join(DOCS, name))
        if name.endswith(".txt"):
            lines = text.split("\n")
            if len(lines) < 3 or not lines[0].strip() or lines[1] != "":
                errors.append(f"{name}: .txt must be title line, blank line, body")
        if spec.get("lang") != "vi": errors.append(f"{name}: lang must be 'vi'")
        def region(s, what):
            c = text.count(s)
            if c != 1:
                errors.append(f"{name}: {what} substring {s!r} occurs {c} times")
                return None
            i = text.find(s); return (i, i + len(s))
        exp_regions = []
        for e in spec["expect"]:
            if e["id"] in ids: errors.append(f"{name}: duplicate id {e['id']}")
            ids.add(e["id"])
            if e["kind"] not in KINDS: errors.append(f"{name}: unknown kind {e['kind']}")
            if e["severity"] not in ("error", "warning"): errors.append(f"{name}: bad severity {e['severity']}")
            kinds[e["kind"]] += 1; sev[e["severity"]] += 1
            if not e["any_of"]: errors.append(f"{name}: {e['id']} has empty any_of")
            for s in e["any_of"]:
                r = region(s, "expect")
                if r: exp_regions.append((r, s))
        if spec["expect"]: planted_docs += 1
        if not (6 <= len(spec["clean"]) <= 12): errors.append(f"{name}: {len(spec['clean'])} clean entries (want 6-12)")
        if not (2 <= len(spec["verified"]) <= 6): errors.append(f"{name}: {len(spec['verified'])} verified entries (want 2-6)")
        n_clean += len(spec["clean"]); n_ver += len(spec["verified"])
        for s in spec["clean"]:
            r = region(s, "clean")
            if r:
                for (a, b), es in exp_regions:
                    if a < r[1] and r[0] < b:
                        errors.append(f"{name}: clean {s!r} overlaps expect {es!r}")
        for s in spec["verified"]:
            r = region(s, "verified")
            if r:
                for (a, b), es in exp_regions:
                    if a < r[1] and r[0] < b:
                        errors.append(f"{name}: verified {s!r} overlaps expect {es!r}")
    for k_ in sorted(KINDS):
        if kinds[k_] < 2: errors.append(f"kind {k_} planted {kinds[k_]} times (need >= 2)")
    total = sum(sev.values())
    if sev["warning"] * 4 > total: errors.append(f"too many warnings: {sev['warning']} of {total}")
    print("kinds:", ", ".join(f"{k_}={kinds[k_]}" for k_ in sorted(KINDS)))
    print(f"documents={len(key)} planted_docs={planted_docs} clean_docs={len(key)-planted_docs} "
          f"problems={total} (error={sev['error']}, warning={sev['warning']}) clean={n_clean} verified={n_ver}")
    for e in errors: print("ERROR", e)
    print("KEY OK" if not errors else f"KEY FAILED ({len(errors)} problems)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
