"""SARIF 2.1.0 output, for code-scanning UIs (GitHub, VS Code's SARIF viewer).

Every registered rule is listed in `tool.driver.rules`; each finding is a result located by line/column
*and* character offset (columns count code points: `columnKind` says so). Accepted findings keep their
place as results with an external suppression carrying the reason. Checks (what was verified) have no
SARIF counterpart and are left out. Output is byte-stable: keys sorted, fixed indentation, trailing newline.

`charOffset`/`charLength` count the characters of the file itself (a CRLF is two, a byte-order mark
none) when the caller passes `file_offsets` (see `validator.offsets`); for a JSON article, whose text is
not its file, a `FileMap` there also gives the line and column in the file. URIs are relative to the
repository root (`root`: the folder with `.git`, see `validator.confine.repository_root`) under the
base id `%SRCROOT%`, which `originalUriBaseIds` resolves; each rule has a `helpUri` to its
documentation. Every string passes `validator.safety` first.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from validator import __version__
from validator.model import Finding, InputProblem, Report, Severity, SpanText
from validator.offsets import FileMap
from validator.safety import safe_mapping, safe_report

OffsetMap = Callable[[int], int]

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
RULES_DOC_URL = "https://github.com/claimcheck/claimcheck/blob/main/docs/rules.md"  # docs/rules.md, published
BASE_ID = "%SRCROOT%"


def help_uri(code: str) -> str:
    """Where a rule's documentation is read: its section of docs/rules.md (the same text as `explain`)."""
    return f"{RULES_DOC_URL}#{code.lower()}"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def sarif_level(severity: Severity) -> str:
    return _LEVEL[severity]


def _uri(path: str) -> str:
    # A relative URI reference: forward slashes, percent-encoded (spaces, non-ASCII), '/' kept.
    return quote(path.replace("\\", "/"), safe="/")


def _artifact(path: str, root: str | None) -> dict[str, Any]:
    """An artifactLocation: relative to the repository root under BASE_ID when the file lies inside it."""
    if root is None:
        return {"uri": _uri(path)}
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute, root)
    if rel.startswith(".."):
        return {"uri": Path(absolute).as_uri()}
    return {"uri": _uri(rel), "uriBaseId": BASE_ID}


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _region(start: int, end: int, span_text: str, line: int | None = None, column: int | None = None,
            document: str | None = None, to_file: OffsetMap | None = None) -> dict[str, Any]:
    """A region by offsets, plus line/column when the start is known or the document text is at hand."""
    a, b = (to_file(start), to_file(end)) if to_file is not None else (start, end)
    region: dict[str, Any] = {"charOffset": a, "charLength": max(b - a, 0)}
    if isinstance(to_file, FileMap):  # a JSON article: lines and columns of the file, not of its text
        (line, column), (end_line, end_column) = to_file.line_col(start), to_file.line_col(end)
        region.update(startLine=line, startColumn=column, endLine=end_line, endColumn=end_column)
        return region
    if (line is None or column is None) and document is not None and document[start:end] == span_text:
        line, column = _line_col(document, start)
    if line is not None and column is not None:
        breaks = span_text.count("\n")
        end_column = (len(span_text) - span_text.rfind("\n")) if breaks else column + len(span_text)
        region.update(startLine=line, startColumn=column, endLine=line + breaks, endColumn=end_column)
    return region


def _location(path: str, region: dict[str, Any], root: str | None = None) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": _artifact(path, root), "region": region}}


def _fingerprint(f: Finding) -> str:
    # Keyed on what the claim is, not where it stands, so a result survives edits above it.
    identity = "\x1f".join((f.rule, f.path, f.claim or f.text))
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32]


def _related(f: Finding, index: int, r: SpanText, document: str | None,
             to_file: OffsetMap | None = None, root: str | None = None) -> dict[str, Any]:
    loc = _location(f.path, _region(r.start, r.end, r.text, document=document, to_file=to_file), root)
    loc["id"] = index
    loc["message"] = {"text": r.text}
    return loc


def _result(f: Finding, rule_index: dict[str, int], texts: Mapping[str, str],
            offsets: Mapping[str, OffsetMap], root: str | None = None) -> dict[str, Any]:
    document = texts.get(f.path)
    to_file = offsets.get(f.path)
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": sarif_level(f.severity),
        "message": {"text": f.message},
        "locations": [_location(f.path, _region(f.start, f.end, f.text, f.line, f.column, to_file=to_file), root)],
        "partialFingerprints": {"claimcheck/v1": _fingerprint(f)},
    }
    if f.rule in rule_index:
        result["ruleIndex"] = rule_index[f.rule]
    if f.related:
        result["relatedLocations"] = [_related(f, i, r, document, to_file, root)
                                      for i, r in enumerate(f.related, 1)]
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
            "helpUri": help_uri(rule.code),
            "defaultConfiguration": {"level": sarif_level(rule.severity)},
        })
    return out


def _notification(problem: InputProblem, root: str | None = None) -> dict[str, Any]:
    note: dict[str, Any] = {"level": "error", "message": {"text": problem.message}}
    region: dict[str, Any] = {}
    if problem.line is not None:
        region["startLine"] = problem.line
        if problem.column is not None:
            region["startColumn"] = problem.column
    location: dict[str, Any] = {"physicalLocation": {"artifactLocation": _artifact(problem.path, root)}}
    if region:
        location["physicalLocation"]["region"] = region
    note["locations"] = [location]
    return note


def sarif_dict(report: Report, texts: Mapping[str, str] | None = None,
               file_offsets: Mapping[str, OffsetMap] | None = None,
               root: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    """The SARIF log as a dict. `texts` (path -> document text) adds line/column to related locations;
    `file_offsets` (path -> mapping) turns offsets in the text as read into offsets in the file; `root`
    (the repository root) makes URIs relative to it under `originalUriBaseIds` (None: as reported)."""
    base = os.fspath(root) if root is not None else None
    report = safe_report(report)
    texts = safe_mapping(texts or {})
    offsets = safe_mapping(file_offsets or {})
    rules = _rules()
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if report.errors:
        invocation["toolExecutionNotifications"] = [_notification(p, base) for p in report.errors]
    run: dict[str, Any] = {
        "tool": {"driver": {
            "name": "claimcheck",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": rules,
        }},
        "columnKind": "unicodeCodePoints",
        "invocations": [invocation],
        "results": [_result(f, rule_index, texts, offsets, base)
                    for f in sorted(report.findings, key=Finding.sort_key)],
    }
    if base is not None:
        run["originalUriBaseIds"] = {BASE_ID: {
            "uri": Path(base).as_uri().rstrip("/") + "/",
            "description": {"text": "The root of the repository checked (the folder holding .git)."}}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render_sarif(report: Report, texts: Mapping[str, str] | None = None,
                 file_offsets: Mapping[str, OffsetMap] | None = None,
                 root: str | os.PathLike[str] | None = None) -> str:
    return json.dumps(sarif_dict(report, texts, file_offsets, root), ensure_ascii=False, indent=2,
                      sort_keys=True) + "\n"
