"""`claimcheck report`: the whole set of report files for a folder of articles, written in one go.

`<out>/<stem>.html` per article, `index.html`, `seeds.md`, `seeds.json` and `terminal.html` (the rich
terminal report, 100 columns, as a page: reports/terminal.png is its screenshot). Every file is
byte-stable (no clock, sorted input) so that a test can regenerate them and fail when the committed
copies are stale. Lines and columns are those of the
files on disk (`validator.report.locations`). The README's images are screenshots of these pages in
Chromium (tests/test_html_browser.py), not generated here. The terminal was an SVG once; it drew Chinese
with overlapping glyphs (each text run was stretched to a cell count the viewer's fonts did not keep),
so it is a page in which each CJK character stands in a box exactly two cells wide, and its screenshot.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from validator.atomic import writable_target, write_atomic
from validator.errors import InputError
from validator.model import Report
from validator.report.html import SpanLike, page_names, render_index, render_page
from validator.report.jsonfmt import render_json
from validator.report.locations import file_maps, on_disk
from validator.report.markdown import render_markdown
from validator.report.terminal import render_terminal

MARKDOWN_NAME = "seeds.md"
JSON_NAME = "seeds.json"
TERMINAL_NAME = "terminal.html"
_TERMINAL_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimcheck">
<title>claimcheck check claims/</title>
<style>
body {{ margin: 0; padding: 16px; background: {background}; color: {foreground}; }}
pre {{ margin: 0; font: 14px/1.35 "DejaVu Sans Mono", "Noto Sans Mono", "Noto Sans Mono CJK SC", monospace; }}
.w {{ display: inline-block; width: 2ch; text-align: center; }}
</style>
</head>
<body><pre><code>{code}</code></pre></body>
</html>
"""
INDEX_NAME = "index.html"


def document_texts(report: Report) -> dict[str, str]:
    """The text of each reported document (what offsets index), as the report carries it."""
    return {doc.path: doc.text for doc in report.documents if doc.text is not None}


def claim_spans(report: Report) -> dict[str, list[tuple[int, int]]]:
    """Where every reviewed claim stands, per document checked through a claim file (the HTML marks claims no
    rule touched too)."""
    return {doc.path: doc.claim_spans for doc in report.documents if doc.claim_spans is not None}


def render_terminal_page(report: Report, texts: Mapping[str, str], width: int = 100) -> str:
    """The rich terminal report as a self-contained page, independent of the environment (no NO_COLOR,
    COLUMNS, TERM). Every character is HTML-escaped by rich."""
    from rich.console import Console
    from rich.terminal_theme import MONOKAI

    console = Console(file=io.StringIO(), record=True, width=width, force_terminal=True,
                      color_system="truecolor", highlight=False, legacy_windows=False, _environ={})
    render_terminal(report, console, dict(texts))
    return _two_cells(console.export_html(theme=MONOKAI, inline_styles=True, code_format=_TERMINAL_PAGE))


def _two_cells(page: str) -> str:
    """Each wide character (CJK) in a box exactly two cells wide: a monospace font's CJK fallback glyph is
    not, so the panel borders of lines with Chinese would not line up (the fault of the SVG it replaces)."""
    from rich.cells import get_character_cell_size

    parts = re.split(r"(<[^>]*>)", page)
    for i in range(0, len(parts), 2):  # text between tags (even indexes)
        if any(get_character_cell_size(ch) == 2 for ch in parts[i]):
            parts[i] = "".join(f'<span class="w">{ch}</span>' if get_character_cell_size(ch) == 2 else ch
                               for ch in parts[i])
    return "".join(parts)


def render_bundle(report: Report, texts: Mapping[str, str] | None = None,
                  claims: Mapping[str, Iterable[SpanLike]] | None = None) -> dict[str, str]:
    """File name -> content for every report file."""
    texts = document_texts(report) if texts is None else texts
    claims = claims or {}
    maps = file_maps(report)
    contract = report
    report = on_disk(report, maps)
    files: dict[str, str] = {}
    names = page_names(report.documents)
    written = {}
    for doc in report.documents:
        if doc.path in texts:
            files[names[doc.path]] = render_page(report, doc.path, texts[doc.path], claims.get(doc.path, ()))
            written[doc.path] = names[doc.path]
    files[MARKDOWN_NAME] = render_markdown(report)
    files[JSON_NAME] = render_json(contract, maps)
    files[TERMINAL_NAME] = render_terminal_page(report, texts)
    extras = [(MARKDOWN_NAME, "Markdown report"), (JSON_NAME, "JSON report"), (TERMINAL_NAME, "terminal report")]
    files[INDEX_NAME] = render_index(report, written, extras)
    return dict(sorted(files.items()))


def write_bundle(report: Report, out_dir: str | Path, texts: Mapping[str, str] | None = None,
                 claims: Mapping[str, Iterable[SpanLike]] | None = None,
                 inputs: Iterable[str | os.PathLike[str]] = ()) -> list[Path]:
    """Write the report files into `out_dir` (created if missing; refused if it is a file).

    Every page is rendered before the first is written, and each is written atomically
    (`validator.atomic`): a failure leaves the old pages, never an empty one. `inputs` (the files the
    run read) are never written over.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError("is an existing file, not a folder: refusing to write reports into it", str(out))
    files = render_bundle(report, texts, claims)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"cannot create the folder: {exc.strerror or exc}", str(out)) from exc
    inputs = list(inputs)
    for name in files:  # every page may be written before the first is
        writable_target(out / name, inputs)
    paths = []
    for name, content in files.items():
        path = out / name
        write_atomic(path, content, inputs=inputs)
        paths.append(path)
    return paths
