"""A comparison put first in its sentence: "与去年同期的12.84亿人次相比，深圳今年上半年的增量…", "Compared with 10.3
billion euros a year earlier, revenue from…", "So với mức 40,3 tỷ USD của năm 2023, đà phục hồi…". The figure inside
the opening comparison names little itself: it is of the thing the clause after the comparison speaks of, so that
clause's words (up to its first figure) say what it is a number of too.
"""

from __future__ import annotations

import weakref

from validator.lexicon import word_table
from validator.link.scope import Scope, end, start
from validator.model import Claim

_FRAMED: weakref.WeakKeyDictionary[Scope, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()

# how far past the opening comparison the clause it frames is read (characters)
_REACH = 60


def framed_words(scope: Scope, o: Claim) -> frozenset[str]:
    """The words of the clause an opening comparison holding `o` frames, or nothing: `o` is the first figure of its
    sentence, a comparison word (`relations.base_before`) leads it in its clause, and the clause after the
    comparison comes before any other figure."""
    known = _FRAMED.setdefault(scope, {})
    found = known.get(o.id)
    if found is None:
        found = known[o.id] = _read(scope, o)
    return found


def _read(scope: Scope, o: Claim) -> frozenset[str]:
    sentence = scope.sentence_of(start(o))
    lo, hi = scope.clause_of(o)
    if scope.starting_in(sentence.start, start(o)) or hi >= sentence.end:
        return frozenset()  # (not the sentence's first figure, or no clause after it)
    if not word_table(scope.lang, "relations", "base_before").scan(scope.text, lo, start(o)):
        return frozenset()
    if any(start(x) < hi for x in scope.starting_in(end(o), sentence.end)):
        return frozenset()  # another figure in the comparison: "compared with 3.98 million and 3.62 million"
    nxt = scope.starting_in(hi, sentence.end)
    stop = min(sentence.end, hi + _REACH, start(nxt[0]) if nxt else sentence.end)
    _, clause_end = scope.ctx.clause_of(min(hi + 1, stop), min(hi + 1, stop))
    return scope.phrases.tokens(hi, min(stop, max(clause_end, hi + 1)))
