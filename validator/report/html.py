"""The HTML report: the article itself, every claim marked and coloured by its verdict, the findings
beside the paragraph they belong to. One self-contained page (inline CSS, no script, no external asset)
per article, and an index page for a folder of them.

A mark's verdict is the worst finding on its span (accepted ones included: acceptance is an editorial
decision, not a different arithmetic — the mark is dimmed instead); failing that `pass` when the span's
checks all passed, `unverifiable` when one could not be verified, `none` for a claim no rule judged.
Numbers a finding was computed from are marked too (`related`) and linked from its card. Cards are
numbered per page; a superscript after a mark links to its cards and each card links back (`:target`).
Output is byte-stable: no clock, everything sorted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import PurePath

from validator import __version__
from validator.model import Check, DocumentSummary, Finding, Report, Severity, Span, SpanText, Stated
from validator.safety import safe_line, safe_mapping, safe_report, safe_text

SpanLike = Span | SpanText | tuple[int, int]

_VERDICT_RANK = {"error": 5, "warning": 4, "info": 3, "unverifiable": 2, "pass": 1, "none": 0}
# What a rule checks, in words that do not sound an alarm: the label of a verified (or unverifiable) card,
# where "CS201 restatement-conflict" would read as a problem.
_TOPIC = {"NR101": "share", "NR102": "change", "NR103": "multiple", "NR104": "growth rate (CAGR)",
          "NR105": "parts of a whole", "NR106": "top-k within top-m", "NR107": "points or percent",
          "NR108": "direction of a move",
          "CS201": "restatement", "CS202": "restatement rounding", "CS203": "count of listed items",
          "CS204": "span of years", "HD301": "hedge", "ST401": "claim file", "ST402": "acceptance",
          "IN501": "base", "IN502": "total", "IN503": "growth rate"}
_UNIT = {"percent": "%", "point": " pp", "times": "×"}


def _pair(span: SpanLike) -> tuple[int, int]:
    return (span[0], span[1]) if isinstance(span, tuple) else (span.start, span.end)


# --- what goes on one page -------------------------------------------------------------------------------


@dataclass
class _Note:
    """A card: a finding, or a check that is not already a finding (pass / unverifiable)."""

    item: Finding | Check
    number: int = 0

    @property
    def verdict(self) -> str:
        item = self.item
        return item.severity.value if isinstance(item, Finding) else item.status

    @property
    def accepted(self) -> bool:
        return isinstance(self.item, Finding) and self.item.accepted is not None

    def order(self) -> tuple[int, int, int, int, str, str]:
        item = self.item
        return (item.start, item.end, -_VERDICT_RANK[self.verdict], self.accepted, item.rule, item.message)


@dataclass
class _Mark:
    start: int
    end: int
    notes: list[_Note] = field(default_factory=list)
    related_to: list[_Note] = field(default_factory=list)  # cards that use this number as an operand

    @property
    def verdict(self) -> str:
        findings = [n for n in self.notes if isinstance(n.item, Finding)]
        if findings:
            return max((n.verdict for n in findings), key=_VERDICT_RANK.__getitem__)
        statuses = {n.verdict for n in self.notes}
        if "unverifiable" in statuses:
            return "unverifiable"
        return "pass" if "pass" in statuses else "none"

    @property
    def accepted(self) -> bool:
        findings = [n for n in self.notes if isinstance(n.item, Finding)]
        return bool(findings) and all(n.accepted for n in findings)

    @property
    def anchor(self) -> str:
        return f"claim-{self.start}-{self.end}"


def _notes(findings: Sequence[Finding], checks: Sequence[Check]) -> list[_Note]:
    # A failed check is already a finding (with more detail); keep the checks an editor would not see else.
    notes = [_Note(f) for f in findings] + [_Note(c) for c in checks if c.status != "fail"]
    notes.sort(key=_Note.order)
    for i, note in enumerate(notes, 1):
        note.number = i
    return notes


def _in_text(text: str, span: SpanText | Finding | Check) -> bool:
    # Related numbers of a cross-article relation index another document: mark only what matches here.
    return 0 <= span.start < span.end <= len(text) and text[span.start:span.end] == span.text


def _marks(text: str, notes: list[_Note], claims: Iterable[SpanLike]) -> dict[tuple[int, int], _Mark]:
    marks: dict[tuple[int, int], _Mark] = {}

    def get(start: int, end: int) -> _Mark:
        return marks.setdefault((start, end), _Mark(start, end))

    for note in notes:
        if _in_text(text, note.item):
            get(note.item.start, note.item.end).notes.append(note)
        for r in note.item.related:
            if _in_text(text, r):
                get(r.start, r.end).related_to.append(note)
    for span in claims:
        start, end = _pair(span)
        if 0 <= start < end <= len(text):
            get(start, end)
    return marks


# --- formatting ---------------------------------------------------------------------------------------


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def _interval(block: Stated) -> str:
    unit = _UNIT.get(block.unit, f" {block.unit}")
    low = "−∞" if block.low is None else _num(block.low)
    high = "∞" if block.high is None else _num(block.high)
    value = f"{_num(block.value)}{unit} " if block.value is not None else ""
    return f"{value}({low} – {high}{unit})"


def _related_links(text: str, related: Sequence[SpanText]) -> str:
    links = []
    for r in related:
        label = escape(r.text)
        if _in_text(text, r):
            links.append(f'<a class="rel" href="#claim-{r.start}-{r.end}">{label}</a>')
        else:
            links.append(f'<span class="rel other">{label}</span>')
    return ", ".join(links)


def _card(note: _Note, text: str, rule_names: Mapping[str, str]) -> str:
    item = note.item
    verdict = note.verdict
    classes = f"card verdict-{verdict}" + (" accepted" if note.accepted else "")
    name = item.name if isinstance(item, Finding) else _TOPIC.get(item.rule, rule_names.get(item.rule, ""))
    label = {"pass": "verified", "unverifiable": "unverifiable"}.get(verdict, verdict)
    if _in_text(text, item):
        target = f"#claim-{item.start}-{item.end}"
        number = f'<a class="num" href="{target}">{note.number}</a>'
        what = f'<a class="what" href="{target}">{escape(item.text)}</a>'
    else:
        number = f'<span class="num">{note.number}</span>'
        what = f'<span class="what">{escape(item.text)}</span>'
    head = (f'<div class="card-head">{number}<span class="badge">{escape(label)}</span>{what}'
            f'<span class="rule">{escape(item.rule)} {escape(name)}</span></div>')
    parts = [f'<div class="{classes}" id="note-{note.number}">', head,
             f'<p class="msg">{escape(item.message)}</p>']
    if isinstance(item, Finding) and (item.stated or item.computed):
        rows = []
        if item.stated:
            rows.append(f"<dt>stated</dt><dd>{escape(_interval(item.stated))}</dd>")
        if item.computed:
            rows.append(f"<dt>computed</dt><dd>{escape(_interval(item.computed))}</dd>")
        parts.append(f'<dl class="intervals">{"".join(rows)}</dl>')
    if item.related:
        parts.append(f'<p class="operands">from {_related_links(text, item.related)}</p>')
    if item.evidence:
        parts.append(f'<p class="evidence">why these figures: {escape(item.evidence)}</p>')
    if isinstance(item, Finding):
        where = f"line {item.line}, column {item.column}" + (f" · claim <code>{escape(item.claim)}</code>"
                                                             if item.claim else "")
        parts.append(f'<p class="where">{where}</p>')
        if item.accepted is not None:
            parts.append(f'<p class="reason"><b>accepted:</b> {escape(item.accepted)}</p>')
    parts.append("</div>")
    return "".join(parts)


def _open(mark: _Mark, rule_names: Mapping[str, str]) -> str:
    classes = ["claim", f"verdict-{mark.verdict}"]
    if mark.accepted:
        classes.append("accepted")
    if mark.related_to:
        classes.append("related")
    rules = sorted({n.item.rule for n in mark.notes})
    tips = [f"{n.number}. {n.item.rule} "
            f"{rule_names.get(n.item.rule, '') if isinstance(n.item, Finding) else _TOPIC.get(n.item.rule, '')}: "
            f"{n.verdict}" + (" (accepted)" if n.accepted else "") for n in mark.notes]
    tips += [f"used by {n.number}. {n.item.rule}" for n in mark.related_to]
    attrs = f' data-rule="{escape(" ".join(rules))}"' if rules else ""
    attrs += f' title="{escape("; ".join(tips))}"' if tips else ""
    return f'<mark class="{" ".join(classes)}" id="{mark.anchor}"{attrs}>'


def _close(mark: _Mark) -> str:
    refs = "".join(f'<a href="#note-{n.number}">{n.number}</a>' for n in mark.notes)
    return "</mark>" + (f'<sup class="refs">{refs}</sup>' if refs else "")


def _marked(text: str, start: int, end: int, marks: list[_Mark], rule_names: Mapping[str, str]) -> str:
    """The paragraph text[start:end], escaped, with marks nested where spans nest. A span that only
    partly overlaps an open one is not marked (its card still is shown)."""
    out: list[str] = []
    pos = start
    stack: list[_Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        while stack and stack[-1].end <= mark.start:
            top = stack.pop()
            out.append(escape(text[pos:top.end], quote=False) + _close(top))
            pos = top.end
        if stack and mark.end > stack[-1].end:
            continue
        out.append(escape(text[pos:mark.start], quote=False) + _open(mark, rule_names))
        pos = mark.start
        stack.append(mark)
    while stack:
        top = stack.pop()
        out.append(escape(text[pos:top.end], quote=False) + _close(top))
        pos = top.end
    out.append(escape(text[pos:end], quote=False))
    return "".join(out)


# --- pages --------------------------------------------------------------------------------------------


def _rule_names() -> dict[str, str]:
    from validator.rules import RULES

    return {r.code: r.name for r in RULES}


def _counts(findings: Sequence[Finding], checks: Sequence[Check]) -> dict[str, int]:
    counts = {s.value: sum(1 for f in findings if f.severity is s and f.accepted is None) for s in Severity}
    counts["accepted"] = sum(1 for f in findings if f.accepted is not None)
    counts["checks"] = len(checks)
    counts["passed"] = sum(1 for c in checks if c.status == "pass")
    counts["unverifiable"] = sum(1 for c in checks if c.status == "unverifiable")
    return counts


def _summary(counts: Mapping[str, int]) -> str:
    def plural(n: int, word: str) -> str:
        return f"{n} {word}" + ("" if n == 1 else "s")

    items = [("error", plural(counts["error"], "error")), ("warning", plural(counts["warning"], "warning")),
             ("info", f"{counts['info']} info"), ("accepted", f"{counts['accepted']} accepted"),
             ("pass", f"{counts['passed']}/{counts['checks']} checks passed"),
             ("unverifiable", f"{counts['unverifiable']} unverifiable")]
    return '<ul class="summary">' + "".join(
        f'<li class="count verdict-{key}{" zero" if text.startswith("0 ") else ""}">{escape(text)}</li>'
        for key, text in items) + "</ul>"


_LEGEND = ('<p class="legend">'
           '<mark class="claim verdict-error">error</mark> '
           '<mark class="claim verdict-warning">warning</mark> '
           '<mark class="claim verdict-info">info</mark> <mark class="claim verdict-pass">verified</mark> '
           '<mark class="claim verdict-unverifiable">unverifiable</mark> '
           '<mark class="claim verdict-none">not checked</mark> '
           '<mark class="claim verdict-error accepted">accepted</mark> '
           '<mark class="claim verdict-none related">operand</mark></p>')


def _link(text: str, f: Finding, notes: Sequence[_Note], page: str = "") -> str:
    """Where a problem in the list points: its mark in the text, or its card when the number is not there."""
    if _in_text(text, f):
        return f"{page}#claim-{f.start}-{f.end}"
    number = next((n.number for n in notes if n.item is f), None)
    return f"{page}#note-{number}" if number is not None else page or "#"


def _problem_list(items: Sequence[tuple[Finding, str]], with_path: bool = False) -> str:
    """The problems first: errors, then warnings (accepted findings apart, last), each linked to its mark."""
    shown = sorted((i for i in items if i[0].severity is not Severity.INFO),
                   key=lambda i: (i[0].accepted is not None, -i[0].severity.rank, i[0].path, i[0].start))
    if not shown:
        return '<p class="problems none">No problems: nothing to fix.</p>'
    open_ = sum(1 for f, _ in shown if f.accepted is None)
    rows = []
    for f, href in shown:
        label = "accepted" if f.accepted is not None else f.severity.value
        where = f"{f.path}:{f.line}" if with_path else f"line {f.line}"
        rows.append(f'<li class="problem verdict-{f.severity.value}{" accepted" if f.accepted is not None else ""}">'
                    f'<a href="{escape(href)}"><span class="badge">{escape(label)}</span> '
                    f'<span class="what">{escape(f.text)}</span></a> '
                    f'<span class="rule">{escape(f.rule)} {escape(f.name)} · {escape(where)}</span> '
                    f'<span class="msg">{escape(f.message)}</span></li>')
    title = f"{open_} problem{'' if open_ == 1 else 's'}" + (
        f", {len(shown) - open_} accepted" if len(shown) > open_ else "")
    return f'<nav class="problems" aria-label="problems"><b>{escape(title)}</b><ol>{"".join(rows)}</ol></nav>'


def render_article(report: Report, path: str, text: str, claims: Iterable[SpanLike] = ()) -> str:
    """One document as a `<section>`: its summary, then paragraph by paragraph the marked text
    beside its cards. `claims` adds marks for claim spans no rule touched."""
    return _article(safe_report(report), safe_line(path), safe_text(text), claims)


def _article(report: Report, path: str, text: str, claims: Iterable[SpanLike] = ()) -> str:
    rule_names = _rule_names()
    doc = next((d for d in report.documents if d.path == path), None)
    findings = [f for f in report.findings if f.path == path]
    checks = [c for c in report.checks if c.path == path]
    notes = _notes(findings, checks)
    marks = _marks(text, notes, claims)
    facts = []
    if doc is not None:
        facts.append(f"language <b>{escape(doc.language)}</b>")
        facts.append(f"<b>{doc.claims}</b> claims")
        if doc.source:
            facts.append(f"claim file <code>{escape(doc.source)}</code>")
    lang = f' lang="{escape(doc.language)}"' if doc is not None else ""
    out = [f'<section class="doc"{lang}>',
           '<div class="doc-head" lang="en">',
           f"<h2>{escape(path)}</h2>",
           f'<p class="facts">{" · ".join(facts)}</p>' if facts else "",
           _summary(_counts(findings, checks)),
           _problem_list([(f, _link(text, f, notes)) for f in findings]), _LEGEND, "</div>"]
    placed: set[int] = set()
    for paragraph in re.finditer(r"[^\n]+", text):
        start, end = paragraph.span()
        if not text[start:end].strip():
            continue
        inside = [m for m in marks.values() if start <= m.start and m.end <= end]
        cards = [n for n in notes if start <= n.item.start < end and _in_text(text, n.item)]
        placed.update(n.number for n in cards)
        out.append('<div class="row">')
        out.append(f'<p class="text">{_marked(text, start, end, inside, rule_names)}</p>')
        aside = "".join(_card(n, text, rule_names) for n in cards)
        out.append(f'<aside class="notes" lang="en">{aside}</aside>')
        out.append("</div>")
    rest = [n for n in notes if n.number not in placed]  # claims that moved or vanished (stale claim files)
    if rest:
        aside = "".join(_card(n, text, rule_names) for n in rest)
        out.append('<div class="row"><p class="text unplaced">Not found in the current text:</p>'
                   f'<aside class="notes" lang="en">{aside}</aside></div>')
    out.append("</section>")
    return "\n".join(part for part in out if part) + "\n"


_CSS = """\
:root{--err:#cf222e;--err-bg:#ffebe9;--warn:#9a6700;--warn-bg:#fff8c5;--info:#0969da;--info-bg:#ddf4ff;
--pass:#1a7f37;--pass-bg:#dafbe1;--unv:#8250df;--unv-bg:#fbefff;--none-bg:#eaeef2;--line:#d0d7de;--muted:#57606a}
*{box-sizing:border-box}
body{margin:0;background:#f6f8fa;color:#1f2328;font:16px/1.65 system-ui,-apple-system,"Segoe UI",Roboto,
"Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei","DejaVu Sans",sans-serif}
a{color:var(--info)}
code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eff1f3;padding:0 4px;
border-radius:4px}
body>header{background:#24292f;color:#fff;padding:10px 24px;font-size:14px}
body>header a{color:#fff}
body>header b{font-size:16px;margin-right:8px}
.doc{max-width:1400px;margin:0 auto 32px}
.doc-head{padding:16px 24px 8px}
.doc-head h2{margin:0 0 2px;font-size:20px;overflow-wrap:anywhere}
.facts{margin:0 0 10px;color:var(--muted);font-size:14px}
.summary{list-style:none;display:flex;flex-wrap:wrap;gap:8px;margin:0 0 10px;padding:0}
.count{padding:2px 12px;border-radius:999px;font-size:14px;font-weight:600;border:1px solid var(--line)}
.count.zero{opacity:.55;font-weight:400}
.legend{margin:0;font-size:13px;color:var(--muted)}
.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:20px;padding:0 24px}
.row>.text{margin:0;padding:10px 18px;background:#fff;border-left:1px solid var(--line);
border-right:1px solid var(--line);overflow-wrap:anywhere}
.doc-head+.row>.text{border-top:1px solid var(--line);border-radius:6px 6px 0 0;padding-top:16px}
.row:last-child>.text{border-bottom:1px solid var(--line);border-radius:0 0 6px 6px;padding-bottom:16px}
.notes{display:flex;flex-direction:column;gap:8px;padding:8px 0;font-size:14px;line-height:1.45}
.unplaced{font-style:italic;color:var(--muted)}
mark.claim{color:inherit;background:var(--none-bg);border-radius:3px;padding:0 2px;
box-shadow:inset 0 -2px #afb8c1;scroll-margin-top:40vh}
mark.verdict-error{background:var(--err-bg);box-shadow:inset 0 -2px var(--err)}
mark.verdict-warning{background:var(--warn-bg);box-shadow:inset 0 -2px #d4a72c}
mark.verdict-info{background:var(--info-bg);box-shadow:inset 0 -2px var(--info)}
mark.verdict-pass{background:var(--pass-bg);box-shadow:inset 0 -2px #4ac26b}
mark.verdict-unverifiable{background:var(--unv-bg);box-shadow:inset 0 -2px #c297ff}
mark.claim.accepted{background-image:repeating-linear-gradient(135deg,transparent 0 4px,#fffc 4px 7px)}
mark.claim.related{text-decoration:underline dotted var(--muted);text-underline-offset:3px}
mark.claim:target,.card:target{outline:3px solid var(--info);outline-offset:1px}
sup.refs{font-size:11px;line-height:0;margin-left:1px}
sup.refs a{text-decoration:none;margin-right:2px;font-weight:600}
.card{background:#fff;border:1px solid var(--line);border-left:4px solid #afb8c1;border-radius:6px;
padding:8px 12px;scroll-margin-top:40vh}
.card p{margin:4px 0 0}
.card.verdict-error{border-left-color:var(--err)}
.card.verdict-warning{border-left-color:#d4a72c}
.card.verdict-info{border-left-color:var(--info)}
.card.verdict-pass{border-left-color:#4ac26b;padding:4px 12px}
.card.verdict-unverifiable{border-left-color:#c297ff}
.card.accepted{opacity:.62}
.card-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:6px}
.card-head .num{font-weight:700;text-decoration:none;color:var(--muted)}
.card-head span.what{font-style:italic}
.badge{font-size:12px;font-weight:700;text-transform:uppercase;letter-spacing:.03em}
.verdict-error>.card-head .badge,.count.verdict-error{color:var(--err)}
.verdict-warning>.card-head .badge,.count.verdict-warning{color:var(--warn)}
.verdict-info>.card-head .badge,.count.verdict-info{color:var(--info)}
.verdict-pass>.card-head .badge,.count.verdict-pass{color:var(--pass)}
.verdict-unverifiable>.card-head .badge,.count.verdict-unverifiable{color:var(--unv)}
.card-head .what{font-weight:600;color:inherit}
.card-head .rule{color:var(--muted);font-size:13px;margin-left:auto}
.card.verdict-pass .msg{color:var(--muted)}
.intervals{display:grid;grid-template-columns:auto 1fr;gap:0 10px;margin:6px 0 0;
font-variant-numeric:tabular-nums}
.intervals dt{color:var(--muted)}
.intervals dd{margin:0}
.operands,.where,.evidence{color:var(--muted);font-size:13px}
.reason{font-style:italic}
.rel.other{font-style:italic}
table.index{border-collapse:collapse;background:#fff;font-size:14px;width:100%}
table.index th,table.index td{border:1px solid var(--line);padding:6px 12px;text-align:right}
table.index th:first-child,table.index td:first-child{text-align:left}
.input-errors{margin:16px 24px;color:var(--err)}
nav.problems{margin:0 0 10px;padding:8px 12px;background:#fff;border:1px solid var(--line);border-radius:6px;
font-size:14px;line-height:1.45}
nav.problems ol{margin:4px 0 0;padding-left:22px}
nav.problems li{margin:3px 0}
nav.problems li a{text-decoration:none;color:inherit}
nav.problems .what{font-weight:600;text-decoration:underline}
nav.problems .rule{color:var(--muted);font-size:13px}
nav.problems .msg{display:block}
nav.problems li.accepted{opacity:.62}
li.verdict-error .badge{color:var(--err)}
li.verdict-warning .badge{color:var(--warn)}
li.verdict-info .badge{color:var(--info)}
li.accepted .badge{color:var(--muted)}
p.problems.none{margin:0 0 10px;color:var(--pass);font-weight:600}
.table-wrap{margin:16px 24px;overflow-x:auto}
table.index td.title a{font-weight:600}
table.index td.title small{display:block;color:var(--muted);font-size:12px;overflow-wrap:anywhere}
footer{color:var(--muted);font-size:12px;padding:8px 24px 24px}
@media (max-width:900px){.row{grid-template-columns:1fr}.notes{padding-top:0}}
@media (max-width:640px){.row{padding:0 8px}.doc-head{padding:12px 8px 8px}.table-wrap{margin:12px 8px}
table.index,table.index tbody,table.index tr,table.index td{display:block;width:100%}
table.index tr:first-child{display:none}
table.index tr{border:1px solid var(--line);border-radius:6px;margin:0 0 10px;background:#fff}
table.index td{border:0;text-align:left;padding:2px 10px}
table.index td:not(.title){display:inline-block;width:auto;padding:0 6px 6px 10px}
table.index td:not(.title)::before{content:attr(data-label) ": ";color:var(--muted)}
table.index td.title{padding-top:8px}}
@media print{body{background:#fff}body>header{display:none}.card{break-inside:avoid}}
"""


def _page(title: str, body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="generator" content="claimcheck">\n'
            f"<title>{escape(title)}</title>\n<style>\n{_CSS}</style>\n</head>\n<body>\n"
            f'<header><b>claimcheck</b> {escape(title)}</header>\n{body}'
            f"<footer>claimcheck {escape(__version__)} · offsets are code points into the article text; "
            "marks: colour = worst finding on the number, underline dotted = used by another finding"
            "</footer>\n</body>\n</html>\n")


def render_page(report: Report, path: str, text: str, claims: Iterable[SpanLike] = ()) -> str:
    """A self-contained page for one article."""
    return _page(safe_line(path), render_article(report, path, text, claims))


def render_html(report: Report, texts: Mapping[str, str] | None = None,
                claims: Mapping[str, Iterable[SpanLike]] | None = None) -> str:
    """One page with every document of the report (`check --format html`); documents whose text is
    not given are shown by their findings only."""
    report = safe_report(report)  # article text and paths: no control characters (validator.safety)
    texts = safe_mapping(texts or {})
    claims = safe_mapping(claims or {})
    sections = [_article(report, d.path, texts.get(d.path, ""), claims.get(d.path, ()))
                for d in report.documents]
    title = report.documents[0].path if len(report.documents) == 1 else f"{len(report.documents)} documents"
    return _page(title, _problems(report) + "".join(sections))


def _problems(report: Report) -> str:
    if not report.errors:
        return ""
    items = "".join(
        f"<li><code>{escape(':'.join(str(x) for x in (p.path, p.line, p.column) if x is not None))}</code> "
        f"{escape(p.message)}</li>" for p in report.errors)
    return f'<div class="input-errors"><b>Input errors</b><ul>{items}</ul></div>\n'


def page_names(documents: Sequence[DocumentSummary]) -> dict[str, str]:
    """Page file name per document path: `<stem>.html`, made unique by the folders if stems repeat."""
    stems = [PurePath(d.path).stem for d in documents]
    names: dict[str, str] = {}
    for doc, stem in zip(documents, stems, strict=True):
        if stems.count(stem) > 1 or stem == "index":
            parts = PurePath(doc.path).with_suffix("").parts
            stem = "_".join(p for p in parts if p not in ("", ".", "..", "/"))
        names[doc.path] = re.sub(r"[^\w.\-]+", "_", stem) + ".html"
    return names


def title_of(doc: DocumentSummary, width: int = 90) -> str:
    """An article's title: its first non-blank line (a JSON article's title), cut at a whole word."""
    from validator.report.figures import clip

    first = next((line.strip() for line in (doc.text or "").splitlines() if line.strip()), "")
    return clip(safe_line(first), width) or doc.path


def render_index(report: Report, pages: Mapping[str, str], extras: Sequence[tuple[str, str]] = ()) -> str:
    """The folder's front page: every problem first (linked to its mark on the article's page), then one row
    per article, titled, the articles with the most problems first; `extras` are (file, label) links."""
    report = safe_report(report)
    pages = safe_mapping(pages)
    labels = ("article", "language", "claims", "errors", "warnings", "info", "accepted", "checks passed",
              "unverifiable")
    head = "<tr>" + "".join(f"<th>{label}</th>" for label in labels) + "</tr>"
    rows = []
    problems: list[tuple[Finding, str]] = []

    def counts(doc: DocumentSummary) -> dict[str, int]:
        return _counts([f for f in report.findings if f.path == doc.path],
                       [k for k in report.checks if k.path == doc.path])

    def order(doc: DocumentSummary) -> tuple[int, int, int, str, str]:
        c = counts(doc)
        return (-c["error"], -c["warning"], -c["info"], title_of(doc).casefold(), doc.path)

    for doc in sorted(report.documents, key=order):
        c = counts(doc)
        name = pages.get(doc.path)
        title = escape(title_of(doc))
        label = f'<a href="{escape(name)}">{title}</a>' if name else title
        cells = [c["error"], c["warning"], c["info"], c["accepted"], f'{c["passed"]}/{c["checks"]}', c["unverifiable"]]
        numbers = "".join(f'<td data-label="{escape(labels[i + 3])}"'
                          + (' class="verdict-error"' if i == 0 else "") + f">{value}</td>"
                          for i, value in enumerate(cells))
        rows.append(f'<tr><td class="title" lang="{escape(doc.language)}">{label}<small>{escape(doc.path)}</small>'
                    f'</td><td data-label="language">{escape(doc.language)}</td>'
                    f'<td data-label="claims">{doc.claims}</td>{numbers}</tr>')
        text = doc.text or ""
        for f in report.findings:
            if f.path == doc.path:
                href = f"{name}#claim-{f.start}-{f.end}" if name and _in_text(text, f) else (name or "#")
                problems.append((f, href))
    s = report.summary
    total = _summary({"error": s.get("error", 0), "warning": s.get("warning", 0), "info": s.get("info", 0),
                      "accepted": s.get("accepted", 0), "checks": s.get("checks", 0),
                      "passed": s.get("passed", 0), "unverifiable": s.get("unverifiable", 0)})
    links = " · ".join(f'<a href="{escape(file)}">{escape(label)}</a>' for file, label in extras)
    body = (f'<section class="doc"><div class="doc-head"><h2>{len(report.documents)} documents</h2>{total}'
            + _problem_list(problems, with_path=True)
            + (f'<p class="facts">{links}</p>' if links else "") + "</div>\n"
            + _problems(report)
            + f'<div class="table-wrap"><table class="index">\n{head}\n' + "\n".join(rows)
            + "\n</table></div>\n</section>\n")
    return _page("report index", body)
