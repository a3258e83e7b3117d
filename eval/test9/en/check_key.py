#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, every substring exactly once in the
scored text (title + blank line + content for JSON), expect/clean regions disjoint."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
KINDS = {"share", "implied-base", "implied-total", "change", "direction", "yoy-vs-mom", "cagr", "fraction", "sum",
         "respectively", "restatement", "topk", "multiple", "enumeration", "period-span", "hedge", "points-vs-percent"}


def scored(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        assert isinstance(obj, dict) and isinstance(obj.get("content"), str), path
        return f"{obj['title']}\n\n{obj['content']}" if obj.get("title") else obj["content"]
    return text


def main():
    errs = []
    key = json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8"))
    key = {k: v for k, v in key.items() if not k.startswith("_")}
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for d in docs:
        if d not in key:
            errs.append(f"{d}: not keyed")
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            errs.append(f"{name}: keyed but missing"); continue
        text = scored(p)
        words = len(text.split())
        if not 250 <= words <= 700:
            errs.append(f"{name}: {words} words")

        def region(s, what):
            c = text.count(s)
            if c != 1:
                errs.append(f"{name}: {what} {s!r} occurs {c} times")
                return None
            i = text.find(s); return (i, i + len(s))
        exp_regions = []
        for e in spec["expect"]:
            n_exp += 1
            if e["kind"] not in KINDS: errs.append(f"{name}: unknown kind {e['kind']}")
            if e["severity"] not in ("error", "warning"): errs.append(f"{name}: bad severity")
            for s in e["any_of"]:
                r = region(s, "expect")
                if r: exp_regions.append((r, s))
        clean_regions = []
        for s in spec["clean"]:
            n_clean += 1
            r = region(s, "clean")
            if r: clean_regions.append((r, s))
        for s in spec.get("verified", []):
            n_ver += 1
            r = region(s, "verified")
            if r and any(r[0] < er[1] and er[0] < r[1] for er, _ in exp_regions):
                errs.append(f"{name}: verified {s!r} overlaps an expect substring")
        for (a, sa) in exp_regions:
            for (b, sb) in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    errs.append(f"{name}: expect {sa!r} overlaps clean {sb!r}")
    for e in errs:
        print("ERROR", e)
    print(f"check_key: {len(key)} docs, {n_exp} expected, {n_clean} clean, {n_ver} verified -> " + ("OK" if not errs else f"{len(errs)} problem(s)"))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
