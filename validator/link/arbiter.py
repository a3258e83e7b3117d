"""Arithmetic abduction: the arithmetic decides between the readings the wording allows.

An editor who reads "chiếm 39,5%" looks for the total it is a share of, tries the likeliest one, and
only calls it wrong when that total is clearly meant and no other plausible reading works. So:

- **verified** when a reading designated at least `VERIFY` is consistent and no reading is much more
  strongly designated than it (within `RIVAL_MARGIN` of the strongest);
- **a finding** only when the strongest reading is designated at least `STRONG`, fails, and no
  comparably designated reading is consistent — a real article rarely contradicts itself;
- **unverifiable** otherwise (the strongest reading is recorded as `plausible`: a failure is a question).

The judge is passed in (see `validator.rules.judging`), so this module knows no rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from validator.link.hypotheses import RIVAL_MARGIN, STRONG, VERIFY, Candidate, Hypothesis
from validator.model import Relation

Judge = Callable[[Relation, dict[str, str]], str]  # -> pass, vague, slack, loose, fail, unverifiable, none


def decide(h: Hypothesis, judge: Judge) -> Candidate | None:
    """The reading to record for one hypothesis, with its relation's confidence and evidence set."""
    if not h.candidates:
        return None
    judged = [(c, judge(c.relation, {k: u for k, (u, _) in c.units.items()})) for c in h.candidates]
    best = max(c.strength for c, _ in judged)
    # the first candidate of the top strength leads (finders list the likeliest first)
    leader, leader_status = next((c, s) for c, s in judged if c.strength == best)
    rivals = [(c, s) for c, s in judged if c.strength >= best - RIVAL_MARGIN]
    # a consistent reading verifies; a "vague" one (it fits, but its rounding would let almost anything fit)
    # only when it is strongly designated
    # (and so does a "slack" one: a bound its operands clear by far, "more than 30%" for 59%, fits the words only
    # loosely; nor does it excuse a failing reading the text designates as clearly)
    fitting = [c for c, s in rivals
               if (s == "pass" and c.strength >= VERIFY) or (s in ("vague", "slack") and c.strength >= STRONG)]
    if fitting:
        chosen = max(fitting, key=lambda c: c.strength)
        return _mark(chosen, _others(chosen, judged, "consistent"))
    if leader_status == "fail":
        if any(s in ("pass", "vague") for _, s in rivals):
            return None  # another comparable reading makes the arithmetic work: no accusation
        loose = [c for c, s in rivals if s == "loose"]
        if loose and best >= STRONG:
            return _mark(loose[0], _others(loose[0], judged, "loose"))
    if best >= VERIFY and (leader_status not in ("vague", "slack") or leader.relation.kind in ("restatement", "parts")):
        # a vague ratio weakly designated is no check at all: its rounding lets almost any reading fit ("90%"
        # of "more than two" out of "5,6"); a figure stated again, or parts within their whole, still are
        return _mark(leader, _others(leader, judged, leader_status))
    return None


def _mark(c: Candidate, note: str) -> Candidate:
    """Record the reading: `cued` when strongly designated (a failure is a finding), else `plausible`."""
    c.relation.confidence = "cued" if c.strength >= STRONG else "plausible"
    c.relation.evidence = c.evidence + note
    return c


def _others(chosen: Candidate, judged: list[tuple[Candidate, str]], status: str) -> str:
    rest = [(c, s) for c, s in judged if c is not chosen]
    if not rest:
        return ""
    fits = sum(1 for _, s in rest if s == "pass")
    if status == "consistent" or fits == 0:
        return f"; {len(rest)} other reading{'s' if len(rest) > 1 else ''} weighed"
    return f"; {len(rest)} other readings weighed, {fits} consistent but less clearly meant"


def arbitrate(hypotheses: Iterable[Hypothesis], judge: Judge
              ) -> tuple[list[Relation], dict[str, tuple[str, str]]]:
    """The relations to record, and the unit readings the chosen candidates ask for (claim id -> (unit, why))."""
    relations: list[Relation] = []
    units: dict[str, tuple[str, str]] = {}
    for h in hypotheses:
        chosen = decide(h, judge)
        if chosen is not None:
            relations.append(chosen.relation)
            for cid, unit in chosen.units.items():
                units.setdefault(cid, unit)
        elif h.fallback is not None:
            relations.append(h.fallback)
    return relations, units
