"""A Markdown report: per document, findings with their arithmetic, then the verified checks."""

from __future__ import annotations

from itertools import groupby

from validator.model import Report
from validator.safety import guard_commands, safe_report

_ICON = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def render_markdown(report: Report) -> str:
    report = safe_report(report)
    s = report.summary
    lines = ["# claimcheck report", ""]
    lines.append(f"**{_count(s.get('error', 0), 'error')}, {_count(s.get('warning', 0), 'warning')}, "
                 f"{s.get('info', 0)} info** "
                 f"({s.get('accepted', 0)} accepted); {s.get('passed', 0)} of {s.get('checks', 0)} checks passed, "
                 f"{s.get('unverifiable', 0)} unverifiable.")
    lines.append("")
    for problem in report.errors:
        where = ":".join(str(x) for x in (problem.path, problem.line, problem.column) if x is not None)
        lines.append(f"- **input error** `{where}`: {_cell(problem.message)}")
    if report.errors:
        lines.append("")
    checks = {path: list(group) for path, group in groupby(report.checks, key=lambda c: c.path)}
    for doc in report.documents:
        lines += [f"## {doc.path}", "", f"Language `{doc.language}`, {doc.claims} claims"
                  + (f", from `{doc.source}`" if doc.source else "") + ".", ""]
        findings = [f for f in report.findings if f.path == doc.path]
        if findings:
            lines += ["| | rule | line | text | message |", "|---|---|---|---|---|"]
            for f in findings:
                icon = _ICON[f.severity.value]
                note = f" *(accepted: {_cell(f.accepted)})*" if f.accepted else ""
                note += f" — why these figures: {_cell(f.evidence)}" if f.evidence else ""
                lines.append(f"| {icon} {f.severity.value} | {f.rule} {f.name} | {f.line}:{f.column} | "
                             f"`{_cell(f.text)}` | {_cell(f.message)}{note} |")
            lines.append("")
        passed = [c for c in checks.get(doc.path, []) if c.status == "pass"]
        if passed:
            lines.append("Verified:")
            lines.append("")
            lines += [f"- ✓ `{_cell(c.text)}` ({c.rule}): {_cell(c.message)}"
                      + (f" — why these figures: {_cell(c.evidence)}" if c.evidence else "") for c in passed]
            lines.append("")
        unverifiable = [c for c in checks.get(doc.path, []) if c.status == "unverifiable"]
        if unverifiable:
            lines.append("Could not verify:")
            lines.append("")
            lines += [f"- ? `{_cell(c.text)}` ({c.rule}): {_cell(c.message)}" for c in unverifiable]
            lines.append("")
    return guard_commands("\n".join(lines).rstrip() + "\n")
