"""Renderers: the only place that knows about rich, JSON layout, Markdown, SARIF, GitHub annotations and HTML.

Each renderer takes a `Report` and returns text (machine formats are sorted and byte-stable).
"""

from __future__ import annotations

from validator.report.bundle import claim_spans, document_texts, render_bundle, write_bundle
from validator.report.github import render_github
from validator.report.html import render_html, render_index, render_page
from validator.report.jsonfmt import render_json
from validator.report.markdown import render_markdown
from validator.report.sarif import render_sarif
from validator.report.terminal import render_terminal

FORMATS = ("rich", "json", "markdown", "sarif", "github", "html")

__all__ = [
    "FORMATS", "claim_spans", "document_texts", "render_bundle", "render_github", "render_html", "render_index",
    "render_json", "render_markdown", "render_page", "render_sarif", "render_terminal", "write_bundle",
]
