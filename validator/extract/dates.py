"""The date an article's relative periods are read against: a byline's date, a metadata field's, or the one
given with it (`document_date`). The period expressions themselves are read in `validator.extract.periods`."""

from __future__ import annotations

import datetime

from validator.document import Document
from validator.lexicon import LANGUAGES

_DATE_WINDOW = 320  # bylines sit within the first or last few lines


def article_date(text: str, language: str | None = None) -> datetime.date | None:
    """The date of a byline ("2025-12-11 16:43", "2025年12月11日", "Dec 11, 2025",
    "ngày 11/12/2025") in the first or last ~300 characters, else None. Read with the date forms of
    `language` (an article's own: the tables of the others are then never compiled), or of every language."""
    head, tail_start = text[:_DATE_WINDOW], max(0, len(text) - _DATE_WINDOW)
    languages = LANGUAGES if language is None else (language,)
    from validator.extract.periods import find_periods  # (periods re-exports these: imported when called)

    for region, offset, pick_last in ((head, 0, False), (text[tail_start:], tail_start, True)):
        if offset == 0 and pick_last:
            break  # a text shorter than the window: the tail is the head, already read
        dates: list[tuple[int, datetime.date]] = []
        for language in languages:
            for mention in find_periods(region, language):
                # (a date a "since" word leads starts a run to now, the article's is later: "Tính từ ngày vận hành
                # thương mại 22/12/2024, sau hơn năm tháng, …", "since its launch on 22 December 2024")
                if mention.granularity == "day" and mention.years and mention.period_start is not None and not (
                        mention.since):
                    dates.append((offset + mention.start, mention.period_start))
        if dates:
            dates.sort()
            return dates[-1][1] if pick_last else dates[0][1]
    return None


def parse_date(value: str, language: str | None = None) -> datetime.date | None:
    """A date written on its own, e.g. a JSON ``"published"`` field ("2025-12-11T16:43:00Z")."""
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return article_date(value, language)


def document_date(doc: Document) -> datetime.date | None:
    """The date an article's relative periods ("this year", "cùng kỳ", "去年") are read against: the date
    given with it (a claim file's ``date:``), else the first of its metadata dates that reads as one, else
    its byline date (`article_date`)."""
    if doc.date is not None:
        return doc.date
    for value in doc.date_fields:
        if (date := parse_date(value)) is not None:  # metadata: any language's form
            return date
    return article_date(doc.text, doc.language)


def default_year(kind: str, f: dict[str, int], ref_date: datetime.date | None,
                  named_years: dict[tuple[str, int], int]) -> int | None:
    """The year of a period written without one and no year before it in its paragraph: the reference date's —
    but a month, quarter or half of that year that begins after it ("Doanh thu … tháng 12 đạt …" read on 1
    January 2025) is no period to come: it is the one the story named with its year ("tính đến hết tháng
    12/2024"). (A writer adds the year to the month of another year only, so only then is the named one taken.)"""
    if ref_date is None:
        return None
    month = {"month": 1, "quarter": 3, "half": 6}.get(kind, 0) * f.get(kind, 0) - {"quarter": 2, "half": 5}.get(kind, 0)
    if 1 <= month <= 12 and datetime.date(ref_date.year, month, 1) > ref_date:
        return named_years.get(named_key(kind, f), ref_date.year)
    return ref_date.year


def named_key(kind: str, f: dict[str, int]) -> tuple[str, int]:
    """A month, quarter or half by its number: what a story may name again without its year (("", 0) for
    another period, never kept)."""
    return (kind, f[kind]) if kind in ("month", "quarter", "half") and kind in f else ("", 0)
