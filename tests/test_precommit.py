"""The pre-commit hook (issue 11, item 1), run by the real `pre-commit` in a temporary git repository.

The hook is the one in .pre-commit-hooks.yaml, used as a local hook (`language: system`, the entry's
`claimcheck` being this environment's) so that pre-commit does not build an environment from the network;
its `entry`, `files`, `types` and `require_serial` are the published hook's. Each case stages files and runs
`pre-commit run` (the staged files, as at `git commit`). Slow-ish (about a second per case): marked `hook`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SEED

BIN = Path(sys.executable).parent
PRE_COMMIT = shutil.which("pre-commit", path=str(BIN)) or shutil.which("pre-commit")
pytestmark = [pytest.mark.skipif(PRE_COMMIT is None or shutil.which("git") is None,
                                 reason="pre-commit (the dev extra) and git are needed"), pytest.mark.hook]
OTHER = "001_79bfc96b3ef1994c"  # its claim file refers to 000_…#cn-penetration-2024


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("newsroom")
    for folder, suffix in (("seeds", ".txt"), ("claims", ".yaml")):
        (repo / folder).mkdir()
        for stem in (SEED, OTHER):
            shutil.copy(ROOT / folder / f"{stem}{suffix}", repo / folder / f"{stem}{suffix}")
    (repo / "drafts").mkdir()
    (repo / "README.md").write_text("# Newsroom\n\nSales of 17 million, 70.5% of 12 million.\n", encoding="utf-8")
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "ci.yml").write_text("on: push\njobs: {}\n", encoding="utf-8")
    (repo / "pyproject.toml").write_text('[tool.claimcheck]\nexclude = ["drafts/"]\n', encoding="utf-8")
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    claimcheck = shutil.which("claimcheck", path=str(BIN))
    assert claimcheck is not None and hook["entry"].startswith("claimcheck ")
    local = {**hook, "language": "system", "entry": claimcheck + hook["entry"].removeprefix("claimcheck")}
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "editor@example.com")
    git(repo, "config", "user.name", "Editor")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "articles and their reviewed claim files")
    return repo


def pre_commit(repo: Path, tmp_path: Path, changes: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Write `changes` (path -> text), stage them, run the hook on the staged files, then undo them."""
    try:
        for name, text in changes.items():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            (repo / name).write_text(text, encoding="utf-8")
        git(repo, "add", "-A")
        env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "NO_COLOR": "1"}
        return subprocess.run([str(PRE_COMMIT), "run", "--color", "never"], cwd=repo, env=env,
                              capture_output=True, text=True, timeout=120, check=False)
    finally:
        git(repo, "reset", "-q", "--hard")
        git(repo, "clean", "-qfd")


def article(repo: Path, old: str = "", new: str = "") -> str:
    text = (repo / "seeds" / f"{SEED}.txt").read_text(encoding="utf-8")
    assert not old or text.count(old) == 1
    return text.replace(old, new)


def test_an_unrelated_commit_passes(repo: Path, tmp_path: Path) -> None:
    # was exit 2: the workflow and the README were read as articles or claim files
    result = pre_commit(repo, tmp_path, {".github/workflows/ci.yml": "on: [push, pull_request]\njobs: {}\n",
                                         "README.md": "# Newsroom\n\nNow 18 million, 70.5% of 12 million.\n"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "claimcheck" in result.stdout and "Passed" in result.stdout


def test_an_edited_article_is_judged_through_its_claim_file(repo: Path, tmp_path: Path) -> None:
    # was exit 1: the raw article's NR101, although the claim file accepts that finding
    edited = article(repo) + "\nMột đoạn mới không có con số.\n"
    result = pre_commit(repo, tmp_path, {f"seeds/{SEED}.txt": edited})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_a_changed_number_in_an_article_fails_as_a_stale_claim(repo: Path, tmp_path: Path) -> None:
    # was exit 0, while `claimcheck check claims/` then failed with ST401
    result = pre_commit(repo, tmp_path, {f"seeds/{SEED}.txt": article(repo, "17 triệu", "18 triệu")})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "ST401" in result.stdout and "Failed" in result.stdout


def test_a_changed_claim_file_is_checked(repo: Path, tmp_path: Path) -> None:
    claims = (repo / "claims" / f"{SEED}.yaml").read_text(encoding="utf-8")
    result = pre_commit(repo, tmp_path, {f"claims/{SEED}.yaml": claims.replace("article: ", "article: ./", 1)})
    assert result.returncode == 0, result.stdout + result.stderr
    broken = claims.replace(f"article: ../seeds/{SEED}.txt", "article: ../seeds/missing.txt")
    result = pre_commit(repo, tmp_path, {f"claims/{SEED}.yaml": broken})
    assert result.returncode == 2 or "missing.txt" in result.stdout, result.stdout + result.stderr
    assert result.returncode != 0 and "missing.txt" in result.stdout


def test_exclude_globs_of_the_project_hold(repo: Path, tmp_path: Path) -> None:
    draft = "article: ../seeds/missing.txt\nlanguage: vi\nclaims: []\n"
    result = pre_commit(repo, tmp_path, {"drafts/wip.yaml": draft})
    assert result.returncode == 0, result.stdout + result.stderr
    result = pre_commit(repo, tmp_path, {"review/wip.yaml": draft})  # not excluded: the broken draft fails
    assert result.returncode == 2 or "missing.txt" in result.stdout
    assert result.returncode != 0
