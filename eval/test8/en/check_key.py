#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, every substring occurs exactly once
in the scored text (title + blank line + content for JSON), expect/clean disjoint."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")


def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        t = obj.get("title") or ""
        return f"{t}\n\n{obj['content']}" if t else obj["content"]
    return text


def spans(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append((i, i + len(s)))
        i = text.find(s, i + 1)
    return out


def main():
    errors, warns = [], []
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items()
           if not k.startswith("_")}
    docs = sorted(f for f in os.listdir(DOCS) if f.endswith((".txt", ".json")))
    for d in docs:
        if d not in key:
            errors.append(f"{d}: not keyed")
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        p = os.path.join(DOCS, name)
        if not os.path.exists(p):
            errors.append(f"{name}: keyed but missing"); continue
        text = scored_text(p)
        words = len(text.split())
        if not 250 <= words <= 700:
            warns.append(f"{name}: {words} words")
        exp_regions = []
        for e in spec["expect"]:
            n_exp += 1
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e:
                    errors.append(f"{name}: expect entry lacks {k}")
            for s in e["any_of"]:
                sp = spans(text, s)
                if len(sp) != 1:
                    errors.append(f"{name}: expect {s!r} occurs {len(sp)} times")
                exp_regions += sp
        clean_regions = []
        for s in spec["clean"]:
            n_clean += 1
            sp = spans(text, s)
            if len(sp) != 1:
                errors.append(f"{name}: clean {s!r} occurs {len(sp)} times")
            clean_regions += [(s, r) for r in sp]
        for s in spec.get("verified", []):
            n_ver += 1
            sp = spans(text, s)
            if len(sp) != 1:
                errors.append(f"{name}: verified {s!r} occurs {len(sp)} times")
            for r in sp:
                if any(r[0] < e[1] and e[0] < r[1] for e in exp_regions):
                    errors.append(f"{name}: verified {s!r} overlaps an expect substring")
        for s, r in clean_regions:
            if any(r[0] < e[1] and e[0] < r[1] for e in exp_regions):
                errors.append(f"{name}: clean {s!r} overlaps an expect substring")
        if not 6 <= len(spec["clean"]) <= 12:
            warns.append(f"{name}: {len(spec['clean'])} clean entries")
        if not 2 <= len(spec.get("verified", [])) <= 6:
            warns.append(f"{name}: {len(spec.get('verified', []))} verified entries")
    for w in warns:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(key)} documents, {n_exp} expected problems, {n_clean} clean, {n_ver} verified")
    if errors:
        print("check_key: FAILED"); sys.exit(1)
    print("check_key: all good")


if __name__ == "__main__":
    main()
