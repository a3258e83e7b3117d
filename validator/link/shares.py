"""Shares: a percentage that is part / whole ("chiếm 70,5% thị trường toàn cầu", "占全国的46.1%",
"accounted for 60% of exports"). The part stands before the share in its sentence; the whole is named by
a breakdown cue before the part, or is the one total of the same metric and period."""

from __future__ import annotations

from validator.extract.claims import share_cue
from validator.link.hypotheses import EXPLICIT, Hypothesis
from validator.link.scope import Scope, compatible, end, is_amount, metric_word, periods_fit, start
from validator.model import Claim, ShareRelation


class _Span:
    def __init__(self, s: int, e: int) -> None:
        self.start, self.end = s, e


def find_shares(scope: Scope) -> list[Hypothesis]:
    out: list[Hypothesis] = []
    for c in scope.claims:
        if c.unit != "percent" or c.metric is None or not c.metric.endswith("share"):
            continue
        if share_cue(scope.ctx, _Span(start(c), end(c))) is None:  # type: ignore[arg-type]
            continue
        parts = [o for o in scope.in_sentence(c) if end(o) <= start(c) and is_amount(o)]
        if not parts:
            continue
        part = parts[-1]
        whole, confident = _whole_for(scope, c, part)
        h = Hypothesis(c.id)
        relation = ShareRelation(kind="share", share=c.id, part=part.id, whole=whole.id if whole else None)
        if whole is None:
            h.fallback = relation
        else:
            h.add(relation, EXPLICIT if confident else 0.5,
                  f"part {part.text} before the share; whole {whole.text}")
        out.append(h)
    return out


def _whole_for(scope: Scope, share: Claim, part: Claim) -> tuple[Claim | None, bool]:
    ctx = scope.ctx
    sentence = ctx.sentence_of(start(part))
    cue = ctx.last_before("parts", sentence.start, start(part))
    if cue is not None:
        para = ctx.sentence_of(cue.start).paragraph
        for paragraph, sure in ((para, True), (para - 1, False)):
            before = [
                o for o in scope.claims
                if end(o) <= cue.start and is_amount(o) and compatible(o, part)
                and ctx.sentence_of(start(o)).paragraph == paragraph and not scope.is_base(o)
            ]
            if before:
                if before[-1].value > part.value and periods_fit(before[-1], part):
                    return before[-1], sure
                break
        return None, False
    if part.metric is None:
        return None, False
    clause = scope.clause_of(share)
    after = ctx.between("total", end(share), clause[1] + 1)
    named_total = bool(after) or bool(ctx.between("total", clause[0], start(share)))
    candidates = []
    for o in scope.by_metric.get(metric_word(part), []):
        if o is part or not compatible(o, part) or o.value <= part.value:
            continue
        if not periods_fit(o, part):
            continue
        if o.subject == part.subject and o.subject is not None:
            continue
        if named_total and o.subject not in ("global",) and not scope.says_total(o):
            continue
        candidates.append(o)
    values = {c.value for c in candidates}
    if len(values) == 1:
        return candidates[0], named_total
    return None, False
