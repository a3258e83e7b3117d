"""Shared fixtures: a private copy of seed 000 and its claim file, so tests may edit the article."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = "000_14163ac49786d80a"


@pytest.fixture
def seed_copy(tmp_path: Path) -> tuple[Path, Path]:
    """(article, claim file) copies in tmp_path/seeds and tmp_path/claims; `article:` points at the copy."""
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
