"""GitHub Actions workflow commands: one `::error file=…,line=…::message` line per finding.

GitHub shows these as annotations on the pull request's diff. Severities map error → `::error`,
warning → `::warning`, info → `::notice`; an accepted finding becomes a `::notice` whose message starts
with "accepted:" (it never fails a run, but a reviewer can still see it). Input problems are `::error`s.
"""

from __future__ import annotations

from validator.model import Finding, Report, Severity
from validator.safety import safe_report

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (GitHub's rules: %, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: the message escapes plus ':' and ','."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, properties: dict[str, object], message: str) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{kind} {props}::{escape_data(message)}"


def annotation(f: Finding) -> str:
    props: dict[str, object] = {"file": f.path, "line": f.line, "col": f.column}
    breaks = f.text.count("\n")
    if breaks:
        props["endLine"] = f.line + breaks
        props["endColumn"] = len(f.text) - f.text.rfind("\n")
    else:
        props["endColumn"] = f.column + len(f.text)
    if f.accepted is not None:
        props["title"] = f"{f.rule} {f.name} (accepted)"
        return _command("notice", props, f"accepted: {f.accepted} — {f.message}")
    props["title"] = f"{f.rule} {f.name}"
    return _command(_COMMAND[f.severity], props, f.message)


def render_github(report: Report) -> str:
    report = safe_report(report)  # then GitHub's own escapes: no raw control character, no line of ours
    lines = []
    for problem in report.errors:
        props: dict[str, object] = {"file": problem.path}
        if problem.line is not None:
            props["line"] = problem.line
            if problem.column is not None:
                props["col"] = problem.column
        props["title"] = "claimcheck input error"
        lines.append(_command("error", props, problem.message))
    lines += [annotation(f) for f in sorted(report.findings, key=Finding.sort_key)]
    return "".join(line + "\n" for line in lines)
