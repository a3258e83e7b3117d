"""Per-language numeral grammar, compiled from the lexicon files, and the numeral-run parser.

The lexicon (``validator/lexicons/<lang>.yaml``) holds all language knowledge: digit and
scale words, separators, hedge words, unit words, not-claim patterns.  This module turns
that data into compiled regular expressions (once per language, cached) and parses one
"numeral run" -- a stretch of digits and number words such as ``12,866 triệu``,
``三百二十亿`` or ``two hundred and five`` -- into values.  Nothing here is specific to a
language; adding a language is adding a lexicon file.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from validator.lexicon import lexicon
from validator.scan.multiscan import guarded
from validator.scan.prefixes import first_chars, first_words, gate

# Full-width digits and signs map one code point to one code point, so offsets survive.
FULLWIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "％": "%",
        "．": ".",
        "－": "-",
        "−": "-",
        "／": "/",
        "Ｋ": "K",
        "ｋ": "k",
        "Ｍ": "M",
        "＄": "$",
        "\u3000": " ",
    }
)

# Between full-width digits a full-width comma groups them ("４，５６５"); after ASCII digits "，" is Chinese
# punctuation ("$20，300美圆" is two amounts).
_FULLWIDTH_GROUP = re.compile("(?<=[\uff10-\uff19])\uff0c(?=[\uff10-\uff19]{3}(?![\uff10-\uff19]))")


def normalise(text: str) -> str:
    """Full-width digits, signs and digit-group commas as ASCII, one code point for one (offsets survive)."""
    if "\uff0c" in text:
        text = _FULLWIDTH_GROUP.sub(",", text)
    return text.translate(FULLWIDTH)


ONE = Decimal(1)
ZERO = Decimal(0)


def _vulgar_fractions() -> dict[str, tuple[int, int]]:
    """Unicode's fraction characters ("½", "⅓", "¾"...) as (numerator, denominator): script, not language."""
    out: dict[str, tuple[int, int]] = {}
    for code in [*range(0xBC, 0xBF), *range(0x2150, 0x215F)]:
        tag, *codes = unicodedata.decomposition(chr(code)).split() or [""]
        num, _, den = "".join(chr(int(c, 16)) for c in codes).partition("\u2044")  # fraction slash
        if tag == "<fraction>" and num.isdigit() and den.isdigit() and int(num) > 0:
            out[chr(code)] = (int(num), int(den))
    return out


VULGAR_FRACTIONS = _vulgar_fractions()


def _ends_alnum(fragment: str) -> bool:
    core = re.sub(r"\\.", "x", fragment).rstrip("?)")
    return bool(core) and core[-1].isalnum()


def _starts_alnum(fragment: str) -> bool:
    core = re.sub(r"^\(\?[:!=<]+", "", fragment)
    return bool(core) and (core[0].isalnum() or core[0] == "\\" and core[1:2] in "w")


def alternation(fragments: list[str], bounded: bool) -> str:
    """One regex alternative per fragment, longest first; word boundaries where bounded."""
    parts = []
    for frag in sorted({str(f) for f in fragments}, key=len, reverse=True):
        body = re.sub(r"(?:\\ | )+", r"\\s+", frag)  # spaces, plain or as re.escape writes them
        # no leading boundary: the master pattern is gated to word starts, and units may
        # follow digits directly ("5km"); a leading look-behind would also defeat the
        # regex engine's first-literal fast path
        if bounded and _ends_alnum(frag):
            body = body + r"(?!\w)"
        parts.append(body)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def literal_alternation(words: list[str], bounded: bool) -> str:
    # re.escape escapes spaces too; keep them plain so that `alternation` lets any run of white space
    # separate the words of a phrase ("gấp đôi", "of a")
    return alternation([re.escape(str(w)).replace("\\ ", " ") for w in words], bounded)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # arabic atom mult scale zero conn dec half fnum fden fword denom join approx neg
    value: Decimal
    start: int  # offsets into the (normalised) document
    end: int
    text: str
    prec: Decimal = ONE  # arabic tokens: step of the last written digit (before scale suffix)
    scale_suffix: Decimal = ONE  # arabic tokens: "k", "M", "bn" attached


@dataclass(slots=True)
class Parsed:
    """One number parsed from a run of tokens."""

    value: Decimal
    precision: Decimal
    start: int
    end: int
    kind: str = "number"  # or "fraction"
    scale_word: str | None = None
    scale: Decimal = ONE  # product of the scale words (to spread over a range's low end)
    bare: bool = False  # only multipliers/scales, no digit ("nghìn", "千")
    lone_word: str | None = None  # a single spelled atom, lower-cased ("năm", "五")
    spelled: bool = False
    approx: str | None = None  # hedge implied inside the numeral (zh 多/余/几)
    arabic_only: bool = False
    plain_digits: str | None = None  # the numeral is just ASCII digits ("2024")


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
    range_sym_re: re.Pattern[str]
    range_word_re: re.Pattern[str]
    pair_start_re: re.Pattern[str] | None
    pair_joiners: list[str]
    change_start_re: re.Pattern[str] | None
    change_verb_re: re.Pattern[str] | None
    change_verb_before_re: re.Pattern[str] | None
    words: dict[str, tuple[str, Decimal]]  # lower-cased word -> (kind, value)
    restricted: dict[str, frozenset[str]]
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
    skip_words: frozenset[str] = frozenset()  # first words of the master's not-claims
    number_start_words: frozenset[str] = frozenset()  # first words of its number alternatives
    digits_start_skip: bool = True  # whether one of the master's not-claims can begin with a digit
    skip_re_reasons: dict[str, str] = field(default_factory=dict)  # its group name -> reason
    skip_digit_re: re.Pattern[str] = re.compile("(?!)")  # the not-claims that begin with a digit
    skip_digit_reasons: dict[str, str] = field(default_factory=dict)
    tenth_groups: dict[str, str] = field(default_factory=dict)  # "成" -> percent, "折" -> price_ratio
    per_slash_re: re.Pattern[str] | None = None  # "đồng/kg", "美元/桶", "triệu đồng/tháng"
    per_word_re: re.Pattern[str] | None = None  # "$80 a barrel", "300p per share"
    per_before_re: re.Pattern[str] | None = None  # zh "每吨1000元": the denominator before the number
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


def _dec(v: Any) -> Decimal:
    return Decimal(str(v))


def _named_alternation(prefix: str, table: dict[str, list[str]], bounded: bool) -> tuple[str, dict[str, str]]:
    groups: dict[str, str] = {}
    parts = []
    # longest fragments first across all keys, so "chiếc xe" beats "xe" and "US$" beats "$"
    items = [(str(frag), key) for key, frags in table.items() for frag in (frags or [])]
    by_key: dict[str, list[str]] = {}
    for frag, key in items:
        by_key.setdefault(key, []).append(frag)
    order = sorted(by_key, key=lambda k: -max(len(f) for f in by_key[k]))
    for i, key in enumerate(order):
        name = f"{prefix}{i}"
        groups[name] = key
        parts.append(f"(?P<{name}>{alternation(by_key[key], bounded)})")
    return ("(?:" + "|".join(parts) + ")" if parts else "(?!)"), groups


@functools.cache
def grammar(language: str) -> Grammar:
    """The compiled grammar of ``language`` (built once per process)."""
    lex = lexicon(language)
    num, hedges, units, notc = lex.numerals, lex.hedges, lex.units, lex.not_claims
    bounded = lex.word_boundaries
    flags = re.IGNORECASE if bounded else 0
    gap = num.token_gap

    words: dict[str, tuple[str, Decimal]] = {}

    def add(kind: str, table: Any) -> None:
        if isinstance(table, dict):
            for w, v in table.items():
                words[str(w).lower()] = (kind, _dec(v))
        else:
            for w in table or []:
                words[str(w).lower()] = (kind, ZERO)

    add("atom", num.atoms)
    add("mult", num.multipliers)
    add("scale", num.scales)
    add("zero", num.zero_links)
    add("conn", num.connectors)
    add("dec", num.decimal_words)
    add("half", num.half_after)
    add("chalf", num.half_after_count)  # zh "个半": "五个半小时" = 5.5 hours
    add("neg", num.negative_words)
    add("denom", num.denominators)
    add("fword", num.fraction_words)  # "half", "quarter" also stand alone
    for ch, (numerator, denominator) in VULGAR_FRACTIONS.items():  # "⅓ cup"
        words[ch] = ("fword", Decimal(numerator) / Decimal(denominator))
    add("join", num.fraction_joiners)
    approx_kinds = {str(k): str(v) for k, v in num.approx_infix.items()}
    add("approx", list(approx_kinds))
    restricted = {str(k).lower(): frozenset(str(c) for c in v) for k, v in num.restricted.items()}

    g, d = num.group_mark, num.decimal_mark
    G, D = re.escape(g), re.escape(d)
    digit = "[0-9]"
    arabic = (
        rf"(?:{digit}{{1,3}}(?:{G}{digit}{{3}})+(?:{D}{digit}+)?(?!{digit})"
        rf"|{digit}{{1,3}}(?:[\u202f\u00a0\u2009]{digit}{{3}})+(?:{D}{digit}+)?(?!{digit})"
        # "10 000 dollars": plain-space groups of exactly three digits, on one line, no digit run after
        rf"|(?<![0-9.,])(?<![0-9][ ]){digit}{{1,3}}(?:[ ]{digit}{{3}})+(?:{D}{digit}+)?(?![0-9]|[ ]?[.,]?[0-9])"
        rf"|{digit}+(?:{D}{digit}+)?[eE][+-]?{digit}+(?![A-Za-z0-9])"
        rf"|{digit}+{D}{digit}+"
        # the other convention's decimal ("1,3" in en, "1.5" in vi), not inside a list ("22,24,26,31")
        rf"|(?<![0-9]{G}){digit}+{G}{digit}{{1,2}}(?!{digit}|{G}{digit})"
        rf"|{digit}+"
        rf"|(?<![0-9{G}{D}]){D}{digit}+)"
    )
    suffix_scales = {str(k): _dec(v) for k, v in num.suffix_scales.items()}
    money_suffix_scales = {str(k): _dec(v) for k, v in num.money_suffix_scales.items()}
    all_suffix = list(suffix_scales) + list(money_suffix_scales)
    sfx = ""
    if all_suffix:
        sfx = (
            "(?-i:"
            + "|".join(re.escape(s) for s in sorted(all_suffix, key=len, reverse=True))
            + ")(?![A-Za-z])"
        )
        arabic_tok = rf"{arabic}(?:{sfx})?"
    else:
        arabic_tok = arabic
    # "2½": a fraction character glued to the whole number
    arabic_tok = rf"(?:{digit}+[{''.join(VULGAR_FRACTIONS)}]|{arabic_tok})"

    # restricted words that may only precede a multiplier / fraction are checked in the regex,
    # which keeps English "a" from waking the parser at every article.
    lookahead_only = {
        w for w, conds in restricted.items() if conds <= {"before_multiplier", "before_fraction"}
    }
    follow_words = [w for w, (k, _) in words.items() if k in ("mult", "scale", "denom", "fword")]
    follow = literal_alternation(follow_words, bounded)
    fnum = num.fraction_numerator_first
    fden = num.fraction_denominator_first
    # words that are no numeral before certain words (regexes: "tỷ lệ" a ratio, "triệu phú" a millionaire)
    not_before = {str(k).lower(): [str(x) for x in v] for k, v in num.not_numeral_before.items()}
    plain_words = [w for w in words if w not in lookahead_only and w not in not_before]
    word_alt = literal_alternation(plain_words, bounded)
    # words that are numeral tokens only right after a numeral (zh 打, a dozen: "五打" but not "打造")
    after_numeral = [str(w).lower() for w in num.only_after_numeral if str(w).lower() in words]
    if after_numeral:
        plain_words = [w for w in plain_words if w not in after_numeral]
        word_alt = literal_alternation(plain_words, bounded)
        numeral_chars = "".join(sorted({ch for w, (k, _) in words.items() if k in ("atom", "mult") for ch in w}
                                       | set("0123456789")))
        word_alt = rf"(?:(?<=[{re.escape(numeral_chars)}]){literal_alternation(after_numeral, bounded)}|{word_alt})"
    if not_before:
        guarded_words = "|".join(
            rf"{literal_alternation([w], bounded)}(?!(?:{gap}){alternation(after, bounded)})"
            for w, after in sorted(not_before.items(), key=lambda kv: -len(kv[0]))
            if w in words
        )
        word_alt = f"(?:{guarded_words}|{word_alt})"
    la_alt = ""
    if lookahead_only:
        la_alt = "|" + literal_alternation(sorted(lookahead_only), bounded) + rf"(?=(?:{gap}){follow})"
    token_alts = [rf"(?P<arabic>{arabic_tok})", rf"(?P<word>{word_alt}{la_alt})"]
    if fnum:
        token_alts.append(rf"(?P<fnum>{alternation(fnum, bounded)})")
    if fden:
        token_alts.append(rf"(?P<fden>{alternation(fden, bounded)})")
    token = "(?:" + "|".join(token_alts) + ")"
    token_plain = re.sub(r"\(\?P<\w+>", "(?:", token)
    neg = (
        r"(?:(?<![\w.,\-/])-[ ]?(?=[0-9.,])|"
        + literal_alternation([w for w, (k, _) in words.items() if k == "neg"], bounded)
        + r"[ \t]*)"
    )
    slash = ""
    if num.slash_fractions:
        slash = rf"|(?<![0-9/]){digit}+(?:[ ]+{digit}+)?[ ]*/[ ]*{digit}+(?![0-9/])"
    run = rf"(?:{neg})?(?:{token_plain}(?:(?:{gap}){token_plain})*{slash})"
    run = (
        rf"(?:(?<![0-9/])(?:{neg})?{digit}+(?:[ ]+{digit}+)?[ ]*/[ ]*{digit}+(?![0-9/])|{run})"
        if slash
        else run
    )

    hedge_before, hedge_groups = _named_alternation("hb", hedges.before, bounded)
    hedge_before2, hedge_groups2 = _named_alternation("hw", hedges.before, bounded)
    hedge_groups.update(hedge_groups2)
    prefix_table = {str(k): [str(x) for x in v] for k, v in units.prefix.items()}
    cur_alt, currency_groups = _named_alternation("cp", prefix_table, False)
    mult_prefix = {str(k).lower(): str(v) for k, v in num.multiple_prefix.items()}
    mpre = literal_alternation(list(mult_prefix), bounded) if mult_prefix else "(?!)"
    ppre = alternation(num.percent_prefix, bounded) if num.percent_prefix else "(?!)"
    multiple_words = {str(k).lower(): _dec(v) for k, v in num.multiple_words.items()}
    mw = literal_alternation(list(multiple_words), bounded) if multiple_words else "(?!)"
    hgap = r"[ \t]*" if not bounded else r"\s+"
    cgap = r"[ \t]?"
    span_words = {str(k).lower(): _dec(v) for k, v in num.span_words.items()}
    span_leads = {str(k).lower(): _dec(v) for k, v in num.span_leads.items()}
    span_lead_re = None
    if span_words:
        hedge_lead, lead_groups = _named_alternation("hs", hedges.before, bounded)
        hedge_groups_extra = lead_groups
        leads = literal_alternation(list(span_leads), bounded) if span_leads else "(?!)"
        span_lead_re = re.compile(rf"(?:(?:{hedge_lead}){hgap})?(?:(?P<lead>{leads}){hgap})?\Z", flags)
    else:
        hedge_groups_extra = {}
    hedge_groups.update(hedge_groups_extra)

    # not-claims by reason ("year", "date", "phone", "list", ...): {reason: [regex, ...]}
    by_reason: dict[str, list[str]] = {str(reason): [str(p) for p in pats] for reason, pats in notc.patterns.items()}
    by_reason.setdefault("other", []).append(r"\[\s*\d{1,3}\s*\]")  # citation marks
    by_reason.setdefault("code", []).append(r"[\"“”‘’'「」『』《》]\d+[\"“”‘’'「」『』《》]")  # quoted codes
    by_reason.setdefault("list", []).append(r"(?<![0-9.,])0\d(?![0-9.,])")  # list labels "01", "02"
    by_reason.setdefault("year", []).append(
        r"(?<![0-9.,])(?:1[89]|20)\d{2}\s*[-–]\s*(?:1[89]|20)\d{2}(?![0-9])")  # year spans
    by_reason.setdefault("date", []).append(r"(?<![0-9])(?:1[89]|20)\d{2}-\d{1,2}-\d{1,2}(?![0-9])")  # ISO dates
    by_reason.setdefault("code", []).append(r"https?://\S+|www\.\S+")  # URLs
    by_reason.setdefault("code", []).append(r"(?<=[0-9]/)[0-9]+")  # the rest of "1/0", "No. 3/4" after a skipped label
    # A not-claim that can only begin with a digit ("212-555-0143", "12/11/2024") is looked for where a
    # number begins (skip_re, after the master pattern found one), not at every position the master
    # pattern is tried: the master keeps the ones that begin with a word or a mark ("ngày 12", "(3)").
    digits = frozenset("0123456789")

    def digit_initial(pattern: str) -> bool:
        chars = first_chars(pattern, flags)
        return chars is not None and chars <= digits

    word_reasons = {r: [p for p in pats if not digit_initial(p)] for r, pats in by_reason.items()}
    word_reasons = {r: pats for r, pats in word_reasons.items() if pats}
    skip_patterns = [p for pats in word_reasons.values() for p in pats]

    def named(table: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
        src = "|".join(
            f"(?P<sk_{i}>" + "|".join(f"(?:{p})" for p in pats) + ")" for i, pats in enumerate(table.values())
        )
        return src or "(?!)", {f"sk_{i}": reason for i, reason in enumerate(table)}

    skip, skip_reasons = named(word_reasons)
    skip_all, skip_all_reasons = named(by_reason)
    # where a number begins with a digit, only the not-claims that begin with one can match
    digit_reasons = {r: [p for p in pats if digit_initial(p)] for r, pats in by_reason.items()}
    skip_digit, skip_digit_reasons = named({r: pats for r, pats in digit_reasons.items() if pats})
    # codes and model names: "M9", "COVID-19", "VF 3"
    # (a Latin letter or digit may not precede; a Han character may: "问界M8", "小米YU7")
    latin = r"0-9A-Za-z_\u00c0-\u024f\u1e00-\u1eff"
    code = (
        rf"(?<![{latin}$€£¥])[A-Za-z]+-?[0-9]+[A-Za-z0-9]*"
        rf"|(?-i:(?<![{latin}$€£¥])[A-Z]{{1,4}}[ ][0-9]+(?![0-9.,]*[0-9]|[ ]?%))"
    )

    mw_src = rf"(?:(?:{hedge_before2}){hgap})?(?P<mw>{mw})"
    # optional prefixes are left out entirely when the language has none, so that the
    # pattern's possible first characters stay exact (see validator.scan.prefixes.first_chars)
    mpre_src = rf"(?:(?P<mpre>{mpre})[ \t]*)?" if mult_prefix else "(?P<mpre>(?!))?"
    ppre_src = rf"(?:(?P<ppre>{ppre})[ \t]*)?" if num.percent_prefix else "(?P<ppre>(?!))?"
    m_src = (
        rf"(?P<m>(?:(?P<hedge>{hedge_before})[ \t]*)?{mpre_src}{ppre_src}"
        rf"(?:(?P<cur>(?-i:{cur_alt})){cgap})?(?P<num>{run}))"
    )
    master_src = rf"(?P<skip>{skip})|{mw_src}|{m_src}|(?P<code>{code})"
    master = re.compile(gate(master_src, flags, bounded), flags)
    start_words: frozenset[str] | None = None
    skip_words: frozenset[str] = frozenset()
    number_start_words: frozenset[str] = frozenset()
    if bounded:
        # the code alternative begins with any letters; it is found through its digits
        found_skip = [first_words(part, flags) for part in skip_patterns]
        found_num = [first_words(part, flags) for part in (mw_src, m_src)]
        if all(f is not None for f in [*found_skip, *found_num]):
            skip_words = frozenset().union(*[f for f in found_skip if f is not None])
            number_start_words = frozenset().union(*[f for f in found_num if f is not None])
            start_words = skip_words | number_start_words
    # The same pattern with only the number alternatives, and with only the not-claims (the group
    # names kept): where a word can begin only one kind of match, only that kind is tried.
    # (an alternative that begins with "(?!)" fails at once and keeps its groups: the matches have the
    # same groups as the master's)
    none = "(?!)"
    master_num = re.compile(gate(rf"{none}(?P<skip>{skip})|{mw_src}|{m_src}|(?P<code>{code})", flags, bounded), flags)
    master_skip = re.compile(
        gate(rf"(?P<skip>{skip})|{none}{mw_src}|{none}{m_src}|{none}(?P<code>{code})", flags, bounded), flags
    )
    digits_start_skip = bool((first_chars(skip, flags) or frozenset("0")) & frozenset("0123456789"))
    start_chars = first_chars(master_src, flags)
    # every match holds a digit or one of these words (see numerals._matches)
    number_words = frozenset(
        part for w in [*words, *multiple_words] for part in re.findall(r"[^\W\d_]+", w.lower())
    )
    slash_tok = (
        rf"(?P<slashf>(?<![0-9/]){digit}+(?:[ ]+{digit}+)?[ ]*/[ ]*{digit}+(?![0-9/]))|" if slash else ""
    )
    token_re = re.compile(rf"(?P<negt>{neg})|{slash_tok}{token}", flags)

    unit_table = units.words
    unit_alt, unit_groups = _named_alternation("u", unit_table, bounded)
    measure_alt, measure_groups = _named_alternation("mw", units.measure_words, bounded)
    unit_groups.update(measure_groups)
    fillers = num.unit_fillers
    filler = rf"(?:{literal_alternation(fillers, bounded)}\s+)?" if fillers else ""
    pts = alternation(num.points_suffix, bounded)
    pct = alternation(num.percent_suffix, bounded)
    msuf = alternation(num.multiple_suffix, bounded)
    # "12-cent", "two-year": a hyphen may join number and unit in cased scripts
    sgap = r"(?:-|[ \t\u00a0]*)" if bounded else r"[ \t\u00a0]*"
    # "三成" (three tenths: 30%), "八折" (a price of eight tenths: a 0.8 price ratio)
    tenth_alt, tenth_groups = _named_alternation("tn", {str(k): v for k, v in num.tenths_suffix.items()}, bounded)
    tenth_src = rf"(?P<tenth>{tenth_alt})|" if num.tenths_suffix else ""
    suffix_re = re.compile(
        rf"{sgap}(?:(?P<pts>{pts})|(?P<pct>{pct})|(?P<mult>{msuf})|{tenth_src}(?P<measure>{measure_alt})"
        rf"|{filler}(?P<unit>{unit_alt}))",
        flags,
    )
    # per-unit prices and rates: the denominator stays in the unit ("VND/kg"), so a price is never
    # added to an amount; after a slash any denominator, after a word ("per", "a") goods only
    per = units.per_unit
    per_groups: dict[str, str] = {}
    per_slash_re = per_word_re = per_before_re = None
    goods, times = per.goods, per.time
    if goods or times:
        every = {**goods, **{k: [*goods.get(k, []), *v] for k, v in times.items()}}
        every_alt, every_groups = _named_alternation("pd", every, bounded)
        per_groups.update(every_groups)
        per_slash_re = re.compile(rf"[ \t]*/[ \t]*(?:{every_alt})", flags)
    if goods and per.words:
        goods_alt, goods_groups = _named_alternation("pg", goods, bounded)
        per_groups.update(goods_groups)
        per_word_re = re.compile(rf"[ \t]*(?:{literal_alternation(per.words, bounded)})[ \t]*(?:{goods_alt})", flags)
    if goods and per.before:
        before_alt, before_groups = _named_alternation("pb", goods, bounded)
        per_groups.update(before_groups)
        per_before_re = re.compile(
            rf"(?:{literal_alternation(per.before, bounded)})[ \t]*(?:{before_alt})[ \t]*\Z", flags)
    # "800m euros": a lower-case money suffix is million where a currency word follows
    money_scale_re = None
    currency_words = [w for k, ws in unit_table.items() if k in set(units.currencies) for w in ws]
    if money_suffix_scales and currency_words:
        money_scale_re = re.compile(
            "(?-i:" + "|".join(re.escape(x) for x in sorted(money_suffix_scales, key=len, reverse=True)) + ")"
            + rf"(?=[ \t]*(?:{alternation(currency_words, bounded)}))",
            flags,
        )
    ha = hedges.after
    ha_alt, ha_groups = _named_alternation("ha", ha, bounded)
    hedge_groups.update(ha_groups)
    hedge_after_re = re.compile(rf"{sgap}(?:{ha_alt})", flags)
    ra = {str(k): str(v) for k, v in num.reading_after.items()}
    reading_after_re = None
    if ra:
        ra_alt, ra_groups = _named_alternation("ra", {v: [] for v in ra.values()}, bounded)
        tbl: dict[str, list[str]] = {}
        for w, r in ra.items():
            tbl.setdefault(r, []).append(w)
        ra_alt, ra_groups = _named_alternation("ra", tbl, bounded)
        hedge_groups.update(ra_groups)
        reading_after_re = re.compile(rf"\s*(?:{ra_alt})", flags)
    nouns = units.nouns
    noun_re = None
    if nouns:
        n_alt, n_groups = _named_alternation("n", nouns, bounded)
        unit_groups.update(n_groups)
        noun_re = re.compile(n_alt, flags)

    rng = num.ranges
    # a range's words ("to", "đến"): between spaces, or like a dash where words are not spaced ("5至10")
    range_words = lex.comparison.words("range")
    sym = [re.escape(str(c)) for c in [*rng.connectors, *([] if bounded else range_words)]]
    range_sym_re = re.compile(rf"[ \t]*(?:{'|'.join(sym) or '(?!)'})[ \t]*\Z", flags)
    # a mark left open on the first end ("8- to 16-meter": the unit is written once, on the last)
    open_end = literal_alternation(rng.open_ends, False) if rng.open_ends else ""
    range_word_re = re.compile(
        rf"{open_end}{'?' if open_end else ''}\s+{literal_alternation(range_words if bounded else [], bounded)}\s+\Z",
        flags,
    )
    pair_starts = {str(k): str(v) for k, v in rng.pair_starts.items()}
    pair_start_re = (
        re.compile(rf"{literal_alternation(list(pair_starts), bounded)}\s*\Z", flags) if pair_starts else None
    )
    cs = lex.comparison.words("from")
    change_start_re = re.compile(rf"{literal_alternation(cs, bounded)}\s*\Z", flags) if cs else None
    cv = rng.change_verbs
    change_verb_re = re.compile(literal_alternation(cv, bounded), flags) if cv else None
    # a number right after a change verb is the change's size ("edged up 0.1% to 4.7%"): no range start
    cl = rng.change_links or []
    change_verb_before_re = (
        re.compile(rf"{literal_alternation(cv, bounded)}\s+(?:{literal_alternation(cl, bounded)}\s+)?\Z", flags)
        if cv and rng.change_links is not None
        else None
    )

    fraction_scale_re = None
    if num.fraction_scale_links is not None:
        links = literal_alternation(num.fraction_scale_links, bounded)
        scale_alt = literal_alternation([w for w, (k, _) in words.items() if k == "scale"], bounded)
        fraction_scale_re = re.compile(rf"\s+(?:{links}\s+)?(?P<scale>{scale_alt})", flags)

    pm_words = num.plus_minus
    plus_minus_re = (
        re.compile(rf"[ \t]*{alternation(pm_words, bounded)}[ \t]*(?P<pm>{arabic})", flags) if pm_words else None
    )

    digit_words = [w for w, (k, v) in words.items() if k == "atom" and 1 <= v <= 9]
    part_digit = rf"(?P<d>[1-9][0-9]?(?![0-9])|{literal_alternation(digit_words, bounded)})"
    part_joiners = units.money_part_joiners
    part_join = rf"(?:{literal_alternation(part_joiners, bounded)})?" if part_joiners else ""
    money_parts_re: dict[str, re.Pattern[str]] = {}
    money_part_values: dict[str, Decimal] = {}
    for k, (unit_key, shares) in enumerate(units.money_parts.items()):
        by_value: dict[str, list[str]] = {}
        for frag, share in shares.items():
            by_value.setdefault(str(share), []).append(str(frag))
        part_alt, part_groups = _named_alternation(f"p{k}_", by_value, bounded)
        money_part_values.update({name: _dec(v) for name, v in part_groups.items()})
        money_parts_re[str(unit_key)] = re.compile(rf"[ \t]*{part_join}[ \t]*{part_digit}[ \t]*{part_alt}", flags)

    clipped = frozenset(str(u) for u in units.money_clipped)
    # the clipped digit ends the phrase: "三块五花肉" is three pieces of pork belly
    money_clipped_re = (
        re.compile(rf"[ \t]*(?P<d>[1-9]|{literal_alternation(digit_words, bounded)})(?![0-9\u3400-\u9fff%‰.,])", flags)
        if clipped else None
    )
    ell = num.ellipsis
    yr = notc.year_range
    return Grammar(
        language=language,
        flags=flags,
        master=master,
        token_re=token_re,
        suffix_re=suffix_re,
        hedge_after_re=hedge_after_re,
        reading_after_re=reading_after_re,
        reading_before={str(k): str(v) for k, v in num.reading_before.items()},
        noun_re=noun_re,
        noun_window=units.noun_window,
        range_sym_re=range_sym_re,
        range_word_re=range_word_re,
        pair_start_re=pair_start_re,
        pair_joiners=list(pair_starts.values()),
        change_start_re=change_start_re,
        change_verb_re=change_verb_re,
        change_verb_before_re=change_verb_before_re,
        words=words,
        restricted=restricted,
        lone_digit_needs_unit=num.lone_digit_needs_unit,
        ellipsis_all=ell == "all",
        ellipsis_words=frozenset(str(w).lower() for w in ell) if isinstance(ell, list) else frozenset(),
        group_mark=g,
        decimal_mark=d,
        suffix_scales=suffix_scales,
        money_suffix_scales=money_suffix_scales,
        approx_kinds=approx_kinds,
        hedge_groups=hedge_groups,
        unit_groups=unit_groups,
        currency_groups=currency_groups,
        currencies=frozenset(str(c) for c in units.currencies),
        multiple_prefix=mult_prefix,
        multiple_words=multiple_words,
        span_words=span_words,
        span_re=re.compile(literal_alternation(list(span_words), bounded), flags) if span_words else None,
        span_lead_re=span_lead_re,
        span_leads=span_leads,
        year_range=(int(yr[0]), int(yr[1])),
        scale_values={w: v for w, (k, v) in words.items() if k in ("scale", "mult")},
        zero_alone=frozenset(str(w).lower() for w in num.zero_alone),
        start_words=start_words,
        start_chars=start_chars,
        number_words=number_words,
        plus_minus_re=plus_minus_re,
        fraction_scale_re=fraction_scale_re,
        money_parts_re=money_parts_re,
        money_part_values=money_part_values,
        skip_reasons=skip_reasons,
        money_clipped=clipped,
        money_clipped_re=money_clipped_re,
        money_clipped_after=frozenset(str(w) for w in units.money_clipped_after),
        skip_re=guarded(re.compile(skip_all, flags)),
        master_num=master_num,
        master_skip=master_skip,
        skip_words=skip_words,
        number_start_words=number_start_words,
        digits_start_skip=digits_start_skip,
        skip_re_reasons=skip_all_reasons,
        skip_digit_re=guarded(re.compile(skip_digit, flags)),
        skip_digit_reasons=skip_digit_reasons,
        articles=frozenset(str(w).lower() for w in num.articles),
        period_denominators=frozenset(str(w).lower() for w in num.period_denominators),
        counted_after_re=(
            re.compile(rf"(?:{alternation(num.counted_after, bounded)})\s+\Z", flags) if num.counted_after else None
        ),
        out_of_re=re.compile(rf"(?:{literal_alternation(hedges.out_of, bounded)})\Z", flags) if hedges.out_of else None,
        counted_within_re=(
            re.compile(rf"(?:{alternation(num.counted_within, bounded)})\s+\Z", flags) if num.counted_within else None
        ),
        digits_after_scale=num.digits_after_scale,
        fraction_links=tuple(
            (
                re.compile(rf"(?:{fl.before})\s*\Z", flags) if fl.before else None,
                re.compile(fl.link, flags),
                fl.order,
                re.compile(fl.end, flags) if fl.end else None,
            )
            for fl in num.fraction_links
        ),
        gap_re=re.compile(rf"(?:{gap})\Z", flags),
        tenth_groups=tenth_groups,
        per_slash_re=per_slash_re,
        per_word_re=per_word_re,
        per_before_re=per_before_re,
        per_groups=per_groups,
        money_scale_re=money_scale_re,
    )


# ---------------------------------------------------------------------------------------------
# Arabic numerals


def parse_arabic(text: str, gm: Grammar, money: bool) -> tuple[Decimal, Decimal, Decimal] | None:
    """``"12,866"`` (vi) -> (12.866, 0.001, scale suffix).  Precision ignores trailing zeros of
    integers ("100.000" -> 100000) but keeps written decimals ("70,50" -> 0.01)."""
    t = text.strip()
    scale = ONE
    if t[-1:] in VULGAR_FRACTIONS and t[:-1].isdigit():
        numerator, denominator = VULGAR_FRACTIONS[t[-1]]
        # "2½ million": written to the nearest half
        return Decimal(t[:-1]) + Decimal(numerator) / denominator, ONE / denominator, ONE
    for sfx in sorted(list(gm.suffix_scales) + list(gm.money_suffix_scales), key=len, reverse=True):
        if t.endswith(sfx) and len(t) > len(sfx) and (t[-len(sfx) - 1].isdigit()):
            if sfx in gm.suffix_scales:
                scale = gm.suffix_scales[sfx]
            elif money:
                scale = gm.money_suffix_scales[sfx]
            else:
                return None
            t = t[: -len(sfx)]
            break
    t = re.sub(r"[\u202f\u00a0\u2009]", "", t)
    if " " in t and re.fullmatch(r"[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]+)?", t):
        t = t.replace(" ", "")  # "10 000": space-grouped thousands
    exp = re.fullmatch(r"([0-9.,]+)[eE]([+-]?[0-9]+)", t)
    if exp is not None:  # scientific notation: "1.3e6"
        inner = parse_arabic(exp.group(1), gm, money)
        if inner is None or abs(int(exp.group(2))) > 30:
            return None
        shift = int(exp.group(2))
        return inner[0].scaleb(shift), inner[1].scaleb(shift), inner[2]
    g, d = gm.group_mark, gm.decimal_mark
    if re.fullmatch(rf"[0-9]{{1,3}}(?:{re.escape(g)}[0-9]{{3}})+(?:{re.escape(d)}[0-9]+)?", t):
        t = t.replace(g, "")
    elif g in t and d not in t and re.fullmatch(rf"[0-9]+{re.escape(g)}[0-9]{{1,2}}", t):
        t = t.replace(g, d)  # the other convention's decimal mark ("1.5" in vi, "1,3" in en)
    if not re.fullmatch(rf"[0-9]*(?:{re.escape(d)}[0-9]+)?", t) or not t or t == d:
        return None
    intpart, _, frac = t.partition(d)
    value = Decimal((intpart or "0") + ("." + frac if frac else ""))
    if frac:
        prec = Decimal(1).scaleb(-len(frac))
    else:
        stripped = intpart.lstrip("0")
        tz = len(stripped) - len(stripped.rstrip("0")) if stripped else 0
        prec = Decimal(1).scaleb(tz)
    return value, prec, scale


def generic_precision(value: Decimal) -> Decimal:
    """Step of the last non-zero digit of ``value`` (1 for zero)."""
    if value == 0:
        return ONE
    exp = value.normalize().as_tuple().exponent
    assert isinstance(exp, int)
    return Decimal(1).scaleb(exp)


# ---------------------------------------------------------------------------------------------
# Numeral runs


def tokenize(norm: str, start: int, end: int, gm: Grammar, money: bool) -> list[Token]:
    toks: list[Token] = []
    for m in gm.token_re.finditer(norm, start, end):
        txt = m.group(0)
        if m.group("negt") is not None:
            toks.append(Token("neg", ZERO, m.start(), m.end(), txt))
        elif m.group("arabic") is not None:
            parsed = parse_arabic(txt, gm, money)
            if parsed is None:
                # lower-case money suffix outside money: keep the digits only
                digits = re.match(r"[0-9.,\u202f\u00a0\u2009]+", txt)
                if digits is None:
                    continue
                parsed = parse_arabic(digits.group(0), gm, money)
                if parsed is None:
                    continue
                txt = digits.group(0)
                toks.append(
                    Token("arabic", parsed[0], m.start(), m.start() + len(txt), txt, parsed[1], parsed[2])
                )
                continue
            toks.append(Token("arabic", parsed[0], m.start(), m.end(), txt, parsed[1], parsed[2]))
        elif m.lastgroup == "slashf":
            toks.append(Token("slash", ZERO, m.start(), m.end(), txt))
        elif m.lastgroup == "fnum":
            toks.append(Token("fnum", ZERO, m.start(), m.end(), txt))
        elif m.lastgroup == "fden":
            toks.append(Token("fden", ZERO, m.start(), m.end(), txt))
        else:
            kind, value = gm.words.get(txt.lower(), ("", ZERO))
            if not kind:
                kind, value = gm.words.get(re.sub(r"\s+", " ", txt.lower()), ("", ZERO))
            if kind:
                toks.append(Token(kind, value, m.start(), m.end(), txt))
    return toks


@dataclass(slots=True)
class _Int:
    value: Decimal
    end_index: int
    end: int
    prec: Decimal | None  # exact precision when a single arabic atom carries it
    has_digit: bool
    spelled: bool
    scale_word: str | None
    scale: Decimal
    approx: str | None
    n_tokens: int


def _parse_int(toks: list[Token], i: int, gm: Grammar) -> _Int | None:
    """Integer (or decimal arabic) part built from atoms, multipliers and scales."""
    n = len(toks)
    total = ZERO
    seg = ZERO
    pending: Decimal | None = None
    pending_tok: Token | None = None
    pending_tens = False
    last_mult: Decimal | None = None
    last_scale: Decimal | None = None
    prev_kind = ""
    prev_value = ZERO
    after_zero = False
    has_digit = False
    spelled = False
    arabic_prec: Decimal | None = None
    n_arabic = 0
    scale_word: str | None = None
    scale = ONE
    approx: str | None = None
    j = i
    end = toks[i].start
    used = 0

    def flush_pending(ellipsis: bool = True) -> Decimal:
        nonlocal pending
        if pending is None:
            return ZERO
        v = pending
        tok = pending_tok
        if (
            ellipsis
            and tok is not None
            and tok.kind == "atom"
            and prev_before_pending in ("mult", "scale")
            and not zero_before_pending
            and (gm.ellipsis_all or tok.text.lower() in gm.ellipsis_words)
            and v < 10
        ):
            v = v * prev_value_before_pending / 10
        pending = None
        return v

    prev_before_pending = ""
    prev_value_before_pending = ZERO
    zero_before_pending = False

    while j < n:
        t = toks[j]
        if j > i and t.start > toks[j - 1].end and toks[j - 1].kind == "arabic" and t.kind == "arabic":
            break
        low = t.text.lower()
        if t.kind == "zero" and prev_kind == "":
            if low not in gm.zero_alone:
                break  # "linh" (vi) only links places: "một trăm linh năm"; alone it is a word ("linh hoạt")
            t = Token("atom", ZERO, t.start, t.end, t.text)  # "零点五", "零" on its own
        if t.kind in ("atom", "arabic"):
            conds = gm.restricted.get(low) if t.kind == "atom" else None
            if pending is not None:
                if (
                    pending_tens
                    and t.kind == "atom"
                    and t.value < 10
                    and pending % 10 == 0
                    and prev_kind == "atom"
                ):
                    pending += t.value
                    pending_tens = False
                    end = t.end
                    j += 1
                    used += 1
                    prev_kind = "atom"
                    continue
                break
            if conds is not None:
                after_mult = prev_kind in ("mult", "scale", "zero") or (
                    prev_kind == "conn" and j >= 2 and toks[j - 2].kind in ("mult", "scale")  # "hundred and one"
                )
                nxt = toks[j + 1] if j + 1 < n else None
                before_mult = nxt is not None and nxt.kind in ("mult", "scale")
                before_frac = nxt is not None and nxt.kind in ("denom", "fnum", "fword", "fden")
                ok = (
                    (after_mult and "after_multiplier" in conds)
                    or (after_zero and "after_zero_link" in conds)
                    or (before_mult and "before_multiplier" in conds)
                    or (before_frac and "before_fraction" in conds)
                    or (j == i and ("before_unit" in conds or "before_unit_counted" in conds))
                )
                if not ok:
                    break
            if t.kind == "arabic" and prev_kind == "atom":
                break
            smaller_follows = (  # "4 thousand 3 hundred": digits counting a smaller place
                j + 1 < n and toks[j + 1].kind in ("mult", "scale") and toks[j + 1].value < prev_value
            )
            after_scale_and = prev_kind == "conn" and j >= 2 and toks[j - 2].kind == "scale"  # "$5 million and 1-2%"
            if t.kind == "arabic" and (
                (prev_kind in ("scale", "mult") or after_scale_and)
                and (not gm.digits_after_scale and not smaller_follows)
                or (prev_kind in ("scale", "mult") and re.fullmatch(r"(?:1[89]|20)[0-9]{2}", t.text))
            ):
                break  # "the five billion 1987 reserves target", "$5 million 1 January": not one number
            if t.kind == "arabic" and t.value != t.value.to_integral_value() and (
                prev_kind == "mult" or (prev_kind == "conn" and toks[j - 2].kind in ("mult", "scale"))
            ):  # "3 hundred and 2.12 hundred": a decimal starts a number of its own
                break
            prev_before_pending = prev_kind
            prev_value_before_pending = prev_value
            zero_before_pending = after_zero
            pending = t.value * (t.scale_suffix if t.kind == "arabic" else ONE)
            pending_tok = t
            pending_tens = t.kind == "atom" and t.value >= 20 and t.value < 100
            if t.kind == "arabic":
                n_arabic += 1
                arabic_prec = t.prec * t.scale_suffix
                if t.scale_suffix != 1:
                    scale_word = t.text[len(t.text.rstrip("kKMmBbnilTt")) :] or scale_word
                    scale = t.scale_suffix
            else:
                spelled = True
            has_digit = True
            after_zero = False
        elif t.kind == "mult":
            if last_mult is not None and t.value >= last_mult and pending is None:
                break
            if pending is not None and pending_tok is not None and pending_tok.kind == "arabic":
                if pending != pending.to_integral_value() and t.value < 100:
                    break
            base = flush_pending(ellipsis=False) if pending is not None else ONE
            if arabic_prec is not None and pending_tok is not None and pending_tok.kind == "arabic":
                arabic_prec *= t.value
            seg += base * t.value
            last_mult = t.value
            spelled = True
            after_zero = False
        elif t.kind == "scale" and pending is not None and seg > t.value and last_scale is None:
            # a scale smaller than the place before counts only its own figure: "three hundred and two
            # dozen" = 300 + 2 x 12 (the hundreds are not dozens)
            total += seg + flush_pending(ellipsis=False) * t.value
            seg = ZERO
            last_mult = None
            after_zero = False
            arabic_prec = None
        elif t.kind == "scale":
            if total.adjusted() > 60:
                break  # "nghìn nghìn nghìn …" is no quantity: stop long before Decimal overflows
            # "百二萬" = 1.2 million, but "亿四万" is 4 ten-thousands: the dropped place
            # comes from a multiplier, never from a larger scale word
            cur = seg + flush_pending(ellipsis=prev_before_pending == "mult")
            if cur == 0 and total == 0 and not has_digit:
                cur = ONE  # bare scale word: "nghìn", "千"
            if cur == 0:
                if last_scale is not None and t.value >= last_scale:
                    total *= t.value
                else:
                    break
            elif last_scale is None or t.value > last_scale:
                total = (total + cur) * t.value
            else:
                total += cur * t.value
            if arabic_prec is not None:
                arabic_prec *= t.value
            last_scale = t.value if last_scale is None or t.value > last_scale else last_scale
            seg = ZERO
            last_mult = None
            after_zero = False
        elif t.kind == "zero":
            if prev_kind not in ("mult", "scale", "arabic", "atom"):
                break
            after_zero = True
        elif t.kind == "conn":
            nxt = toks[j + 1] if j + 1 < n else None
            if (
                prev_kind not in ("mult", "scale")
                or nxt is None
                or nxt.kind not in ("atom", "arabic", "mult")
            ):
                break
            # "and a half" belongs to the fraction joiner, not to the integer
            if nxt.kind == "atom" and j + 2 < n and toks[j + 2].kind in ("denom", "fword"):
                break
            # "4.12 million and 3.76 million": two numbers, not one; a connector adds only a part smaller than
            # the scale before it ("two million and five thousand" still reads as one)
            if nxt.kind == "arabic" and nxt.value != nxt.value.to_integral_value():
                break
            if last_scale is not None and _scale_after(toks, j + 1) >= last_scale:
                break
        elif t.kind == "chalf" and prev_kind in ("atom", "arabic") and pending is not None:
            pending += Decimal("0.5")  # "五个半(小时)": five and a half
            arabic_prec = None
        elif t.kind == "half" and prev_kind in ("mult", "scale") and pending is None:
            unit = last_mult if prev_kind == "mult" and last_mult is not None else (last_scale or ONE)
            seg += unit / 2
            if arabic_prec is not None:
                arabic_prec = None
        elif t.kind == "approx" and prev_kind in ("mult", "scale", "arabic", "atom"):
            approx = gm.approx_kinds.get(t.text, "over")
        else:
            break
        prev_kind = t.kind
        prev_value = t.value
        end = t.end
        j += 1
        used += 1
    if used == 0:
        return None
    # trailing connector or zero link does not belong to the number
    while j - 1 > i and toks[j - 1].kind in ("conn", "zero") and used > 0:
        j -= 1
        used -= 1
        end = toks[j - 1].end if j > i else toks[i].start
    if used == 0:
        return None
    value = total + seg + flush_pending()
    # the scale words the number ends with ("triệu", "nghìn tỷ", "万亿", "million")
    k = j
    trailing: list[Token] = []
    while k > i and toks[k - 1].kind == "scale":
        trailing.append(toks[k - 1])  # appended and reversed once: inserting at 0 was quadratic
        k -= 1
    trailing.reverse()
    if trailing:
        sep = "" if gm.flags == 0 else " "
        scale_word = sep.join(t.text for t in trailing)
        scale = ONE
        for t in trailing:
            scale *= t.value
    prec = arabic_prec if n_arabic == 1 else None
    if n_arabic == 1 and spelled:
        # "3万4000" mixes: fall back to the generic rule unless only scales followed
        kinds = {toks[k].kind for k in range(i, j)}
        if kinds & {"mult", "atom"}:
            prec = None
    return _Int(value, j, end, prec, has_digit, spelled, scale_word, scale, approx, used)


def _parse_fraction_digits(toks: list[Token], j: int) -> tuple[str, int]:
    """Digits after a decimal word: "五五七九" -> "5579", "seventy-one" -> "71"."""
    digits = ""
    n = len(toks)
    while j < n and toks[j].kind in ("atom", "arabic", "zero"):
        t = toks[j]
        if t.kind == "arabic":
            if not re.fullmatch(r"[0-9]+", t.text):
                break
            digits += t.text
            j += 1
            break
        v = int(t.value)
        if v >= 20 and j + 1 < n and toks[j + 1].kind == "atom" and toks[j + 1].value < 10:
            digits += str(v + int(toks[j + 1].value))
            j += 2
            continue
        digits += str(v)
        j += 1
    return digits, j


def _scale_after(toks: list[Token], i: int) -> Decimal:
    """The value of the scale word that ends the number starting at toks[i] (0 when none does)."""
    while i < len(toks) and toks[i].kind in ("atom", "arabic", "mult", "conn", "zero"):
        i += 1
    return toks[i].value if i < len(toks) and toks[i].kind == "scale" else Decimal(0)


def parse_run(toks: list[Token], gm: Grammar) -> list[Parsed]:
    """Split a run of tokens into numbers, left to right."""
    out: list[Parsed] = []
    i, n = 0, len(toks)
    while i < n:
        res = _parse_one(toks, i, gm)
        if res is None:
            i += 1
            continue
        parsed, j = res
        out.append(parsed)
        i = max(j, i + 1)
    return out


def _slash_value(text: str) -> tuple[Decimal, Decimal] | None:
    m = re.fullmatch(r"\s*(?:([0-9]+)\s+)?([0-9]+)\s*/\s*([0-9]+)\s*", text)
    if not m:
        return None
    whole = Decimal(m.group(1) or 0)
    num, den = Decimal(m.group(2)), Decimal(m.group(3))
    if den == 0:
        return None
    return whole + num / den, ZERO


def _parse_one(toks: list[Token], i: int, gm: Grammar) -> tuple[Parsed, int] | None:
    n = len(toks)
    neg = False
    start = toks[i].start
    if toks[i].kind == "neg":
        if i + 1 >= n:
            return None
        neg = True
        i += 1
    t0 = toks[i]
    if t0.kind == "slash":
        sv = _slash_value(t0.text)
        if sv is None:
            return None
        v = -sv[0] if neg else sv[0]
        return Parsed(v, ZERO, start, t0.end, kind="fraction"), i + 1
    if t0.kind == "fword":
        v = t0.value
        j = i + 1
        # "half a million", "nửa triệu"
        while (
            j < n
            and toks[j].kind in ("scale", "atom")
            and (toks[j].kind == "scale" or toks[j].text.lower() in ("a", "an"))
        ):
            if toks[j].kind == "scale":
                v *= toks[j].value
            j += 1
        if toks[j - 1].kind == "atom":
            j -= 1
        end = toks[j - 1].end
        kind = "fraction" if v < 1 else "number"
        # "half a million", "⅓ million": a fraction of a scale word is good to one figure
        fprec = ZERO if v < 1 else ONE.scaleb(v.adjusted()) if j > i + 1 else generic_precision(v)
        return Parsed(-v if neg else v, fprec, start, end, kind=kind), j
    if t0.kind == "denom" and i + 1 < n and toks[i + 1].kind == "scale":
        # "quarter million": a denominator word before a scale word is one part of it, to one figure
        v = toks[i + 1].value / t0.value
        return Parsed(-v if neg else v, ONE.scaleb(v.adjusted()), start, toks[i + 1].end), i + 2
    ip = _parse_int(toks, i, gm)
    if ip is None:
        # zh "分之" with the denominator written as a bare multiplier: "百分之" handled upstream
        return None
    value = ip.value
    prec = ip.prec
    j = ip.end_index
    end = ip.end
    kind = "number"
    scale_word = ip.scale_word
    scale = ip.scale
    lone = None
    if ip.n_tokens == 1 and toks[i].kind == "atom":
        lone = toks[i].text.lower()
    # decimal words: "七点五", "two point two million", "hai phẩy 23"
    decimal_part = False
    if j + 1 < n and toks[j].kind == "dec" and toks[j + 1].kind in ("atom", "arabic", "zero"):
        digits, k = _parse_fraction_digits(toks, j + 1)
        if digits:
            decimal_part = True
            value = value + Decimal("0." + digits)
            prec = Decimal(1).scaleb(-len(digits))
            end = toks[k - 1].end
            j = k
            lone = None
            while j < n and toks[j].kind == "scale":
                value *= toks[j].value
                prec *= toks[j].value
                scale *= toks[j].value
                scale_word = toks[j].text
                end = toks[j].end
                j += 1
    # fractions
    if j < n and toks[j].kind == "fnum" and j + 1 < n:
        den = _parse_int(toks, j + 1, gm)
        if den is not None and den.value != 0 and den.has_digit:
            value = value / den.value
            prec, kind, end, j, lone = ZERO, "fraction", den.end, den.end_index, None
    elif j < n and toks[j].kind == "fden" and j + 1 < n:
        numer = _parse_int(toks, j + 1, gm)
        if numer is not None and value != 0:
            nv = numer.value
            k = numer.end_index
            nend = numer.end
            if k + 1 < n and toks[k].kind == "dec" and toks[k + 1].kind in ("atom", "arabic"):
                digits, k2 = _parse_fraction_digits(toks, k + 1)
                if digits:
                    nv += Decimal("0." + digits)
                    nend = toks[k2 - 1].end
                    k = k2
            value = nv / value
            prec, kind, end, j, lone = ZERO, "fraction", nend, k, None
    elif (
        j < n
        and toks[j].kind == "denom"
        and value == value.to_integral_value()
        and 0 < value
        and (value < toks[j].value or toks[j].text.lower() not in gm.period_denominators)
    ):
        # a denominator that also names a period is a fraction only below one: "three quarters" is 3/4,
        # "six quarters" six (fiscal) quarters; "twenty-three fifths" is 4.6
        den_t = toks[j]
        value = value / den_t.value
        prec, kind, end, j, lone = ZERO, "fraction", den_t.end, j + 1, None
    elif (
        j < n
        and toks[j].text in VULGAR_FRACTIONS
        and toks[j - 1].kind == "arabic"
        and value == value.to_integral_value()
        and toks[j].start - end <= 1
    ):
        # "1 ½ cups": a whole number and a fraction character
        value = value + toks[j].value
        prec, end, j, lone = ONE / VULGAR_FRACTIONS[toks[j].text][1], toks[j].end, j + 1, None
    elif j < n and toks[j].kind == "fword" and value == 1:
        value = toks[j].value
        prec, kind, end, j, lone = ZERO, "fraction", toks[j].end, j + 1, None
    # joined fraction: "三百五又三分之一", "one and a half", "two and three quarters"
    # ("and half" without its article is no part of the number: "44 million and half lives below ...")
    if j + 1 < n and toks[j].kind in ("join", "conn") and kind == "number" and not (
        toks[j].kind == "conn" and toks[j + 1].kind == "fword"
    ):
        sub = _parse_one(toks, j + 1, gm)
        if sub is not None and sub[0].kind == "fraction" and sub[0].value < 1:
            frac = sub[0].value
            prec, kind, end, j, lone = ZERO, "number", sub[0].end, sub[1], None
            if ip.scale_word is not None:
                # "3 million and a half" = 3.5 million; "one billion and a half million"
                if j < n and toks[j].kind == "scale":
                    frac *= toks[j].value
                    end = toks[j].end
                    j += 1
                else:
                    frac *= ip.scale
                value = value + frac
            else:
                value = value + frac
                # "one and a half million"
                while j < n and toks[j].kind == "scale":
                    value *= toks[j].value
                    scale_word = toks[j].text
                    end = toks[j].end
                    j += 1
            prec = generic_precision(value) if value == value.to_integral_value() else ZERO
    if prec is None:
        if value == value.to_integral_value() and ip.spelled and not ip.scale_word and value < 20:
            prec = ONE
        elif value == value.to_integral_value():
            prec = generic_precision(value)
        else:
            prec = generic_precision(value)
    if neg:
        value = -value
    plain = None
    if ip.n_tokens == 1 and toks[i].kind == "arabic" and re.fullmatch(r"[0-9]+", toks[i].text):
        plain = toks[i].text
    return (
        Parsed(
            value=value,
            precision=prec,
            start=start,
            end=end,
            kind=kind,
            scale_word=scale_word,
            scale=scale,
            bare=not ip.has_digit and ip.n_tokens == 1 and kind != "fraction" and not decimal_part,
            lone_word=lone,
            spelled=ip.spelled,
            approx=ip.approx,
            arabic_only=not ip.spelled,
            plain_digits=plain,
        ),
        j,
    )
