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

from validator.lexicon import lexicon, word_table
from validator.link.bases import base_role, period_fits, plausible_base, stated_bases, takes_unit
from validator.link.currents import current_of, named_current
from validator.link.hypotheses import CLAUSE, EXPLICIT, SENTENCE, Hypothesis
from validator.link.movements import Moves, moves_of
from validator.link.priors import prior_figures
from validator.link.scope import Scope, end, is_amount, is_quantity, start
from validator.link.wording import change_period, named_as_base
from validator.model import ChangeRelation, Claim


def find_changes(scope: Scope, ranges: dict[str, tuple[Claim, Claim]]) -> list[Hypothesis]:
    mv = moves_of(scope, ranges)
    out: list[Hypothesis] = []
    for c in scope.claims:
        direction = mv.changes.get(c.id)
        if direction is None or _basis_points(scope, c):
            continue
        h = _change_hypothesis(scope, mv, c, direction)
        if h.candidates or h.fallback is not None:
            out.append(h)
    return out


def _change_hypothesis(scope: Scope, mv: Moves, c: Claim, direction: str) -> Hypothesis:
    h = Hypothesis(c.id)
    period = change_period(scope, c)

    def add(base: Claim, current: Claim, strength: float, why: str) -> None:
        if base.id == current.id or not plausible_base(base, current, c, direction):
            return
        if c.unit == "point" and not (base.unit == "percent" and current.unit == "percent"):
            return
        strength, note = period_fits(scope, base, current, period, strength)
        h.add(ChangeRelation(kind="change", change=c.id, base=base.id, current=current.id, direction=direction),
              strength, why + note, takes_unit(base, current))

    owned = mv.owners.get(c.id)
    if owned is not None:
        base, current, strength = owned
        add(base, current, strength, f"from {base.text} to {current.text}")
        return h
    bound = mv.lists.get(c.id)
    if bound is not None and bound[0] is not None and bound[1] is not None:
        add(bound[1], bound[0], EXPLICIT, f"{bound[0].text} compared with {bound[1].text}, the lists in order")
        return h
    found, before, strength, why = current_of(scope, mv, c)
    if found is None:
        stated = [o for o in scope.starting_in(end(c), scope.sentence_of(start(c)).end)[:1]
                  if is_quantity(o) and named_as_base(scope, o)]
        given = before or (stated[0] if stated else None)
        if given is None:
            return h
        # "matchday income … rose 13% from €1.62bn": the figure the clause's words name, stated elsewhere
        named, strength, why = named_current(scope, c, given)
        if named is not None:
            add(given, named, min(strength, SENTENCE), f"{named.text} ({why}) compared with {given.text}")
        return h
    current = found
    if before is not None and plausible_base(before, current, c, direction):
        # "180.8 mln compared with 147.5 mln for coffee, a drop of 42 pct from last year": a change naming its
        # own base period after it is weakly bound to a figure before it that names none
        dated = period is None or scope.same_clause(before, c) or base_role(scope, before, current) is not None
        add(before, current, min(strength, EXPLICIT if dated else SENTENCE),
            f"{current.text} compared with {before.text}")
    for base, s, reason in stated_bases(scope, mv, c, current):
        add(base, current, min(strength, s), reason)
    if is_amount(current):
        for base, s, reason in prior_figures(scope, current, period):
            add(base, current, min(strength, s), reason)
        if c.unit == "percent":
            h.fallback = ChangeRelation(kind="change", change=c.id, current=current.id, direction=direction,
                                        confidence="cued" if _cued(scope, c) and strength >= CLAUSE else "plausible")
    return h


def _basis_points(scope: Scope, c: Claim) -> bool:
    """"34 basis points" is read as 34 points (percentage points): not checked."""
    return c.unit == "point" and bool(word_table(scope.lang, "relations", "basis_points").scan(c.text))


def _cued(scope: Scope, c: Claim) -> bool:
    """Whether the change names its base period ("so với cùng kỳ", "同比"): its implied base is meaningful."""
    clause = scope.clause_of(c)
    return bool(scope.ctx.between("basis", clause[0], clause[1] + 12)) or lexicon(scope.lang).cues.changes_cued
