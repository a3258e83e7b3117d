"""The rule catalogue: an explicit registry (a list, not import-time magic).

Codes are two letters and three digits, grouped by family, one module a family: `nr_arithmetic` (NR),
`cs_consistency` (CS), `hd_hedges` (HD), `st_claimfiles` (ST, claim files), `in_implied` (IN, implied
values: info). A rule that checks a relation declares its relation type and receives its operands resolved
and converted (`operands.RelationRule`); `base` holds what every rule shares, `messages` how numbers are
written. Each rule's docstring is its documentation (`claimcheck explain CODE`); its cases live in
tests/rules/<CODE>.yml. `judging` runs the rules on one relation for the linker.
"""

from __future__ import annotations

import re

from rapidfuzz import process

from validator.errors import UnknownRuleError
from validator.rules.base import ClaimSet, Located, Outcome, Resolver, Rule
from validator.rules.cs_consistency import EnumerationCount, PeriodSpan, RestatementConflict, RestatementRounding
from validator.rules.hd_hedges import HedgeViolation
from validator.rules.in_implied import ImpliedBase, ImpliedCagr, ImpliedTotal
from validator.rules.nr_arithmetic import (
    CagrMismatch,
    ChangeMismatch,
    DirectionMismatch,
    MultipleMismatch,
    PointsVsPercent,
    ShareMismatch,
)
from validator.rules.nr_parts import PartsExceedWhole, SubsetExceedsSuperset
from validator.rules.operands import RelationRule
from validator.rules.st_claimfiles import StaleClaim, UnusedAcceptance

RULES: list[type[Rule]] = [
    ShareMismatch,
    ChangeMismatch,
    MultipleMismatch,
    CagrMismatch,
    PartsExceedWhole,
    SubsetExceedsSuperset,
    PointsVsPercent,
    DirectionMismatch,
    RestatementConflict,
    RestatementRounding,
    EnumerationCount,
    PeriodSpan,
    HedgeViolation,
    StaleClaim,
    UnusedAcceptance,
    ImpliedBase,
    ImpliedTotal,
    ImpliedCagr,
]


def find_rule(code_or_name: str) -> type[Rule]:
    """The rule with this code (NR101) or name (share-mismatch); UnknownRuleError with a suggestion."""
    key = code_or_name.strip()
    for rule in RULES:
        if key.upper() == rule.code or key.lower() == rule.name:
            return rule
    choices = [r.code for r in RULES] + [r.name for r in RULES]
    match = process.extractOne(key, choices, score_cutoff=60)
    hint = f"; did you mean {match[0]!r}?" if match else ""
    raise UnknownRuleError(f"unknown rule {code_or_name!r}{hint} (see `claimcheck rules`)")


def find_rules(selector: str) -> list[type[Rule]]:
    """The rules a selector names, as ruff reads them: a code (NR101), a name (share-mismatch), a code
    prefix (NR1: every NR1xx rule; NR: the family) or ALL. UnknownRuleError when it names none."""
    key = selector.strip().upper()
    if key == "ALL":
        return list(RULES)
    if re.fullmatch(r"[A-Z]{2}\d{0,2}", key):
        found = [r for r in RULES if r.code.startswith(key)]
        if found:
            return found
    return [find_rule(selector)]


__all__ = ["RULES", "ClaimSet", "Located", "Outcome", "RelationRule", "Resolver", "Rule", "find_rule", "find_rules"]
