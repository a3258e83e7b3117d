"""What moves in a document, worked out once per scope (`moves_of`): which percentages and points are changes,
and in which direction; which figures are the ends of a "from A to B" pair and which change owns each pair;
the figures a "respectively" list binds each rate to; and the amount each percentage change is written
beside ("比上年增加1110万吨，增长1.6%").
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from validator.lexicon import word_table
from validator.link.deltas import amount_change, amounts_of
from validator.link.hypotheses import CLAUSE, EXPLICIT
from validator.link.lists import respective
from validator.link.scope import CLAUSE_GAP, Scope, compatible, end, start
from validator.link.wording import RATES, SEMICOLON, direction_of, is_fraction, is_rate, reached, told_as_cause
from validator.model import Claim

# how far a change may stand from the pair it owns: "fell 3.1 pct to A from B" / "từ A lên B, tức tăng 6,6%",
# "from 12.1% in 2022, an increase of 2.5%"
_OWNER_BEFORE = 12
_OWNER_AFTER = 40
# … and, for a pair of amounts after the change in a clause of its own, at most this far
_OWNER_FAR = 60


@dataclass
class Moves:
    """What moves in one document: its changes (by direction), the figures that are ends of a pair, the
    pair each change owns, and the figures lists bind rates to."""

    changes: dict[str, str]  # change claim id -> "up" / "down"
    members: set[str]  # ends of "from A to B" pairs
    owners: dict[str, tuple[Claim, Claim, float]]  # change id -> (base, current, strength) of its pair
    lists: dict[str, tuple[Claim | None, Claim | None]]  # rate id -> (current, base) bound by a list
    amounts: dict[str, Claim]  # rate id -> the same change written as an amount beside it


_MOVES: weakref.WeakKeyDictionary[Scope, Moves] = weakref.WeakKeyDictionary()


def moves_of(scope: Scope, ranges: dict[str, tuple[Claim, Claim]]) -> Moves:
    """The document's `Moves`, built once per scope."""
    found = _MOVES.get(scope)
    if found is None:
        members = {o.id for pair in ranges.values() for o in pair}
        changes: dict[str, str] = {}
        for c in scope.claims:
            if ((c.unit in RATES or is_fraction(c)) and c.id not in members and not is_rate(scope, c)
                    and not reached(scope, c)):
                direction = direction_of(scope, c)
                if direction is not None:
                    changes[c.id] = direction
        lists, list_directions = respective(scope, changes)
        for cid, direction in list_directions.items():
            changes.setdefault(cid, direction)
        amounts, amount_directions = amounts_of(scope, changes, members)
        for cid, direction in amount_directions.items():
            changes.setdefault(cid, direction)  # "rose by 115,900 persons, or 2.3%": the amount's way
        beside = {o.id for o in amounts.values()}
        # a change written as an amount alone owns its pair as a rate does: "由552万吨下降至479万吨，环比下降73万吨"
        amounts_alone = {c.id: d for c in scope.claims if c.id not in members and c.id not in beside
                         and c.id not in changes and (d := amount_change(scope, c)) is not None}
        movers = set(changes) | {c.id for c in scope.claims if c.unit == "times" and c.value >= 1}
        owners = _pair_owners(scope, ranges, movers)
        # an amount takes only a pair no rate owns ("下降10%，从A至B，减少C": the pair is the rate's)
        owned = {(a.id, b.id) for a, b, _ in owners.values()}
        free = {k: (a, b) for k, (a, b) in ranges.items() if (a.id, b.id) not in owned}
        by_id = {c.id: c for c in scope.claims}
        owners.update({k: (a, b, s) for k, (a, b, s) in _pair_owners(scope, free, set(amounts_alone)).items()
                       if moves_as_said(a, b, by_id[k], amounts_alone[k])})
        found = _MOVES[scope] = Moves(changes, members, owners, lists, amounts)
    return found


def _pair_owners(scope: Scope, ranges: dict[str, tuple[Claim, Claim]], changes: set[str]
                 ) -> dict[str, tuple[Claim, Claim, float]]:
    """Each "from A to B" pair belongs to the change nearest to it with nothing between them: "fell 3.1 pct to
    2.51 mln from 2.59 mln, while … jumped 68.4 pct" gives the pair to 3.1; "下降25%，从7400亿至5520亿，而…减少
    13.7%" to 25%."""
    text = scope.text
    owners: dict[str, tuple[Claim, Claim, float, int]] = {}
    for a, b in ranges.values():
        lo, hi = min(start(a), start(b)), max(end(a), end(b))
        sentence = scope.sentence_of(lo)
        inside = [o for o in scope.starting_in(lo, hi) if o.id in changes]
        options: list[tuple[int, Claim, str]] = []
        if inside:
            options.append((0, inside[0], ""))
        else:
            before = [o for o in scope.starting_in(sentence.start, lo) if end(o) <= lo]
            if before and before[-1].id in changes and (lo - end(before[-1]) <= _OWNER_BEFORE or (
                    lo - end(before[-1]) <= _OWNER_FAR and a.unit not in RATES)):
                # "dropped by more than 20% from its 2021 peak, with the index falling from 114.2 to 94.6"
                options.append((lo - end(before[-1]), before[-1], text[end(before[-1]):lo]))
            after = scope.starting_in(hi, sentence.end)
            # "rose to $1.87 from $1.74, reflecting a 23% increase in power tariffs": a rate told after the pair, in
            # the clause of its cause, is the cause's own change, not the pair's (a pair told as the cause of a
            # rate before it, "giá gas tăng 1,2% do giá thế giới tăng từ A lên B", still shows how far it moved)
            if after and after[0].id in changes and start(after[0]) - hi <= _OWNER_AFTER and not told_as_cause(
                    scope, hi, after[0]) and not _own_subject(scope, hi, after[0]):
                options.append((start(after[0]) - hi, after[0], text[hi:start(after[0])]))
        options = [o for o in options if not SEMICOLON.search(o[2])]
        if not options:
            continue
        gap, owner, between = min(options, key=lambda o: o[0])
        strength = EXPLICIT if not CLAUSE_GAP.search(between.strip(" ")) else 0.9 if gap <= _OWNER_AFTER else CLAUSE
        if owner.id not in owners or gap < owners[owner.id][3]:
            owners[owner.id] = (a, b, strength, gap)
    return {k: (a, b, s) for k, (a, b, s, _) in owners.items()}


def _own_subject(scope: Scope, hi: int, rate: Claim) -> bool:
    """Whether a rate told after a pair, past a clause break, has a subject of its own before its rise or fall
    word: "giảm từ 150 xuống còn 70 kg/ha, lượng phân đạm giảm 20%", "fell from 150 to 70 kg, while fertiliser
    use dropped 20%", "从150公斤降至70公斤，化肥用量减少20%" move another thing. A word that restates the move ("tức
    tăng", "tương đương tăng", "an increase of") or names its basis ("so với cùng kỳ tăng", "比上年增长") is no
    subject."""
    brk = CLAUSE_GAP.search(scope.text, hi, start(rate))
    if brk is None:
        return False
    words = scope.moves(brk.end(), start(rate))
    if not words or word_table(scope.lang, "relations", "apposition").scan(scope.text, brk.end(), words[-1].start):
        return False
    return len(scope.phrases.tokens(brk.end(), words[-1].start)) >= 2


def moves_as_said(base: Claim, current: Claim, amount: Claim, direction: str) -> bool:
    """A "from A to B" pair is what an amount change measures only when it is of the amount's kind and moves the
    way its words say: "tăng 9 bậc (từ vị trí 91 lên 82)" climbs a ranking whose numbers fall, "降息25个基点，将利率
    从5.5%降至5.25%" moves a rate by points, and "增速预期维持在110万桶/日不变，将…从180万桶/日下调至160万桶/日" keeps
    one figure and moves another (an amount is easily another's). Such a pair stays with no owner."""
    if not (compatible(current, amount) and compatible(base, amount)) or base.value == current.value:
        return False
    return (current.value > base.value) == (direction == "up")
