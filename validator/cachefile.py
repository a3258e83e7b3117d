"""Tables kept between runs in the user's cache folder: what every process would otherwise build again.

A `Store` is one file, ``<cache folder>/<name>-<key>.bin``, holding a dict of plain values (``marshal``). Its
key is a hash of what the values depend on: the lexicon files, the package's code, the Python build and
whatever the caller adds (a library's version); a change to any of them starts a new file. The file is read
on first use, and written when the process ends, atomically (a temporary file renamed over it, so a reader
never sees half a file) and only when something was added. A cache folder that cannot be read or written
is no error: the values are built as if there were no cache. ``CLAIMCHECK_NO_CACHE=1`` turns it off.

The cache folder is ``$XDG_CACHE_HOME/claimcheck``, else ``~/.cache/claimcheck``.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["Store", "cache_dir", "enabled", "remembered"]

_FORMAT = 1
_KEEP = 2  # files of other keys kept per name (another installed version, another Python), newest first


def cache_dir() -> Path:
    """claimcheck's folder in the user's cache: ``$XDG_CACHE_HOME/claimcheck``, else ``~/.cache/claimcheck``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claimcheck"


def enabled() -> bool:
    return os.environ.get("CLAIMCHECK_NO_CACHE", "") in ("", "0")


_code_hash: str | None = None


def code_hash() -> str:
    """A hash of the package: its code, lexicon files and unit definitions, and the Python build."""
    global _code_hash
    if _code_hash is None:
        digest = hashlib.sha256(f"{_FORMAT} {sys.version} {sys.implementation.cache_tag}".encode())
        package = Path(__file__).resolve().parent
        files = sorted([*package.rglob("*.py"), *package.glob("lexicons/*.yaml"), package / "units.txt"])
        for path in files:
            try:
                data = path.read_bytes()
            except OSError:
                continue
            digest.update(str(path.relative_to(package)).encode() + b"\0" + hashlib.sha256(data).digest())
        _code_hash = digest.hexdigest()
    return _code_hash


class Store:
    """A dict kept in the cache folder between runs (see the module): ``get`` and ``put`` plain values."""

    def __init__(self, name: str, *key_parts: str) -> None:
        self.name = name
        self._key_parts = key_parts
        self._path: Path | None = None
        self._loaded: dict[Any, Any] | None = None
        self._new: dict[Any, Any] = {}
        self._registered = 0  # the process that registered the save at its exit

    @property
    def path(self) -> Path:
        if self._path is None:
            key = hashlib.sha256("\0".join([code_hash(), *self._key_parts]).encode()).hexdigest()[:32]
            self._path = cache_dir() / f"{self.name}-{key}.bin"
        return self._path

    def _stored(self) -> dict[Any, Any]:
        if self._loaded is None:
            self._loaded = {}
            if enabled():
                try:
                    with open(self.path, "rb") as handle:
                        loaded = marshal.load(handle)
                    if isinstance(loaded, dict):
                        self._loaded = loaded
                except Exception:  # missing, unreadable or damaged: build as usual
                    self._loaded = {}
        return self._loaded

    def get(self, key: Any) -> Any:
        found = self._new.get(key)
        return found if found is not None else self._stored().get(key)

    def put(self, key: Any, value: Any) -> None:
        if not enabled():
            return
        self._new[key] = value
        if self._registered != os.getpid():  # once per process (a forked worker registers its own)
            self._registered = os.getpid()
            atexit.register(self.save)
            try:  # a pool's worker process ends through multiprocessing's own exit, which atexit does not see
                from multiprocessing import util

                util.Finalize(None, self.save, exitpriority=0)
            except Exception:  # pragma: no cover
                pass

    def save(self) -> None:
        """Write what is stored with what this process added; silently nothing when the folder is not writable."""
        if not self._new or not enabled():
            return
        try:
            path = self.path
            path.parent.mkdir(parents=True, exist_ok=True)
            merged = {**self._stored(), **self._new}
            fd, tmp = tempfile.mkstemp(prefix=f".{self.name}-", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "wb") as handle:
                    marshal.dump(merged, handle)
                os.replace(tmp, path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
            self._loaded = merged
            self._new.clear()
            self._prune(path)
        except Exception:  # an unwritable or full cache folder: the next process builds again
            return

    def _prune(self, path: Path) -> None:
        """Remove this name's files of other keys but the newest few."""
        others = []
        for old in path.parent.glob(f"{self.name}-*.bin"):
            if old != path:
                try:
                    others.append((old.stat().st_mtime, old))
                except OSError:
                    continue
        for _, old in sorted(others, reverse=True)[_KEEP:]:
            try:
                old.unlink()
            except OSError:
                pass


_Fn = TypeVar("_Fn", bound=Callable[..., Any])
_SHARED: dict[str, Store] = {}


def remembered(name: str) -> Callable[[_Fn], _Fn]:
    """Keep a pure function's results between runs: ``fn(*args)`` of plain arguments (strings, numbers) is
    looked up in the `Store` ``name`` by a hash of its arguments, and computed and kept when not there. A
    result that is not a plain value (``marshal`` cannot write it) is returned but not kept."""

    def decorate(fn: _Fn) -> _Fn:
        store = _SHARED.get(name)
        if store is None:  # the functions remembered under one name share its file (each writer merges its own)
            store = _SHARED[name] = Store(name)

        @functools.wraps(fn)
        def wrapper(*args: Any) -> Any:
            plain = tuple(int(a) if isinstance(a, int) and type(a) not in (int, bool) else a for a in args)  # re flags
            try:
                key = hashlib.sha256(marshal.dumps((fn.__module__, fn.__qualname__, *plain))).digest()
            except ValueError:  # pragma: no cover - not plain arguments
                return fn(*args)
            found = store.get(key)
            if found is not None:
                return found[0]
            value = fn(*args)
            try:
                marshal.dumps(value)
            except ValueError:
                return value
            store.put(key, (value,))
            return value

        return wrapper  # type: ignore[return-value]

    return decorate
