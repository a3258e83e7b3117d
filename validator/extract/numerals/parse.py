"""Tokens to values: a numeral run's tokens read left to right into the numbers they write.

`parse_run` splits a run into numbers; `parse_one` reads one: a lead fraction ("half a million", "3/4"),
else the integer part (`validator.extract.numerals.integer`), then decimal words ("bảy phẩy năm"), a
fraction ("三分之一", "three quarters", "1 ½") and a joined fraction ("one and a half million"), and last
the precision the writing implies. `parse_number` reads one numeral string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext

from validator.extract.numerals.grammar import Grammar, grammar
from validator.extract.numerals.integer import Integer, read_integer
from validator.extract.numerals.text import DIGITS, ONE, VULGAR_FRACTIONS, ZERO, clean, generic_precision, normalise
from validator.extract.numerals.tokens import Parsed, Token, tokenize

_DIGITS = re.compile(r"[0-9]+")

__all__ = ["parse_fraction_digits", "parse_number", "parse_one", "parse_run"]


def parse_run(toks: list[Token], gm: Grammar) -> list[Parsed]:
    """Split a run of tokens into numbers, left to right."""
    out: list[Parsed] = []
    i, n = 0, len(toks)
    while i < n:
        res = parse_one(toks, i, gm)
        if res is None:
            i += 1
            continue
        parsed, j = res
        out.append(parsed)
        i = max(j, i + 1)
    return out


def parse_fraction_digits(toks: list[Token], j: int) -> tuple[str, int]:
    """Digits after a decimal word: "五五七九" -> "5579", "seventy-one" -> "71"."""
    digits = ""
    n = len(toks)
    while j < n and toks[j].kind in ("atom", "arabic", "zero"):
        t = toks[j]
        if t.kind == "arabic":
            if not _DIGITS.fullmatch(t.text):
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


def _slash_value(text: str) -> tuple[Decimal, Decimal] | None:
    m = re.fullmatch(r"\s*(?:([0-9]+)\s+)?([0-9]+)\s*/\s*([0-9]+)\s*", text)
    if not m:
        return None
    whole = Decimal(m.group(1) or 0)
    num, den = Decimal(m.group(2)), Decimal(m.group(3))
    if den == 0:
        return None
    return whole + num / den, ZERO


def _lead_fraction(toks: list[Token], i: int, start: int, neg: bool) -> tuple[Parsed, int] | None:
    """A number that begins with a fraction: "3/4", "half a million", "nửa triệu", "quarter million"."""
    n, t0 = len(toks), toks[i]
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
    # "quarter million": a denominator word before a scale word is one part of it, to one figure
    v = toks[i + 1].value / t0.value
    return Parsed(-v if neg else v, ONE.scaleb(v.adjusted()), start, toks[i + 1].end), i + 2


@dataclass(slots=True)
class _Number:
    """A number being read after its integer part: its value so far, and where it ends."""

    value: Decimal
    prec: Decimal | None
    j: int  # index of the next token
    end: int
    kind: str
    scale_word: str | None
    scale: Decimal
    lone: str | None  # a single spelled atom, lower-cased
    decimal_part: bool = False

    def fraction(self, value: Decimal, end: int, j: int) -> None:
        self.value, self.prec, self.kind, self.end, self.j, self.lone = value, ZERO, "fraction", end, j, None


def parse_one(toks: list[Token], i: int, gm: Grammar) -> tuple[Parsed, int] | None:
    """The number that begins at toks[i] and the index of the token after it (None: no number begins)."""
    n = len(toks)
    neg = False
    start = toks[i].start
    if toks[i].kind == "neg":
        if i + 1 >= n:
            return None
        neg = True
        i += 1
    t0 = toks[i]
    if t0.kind in ("slash", "fword") or (t0.kind == "denom" and i + 1 < n and toks[i + 1].kind == "scale"):
        return _lead_fraction(toks, i, start, neg)
    ip = read_integer(toks, i, gm)
    if ip is None:
        # zh "分之" with the denominator written as a bare multiplier: "百分之" handled upstream
        return None
    lone = toks[i].text.lower() if ip.n_tokens == 1 and toks[i].kind == "atom" else None
    num = _Number(ip.value, ip.prec, ip.end_index, ip.end, "number", ip.scale_word, ip.scale, lone)
    _decimal_words(toks, num)
    _fraction(toks, num, gm)
    _joined_fraction(toks, num, ip, gm)
    value = num.value
    prec = num.prec if num.prec is not None else _implied_precision(value, ip)
    plain = None
    if ip.n_tokens == 1 and toks[i].kind == "arabic" and _DIGITS.fullmatch(toks[i].text):
        plain = toks[i].text
    return (
        Parsed(
            value=-value if neg else value,
            precision=prec,
            start=start,
            end=num.end,
            kind=num.kind,
            scale_word=num.scale_word,
            scale=num.scale,
            bare=not ip.has_digit and ip.n_tokens == 1 and num.kind != "fraction" and not num.decimal_part,
            lone_word=num.lone,
            spelled=ip.spelled,
            approx=ip.approx,
            arabic_only=not ip.spelled,
            plain_digits=plain,
        ),
        num.j,
    )


def _implied_precision(value: Decimal, ip: Integer) -> Decimal:
    """The precision of a number whose writing does not state one: a small spelled number is exact to one,
    else the step of its last non-zero digit."""
    if value == value.to_integral_value() and ip.spelled and not ip.scale_word and value < 20:
        return ONE
    return generic_precision(value)


def _decimal_words(toks: list[Token], num: _Number) -> None:
    """Decimal words: "七点五", "two point two million", "hai phẩy 23"."""
    n, j = len(toks), num.j
    if not (j + 1 < n and toks[j].kind == "dec" and toks[j + 1].kind in ("atom", "arabic", "zero")):
        return
    digits, k = parse_fraction_digits(toks, j + 1)
    if not digits:
        return
    num.decimal_part = True
    num.value = num.value + Decimal("0." + digits)
    num.prec = Decimal(1).scaleb(-len(digits))
    num.end = toks[k - 1].end
    num.j = k
    num.lone = None
    while num.j < n and toks[num.j].kind == "scale":
        t = toks[num.j]
        num.value *= t.value
        num.prec *= t.value
        num.scale *= t.value
        num.scale_word = t.text
        num.end = t.end
        num.j += 1


def _fraction(toks: list[Token], num: _Number, gm: Grammar) -> None:
    """A fraction written with the number: "三分之一" (denominator first), "1 in" numerator-first words,
    "three quarters", "1 ½", "one half"."""
    n, j, value = len(toks), num.j, num.value
    if j >= n:
        return
    t = toks[j]
    if t.kind == "fnum" and j + 1 < n:
        den = read_integer(toks, j + 1, gm)
        # "một phần ba" = 1/3; a denominator may be a place word alone: "một phần mười" = 1/10, "một phần
        # nghìn" = 1/1000 (the tens, hundreds… as a whole)
        bare = den is not None and not den.has_digit and den.n_tokens == 1 and toks[j + 1].kind in ("mult", "scale")
        # over a bare hundred it is a percentage, read by the percent words: "một phần trăm" = 1%
        if den is not None and den.value != 0 and (den.has_digit or (bare and den.value != 100)):
            num.fraction(value / den.value, den.end, den.end_index)
    elif t.kind == "fden" and j + 1 < n:
        numer = read_integer(toks, j + 1, gm)
        if numer is not None and value != 0:
            nv, k, nend = numer.value, numer.end_index, numer.end
            if k + 1 < n and toks[k].kind == "dec" and toks[k + 1].kind in ("atom", "arabic"):
                digits, k2 = parse_fraction_digits(toks, k + 1)
                if digits:
                    nv += Decimal("0." + digits)
                    nend = toks[k2 - 1].end
                    k = k2
            num.fraction(nv / value, nend, k)
    elif (
        t.kind == "denom"
        and value == value.to_integral_value()
        and 0 < value
        and (value < t.value or t.text.lower() not in gm.period_denominators)
    ):
        # a denominator that also names a period is a fraction only below one: "three quarters" is 3/4,
        # "six quarters" six (fiscal) quarters; "twenty-three fifths" is 4.6
        num.fraction(value / t.value, t.end, j + 1)
    elif (
        t.text in VULGAR_FRACTIONS
        and toks[j - 1].kind == "arabic"
        and value == value.to_integral_value()
        and t.start - num.end <= 1
    ):
        # "1 ½ cups": a whole number and a fraction character
        num.value = value + t.value
        num.prec, num.end, num.j, num.lone = ONE / VULGAR_FRACTIONS[t.text][1], t.end, j + 1, None
    elif t.kind == "fword" and value == 1:
        num.fraction(t.value, t.end, j + 1)


def _joined_fraction(toks: list[Token], num: _Number, ip: Integer, gm: Grammar) -> None:
    """A joined fraction: "三百五又三分之一", "one and a half", "two and three quarters" ("and half" without its
    article is no part of the number: "44 million and half lives below ...")."""
    n, j = len(toks), num.j
    if not (j + 1 < n and toks[j].kind in ("join", "conn") and num.kind == "number") or (
        toks[j].kind == "conn" and toks[j + 1].kind == "fword"
    ):
        return
    sub = parse_one(toks, j + 1, gm)
    if sub is None or sub[0].kind != "fraction" or sub[0].value >= 1:
        return
    frac = sub[0].value
    num.kind, num.end, num.j, num.lone = "number", sub[0].end, sub[1], None
    if ip.scale_word is not None:
        # "3 million and a half" = 3.5 million; "one billion and a half million"
        if num.j < n and toks[num.j].kind == "scale":
            frac *= toks[num.j].value
            num.end = toks[num.j].end
            num.j += 1
        else:
            frac *= ip.scale
        num.value = num.value + frac
    else:
        num.value = num.value + frac
        # "one and a half million"
        while num.j < n and toks[num.j].kind == "scale":
            num.value *= toks[num.j].value
            num.scale_word = toks[num.j].text
            num.end = toks[num.j].end
            num.j += 1
    num.prec = generic_precision(num.value) if num.value == num.value.to_integral_value() else ZERO


def parse_number(s: str, language: str) -> tuple[Decimal, Decimal] | None:
    """Parse one numeral string to (value, precision); None if it is not (only) a numeral."""
    with localcontext() as ctx:
        ctx.prec = DIGITS
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
    return clean(parsed[0].value), clean(parsed[0].precision)
