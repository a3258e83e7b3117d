"""The JSON output contract (DESIGN.md): one object with version, documents, findings, checks, summary."""

from __future__ import annotations

import json
from typing import Any

from validator.model import Report
from validator.safety import safe_report


def report_dict(report: Report) -> dict[str, Any]:
    report = safe_report(report)  # no control characters, bidi overrides or lone surrogates in any string
    data: dict[str, Any] = {
        "version": report.version,
        "documents": [d.model_dump(exclude_none=True) for d in report.documents],
        "findings": [f.model_dump(mode="json", exclude_none=True) for f in report.findings],
        "checks": [c.model_dump(mode="json", exclude_none=True) for c in report.checks],
        "summary": report.summary,
    }
    if report.errors:
        data["errors"] = [e.model_dump(exclude_none=True) for e in report.errors]
    return data


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
