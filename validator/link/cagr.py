"""Compound annual growth: "年均复合增长率约为22%", "年均增速约为12%", "tăng trưởng bình quân khoảng 13%/năm giai
đoạn 2020-2024", "a compound annual growth rate of 4.2%", "an average of 8.1% a year", "averaging about 24% a
year".

A rate of that wording (lexicon `relations.cagr` before it, `relations.rate_after` after it) is no simple
change: it is checked as (current / base) ^ (1 / years) - 1. Its two figures are, in order:
- a "from A to B" pair in its sentence ("từ 3,12 tỷ USD lên 5,75 tỷ USD", "由2019年的2243亿千瓦时增至2024年的
  8341亿千瓦时", "from 72 GW in 2011 to 1,419 GW in 2023");
- the figures of its sentence before it, the earlier year's as the base ("reached 866 million TEU in 2023, up
  from 751 million in 2018"); when the sentence holds only one, the alike figure of the sentence before
  ("…năm 2020 là 443 triệu tấn. Con số này năm 2014 chỉ là 284 triệu tấn, tương ứng … 9,3%/năm").
The number of years is the difference of the years written by the two figures, else the range the sentence
states ("giai đoạn 2020-2024"), else from the base's year to the article's own year ("与2014年的60703万吨相比
…年均增长约2.5%" in a 2024 report). Without the years there is nothing to check.
"""

from __future__ import annotations

from decimal import Decimal

from validator.extract.context import Sentence
from validator.intervals import (
    Hedge,
    Interval,
    Verdict,
    judge,
    percent_change_interval,
    rounding_interval,
    stated_bands,
    written_precision,
)
from validator.link.anaphora import pointing_back
from validator.link.bases import takes_unit
from validator.link.hypotheses import CLAUSE, EXPLICIT, Hypothesis
from validator.link.movements import Moves, moves_of
from validator.link.phrases import similarity
from validator.link.scope import Scope, compatible, end, is_quantity, start
from validator.link.wording import RATES, broken, direction_of, is_delta, is_rate, moves
from validator.link.years import guessed_year, in_span, now_year, stated_range, undated_years, year_of
from validator.model import CagrRelation, Claim

Endpoints = tuple[Claim, Claim, float, str]  # (base, current, strength, why)


def find_cagrs(scope: Scope, ranges: dict[str, tuple[Claim, Claim]]) -> list[Hypothesis]:
    mv = moves_of(scope, ranges)
    out: list[Hypothesis] = []
    for c in scope.claims:
        if c.unit != "percent" or c.id in mv.members or not is_rate(scope, c):
            continue
        if _declines(scope, c):
            continue  # an average decline: its sign is the wording's, not checked here
        h = Hypothesis(c.id)
        sentence = scope.sentence_of(start(c))
        span = stated_range(scope, sentence.start, sentence.end)
        for base, current, strength, why in _endpoints(scope, mv, c, ranges):
            last = max(end(base), end(current))
            if last <= start(c) and _moves_against(scope, base, current, last, start(c)):
                continue
            years = _years(scope, base, current, span or _stated_years(scope, c))
            if years is None:
                continue
            for n, note in _spans(scope, base, current, years, span or _stated_years(scope, c)):
                h.add(CagrRelation(kind="cagr", base=base.id, current=current.id, rate=c.id, years=Decimal(n)),
                      strength, f"{why}, over {n} years{note}", takes_unit(base, current))
        if h.candidates:
            out.append(h)
    return out


def _declines(scope: Scope, c: Claim) -> bool:
    """"giảm bình quân 3%/năm", "年均下降2%", "fell an average of 3% a year": the last rise or fall word before
    the rate in its clause is a fall."""
    lo, _ = scope.clause_of(c)
    hits = moves(scope, max(lo, start(c) - 30), start(c))
    return direction_of(scope, c) == "down" or (bool(hits) and max(hits, key=lambda h: h.start).label == "down")


def _endpoints(scope: Scope, mv: Moves, c: Claim, ranges: dict[str, tuple[Claim, Claim]]) -> list[Endpoints]:
    sentence = scope.sentence_of(start(c))
    pairs = [(a, b) for a, b in ranges.values() if sentence.start <= start(a) < sentence.end]
    before = [(a, b) for a, b in pairs if max(end(a), end(b)) <= start(c)
              and not _rates_between(scope, max(end(a), end(b)), start(c), c)]
    after = [(a, b) for a, b in pairs if min(start(a), start(b)) >= end(c)
             and not _rates_between(scope, end(c), min(start(a), start(b)), c)]
    if before or after:
        a, b = max(before, key=lambda p: max(end(p[0]), end(p[1]))) if before else min(
            after, key=lambda p: min(start(p[0]), start(p[1])))
        span = stated_range(scope, sentence.start, sentence.end)
        if not (_endpoint(scope, a) and _endpoint(scope, b)) or not _fits_span(scope, a, b, span):
            return []
        return [(a, b, EXPLICIT, f"from {a.text} to {b.text}")]
    figures: list[Claim] = []
    total: Claim | None = None
    for o in reversed([o for o in scope.starting_in(sentence.start, start(c)) if end(o) <= start(c)]):
        if broken(scope, end(o), start(c)):
            break
        if o.unit in RATES or o.unit == "times":
            if total is None and not figures and _total_growth(scope, mv, o, sentence):
                total = o  # "五年间市场规模增长约58%，…年均复合增长率约为11.6%": the same two endpoints
                continue
            if o.id in mv.changes or is_rate(scope, o) or o.unit == "times":
                break  # another rate's figures
            continue
        if _endpoint(scope, o):
            figures.append(o)
    figures.reverse()
    found = _of_figures(scope, c, sentence, figures, mv)
    if total is None:
        return found
    return [(a, b, strength, f"{why}, whose total growth {total.text} they give") for a, b, strength, why in found
            if _gives(total, a, b)]


def _total_growth(scope: Scope, mv: Moves, o: Claim, sentence: Sentence) -> bool:
    """"回看2019年的3391亿元，五年间市场规模增长约58%，…2019—2024年…年均复合增长率约为11.6%", "sales grew 58% over
    the five years, an average of 9.6% a year": a change over a stretch of years the sentence states (a number of
    years, or a range of them), told before the annual rate, is the growth over the rate's whole span — the two
    share their endpoints, which must give the total too."""
    if o.unit != "percent" or o.id not in mv.changes or is_rate(scope, o) or _declines(scope, o):
        return False
    if stated_range(scope, sentence.start, sentence.end) is not None:
        return True
    return any(y.unit == "year" and y.hedge is None and 1 < y.value <= 50
               for y in scope.starting_in(sentence.start, sentence.end))


def _gives(total: Claim, base: Claim, current: Claim) -> bool:
    """The two endpoints give the total growth stated over their span (as loosely as its words allow)."""
    bands = stated_bands(total.value, total.precision or written_precision(total.value), total.hedge, total.high)
    computed = percent_change_interval(_cell(base), _cell(current))
    return judge(bands, computed) is not Verdict.CONTRADICTION


def _cell(o: Claim) -> Interval:
    return rounding_interval(o.value, o.precision or written_precision(o.value), o.high)


def _of_figures(scope: Scope, c: Claim, sentence: Sentence, figures: list[Claim], mv: Moves) -> list[Endpoints]:
    """The endpoints of the figures the rate's sentence states before it (and one "from" figure after it)."""
    for o in scope.starting_in(end(c), sentence.end):  # "…16% a year over the past five years, from 33.8 billion"
        if o.unit in RATES or o.unit == "times" or broken(scope, end(c), start(o)):
            break
        if _endpoint(scope, o) and scope.ctx.between("from", max(end(c), start(o) - 12), start(o)):
            figures.append(o)
            break
    if len(figures) >= 2:
        return _ordered(scope, figures[-2:], EXPLICIT, "in its sentence")
    if not figures:
        return _told_before(scope, mv, c, sentence)
    span = stated_range(scope, sentence.start, sentence.end)
    other = _alike_before(scope, figures[0], sentence, span)
    if other is not None:
        return _ordered(scope, [other, figures[0]], CLAUSE, "and the alike figure of the sentence before")
    subject = scope.phrases.tokens(sentence.start, start(c))
    lead = _lead_level(scope, figures[0], subject, span)
    if lead is not None:
        return _ordered(scope, [figures[0], lead], CLAUSE, "and the article's lead figure of its kind, the level it "
                                                           "grew to")
    other = _alike_elsewhere(scope, figures[0], subject, span)
    if other is not None and _grown_to_lead(scope, figures[0], other):
        return _ordered(scope, [other, figures[0]], CLAUSE, "and the article's lead figure, which it grew to")
    if other is not None:
        return _ordered(scope, [other, figures[0]], 0.55, "and the alike figure elsewhere")
    return []


def _moves_against(scope: Scope, base: Claim, current: Claim, lo: int, hi: int) -> bool:
    """"Emissions fell 24% to 26.2 million tonnes from 34.5 million, even as demand grew about 2% a year": a rise or
    fall word between the pair and the rate that goes against the pair's own (the last one up to the pair's end in
    its sentence: "fell … to", "由…降至…") tells of another measure's rate, not of the pair's."""
    between = moves(scope, lo, hi)
    own = moves(scope, scope.sentence_of(min(start(base), start(current))).start, lo)
    if not between or not own:
        return False
    return max(between, key=lambda h: h.start).label != max(own, key=lambda h: h.start).label


def _grown_to_lead(scope: Scope, base: Claim, other: Claim) -> bool:
    """"The network has now grown from 121.5 million journeys in 2019, … a compound annual growth rate of 8.7 pct":
    a rate whose one figure is where the growth started ("from") runs to the level the article is about now — its
    lead figure of that unit (the first the article states, dated by its own year), which the rate's words name
    best."""
    if not scope.is_base(base) or year_of(scope, other) is None:
        return False  # its own year, never the article's (a report of last year's figures is dated this year)
    lead = next((o for o in scope.claims if o.unit == other.unit and is_quantity(o)), None)
    return lead is other


def _lead_level(scope: Scope, figure: Claim, subject: frozenset[str], span: tuple[int, int] | None) -> Claim | None:
    """"Over the five years from December 2019, when the regional average stood at £171,300, prices have grown at an
    average annual rate of 6.8%", "回看2019年的3391亿元，…年均复合增长率约为11.6%": a rate whose sentence gives only
    where the growth started, of a year before the article's, runs to the level the article is about — its lead
    figure of that unit (the first it states), of the article's year or none, when the rate's words name it."""
    now = now_year(scope)
    start_year = year_of(scope, figure) or (span[0] if span is not None else None)
    if now is None or start_year is None or start_year >= now or (span is not None and span[1] != now):
        return None
    lead = next((o for o in scope.claims if o.unit == figure.unit and is_quantity(o)), None)
    if lead is None or lead is figure or start(lead) > start(figure) or not _endpoint(scope, lead) or not _level(lead):
        return None
    if year_of(scope, lead) not in (None, now) or similarity(scope.about(lead), subject) < _LEAD_ALIKE:
        return None
    return lead


# how alike the words of a rate and of the article's lead figure must be for that figure to be the rate's level now
_LEAD_ALIKE = 0.5


def _told_before(scope: Scope, mv: Moves, c: Claim, sentence: Sentence) -> list[Endpoints]:
    """"…shipped about 690 GW in 2025, up from 163 GW in 2020. That is a compound annual growth rate of about
    23%": a rate whose sentence opens by pointing back, with no figure of its own, is of the two figures the
    sentence before compares — its last two of one kind, nothing else moving there."""
    prev = scope.previous_sentence(sentence)
    if prev is None or prev.paragraph != sentence.paragraph or scope.starting_in(sentence.start, start(c)):
        return []
    opening = pointing_back(scope, sentence.start, min(start(c), sentence.start + 16))
    if not opening or scope.text[sentence.start:opening[0].start].strip():
        return []
    claims = scope.starting_in(prev.start, prev.end)
    if any(o.unit in RATES or o.unit == "times" or o.id in mv.changes for o in claims):
        return []
    figures = [o for o in claims if _endpoint(scope, o)]
    if len(figures) != 2 or figures[0].unit != figures[1].unit:
        return []
    return _ordered(scope, figures, CLAUSE, "compared in the sentence before")


def _endpoint(scope: Scope, o: Claim) -> bool:
    return is_quantity(o) and not is_delta(scope, o) and not scope.is_group_count(o)


def _fits_span(scope: Scope, a: Claim, b: Claim, span: tuple[int, int] | None) -> bool:
    """A pair whose own years differ from the range the sentence states for the rate is another pair: "1995-
    2005年的年均增长率达到46%，…占比由2001年的40%增长到2008年的80%以上". Growth over a stretch of years runs from
    the end of the year before its first: "“十四五”期间（2021-2025），…由2020年的3.12亿人次增至2025年的3.86亿人次"."""
    if span is None:
        return True
    years = {year_of(scope, a), year_of(scope, b)} - {None}
    return not years or years <= {span[0] - 1, *span}


def _alike_elsewhere(scope: Scope, figure: Claim, subject: frozenset[str],
                     span: tuple[int, int] | None) -> Claim | None:
    """"Mobile money revenue has grown by an average of 16% a year …, from 33.8 billion shillings in the first
    half of 2019": the figure of the same kind stated elsewhere, of another year, whose words are most alike."""
    year = year_of(scope, figure)
    options = [o for o in scope.by_dimension(figure)
               if o is not figure and is_quantity(o) and _endpoint(scope, o) and o.hedge is None
               and not scope.is_base(o)
               and year_of(scope, o) != year and _ends_span(scope, o, span)]
    scored = sorted(((similarity(scope.about(o), subject) if subject else scope.alike(o, figure), o)
                     for o in options), key=lambda x: -x[0])
    if not scored or scored[0][0] < 0.5 or (len(scored) > 1 and scored[1][0] > scored[0][0] - 0.1):
        return None
    return scored[0][1]


def _ordered(scope: Scope, two: list[Claim], strength: float, why: str) -> list[Endpoints]:
    """The two figures as (base, current): the earlier year's first; in text order when neither says."""
    a, b = two
    if not compatible(a, b) and "item" not in (a.unit, b.unit):
        return []
    now = now_year(scope)
    ya, yb = year_of(scope, a) or now, year_of(scope, b) or now
    if ya is not None and yb is not None and ya > yb:
        a, b = b, a
    return [(a, b, strength, f"{a.text} and {b.text} {why}")]


def _alike_before(scope: Scope, figure: Claim, sentence: object, span: tuple[int, int] | None) -> Claim | None:
    """The figure of the sentence before (or of the paragraph's opening) that `figure` restates in another year:
    the same unit, its words alike; never another change's base, and of the first year when the rate names its
    years, dated one of them ("2023—2026年年均复合增长率约为68%" is not measured from a 2024 figure). A level given
    "about" is one ("had about 1.3 gigawatts … By December 2024 that had grown to 9.8 GW"); a bound is not."""
    prev = scope.previous_sentence(sentence)  # type: ignore[arg-type]
    if prev is None or prev.paragraph != sentence.paragraph:  # type: ignore[attr-defined]
        return None
    options = [o for o in scope.starting_in(prev.start, prev.end)
               if is_quantity(o) and compatible(o, figure) and not is_delta(scope, o) and _level(o)
               and not scope.is_base(o) and _ends_span(scope, o, span)]
    if not options:
        return None
    same_unit = [o for o in options if o.unit == figure.unit] or options
    return max(same_unit, key=lambda o: (scope.alike(o, figure), -start(o)))


def _level(o: Claim) -> bool:
    """A level stated as a value, rounded or "about" so; not a bound ("more than 1 million")."""
    return o.hedge is None or o.hedge is Hedge.ABOUT


def _ends_span(scope: Scope, o: Claim, span: tuple[int, int] | None) -> bool:
    """With the rate's years stated, the other endpoint found by its words is dated one of them."""
    return span is None or year_of(scope, o) in span


def _stated_years(scope: Scope, c: Claim) -> tuple[int, int] | None:
    """"over the past five years": a stated number of years in the rate's sentence, as a span."""
    sentence = scope.sentence_of(start(c))
    spans = [o for o in scope.starting_in(sentence.start, sentence.end) if o.unit == "year" and o.hedge is None
             and o.value == int(o.value) and 1 < o.value <= 50]
    return (0, int(spans[0].value)) if len(spans) == 1 else None


def _rates_between(scope: Scope, lo: int, hi: int, c: Claim) -> bool:
    return any(o.unit in RATES and o is not c for o in scope.starting_in(lo, hi))


def _spans(scope: Scope, base: Claim, current: Claim, years: int, span: tuple[int, int] | None
           ) -> list[tuple[int, str]]:
    """The number of years, and the one other it may be when an endpoint is dated relative to an undated article
    ("£148 million last year, from £104 million in 2019": 2024 or 2025 may be "last year"): both readings are put
    to the arithmetic, as alike as the text leaves them."""
    if span is not None:
        return [(years, "")]
    yb = year_of(scope, base)
    if yb is not None and year_of(scope, current) is None and undated_years(scope) and not _other_year(
            scope, current, yb):
        # "Visitor spending reached £148 million last year, from £104 million in 2019" in an undated article: the
        # current figure's year is the article's, which its years leave open
        now = now_year(scope)
        others = [y for y in undated_years(scope) if y > yb and y != now]
        return [(years, "")] + [(y - yb, f", to {y}, a year the undated article may be of") for y in others]
    shift = int(guessed_year(scope, current)) - int(guessed_year(scope, base))
    if not shift or years + shift <= 0:
        return [(years, "")]
    return [(years, ""), (years + shift, ", reading its relative year from the year after the one the article names")]


def _other_year(scope: Scope, current: Claim, yb: int) -> bool:
    """The current figure's sentence names a year besides the base's: "shipped about 690 GW worldwide in 2025, …
    up from 163 GW in 2020" dates it, however far the year stands from the figure."""
    sentence = scope.sentence_of(start(current))
    return any(m.years and set(m.years) != {yb} for m in in_span(scope, sentence.start, sentence.end))


def _years(scope: Scope, base: Claim, current: Claim, span: tuple[int, int] | None) -> int | None:
    """The years between the two figures: their own years, else the stated range, else the base's year to
    the article's."""
    yb, yc = year_of(scope, base), year_of(scope, current)
    if yb is not None and yc is not None:
        return yc - yb if yc > yb else None
    if span is not None:
        return span[1] - span[0]
    now = now_year(scope)
    if yb is not None and yc is None and now is not None and now > yb:
        return now - yb
    return None
