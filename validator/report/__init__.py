"""Renderers: the only place that knows about rich, JSON layout, Markdown (and later SARIF and HTML).

Each renderer takes a `Report` and returns text (machine formats are sorted and byte-stable).
"""

from __future__ import annotations

from validator.report.jsonfmt import render_json
from validator.report.markdown import render_markdown
from validator.report.terminal import render_terminal

FORMATS = ("rich", "json", "markdown")

__all__ = ["FORMATS", "render_json", "render_markdown", "render_terminal"]
