"""GitHub Actions annotations: one workflow command per finding, escaped per GitHub's rules."""

from __future__ import annotations

import pytest
from _reports import ROOT, sample_report

from validator.cli import main
from validator.report.github import escape_data, escape_property, render_github


def test_escaping() -> None:
    assert escape_data("50%\r\nnext: a, b") == "50%25%0D%0Anext: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_one_line_per_finding_by_severity() -> None:
    lines = render_github(sample_report()).splitlines()
    assert lines == [
        "::notice file=news/a b/article.txt,line=1,col=18,endColumn=28,title=CS201 restatement-conflict "
        "(accepted)::accepted: known, kept as published — differs",
        "::error file=news/a b/article.txt,line=2,col=30,endColumn=35,title=NR101 share-mismatch::"
        "stated 70.5%25 but 12.866M / 17M = 75.7%25",
        "::notice file=news/a b/article.txt,line=2,col=46,endColumn=51,title=IN501 implied-base::"
        "implies a base of 9.495M",
    ]


def test_properties_are_escaped() -> None:
    report = sample_report()
    report.findings[1].path = "a,b:c.txt"
    assert "file=a%2Cb%3Ac.txt,line=2" in render_github(report)


def test_seed_000_from_the_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["check", "claims/", "--format", "github"]) == 0  # the one error is accepted
    out = capsys.readouterr().out
    assert ("::notice file=seeds/000_14163ac49786d80a.txt,line=21,col=268,endColumn=273,"
            "title=NR101 share-mismatch (accepted)::accepted: Source error") in out
    assert out.count("::warning ") == 2
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in out.splitlines())
