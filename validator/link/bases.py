"""The base of a change or multiple stated near it: right after a comparison word ("so với tháng 9 (37.123
xe)", "than the 10.2 million", "compared with $396"), in a clause of its own naming an earlier period
("，上年同期为99.6万辆", "(cùng kỳ năm 2023 đạt 37,45 tỷ kWh)"), or in the next sentence. Also which earlier
period a base is of (`base_role`: a year earlier, the period before) and how that weighs against the period
the change names (`period_fits`), and whether two figures are of the size a change says (`plausible_base`).
"""

from __future__ import annotations

import re
import weakref
from fractions import Fraction

from validator.extract.context import Sentence
from validator.lexicon import word_table
from validator.lexicon.words import WordHit
from validator.link.anaphora import pointing_back
from validator.link.hypotheses import EXPLICIT
from validator.link.movements import Moves
from validator.link.period_spans import month_before, year_before
from validator.link.phrases import metrics_related
from validator.link.scope import (
    CLAUSE_GAP,
    Scope,
    compatible,
    compatible_unit,
    end,
    is_quantity,
    start,
)
from validator.link.story_period import story_period, unnamed_before
from validator.link.wording import (
    RATES,
    alone_in_paragraph,
    base_periods,
    broken,
    change_period,
    earlier_words,
    in_spread,
    is_delta,
    lead_start,
    moves,
    named_as_base,
)
from validator.link.years import figure_period, month_of, month_role
from validator.model import Claim, Period
from validator.units import is_known_unit

Units = dict[str, tuple[str, str]]


Found = tuple[Claim, float, str]  # (figure, designation strength, why)


# a base of another period than the one the change names: a possibility, never an accusation
OTHER_PERIOD = 0.4


# a figure named in a clause of its own after the change, in its sentence / in the next sentence
PRIOR_CLAUSE = 0.9


NEXT_SENTENCE = 0.8


def stated_bases(scope: Scope, mv: Moves, c: Claim, current: Claim) -> list[Found]:
    """Bases named after the change (or after its current figure): right after a comparison word, or in a
    clause of their own that names an earlier period — in the sentence, or the next one. A figure with a
    change of its own ("…, và lợi nhuận 10.600 tỷ đồng, tăng 19,9%") is another current, and ends the search."""
    text = scope.text
    sentence = scope.sentence_of(start(c))
    anchor = max(end(c), scope.past_gloss(current)) if start(current) > start(c) else end(c)
    if anchor > sentence.end:  # "($54.98m; £29.32m)": the gloss's semicolon does not end the sentence
        sentence = scope.sentence_of(anchor)
    found: list[Found] = []
    first = True
    opened: int | None = None  # where the parentheses right after the comparison open: "(213.000 tấn, 767 triệu USD)"
    last = anchor
    for o in scope.starting_in(anchor, sentence.end):
        if first and o.id in mv.changes and _shares_comparison(scope, anchor, o, current):
            anchor = last = end(o)  # "giảm 3,2% về lượng nhưng tăng 47,3% về giá trị so với cùng kỳ (…)"
            continue
        if o.id in mv.changes or o.unit == "times" or (o.unit in RATES and current.unit not in RATES):
            break
        if _reached_by_another(scope, mv, o):
            break  # "…to 12.60 billion after falling 1.71 billion to 13.85 billion": another change's current
        gap = text[anchor:start(o)]
        if first and gap.rstrip().endswith(("(", "（")) and not CLAUSE_GAP.search(gap.rstrip()[:-1]):
            opened = anchor + len(gap.rstrip())
        grouped = opened is not None and not re.search(r"[)）]", text[opened:start(o)]) and bool(
            _LIST_SEPARATOR.fullmatch(text[last:start(o)])) and start(o) > opened
        last = end(o)
        if not _comparable(scope, o, current):
            first = False
            continue
        if grouped and not first:  # "(213.000 tấn, 767 triệu USD)": each figure the base of its kind
            found.append((o, EXPLICIT, f"{current.text} compared with {o.text}"))
            first = False
            continue
        if gap.count(")") + gap.count("）") > gap.count("(") + gap.count("（"):
            break  # "(tăng 8% so với cùng kỳ) với 125.512 vụ việc": the parentheses hold the change's words
        if first and not CLAUSE_GAP.search(gap) and (
            scope.ctx.between("than", anchor, start(o)) or gap.strip() in ("", "(", "（")
            # "2.6 per cent below the €99.8bn"; not a figure with a change of its own, another current the
            # comparative ranks the subject against ("(1,52 tỷ USD, tăng 16%) đã vượt Mỹ (1,47 tỷ USD, tăng 14%)")
            or (word_table(scope.lang, "relations", "comparative").scan(gap) and not _changes_itself(scope, mv, o))
            or (c.unit == "times" and (len(gap) <= 24 or (len(gap) <= 40 and gap.rstrip().endswith(("(", "（")))))
        ):
            found.append((o, EXPLICIT, f"{current.text} compared with {o.text}"))
        elif first and same_kind(o, current) and _then_clause(scope, scope.clause_of(c)[0], anchor, start(o), current):
            # "24.9% more than in March last year, when imports were 760,000 tonnes"
            found.append((o, EXPLICIT, f"{current.text} compared with {o.text}, the figure of the time it names"))
        elif _changes_itself(scope, mv, o):
            break
        elif first and re.match(r"\s*[,，]\s*", gap) and earlier_words(scope, anchor, start(o)) and not \
                CLAUSE_GAP.search(gap.strip(" ,，")):
            # ", compared with $396 a year earlier", "，上年同期为99.6万辆"
            found.append((o, EXPLICIT, f"{current.text} compared with {o.text}"))
        elif same_kind(o, current) and (earlier_words(scope, lead_start(scope, o), start(o))
                                         or _dated_before(o, current) or _month_before(scope, o, current, c)):
            found.append((o, PRIOR_CLAUSE, f"{o.text} named as the earlier figure"))
        first = False
    if not found or _of_another_period(scope, found, current, c):
        # (a change naming its period whose only stated base is of the other one: "环比增长9.4%，上年同期为932亿千瓦时；
        # 9月份，…1266亿千瓦时" — the period it names may be told next)
        found += _next_sentence_bases(scope, mv, sentence, current, c)
    return [(o, s, why) for o, s, why in found if plausible_base(o, current, c, _direction(mv, c))]


def _of_another_period(scope: Scope, found: list[Found], current: Claim, c: Claim) -> bool:
    """Every base found is of another earlier period than the one the change names (同比 / 环比)."""
    period = change_period(scope, c)
    return period in ("yoy", "prev") and all(base_role(scope, o, current) not in (period, None) for o, _, _ in found)


def _month_before(scope: Scope, o: Claim, current: Claim, c: Claim) -> bool:
    """`o` is dated by its month as the current figure's earlier reading — the current's month read from the change
    when the current figure is told elsewhere ("10月份城乡居民生活用电量环比增长9.4%…；9月份，…1266亿千瓦时")."""
    if month_role(scope, o, current) is not None:
        return True
    if current is c or month_of(scope, current) is not None:
        return False
    # (only the period the change names: a figure of the other is no base it designates)
    role = month_role(scope, o, c)
    return role is not None and role == change_period(scope, c)


def role_for(scope: Scope, base: Claim, current: Claim, c: Claim) -> str | None:
    """`base_role`, the current figure's month read from the change `c` when the current names none."""
    role = base_role(scope, base, current)
    if role is None and current is not c and month_of(scope, current) is None:
        return month_role(scope, base, c)
    return role


# between two figures listed in one parenthesis
_LIST_SEPARATOR = re.compile(r"\s*[,，;；、]\s*")


def _shares_comparison(scope: Scope, anchor: int, o: Claim, current: Claim) -> bool:
    """The change `o` right after this one names the comparison both are measured by: "giảm 3,2% về lượng nhưng tăng
    47,3% về giá trị so với cùng kỳ năm 2023 (213.000 tấn, 767 triệu USD)" — nothing between them compares,
    and a comparison word follows `o`; its figures are weighed by kind."""
    gap = scope.text[anchor:start(o)]
    if len(gap) > 40 or earlier_words(scope, anchor, start(o)) or current.unit in RATES:
        return False
    nxt = scope.starting_in(end(o), min(len(scope.text), end(o) + 60))
    hi = start(nxt[0]) if nxt else end(o) + 60
    return bool(earlier_words(scope, end(o), hi)) and bool(word_table(scope.lang, "relations", "measure").scan(
        scope.text, anchor, hi))


def _then_clause(scope: Scope, clause: int, lo: int, hi: int, current: Claim | None = None) -> bool:
    """The change's clause (from `clause`) compares with an earlier time, and text[lo:hi] then opens a clause on a
    word naming that time, which runs on to the figure: "more than in March last year, when imports were", "so
    với cùng kỳ, khi đó đạt", "比上年同期增长20%，当时为"; the earlier time named by its year, before the current
    figure's ("2,24 tỷ USD, gấp 8 lần năm 2021, khi kim ngạch chỉ khoảng 420 triệu USD")."""
    breaks = list(CLAUSE_GAP.finditer(scope.text, lo, hi))
    if len(breaks) != 1:
        return False
    if not earlier_words(scope, min(clause, lo), breaks[0].start()) and \
            not _earlier_year(scope, min(clause, lo), breaks[0].start(), current):
        return False
    after = breaks[0].end()
    rest = scope.text[after:hi]
    opening = word_table(scope.lang, "relations", "then_clause").scan(scope.text, after, hi)
    return bool(opening) and not rest[:opening[0].start - after].strip()


def _earlier_year(scope: Scope, lo: int, hi: int, current: Claim | None) -> bool:
    """A year named in text[lo:hi] ("năm 2021", "2021年", "the level of 2019"), and only one, before the year of
    the current figure's period (a year no figure's text holds)."""
    if current is None or current.period is None or current.period.start is None:
        return False
    figures = scope.starting_in(lo, hi)
    years = [int(m.group(0)) for m in _YEAR.finditer(scope.text, lo, hi)
             if not any(start(o) <= m.start() < end(o) for o in figures)]
    return len(years) == 1 and years[0] < current.period.start.year


_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d)")


def _reached_by_another(scope: Scope, mv: Moves, o: Claim) -> bool:
    """`o` is the level another change reaches: "falling 1.71 billion to 13.85 billion", "tăng 5% lên 120 tỷ"."""
    i = scope.index.get(o.id)
    if not i:
        return False
    prev = scope.claims[i - 1]
    if not (prev.id in mv.changes or is_delta(scope, prev)):
        return False
    gap = scope.text[end(prev):start(o)]
    return len(gap) <= 12 and not CLAUSE_GAP.search(gap) and bool(scope.ctx.between("to", end(prev), start(o)))


def plausible_base(base: Claim, current: Claim, c: Claim, direction: str = "up") -> bool:
    """Whether the two figures are of the size the stated change or multiple says, within a factor of 20 (10
    for a bare number read in the other's unit): "约3700万部，较去年15系列…减少12.7%" does not read 15 as the base."""
    if base.unit in RATES or not current.value or not base.value:
        return base.unit in RATES
    if c.unit == "times":
        expected = Fraction(c.value) if c.value >= 1 else Fraction(1)
    else:
        step = Fraction(c.value) / 100 if c.unit == "percent" else Fraction(0)
        expected = max(1 + step if direction == "up" else 1 - step, Fraction(1, 20))
    ratio = abs(Fraction(current.value) / Fraction(base.value)) / expected
    factor = 10 if base.unit == "item" and current.unit != "item" else 20
    return Fraction(1, factor) <= ratio <= factor


def _changes_itself(scope: Scope, mv: Moves, o: Claim) -> bool:
    """A figure followed by a change of its own: "10.600 tỷ đồng, tăng 19,9%", "8,770 (down 4%)"."""
    i = scope.index.get(o.id)
    if i is None or i + 1 >= len(scope.claims):
        return False
    nxt = scope.claims[i + 1]
    gap = scope.text[end(o):start(nxt)]
    return nxt.id in mv.changes and len(gap) <= 24 and not broken(scope, end(o), start(nxt)) and not \
        word_table(scope.lang, "relations", "base_before").scan(gap)


def _direction(mv: Moves, c: Claim) -> str:
    return mv.changes.get(c.id, "up")


def _comparable(scope: Scope, o: Claim, current: Claim) -> bool:
    """Whether `o` can be `current`'s base: a percentage for a percentage; else an amount of its kind (a bare
    number too), not a duration and not a change written as an amount ("缩小0.04")."""
    if o.id == current.id or in_spread(scope, o):  # (a spread's: "rates ranged from 3.6% in Northumberland to …")
        return False
    if current.unit in RATES:
        return o.unit == "percent"
    if not is_quantity(o) or is_delta(scope, o):
        return False
    return same_kind(o, current) or "item" in (o.unit, current.unit)


def same_kind(base: Claim, current: Claim) -> bool:
    """Whether a base stated next to its change is of the current figure's kind: of its dimension, or its rate
    with the "per" left out as understood ("8,1 triệu đồng/tháng, giảm 7,6% so với cùng kỳ (7,53 triệu đồng)",
    "68.500 đồng/kg … so với tháng trước (66.100 đồng)")."""
    return compatible(base, current) or _per_elided(base, current)


def _per_elided(base: Claim, current: Claim) -> bool:
    numerator, per, _ = current.unit.partition("/")
    return bool(per) and base.unit == numerator


def _dated_before(o: Claim, current: Claim) -> bool:
    if o.period is None or current.period is None:
        return False
    return year_before(o.period, current.period) or period_before(o.period, current.period)


def _next_sentence_bases(scope: Scope, mv: Moves, sentence: Sentence, current: Claim, c: Claim) -> list[Found]:
    """"…余额254.68万亿元，同比增长0.2%。上月末…为254.18万亿元，上年同期为235.6万亿元。": the sentence after names
    the earlier figures of the same thing (its words alike), and moves nothing itself. A news lede's paragraph
    is one sentence, and the next paragraph's first sentence goes on about its figure ("Chile's copper exports
    totaled $4.21 billion in January, up 9.4% from the previous month. ¶ December shipments had reached $4.68
    billion"): there only figures dated by their months are taken."""
    nxt = scope.next_sentences(sentence, 2)
    if not nxt:
        return []
    lede = nxt[0].paragraph == sentence.paragraph + 1 and alone_in_paragraph(scope, sentence)
    if nxt[0].paragraph != sentence.paragraph and not lede:
        return []
    out, whole = _earlier_told(scope, mv, nxt[0], current, c, lede)
    if whole and not lede and len(nxt) > 1 and nxt[1].paragraph == sentence.paragraph:
        # "…8620万吨，同比增长9.4%。今年9月，全省港口吞吐量为7880万吨；上年10月为8410万吨。": a sentence of earlier
        # readings only goes on in the next
        out += _earlier_told(scope, mv, nxt[1], current, c, lede)[0]
    return out


def _earlier_told(scope: Scope, mv: Moves, told: Sentence, current: Claim, c: Claim, lede: bool
                  ) -> tuple[list[Found], bool]:
    """The figures of sentence `told` named as `current`'s earlier readings, and whether they are all it says."""
    claims = scope.starting_in(told.start, told.end)
    if any(o.id in mv.changes or o.unit == "times" for o in claims):
        return [], False
    if moves(scope, told.start, told.end) and not _compared_back(scope, told, claims):
        return [], False
    out: list[Found] = []
    for o in claims:
        if not _comparable(scope, o, current) or not compatible(o, current) or scope.is_signed(o) != scope.is_signed(
                current):
            continue
        same_metric = o.metric is not None and current.metric is not None and (
            o.metric == current.metric or metrics_related(o.metric, current.metric))  # "exports" … "shipments"
        if o.metric and current.metric and not same_metric:
            continue
        if lede and named_as_base(scope, o):
            continue  # "…a 35 mln dlr surplus, compared with a 56 mln dlr surplus in january 1986": another's base
        dated = _month_before(scope, o, current, c)  # "Volumes had been €34.6bn in February and €38.9bn in March 2023."
        # "…386.72亿元，同比增长4.6%。上年同期和7月份分别为369.71亿元和383.65亿元": a figure whose words name nothing
        # but its period goes on about the figure before, at that earlier period
        bare = not lede and not scope.about(o) and base_role(scope, o, current) in ("yoy", "prev")
        if not same_metric and not dated and not bare and scope.alike(o, current) < 0.4:
            continue
        if dated or bare or (not lede and earlier_words(scope, lead_start(scope, o), start(o))):
            where = "the next paragraph's first sentence" if lede else "the next sentence"
            out.append((o, NEXT_SENTENCE, f"{o.text} named as the earlier figure in {where}"))
    return out, bool(out) and len(out) == len(claims)


def _compared_back(scope: Scope, sentence: Sentence, claims: list[Claim]) -> bool:
    """"This was up from 131,900 in September and down from 142,100 in October 2024", "Con số này tăng so với
    …": a sentence opening on a word pointing back, whose every figure a comparison word names as a base — its
    rise and fall words compare the figure before with those."""
    opening = pointing_back(scope, sentence.start, min(sentence.end, sentence.start + 16))
    if not opening or scope.text[sentence.start:opening[0].start].strip() or not claims:
        return False
    return all(named_as_base(scope, o) for o in claims)


def base_role(scope: Scope, base: Claim, current: Claim) -> str | None:
    """Which earlier period a base is of: 'yoy', 'prev', 'other', or None when nothing says."""
    named = named_role(scope, base)
    if named is not None:  # its own words first: "lượng xuất khẩu tháng trước chỉ đạt 96.300 tấn"
        return named
    # (a figure naming no period in its sentence is of the story's: `story_period`)
    now = figure_period(scope, current) or (story_period(scope) if unnamed_before(scope, current) else None)
    if base.period is not None and now is not None and base.period.same_as(now) is False:
        if year_before(base.period, now):
            return "yoy"
        if period_before(base.period, now):
            return "prev"
        return "other"
    return month_role(scope, base, current)


_ROLES: weakref.WeakKeyDictionary[Scope, dict[str, str | None]] = weakref.WeakKeyDictionary()


def named_role(scope: Scope, base: Claim) -> str | None:
    """'yoy' or 'prev' when the words leading a figure (or right after it) name its period as the one before."""
    known = _ROLES.setdefault(scope, {})
    if base.id not in known:
        known[base.id] = _read_role(scope, base)
    return known[base.id]


def _read_role(scope: Scope, base: Claim) -> str | None:
    hits = [h for h in base_periods(scope.lang).scan(scope.text, lead_start(scope, base), start(base))
            if not _first_of_a_list(scope, h.end, base) and not _later_of_a_list(scope, h, base)]
    if not hits:  # "revenue of $7.41 billion in the year-earlier quarter"
        _, hi = scope.clause_of(base)
        nxt = scope.starting_in(end(base), hi)
        hi = min(hi, end(base) + 30, start(nxt[0]) if nxt else hi)
        hits = base_periods(scope.lang).scan(scope.text, end(base), hi)
    if not hits:
        hits = _sentence_opening(scope, base)
    labels = {h.label for h in hits}
    return labels.pop() if len(labels) == 1 else None


def _sentence_opening(scope: Scope, base: Claim) -> list[WordHit]:
    """"去年前10个月，钢材出口量为8420万吨", "A year earlier, deposits stood at ₱14.23 trillion": a clause of its own
    opening the sentence on the earlier period's word names the period of the figures of the clause after it."""
    sentence = scope.sentence_of(start(base))
    text = scope.text
    lo, _ = scope.clause_of(base)
    if lo <= sentence.start or scope.starting_in(sentence.start, lo):
        return []  # (every figure of the clause after it: "上年同期，二者分别为1.261万亿元和6520亿元")
    opening = text[sentence.start:lo].rstrip().rstrip(",，")
    breaks = list(CLAUSE_GAP.finditer(opening))
    first = sentence.start + (breaks[-1].end() if breaks else 0)  # the clause just before the figure's
    if breaks and _dated_between(scope, sentence.start, first):
        return []  # ("By comparison," may lead it; another period may not)
    hits = base_periods(scope.lang).scan(text, first, lo)
    return [h for h in hits if _opens(scope, first, h)]


def _dated_between(scope: Scope, lo: int, hi: int) -> bool:
    return scope.periods.overlapping(lo, hi)


def _opens(scope: Scope, lo: int, hit: WordHit) -> bool:
    """The period word opens the clause from `lo`, alone or as the end of the period it names ("8 tháng đầu năm
    ngoái,", "In the first half of last year,"): what stands before it is that period's own words."""
    if not scope.text[lo:hit.start].strip():
        return True
    return any(_OPENER.fullmatch(scope.text[lo:p.start]) for p in scope.periods.covering(hit.start, hit.end))


_OPENER = re.compile(r"\s*(?:\w{1,6}\s+)?")  # a preposition before the period at most ("In", "Trong")


def _first_of_a_list(scope: Scope, hit_end: int, base: Claim) -> bool:
    """A period word joined to another by "and" leads a list whose figures follow in its order ("上年同期和今年三季度
    单季营收分别为18.94亿元和22.52亿元"): it names the first figure, not a later one."""
    after = scope.text[hit_end:hit_end + 4].lstrip()
    joined = word_table(scope.lang, "cues", "list_and").scan(after, 0, min(len(after), 4))
    if not joined or joined[0].start != 0:
        return False
    return any(is_quantity(o) for o in scope.starting_in(hit_end, start(base)))


def _later_of_a_list(scope: Scope, hit: WordHit, base: Claim) -> bool:
    """A period word joined by "and" to the periods before it is the k-th of a list whose figures follow in its
    order ("8月份和上年9月份分别为20.35元和16.48元", "in August and a year earlier were 20.35 and 16.48"): it names
    the k-th figure after it, not the first."""
    k, at = 0, hit.start
    joined = word_table(scope.lang, "cues", "list_and")
    while True:
        before = scope.text[max(0, at - 12):at]
        tail = before.rstrip(" ,，、")
        ands = [h for h in joined.scan(tail, 0, len(tail)) if h.end == len(tail)]
        if not ands:
            break
        stop = at - len(before) + ands[-1].start
        while stop > 0 and scope.text[stop - 1].isspace():  # (`text[:stop].rstrip()` copied the text before it)
            stop -= 1
        starts = scope.periods.starts_ending_at(stop) or [
            h.start for h in base_periods(scope.lang).scan(scope.text, max(0, stop - 12), stop) if h.end == stop]
        if not starts:
            break
        k += 1
        at = min(starts)
    if k == 0:
        return False
    return sum(1 for o in scope.starting_in(hit.end, start(base)) if is_quantity(o)) != k


def period_fits(scope: Scope, base: Claim, current: Claim, period: str | None, strength: float
                 ) -> tuple[float, str]:
    """The strength left to a base given the period the change names (同比 / 环比), and a note."""
    role = base_role(scope, base, current)
    if role is None or period is None:
        return strength, ""
    if role == period:
        return strength, ", a year earlier" if role == "yoy" else ", the period before"
    return min(strength, OTHER_PERIOD), f", but of another period than the change names ({role})"


def period_before(earlier: Period, later: Period) -> bool:
    if month_before(earlier, later):
        return True
    if None in (earlier.start, earlier.end, later.start, later.end):
        return False
    assert earlier.end is not None and later.start is not None and earlier.start is not None
    assert later.end is not None
    # a quarter or half before: the same length, ending the day before
    return ((later.start - earlier.end).days == 1
            and abs((earlier.end - earlier.start).days - (later.end - later.start).days) <= 3)


def takes_unit(base: Claim, current: Claim) -> Units:
    """A bare figure compared with a counted one is counted the same way: "up 8.2% from 17.94 million", "18.64
    million … 6.3% more than the 17.53 million people"."""
    if base.unit == "item" and current.unit != "item":
        return {base.id: (current.unit, f"unit read from the figure it is compared with ({current.text})")}
    if current.unit == "item" and base.unit != "item":
        return {current.id: (base.unit, f"unit read from the figure it is compared with ({base.text})")}
    if _per_elided(base, current):
        return {base.id: (current.unit, f"its rate unit understood from the figure it is compared with "
                                        f"({current.text})")}
    if _per_elided(current, base):  # "从每公斤42.5元跌至26.8元": the per unit said once, with the first
        return {current.id: (base.unit, f"its rate unit understood from the figure it is compared with "
                                        f"({base.text})")}
    numerator, slash, per = current.unit.partition("/")
    if slash and base.unit != numerator and compatible_unit(base, numerator) and is_known_unit(f"{base.unit}/{per}"):
        # "下跌79美分，至每桶118.78美元": cents a barrel, the "a barrel" understood
        return {base.id: (f"{base.unit}/{per}", f"its rate unit understood from the figure it is compared with "
                                                f"({current.text})")}
    return {}


def items_read_as(unit_of: Claim, *claims: Claim) -> Units:
    """Bare figures ("to 12.60 billion") compared with a counted change ("fell by 1.24 billion dlrs") are counted
    the same way."""
    if unit_of.unit == "item":
        return {}
    return {o.id: (unit_of.unit, f"unit read from the change it is compared with ({unit_of.text})")
            for o in claims if o.unit == "item"}
