"""Issue 11, items 4–5 and the flags: what editors and CI see. Problems last in the terminal (at 80 and
120 columns), the Markdown wording, locations in the file on disk for a JSON article, SARIF relative to
the repository root, and the flags users expect from ruff and Vale."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED

from validator.cli import main, rules_markdown

JSON_SEED = "seeds/001_79bfc96b3ef1994c.txt"  # a JSON article {title, content} in a .txt file


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


# --- terminal -------------------------------------------------------------------------------------------


def terminal(width: int, *paths: str) -> str:
    from rich.console import Console

    from validator.engine import check
    from validator.report import document_texts, render_terminal

    report = check(list(paths) or ["claims/"])
    buffer = io.StringIO()
    render_terminal(report, Console(file=buffer, width=width, color_system=None, _environ={}),
                    document_texts(report))
    return buffer.getvalue()


@pytest.mark.parametrize("width", [80, 120])
def test_terminal_problems_come_last_with_hanging_indents(width: int) -> None:
    out = terminal(width, "claims/", f"seeds/{SEED}.txt", "--raw" if False else f"claims/{SEED}.yaml")
    lines = out.splitlines()
    assert all(len(line) <= width for line in lines)
    tail = "\n".join(lines[-12:])
    assert "2 problems:" in tail and lines[-1].startswith(("summary:", "unverifiable")) or "summary:" in tail
    closing = out[out.index("2 problems:"):]
    assert "seeds/000_14163ac49786d80a.txt:31:109" in closing and "NR103 multiple-mismatch" in closing
    assert closing.index("problems:") < closing.index("summary:")
    # wrapped lines keep their indent: no continuation of a finding or a problem starts at the margin
    for line in closing.splitlines()[1:]:
        if not line.startswith("summary:") and "·" not in line:
            assert line.startswith("  "), line
    panel_lines = [line for line in lines if line.startswith("│ ")]
    for a, b in zip(panel_lines, panel_lines[1:], strict=False):
        if a.startswith("│ WARNING") or a.startswith("│ ACCEPTED"):
            assert b.startswith("│     "), b  # the message under a finding's head is indented


def test_terminal_labels_accepted_findings_and_formats_numbers() -> None:
    out = terminal(120)
    assert "ACCEPTED NR101 share-mismatch" in out
    assert "ERROR" not in out  # the only error is accepted
    assert "computed 9.491M–9.499M vehicle" in out  # not "9491330.0 … 9499080.0 vehicle"
    assert not re.search(r"\d\.0 ", out)


def test_rich_output_colours(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _, always, _ = run(["check", "claims/", "--color", "always"], capsys)
    assert "\x1b[" in always
    _, never, _ = run(["check", "claims/", "--color", "never"], capsys)
    assert "\x1b[" not in never and "2 problems:" in never
    _, auto, _ = run(["check", "claims/"], capsys)  # captured: not a terminal
    assert "\x1b[" not in auto


# --- markdown -------------------------------------------------------------------------------------------


def test_markdown_counts_and_whole_words(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["check", f"seeds/{SEED}.txt", "--raw", "--format", "markdown"], capsys)
    assert "**1 error, 2 warnings," in out
    items = re.findall(r"listed \(([^)]*)\)", out)
    assert items
    for listed in items:
        for item in listed.split("; "):
            assert item.endswith("…") or not re.search(r"\w$", item) or len(item) <= 48, item
    assert "công nghi)" not in out and "công nghi;" not in out


# --- locations ------------------------------------------------------------------------------------------


def test_github_annotation_for_the_json_seed_points_at_a_real_line(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", JSON_SEED, "--raw", "--format", "github"], capsys)
    assert status in (0, 1)
    lines = (ROOT / JSON_SEED).read_text(encoding="utf-8").split("\n")
    annotations = re.findall(r"file=([^,]+),line=(\d+),col=(\d+),endColumn=(\d+)", out)
    assert annotations
    findings = json.loads(run(["check", JSON_SEED, "--raw", "--format", "json"], capsys)[1])["findings"]
    assert len(annotations) == len(findings)
    for (path, line, col, end), finding in zip(annotations, findings, strict=True):
        assert path == JSON_SEED
        written = lines[int(line) - 1][int(col) - 1:int(end) - 1]
        assert written == finding["text"], (line, col, written)  # the number, where the file has it
        assert (finding["file_line"], finding["file_column"]) == (int(line), int(col))
        assert finding["line"] != finding["file_line"]  # the contract's line is in the text


def test_sarif_is_relative_to_the_repository_root(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "claims")  # from a subfolder: URIs still name files from the root
    _, out, _ = run(["check", f"{SEED}.yaml", "../" + JSON_SEED, "--raw", "--format", "sarif"], capsys)
    run_ = json.loads(out)["runs"][0]
    base = run_["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == ROOT.resolve().as_uri() + "/"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run_["results"]}
    assert uris == {f"seeds/{SEED}.txt", JSON_SEED}
    assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
               for r in run_["results"])
    rules = run_["tool"]["driver"]["rules"]
    assert all(r["helpUri"].endswith("docs/rules.md#" + r["id"].lower()) for r in rules)
    json_seed = [r for r in run_["results"]
                 if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == JSON_SEED]
    region = json_seed[0]["locations"][0]["physicalLocation"]["region"]
    raw = (ROOT / JSON_SEED).read_text(encoding="utf-8")
    assert region["startLine"] == 3
    assert raw[region["charOffset"]:region["charOffset"] + region["charLength"]] == json_seed[0]["properties"]["text"]
    accepted = [r for r in run_["results"] if r.get("suppressions")]
    assert accepted and accepted[0]["suppressions"][0]["status"] == "accepted"


# --- flags ----------------------------------------------------------------------------------------------


def test_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["check", f"seeds/{SEED}.txt", "--raw", "--format", "json"], capsys)[0] == 1
    assert run(["check", f"seeds/{SEED}.txt", "--raw", "--format", "json", "--exit-zero"], capsys)[0] == 0
    assert run(["check", "missing.txt", "--exit-zero"], capsys)[0] == 2  # input errors still fail


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    text = (ROOT / "seeds" / f"{SEED}.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text), encoding="utf-8"))
    status, out, _ = run(["check", "-", "--format", "json", "--stdin-filename", "draft.txt"], capsys)
    assert status == 1
    report = json.loads(out)
    assert report["documents"][0]["path"] == "draft.txt"
    assert any(f["rule"] == "NR101" and f["text"] == "70,5%" for f in report["findings"])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x"), encoding="utf-8"))
    assert run(["check", "-", "claims/"], capsys)[0] == 2


def test_select_by_prefix(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["check", f"seeds/{SEED}.txt", "--raw", "--format", "json", "--select", "NR1"], capsys)
    rules = {f["rule"] for f in json.loads(out)["findings"]} | {c["rule"] for c in json.loads(out)["checks"]}
    assert rules and all(r.startswith("NR1") for r in rules) and "NR101" in rules
    _, out, _ = run(["check", f"seeds/{SEED}.txt", "--raw", "--format", "json", "--ignore", "NR,IN"], capsys)
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert rules and not any(r.startswith(("NR", "IN")) for r in rules)
    status, _, err = run(["check", "claims/", "--select", "NR9"], capsys)
    assert status == 2 and "unknown rule" in err


def test_rules_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    from validator.rules import RULES

    status, out, _ = run(["rules", "--format", "json"], capsys)
    assert status == 0
    rules = json.loads(out)
    assert [r["code"] for r in rules] == [r.code for r in RULES]
    assert set(rules[0]) == {"code", "name", "severity", "summary", "kinds", "help_uri", "documentation"}


def test_docs_are_in_the_repository_and_fresh() -> None:
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown(), (
        "stale: claimcheck rules --format markdown > docs/rules.md")
    contract = (ROOT / "docs" / "json-output.md").read_text(encoding="utf-8")
    assert "`evidence`" in contract and "`file_line`" in contract
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/json-output.md)" in readme and "NO_COLOR" in readme and "suppressions" in readme


def test_help_lists_the_flags(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    for flag in ("--exit-zero", "--color", "--raw", "--claims-only", "--force-exclude", "NO_COLOR"):
        assert flag in out


def test_html_problems_first_and_neutral_verified_labels(tmp_path: Path) -> None:
    assert main(["report", "claims/", "-o", str(tmp_path)]) == 0
    page = (tmp_path / f"{SEED}.html").read_text(encoding="utf-8")
    assert page.index('<nav class="problems"') < page.index('<div class="row">')
    assert '<a href="#claim-3436-3451">' in page  # the NR103 warning, linked to its mark
    def verified(html: str) -> list[str]:
        return [card.split("</aside>")[0] for card in html.split('<div class="card ')[1:]
                if card.startswith("verdict-pass")]

    assert verified(page) and not any("conflict" in card or "mismatch" in card for card in verified(page))
    assert any('<span class="rule">CS201 restatement</span>' in card for card in verified(page))
    raw = tmp_path / "raw"
    assert main(["report", f"seeds/{SEED}.txt", "--raw", "-o", str(raw)]) == 0
    assert any("why these figures" in card for card in verified((raw / f"{SEED}.html").read_text(encoding="utf-8")))
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "Đại hải hành điện hóa, Trung Quốc cầm lái" in index and "汽车业探索出海新模式" in index
    assert index.index('<nav class="problems"') < index.index('<table class="index">')
    assert 'href="000_14163ac49786d80a.html#claim-3436-3451"' in index
    rows = re.findall(r'<td class="title"[^>]*><a href="([^"]+)"', index)
    assert rows[0] == f"{SEED}.html"  # the article with the most problems first
