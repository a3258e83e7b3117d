"""Changes written as an amount beside a percentage: "比上年增加1110万吨，增长1.6%", "同比增加219万人，增长1.2%",
"减少221万吨或4.3%", "rose by 115,900 persons, or 2.3%, over the year to 5,163,900", "up 8 pence, or 1.3%",
"tăng 20.400 người, tăng 0,57%", "giảm 3,5 USD (0,28%)", "tăng 12%, tương ứng 500 tỷ đồng".

The two figures say the same change twice, so they stand side by side: nothing but punctuation, a rise or fall
word, the period compared with ("同比", "so với cùng kỳ") or a restating word ("or", "tức", "tương ứng", "即",
"或") between them. The amount is a change itself (a rise or fall word leads it: "增加", "rose by", "tăng"); a
percentage after it with no rise word of its own ("…, or 2.3%", "(0,28%)") moves the amount's way. With the
amount, a change needs only one of its ends: the base is current - amount ("A，比上年增加D，增长X%": X is D / (A -
D)), which rule NR102 checks.
"""

from __future__ import annotations

import functools
import re

from validator.lexicon import WordTable, word_table
from validator.link.scope import Scope, compatible, end, is_amount, start
from validator.link.wording import broken, direction_of, is_delta, is_rate, moves
from validator.model import Claim

# the most a change's two statements stand apart ("，比上年同期增长" is short; "(tương ứng tăng" too)
_GAP = 24
# what may stand between them once their words are taken out
_MARKS = re.compile(r"[\s,，、(（)）:：]*")


@functools.cache
def _joining(language: str) -> tuple[WordTable, ...]:
    """The words that may join a change's amount and its percentage: restating words, the period compared with,
    and the few words that name the change ("a rise of", "mức tăng", "升幅为")."""
    return (word_table(language, "relations", "apposition"), word_table(language, "relations", "change_period"),
            word_table(language, "comparison", "basis"), word_table(language, "relations", "change_fillers"))


def joined(scope: Scope, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds nothing but what may join a change's two statements."""
    if hi < lo or hi - lo > _GAP or broken(scope, lo, hi):
        return False
    hits = [(h.start, h.end) for h in moves(scope, lo, hi)]
    for table in _joining(scope.lang):
        hits += [(h.start, h.end) for h in table.scan(scope.text, lo, hi)]
    taken = [False] * (hi - lo)
    for a, b in hits:
        for i in range(max(a, lo), min(b, hi)):
            taken[i - lo] = True
    rest = "".join(ch for i, ch in enumerate(scope.text[lo:hi]) if not taken[i])
    return bool(_MARKS.fullmatch(rest))


def amounts_of(scope: Scope, changes: dict[str, str], members: set[str]
               ) -> tuple[dict[str, Claim], dict[str, str]]:
    """(percentage id -> the amount beside it, percentage id -> the direction the amount gives it, for those
    with no rise or fall word of their own)."""
    found: dict[str, Claim] = {}
    directions: dict[str, str] = {}
    claims = scope.claims
    for i, c in enumerate(claims):
        if c.unit != "percent" or c.id in members or is_rate(scope, c):
            continue
        beside = _before(scope, claims, i) or _after(scope, claims, i, c.id in changes)
        if beside is None:
            continue
        amount, direction = beside
        own = changes.get(c.id)
        if own is not None and own != direction:
            continue  # "增加…，下降…": the two do not tell one change
        found[c.id] = amount
        if own is None:
            directions[c.id] = direction
    return found, directions


def _before(scope: Scope, claims: list[Claim], i: int) -> tuple[Claim, str] | None:
    """"比上年增加1110万吨，增长1.6%", "rose by 115,900 persons, or 2.3%", "比上年增加525千公顷（787.5万亩），增长
    0.4%": the amount right before, a figure restating it in parentheses passed by."""
    c = claims[i]
    j = i - 1
    while j >= 0 and _restates(scope, claims[j]):
        j -= 1
    if j < 0:
        return None
    o = claims[j]
    if j >= 1 and _reaches(scope, claims[j - 1], o) and joined(scope, end(o), start(c)):
        o = claims[j - 1]  # "下跌2.64美元，至每桶99.29美元，跌幅2.6%", "fell $2.64 to $99.29, or 2.6%"
        direction = direction_of(scope, o) if _amount(scope, o) else None
        return (o, direction) if direction is not None else None
    if not _amount(scope, o) or not joined(scope, end(o) if j == i - 1 else _closing(scope, claims[i - 1]), start(c)):
        return None
    direction = direction_of(scope, o)
    return (o, direction) if direction is not None else None


def _after(scope: Scope, claims: list[Claim], i: int, moved: bool) -> tuple[Claim, str] | None:
    """"tăng 12%, tương ứng 500 tỷ đồng", "rose 3.1%, or 5.2 million": the amount a restating word puts right
    after a percentage that moves. (Two moves one after the other, "giảm 50%, giảm 30.000 cho 3 chuyến", are two
    changes: the percentage restates an amount, not the other way round.)"""
    if not moved or i + 1 >= len(claims):
        return None
    c, o = claims[i], claims[i + 1]
    if not is_amount(o) or o.unit in ("year", "times") or not joined(scope, end(c), start(o)):
        return None
    if not word_table(scope.lang, "relations", "apposition").scan(scope.text, end(c), start(o)):
        return None
    own = direction_of(scope, o) if is_delta(scope, o) else None
    direction = own or direction_of(scope, c)
    return (o, direction) if direction is not None else None


def amount_change(scope: Scope, o: Claim) -> str | None:
    """The direction of an amount written as a change ("tăng 3.000 xe", "fell by 1.24 billion dlrs", "增加888万吨"),
    None for any other figure."""
    if not _amount(scope, o) or scope.is_group_count(o):
        return None
    return direction_of(scope, o)


def _reaches(scope: Scope, amount: Claim, level: Claim) -> bool:
    """"下跌2.64美元，至每桶99.29美元", "fell $2.64 to $99.29", "giảm 2,64 USD xuống 99,29 USD": `level` is what
    the amount moved to."""
    gap = scope.text[end(amount):start(level)]
    if len(gap) > 12 or broken(scope, end(amount), start(level)):
        return False
    return bool(scope.ctx.between("to", end(amount), start(level))
                or word_table(scope.lang, "relations", "reach").scan(scope.text, end(amount), start(level)))


def _amount(scope: Scope, o: Claim) -> bool:
    """An amount written as a change: "增加1110万吨", "rose by 115,900", "up 8 pence", "£4,973 higher"."""
    return is_amount(o) and o.unit not in ("year", "times") and is_delta(scope, o)


# the rest of a unit the numeral reader left out, then the closing parenthesis: "787.5万|亩）"
_CLOSING = re.compile(r"[^\W\d_]{0,3}[)）]")


def _restates(scope: Scope, o: Claim) -> bool:
    """A figure in parentheses restating the one before it in other units: "525千公顷（787.5万亩）"."""
    text = scope.text
    lead = text[max(0, start(o) - 2):start(o)]
    return ("(" in lead or "（" in lead) and bool(_CLOSING.match(text, end(o)))


def _closing(scope: Scope, o: Claim) -> int:
    """Where the parentheses around a restating figure close."""
    m = _CLOSING.match(scope.text, end(o))
    return m.end() if m else end(o)


def reached(scope: Scope, c: Claim, amount: Claim) -> Claim | None:
    """"rose by 115,900 persons, or 2.3%, over the year to 5,163,900", "rose 5.2 million, or 3.1%, to 172
    million", "down 0.89 points, or 0.01%, at 8,281.05": the figure a "to" or reaching word leads after the
    pair, in its sentence."""
    after = max(end(c), end(amount))
    sentence = scope.sentence_of(start(c))
    nxt = scope.starting_in(after, sentence.end)[:1]
    if not nxt or not is_amount(nxt[0]) or broken(scope, after, start(nxt[0])) or start(nxt[0]) - after > 40:
        return None
    o = nxt[0]
    tos = [(h.start, h.end) for h in scope.ctx.between("to", after, start(o))]
    tos += [(h.start, h.end) for h in word_table(scope.lang, "relations", "reach").scan(scope.text, after, start(o))]
    if not tos or start(o) - max(b for _, b in tos) > 3:
        return None
    return o if compatible(o, amount) or "item" in (o.unit, amount.unit) else None
