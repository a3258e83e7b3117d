"""SARIF 2.1.0 output, for code-scanning UIs (GitHub, VS Code's SARIF viewer).

Every registered rule is listed in `tool.driver.rules`; each finding is a result located by line/column
*and* character offset (columns count code points: `columnKind` says so). Accepted findings keep their
place as results with an external suppression carrying the reason. Checks (what was verified) have no
SARIF counterpart and are left out. Output is byte-stable: keys sorted, fixed indentation, trailing newline.

`charOffset`/`charLength` count the characters of the file itself (a CRLF is two, a byte-order mark
none) when the caller passes `file_offsets` (see `validator.offsets`); lines and columns are the same
either way. Every string passes `validator.safety` first.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

from validator import __version__
from validator.model import Finding, InputProblem, Report, Severity, SpanText
from validator.safety import safe_mapping, safe_report

OffsetMap = Callable[[int], int]

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def sarif_level(severity: Severity) -> str:
    return _LEVEL[severity]


def _uri(path: str) -> str:
    # A relative URI reference: forward slashes, percent-encoded (spaces, non-ASCII), '/' kept.
    return quote(path.replace("\\", "/"), safe="/")


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _region(start: int, end: int, span_text: str, line: int | None = None, column: int | None = None,
            document: str | None = None, to_file: OffsetMap | None = None) -> dict[str, Any]:
    """A region by offsets, plus line/column when the start is known or the document text is at hand."""
    a, b = (to_file(start), to_file(end)) if to_file is not None else (start, end)
    region: dict[str, Any] = {"charOffset": a, "charLength": max(b - a, 0)}
    if (line is None or column is None) and document is not None and document[start:end] == span_text:
        line, column = _line_col(document, start)
    if line is not None and column is not None:
        breaks = span_text.count("\n")
        end_column = (len(span_text) - span_text.rfind("\n")) if breaks else column + len(span_text)
        region.update(startLine=line, startColumn=column, endLine=line + breaks, endColumn=end_column)
    return region


def _location(path: str, region: dict[str, Any]) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(path)}, "region": region}}


def _fingerprint(f: Finding) -> str:
    # Keyed on what the claim is, not where it stands, so a result survives edits above it.
    identity = "\x1f".join((f.rule, f.path, f.claim or f.text))
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]


def _related(f: Finding, index: int, r: SpanText, document: str | None,
             to_file: OffsetMap | None = None) -> dict[str, Any]:
    loc = _location(f.path, _region(r.start, r.end, r.text, document=document, to_file=to_file))
    loc["id"] = index
    loc["message"] = {"text": r.text}
    return loc


def _result(f: Finding, rule_index: dict[str, int], texts: Mapping[str, str],
            offsets: Mapping[str, OffsetMap]) -> dict[str, Any]:
    document = texts.get(f.path)
    to_file = offsets.get(f.path)
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": sarif_level(f.severity),
        "message": {"text": f.message},
        "locations": [_location(f.path, _region(f.start, f.end, f.text, f.line, f.column, to_file=to_file))],
        "partialFingerprints": {"claimcheck/v1": _fingerprint(f)},
    }
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    if f.related:
        result["relatedLocations"] = [_related(f, i, r, document, to_file) for i, r in enumerate(f.related, 1)]
    if f.accepted is not None:
        result["suppressions"] = [{"kind": "external", "status": "accepted", "justification": f.accepted}]
    properties: dict[str, Any] = {"name": f.name, "text": f.text}
    if f.claim:
        properties["claim"] = f.claim
    for key in ("stated", "computed"):
        block = getattr(f, key)
        if block is not None:
            properties[key] = block.model_dump(mode="json")
    result["properties"] = properties
    return result


def _rules() -> list[dict[str, Any]]:
    from validator.rules import RULES

    out = []
    for rule in RULES:
        doc = rule.documentation()
        out.append({
            "id": rule.code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary()},
            "fullDescription": {"text": doc},
            "help": {"text": doc},
            "defaultConfiguration": {"level": sarif_level(rule.severity)},
        })
    return out


def _notification(problem: InputProblem) -> dict[str, Any]:
    note: dict[str, Any] = {"level": "error", "message": {"text": problem.message}}
    region: dict[str, Any] = {}
    if problem.line is not None:
        region["startLine"] = problem.line
        if problem.column is not None:
            region["startColumn"] = problem.column
    location = {"physicalLocation": {"artifactLocation": {"uri": _uri(problem.path)}}}
    if region:
        location["physicalLocation"]["region"] = region
    note["locations"] = [location]
    return note


def sarif_dict(report: Report, texts: Mapping[str, str] | None = None,
               file_offsets: Mapping[str, OffsetMap] | None = None) -> dict[str, Any]:
    """The SARIF log as a dict. `texts` (path -> document text) adds line/column to related locations;
    `file_offsets` (path -> mapping) turns offsets in the text as read into offsets in the file."""
    report = safe_report(report)
    texts = safe_mapping(texts or {})
    offsets = safe_mapping(file_offsets or {})
    rules = _rules()
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if report.errors:
        invocation["toolExecutionNotifications"] = [_notification(p) for p in report.errors]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "claimcheck",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": rules,
        }},
        "columnKind": "unicodeCodePoints",
        "invocations": [invocation],
        "results": [_result(f, rule_index, texts, offsets)
                    for f in sorted(report.findings, key=Finding.sort_key)],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render_sarif(report: Report, texts: Mapping[str, str] | None = None,
                 file_offsets: Mapping[str, OffsetMap] | None = None) -> str:
    return json.dumps(sarif_dict(report, texts, file_offsets), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
