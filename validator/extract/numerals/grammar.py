"""A language's numeral grammar, compiled from its lexicon file (once per language, cached).

The lexicon (``validator/lexicons/<lang>.yaml``) holds all language knowledge: digit and scale words,
separators, hedge words, unit words, not-claim patterns. `grammar(language)` turns that data into the
compiled regular expressions and word tables of a `Grammar`, part by part (the regex pieces are in
`validator.extract.numerals.patterns`). Nothing here is specific to a language; adding a language is
adding a lexicon file.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from validator.extract.numerals.patterns import (
    Base,
    alternation,
    dec,
    literal_alternation,
    master,
    named_alternation,
    not_claims,
    numeral_run,
    word_table,
)
from validator.lexicon import lexicon

__all__ = ["Grammar", "PercentClosing", "alternation", "grammar", "literal_alternation"]


@dataclass(frozen=True)
class PercentClosing:
    """Percent words before a number that lead it only where it closes its phrase ("percent of 10" = 10%)."""

    prefix: re.Pattern[str]  # the percent words (full match of the master pattern's ``ppre`` group)
    number_before: re.Pattern[str]  # a number ending right before the percent word (searched, ends at it)
    phrase_end: re.Pattern[str]  # what follows a number that closes its phrase (matched after it)


@dataclass
class Grammar:
    language: str
    flags: int
    master: re.Pattern[str]
    token_re: re.Pattern[str]
    suffix_re: re.Pattern[str]
    hedge_after_re: re.Pattern[str]
    reading_after_re: re.Pattern[str] | None
    reading_before: dict[str, str]
    noun_re: re.Pattern[str] | None
    noun_window: int
    noun_stop_re: re.Pattern[str] | None  # a verb or function word that ends the noun search
    unit_named_before_re: re.Pattern[str] | None  # a unit word right before a bare number (groups "ub<i>")
    range_sym_re: re.Pattern[str]
    range_word_re: re.Pattern[str]
    pair_start_re: re.Pattern[str] | None
    pair_joiners: list[str]
    change_start_re: re.Pattern[str] | None
    change_verb_re: re.Pattern[str] | None
    change_verb_before_re: re.Pattern[str] | None
    change_link_before_re: re.Pattern[str] | None
    range_word_sym_re: re.Pattern[str] | None
    words: dict[str, tuple[str, Decimal]]  # lower-cased word -> (kind, value)
    restricted: dict[str, frozenset[str]]
    after_hedge: dict[str, Decimal]  # lower-cased word -> the fraction it is right after a hedge
    after_hedge_not_before: re.Pattern[str] | None
    lone_digit_needs_unit: bool
    ellipsis_all: bool
    ellipsis_words: frozenset[str]
    group_mark: str
    decimal_mark: str
    suffix_scales: dict[str, Decimal]
    money_suffix_scales: dict[str, Decimal]
    approx_kinds: dict[str, str]
    hedge_groups: dict[str, str]  # regex group name -> hedge kind
    unit_groups: dict[str, str]  # regex group name -> unit key
    currency_groups: dict[str, str]
    currencies: frozenset[str]
    multiple_prefix: dict[str, str]
    multiple_words: dict[str, Decimal]
    multiple_half_re: re.Pattern[str] | None  # "lần rưỡi", "倍半": a half after the multiple word
    year_range: tuple[int, int]
    # spans of years written without a numeral ("more than a decade", "hai thập kỷ"), read in a pass of their
    # own (their lead words "a", "the" would wake the master pattern everywhere): the span word, and the words
    # that may lead it (a count, or 0 for a definite "the": never hedged, "over the decade")
    span_words: dict[str, Decimal] = field(default_factory=dict)
    span_re: re.Pattern[str] | None = None
    span_lead_re: re.Pattern[str] | None = None
    span_leads: dict[str, Decimal] = field(default_factory=dict)
    scale_values: dict[str, Decimal] = field(default_factory=dict)
    start_words: frozenset[str] | None = None  # first words of any match (bounded languages)
    start_chars: frozenset[str] | None = None
    number_words: frozenset[str] = frozenset()
    zero_alone: frozenset[str] = frozenset()  # zero links that also mean "zero" on their own (零, not "linh")
    plus_minus_re: re.Pattern[str] | None = None  # "9.83e-3 ± 1e-5": group "pm" is the half-width
    # "五元三毛": after an amount of a currency, its smaller units (group "d" the digit, "p<i>" the part)
    # "a quarter (of a) million": a fraction of a scale word (group "scale")
    fraction_scale_re: re.Pattern[str] | None = None
    money_parts_re: dict[str, re.Pattern[str]] = field(default_factory=dict)
    money_part_values: dict[str, Decimal] = field(default_factory=dict)  # group name -> share of the unit
    money_clipped: frozenset[str] = frozenset()  # "一块二", "两毛五": the last unit left off (spoken zh)
    money_clipped_re: re.Pattern[str] | None = None
    money_clipped_after: frozenset[str] = frozenset()  # the spoken unit words it may follow ("块", "毛")
    skip_reasons: dict[str, str] = field(default_factory=dict)  # group name -> why it is not a claim
    skip_re: re.Pattern[str] = re.compile("(?!)")  # every not-claim, looked for where a number begins
    master_num: re.Pattern[str] | None = None  # the master pattern without its not-claims
    master_skip: re.Pattern[str] | None = None  # the master pattern with only its not-claims
    # those two as the master's parts (not-claim, multiple word, number, code) that each disables
    master_variants: dict[str, tuple[int, ...]] = field(default_factory=dict)
    skip_words: frozenset[str] = frozenset()  # first words of the master's not-claims
    number_start_words: frozenset[str] = frozenset()  # first words of its number alternatives
    digits_start_skip: bool = True  # whether one of the master's not-claims can begin with a digit
    skip_re_reasons: dict[str, str] = field(default_factory=dict)  # its group name -> reason
    skip_digit_re: re.Pattern[str] = re.compile("(?!)")  # the not-claims that begin with a digit
    skip_digit_reasons: dict[str, str] = field(default_factory=dict)
    tenth_groups: dict[str, str] = field(default_factory=dict)  # "成" -> percent, "折" -> price_ratio
    per_slash_re: re.Pattern[str] | None = None  # "đồng/kg", "美元/桶", "triệu đồng/tháng"
    per_word_re: re.Pattern[str] | None = None  # "300p per share", "mỗi tấn"
    per_price_re: re.Pattern[str] | None = None  # after a price only: "$80 a barrel", "23万元一吨", "đồng một kg"
    per_before_re: re.Pattern[str] | None = None  # zh "每吨1000元": the denominator before the number
    # an article opening a measure phrase ("一吨", "một tấn", "a tonne"): after a scale word it says "per",
    # it is no digit of the number ("115万一吨" is 1.15 million a tonne, not 1,151,000 tonnes)
    per_article_re: re.Pattern[str] | None = None
    per_groups: dict[str, str] = field(default_factory=dict)  # group name -> denominator unit key
    money_scale_re: re.Pattern[str] | None = None  # "800m euros": a money suffix before a currency word
    articles: frozenset[str] = frozenset()  # "a", "one", "một", "一": a count only where one is asserted
    period_denominators: frozenset[str] = frozenset()  # "quarters": a fraction only below one
    counted_after_re: re.Pattern[str] | None = None  # "chỉ" (only): an article after them is a count
    counted_within_re: re.Pattern[str] | None = None  # "trong" (within): the same before a span of time
    out_of_re: re.Pattern[str] | None = None  # hedge words that after a count mean "out of" ("26 trên 30")
    digits_after_scale: bool = True  # vi "5 triệu 200 nghìn" is one number; en "$5 million 1 January" is not
    # "one in four", "two out of three", "cứ 8 người thì có một": (before-regex or None, link regex,
    # "num_den" or "den_num")
    fraction_links: tuple[tuple[re.Pattern[str] | None, re.Pattern[str], str, re.Pattern[str] | None], ...] = ()
    gap_re: re.Pattern[str] | None = None
    percent_closing: PercentClosing | None = None  # "percent of 10": see `PercentClosing`
    generic_count_re: re.Pattern[str] | None = None  # "units": counts what its sentence names (full match)
    generic_count_of_re: re.Pattern[str] | None = None  # the unit words it may take the unit of (groups "gc<i>")
    generic_count_paragraph: bool = False  # the thing it counts may be named anywhere before it in its paragraph
    # glued scale letters ("3k") read only where an amount is meant: the cue words before the number (an
    # empty pattern when there are none); None: always a scale
    suffix_scale_cue_re: re.Pattern[str] | None = None



def _prefixes(b: Base, run: str) -> tuple[str, str, dict[str, Any]]:
    """What may stand before a number: hedges ("about"), a currency ("$"), a multiple's or a percentage's lead
    word; the multiple words ("doubled"); the lead words of spans of years ("a decade"). Returns the master
    pattern's multiple-word and number alternatives, and the grammar's fields."""
    num, hedges = b.lex.numerals, b.lex.hedges
    hedge_before, groups = b.named("hb", hedges.before)
    b.hedge_groups.update(groups)
    hedge_before2, groups = b.named("hw", hedges.before)
    b.hedge_groups.update(groups)
    prefix_table = {str(k): [str(x) for x in v] for k, v in b.lex.units.prefix.items()}
    cur_alt, currency_groups = named_alternation("cp", prefix_table, False)
    mult_prefix = {str(k).lower(): str(v) for k, v in num.multiple_prefix.items()}
    multiple_words = {str(k).lower(): dec(v) for k, v in num.multiple_words.items()}
    mw = b.lit(list(multiple_words)) if multiple_words else "(?!)"
    hgap = r"[ \t]*" if not b.bounded else r"\s+"
    span_words = {str(k).lower(): dec(v) for k, v in num.span_words.items()}
    span_leads = {str(k).lower(): dec(v) for k, v in num.span_leads.items()}
    span_lead_re = None
    if span_words:
        hedge_lead, groups = b.named("hs", hedges.before)
        b.hedge_groups.update(groups)
        leads = b.lit(list(span_leads)) if span_leads else "(?!)"
        span_lead_re = b.compile(rf"(?:(?:{hedge_lead}){hgap})?(?:(?P<lead>{leads}){hgap})?\Z")
    multiple_word = rf"(?:(?:{hedge_before2}){hgap})?(?P<mw>{mw})"
    # optional prefixes are left out entirely when the language has none, so that the
    # pattern's possible first characters stay exact (see validator.scan.prefixes.first_chars)
    mpre = rf"(?:(?P<mpre>{b.lit(list(mult_prefix))})[ \t]*)?" if mult_prefix else "(?P<mpre>(?!))?"
    percent_words = [*num.percent_prefix, *num.percent_prefix_closing]
    ppre = rf"(?:(?P<ppre>{b.alt(percent_words)})[ \t]*)?" if percent_words else "(?P<ppre>(?!))?"
    number = (
        rf"(?P<m>(?:(?P<hedge>{hedge_before})[ \t]*)?{mpre}{ppre}"
        rf"(?:(?P<cur>(?-i:{cur_alt}))[ \t]?)?(?P<num>{run}))"
    )
    closing = None
    if num.percent_prefix_closing:
        # "percent of 10": read only where no number stands before the percent word (a digit, or a numeral
        # word ending right before it) and the number closes its phrase
        numeral_words = rf"(?<![^\W\d_])(?:{b.lit(b.of_kind('atom', 'mult', 'scale'))})"
        closing = PercentClosing(
            prefix=b.compile(b.alt(num.percent_prefix_closing)),
            number_before=b.compile(rf"(?:[0-9%]|{numeral_words})[ \t]*-?[ \t]*\Z"),
            phrase_end=b.compile(num.phrase_end),
        )
    return multiple_word, number, {
        "percent_closing": closing,
        "currency_groups": currency_groups,
        "multiple_prefix": mult_prefix,
        "multiple_words": multiple_words,
        "span_words": span_words,
        "span_re": b.compile(b.lit(list(span_words))) if span_words else None,
        "span_lead_re": span_lead_re,
        "span_leads": span_leads,
    }


def _suffixes(b: Base) -> dict[str, Any]:
    """What may follow a number: points, percent, a multiple, tenths ("三成"), a measure word, a unit."""
    num, units = b.lex.numerals, b.lex.units
    unit_alt, groups = b.named("u", units.words)
    b.unit_groups.update(groups)
    measure_alt, groups = b.named("mw", units.measure_words)
    b.unit_groups.update(groups)
    filler = rf"(?:{b.lit(num.unit_fillers)}\s+)?" if num.unit_fillers else ""
    # "三成" (three tenths: 30%), "八折" (a price of eight tenths: a 0.8 price ratio)
    tenth_alt, tenth_groups = b.named("tn", {str(k): v for k, v in num.tenths_suffix.items()})
    tenth = rf"(?P<tenth>{tenth_alt})|" if num.tenths_suffix else ""
    counted, counted_after_half = _counted_units(b)
    suffix_re = b.compile(
        rf"{_suffix_gap(b)}(?:(?P<pts>{b.alt(num.points_suffix)})|(?P<pct>{b.alt(num.percent_suffix)})"
        rf"|(?P<mult>{b.alt(num.multiple_suffix)})|{tenth}(?P<measure>{measure_alt}){counted}"
        rf"|{filler}(?P<unit>{unit_alt}{counted_after_half}))"
    )
    half = num.multiple_half_after
    multiple_half_re = b.compile(rf"{_suffix_gap(b)}(?:{b.alt(half)})") if half else None
    return {"suffix_re": suffix_re, "tenth_groups": tenth_groups, "multiple_half_re": multiple_half_re}


def _suffix_gap(b: Base) -> str:
    # "12-cent", "two-year": a hyphen may join number and unit in cased scripts
    return r"(?:-|[ \t\u00a0]*)" if b.bounded else r"[ \t\u00a0]*"


def _per_units(b: Base) -> dict[str, Any]:
    """Per-unit prices and rates: the denominator stays in the unit ("VND/kg"), so a price is never added to
    an amount; after a slash any denominator, after a word ("per", "a") goods only. And "800m euros": a
    lower-case money suffix is million where a currency word follows."""
    units, num = b.lex.units, b.lex.numerals
    per = units.per_unit
    per_groups: dict[str, str] = {}
    per_slash_re = per_word_re = per_before_re = per_article_re = per_price_re = None
    goods, times = per.goods, per.time
    # a good that begins a time word is the time ("一个月" is a month, not "一个" an item)
    not_time = rf"(?!{b.alt([w for ws in times.values() for w in ws])})" if times else ""
    if goods or times:
        every = {**goods, **{k: [*goods.get(k, []), *v] for k, v in times.items()}}
        every_alt, groups = b.named("pd", every)
        per_groups.update(groups)
        per_slash_re = b.compile(rf"[ \t]*/[ \t]*(?:{every_alt})")
    if goods and per.words:
        goods_alt, groups = b.named("pg", goods)
        per_groups.update(groups)
        per_articles = [w for w in per.words if str(w).lower() in {str(a).lower() for a in num.articles}]
        per_plain = [w for w in per.words if w not in per_articles]
        if per_plain:
            per_word_re = b.compile(rf"[ \t]*(?:{b.lit(per_plain)})[ \t]*{not_time}(?:{goods_alt})")
        if per_articles:
            # an article says "per" only after a price ("$80 a barrel", "23万元一吨"); after a count it
            # counts ("一天一个价" is a price a day, not days per item)
            per_price_re = b.compile(rf"[ \t]*(?:{b.lit(per_articles)})[ \t]*{not_time}(?:{goods_alt})")
            measures = [w for ws in (*goods.values(), *times.values()) for w in ws]
            per_article_re = b.compile(rf"(?:{b.lit(per_articles)})[ \t]*(?:{b.alt(measures)})")
    if goods and per.before:
        before_alt, groups = b.named("pb", goods)
        per_groups.update(groups)
        per_before_re = b.compile(rf"(?:{b.lit(per.before)})[ \t]*(?:{before_alt})[ \t]*\Z")
    money_scale_re = None
    money_suffix_scales = {str(k): dec(v) for k, v in num.money_suffix_scales.items()}
    currency_words = [w for k, ws in units.words.items() if k in set(units.currencies) for w in ws]
    if money_suffix_scales and currency_words:
        money_scale_re = b.compile(
            "(?-i:" + "|".join(re.escape(x) for x in sorted(money_suffix_scales, key=len, reverse=True)) + ")"
            + rf"(?=[ \t]*(?:{b.alt(currency_words)}))"
        )
    generic_re = generic_of_re = None
    if units.generic_counts and units.generic_count_of:
        generic_re = b.compile(b.alt(units.generic_counts))
        of_alt, groups = b.named("gc", {k: units.words.get(k, []) for k in units.generic_count_of})
        b.unit_groups.update(groups)
        generic_of_re = b.compile(rf"(?<![^\W\d_])(?:{of_alt})" if b.bounded else of_alt)
    return {"generic_count_re": generic_re, "generic_count_of_re": generic_of_re,
            "generic_count_paragraph": units.generic_count_reach == "paragraph",
            "per_slash_re": per_slash_re, "per_word_re": per_word_re, "per_before_re": per_before_re,
            "per_article_re": per_article_re, "per_price_re": per_price_re,
            "per_groups": per_groups, "money_scale_re": money_scale_re}


def _counted_units(b: Base) -> tuple[str, str]:
    """The unit nouns a measure word counts (`units.measured`): right after it, perhaps after a hedge ("10个月",
    "3个多月": groups "ms<i>", hedge "mh<i>", all in group "counted"), or after a numeral that ends in the measure
    word ("两个半月": groups "um<i>", read as a unit)."""
    units, num = b.lex.units, b.lex.numerals
    if not units.measured:
        return "(?P<counted>(?!))?", ""
    ms_alt, groups = b.named("ms", units.measured)
    b.unit_groups.update(groups)
    by_kind: dict[str, list[str]] = {}
    for word, kind in num.approx_infix.items():
        by_kind.setdefault(str(kind), []).append(str(word))
    mh_alt, groups = b.named("mh", by_kind) if by_kind else ("(?!)", {})
    b.hedge_groups.update(groups)
    counted = rf"(?P<counted>(?:{mh_alt})?(?:{ms_alt}))?"
    if not num.half_after_count:
        return counted, ""
    um_alt, groups = b.named("um", units.measured)
    b.unit_groups.update(groups)
    after = "|".join(f"(?<={re.escape(str(w))})" for w in num.half_after_count)
    return counted, rf"|(?:{after})(?:{um_alt})"


def _after_words(b: Base) -> dict[str, Any]:
    """Hedges after a number ("or more"), a multiple's reading after it, and the nouns a measure word counts."""
    num, units = b.lex.numerals, b.lex.units
    ha_alt, groups = b.named("ha", b.lex.hedges.after)
    b.hedge_groups.update(groups)
    reading_after_re = None
    by_reading: dict[str, list[str]] = {}
    for w, r in num.reading_after.items():
        by_reading.setdefault(str(r), []).append(str(w))
    if by_reading:
        ra_alt, groups = b.named("ra", by_reading)
        b.hedge_groups.update(groups)
        reading_after_re = b.compile(rf"\s*(?:{ra_alt})")
    noun_re = None
    if units.nouns:
        n_alt, groups = b.named("n", units.nouns)
        b.unit_groups.update(groups)
        noun_re = b.compile(n_alt)
    unit_before_re = None
    if units.named_before:
        ub_alt, groups = b.named("ub", units.named_before)
        b.unit_groups.update(groups)
        unit_before_re = b.compile(rf"(?:{ub_alt})[ \t]*\Z")
    return {
        "unit_named_before_re": unit_before_re,
        "hedge_after_re": b.compile(rf"{_suffix_gap(b)}(?:{ha_alt})"),
        "reading_after_re": reading_after_re,
        "reading_before": {str(k): str(v) for k, v in num.reading_before.items()},
        "noun_re": noun_re,
        "noun_window": units.noun_window,
        "noun_stop_re": b.compile(("(?<![^\\W\\d_])" if b.bounded else "") + f"(?:{b.lit(units.noun_stops)})")
        if units.noun_stops else None,
    }


def _change_words(b: Base) -> list[str]:
    """The words that say a figure moves ("rose", "增加", "tăng"): the ranges' own change verbs and the rise
    and fall words of the cues and relations, by role."""
    lex = b.lex
    words = [*lex.numerals.ranges.change_verbs, *lex.cues.change_up, *lex.cues.change_down,
             *lex.relations.moves.up, *lex.relations.moves.down]
    return list(dict.fromkeys(str(w) for w in words))


def _ranges(b: Base) -> dict[str, Any]:
    """What joins two numbers into a range ("3-4%", "từ 3 đến 4", "between 10 and 12"), and what makes
    "A to B" a change instead ("rose from 3% to 5%", "adding $1.89 to $48.62", "增加2240至18783吨")."""
    rng, bounded = b.lex.numerals.ranges, b.bounded
    # a range's words ("to", "đến"): between spaces, or like a dash where words are not spaced ("5至10")
    range_words = b.lex.comparison.words("range")
    sym = [re.escape(str(c)) for c in [*rng.connectors, *([] if bounded else range_words)]]
    # a mark left open on the first end ("8- to 16-meter": the unit is written once, on the last)
    open_end = literal_alternation(rng.open_ends, False) if rng.open_ends else ""
    pair_starts = {str(k): str(v) for k, v in rng.pair_starts.items()}
    cs = b.lex.comparison.words("from")
    cv = _change_words(b)
    # a change word, then words of its subject or hedge but no other number or clause break, then the first
    # number ("lifted interest rates 0.25% to 5.5%", "rose a higher than expected 17,000 to 4.483 million")
    lead = rf"[^\d\n.;:!?()\[\]。；：！？（），,]{{0,{rng.change_window}}}\Z"
    cl = rng.change_links
    return {
        "range_sym_re": b.compile(rf"[ \t]*(?:{'|'.join(sym) or '(?!)'})[ \t]*\Z"),
        "range_word_re": b.compile(
            rf"{open_end}{'?' if open_end else ''}\s+{b.lit(range_words if bounded else [])}\s+\Z"),
        # where words are not spaced, a range word between the ends ("2240至18783") as against a dash
        "range_word_sym_re": (
            b.compile(rf"[ \t]*{b.lit(range_words)}[ \t]*\Z") if range_words and not bounded else None),
        "pair_start_re": b.compile(rf"{b.lit(list(pair_starts))}\s*\Z") if pair_starts else None,
        "pair_joiners": list(pair_starts.values()),
        "change_start_re": b.compile(rf"{b.lit(cs)}\s*\Z") if cs else None,
        "change_verb_re": b.compile(b.lit(cv)) if cv else None,
        "change_verb_before_re": b.compile(rf"{b.lit(cv)}{lead}") if cv else None,
        # a word right before the first number that makes it a change's size ("by 400m euros to 2.5bn euros")
        "change_link_before_re": b.compile(rf"{b.lit(cl)}\s*\Z") if cl else None,
    }


def _money(b: Base, arabic: str) -> dict[str, Any]:
    """Amounts in parts ("五元三毛", "$20 and 43 cents"), the clipped last part ("一块二"), "± 1e-5", and a
    fraction of a scale word ("a quarter of a million")."""
    num, units = b.lex.numerals, b.lex.units
    digit_words = [w for w, (k, v) in b.words.items() if k == "atom" and 1 <= v <= 9]
    part_digit = rf"(?P<d>[1-9][0-9]?(?![0-9])|{b.lit(digit_words)})"
    part_join = rf"(?:{b.lit(units.money_part_joiners)})?" if units.money_part_joiners else ""
    money_parts_re: dict[str, re.Pattern[str]] = {}
    money_part_values: dict[str, Decimal] = {}
    for k, (unit_key, shares) in enumerate(units.money_parts.items()):
        by_value: dict[str, list[str]] = {}
        for frag, share in shares.items():
            by_value.setdefault(str(share), []).append(str(frag))
        part_alt, part_groups = b.named(f"p{k}_", by_value)
        money_part_values.update({name: dec(v) for name, v in part_groups.items()})
        money_parts_re[str(unit_key)] = b.compile(rf"[ \t]*{part_join}[ \t]*{part_digit}[ \t]*{part_alt}")
    clipped = frozenset(str(u) for u in units.money_clipped)
    fraction_scale_re = None
    if num.fraction_scale_links is not None:
        links = b.lit(num.fraction_scale_links)
        fraction_scale_re = b.compile(rf"\s+(?:{links}\s+)?(?P<scale>{b.lit(b.of_kind('scale'))})")
    return {
        "money_parts_re": money_parts_re,
        "money_part_values": money_part_values,
        "money_clipped": clipped,
        # the clipped digit ends the phrase: "三块五花肉" is three pieces of pork belly
        "money_clipped_re": b.compile(
            rf"[ \t]*(?P<d>[1-9]|{b.lit(digit_words)})(?![0-9\u3400-\u9fff%‰.,])") if clipped else None,
        "money_clipped_after": frozenset(str(w) for w in units.money_clipped_after),
        "plus_minus_re": (
            b.compile(rf"[ \t]*{b.alt(num.plus_minus)}[ \t]*(?P<pm>{arabic})") if num.plus_minus else None
        ),
        "fraction_scale_re": fraction_scale_re,
    }


def _counts(b: Base) -> dict[str, Any]:
    """When a lone word is a count ("chỉ một"), "out of" ("26 trên 30"), and shares of a group ("one in four")."""
    num, hedges = b.lex.numerals, b.lex.hedges
    return {
        "articles": frozenset(str(w).lower() for w in num.articles),
        "period_denominators": frozenset(str(w).lower() for w in num.period_denominators),
        "counted_after_re": b.compile(rf"(?:{b.alt(num.counted_after)})\s+\Z") if num.counted_after else None,
        "out_of_re": b.compile(rf"(?:{b.lit(hedges.out_of)})\Z") if hedges.out_of else None,
        "counted_within_re": b.compile(rf"(?:{b.alt(num.counted_within)})\s+\Z") if num.counted_within else None,
        "fraction_links": tuple(
            (
                b.compile(rf"(?:{fl.before})\s*\Z") if fl.before else None,
                b.compile(fl.link),
                fl.order,
                b.compile(fl.end) if fl.end else None,
            )
            for fl in num.fraction_links
        ),
    }


def _numeral_words(b: Base) -> dict[str, Any]:
    """The numeral words and marks, and which of them are numerals only in some places."""
    num = b.lex.numerals
    ell = num.ellipsis
    return {
        "words": b.words,
        "restricted": {str(k).lower(): frozenset(str(c) for c in v) for k, v in num.restricted.items()},
        "after_hedge": {str(k).lower(): Decimal(v) for k, v in num.fraction_after_hedge.items()},
        "after_hedge_not_before": (b.compile(num.fraction_after_hedge_not_before)
                                   if num.fraction_after_hedge_not_before else None),
        "lone_digit_needs_unit": num.lone_digit_needs_unit,
        "ellipsis_all": ell == "all",
        "ellipsis_words": frozenset(str(w).lower() for w in ell) if isinstance(ell, list) else frozenset(),
        "group_mark": num.group_mark,
        "decimal_mark": num.decimal_mark,
        "suffix_scales": {str(k): dec(v) for k, v in num.suffix_scales.items()},
        "money_suffix_scales": {str(k): dec(v) for k, v in num.money_suffix_scales.items()},
        "suffix_scale_cue_re": None if num.suffix_scale_cues is None else b.compile(
            rf"(?:{b.alt(num.suffix_scale_cues)})[ \t]*\Z" if num.suffix_scale_cues else "(?!)"),
        "approx_kinds": {str(k): str(v) for k, v in num.approx_infix.items()},
        "scale_values": {w: v for w, (k, v) in b.words.items() if k in ("scale", "mult")},
        "zero_alone": frozenset(str(w).lower() for w in num.zero_alone),
        "digits_after_scale": num.digits_after_scale,
        "gap_re": b.compile(rf"(?:{b.gap})\Z"),
        "year_range": (int(b.lex.not_claims.year_range[0]), int(b.lex.not_claims.year_range[1])),
    }


@functools.cache
def grammar(language: str) -> Grammar:
    """The compiled grammar of ``language`` (built once per process)."""
    lex = lexicon(language)
    b = Base(language, lex, word_table(lex))
    run = numeral_run(b)
    multiple_word, number, fields = _prefixes(b, run.run)
    skip = not_claims(b)
    fields |= skip.fields | master(b, skip, multiple_word, number)
    fields |= _suffixes(b) | _per_units(b) | _after_words(b) | _ranges(b) | _money(b, run.arabic) | _counts(b)
    fields |= _numeral_words(b)
    # every match holds a digit or one of these words (see validator.extract.numerals.find)
    fields["number_words"] = frozenset(
        part for w in [*b.words, *fields["multiple_words"]] for part in re.findall(r"[^\W\d_]+", w.lower())
    )
    # a field's type is checked where the Grammar is used: the parts above are built as keyword tables
    return Grammar(language=language, flags=b.flags, token_re=run.token_re, hedge_groups=b.hedge_groups,
                   unit_groups=b.unit_groups, currencies=frozenset(str(c) for c in lex.units.currencies), **fields)
