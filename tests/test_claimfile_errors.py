"""Malformed claim files: exit status 2, a message naming the file, the line and what was expected,
and never a traceback. A valid file given in the same run is still checked and reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from validator.claimfiles import ClaimFileError, load_claim_file
from validator.cli import main

ARTICLE = "Global sales reached 17 million. China sold 12.866 million, 70.5% of the world.\n"

VALID = """\
article: a.txt
claims:
  - id: total
    text: 17 million
    value: 17e6
    unit: vehicle
  - id: part
    text: 12.866 million
    value: 12.866e6
    unit: vehicle
  - id: share
    text: 70.5%
    value: 70.5
    unit: percent
relations:
  - kind: share
    share: share
    part: part
    whole: total
"""


def _edit(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new, 1)


# (name, claim file text, line the message must name, words the message must contain)
MALFORMED = [
    ("yaml_syntax", _edit("    text: 17 million\n", "    text: [17 million\n"), 5, "expected ',' or ']'"),
    (
        "value_not_a_number",
        _edit("value: 70.5", "value: abc"),
        13,
        "claims[2].value: Input should be a valid decimal",
    ),
    (
        "unit_not_a_string",
        _edit("unit: percent", "unit: 5"),
        14,
        "claims[2].unit: Input should be a valid string",
    ),
    (
        "unknown_unit",
        _edit("unit: vehicle", "unit: vehicel"),
        6,
        "unknown unit 'vehicel'; did you mean 'vehicle'?",
    ),
    (
        "relation_names_unknown_id",
        _edit("whole: total", "whole: totl"),
        19,
        "relations[0].whole: unknown claim id 'totl'; did you mean 'total'?",
    ),
    (
        "duplicate_id",
        _edit("id: part", "id: total"),
        7,
        "duplicate claim id 'total' (first defined at claims[0])",
    ),
    (
        "missing_required_field",
        _edit("    value: 70.5\n", ""),
        11,
        "claims[2].value: required field is missing",
    ),
    (
        "unknown_relation_kind",
        _edit("kind: share", "kind: shares"),
        16,
        "unknown relation kind; expected one of cagr, change",
    ),
    (
        "unknown_field",
        _edit("    unit: percent\n", "    unit: percent\n    colour: red\n"),
        15,
        "claims[2].colour: unexpected field 'colour'",
    ),
    ("article_does_not_exist", _edit("article: a.txt", "article: gone.txt"), 1, "article: no such file"),
    (
        "accepted_names_unknown_rule",
        _edit("    unit: percent\n", "    unit: percent\n    accepted: [{rule: NR199, reason: known}]\n"),
        15,
        "unknown rule 'NR199'",
    ),
]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with the article, made the working directory: messages name files as given."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return Path(".")


@pytest.mark.parametrize(
    ("text", "line", "words"), [pytest.param(t, n, w, id=name) for name, t, n, w in MALFORMED]
)
def test_malformed_claim_file_is_a_clear_input_error(
    folder: Path, text: str, line: int, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = folder / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert f"{path}:{line}:" in err, err
    assert words in err, err


@pytest.mark.parametrize(
    ("text", "line", "words"), [pytest.param(t, n, w, id=name) for name, t, n, w in MALFORMED]
)
def test_loader_raises_claim_file_error_with_the_line(folder: Path, text: str, line: int, words: str) -> None:
    path = folder / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ClaimFileError) as caught:
        load_claim_file(path)
    assert isinstance(caught.value, ValueError)  # every concrete error also subclasses the natural builtin
    assert any(p.line == line and words in p.message for p in caught.value.problems), caught.value.problems


def test_rich_format_reports_the_same_problem(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = folder / "bad.yaml"
    path.write_text(_edit("unit: vehicle", "unit: vehicel"), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    out, err = capsys.readouterr()
    assert f"{path}:6: claims[0].unit: unknown unit 'vehicel'; did you mean 'vehicle'?" in err
    assert "Traceback" not in out + err


def test_all_problems_of_a_file_are_reported_together(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = folder / "bad.yaml"
    text = _edit("unit: vehicle", "unit: vehicel").replace("whole: total", "whole: totl")
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 2
    err = capsys.readouterr().err
    assert f"{path}:6: claims[0].unit" in err
    assert f"{path}:19: relations[0].whole" in err


def test_missing_claim_file(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = folder / "nope.yaml"
    assert main(["check", str(path), "--format", "json"]) == 2
    out, err = capsys.readouterr()
    assert f"{path}: no such claim file" in err
    assert "Traceback" not in out + err


def test_valid_file_beside_a_bad_one_is_still_checked(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = folder / "good.yaml"
    good.write_text(VALID, encoding="utf-8")
    bad = folder / "bad.yaml"
    bad.write_text(_edit("value: 70.5", "value: abc"), encoding="utf-8")
    assert main(["check", str(bad), str(good), "--format", "json"]) == 2
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert [d["source"] for d in report["documents"]] == [str(good)]
    assert [(f["rule"], f["severity"], f["text"]) for f in report["findings"]] == [
        ("NR101", "error", "70.5%")
    ]
    assert report["errors"] == [
        {"path": str(bad), "line": 13, "message": "claims[2].value: Input should be a valid decimal"}
    ]
    assert f"{bad}:13:" in err and "Traceback" not in err
