"""The command line, in-process: rules, explain, schema, and `check claims/` against the output contract."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from validator.cli import main
from validator.document import load_document
from validator.rules import RULES, ShareMismatch

REPO_ROOT = Path(__file__).resolve().parent.parent

FINDING_KEYS = {
    "rule", "name", "severity", "path", "line", "column", "start", "end", "text", "message", "related",
}


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(REPO_ROOT)
    return REPO_ROOT


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return status, out, err


def test_rules_lists_every_code(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["rules"], capsys)
    assert status == 0
    for rule in RULES:
        assert rule.code in out
    assert len(RULES) == 18  # NR101-108, CS201-204, HD301, ST401-402, IN501-503


@pytest.mark.parametrize("key", ["NR101", "nr101", "share-mismatch"])
def test_explain_prints_the_docstring(key: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["explain", key], capsys)
    assert status == 0
    assert out.startswith("NR101 share-mismatch (default severity: error)\n")
    assert ShareMismatch.documentation() in out
    assert "A share that its part and whole do not give." in out


def test_explain_unknown_rule_exits_2_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["explain", "XX999"], capsys)
    assert status == 2 and out == ""
    assert "unknown rule 'XX999'" in err and "claimcheck rules" in err
    status, _, err = run(["explain", "share-mismach"], capsys)
    assert status == 2
    assert "did you mean 'share-mismatch'?" in err


def test_schema_is_valid_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["schema"], capsys)
    assert status == 0
    schema = json.loads(out)
    assert "claims" in schema["properties"] and "relations" in schema["properties"]
    jsonschema.Draft202012Validator.check_schema(schema)


def test_schema_has_a_change_written_as_an_amount(capsys: pytest.CaptureFixture[str]) -> None:
    """A change may carry `delta` (the same change as an amount); claim files without it stay valid."""
    _, out, _ = run(["schema"], capsys)
    schema = json.loads(out)
    change = schema["$defs"]["ChangeRelation"]
    assert "delta" in change["properties"] and "delta" not in change.get("required", [])
    validator = jsonschema.Draft202012Validator(schema)
    claims = [{"id": "a", "text": "5,163,900", "value": 5163900, "unit": "person"},
              {"id": "b", "text": "2.3%", "value": 2.3, "unit": "percent"},
              {"id": "c", "text": "115,900", "value": 115900, "unit": "person"}]
    for extra in ({}, {"delta": "c"}):
        data = {"article": "a.txt", "claims": claims,
                "relations": [{"kind": "change", "change": "b", "current": "a", **extra}]}
        assert list(validator.iter_errors(data)) == []


def test_schema_accepts_the_repo_claim_files(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import yaml

    _, out, _ = run(["schema"], capsys)
    validator = jsonschema.Draft202012Validator(json.loads(out))
    files = sorted((in_repo / "claims").glob("*.yaml"))
    assert files
    for path in files:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        errors = list(validator.iter_errors(json.loads(json.dumps(data, default=str))))
        assert errors == [], (path, [e.message for e in errors][:3])


PERIODS = [2024, "2024-Q3", "2025-01..2025-05", {"start": "2024-01-01", "end": None}]


@pytest.mark.parametrize("period", PERIODS)
def test_schema_admits_every_period_form(period: object, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["schema"], capsys)
    claim = {"id": "a", "text": "1", "value": 1, "unit": "item", "period": period}
    jsonschema.validate({"article": "a.txt", "claims": [claim]}, json.loads(out))


def check_json(capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict[str, Any]]:
    status, out, _ = run(["check", "claims/", "--format", "json", *extra], capsys)
    return status, json.loads(out)


def test_check_claims_json_follows_the_contract(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = check_json(capsys)
    assert status == 0
    assert report["version"] == 1
    assert {"documents", "findings", "checks", "summary"} <= report.keys()
    assert "errors" not in report
    assert report["documents"] and report["findings"] and report["checks"]
    texts: dict[str, str] = {}
    for doc in report["documents"]:
        assert doc["language"] in ("vi", "zh", "en") and doc["claims"] > 0
        texts[doc["path"]] = load_document(in_repo / doc["path"]).text
    for f in report["findings"]:
        assert FINDING_KEYS <= f.keys(), f
        assert f["severity"] in ("error", "warning", "info")
        text = texts[f["path"]]
        assert text[f["start"]:f["end"]] == f["text"]
        line_start = text.rfind("\n", 0, f["start"]) + 1
        assert f["line"] == text.count("\n", 0, f["start"]) + 1
        assert f["column"] == f["start"] - line_start + 1
        for r in f["related"]:
            assert text[r["start"]:r["end"]] == r["text"]
    for c in report["checks"]:
        assert c["status"] in ("pass", "fail", "unverifiable")
        assert texts[c["path"]][c["start"]:c["end"]] == c["text"]
    summary = report["summary"]
    assert summary["checks"] == len(report["checks"])
    unaccepted = [f for f in report["findings"] if "accepted" not in f]
    for level in ("error", "warning", "info"):
        assert summary[level] == sum(f["severity"] == level for f in unaccepted)


def test_check_claims_json_is_sorted_and_stable(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = run(["check", "claims/", "--format", "json"], capsys)[1]
    second = run(["check", "claims/", "--format", "json"], capsys)[1]
    assert first == second
    findings = json.loads(first)["findings"]
    keys = [(f["path"], f["start"], f["end"], f["rule"]) for f in findings]
    assert keys == sorted(keys)


def test_seed_000_share_error_is_accepted(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, report = check_json(capsys)
    share = [f for f in report["findings"] if f["rule"] == "NR101"]
    assert len(share) == 1
    assert share[0]["severity"] == "error" and share[0]["text"] == "70,5%"
    assert share[0]["message"] == "stated 70.5% but 12.866M / 17M = 75.7% (73.5–78.0% with rounding)"
    assert share[0]["computed"] == {"value": 75.68, "low": 73.52, "high": 77.98, "unit": "percent"}
    assert share[0]["accepted"].startswith("Source error kept as published")
    assert report["summary"]["error"] == 0 and report["summary"]["accepted"] == 1


def test_fail_on_warning_exits_1(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = check_json(capsys, "--fail-on", "warning")
    assert report["summary"]["warning"] > 0
    assert status == 1


def test_select_limits_the_rules(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report = check_json(capsys, "--select", "share-mismatch,NR103")
    assert status == 0
    rules = {f["rule"] for f in report["findings"]} | {c["rule"] for c in report["checks"]}
    assert rules == {"NR101", "NR103"}
    status, _, err = run(["check", "claims/", "--select", "NR999"], capsys)
    assert status == 2 and "unknown rule 'NR999'" in err


def test_markdown_report(in_repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", "claims/", "--format", "markdown"], capsys)
    assert status == 0
    assert out.startswith("# claimcheck report")
    assert "share-mismatch" in out and "`70,5%`" in out


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run([], capsys)
    assert status == 2 and "usage: claimcheck" in out
