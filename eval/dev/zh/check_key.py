#!/usr/bin/env python3
"""Check key.json against docs/: loads, every document keyed (and every key has a document),
every substring occurs exactly once in the scored text (title + blank line + content for JSON),
expect and clean substrings do not overlap in the text, counts within the brief's ranges,
severities and kinds valid.  Exit 1 on any problem."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
KINDS = {"share", "implied-base", "implied-total", "change", "direction", "yoy-vs-mom", "cagr",
         "fraction", "sum", "respectively", "restatement", "topk", "multiple", "enumeration",
         "period-span", "hedge", "points-vs-percent"}
SEVS = {"error", "warning"}


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
    files = sorted(os.listdir(DOCS))
    for f in files:
        if f not in key:
            problems.append(f"document not keyed: {f}")
    for k in key:
        if k not in files:
            problems.append(f"key without document: {k}")
    n_exp = n_clean = n_ver = n_warn = 0
    kinds = {}
    ids = set()
    for name, spec in key.items():
        if name not in files:
            continue
        text = document_text(os.path.join(DOCS, name))
        if spec.get("lang") != "zh":
            problems.append(f"{name}: lang is not zh")
        if name.endswith(".txt") and not (text.split("\n")[1] == "" and text.split("\n")[0].strip()):
            problems.append(f"{name}: txt must be title line, blank line, body")
        if not 500 <= len(text) <= 1400:
            problems.append(f"{name}: length {len(text)} outside 500-1400 characters")

        def region(s, what):
            c = text.count(s)
            if c != 1:
                problems.append(f"{name}: {what} substring {s!r} occurs {c} times")
                return None
            i = text.find(s)
            return (i, i + len(s))

        exp_regions = []
        for e in spec["expect"]:
            n_exp += 1
            if e["id"] in ids:
                problems.append(f"{name}: duplicate id {e['id']}")
            ids.add(e["id"])
            if e["severity"] not in SEVS:
                problems.append(f"{name}: bad severity {e['severity']}")
            if e["kind"] not in KINDS:
                problems.append(f"{name}: bad kind {e['kind']}")
            n_warn += e["severity"] == "warning"
            kinds.setdefault(e["kind"], [0, 0])[0 if e["severity"] == "error" else 1] += 1
            if not e["any_of"]:
                problems.append(f"{name}: {e['id']} has empty any_of")
            for s in e["any_of"]:
                r = region(s, "expect")
                if r:
                    exp_regions.append((r, s))
        clean_regions = []
        for s in spec["clean"]:
            n_clean += 1
            r = region(s, "clean")
            if r:
                clean_regions.append((r, s))
        for s in spec.get("verified", []):
            n_ver += 1
            region(s, "verified")
        for (a, sa) in exp_regions:
            for (b, sb) in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    problems.append(f"{name}: expect {sa!r} overlaps clean {sb!r}")
        if not 6 <= len(spec["clean"]) <= 12:
            problems.append(f"{name}: {len(spec['clean'])} clean entries (want 6-12)")
        if not 2 <= len(spec.get("verified", [])) <= 6:
            problems.append(f"{name}: {len(spec.get('verified', []))} verified entries (want 2-6)")
    for k in sorted(KINDS):
        if sum(kinds.get(k, [0, 0])) < 2:
            problems.append(f"kind {k} planted fewer than 2 times")
    if n_warn * 4 > n_exp:
        problems.append(f"too many warnings: {n_warn} of {n_exp}")
    for p in problems:
        print("PROBLEM", p)
    print("kinds (error, warning): " + ", ".join(f"{k} {v[0]}+{v[1]}" for k, v in sorted(kinds.items())))
    n_json = sum(f.endswith(".json") for f in files)
    n_clean_docs = sum(1 for s in key.values() if not s["expect"])
    print(f"{len(files)} documents ({n_json} JSON, {n_clean_docs} clean), {n_exp} planted problems "
          f"({n_exp - n_warn} error, {n_warn} warning), {n_clean} clean, {n_ver} verified substrings")
    print("check_key: OK" if not problems else f"check_key: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
