"""Figures next to each other that are one figure or one range: a restatement in parentheses ("forty-five
(45) days") is dropped, and two numbers joined as a range ("3-4%", "từ 12 đến 15 triệu", "between 10 and
12") become its two ends, the low one carrying ``high``."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from validator.extract.numerals.grammar import Grammar
from validator.extract.numerals.mention import Raw
from validator.extract.numerals.reading import per_unit
from validator.extract.numerals.text import ONE

__all__ = ["drop_restatements", "merge_ranges"]


_RESTATED = re.compile(r"\s*[(（]\s*\Z")


def drop_restatements(raws: list[Raw], norm: str) -> list[Raw]:
    """"forty-five (45) days", "hai (2) năm": a figure restated in parentheses, once in words and once in
    digits, is one figure; the restatement is dropped (the first keeps the unit written after either)."""
    out: list[Raw] = []
    for r in raws:
        if out:
            a = out[-1]
            if (
                r.value == a.value
                and a.high is None
                and _RESTATED.match(norm[a.end : r.start])
                and re.match(r"\s*[)）]", norm[r.end : r.end + 3])
                and (a.unit is None or r.unit is None or a.unit == r.unit)
            ):
                if a.unit is None and r.unit is not None:
                    out[-1] = replace(a, unit=r.unit, kind=r.kind)
                continue
        out.append(r)
    return out


# a level is at least this many times the change that reached it: a range's ends are alike in size
# ("增长3%至8%", "rise 3% to 5%"); a change and its level are not ("adding $1.89 to $48.62")
LEVEL_RATIO = 5


def _digits(value: Decimal) -> int:
    """Significant digits of a value as written (5.5 -> 2, 5,000 -> 1, 4.483 million -> 4)."""
    return len(value.normalize().as_tuple().digits)


def _is_level(a: Raw, b: Raw, linked: bool) -> bool:
    """Whether B is the level a change of size A reached rather than the far end of a range from A: B is well
    above A in size, and (unless a link word marks A as a change's size: "by 2 to 40") more than a round
    far end of one significant digit ("cut 1,000 to 5,000 jobs" is a range)."""
    if a.value <= 0 or b.value <= 0:
        return False
    low = a.value
    if a.scale_word is None and b.scale_word is not None and a.value * b.scale <= b.value:
        low = a.value * b.scale  # "1 to 5 million" read as a range: its ends alike
    return b.value >= LEVEL_RATIO * low and (linked or _digits(b.value) > 1)


def _is_change(norm: str, a: Raw, b: Raw, gm: Grammar) -> bool:
    """Whether "A to B" is a change rather than a range: "from A to B" after a change word ("rose from 3% to
    5%"), or A after a change word or a change link with B a level, well above A in size ("edged up 0.1% to
    4.7%", "lifted interest rates 0.25% to 5.5%", "boost net income by 400m euros to 2.5bn euros",
    "增加2240至18783吨", "giảm 1,2 điểm đến 45,3")."""
    if gm.change_verb_re is None:
        return False
    linked = gm.change_link_before_re is not None and bool(
        gm.change_link_before_re.search(norm, max(0, a.start - 16), a.start))
    lead = max(0, a.start - 48)
    if (linked or (gm.change_verb_before_re is not None and gm.change_verb_before_re.search(norm, lead, a.start))) \
            and _is_level(a, b, linked):
        return True
    if gm.change_start_re is None:
        return False
    before = norm[max(0, a.start - 16) : a.start]
    if not gm.change_start_re.search(before):
        return False
    return bool(gm.change_verb_re.search(norm, lead, a.start))


def _dash_joins(a: Raw, b: Raw, norm: str) -> Raw:
    """"0,5 - 1 điểm", "400 - 500 triệu": a dash between two numbers joins them; it is not a minus sign
    on the second (which is then read as the positive number it is)."""
    if b.value >= 0 or norm[b.start : b.start + 1] not in ("-", "–") or norm[a.end : b.start].strip():
        return b
    k = b.start + 1
    while k < b.num_end and norm[k] == " ":
        k += 1
    high = None if b.high is None else -b.high
    return replace(b, start=k, num_start=max(b.num_start, k), value=-b.value, high=high)


def _per_of(low: str, high: str, gm: Grammar) -> bool:
    """Whether the high end's unit is the low end's currency per something ("$80 and $90 a barrel")."""
    return low in gm.currencies and high.startswith(low + "/")


def merge_ranges(raws: list[Raw], norm: str, gm: Grammar) -> list[Raw]:
    """Two numbers joined as a range ("3-4%", "từ 12 đến 15 triệu đồng", "between 10 and 12") become two
    mentions, one per end, each with its full value and unit ("12" -> 12 triệu đồng when the scale word
    is written once, on the last end).  The low end carries ``high`` (the range, for the rules); both
    are marked with ``range_end``."""
    out: list[Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        if i + 1 < len(raws):
            b = _dash_joins(a, raws[i + 1], norm)
            between = norm[a.end : b.start]
            joined = change = False
            if b.hedge is None and len(between) <= 12:
                if gm.range_sym_re.match(between):
                    # "增加2240至18783吨": a range word where words are not spaced may join a change and its level
                    word = gm.range_word_sym_re is not None and gm.range_word_sym_re.match(between)
                    change = bool(word) and _is_change(norm, a, b, gm)
                    joined = not change
                elif gm.range_word_re.match(between):
                    change = _is_change(norm, a, b, gm)
                    joined = not change
                elif gm.pair_start_re is not None and any(
                    re.fullmatch(rf"\s+{re.escape(w)}\s+", between, gm.flags) for w in gm.pair_joiners
                ):
                    joined = bool(gm.pair_start_re.search(norm, max(0, a.start - 12), a.start))
            # "from -18 °C to -34 °C": below zero a range may run from the warmer end
            below_zero = a.value < 0 and b.value < 0 and a.scale_word is None and b.scale_word is None
            compatible = (
                a.kind in ("number", b.kind)
                and b.kind != "fraction"
                and (a.unit is None or b.unit is None or a.unit == b.unit  # "$1-2 million": the unit once
                     or _per_of(a.unit, b.unit, gm))  # "between $80 and $90 a barrel"
                and a.high is None
                and (a.value <= b.value * (b.scale if a.scale_word is None else ONE) or below_zero)
            )
            if change and compatible and a.kind == b.kind and (a.unit is None) != (b.unit is None):
                # a change and the level it reached measure one thing: "增加2240至18783吨" is 2240 tonnes,
                # "下降2.5点至91.2" a level of 91.2 points
                a, b = replace(a, unit=a.unit or b.unit), replace(b, unit=b.unit or a.unit)
                raws[i + 1] = b
            if joined and compatible and below_zero and a.value > b.value:
                hedge = a.hedge or b.hedge
                prec = min(a.precision, b.precision) if a.precision and b.precision else a.precision or b.precision
                out.append(replace(a, unit=b.unit, kind=b.kind, hedge=hedge, range_end="high"))
                out.append(replace(b, high=a.value, hedge=hedge, precision=prec, range_end="low"))
                i += 2
                continue
            if joined and compatible:
                low, lprec = a.value, a.precision
                if a.scale_word is None and b.scale_word is not None and a.value * b.scale <= b.value:
                    low, lprec = a.value * b.scale, a.precision * b.scale
                hedge = a.hedge or b.hedge
                prec = min(lprec, b.precision) if lprec and b.precision else lprec or b.precision
                unit, kind = b.unit or a.unit, b.kind if b.unit is not None or a.unit is None else a.kind
                if unit in gm.currencies:
                    # "$1.2-1.5 million a tonne", "每吨175-180万元": the currency written once and the
                    # denominator once, before the range or after its high end: a price per tonne at both ends
                    unit, b_end = per_unit(unit, norm, gm, a.start, b.end)
                    b = replace(b, end=b_end)
                out.append(replace(a, value=low, precision=prec, high=b.value, unit=unit, kind=kind,
                                   reading=b.reading, hedge=hedge, scale=b.scale, range_end="low"))
                out.append(replace(b, hedge=hedge, unit=unit, kind=kind, range_end="high"))
                i += 2
                continue
            if b is not raws[i + 1]:
                raws[i + 1] = b
        out.append(a)
        i += 1
    return out
