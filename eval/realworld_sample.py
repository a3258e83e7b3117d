#!/usr/bin/env python3
"""A review worksheet for the real articles in ../shared/realworld: every error finding, and a random sample
of passed checks per language, each with the words around its figures, so that a reviewer can say whether
the article's own arithmetic is wrong (a real error) or the tool paired the wrong figures (a false alarm),
and whether a passed check paired the right figures.

    python eval/realworld_sample.py [--per-language 20] [--seed 9] > /tmp/worksheet.md

The worksheet quotes a few words around each figure only (the articles are not ours to republish); the
reviews themselves go in eval/realworld.md.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "realworld"


def snippet(text: str, start: int, end: int, width: int = 60) -> str:
    lo, hi = max(0, start - width), min(len(text), end + width)
    return (text[lo:start] + "⟦" + text[start:end] + "⟧" + text[end:hi]).replace("\n", " ")


def report(lang: str) -> dict:
    out = subprocess.run([sys.executable, "-m", "validator.cli", "check", str(REAL / lang), "--format", "json"],
                         capture_output=True, text=True, cwd=ROOT, check=False)
    return json.loads(out.stdout)


def text_of(path: str) -> str:
    p = Path(path)
    if not p.is_absolute():
        p = ROOT / p
    return p.read_text(encoding="utf-8")


def entry(item: dict, label: str) -> str:
    text = text_of(item["path"])
    lines = [f"### {label} {Path(item['path']).name}:{item.get('line', '')} {item['rule']} `{item['text']}`",
             f"- message: {item['message']}"]
    if item.get("evidence"):
        lines.append(f"- why: {item['evidence']}")
    lines.append(f"- judged: {snippet(text, item['start'], item['end'])}")
    for r in item.get("related", []):
        lines.append(f"- operand: {snippet(text, r['start'], r['end'])}")
    lines.append("- review: ")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-language", type=int, default=20)
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args(argv)
    if not REAL.is_dir():
        print(f"{REAL} is missing (../shared beside the repository)", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    for lang in ("en", "zh", "vi"):
        r = report(lang)
        errors = [f for f in r["findings"] if f["severity"] == "error" and not f.get("accepted")]
        passed = [c for c in r["checks"] if c["status"] == "pass"]
        print(f"## {lang}: {len(r['documents'])} articles, {len(errors)} error findings, {len(passed)} passed checks\n")
        for f in errors:
            print(entry(f, "ERROR"), "\n")
        for c in rng.sample(passed, min(args.per_language, len(passed))):
            print(entry(c, "PASS"), "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
