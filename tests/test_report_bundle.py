"""`claimcheck report`: the committed reports/ are what the current code generates, byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest
from _reports import ROOT

from validator.cli import main
from validator.report.bundle import render_terminal_page

GENERATED = (".html", ".md", ".json", ".svg")  # an .svg left behind would be stale too
STALE = "stale reports: run `claimcheck report claims/ -o reports/`"


def generate(out: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.chdir(ROOT)  # report paths are relative to the working directory
    return main(["report", "claims/", "-o", str(out)])


def test_committed_reports_are_fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert generate(tmp_path / "reports", monkeypatch) == 0
    fresh = {p.name: p.read_bytes() for p in sorted((tmp_path / "reports").iterdir())}
    committed = {p.name: p.read_bytes() for p in sorted((ROOT / "reports").glob("*"))
                 if p.suffix in GENERATED}
    assert sorted(committed) == sorted(fresh), STALE
    for name, content in fresh.items():
        assert committed[name] == content, f"{STALE} ({name} differs)"


def test_writes_the_named_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "a" / "b"
    assert generate(out, monkeypatch) == 0
    pages = sorted(f"{p.stem}.html" for p in (ROOT / "claims").glob("*.yaml"))  # stems match the articles
    assert "000_14163ac49786d80a.html" in pages
    assert sorted(p.name for p in out.iterdir()) == sorted([*pages, "index.html", "seeds.json", "seeds.md",
                                                            "terminal.html"])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert ('<a href="000_14163ac49786d80a.html">Đại hải hành điện hóa, Trung Quốc cầm lái</a>'
            "<small>seeds/000_14163ac49786d80a.txt</small>") in index
    assert '"path": "seeds/000_14163ac49786d80a.txt"' in (out / "seeds.json").read_text(encoding="utf-8")


def test_refuses_to_write_into_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "reports"
    target.write_text("keep me", encoding="utf-8")
    assert generate(target, monkeypatch) == 2
    assert "is an existing file" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "keep me"


def test_terminal_page_is_stable_and_independent_of_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from validator.engine import check
    from validator.report.bundle import document_texts

    monkeypatch.chdir(ROOT)
    report = check(["claims/"])
    texts = document_texts(report)
    first = render_terminal_page(report, texts)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "40")
    assert render_terminal_page(report, texts) == first
    assert first.startswith("<!DOCTYPE html>") and "share-mismatch" in first and "<script" not in first
    assert "color: #" in first  # coloured, not plain
    assert '<span class="w">汽</span>' in first  # a CJK character is two cells wide: the boxes stay aligned


def test_renderers_read_nothing_again(seed_copy: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The report carries each document's text and claim spans: once checked, the files may be gone."""
    from validator.engine import check
    from validator.report.bundle import claim_spans, document_texts, render_bundle

    article, claim_file = seed_copy
    monkeypatch.chdir(claim_file.parent.parent)
    report = check(["claims/"])
    text = article.read_text(encoding="utf-8")
    article.unlink()
    claim_file.unlink()
    [doc] = report.documents
    assert document_texts(report) == {doc.path: text}
    spans = claim_spans(report)[doc.path]
    assert spans and all(0 <= start < end <= len(text) for start, end in spans)
    files = render_bundle(report)
    assert f"{article.stem}.html" in files and text.splitlines()[0][:20] in files[f"{article.stem}.html"]
