"""Issue #13, security (cases 1-3): no file outside the project is read, no output is hijacked.

Case 1: `article:`, `stem#id` references, baselines and walked files must resolve inside the project
(`validator.confine`), with `--allow-outside` for local use. Cases 2 and 3: article text, claim-file
strings and file names pass `validator.safety` before any format, so that no raw control character
and no line starting with "::" (a GitHub workflow command) reaches stdout or stderr, except the
escaped lines of `--format github` itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import GOOD, run

from validator.safety import guard_commands, safe_line, safe_text

SECRET = "TOP-SECRET-TOKEN-4242"
FORMATS = ("rich", "json", "markdown", "sarif", "github", "html")


@pytest.fixture
def layout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp/proj (a project: pyproject.toml, seeds/good.txt, claims/) and tmp/outside/secret.txt; cwd = proj."""
    proj = tmp_path / "proj"
    (proj / "seeds").mkdir(parents=True)
    (proj / "claims").mkdir()
    (proj / "pyproject.toml").write_text("", encoding="utf-8")
    (proj / "seeds" / "good.txt").write_text(GOOD, encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"The secret is {SECRET}, 5% of 100 keys.\n", encoding="utf-8")
    monkeypatch.chdir(proj)
    return proj


def claim_file(article: str, text: str = "5%", value: str = "5", unit: str = "percent") -> str:
    return f"article: {article}\nclaims:\n  - {{id: a, text: '{text}', value: {value}, unit: {unit}}}\n"


# --- case 1: confinement ---------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["absolute", "climbing", "symlink"])
@pytest.mark.parametrize("fmt", ["rich", "html", "json"])
def test_1_article_outside_the_project_is_refused(
    layout: Path, how: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = layout.parent / "outside" / "secret.txt"
    if how == "symlink":
        (layout / "seeds" / "link.txt").symlink_to(secret)
    article = {"absolute": str(secret), "climbing": "../../outside/secret.txt", "symlink": "../seeds/link.txt"}[how]
    (layout / "claims" / "evil.yaml").write_text(claim_file(article), encoding="utf-8")
    status, out, err = run(["check", "claims/", "--format", fmt], capsys)
    assert status == 2
    assert "claims/evil.yaml:1: article path outside the project" in err
    assert SECRET not in out + err


def test_1_allow_outside_reads_it_for_local_use(layout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (layout / "claims" / "local.yaml").write_text(claim_file("../../outside/secret.txt"), encoding="utf-8")
    status, out, err = run(["check", "claims/", "--format", "json", "--allow-outside"], capsys)
    assert status == 0, err
    assert json.loads(out)["documents"][0]["path"].endswith("outside/secret.txt")


def test_1_inside_the_project_is_read(layout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (layout / "claims" / "good.yaml").write_text(claim_file("../seeds/good.txt", "75.7%", "75.7"), encoding="utf-8")
    status, out, err = run(["check", "claims/", "--format", "json"], capsys)
    assert (status, err) == (0, "")
    assert json.loads(out)["documents"][0]["path"] == "seeds/good.txt"


def test_1_a_walked_symlink_leading_outside_is_refused(layout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (layout / "seeds" / "leak.txt").symlink_to(layout.parent / "outside" / "secret.txt")
    status, out, err = run(["check", "seeds/", "--format", "html"], capsys)
    assert status == 2
    assert "seeds/leak.txt: file path outside the project" in err
    assert SECRET not in out + err
    assert "seeds/good.txt" in out  # the good file beside it is still checked


def test_1_a_stem_reference_through_a_symlink_outside_is_refused(
    layout: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = layout.parent / "outside" / "other.yaml"
    other.write_text(claim_file(str(layout.parent / "outside" / "secret.txt")), encoding="utf-8")
    (layout / "claims" / "other.yaml").symlink_to(other)
    (layout / "claims" / "main.yaml").write_text(
        claim_file("../seeds/good.txt", "75.7%", "75.7")
        + "relations:\n  - {kind: restatement, claims: [a, other#a]}\n", encoding="utf-8")
    status, out, err = run(["check", "claims/main.yaml", "--format", "json"], capsys)
    assert status == 2
    assert "claims/main.yaml:5: other#… reference: claim file path outside the project" in err
    assert SECRET not in out + err


def test_1_baselines_outside_the_project_are_refused(layout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baseline = layout.parent / "outside" / "baseline.json"
    baseline.write_text('{"version": 1, "entries": []}', encoding="utf-8")
    (layout / "pyproject.toml").write_text('[tool.claimcheck]\nbaseline = "../outside/baseline.json"\n', "utf-8")
    status, _, err = run(["check", "seeds/good.txt", "--format", "json"], capsys)
    assert status == 2
    assert "pyproject.toml:2: baseline path outside the project" in err
    status, _, err = run(["check", "seeds/good.txt", "--no-config", "--baseline", str(baseline)], capsys)
    assert status == 2 and "baseline path outside the project" in err
    status, _, err = run(["check", "seeds/good.txt", "--format", "json", "--allow-outside"], capsys)
    assert status == 0, err


def test_1_allow_outside_is_not_a_config_key(layout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (layout / "pyproject.toml").write_text("[tool.claimcheck]\nallow-outside = true\n", "utf-8")
    status, _, err = run(["check", "seeds/good.txt"], capsys)
    assert status == 2 and "pyproject.toml:2: [tool.claimcheck] allow-outside: unknown key" in err


# --- cases 2 and 3: control characters and workflow commands --------------------------------------

INJECTIONS = [
    "\x1b[2J\x1b[H",  # clear the screen
    "\x1b]0;pwned title\x07",  # set the terminal title
    "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",  # an OSC 8 link
    "\x1b]0;unterminated ",  # an OSC left open swallows the rest
    "\x9b2J\x9d0;c1 title\x9c",  # C1 CSI / OSC / ST
    "\u202egnp.exe\u202c",  # right-to-left override
    "\r::error::carriage",
    "\x08\x7f\x07",  # backspace, DEL, bell (a NUL makes the file "not text": see the input tests)
]
COMMAND_LINES = ["::add-mask::hunter2", "::stop-commands::tok", "::error file=x::forged", "  ::warning::indented"]
_RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_OUR_GITHUB_LINE = re.compile(r"::(error|warning|notice) [^:\n]*::[^\n]*")


def assert_clean(stream: str, fmt: str | None = None) -> None:
    assert not _RAW_CONTROL.search(stream), repr(_RAW_CONTROL.search(stream))
    for line in stream.splitlines():
        if line.lstrip().startswith("::"):
            assert fmt == "github" and _OUR_GITHUB_LINE.fullmatch(line), repr(line)


@pytest.fixture
def hostile(layout: Path) -> Path:
    """An article and a claim file full of injections, in files whose names hold a newline and '::'."""
    body = "".join(f"Line {i}: {s} sales rose 5% to 105 units from 100 units.\n" for i, s in enumerate(INJECTIONS))
    body += "".join(f"{c} and 7% of 200 units\n" for c in COMMAND_LINES)
    name = "evil\n::error file=a::forged\x1b[2J.txt"
    (layout / "seeds" / name).write_text(body, encoding="utf-8")
    claims = ('article: "../seeds/evil\\n::error file=a::forged\\e[2J.txt"\n'
              "claims:\n"
              "  - id: x\n    text: '5%'\n    value: 5\n    unit: percent\n"
              '    accepted: [{rule: NR103, reason: "ok\\n::add-mask::reason \\e]0;t\\a"}]\n')
    (layout / "claims" / "evil\n::warning::name.yaml").write_text(claims, encoding="utf-8")
    (layout / "claims" / "broken\n::error::x.yaml").write_text("article: [\n", encoding="utf-8")
    return layout


@pytest.mark.parametrize("fmt", FORMATS)
def test_2_3_no_control_character_and_no_command_line_reaches_any_format(
    hostile: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["check", "seeds/", "claims/", "--format", fmt], capsys)
    assert status == 2  # the broken claim file: an input error, reported with the rest
    assert_clean(out, fmt)
    assert_clean(err)
    assert "claims/broken\\n::error::x.yaml:2:1: YAML syntax" in err
    if fmt in ("rich", "markdown", "html", "json"):  # the file name is shown, made inert, not dropped
        assert "forged␛[2J.txt" in out
    if fmt == "html":  # the whole article, made inert
        assert "␛]0;pwned title␇" in out and "\ufffdgnp.exe\ufffd" in out


def test_2_3_report_bundle_and_extract_are_clean(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(["report", "seeds/", "-o", "out"], capsys)
    assert status == 0, err
    assert_clean(out)
    assert_clean(err)
    for page in (hostile / "out").iterdir():
        assert_clean(page.read_text(encoding="utf-8"))
    status, out, err = run(["extract", str(next((hostile / "seeds").glob("evil*"))), "--format", "json"], capsys)
    assert status == 0 and not _RAW_CONTROL.search(out)  # JSON escapes them: the data is kept, losslessly
    assert "\\u001b[2J" in out and "\\u202e" in out


def test_2_safe_text_is_one_for_one_and_keeps_newlines_and_tabs() -> None:
    for s in INJECTIONS:
        cleaned = safe_text(s + "\n\t")
        assert len(cleaned) == len(s) + 2 and cleaned.endswith("\n\t")
        assert not _RAW_CONTROL.search(cleaned)
    assert safe_text("\x1b[2J") == "␛[2J"
    assert safe_text("a\u202eb\ud800") == "a\ufffdb\ufffd"
    assert safe_text("Doanh số 12,866 triệu, 销量85.5万辆") == "Doanh số 12,866 triệu, 销量85.5万辆"


def test_3_safe_line_shows_newlines_and_guard_breaks_command_lines() -> None:
    assert safe_line("a\n::error::x") == "a\\n::error::x"
    assert guard_commands("ok\n  ::add-mask::x\n::y") == "ok\n  :\u200b:add-mask::x\n:\u200b:y"
    assert guard_commands("a :: b") == "a :: b"


def test_3_messages_on_stderr_escape_newlines_in_paths(layout: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["check", "missing\n::error::forged.txt"], capsys)
    assert status == 2
    assert err == "claimcheck: missing\\n::error::forged.txt: cannot read file: No such file or directory\n"
