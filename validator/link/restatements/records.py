"""One record per figure for the pairwise search: what the pair tests read of a figure, each computed once.

The search weighs each figure against up to `NEAREST` earlier ones, and each test of a pair reads the same
things of both figures again (what it is about, its labels, names, lead, source, companions, period words).
A `Figure` computes each of them the first time a pair asks and keeps it as an attribute, so a pair test is
a comparison of records rather than a series of cached look-ups. Records live only for one search (they hold
their scope), never in a cache keyed by the scope.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from functools import cached_property

from validator.extract.context import Sentence
from validator.link.phrases import labels
from validator.link.restatements.figures import role
from validator.link.restatements.periods import Named, broken_down, length, named_periods
from validator.link.restatements.words import (
    counted_noun,
    entity,
    following,
    frame,
    inherited,
    lead,
    marks,
    own_marks,
    preceding,
    topic,
)
from validator.link.scope import Scope, end, start
from validator.model import Claim


class Figure:
    """A figure of the pool and its features (see the module docstring)."""

    def __init__(self, scope: Scope, claim: Claim) -> None:
        self.scope = scope
        self.claim = claim
        self.start = start(claim)
        self.end = end(claim)

    @cached_property
    def sentence(self) -> Sentence:
        return self.scope.sentence_of(self.start)

    @cached_property
    def role(self) -> tuple[bool, bool, bool]:
        return role(self.scope, self.claim)

    @cached_property
    def topic(self) -> frozenset[str]:
        return topic(self.scope, self.claim)

    @cached_property
    def labels(self) -> tuple[frozenset[str], ...]:
        """The metric, subject and product labels of what the figure is about."""
        return tuple(labels(self.topic, p) for p in ("m:", "s:", "p:"))

    @cached_property
    def entity(self) -> str | None:
        return entity(self.scope, self.claim)

    @cached_property
    def lead(self) -> frozenset[str]:
        return lead(self.scope, self.claim)

    @cached_property
    def marks(self) -> frozenset[str]:
        return marks(self.scope, self.claim)

    @cached_property
    def own_marks(self) -> frozenset[str]:
        return own_marks(self.scope, self.claim)

    @cached_property
    def frame(self) -> str:
        return frame(self.scope, self.claim)

    @cached_property
    def inherited(self) -> frozenset[str] | None:
        return inherited(self.scope, self.claim)

    @cached_property
    def following(self) -> dict[str, Decimal]:
        """The values of the figures right after it, by unit (`words.following`)."""
        return {u: o.value for u, o in following(self.scope, self.claim).items()}

    @cached_property
    def preceding(self) -> dict[str, Decimal]:
        """The values of the figures right before it, by unit, years aside (`words.preceding`)."""
        return {u: o.value for u, o in preceding(self.scope, self.claim).items() if u != "year"}

    @cached_property
    def named_period(self) -> Named | None:
        """Its period as its words name it, when it has no calendar period (`periods`)."""
        return None if self.claim.period is not None else named_periods(self.scope).get(self.claim.id)

    @cached_property
    def span(self) -> tuple[datetime.date, datetime.date] | None:
        """Its period's first and last day: its calendar period, else the one its period words name."""
        p = self.claim.period
        if p is not None:
            return None if p.start is None or p.end is None else (p.start, p.end)
        return None if self.named_period is None else self.named_period[:2]

    @cached_property
    def length(self) -> tuple[str, int] | None:
        """The length of time its clause names as its period (`periods.length`), when it is not dated."""
        return None if self.span is not None else length(self.scope, self.claim)

    @cached_property
    def whole(self) -> frozenset[str]:
        """The ids of the figures whose whole its sentence breaks down (`periods.broken_down`)."""
        return frozenset(o.id for o in broken_down(self.scope, self.claim))

    @cached_property
    def counted_noun(self) -> frozenset[str]:
        return counted_noun(self.scope, self.claim)
