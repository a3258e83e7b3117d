"""Moves stated only by their direction: a "from A to B" pair that a rise or fall word governs, with no rate or
amount of its own ("Net debt is forecast to fall to $61.2 billion … from $58.9 billion", "由3.2%降至2.9%", "giảm
từ 12 tỷ đồng xuống còn 9 tỷ đồng").

The wording still says which way the figure went, so the pair is a change relation with no stated change: the
figures must allow that direction (rule NR108). The governing word is:
- a rise or fall word between the two figures, which is where Chinese and Vietnamese put the verb of the move
  ("从A增至B", "từ A lên B"; `relations.heading` lists the words that close the pair and say its way), else
- the rise or fall word right before the pair, in its clause, with no other figure between ("rose from A to
  B", "fell to B from A", "tăng từ A lên B").

Chinese puts the verb between the figures only (`relations.heading_between`): a rise word before "由A…至B" is a
noun of the subject ("需求增长…将由4.6%减缓至2.6%").

A pair with no such word is a range ("from 12 to 15 million") and is never judged; nor is a pair another change
owns ("fell 3.1% to A from B": the change is checked against it); nor one with a figure below zero (whose way
depends on what it measures: a loss that "narrowed" from -5 to -3); nor a pair of ranks, which rise as their
number falls ("từ vị trí 91 lên 82", `relations.rank_before`); nor two figures far apart in size, where one most
likely lost its scale word ("rose to 3.92 billion from 1.79").
"""

from __future__ import annotations

from validator.lexicon import WordHit, word_table
from validator.link.bases import takes_unit
from validator.link.hypotheses import EXPLICIT, Hypothesis
from validator.link.movements import moves_of
from validator.link.scope import CLAUSE_GAP, Scope, end, start
from validator.link.wording import evaluative, moves
from validator.model import ChangeRelation, Claim

# how far before the pair its governing word may stand ("is forecast to fall to $61.2 billion")
_LEAD = 24
# two figures further apart than this factor are no pair to judge the direction of (a scale word missing)
_SPREAD = 100


def find_directions(scope: Scope, ranges: dict[str, tuple[Claim, Claim]]) -> list[Hypothesis]:
    mv = moves_of(scope, ranges)
    owned = {(a.id, b.id) for a, b, _ in mv.owners.values()}
    out: list[Hypothesis] = []
    for base, current in ranges.values():
        if (base.id, current.id) in owned or not _comparable(scope, base, current):
            continue
        found = _governing(scope, base, current)
        if found is None:
            continue
        direction, word = found
        h = Hypothesis(f"direction:{current.id}")
        h.add(ChangeRelation(kind="change", direction=direction, base=base.id, current=current.id),
              EXPLICIT, f"'{word}' says the move from {base.text} to {current.text} is a "
              f"{'rise' if direction == 'up' else 'fall'}", takes_unit(base, current))
        out.append(h)
    return out


def _comparable(scope: Scope, base: Claim, current: Claim) -> bool:
    """Two figures whose order says which way the move went: positive, of like size, and not ranks."""
    if base.value <= 0 or current.value <= 0:
        return False
    low, high = sorted((base.value, current.value))
    if high > low * _SPREAD:
        return False
    ranks = word_table(scope.lang, "relations", "rank_before")
    for c in (base, current):
        hits = ranks.scan(scope.text, max(scope.after_previous(c), start(c) - 12), start(c))
        if hits and not scope.text[hits[-1].end:start(c)].strip():
            return False
    return True


def _governing(scope: Scope, base: Claim, current: Claim) -> tuple[str, str] | None:
    """(direction, word) of the rise or fall word that governs the pair, or None (none, or two that disagree)."""
    first, second = (base, current) if start(base) < start(current) else (current, base)
    between = _hits(scope, end(first), start(second))
    if between:
        labels = {h.label for h in between}
        return (between[-1].label, between[-1].word) if len(labels) == 1 else None
    if scope.flag("heading_between"):
        return None
    lo = max(scope.after_previous(first), start(first) - _LEAD, scope.clause_of(first)[0])
    before = _hits(scope, lo, start(first))
    if not before:
        return None
    last = max(before, key=lambda h: (h.start, -h.end))
    if CLAUSE_GAP.search(scope.text, last.end, start(first)):
        return None
    return last.label, last.word


def _hits(scope: Scope, lo: int, hi: int) -> list[WordHit]:
    if hi <= lo:
        return []
    found = [h for h in moves(scope, lo, hi) if not evaluative(scope, h)]
    taken = {h.start for h in found}
    found += [h for h in word_table(scope.lang, "relations", "heading").scan(scope.text, lo, hi)
              if h.start not in taken]
    return sorted(found, key=lambda h: (h.start, -h.end))
