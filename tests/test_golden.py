"""Golden report: the terminal rendering of `check claims/` on a fixed 100-column console without colour.

Regenerate after an intended change with `UPDATE_GOLDEN=1 pytest tests/test_golden.py` and review the diff.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from rich.console import Console

from validator.document import load_document
from validator.engine import check
from validator.report import render_terminal

REPO_ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "claims_terminal.txt"


def render_claims() -> str:
    report = check(["claims/"])
    texts = {doc.path: load_document(doc.path).text for doc in report.documents}
    console = Console(width=100, color_system=None, force_terminal=False, record=True, file=io.StringIO())
    render_terminal(report, console, texts)
    return console.export_text(styles=False)


def test_terminal_report_matches_golden(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(REPO_ROOT)  # report paths are relative to the working directory
    rendered = render_claims()
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(rendered, encoding="utf-8")
    assert GOLDEN.is_file(), "no golden file: run with UPDATE_GOLDEN=1"
    assert rendered == GOLDEN.read_text(encoding="utf-8")
    assert "NR101 share-mismatch" in rendered and "claims/000_14163ac49786d80a.yaml" in rendered
