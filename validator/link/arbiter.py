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

Judge = Callable[[Relation, dict[str, str]], str]  # -> "pass", "loose", "fail", "unverifiable" or "none"


def decide(h: Hypothesis, judge: Judge) -> Candidate | None:
    """The reading to record for one hypothesis, with its relation's confidence and evidence set."""
    if not h.candidates:
        return None
    judged = [(c, judge(c.relation, {k: u for k, (u, _) in c.units.items()})) for c in h.candidates]
    best = max(c.strength for c, _ in judged)
    # the first candidate of the top strength leads (finders list the likeliest first)
    leader, leader_status = next((c, s) for c, s in judged if c.strength == best)
    fitting = [(c, s) for c, s in judged if s == "pass" and c.strength >= max(VERIFY, best - RIVAL_MARGIN)]
    if fitting:
        chosen = max(fitting, key=lambda cs: cs[0].strength)[0]
        return _mark(chosen, _others(chosen, judged, "consistent"))
    if best >= STRONG:
        if leader_status == "fail":
            # a loose but comparably designated reading is the kinder one: a warning, not an error
            loose = [c for c, s in judged if s == "loose" and c.strength >= best - RIVAL_MARGIN]
            if loose:
                return _mark(loose[0], _others(loose[0], judged, "loose"))
        return _mark(leader, _others(leader, judged, leader_status))
    if best >= VERIFY or leader_status in ("pass", "loose"):
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
