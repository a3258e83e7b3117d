"""Atomic writes: every file claimcheck writes (reports, claim files, baselines) is replaced in one step.

The caller renders the whole content first; `write_atomic` then writes it to a temporary file in the
target's own folder, flushes it to disk and `os.replace`s the target with it. A crash, a kill or a
full disk leaves the old file or the new one, never an empty or half-written file. Beyond that:

- a symlink is written through: its target gets the new content and the link stays a link;
- FIFOs, devices, sockets and folders are refused (replacing them with a regular file is never what
  was meant; run as root, it replaced /dev/null);
- the file keeps its permission bits (a mode-600 claim file stays 600); a new file gets the usual
  0666 minus the umask, as `open()` would give it;
- a file that is an input of the same run is refused (`check A -o A` would destroy the article);
- with `expect`, a file that changed since it was read (modification time, size or SHA-256 differ)
  is refused: `extract --update` spends seconds merging, and a reviewer's edit saved meanwhile must
  not be dropped silently. The check runs just before the replace; the window left is the replace
  itself.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from validator.errors import InputError
from validator.safety import safe_line

__all__ = ["FileStamp", "file_stamp", "writable_target", "write_atomic"]


@dataclass(frozen=True)
class FileStamp:
    """What a file was when it was read: modification time (ns), size and SHA-256 of its bytes."""

    mtime_ns: int
    size: int
    sha256: str


def file_stamp(path: str | os.PathLike[str]) -> FileStamp | None:
    """The stamp of the file at `path` now (None when there is no such file)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a FIFO must not block the run
        with open(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                return FileStamp(info.st_mtime_ns, info.st_size, "")
            digest = hashlib.sha256()
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", safe_line(os.fspath(path))) from exc
    return FileStamp(info.st_mtime_ns, info.st_size, digest.hexdigest())


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _same_file(a: str | os.PathLike[str], b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def writable_target(
    path: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]] = ()
) -> tuple[Path, os.stat_result | None]:
    """The file a write to `path` replaces (symlinks followed) and its current state; `InputError` when
    it is a folder, a FIFO, device or socket, or one of `inputs`. For checking many targets up front."""
    shown = safe_line(os.fspath(path))
    target = Path(os.path.realpath(path))  # through symlinks (a dangling link: its target is created)
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror or exc}", shown) from exc
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError("is a folder: refusing to write a file over it", shown)
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise InputError("is not a regular file (a FIFO, device or socket): refusing to replace it", shown)
    if info is not None and any(_same_file(p, target) for p in inputs):
        raise InputError("is an input of this run: refusing to write over it", shown)
    return target, info


def write_atomic(
    path: str | os.PathLike[str],
    text: str,
    *,
    inputs: Iterable[str | os.PathLike[str]] = (),
    expect: FileStamp | None = None,
    parents: bool = False,
) -> Path:
    """Replace the file at `path` with `text` (UTF-8, "\\n" newlines) in one step; returns the file written.

    Raises `InputError` naming `path` when the target is not a regular file, is one of `inputs`, changed
    since `expect` was taken, or cannot be written. `parents` creates missing folders.
    """
    shown = safe_line(os.fspath(path))
    target, info = writable_target(path, inputs)
    if parents:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create the folder: {exc.strerror or exc}", shown) from exc
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: nothing was written
        raise InputError(f"cannot write: character {exc.start} is not encodable as UTF-8", shown) from exc
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write here: {exc.strerror or exc}", shown) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            os.fchmod(handle.fileno(), mode)
        if expect is not None and file_stamp(target) != expect:
            raise InputError("changed since it was read (someone saved it meanwhile): not written; "
                             "run the command again to include that edit", shown)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write: {exc.strerror or exc}", shown) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (best effort)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
