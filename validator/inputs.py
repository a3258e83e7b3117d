"""Which files a run checks, and how: the same set of paths gives the same inputs in any order.

Given paths (files and folders), `resolve_inputs` returns the claim files and raw articles to check:

- Folders are walked (hidden entries, `__pycache__` and `node_modules` skipped, symlinked folders not
  entered; `*.egg-info` too). A walked `.yaml`/`.yml` is a claim file only if it has a top-level `article:` key, and a
  walked `.json` is an article only if it has a `"content"` key: a workflow, a lexicon, a rule case or
  a JSON report found in a folder is not an input. Files named on the command line are taken as given.
- `exclude` globs (from `[tool.claimcheck]`, relative to its pyproject.toml) drop walked files (except in
  a folder named although excluded: `check eval/docs` with `exclude = ["eval/"]` walks it); with
  `force_exclude` (the pre-commit hook) they drop files named on the command line too, as ruff does.
- An article that has a claim file is judged through it, so its reviewed claims, relations and
  accepted findings apply: the claim file replaces the article (one given in the same run, or else one
  found in the project whose `article:` names it). `raw=True` reads every article as raw text instead.
- `claims_only` (the pre-commit hook): files that are neither claim files nor articles of one are
  ignored, so a commit of a README or a workflow is not an input error.
- Duplicates (the same file by two names) are dropped, names are normalised ("./a/../b" is "b") and the
  result is sorted, so argument order never changes what is checked.
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from validator.confine import is_inside, outside_message, project_root
from validator.limits import DEFAULT_LIMITS, Limits
from validator.model import InputProblem

__all__ = ["ARTICLE_SUFFIXES", "CLAIM_SUFFIXES", "Inputs", "excluded", "resolve_inputs", "walk"]

CLAIM_SUFFIXES = (".yaml", ".yml")
ARTICLE_SUFFIXES = (".txt", ".md", ".json")
SKIPPED_FOLDERS = frozenset({"__pycache__", "node_modules", "site-packages"})
_SNIFF_BYTES = 1 << 20  # a claim file's `article:` key is read from its first MiB (it is near the top)
_ARTICLE_KEY = re.compile(r"""^article[ \t]*:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^#\n]*?))[ \t]*(?:#.*)?$""",
                          re.MULTILINE)
_CONTENT_KEY = re.compile(r'"content"\s*:')


@dataclass
class Inputs:
    """The files to check (claim files and raw articles, sorted) and the walked files refused."""

    files: list[str] = field(default_factory=list)
    refused: list[InputProblem] = field(default_factory=list)
    via_claim_file: dict[str, list[str]] = field(default_factory=dict)  # article given -> claim files


def _head(path: str | os.PathLike[str]) -> str:
    if not os.path.isfile(path):  # a FIFO or a device would block or never end: the loader refuses those
        return ""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return handle.read(_SNIFF_BYTES)
    except OSError:
        return ""


def claimed_article(claim_file: str | os.PathLike[str]) -> str | None:
    """The article a claim file names (its `article:` key, resolved from the claim file's folder, real
    path), read without parsing the YAML; None when it names none."""
    match = _ARTICLE_KEY.search(_head(claim_file))
    if match is None:
        return None
    value = next((g for g in match.groups() if g is not None), "").strip()
    if not value:
        return None
    return os.path.realpath(os.path.join(os.path.dirname(os.path.abspath(claim_file)), value))


def _is_article_json(path: Path) -> bool:
    return bool(_CONTENT_KEY.search(_head(path)))


def excluded(path: str | os.PathLike[str], patterns: Sequence[str], base: str | os.PathLike[str] | None) -> bool:
    """Whether `path` matches an `exclude` glob: against its path relative to `base` (the config's folder),
    or any folder above it, or (for a pattern without "/") any one name in it. "tests/", "tests" and
    "tests/**" all exclude the folder tests."""
    if not patterns:
        return False
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute, base) if base is not None else absolute
    if rel.startswith(".."):
        rel = absolute
    parts = PurePosixPath(rel.replace(os.sep, "/")).parts
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for raw in patterns:
        pattern = raw.strip().removeprefix("./").rstrip("/")
        if pattern.endswith("/**"):
            pattern = pattern[:-3]
        if not pattern:
            continue
        if "/" in pattern:
            if any(fnmatch.fnmatchcase(p, pattern) for p in prefixes):
                return True
        elif any(fnmatch.fnmatchcase(name, pattern) for name in parts):
            return True
    return False


def walk(folder: Path) -> Iterator[Path]:
    """Claim files and articles below `folder` by suffix; hidden entries skipped, symlinked folders not
    entered. Iterative, so that a folder nested thousands deep costs no stack."""
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.name in SKIPPED_FOLDERS or entry.name.endswith(".egg-info"):
                continue
            child = current / entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(child)
                elif child.suffix.lower() in CLAIM_SUFFIXES + ARTICLE_SUFFIXES and child.is_file():
                    yield child
            except OSError:
                continue


def _ours(path: Path) -> bool:
    """Whether a walked file is a claim file or an article (see the module docstring)."""
    suffix = path.suffix.lower()
    if suffix in CLAIM_SUFFIXES:
        return claimed_article(path) is not None
    if suffix == ".json":
        return _is_article_json(path)
    return True


def _expand(paths: Iterable[str | os.PathLike[str]], limits: Limits, exclude: Sequence[str],
            base: str | None, force_exclude: bool) -> tuple[list[str], list[InputProblem]]:
    out: list[str] = []
    refused: list[InputProblem] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            root = project_root(p / "_")
            named = excluded(p, exclude, base)  # a folder named although excluded: the user's choice, walked whole
            for child in sorted(walk(p)):
                if not named and excluded(child, exclude, base):
                    continue
                if not (limits.allow_outside or is_inside(child, root)):  # refused before a byte of it is read
                    refused.append(InputProblem(path=str(child), message=outside_message(
                        "file path", os.path.realpath(child))))
                elif _ours(child):
                    out.append(str(child))
        elif not (force_exclude and excluded(p, exclude, base)):
            out.append(str(p))
    return out, refused


class _ClaimIndex:
    """The claim files of a project by the article they name (built once, on first use)."""

    def __init__(self, exclude: Sequence[str], base: str | None, limits: Limits) -> None:
        self.exclude, self.base, self.limits = exclude, base, limits
        self.by_root: dict[Path, dict[str, list[str]]] = {}

    def claim_files_of(self, article: str) -> list[str]:
        root = project_root(article)
        if root not in self.by_root:
            index: dict[str, list[str]] = {}
            for child in sorted(walk(root)):
                if child.suffix.lower() not in CLAIM_SUFFIXES or excluded(child, self.exclude, self.base):
                    continue
                if not self.limits.allow_outside and not is_inside(child, root):
                    continue
                target = claimed_article(child)
                if target is not None:
                    index.setdefault(target, []).append(_shown(child))
            self.by_root[root] = index
        return self.by_root[root].get(os.path.realpath(article), [])


def _shown(path: str | os.PathLike[str]) -> str:
    """A found file as the run names it: relative to the working directory when inside it."""
    absolute = os.path.abspath(path)
    rel = os.path.relpath(absolute)
    return absolute if rel.startswith("..") else rel


def resolve_inputs(paths: Iterable[str | os.PathLike[str]], limits: Limits = DEFAULT_LIMITS, *,
                   exclude: Sequence[str] = (), exclude_base: str | os.PathLike[str] | None = None,
                   force_exclude: bool = False, claims_only: bool = False, raw: bool = False) -> Inputs:
    """The files a run checks, in a canonical order (see the module docstring)."""
    base = os.fspath(exclude_base) if exclude_base is not None else None
    files, refused = _expand(paths, limits, exclude, base, force_exclude)
    claim_files = [f for f in files if f.lower().endswith(CLAIM_SUFFIXES)]
    articles = [f for f in files if not f.lower().endswith(CLAIM_SUFFIXES)]
    if claims_only:
        claim_files = [f for f in claim_files if claimed_article(f) is not None]
    result = Inputs(refused=refused)
    chosen: dict[str, set[str]] = {}  # real path -> the names it was given by (the first in sort order wins)
    given_for: dict[str, list[str]] = {}
    for f in claim_files:
        chosen.setdefault(os.path.realpath(f), set()).add(os.path.normpath(f))
        target = claimed_article(f)
        if target is not None:
            given_for.setdefault(target, []).append(f)
    index = _ClaimIndex(exclude, base, limits)
    for article in articles:
        real = os.path.realpath(article)
        if not raw:
            through = given_for.get(real) or index.claim_files_of(article)
            if through:
                result.via_claim_file[article] = sorted(through)
                for f in through:
                    chosen.setdefault(os.path.realpath(f), set()).add(os.path.normpath(f))
                continue
        if not claims_only:
            chosen.setdefault(real, set()).add(os.path.normpath(article))
    def order(name: str) -> tuple[str, str]:
        return os.path.normpath(name), name

    result.files = sorted((min(names, key=order) for names in chosen.values()), key=order)
    return result
