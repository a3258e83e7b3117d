"""Numbers written as a journalist of the language would: "43.188" (vi), "1,500,000" (en), "12,866 triệu",
"85.5万", "12.9 million" -- so that parsing the result gives back the same value and precision."""

from __future__ import annotations

from decimal import Decimal, localcontext

from validator.extract.numerals.grammar import grammar
from validator.extract.numerals.text import DIGITS, ONE, ZERO
from validator.lexicon import lexicon

__all__ = ["format_number"]


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
        ctx.prec = DIGITS
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
