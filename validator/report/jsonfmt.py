"""The JSON output contract (DESIGN.md): one object with version, documents, findings, checks, summary."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from validator.model import Finding, Report
from validator.offsets import FileMap
from validator.safety import safe_report


def _finding(f: Finding, maps: Mapping[str, FileMap]) -> dict[str, Any]:
    out = f.model_dump(mode="json", exclude_none=True)
    mapping = maps.get(f.path)
    if mapping is not None:
        line, column = mapping.line_col(f.start)
        if (line, column) != (f.line, f.column):  # a JSON article: its text is not its file
            out["file_line"], out["file_column"] = line, column
    return out


def report_dict(report: Report, maps: Mapping[str, FileMap] | None = None) -> dict[str, Any]:
    """The contract's object. `maps` (`validator.report.locations.file_maps`) adds `file_line` and
    `file_column` to findings in files whose text is not the file itself (JSON articles)."""
    report = safe_report(report)  # no control characters, bidi overrides or lone surrogates in any string
    data: dict[str, Any] = {
        "version": report.version,
        "documents": [d.model_dump(exclude_none=True) for d in report.documents],
        "findings": [_finding(f, maps or {}) for f in report.findings],
        "checks": [c.model_dump(mode="json", exclude_none=True) for c in report.checks],
        "summary": report.summary,
    }
    if report.errors:
        data["errors"] = [e.model_dump(exclude_none=True) for e in report.errors]
    return data


def render_json(report: Report, maps: Mapping[str, FileMap] | None = None) -> str:
    return json.dumps(report_dict(report, maps), ensure_ascii=False, indent=2) + "\n"
