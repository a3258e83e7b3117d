"""Shared by the report tests: a small hand-made report over a known text, and the repo root."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from validator.model import Check, DocumentSummary, Finding, Report, Severity, SpanText, Stated

ROOT = Path(__file__).resolve().parent.parent

TEXT = ("Sales <b>hit</b> 17 million.\n"
        "China sold 12.866 million, a 70.5% share, up 35.5%.\n\n"
        "Nearly 1000 times.")
PATH = "news/a b/article.txt"


def span(text: str) -> SpanText:
    start = TEXT.index(text)
    return SpanText(start=start, end=start + len(text), text=text)


def finding(text: str, severity: Severity = Severity.ERROR, rule: str = "NR101",
            name: str = "share-mismatch", message: str = "stated 70.5% but 12.866M / 17M = 75.7%",
            accepted: str | None = None, related: tuple[str, ...] = ()) -> Finding:
    s = span(text)
    line = TEXT.count("\n", 0, s.start) + 1
    column = s.start - (TEXT.rfind("\n", 0, s.start) + 1) + 1
    return Finding(rule=rule, name=name, severity=severity, path=PATH, line=line, column=column,
                   start=s.start, end=s.end, text=text, message=message, accepted=accepted,
                   stated=Stated(value=70.5, low=70.45, high=70.55, unit="percent"),
                   computed=Stated(value=75.68, low=73.52, high=77.98, unit="percent"),
                   related=[span(r) for r in related])


def check(text: str, status: Literal["pass", "fail", "unverifiable"], rule: str = "NR103",
          message: str = "ok ✓") -> Check:
    s = span(text)
    return Check(rule=rule, status=status, path=PATH, start=s.start, end=s.end, text=text, message=message)


def sample_report() -> Report:
    report = Report(
        documents=[DocumentSummary(path=PATH, language="en", claims=5)],
        findings=[finding("70.5%", related=("12.866 million", "17 million")),
                  finding("35.5%", Severity.INFO, "IN501", "implied-base", "implies a base of 9.495M"),
                  finding("17 million", Severity.WARNING, "CS201", "restatement-conflict", "differs",
                          accepted="known, kept as published")],
        checks=[check("70.5%", "fail", "NR101"), check("1000 times", "pass"),
                check("12.866 million", "unverifiable", "CS201", "cannot tell")],
    )
    return report.finalize()
