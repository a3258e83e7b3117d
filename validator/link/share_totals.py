"""Which stated total a share's whole is, beyond the words that name it: the title's or lead's one figure the
words match alike with others, when it is also the largest of them ("chiếm 18,5% tổng dư nợ toàn địa bàn",
"占营业收入的21.1%"); never a figure its clause gives as the prior period's ("上年为4916亿元"); and no finding
when several shares miss one stated whole alike, each implying the same other total.
"""

from __future__ import annotations

import re
import weakref
from decimal import Decimal

from validator.intervals import written_precision
from validator.lexicon import word_table
from validator.link.hypotheses import Candidate, Hypothesis
from validator.link.phrases import metrics_related
from validator.link.ranges import range_pairs
from validator.link.restatements.periods import named_periods
from validator.link.scope import Scope, end, is_quantity, start, value_in
from validator.model import Claim, ShareRelation

# the strongest a whole may stay designated when other shares of it agree on another total (a question, not a
# finding)
AGREED = 0.7


def another_total(scope: Scope, hypotheses: list[Hypothesis]) -> None:
    """"…chiếm 19,83% tổng dư nợ…", "…7,04% tổng dư nợ…", "…12,79% tổng dư nợ…" beside "tín dụng toàn nền kinh tế
    đạt 9.499.546 tỷ đồng": when two or more shares of one stated whole each miss it but imply the same other
    total (their parts / shares agree within rounding), they were taken of another figure for that whole (another
    date, another scope), not slipped one by one: each is left a question."""
    claims = {c.id: c for c in scope.claims}
    by_whole: dict[str, list[tuple[Candidate, Decimal, Decimal]]] = {}
    for h in hypotheses:
        for x in h.candidates:
            r = x.relation
            if not isinstance(r, ShareRelation) or r.part is None or r.whole is None:
                continue
            share, part, whole = claims.get(r.share), claims.get(r.part), claims.get(r.whole)
            if share is None or part is None or whole is None or share.unit != "percent" or share.value <= 0:
                continue
            if share.hedge is not None or part.hedge is not None:
                continue
            s_step, p_step = half_step(share), half_step(part)
            lo = (part.value - p_step) * 100 / (share.value + s_step)
            hi = (part.value + p_step) * 100 / (share.value - s_step) if share.value > s_step else part.value * 10**6
            try:
                w = value_in(whole, part.unit)
            except Exception:
                continue
            if lo <= w <= hi:
                continue  # consistent with the stated whole
            by_whole.setdefault(whole.id, []).append((x, lo, hi))
    for missed in by_whole.values():
        for x, lo, hi in missed:
            agree = {_operands(y)[0] for y, l2, h2 in missed if _operands(y)[0] != _operands(x)[0]
                     and _operands(y)[1] != _operands(x)[1] and l2 <= hi and lo <= h2}
            if agree and x.strength > AGREED:
                x.strength = AGREED
                x.evidence += f"; {len(agree)} other share(s) of it imply the same other total"


def _operands(x: Candidate) -> tuple[str, str | None]:
    """(share, part) ids of a share reading."""
    r = x.relation
    assert isinstance(r, ShareRelation)
    return r.share, r.part


def as_lead(cover: float, next_best: float) -> tuple[float, str]:
    """"chiếm 18,5% tổng dư nợ toàn địa bàn", "占营业收入的21.1%": a whole named as a total, or by its metric
    alone, that other figures match as well as the article's lead figure does (the state banks' loans, a
    segment's revenue): the figure the title or the lead paragraph gives is the whole when it is also the
    largest of them, since every figure the words name alike is at most the total they are parts of."""
    return 0.8, (f"its words carry those naming the whole ({cover:.2f}, next figure {next_best:.2f}), the "
                 "article's first figure of them and the largest, as a whole named a total or by its metric is")


def named_prior(scope: Scope, c: Claim) -> bool:
    """A figure its clause gives as the prior period's, the prior-period word right before it ("上年为4916亿元",
    "năm ngoái là 2,72 tỷ USD", "last year's 587,100")."""
    lo = max(scope.clause_of(c)[0], start(c) - (6 if scope.phrases.han else 16))
    hits = scope.ctx.between("prior", lo, start(c))
    if not hits:
        return False
    gap = scope.text[hits[-1].end:start(c)]
    return len(gap.strip()) <= (2 if scope.phrases.han else 8) and not any(ch.isdigit() for ch in gap)


_PAIRS: weakref.WeakKeyDictionary[Scope, set[str]] = weakref.WeakKeyDictionary()  # the bases of from-to moves


def prior_share(scope: Scope, c: Claim) -> bool:
    """A share of the prior period, never of the current part and whole: dated by a prior-period word right before
    it ("由去年同期的74.6%", "last year's 31%") or right after it ("74.6% a year earlier", "74,6% cùng kỳ"), or the
    base a from-to move leaves ("from 74.6% to 78.1%", "由74.6%升至78.1%", "từ 74,6% lên 78,1%")."""
    pairs = _PAIRS.get(scope)
    if pairs is None:
        pairs = _PAIRS[scope] = {a.id for a, b in range_pairs(scope).values() if a.unit == b.unit}
    if named_prior(scope, c) or c.id in pairs:
        return True
    hi = min(scope.clause_of(c)[1], end(c) + (6 if scope.phrases.han else 24))
    bases = {h.start for h in word_table(scope.lang, "comparison", "base").scan(scope.text, end(c), hi)}
    for h in scope.ctx.between("prior", end(c), hi):
        gap = scope.text[end(c):h.start]
        if h.start in bases and len(gap.strip()) <= (1 if scope.phrases.han else 4) and not any(
                ch.isdigit() for ch in gap):
            return True
    return False


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def bracketed_prior(scope: Scope, o: Claim) -> bool:
    """A figure in parentheses right after one of its own unit, labelled by a year or a prior-period word: "268,3 tỷ
    kWh (năm 2023: 243,7 tỷ kWh)", "3.2bn (2023: 2.9bn)", "5360亿元（上年：4916亿元）" give the figure before it for
    another period; it is no whole of a current part."""
    text = scope.text
    lo = max(0, start(o) - 16)
    opened = max(text.rfind("(", lo, start(o)), text.rfind("（", lo, start(o)))
    if opened < 0 or any(ch in ")）" for ch in text[opened:start(o)]):
        return False
    label = text[opened + 1:start(o)]
    if not (_YEAR.search(label) or scope.ctx.between("prior", opened, start(o))):
        return False
    before = [x for x in scope.starting_in(max(0, opened - 60), opened) if end(x) <= opened]
    return bool(before) and before[-1].unit == o.unit and not text[end(before[-1]):opened].strip()


def metric_only(named: frozenset[str]) -> bool:
    """Whether the words naming a whole are its metric's and nothing else ("占营业收入的", "of revenue")."""
    return bool(named) and all(t.startswith("m:") for t in named)


def lead_total(scope: Scope, o: Claim, cover: float, next_best: float, pool: list[Claim],
               scored: dict[str, float]) -> bool:
    """Whether `o`, covered by the words naming the whole as well as any other figure is, is given in the title or
    the lead paragraph, is at least every figure of its unit those words cover (0.6 and more), and is the only one
    of them the title and the lead paragraph give ("Lực lượng lao động … 53,2 triệu người … Số người có
    việc làm đạt 52,1 triệu người": two aggregates, one nested in the other; the words may name either)."""
    if cover < 0.8 or next_best > cover or scope.paragraph(o) > 1:
        return False
    covered = [x for x in pool if x.unit == o.unit and scored[x.id] >= 0.6]
    return (all(x.value <= o.value for x in covered)
            and all(x.value == o.value for x in covered if scope.paragraph(x) <= 1))


def half_step(o: Claim) -> Decimal:
    return (o.precision if o.precision is not None else written_precision(o.value)) / 2


_SPAN_DAYS = {"month": range(28, 32), "quarter": range(89, 93), "year": range(365, 367)}


def span_of(scope: Scope, c: Claim) -> str | None:
    """The length of a figure's period (undated, of the one its words name: "in March"), as a month, a quarter or a
    year, "other" for any other length ("10 tháng năm 2025", "前三季度"), None when unknown."""
    first, last = (c.period.start, c.period.end) if c.period else (named_periods(scope).get(c.id) or (None, None))[:2]
    if first is None or last is None:
        return None
    days = (last - first).days + 1
    return next((kind for kind, within in _SPAN_DAYS.items() if days in within), "other")


def named_span(scope: Scope, part: Claim) -> str | None:
    """The length of the period a part's sentence names by its length alone, when the part has no period of
    its own: "Russia and Canada supplied 2.44 million and 0.92 million tonnes in the quarter, or 31.4% and 11.9% of
    the total" is a quarter's, so March's 2.84 million tonnes is not its whole. None when it names none, or
    several."""
    if part.period is not None:
        return None
    sentence = scope.sentence_of(start(part))
    text = scope.text
    kinds = {h.label for h in word_table(scope.lang, "cues", "period_span").scan(text, sentence.start, sentence.end)
             if not _NAMES_PERIOD.match(text, h.end)}
    return next(iter(kinds)) if len(kinds) == 1 else None


# a number or a roman numeral right after a span word names the period outright ("in the year 2024", "quý III")
_NAMES_PERIOD = re.compile(r"\s*(?:[0-9０-９]|[IVX]+\b|[/-])")


def overall_total(pool: list[Claim], sub: Claim) -> Claim | None:
    """The larger total a subtotal is itself a part of: "Total generation reached 268.4 TWh. Renewables supplied
    151.3 TWh …; the remaining 117.1 TWh …" — a list of figures adding up to 151.3 designates it as their whole,
    but a share "of generation" or "of the mix" may be of 268.4 (151.3 + 117.1). The one stated figure of the
    subtotal's unit that it and another stated figure add up to, within their rounding; None when none or several."""
    same = [o for o in pool if o.unit == sub.unit and o is not sub and o.hedge is None]
    found = {t.id: t for t in same if t.value > sub.value
             and any(r is not t and abs(sub.value + r.value - t.value) <= half_step(sub) + half_step(r) + half_step(t)
                     for r in same if r.value < t.value)}
    return next(iter(found.values())) if len(found) == 1 else None


def without_scope(scope: Scope, content: frozenset[str], pool: list[Claim]) -> frozenset[str]:
    """The words naming a whole, less a place that no figure of the part's kind carries: the scope of them all
    ("31,5% tổng lượng khách quốc tế đến Việt Nam" of "khách quốc tế đạt 12,7 triệu lượt"), not the mark of one of
    them (never the world: "全球销售总额" is a larger whole than any stated, not the scope of them)."""
    return frozenset(t for t in content if not t.startswith("s:") or t == "s:global"
                     or any(t in scope.about(o) for o in pool))


def named_totals(scope: Scope, pool: list[Claim], scored: dict[str, float], content: frozenset[str],
                 wants_total: bool) -> set[Decimal]:
    """The values the words name as a total, among the figures they cover: one alone is the whole meant when the
    others add up to it ("total employment … 2,789,600" and the men's and women's 1,478,300 and 1,311,300: "of all
    those in employment" is the total, not one of its parts), or, named by its metric alone ("of generation"), when
    it is the largest of them ("Total generation reached 268.4 TWh")."""
    covered = {o.value for o in pool if scored[o.id] >= 0.6}
    by_metric = not wants_total and metric_only(content)
    if not (wants_total or by_metric):
        return set()
    totals = {o.value for o in pool if o.value in covered and ("t:total" in scope.about(o) or o.subject == "global")}
    if len(totals) == 1 and not (_sum_of(covered - totals, next(iter(totals))) or (
            by_metric and max(covered) in totals)):
        return set()
    return totals


def _sum_of(values: set[Decimal], total: Decimal) -> bool:
    """Whether two or more values add up to `total` (within half a percent)."""
    return len(values) >= 2 and abs(sum(values) - total) <= abs(total) * Decimal("0.005")


def other_metric(sub: Claim, overall: Claim) -> bool:
    """Whether a subtotal and the overall total it is part of are figures of two known metrics, neither the other's
    kin (exports and trade; not generation and its renewables' output)."""
    a, b = sub.metric, overall.metric
    return a is not None and b is not None and a != b and not metrics_related(a, b)


def describes_subject(scope: Scope, lo: int, cue: int) -> bool:
    """"Cho vay bất động sản, gồm cả kinh doanh … và cho vay mua nhà, đạt 812.000 tỷ đồng": a breakdown word after
    the sentence's subject, with no figure before it, says what that subject takes in; it opens on no earlier
    figure (as "Trong đó, …", "其中…" or "…đạt 3,82 triệu tỷ đồng, trong đó …" do)."""
    if scope.starting_in(lo, cue):
        return False
    return len(scope.phrases.tokens(lo, cue)) >= 2


def opened_on(scope: Scope, o: Claim) -> Claim | None:
    """The figure a breakdown listing `o` opens on ("Bán hàng đạt 22,8 triệu tấn. Trong đó, … 14,6 triệu tấn",
    "sales reached 22.8 million tonnes, of which …", "销量2280万吨，其中…"): the last figure of its unit before the
    breakdown word, in its sentence or the one before."""
    sentence = scope.sentence_of(start(o))
    cue = scope.ctx.last_before("parts", sentence.start, start(o))
    if cue is None:
        return None
    back = scope.previous_sentence(sentence)
    lo = back.start if back is not None and back.paragraph == sentence.paragraph else sentence.start
    before = [x for x in scope.starting_in(lo, cue.start) if x.unit == o.unit and is_quantity(x)]
    return before[-1] if before else None


def listed_under(scope: Scope, part: Claim, total: Claim, pool: list[Claim]) -> list[Claim]:
    """For a whole named by nothing but the part's unit ("…, chiếm 23,2%" after "8,64 triệu lượt … Trong đó, khách
    quốc tế đạt 2,95 triệu lượt"): the figures of `pool` a breakdown of that total lists (in its sentence or the next
    of its paragraph), not beside the part. Larger than the part, each is a whole as plausible: the part may be drawn
    from one of them, so a share that holds of one is no error."""
    sentence = scope.sentence_of(start(total))
    following = scope.next_sentences(sentence, 1)
    within = {sentence.start, *(x.start for x in following if x.paragraph == sentence.paragraph)}
    beside = scope.sentence_of(start(part)).start if scope.in_breakdown(part) else None
    return [o for o in pool if o is not total and start(o) > end(total) and scope.in_breakdown(o)
            and scope.sentence_of(start(o)).start in within and scope.sentence_of(start(o)).start != beside]
