"""Spans of years: "hơn mười năm tính từ mốc năm 2018", "2018年至2024年…十年间", "over ten years since 2014",
"sau 39 năm (kể từ năm 1985)" — a stated number of years against the years the text names.

A span is checked (rule CS204, period-span) against, in order of designation:
- a range of years in its sentence ("2018年至2024年", "giai đoạn 2020-2024", "from 2016 to 2023"): counted as
  the difference of the two years or, since a run of calendar years is often counted inclusively ("2014-2023:
  ten years"), as the number of years it names; either reading may fit;
- a year the sentence names as the start ("kể từ năm 2017", "since 2014", "自2021年…以来"), up to the article's
  own year (its date, else the year it names most);
- two years the sentence names as "from … to …" ("from the airport expansion in 2017 to the new marina we
  open in 2024").
A span written as a modifier ("the 10-year average", "18-year-olds") or with no year named near it ("the
lowest level in almost three years", "连续10年") has nothing to be checked against.
"""

from __future__ import annotations

import re

from validator.extract.periods import PeriodMention
from validator.lexicon import word_table
from validator.link.hypotheses import CLAUSE, EXPLICIT, Hypothesis
from validator.link.scope import Scope, end, start
from validator.link.years import in_span, now_year, stated_range, undated_years
from validator.model import Claim, DurationRelation

# how far from a span the years it is counted over may stand
_REACH = 48
# the period mentions that date a start (not a decade, not a range)
_DATES = ("year", "half", "quarter", "month", "day", "first_months")


def find_durations(scope: Scope) -> list[Hypothesis]:
    out: list[Hypothesis] = []
    for c in scope.claims:
        if c.unit != "year" or c.value < 2 or c.high is not None:
            continue
        modifier = "-" in c.text or _modifier(scope, c)
        h = Hypothesis(c.id)
        for first, last, strength, why in (_run(scope, c) if modifier else _spans(scope, c)):
            h.add(DurationRelation(kind="duration", duration=c.id, start=first, end=last), strength, why)
        if h.candidates:
            out.append(h)
    return out


def _modifier(scope: Scope, c: Claim) -> bool:
    """"30年期", "a near 30 year low", "5 năm trước", "三年行动", "kế hoạch 5 năm": a number of years that qualifies a
    thing (a plan's length) or dates a point."""
    table = word_table(scope.lang, "relations", "span_modifier")
    hits = table.scan(scope.text, end(c), min(len(scope.text), end(c) + 12))
    if hits and len(scope.text[end(c):hits[0].start].strip()) == 0:
        return True
    # "kế hoạch 5 năm", "a plan of five years": the length of the plan its words name right before it
    owners = word_table(scope.lang, "relations", "span_owner").scan(scope.text, max(0, start(c) - 24), start(c))
    return bool(owners) and len(scope.text[owners[-1].end:start(c)].strip()) == 0


# how far after a span written as a modifier the words naming its run may stand ("the ten-year infrastructure
# program running from"), and how far after them its two years
_RUN_REACH = 48
_RUN_YEARS = 32


def _run(scope: Scope, c: Claim) -> list[tuple[int, int, float, str]]:
    """A span written as a modifier whose run is spelled out after the thing it qualifies: "the ten-year
    infrastructure program running from 2026-27 to 2029-30" (a run word, then two years joined by "to", with no
    figure between the span and them). A financial year ("2026-27") is counted by the year it starts in."""
    lo, hi = scope.clause_of(c)
    hits = word_table(scope.lang, "relations", "span_run").scan(scope.text, end(c), min(hi, end(c) + _RUN_REACH))
    if not hits or scope.starting_in(end(c) + 1, hits[0].start):
        return []
    w = hits[0]
    years = list(_YEAR.finditer(scope.text, w.end, min(hi, w.end + _RUN_YEARS)))
    if len(years) < 2 or not scope.ctx.between("to", years[0].end(), years[1].start()):
        return []
    if scope.starting_in(w.end, years[1].end()):
        return []  # a figure among them: the years date it, not the run
    a, b = int(years[0].group(0)), int(years[1].group(0))
    if a >= b:
        return []
    return [(a, b, EXPLICIT, f"its run from {a} to {b}, named after it"),
            (a - 1, b, EXPLICIT, f"its run from {a} through {b}, counted inclusively")]


def _near(scope: Scope, c: Claim) -> tuple[int, int]:
    """Where the years a span is counted over may stand: around it in its sentence, within `_REACH`."""
    sentence = scope.sentence_of(start(c))
    return max(sentence.start, start(c) - _REACH), min(sentence.end, end(c) + _REACH)


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _spans(scope: Scope, c: Claim) -> list[tuple[int, int, float, str]]:
    sentence = scope.sentence_of(start(c))
    if not _YEAR.search(scope.text, sentence.start, sentence.end):
        return []  # no year named: nothing to count the span against (and no need to read the periods)
    near = _near(scope, c)
    found = stated_range(scope, *near)
    sentence = scope.sentence_of(start(c))
    others = [m for m in in_span(scope, sentence.start, sentence.end) if len(m.years) == 1 and m.granularity in _DATES]
    if found is not None and not others:  # ("giảm từ 65% trong giai đoạn 2013-2014 xuống 58% năm 2016": no)
        a, b = found
        return [(a, b, EXPLICIT, f"the years {a}–{b} named in its sentence"),
                (a - 1, b, EXPLICIT, f"the years {a} through {b} named in its sentence, counted inclusively")]
    since = _since(scope, c, *near)
    now = _now_after(scope, since)
    if since is not None and now is not None:
        # the article's year is partly gone: "over three years" since July 2021, in 2024
        return [(since, now, CLAUSE, f"from {since} to the article's year {now}"),
                (since - 1, now, CLAUSE, f"from {since} into the article's year {now}, counted inclusively")]
    # "more than a decade, from the airport expansion … in 2017 to the new marina we open in 2024": a span spelled
    # out right after it reaches as far as its sentence does; else the pair named around it ("从2019年…到2024年，
    # 短短十年间，价格从…": a "from" after it may open another clause's move)
    spelled = scope.ctx.between("from", end(c), min(sentence.end, end(c) + 12))
    pair = (_from_to_years(scope, max(sentence.start, start(c)), sentence.end) if spelled else None) \
        or _from_to_years(scope, *near)
    if pair is not None:
        return [(pair[0], pair[1], CLAUSE, f"from {pair[0]} to {pair[1]}, named in its sentence")]
    return []


def _now_after(scope: Scope, since: int | None) -> int | None:
    """The article's year a span since `since` runs to: its date's; for an undated article, the year it names
    most, or when that is the start year itself ("sau hơn mười năm, tính từ năm 2019 … năm 2019, … đón 3,56 triệu
    lượt": the start named twice), the latest year it names (`undated_years`), when later."""
    now = now_year(scope)
    if since is None or now is None:
        return None
    if now > since or scope.doc.date is not None:
        return now if now > since else None
    later = [y for y in undated_years(scope)[:-1] if y > since]  # (not the year after the latest it names)
    return max(later) if later else None


# how far before a year a "since" may open the clause that names it ("since the series began in January 2012")
_SINCE_CLAUSE = 40
_CLAUSE_BREAK = re.compile(r"[,;:，；：。.()（）]|\d")


def _since_clause(scope: Scope, table: object, lo: int, at: int) -> bool:
    """A "since" word that opens a clause whose event the year dates ("since the series began in January 2012",
    "kể từ khi hệ thống bắt đầu ghi nhận năm 2012"): the words between hold no other figure, year or clause mark."""
    for hit in reversed(table.scan(scope.text, lo, at)):  # type: ignore[attr-defined]
        return not _CLAUSE_BREAK.search(scope.text, hit.end, at)
    return False


def _since(scope: Scope, c: Claim, lo: int, hi: int) -> int | None:
    """A year the sentence gives as the span's start: "kể từ năm 2017", "since 2014", "自2021年7月16日…以来"."""
    table = word_table(scope.lang, "relations", "since")
    after = word_table(scope.lang, "relations", "since_after")
    years = [m for m in in_span(scope, lo, hi) if len(m.years) == 1 and not m.horizon and m.granularity in _DATES]
    for m in years:
        if any(o is not c for o in scope.starting_in(min(m.end, start(c)), max(m.start, end(c)))):
            continue  # another figure between them: the year is its
        if table.scan(scope.text, max(lo, m.start - 14), m.start) or after.scan(scope.text, m.end, min(hi, m.end + 24)):
            return m.years[0]
        if _since_clause(scope, table, max(scope.sentence_of(m.start).start, m.start - _SINCE_CLAUSE), m.start):
            return m.years[0]
    led = _since_event(scope, c)
    if led is not None:
        return led
    return _compared_from(scope, c, [m for m in years if m.end <= start(c)])


# how far after a span its "since" word may stand ("hơn mười năm phát triển kể từ"), and how far after that word
# the year of the event it names
_SINCE_GAP = 24
_EVENT = 96


def _since_event(scope: Scope, c: Claim) -> int | None:
    """A span followed by "since" and the event that started it: "hơn mười năm kể từ lần đầu tổ chức năm 2019",
    "ten years since the first festival in 2015": the first year in that clause after the word dates the event,
    when no other figure stands between the span and it."""
    sentence = scope.sentence_of(start(c))
    hi = min(sentence.end, end(c) + _SINCE_GAP)
    hits = word_table(scope.lang, "relations", "since").scan(scope.text, end(c), hi)
    if not hits:
        return None
    w = hits[0]
    # the event's clause: the since word's own, which may open the clause after the span's ("Hơn mười năm qua, kể
    # từ khi khu công nghiệp đầu tiên … đi vào hoạt động năm 2016")
    _, hi = scope.ctx.clause_of(w.start, w.end)
    years = [m for m in in_span(scope, w.start, min(hi, w.end + _EVENT)) if not m.horizon and not m.relative]
    if not years or len(years[0].years) != 1 or years[0].granularity not in _DATES:
        return None
    if scope.starting_in(end(c), years[0].start):
        return None  # a figure between: the year is its
    return years[0].years[0]


def _compared_from(scope: Scope, c: Claim, years: list[PeriodMention]) -> int | None:
    """The year of the base a comparison before the span names: "与2016年上半年的1642.8亿元相比，…十年间实现翻番",
    "So với năm 2015, doanh thu sau mười năm đã tăng gấp đôi", "Compared with 4.1 million in 2018, sales have doubled
    in ten years": what moved over the span moved from that year to now. Between the comparison word and the span
    stand at most the base and the move itself; the base is the earlier of the years so named. A record ("cao nhất
    trong vòng 6 năm") looks back from now instead."""
    if not years or _record(scope, c):
        return None
    lo = scope.sentence_of(start(c)).start
    between = [o for o in scope.starting_in(lo, start(c)) if o.unit != "times"]
    found: list[int] = []
    for w in word_table(scope.lang, "comparison", "base_period").scan(scope.text, lo, years[-1].start):
        dated = [m for m in years if 0 <= m.start - w.end <= 40]
        figures = [o for o in between if start(o) >= w.end]
        if dated and len(figures) <= 1 and all(scope.is_base(o) for o in figures):
            found.append(dated[0].years[0])
    return min(found) if found else None


def _record(scope: Scope, c: Claim) -> bool:
    """A superlative in the span's clause: a look-back from now ("the highest in six years")."""
    lo, hi = scope.clause_of(c)
    return bool(word_table(scope.lang, "relations", "record").scan(scope.text, lo, hi))


def _from_to_years(scope: Scope, lo: int, hi: int) -> tuple[int, int] | None:
    """Two years of the sentence written as "from … 2017 to … 2024"."""
    years = [m for m in in_span(scope, lo, hi) if len(m.years) == 1 and not m.relative]
    if len(years) != 2 or years[0].years[0] >= years[1].years[0]:
        return None
    first, second = years
    # the "to" word may open the second year's own mention: "减少至2025年"
    digits = scope.text.find(str(second.years[0]), second.start, second.end)
    if scope.ctx.between("from", max(lo, first.start - 60), first.start) and scope.ctx.between(
        "to", first.end, digits if digits >= 0 else second.start
    ):
        return first.years[0], second.years[0]
    return None

