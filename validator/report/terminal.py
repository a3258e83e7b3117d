"""The terminal report (rich), problems last so that they are on the screen when the run ends: per
document the verified checks (compactly), then its findings, worst last, each with the sentence and
the number underlined and the stated vs computed figures; then a closing "N problems:" list (input
errors, errors, warnings: path:line:column, rule, message) and the summary table. Accepted findings are
labelled ACCEPTED and dimmed. Wrapped lines keep their indent."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from validator.model import Check, Finding, Report, Severity
from validator.report.figures import figure
from validator.safety import safe_mapping, safe_report

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _context(text: str, start: int, end: int, width: int = 70) -> Text:
    """The sentence around a span with the span underlined."""
    left = max(text.rfind("\n", 0, start) + 1, start - width)
    right = text.find("\n", end)
    right = min(right if right >= 0 else len(text), end + width)
    out = Text("…" if left > 0 and text[left - 1] != "\n" else "")
    out.append(text[left:start])
    out.append(text[start:end], style="bold underline")
    out.append(text[end:right])
    if right < len(text) and text[right] != "\n":
        out.append("…")
    return out


def _label(f: Finding) -> tuple[str, str]:
    """The label a finding is shown with, and its style: ACCEPTED for an accepted one, whatever its severity."""
    if f.accepted is not None:
        return "ACCEPTED", "dim bold"
    return f.severity.value.upper(), _STYLE[f.severity.value]


def _indented(*lines: Text, by: int = 4) -> Padding:
    """Lines whose wrapped continuations keep the indent (a hanging indent)."""
    return Padding(Group(*lines), (0, 0, 0, by))


def _finding(f: Finding, texts: dict[str, str]) -> Group:
    dim = f.accepted is not None
    label, style = _label(f)
    head = Text()
    head.append(f"{label:8}", style=style)
    head.append(f" {f.rule} {f.name}  ", style="dim" if dim else "bold")
    head.append(f"{f.path}:{f.line}:{f.column}", style="dim")
    body: list[Text] = [Text(f.message, style="dim" if dim else "")]
    text = texts.get(f.path)
    # the article may have changed since it was checked: show context only where the number still is
    if text is not None and f.end > f.start and text[f.start:f.end] == f.text:
        ctx = _context(text, f.start, f.end)
        if dim:
            ctx.stylize("dim")
        body.append(ctx)
    figures = ([f"stated {figure(f.stated)}"] if f.stated else []) + (
        [f"computed {figure(f.computed, value=False)}"] if f.computed else [])
    if figures:
        body.append(Text("   ".join(figures), style="dim"))
    if f.evidence:
        body.append(Text(f"why these figures: {f.evidence}", style="dim"))
    if f.accepted is not None:
        body.append(Text(f"accepted: {f.accepted}" if f.accepted else "accepted", style="dim italic"))
    return Group(_indented(head, by=0), _indented(*body))


def _check_line(mark: str, style: str, c: Check) -> Table:
    row = Table.grid(padding=(0, 1))
    row.add_column(no_wrap=True)
    row.add_column()
    row.add_row(Text(mark, style=style), Text.assemble((c.text, "bold"), (f"  {c.message}", "dim")))
    return row


def _problems(report: Report) -> list[object]:
    """The closing list: every input error, error and warning (not accepted), with path:line and rule."""
    items: list[tuple[str, str, str, str]] = []
    for problem in report.errors:
        where = ":".join(str(x) for x in (problem.path, problem.line, problem.column) if x is not None)
        items.append(("INPUT", "bold red", where, problem.message))
    for f in report.findings:
        if f.accepted is None and f.severity in (Severity.ERROR, Severity.WARNING):
            items.append((f.severity.value.upper(), _STYLE[f.severity.value], f"{f.path}:{f.line}:{f.column}",
                          f"{f.rule} {f.name}: {f.message}"))
    if not items:
        return []
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for label, style, where, message in items:
        grid.add_row(Text(label, style=style), Text.assemble((where, "bold"), "  ", message))
    noun = "problem" if len(items) == 1 else "problems"
    return [Text(f"{len(items)} {noun}:", style="bold"), Padding(grid, (0, 0, 0, 2))]


def render_terminal(report: Report, console: Console, texts: dict[str, str] | None = None,
                    quiet: bool = False) -> None:
    """Per document: what was verified, then its findings (problems last); then a closing list of the
    problems with path:line:column and rule, and the summary, so that the last screen shows what to fix."""
    report = safe_report(report)
    texts = safe_mapping(texts or {})
    for doc in report.documents:
        findings = sorted((f for f in report.findings if f.path == doc.path),
                          key=lambda f: (f.accepted is None, f.severity.rank, f.start))
        checks = [c for c in report.checks if c.path == doc.path]
        if quiet and not any(f.accepted is None and f.severity.rank > 0 for f in findings):
            continue
        title = f"{doc.path} · {doc.language} · {doc.claims} claims" + (f" · {doc.source}" if doc.source else "")
        parts: list[RenderableType] = []
        if not quiet:
            passed = [c for c in checks if c.status == "pass"]
            if passed:
                parts.append(Text(f"verified ({len(passed)})", style="bold green"))
                parts += [_check_line("  ✓", "green", c) for c in passed]
            unverifiable = [c for c in checks if c.status == "unverifiable"]
            if unverifiable:
                parts.append(Text(f"could not verify ({len(unverifiable)})", style="bold yellow"))
                parts += [_check_line("  ?", "yellow", c) for c in unverifiable]
        parts += [_finding(f, texts) for f in findings if not quiet or f.severity.rank > 0]
        console.print(Panel(Group(*parts) if parts else Text("no numeric relations to check", style="dim"),
                            title=Text(title), title_align="left"))  # Text: a path is never read as markup
    for part in _problems(report):
        console.print(part)
    s = report.summary

    def count(n: int, word: str, plural: str | None = None) -> str:
        return f"{n} {word if n == 1 else (plural or word + 's')}"

    items = [(count(s.get("error", 0), "error"), "bold red" if s.get("error", 0) else "dim"),
             (count(s.get("warning", 0), "warning"), "yellow" if s.get("warning", 0) else "dim"),
             (f"{s.get('info', 0)} info", "dim"), (f"{s.get('accepted', 0)} accepted", "dim"),
             (f"{s.get('passed', 0)}/{s.get('checks', 0)} checks passed", "green"),
             (f"{s.get('unverifiable', 0)} unverifiable", "dim"),
             (count(s.get("input_errors", 0), "input error"), "bold red" if s.get("input_errors", 0) else "dim")]
    line = Text("summary: ", style="bold")
    for i, (text, style) in enumerate(items):
        line.append(" · " if i else "")
        line.append(text, style=style)
    console.print(_indented(line, by=0))
