"""Periods: the period expressions extraction read (`TextIndex.periods`), looked up by bisection (finders ask about
the periods around each figure, and a scan of every period per figure made linking a long document quadratic);
and how two figures' calendar periods stand to each other."""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING

from validator.model import Claim, Period

if TYPE_CHECKING:
    from validator.extract.periods import PeriodMention


class Periods:
    """The periods by start, their starts, the furthest end among each prefix, and the starts by end."""

    def __init__(self, read: list[PeriodMention] | None) -> None:
        self.read = read  # extraction's list, as given (`Scope.periods` rebuilds this if it is replaced)
        self.ordered = sorted(read or (), key=lambda p: p.start)
        self.starts = [p.start for p in self.ordered]
        self.reach = list(itertools.accumulate((p.end for p in self.ordered), max))
        self.by_end: dict[int, list[int]] = {}
        for p in self.ordered:
            self.by_end.setdefault(p.end, []).append(p.start)

    def overlapping(self, lo: int, hi: int) -> bool:
        """Whether a period expression overlaps [lo, hi)."""
        k = bisect.bisect_left(self.starts, hi)
        return k > 0 and self.reach[k - 1] > lo

    def within(self, lo: int, hi: int) -> list[PeriodMention]:
        """The period expressions inside [lo, hi], by start."""
        found = self.ordered[bisect.bisect_left(self.starts, lo):bisect.bisect_right(self.starts, hi)]
        return [p for p in found if p.end <= hi]

    def covering(self, lo: int, hi: int) -> list[PeriodMention]:
        """The period expressions that start at `lo` or before and end at `hi` or after (latest start first)."""
        out = []
        for k in range(bisect.bisect_right(self.starts, lo) - 1, -1, -1):
            if self.reach[k] < hi:
                break  # no period starting this early reaches `hi`
            if self.ordered[k].end >= hi:
                out.append(self.ordered[k])
        return out

    def starts_ending_at(self, stop: int) -> list[int]:
        """The starts of the period expressions that end at `stop`, by start."""
        return self.by_end.get(stop, [])


def periods_fit(a: Claim, b: Claim) -> bool:
    if a.period is None or b.period is None:
        return a.period is None and b.period is None
    return a.period.same_as(b.period) is True


def year_before(earlier: Period, later: Period) -> bool:
    """`earlier` is `later` moved back one year (the same months)."""
    if earlier.start is None or earlier.end is None or later.start is None or later.end is None:
        return False
    try:
        return (earlier.start.replace(year=earlier.start.year + 1) == later.start
                and earlier.end.month == later.end.month and earlier.end.year + 1 == later.end.year)
    except ValueError:
        return False


def month_before(earlier: Period, later: Period) -> bool:
    """`earlier` is the calendar month before `later` (both single months)."""
    if earlier.start is None or earlier.end is None or later.start is None or later.end is None:
        return False
    if earlier.start.month != earlier.end.month or later.start.month != later.end.month:
        return False
    if earlier.start.year != earlier.end.year or later.start.year != later.end.year:
        return False
    before = (later.start.year, later.start.month - 1) if later.start.month > 1 else (later.start.year - 1, 12)
    return (earlier.start.year, earlier.start.month) == before
