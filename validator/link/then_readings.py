"""Figures told as an earlier time's reading, in a clause a then-word opens right after a comparison with that time:
"2.6% lower than at the end of August, when the list stood at 49,600", "5.9 points more than in 2023, when their
share stood at 35.7%", "giảm 2,6% so với cuối tháng 8, khi đó danh sách là 49.600", "比8月底减少2.6%，当时为4.96万人".

Such a figure is of the time the comparison names, not of the article's current figures: it is no current of a
later change of the sentence ("…, and 7.4% below the 52,170 recorded a year ago": that change's subject is the
sentence's own), a weaker whole than the current figure, and a share told so is of the earlier whole.
"""

from __future__ import annotations

import weakref

from validator.lexicon import word_table
from validator.link.scope import CLAUSE_GAP, Scope, compatible, end, start
from validator.link.wording import earlier_words
from validator.link.years import in_span
from validator.model import Claim

_SEEN: weakref.WeakKeyDictionary[Scope, dict[str, tuple[int, int] | None]] = weakref.WeakKeyDictionary()

# how far back from the then-clause the comparison it follows is looked for (characters)
_REACH = 80


def then_clause(scope: Scope, c: Claim) -> tuple[int, int] | None:
    """The span of the then-clause `c` is told in (from its then-word to the clause's end), or None."""
    seen = _SEEN.setdefault(scope, {})
    if c.id not in seen:
        seen[c.id] = _read(scope, c)
    return seen[c.id]


def in_then_clause(scope: Scope, c: Claim) -> bool:
    return then_clause(scope, c) is not None


def _read(scope: Scope, c: Claim) -> tuple[int, int] | None:
    text = scope.text
    lo, hi = scope.clause_of(c)
    sentence = scope.sentence_of(start(c))
    opening = word_table(scope.lang, "relations", "then_clause").scan(text, lo, start(c))
    if not opening or text[lo:opening[0].start].strip(" ,，、"):
        return None
    # the clause before: it compares (a comparative, a comparison or earlier-period word) with a time it names
    gap = lo
    while gap > sentence.start and not CLAUSE_GAP.match(text, gap - 1):
        gap -= 1
    before_hi = gap - 1
    if before_hi <= sentence.start:
        return None
    before_lo = max(sentence.start, before_hi - _REACH)
    if CLAUSE_GAP.search(text, before_lo, before_hi):
        before_lo = max(m.end() for m in CLAUSE_GAP.finditer(text, before_lo, before_hi))
    compares = (earlier_words(scope, before_lo, before_hi) or scope.ctx.between("than", before_lo, before_hi)
                or word_table(scope.lang, "relations", "comparative").scan(text, before_lo, before_hi))
    if not compares:
        return None
    if not (in_span(scope, before_lo, before_hi) or earlier_words(scope, before_lo, before_hi)):
        return None
    # the comparison is with the time, not with a figure of the clause's kind told before the then-word
    if any(o.unit == c.unit and not scope.is_change(o) for o in scope.starting_in(before_lo, before_hi)
           if end(o) <= before_hi):
        return None
    return opening[0].start, hi


def reading_now(scope: Scope, o: Claim) -> Claim | None:
    """The figure whose earlier reading `o` (told in a then-clause) is: the last figure of its unit before the
    comparison, in its sentence or the one before ("48,310 patients … That was 2.6% lower than at the end of August,
    when the list stood at 49,600"), a level of about its size (within a factor of two), itself no base or change."""
    told = then_clause(scope, o)
    if told is None or not o.value:
        return None
    sentence = scope.sentence_of(start(o))
    previous = scope.previous_sentence(sentence)
    lo = previous.start if previous is not None else sentence.start
    for x in reversed([x for x in scope.starting_in(lo, told[0]) if end(x) <= told[0]]):
        if not _same_kind(x, o) or scope.is_change(x) or in_then_clause(scope, x):
            continue
        if scope.is_base(x) or scope.is_delta(x) or not x.value:
            return None
        ratio = x.value / o.value
        return x if 0.5 <= ratio <= 2 else None
    return None


_RATES = ("percent", "point", "times")


def _same_kind(x: Claim, o: Claim) -> bool:
    """Of one kind: the same unit, or compatible ones, or an amount of no known unit and a count ("31,200 people")."""
    if x.unit == o.unit:
        return True
    if x.unit in _RATES or o.unit in _RATES:
        return False
    return compatible(x, o) or "item" in (x.unit, o.unit)


def as_now(scope: Scope, part: Claim, o: Claim, strength: float, why: str) -> list[tuple[Claim, float, str]]:
    """A whole that is an earlier time's reading stands for the figure it is the earlier reading of, a current
    part's whole at its strength; the earlier reading itself is weighed below it."""
    now = reading_now(scope, o) if not in_then_clause(scope, part) else None
    if now is None or now is part:
        return [(o, strength, why)]
    return [(now, strength, why + f"; named as {o.text}, its earlier reading, whose current figure it is"),
            (o, strength - 0.2, why + "; an earlier time's reading")]
