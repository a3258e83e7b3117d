"""Characters and decimals every stage of numeral reading shares: full-width forms as ASCII (one code point
for one, so offsets survive), Unicode's fraction characters, and the decimal context numbers are read in."""

from __future__ import annotations

import decimal
import re
import unicodedata
from decimal import Decimal
from fractions import Fraction

ONE = Decimal(1)
ZERO = Decimal(0)
HALF = Decimal("0.5")

# enough digits for any number a document can write out (fractions like 1/3 round here)
DIGITS = 60
_FRACTION_CONTEXT = decimal.Context(prec=28)

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


# `FULLWIDTH` applied where its characters stand: they are rare, and `str.translate` looks every character up
_FULLWIDTH_CHARS = {chr(code): str(ascii_) for code, ascii_ in FULLWIDTH.items()}
_FULLWIDTH_RE = re.compile("[" + re.escape("".join(sorted(_FULLWIDTH_CHARS))) + "]")


def _ascii_form(m: re.Match[str]) -> str:
    return _FULLWIDTH_CHARS[m.group()]


def normalise(text: str) -> str:
    """Full-width digits, signs and digit-group commas as ASCII, one code point for one (offsets survive)."""
    if "\uff0c" in text:
        text = _FULLWIDTH_GROUP.sub(",", text)
    return _FULLWIDTH_RE.sub(_ascii_form, text)


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


def generic_precision(value: Decimal) -> Decimal:
    """Step of the last non-zero digit of ``value`` (1 for zero)."""
    if value == 0:
        return ONE
    exp = value.normalize().as_tuple().exponent
    assert isinstance(exp, int)
    return Decimal(1).scaleb(exp)


def fraction_step(value: Decimal) -> Decimal:
    """The step of a number said with a fraction word: its fraction's (a half 0.5, a quarter 0.25)."""
    return ONE / Fraction(value).limit_denominator(12).denominator


def clean(d: Decimal) -> Decimal:
    """12866000.000 -> 12866000, 70.50 -> 70.5 (same number, tidy exponent)."""
    if d == d.to_integral_value():
        return d.to_integral_value()
    # fractions to the default 28 digits, so "a third" == Decimal(1) / Decimal(3)
    return _FRACTION_CONTEXT.plus(d).normalize(_FRACTION_CONTEXT)
