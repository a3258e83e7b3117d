"""Time expressions: find the periods a text talks about and resolve them to dates.

What a language writes is data: each lexicon's ``periods:`` section lists word->number maps (months, quarters,
halves, counts of months, relative years) and regex templates whose placeholders (``{year}``, ``{month}``,
``{rel}`` ...) this module expands into named groups. Each template has a ``kind`` that says how its groups become
dates; the kinds are the only thing the code knows. All templates run once over the text; where matches overlap,
the set covering the most text wins. Years are only taken where the wording makes a number a year ("năm 2024",
"2024年", "in 2024", "(2012-2020)"), never from a bare number.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import get_args

from validator.extract.dates import article_date as article_date
from validator.extract.dates import default_year, named_key
from validator.extract.dates import document_date as document_date
from validator.extract.dates import parse_date as parse_date
from validator.lexicon import LexiconError, WordTable, lexicon, word_table
from validator.lexicon.schema import PeriodKind
from validator.scan import compiled
from validator.scan.multiscan import MultiScan

# Placeholder -> which value map of the lexicon it reads and which digits it accepts.
_DIGITS = {
    "year": r"(?<![\d.,])(?:1[89]\d\d|20\d\d|21\d\d)(?!\d|[.,]\d)",
    "yy": r"(?<![\d.,])\d\d(?!\d|[.,]\d)",  # a year by its last two digits ("FY24", "1H25"): 2000-2069, 1970-1999
    "decade": r"(?<![\d.,])(?:1[89]\d0|20\d0)(?!\d)",
    "month": r"(?<![\d.,])(?:1[0-2]|0?[1-9])(?!\d|[.,]\d)",
    "day": r"(?<![\d.,])(?:3[01]|[12]\d|0?[1-9])(?!\d|[.,]\d)",
    "quarter": r"(?<![\d.,])[1-4](?!\d|[.,]\d)",
    "half": r"(?<![\d.,])[12](?!\d|[.,]\d)",
    "count": r"(?<![\d.,])(?:1[0-2]|0?[1-9])(?!\d|[.,]\d)",
    "hour": r"(?<![\d.,:])(?:[01]?\d|2[0-3])",
    "minute": r"[0-5]\d(?![\d:])",
    "rel": r"(?!)",  # relative years are words only
    "plan": r"(?!)",  # five-year plans are words only (their first year)
}
_WORDS = {
    "month": "months",
    "quarter": "quarters",
    "half": "halves",
    "count": "counts",
    "rel": "relative_years",
    "plan": "plans",
}
_PLACEHOLDER = re.compile(r"\{([a-z]+)(2?)\}")
KINDS = frozenset(get_args(PeriodKind))
# Anaphoric kinds: "the same period last year", "cùng kỳ năm trước", "上年同期" name the period last
# dated in the text, moved by their relative year ({rel}); without one, same_period keeps the year
# and prior_period ("cùng kỳ" alone) steps back one.
_ANAPHORA_SHIFT = {"same_period": 0, "prior_period": -1}


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """One time expression: its span in the text and the calendar period it covers."""

    start: int
    end: int
    text: str
    period_start: datetime.date | None
    period_end: datetime.date | None
    granularity: str  # year | half | quarter | month | range | ytd | day
    relative: bool
    horizon: bool
    years: tuple[int, ...]
    # written as the base of a comparison ("so với năm trước", "compared with last year", "比上年"):
    # it dates the figure compared against, never a number before it
    comparison: bool = False
    # names an earlier period ("上年同期为99.6万辆") or starts a run to now ("since 2019"): dates its clause only
    backward: bool = False
    since: bool = False


@dataclass(frozen=True, slots=True)
class _Template:
    kind: str
    regex: re.Pattern[str]
    horizon: bool
    reject_before: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class _Lexicon:
    templates: tuple[_Template, ...]
    values: dict[str, dict[str, int]]
    scan: MultiScan  # all templates' regexes, run together
    comparison_before: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A template match whose groups read as a valid period (not yet resolved)."""

    start: int  # the whole match, used to settle overlaps
    end: int
    core: tuple[int, int]  # the reported span (the ``core`` group, else the whole match)
    kind: str
    horizon: bool
    fields: dict[str, int]
    numerals: tuple[tuple[int, int], ...]


@functools.cache
def _lexicon(language: str) -> _Lexicon:
    section = lexicon(language).periods
    values = {name: {word.casefold(): number for word, number in getattr(section, name).items()}
              for name in _WORDS.values()}
    connectors = [*lexicon(language).comparison.words("range"), *section.range_connectors]  # {to}
    templates = []
    for index, entry in enumerate(section.patterns):
        source = _expand(entry.regex, values, connectors)
        reject = entry.reject_before
        try:
            regex = compiled.compile(source, re.IGNORECASE)
            reject_regex = re.compile(f"(?:{reject})$", re.IGNORECASE) if reject else None
        except re.error as error:
            raise LexiconError(f"{language}.yaml: periods pattern {index} ({entry.regex!r}): {error}") from error
        templates.append(_Template(entry.kind, regex, entry.horizon, reject_regex))
    comparison = lexicon(language).comparison.words("base_period")
    comparison_re = (
        re.compile("(?:" + "|".join(_alternatives(comparison)) + r")\s*$", re.IGNORECASE) if comparison else None
    )
    return _Lexicon(tuple(templates), values, MultiScan([t.regex for t in templates]), comparison_re)


def _shift_years(day: datetime.date, years: int) -> datetime.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _expand(template: str, values: dict[str, dict[str, int]], connectors: list[str]) -> str:
    """Replace ``{name}``/``{name2}`` with named groups; repeated names get a numeric suffix."""
    seen: dict[str, int] = {}

    def group(match: re.Match[str]) -> str:
        name, second = match.group(1), match.group(2)
        if name == "to":
            return "(?:" + "|".join(_alternatives(connectors)) + ")"
        if name not in _DIGITS:
            raise ValueError(f"unknown placeholder {{{name}}} in {template!r}")
        alternatives = [_DIGITS[name]]
        if name in _WORDS:
            alternatives = _alternatives(values[_WORDS[name]]) + alternatives
        label = f"{name}{second}"
        count = seen[label] = seen.get(label, -1) + 1
        return f"(?P<{label}__{count}>" + "|".join(alternatives) + ")"

    return _PLACEHOLDER.sub(group, template)


def _alternatives(words: list[str] | dict[str, int]) -> list[str]:
    # Longest first, so that "năm ngoái" is tried before "năm" and "III" before "I".
    return [re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w))]


def _read(match: re.Match[str], template: _Template, values: dict[str, dict[str, int]]) -> _Candidate | None:
    """The numbers a match names, or None when they do not make a valid period."""
    fields: dict[str, int] = {}
    numerals: list[tuple[int, int]] = []
    filled: dict[str, tuple[str, int, int]] = {}  # each field's first filled group ``field__…``: text and span
    for group, value in match.groupdict().items():  # (one walk of the groups, not one per field)
        if value is not None and (field := group.rpartition("__")[0]) not in filled:
            filled[field] = value, match.start(group), match.end(group)
    for label in ("year", "year2", "yy", "decade", "month", "month2", "day", "day2", "quarter", "half", "count", "rel",
                  "plan"):
        found = filled.get(label)
        if found is None:
            continue
        text, start, end = found
        base = label.rstrip("2")
        if text.isdigit():
            number: int | None = int(text)
        else:
            number = values.get(_WORDS.get(base, ""), {}).get(text.casefold())
        if number is None:
            return None  # matched under case folding but not a known word
        fields[label] = number
        if label not in ("rel", "plan"):
            numerals.append((start, end))
    if "yy" in fields:  # "FY24": 2000-2069, "FY98" 1970-1999
        fields["year"] = (yy := fields.pop("yy")) + (2000 if yy < 70 else 1900)
    if "plan" in fields:  # a five-year plan: its first and last year
        fields["year"], fields["year2"] = fields["plan"], fields["plan"] + 4
    for label in ("hour", "minute"):
        found = filled.get(label)
        if found is not None:
            numerals.append((found[1], found[2]))
    if not _plausible(template.kind, fields):
        return None
    core = (match.start("core"), match.end("core")) if "core" in match.re.groupindex else match.span()
    return _Candidate(
        match.start(), match.end(), core, template.kind, template.horizon, fields, tuple(sorted(numerals))
    )


def _plausible(kind: str, f: dict[str, int]) -> bool:
    if kind == "year_range":
        return "year" in f and "year2" in f and f["year2"] > f["year"]
    if kind == "month_range":
        if "month" not in f or "month2" not in f:
            return False
        return f["month2"] > f["month"] or f.get("year2", f.get("year", 0)) > f.get("year", 0)
    if kind in ("first_months", "last_months"):
        return 1 <= f.get("count", 0) <= 12
    if kind == "first_quarters":
        return 1 <= f.get("count", 0) <= 4
    if kind in ("quarter", "fiscal_quarter"):
        return 1 <= f.get("quarter", 0) <= 4
    if kind in ("half", "fiscal_half"):
        return f.get("half") in (1, 2)
    if kind == "day_range":  # "5月1日至5日", "1/5 đến 5/5", "May 1-5": a run of days, in a leap year for 29 February
        return _days(2000, f) is not None
    if kind == "day" and {"year", "month", "day"} <= f.keys():
        try:
            datetime.date(f["year"], f["month"], f["day"])
        except ValueError:
            return False
    return True


_LAST_CANDIDATES: list[tuple[str, str, list[_Candidate]]] = []  # the last `_KEPT` texts read, latest first
_KEPT = 3  # a byline read again (two short regions) does not drop the article's own (see `_candidates`)


def _candidates(text: str, language: str, matches: list[list[re.Match[str]]] | None = None) -> list[_Candidate]:
    """The non-overlapping template matches that cover the most text, in text order.

    Covering the most text (rather than taking the leftmost match first) lets "2024-2025" in
    "in 2024-2025" win over "in 2024", and "từ năm 2020 đến năm 2024" over its two years.
    The last texts' are kept: a short article is read whole for its byline date, then again for its periods;
    linking reads the article's byline regions again and then the article (`link.restatements.periods`).
    """
    for kept in _LAST_CANDIDATES:
        if kept[0] is text and kept[1] == language:
            return kept[2]
    chosen = _find_candidates(text, language, matches)
    _LAST_CANDIDATES.insert(0, (text, language, chosen))
    del _LAST_CANDIDATES[_KEPT:]
    return chosen


def _find_candidates(text: str, language: str, matches: list[list[re.Match[str]]] | None = None) -> list[_Candidate]:
    lexicon = _lexicon(language)
    found: list[tuple[int, int, int, _Candidate]] = []
    matches = lexicon.scan.scan(text) if matches is None else matches  # each template's finditer, in one pass
    for index, template in enumerate(lexicon.templates):
        for match in matches[index]:
            if match.end() == match.start():
                continue
            if template.reject_before and template.reject_before.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue
            candidate = _read(match, template, lexicon.values)
            if candidate is not None:
                found.append((candidate.end, candidate.start, index, candidate))
    found.sort(key=lambda item: item[:3])
    # Weighted interval scheduling: best[i] is the most text covered by found[:i].
    ends = [item[0] for item in found]
    best = [0] * (len(found) + 1)
    take = [False] * len(found)
    for i, (end, start, _, _) in enumerate(found):
        previous = bisect_right(ends, start, 0, i)
        with_this = best[previous] + end - start
        take[i] = with_this > best[i]
        best[i + 1] = with_this if take[i] else best[i]
    chosen: list[_Candidate] = []
    i = len(found) - 1
    while i >= 0:
        if take[i]:
            chosen.append(found[i][3])
            i = bisect_right(ends, found[i][1], 0, i) - 1
        else:
            i -= 1
    return chosen[::-1]


def _days(year: int, f: dict[str, int]) -> tuple[datetime.date, datetime.date] | None:
    """The first and last day of a run of days ("5月1日至5日": day, day2, month and perhaps month2), or None
    when those are no dates or the run goes backwards."""
    try:
        first = datetime.date(year, f["month"], f["day"])
        last = datetime.date(year, f.get("month2", f["month"]), f["day2"])
    except (KeyError, ValueError):
        return None
    return (first, last) if first < last else None


def _last_day(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _months(
    year: int, first: int, last: int, last_year: int | None = None
) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, first, 1), _last_day(last_year or year, last)


_FISCAL = frozenset({"fiscal", "fiscal_half", "fiscal_quarter"})  # of a company's own year: not calendar dates
_WHOLE = {3: "quarter", 6: "half", 12: "year"}  # a run of months that is a named period
_GRANULARITY = {
    "year": "year",
    "fiscal": "year",
    "fiscal_half": "half",
    "fiscal_quarter": "quarter",
    "fiscal_end": "year",
    "year_range": "range",
    "decade": "range",
    "month": "month",
    "month_range": "range",
    "day": "day",
    "day_range": "range",
    "quarter": "quarter",
    "half": "half",
    "first_quarters": "ytd",
    "first_months": "ytd",
    "last_months": "range",
    "ytd_to_date": "ytd",
}


def _granularity(kind: str, f: dict[str, int]) -> str:
    """The granularity a kind implies; "6 tháng đầu năm" is a half, "1-9月" year-to-date."""
    if kind == "first_months":
        return _WHOLE.get(f["count"], "ytd")
    if kind == "first_quarters":
        return _WHOLE.get(3 * f["count"], "ytd")
    if kind == "last_months":
        return _WHOLE.get(f["count"], "range")
    if kind == "month_range" and f["month"] == 1 and f.get("year2", f.get("year")) == f.get("year"):
        return "ytd"
    return _GRANULARITY[kind]


def find_periods(text: str, language: str, ref_date: datetime.date | None = None) -> list[PeriodMention]:
    """All time expressions in ``text``, in order, resolved against ``ref_date`` where relative.

    A period written without its year ("Q3", "quý III", "1-9月") takes the nearest preceding year stated in the
    same paragraph (a line), else ``ref_date``'s year (see `default_year`), else no dates."""
    mentions: list[PeriodMention] = []
    newlines = [m.start() for m in re.finditer("\n", text)]
    context_paragraph, context_year, context_relative = -1, None, False
    comparison_re = _lexicon(language).comparison_before
    last_dated: PeriodMention | None = None
    undated: _Candidate | None = None  # a period named since, that no year could date ("tháng 10")
    named_years: dict[tuple[str, int], int] = {}  # the year a month, quarter or half was last named with
    for candidate in _candidates(text, language):
        if candidate.kind == "clock":
            continue
        compared = bool(comparison_re and comparison_re.search(text, max(0, candidate.start - 16), candidate.start))
        if candidate.kind in _ANAPHORA_SHIFT:
            shift = candidate.fields.get("rel", _ANAPHORA_SHIFT[candidate.kind])
            a_start = a_end = None
            granularity = "range"
            if undated is not None and "year" in candidate.fields:
                # "Riêng tháng 10, … tăng 46,2% so với cùng kỳ năm 2023": the period last named has no year of its
                # own, the anaphora gives it one
                a_start, a_end, granularity = _resolve(undated.kind, undated.fields, candidate.fields["year"],
                                                       ref_date)
            elif last_dated is not None and last_dated.period_start and last_dated.period_end:
                if "year" in candidate.fields:  # "cùng kỳ năm 2024", "2024年同期"
                    shift = candidate.fields["year"] - last_dated.period_end.year
                a_start = _shift_years(last_dated.period_start, shift)
                a_end = _shift_years(last_dated.period_end, shift)
                if last_dated.period_end.month == 2 and last_dated.period_end.day >= 28:
                    a_end = _last_day(a_end.year, 2)
                granularity = last_dated.granularity
            core_start, core_end = candidate.core
            mentions.append(PeriodMention(
                core_start, core_end, text[core_start:core_end], a_start, a_end, granularity,
                True, False, (candidate.fields["year"],) if "year" in candidate.fields else (), compared, shift < 0,
            ))
            continue
        paragraph = bisect_right(newlines, candidate.start)
        if paragraph != context_paragraph:
            context_paragraph, context_year, context_relative = paragraph, None, False
        f = candidate.fields
        relative = "rel" in f
        if "year" in f:
            year: int | None = f["year"]
        elif "decade" in f:
            year = f["decade"]
        elif relative:
            year = ref_date.year + f["rel"] if ref_date else None
        elif context_year is not None:
            year, relative = context_year, context_relative
        else:
            year, relative = default_year(candidate.kind, f, ref_date, named_years), True
        start, end, granularity = _resolve(candidate.kind, f, year, ref_date)
        explicit = tuple(f[k] for k in ("year", "year2", "decade") if k in f)
        since = start is not None and _since_led(text, language, candidate.core[0])
        if explicit and candidate.kind not in _FISCAL and not compared and not since:
            # (a fiscal year does not date the calendar after it; nor does a base's year after a comparison word:
            # "gấp hơn 2 lần tháng 10/2023. Trước đó, tháng 9…" is this year's September)
            context_year, context_relative = explicit[-1], False
            named_years[named_key(candidate.kind, f)] = explicit[-1]  # (a month, quarter or half named so)
        elif "rel" in f and year is not None and not compared:
            # ("rose 5.1% from a year earlier to 138,600 in October": the base's period, after a comparison
            # word, does not date the months that follow)
            context_year, context_relative = year, True
        core_start, core_end = candidate.core
        mentions.append(PeriodMention(core_start, core_end, text[core_start:core_end], start, end, granularity,
                                      relative, candidate.horizon, explicit, compared, since=since))
        if start is not None and end is not None and not candidate.horizon:
            last_dated, undated = mentions[-1], None
        elif start is None and not candidate.horizon and candidate.kind not in _FISCAL:
            undated = candidate
    return mentions


def _since_led(text: str, language: str, pos: int) -> bool:
    """A "since" word leads the clause up to `pos` ("the highest since the series began in 1998", "cao nhất kể từ
    khi … năm 1998"): the year starts a run to now, and dates none of the months told after it."""
    floor = max(0, pos - 160)  # (a clause is short: no scan back over a long document)
    lo = max(floor, *(text.rfind(ch, floor, pos) + 1 for ch in ",;，；。!?\n"))
    return bool(_since_words(language).scan(text, lo, pos))


@functools.cache
def _since_words(language: str) -> WordTable:
    return word_table(language, "relations", "since")


def _resolve(
    kind: str, f: dict[str, int], year: int | None, ref_date: datetime.date | None
) -> tuple[datetime.date | None, datetime.date | None, str]:
    """First day, last day and granularity of a candidate, given the year it belongs to."""
    granularity = _granularity(kind, f)
    if year is None or kind in _FISCAL:  # a fiscal year's months depend on the company
        return None, None, granularity
    if kind == "year":
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31), granularity
    if kind == "year_range":
        return datetime.date(year, 1, 1), datetime.date(f["year2"], 12, 31), granularity
    if kind == "decade":
        return datetime.date(year, 1, 1), datetime.date(year + 9, 12, 31), granularity
    if kind == "month":
        return (*_months(year, f["month"], f["month"]), granularity)
    if kind == "month_range":
        last_year = f.get("year2", year)
        first, last = _months(year, f["month"], f["month2"], last_year)
        return first, last, granularity
    if kind == "day":
        day = datetime.date(year, f["month"], f["day"])
        return day, day, granularity
    if kind == "day_range":
        days = _days(year, f)
        return (None, None, granularity) if days is None else (*days, granularity)
    if kind == "quarter":
        return (*_months(year, 3 * f["quarter"] - 2, 3 * f["quarter"]), granularity)
    if kind == "half":
        return (*_months(year, 6 * f["half"] - 5, 6 * f["half"]), granularity)
    if kind in ("first_months", "first_quarters"):
        months = f["count"] * (3 if kind == "first_quarters" else 1)
        return (*_months(year, 1, months), granularity)
    if kind == "last_months":
        return (*_months(year, 13 - f["count"], 12), granularity)
    if kind == "fiscal_end":
        end = datetime.date(year, f["month"], f["day"]) if "day" in f else _last_day(year, f["month"])
        try:
            start = end.replace(year=end.year - 1) + datetime.timedelta(days=1)
        except ValueError:  # 29 February
            start = datetime.date(end.year - 1, 3, 1)
        return start, end, granularity
    # ytd_to_date: from 1 January up to the article date when that is known and later
    first = datetime.date(year, 1, 1)
    if ref_date is None or ref_date < first:
        return first, None, granularity
    return first, ref_date, "ytd" if ref_date.year == year else "range"


def year_spans(text: str, language: str) -> list[tuple[int, int]]:
    """Spans of the numerals that write years, months, days and clock times (not amounts).

    Adjacent numerals joined by one date separator ("2025-12-11", "16:43", "2012-2020")
    come back as one span, so a numeral extractor can skip exactly these characters.
    """
    spans: list[tuple[int, int]] = []
    for candidate in _candidates(text, language):
        for start, end in candidate.numerals:
            if spans and (
                spans[-1][1] == start or (start - spans[-1][1] == 1 and text[spans[-1][1]] in "-/.:–—~")
            ):
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return spans
