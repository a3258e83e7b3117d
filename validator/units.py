"""The one pint registry of the project: vehicles, currencies (separate dimensions), energy, percent,
percentage point and multiples, extended from `units.txt` shipped as package data.

Claim files and the extractor name units by key ("vehicle", "CNY", "percent", "point", "times",
"GWh"...). `parse_unit` turns a key into a pint unit or raises `InputError` with a suggestion.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from validator.cachefile import Store
from validator.errors import InputError

if TYPE_CHECKING:  # pint loads with the first unit looked up (an article without numbers needs none)
    import pint

# Keys that are always spelled this way in claim files, reports and the extractor's lexicons.
KNOWN_KEYS = (
    "vehicle", "CNY", "VND", "USD", "JPY", "EUR", "GBP", "KRW", "percent", "point", "times", "item",
    "country", "city", "company", "mode", "center", "site", "patent", "store", "person", "battery",
    "GWh", "MWh", "kWh", "TWh", "kW", "MW", "GW", "year", "month", "day", "km", "kg", "tonne",
)


def _pint_version() -> str:
    """Which pint is installed (the name of its dist-info folder; importlib.metadata costs a fifth of a second)."""
    from importlib.util import find_spec

    try:
        spec = find_spec("pint")
        origin = Path(spec.origin).parent if spec and spec.origin else None
    except (ImportError, ValueError):
        origin = None
    if origin is None:
        return "none"
    return " ".join(sorted(p.name for p in origin.parent.glob("[Pp]int-*.dist-info"))) or str(origin)


# What the article check asks of pint (whether a key is a unit, whether two measure the same, a conversion
# factor, whether one is money), kept between runs (`validator.cachefile`): a run that meets only units seen
# before neither imports pint nor builds its registry, which costs half a second.
_FACTS: Store | None = None


def _fact(kind: str, args: tuple[str, ...], compute: Callable[[], Any]) -> Any:
    global _FACTS
    if _FACTS is None:
        _FACTS = Store("units", _pint_version())
    key = (kind, *args)
    found = _FACTS.get(key)
    if found is None:
        found = compute()
        _FACTS.put(key, found)
    return found


@cache
def registry() -> pint.UnitRegistry[Decimal]:
    import pint

    ureg: pint.UnitRegistry[Decimal] = pint.UnitRegistry(non_int_type=Decimal, autoconvert_offset_to_baseunit=True)
    with resources.as_file(resources.files("validator") / "units.txt") as path:
        ureg.load_definitions(str(path))
    return ureg


# A unit key is a name, or names joined by "*" and "/" ("vehicle", "CNY/vehicle", "kW*h"): nothing that
# pint would evaluate as an expression ("10**10**10" takes for ever, "vehicle('x')" trips an assertion).
_UNIT_KEY = re.compile(r"[^\W\d]\w*(?:\s*[*/]\s*[^\W\d]\w*)*|%")


@cache
def parse_unit(key: str) -> pint.Unit:
    """The pint unit for a unit key; InputError (with "did you mean") when unknown."""
    ureg = registry()
    try:
        if len(key) > 64 or not _UNIT_KEY.fullmatch(key):
            raise ValueError("not a unit name")
        unit = ureg.Unit(key)
    except Exception as exc:  # pint raises many kinds (even AssertionError) on odd input: all mean "unknown"
        from rapidfuzz import process

        match = process.extractOne(key, KNOWN_KEYS, score_cutoff=60)
        hint = f"; did you mean {match[0]!r}?" if match else ""
        raise InputError(f"unknown unit {key!r}{hint}") from exc
    return unit


def _known(key: str) -> bool:
    try:
        parse_unit(key)
    except InputError:
        return False
    return True


@cache  # an unknown key costs a fuzzy "did you mean" search in parse_unit: ask once
def is_known_unit(key: str) -> bool:
    return bool(_fact("known", (key,), lambda: _known(key)))


@cache
def same_dimension(a: str, b: str) -> bool:
    """Whether two unit keys measure the same kind of thing (so that one can be compared with the other)."""
    return bool(_fact("same", (a, b), lambda: bool(parse_unit(a).dimensionality == parse_unit(b).dimensionality)))


def _factor(source: str, target: str) -> str:
    ureg = registry()
    quantity = ureg.Quantity(Decimal(1), parse_unit(source)).to(parse_unit(target))
    return str(Decimal(str(quantity.magnitude)))


@cache
def conversion_factor(source: str, target: str) -> Decimal:
    """How many `target` units one `source` unit is (e.g. GWh -> MWh: 1000)."""
    return Decimal(_fact("factor", (source, target), lambda: _factor(source, target)))


def _currency(key: str) -> bool:
    dims = dict(parse_unit(key).dimensionality)
    return len(dims) == 1 and next(iter(dims)).startswith("[currency_")


@cache
def is_currency(key: str) -> bool:
    """Whether a unit key is an amount of money (its only dimension is one currency: CNY, jiao, cent...)."""
    if not is_known_unit(key):
        return False
    return bool(_fact("currency", (key,), lambda: _currency(key)))


def is_ratio_unit(key: str) -> bool:
    """Percent, points and multiples: numbers that are already ratios of other numbers."""
    return key in ("percent", "point", "times")
