"""Consistency rules (families CS, HD, ST): the same figure stated twice, hedged restatements,
announced counts, spans of years, and claim files that no longer match their article.
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.intervals import Bands, Interval, Verdict, judge, judge_pair
from validator.model import (
    DurationRelation,
    EnumerationRelation,
    Relation,
    RestatementRelation,
    Severity,
)
from validator.rules.base import (
    ClaimSet,
    Located,
    Outcome,
    Resolver,
    Rule,
    bands_in,
    fmt_interval,
    fmt_number,
    payload,
    stated_payload,
)


def _bands_in(loc: Located, unit: str, ctx: Resolver) -> Bands | None:
    return bands_in(loc, unit, ctx.tolerance)


def _pairs(relation: RestatementRelation, origin: ClaimSet, ctx: Resolver) -> Iterator[tuple[Located, Located]]:
    """(earlier, later) for the first claim against each other one; the later one is the one judged."""
    located = [ctx.resolve(r, origin) for r in relation.claims]
    claims = [c for c in located if c is not None]
    if len(claims) < 2:
        return
    first = claims[0]
    for other in claims[1:]:
        yield first, other


def _same_period(a: Located, b: Located, relation: RestatementRelation) -> bool:
    """Both dated and the same period, or named in the same words (the relation says so)."""
    pa, pb = a.claim.period, b.claim.period
    return relation.same_period or (pa is not None and pb is not None and pa.same_as(pb) is True)


def _restatement_verdict(a: Located, b: Located, ctx: Resolver) -> tuple[Verdict, Bands, Bands] | None:
    bb = _bands_in(b, a.claim.unit, ctx)
    if bb is None:
        return None
    ab = a.bands(ctx.tolerance)
    return judge_pair(ab, bb), ab, bb


def _pair_text(a: Located, b: Located) -> str:
    pa, pb = a.claim.period, b.claim.period
    when_a = f" ({pa})" if pa else ""
    when_b = f" ({pb})" if pb else " (no period given)"
    return f"{b.text}{when_b} restates {a.text}{when_a}"


class RestatementConflict(Rule):
    """The same figure stated twice with values that cannot both be true.

    Claims with the same subject, metric and period (within an article or across articles) must agree
    within their rounding. When both periods are known and equal, or the relation says the two are dated
    by the same period words ("前10个月" twice in an article that never names its year), a disagreement is
    an error; when a period is missing or differs, the pairing is uncertain and it is a warning.

    Why: an article that says 70.5% in one paragraph and 76% in another for the same market share
    leaves the reader with two facts.

    Fails: "China took 70.5% of the global market in 2024 ... EVs hold 76% of the global market".
    Passes: "12.866 million in 2024 ... about 12.9 million in 2024".
    """

    code = "CS201"
    name = "restatement-conflict"
    severity = Severity.ERROR
    kinds = ("restatement",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, RestatementRelation)
        for a, b in _pairs(relation, origin, ctx):
            if a.claim.hedge or b.claim.hedge:
                continue  # HedgeViolation judges hedged restatements
            judged = _restatement_verdict(a, b, ctx)
            if judged is None:
                yield Outcome("unverifiable", b, f"{b.text} and {a.text} are in different units", [a])
                continue
            verdict, ab, bb = judged
            if verdict is Verdict.LOOSE:
                continue  # RestatementRounding reports it
            unit = a.claim.unit
            computed = payload(a.claim.value, ab.exact, unit)
            if verdict is Verdict.VERIFIED:
                yield Outcome("pass", b, f"{_pair_text(a, b)} ✓", [a], stated=stated_payload(b, ctx.tolerance),
                              computed=computed)
                continue
            severity = self.severity if _same_period(a, b, relation) else Severity.WARNING
            yield Outcome(
                "fail", b,
                f"{_pair_text(a, b)}: {fmt_interval(bb.exact, unit)} vs {fmt_interval(ab.exact, unit)} cannot both hold"
                + ("" if severity is self.severity else "; check whether they describe the same period"),
                [a], severity, stated_payload(b, ctx.tolerance), computed,
            )


class RestatementRounding(Rule):
    """A restated figure that matches the original only if one of them was truncated, not rounded.

    "12,866 million" restated as "12.8 million" (not 12.9): the two meet only when the last digit is
    cut rather than rounded, so it is a warning, not an error.

    Why: readers compare the two numbers; a wrongly rounded restatement looks like a second source.

    Fails: "12.866 million ... 12.8 million"; "75.68% ... 75.6%".
    Passes: "12.866 million ... 12.9 million"; "75.68% ... 75.7%".
    """

    code = "CS202"
    name = "restatement-rounding"
    severity = Severity.WARNING
    kinds = ("restatement",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, RestatementRelation)
        for a, b in _pairs(relation, origin, ctx):
            if a.claim.hedge or b.claim.hedge:
                continue
            judged = _restatement_verdict(a, b, ctx)
            if judged is None or judged[0] is not Verdict.LOOSE:
                continue
            _, ab, bb = judged
            yield Outcome(
                "fail", b, f"{_pair_text(a, b)}, but rounds differently ({fmt_interval(bb.exact, a.claim.unit)} "
                f"vs {fmt_interval(ab.exact, a.claim.unit)})", [a], self.severity,
                stated_payload(b, ctx.tolerance), payload(a.claim.value, ab.exact, a.claim.unit),
            )


class HedgeViolation(Rule):
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
    kinds = ("restatement",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, RestatementRelation)
        for a, b in _pairs(relation, origin, ctx):
            if not (a.claim.hedge or b.claim.hedge):
                continue
            judged = _restatement_verdict(a, b, ctx)
            if judged is None:
                continue
            verdict, ab, bb = judged
            hedged, plain = (b, a) if b.claim.hedge else (a, b)
            unit = a.claim.unit
            words = f"{hedged.claim.hedge.value if hedged.claim.hedge else ''} {fmt_number(hedged.claim.value, unit)}"
            if verdict is Verdict.VERIFIED:
                yield Outcome("pass", b, f"{_pair_text(a, b)}: consistent with '{words}' ✓", [a],
                              stated=stated_payload(b, ctx.tolerance), computed=payload(a.claim.value, ab.exact, unit))
                continue
            certain = verdict is not Verdict.LOOSE and _same_period(a, b, relation)
            severity = self.severity if certain else Severity.WARNING
            yield Outcome(
                "fail", b, f"{_pair_text(a, b)}: {plain.text} is outside '{words}'", [a], severity,
                stated_payload(b, ctx.tolerance), payload(a.claim.value, ab.exact, unit),
            )


class EnumerationCount(Rule):
    """An announced count that the list after it does not match ("three factors" followed by four).

    The count is exact ("10 criteria" is ten, not anything that rounds to ten) unless it is hedged ("about
    a dozen").

    Why: lists are edited after the sentence that announces them; the count is forgotten.

    Fails: "the following three aspects: first … second … third … fourth …"; "4种市场模式" listing three.
    Passes: "4种市场模式": 直营代理、代理制、"子公司+经销商"和总代理 (four listed).
    """

    code = "CS203"
    name = "enumeration-count"
    severity = Severity.ERROR
    kinds = ("enumeration",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, EnumerationRelation)
        count = ctx.resolve(relation.count, origin)
        if count is None:
            return
        listed = len(relation.items)
        computed = Interval.point(listed)
        # an announced count is exact ("10 criteria" is ten, not anything that rounds to 10) unless hedged
        value, high = count.claim.value, count.claim.high
        if count.claim.hedge is not None:
            fits = count.bands(ctx.tolerance).natural.contains(listed)
        else:
            fits = value <= listed <= (high if high is not None else value)
        verdict = Verdict.VERIFIED if fits else Verdict.CONTRADICTION
        shown = "; ".join(relation.items[:6]) + ("; …" if listed > 6 else "")
        if verdict is Verdict.VERIFIED:
            yield Outcome("pass", count, f"{count.text}: {listed} listed ({shown}) ✓",
                          stated=stated_payload(count, ctx.tolerance),
                          computed=payload(listed, computed, count.claim.unit))
        else:
            yield Outcome("fail", count, f"{count.text} announces {fmt_number(count.claim.value)} but {listed} are "
                          f"listed ({shown})", [], self.severity, stated_payload(count, ctx.tolerance),
                          payload(listed, computed, count.claim.unit))


class PeriodSpan(Rule):
    """A stated span of years ("over ten years", "hơn mười năm") that the years it covers contradict.

    Why: "in the past ten years" from 2012 to 2024 is twelve: fine for "over ten", wrong for "nearly ten".

    Fails: "nearly ten years, from 2012 to 2024"; "five years from 2012 to 2024".
    Passes: "over ten years, from 2012 to 2024"; "twelve years from 2012 to 2024".
    """

    code = "CS204"
    name = "period-span"
    severity = Severity.ERROR
    kinds = ("duration",)

    def check(self, relation: Relation, origin: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        assert isinstance(relation, DurationRelation)
        duration = ctx.resolve(relation.duration, origin)
        if duration is None:
            return
        years = relation.end - relation.start
        computed = Interval.point(years)
        stated = duration.bands(ctx.tolerance)
        verdict = judge(stated, computed)
        words = f"{relation.start}–{relation.end} is {years} years"
        if verdict is Verdict.VERIFIED:
            yield Outcome("pass", duration, f"{duration.text}: {words} ✓",
                          stated=stated_payload(duration, ctx.tolerance), computed=payload(years, computed, "year"))
        else:
            level = Severity.WARNING if verdict is Verdict.LOOSE else self.severity
            yield Outcome("fail", duration, f"{duration.text} but {words}", [], level,
                          stated_payload(duration, ctx.tolerance), payload(years, computed, "year"))


class StaleClaim(Rule):
    """A claim in a claim file that its article no longer contains as recorded.

    `check` re-finds each claim's quote in the current article. A quote that moved is fine; a quote
    whose number changed, or that vanished, makes the claim file stale: review it (`claimcheck extract
    ARTICLE --update claims/X.yaml`).

    Why: claim files are reviewed records; a silent drift between them and the article defeats the gate.

    Fails: the claim says "70,5%" and the article now says "75,7%"; the quoted sentence was deleted.
    Passes: the paragraph holding the claim moved; only whitespace changed.
    """

    code = "ST401"
    name = "stale-claim"
    severity = Severity.ERROR

    def check_set(self, claims: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        if claims.source is None:
            return
        for cid, claim in claims.claims.items():
            problem = claims.anchor_problems.get(cid)
            if problem is not None:
                yield Outcome("fail", Located(claim, claims), f"{problem.message}; review the claim file")
            elif claims.anchors.get(cid, claim.span) is None:
                where = f"quote {claim.quote!r}" if claim.quote else f"text {claim.text!r}"
                message = f"claim {cid!r}: {where} is no longer in {claims.document.path}; review the file"
                yield Outcome("fail", Located(claim, claims), message)


class UnusedAcceptance(Rule):
    """An `accepted` entry on a claim that suppresses nothing: its rule found no problem with the claim.

    Claims may carry `accepted: [{rule, reason}]` for findings the editors know about. When the article
    or the claim file is corrected, the acceptance outlives its finding; left in place it would silently
    swallow the next, different problem the rule finds. Remove it.

    The engine runs this rule after all others, on their findings; an acceptance for a rule that was not
    run (`--select`/`--ignore`) is not judged.

    Why: suppressions are debts; a gate should say when one has been paid.

    Fails: `accepted: [{rule: NR101, reason: ...}]` on a share that now adds up.
    Passes: the same acceptance while NR101 still reports the share.
    """

    code = "ST402"
    name = "unused-acceptance"
    severity = Severity.WARNING

    def check_acceptances(
        self, claims: ClaimSet, produced: set[tuple[str, str]], ran: set[str]
    ) -> Iterator[Outcome]:
        """`produced`: (claim id, rule code) of each finding on this claim set; `ran`: the rules run."""
        from validator.rules import find_rule  # the registry imports this module

        if claims.source is None:
            return
        for cid, claim in claims.claims.items():
            for acc in claim.accepted:
                try:
                    rule = find_rule(acc.rule)
                except LookupError:
                    continue  # reported when the claim file was loaded
                if rule.code == self.code or rule.code not in ran or (cid, rule.code) in produced:
                    continue
                message = (f"claim {cid!r}: accepted {rule.code} ({rule.name}) but {rule.code} finds nothing "
                           "to accept here any more; remove the acceptance")
                yield Outcome("fail", Located(claim, claims), message)
