"""Figures listed after a breakdown cue that are not parts of the whole: a bound each of several things keeps
("其中大部分省份开采配额都不及万吨"), and counts of nested classes ("264家…毛利率超过50%，91家…超过70%"), which
overlap and never add up. Also where a breakdown's whole stands when the cue's sentence names none: a list a
colon announces ("Cơ cấu thu gồm: …") breaks down the figure of the sentence before.
"""

from __future__ import annotations

import re

from validator.extract.context import Sentence
from validator.lexicon import WordHit
from validator.link.restatements.figures import distributive_words
from validator.link.scope import Scope, end, start
from validator.model import Claim


def each_bound(scope: Scope, c: Claim) -> bool:
    """A bound each of several things keeps, not one part: the only figure after a distributive word in its
    clause ("其中大部分省份开采配额都不及万吨", "most of them each below 10,000 t")."""
    lo, hi = scope.clause_of(c)
    near = start(c) - (8 if scope.phrases.han else 16)  # the word governs the figure's verb: "都不及", "均被罚款"
    words = distributive_words(scope, max(lo, near, scope.after_previous(c)), start(c))
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


def announced(scope: Scope, sentence: Sentence, hit: WordHit) -> bool:
    """"Cơ cấu thu gồm: thu nội địa …", "收入构成为：…", "Revenue was made up of: …": a sentence whose words before
    the cue name no figure, and whose list the colon announces, breaks down the figure of the sentence before."""
    if not re.match(r"\s*[:：]", scope.text[hit.end:hit.end + 3]):
        return False
    return not scope.starting_in(sentence.start, hit.start) and not _CLAUSE_BREAK.search(
        scope.text, sentence.start, hit.start)


# a clause break before the cue: the words there are a clause of their own, not the list's subject
_CLAUSE_BREAK = re.compile(r"\s*[,，;；]")
