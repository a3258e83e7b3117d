"""Shared by the linker tests: check a short text as an article and read what the named rules made of it."""

from __future__ import annotations

from pathlib import Path

from validator.engine import Options, check


def judged_by(text: str, lang: str, tmp_path: Path, *rules: str) -> tuple[list[str], list[str]]:
    """(statuses of the rules' checks, severities of their findings), in report order."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], Options(language=lang))
    return ([c.status for c in report.checks if c.rule in rules],
            [f.severity.value for f in report.findings if f.rule in rules])
