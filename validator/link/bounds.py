"""Figures listed after a breakdown cue that are not parts of the whole: a bound each of several things keeps
("其中大部分省份开采配额都不及万吨"), and counts of nested classes ("264家…毛利率超过50%，91家…超过70%"), which
overlap and never add up.
"""

from __future__ import annotations

from validator.lexicon import word_table
from validator.link.scope import Scope, end, start
from validator.model import Claim


def each_bound(scope: Scope, c: Claim) -> bool:
    """A bound each of several things keeps, not one part: the only figure after a distributive word in its
    clause ("其中大部分省份开采配额都不及万吨", "most of them each below 10,000 t")."""
    lo, hi = scope.clause_of(c)
    near = start(c) - (8 if scope.phrases.han else 16)  # the word governs the figure's verb: "都不及", "均被罚款"
    words = word_table(scope.lang, "relations", "distributive").scan(
        scope.text, max(lo, near, scope.after_previous(c)), start(c))
    return bool(words) and len(scope.starting_in(words[-1].end, hi)) == 1


def nested_classes(scope: Scope, parts: list[Claim]) -> bool:
    """Counts of nested classes, not disjoint parts: each part followed by a threshold of one measure, bounded
    the same way at different levels ("264家…毛利率超过50%，91家…超过70%，19家…突破90%")."""
    bounds: dict[tuple[str, str], set[object]] = {}
    for c, nxt in zip(parts, [*parts[1:], None], strict=True):
        hi = start(nxt) if nxt is not None else scope.clause_of(c)[1]
        for o in scope.starting_in(end(c), hi):
            if o.hedge in ("over", "under") and o.unit != c.unit:
                bounds.setdefault((o.unit, o.hedge), set()).add(o.value)
                break
    return any(len(values) >= 2 for values in bounds.values())
