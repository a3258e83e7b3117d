import json, os, sys
here = os.path.dirname(os.path.abspath(__file__))
key = json.load(open(os.path.join(here, "key.json"), encoding="utf-8"))
docs = os.path.join(here, "docs")
bad = 0
files = sorted(os.listdir(docs))
for f in files:
    if f not in key:
        print("NOT KEYED:", f); bad += 1
for name, entry in key.items():
    if name.startswith("_"): continue
    p = os.path.join(docs, name)
    if not os.path.exists(p):
        print("MISSING DOC:", name); bad += 1; continue
    if name.endswith(".json"):
        d = json.load(open(p, encoding="utf-8")); text = d["title"] + "\n\n" + d["content"]
    else:
        text = open(p, encoding="utf-8").read()
    def spans(s):
        out = []; i = text.find(s)
        while i >= 0:
            out.append((i, i + len(s))); i = text.find(s, i + 1)
        return out
    exp_spans = []
    for e in entry.get("expect", []):
        for s in e["any_of"]:
            sp = spans(s)
            if len(sp) != 1: print(f"{name}: expect {s!r} occurs {len(sp)}x"); bad += 1
            exp_spans += sp
    cl_spans = []
    for group in ("clean", "verified"):
        for s in entry.get(group, []):
            sp = spans(s)
            if len(sp) != 1: print(f"{name}: {group} {s!r} occurs {len(sp)}x"); bad += 1
            if group == "clean": cl_spans += [(a, b, s) for a, b in sp]
    for a, b in exp_spans:
        for c, d, s in cl_spans:
            if a < d and c < b: print(f"{name}: clean {s!r} overlaps an expect span"); bad += 1
print(f"{len(key)} documents keyed, {len(files)} docs; problems: {bad}")
print("check_key: OK" if bad == 0 else "check_key: FAIL")
sys.exit(1 if bad else 0)
