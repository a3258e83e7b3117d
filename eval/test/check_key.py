#!/usr/bin/env python3
"""Check key.json against docs/: the key loads, every document is keyed (and every key names a
document), every expect/clean/verified substring occurs exactly once in the document's scored
text, expect substrings and clean substrings never overlap in the text, and the entry shapes
follow the brief (kinds, severities, 6-12 clean, 2-6 verified, at most one warning in four).

usage: check_key.py [KEY] [DOCS]   (defaults: key.json docs/ next to this script)
Exits 1 on any problem.
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"share", "implied-base", "implied-total", "change", "direction", "yoy-vs-mom", "cagr", "fraction", "sum",
         "respectively", "restatement", "topk", "multiple", "enumeration", "period-span", "hedge",
         "points-vs-percent"}
SEVERITIES = {"error", "warning"}


def scored_text(path):
    """Same rule as the scorer: the file as read, or title + blank line + content for a JSON article."""
    text = open(path, encoding="utf-8").read()
    if text.lstrip().startswith("{"):
        try:
            obj = json.loads(text)
        except ValueError:
            return text
        if isinstance(obj, dict) and isinstance(obj.get("content"), str):
            title = obj.get("title") or ""
            return f"{title}\n\n{obj['content']}" if title else obj["content"]
    return text


def main():
    key_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "key.json")
    docs = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "docs")
    problems = []
    try:
        key = json.load(open(key_path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"key.json does not load: {e}")
        return 1
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    files = sorted(f for f in os.listdir(docs) if f.endswith((".txt", ".json")))
    for f in files:
        if f not in key:
            problems.append(f"document not keyed: {f}")
    for k in key:
        if k not in files:
            problems.append(f"key names a missing document: {k}")

    kinds = Counter()
    kinds_by_lang = {}
    sev = Counter()
    n_expect = n_clean = n_ver = 0
    ids = Counter()
    for name, spec in key.items():
        if name not in files:
            continue
        text = scored_text(os.path.join(docs, name))
        lang = spec.get("lang")
        if lang not in ("vi", "zh", "en"):
            problems.append(f"{name}: bad lang {lang!r}")
        expect_regions, clean_regions = [], []

        def locate(s, where):
            c = text.count(s)
            if c != 1:
                problems.append(f"{name}: {where} substring {s!r} occurs {c} times (must be exactly once)")
                return None
            i = text.find(s)
            return (i, i + len(s), s)

        for e in spec.get("expect", []):
            n_expect += 1
            ids[e.get("id")] += 1
            if e.get("kind") not in KINDS:
                problems.append(f"{name}: unknown kind {e.get('kind')!r}")
            if e.get("severity") not in SEVERITIES:
                problems.append(f"{name}: bad severity {e.get('severity')!r}")
            kinds[e.get("kind")] += 1
            kinds_by_lang.setdefault(lang, Counter())[e.get("kind")] += 1
            sev[e.get("severity")] += 1
            if not e.get("any_of"):
                problems.append(f"{name}: {e.get('id')} has no any_of")
            for s in e.get("any_of", []):
                r = locate(s, f"expect {e.get('id')}")
                if r:
                    expect_regions.append(r)
        clean = spec.get("clean", [])
        ver = spec.get("verified", [])
        n_clean += len(clean)
        n_ver += len(ver)
        if not 6 <= len(clean) <= 12:
            problems.append(f"{name}: {len(clean)} clean entries (want 6-12)")
        if not 2 <= len(ver) <= 6:
            problems.append(f"{name}: {len(ver)} verified entries (want 2-6)")
        for s in clean:
            r = locate(s, "clean")
            if r:
                clean_regions.append(r)
        for s in ver:
            r = locate(s, "verified")
            if r:
                for a in expect_regions:
                    if r[0] < a[1] and a[0] < r[1]:
                        problems.append(f"{name}: verified {s!r} overlaps expect {a[2]!r}")
        for a in expect_regions:
            for b in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    problems.append(f"{name}: expect {a[2]!r} overlaps clean {b[2]!r}")
    for i, c in ids.items():
        if c > 1:
            problems.append(f"duplicate expect id {i}")
    for k in sorted(KINDS):
        if kinds[k] < 2:
            problems.append(f"kind {k} planted {kinds[k]} times overall (want >= 2)")
        for lang in ("vi", "zh", "en"):
            if kinds_by_lang.get(lang, Counter())[k] < 1:
                problems.append(f"kind {k} missing in {lang}")
    if sev["warning"] * 4 > n_expect:
        problems.append(f"{sev['warning']} warnings of {n_expect} planted problems (at most one in four)")

    print(f"documents: {len(files)} ({sum(1 for f in files if f.endswith('.json'))} JSON), keyed: {len(key)}")
    print(f"planted problems: {n_expect} ({sev['error']} error, {sev['warning']} warning); "
          f"clean entries: {n_clean}; verified entries: {n_ver}")
    print("planted by kind: " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    if problems:
        for p in problems:
            print("PROBLEM " + p)
        print(f"check_key: {len(problems)} problem(s)")
        return 1
    print("check_key: ok - every substring occurs exactly once, expect and clean are disjoint")
    return 0


if __name__ == "__main__":
    sys.exit(main())
