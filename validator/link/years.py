"""The years an article names, for the relations that run over years (CAGR, spans of years).

A CAGR needs the number of years between its two figures, a span ("hơn mười năm", "十年间", "over the
decade") the years it covers. Both come from the period expressions of the text (`find_periods`, read once
per document and only when a finder asks): the year written next to a figure ("2014年的60703万吨", "751
million in 2018", "năm 2014 chỉ là 284 triệu tấn"), a stated range ("giai đoạn 2020-2024", "2018年至2024
年", "from 2016 to 2023"), and the article's own year (its date, else the year it names most).
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections import Counter
from dataclasses import dataclass, field

from validator.extract.periods import PeriodMention, find_periods
from validator.lexicon import section, word_table
from validator.link.scope import Scope, end, start
from validator.model import Claim, Period

# how far a year may stand from the figure it dates: "2014年的60703万吨" / "72 GW in 2011"
_BEFORE = 10
_AFTER = 8


@dataclass
class Years:
    mentions: list[PeriodMention]
    starts: list[int]
    now: int | None
    months: dict[str, PeriodMention | None] = field(default_factory=dict)  # claim id -> its month, once read
    title: list[PeriodMention | None] = field(default_factory=list)  # the title's period, once read


_YEARS: weakref.WeakKeyDictionary[Scope, Years] = weakref.WeakKeyDictionary()


def years_of(scope: Scope) -> Years:
    found = _YEARS.get(scope)
    if found is None:
        mentions = scope.ctx.periods  # read once by extraction
        if mentions is None:
            mentions = find_periods(scope.text, scope.lang, scope.doc.date)
        now: int | None = scope.doc.date.year if scope.doc.date is not None else None
        if now is None:  # undated: the year it names most (the latest of those), not a far target it mentions
            named = Counter(max(m.years) for m in mentions if m.years and not m.horizon and not m.relative)
            now = max(named, key=lambda y: (named[y], y)) if named else None
        found = _YEARS[scope] = Years(mentions, [m.start for m in mentions], now)
    return found


def in_span(scope: Scope, lo: int, hi: int) -> list[PeriodMention]:
    """The period mentions inside text[lo:hi]."""
    y = years_of(scope)
    return [m for m in y.mentions[bisect.bisect_left(y.starts, lo):bisect.bisect_left(y.starts, hi)] if m.end <= hi]


def _crosses(scope: Scope, lo: int, hi: int) -> bool:
    """A "to" or "from" word between a year and the figure after it: the year is the figure's before it ("in 2019
    to 12.25 million", "to 1.1 million tonnes by 2030 from 790,000 tonnes in 2024")."""
    return bool(scope.ctx.between("to", lo, hi) or scope.ctx.between("from", lo, hi))


def _year_mention(scope: Scope, c: Claim) -> PeriodMention | None:
    """The mention of one year written next to a figure, in its clause (see `year_of`)."""
    lo, hi = scope.clause_of(c)
    before = [m for m in in_span(scope, max(lo, start(c) - 24), start(c))
              if len(m.years) == 1 and start(c) - m.end <= _BEFORE and m.granularity != "range"
              and not _crosses(scope, m.end, start(c))]
    if before:
        return before[-1]
    after = [m for m in in_span(scope, end(c), hi)  # "184.6 million in the 2025 financial year": where it starts
             if len(m.years) == 1 and m.start - end(c) <= _AFTER and m.granularity != "range"]
    return after[0] if after else None


def guessed_year(scope: Scope, c: Claim) -> bool:
    """The year next to a figure is written relative to the article's ("£148 million last year", "năm ngoái",
    "去年") and the article is undated: its year is counted from the one the article names most, which may be the
    year before the article's own (figures for a finished year are reported the year after), so it may be one
    later than read."""
    if scope.doc.date is not None:
        return False
    m = _year_mention(scope, c)
    return m is not None and m.relative


def undated_years(scope: Scope) -> tuple[int, ...]:
    """The years an undated article's own may be: the one it names most (`now_year`), the latest it names (of a
    finished year's figures, reported in the year after), and the year after that; none when it is dated."""
    if scope.doc.date is not None:
        return ()
    y = years_of(scope)
    named = [max(m.years) for m in y.mentions if m.years and not m.horizon and not m.relative]
    if y.now is None or not named:
        return ()
    latest = max(named)
    return tuple(sorted({y.now, latest, latest + 1}))


def year_of(scope: Scope, c: Claim) -> int | None:
    """The year written next to a figure, in its clause: "2014年的60703万吨", "in 2018", "năm 2014 chỉ là"."""
    lo, hi = scope.clause_of(c)
    m = _year_mention(scope, c)
    if m is not None:
        return m.years[0]
    p = c.period
    if p is not None and p.start is not None and p.end is not None and p.start.year == p.end.year:
        # "33.8 billion shillings in the first half of 2019": the figure's period, named in its clause
        if any(m.years == (p.start.year,) for m in in_span(scope, lo, hi)):
            return p.start.year
        # "At the end of 2019 the market, which runs from …, had about 1.3 gigawatts": the one year its sentence
        # names, before it, is its period's
        sentence = scope.sentence_of(start(c))
        named = {m.years for m in in_span(scope, sentence.start, sentence.end) if m.granularity != "range"}
        if named == {(p.start.year,)} and any(m.years == (p.start.year,)
                                               for m in in_span(scope, sentence.start, start(c))):
            return p.start.year
    return None


def stated_range(scope: Scope, lo: int, hi: int) -> tuple[int, int] | None:
    """A range of years written in text[lo:hi]: "giai đoạn 2020-2024", "2018年至2024年", "from 2016 to 2023"."""
    for m in in_span(scope, lo, hi):
        if len(m.years) == 2 and m.years[0] < m.years[1]:
            return m.years[0], m.years[1]
    return None


def now_year(scope: Scope) -> int | None:
    """The article's own year: its date's, else the year it names most (the latest of those)."""
    return years_of(scope).now


# --- months named without a year ---------------------------------------------------------------------


def month_number(scope: Scope, m: PeriodMention) -> int | None:
    """The month a month mention names: from its date when resolved, else from its words ("March", "9月份",
    "tháng 9")."""
    if m.granularity != "month":
        return None
    if m.period_start is not None:
        return m.period_start.month
    names = section(scope.lang, "periods", "months") or {}
    for word in re.findall(r"[^\W\d_]+", m.text.lower()):
        if word in names:
            return int(names[word])
    digits = re.findall(r"\d{1,2}", m.text)
    return int(digits[0]) if len(digits) == 1 and 1 <= int(digits[0]) <= 12 else None


def month_of(scope: Scope, c: Claim, reach: int = 40) -> PeriodMention | None:
    """The month mention that dates a figure: next to it ("€38.9bn in March 2023", "(February: 89.7"), or in
    its clause ("extended €41.3bn of new loans … in March")."""
    y = years_of(scope)
    if c.id not in y.months:
        y.months[c.id] = _month_of(scope, c, reach)
    return y.months[c.id]


def _month_of(scope: Scope, c: Claim, reach: int) -> PeriodMention | None:
    lo, hi = scope.clause_of(c)
    found = [m for m in in_span(scope, max(lo, start(c) - reach), min(hi, end(c) + reach))
             if m.granularity == "month" and not scope.ctx.between("to", m.end, start(c))]
    if not found:  # "(February: 89.7; March 2023: 93.1)": a label before its figure, across the colon
        found = [m for m in in_span(scope, max(0, start(c) - 16), start(c))
                 if m.granularity == "month" and re.fullmatch(r"\s*[:：]\s*", scope.text[m.end:start(c)])]
    if not found:  # "今年9月，全省港口吞吐量为7880万吨", "In March, exports were …": a month opening the sentence
        # (with no year: one with its year dates the figure as its period), or the part of it a semicolon opens
        # ("…；9月份，受天气影响，居民生活用电量一度达到1266亿千瓦时")
        sentence = scope.ctx.sentence_of(start(c))
        opens = max(sentence.start, max(scope.text.rfind(";", sentence.start, start(c)),
                                        scope.text.rfind("；", sentence.start, start(c))) + 1)
        found = [m for m in in_span(scope, opens, start(c)) if m.granularity == "month" and not m.years and
                 _OPENING.fullmatch(scope.text, opens, m.start) and re.match(r"\s*[,，]", scope.text[m.end:])]
        if len(scope.starting_in(opens, start(c))) > 0:
            found = []  # (only for the sentence's first figure)
    if not found:
        found = _told_when(scope, c, lo)
    if not found:
        return None
    return min(found, key=lambda m: min(abs(m.start - end(c)), abs(start(c) - m.end)))


def _told_when(scope: Scope, c: Claim, lo: int) -> list[PeriodMention]:
    """"put the weakness in August, when transhipment came in at 581,000 TEU", "tháng 4, khi lượng khách đạt …",
    "去年8月，当时…为…": a clause opening on a when-word right after a month tells that month's figure — its first."""
    text = scope.text
    hits = word_table(scope.lang, "relations", "when").scan(text, lo, start(c))
    if not hits or text[lo:hits[0].start].strip(" ,，") or scope.starting_in(hits[0].end, start(c)):
        return []
    before = in_span(scope, max(0, hits[0].start - 24), hits[0].start)
    return [m for m in before[-1:] if m.granularity == "month" and not text[m.end:hits[0].start].strip(" ,，")]


# before a month opening its sentence: nothing, or a short word ("In", "Vào", "Trong")
_OPENING = re.compile(r"\s*(?:[^\W\d_]{1,5}\s+)?")


def month_role(scope: Scope, base: Claim, current: Claim) -> str | None:
    """'yoy' or 'prev' from months written without dates: "€41.3bn … in March, up 19.4% from a year earlier.
    Volumes had been €34.6bn in February (prev) and €38.9bn in March 2023 (yoy)". A writer adds the year only
    to the month of another year."""
    mb = month_of(scope, base)
    if mb is None:
        return None
    mc = month_of(scope, current)
    if mc is None:  # a figure naming no period is of the one the story's title names ("… rise 6.8 pct in Sept")
        reported = reported_period(scope, current)
        mc = reported if reported is not None and reported.granularity == "month" else None
    nb = month_number(scope, mb)
    nc = month_number(scope, mc) if mc is not None else None
    if mb.years and (mc is None or not mc.years):
        return "yoy" if nc is None or nc == nb else None
    if not mb.years and nb is not None and nc is not None:
        return "prev" if (nc - nb) % 12 == 1 else None
    return None


# --- the period an article reports ---------------------------------------------------------------------

# how long a first line may be to be the article's title
_TITLE = 160
# the granularities of a reporting period ("August 2025", "quý III", "前三季度", "10 tháng")
_REPORTED = ("month", "quarter", "half", "year", "ytd")


def headline_period(scope: Scope) -> PeriodMention | None:
    """The one period the article's title names ("Air passenger traffic, August 2025", "Nordhaven box volumes rise
    6.8 pct in Sept", "Xuất khẩu thủy sản 10 tháng", "前三季度全省港口吞吐量…"): what a release reports, so the period
    of the figures that name none. None when the first line is no title (a sentence, or long) or names none, or
    several, or a base's or a run's."""
    y = years_of(scope)
    if not y.title:
        y.title.append(_headline(scope))
    return y.title[0]


def _headline(scope: Scope) -> PeriodMention | None:
    text = scope.text
    cut = text.find("\n")
    if cut <= 0 or cut > _TITLE or text[:cut].rstrip()[-1:] in (".", "。", "!", "?", ":", "："):
        return None
    named = [m for m in in_span(scope, 0, cut) if not m.horizon]
    if len(named) != 1:
        return None
    m = named[0]
    if m.comparison or m.backward or m.since or m.granularity not in _REPORTED or _base_word(scope, m):
        return None
    return m


def _base_word(scope: Scope, m: PeriodMention) -> bool:
    """The period is written as an earlier one ("the same month last year", "cùng kỳ năm ngoái", "上年同期")."""
    from validator.link.wording import base_periods  # (wording reads years: imported when called)

    lo, hi = max(0, m.start - 24), min(len(scope.text), m.end + 24)
    return any(h.start <= m.start and m.end <= h.end or m.start <= h.start < m.end
               for h in base_periods(scope.lang).scan(scope.text, lo, hi))


def reported_period(scope: Scope, c: Claim) -> PeriodMention | None:
    """The title's period (`headline_period`) for a figure that names none: no period of its own, none in its
    sentence but an earlier one's a base is named by ("climbed 11.5 pct from the previous month to 612,000 TEU,
    against 549,000 TEU in the same month last year" in a story titled "… in Sept"), nor in the sentence before
    it in its paragraph (the story may have moved on to another period there)."""
    if c.period is not None:
        return None
    title = headline_period(scope)
    if title is None or start(c) < scope.text.find("\n"):
        return None
    sentence = scope.sentence_of(start(c))
    lo = sentence.start
    prev = scope.previous_sentence(sentence)
    if prev is not None and prev.paragraph == sentence.paragraph:
        lo = prev.start
    for m in in_span(scope, lo, sentence.end):
        if not (m.horizon or m.comparison or m.backward or _base_word(scope, m) or _the_title_s(scope, m, title)):
            return None
    return title


def _the_title_s(scope: Scope, m: PeriodMention, title: PeriodMention) -> bool:
    """The title's own period named again ("2025年5月份全市经济运行情况" … "5月份，全市规模以上工业增加值…"; "Retail
    trade, March 2025" … "In March, …"): the story has not moved on to another period."""
    if m.granularity != title.granularity or m.since:
        return False
    if m.period_start is not None and title.period_start is not None:
        return m.period_start == title.period_start and m.period_end == title.period_end
    if m.years and title.years and m.years != title.years:
        return False
    return m.granularity == "month" and month_number(scope, m) is not None and (
        month_number(scope, m) == month_number(scope, title))


def figure_period(scope: Scope, c: Claim) -> Period | None:
    """A figure's period: its own, else the one the story's title names when its words name none
    (`reported_period`) and that one has dates."""
    if c.period is not None:
        return c.period
    m = reported_period(scope, c)
    if m is None or m.period_start is None or m.period_end is None:
        return None
    label = str(m.years[0]) if m.granularity == "year" and len(m.years) == 1 else m.text
    return Period(start=m.period_start, end=m.period_end, label=label)
