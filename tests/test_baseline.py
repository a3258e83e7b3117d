"""Baselines: known findings recorded once (keyed on claim identity, not lines); only new ones fail."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from validator.baseline import apply_baseline, baseline_entries, sentence_hash
from validator.cli import main
from validator.engine import check

Edit = Callable[[Path, str, str], None]
ROOT = Path(__file__).resolve().parent.parent
SOURCE = "claims/000_14163ac49786d80a.yaml"


@pytest.fixture
def in_tmp(
    seed_copy: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path]:
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'x'\n", encoding="utf-8"
    )  # no [tool.claimcheck]
    monkeypatch.chdir(tmp_path)
    return seed_copy


def test_baseline_write_then_check_passes_fail_on_warning(
    in_tmp: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "claims/", "--fail-on", "warning", "-f", "json"]) == 1
    capsys.readouterr()
    assert main(["baseline", "write", "baseline.json"]) == 0
    doc = json.loads(Path("baseline.json").read_text(encoding="utf-8"))
    assert doc["version"] == 1
    assert doc["entries"] == [
        {"claim": "cn-ev-global-share-quote", "rule": "CS201", "severity": "warning", "source": SOURCE},
        {"claim": "cn-ev-sales-growth-2024", "rule": "IN501", "severity": "info", "source": SOURCE},
        {"claim": "penetration-multiple", "rule": "NR103", "severity": "warning", "source": SOURCE},
    ]
    capsys.readouterr()
    assert (
        main(["check", "claims/", "--baseline", "baseline.json", "--fail-on", "warning", "-f", "json"]) == 0
    )
    out, err = capsys.readouterr()
    summary = json.loads(out)["summary"]
    assert (summary["error"], summary["warning"], summary["baselined"], summary["baseline_unused"]) == (
        0,
        0,
        3,
        0,
    )
    assert "3 findings baselined" in err


def test_baseline_is_byte_stable_and_ignores_line_moves(in_tmp: tuple[Path, Path], edit: Edit) -> None:
    article, _ = in_tmp
    assert main(["baseline", "write", "a.json"]) == 0
    article.write_text("Một đoạn mới ở đầu bài.\n\n" + article.read_text(encoding="utf-8"), encoding="utf-8")
    assert main(["baseline", "write", "b.json"]) == 0
    assert Path("a.json").read_bytes() == Path("b.json").read_bytes()


def test_new_error_still_fails_with_the_baseline(in_tmp: tuple[Path, Path], edit: Edit) -> None:
    article, claims = in_tmp
    assert main(["baseline", "write", "baseline.json"]) == 0
    # 40,9% becomes 30,2% in article and claim file: "vượt 40%" (over 40%) now contradicts it (HD301 error),
    edit(article, "lên 40,9% vào năm 2024", "lên 30,2% vào năm 2024")
    edit(
        claims,
        "    text: 40,9%\n    quote: lên 40,9% vào năm 2024\n    value: 40.9\n",
        "    text: 30,2%\n    quote: lên 30,2% vào năm 2024\n    value: 30.2\n",
    )
    report = check(["claims/"])
    apply_baseline(report, "baseline.json")
    assert [f.rule for f in report.findings if f.severity == "error" and f.accepted is None] == ["HD301"]
    assert main(["check", "claims/", "--baseline", "baseline.json", "-f", "json"]) == 1


def test_vanished_entries_are_counted_and_listed(
    in_tmp: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    Path("baseline.json").write_text(
        json.dumps(
            {
                "version": 1,
                "entries": [{"claim": "gone", "rule": "NR101", "source": "claims/000_14163ac49786d80a.yaml"}],
            }
        ),
        encoding="utf-8",
    )
    assert main(["check", "claims/", "--baseline", "baseline.json", "-f", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["summary"]["baseline_unused"] == 1
    assert "1 baseline entry in baseline.json no longer occur" in err
    assert "NR101 on claim 'gone' in claims/000_14163ac49786d80a.yaml" in err


@pytest.mark.parametrize(
    "content, message",
    [
        ("{", "not a claimcheck baseline (invalid JSON"),
        ('{"version": 2, "entries": []}', "not a claimcheck baseline: expected"),
        ('{"version": 1, "entries": [{"claim": 1}]}', "entries[0]: expected an object of strings"),
    ],
)
def test_bad_baseline_exits_2(
    in_tmp: tuple[Path, Path], capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    Path("baseline.json").write_text(content, encoding="utf-8")
    assert main(["check", "claims/", "--baseline", "baseline.json"]) == 2
    assert message in capsys.readouterr().err


def test_missing_baseline_exits_2(in_tmp: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "claims/", "--baseline", "nope.json"]) == 2
    assert "nope.json: no such baseline file" in capsys.readouterr().err


def test_raw_article_entries_key_on_text_and_sentence(tmp_path: Path) -> None:
    from validator.model import DocumentSummary, Finding, Report

    article = tmp_path / "a.txt"
    article.write_text("Intro.\nSales rose 5%  this year. Other.", encoding="utf-8")
    start = article.read_text(encoding="utf-8").index("5%")
    finding = Finding(
        rule="NR102",
        name="change-mismatch",
        severity="error",
        path=str(article),
        line=2,
        column=12,
        start=start,
        end=start + 2,
        text="5%",
        message="m",
    )
    report = Report(
        documents=[DocumentSummary(path=str(article), language="en", claims=1)], findings=[finding]
    )
    (entry,) = baseline_entries(report, tmp_path / "baseline.json")
    assert entry == {
        "path": "a.txt",
        "rule": "NR102",
        "text": "5%",
        "sentence": sentence_hash("Sales rose 5% this year", 11, 13),
        "severity": "error",
    }


def test_unused_acceptance_is_a_warning(seed_copy: tuple[Path, Path], edit: Edit) -> None:
    _, claims = seed_copy
    edit(
        claims,
        "  - id: four-stages\n",
        "  - id: four-stages\n    accepted:\n      - rule: CS203\n        reason: listed as published\n",
    )
    report = check([str(claims)])
    (finding,) = [f for f in report.findings if f.rule == "ST402"]
    assert (
        finding.severity == "warning" and finding.claim == "four-stages" and finding.text == "bốn giai đoạn"
    )
    assert "accepted CS203 (enumeration-count) but CS203 finds nothing" in finding.message
    assert [f.rule for f in report.findings if f.claim == "cn-global-share-2024"] == ["NR101"]  # used: silent


def test_acceptance_of_a_rule_not_run_is_not_judged(seed_copy: tuple[Path, Path]) -> None:
    from validator.engine import Options

    report = check([str(seed_copy[1])], Options(ignore=["NR101"]))
    assert [f for f in report.findings if f.rule == "ST402"] == []


def test_a_warning_turned_error_is_not_baselined(in_tmp: tuple[Path, Path]) -> None:
    assert main(["baseline", "write", "baseline.json"]) == 0
    report = check(["claims/"])
    for f in report.findings:
        if f.rule == "NR103":
            f.severity = f.severity.__class__("error")
    result = apply_baseline(report, "baseline.json")
    assert [f.rule for f in report.findings if f.accepted is None] == ["NR103"]
    assert [e["rule"] for e in result.unused] == ["NR103"]
