"""Alternatives: the options, schemes or scenarios a text lays side by side, each named by its label.

"在方案一中，…覆盖70%居民家庭…。在方案二中，…覆盖80%居民用户…", "Under Option A … 70% … Under Option B … 80%",
"in the first scenario … the second scenario", "theo phương án 1 … phương án 2", "kịch bản thứ nhất … thứ hai":
each alternative is a subject of its own, so a figure of one is never a figure of another stated again. A
figure belongs to the alternative named last before it in its paragraph (the lexicon's `relations.alternative`
regex, its label read through `relations.alternative_labels`: "一", "1", "first" and "one" are one label).
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref

from validator.lexicon import section
from validator.link.scope import Scope, start
from validator.model import Claim
from validator.scan.multiscan import MultiScan

_GROUPS = ("label", "word", "nth", "name")
_HITS: weakref.WeakKeyDictionary[Scope, tuple[list[int], list[str]]] = weakref.WeakKeyDictionary()


@functools.cache
def _pattern(language: str) -> re.Pattern[str] | None:
    regex = section(language, "relations", "alternative")
    return re.compile(regex) if regex else None


@functools.cache
def _scan(language: str) -> MultiScan | None:
    # the regex's own finditer tries every place of the article; a gated scan finds the same matches 2-5x faster
    pattern = _pattern(language)
    return MultiScan([pattern]) if pattern is not None else None


@functools.cache
def _labels(language: str) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in (section(language, "relations", "alternative_labels") or {}).items()}


def _hits(scope: Scope) -> tuple[list[int], list[str]]:
    """Where each alternative is named in the text (its start) and its label, in text order (read once)."""
    found = _HITS.get(scope)
    if found is None:
        starts: list[int] = []
        names: list[str] = []
        pattern, scan = _pattern(scope.lang), _scan(scope.lang)
        if pattern is not None and scan is not None:
            labels = _labels(scope.lang)
            for m in scan.scan(scope.text)[0]:
                raw = next((m.group(g) for g in _GROUPS if g in pattern.groupindex and m.group(g)), None)
                if raw is None:
                    continue
                word = raw.lower()
                starts.append(m.start())
                names.append(labels.get(word, str(int(word)) if word.isdigit() else word))
        found = _HITS[scope] = (starts, names)
    return found


def alternative(scope: Scope, c: Claim) -> str | None:
    """The label of the alternative `c` belongs to: the one named last before it in its paragraph, or None."""
    starts, names = _hits(scope)
    if not starts:
        return None
    i = bisect.bisect_right(starts, start(c)) - 1
    if i < 0 or scope.sentence_of(starts[i]).paragraph != scope.paragraph(c):
        return None
    return names[i]


def alternatives(scope: Scope, claims: list[Claim]) -> dict[str, str]:
    """The label of the alternative each of `claims` belongs to, by id (only those that belong to one; {} when the
    text names none, read once for a whole search)."""
    if not _hits(scope)[0]:
        return {}
    return {c.id: label for c in claims if (label := alternative(scope, c)) is not None}


def alternatives_differ(labels: dict[str, str], a: Claim, b: Claim) -> bool:
    """Whether `a` and `b` belong to two different alternatives (two subjects, never one figure), by the labels
    `alternatives` read."""
    la, lb = labels.get(a.id), labels.get(b.id)
    return la is not None and lb is not None and la != lb
