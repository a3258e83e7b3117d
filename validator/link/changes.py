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
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref
from dataclasses import dataclass
from fractions import Fraction

from validator.extract.context import Sentence
from validator.intervals import Hedge
from validator.lexicon import WordHit, WordTable, lexicon, section, word_table
from validator.link.hypotheses import CLAUSE, EXPLICIT, SENTENCE, Hypothesis
from validator.link.phrases import similarity
from validator.link.scope import (
    CLAUSE_GAP,
    Scope,
    compatible,
    end,
    is_amount,
    is_quantity,
    month_before,
    start,
    year_before,
)
from validator.link.years import month_role
from validator.model import ChangeRelation, Claim, Period

Units = dict[str, tuple[str, str]]
Found = tuple[Claim, float, str]  # (figure, designation strength, why)
RATES = ("percent", "point")
# a base of another period than the one the change names: a possibility, never an accusation
OTHER_PERIOD = 0.4
# a figure named in a clause of its own after the change, in its sentence / in the next sentence
PRIOR_CLAUSE = 0.9
NEXT_SENTENCE = 0.8
# how far a change may stand from the pair it owns: "fell 3.1 pct to A from B" / "từ A lên B, tức tăng 6,6%",
# "from 12.1% in 2022, an increase of 2.5%"
_OWNER_BEFORE = 12
_OWNER_AFTER = 40
# … and, for a pair of amounts after the change in a clause of its own, at most this far
_OWNER_FAR = 60


# --- the document's changes, pairs and lists ---------------------------------------------------------


@dataclass
class Moves:
    """What moves in one document: its changes (by direction), the figures that are ends of a pair, the
    pair each change owns, and the figures lists bind rates to."""

    changes: dict[str, str]  # change claim id -> "up" / "down"
    members: set[str]  # ends of "from A to B" pairs
    owners: dict[str, tuple[Claim, Claim, float]]  # change id -> (base, current, strength) of its pair
    lists: dict[str, tuple[Claim | None, Claim | None]]  # rate id -> (current, base) bound by a list


_MOVES: weakref.WeakKeyDictionary[Scope, Moves] = weakref.WeakKeyDictionary()


def moves_of(scope: Scope, ranges: dict[str, tuple[Claim, Claim]]) -> Moves:
    """The document's `Moves`, built once per scope."""
    found = _MOVES.get(scope)
    if found is None:
        members = {o.id for pair in ranges.values() for o in pair}
        changes: dict[str, str] = {}
        for c in scope.claims:
            if c.unit in RATES and c.id not in members and not is_rate(scope, c) and not _reached(scope, c):
                direction = direction_of(scope, c)
                if direction is not None:
                    changes[c.id] = direction
        lists, list_directions = _respective(scope, changes)
        for cid, direction in list_directions.items():
            changes.setdefault(cid, direction)
        movers = set(changes) | {c.id for c in scope.claims if c.unit == "times" and c.value >= 1}
        found = _MOVES[scope] = Moves(changes, members, _pair_owners(scope, ranges, movers), lists)
    return found


def direction_of(scope: Scope, c: Claim) -> str | None:
    """'up' or 'down': the rise or fall word right before the figure in its clause (or right after it, where
    the language puts it there: "5% higher")."""
    lo, hi = scope.clause_of(c)
    window = (max(lo, start(c) - 14), start(c))
    hits = moves(scope, *window)
    if not hits and lexicon(scope.lang).cues.change_after:
        window = (end(c), min(hi, end(c) + 10))
        hits = moves(scope, *window)
    if not hits:
        return _comparative(scope, c, lo, hi)
    last = max(hits, key=lambda h: (h.start, -h.end))
    return last.label


def moves(scope: Scope, lo: int, hi: int) -> list[WordHit]:
    """Rise and fall words in text[lo:hi] (labelled 'up' / 'down'): the lexicon's change cues (less those
    inside a share or parts cue, see `Scope.moves`) and the further words of `relations.moves`."""
    if hi <= lo:
        return []
    downs = {h.start for h in scope.ctx.between("down", lo, hi)}
    found = [WordHit(h.start, h.end, "down" if h.start in downs else "up", h.word) for h in scope.moves(lo, hi)]
    taken = {h.start for h in found}
    found += [h for h in word_table(scope.lang, "relations", "moves").scan(scope.text, lo, hi) if h.start not in taken]
    return found


def _comparative(scope: Scope, c: Claim, lo: int, hi: int) -> str | None:
    """"18% more than the €3.95bn", "22% above the average", "cao hơn 18%", "高出18%": a comparison written
    with a comparative right next to the figure."""
    table = word_table(scope.lang, "relations", "comparative")
    before = table.scan(scope.text, max(lo, start(c) - 10), start(c))
    if before and not scope.text[before[-1].end:start(c)].strip():
        return before[-1].label
    after = table.scan(scope.text, end(c), min(hi, end(c) + 14))
    if after and not scope.text[end(c):after[0].start].strip():
        return after[0].label
    return None


def is_rate(scope: Scope, c: Claim) -> bool:
    """A compound or average annual rate ("年均复合增长率约为22%", "khoảng 13%/năm", "8.1% a year"): a CAGR,
    not a change."""
    lo, hi = scope.clause_of(c)
    if word_table(scope.lang, "relations", "cagr").scan(scope.text, max(lo, start(c) - 40), start(c)):
        return True
    after = word_table(scope.lang, "relations", "rate_after").scan(scope.text, end(c), min(hi, end(c) + 14))
    return bool(after) and not scope.text[end(c):after[0].start].strip()


def _reached(scope: Scope, c: Claim) -> bool:
    """"rose to 53.3%", "down from 9.0%": a level reached or left, not a change."""
    lo = max(start(c) - 6, 0)
    return bool(scope.ctx.between("to", lo, start(c)) or scope.ctx.between("from", lo, start(c)))


def change_period(scope: Scope, c: Claim) -> str | None:
    """'yoy' or 'prev' when the change's clause says which earlier period it is measured from."""
    lo, hi = scope.clause_of(c)
    hits = word_table(scope.lang, "relations", "change_period").scan(scope.text, lo, min(len(scope.text), hi + 24))
    labels = {h.label for h in hits}
    return labels.pop() if len(labels) == 1 else None


def _pair_owners(scope: Scope, ranges: dict[str, tuple[Claim, Claim]], changes: set[str]
                 ) -> dict[str, tuple[Claim, Claim, float]]:
    """Each "from A to B" pair belongs to the change nearest to it with nothing between them: "fell 3.1 pct to
    2.51 mln from 2.59 mln, while … jumped 68.4 pct" gives the pair to 3.1; "下降25%，从7400亿至5520亿，而…减少
    13.7%" to 25%."""
    text = scope.text
    owners: dict[str, tuple[Claim, Claim, float, int]] = {}
    for a, b in ranges.values():
        lo, hi = min(start(a), start(b)), max(end(a), end(b))
        sentence = scope.sentence_of(lo)
        inside = [o for o in scope.starting_in(lo, hi) if o.id in changes]
        options: list[tuple[int, Claim, str]] = []
        if inside:
            options.append((0, inside[0], ""))
        else:
            before = [o for o in scope.starting_in(sentence.start, lo) if end(o) <= lo]
            if before and before[-1].id in changes and (lo - end(before[-1]) <= _OWNER_BEFORE or (
                    lo - end(before[-1]) <= _OWNER_FAR and a.unit not in RATES)):
                # "dropped by more than 20% from its 2021 peak, with the index falling from 114.2 to 94.6"
                options.append((lo - end(before[-1]), before[-1], text[end(before[-1]):lo]))
            after = scope.starting_in(hi, sentence.end)
            if after and after[0].id in changes and start(after[0]) - hi <= _OWNER_AFTER:
                options.append((start(after[0]) - hi, after[0], text[hi:start(after[0])]))
        options = [o for o in options if not SEMICOLON.search(o[2])]
        if not options:
            continue
        gap, owner, between = min(options, key=lambda o: o[0])
        strength = EXPLICIT if not CLAUSE_GAP.search(between.strip(" ")) else 0.9 if gap <= _OWNER_AFTER else CLAUSE
        if owner.id not in owners or gap < owners[owner.id][3]:
            owners[owner.id] = (a, b, strength, gap)
    return {k: (a, b, s) for k, (a, b, s, _) in owners.items()}


# --- lists: "A và B lần lượt tăng x% và y%" ---------------------------------------------------------


@functools.cache
def _joiner(language: str) -> re.Pattern[str]:
    """The gap between two items of a list of figures: "," / "、" / "和" / "and" / "và"."""
    words = [str(w) for w in section(language, "cues", "list_and") or []]
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
    # a unit the numeral reader left out may trail the first item ("5088亿千|瓦时|和3914亿千瓦时")
    return re.compile(rf"[^\W\d_]{{0,3}}\s*(?:[,，、]\s*)?(?:(?:{alt})\s*)?", re.IGNORECASE)


@functools.cache
def _qualified_joiner(language: str) -> re.Pattern[str]:
    joiner = _joiner(language)
    return re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}(?:" + joiner.pattern + ")", joiner.flags)


def _runs(scope: Scope, claims: list[Claim], keep: set[str], qualified: bool = False) -> list[list[Claim]]:
    """Runs of consecutive figures (ids in `keep`) joined as a list; a rise or fall word may open an item
    ("分别增长1.8%和下降2.3%"), and with `qualified` a word or two may say what each is ("tăng lần lượt 12,9% về
    lượng và 22,9% về giá trị")."""
    joiner = _qualified_joiner(scope.lang) if qualified else _joiner(scope.lang)
    runs: list[list[Claim]] = []
    current: list[Claim] = []
    for o in claims:
        if o.id not in keep:
            if current:
                runs.append(current)
            current = []
            continue
        if current:
            prev = current[-1]
            gap = scope.text[end(prev):start(o)]
            for m in sorted(moves(scope, end(prev), start(o)), key=lambda h: -h.start):
                gap = gap[: m.start - end(prev)] + gap[m.end - end(prev):]
            if not (joiner.fullmatch(gap) and gap.strip() and (compatible(prev, o) or is_amount(o))):
                runs.append(current)
                current = []
        current.append(o)
    if current:
        runs.append(current)
    return [r for r in runs if len(r) >= 2]


def _respective(scope: Scope, changes: dict[str, str]
                ) -> tuple[dict[str, tuple[Claim | None, Claim | None]], dict[str, str]]:
    """For each rate of a list in a sentence that says "respectively", its own current figure and base:
    the i-th of the list of figures before it (or reached after it), and the i-th of a list named as the
    earlier figures ("上年同期分别为C和D", "from C and D", "(cùng kỳ … lần lượt là C và D)")."""
    marks = word_table(scope.lang, "cues", "respectively").scan(scope.text)
    out: dict[str, tuple[Claim | None, Claim | None]] = {}
    directions: dict[str, str] = {}
    seen: set[int] = set()
    for mark in marks:
        sentence = scope.sentence_of(mark.start)
        if sentence.start in seen:
            continue
        seen.add(sentence.start)
        claims = scope.starting_in(sentence.start, sentence.end)
        rates = {o.id for o in claims if o.unit in RATES}
        amounts = {o.id for o in claims if is_amount(o) and not scope.is_group_count(o)}
        amount_runs = _runs(scope, claims, amounts)
        for run in _runs(scope, claims, rates, qualified=True):
            lead = changes.get(run[0].id)
            if lead is None:
                continue
            same = [a for a in amount_runs if len(a) == len(run)]
            bases = [a for a in same if _names_earlier(scope, a, claims)]
            currents = [a for a in same if a not in bases]
            before = [a for a in currents if end(a[-1]) <= start(run[0])]
            after = [a for a in currents if start(a[0]) >= end(run[-1])]
            current = before[-1] if before else after[0] if after else None
            if current is None:  # "xuất khẩu 9,18 triệu tấn gạo, thu về 5,75 tỷ USD, tăng lần lượt 12,9% và 22,9%"
                loose = [o for o in claims if o.id in amounts and end(o) <= start(run[0])
                         and not any(o in b for b in bases)]
                current = loose[-len(run):] if len(loose) >= len(run) else None
            base = min(bases, key=lambda a: abs(start(a[0]) - start(run[0]))) if bases else None
            for i, rate in enumerate(run):
                out[rate.id] = (current[i] if current else None, base[i] if base else None)
                directions[rate.id] = changes.get(rate.id, lead)
    return out, directions


def _names_earlier(scope: Scope, run: list[Claim], claims: list[Claim]) -> bool:
    """Whether a list of figures is given as the earlier ones: a comparison or earlier-period word leads it,
    or it stands in parentheses right after another list ("đạt A và B (cuối năm 2023 lần lượt là C và D)")."""
    lo = _lead_start(scope, run[0])
    if _earlier_words(scope, lo, start(run[0])):
        return True
    before = [o for o in claims if end(o) <= start(run[0])]
    if not before or not is_amount(before[-1]):
        return False
    gap = scope.text[end(before[-1]):start(run[0])]
    return ("(" in gap or "（" in gap) and not (")" in gap or "）" in gap)


def _lead_start(scope: Scope, c: Claim) -> int:
    """Where the words leading up to `c` begin: its clause's start, or the clause before when `c` opens a
    parenthesis ("so với năm 2023 (24.960 tỷ đồng…)")."""
    lo, _ = scope.clause_of(c)
    if not scope.text[lo:start(c)].strip() and lo > 0 and scope.text[lo - 1] in "(（":
        prev_lo, _ = scope.ctx.clause_of(max(0, lo - 2), max(0, lo - 2))
        return prev_lo
    return lo


def _earlier_words(scope: Scope, lo: int, hi: int) -> bool:
    """A comparison or earlier-period word in text[lo:hi]: "so với", "上年同期", "from", "a year earlier"."""
    if word_table(scope.lang, "comparison", "base").scan(scope.text, lo, hi):
        return True
    if scope.ctx.between("from", max(lo, hi - 8), hi) or scope.ctx.between("prior", lo, hi):
        return True
    return bool(_base_periods(scope.lang).scan(scope.text, lo, hi))


@functools.cache
def _base_periods(language: str) -> WordTable:
    return word_table(language, "relations", "base_period")


# --- the current figure ------------------------------------------------------------------------------


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
    figure, strength, why = _current_in_previous_sentence(scope, mv, c)
    return figure, stated, strength, why


# Within a sentence (the splitter has told an abbreviation's dot, "Jan. 1", from a full stop) only a semicolon
# breaks it into parts.
SEMICOLON = re.compile(r"[;；]")


def broken(scope: Scope, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] crosses a sentence end or a semicolon."""
    if hi <= lo:
        return False
    return bool(SEMICOLON.search(scope.text, lo, hi)) or scope.sentence_of(lo).start != scope.sentence_of(hi - 1).start


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
                "(" in gap or "（" in gap or _named_as_base(scope, last)):
            partner = before[-2]  # "tăng 3,6% so với tháng trước (66.100 đồng/kg)"
    if partner is None or partner.unit != c.unit:
        return None
    gap = scope.text[end(last):_own_move(scope, c)].strip(" )）")
    return partner if _joiner(scope.lang).fullmatch(gap) and not re.search(r"\d", gap) else None


def _reached_directly(scope: Scope, c: Claim, after: list[Claim]) -> Claim | None:
    """"rose 8% to 1.8 million", "增长5%至300万辆", "slipped 0.3% from a year earlier to an index level of 89.4":
    the figure after a "to" word in the change's clause."""
    if not after or not (is_quantity(after[0]) or after[0].unit == "percent"):
        return None
    o = after[0]
    tos = scope.ctx.between("to", end(c), start(o))
    if not tos or CLAUSE_GAP.search(scope.text[end(c):start(o)]):
        return None
    if len(scope.text[end(c):start(o)].strip()) <= 6 or start(o) - tos[-1].end <= 24:
        return o
    return None


def _current_before(scope: Scope, mv: Moves, c: Claim, lo: int
                    ) -> tuple[tuple[Claim, Claim | None, float, str] | None, Claim | None, bool]:
    """Walk back from `c` in its sentence to the figure it describes: ((current, stated base, strength, why)
    or None, a base named on the way ("比上年同期的B增长"), whether something else moves in between).

    On the way, figures in parentheses ("12 months earlier (£276,400)"), changes written as amounts ("£4,973
    higher"), shares, and — for a multiple — changes are passed by; their rise words are theirs."""
    text = scope.text
    own_move = _own_move(scope, c)
    stated: Claim | None = None
    passed: list[tuple[int, int]] = []  # the spans of figures passed by, with their own rise or fall words
    for o in reversed([o for o in scope.starting_in(lo, start(c)) if end(o) <= start(c)]):
        if broken(scope, end(o), start(c)):
            break
        if c.unit == "point" and o.unit == "percent" and o.id in mv.changes and stated is not None:
            # "increased by 1.8% …, up from 1.0% …, a rise of 0.8 percentage points": a growth rate is the level
            # a points change moves
            return (o, stated, PRIOR_CLAUSE, f"{o.text} before it"), stated, False
        if (o.id in mv.changes) if c.unit != "times" else o.unit == "times":
            break  # another change's (multiple's) clause: nothing of this one's before it
        if stated is None and c.unit == "times" and _multiple_base(scope, o, c):
            stated = o  # "已是2020年同期（68.2亿元）的5.3倍"
            continue
        if (o.id in mv.changes or o.unit == "times" or scope.is_group_count(o) or _list_marker(scope, o)
                or not (is_quantity(o) or o.unit in RATES) or _parenthetical(scope, o, c)):
            passed.append((start(o) - 14, end(o) + 12))
            continue
        if o.unit in RATES and (o.unit == "point" or (_is_share(scope, o) and not (
                stated is not None and stated.unit == "percent"))):
            # a share is a change's current only when the base named on the way is a percentage too: "made up
            # 41.7 per cent of new mortgages, against 33.2 per cent a year earlier, an increase of 8.5 per cent"
            passed.append((start(o) - 14, end(o)))
            continue
        if is_delta(scope, o):
            passed.append((start(o) - 14, end(o) + 12))
            continue
        if any(not any(a <= m.start < b for a, b in passed) for m in moves(scope, end(o), own_move)):
            return None, stated, True  # "có 4 mã tăng là VPB tăng 3,3%": the figure has its own move
        if o.metric and c.metric and o.metric != c.metric and o.unit not in RATES:
            return None, stated, True
        if stated is None and (_multiple_base(scope, o, c) if c.unit == "times" else _named_as_base(scope, o)):
            stated = o
            passed.append((start(o) - 14, end(o)))  # "đạt 66,7%, tăng từ 63,1%": the rise word leads the base
            continue
        if stated is not None and not compatible(stated, o) and stated.unit != "item":
            return None, stated, True
        near = scope.same_clause(o, c) or not CLAUSE_GAP.search(text[end(o):start(c)].strip(" "))
        return (o, stated, EXPLICIT if near else PRIOR_CLAUSE, f"{o.text} before it"), stated, False
    return None, stated, False


def _list_marker(scope: Scope, o: Claim) -> bool:
    """"1、工信部数据显示", "2) The …": a number that marks an item of a list."""
    return o.unit == "item" and o.text.strip().isdigit() and scope.text[end(o):end(o) + 1] in ("、", ")", "）")


def _parenthetical(scope: Scope, o: Claim, c: Claim) -> bool:
    """`o` stands in parentheses that close before `c`: "higher than 12 months earlier (£276,400) and up 0.2%"."""
    text = scope.text
    opening = max(text.rfind("(", max(0, start(o) - 30), start(o)), text.rfind("（", max(0, start(o) - 30), start(o)))
    if opening < 0 or re.search(r"[)）]", text[opening:start(o)]):
        return False
    return bool(re.search(r"[)）]", text[end(o):start(c)]))


def is_delta(scope: Scope, o: Claim) -> bool:
    """A change written as an amount: "tăng 3.000 chiếc", "增加9947万吨", "£4,973 higher" — but not the base
    of "up from 751 million"."""
    if scope.ctx.between("from", max(0, start(o) - 8), start(o)):
        return False
    return scope.is_delta(o) or _delta_after(scope, o)


def _delta_after(scope: Scope, o: Claim) -> bool:
    """A change written as an amount with its rise word after it: "£4,973 higher than"."""
    if not lexicon(scope.lang).cues.change_after:
        return False
    _, hi = scope.clause_of(o)
    after = moves(scope, end(o), min(hi, end(o) + 10))
    return bool(after) and not scope.text[end(o):after[0].start].strip()


def _multiple_base(scope: Scope, o: Claim, c: Claim) -> bool:
    """"是2022年底521万个的近5倍", "已是2020年同期（68.2亿元）的5.3倍": the figure just before a multiple, in its
    clause (or its parentheses), is what it multiplies."""
    gap = scope.text[end(o):start(c)]
    return c.unit == "times" and not CLAUSE_GAP.search(gap) and len(gap.strip(" ()（）")) <= 3


def _own_move(scope: Scope, c: Claim) -> int:
    """Where the change's own rise or fall word starts (the figure's start when it follows the figure)."""
    lo, _ = scope.clause_of(c)
    hits = moves(scope, max(lo, start(c) - 14), start(c))
    return max(h.start for h in hits) if hits else start(c)


def _is_share(scope: Scope, o: Claim) -> bool:
    lo, _ = scope.clause_of(o)
    return bool(scope.ctx.between("share", lo, start(o)))


def _named_as_base(scope: Scope, o: Claim) -> bool:
    """A figure a comparison word names as the base: "比上年同期的250万辆", "较上年同期的8390万吨", "compared with
    1.2 million", "from 1.5 million"."""
    lo = max(scope.after_previous(o), start(o) - 40, _lead_start(scope, o))
    markers = word_table(scope.lang, "comparison", "base").scan(scope.text, lo, start(o))
    if markers and not scope.ctx.between("to", markers[-1].end, start(o)):
        return True
    near = word_table(scope.lang, "relations", "base_before").scan(scope.text, max(lo, start(o) - 18), start(o))
    return bool(near) or bool(scope.ctx.between("from", max(lo, start(o) - 8), start(o)))


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
        if word_table(scope.lang, "relations", "reach").scan(scope.text, lo, start(o)) and not _named_as_base(scope, o):
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
    anaphora = word_table(scope.lang, "relations", "anaphora").scan(scope.text, scope.clause_of(c)[0], start(c))
    figures = [o for o in scope.starting_in(prev.start, prev.end)
               if is_quantity(o) and not scope.is_group_count(o) and not _list_marker(scope, o)
               and not _named_as_base(scope, o) and not is_delta(scope, o)
               and not (o.metric and c.metric and o.metric != c.metric)]
    if len(figures) == 1 and anaphora:
        return figures[0], CLAUSE, f"{figures[0].text} in the sentence before ('{anaphora[0].word}')"
    if prev.paragraph != sentence.paragraph or not figures or moves(scope, prev.start, prev.end):
        return None, 0.0, ""  # the sentence before is another paragraph's, or moves things of its own
    scored = sorted(((scope.alike(o, c), o) for o in figures), key=lambda x: -x[0])
    best, o = scored[0]
    runner = scored[1][0] if len(scored) > 1 else 0.0
    if best < 0.3:
        return None, 0.0, ""
    strength = CLAUSE if best >= 0.5 and best - runner >= 0.15 else 0.55
    return o, strength, f"{o.text} in the sentence before (words alike {best:.2f})"


# --- the base ------------------------------------------------------------------------------------------


def stated_bases(scope: Scope, mv: Moves, c: Claim, current: Claim) -> list[Found]:
    """Bases named after the change (or after its current figure): right after a comparison word, or in a
    clause of their own that names an earlier period — in the sentence, or the next one. A figure with a
    change of its own ("…, và lợi nhuận 10.600 tỷ đồng, tăng 19,9%") is another current, and ends the search."""
    text = scope.text
    sentence = scope.sentence_of(start(c))
    anchor = max(end(c), end(current)) if start(current) > start(c) else end(c)
    found: list[Found] = []
    first = True
    for o in scope.starting_in(anchor, sentence.end):
        if o.id in mv.changes or o.unit == "times" or (o.unit in RATES and current.unit not in RATES):
            break
        if not _comparable(scope, o, current):
            first = False
            continue
        gap = text[anchor:start(o)]
        if gap.count(")") + gap.count("）") > gap.count("(") + gap.count("（"):
            break  # "(tăng 8% so với cùng kỳ) với 125.512 vụ việc": the parentheses hold the change's words
        if first and not CLAUSE_GAP.search(gap) and (
            scope.ctx.between("than", anchor, start(o)) or gap.strip() in ("", "(", "（")
            or word_table(scope.lang, "relations", "comparative").scan(gap)  # "2.6 per cent below the €99.8bn"
            or (c.unit == "times" and (len(gap) <= 24 or (len(gap) <= 40 and gap.rstrip().endswith(("(", "（")))))
        ):
            found.append((o, EXPLICIT, f"{current.text} compared with {o.text}"))
        elif _changes_itself(scope, mv, o):
            break
        elif first and re.match(r"\s*[,，]\s*", gap) and _earlier_words(scope, anchor, start(o)) and not \
                CLAUSE_GAP.search(gap.strip(" ,，")):
            # ", compared with $396 a year earlier", "，上年同期为99.6万辆"
            found.append((o, EXPLICIT, f"{current.text} compared with {o.text}"))
        elif compatible(o, current) and (_earlier_words(scope, _lead_start(scope, o), start(o))
                                         or _dated_before(o, current) or month_role(scope, o, current)):
            found.append((o, PRIOR_CLAUSE, f"{o.text} named as the earlier figure"))
        first = False
    if not found:
        found = _next_sentence_bases(scope, mv, sentence, current)
    return [(o, s, why) for o, s, why in found if plausible_base(o, current, c, _direction(mv, c))]


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
    if o.id == current.id:
        return False
    if current.unit in RATES:
        return o.unit == "percent"
    if not is_quantity(o) or is_delta(scope, o):
        return False
    return compatible(o, current) or "item" in (o.unit, current.unit)


def _dated_before(o: Claim, current: Claim) -> bool:
    if o.period is None or current.period is None:
        return False
    return year_before(o.period, current.period) or _period_before(o.period, current.period)


def _next_sentence_bases(scope: Scope, mv: Moves, sentence: Sentence, current: Claim) -> list[Found]:
    """"…余额254.68万亿元，同比增长0.2%。上月末…为254.18万亿元，上年同期为235.6万亿元。": the sentence after names
    the earlier figures of the same thing (its words alike), and moves nothing itself."""
    nxt = scope.next_sentences(sentence)
    if not nxt or nxt[0].paragraph != sentence.paragraph or moves(scope, nxt[0].start, nxt[0].end):
        return []
    claims = scope.starting_in(nxt[0].start, nxt[0].end)
    if any(o.id in mv.changes or o.unit == "times" for o in claims):
        return []
    out: list[Found] = []
    for o in claims:
        if not _comparable(scope, o, current) or not compatible(o, current) or scope.is_signed(o) != scope.is_signed(
                current):
            continue
        same_metric = o.metric is not None and o.metric == current.metric
        if o.metric and current.metric and not same_metric:
            continue
        dated = month_role(scope, o, current)  # "Volumes had been €34.6bn in February and €38.9bn in March 2023."
        if not same_metric and not dated and scope.alike(o, current) < 0.4:
            continue
        if dated or _earlier_words(scope, _lead_start(scope, o), start(o)):
            out.append((o, NEXT_SENTENCE, f"{o.text} named as the earlier figure in the next sentence"))
    return out


def base_role(scope: Scope, base: Claim, current: Claim) -> str | None:
    """Which earlier period a base is of: 'yoy', 'prev', 'other', or None when nothing says."""
    named = _named_role(scope, base)
    if named is not None:  # its own words first: "lượng xuất khẩu tháng trước chỉ đạt 96.300 tấn"
        return named
    if base.period is not None and current.period is not None and base.period.same_as(current.period) is False:
        if year_before(base.period, current.period):
            return "yoy"
        if _period_before(base.period, current.period):
            return "prev"
        return "other"
    return month_role(scope, base, current)


_ROLES: weakref.WeakKeyDictionary[Scope, dict[str, str | None]] = weakref.WeakKeyDictionary()


def _named_role(scope: Scope, base: Claim) -> str | None:
    """'yoy' or 'prev' when the words leading a figure (or right after it) name its period as the one before."""
    known = _ROLES.setdefault(scope, {})
    if base.id not in known:
        known[base.id] = _read_role(scope, base)
    return known[base.id]


def _read_role(scope: Scope, base: Claim) -> str | None:
    hits = _base_periods(scope.lang).scan(scope.text, _lead_start(scope, base), start(base))
    if not hits:  # "revenue of $7.41 billion in the year-earlier quarter"
        _, hi = scope.clause_of(base)
        nxt = scope.starting_in(end(base), hi)
        hi = min(hi, end(base) + 30, start(nxt[0]) if nxt else hi)
        hits = _base_periods(scope.lang).scan(scope.text, end(base), hi)
    labels = {h.label for h in hits}
    return labels.pop() if len(labels) == 1 else None


def _period_fits(scope: Scope, base: Claim, current: Claim, period: str | None, strength: float
                 ) -> tuple[float, str]:
    """The strength left to a base given the period the change names (同比 / 环比), and a note."""
    role = base_role(scope, base, current)
    if role is None or period is None:
        return strength, ""
    if role == period:
        return strength, ", a year earlier" if role == "yoy" else ", the period before"
    return min(strength, OTHER_PERIOD), f", but of another period than the change names ({role})"


def _period_before(earlier: Period, later: Period) -> bool:
    if month_before(earlier, later):
        return True
    if None in (earlier.start, earlier.end, later.start, later.end):
        return False
    assert earlier.end is not None and later.start is not None and earlier.start is not None
    assert later.end is not None
    # a quarter or half before: the same length, ending the day before
    return ((later.start - earlier.end).days == 1
            and abs((earlier.end - earlier.start).days - (later.end - later.start).days) <= 3)


def prior_figures(scope: Scope, current: Claim, period: str | None = None) -> list[Found]:
    """(figure, strength, why): the same figure one period earlier, stated elsewhere — "In the same period last
    year, exports stood at 1.46 million", "上年同期全国新建商品房销售额为92580亿元". Same unit and metric, no other
    subject, the period a year back (or the period before, for 环比) by the dates, or by the words leading it
    when the dates are not known; strongest when near, alone and its words match."""
    para = scope.paragraph(current)
    found: list[Found] = []
    closest: list[Claim] = []  # the figures named just as `current` is
    for o in _of_size(scope, current):
        if o is current or o.value == current.value or not is_quantity(o):
            continue  # (the same value again is the figure restated, not its base)
        if o.hedge in (Hedge.OVER, Hedge.AT_LEAST, Hedge.UNDER):
            continue  # "hơn 4.000 tỷ đồng" bounds a figure, and one of another size is another figure
        if o.subject and current.subject and o.subject != current.subject:
            continue
        dated = o.period is not None and current.period is not None
        named = _named_role(scope, o)
        if named is not None:  # its own words say which earlier period it is of
            back = named == period or (period is None and (not dated or _dated_back(o, current, None)))
        else:
            back = _dated_back(o, current, period) if dated else _named_back(scope, o, current, period)
        if not back or is_delta(scope, o) or _bound_base(scope, o, current):
            continue
        pointed = _points_back(scope, o, current)
        sim = 1.0 if pointed else alike(scope, o, current)
        metric = o.metric is not None and o.metric == current.metric
        clash = o.metric is not None and current.metric is not None and not metric
        far = abs(scope.paragraph(o) - para)
        if dated:
            if (not metric and sim < 0.6) or (far > 1 and (not metric or sim < 0.5)):
                continue
            strength = CLAUSE if metric and sim >= 0.5 else SENTENCE if metric else 0.5
            if far > 1:
                strength = max(0.5, strength - 0.05 * (far - 1))
        else:  # undated, named as the earlier figure: only when its words say it is the same thing
            if clash or sim < 0.6:
                continue
            strength = CLAUSE if pointed else 0.55
        # "The wheat forecast compares with last season's harvest of 26.8 million tonnes": its own clause
        # compares it with the current figure's words
        compared = named is not None and bool(
            word_table(scope.lang, "relations", "base_before").scan(scope.text, _lead_start(scope, o), start(o)))
        if pointed or sim >= 0.8 or (sim >= 0.6 and (metric or compared)):
            closest.append(o)
        when = f"({o.period})" if dated else "(named so)"
        found.append((o, strength, f"the same figure for the period before {when}, words alike {sim:.2f}"))
    if len({o.value for o, _, _ in found}) > 1:  # several: only the likeliest, weakly
        found = [(o, min(s, 0.55), why + ", one of several") for o, s, why in found]
    elif len(closest) == 1:  # the one figure named the same way: however far, it is the one meant
        found = [(o, max(s, CLAUSE), why + ", the only one") for o, s, why in found]
    return sorted(found, key=lambda x: -x[1])


def _bound_base(scope: Scope, o: Claim, current: Claim) -> bool:
    """`o` is the stated base of the figure or change right before it ("tăng 40% so với cùng kỳ (487 triệu USD)",
    "to 16 dlrs from 27 dlrs a year earlier") or the figure a change reaches ("rose 4.7% to $51.2bn"): that
    one's, not another's."""
    i = scope.index.get(o.id)
    if not i:
        return False
    prev = scope.claims[i - 1]
    if prev is current or not (prev.unit in RATES or prev.unit == "times" or is_quantity(prev)):
        return False
    gap = scope.text[end(prev):start(o)]
    if len(gap) > 40 or broken(scope, end(prev), start(o)):
        return False
    if prev.unit in RATES and scope.ctx.between("to", end(prev), start(o)) and len(gap.strip()) <= 8:
        return True  # "rose 4.7% to $51.2bn": another change's current
    return "(" in gap or "（" in gap or _named_as_base(scope, o) or bool(
        scope.ctx.between("than", end(prev), start(o)))


def alike(scope: Scope, a: Claim, b: Claim) -> float:
    """How alike the words about two figures are; two bags of a word or less say too little to match on."""
    sim = scope.alike(a, b)
    if min(len(scope.about(a)), len(scope.about(b))) < 2:
        return min(sim, 0.5)
    return sim


_SIZES: weakref.WeakKeyDictionary[Scope, dict[str, tuple[list[float], list[Claim]]]] = weakref.WeakKeyDictionary()


def _of_size(scope: Scope, current: Claim) -> list[Claim]:
    """The figures of `current`'s unit within a factor of three of it (the same figure a period earlier is of
    its size), and those of other units of its dimension; found by bisection over the values, once sorted."""
    by_unit = _SIZES.setdefault(scope, {})
    if current.unit not in by_unit:
        same = sorted((o for o in scope.claims if o.unit == current.unit and o.value), key=lambda o: float(o.value))
        by_unit[current.unit] = ([float(o.value) for o in same], same)
    values, same = by_unit[current.unit]
    v = abs(float(current.value))
    if not v:
        return []
    found = same[bisect.bisect_left(values, v / 3):bisect.bisect_right(values, v * 3)]
    return found + [o for o in scope.by_dimension(current) if o.unit != current.unit and _near_size(o, current)]


def _near_size(o: Claim, current: Claim) -> bool:
    """The same figure a period earlier is of its size: within a factor of three."""
    if not o.value or not current.value:
        return False
    ratio = abs(float(current.value) / float(o.value))  # a coarse test: floats will do
    return 1 / 3 <= ratio <= 3


def _dated_back(o: Claim, current: Claim, period: str | None) -> bool:
    assert o.period is not None and current.period is not None
    if period != "prev" and year_before(o.period, current.period):
        return True
    if period == "yoy":
        return False
    if not _period_before(o.period, current.period):
        return False
    if period == "prev":
        return True
    p = current.period
    return p.start is not None and p.end is not None and (p.end - p.start).days < 100


def _named_back(scope: Scope, o: Claim, current: Claim, period: str | None) -> bool:
    """Undated figures: `o` is led by words naming the earlier period ("上年同期…为", "cùng kỳ năm trước",
    "a year earlier") that the change's own period word does not contradict."""
    role = base_role(scope, o, current)
    return role in ("yoy", "prev") and (period is None or role == period)


def _points_back(scope: Scope, o: Claim, current: Claim) -> bool:
    """"…đạt 5.271.200 tỷ đồng… Theo TCTK, cùng kỳ năm 2023 con số này là 4.758.900 tỷ đồng": `o`'s clause
    points back ("con số này", "this figure", "这一数字") and `current` is the last figure of its kind before it,
    at most two sentences back."""
    if start(current) >= start(o) or scope.paragraph(o) != scope.paragraph(current):
        return False
    words = word_table(scope.lang, "relations", "anaphora").scan(scope.text, _lead_start(scope, o), start(o))
    if not any(" " in h.word.strip() or (not h.word.isascii() and len(h.word) >= 3) for h in words):
        # "this figure", "这一数字", not a bare "this" or "这"
        return False
    between = [x for x in scope.starting_in(end(current), start(o)) if compatible(x, current) and is_quantity(x)]
    sentence = scope.sentence_of(start(o))
    back = scope.previous_sentence(sentence)
    back2 = scope.previous_sentence(back) if back is not None else None
    earliest = (back2 or back or sentence).start
    return not between and start(current) >= earliest


def _takes_unit(base: Claim, current: Claim) -> Units:
    """A bare figure compared with a counted one is counted the same way: "up 8.2% from 17.94 million", "18.64
    million … 6.3% more than the 17.53 million people"."""
    if base.unit == "item" and current.unit != "item":
        return {base.id: (current.unit, f"unit read from the figure it is compared with ({current.text})")}
    if current.unit == "item" and base.unit != "item":
        return {current.id: (base.unit, f"unit read from the figure it is compared with ({base.text})")}
    return {}


# --- the finder ----------------------------------------------------------------------------------------


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
        strength, note = _period_fits(scope, base, current, period, strength)
        h.add(ChangeRelation(kind="change", change=c.id, base=base.id, current=current.id, direction=direction),
              strength, why + note, _takes_unit(base, current))

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
                  if is_quantity(o) and _named_as_base(scope, o)]
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


def named_current(scope: Scope, c: Claim, base: Claim) -> tuple[Claim | None, float, str]:
    """The figure the words opening `c`'s clause name, stated elsewhere, of the base's unit and not of its
    period: "云计算业务收入已是2020年同期（68.2亿元）的5.3倍", "matchday income … rose 13% from €1.62bn"."""
    lo, _ = scope.clause_of(c)
    sentence = scope.sentence_of(start(c))
    words = scope.phrases.tokens(sentence.start if lo > start(base) else lo, min(start(base), start(c)))
    words = frozenset(w for w in words if not w.startswith("p:"))
    if len(words) < 2:
        return None, 0.0, ""
    scored = []
    for o in scope.by_dimension(base):
        if o is base or not is_quantity(o) or is_delta(scope, o) or (
                o.period is not None and base.period is not None and o.period.same_as(base.period)):
            continue
        if not plausible_base(base, o, c, _direction_of_claim(scope, c)):
            continue
        scored.append((similarity(scope.about(o), words), o))
    if not scored:
        return None, 0.0, ""
    scored.sort(key=lambda x: -x[0])
    best, o = scored[0]
    runner = scored[1][0] if len(scored) > 1 else 0.0
    if best < 0.5:
        return None, 0.0, ""
    strength = CLAUSE if best >= 0.7 and best - runner >= 0.15 else 0.55
    return o, strength, f"named by its words (alike {best:.2f})"


def _direction_of_claim(scope: Scope, c: Claim) -> str:
    return direction_of(scope, c) or "up" if c.unit != "times" else "up"


def _basis_points(scope: Scope, c: Claim) -> bool:
    """"34 basis points" is read as 34 points (percentage points): not checked."""
    return c.unit == "point" and bool(word_table(scope.lang, "relations", "basis_points").scan(c.text))


def _cued(scope: Scope, c: Claim) -> bool:
    """Whether the change names its base period ("so với cùng kỳ", "同比"): its implied base is meaningful."""
    clause = scope.clause_of(c)
    return bool(scope.ctx.between("basis", clause[0], clause[1] + 12)) or lexicon(scope.lang).cues.changes_cued
