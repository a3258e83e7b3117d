"""Regular-expression pieces the numeral grammar is compiled from: alternations of words, a language's
arabic numerals and numeral runs, its not-claims, and the one master pattern that finds them all.

`validator.extract.numerals.grammar` puts these together into a `Grammar`; nothing here knows a language
but through the lexicon handed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from validator.extract.numerals.text import VULGAR_FRACTIONS, ZERO
from validator.lexicon import Lexicon
from validator.scan import compiled
from validator.scan.multiscan import guarded_source
from validator.scan.prefixes import first_chars, first_words, gate

DIGIT = "[0-9]"


def _ends_alnum(fragment: str) -> bool:
    core = re.sub(r"\\.", "x", fragment).rstrip("?)")
    return bool(core) and core[-1].isalnum()


def alternation(fragments: list[str], bounded: bool) -> str:
    """One regex alternative per fragment, longest first; word boundaries where bounded."""
    parts = []
    for frag in sorted({str(f) for f in fragments}, key=lambda f: (-len(f), f)):  # the same pattern in every run
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


def named_alternation(prefix: str, table: dict[str, list[str]], bounded: bool) -> tuple[str, dict[str, str]]:
    """One named group per key of ``table`` (``<prefix><i>``), and which key each group name stands for."""
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


def dec(v: Any) -> Decimal:
    return Decimal(str(v))


@dataclass
class Base:
    """What every part of a language's grammar is built from; the group tables fill as parts are built."""

    language: str
    lex: Lexicon
    words: dict[str, tuple[str, Decimal]]  # lower-cased word -> (kind, value)
    hedge_groups: dict[str, str] = field(default_factory=dict)  # regex group name -> hedge kind
    unit_groups: dict[str, str] = field(default_factory=dict)  # regex group name -> unit key

    @property
    def bounded(self) -> bool:
        return self.lex.word_boundaries

    @property
    def flags(self) -> int:
        return re.IGNORECASE if self.bounded else 0

    @property
    def gap(self) -> str:
        return self.lex.numerals.token_gap

    def alt(self, fragments: list[str]) -> str:
        return alternation(fragments, self.bounded)

    def lit(self, words: list[str]) -> str:
        return literal_alternation(words, self.bounded)

    def named(self, prefix: str, table: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
        return named_alternation(prefix, table, self.bounded)

    def compile(self, source: str) -> re.Pattern[str]:
        return compiled.compile(source, self.flags)

    def of_kind(self, *kinds: str) -> list[str]:
        return [w for w, (k, _) in self.words.items() if k in kinds]


def word_table(lex: Lexicon) -> dict[str, tuple[str, Decimal]]:
    """Every numeral word of the language, lower-cased: (token kind, value)."""
    num = lex.numerals
    words: dict[str, tuple[str, Decimal]] = {}

    def add(kind: str, table: Any) -> None:
        if isinstance(table, dict):
            for w, v in table.items():
                words[str(w).lower()] = (kind, dec(v))
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
    add("approx", [str(k) for k in num.approx_infix])
    return words


def arabic(group_mark: str, decimal_mark: str) -> str:
    """Digits as the language groups them, with its decimal mark (or the other convention's)."""
    G, D, digit = re.escape(group_mark), re.escape(decimal_mark), DIGIT
    return (
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


@dataclass(frozen=True)
class Run:
    """The patterns of one numeral run: a token, the run of tokens, a minus sign, and the token pattern
    the tokenizer uses (named groups kept)."""

    arabic: str
    run: str
    token_re: re.Pattern[str]


def _arabic_token(b: Base, plain_arabic: str) -> str:
    """An arabic numeral with its scale suffix ("5k", "$2bn") or a fraction character ("2½")."""
    num = b.lex.numerals
    all_suffix = [str(k) for k in num.suffix_scales] + [str(k) for k in num.money_suffix_scales]
    token = plain_arabic
    if all_suffix:
        sfx = "(?-i:" + "|".join(re.escape(s) for s in sorted(all_suffix, key=len, reverse=True)) + ")(?![A-Za-z])"
        token = rf"{plain_arabic}(?:{sfx})?"
    return rf"(?:{DIGIT}+[{''.join(VULGAR_FRACTIONS)}]|{token})"


def _word_token(b: Base) -> str:
    """The numeral words, with the words that are numerals only in some places guarded."""
    num, words, gap = b.lex.numerals, b.words, b.gap
    restricted = {str(k).lower(): frozenset(str(c) for c in v) for k, v in num.restricted.items()}
    # restricted words that may only precede a multiplier / fraction are checked in the regex,
    # which keeps English "a" from waking the parser at every article.
    lookahead_only = {w for w, conds in restricted.items() if conds <= {"before_multiplier", "before_fraction"}}
    follow = b.lit(b.of_kind("mult", "scale", "denom", "fword"))
    # words that are no numeral before certain words (regexes: "tỷ lệ" a ratio, "triệu phú" a millionaire)
    not_before = {str(k).lower(): [str(x) for x in v] for k, v in num.not_numeral_before.items()}
    plain_words = [w for w in words if w not in lookahead_only and w not in not_before]
    word_alt = b.lit(plain_words)
    # words that are numeral tokens only right after a numeral (zh 打, a dozen: "五打" but not "打造")
    after_numeral = [str(w).lower() for w in num.only_after_numeral if str(w).lower() in words]
    if after_numeral:
        word_alt = b.lit([w for w in plain_words if w not in after_numeral])
        numeral_chars = "".join(sorted({ch for w in b.of_kind("atom", "mult") for ch in w} | set("0123456789")))
        word_alt = rf"(?:(?<=[{re.escape(numeral_chars)}]){b.lit(after_numeral)}|{word_alt})"
    if not_before:
        guarded_words = "|".join(
            rf"{b.lit([w])}(?!(?:{gap}){b.alt(after)})"
            for w, after in sorted(not_before.items(), key=lambda kv: -len(kv[0]))
            if w in words
        )
        word_alt = f"(?:{guarded_words}|{word_alt})"
    la_alt = "|" + b.lit(sorted(lookahead_only)) + rf"(?=(?:{gap}){follow})" if lookahead_only else ""
    return f"{word_alt}{la_alt}"


def numeral_run(b: Base) -> Run:
    """A run of numeral tokens as the master pattern finds it, and the tokenizer's pattern."""
    num, gap = b.lex.numerals, b.gap
    plain_arabic = arabic(num.group_mark, num.decimal_mark)
    token_alts = [rf"(?P<arabic>{_arabic_token(b, plain_arabic)})", rf"(?P<word>{_word_token(b)})"]
    if num.fraction_numerator_first:
        token_alts.append(rf"(?P<fnum>{b.alt(num.fraction_numerator_first)})")
    if num.fraction_denominator_first:
        token_alts.append(rf"(?P<fden>{b.alt(num.fraction_denominator_first)})")
    token = "(?:" + "|".join(token_alts) + ")"
    token_plain = re.sub(r"\(\?P<\w+>", "(?:", token)
    neg = r"(?:(?<![\w.,\-/])-[ ]?(?=[0-9.,])|" + b.lit(b.of_kind("neg")) + r"[ \t]*)"
    slash_src = rf"(?<![0-9/]){DIGIT}+(?:[ ]+{DIGIT}+)?[ ]*/[ ]*{DIGIT}+(?![0-9/])"
    slash = rf"|{slash_src}" if num.slash_fractions else ""
    run = rf"(?:{neg})?(?:{token_plain}(?:(?:{gap}){token_plain})*{slash})"
    if slash:
        run = rf"(?:(?<![0-9/])(?:{neg})?{DIGIT}+(?:[ ]+{DIGIT}+)?[ ]*/[ ]*{DIGIT}+(?![0-9/])|{run})"
    slash_tok = rf"(?P<slashf>{slash_src})|" if slash else ""
    return Run(plain_arabic, run, b.compile(rf"(?P<negt>{neg})|{slash_tok}{token}"))


def _not_claims_by_reason(b: Base) -> dict[str, list[str]]:
    """The language's not-claims by reason ("year", "date", "phone", "list", ...), and a few of every script."""
    notc = b.lex.not_claims
    by_reason: dict[str, list[str]] = {str(reason): [str(p) for p in pats] for reason, pats in notc.patterns.items()}
    by_reason.setdefault("other", []).append(r"\[\s*\d{1,3}\s*\]")  # citation marks
    by_reason.setdefault("code", []).append(r"[\"“”‘’'「」『』《》]\d+[\"“”‘’'「」『』《》]")  # quoted codes
    by_reason.setdefault("list", []).append(r"(?<![0-9.,])0\d(?![0-9.,])")  # list labels "01", "02"
    by_reason.setdefault("year", []).append(
        r"(?<![0-9.,])(?:1[89]|20)\d{2}\s*[-–]\s*(?:1[89]|20)\d{2}(?![0-9])")  # year spans
    by_reason.setdefault("date", []).append(r"(?<![0-9])(?:1[89]|20)\d{2}-\d{1,2}-\d{1,2}(?![0-9])")  # ISO dates
    by_reason.setdefault("code", []).append(r"https?://\S+|www\.\S+")  # URLs
    by_reason.setdefault("code", []).append(r"(?<=[0-9]/)[0-9]+")  # the rest of "1/0", "No. 3/4" after a skipped label
    return by_reason


def _named_reasons(table: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
    src = "|".join(
        f"(?P<sk_{i}>" + "|".join(f"(?:{p})" for p in pats) + ")" for i, pats in enumerate(table.values())
    )
    return src or "(?!)", {f"sk_{i}": reason for i, reason in enumerate(table)}


@dataclass(frozen=True)
class NotClaims:
    """The not-claims: those the master pattern looks for (they begin with a word or a mark), and every one
    and those that begin with a digit, looked for where a number begins."""

    master_src: str
    master_reasons: dict[str, str]
    master_parts: list[str]  # one pattern a not-claim, for the words they begin with
    fields: dict[str, Any]


def not_claims(b: Base) -> NotClaims:
    # A not-claim that can only begin with a digit ("212-555-0143", "12/11/2024") is looked for where a
    # number begins (skip_re, after the master pattern found one), not at every position the master
    # pattern is tried: the master keeps the ones that begin with a word or a mark ("ngày 12", "(3)").
    by_reason = _not_claims_by_reason(b)
    digits = frozenset("0123456789")

    initial: dict[str, bool] = {}  # each pattern is asked about twice, and reading its first characters parses it

    def digit_initial(pattern: str) -> bool:
        found = initial.get(pattern)
        if found is None:
            chars = first_chars(pattern, b.flags)
            found = initial[pattern] = chars is not None and chars <= digits
        return found

    word_reasons = {r: [p for p in pats if not digit_initial(p)] for r, pats in by_reason.items()}
    word_reasons = {r: pats for r, pats in word_reasons.items() if pats}
    skip, skip_reasons = _named_reasons(word_reasons)
    skip_all, skip_all_reasons = _named_reasons(by_reason)
    # where a number begins with a digit, only the not-claims that begin with one can match
    digit_reasons = {r: [p for p in pats if digit_initial(p)] for r, pats in by_reason.items()}
    skip_digit, skip_digit_reasons = _named_reasons({r: pats for r, pats in digit_reasons.items() if pats})
    return NotClaims(skip, skip_reasons, [p for pats in word_reasons.values() for p in pats], {
        "skip_reasons": skip_reasons,
        "skip_re": guarded_source(skip_all, b.flags),
        "skip_re_reasons": skip_all_reasons,
        "skip_digit_re": guarded_source(skip_digit, b.flags),
        "skip_digit_reasons": skip_digit_reasons,
        "digits_start_skip": bool((first_chars(skip, b.flags) or frozenset("0")) & digits),
    })


# codes and model names: "M9", "COVID-19", "VF 3"
# (a Latin letter or digit may not precede; a Han character may: "问界M8", "小米YU7")
_LATIN = r"0-9A-Za-z_\u00c0-\u024f\u1e00-\u1eff"
CODE = (
    rf"(?<![{_LATIN}$€£¥])[A-Za-z]+-?[0-9]+[A-Za-z0-9]*"
    rf"|(?-i:(?<![{_LATIN}$€£¥])[A-Z]{{1,4}}[ ][0-9]+(?![0-9.,]*[0-9]|[ ]?%))"
)


def master(b: Base, skip: NotClaims, multiple_word: str, number: str) -> dict[str, Any]:
    """The master pattern (a not-claim, a multiple word, a number, or a code), the same with only its number
    alternatives and with only its not-claims, and the words and characters a match can begin with."""
    flags, bounded, none = b.flags, b.bounded, "(?!)"
    src = rf"(?P<skip>{skip.master_src})|{multiple_word}|{number}|(?P<code>{CODE})"
    start_words: frozenset[str] | None = None
    skip_words: frozenset[str] = frozenset()
    number_start_words: frozenset[str] = frozenset()
    if bounded:
        # the code alternative begins with any letters; it is found through its digits
        found_skip = [first_words(part, flags) for part in skip.master_parts]
        found_num = [first_words(part, flags) for part in (multiple_word, number)]
        if all(f is not None for f in [*found_skip, *found_num]):
            skip_words = frozenset().union(*[f for f in found_skip if f is not None])
            number_start_words = frozenset().union(*[f for f in found_num if f is not None])
            start_words = skip_words | number_start_words
    # The same pattern with only the number alternatives, and with only the not-claims (the group
    # names kept): where a word can begin only one kind of match, only that kind is tried.
    # (an alternative that begins with "(?!)" fails at once and keeps its groups: the matches have the
    # same groups as the master's)
    num_src = rf"{none}(?P<skip>{skip.master_src})|{multiple_word}|{number}|(?P<code>{CODE})"
    skip_src = rf"(?P<skip>{skip.master_src})|{none}{multiple_word}|{none}{number}|{none}(?P<code>{CODE})"
    return {
        "master": compiled.compile(gate(src, flags, bounded), flags),
        "master_num": compiled.compile(gate(num_src, flags, bounded), flags),
        "master_skip": compiled.compile(gate(skip_src, flags, bounded), flags),
        # the same two as the master's four parts with some disabled (see `multiscan.guarded_variants`)
        "master_variants": {"num": (0,), "skip": (1, 2, 3)},
        "start_words": start_words,
        "start_chars": first_chars(src, flags),
        "skip_words": skip_words,
        "number_start_words": number_start_words,
    }
