"""The rule catalogue: an explicit registry (a list, not import-time magic).

Codes are two letters and three digits, grouped by family: NR arithmetic, CS consistency, HD hedges,
ST claim files, IN implied values (info). Each rule's docstring is its documentation
(`claimcheck explain CODE`); its cases live in tests/rules/<CODE>.yml.
"""

from __future__ import annotations

import re

from rapidfuzz import process

from validator.errors import UnknownRuleError
from validator.rules.arithmetic import (
    CagrMismatch,
    ChangeMismatch,
    MultipleMismatch,
    PartsExceedWhole,
    PointsVsPercent,
    ShareMismatch,
    SubsetExceedsSuperset,
)
from validator.rules.base import ClaimSet, Located, Outcome, Resolver, Rule
from validator.rules.consistency import (
    EnumerationCount,
    HedgeViolation,
    PeriodSpan,
    RestatementConflict,
    RestatementRounding,
    StaleClaim,
    UnusedAcceptance,
)
from validator.rules.implied import ImpliedBase, ImpliedCagr, ImpliedTotal

RULES: list[type[Rule]] = [
    ShareMismatch,
    ChangeMismatch,
    MultipleMismatch,
    CagrMismatch,
    PartsExceedWhole,
    SubsetExceedsSuperset,
    PointsVsPercent,
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


__all__ = ["RULES", "ClaimSet", "Resolver", "Located", "Outcome", "Rule", "find_rule", "find_rules"]
