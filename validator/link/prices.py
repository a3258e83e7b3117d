"""Prices per unit and the ends of ranges: figures that are no amount a share is taken of.

A price per unit ("23万元一吨", "110万-115万一吨", "$80 a barrel", "80.000 đồng/kg") is what one tonne, barrel or
kilogram costs: no part of a total amount, nor a total a part is taken of. Only another price per the same good
may be its part or whole (the tax in a litre's price, the dividend out of the earnings per share). Extraction
keeps a per-unit price's denominator in its unit ("CNY/tonne"); where it did not (the good written after the
number with a word of its own: zh "一吨", "a barrel", "một tấn"), the words right after the figure say so: one of
`relations.per_unit` then a good of `units.per_unit.goods` (a head or a passenger is no good: a figure per head is
an amount of its own).

An end of a range ("110万-115万", "175-180万一吨", "20-25 million") is no amount either: the range as a whole
is the figure, so neither end alone is a share's part or whole.
"""

from __future__ import annotations

import functools
import re

from validator.lexicon import section
from validator.link.restatements.figures import memo
from validator.link.scope import Scope, end, start
from validator.model import Claim

# the goods a figure per which is an amount of its own, not a price (per head, per passenger)
_NOT_GOODS = frozenset({"person"})


@functools.cache
def _per_unit(language: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]] | None:
    """The words after a figure that make it a price per a good (right after it, and at the end of its own text
    when extraction took them in: "115万一吨"), and each good's word -> its unit key."""
    words = [str(w) for w in section(language, "relations", "per_unit") or []]
    goods = {str(w).lower(): str(k) for k, ws in (section(language, "units", "per_unit", "goods") or {}).items()
             if k not in _NOT_GOODS for w in ws}
    if not words or not goods:
        return None
    per = "|".join(_per_word(x) for x in sorted(words, key=len, reverse=True))
    good = "|".join(re.escape(x) for x in sorted(goods, key=len, reverse=True))
    phrase = rf"\s*(?:{per})(?P<good>{good})"
    return (re.compile(phrase + r"(?![A-Za-zÀ-ỹĐđ])", re.IGNORECASE),
            re.compile(r"(?<=[0-9０-９\u3400-\u9fff])" + phrase + r"$", re.IGNORECASE), goods)


def _per_word(word: str) -> str:
    """A per word as a regex: a word of letters stands alone, spaced from the good ("a barrel", "một tấn", not
    the "a" and "t" of "at"); a symbol or a Han character may touch it ("/kg", "一吨")."""
    if word[:1].isalpha() and not "\u3400" <= word[0] <= "\u9fff":
        return rf"(?<![^\W\d_]){re.escape(word)}\s+"
    return rf"{re.escape(word)}\s*"


def per_unit(scope: Scope, c: Claim) -> str | None:
    """The good `c` is a price per (its unit's denominator, or the words right after it), or None (read once per
    figure: a share weighs many wholes)."""
    return memo(scope, "per_unit", c, lambda: _read_per_unit(scope, c))


def _read_per_unit(scope: Scope, c: Claim) -> str | None:
    if "/" in c.unit:
        return c.unit.split("/", 1)[1]
    found = _per_unit(scope.lang)
    if found is None:
        return None
    after, tail, goods = found
    m = after.match(scope.text, end(c), min(len(scope.text), end(c) + 16)) or tail.search(c.text)
    return None if m is None else goods[m.group("good").lower()]


def priced_apart(scope: Scope, part: Claim, whole: Claim) -> bool:
    """Whether one of the two is a price per a good and the other is not a price per that good."""
    return per_unit(scope, part) != per_unit(scope, whole)


@functools.cache
def _connectors(language: str) -> tuple[str, ...]:
    return tuple(str(w) for w in section(language, "periods", "range_connectors") or [])


def range_end(scope: Scope, c: Claim) -> bool:
    """Whether `c` is one end of a range written as two figures ("110万-115万", "175-180万"): joined to the figure
    right before or after it by a range connector alone, unspaced."""
    connectors = _connectors(scope.lang)
    if not connectors:
        return False
    text = scope.text
    i = scope.index.get(c.id)
    if i is None:
        return False
    for a, b in ((scope.claims[i - 1] if i > 0 else None, c),
                 (c, scope.claims[i + 1] if i + 1 < len(scope.claims) else None)):
        if a is not None and b is not None and text[end(a):start(b)] in connectors:
            return True  # (written close: "5-10%"; spaced, a dash sets off an aside: "£148.3m - more than a third")
    return False
