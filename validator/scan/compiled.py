"""Compiled regexes kept between runs: the regex engine's code for the large table patterns, on disk.

The numeral grammars, period templates and lexicon word tables are a thousand regexes, some of them
alternations of thousands of words; parsing and compiling them costs about two seconds of CPU in every
process that reads an article (the matching itself is cheap). `compile` does what ``re.compile`` does, and
keeps the engine's code of each pattern it compiles in the user's cache folder (`validator.cachefile`), so
that the next process hands the stored code straight to the engine: the same compiled pattern, without the
parse. The file is keyed by the package's code and lexicons and by the regex engine's version.
"""

from __future__ import annotations

import array
import importlib
import re
from typing import Any

from validator.cachefile import Store

__all__ = ["compile", "compile_parsed", "lookup_parsed"]

_sre: Any = importlib.import_module("_sre")
_p: Any = importlib.import_module("re._parser")
_sc: Any = importlib.import_module("re._compiler")

# (source, flags) -> (flags, code as bytes, groups, groupindex, indexgroup): what the engine is handed
_STORE = Store("regex", str(_sre.MAGIC), str(_sre.CODESIZE))
_made: dict[tuple[str, int], re.Pattern[str]] = {}  # this process's patterns, each compiled once


def _entry(parsed: Any, flags: int) -> tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]:
    """What ``re._compiler.compile`` hands the engine for a parsed pattern."""
    code = _sc._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array.array("I", code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _build(source: str | None, entry: tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
           ) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    pattern: re.Pattern[str] = _sre.compile(source, flags, array.array("I", code).tolist(), groups,
                                            dict(groupindex), tuple(indexgroup))
    return pattern


def _stored(key: tuple[str, int], source: str | None) -> re.Pattern[str] | None:
    made = _made.get(key)
    if made is None:
        entry = _STORE.get(key)
        if entry is not None:
            try:
                made = _made[key] = _build(source, entry)
            except Exception:  # a damaged entry, or an engine that takes its code otherwise: compile again
                return None
    return made


def _compile(key: tuple[str, int], source: str | None, parsed: Any, flags: int) -> re.Pattern[str]:
    entry = _entry(parsed, flags)
    try:
        pattern = _build(source, entry)
    except Exception:  # pragma: no cover - an engine that takes its code otherwise: compile as re does
        compiled: re.Pattern[str] = _sc.compile(parsed if source is None else source, flags)
        return compiled
    _STORE.put(key, entry)
    _made[key] = pattern
    return pattern


def compile(source: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name and meaning
    """``re.compile(source, flags)``, from the stored code when this pattern was compiled before."""
    flags = int(flags)
    key = (source, flags)
    found = _stored(key, source)
    if found is not None:
        return found
    if flags & re.DEBUG:
        return re.compile(source, flags)
    return _compile(key, source, _p.parse(source, flags), flags)


def lookup_parsed(key: str, flags: int) -> re.Pattern[str] | None:
    """The pattern `compile_parsed` compiled under ``key`` before (in this process or, stored, in an earlier
    one), or None: lets a caller skip parsing and changing the pattern."""
    return _stored(("\0" + key, int(flags)), None)


def compile_parsed(key: str, parsed: Any, flags: int) -> re.Pattern[str]:
    """``re._compiler.compile(parsed, flags)`` for a pattern parsed and then changed (the guarded patterns of
    `validator.scan.multiscan`); ``key`` names it uniquely (its source and the change)."""
    flags = int(flags)
    found = _stored(("\0" + key, flags), None)
    if found is not None:
        return found
    return _compile(("\0" + key, flags), None, parsed, flags)
