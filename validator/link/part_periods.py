"""Whether a listed figure may be a part of a whole: a part shares the whole's period. A figure given as the
base of a comparison ("so với cùng kỳ (553.820 lượt và 12.210 lượt)", "比上年同期（…）", "up from 1.2m and
0.3m") or dated to another period than the whole's ("其中，8月份为594.0亿元，上年9月为584.4亿元", "a year
earlier, 1.1m") is an earlier reading, never a part, whatever list or breakdown cue leads it. One gate for every
finder that adds figures up (breakdowns, remainders, partitives).
"""

from __future__ import annotations

from validator.link.bases import base_role, named_role
from validator.link.scope import Scope, end, is_quantity, start
from validator.model import Claim

_OPEN = "(（"
_CLOSE = ")）"


def other_period(scope: Scope, c: Claim, whole: Claim | None = None) -> bool:
    """`c` is a comparison base, one of a parenthesised list of bases, or (given the whole) of an earlier or
    other period than the whole's (a period word of its own, or months that say so) — not a part of `whole`."""
    if scope.is_base(c) or in_bases(scope, c):
        return True
    if whole is None or (c.period is not None and whole.period is not None and c.period.within_years(whole.period)):
        return False  # ("“十一五”期间共发生约200起…，其中2010年发生55起": a year of the whole's span)
    role = base_role(scope, c, whole)
    # a whole itself of the earlier period ("上年同期，…为4864.1亿元。其中…") has parts of that period
    return role is not None and role != named_role(scope, whole)


def in_bases(scope: Scope, c: Claim) -> bool:
    """A figure in parentheses after a comparison base of the same parentheses: the parentheses list the bases
    ("tăng 8,1% và 12,6% so với cùng kỳ (553.820 lượt và 12.210 lượt)", "（上年同期分别为…和…）")."""
    text = scope.text
    lo = max(0, start(c) - 80)
    opening = max(text.rfind(p, lo, start(c)) for p in _OPEN)
    if opening < 0 or any(text.find(q, opening, start(c)) >= 0 for q in _CLOSE):
        return False
    inside = [o for o in scope.starting_in(opening + 1, start(c)) if end(o) <= start(c) and is_quantity(o)]
    return bool(inside) and scope.is_base(inside[0])
