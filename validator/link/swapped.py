"""Year on year written as the period before, or the other way round (同比 / 环比, "so với cùng kỳ" / "so với tháng
trước", "from a year earlier" / "from the previous month"). When a change's rate is exactly the one its figure
makes against the earlier reading of the *other* period — a figure the article names as that period's — the
writer has computed the rate right and labelled it wrong: "10月份居民生活用电量1020亿千瓦时 … 环比增长9.4%，上年同期为
932亿千瓦时；9月份…1266亿千瓦时" (1020/932 = +9.44%, year on year). That fit confirms the current figure and the thing
measured, so the reading from the period the change names, found by its words, is meant however far it stands:
its failure is the finding. A fit of the other period within rounding is no coincidence a writer makes by chance.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from validator.link.bases import role_for
from validator.link.hypotheses import CLAUSE, Hypothesis
from validator.link.scope import Scope, start
from validator.model import ChangeRelation, Claim

# the least designation a reading from the named period needs to be raised
_FLOOR = 0.5


def confirm_named_period(scope: Scope, h: Hypothesis, c: Claim, period: str | None, direction: str) -> None:
    """Raise to `CLAUSE` the readings from the period `c` names when its rate is exactly the other period's."""
    if period not in ("yoy", "prev") or c.unit != "percent" or not c.value:
        return
    if not any(_FLOOR <= x.strength < CLAUSE for x in h.candidates) or len(h.candidates) < 2:
        return
    other = "prev" if period == "yoy" else "yoy"
    read: list[tuple[int, Claim, Claim]] = []
    for i, x in enumerate(h.candidates):
        r = x.relation
        if not isinstance(r, ChangeRelation) or r.delta is not None or r.base is None or r.current is None:
            continue
        if r.base in scope.index and r.current in scope.index:
            read.append((i, scope.claims[scope.index[r.base]], scope.claims[scope.index[r.current]]))
    for i, base, current in read:
        if h.candidates[i].strength < _FLOOR or h.candidates[i].strength >= CLAUSE:
            continue
        if role_for(scope, base, current, c) != period:
            continue
        fit = next((b for _, b, cur in read if cur is current and b is not base
                    and role_for(scope, b, current, c) == other and _fits(c, b, current, direction)), None)
        if fit is None or _told_by_another(scope, c, base, current):
            continue
        x = h.candidates[i]
        x.strength = CLAUSE
        x.evidence += (f"; the rate is the one {current.text} makes against {fit.text}, "
                       f"{'a year earlier' if other == 'yoy' else 'the period before'}")


def _told_by_another(scope: Scope, c: Claim, base: Claim, current: Claim) -> bool:
    """Another rate of the change's sentence is the one `current` makes against `base`: both periods' rates are
    told ("up 9.3% from a year earlier and 14.5% more than in February"), and the period word was read for the
    wrong one."""
    sentence = scope.sentence_of(start(c))
    return any(o is not c and o.unit == "percent" and (_fits(o, base, current, "up") or _fits(o, base, current, "down"))
               for o in scope.starting_in(sentence.start, sentence.end))


def _fits(c: Claim, base: Claim, current: Claim, direction: str) -> bool:
    """Whether the rate `current` makes against `base`, with both read to their rounding, rounds to `c`."""
    if not base.value or not current.value or base.unit != current.unit:
        return False
    said = Fraction(c.value) * (1 if direction == "up" else -1)
    step = Fraction(c.precision or Decimal("0.1")) / 2
    pb, pc = (Fraction(o.precision or 0) / 2 for o in (base, current))
    b, now = Fraction(base.value), Fraction(current.value)
    if b - pb <= 0:
        return False
    lo = ((now - pc) / (b + pb) - 1) * 100
    hi = ((now + pc) / (b - pb) - 1) * 100
    return lo <= said + step and said - step <= hi
