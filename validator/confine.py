"""Confinement: a claim file, a config or a folder walk may only make claimcheck read inside the project.

A claim file in a pull request is untrusted. Its `article:` could name `/etc/passwd`, climb out with
`../../secret.txt` or go through a committed symlink, and the report (a CI log, an HTML artifact)
would show the file. So every path that an input file names, and every file a folder walk finds, must
resolve — after symlinks — inside the project root:

- the project root of a file is the nearest folder above it holding `pyproject.toml` (where the
  config lives) or `.git` (its repository); without either, the file's own folder;
- confined: `article:` of a claim file, the claim files that `stem#id` references load, baselines
  (named in `[tool.claimcheck]` or given with `--baseline`), and the files found by walking a folder;
- not confined: a path typed on the command line (the user chose it);
- `--allow-outside` lifts the rule for local use. It is a command-line flag only, never a config key,
  so that a pull request cannot turn it on.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["is_inside", "outside_message", "project_root", "repository_root"]

MARKERS = ("pyproject.toml", ".git")


def _root_of_folder(folder: str) -> str:
    here = Path(folder)
    for candidate in (here, *here.parents):
        if any(os.path.lexists(candidate / marker) for marker in MARKERS):
            return str(candidate)
    return folder


def project_root(path: str | os.PathLike[str]) -> Path:
    """The project a file belongs to (see the module docstring), as an absolute path without symlinks.

    Found from where the file is named (a claim file that is itself a symlink belongs to the project
    that holds the link: `article:` is read relative to the link's folder too).
    """
    folder = os.path.dirname(os.path.abspath(path))
    return Path(os.path.realpath(_root_of_folder(folder)))


def is_inside(path: str | os.PathLike[str], root: str | os.PathLike[str]) -> bool:
    """Whether `path`, after symlinks, is `root` or lies below it."""
    real = os.path.realpath(path)
    base = os.path.realpath(root)
    return real == base or real.startswith(base.rstrip(os.sep) + os.sep)


def outside_message(what: str, path: str) -> str:
    """The refusal: "article path outside the project: '../../x' (...)"."""
    return f"{what} outside the project: {path!r} (pass --allow-outside to read it anyway)"


def repository_root(start: str | os.PathLike[str] | None = None) -> Path:
    """The repository `start` (default: the working directory) is in: the nearest folder above it with
    `.git`, else its project root (`pyproject.toml`), else `start` itself. Absolute, without symlinks."""
    here = Path(os.path.realpath(start if start is not None else os.getcwd()))
    for candidate in (here, *here.parents):
        if os.path.lexists(candidate / ".git"):
            return candidate
    return Path(os.path.realpath(_root_of_folder(str(here))))
