"""The current figure of a change or multiple — the figure it describes. In order:
- the one a list binds it to ("A và B lần lượt tăng 8% và 27%");
- the figure it sits in parentheses after ("197.697 lượt (tăng 8%)");
- the figure after "to / lên / 至" ("rose 8% to 1.8 million");
- the figure before it in its sentence, when nothing else moves between them;
- the figure a following clause reaches ("tăng 18,3% so với cùng kỳ, chỉ đạt 30,6 tỷ kWh");
- with no figure in its sentence, the alike figure of the sentence before.
"""

from __future__ import annotations

import re
from fractions import Fraction

from validator.lexicon import word_table
from validator.link.anaphora import pointing_back
from validator.link.bases import PRIOR_CLAUSE, base_role, named_role, plausible_base, same_kind, stated_bases
from validator.link.deltas import amount_change
from validator.link.hypotheses import CLAUSE, EXPLICIT
from validator.link.movements import Moves
from validator.link.phrases import similarity
from validator.link.scope import (
    CLAUSE_GAP,
    Scope,
    end,
    is_amount,
    is_quantity,
    list_joiner,
    start,
)
from validator.link.share_words import of_plan
from validator.link.then_readings import in_then_clause
from validator.link.wording import (
    RATES,
    base_periods,
    broken,
    change_period,
    direction_of,
    is_delta,
    is_share,
    list_marker,
    move_start,
    moves,
    multiple_base,
    named_as_base,
    parenthetical,
    told_as_cause,
)
from validator.model import Claim
from validator.units import is_currency


def current_of(scope: Scope, mv: Moves, c: Claim) -> tuple[Claim | None, Claim | None, float, str]:
    """(current figure, a base stated between it and `c`, strength, why) for a change or multiple."""
    bound = mv.lists.get(c.id)
    if bound is not None:
        return bound[0], None, EXPLICIT, "its own figure in the list"
    own = scope.own_figure(c)
    if own is c:
        return None, None, 0.0, ""
    if own is not None:
        return own, None, EXPLICIT, f"its own figure {own.text}"
    sentence = scope.sentence_of(start(c))
    after = scope.starting_in(end(c), sentence.end)
    reached = _reached_directly(scope, c, after)
    if reached is not None:
        return reached, None, EXPLICIT, f"to {reached.text}"
    measured = _measured(scope, mv, c, sentence.start, after)
    if measured is not None:
        return measured, None, CLAUSE, f"{measured.text}, what its measure word names"
    walked, stated, blocked = _current_before(scope, mv, c, sentence.start)
    if walked is not None:
        return walked
    partner = _coordinated(scope, mv, c, sentence.start)
    if partner is not None and partner.id not in _ASKING:
        _ASKING.add(partner.id)
        try:
            shared = current_of(scope, mv, partner)
        finally:
            _ASKING.discard(partner.id)
        if shared[0] is not None:
            # a base between the two changes is the later one's only where bases lead their changes ("较上周的
            # 17.41元下跌3.2%，较去年同期的14.70元上涨14.6%"), not where they follow ("up 4.1% from €93.4bn but …")
            own = stated if scope.flag("base_leads_change") else None
            return shared[0], own, shared[2], f"{shared[0].text}, as for {partner.text} it is joined to"
    if blocked or any(end(o) <= start(c) and is_amount(o) and o is not stated
                      for o in scope.starting_in(sentence.start, start(c))):
        return None, stated, 0.0, ""
    reached = _reached_after(scope, mv, c, after)
    if reached is not None:
        return reached, stated, PRIOR_CLAUSE, f"reaching {reached.text}"
    if stated is not None:  # "与2022年上半年的25.3万辆相比，全省新能源汽车产量已是当时的3.1倍": the base is given,
        return None, stated, 0.0, ""  # the current is the figure its words name (see `named_current`)
    told = _told_before(scope, mv, c)
    if told is not None:  # "…up 110,000 bpd from April's 26.52 mln bpd. That is a 0.4 pct rise"
        return told
    figure, strength, why = _current_in_previous_sentence(scope, mv, c)
    return figure, stated, strength, why


def _narrows(a: str, b: str) -> bool:
    """One metric is the other's product with a metric added ("auto" and "auto visitors": "xe buýt … có 18,4 triệu
    lượt khách, tăng 7%", the figure's unit holding the word the change's metric reads): no other thing."""
    return b.startswith(a + " ") or a.startswith(b + " ")


def _measured(scope: Scope, mv: Moves, c: Claim, lo: int, after: list[Claim]) -> Claim | None:
    """"xuất khẩu đạt 220.000 tấn, trị giá 1,13 tỷ USD, giảm 3,2% về lượng nhưng tăng 47,3% về giá trị", "down 3.2%
    by volume", "数量下降3.2%": a change that says what it measures (the amount, or the money) is of the last figure
    of that kind before it in its sentence, past figures of the other kind, nothing else moving between."""
    table = word_table(scope.lang, "relations", "measure")
    clause_lo, _ = scope.clause_of(c)
    hi = min(end(c) + 16, start(after[0]) if after else end(c) + 16)
    trailing = [h for h in table.scan(scope.text, end(c), hi) if not scope.text[end(c):h.start].strip()]
    leading = table.scan(scope.text, clause_lo, start(c))
    hits = trailing or leading
    if len({h.label for h in hits}) != 1:
        return None
    money = hits[0].label == "value"
    for o in reversed([o for o in scope.starting_in(lo, start(c)) if end(o) <= start(c)]):
        if o.id in mv.changes:
            continue  # "giảm 3,2% về lượng nhưng tăng 47,3% về giá trị": the other measure's change
        if not is_quantity(o) or is_delta(scope, o) or named_as_base(scope, o):
            return None
        if is_currency(o.unit) == money:
            return o
    return None


_ASKING: set[str] = set()  # changes whose current is being asked for (coordinated changes ask each other)


def _coordinated(scope: Scope, mv: Moves, c: Claim, lo: int) -> Claim | None:
    """The change `c` is joined to, when nothing but its base stands between them: "68.500 đồng/kg, tăng 3,6% so
    với tháng trước (66.100 đồng/kg) và tăng 24,3% so với cùng kỳ", "同比下降8.0%，环比增长4.2%"."""
    before = [o for o in scope.starting_in(lo, start(c)) if end(o) <= start(c)]
    if not before:
        return None
    last = before[-1]
    partner = last if last.id in mv.changes else None
    if partner is None and len(before) >= 2 and before[-2].id in mv.changes and before[-2].unit == c.unit:
        gap = scope.text[end(before[-2]):start(last)]
        if len(gap) <= 40 and not broken(scope, end(before[-2]), start(last)) and (
                "(" in gap or "（" in gap or named_as_base(scope, last)):
            partner = before[-2]  # "tăng 3,6% so với tháng trước (66.100 đồng/kg)"
        elif len(gap) <= 80 and in_then_clause(scope, last) and not scope.same_clause(before[-2], last):
            partner = before[-2]  # "2.6% lower than in August, when it stood at 49,600, and 7.4% below…"
    if (partner is None and len(before) >= 3 and before[-3].id in mv.changes and named_as_base(scope, last)
            and in_then_clause(scope, before[-2]) and not scope.same_clause(before[-2], c)):
        partner = before[-3]  # "比5月末减少3.1%，当时为32200人，比去年6月的34510人减少9.6%": the base leads the change
    if partner is None or partner.unit != c.unit:
        return None
    gap = _without_periods(scope, end(last), move_start(scope, c)).strip(" )）")
    return partner if list_joiner(scope.lang).fullmatch(gap) and not re.search(r"\d", gap) else None


def _without_periods(scope: Scope, lo: int, hi: int) -> str:
    """text[lo:hi] less the words naming the period a change compares with ("，环比", " year on year and",
    " so với cùng kỳ và"): two changes of one figure, each naming its own basis, are joined all the same."""
    hits = sorted([*scope.hits("basis", lo, hi), *base_periods(scope.lang).scan(scope.text, lo, hi)],
                  key=lambda h: h.start)
    parts, at = [], lo
    for h in hits:
        if h.start >= at:
            parts.append(scope.text[at:h.start])
            at = h.end
    parts.append(scope.text[at:hi])
    return "".join(parts)


def _undated(scope: Scope, lo: int, hi: int) -> str:
    """text[lo:hi] with the dates in it blanked: "a 14.2% rise in net profit for the year ended Dec 31, 2024 to
    RM2.87 billion" — a date's own comma separates no clauses."""
    gap = scope.text[lo:hi]
    for p in scope.periods.within(lo, hi):
        gap = gap[:p.start - lo] + " " * (p.end - p.start) + gap[p.end - lo:]
    return gap


def _reached_directly(scope: Scope, c: Claim, after: list[Claim]) -> Claim | None:
    """"rose 8% to 1.8 million", "增长5%至300万辆", "slipped 0.3% from a year earlier to an index level of 89.4":
    the figure after a "to" word in the change's clause."""
    lo = end(c)
    if after and scope.text[lo:start(after[0])].strip() in ("(", "（", "(+", "(-", "（+", "（-"):
        lo, after = end(after[0]), after[1:]  # "tăng 3,3 USD (0,36%), lên …": the amount's own rate after it
    if not after or not (is_quantity(after[0]) or after[0].unit == "percent"):
        return None
    o = after[0]
    tos = scope.ctx.between("to", lo, start(o))
    gap = _undated(scope, lo, start(o)).lstrip()
    if gap[:1] in (")", "）"):  # "tăng 3,3 USD (0,36%), lên 926,4 USD/ounce": the comma closes the parenthesis
        gap = gap[1:].lstrip(" ,，")
    elif (tos and gap[:1] in (",", "，") and not scope.text[lo:tos[0].start].strip(" ,，")
          and not moves(scope, tos[0].end, tos[-1].start)):
        gap = gap[1:].lstrip()  # "to rise by 4.8%, to reach $419.3bn", "tức 0,16%, xuống 16,627 USD/ounce" — not
        # a word opening a clause of its own change: "lượng tăng 9,6%, còn kim ngạch tăng tới 61,5%"
    if not tos or CLAUSE_GAP.search(gap):
        return None
    if len(scope.text[lo:start(o)].strip()) <= 6 or start(o) - tos[-1].end <= 24:
        return o
    return None


def _current_before(scope: Scope, mv: Moves, c: Claim, lo: int
                    ) -> tuple[tuple[Claim, Claim | None, float, str] | None, Claim | None, bool]:
    """Walk back from `c` in its sentence to the figure it describes: ((current, stated base, strength, why)
    or None, a base named on the way ("比上年同期的B增长"), whether something else moves in between).

    On the way, figures in parentheses ("12 months earlier (£276,400)"), changes written as amounts ("£4,973
    higher"), shares, and — for a multiple — changes are passed by; their rise words are theirs."""
    text = scope.text
    own_move = move_start(scope, c)
    stated: Claim | None = None
    passed: list[tuple[int, int]] = []  # the spans of figures passed by, with their own rise or fall words
    for o in reversed([o for o in scope.starting_in(lo, start(c)) if end(o) <= start(c)]):
        if broken(scope, end(o), start(c)):
            break
        if told_as_cause(scope, end(o), c):
            # "costs rose to $1.87 from $1.74, reflecting a 23% increase in power tariffs": the change is the
            # cause's, told after the figures it explains
            return None, stated, True
        if c.unit == "point" and o.unit == "percent" and o.id in mv.changes and stated is not None:
            # "increased by 1.8% …, up from 1.0% …, a rise of 0.8 percentage points": a growth rate is the level
            # a points change moves
            return (o, stated, PRIOR_CLAUSE, f"{o.text} before it"), stated, False
        if (o.id in mv.changes) if c.unit != "times" else o.unit == "times":
            break  # another change's (multiple's) clause: nothing of this one's before it
        if stated is None and c.unit == "times" and multiple_base(scope, o, c):
            stated = o  # "已是2020年同期（68.2亿元）的5.3倍"
            continue
        if stated is None and _base_in_parentheses(scope, o, c, own_move):
            stated = o  # "较今年预期值（802万亿韩元）增加10.1%"
            passed.append((start(o) - 14, end(o) + 12))
            continue
        if _passed_by(scope, mv, o, c):
            passed.append((start(o) - 14, end(o) + 12))
            continue
        if stated is None and o.unit == "percent" and is_share(scope, o) and _rate_base_after(scope, c):
            near = scope.same_clause(o, c) or not CLAUSE_GAP.search(text[end(o):start(c)].strip(" "))
            return (o, None, EXPLICIT if near else PRIOR_CLAUSE, f"{o.text} before it, a rate as its base is"), \
                None, False
        if o.unit in RATES and (o.unit == "point" or ((is_share(scope, o) or of_plan(scope, o)) and not (
                stated is not None and stated.unit == "percent"))):
            # a share is a change's current only when the base named on the way is a percentage too: "made up
            # 41.7 per cent of new mortgages, against 33.2 per cent a year earlier, an increase of 8.5 per cent";
            # a percentage of a plan is one too ("đạt 38.560 tỷ đồng, bằng 107,4% dự toán, tăng 12,5%": the change is
            # of the amount, not of the ratio to the plan)
            passed.append((start(o) - 14, end(o)))
            continue
        if is_delta(scope, o):
            if stated is not None and _flow_compared(scope, o, stated, lo):
                # "前10个月贷款累计增加16.52万亿元，上年同期为21.21万亿元，…降幅超过25%": a flow (an amount added
                # over a period) whose earlier period's reading follows it is itself the figure compared
                return (o, stated, PRIOR_CLAUSE, f"{o.text}, a flow compared with {stated.text}"), stated, False
            passed.append((start(o) - 14, end(o) + 12))
            continue
        if any(not any(a <= m.start < b for a, b in passed) for m in moves(scope, end(o), own_move)):
            return None, stated, True  # "có 4 mã tăng là VPB tăng 3,3%": the figure has its own move
        if o.metric and c.metric and o.metric != c.metric and o.unit not in RATES and not _narrows(o.metric, c.metric):
            return None, stated, True
        if stated is None and (multiple_base(scope, o, c) or (named_as_base(scope, o) and not (
                c.unit == "times" and _same_parentheses(scope, o, c)))):
            stated = o
            passed.append((start(o) - 14, end(o)))  # "đạt 66,7%, tăng từ 63,1%": the rise word leads the base
            continue
        if stated is not None and is_quantity(o) and (named_role(scope, o) is not None or _reading_of_earlier(
                scope, o, lo)):
            # "28.6元，上月为29.2元，上年同期为25.1元，…环比上涨13.9%": the earlier readings, each named so, lead
            # back to the figure they are of
            passed.append((start(o) - 14, end(o)))
            continue
        if stated is None and _compared_to(scope, o):
            # "kim ngạch năm ngoái đã vượt xa con số 4,37 tỷ USD của năm 2023 và gần gấp đôi năm 2019", "sales were
            # higher than the 4.37 million of 2023 and nearly double 2019's": the figure a comparative leads is
            # what the subject is compared with, not the subject's own figure
            return None, stated, True
        if stated is not None and not same_kind(stated, o) and stated.unit != "item":
            return None, stated, True
        near = scope.same_clause(o, c) or not CLAUSE_GAP.search(text[end(o):start(c)].strip(" "))
        return (o, stated, EXPLICIT if near else PRIOR_CLAUSE, f"{o.text} before it"), stated, False
    return None, stated, False


def _passed_by(scope: Scope, mv: Moves, o: Claim, c: Claim) -> bool:
    """Whether the walk back from `c` passes `o` by: another change, a multiple, a group count, a list marker,
    no quantity, a parenthetical, or an earlier time's reading in a then-clause ("…, when the list stood at
    49,600, and 7.4% below…": the base of the change before it, not the subject of this one)."""
    return (o.id in mv.changes or o.unit == "times" or scope.is_group_count(o) or list_marker(scope, o)
            or not (is_quantity(o) or o.unit in RATES) or parenthetical(scope, o, c)
            or (in_then_clause(scope, o) and not scope.same_clause(o, c)))


def _compared_to(scope: Scope, o: Claim) -> bool:
    """Whether a comparative word ("higher than", "vượt", "高出", `relations.comparative`) leads `o` with a few
    words at most between and no bound read on it ("more than 30%" is a bound): the figure compared with."""
    if o.hedge is not None:
        return False
    lo = max(scope.after_previous(o), start(o) - 24)
    hits = word_table(scope.lang, "relations", "comparative").scan(scope.text, lo, start(o))
    if not hits:
        return False
    gap = scope.text[hits[-1].end:start(o)]
    return len(gap.strip()) <= 12 and not any(ch.isdigit() for ch in gap)


def _reading_of_earlier(scope: Scope, o: Claim, lo: int) -> bool:
    """"38.6亿千瓦时，7月份为41.2亿千瓦时，上年同期为36.1亿千瓦时，环比增长6.9%": `o` is an earlier period's
    reading of the figure of its kind before it in the sentence, nothing moving between them."""
    before = [x for x in scope.starting_in(lo, start(o)) if end(x) <= start(o)]
    if not before:
        return False
    p = before[-1]
    if not (is_quantity(p) and same_kind(o, p)) or moves(scope, end(p), start(o)):
        return False
    return base_role(scope, o, p) in ("yoy", "prev")


def _flow_compared(scope: Scope, o: Claim, stated: Claim, lo: int) -> bool:
    """`stated` is named as the earlier period's reading ("上年同期为B", "a year earlier it was B", "cùng kỳ năm
    trước là B") of the amount `o` right before it, of its kind and unit, with nothing moving between them; a
    change measured from another period ("环比减少1.36万吨，较去年同期的227.4万吨增长近2%": from the week before) is
    no flow of the period `stated` is the earlier reading of."""
    before = [x for x in scope.starting_in(lo, start(stated)) if end(x) <= start(stated)]
    if not (before and before[-1] is o and o.unit == stated.unit and _reading_of_earlier(scope, stated, lo)):
        return False
    own = change_period(scope, o)
    return own is None or own == base_role(scope, stated, o)


def _rate_base_after(scope: Scope, c: Claim) -> bool:
    """"比重为38.6%，比上年同期提高2.3%（上年同期为36.3%）": the figure right after the change, in its sentence, is a
    percentage named as the earlier period's — the change moves a rate."""
    after = scope.starting_in(end(c), scope.sentence_of(start(c)).end)[:1]
    return bool(after) and after[0].unit == "percent" and (
        named_as_base(scope, after[0]) or named_role(scope, after[0]) is not None)


def _told_before(scope: Scope, mv: Moves, c: Claim) -> tuple[Claim, Claim | None, float, str] | None:
    """"…pumped 26.63 mln bpd in May, up 110,000 bpd from April's 26.52 mln bpd. That is a 0.4 pct rise": a
    change whose clause points back restates the one change the sentence before wrote as an amount — its
    current figure, and its base."""
    sentence = scope.sentence_of(start(c))
    prev = scope.previous_sentence(sentence)
    if prev is None or not pointing_back(scope, scope.clause_of(c)[0], start(c)):
        return None
    amounts = [o for o in scope.starting_in(prev.start, prev.end) if amount_change(scope, o) is not None]
    if len(amounts) != 1:
        return None
    current, base, _, _ = current_of(scope, mv, amounts[0])
    if current is None or not is_quantity(current):
        return None
    if base is None:
        bases = [(o, s) for o, s, _ in stated_bases(scope, mv, amounts[0], current) if s >= PRIOR_CLAUSE]
        base = bases[0][0] if len(bases) == 1 else None
    return current, base, CLAUSE, f"{current.text}, as the change of the sentence before tells it"


def _same_parentheses(scope: Scope, o: Claim, c: Claim) -> bool:
    """"so với Trung Quốc (khoảng 8,9 tấn, gần gấp đôi Việt Nam)": `o` and `c` stand in one pair of parentheses,
    so `c` describes `o` (the comparison word before the parentheses is another's)."""
    text = scope.text
    opening = max(text.rfind("(", max(0, start(o) - 20), start(o)), text.rfind("（", max(0, start(o) - 20), start(o)))
    return opening >= 0 and not re.search(r"[)）]", text[opening:start(c)])


_COMPOUND = re.compile(r"-[^\W\d_]")


def _compound(scope: Scope, o: Claim) -> bool:
    """"The 12-member Organization", "60-kg bags": a number joined to a word by a hyphen qualifies a noun."""
    return bool(_COMPOUND.match(scope.text, end(o)))


def _base_in_parentheses(scope: Scope, o: Claim, c: Claim, own_move: int) -> bool:
    """"较今年预期值（802万亿韩元）增加10.1%", "so với năm trước (7,53 triệu đồng) giảm 7,6%": a base named by a
    comparison word and given in parentheses that close right before the change's own rise or fall word."""
    if not is_quantity(o) or not parenthetical(scope, o, c) or not named_as_base(scope, o):
        return False
    return not scope.text[end(o):own_move].strip(" )）")


def _reached_after(scope: Scope, mv: Moves, c: Claim, after: list[Claim]) -> Claim | None:
    """"tăng 18,3% so với cùng kỳ, chỉ đạt 30,6 tỷ kWh": the level a following clause reaches."""
    for o in after[:2]:
        if o.id in mv.changes or o.unit in ("times", *RATES):
            return None
        if not is_amount(o):
            continue
        lo, _ = scope.clause_of(o)
        gap = scope.text[end(c):start(o)]
        if len(gap) > 40 or broken(scope, end(c), start(o)):
            return None
        if word_table(scope.lang, "relations", "reach").scan(scope.text, lo, start(o)) and not named_as_base(scope, o):
            return o
        return None
    return None


def _current_in_previous_sentence(scope: Scope, mv: Moves, c: Claim) -> tuple[Claim | None, float, str]:
    """"…xuất khẩu 125.000 tấn cà phê, trị giá 682 triệu USD. Lượng xuất khẩu tăng 29,8%": a change opening
    its sentence describes the figure of the sentence before that its words name. When its clause points back
    ("That was 6.3% more than…", "That is a 0.4 pct rise"), the one figure of the sentence before that is neither
    a base nor a change written as an amount, even across a paragraph break."""
    sentence = scope.sentence_of(start(c))
    prev = scope.previous_sentence(sentence)
    if prev is None:
        return None, 0.0, ""
    anaphora = pointing_back(scope, scope.clause_of(c)[0], start(c))
    figures = [o for o in scope.starting_in(prev.start, prev.end)
               if is_quantity(o) and not scope.is_group_count(o) and not list_marker(scope, o)
               and not named_as_base(scope, o) and not is_delta(scope, o) and not _compound(scope, o)
               and not (o.metric and c.metric and o.metric != c.metric)]
    if len(figures) == 1 and anaphora:
        return figures[0], CLAUSE, f"{figures[0].text} in the sentence before ('{anaphora[0].word}')"
    if prev.paragraph != sentence.paragraph or not figures or moves(scope, prev.start, prev.end):
        return None, 0.0, ""  # the sentence before is another paragraph's, or moves things of its own
    led = _leader([(scope.alike(o, c), o) for o in figures], floor=0.3, clear=0.5)
    if led is None:
        return None, 0.0, ""
    o, strength, best = led
    return o, strength, f"{o.text} in the sentence before (words alike {best:.2f})"


def named_current(scope: Scope, c: Claim, base: Claim) -> tuple[Claim | None, float, str]:
    """The figure the words opening `c`'s clause name, stated elsewhere, of the base's unit and not of its
    period: "云计算业务收入已是2020年同期（68.2亿元）的5.3倍", "matchday income … rose 13% from €1.62bn"."""
    led = _leader(_named_scores(scope, c, base), floor=0.5, clear=0.7)
    if led is None:
        return None, 0.0, ""
    o, strength, best = led
    return o, strength, f"named by its words (alike {best:.2f})"


def named_rivals(scope: Scope, c: Claim, base: Claim, margin: float = 0.1) -> list[tuple[Claim, float]]:
    """Every figure `named_current` weighs whose words are about as alike as the best one's (within `margin`),
    with its likeness: "tiếp đến là Thái Lan với 47.980 chiếc và Trung Quốc với 39.760 chiếc" names both
    countries for both figures, and only the arithmetic tells which one a later "lượng xe nhập từ Trung Quốc gấp
    2,6 lần…" speaks of."""
    scored = _named_scores(scope, c, base)
    best = max((s for s, _ in scored), default=0.0)
    return [(o, s) for s, o in scored if best >= 0.5 and s >= best - margin]


def _named_scores(scope: Scope, c: Claim, base: Claim) -> list[tuple[float, Claim]]:
    lo, _ = scope.clause_of(c)
    sentence = scope.sentence_of(start(c))
    words = scope.phrases.tokens(sentence.start if lo > start(base) else lo, min(start(base), start(c)))
    words = frozenset(w for w in words if not w.startswith("p:"))
    if len(words) < 2:
        return []
    scored = []
    for o in scope.by_dimension(base):
        if o is base or not (is_quantity(o) or _share_of_share(scope, base, o)) or is_delta(scope, o) or (
                o.period is not None and base.period is not None and o.period.same_as(base.period)):
            continue
        if not plausible_base(base, o, c, _direction_of_claim(scope, c)) or not _of_its_size(base, o, c):
            continue
        scored.append((similarity(scope.about(o), words), o))
    return scored


def _share_of_share(scope: Scope, base: Claim, o: Claim) -> bool:
    """A share stated elsewhere is what a change in a share moved ("Tỷ trọng vốn trung ương tăng 3,3% so với mức
    38,2%" of the "(chiếm 41,5%)" given with its amount); both percentages, the other one told as a share."""
    return base.unit == o.unit == "percent" and is_share(scope, o) and not scope.is_signed(o)


def _of_its_size(base: Claim, o: Claim, c: Claim) -> bool:
    """A figure named only by its words is the current of a rate from `base` when of the size the rate says, either
    way, within a factor of two: "sản lượng thủy điện giảm 9,4% so với mức 59,5 tỷ kWh" is not about the 258,6 tỷ
    kWh of the whole system, however alike their words."""
    if c.unit != "percent" or not (base.value and o.value and c.value):
        return True
    step = abs(Fraction(c.value)) / 100
    ratio = abs(Fraction(o.value) / Fraction(base.value))
    low = (1 - step if step < 1 else 1 / (1 + step)) / 2
    return low <= ratio <= (1 + step) * 2


def _leader(scored: list[tuple[float, Claim]], floor: float, clear: float) -> tuple[Claim, float, float] | None:
    """The figure whose words are most alike (figure, strength, likeness): none below `floor`; as strong as a
    clause only when at least `clear` and ahead of the next by 0.15."""
    if not scored:
        return None
    ranked = sorted(scored, key=lambda x: -x[0])
    best, o = ranked[0]
    runner = ranked[1][0] if len(ranked) > 1 else 0.0
    if best < floor:
        return None
    return o, CLAUSE if best >= clear and best - runner >= 0.15 else 0.55, best


def _direction_of_claim(scope: Scope, c: Claim) -> str:
    return direction_of(scope, c) or "up" if c.unit != "times" else "up"
