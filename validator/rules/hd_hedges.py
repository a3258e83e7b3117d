"""HD: hedge rules: a hedged figure ("over 40%", "gần 50%") that a precise statement of it contradicts."""

from __future__ import annotations

from collections.abc import Iterator

from validator.intervals import Verdict
from validator.model import RestatementRelation, Severity
from validator.rules.base import Outcome, Resolver
from validator.rules.cs_consistency import pair_text, pair_verdict, same_period
from validator.rules.messages import fmt_number, payload, stated_payload
from validator.rules.operands import RelationRule, Restated


class HedgeViolation(RelationRule[Restated]):
    """A hedged figure ("over 40%", "nearly 50%") whose direction the precise figure contradicts.

    When one statement of a figure is hedged and another is precise, the precise one must lie where the
    hedge points: above for over/at least, a bit below for nearly, around for about, below for under.

    Why: "over 40%" next to "39.5%" tells the reader two different things.

    Fails: "penetration over 40% ... penetration was 38.2%"; "nearly 50% ... 56%".
    Passes: "penetration over 40% ... 40.9%"; "nearly 50% ... 48.7%".
    """

    code = "HD301"
    name = "hedge-violation"
    severity = Severity.ERROR
    relation = RestatementRelation
    silent_on_units = True  # restatement-conflict says so

    def applies(self, record: Restated) -> bool:
        return record.hedged

    def check_operands(self, record: Restated, ctx: Resolver) -> Iterator[Outcome]:
        a, b, ab = record.a, record.b, record.a_bands
        verdict = pair_verdict(record)
        hedged, plain = (b, a) if b.claim.hedge else (a, b)
        unit = a.claim.unit

        def words() -> str:  # the message and the stated block are built only when reported (`Outcome`)
            return f"{hedged.claim.hedge.value if hedged.claim.hedge else ''} {fmt_number(hedged.claim.value, unit)}"

        stated = lambda: stated_payload(b, ctx.tolerance)  # noqa: E731
        if verdict is Verdict.VERIFIED:
            yield Outcome("pass", b, lambda: f"{pair_text(a, b)}: consistent with '{words()}' ✓", [a],
                          stated=stated, computed=payload(a.claim.value, ab.exact, unit))
            return
        certain = verdict is not Verdict.LOOSE and same_period(record)
        severity = self.severity if certain else Severity.WARNING
        yield Outcome(
            "fail", b, lambda: f"{pair_text(a, b)}: {plain.text} is outside '{words()}'", [a], severity,
            stated, payload(a.claim.value, ab.exact, unit),
        )
