"""Lines and columns in the file on disk, for every format.

The engine locates a finding in the article's text (the JSON contract's `line`/`column`). For a JSON
article `{title, content}` that text is not the file: its content usually stands on one line of the
file, with "\\n" escapes. Editors, GitHub annotations and code scanning need the file's own line and
column, so every renderer but JSON shows `on_disk(report, maps)`; JSON keeps the contract's fields and
adds `file_line`/`file_column` where they differ (docs/json-output.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from validator.model import Report
from validator.offsets import FileMap, file_map

__all__ = ["file_maps", "on_disk"]


def file_maps(report: Report) -> dict[str, FileMap]:
    """Path -> map, for each reported document whose file is not its text (JSON articles, CRLF, BOM)."""
    out = {}
    for doc in report.documents:
        mapping = file_map(doc.path)
        if mapping is not None:
            out[doc.path] = mapping
    return out


def on_disk(report: Report, maps: Mapping[str, FileMap]) -> Report:
    """A copy of the report whose findings' `line`/`column` are those of the file on disk."""
    if not maps:
        return report
    findings = []
    for f in report.findings:
        mapping = maps.get(f.path)
        if mapping is None:
            findings.append(f)
            continue
        line, column = mapping.line_col(f.start)
        findings.append(f.model_copy(update={"line": line, "column": column}))
    return report.model_copy(update={"findings": findings})
