"""Numeric mentions in news text (vi, zh, en): value, precision, kind, unit, hedge, range.

``find_numbers`` scans a document once with the language's compiled master pattern (see
``grammar.py``); each hit is a not-claim to skip (dates, codes, ordinals, idioms), a
multiple word ("gấp đôi", "翻番", "doubled") or a numeral run with its hedge and prefix.
Around each numeral, anchored patterns read the unit / percent / multiple word after it and
any trailing hedge ("左右", "or more").  Adjacent mentions joined by a range connector
("3-4%", "3至4", "từ 3 đến 4") become one mention with ``high``.

``parse_number`` parses one numeral string; ``format_number`` writes a number the way a
journalist of the language would, so that parsing it back gives the same value and precision.
"""

from __future__ import annotations

import decimal
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

from validator.extract.grammar import (
    ONE,
    ZERO,
    Grammar,
    Parsed,
    Token,
    generic_precision,
    grammar,
    normalise,
    parse_arabic,
    parse_run,
    tokenize,
)
from validator.lexicon import lexicon
from validator.scan.multiscan import guarded

__all__ = ["Mention", "Skipped", "find_numbers", "parse_number", "format_number"]


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    num_start: int
    num_end: int
    value: Decimal
    precision: Decimal
    kind: str
    unit: str | None
    hedge: str | None
    high: Decimal | None = None
    reading: str | None = None
    scale_word: str | None = None
    range_end: str | None = None  # "low": the first end of a range (it carries ``high``); "high": the last


@dataclass(frozen=True, slots=True)
class Skipped:
    """A number that is not a quantity, and why: a year, a date, a phone number, a list marker..."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    precision: Decimal
    kind: str
    unit: str | None
    hedge: str | None
    reading: str | None
    scale_word: str | None
    scale: Decimal
    high: Decimal | None = None
    range_end: str | None = None


_PREV_WORD = re.compile(r"(?<!\w)([^\W\d_]+)[ \t]+\Z")


def _after_capitalised_word(norm: str, pos: int) -> bool:
    m = _PREV_WORD.search(norm, max(0, pos - 40), pos)
    return m is not None and m.group(1)[0].isupper()


_PREV_TWO_CAPITALISED = re.compile(r"(?<![\w.!?])[ \t]*[A-Z][\w&.\-]*[ \t]+[A-Z][\w&.\-]*[ \t]+\Z")
_PREV_LOWER_WORD = re.compile(r"(?<!\w)[a-z][^\W\d_]*[ \t]+\Z")
_NEXT_CAPITALISED = re.compile(r"[ \t]+[A-Z][a-z]")
_RANGE_ON = re.compile(r"[ \t]*(?:[-–—~%]|to[ \t]+[0-9])")


def _inside_a_name(norm: str, p: Parsed) -> bool:
    """A number that is part of a proper name in a cased script: figures right after two capitalised
    words ("the BBC Global 30 has risen", "the Dow Jones 30"), or a capitalised number word inside a
    sentence before a capitalised word ("the Three Gorges Dam")."""
    if (
        p.plain_digits is not None
        and not _RANGE_ON.match(norm, p.end)  # "on Monday 1-2%": the first end of a range
        and _PREV_TWO_CAPITALISED.search(norm, max(0, p.start - 60), p.start)
    ):
        return True
    return (
        p.spelled
        and norm[p.start].isupper()
        and _PREV_LOWER_WORD.search(norm, max(0, p.start - 40), p.start) is not None
        and _NEXT_CAPITALISED.match(norm, p.end) is not None
    )


# enough digits for any number a document can write out (fractions like 1/3 round here)
_DIGITS = 60
_FRACTION_CONTEXT = decimal.Context(prec=28)

_SENTENCE_STOP = re.compile(r"[，,。；;：:！!？?\n、“”\"（）()]")


def _group_kind(m: re.Match[str], table: dict[str, str], prefix: str) -> str | None:
    for name, val in m.groupdict().items():
        if val is not None and name.startswith(prefix) and name in table:
            return table[name]
    return None


def _reading_before(norm: str, start: int, gm: Grammar) -> str | None:
    window = norm[max(0, start - 8) : start].rstrip()
    for word in sorted(gm.reading_before, key=len, reverse=True):
        if window.endswith(word):
            return gm.reading_before[word]
    return None


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _finish(
    p: Parsed,
    norm: str,
    gm: Grammar,
    start: int,
    hedge: str | None,
    currency: str | None,
    percent_prefix: bool,
    multiple_reading: str | None,
    has_multiple_prefix: bool,
) -> _Raw | str:
    """Read what follows the numeral (unit, percent, multiple word, hedge) and judge it: the mention, or
    why it is not a quantity ("code", "name", "year", "article", "word", "vague")."""
    if p.kind == "fraction" and gm.fraction_scale_re is not None:
        fsm = gm.fraction_scale_re.match(norm, p.end)
        if fsm is not None:  # "a quarter of a million people" is 250000 people, to one figure
            sv = gm.scale_values[fsm.group("scale").lower()]
            value = p.value * sv
            p = replace(p, value=value, precision=ONE.scaleb(value.adjusted()), end=fsm.end(), kind="number",
                        scale_word=fsm.group("scale"), scale=sv)
    kind = p.kind
    unit: str | None = currency
    reading: str | None = None
    end = p.end
    suffixed = False
    if percent_prefix or kind == "percent":
        kind, unit, suffixed = "percent", "percent", True
    if hedge is None and p.approx is not None:
        hedge = p.approx
    pos = p.end
    precision = p.precision
    # "9.83e-3 ± 1e-5 km/s2": the writer states the interval, value ± half-width
    pmm = gm.plus_minus_re.match(norm, pos) if gm.plus_minus_re is not None else None
    if pmm is not None:
        half = parse_arabic(pmm.group("pm"), gm, money=False)
        if half is not None:
            precision = max(precision, 2 * half[0] * half[2])
            pos = end = pmm.end()
    # zh "10多万辆": a hedge word may sit between the numeral and its unit
    ham = gm.hedge_after_re.match(norm, pos) if not gm.flags else None
    if ham is not None and ham.end() > pos:
        hk = _group_kind(ham, gm.hedge_groups, "ha")
        sm0 = gm.suffix_re.match(norm, ham.end())
        if sm0 is not None and sm0.end() > ham.end() and hk is not None:
            hedge = hedge or hk
            pos = ham.end()
            end = pos
    value, scale_word, scale = p.value, p.scale_word, p.scale
    nxt = norm[pos : pos + 1]
    if nxt in (":", "：") and p.plain_digits is not None and _CLOCK.match(norm, pos) and int(p.plain_digits) <= 24:
        return "time"  # "16:30"
    if nxt == ":" and p.plain_digits is not None and (rm := _RATIO.match(norm, pos)) is not None:
        # "a 1:4 ratio": one figure, the first term over the second
        return _Raw(start=start, end=rm.end(), num_start=p.start, num_end=rm.end(),
                    value=value / Decimal(rm.group(1)), precision=ZERO, kind="fraction", unit=None,
                    hedge=hedge, reading=None, scale_word=None, scale=ONE)
    if currency is None and gm.money_scale_re is not None and nxt.isalpha() and norm[pos - 1].isdigit():
        msm = gm.money_scale_re.match(norm, pos)
        if msm is not None:  # "800m euros": million, where a currency word follows (not metres)
            scale = gm.money_suffix_scales[msm.group()]
            value, precision, scale_word = value * scale, precision * scale, msm.group()
            pos = end = msm.end()
    pw = _POWER.match(norm, pos) if nxt == "^" else None
    if pw is not None and int(pw.group(2)) <= 30:  # "1.1^23", "2.5^-1": a number to a power
        exponent = int(pw.group(2)) * (-1 if pw.group(1).count("-") % 2 else 1)
        if value != 0 or exponent > 0:
            value = abs(value) ** exponent * (-1 if value < 0 else 1)
            precision = generic_precision(value) if value == value.to_integral_value() else ZERO
            pos = end = pw.end()
    sm = gm.suffix_re.match(norm, pos) if not percent_prefix else None
    if sm is not None and sm.end() > pos:
        if sm.group("pts") is not None:
            kind, unit = "points", "point"
        elif sm.group("pct") is not None:
            kind, unit = "percent", "percent"
        elif sm.group("mult") is not None:
            kind, unit = "multiple", "times"
        elif gm.tenth_groups and sm.group("tenth") is not None:
            tenths = value + (Decimal("0.5") if sm.group("tenth").endswith("半") else ZERO)  # "三成半": 35%
            if _group_kind(sm, gm.tenth_groups, "tn") == "percent":  # "三成" = 30%
                kind, unit, value, precision = "percent", "percent", tenths * 10, precision * 10
            else:  # "八折" = 0.8 of the price, "8.5折" = 0.85, "七五折"/"75折" = 0.75
                pair = _DIGIT_PAIR.fullmatch(norm, p.start - 1, p.end) if p.start and p.end - p.start == 1 else None
                if pair is not None:  # "三八折", "七五折": two digits read one by one (3.8 tenths)
                    tenths = gm.words[pair.group(1)][1] + gm.words[pair.group(2)][1] / 10
                    start = min(start, p.start - 1)
                step = Decimal(10) if tenths <= 10 else Decimal(100)
                kind, unit, value, precision = "price_ratio", "price_ratio", tenths / step, precision / step
        elif sm.group("measure") is not None or sm.group("unit") is not None:
            key = _group_kind(sm, gm.unit_groups, "mw" if sm.group("measure") is not None else "u")
            if key == "times":
                kind = "multiple"
            if sm.group("measure") is not None and gm.noun_re is not None:
                nm = gm.noun_re.search(norm, sm.end(), sm.end() + gm.noun_window)
                if nm is not None and not _SENTENCE_STOP.search(norm, sm.end(), nm.start()):
                    key = _group_kind(nm, gm.unit_groups, "n") or key
            # after a currency ("港幣三個"), a bare classifier counts the currency's units (Cantonese 個 = dollar)
            if currency is None or (key not in gm.currencies and sm.group("measure") is None):
                unit = key
        end = sm.end()
        suffixed = True
    elif pos < len(norm) and _ascii_letter(norm[pos]) and norm[pos - 1].isdigit():
        return "code"  # "5G", "3D": a code, not a quantity
    if unit is not None and kind == "number":
        unit, end = _per_unit(unit, norm, gm, start, end)
    if has_multiple_prefix:
        kind, unit = "multiple", "times"
        reading = multiple_reading
    if kind == "multiple":
        if reading is None and gm.reading_after_re is not None:
            rm = gm.reading_after_re.match(norm, end)
            if rm is not None:
                reading = _group_kind(rm, gm.hedge_groups, "ra")
        if reading is None:
            reading = _reading_before(norm, start, gm)
    ham = gm.hedge_after_re.match(norm, end)
    if ham is not None and ham.end() > end:
        hk = _group_kind(ham, gm.hedge_groups, "ha")
        if hk is not None:
            hedge = hedge or hk
            end = ham.end()
    has_unit = suffixed or unit is not None
    if gm.fraction_links and hedge is None and kind == "number":
        found = _fraction_of(p, norm, gm, start, has_unit)
        if found is not None:  # "one in four", "two out of three", "cứ 8 người thì có một"
            value, fend = found
            return _Raw(start=start, end=fend, num_start=p.start, num_end=fend, value=value, precision=ZERO,
                        kind="fraction", unit=None, hedge=None, reading=None, scale_word=None, scale=ONE)
    if gm.flags and p.spelled and norm[p.start].isupper() and _after_capitalised_word(norm, p.start):
        return "name"  # "ông Tô Ba", "Mr Seven": a spelled number inside a capitalised name
    if gm.flags and not has_unit and hedge is None and kind == "number" and _inside_a_name(norm, p):
        return "name"
    # judge words that are numbers only in some positions
    if p.bare and not (hedge or has_unit):
        return "vague"  # "thousands", "hàng nghìn": a scale word alone
    if p.lone_word is not None and p.value >= 0:  # "minus one" is a number whatever "one" is alone
        conds = gm.restricted.get(p.lone_word)
        counted = (  # "chỉ một doanh nghiệp" (only one), "trong một ngày" (within one day): a count
            has_unit and conds is not None and "before_unit_counted" in conds and (
                (gm.counted_after_re is not None
                 and gm.counted_after_re.search(norm, max(0, p.start - 16), p.start) is not None)
                or (unit in _SPANS_OF_TIME and _counted_within(norm, p.start, gm))
            )
        )
        if conds is not None and not (has_unit and "before_unit" in conds) and not counted:
            return "article" if p.lone_word in gm.articles else "word"
        if gm.lone_digit_needs_unit and p.spelled and not has_unit and not _stands_alone(norm, p.start, p.end):
            return "article" if p.lone_word in gm.articles else "word"
    if (
        p.plain_digits is not None
        and len(p.plain_digits) == 4
        and gm.year_range[0] <= int(p.plain_digits) <= gm.year_range[1]
        and not has_unit
        and hedge is None
        and kind == "number"
    ):
        return "year"  # a year: periods are parsed elsewhere
    if kind == "percent" and p.kind == "fraction":
        pass
    return _Raw(
        start=start,
        end=end,
        num_start=p.start,
        num_end=p.end,
        value=value,
        precision=precision,
        kind=kind,
        unit=unit,
        hedge=hedge,
        reading=reading,
        scale_word=scale_word,
        scale=scale,
    )


def _fraction_of(p: Parsed, norm: str, gm: Grammar, start: int, has_unit: bool) -> tuple[Decimal, int] | None:
    """"one in four (people)", "two out of three", vi "cứ 8 người thì có một": the share N/M of a group,
    as one fraction spanning both numbers.  Whole numbers, the part smaller than the group, and no
    year for the group ("5 in 2019")."""
    if p.value != p.value.to_integral_value() or p.value == 0:
        return None
    for before, link, order, tail in gm.fraction_links:
        if has_unit and order == "num_den":  # "5 cars in 3 ...": the link must follow the number
            continue
        lm = link.match(norm, p.end)
        if lm is None:
            continue
        if before is not None and not before.search(norm, max(0, start - 16), start):
            continue
        pos = lm.end()
        run: list[Token] = []
        for t in tokenize(norm, pos, min(len(norm), pos + 48), gm, money=False):
            if t.start != pos and (gm.gap_re is None or not gm.gap_re.match(norm[pos : t.start])):
                break
            run.append(t)
            pos = t.end
        if not run or run[0].start != lm.end():
            continue
        if run[0].kind == "atom" and (len(run) == 1 or run[1].kind not in ("atom", "mult", "scale", "arabic")):
            other, oend = run[0].value, run[0].end  # "thì có một": a lone word is its value here
        else:
            parsed = parse_run(run, gm)
            if not parsed or parsed[0].start != lm.end() or parsed[0].kind != "number":
                continue
            other, oend = parsed[0].value, parsed[0].end
            if re.fullmatch(r"(?:1[89]|20)[0-9]{2}", norm[parsed[0].start : oend]):
                continue  # "5 in 2019": a year, no group
        if tail is not None and not tail.match(norm, oend):
            continue
        num, den = (p.value, other) if order == "num_den" else (other, p.value)
        if tail is not None and num == num.to_integral_value() and den == den.to_integral_value() and den > 0:
            return num / den, oend  # "2000 over 3": read aloud, any fraction
        if num == num.to_integral_value() and den == den.to_integral_value() and 0 < num < den:
            return num / den, oend  # "one in four", "two out of three": a share of a group
    return None


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _stands_alone(norm: str, start: int, end: int) -> bool:
    """A numeral character with no Han character next to it ("“五”", "二" on its own, "(三)") cannot
    be part of a word; next to one ("统一", "十分") it may be."""
    before = norm[:start].rstrip()[-1:]
    after = norm[end:].lstrip()[:1]
    return not (before and _is_han(before)) and not (after and _is_han(after))


_AFTER_A_COUNT = re.compile(r"[0-9](?:[ \t]+[^\W\d_]+){0,2}[ \t]+\Z")
def _counted_within(norm: str, pos: int, gm: Grammar) -> bool:
    return gm.counted_within_re is not None and gm.counted_within_re.search(norm, max(0, pos - 16), pos) is not None


def _counted_before(norm: str, pos: int, gm: Grammar) -> bool:
    """Whether a word that makes an article a count comes right before ``pos`` ("chỉ", "trong")."""
    return (
        gm.counted_after_re is not None and gm.counted_after_re.search(norm, max(0, pos - 16), pos) is not None
    ) or _counted_within(norm, pos, gm)


_RATIO = re.compile(r":([1-9][0-9]{0,2})(?![0-9:.,])")
_SPANS_OF_TIME = frozenset({"year", "quarter", "month", "week", "day", "hour", "minute"})
_DIGIT_PAIR = re.compile(r"([一二三四五六七八九])([一二三四五六七八九])")
_POWER = re.compile(r"\^([+-]*)([0-9]+)(?![0-9.,])")
_CLOCK = re.compile(r"[:：][0-5][0-9](?![0-9])")


def _per_unit(unit: str, norm: str, gm: Grammar, start: int, end: int) -> tuple[str, int]:
    """A price or rate keeps its denominator: "80.000 đồng/kg" is VND/kg, "$80 a barrel" USD/barrel,
    "每吨1000元" CNY/tonne, "15 triệu đồng/tháng" VND/month (a time only after a slash)."""
    after = norm[end : end + 2].lstrip()[:1]
    for rx in (gm.per_slash_re if after == "/" else None, gm.per_word_re if after.isalpha() else None):
        pm = rx.match(norm, end) if rx is not None else None
        if pm is not None:
            return f"{unit}/{_group_kind(pm, gm.per_groups, 'p')}", pm.end()
    if gm.per_before_re is not None and unit in gm.currencies:
        pb = gm.per_before_re.search(norm, max(0, start - 8), start)
        if pb is not None:
            return f"{unit}/{_group_kind(pb, gm.per_groups, 'p')}", end
    return unit, end


def _money_parts(raw: _Raw, norm: str, gm: Grammar) -> _Raw:
    """An amount followed by smaller units of its currency: "五元三毛" = 5.3 CNY, "两角五分" = 2.5 jiao,
    "两美元又三美分" = 2.03 USD, "$20 and 43 cents" = 20.43 USD, "2 đô 23 xu" = 2.23 USD.  Each part must be
    smaller than the one before; the last sets the precision."""
    part_re = gm.money_parts_re.get(raw.unit or "")
    if part_re is None or raw.high is not None or raw.value != raw.value.to_integral_value():
        return raw
    value, end, last = raw.value, raw.end, ONE
    while (m := part_re.match(norm, end)) is not None:
        share = next(gm.money_part_values[g] for g, v in m.groupdict().items() if v and g in gm.money_part_values)
        if share >= last:
            break
        d = m.group("d")
        value += (Decimal(d) if d.isdigit() else gm.words[d.lower()][1]) * share
        end, last = m.end(), share
    if (
        raw.unit in gm.money_clipped
        and gm.money_clipped_re is not None
        and end > raw.num_end
        and norm[end - 1] in gm.money_clipped_after
    ):
        cm = gm.money_clipped_re.match(norm, end)
        if cm is not None:  # "一块二" = 1.2 CNY, "两毛五" = 2.5 jiao: the next smaller unit left off
            d = cm.group("d")
            last = last / 10
            value += (Decimal(d) if d.isdigit() else gm.words[d.lower()][1]) * last
            end = cm.end()
    if end == raw.end:
        return raw
    hedge = raw.hedge
    ham = gm.hedge_after_re.match(norm, end)
    if ham is not None and ham.end() > end:
        hedge = hedge or _group_kind(ham, gm.hedge_groups, "ha")
        end = ham.end()
    return replace(raw, end=end, value=value, precision=last, hedge=hedge)


_RESTATED = re.compile(r"\s*[(（]\s*\Z")


def _drop_restatements(raws: list[_Raw], norm: str) -> list[_Raw]:
    """"forty-five (45) days", "hai (2) năm": a figure restated in parentheses, once in words and once in
    digits, is one figure; the restatement is dropped (the first keeps the unit written after either)."""
    out: list[_Raw] = []
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


def _is_change(norm: str, a: _Raw, gm: Grammar) -> bool:
    """Whether "A to B" is a change rather than a range: "from A to B" after a change verb ("rose from
    3% to 5%"), or A right after a change verb ("edged up 0.1% to 4.7%", "rose by 2 to 40")."""
    if gm.change_verb_re is None:
        return False
    if gm.change_verb_before_re is not None and gm.change_verb_before_re.search(norm, max(0, a.start - 24), a.start):
        return True
    if gm.change_start_re is None:
        return False
    before = norm[max(0, a.start - 16) : a.start]
    if not gm.change_start_re.search(before):
        return False
    return bool(gm.change_verb_re.search(norm, max(0, a.start - 48), a.start))


def _dash_joins(a: _Raw, b: _Raw, norm: str) -> _Raw:
    """"0,5 - 1 điểm", "400 - 500 triệu": a dash between two numbers joins them; it is not a minus sign
    on the second (which is then read as the positive number it is)."""
    if b.value >= 0 or norm[b.start : b.start + 1] not in ("-", "–") or norm[a.end : b.start].strip():
        return b
    k = b.start + 1
    while k < b.num_end and norm[k] == " ":
        k += 1
    high = None if b.high is None else -b.high
    return replace(b, start=k, num_start=max(b.num_start, k), value=-b.value, high=high)


def _merge_ranges(raws: list[_Raw], norm: str, gm: Grammar) -> list[_Raw]:
    """Two numbers joined as a range ("3-4%", "từ 12 đến 15 triệu đồng", "between 10 and 12") become two
    mentions, one per end, each with its full value and unit ("12" -> 12 triệu đồng when the scale word
    is written once, on the last end).  The low end carries ``high`` (the range, for the rules); both
    are marked with ``range_end``."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        a = raws[i]
        if i + 1 < len(raws):
            b = _dash_joins(a, raws[i + 1], norm)
            between = norm[a.end : b.start]
            joined = False
            if b.hedge is None and len(between) <= 12:
                if gm.range_sym_re.match(between):
                    joined = True
                elif gm.range_word_re.match(between):
                    joined = not _is_change(norm, a, gm)
                elif gm.pair_start_re is not None and any(
                    re.fullmatch(rf"\s+{re.escape(w)}\s+", between, gm.flags) for w in gm.pair_joiners
                ):
                    joined = bool(gm.pair_start_re.search(norm, max(0, a.start - 12), a.start))
            # "from -18 °C to -34 °C": below zero a range may run from the warmer end
            below_zero = a.value < 0 and b.value < 0 and a.scale_word is None and b.scale_word is None
            compatible = (
                a.kind in ("number", b.kind)
                and b.kind != "fraction"
                and (a.unit is None or b.unit is None or a.unit == b.unit)  # "$1-2 million": the unit once
                and a.high is None
                and (a.value <= b.value * (b.scale if a.scale_word is None else ONE) or below_zero)
            )
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


def _clean(d: Decimal) -> Decimal:
    """12866000.000 -> 12866000, 70.50 -> 70.5 (same number, tidy exponent)."""
    if d == d.to_integral_value():
        return d.to_integral_value()
    # fractions to the default 28 digits, so "a third" == Decimal(1) / Decimal(3)
    return _FRACTION_CONTEXT.plus(d).normalize(_FRACTION_CONTEXT)


_SCAN = re.compile(r"[^\W\d_]+|[0-9]+|[^\w\s]")
_REACH = 12  # tokens from a match's first word to its number ("the best part of 40", "ít nhất là 3")
_BLOCK = 20000  # tokens looked at together


def _matches(norm: str, gm: Grammar) -> Iterator[re.Match[str]]:
    """The master pattern's matches, left to right, as ``finditer`` would give them.

    For languages written with spaces the pattern is tried only where a match can begin: a
    word that some alternative starts with (derived from the compiled pattern), a digit, a
    symbol that can start one, or letters directly followed by a digit (codes such as "M9").
    This is what keeps extraction at megabytes per second.
    """
    words, chars = gm.start_words, gm.start_chars
    master = _guarded_master(gm)
    if words is None:
        yield from master.finditer(norm)
        return
    last = 0
    match = master.match
    num_match = _guarded(gm, "num").match
    skip_match = _guarded(gm, "skip").match
    digit_match = num_match if not gm.digits_start_skip else match
    skip_words, number_words = gm.skip_words, gm.number_start_words
    connectors = _connectors(gm)
    numberish = gm.number_words
    # Tokens a block at a time, with _REACH more to look ahead: a list of every token's match
    # object would make each full run of the cycle collector walk a long document's worth.
    found = _SCAN.finditer(norm)
    toks = list(itertools.islice(found, _BLOCK + _REACH))
    while toks:
        more = len(toks) == _BLOCK + _REACH
        block = _BLOCK if more else len(toks)
        # index of the next token that is a digit or a number word: every match holds one, and
        # no match spans more than a few tokens, so words far from any number are not tried
        next_num = [len(toks) + _REACH] * (len(toks) + 1)
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k].group()
            next_num[k] = k if (t[0].isdigit() or t.lower() in numberish) else next_num[k + 1]
        for k in range(block):
            tok = toks[k]
            pos = tok.start()
            if pos < last:
                continue
            if next_num[k] - k > _REACH and not norm.startswith("://", tok.end()):  # URLs run long
                continue
            ch = norm[pos]
            try_ = match
            if ch.isalpha():
                word = tok.group().lower()
                if word not in words:
                    end = tok.end()
                    nxt = norm[end : end + 2]
                    if not (nxt[:1].isdigit() or (nxt[:1] in " -" and nxt[1:2].isdigit())):
                        continue
                elif word in connectors and word not in skip_words:
                    continue  # a number does not begin with "and": the words after it are tried
                elif word not in number_words:
                    try_ = skip_match  # only a not-claim can begin here
                elif word not in skip_words:
                    try_ = num_match  # only a number can begin here
            elif ch.isdigit():
                try_ = digit_match
            elif chars is not None and ch not in chars:
                continue
            m = try_(norm, pos)
            if m is not None and m.end() > pos:
                last = m.end()
                yield m
        toks = toks[block:] + list(itertools.islice(found, _BLOCK)) if more else []


_CONNECTORS: dict[int, tuple[Grammar, frozenset[str]]] = {}


def _connectors(gm: Grammar) -> frozenset[str]:
    """The words that join parts of a number ("and" in "two hundred and five"), which on their own
    make a run of one token the numeral parser gives no number for."""
    cached = _CONNECTORS.get(id(gm))
    if cached is None or cached[0] is not gm:
        cached = (gm, frozenset(w for w, (kind, _) in gm.words.items() if kind == "conn"))
        _CONNECTORS[id(gm)] = cached
    return cached[1]


_GUARDED: dict[int, tuple[Grammar, re.Pattern[str]]] = {}


_GUARDED_PART: dict[tuple[int, str], tuple[Grammar, re.Pattern[str]]] = {}


def _guarded(gm: Grammar, part: str) -> re.Pattern[str]:
    """`_guarded_master` for the master pattern's number alternatives ("num") or its not-claims ("skip")."""
    cached = _GUARDED_PART.get((id(gm), part))
    if cached is None or cached[0] is not gm:
        pattern = gm.master_num if part == "num" else gm.master_skip
        cached = (gm, guarded(pattern if pattern is not None else gm.master))
        _GUARDED_PART[id(gm), part] = cached
    return cached[1]


def _guarded_master(gm: Grammar) -> re.Pattern[str]:
    """The grammar's master pattern with look-aheads that make a failing alternative fail at once
    (the same matches: see `validator.scan.multiscan.guarded`), built once per grammar."""
    cached = _GUARDED.get(id(gm))
    if cached is None or cached[0] is not gm:
        cached = (gm, guarded(gm.master))
        _GUARDED[id(gm)] = cached
    return cached[1]


def find_numbers(text: str, language: str, skipped: list[Skipped] | None = None) -> list[Mention]:
    """All numeric mentions in text (language "vi"|"zh"|"en"), sorted by start, non-overlapping.

    With a ``skipped`` list, the numbers read as not quantities are appended to it with their reason.
    """
    with localcontext() as ctx:
        ctx.prec = _DIGITS
        return _find_numbers(text, language, skipped)


def _skip_reason(m: re.Match[str], gm: Grammar) -> str:
    if m.re is gm.skip_re:
        reasons = gm.skip_re_reasons
    elif m.re is gm.skip_digit_re:
        reasons = gm.skip_digit_reasons
    else:
        if m.group("code") is not None:
            return "code"
        reasons = gm.skip_reasons
    for name, reason in reasons.items():
        if m.group(name) is not None:
            return reason
    return "other"


def _find_numbers(text: str, language: str, skipped: list[Skipped] | None = None) -> list[Mention]:
    gm = grammar(language)
    norm = normalise(text)
    raws: list[_Raw] = []
    last_end = 0
    skip_to = 0  # the end of the last not-claim found where a number began
    for m in _matches(norm, gm):
        if m.group("skip") is not None or m.group("code") is not None:
            if skipped is not None:
                skipped.append(Skipped(m.start(), m.end(), text[m.start() : m.end()], _skip_reason(m, gm)))
            continue
        if m.group("mw") is not None:
            word = re.sub(r"\s+", " ", m.group("mw").lower())
            value = gm.multiple_words.get(word)
            if value is None:
                continue
            hedge = _group_kind(m, gm.hedge_groups, "hw")
            ms, me = m.span("mw")
            reading = None
            if gm.reading_after_re is not None:
                rm = gm.reading_after_re.match(norm, me)
                if rm is not None:
                    reading = _group_kind(rm, gm.hedge_groups, "ra")
            raws.append(
                _Raw(
                    m.start(),
                    me,
                    ms,
                    me,
                    value,
                    generic_precision(value),
                    "multiple",
                    "times",
                    hedge,
                    reading,
                    None,
                    ONE,
                )
            )
            continue
        ns, ne = m.span("num")
        run_text = norm[ns:ne].lower()
        if run_text in _connectors(gm):
            continue  # a run that is just "and": it parses to nothing (and is what most runs are in English)
        conds = gm.restricted.get(run_text)
        if (
            conds is not None
            and "before_unit_counted" in conds
            and "before_unit" not in conds
            and not _counted_before(norm, ns, gm)
        ):  # "một" alone, with no "chỉ"/"trong" before it: an article (checked before parsing it)
            if skipped is not None and m.group("hedge") is None:
                skipped.append(Skipped(ns, ne, text[ns:ne], "article" if run_text in gm.articles else "word"))
            continue
        currency = _group_kind(m, gm.currency_groups, "cp") if m.group("cur") is not None else None
        # "4人民币5美元": the prefix is the previous number's unit, not this one's
        prefix_taken = m.start() < last_end <= ns
        toks = tokenize(norm, ns, ne, gm, money=currency is not None)
        parsed = parse_run(toks, gm)
        if not parsed:
            continue
        first = parsed[0]
        if currency is None and m.group("hedge") is None and first.start > 0 and gm.flags:
            if _ascii_letter(norm[first.start - 1]) and norm[first.start].isdigit():
                continue
        mention_start = m.start()  # where the mention begins: its hedge or prefix, else the number
        hedge = _group_kind(m, gm.hedge_groups, "hb") if m.group("hedge") is not None else None
        if hedge is not None and gm.out_of_re is not None and gm.out_of_re.match(m.group("hedge")):
            # "26 mã trên 30 mã": after a count, "trên" is "out of", no hedge on the 30
            if _AFTER_A_COUNT.search(norm, max(0, m.start() - 20), m.start()):
                hedge = None
                mention_start = m.start("cur") if m.group("cur") is not None else ns
        mpre = m.group("mpre")
        mreading = gm.multiple_prefix.get(mpre.lower()) if mpre else None
        if prefix_taken:
            currency = hedge = mpre = mreading = None
        for idx, p in enumerate(parsed):
            if p.start < skip_to:
                continue
            skip_re = gm.skip_digit_re if norm[p.start].isdigit() else gm.skip_re
            if (sk := skip_re.match(norm, p.start)) is not None and sk.end() > p.start:
                # a not-claim where a number begins ("212-555-0143", "$5 million 1 January 2024"): skipped
                skip_to = sk.end()
                if skipped is not None:
                    skipped.append(Skipped(p.start, sk.end(), text[p.start : sk.end()], _skip_reason(sk, gm)))
                continue
            if idx == 0 and p.start == ns and not prefix_taken:
                raw = _finish(
                    p,
                    norm,
                    gm,
                    mention_start,
                    hedge,
                    currency,
                    m.group("ppre") is not None,
                    mreading,
                    mpre is not None,
                )
            else:
                raw = _finish(p, norm, gm, p.start, None, None, False, None, False)
            if isinstance(raw, str):
                if skipped is not None:
                    skipped.append(Skipped(p.start, p.end, text[p.start : p.end], raw))
                continue
            raw = _money_parts(raw, norm, gm)
            raws.append(raw)
            last_end = max(last_end, raw.end)
    raws += _spans(norm, gm)
    raws.sort(key=lambda r: (r.start, -r.end))
    kept: list[_Raw] = []
    for r in raws:
        if kept and r.start < kept[-1].end:
            continue
        kept.append(r)
    kept = _merge_ranges(_drop_restatements(kept, norm), norm, gm)
    return [
        Mention(
            start=r.start,
            end=r.end,
            text=text[r.start : r.end],
            num_start=r.num_start,
            num_end=r.num_end,
            value=_clean(r.value),
            precision=_clean(r.precision),
            kind=r.kind,
            unit=r.unit,
            hedge=r.hedge,
            high=None if r.high is None else _clean(r.high),
            reading=r.reading,
            scale_word=r.scale_word,
            range_end=r.range_end,
        )
        for r in kept
    ]


def _spans(norm: str, gm: Grammar) -> list[_Raw]:
    """Spans of years written without a numeral: "more than a decade" (10 years, over), "two decades" (20),
    "hơn một thập kỷ"; "over the decade" is the decade itself, not more than one."""
    if gm.span_re is None or gm.span_lead_re is None:
        return []
    out: list[_Raw] = []
    for sm in gm.span_re.finditer(norm):
        value = gm.span_words.get(sm.group(0).lower())
        if value is None:
            continue
        lm = gm.span_lead_re.search(norm, max(0, sm.start() - 40), sm.start())
        lead = lm.group("lead") if lm is not None else None
        if lead is None:
            continue  # "for decades", "decade-long": no count
        count = gm.span_leads.get(lead.lower(), ONE)
        assert lm is not None
        definite = count == 0
        start = lm.start("lead") if definite else lm.start()
        hedge = None if definite else _group_kind(lm, gm.hedge_groups, "hs")
        out.append(_Raw(start, sm.end(), start, sm.end(), value * (count or ONE), ONE, "span", "year", hedge, None,
                        None, ONE))
    return out


def parse_number(s: str, language: str) -> tuple[Decimal, Decimal] | None:
    """Parse one numeral string to (value, precision); None if it is not (only) a numeral."""
    with localcontext() as ctx:
        ctx.prec = _DIGITS
        return _parse_number(s, language)


def _parse_number(s: str, language: str) -> tuple[Decimal, Decimal] | None:
    gm = grammar(language)
    norm = normalise(s).strip()
    if not norm:
        return None
    toks = tokenize(norm, 0, len(norm), gm, money=False)
    if not toks or toks[0].start != 0 or toks[-1].end != len(norm):
        return None
    covered = "".join(norm[t.start : t.end] for t in toks)
    if re.sub(r"\s+", "", covered) != re.sub(r"\s+", "", norm):
        return None
    parsed = parse_run(toks, gm)
    if len(parsed) != 1 or parsed[0].start != 0 or parsed[0].end != len(norm):
        return None
    return _clean(parsed[0].value), _clean(parsed[0].precision)


def _group_digits(digits: str, mark: str, min_digits: int) -> str:
    if len(digits) < min_digits:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return mark.join(parts)


def _plain(value: Decimal, precision: Decimal, language: str) -> str:
    lex = lexicon(language).numerals
    group, dec = lex.group_mark, lex.decimal_mark
    min_digits = lex.format_group_min_digits
    places = 0
    if precision > 0:
        exp = precision.normalize().as_tuple().exponent
        assert isinstance(exp, int)
        places = max(0, -exp)
    q = value.quantize(Decimal(1).scaleb(-places)) if places else value.quantize(ONE)
    sign = "-" if q < 0 else ""
    txt = f"{abs(q):f}"
    intpart, _, frac = txt.partition(".")
    out = _group_digits(intpart, group, min_digits)
    if frac:
        out += dec + frac
    return sign + out


def format_number(value: Decimal, precision: Decimal, language: str, style: str = "plain") -> str:
    """Write ``value`` as a journalist of ``language`` would, showing exactly ``precision``.

    ``style`` is "plain" (digits with the language's separators: "43.188", "1,500,000") or
    "scale" (a scale word: "12,866 triệu", "85.5万", "12.9 million").  The precision must be the
    step of the value's last non-zero digit (or finer, for decimals), so that parsing the result
    gives back the same value and precision.
    """
    if style not in ("plain", "scale"):
        raise ValueError(f"unknown style {style!r} (expected 'plain' or 'scale')")
    with localcontext() as ctx:
        ctx.prec = _DIGITS
        return _format(value, precision, language, style)


def _format(value: Decimal, precision: Decimal, language: str, style: str) -> str:
    if style == "plain":
        return _plain(value, precision, language)
    gm = grammar(language)
    best: tuple[str, Decimal] | None = None
    for word in lexicon(language).numerals.format_scales:
        sv = gm.scale_values.get(str(word).lower())
        if sv is not None and abs(value) >= sv and (best is None or sv > best[1]):
            best = (str(word), sv)
    if best is None:
        return _plain(value, precision, language)
    word, sv = best
    mantissa = _plain(value / sv, precision / sv if precision else ZERO, language)
    sep = "" if not gm.flags else " "
    return f"{mantissa}{sep}{word}"
