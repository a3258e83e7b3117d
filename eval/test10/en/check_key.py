#!/usr/bin/env python3
"""Check key.json against docs/: every doc keyed, every substring occurs exactly once, expect/clean disjoint."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")

def scored_text(path):
    text = open(path, encoding="utf-8").read()
    if text.lstrip().startswith("{"):
        obj = json.loads(text)
        title = obj.get("title") or ""
        return f"{title}\n\n{obj['content']}" if title else obj["content"]
    return text

def main():
    bad = 0
    key = {k: v for k, v in json.load(open(os.path.join(HERE, "key.json"), encoding="utf-8")).items() if not k.startswith("_")}
    docs = sorted(os.listdir(DOCS))
    for d in docs:
        if d not in key:
            print(f"UNKEYED {d}"); bad += 1
    for name in key:
        if name not in docs:
            print(f"MISSING DOC {name}"); bad += 1
    n_exp = n_clean = n_ver = 0
    for name, spec in key.items():
        if name not in docs:
            continue
        text = scored_text(os.path.join(DOCS, name))
        if spec.get("lang") != "en":
            print(f"LANG {name}"); bad += 1
        exp_regions, clean_regions = [], []
        for e in spec["expect"]:
            n_exp += 1
            for k in ("id", "severity", "kind", "any_of"):
                if k not in e:
                    print(f"FIELD {name} {e} lacks {k}"); bad += 1
            if e["severity"] not in ("warning", "error"):
                print(f"SEVERITY {name} {e['id']}"); bad += 1
            for s in e["any_of"]:
                c = text.count(s)
                if c != 1:
                    print(f"COUNT {name} expect {s!r}: {c}"); bad += 1
                i = text.find(s); exp_regions.append((i, i + len(s), s))
        for s in spec["clean"]:
            n_clean += 1
            c = text.count(s)
            if c != 1:
                print(f"COUNT {name} clean {s!r}: {c}"); bad += 1
            i = text.find(s); clean_regions.append((i, i + len(s), s))
        for s in spec.get("verified", []):
            n_ver += 1
            c = text.count(s)
            if c != 1:
                print(f"COUNT {name} verified {s!r}: {c}"); bad += 1
            i = text.find(s)
            for a in exp_regions:
                if a[0] < i + len(s) and i < a[1]:
                    print(f"OVERLAP {name} verified {s!r} with expect {a[2]!r}"); bad += 1
        for a in exp_regions:
            for b in clean_regions:
                if a[0] < b[1] and b[0] < a[1]:
                    print(f"OVERLAP {name} expect {a[2]!r} with clean {b[2]!r}"); bad += 1
        if not (6 <= len(spec["clean"]) <= 12):
            print(f"CLEAN-COUNT {name} {len(spec['clean'])}"); bad += 1
        if not (2 <= len(spec.get("verified", [])) <= 6):
            print(f"VERIFIED-COUNT {name} {len(spec.get('verified', []))}"); bad += 1
    print(f"docs {len(docs)}, expect {n_exp}, clean {n_clean}, verified {n_ver}")
    print("check_key: OK" if bad == 0 else f"check_key: {bad} problem(s)")
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main())
