"""Which files a run checks (issue 11, item 2): one answer whatever the argument order.

Each row of the issue's table is a case here, with the answer it must give now; a hypothesis test permutes
the paths. An article that has a claim file is judged through it, `stem#id` names claim files only, and
`check .` reads neither the tests' YAML, nor the lexicons, nor reports/*.json.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest
from conftest import ROOT, SEED
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.cli import main
from validator.inputs import excluded, resolve_inputs

S000 = f"seeds/{SEED}.txt"
C000 = f"claims/{SEED}.yaml"
S001 = "seeds/001_79bfc96b3ef1994c.txt"
C001 = "claims/001_79bfc96b3ef1994c.yaml"


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # report paths are relative to the working directory


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object], str]:
    status = main(["check", *args, "--format", "json"])
    out, err = capsys.readouterr()
    return status, json.loads(out), err


def claims_run(capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    status, report, err = run(["claims/"], capsys)
    assert status == 0 and err == ""
    return report


@pytest.mark.parametrize("args", [
    ["claims/"],
    ["seeds/", "claims/"],  # was 1: the raw seed 000 was judged beside its claim file
    ["claims/", "seeds/"],  # was 2, with a false "no claim '000_…#cn-penetration-2024'"
    ["seeds/"],  # every seed has a claim file: judged through it
    ["."],  # was 87 input errors: the tests' YAML, the lexicons, reports/seeds.json
], ids=["claims", "seeds-claims", "claims-seeds", "seeds", "dot"])
def test_folders_in_any_order_give_the_claim_files_answer(args: list[str],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    expected = claims_run(capsys)
    status, report, err = run(args, capsys)
    assert (status, err) == (0, "")
    assert report == expected
    assert "errors" not in report


@pytest.mark.parametrize("args", [[S000, C000], [C000, S000], [S000]],
                         ids=["article-claims", "claims-article", "article-alone"])
def test_an_article_with_a_claim_file_is_judged_through_it(args: list[str],
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    status, report, err = run(args, capsys)
    assert (status, err) == (0, "")  # was 1 for the first: the raw article's NR101, which the claim file accepts
    [doc] = report["documents"]  # type: ignore[misc]
    assert doc["source"] == C000
    [share] = [f for f in report["findings"] if f["rule"] == "NR101"]  # type: ignore[attr-defined]
    assert share["accepted"].startswith("Source error kept as published")


def test_raw_reads_the_article_itself(capsys: pytest.CaptureFixture[str]) -> None:
    status, report, _ = run([S000, "--raw"], capsys)
    assert status == 1
    [doc] = report["documents"]  # type: ignore[misc]
    assert "source" not in doc
    assert any(f["rule"] == "NR101" and "accepted" not in f for f in report["findings"])  # type: ignore[attr-defined]


def test_stem_id_names_a_claim_file_never_an_article_of_that_stem(capsys: pytest.CaptureFixture[str]) -> None:
    # claims/001 refers to "000_…#cn-penetration-2024"; the raw article seeds/000_… has the same stem
    for args in ([S000, C001, "--raw"], [C001, S000, "--raw"]):
        status, report, err = run(args, capsys)
        assert "no claim" not in err and "errors" not in report, err
        assert status == 1  # the raw article's real 70,5% error, never an input error


def test_dot_reads_no_test_yaml_lexicon_or_report(capsys: pytest.CaptureFixture[str]) -> None:
    inputs = resolve_inputs(["."], exclude=[], raw=True).files  # even without the project's exclude globs
    assert not [f for f in inputs if f.startswith(("tests", "validator", "reports")) and not f.endswith(".txt")
                and not f.endswith(".md")]
    status, report, _ = run(["."], capsys)
    assert status == 0
    assert sorted(d["path"] for d in report["documents"]) == sorted(  # type: ignore[attr-defined]
        f"seeds/{p.stem}.txt" for p in (ROOT / "claims").glob("*.yaml"))


def test_duplicate_names_of_one_file_are_one_input() -> None:
    files = resolve_inputs([C000, f"./{C000}", "claims/../" + C000, S000]).files
    assert files == [C000]


def test_exclude_globs() -> None:
    base = str(ROOT)
    for pattern in ("tests/", "tests", "tests/**", "tests/*"):
        assert excluded(ROOT / "tests/rules/NR101.yml", [pattern], base)
    assert excluded(ROOT / "reports/seeds.json", ["reports/*.json"], base)
    assert not excluded(ROOT / "reports/index.html", ["reports/*.json"], base)
    assert excluded(ROOT / "README.md", ["*.md"], base)
    assert not excluded(ROOT / "claims" / f"{SEED}.yaml", ["tests/", "*.md"], base)


def test_exclude_applies_to_named_files_only_with_force_exclude() -> None:
    assert resolve_inputs(["README.md"], exclude=["*.md"], exclude_base=ROOT).files == ["README.md"]
    assert resolve_inputs(["README.md"], exclude=["*.md"], exclude_base=ROOT, force_exclude=True).files == []


def test_claims_only_ignores_what_is_neither_a_claim_file_nor_its_article() -> None:
    given_paths = ["README.md", "pyproject.toml", ".pre-commit-hooks.yaml", "validator/lexicons/vi.yaml", S000,
                   "eval/heldout/docs/" + sorted(os.listdir(ROOT / "eval/heldout/docs"))[0]]
    assert resolve_inputs(given_paths, claims_only=True).files == [C000]


POOL = ["claims/", "seeds/", C000, S000, S001, C001, "./claims", "seeds/003_4732fd8b53164b93.txt"]


@settings(max_examples=12)  # each example is two whole runs
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=5, unique=True).flatmap(
    lambda paths: st.tuples(st.just(paths), st.permutations(paths))), st.booleans())
def test_the_same_paths_in_any_order_give_the_same_findings_and_exit_status(
        drawn: tuple[list[str], list[str]], raw: bool) -> None:
    paths, permuted = drawn
    cwd = os.getcwd()
    os.chdir(ROOT)  # hypothesis reruns the body without the function-scoped fixture
    try:
        results = []
        for order in (paths, permuted):
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(["check", *order, *(["--raw"] if raw else []), "--format", "json"])
            results.append((status, out.getvalue(), err.getvalue()))
        assert results[0] == results[1]
        assert results[0][0] in (0, 1) and results[0][2] == ""
    finally:
        os.chdir(cwd)


def test_an_article_is_found_through_a_claim_file_anywhere_in_the_project(tmp_path: Path,
                                                                            seed_copy: tuple[Path, Path]) -> None:
    article, claim_file = seed_copy
    nested = tmp_path / "review" / "2025"
    nested.mkdir(parents=True)
    moved = nested / "renamed.yaml"
    moved.write_text(claim_file.read_text(encoding="utf-8").replace("article: ../seeds/", "article: ../../seeds/"),
                     encoding="utf-8")
    claim_file.unlink()
    assert resolve_inputs([article]).via_claim_file[str(article)] == [os.path.relpath(moved)
                                                                      if not os.path.relpath(moved).startswith("..")
                                                                      else str(moved)]
