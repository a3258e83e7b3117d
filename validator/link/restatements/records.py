"""One record per figure for the pairwise search: what the pair tests read of a figure, each computed once.

The search weighs each figure against up to `NEAREST` earlier ones, and each test of a pair reads the same
things of both figures again (what it is about, its labels, names, lead, source, companions, period words).
A `Figure` computes each of them the first time a pair asks and keeps it as an attribute, so a pair test is
a comparison of records rather than a series of cached look-ups. Records live only for one search (they hold
their scope), never in a cache keyed by the scope.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Generic, TypeVar, overload

from validator.extract.context import Sentence
from validator.lexicon import section, word_table
from validator.link.restatements.figures import role
from validator.link.restatements.periods import Named, broken_down, dated_later, length, named_periods
from validator.link.restatements.words import (
    counted_noun,
    entity,
    following,
    frame,
    inherited,
    lead,
    marks,
    own,
    own_marks,
    preceding,
    topic,
)
from validator.link.scope import Scope, end, start
from validator.model import Claim, Period
from validator.units import is_currency

T = TypeVar("T")


class kept(Generic[T]):  # noqa: N801 (a decorator, named as `cached_property` is)
    """`functools.cached_property` without its lock: Python 3.11 takes an RLock at each first read, and a long
    document's search reads some 50,000 features. The value is stored on the instance, where it then shadows
    this (non-data) descriptor."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, obj: None, owner: type | None = None) -> kept[T]: ...
    @overload
    def __get__(self, obj: object, owner: type | None = None) -> T: ...
    def __get__(self, obj: object | None, owner: type | None = None) -> T | kept[T]:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)
        return value


class Figure:
    """A figure of the pool and its features (see the module docstring)."""

    def __init__(self, scope: Scope, claim: Claim) -> None:
        self.scope = scope
        self.claim = claim
        self.start = start(claim)
        self.end = end(claim)
        # its value's size and sign, read once: each pair compares them (`pairs.comparable`)
        self.size = abs(claim.value)
        self.negative = claim.value < 0

    @kept
    def sentence(self) -> Sentence:
        return self.scope.sentence_of(self.start)

    @kept
    def role(self) -> tuple[bool, bool, bool]:
        return role(self.scope, self.claim)

    @kept
    def topic(self) -> frozenset[str]:
        return topic(self.scope, self.claim)

    @kept
    def bare(self) -> bool:
        """Whether the figure names nothing of its own: no words say what it is, or only words that point back at
        a figure stated before (`pointed`)."""
        return not self.topic or self.pointed

    @kept
    def pointed(self) -> bool:
        """Whether all that says what the figure is are words that point back at a figure stated before (the
        lexicon's `relations.pointer`: "the figure", "con số này", "该数字"): it is of that figure's role too."""
        lo, hi = self.scope.clause_of(self.claim)
        hits = word_table(self.scope.lang, "relations", "pointer").scan(self.scope.text, lo, hi)
        pointed: set[str] = set()
        for hit in hits:
            pointed |= self.scope.phrases.tokens(hit.start, hit.end)
        return bool(hits) and self.topic <= pointed

    @kept
    def own(self) -> frozenset[str]:
        """The words of its own clause (`words.own`): its topic less what it inherits from its sentence."""
        return own(self.scope, self.claim)

    @kept
    def labels(self) -> tuple[frozenset[str], ...]:
        """The metric, subject and product labels of what the figure is about. A metric is read as the one its
        kin names (the lexicon's `relations.metric_kin`: a product's penetration is its share of the market),
        and a price per unit of a thing ("鸡蛋每公斤10.38元", "$80 a barrel") is a price, named or not."""
        found: dict[str, set[str]] = {"m:": set(), "s:": set(), "p:": set()}
        kin = _kin(self.scope.lang)
        for t in self.topic:  # (one pass over the words for the three prefixes)
            kind = found.get(t[:2])
            if kind is not None:
                kind.add(kin.get(t, t))
        if not found["m:"] and _priced(self.claim.unit):
            found["m:"].add("m:prices")
        return tuple(frozenset(found[p]) for p in ("m:", "s:", "p:"))

    @kept
    def entity(self) -> str | None:
        return entity(self.scope, self.claim)

    @kept
    def lead(self) -> frozenset[str]:
        return lead(self.scope, self.claim)

    @kept
    def marks(self) -> frozenset[str]:
        return marks(self.scope, self.claim)

    @kept
    def own_marks(self) -> frozenset[str]:
        return own_marks(self.scope, self.claim)

    @kept
    def frame(self) -> str:
        return frame(self.scope, self.claim)

    @kept
    def inherited(self) -> frozenset[str] | None:
        return inherited(self.scope, self.claim)

    @kept
    def following(self) -> dict[str, Decimal]:
        """The values of the figures right after it, by unit (`words.following`)."""
        return {u: o.value for u, o in following(self.scope, self.claim).items()}

    @kept
    def preceding(self) -> dict[str, Decimal]:
        """The values of the figures right before it, by unit, years aside (`words.preceding`)."""
        return {u: o.value for u, o in preceding(self.scope, self.claim).items() if u != "year"}

    @kept
    def period(self) -> Period | None:
        """Its calendar period, unless a later clause's period words gave it (`periods.dated_later`)."""
        p = self.claim.period
        return None if p is None or self.claim.id in dated_later(self.scope) else p

    @kept
    def named_period(self) -> Named | None:
        """Its period as its words name it, when it has no calendar period (`periods`)."""
        return None if self.period is not None else named_periods(self.scope).get(self.claim.id)

    @kept
    def span(self) -> tuple[datetime.date, datetime.date] | None:
        """Its period's first and last day: its calendar period, else the one its period words name."""
        p = self.period
        if p is not None:
            return None if p.start is None or p.end is None else (p.start, p.end)
        return None if self.named_period is None else self.named_period[:2]

    @kept
    def length(self) -> tuple[str, int] | None:
        """The length of time its clause names as its period (`periods.length`), when it is not dated."""
        return None if self.span is not None else length(self.scope, self.claim)

    @kept
    def whole(self) -> frozenset[str]:
        """The ids of the figures whose whole its sentence breaks down (`periods.broken_down`)."""
        return frozenset(o.id for o in broken_down(self.scope, self.claim))

    @kept
    def counted_noun(self) -> frozenset[str]:
        return counted_noun(self.scope, self.claim)


@functools.cache
def _kin(language: str) -> dict[str, str]:
    """The lexicon's `relations.metric_kin` as topic labels ("m:penetration" -> "m:share")."""
    return {f"m:{k}": f"m:{v}" for k, v in (section(language, "relations", "metric_kin") or {}).items()}


def _priced(unit: str) -> bool:
    """A unit of money per unit of a thing ("CNY/kg", "USD/barrel"): the figure is a price."""
    money, per, _ = unit.partition("/")
    return bool(per) and is_currency(money)
