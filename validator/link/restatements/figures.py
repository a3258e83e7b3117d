"""Which figures can be stated twice, and the role the wording gives each (a level, a change, a base).

A figure that can be restated is a level, change or share of something: not a count of list items, a
length of time, a multiple, a top group's size, a base or a companion reading (前值, forecast), a gloss in
parentheses, or an item of a run of parallel figures ("分别占…44.22%、33.25%", "lần lượt 8% và 27%").

Each answer is computed once per scope and claim (`memo`): the pairwise search asks about each figure many
times.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from validator.lexicon import section, word_table
from validator.lexicon.words import WordHit, WordTable
from validator.link.scope import DURATION_UNITS, Scope, end, is_amount, start
from validator.model import Claim

T = TypeVar("T")
_MEMO: weakref.WeakKeyDictionary[Scope, dict[tuple[str, str], object]] = weakref.WeakKeyDictionary()

FULL_STOP = re.compile(r"[。!?！？\n]|\.(?:\s|$)")
# list separators between parallel figures
_LIST_GAP = re.compile(r"^\s*(?:[,，、;；/]|\s)\s*$")


_last: list[object] = [None, None]  # the last scope asked about (a weak reference) and its table: a fast path


def memo(scope: Scope, name: str, c: Claim, make: Callable[[], T]) -> T:
    """One value per scope, claim and helper name."""
    ref = _last[0]
    if ref is not None and ref() is scope:  # type: ignore[operator]
        found: dict[tuple[str, str], object] = _last[1]  # type: ignore[assignment]
    else:
        found = _MEMO.setdefault(scope, {})
        _last[0], _last[1] = weakref.ref(scope), found
    key = (name, c.id)
    value = found.get(key, _UNSET)
    if value is _UNSET:
        value = found[key] = make()
    return value  # type: ignore[return-value]


_UNSET = object()  # not yet computed (None is a value)


def restatable(scope: Scope, c: Claim) -> bool:
    return memo(scope, "restatable", c, lambda: _restatable(scope, c))


def role(scope: Scope, c: Claim) -> tuple[bool, bool, bool]:
    """A level, a change or a comparison base: two statements of one figure have the same role. An amount
    is a base or a change written as an amount ("up 20,000"); a rate is a change when a rise or fall word
    leads it ("rose 15% from a year ago": a change, not a base)."""
    return memo(scope, "role", c, lambda: (is_amount(c) and scope.is_base(c), is_amount(c) and scope.is_delta(c),
                                            _rate_change(scope, c)))


def _rate_change(scope: Scope, c: Claim) -> bool:
    """A percentage a rise or fall word leads in its clause ("rose 2%"), not the level it rose to ("rates
    increased to 2%", "raised … to 2%", "tăng lên 2%")."""
    if c.unit not in ("percent", "point", "bp"):
        return False
    clause = scope.clause_of(c)
    moves = scope.moves(clause[0], start(c))
    if not moves:
        return False
    last = max(moves, key=lambda h: h.start)
    return not scope.ctx.between("to", last.start, start(c))


def _restatable(scope: Scope, c: Claim) -> bool:
    if c.unit in ("times", *DURATION_UNITS) or c.value == 0 or c.high is not None:
        return False  # a multiple, a length of time ("sau 15 ngày") or a range is a term of its own sentence
    if c.unit == "item" and (abs(c.value) < 100 or scope.is_group_count(c)):
        return False
    if scope.bare(c) and abs(c.value) < 1000:
        return False  # a small bare number is a count of something unnamed, or part of a name ("S&P 500")
    if (is_amount(c) and scope.is_base(c)) or companion(scope, c) or glossed(scope, c):
        return False  # a base, a companion reading or a gloss is about the figure or name it goes with
    return not listed(scope, c)


def glossed(scope: Scope, c: Claim) -> bool:
    """In parentheses after a word: "vượt Singapore (337,5 tỷ USD), Malaysia (336,3 tỷ USD)", "Hà Nội (tăng
    8%)": the figure of that name, one of a list."""
    text = scope.text
    lo = max(0, start(c) - 30)
    opening = max(text.rfind("(", lo, start(c)), text.rfind("（", lo, start(c)))
    return opening >= 0 and not re.search(r"[)）]", text[opening:start(c)])


def companion(scope: Scope, c: Claim) -> bool:
    """Led by a companion word ("前值280.2万人", "forecast 2.1%", "较涨价之前…400元左右"): a reading that goes with
    the figure before it; or by a distributive word ("哔哩哔哩、小鹏汽车均涨7%", "both rose 7%"): a figure of
    several things at once."""
    lo = max(scope.after_previous(c), start(c) - 16)
    text = scope.text
    return bool(word_table(scope.lang, "relations", "companion").scan(text, lo, start(c))
                or distributive_words(scope, lo, start(c)))


def distributive_words(scope: Scope, lo: int, hi: int) -> list[WordHit]:
    """The lexicon's distributive words ("both", "均", "đều") between `lo` and `hi`, but not inside a longer word
    that is none (`relations.not_distributive`: "人均", "平均", "cùng kỳ"; the longest word wins the scan)."""
    return [h for h in _distributive(scope.lang).scan(scope.text, lo, hi) if h.label == "distributive"]


@functools.cache
def _distributive(language: str) -> WordTable:
    return WordTable({"distributive": section(language, "relations", "distributive") or [],
                      "not": section(language, "relations", "not_distributive") or []}, language)


def listed(scope: Scope, c: Claim) -> bool:
    """Whether `c` is one of a run of parallel figures: a neighbour of its unit with only a separator
    between, or a "respectively" run."""
    sentence = scope.sentence_of(start(c))
    mates = [o for o in scope.starting_in(sentence.start, sentence.end) if o.unit == c.unit]
    k = next((i for i, o in enumerate(mates) if o is c), -1)  # by identity: model equality compares every field
    for o in (mates[k - 1] if k > 0 else None, mates[k + 1] if 0 <= k < len(mates) - 1 else None):
        if o is None:
            continue
        gap = scope.text[end(o):start(c)] if end(o) <= start(c) else scope.text[end(c):start(o)]
        if _LIST_GAP.match(gap) or _only_and(scope, gap):
            return True
    return scope.own_figure(c) is not None and scope.said("respectively", sentence.start, sentence.end)


def _only_and(scope: Scope, gap: str) -> bool:
    return gap.strip(" ,，、").lower() in _and_words(scope.lang)


@functools.cache
def _and_words(language: str) -> frozenset[str]:
    """The lexicon's `cues.list_and` words, lower-cased (read once: every restatable figure asks)."""
    return frozenset(str(w).lower() for w in section(language, "cues", "list_and") or [])


def apart(scope: Scope, a: Claim, b: Claim) -> bool:
    """In different sentences, not two segments of one sentence joined by a semicolon ("由容汇锂业生产的…73035元/吨；
    由吉诚锂业生产的…77050元/吨"): those are parallel items."""
    sa, sb = scope.sentence_of(start(a)), scope.sentence_of(start(b))
    if sa.start == sb.start:
        return False
    if sb.start - sa.end > 4:
        return True  # another sentence, or more text, stands between
    return bool(FULL_STOP.search(scope.text[end(a):start(b)]))


def close(a: Claim, b: Claim, within: Decimal) -> bool:
    """Values plausibly of one figure: within `within` of each other (relative to the larger)."""
    hi, lo = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
    if (a.value < 0) != (b.value < 0):
        return False
    return hi == 0 or (hi - lo) / hi <= within
