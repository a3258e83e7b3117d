"""Issue #13, cases 4-10: one bad file never sinks the run, and never the machine.

Each hostile file is checked beside a good one: the hostile one is an input error naming the file and
(where it has one) the line, exit status 2, no traceback, no "internal error"; the good one is still
checked and reported.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

import pytest
from conftest import GOOD, run
from rich.console import Console

from validator.engine import check
from validator.extract import extract
from validator.extract.claims import QUOTE_REACH
from validator.intervals import Interval, cagr_interval
from validator.model import DocumentSummary, Finding, Report, Severity
from validator.report import render_terminal


@pytest.fixture
def proj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project (pyproject.toml) with seeds/good.txt and an empty claims/; cwd = the project."""
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "claims").mkdir()
    (tmp_path / "seeds" / "good.txt").write_text(GOOD, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check_beside_good(capsys: pytest.CaptureFixture[str], *paths: str) -> tuple[int, dict[str, object], str]:
    """`check PATHS seeds/other.txt --format json`: (status, the report, stderr). The claim files of these
    cases name seeds/good.txt, which is therefore judged through them (`validator.inputs`); the good file
    that must still be reported is another article."""
    Path("seeds/other.txt").write_text(GOOD, encoding="utf-8")  # no claim file names it
    status, out, err = run(["check", *paths, "seeds/other.txt", "--format", "json"], capsys)
    report = json.loads(out)
    assert "seeds/other.txt" in [d["path"] for d in report["documents"]]  # the good file is still reported
    assert "Traceback" not in err and "internal error" not in err
    return status, report, err


CLAIM_HEAD = "article: ../seeds/good.txt\nclaims:\n"


def claims_with(value_line: str, extra: str = "") -> str:
    return CLAIM_HEAD + f"  - id: x\n    text: '17 million'\n{value_line}    unit: vehicle\n" + extra


# --- case 4: nested JSON ---------------------------------------------------------------------------


def test_4_deeply_nested_json_article_is_an_input_error(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (proj / "seeds" / "deep.json").write_text("[" * 100_000, encoding="utf-8")
    status, report, err = check_beside_good(capsys, "seeds/deep.json")
    assert status == 2
    assert "seeds/deep.json:1:65: invalid JSON: nested deeper than 64 levels" in err


# --- case 5: claim-file values ----------------------------------------------------------------------


@pytest.mark.parametrize(("value", "message"), [
    (".nan", "Input should be a finite number"),
    ("-.inf", "Input should be a finite number"),
    ("1e400", "must be smaller than 1E+30 in magnitude"),
    ("1e999999999", "must be smaller than 1E+30 in magnitude"),
    ("1" * 5000, "has 5000 digits; at most 40 are accepted"),
    ("1e-400", "has 400 decimal places; at most 30 are accepted"),
])
def test_5_unusable_numbers_are_refused_with_their_line(
    proj: Path, value: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (proj / "claims" / "bad.yaml").write_text(claims_with(f"    value: {value}\n"), encoding="utf-8")
    status, _, err = check_beside_good(capsys, "claims/bad.yaml")
    assert status == 2
    assert "claims/bad.yaml:5: claims[0].value: " in err and message in err


def test_5_a_zero_whole_is_unverifiable_not_a_crash(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (proj / "claims" / "zero.yaml").write_text(CLAIM_HEAD + (
        "  - {id: whole, text: '17 million', value: 0, unit: vehicle}\n"
        "  - {id: part, text: '12.866 million', value: 12.866e6, unit: vehicle}\n"
        "  - {id: share, text: '75.7%', value: 75.7, unit: percent}\n"
        "relations:\n  - {kind: share, share: share, part: part, whole: whole}\n"), encoding="utf-8")
    status, report, err = check_beside_good(capsys, "claims/zero.yaml")
    assert (status, err) == (0, "")
    # the claim file's declared share (the raw good.txt's own inferred share carries its evidence)
    checks = [c for c in report["checks"] if c["rule"] == "NR101" and "evidence" not in c]  # type: ignore[union-attr,index]
    assert [(c["status"], c["message"]) for c in checks] == [("unverifiable", "75.7%: the whole, 17 million, is 0")]


def test_5_a_python_tag_is_refused_with_its_line(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (proj / "claims" / "tag.yaml").write_text(claims_with("    value: !!python/object:os.system [echo]\n"), "utf-8")
    status, _, err = check_beside_good(capsys, "claims/tag.yaml")
    assert status == 2
    assert "claims/tag.yaml:5:12: YAML syntax: tag not allowed in claim files" in err


# --- case 6: YAML alias bomb -----------------------------------------------------------------------

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_6_aliases_are_refused_before_anything_expands(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (proj / "claims" / "bomb.yaml").write_text(BILLION_LAUGHS, encoding="utf-8")
    status, _, err = check_beside_good(capsys, "claims/bomb.yaml")
    assert status == 2
    assert "claims/bomb.yaml:2:8: YAML syntax: aliases (*name) are not accepted in claim files" in err


# --- case 7: CAGR over a tiny number of years ------------------------------------------------------


@pytest.mark.parametrize(("years", "message"), [
    ("0.000001", "must be at least 1/12 (one month), got 0.000001"),
    ("1e-400", "has 400 decimal places"),
    ("0", "must be at least 1/12 (one month), got 0"),
    ("-2", "must be at least 1/12 (one month), got -2"),
])
def test_7_cagr_years_below_a_month_are_refused(
    proj: Path, years: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (proj / "claims" / "cagr.yaml").write_text(CLAIM_HEAD + (
        "  - {id: a, text: '17 million', value: 17e6, unit: vehicle}\n"
        "  - {id: b, text: '12.866 million', value: 12.866e6, unit: vehicle}\n"
        f"relations:\n  - {{kind: cagr, base: b, current: a, years: {years}}}\n"), encoding="utf-8")
    status, _, err = check_beside_good(capsys, "claims/cagr.yaml")
    assert status == 2
    assert "claims/cagr.yaml:6: relations[0].years: " in err and message in err


def test_7_cagr_under_a_month_is_unbounded_and_a_fractional_root_is_bounded() -> None:
    base, current = Interval.point(100), Interval.point(200)
    assert cagr_interval(base, current, Fraction(1, 10**6)) == Interval(None, None)
    rate = cagr_interval(base, current, Fraction(1, 12))  # exact: 2 ** 12
    assert rate.low == rate.high == 409500
    odd = cagr_interval(base, current, Fraction(1001, 12000))  # 1/years is not whole: Decimal root
    assert odd.low is not None and odd.high is not None and 0 < odd.high - odd.low < Fraction(1, 10**20)


# --- case 8: memory on one long line ---------------------------------------------------------------


def test_8_quotes_are_a_window_around_the_claim_not_the_line() -> None:
    line = "sold " + ", ".join(f"{n} cars" for n in range(1, 2001)) + " in total"
    claims = extract(line, "en")
    assert len(claims) >= 2000
    assert max(len(c.quote or "") for c in claims) <= 2 * QUOTE_REACH + 20
    middle = claims[1000]
    assert middle.quote is not None and middle.text in middle.quote


def test_8_a_short_sentence_is_still_quoted_whole() -> None:
    sentence = "Exports rose 5% to 12,000 vehicles."
    assert {c.quote for c in extract(sentence, "en")} == {sentence}


# --- case 9: a 0% share in an ordinary article -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Exports of 12,000 vehicles accounted for 0% of the total.",
    "Xuất khẩu 12.000 xe, chiếm 0% tổng số.",
    "出口12000辆，占总量的0%。",
])
def test_9_a_zero_percent_share_is_checked_without_a_crash(
    proj: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (proj / "seeds" / "zero.txt").write_text(text + "\n", encoding="utf-8")
    status, report, err = check_beside_good(capsys, "seeds/zero.txt")
    assert (status, err) == (0, "")
    assert "errors" not in report


# --- case 10: other run-killers --------------------------------------------------------------------


@pytest.fixture
def deep_folder(proj: Path) -> Iterator[Path]:
    """deep/d/d/…/d/a.txt, 1,100 folders deep, made and removed one relative step at a time (os.makedirs
    and shutil.rmtree, which pytest uses on old temporary folders, recurse and would fail on it)."""
    os.mkdir("deep")
    os.chdir("deep")
    for _ in range(1100):
        os.mkdir("d")
        os.chdir("d")
    Path("a.txt").write_text(GOOD, encoding="utf-8")
    os.chdir(proj)
    yield proj / "deep"
    os.chdir(proj / "deep")
    for _ in range(1100):
        os.chdir("d")
    os.unlink("a.txt")
    for _ in range(1100):
        os.chdir("..")
        os.rmdir("d")
    os.chdir(proj)
    os.rmdir("deep")


def test_10_a_folder_nested_1100_deep_is_walked(deep_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, report, err = check_beside_good(capsys, "deep")
    assert (status, err) == (0, "")
    assert len(report["documents"]) == 2  # type: ignore[arg-type]


def test_10_an_article_that_got_shorter_before_rendering_is_shown_without_context() -> None:
    finding = Finding(rule="NR101", name="share-mismatch", severity=Severity.ERROR, path="a.txt", line=1,
                      column=90, start=89, end=94, text="70.5%", message="stated 70.5% but ...")
    report = Report(documents=[DocumentSummary(path="a.txt", language="en", claims=3)],
                    findings=[finding]).finalize()
    console = Console(record=True, width=100)
    render_terminal(report, console, {"a.txt": "Global sales"})  # the file lost its end since the check
    assert "stated 70.5% but" in console.export_text()


@pytest.mark.parametrize(("claim", "where", "message"), [
    ("    value: 17e6\n    period: 2024-02-30\n", ":6:", "claims[0].period"),
    ('    value: 17e6\n    note: "a\\0b"\n', ":6:11: claims[0].note: NUL character in a string", ""),
    ("    value: 17e6\n", ":6:", "claims[0].unit: unknown unit '10**10**10'"),
    ("    value: 17e6\n", ":6:", "claims[0].unit: unknown unit \"vehicle('x')\""),
    ("    value: 17e6\n    hedge: about\n    high: 16e6\n", ":3:", "high (1.6E+7) is below value (1.7E+7)"),
])
def test_10_odd_claim_values_are_input_errors(
    proj: Path, claim: str, where: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    text = claims_with(claim)
    if "unknown unit" in message:
        unit = message.split("unknown unit ")[1].strip("'\"")
        text = text.replace("unit: vehicle", f"unit: \"{unit}\"" if "'" in unit else f"unit: '{unit}'")
    (proj / "claims" / "odd.yaml").write_text(text, encoding="utf-8")
    status, _, err = check_beside_good(capsys, "claims/odd.yaml")
    assert status == 2
    assert f"claims/odd.yaml{where}" in err and message in err


def test_10_a_nan_tolerance_in_the_config_is_refused(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (proj / "pyproject.toml").write_text("[tool.claimcheck.tolerance]\nabout = nan\n", encoding="utf-8")
    status, _, err = run(["check", "seeds/good.txt"], capsys)
    assert status == 2
    assert "pyproject.toml:2: [tool.claimcheck] tolerance.about: expected a fraction between 0 and 1" in err


def test_10_a_deeply_nested_baseline_is_refused(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (proj / "base.json").write_text('{"version": 1, "entries": ' + "[" * 50_000, encoding="utf-8")
    status, _, err = run(["check", "seeds/good.txt", "--baseline", "base.json"], capsys)
    assert status == 2
    assert "base.json: not a claimcheck baseline (invalid JSON: nested deeper than 64 levels" in err


def test_10_an_unexpected_exception_names_the_file_and_the_run_goes_on(
    proj: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import validator.engine as engine

    real = engine.claimset_from_article

    def flaky(document, *args):  # type: ignore[no-untyped-def]
        if document.path.endswith("bad.txt"):
            raise RuntimeError("boom")
        return real(document, *args)

    monkeypatch.setattr(engine, "claimset_from_article", flaky)
    (proj / "seeds" / "bad.txt").write_text("5%\n", encoding="utf-8")
    status, out, err = run(["check", "seeds/", "--format", "json"], capsys)
    assert status == 2
    assert [d["path"] for d in json.loads(out)["documents"]] == ["seeds/good.txt"]
    assert err == ("claimcheck: seeds/bad.txt: internal error while checking this file: RuntimeError: boom "
                   "(claimcheck --debug shows the traceback)\n")
    status, _, err = run(["--debug", "check", "seeds/", "--format", "json"], capsys)
    assert status == 2 and "Traceback (most recent call last)" in err and 'raise RuntimeError("boom")' in err


def test_10_a_rule_that_fails_on_one_file_leaves_the_others_checked(
    proj: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from validator.rules.cs_consistency import EnumerationCount

    def broken(self, claims, ctx):  # type: ignore[no-untyped-def]
        if claims.document.path.endswith("bad.txt"):
            raise ZeroDivisionError("Fraction(1, 0)")
        yield from real(self, claims, ctx)

    real = EnumerationCount.check_set
    monkeypatch.setattr(EnumerationCount, "check_set", broken)
    (proj / "seeds" / "bad.txt").write_text(GOOD, encoding="utf-8")
    report = check(["seeds/"])
    assert [(e.path, e.line) for e in report.errors] == [("seeds/bad.txt", None)]
    assert report.errors[0].message.startswith("internal error while checking this file: ZeroDivisionError")
    assert [d.path for d in report.documents] == ["seeds/bad.txt", "seeds/good.txt"]


# --- limits: file size -----------------------------------------------------------------------------


def test_file_size_limit_is_configurable_and_names_the_file(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (proj / "pyproject.toml").write_text('[tool.claimcheck]\nmax-file-size = "1 kB"\n', encoding="utf-8")
    (proj / "seeds" / "big.txt").write_text(GOOD * 20, encoding="utf-8")
    status, _, err = check_beside_good(capsys, "seeds/big.txt")
    assert status == 2
    assert err == ("claimcheck: seeds/big.txt: file too large: 1.96 kB (the limit is 1 kB; raise "
                   "max-file-size in [tool.claimcheck])\n")
    (proj / "pyproject.toml").write_text('[tool.claimcheck]\nmax-file-size = "lots"\n', encoding="utf-8")
    status, _, err = run(["check", "seeds/good.txt"], capsys)
    assert status == 2
    assert "pyproject.toml:2: [tool.claimcheck] max-file-size: expected a size such as \"20 MB\", got 'lots'" in err


@pytest.mark.parametrize(("text", "size"), [("20 MB", 20_000_000), ("500kB", 500_000), ("1.5 GB", 1_500_000_000),
                                            (4096, 4096)])
def test_sizes_are_read_in_bytes(text: object, size: int) -> None:
    from validator.limits import parse_size

    assert parse_size(text) == size


def test_a_long_run_of_scale_words_stops_before_the_value_overflows() -> None:
    import decimal

    with decimal.localcontext() as ctx:
        ctx.Emax = 100  # overflows at 1e101: "nghìn" × 50 would be 1e150 if the run were read whole
        for text in ("nghìn " * 50, "1 nghìn " + "nghìn " * 49):
            values = [c.value for c in extract(text, "vi")]
            assert values and all(v < decimal.Decimal("1e30") for v in values)  # beyond that: no quantity
        assert [c.value for c in extract("xe điện đạt 12,866 triệu chiếc", "vi")] == [decimal.Decimal("12866000")]
