#!/usr/bin/env python3
"""Score claimcheck on evaluation sets: `python eval/score.py eval/dev` (every folder under it that has a
key.json and docs/) or `python eval/score.py eval/dev/zh eval/heldout`.

For each set it runs `claimcheck check DOCS --format json` and the shared scorer
(../shared/tools/score_findings.py), prints the scorer's lines with `-v`, and a total line: planted problems
found at their severity, errors on clean traps, unexpected errors, expected verifications made.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_findings.py"


def sets(args: list[str]) -> list[Path]:
    found: list[Path] = []
    for arg in args:
        p = Path(arg)
        if (p / "key.json").is_file():
            found.append(p)
        else:
            found.extend(sorted(k.parent for k in p.rglob("key.json") if (k.parent / "docs").is_dir()))
    return found


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"] or [str(ROOT / "eval" / "dev")]
    if not SCORER.is_file():
        print(f"the scorer is missing: {SCORER} (../shared beside the repository)", file=sys.stderr)
        return 2
    totals = [0, 0, 0, 0, 0, 0]
    for s in sets(args):
        with tempfile.NamedTemporaryFile("w+", suffix=".json") as report:
            subprocess.run([sys.executable, "-m", "validator.cli", "check", str(s / "docs"), "--format", "json"],
                           stdout=report, stderr=subprocess.DEVNULL, check=False, cwd=ROOT)
            scored = subprocess.run([sys.executable, str(SCORER), str(s / "key.json"), str(s / "docs"), report.name],
                                    capture_output=True, text=True, check=False)
        lines = scored.stdout.splitlines()
        if verbose:
            print("\n".join(lines[:-1]))
        last = lines[-1] if lines else ""
        m = re.search(r"recall (\d+)/(\d+).*clean violations (\d+), unexpected errors (\d+)"
                      r"(?:, verified (\d+)/(\d+))?", last)
        if not m:
            print(f"{s}: {last}")
            continue
        figures = [int(g) if g else 0 for g in m.groups()]
        totals = [a + b for a, b in zip(totals, figures, strict=True)]
        print(f"{s}: found {figures[0]}/{figures[1]}, clean violations {figures[2]}, unexpected errors "
              f"{figures[3]}, verified {figures[4]}/{figures[5]}")
    found, planted, clean, unexpected, verified, expected = totals
    share = f"{found / planted:.0%}" if planted else "-"
    print(json.dumps({"found": found, "planted": planted, "recall": share, "clean_violations": clean,
                      "unexpected_errors": unexpected, "verified": verified, "expected_verified": expected}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
