"""Restatements: the same figure stated twice (same subject, metric, unit, modality and period)."""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from validator.lexicon import lexicon, word_table
from validator.link.hypotheses import EXPLICIT, Hypothesis
from validator.link.scope import Scope, start
from validator.model import Claim, RestatementRelation


@functools.cache
def _entity_names(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def find_restatements(scope: Scope) -> list[Hypothesis]:
    groups: dict[tuple[str, str, str, str], list[Claim]] = {}
    for c in scope.claims:
        if c.subject is None or c.metric is None or c.unit == "times" or c.unit == "item":
            continue
        groups.setdefault((c.subject, c.metric, c.unit, c.modality.value), []).append(c)
    out: list[Hypothesis] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        known = {c.period.label or str(c.period) for c in members if c.period is not None}
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a.period is not None and b.period is not None:
                    if a.period.same_as(b.period) is not True:
                        continue
                elif len(known) > 1:
                    continue  # an undated figure among several years: no telling which it restates
                if scope.same_sentence(a, b) or not _same_figure(scope, a, b):
                    continue
                h = Hypothesis(f"restatement:{a.id}:{b.id}")
                h.add(RestatementRelation(kind="restatement", claims=[a.id, b.id]), EXPLICIT,
                      f"same subject ({a.subject}), metric ({a.metric}) and period")
                out.append(h)
                break
    return out


def _same_figure(scope: Scope, a: Claim, b: Claim) -> bool:
    """Plausibly one figure: the same named company (if any) and values within 25% of each other."""
    ea, eb = _entity(scope, a), _entity(scope, b)
    if ea and eb and ea != eb:
        return False
    hi, lo = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
    return hi == 0 or (hi - lo) / hi <= Decimal("0.25")


def _entity(scope: Scope, c: Claim) -> str | None:
    """The last capitalised name before the number in its clause, other than a subject word."""
    names = lexicon(scope.lang).cues.entity_name
    if names is None:
        return None
    clause = scope.clause_of(c)
    subjects = word_table(scope.lang, "subjects")
    found = [m for m in _entity_names(names).finditer(scope.text, clause[0], start(c)) if m.start() > clause[0] + 1]
    for m in reversed(found):
        if subjects.label_of.get(m.group(0).lower()) is None:
            return m.group(0).lower()
    return None
