"""The records numeral reading ends in: a `Mention` (a number with its unit, hedge and range), a `Skipped`
number (not a quantity, and why), and the `Raw` mention the finder works on before offsets are final."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Mention", "Raw", "Skipped", "group_kind"]


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    num_start: int
    num_end: int
    value: Decimal
    precision: Decimal
    kind: str
    unit: str | None
    hedge: str | None
    high: Decimal | None = None
    reading: str | None = None
    scale_word: str | None = None
    range_end: str | None = None  # "low": the first end of a range (it carries ``high``); "high": the last


@dataclass(frozen=True, slots=True)
class Skipped:
    """A number that is not a quantity, and why: a year, a date, a phone number, a list marker..."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(slots=True)
class Raw:
    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    precision: Decimal
    kind: str
    unit: str | None
    hedge: str | None
    reading: str | None
    scale_word: str | None
    scale: Decimal
    high: Decimal | None = None
    range_end: str | None = None


def group_kind(m: re.Match[str], table: dict[str, str], prefix: str) -> str | None:
    """What the named group that matched stands for (a hedge kind, a unit key...), among those of ``prefix``."""
    for name, val in m.groupdict().items():
        if val is not None and name.startswith(prefix) and name in table:
            return table[name]
    return None
