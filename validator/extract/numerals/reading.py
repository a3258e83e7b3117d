"""What stands around a numeral, read into a mention: the unit, percent, multiple word or tenths after it,
a per-unit denominator ("đồng/kg"), a hedge ("左右", "or more"), a ± half-width, a power, the smaller
units of an amount ("五元三毛"); and the judgement whether it is a quantity at all, or a year, a time, a
code, a name, an article or a vague word (the reason an editor is shown).

`read_mention` is the one entry: a `Parsed` number and what the master pattern found before it, to a `Raw`
mention or the reason it is not one. `money_parts` extends an amount by its smaller units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal

from validator.extract.numerals.grammar import Grammar
from validator.extract.numerals.mention import Raw, group_kind
from validator.extract.numerals.parse import parse_run
from validator.extract.numerals.text import HALF, ONE, ZERO, fraction_step, generic_precision
from validator.extract.numerals.tokens import Parsed, Token, parse_arabic, tokenize

__all__ = ["counted_before", "money_parts", "per_unit", "read_mention"]

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



_SENTENCE_STOP = re.compile(r"[，,。；;：:！!？?\n、“”\"（）()]")


def _reading_before(norm: str, start: int, gm: Grammar) -> str | None:
    window = norm[max(0, start - 8) : start].rstrip()
    for word in sorted(gm.reading_before, key=len, reverse=True):
        if window.endswith(word):
            return gm.reading_before[word]
    return None


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@dataclass(slots=True)
class _Reading:
    """A mention being read: the number, and what has been read around it so far."""

    p: Parsed
    start: int
    hedge: str | None
    kind: str
    unit: str | None
    end: int
    pos: int  # where the next word after the number is looked for
    precision: Decimal
    value: Decimal
    scale_word: str | None
    scale: Decimal
    reading: str | None = None
    suffixed: bool = False

    def raw(self) -> Raw:
        p = self.p
        return Raw(start=self.start, end=self.end, num_start=p.start, num_end=p.end, value=self.value,
                   precision=self.precision, kind=self.kind, unit=self.unit, hedge=self.hedge,
                   reading=self.reading, scale_word=self.scale_word, scale=self.scale)

    def fraction(self, value: Decimal, end: int, hedge: str | None) -> Raw:
        """One figure, a fraction, from the number to ``end`` ("a 1:4 ratio", "one in four")."""
        return Raw(start=self.start, end=end, num_start=self.p.start, num_end=end, value=value, precision=ZERO,
                   kind="fraction", unit=None, hedge=hedge, reading=None, scale_word=None, scale=ONE)


def read_mention(
    p: Parsed,
    norm: str,
    gm: Grammar,
    start: int,
    hedge: str | None,
    currency: str | None,
    percent_prefix: bool,
    multiple_reading: str | None,
    has_multiple_prefix: bool,
) -> Raw | str:
    """Read what follows the numeral (unit, percent, multiple word, hedge) and judge it: the mention, or
    why it is not a quantity ("code", "name", "year", "article", "word", "vague")."""
    if p.kind == "fraction" and gm.fraction_scale_re is not None:
        fsm = gm.fraction_scale_re.match(norm, p.end)
        if fsm is not None:  # "a quarter of a million people" is 250000 people, to one figure
            sv = gm.scale_values[fsm.group("scale").lower()]
            value = p.value * sv
            p = replace(p, value=value, precision=ONE.scaleb(value.adjusted()), end=fsm.end(), kind="number",
                        scale_word=fsm.group("scale"), scale=sv)
    r = _Reading(p, start, hedge if hedge is not None else p.approx, p.kind, currency, p.end, p.end, p.precision,
                 p.value, p.scale_word, p.scale)
    if percent_prefix or r.kind == "percent":
        r.kind, r.unit, r.suffixed = "percent", "percent", True
    found = _marks_after(r, norm, gm, currency)
    if found is not None:
        return found
    if _suffix(r, norm, gm, currency, percent_prefix):
        return "code"  # "5G", "3D": a code, not a quantity
    if r.unit is None and r.kind == "number" and gm.unit_named_before_re is not None:
        named = gm.unit_named_before_re.search(norm, max(0, r.start - 8), r.start)
        if named is not None:  # "总诊疗人次95.5亿": the unit is the word the number follows
            r.unit = group_kind(named, gm.unit_groups, "ub")
    if r.unit is not None and r.kind == "number":
        r.unit, r.end = per_unit(r.unit, norm, gm, r.start, r.end)
    if has_multiple_prefix:
        r.kind, r.unit = "multiple", "times"
        r.reading = multiple_reading
    if r.kind == "multiple":
        _word_multiple_step(r)
        if r.reading is None and gm.reading_after_re is not None:
            rm = gm.reading_after_re.match(norm, r.end)
            if rm is not None:
                r.reading = group_kind(rm, gm.hedge_groups, "ra")
        if r.reading is None:
            r.reading = _reading_before(norm, r.start, gm)
    ham = gm.hedge_after_re.match(norm, r.end)
    if ham is not None and ham.end() > r.end:
        hk = group_kind(ham, gm.hedge_groups, "ha")
        if hk is not None:
            r.hedge = r.hedge or hk
            r.end = ham.end()
    if gm.suffix_scale_cue_re is not None and currency is None and _glued_scale_names(r, norm, gm):
        return "name"  # "松下、三菱、3M等", "vàng 24k", "5K显示器": no amount is meant
    return _judge(r, norm, gm)


def _glued_scale_names(r: _Reading, norm: str, gm: Grammar) -> bool:
    """Whether a scale letter glued to the digits ("3M", "24k", "5K") is part of a name: no unit, percent or
    hedge goes with the number, no amount cue stands before it, and it does not stand alone on its line
    (a figure in a table cell, "1,2M")."""
    p = r.p
    if r.suffixed or r.hedge is not None or r.kind != "number" or r.unit is not None:
        return False
    glued = next((s for s in gm.suffix_scales if norm.startswith(s, p.end - len(s))), None)
    if glued is None or p.end - len(glued) <= p.start or not norm[p.end - len(glued) - 1].isdigit():
        return False
    assert gm.suffix_scale_cue_re is not None
    if gm.suffix_scale_cue_re.search(norm, max(0, r.start - 12), r.start) is not None:
        return False
    lo, hi = max(0, r.start - 200), min(len(norm), r.end + 200)
    line_start, line_end = norm.rfind("\n", lo, r.start), norm.find("\n", r.end, hi)
    if (line_start < 0 and lo > 0) or (line_end < 0 and hi < len(norm)):
        return True  # a long line: text around it
    before = norm[line_start + 1 : r.start]
    after = norm[r.end : line_end if line_end >= 0 else hi]
    return any(ch.isalpha() for ch in before + after)


def _marks_after(r: _Reading, norm: str, gm: Grammar, currency: str | None) -> Raw | str | None:
    """Right after the numeral: "± 1e-5", a zh hedge before the unit ("10多万辆"), a clock time, a ratio
    ("1:4"), a money suffix before a currency ("800m euros"), a power ("1.1^23"). A mention or a reason
    when one of them decides it."""
    p = r.p
    # "9.83e-3 ± 1e-5 km/s2": the writer states the interval, value ± half-width
    pmm = gm.plus_minus_re.match(norm, r.pos) if gm.plus_minus_re is not None else None
    if pmm is not None:
        half = parse_arabic(pmm.group("pm"), gm, money=False)
        if half is not None:
            r.precision = max(r.precision, 2 * half[0] * half[2])
            r.pos = r.end = pmm.end()
    # zh "10多万辆": a hedge word may sit between the numeral and its unit
    ham = gm.hedge_after_re.match(norm, r.pos) if not gm.flags else None
    if ham is not None and ham.end() > r.pos:
        hk = group_kind(ham, gm.hedge_groups, "ha")
        sm0 = gm.suffix_re.match(norm, ham.end())
        if sm0 is not None and sm0.end() > ham.end() and hk is not None:
            r.hedge = r.hedge or hk
            r.pos = r.end = ham.end()
    pos = r.pos
    nxt = norm[pos : pos + 1]
    if nxt in (":", "：") and p.plain_digits is not None and _CLOCK.match(norm, pos) and int(p.plain_digits) <= 24:
        return "time"  # "16:30"
    if nxt == ":" and p.plain_digits is not None and (rm := _RATIO.match(norm, pos)) is not None:
        # "a 1:4 ratio": one figure, the first term over the second
        return r.fraction(r.value / Decimal(rm.group(1)), rm.end(), r.hedge)
    if currency is None and gm.money_scale_re is not None and nxt.isalpha() and norm[pos - 1].isdigit():
        msm = gm.money_scale_re.match(norm, pos)
        if msm is not None:  # "800m euros": million, where a currency word follows (not metres)
            r.scale = gm.money_suffix_scales[msm.group()]
            r.value, r.precision, r.scale_word = r.value * r.scale, r.precision * r.scale, msm.group()
            r.pos = r.end = msm.end()
    pw = _POWER.match(norm, r.pos) if nxt == "^" else None
    if pw is not None and int(pw.group(2)) <= 30:  # "1.1^23", "2.5^-1": a number to a power
        exponent = int(pw.group(2)) * (-1 if pw.group(1).count("-") % 2 else 1)
        if r.value != 0 or exponent > 0:
            r.value = abs(r.value) ** exponent * (-1 if r.value < 0 else 1)
            r.precision = generic_precision(r.value) if r.value == r.value.to_integral_value() else ZERO
            r.pos = r.end = pw.end()
    return None


def _suffix(r: _Reading, norm: str, gm: Grammar, currency: str | None, percent_prefix: bool) -> bool:
    """Points, percent, a multiple, tenths or a unit after the number (none after a percent prefix); True when
    letters glued to the digits make it a code ("5G") instead."""
    pos = r.pos
    sm = gm.suffix_re.match(norm, pos) if not percent_prefix else None
    if sm is None or sm.end() <= pos:
        return pos < len(norm) and _ascii_letter(norm[pos]) and norm[pos - 1].isdigit()
    end = sm.end()
    if sm.group("pts") is not None:
        r.kind, r.unit = "points", "point"
    elif sm.group("pct") is not None:
        r.kind, r.unit = "percent", "percent"
    elif sm.group("mult") is not None:
        r.kind, r.unit = "multiple", "times"
        end = _half_after_multiple(r, norm, gm, end)
    elif gm.tenth_groups and sm.group("tenth") is not None:
        _tenths(r, sm, norm, gm)
    elif sm.group("measure") is not None or sm.group("unit") is not None:
        counted = sm.group("counted")  # "10个月", "3个多月": a unit noun the measure word counts
        key = group_kind(sm, gm.unit_groups, "ms" if counted else "mw" if sm.group("measure") is not None else "u")
        r.hedge = r.hedge or (group_kind(sm, gm.hedge_groups, "mh") if counted else None)
        if key == "times":
            r.kind = "multiple"
        noun = None
        if sm.group("measure") is not None and not counted and gm.noun_re is not None:
            nm = gm.noun_re.search(norm, sm.end(), sm.end() + gm.noun_window)
            if nm is not None and not _noun_cut(norm, sm.end(), nm.start(), gm):
                noun = group_kind(nm, gm.unit_groups, "n")
                key = noun or key
        word = sm.group("unit") if sm.group("unit") is not None else sm.group("measure")
        if noun is None and gm.generic_count_re is not None and gm.generic_count_re.fullmatch(word.strip()):
            # "524,000 units", "300万台", "5.000 chiếc": of the vehicles named before (or right after)
            key = _generic_count(norm, r.start, sm.end(), gm) or key
        # after a currency ("港幣三個"), a bare classifier counts the currency's units (Cantonese 個 = dollar)
        if currency is None or (key not in gm.currencies and sm.group("measure") is None):
            r.unit = key
    r.end, r.suffixed = end, True
    return False


def _half_after_multiple(r: _Reading, norm: str, gm: Grammar, end: int) -> int:
    """"hai lần rưỡi", "两倍半": a half after the multiple word adds a half to a whole count (2.5×), and the
    figure is good to that half. Where the multiple ends."""
    if gm.multiple_half_re is None or r.value != r.value.to_integral_value() or r.value < 0:
        return end
    hm = gm.multiple_half_re.match(norm, end)
    if hm is None or hm.end() <= end:
        return end
    r.value += HALF
    r.precision = HALF
    return hm.end()


def _word_multiple_step(r: _Reading) -> None:
    """A multiple spelled with a fraction ("two and a half times") is good to that fraction's step (a half:
    2.25-2.75×, never exactly 2.5×), as a whole number spelled is good to one ("three times")."""
    if r.kind != "multiple" or not r.p.spelled or r.precision != 0 or r.value == r.value.to_integral_value():
        return
    r.precision = fraction_step(r.value)


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|[。！？\n]")


_GAP = re.compile(r"[ \t]*")


def _noun_cut(norm: str, lo: int, hi: int, gm: Grammar) -> bool:
    """Whether the phrase a counter opens ends between lo and hi: a punctuation mark, or a verb or function
    word ("712家达到国家标准": the noun after 达到 is the predicate's, not the counter's)."""
    if _SENTENCE_STOP.search(norm, lo, hi):
        return True
    return gm.noun_stop_re is not None and gm.noun_stop_re.search(norm, lo, hi) is not None


def _generic_count(norm: str, start: int, end: int, gm: Grammar) -> str | None:
    """The unit a generic count ("units", zh 台, vi "chiếc") takes: the thing named right after it ("5 chiếc ô
    tô"), else the last thing named before it in its sentence ("China's passenger vehicle exports rose 21.4%
    to 524,000 units", "乘用车销量300万台": vehicle) or, where the lexicon says so, its paragraph; or None (a
    machine, a phone: a count of items)."""
    assert gm.generic_count_of_re is not None
    gap = _GAP.match(norm, end)
    after = gap.end() if gap is not None else end
    nxt = gm.generic_count_of_re.search(norm, after, after + gm.noun_window)  # "四台大型自卸车"
    if nxt is not None and not _noun_cut(norm, after, nxt.start(), gm):
        return group_kind(nxt, gm.unit_groups, "gc")
    if gm.generic_count_paragraph:  # named anywhere before it in its paragraph
        lo = norm.rfind("\n", max(0, start - 2000), start) + 1 or max(0, start - 2000)
    else:
        lo = max(0, start - 300)
        for stop in _SENTENCE_END.finditer(norm, lo, start):
            lo = stop.end()
    named = list(gm.generic_count_of_re.finditer(norm, lo, start))
    return group_kind(named[-1], gm.unit_groups, "gc") if named else None


def _tenths(r: _Reading, sm: re.Match[str], norm: str, gm: Grammar) -> None:
    """"三成" = 30%, "三成半" = 35%; "八折" = 0.8 of the price, "8.5折" = 0.85, "七五折"/"75折" = 0.75."""
    p = r.p
    tenths = r.value + (HALF if (halved := sm.group("tenth").endswith("半")) else ZERO)
    if group_kind(sm, gm.tenth_groups, "tn") == "percent":  # ("三成半" is good to its half tenth: 32.5-37.5%)
        r.kind, r.unit, r.value, r.precision = "percent", "percent", tenths * 10, (HALF if halved else r.precision) * 10
        return
    pair = _DIGIT_PAIR.fullmatch(norm, p.start - 1, p.end) if p.start and p.end - p.start == 1 else None
    if pair is not None:  # "三八折", "七五折": two digits read one by one (3.8 tenths)
        tenths = gm.words[pair.group(1)][1] + gm.words[pair.group(2)][1] / 10
        r.start = min(r.start, p.start - 1)
    step = Decimal(10) if tenths <= 10 else Decimal(100)
    r.kind, r.unit, r.value, r.precision = "price_ratio", "price_ratio", tenths / step, r.precision / step


def _judge(r: _Reading, norm: str, gm: Grammar) -> Raw | str:
    """The mention, or why the number is not a quantity: a share of a group ("one in four") is read here; a
    name, a vague scale word, an article, a word, a year is not a quantity."""
    p, hedge, kind, unit = r.p, r.hedge, r.kind, r.unit
    has_unit = r.suffixed or unit is not None
    if gm.fraction_links and kind == "number" and (hedge is None or r.end == p.end):
        found = _fraction_of(p, norm, gm, r.start, has_unit)
        if found is not None:  # "one in four", "almost two in five", "cứ 8 người thì có một"
            return r.fraction(found[0], found[1], hedge)  # a hedge before the first number hedges the fraction
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
    return r.raw()


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




def _counted_within(norm: str, pos: int, gm: Grammar) -> bool:
    return gm.counted_within_re is not None and gm.counted_within_re.search(norm, max(0, pos - 16), pos) is not None


def counted_before(norm: str, pos: int, gm: Grammar) -> bool:
    """Whether a word that makes an article a count comes right before ``pos`` ("chỉ", "trong")."""
    return (
        gm.counted_after_re is not None and gm.counted_after_re.search(norm, max(0, pos - 16), pos) is not None
    ) or _counted_within(norm, pos, gm)


_RATIO = re.compile(r":([1-9][0-9]{0,2})(?![0-9:.,])")
_SPANS_OF_TIME = frozenset({"year", "quarter", "month", "week", "day", "hour", "minute"})
_DIGIT_PAIR = re.compile(r"([一二三四五六七八九])([一二三四五六七八九])")
_POWER = re.compile(r"\^([+-]*)([0-9]+)(?![0-9.,])")
_CLOCK = re.compile(r"[:：][0-5][0-9](?![0-9])")


def per_unit(unit: str, norm: str, gm: Grammar, start: int, end: int) -> tuple[str, int]:
    """A price or rate keeps its denominator: "80.000 đồng/kg" is VND/kg, "$80 a barrel" USD/barrel,
    "每吨1000元" CNY/tonne, "15 triệu đồng/tháng" VND/month (a time only after a slash)."""
    after = norm[end : end + 2].lstrip()[:1]
    price = after.isalpha() and unit in gm.currencies  # an article says "per" only after a price
    for rx in (gm.per_slash_re if after == "/" else None, gm.per_word_re if after.isalpha() else None,
               gm.per_price_re if price else None):
        if rx is not None and (pm := rx.match(norm, end)) is not None:
            return f"{unit}/{group_kind(pm, gm.per_groups, 'p')}", pm.end()
    if gm.per_before_re is not None and unit in gm.currencies:
        pb = gm.per_before_re.search(norm, max(0, start - 8), start)
        if pb is not None:
            return f"{unit}/{group_kind(pb, gm.per_groups, 'p')}", end
    return unit, end


def money_parts(raw: Raw, norm: str, gm: Grammar) -> Raw:
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
        hedge = hedge or group_kind(ham, gm.hedge_groups, "ha")
        end = ham.end()
    return replace(raw, end=end, value=value, precision=last, hedge=hedge)
