"""Figures in reports, written as the rule messages write them ("9.495M (9.491M–9.499M)", "75.8%"),
never as raw floats ("9491330.0")."""

from __future__ import annotations

from fractions import Fraction

from validator.intervals import Interval
from validator.model import Stated
from validator.rules.messages import fmt_interval, fmt_number

__all__ = ["clip", "figure"]


def _frac(x: float | None) -> Fraction | None:
    return None if x is None else Fraction(str(x))  # the shortest decimal of the float, exactly


def figure(block: Stated | None, value: bool = True) -> str:
    """A stated or computed block: its value, then its interval in parentheses when it is one. A computed
    value is a midpoint rounded for JSON, which may not round as the message did: `value=False` leaves it
    out (the interval only)."""
    if block is None:
        return "—"
    unit = block.unit
    low, high = _frac(block.low), _frac(block.high)
    span = fmt_interval(Interval(low, high), unit)
    if block.value is None or (not value and low != high):
        return span if unit in ("percent", "point", "times") else f"{span} {unit}"
    label = "" if unit in ("percent", "point", "times") else f" {unit}"
    shown = fmt_number(_frac(block.value), unit) + label
    if low is not None and low == high:
        return shown
    return f"{shown} ({span})"


def clip(text: str, width: int) -> str:
    """`text` on one line, cut after a whole word to at most `width` characters with "…" (a text without
    spaces, such as Chinese, is cut at a character)."""
    line = " ".join(text.split())
    if len(line) <= width:
        return line
    cut = line[: width - 1]
    space = cut.rfind(" ")
    if space > width // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:，、") + "…"
