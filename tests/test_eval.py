"""The evaluation articles in eval/heldout: no false alarm, no unexpected error, and the planted errors found."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import needs_shared

from validator.cli import main

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "eval" / "heldout"
SCORER = ROOT.parent / "shared" / "tools" / "score_findings.py"


@needs_shared("tools", "score_findings.py")
def test_heldout_articles_raise_no_false_alarm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(HELDOUT / "docs"), "--format", "json"])
    out, _ = capsys.readouterr()
    assert status in (0, 1)
    report = tmp_path / "report.json"
    report.write_text(out, encoding="utf-8")
    scored = subprocess.run(
        [sys.executable, str(SCORER), str(HELDOUT / "key.json"), str(HELDOUT / "docs"), str(report),
         "--min-recall", "0.75", "--max-unexpected", "0"],
        capture_output=True, text=True, check=False,
    )
    lines = scored.stdout.splitlines()
    assert not [line for line in lines if line.startswith(("FALSE-ALARM", "UNEXPECTED-ERROR"))], scored.stdout
    figures = lines[-1]
    assert "clean violations 0" in figures and "unexpected errors 0" in figures, figures
    recall = json.loads("[" + figures.split("recall ")[1].split(" ")[0].replace("/", ",") + "]")
    assert recall[0] / recall[1] >= 0.75, figures
