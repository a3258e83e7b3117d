#!/usr/bin/env python3
"""Check key.json: loads, every document keyed, every substring occurs exactly once in the scored text,
expect and clean substrings do not overlap in the text."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".json"):
        obj = json.loads(text)
        return f"{obj['title']}\n\n{obj['content']}" if obj.get("title") else obj["content"]
    return text

def occurrences(text, s):
    out, i = [], text.find(s)
    while i != -1:
        out.append(i); i = text.find(s, i + 1)
    return out

def main():
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    bad = 0
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key:
            print(f"UNKEYED {d}"); bad += 1
    for name in key:
        if name not in docs:
            print(f"MISSING-DOC {name}"); bad += 1
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        path = os.path.join(DOCS, name)
        if not os.path.exists(path):
            continue
        text = scored_text(path)
        words = len(text.split())
        if not 250 <= words <= 700:
            print(f"LENGTH {name}: {words} words"); bad += 1
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            n_exp += 1
            for s in e["any_of"]:
                occ = occurrences(text, s)
                if len(occ) != 1:
                    print(f"NOT-UNIQUE {name} expect {e['id']} {s!r}: {len(occ)}"); bad += 1
                else:
                    exp_regions.append((occ[0], occ[0] + len(s), s))
        for lst in ("clean", "verified"):
            for s in spec.get(lst, []):
                occ = occurrences(text, s)
                if len(occ) != 1:
                    print(f"NOT-UNIQUE {name} {lst} {s!r}: {len(occ)}"); bad += 1
                elif lst == "clean":
                    clean_regions.append((occ[0], occ[0] + len(s), s))
        n_clean += len(spec["clean"]); n_ver += len(spec.get("verified", []))
        for (a, b, s) in exp_regions:
            for (c, d_, t) in clean_regions:
                if a < d_ and c < b:
                    print(f"OVERLAP {name} expect {s!r} / clean {t!r}"); bad += 1
        for s in spec.get("verified", []):
            for (a, b, t) in exp_regions:
                i = text.find(s)
                if i != -1 and a < i + len(s) and i < b:
                    print(f"OVERLAP {name} expect {t!r} / verified {s!r}"); bad += 1
    print(f"documents {len(key)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if not bad else f"check_key: {bad} problem(s)")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
