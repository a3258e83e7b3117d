"""What every rule shares: the claim sets it reads, the context that resolves claim references, the
outcome it returns, and the `Rule` base class.

Rules never print or exit; they yield `Outcome`s and the engine turns those into findings and checks.
Rules that check a relation derive from `validator.rules.operands.RelationRule`, which resolves and
converts the relation's operands once and hands the rule a typed record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from validator.anchoring import AnchorProblem
from validator.document import Document
from validator.intervals import DEFAULT_TOLERANCE, Bands, Interval, Tolerance, stated_bands, written_precision
from validator.model import Claim, Relation, Severity, Span, Stated

Status = Literal["pass", "fail", "unverifiable", "info"]


@dataclass
class ClaimSet:
    """The claims of one document, where each stands in its text, and the relations between them."""

    document: Document
    claims: dict[str, Claim]
    relations: list[Relation] = field(default_factory=list)
    source: str | None = None  # the claim file, when the claims were read from one
    key: str = ""  # how other files refer to this one ("<stem>#id")
    anchors: dict[str, Span | None] = field(default_factory=dict)
    relation_lines: list[int | None] = field(default_factory=list)
    anchor_problems: dict[str, AnchorProblem] = field(default_factory=dict)  # claim id -> why it is stale

    def claim_spans(self) -> list[tuple[int, int]]:
        """Where its claims stand in the text, sorted, each once (claims not found are left out)."""
        return sorted({(s.start, s.end) for s in self.anchors.values() if s is not None and s.end > s.start})


@dataclass(frozen=True)
class Located:
    """A claim together with the claim set (and so the document) it belongs to."""

    claim: Claim
    owner: ClaimSet

    @property
    def span(self) -> Span | None:
        return self.owner.anchors.get(self.claim.id, self.claim.span)

    def bands(self, tolerance: Tolerance) -> Bands:
        # the claim's `quantity` without building it: this is asked for every operand of every reading judged
        c = self.claim
        precision = c.precision if c.precision is not None else written_precision(c.value)
        return stated_bands(c.value, precision, c.hedge, c.high, tolerance)

    def natural(self, tolerance: Tolerance) -> Interval:
        return self.bands(tolerance).natural

    @property
    def text(self) -> str:
        return self.claim.text


@dataclass
class Outcome:
    """What a rule says of one relation or claim. The message and the stated block may be given as functions
    that build them, called only when the outcome is reported (`said`, `stated_block`): the linker's judge weighs
    every reading and reads only the status."""

    status: Status
    subject: Located
    message: str | Callable[[], str]
    related: list[Located] = field(default_factory=list)
    severity: Severity | None = None  # for "fail": overrides the rule's default
    stated: Stated | Callable[[], Stated] | None = None
    computed: Stated | None = None
    certain: bool = True  # False: the operands were not clearly designated (never an error)

    def said(self) -> str:
        return self.message if isinstance(self.message, str) else self.message()

    def stated_block(self) -> Stated | None:
        return self.stated() if callable(self.stated) else self.stated


class Resolver:
    """Resolves claim references ("id" in the same file, "stem#id" across files) for rules, and tells the
    rules that run last (`Rule.runs_last`) what the run has found so far."""

    def __init__(self, sets: Iterable[ClaimSet], tolerance: Tolerance = DEFAULT_TOLERANCE, ran: Iterable[str] = (),
                 findings: Callable[[ClaimSet], set[tuple[str, str]]] | None = None) -> None:
        self.sets = {s.key: s for s in sets}
        self.tolerance = tolerance
        self.ran = frozenset(ran)  # the codes of the rules of this run
        self._findings = findings

    def findings_on(self, claims: ClaimSet) -> set[tuple[str, str]]:
        """(claim id, rule code) of each finding on the claims of this set so far."""
        return self._findings(claims) if self._findings is not None else set()

    def resolve(self, ref: str | None, origin: ClaimSet) -> Located | None:
        if ref is None:
            return None
        if "#" in ref:
            key, cid = ref.split("#", 1)
            owner = self.sets.get(key)
        else:
            owner, cid = origin, ref
        if owner is None or cid not in owner.claims:
            return None
        return Located(owner.claims[cid], owner)


class Rule:
    """Base class: subclasses set code, name and severity, and check a whole claim set (`check_set`) or, through
    `RelationRule`, one relation at a time (`check`, for the relation kinds in `kinds`)."""

    code: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity]
    kinds: ClassVar[tuple[str, ...]] = ()
    runs_last: ClassVar[bool] = False  # judges the other rules' findings (`Resolver.findings_on`)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        return iter(())

    def check_set(self, claims: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        return iter(())

    @classmethod
    def summary(cls) -> str:
        return (cls.__doc__ or "").strip().splitlines()[0]

    @classmethod
    def documentation(cls) -> str:
        import inspect

        return inspect.cleandoc(cls.__doc__ or "")
