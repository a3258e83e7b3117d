"""[tool.claimcheck] in the nearest pyproject.toml: settings, flags that override them, clear errors."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from validator.cli import main
from validator.config import Config, find_pyproject, load_config
from validator.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(seed_copy: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path / "pyproject.toml"


def write(path: Path, body: str) -> None:
    path.write_text("[project]\nname = 'x'\n\n[tool.claimcheck]\n" + body, encoding="utf-8")


def test_fail_on_warning_from_config_fails_the_run(project: Path) -> None:
    write(project, 'fail-on = "warning"\n')
    assert main(["check", "claims/", "-f", "json"]) == 1


def test_flag_overrides_config(project: Path) -> None:
    write(project, 'fail-on = "warning"\n')
    assert main(["check", "claims/", "-f", "json", "--fail-on", "error"]) == 0
    assert main(["check", "claims/", "-f", "json", "--no-config"]) == 0


def test_without_config_the_default_is_error(project: Path) -> None:
    write(project, "")
    assert main(["check", "claims/", "-f", "json"]) == 0


def test_bad_value_exits_2_naming_the_key(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project, 'fail-on = "sometimes"\n')
    assert main(["check", "claims/"]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml:5: [tool.claimcheck] fail-on: expected one of 'error', 'warning', 'info'" in err


@pytest.mark.parametrize(
    "body, message",
    [
        ('fail_on = "warning"\n', "fail_on: unknown key; did you mean 'fail-on'?"),
        ('select = ["NR999"]\n', "select: unknown rule 'NR999'"),
        ("ignore = 3\n", "ignore: expected a list of rule codes or names"),
        ('[tool.claimcheck.severity]\nNR103 = "fatal"\n', "severity.NR103: expected one of"),
        ('[tool.claimcheck.severity]\nshare-mismach = "error"\n', "severity.share-mismach: unknown rule"),
        ("[tool.claimcheck.tolerance]\nabout = 2\n", "tolerance.about: expected a fraction between 0 and 1"),
        ("[tool.claimcheck.tolerance]\nabuot = 0.1\n", "tolerance.abuot: unknown key; did you mean 'about'?"),
        ("baseline = 1\n", "baseline: expected a file path"),
        ("fail-on = \n", "not valid TOML"),
    ],
)
def test_bad_config_is_an_input_error(project: Path, body: str, message: str) -> None:
    write(project, body)
    with pytest.raises(InputError) as info:
        load_config()
    assert message in str(info.value) and info.value.path == str(project)


def test_settings_are_read(project: Path) -> None:
    write(
        project,
        'select = ["NR101", "hedge-violation"]\nignore = "IN501"\nbaseline = "b.json"\n'
        '[tool.claimcheck.severity]\nmultiple-mismatch = "error"\n'
        "[tool.claimcheck.tolerance]\nabout = 0.05\nnearly-below = 0.2\n",
    )
    config = load_config()
    assert config.select == ["NR101", "hedge-violation"] and config.ignore == ["IN501"]
    assert config.severity == {"NR103": "error"} and config.baseline == "b.json"
    assert (config.tolerance.about, config.tolerance.nearly_below) == (Fraction(1, 20), Fraction(1, 5))
    assert config.tolerance.bound_slack == Fraction(1, 50)  # untouched keys keep their defaults


def test_severity_override_fails_the_run(project: Path) -> None:
    write(project, '[tool.claimcheck.severity]\nNR103 = "error"\n')
    assert main(["check", "claims/", "-f", "json"]) == 1


def test_nearest_pyproject_is_found_from_a_subfolder(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(project, 'fail-on = "info"\n')
    sub = project.parent / "claims"
    monkeypatch.chdir(sub)
    assert find_pyproject() == project.resolve()
    assert load_config().fail_on == "info"


def test_no_pyproject_means_defaults(tmp_path: Path) -> None:
    assert load_config(path=None, start=tmp_path) == Config() or find_pyproject(tmp_path) is not None


def test_repo_pyproject_example_is_valid_and_default() -> None:
    config = load_config(path=ROOT / "pyproject.toml")
    assert (config.fail_on, config.select, config.ignore, config.baseline) == ("error", None, [], None)
    assert config.tolerance == Config().tolerance


def test_baseline_from_config(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project, 'fail-on = "warning"\nbaseline = "known.json"\n')
    assert main(["baseline", "write", "known.json"]) == 0
    assert main(["check", "claims/", "-f", "json"]) == 0
    assert main(["check", "claims/", "-f", "json", "--no-baseline"]) == 1
