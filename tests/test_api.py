"""The README's Python API, used as a user would (issue 11, item 3): from outside the repository, with
claimcheck installed the normal way (the package in site-packages, not an editable finder), and checked
by mypy --strict.

The install is a bare virtual environment whose site-packages holds a copy of `validator` and a .pth line
to this environment's site-packages for the dependencies: what `pip install claimcheck` lays out, without
building a wheel.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from conftest import ROOT

USER_CODE = '''\
import pydoc

import validator
from validator import Report

claims = validator.extract("Sales rose 12% to 3 million cars.")
found: list[tuple[str, float, str]] = [(c.text, float(c.value), c.unit) for c in claims]
assert found == [("12%", 12.0, "percent"), ("3 million cars", 3000000.0, "vehicle")], found

text = ("Năm 2024, tổng doanh số xe điện toàn cầu đạt 17 triệu chiếc. Doanh số xe điện tại Trung Quốc "
        "năm 2024 đạt 12,866 triệu chiếc, chiếm 70,5% thị trường toàn cầu.")
report: Report = validator.check_text(text, "vi", path="draft.txt")
errors = [(f.rule, f.text, f.path) for f in report.findings if f.severity.value == "error"]
assert errors == [("NR101", "70,5%", "draft.txt")], errors
assert report.summary["error"] == 1
assert validator.check_text(text).documents[0].language == "vi"  # detected

page = pydoc.plain(pydoc.render_doc(validator))
assert "validator.extract(text, language=None)" in page
assert "check_text(text: 'str', language: 'str | None' = None, *, path: 'str | None' = None" in page
assert "Check the numbers of a text" in page
print("ok", validator.__file__)
'''


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Python whose site-packages holds claimcheck as a normal install would; returns its interpreter."""
    env = tmp_path_factory.mktemp("user-env")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True, capture_output=True)
    python = env / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    shutil.copytree(ROOT / "validator", Path(purelib) / "validator",
                    ignore=shutil.ignore_patterns("__pycache__"))
    (Path(purelib) / "claimcheck-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


@pytest.fixture
def user_file(tmp_path: Path) -> Path:
    project = tmp_path / "someone-elses-project"
    project.mkdir()
    path = project / "use_claimcheck.py"
    path.write_text(USER_CODE, encoding="utf-8")
    return path


def test_the_api_works_from_outside_the_repository(installed: Path, user_file: Path) -> None:
    result = subprocess.run([str(installed), "-I", str(user_file)], cwd=user_file.parent, capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("ok ")
    assert not result.stdout.split(" ", 1)[1].startswith(str(ROOT))  # the installed copy, not the checkout


def test_mypy_accepts_the_user_code_and_types_extract_as_the_function(installed: Path, user_file: Path) -> None:
    wrong = user_file.parent / "wrong.py"
    wrong.write_text("import validator\n\nvalidator.extract(12)\nvalidator.check_text('x', path=3)\n",
                     encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-incremental",
                             "--python-executable", str(installed), user_file.name, wrong.name],
                            cwd=user_file.parent, capture_output=True, text=True, timeout=300, check=False)
    lines = result.stdout.splitlines()
    assert not [line for line in lines if line.startswith(user_file.name)], result.stdout + result.stderr
    assert 'Argument 1 to "extract" has incompatible type "int"; expected "str"' in result.stdout, result.stdout
    assert 'Argument "path" to "check_text" has incompatible type "int"' in result.stdout, result.stdout
    assert "not callable" not in result.stdout and "Found 2 errors in 1 file (checked 2 source files)" in lines


def test_in_process_api_matches_the_cli_on_a_raw_article() -> None:
    import validator
    from validator.engine import check

    path = ROOT / "seeds" / "004_66577fc9424cfab6.txt"
    text = path.read_text(encoding="utf-8")
    from_text = validator.check_text(text, path=str(path))
    from_file = check([str(path)], __import__("validator.engine", fromlist=["Options"]).Options(raw=True))
    assert [(f.rule, f.start, f.message) for f in from_text.findings] == [
        (f.rule, f.start, f.message) for f in from_file.findings]
