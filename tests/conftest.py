"""Shared test setup: hypothesis profiles (`ci` fast and the default, `dev` deeper), the repo root, a
private copy of seed 000 with its claim file (so tests may edit the article), and `needs_shared` for the
tests that read `../shared` (beside the repository, not in it).

The tests keep claimcheck's table cache in a private folder (XDG_CACHE_HOME, removed when the session ends),
so a test run never writes to the user's cache and starts from an empty one.

Pick a profile with HYPOTHESIS_PROFILE=dev. Registration is guarded so importing this twice is harmless.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.errors import InvalidArgument

REPO_ROOT = Path(__file__).resolve().parent.parent


def _register_profiles() -> None:
    # "dev" is ours alone ("ci" is also a name hypothesis itself may define), so it tells whether this ran.
    try:
        settings.get_profile("dev")
        return  # already registered by an earlier import
    except InvalidArgument:
        pass
    settings.register_profile("ci", max_examples=60, deadline=None)
    settings.register_profile("dev", max_examples=1000, deadline=None)


_register_profiles()

_CACHE_HOME = tempfile.mkdtemp(prefix="claimcheck-test-cache-")
os.environ["XDG_CACHE_HOME"] = _CACHE_HOME  # read when a cache is first used; subprocesses inherit it


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_CACHE_HOME, ignore_errors=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = REPO_ROOT
SEED = "000_14163ac49786d80a"
SHARED = REPO_ROOT.parent / "shared"


def needs_shared(*parts: str) -> pytest.MarkDecorator:
    """Mark a test that reads ``../shared/<parts>``. When that is missing the test is skipped with a reason
    that names it, and the run ends with a banner listing every such skip; under CI (``CI=true``) the test
    fails instead, since CI must check what these tests check."""
    return pytest.mark.needs_shared(SHARED.joinpath(*parts))


_MISSING_SHARED: dict[Path, list[str]] = {}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs_shared(path): the test reads this path of ../shared")


def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("needs_shared"):
        path = Path(mark.args[0])
        if path.exists():
            continue
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"{path} is missing: CI=true needs ../shared beside the repository", pytrace=False)
        _MISSING_SHARED.setdefault(path, []).append(item.nodeid)
        pytest.skip(f"MISSING {path} (../shared beside the repository): this test did not run")


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _MISSING_SHARED:
        return
    count = sum(len(ids) for ids in _MISSING_SHARED.values())
    terminalreporter.write_sep("!", f"{count} tests did not run: ../shared is missing parts", red=True, bold=True)
    for path, ids in sorted(_MISSING_SHARED.items()):
        terminalreporter.write_line(f"missing {path}: {len(ids)} tests skipped ({', '.join(ids[:3])}"
                                    f"{', …' if len(ids) > 3 else ''})", red=True)


def make_project(folder: Path) -> Path:
    """Mark `folder` as a project root (a pyproject.toml): claim files below it may name articles in it."""
    marker = folder / "pyproject.toml"
    if not marker.exists():
        marker.write_text("# a project root for claimcheck's confinement (validator.confine)\n", encoding="utf-8")
    return folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """tmp_path as a project root (see `make_project`)."""
    return make_project(tmp_path)


@pytest.fixture
def seed_copy(tmp_path: Path) -> tuple[Path, Path]:
    """(article, claim file) copies in tmp_path/seeds and tmp_path/claims; `article:` points at the copy."""
    make_project(tmp_path)
    seeds, claims = tmp_path / "seeds", tmp_path / "claims"
    seeds.mkdir()
    claims.mkdir()
    article = seeds / f"{SEED}.txt"
    shutil.copy(ROOT / "seeds" / f"{SEED}.txt", article)
    claim_file = claims / f"{SEED}.yaml"
    shutil.copy(ROOT / "claims" / f"{SEED}.yaml", claim_file)
    text = claim_file.read_text(encoding="utf-8")
    assert f"article: ../seeds/{SEED}.txt" in text  # the copy keeps the same relative layout
    return article, claim_file


@pytest.fixture
def edit() -> Callable[[Path, str, str], None]:
    def replace(path: Path, old: str, new: str) -> None:
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        path.write_text(text.replace(old, new), encoding="utf-8")

    return replace


# the hostile-input tests: a small consistent article, and `claimcheck` run in-process
GOOD = "Global sales reached 17 million vehicles. China sold 12.866 million vehicles, 75.7% of the total.\n"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """(exit status, stdout, stderr) of `claimcheck ARGV` run in this process."""
    from validator.cli import main

    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err
