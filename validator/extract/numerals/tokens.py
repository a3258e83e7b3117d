"""A numeral run cut into tokens: arabic numerals (read in the language's conventions: "12,866" in vi is
12.866), atoms ("năm", "五", "seven"), multipliers, scale words, links, fraction words, signs.

`Token` is one piece; `Parsed` is one number read from the tokens (by `validator.extract.numerals.parse`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from validator.extract.numerals.grammar import Grammar
from validator.extract.numerals.text import ONE, VULGAR_FRACTIONS, ZERO

__all__ = ["Parsed", "Token", "parse_arabic", "tokenize"]


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

_THIN_SPACES = re.compile(r"[\u202f\u00a0\u2009]")
_SPACE_GROUPED = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+(?:[.,][0-9]+)?")
_EXPONENT = re.compile(r"([0-9.,]+)[eE]([+-]?[0-9]+)")
_SUFFIXES: dict[int, tuple[Grammar, list[str]]] = {}


def _suffixes(gm: Grammar) -> list[str]:
    """The grammar's scale suffixes ("k", "tr"), longest first: sorted once per grammar."""
    cached = _SUFFIXES.get(id(gm))
    if cached is None or cached[0] is not gm:
        cached = (gm, sorted(list(gm.suffix_scales) + list(gm.money_suffix_scales), key=len, reverse=True))
        _SUFFIXES[id(gm)] = cached
    return cached[1]


@functools.cache
def _marks(g: str, d: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """For a group mark and a decimal mark: digits grouped in thousands ("12,866.5"), a group mark written as
    the other convention's decimal mark ("1,3"), and plain digits with decimals; compiled once."""
    return (re.compile(rf"[0-9]{{1,3}}(?:{re.escape(g)}[0-9]{{3}})+(?:{re.escape(d)}[0-9]+)?"),
            re.compile(rf"[0-9]+{re.escape(g)}[0-9]{{1,2}}"),
            re.compile(rf"[0-9]*(?:{re.escape(d)}[0-9]+)?"))


def parse_arabic(text: str, gm: Grammar, money: bool) -> tuple[Decimal, Decimal, Decimal] | None:
    """``"12,866"`` (vi) -> (12.866, 0.001, scale suffix).  Precision ignores trailing zeros of
    integers ("100.000" -> 100000) but keeps written decimals ("70,50" -> 0.01)."""
    t = text.strip()
    scale = ONE
    if t[-1:] in VULGAR_FRACTIONS and t[:-1].isdigit():
        numerator, denominator = VULGAR_FRACTIONS[t[-1]]
        # "2½ million": written to the nearest half
        return Decimal(t[:-1]) + Decimal(numerator) / denominator, ONE / denominator, ONE
    for sfx in _suffixes(gm):
        if t.endswith(sfx) and len(t) > len(sfx) and (t[-len(sfx) - 1].isdigit()):
            if sfx in gm.suffix_scales:
                scale = gm.suffix_scales[sfx]
            elif money:
                scale = gm.money_suffix_scales[sfx]
            else:
                return None
            t = t[: -len(sfx)]
            break
    t = _THIN_SPACES.sub("", t)
    if " " in t and _SPACE_GROUPED.fullmatch(t):
        t = t.replace(" ", "")  # "10 000": space-grouped thousands
    exp = _EXPONENT.fullmatch(t)
    if exp is not None:  # scientific notation: "1.3e6"
        inner = parse_arabic(exp.group(1), gm, money)
        if inner is None or abs(int(exp.group(2))) > 30:
            return None
        shift = int(exp.group(2))
        return inner[0].scaleb(shift), inner[1].scaleb(shift), inner[2]
    g, d = gm.group_mark, gm.decimal_mark
    grouped, other_decimal, plain = _marks(g, d)
    if grouped.fullmatch(t):
        t = t.replace(g, "")
    elif g in t and d not in t and other_decimal.fullmatch(t):
        t = t.replace(g, d)  # the other convention's decimal mark ("1.5" in vi, "1,3" in en)
    if not plain.fullmatch(t) or not t or t == d:
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



def tokenize(norm: str, start: int, end: int, gm: Grammar, money: bool) -> list[Token]:
    """The tokens of ``norm[start:end]``, in order (words the grammar does not know are left out)."""
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
            if kind == "atom" and _opens_per_phrase(toks, m.start(), norm, gm):
                break  # "115万一吨", "2 triệu một tấn": the number ends at its scale word
            if kind:
                toks.append(Token(kind, value, m.start(), m.end(), txt))
    return toks


def _opens_per_phrase(toks: list[Token], pos: int, norm: str, gm: Grammar) -> bool:
    """Whether the article at ``pos`` opens a measure phrase after a number's scale word ("万一吨", "triệu một
    tấn"): there it says "per" (a price per tonne), it is no digit; after a multiplier of an arabic figure too
    ("3千一台"), while "二十一吨" and "一百一" keep their digit."""
    if gm.per_article_re is None or not toks:
        return False
    prev = toks[-1]
    after_scale = prev.kind == "scale" or (prev.kind == "mult" and len(toks) > 1 and toks[-2].kind == "arabic")
    return after_scale and gm.per_article_re.match(norm, pos) is not None

