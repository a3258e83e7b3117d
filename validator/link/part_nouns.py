"""Whether a number written without a unit word in a breakdown is a part of the whole's kind.

A bare number in a breakdown has the whole's unit ("Of these, 158,300 went to Europe": its unit is elided); a
small bare number is more likely a count of something else ("12 brands"). A part counts what its whole counts:
a bare number that counts a noun of its own right after it (`relations.own_noun`: "46 địa phương", "2 đầu kênh
đào" of "25 quốc gia", "46 localities") or the group the figure right after it belongs to ("46 địa phương là
9.682 người", "18 ministries with 10,218 people") counts localities or ends, not the whole's people or
countries. (zh writes a measure word after the numeral, which names what it counts: see `parts._counted`.)
"""

from __future__ import annotations

import functools
import re

from validator.lexicon import alternation, section
from validator.link.scope import Scope, compatible, end, start
from validator.model import Claim

# what may not stand between a bare number and the figure of its group: a list separator or a sentence's end
_LIST_GAP = re.compile(r"[;；、。\n]")


def takes_whole_unit(scope: Scope, c: Claim, whole: Claim, fits_unit: bool) -> bool:
    """Whether `c`, of no unit the whole's fits, is a bare number whose unit is elided and is the whole's."""
    return not fits_unit and scope.bare(c) and c.value * 1000 >= whole.value and not own_noun(scope, c) \
        and not group_of(scope, c, whole)


def own_noun(scope: Scope, c: Claim) -> bool:
    """Whether a number written without a unit word has a noun of its own right after it, which it counts
    (`relations.own_noun`), not a verb or a preposition, after which its unit is elided."""
    pattern = _own_noun(scope.lang)
    return pattern is not None and pattern.match(scope.text, end(c), min(len(scope.text), end(c) + 40)) is not None


@functools.cache
def _own_noun(language: str) -> re.Pattern[str] | None:
    regex = section(language, "relations", "own_noun")
    return re.compile(regex, re.IGNORECASE) if regex else None


def group_of(scope: Scope, c: Claim, whole: Claim) -> bool:
    """Whether a number written without a unit word counts the group that a figure of the whole's kind right
    after it in its phrase belongs to ("46 địa phương là 9.682 người"): that figure is the part. Not the whole
    itself ("1.24 million of the 3.41 million cars"), nor a figure after a list separator or an "and" word."""
    sentence = scope.sentence_of(start(c))
    after = scope.starting_in(end(c), sentence.end)
    if not after or after[0] is whole or not compatible(after[0], whole):
        return False
    gap = scope.text[end(c):start(after[0])]
    return len(gap) <= 30 and not _LIST_GAP.search(gap) and not scope.said("parts", end(c), start(after[0])) \
        and not _joiner(scope.lang, scope.phrases.han).search(gap)


@functools.cache
def _joiner(language: str, han: bool) -> re.Pattern[str]:
    """An "and" word of a list ("và", "and", "和"), a word of its own where words are spaced."""
    alt = alternation(language, "cues", "list_and")
    return re.compile(rf"(?:{alt})" if han else rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])", re.IGNORECASE)
