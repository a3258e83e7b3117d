"""Two undated figures that the text dates in the same words ("今年前10个月，…投资6452亿元" … "前10个月铁路
固定资产投资6542亿元"; "at the end of September" twice).

Extraction dates a figure only when its period has a calendar year; an article that never names its year
leaves "前10个月" or "September" undated. Two statements dated by the same words still speak of one time:
the period expressions are read again against a fixed reference date (any date will do: both are read
against the same one), assigned to the figures the way extraction assigns them, and compared.
"""

from __future__ import annotations

import bisect
import datetime
import weakref
from dataclasses import dataclass

from validator.extract.claims import assign_periods
from validator.extract.periods import PeriodMention, document_date, find_periods
from validator.lexicon import word_table
from validator.link.scope import Scope, end, start
from validator.model import Claim

# the reference date relative periods are read against when the article has no date of its own
_REFERENCE = datetime.date(2001, 7, 1)
# a figure's period as its words name it: (start, end), and whether the words stand before the figure
Named = tuple[datetime.date, datetime.date, bool]
_CACHE: weakref.WeakKeyDictionary[Scope, dict[str, Named | None]] = weakref.WeakKeyDictionary()
# the figures extraction dated by a later clause's period words (`dated_later`), per scope
_LATE: weakref.WeakKeyDictionary[Scope, frozenset[str]] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class _At:
    start: int
    end: int


def named_one_period(scope: Scope, a: Claim, b: Claim) -> bool:
    """Whether two figures without a calendar period are dated by the same period words."""
    if a.period is not None or b.period is not None:
        return False
    words = named_periods(scope)
    pa, pb = words.get(a.id), words.get(b.id)
    return pa is not None and pb is not None and pa[:2] == pb[:2]


def named_two_periods(scope: Scope, a: Claim, b: Claim) -> bool:
    """Whether two figures without a calendar period are dated by period words that name different times
    ("今年前10个月，…" and "前11个月…"), each by words that lead up to it: two figures, as two dated ones of
    different periods are. (Period words after a figure may date something else of its sentence.)"""
    if a.period is not None or b.period is not None:
        return False
    words = named_periods(scope)
    pa, pb = words.get(a.id), words.get(b.id)
    return pa is not None and pb is not None and pa[2] and pb[2] and pa[:2] != pb[:2]


def named_periods(scope: Scope) -> dict[str, Named | None]:
    """Each figure's period as its words name it, read against a reference date (claim id -> (start, end,
    whether the words stand before it))."""
    found = _CACHE.get(scope)
    if found is None:
        dated = document_date(scope.doc)
        # read against the article's own date, the periods are those extraction read (`TextIndex.periods`: the
        # same text, language and date), not read again
        read = scope.ctx.periods if dated is not None and scope.ctx.periods is not None else None
        if read is None:
            read = find_periods(scope.text, scope.lang, dated or _REFERENCE)
        mentions = [p for p in read if not p.comparison and not p.backward]
        said = sorted(p.start for p in read)  # where any period words stand, a comparison's too ("上月末")
        positions = [m.start for m in mentions]
        starts = None if any(a > b for a, b in zip(positions, positions[1:], strict=False)) else positions
        assigned = assign_periods(scope.ctx, mentions, [_At(start(c), end(c)) for c in scope.claims])  # type: ignore[misc]
        found = {}
        late: set[str] = set()
        for c, p in zip(scope.claims, assigned, strict=True):
            if p is not None and p.start >= end(c) and p.start >= scope.clause_of(c)[1]:
                if c.period is not None and (c.period.start, c.period.end) == (p.period_start, p.period_end):
                    late.add(c.id)
                p = None  # a later clause's words date its figure ("bán ròng 2.146 tỷ đồng, nâng … từ đầu năm")
            if p is None or p.period_start is None or p.period_end is None:
                p = _opening(scope, mentions, starts, c) or _paragraph_opening(scope, mentions, starts, said, c)
            if p is not None and p.period_start is not None and p.period_end is not None:
                found[c.id] = (p.period_start, p.period_end, p.end <= start(c))
            else:
                found[c.id] = _broken_down(scope, c, found)
        _CACHE[scope] = found
        _LATE[scope] = frozenset(late)
    return found


def year_unsaid(scope: Scope, x: Named, y: Named) -> bool:
    """Whether two named periods differ only by a year one of them was never given: in an article without a date
    of its own, words without a year ("quý I") are read against `_REFERENCE`, whose year says nothing ("quý I" …
    "trong quý 1/2021" are not named as two times; nor are they named as one)."""
    if document_date(scope.doc) is not None:
        return False
    for a, b in ((x, y), (y, x)):
        if a[0].year == a[1].year == _REFERENCE.year != b[0].year == b[1].year:
            try:
                return (a[0].replace(year=b[0].year), a[1].replace(year=b[0].year)) == (b[0], b[1])
            except ValueError:  # (29 February)
                return False
    return False


def dated_later(scope: Scope) -> frozenset[str]:
    """The figures whose calendar period extraction took from the period words of a later clause of their
    sentence ("Với 187,45 tỷ kWh … trong 7 tháng, hệ thống … không xảy ra thiếu điện như mùa khô năm 2023"; "sold
    1.2 million in the first half, more than in all of 2019"): those words date what that clause says, not the
    figure, which is of the time its own words name (or of the story's)."""
    named_periods(scope)
    return _LATE.get(scope, frozenset())


_SEMICOLONS = ";；"


def _opening(scope: Scope, mentions: list[PeriodMention], starts: list[int] | None, c: Claim) -> PeriodMention | None:
    """The period that opens `c`'s sentence, before any figure of it ("通报显示，2024年全省渔业经济总产值…；…；渔民人均
    纯收入28416元", "In 2024, … ; … "): a time adverbial at the head of a sentence dates every clause of it, those
    after a semicolon too, unless another period word stands in the figure's own segment before it (None then, or when
    none opens it)."""
    text = scope.text
    sentence = scope.sentence_of(start(c))
    lo = sentence.start
    while True:  # the segments one sentence joins (walking back over spaces: slicing the text would copy it)
        back = lo
        while back > 0 and text[back - 1] == " ":
            back -= 1
        if back == 0 or text[back - 1] not in _SEMICOLONS:
            break
        lo = scope.sentence_of(back - 1).start
    first = scope.starting_in(lo, sentence.end)
    head = start(first[0]) if first else start(c)
    inside = _between(mentions, starts, lo, start(c))
    if not inside or inside[0].end > head or inside[0].period_start is None or \
            inside[0].period_start == inside[0].period_end:
        return None  # (a day heading a sentence is when it was said: "10月8日，记者从…获悉")
    if any(m.start >= sentence.start for m in inside[1:]):
        return None  # another time named in its own segment (one named in an earlier segment dates that one's)
    return inside[0]


def _paragraph_opening(scope: Scope, mentions: list[PeriodMention], starts: list[int] | None, said: list[int],
                       c: Claim) -> PeriodMention | None:
    """The period that opens `c`'s paragraph (`_opening` of its first sentence: "Đến cuối tháng 6, tổng tài sản …
    đạt 312.400 tỷ đồng. Dư nợ cho vay khách hàng đạt 214.800 tỷ đồng"; "In September, … . Exports rose …"): a time
    adverbial heading a paragraph dates its later sentences, unless period words of any kind stand between it and
    the figure ("上月末人民币贷款余额为254.18万亿元": `said`, where they stand, in order; those after the figure date
    its comparison: "tăng 9,1% so với cuối năm 2024") (None
    then, or when `c`'s sentence opens the paragraph, or no period opens it)."""
    text = scope.text
    sentence = scope.sentence_of(start(c))
    lo = text.rfind("\n", 0, sentence.start) + 1
    while lo < sentence.start and text[lo].isspace():
        lo += 1
    if lo >= sentence.start:
        return None
    first = scope.sentence_of(lo)
    if first.end > sentence.start or bisect.bisect_left(said, first.end) < bisect.bisect_left(said, start(c)) or \
            word_table(scope.lang, "relations", "base_period").scan(text, first.end, start(c)):
        return None  # (another time named between: a period, or a base's period word: "上月末", "last month")
    figures = scope.starting_in(first.start, first.end)
    return _opening(scope, mentions, starts, figures[0]) if figures else None


def _between(mentions: list[PeriodMention], starts: list[int] | None, lo: int, hi: int) -> list[PeriodMention]:
    """The mentions starting in [lo, hi), in their list's order: by bisection over `starts` when the list is in
    text order (a scan per figure made long documents quadratic), by a scan otherwise (`starts` None)."""
    if starts is None:
        return [m for m in mentions if lo <= m.start < hi]
    return mentions[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


# the lengths of time (claim units) a figure's clause may name as its period ("10 tháng", "五天")
_LENGTHS = ("month", "day")


def length(scope: Scope, c: Claim) -> tuple[str, int] | None:
    """The length of time `c`'s clause names as its period, when it names no date: "Điện thương phẩm 10 tháng
    đạt 223,4 tỷ kWh", "五天内7场演唱会累计吸引观众36.1万人次", "In 10 months, power sales reached …": (unit,
    count), the one length of months or days of its clause or of its sentence's clauses before it (None when they
    name none, or several)."""
    _, hi = scope.clause_of(c)
    lo = scope.sentence_of(start(c)).start
    found = [o for o in scope.starting_in(lo, hi) if o is not c and o.unit in _LENGTHS and o.high is None
             and o.value == o.value.to_integral_value() and o.value > 1]
    if len(found) != 1:
        return None
    return found[0].unit, int(found[0].value)


def spans(first: datetime.date, last: datetime.date, unit: str, count: int) -> bool:
    """Whether a period runs `count` whole months (from a month's first day to a month's last) or `count`
    days: the story's span that "10 tháng" or "五天" names again by its length."""
    if unit == "day":
        return (last - first).days + 1 == count
    whole = first.day == 1 and (last + datetime.timedelta(days=1)).day == 1
    return whole and (last.year - first.year) * 12 + last.month - first.month + 1 == count


# how far into its sentence a breakdown word may stand ("其中，", "Trong đó, ", "Of which, ")
_OPENING = 4


def _broken_down(scope: Scope, c: Claim, found: dict[str, Named | None]) -> Named | None:
    """The period of the whole a breakdown sentence opens on ("今年前10个月，…进出口总值4.21万亿元。其中，出口
    3.02万亿元": "of which" speaks of the whole's period): the words' period of the last figure of the sentence
    before, when `c`'s sentence opens with a breakdown word (the lexicon's `cues.parts` "listed") and names no
    period of its own."""
    whole = broken_down(scope, c)
    for o in whole:
        named = found.get(o.id)
        if named is not None:
            return named
    return None


def broken_down(scope: Scope, c: Claim) -> list[Claim]:
    """The figures of the sentence whose whole `c`'s sentence breaks down, last first: `c`'s sentence opens with
    a breakdown word (the lexicon's `cues.parts` "listed": "其中", "Trong đó", "Of which") right after the
    sentence before; [] otherwise. A breakdown's figures are parts of that whole, never restatements of it."""
    sentence = scope.sentence_of(start(c))
    opening = scope.hits("parts", sentence.start, min(start(c), sentence.start + _OPENING + 4))
    if not opening or opening[0].label != "listed" or \
            scope.text[sentence.start:opening[0].start].strip(" \n\"“”「") != "":
        return []
    before = [o for o in scope.starting_in(max(0, sentence.start - 400), sentence.start)
              if scope.sentence_of(start(o)).end <= sentence.start]
    if not before:
        return []
    previous = scope.sentence_of(start(before[-1]))
    if sentence.start - previous.end > 4:
        return []  # another sentence stands between: not the whole it breaks down
    return [o for o in reversed(before) if scope.sentence_of(start(o)).start == previous.start]
