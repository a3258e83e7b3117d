"""The story's period: the one period its title and opening paragraph name ("Năm 2024, …", "1—9月", "in the third
quarter of 2025"). A figure told with a change and no period of its own is of it, so that a figure dated the
period before (a year, or a month for a change from the month before) can be weighed as its base and the
arithmetic decide: "79.200 tấn của năm 2023" in a story of 2024's exports, "£2.150bn in the third quarter of
2024" in one of 2025's third quarter. None when the opening names two periods or more that are not one's base
the other (which one is the story's is then not told).
"""

from __future__ import annotations

import weakref
from datetime import date

from validator.link.period_spans import month_before, year_before
from validator.link.scope import Scope, end, start
from validator.link.years import in_span, years_of
from validator.model import Claim, Period


def unnamed_before(scope: Scope, current: Claim) -> bool:
    """Its sentence names no period up to `current` ("第四季度单季实现营收25.31亿元", "Riêng quý III, …" name one
    whose year the reader supplies): with none carried from the sentence before, it is of the story's period."""
    sentence = scope.sentence_of(start(current))
    return not in_span(scope, sentence.start, end(current))


def story_period_after(scope: Scope, when: Period, period: str | None) -> Period | None:
    """The story's period when it is a year after `when` (the month after, for a change from the month before:
    `period` "prev"; either for "any"), else None."""
    told = story_period(scope)
    if told is None:
        return None
    if (period != "prev" and year_before(when, told)) or (period in ("prev", "any") and month_before(when, told)):
        return told
    return None


def story_period(scope: Scope) -> Period | None:
    """The one calendar period the title and the opening paragraph name (not a horizon, a "since", a relative
    year, a day or a range) and not the base of another they name (a year or a month before it); None
    when they name none or several. Read once per document."""
    read = _STORY.get(scope)
    if read is None:
        read = _STORY[scope] = (_read(scope),)
    return read[0]


def _read(scope: Scope) -> Period | None:
    first = next(iter(scope.claims), None)
    if first is None:
        return None
    para = max(1, scope.paragraph(first))  # (the title's and the opening paragraph's, up to the first figure's)
    named: set[tuple[date, date]] = set()
    for m in years_of(scope).mentions:
        if scope.sentence_of(m.start).paragraph > para:
            break
        if m.horizon or m.since or m.relative:  # (a comparison's period counts: it is dropped below as a base)
            continue
        if m.period_start is None or m.period_end is None or m.granularity in ("day", "range"):
            continue
        named.add((m.period_start, m.period_end))
    told = [Period(start=a, end=b) for a, b in named]  # (but the base of another: "So với năm 2023, …" in 2024's)
    told = [p for p in told if not any(year_before(p, q) or month_before(p, q) for q in told)]
    return told[0] if len(told) == 1 else None


_STORY: weakref.WeakKeyDictionary[Scope, tuple[Period | None]] = weakref.WeakKeyDictionary()
