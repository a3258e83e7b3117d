"""What a relation finder proposes: for one claim that states a relation, the candidate readings.

A `Candidate` is one way to read the claim (a share of *this* whole, a change from *that* base), with a
designation strength — how clearly the wording points at those operands — and the evidence for it. A
`Hypothesis` gathers the candidates for one judging claim; `validator.link.arbiter` lets the arithmetic
decide between them.

Strengths are on one scale from 0 to 1, so that readings found by different finders compete fairly:

| strength | designation |
|---|---|
| 1.0 | an explicit cue names the operand: so với / 比 / 较 / from … to / of which / 其中 / (…) / "or about N" |
| 0.8 | the operand stands in the judging claim's own clause |
| 0.65 | … in its sentence |
| 0.35–0.75 | a noun phrase further away names the same thing (by similarity, distance, uniqueness) |
| 0.5 | the only figure of that metric and period in the article |
"""

from __future__ import annotations

from dataclasses import dataclass, field

from validator.model import Relation

EXPLICIT = 1.0
CLAUSE = 0.8
SENTENCE = 0.65
ONLY = 0.5

# A failed reading is a finding only at this strength or above, and only when no reading within
# `RIVAL_MARGIN` of it is consistent; a consistent reading verifies the claim from `VERIFY` up.
STRONG = 0.75
RIVAL_MARGIN = 0.25
VERIFY = 0.45


@dataclass
class Candidate:
    """One reading of a judging claim: a relation, how clearly the text designates it, and why."""

    relation: Relation
    strength: float
    evidence: str
    # claims read in another unit for this reading ("up 8.2% from 17.94 million": a bare figure compared
    # with a counted one is counted the same way); applied only if this reading is chosen
    units: dict[str, tuple[str, str]] = field(default_factory=dict)  # claim id -> (unit, why)


@dataclass
class Hypothesis:
    """The readings of one judging claim (`key`: the claim id, or a structure's own key)."""

    key: str
    candidates: list[Candidate] = field(default_factory=list)
    # when no reading is chosen, this relation is still recorded (e.g. a change with no base: the
    # implied base is shown as information)
    fallback: Relation | None = None

    def add(self, relation: Relation, strength: float, evidence: str,
            units: dict[str, tuple[str, str]] | None = None) -> None:
        self.candidates.append(Candidate(relation, strength, evidence, dict(units or {})))
