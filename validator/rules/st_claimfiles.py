"""ST: claim-file rules: a claim its article no longer holds, an acceptance that accepts nothing."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Severity
from validator.rules.base import ClaimSet, Located, Outcome, Resolver, Rule


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

    This rule runs after all others (`runs_last`), on their findings; an acceptance for a rule that was
    not run (`--select`/`--ignore`) is not judged.

    Why: suppressions are debts; a gate should say when one has been paid.

    Fails: `accepted: [{rule: NR101, reason: ...}]` on a share that now adds up.
    Passes: the same acceptance while NR101 still reports the share.
    """

    code = "ST402"
    name = "unused-acceptance"
    severity = Severity.WARNING
    runs_last = True

    def check_set(self, claims: ClaimSet, ctx: Resolver) -> Iterator[Outcome]:
        from validator.rules import find_rule  # the registry imports this module

        if claims.source is None:
            return
        produced = ctx.findings_on(claims)
        for cid, claim in claims.claims.items():
            for acc in claim.accepted:
                try:
                    rule = find_rule(acc.rule)
                except LookupError:
                    continue  # reported when the claim file was loaded
                if rule.code == self.code or rule.code not in ctx.ran or (cid, rule.code) in produced:
                    continue
                message = (f"claim {cid!r}: accepted {rule.code} ({rule.name}) but {rule.code} finds nothing "
                           "to accept here any more; remove the acceptance")
                yield Outcome("fail", Located(claim, claims), message)
