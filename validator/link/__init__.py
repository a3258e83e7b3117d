"""Relations between the claims of a raw article: readings proposed by the wording, decided by the arithmetic.

Each finder (one module per relation kind) reads the article through a shared `Scope` and proposes, for
every claim that states a relation, its candidate readings with a designation strength and the evidence
for it (`validator.link.hypotheses`). The arbiter (`validator.link.arbiter`) judges every candidate with
the rules and keeps the reading an editor would: a consistent, well-designated one when there is one; a
failing one only when it is strongly designated and no comparable reading fits.

`link(doc, claims)` returns the claims (with the unit readings the chosen relations ask for) and the
relations; `infer_relations(doc, claims)` is the same for callers that keep their own claim list.
"""

from __future__ import annotations

from collections.abc import Callable

from validator.document import Document
from validator.extract.claims import cycle_collection_paused
from validator.extract.claims import range_pairs as range_upper_ends
from validator.link.arbiter import arbitrate
from validator.link.cagr import find_cagrs
from validator.link.changes import find_changes
from validator.link.directions import find_directions
from validator.link.durations import find_durations
from validator.link.enumerations import find_enumerations
from validator.link.hypotheses import Candidate, Hypothesis
from validator.link.multiples import find_multiples
from validator.link.parts import find_parts
from validator.link.ranges import range_pairs
from validator.link.restatements import find_restatements
from validator.link.scope import RATIO_UNITS, Scope
from validator.link.shares import find_shares
from validator.link.topk import find_subsets
from validator.model import ChangeRelation, Claim, Relation, ShareRelation

Judge = Callable[[Relation, dict[str, str]], str]


def hypotheses(doc: Document, claims: list[Claim]) -> list[Hypothesis]:
    """Every finder's hypotheses for the article, in a fixed order. A range ("20-25%") is read through its low
    end, which carries `high`; its upper end, a claim of its own, takes part in no relation."""
    upper = range_upper_ends(claims)
    scope = Scope(doc, [c for c in claims if c.id not in upper])
    ranges = range_pairs(scope)
    found: list[Hypothesis] = []
    found += find_shares(scope)
    found += find_changes(scope, ranges)
    found += find_directions(scope, ranges)
    found += find_multiples(scope, ranges)
    found += find_cagrs(scope, ranges)
    found += find_durations(scope)
    found += find_subsets(scope)
    found += find_enumerations(scope)
    found += find_restatements(scope)
    found += find_parts(scope)
    return found


def link(doc: Document, claims: list[Claim], judge: Judge | None = None) -> tuple[list[Claim], list[Relation]]:
    """(claims, relations): the chosen readings, with each claim that a reading gives a unit copied with it."""
    with cycle_collection_paused():
        found = hypotheses(doc, claims)
        if judge is None:
            from validator.rules.judging import judge_for

            judge = judge_for(doc, claims)
        relations, units = arbitrate(found, judge)
        units = _carried(relations, {c.id: c for c in claims}, units)
    out = []
    for c in claims:
        reading = units.get(c.id)
        out.append(c if reading is None else c.model_copy(update={"unit": reading[0], "note": c.note or reading[1]}))
    return out, relations


def _carried(relations: list[Relation], by_id: dict[str, Claim], units: dict[str, tuple[str, str]]
             ) -> dict[str, tuple[str, str]]:
    """A unit one reading gives a figure carries over to the bare figure it is compared with in another: in
    "诊疗人次49.4亿，占总诊疗人次的59.6%" … "总诊疗人次95.5亿，比上年增加11.3亿人次", 95.5亿 counts visits (read from
    11.3亿人次), and so does 49.4亿, its part."""
    for _ in range(2):
        changed = False
        for r in relations:
            if isinstance(r, ShareRelation):
                a, b = r.part, r.whole
            elif isinstance(r, ChangeRelation):
                a, b = r.base, r.current
            else:
                continue
            if a is None or b is None or a not in by_id or b not in by_id:
                continue
            unit_a = units[a][0] if a in units else by_id[a].unit
            unit_b = units[b][0] if b in units else by_id[b].unit
            for x, unit_x, y, unit_y in ((a, unit_a, b, unit_b), (b, unit_b, a, unit_a)):
                if unit_x == "item" and unit_y not in ("item", *RATIO_UNITS) and x not in units:
                    units[x] = (unit_y, f"unit read from the figure it is compared with ({by_id[y].text})")
                    changed = True
        if not changed:
            break
    return units


def infer_relations(doc: Document, claims: list[Claim]) -> list[Relation]:
    """The relations between an article's claims; the unit readings they ask for are set on `claims`."""
    linked, relations = link(doc, claims)
    for original, new in zip(claims, linked, strict=True):
        if new is not original:
            original.unit, original.note = new.unit, new.note
    return relations


__all__ = ["Candidate", "Hypothesis", "hypotheses", "infer_relations", "link"]
