#!/usr/bin/env python3
"""Check key.json against docs/: the key loads, every document is keyed (and every key has a
document), every expect/clean/verified substring occurs exactly once in the scored text
(title + "\\n\\n" + content for JSON articles, as score_findings.py builds it), and no expect
region overlaps a clean region. Also reports word and figure counts per article.
Exits 1 on any problem."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
SEVERITIES = {"error", "warning"}
KINDS = {"share", "implied-base", "implied-total", "change", "direction", "yoy-vs-mom", "cagr", "fraction",
         "sum", "respectively", "restatement", "topk", "multiple", "enumeration", "period-span", "hedge",
         "points-vs-percent"}


def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        assert isinstance(obj, dict) and isinstance(obj.get("title"), str) and isinstance(obj.get("content"), str), path
        return f"{obj['title']}\n\n{obj['content']}"
    return text


def main():
    problems = []
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for d in docs:
        if d not in key:
            problems.append(f"document not keyed: {d}")
    for k in key:
        if k not in docs:
            problems.append(f"key without document: {k}")
    kinds = {}
    n_expect = n_clean = n_ver = 0
    ids = set()
    for name in sorted(key):
        if name not in docs:
            continue
        spec = key[name]
        text = scored_text(os.path.join(DOCS, name))
        if not name.endswith(".json"):
            lines = text.split("\n")
            if len(lines) < 3 or lines[1] != "" or not lines[0].strip():
                problems.append(f"{name}: .txt must be title, blank line, body")
        if spec.get("lang") != "en":
            problems.append(f"{name}: lang is not 'en'")

        def region(s, what):
            c = text.count(s)
            if c != 1:
                problems.append(f"{name}: {what} substring {s!r} occurs {c} times")
                return None
            i = text.find(s)
            return (i, i + len(s))

        expect_regions = []
        for e in spec["expect"]:
            n_expect += 1
            if e["id"] in ids:
                problems.append(f"{name}: duplicate id {e['id']}")
            ids.add(e["id"])
            if e["severity"] not in SEVERITIES:
                problems.append(f"{name}: bad severity {e['severity']}")
            if e["kind"] not in KINDS:
                problems.append(f"{name}: bad kind {e['kind']}")
            kinds.setdefault(e["kind"], []).append(e["severity"])
            if not e["any_of"]:
                problems.append(f"{name}: {e['id']} has empty any_of")
            for s in e["any_of"]:
                r = region(s, f"expect {e['id']}")
                if r:
                    expect_regions.append((r, s))
        if not 6 <= len(spec["clean"]) <= 12:
            problems.append(f"{name}: {len(spec['clean'])} clean entries (want 6-12)")
        for s in spec["clean"]:
            n_clean += 1
            r = region(s, "clean")
            if r:
                for (er, es) in expect_regions:
                    if r[0] < er[1] and er[0] < r[1]:
                        problems.append(f"{name}: clean {s!r} overlaps expect {es!r}")
        ver = spec.get("verified", [])
        if not 2 <= len(ver) <= 6:
            problems.append(f"{name}: {len(ver)} verified entries (want 2-6)")
        for s in ver:
            n_ver += 1
            region(s, "verified")
        words = len(text.split())
        figures = len(re.findall(r"\d(?:[\d,.]|[/–-]\d|\s\d{3}\b)*", text))
        if not 250 <= words <= 700:
            problems.append(f"{name}: {words} words")
        print(f"{name}: {words} words, ~{figures} figures, {len(spec['expect'])} planted, "
              f"{len(spec['clean'])} clean, {len(ver)} verified")
    print()
    for k in sorted(KINDS):
        sev = kinds.get(k, [])
        flag = "" if len(sev) >= 2 else "   <-- fewer than 2"
        if len(sev) < 2:
            problems.append(f"kind {k} planted {len(sev)} times")
        print(f"  {k:18s} {len(sev)}  ({', '.join(sev)}){flag}")
    n_warn = sum(s == "warning" for v in kinds.values() for s in v)
    if n_warn * 4 > n_expect:
        problems.append(f"{n_warn} warnings out of {n_expect} planted (more than one in four)")
    for p in problems:
        print("PROBLEM", p)
    print(f"\n{len(docs)} documents, {n_expect} planted ({n_expect - n_warn} error, {n_warn} warning), "
          f"{n_clean} clean, {n_ver} verified: {'OK' if not problems else str(len(problems)) + ' problem(s)'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
