"""Changes: a percentage or points figure led by a rise or fall word ("tăng 12,4% so với tháng 9",
"同比增长89.4%", "up 8% to 1.8 million", "a drop of more than 80%", "降幅超过20%").

Reading a change is finding two figures: the *current* one (what the change describes) and the *base*
(what it is measured from).

The current figure is, in order:
- the one a list binds it to: "A và B lần lượt tăng 8% và 27%", "分别为A和B，同比分别增长x%和y%", "rose to A and B
  respectively … increases of x% and y%" — the i-th rate belongs to the i-th figure;
- the figure it sits in parentheses after: "197.697 lượt (tăng 8%) với 125.512 vụ việc (tăng 27%)";
- the figure after "to / lên / 至": "rose 8% to 1.8 million";
- the figure before it in its sentence, when nothing else moves between them (another change, a multiple, or
  a figure with its own rise word: "có 4 mã tăng là VPB tăng 3,3%" gives 3,3% no current);
- the figure a following clause reaches: "tăng 18,3% so với cùng kỳ, chỉ đạt 30,6 tỷ kWh";
- with no figure in its sentence, the alike figure of the sentence before: "xuất khẩu 125.000 tấn. Lượng xuất
  khẩu tăng 29,8%".

The base is, in order of designation:
- a "from A to B" pair the change owns (the nearest change to the pair, nothing between them);
- the i-th figure of a base list: "上年同期分别为C和D", "up from C and D a year earlier";
- a figure named by a comparison word right after the change or its current figure ("so với tháng 9 (37.123
  xe)", "from 1.5 million", "than the 10.2 million", "compared with $396") or just before it ("比上年同期的B增长
  X%");
- a figure in a clause of its own that names an earlier period ("，上年同期为99.6万辆", "(cùng kỳ năm 2023 đạt
  37,45 tỷ kWh)", "(February: 89.7; March 2023: 93.1)"), in the sentence or the next one;
- the same figure one period earlier stated elsewhere: same unit, metric and subject, words alike.

A change that names the period it compares with (同比 / 环比, "so với cùng kỳ" / "so với tháng trước",
"year-on-year" / "from the previous month") weakens a base of another period to a mere possibility, so a 同比
rate is never called wrong from a 环比 pair. Figures that are ends of a "from A to B" pair are levels, not
changes ("增速由0.8%下调至0.7%"). With no base stated, the change still records its current figure: the implied
base is shown as information.

The reading is split by responsibility: `wording` (rise and fall words, the roles words give a figure),
`lists` ("respectively"), `movements` (what moves in a document, and which change owns each pair),
`currents` (the current figure), `bases` and `priors` (the base stated near the change, or elsewhere); this
module puts them together into each change's hypothesis.
"""

from __future__ import annotations

from fractions import Fraction

from validator.intervals import stated_bands, written_precision
from validator.lexicon import lexicon, word_table
from validator.link.bases import (
    PRIOR_CLAUSE,
    base_role,
    items_read_as,
    period_fits,
    plausible_base,
    role_for,
    same_kind,
    stated_bases,
    takes_unit,
)
from validator.link.currents import current_of, named_current
from validator.link.deltas import amount_change
from validator.link.deltas import reached as reached_by_pair
from validator.link.hypotheses import CLAUSE, EXPLICIT, SENTENCE, Hypothesis
from validator.link.movements import Moves, moves_of
from validator.link.named_periods import named_period_figures
from validator.link.priors import previous_reading, prior_figures
from validator.link.scope import Scope, compatible, end, is_amount, is_quantity, start
from validator.link.swapped import confirm_named_period
from validator.link.wording import RATES, base_periods, change_period, is_fraction, move_start, moves, named_as_base
from validator.model import ChangeRelation, Claim


def find_changes(scope: Scope, ranges: dict[str, tuple[Claim, Claim]]) -> list[Hypothesis]:
    mv = moves_of(scope, ranges)
    out: list[Hypothesis] = []
    beside = {o.id for o in mv.amounts.values()}
    for c in scope.claims:
        direction = mv.changes.get(c.id)
        if direction is not None and not _basis_points(scope, c):
            h = _change_hypothesis(scope, mv, c, direction)
            confirm_named_period(scope, h, c, change_period(scope, c), direction)
        elif c.id not in beside and c.id not in mv.members and (direction := amount_change(scope, c)) is not None:
            h = _amount_hypothesis(scope, mv, c, direction)
        else:
            continue
        if h.candidates or h.fallback is not None:
            out.append(h)
    return out


def _amount_hypothesis(scope: Scope, mv: Moves, c: Claim, direction: str) -> Hypothesis:
    """A change written as an amount alone, with its current figure and a base it names: "reserves fell by 1.24
    billion dlrs to 12.60 billion after … 13.85 billion in January", "đạt 40.123 xe, tăng 3.000 xe so với tháng
    trước (37.123 xe)". Only bases the wording designates clearly are weighed: an amount is easily another's."""
    r = _Reader(scope, c, direction, None)
    owned = mv.owners.get(c.id)
    if owned is not None:
        # "库存由552万吨下降至479万吨，环比下降73万吨", "fell 73,000 tonnes from 552,000 to 479,000"
        pair_base, pair_current, pair_strength = owned
        r.add(pair_base, pair_current, pair_strength, f"from {pair_base.text} to {pair_current.text}")
        return r.h
    current, before, strength, why = current_of(scope, mv, c)
    if current is None or not is_quantity(current) or not (compatible(current, c) or "item" in (current.unit, c.unit)):
        return r.h
    if before is not None:
        r.add(before, current, min(strength, EXPLICIT), f"{current.text} compared with {before.text}")
    for base, s, reason in stated_bases(scope, mv, c, current):
        if s >= PRIOR_CLAUSE:  # in its sentence ("a loss of $793m a year ago" the next sentence is not it)
            r.add(base, current, min(strength, s), reason)
    for base, s, reason in prior_figures(scope, current, r.period):
        if s >= CLAUSE and _moves_by_about(base, current, c, direction):
            r.add(base, current, min(strength, s), reason)
    return r.h


def _moves_by_about(base: Claim, current: Claim, amount: Claim, direction: str) -> bool:
    """A figure stated elsewhere is the base an amount change is measured from only when the two differ in the
    change's direction by about its amount (within a factor of ten): "full-time employment increased by 41,200
    to 2,209,600" is not measured from the 2,794,300 in employment two paragraphs before (a fall of 584,700)."""
    if not (base.value and current.value and amount.value):
        return False
    diff = Fraction(current.value) - Fraction(base.value)
    if (diff > 0) != (direction == "up") or not diff:
        return False
    ratio = abs(diff) / abs(Fraction(amount.value))
    return Fraction(1, 10) <= ratio <= 10


class _Reader:
    """Adds one change's readings to its hypothesis: its relation to a base and current figure, with the amount
    the change is also written as ("比上年增加1110万吨，增长1.6%") when there is one."""

    def __init__(self, scope: Scope, c: Claim, direction: str, amount: Claim | None) -> None:
        self.scope, self.c, self.direction, self.amount = scope, c, direction, amount
        self.period = change_period(scope, c)
        self.h = Hypothesis(c.id)

    def add(self, base: Claim, current: Claim, strength: float, why: str, *, by_words: bool = False) -> None:
        c = self.c
        if base.id == current.id or not plausible_base(base, current, c, self.direction):
            return
        if (base.unit in RATES) != (current.unit in RATES):
            return  # "预期133万户，前值从升3.0%修正为升1.1%": a rate is no base of an amount
        if c.unit == "point" and not (base.unit == "percent" and current.unit == "percent"):
            return
        strength, note = period_fits(self.scope, base, current, self.period, strength)
        if by_words and _against(base, current, c, self.direction):
            strength, note = min(strength, SENTENCE), note + "; the pair moves against its word, by another size"
        elif _SENTENCE_FLOOR <= strength < CLAUSE and _reversed(base, current, c, self.direction):
            strength, note = CLAUSE, note + "; the pair moves by just the stated rate, the other way"
        elif _SENTENCE_FLOOR <= strength < CLAUSE and _in_points(base, current, c, self.direction):
            strength, note = CLAUSE, note + "; the two percentages differ by just the stated figure, in points"
        amount = self.amount.id if self.amount is not None else None
        units = takes_unit(base, current) | (takes_unit(self.amount, current) if self.amount is not None else {})
        if c.unit not in RATES and not is_fraction(c):  # an amount change: bare figures counted as it is
            units |= items_read_as(c, base, current)
        self.h.add(ChangeRelation(kind="change", change=c.id, base=base.id, current=current.id, delta=amount,
                                  direction=self.direction), strength, why + note, units)

    def add_amount(self, end_figure: Claim, strength: float, why: str, *, is_current: bool = True) -> None:
        """The reading by the amount alone: the base is the current figure less it (or the current the base
        plus it)."""
        amount = self.amount
        if amount is None or amount.id == end_figure.id:
            return
        ends = {"current": end_figure.id} if is_current else {"base": end_figure.id}
        self.h.add(ChangeRelation(kind="change", change=self.c.id, delta=amount.id, direction=self.direction,
                                  **ends), strength, f"{why}; {amount.text} beside it is the same change",
                   takes_unit(amount, end_figure))


def _reversed(base: Claim, current: Claim, c: Claim, direction: str) -> bool:
    """Whether the pair moves by just the rate the change states, to its last written digit, but the other way:
    "giảm 9,4% so với mức 59,5 tỷ kWh" of a figure at 65,1 tỷ kWh (+9,4%). Two figures found apart, by their
    words, that give the stated rate exactly are the ones the change is about; only its word is wrong. An exact
    rate only: a hedged or rounded one ("hơn 30%", "about 9%") fits too many pairs by chance."""
    if c.unit != "percent" or c.hedge is not None or c.high is not None or not (base.value and current.value):
        return False
    moved = (Fraction(current.value) / Fraction(base.value) - 1) * 100
    if not moved or (moved > 0) == (direction == "up") or abs(Fraction(c.value)) < _REVERSED_MIN:
        return False
    precision = c.precision if c.precision is not None else written_precision(c.value)
    return stated_bands(abs(c.value), precision, None, None).natural.contains(abs(moved))


def _in_points(base: Claim, current: Claim, c: Claim, direction: str) -> bool:
    """Whether two percentages differ, the change's way, by just the figure the change states in per cent, to its
    last written digit: "tăng 3,3% so với mức 38,2%" of a share at 41,5%. Found apart, by their words, the pair is
    the one meant; only the change's unit is wrong (points, not per cent)."""
    if c.unit != "percent" or c.hedge is not None or c.high is not None or not (
            base.unit == current.unit == "percent") or abs(Fraction(c.value)) < _REVERSED_MIN:
        return False
    moved = Fraction(current.value) - Fraction(base.value)
    if not moved or (moved > 0) != (direction == "up"):
        return False
    precision = c.precision if c.precision is not None else written_precision(c.value)
    return stated_bands(abs(c.value), precision, None, None).natural.contains(abs(moved))


# a weakly designated pair is raised when it gives the stated rate the other way (`_reversed`) from this strength,
# for a rate of at least this many per cent (smaller ones are met by chance too often)
_SENTENCE_FLOOR = 0.5
_REVERSED_MIN = 1


def _against(base: Claim, current: Claim, c: Claim, direction: str) -> bool:
    """Whether the pair moves the other way from the change's word and by a size the change does not say
    either (more than twice it, or less than half). For a base found elsewhere by the likeness of its words,
    two mistakes at once are far likelier two things paired wrongly ("1.72 million domestic passengers (up
    5.5%)" is not measured from 3.53 million passengers in all a year before), so such a pair is never strongly
    designated. A base the change's own words designate keeps its strength: "rose 5.1% from a year earlier to
    138,600 … down from 142,100 in October 2024" states another period's rate."""
    if not (base.value and current.value and c.value) or c.unit == "times":
        return False
    b, now = Fraction(base.value), Fraction(current.value)
    if c.unit == "percent":
        moved = now / b - 1
        said = Fraction(c.value) / 100
    else:  # points between two percentages, or an amount
        moved, said = now - b, Fraction(c.value)
    said = abs(said)
    if not said or not moved or (moved > 0) == (direction == "up"):
        return False
    return not said / 2 <= abs(moved) <= said * 2


def _change_hypothesis(scope: Scope, mv: Moves, c: Claim, direction: str) -> Hypothesis:
    r = _Reader(scope, c, direction, mv.amounts.get(c.id))
    owned = mv.owners.get(c.id)
    if owned is not None:
        base, current, strength = owned
        r.add(base, current, strength, f"from {base.text} to {current.text}")
        return r.h
    bound = mv.lists.get(c.id)
    if bound is not None and bound[0] is not None and bound[1] is not None:
        r.add(bound[1], bound[0], EXPLICIT, f"{bound[0].text} compared with {bound[1].text}, the lists in order")
        return r.h
    sized = _rates_sized(scope, mv, c)
    if sized is not None:  # "鲜菜价格上涨10.0%，上月为上涨22.1%，涨幅回落12.1%"
        base, current = sized
        r.period = None  # the two rates' own words name their periods
        r.add(base, current, CLAUSE, f"the size of the move: {current.text} compared with {base.text}, the earlier "
              f"period's")
        return r.h
    reached = reached_by_pair(scope, c, r.amount) if r.amount is not None else None
    found: Claim | None
    before: Claim | None
    if reached is not None:  # "rose by 115,900 persons, or 2.3%, over the year to 5,163,900"
        found, before, strength, why = reached, None, EXPLICIT, f"to {reached.text}"
    else:
        found, before, strength, why = current_of(scope, mv, c)
        if found is not None and found is r.amount:  # "giảm 3,5 USD (0,28%)": the figure the amount moves
            found, before, strength, why = current_of(scope, mv, found)
        if found is not None and _owned_by_another(mv, c, found):
            # "receivables jumped 28.5% to 812 billion from 632 billion, while salary-based loans rose 19.7%": the
            # pair is the other rate's, whose words govern it; the parallel clause's rate has no figures of its own
            found, before = None, None
        if found is not None and _rate_based(scope, mv, c, found):
            found, before = None, None
    if found is None:
        _without_current(scope, mv, r, before)
    else:
        _with_current(scope, mv, r, found, before, strength, why)
    return r.h


def _rate_based(scope: Scope, mv: Moves, c: Claim, found: Claim) -> bool:
    """"…137.400 tỷ đồng vốn ngân sách trung ương (chiếm 41,5%)… Tỷ trọng vốn ngân sách trung ương tăng 3,3% so với
    mức 38,2% của cùng kỳ": the base the change's own clause states is a rate, so what moved is a rate too — the
    amount found before it is not its current (the rate its words name is, found as for a change with none)."""
    if found.unit in RATES or c.unit == "times":
        return False
    after = scope.starting_in(end(c), scope.clause_of(c)[1])[:1]
    return bool(after) and _rate_base(scope, mv, c, after[0])


def _rate_base(scope: Scope, mv: Moves, c: Claim, o: Claim) -> bool:
    """`o`, right after the change `c`, is a percentage the comparison words just before it name as its base ("so
    với mức 38,2%", "than the 38.2%", "较上年同期的38.2%"): a level, not a change of its own nor a share the clause
    goes on to ("so với cùng kỳ và chiếm 42,8%")."""
    if o.unit != "percent" or o.id in mv.changes:
        return False
    near = word_table(scope.lang, "relations", "base_before").scan(scope.text, max(end(c), start(o) - 18), start(o))
    return bool(near) and not scope.ctx.between("share", near[-1].end, start(o))


def _owned_by_another(mv: Moves, c: Claim, found: Claim) -> bool:
    """`found` ends a from/to pair that another change's words govern."""
    return any(owner != c.id and current is found for owner, (_, current, _) in mv.owners.items())


def _rates_sized(scope: Scope, mv: Moves, c: Claim) -> tuple[Claim, Claim] | None:
    """(base, current) of a change in the size of a move (`relations.move_size`: "涨幅回落12.1%", "mức tăng giảm
    3 điểm") told right after the two rates it compares, in the same sentence: the later one named as the
    earlier period's ("上月为上涨22.1%", "tháng trước tăng 22,1%"), the one before it this period's."""
    lo, _ = scope.clause_of(c)
    if not word_table(scope.lang, "relations", "move_size").scan(scope.text, lo, move_start(scope, c)):
        return None
    sentence = scope.sentence_of(start(c))
    before = scope.starting_in(sentence.start, start(c))
    if len(before) < 2:
        return None
    current, base = before[-2], before[-1]
    if not all(o.unit == "percent" and mv.changes.get(o.id) is not None for o in (current, base)):
        return None
    base_lo, _ = scope.clause_of(base)
    current_lo, _ = scope.clause_of(current)
    periods = base_periods(scope.lang)
    if base_lo <= end(current) or not periods.scan(scope.text, base_lo, start(base)) or periods.scan(
            scope.text, current_lo, start(current)):
        return None
    return base, current


def _without_current(scope: Scope, mv: Moves, r: _Reader, before: Claim | None) -> None:
    """A change whose current figure is not in its sentence: a base it names, and the figure its words name."""
    c = r.c
    # (a share's base too: "Tỷ trọng vốn trung ương tăng 3,3% so với mức 38,2%")
    stated = [o for o in scope.starting_in(end(c), scope.sentence_of(start(c)).end)[:1]
              if (is_quantity(o) and named_as_base(scope, o)) or _rate_base(scope, mv, c, o)]
    given = before or (stated[0] if stated else None)
    if given is None:
        read = previous_reading(scope, c) if r.period == "prev" else None
        if read is not None:
            r.add(read[1], read[0], SENTENCE, f"{read[0].text} compared with its previous reading {read[1].text}")
        else:
            _pair_told_after(scope, r)
        return
    r.add_amount(given, CLAUSE, f"from {given.text}", is_current=False)
    # "matchday income … rose 13% from €1.62bn": the figure the clause's words name, stated elsewhere
    named, strength, why = named_current(scope, c, given)
    if named is not None:
        r.add(given, named, min(strength, SENTENCE), f"{named.text} ({why}) compared with {given.text}")
        if r.period is not None and base_role(scope, given, named) not in (r.period, None):
            # "环比增长9.4%，上年同期为932亿千瓦时；9月份，…1266亿千瓦时": the period the change names, told after
            for base, s, reason in stated_bases(scope, mv, c, named):
                if base is not given and role_for(scope, base, named, c) == r.period:
                    r.add(base, named, min(strength, s, SENTENCE), f"{named.text} ({why}); {reason}")


def _pair_told_after(scope: Scope, r: _Reader) -> None:
    """"Mahindra reported a 52% rise in net profit. Profit was 1.33bn rupees compared with 874.2m rupees": a change
    with no figure in its sentence, and the next sentence of its paragraph gives just the two figures it is
    between, the later one named as the base, with nothing moving there of its own."""
    c = r.c
    sentence = scope.sentence_of(start(c))
    if scope.starting_in(sentence.start, start(c)) or scope.starting_in(end(c), sentence.end):
        return
    following = scope.next_sentences(sentence, 1)
    if not following or following[0].paragraph != sentence.paragraph:
        return
    nxt = following[0]
    figures = scope.starting_in(nxt.start, nxt.end)
    if len(figures) != 2 or moves(scope, nxt.start, nxt.end):
        return
    current, base = figures
    if not (is_quantity(current) and is_quantity(base) and compatible(current, base)) or not named_as_base(
            scope, base) or named_as_base(scope, current):
        return
    if not plausible_base(base, current, c, r.direction):
        return
    r.add(base, current, SENTENCE, f"{current.text} compared with {base.text}, the sentence after")


def _with_current(scope: Scope, mv: Moves, r: _Reader, current: Claim, before: Claim | None, strength: float,
                  why: str) -> None:
    c, direction, period = r.c, r.direction, r.period
    if before is not None and plausible_base(before, current, c, direction):
        # "180.8 mln compared with 147.5 mln for coffee, a drop of 42 pct from last year": a change naming its
        # own base period after it is weakly bound to a figure before it that names none
        dated = period is None or scope.same_clause(before, c) or base_role(scope, before, current) is not None
        r.add(before, current, min(strength, EXPLICIT if dated else SENTENCE),
              f"{current.text} compared with {before.text}")
    for o in _earlier_readings(scope, current, c, before):
        r.add(o, current, min(strength, PRIOR_CLAUSE), f"{o.text} named as the earlier figure, before the change")
    stated = stated_bases(scope, mv, c, current)
    for base, s, reason in stated:
        r.add(base, current, min(strength, s), reason)
    if not stated and r.amount is None:
        _current_of_the_base(scope, mv, r, current)
    if not is_amount(current):
        return
    r.add_amount(current, min(strength, EXPLICIT), f"{current.text} ({why})")
    for base, s, reason in prior_figures(scope, current, period):
        r.add(base, current, min(strength, s), reason, by_words=True)
    for base, s, reason in named_period_figures(scope, c, current, period):
        r.add(base, current, min(strength, s), reason, by_words=True)
    if c.unit == "percent" and r.amount is None:
        r.h.fallback = ChangeRelation(kind="change", change=c.id, current=current.id, direction=direction,
                                      confidence="cued" if _cued(scope, c) and strength >= CLAUSE else "plausible")


def _earlier_readings(scope: Scope, current: Claim, c: Claim, before: Claim | None) -> list[Claim]:
    """"猪肉每公斤28.6元，上月为29.2元，上年同期为25.1元，猪肉价格环比上涨13.9%": between the current figure and its
    change, only figures of its kind each named as an earlier period's; besides the one `current_of` gave."""
    between = scope.starting_in(end(current), start(c))
    if len(between) < 2 or not all(is_quantity(o) and same_kind(o, current) and base_role(scope, o, current) in (
            "yoy", "prev") for o in between):
        return []
    return [o for o in between if o is not before]


def _current_of_the_base(scope: Scope, mv: Moves, r: _Reader, nearest: Claim) -> None:
    """"Tổng số khán giả đạt 1,58 triệu lượt, bình quân 8.680 khán giả/trận, tăng 20,6% so với mùa giải trước (1,31
    triệu lượt)": the base named right after the change is of another kind than the figure nearest before it; the
    figure of its kind earlier in the clause chain, with nothing moving between, is the one that changed."""
    c = r.c
    sentence = scope.sentence_of(start(c))
    after = [o for o in scope.starting_in(end(c), sentence.end)[:1] if is_quantity(o) and named_as_base(scope, o)]
    if not after or compatible(after[0], nearest) or not is_quantity(nearest):
        return
    base = after[0]
    if nearest.unit == "item" and plausible_base(base, nearest, c, r.direction):
        return  # a bare figure of the base's size: the base's kind, its unit left out
    earlier = [o for o in scope.starting_in(sentence.start, start(nearest))
               if is_quantity(o) and o.unit == base.unit and o.id not in mv.changes]
    if len(earlier) != 1 or any(o.id in mv.changes for o in scope.starting_in(end(earlier[0]), start(c))):
        return
    current = earlier[0]
    r.add(base, current, PRIOR_CLAUSE, f"{current.text} compared with {base.text}, of its kind ({nearest.text} is "
                                       f"not)")


def _basis_points(scope: Scope, c: Claim) -> bool:
    """"34 basis points" is read as 34 points (percentage points): not checked."""
    return c.unit == "point" and bool(word_table(scope.lang, "relations", "basis_points").scan(c.text))


def _cued(scope: Scope, c: Claim) -> bool:
    """Whether the change names its base period ("so với cùng kỳ", "同比"): its implied base is meaningful."""
    clause = scope.clause_of(c)
    return bool(scope.ctx.between("basis", clause[0], clause[1] + 12)) or lexicon(scope.lang).cues.changes_cued
