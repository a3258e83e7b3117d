"""Shared test setup: hypothesis profiles (`ci` fast and the default, `dev` deeper), the repo root, and a
private copy of seed 000 with its claim file (so tests may edit the article).

Pick a profile with HYPOTHESIS_PROFILE=dev. Registration is guarded so importing this twice is harmless.
"""

from __future__ import annotations

import os
import shutil
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
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = REPO_ROOT
SEED = "000_14163ac49786d80a"


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
