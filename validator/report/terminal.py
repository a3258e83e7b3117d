"""The terminal report (rich): per document, findings by severity with the sentence and the number
underlined, stated vs computed intervals, verified checks listed compactly, and a summary table."""

from __future__ import annotations

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from validator.model import Finding, Report
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


def _interval(block: object) -> str:
    if block is None:
        return "—"
    low, high = getattr(block, "low", None), getattr(block, "high", None)
    unit = getattr(block, "unit", "")
    return f"{low if low is not None else '−∞'} … {high if high is not None else '∞'} {unit}"


def _finding(f: Finding, texts: dict[str, str]) -> Group:
    dim = f.accepted is not None
    head = Text()
    head.append(f"{f.severity.value.upper():7}", style="dim" if dim else _STYLE[f.severity.value])
    head.append(f" {f.rule} {f.name}  ", style="dim" if dim else "bold")
    head.append(f"{f.path}:{f.line}:{f.column}", style="dim")
    body = [head, Text("  " + f.message, style="dim" if dim else "")]
    text = texts.get(f.path)
    # the article may have changed since it was checked: show context only where the number still is
    if text is not None and f.end > f.start and text[f.start:f.end] == f.text:
        ctx = _context(text, f.start, f.end)
        ctx.pad_left(4)
        if dim:
            ctx.stylize("dim")
        body.append(ctx)
    if f.stated or f.computed:
        body.append(Text(f"    stated {_interval(f.stated)}   computed {_interval(f.computed)}", style="dim"))
    if f.evidence:
        body.append(Text(f"    why these figures: {f.evidence}", style="dim"))
    if f.accepted:
        body.append(Text(f"    accepted: {f.accepted}", style="dim italic"))
    return Group(*body)


def render_terminal(report: Report, console: Console, texts: dict[str, str] | None = None,
                    quiet: bool = False) -> None:
    report = safe_report(report)
    texts = safe_mapping(texts or {})
    for problem in report.errors:
        where = ":".join(str(x) for x in (problem.path, problem.line, problem.column) if x is not None)
        console.print(Text.assemble(("input error ", "bold red"), (where, "bold"), f": {problem.message}"))
    for doc in report.documents:
        findings = sorted((f for f in report.findings if f.path == doc.path),
                          key=lambda f: (-f.severity.rank, f.accepted is not None, f.start))
        checks = [c for c in report.checks if c.path == doc.path]
        if quiet and not any(f.accepted is None and f.severity.rank > 0 for f in findings):
            continue
        title = f"{doc.path} · {doc.language} · {doc.claims} claims" + (f" · {doc.source}" if doc.source else "")
        parts: list[RenderableType] = [_finding(f, texts) for f in findings if not quiet or f.severity.rank > 0]
        if not quiet:
            passed = [c for c in checks if c.status == "pass"]
            if passed:
                parts.append(Text(f"verified ({len(passed)})", style="bold green"))
                for c in passed:
                    parts.append(Text.assemble(("  ✓ ", "green"), (c.text, "bold"), (f"  {c.message}", "dim")))
            unverifiable = [c for c in checks if c.status == "unverifiable"]
            for c in unverifiable:
                parts.append(Text.assemble(("  ? ", "yellow"), (c.text, "bold"), (f"  {c.message}", "dim")))
        console.print(Panel(Group(*parts) if parts else Text("no numeric relations to check", style="dim"),
                            title=Text(title), title_align="left"))  # Text: a path is never read as markup
    s = report.summary
    table = Table(title="summary", show_header=True, header_style="bold")
    for col in ("errors", "warnings", "info", "accepted", "checks passed", "unverifiable", "input errors"):
        table.add_column(col, justify="right")
    table.add_row(str(s.get("error", 0)), str(s.get("warning", 0)), str(s.get("info", 0)), str(s.get("accepted", 0)),
                  f"{s.get('passed', 0)}/{s.get('checks', 0)}", str(s.get("unverifiable", 0)),
                  str(s.get("input_errors", 0)))
    console.print(table)
