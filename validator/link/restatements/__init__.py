"""Restatements: the same figure stated twice, paragraphs apart ("ghi nhận 9.840 ca" … "trong tổng số
9.480 ca"; "完成固定资产投资6452亿元" … "铁路固定资产投资6542亿元"; "7.54 million" … "7.45 million").

Two figures are one figure stated twice when an editor would read them so:

- the same kind of quantity (unit dimension), modality and role (a level, a change, a base), the same
  period where both are dated, and values close enough to be one figure;
- about the same thing: the words around them (`words.topic`, with the lexicon's synonyms as labels) are
  alike, and nothing tells them apart — no conflicting subject, metric or product label, no other named
  entity;
- not of two alternatives laid side by side ("方案一" … "方案二", "Option A" … "Option B": `alternatives`);
- neither is an item of a list of parallel figures ("分别占…44.22%、33.25%、6.67%", "lần lượt 8% và
  27%"): each item there is about its own name, and two lists of one shape are not restatements.

A count framed in other words in each statement ("toàn tỉnh có 812.400 học sinh" … "với quy mô 821.400 học
sinh") is one figure when both are dated alike, they count the same noun, and no other figure of the article
counts it in that period (`pairs.counted_alike`). Who gives a figure (a source, a speaker) is not what it is
about (`words.framed`).

Each later figure gets one hypothesis whose candidates are the earlier statements it may restate,
designated by how alike their words are. The arbiter then abduces: when another statement of that figure
matches, the pair that does not is no conflict.

A headline's figures are weighed on their own (`headlines`): a title's words are few and its figures
rounded. Modules: `figures` (which figures can be restated, their role), `words` (what a figure is about,
what tells two apart), `records` (one record of those features per figure, read once), `pairs` (the
pairwise reading and its strength), `headlines`.
"""

from __future__ import annotations

import bisect
from decimal import Decimal

from validator.link.alternatives import alternatives, alternatives_differ
from validator.link.hypotheses import STRONG, Hypothesis
from validator.link.restatements.figures import restatable
from validator.link.restatements.headlines import find_headline_restatements, headline_end
from validator.link.restatements.pairs import (
    CLOSE_HEDGED,
    alike,
    counted_alike,
    designation,
    labelled_alike,
    named_one_period,
    never_dated,
    repeated,
    spanned_alike,
    story_time,
    swapped,
    swaps,
)
from validator.link.restatements.records import Figure
from validator.link.scope import Scope, start
from validator.model import Claim, RestatementRelation

# the statements of one figure weighed for a later one (the likeliest), enough for the arithmetic to choose,
# among the nearest earlier figures of its size
CANDIDATES = 3
NEAREST = 12
# how far a figure rounded to three significant digits may lie from the precise one it restates
ROUNDED = Decimal("0.005")


def find_restatements(scope: Scope) -> list[Hypothesis]:
    """The body's figures stated twice, and the headline's figures restated in the body."""
    stop = headline_end(scope)
    out = [] if stop is None else find_headline_restatements(scope, stop)
    pool = [c for c in scope.claims if restatable(scope, c) and (stop is None or start(c) >= stop)]
    by_size = _by_size(pool)
    records = {c.id: Figure(scope, c) for c in pool}  # each figure's features, read once (`records`)
    labels = alternatives(scope, pool)  # the option or scenario each figure belongs to, if any
    for i, b in enumerate(pool):
        fb = records[b.id]
        # (strength, earlier figure, which reading) of each earlier figure `b` may restate, in the order weighed;
        # only the likeliest `CANDIDATES` become candidates (the sort is stable: equals stay in text order)
        readings: list[tuple[float, Figure, str]] = []
        for a in _earlier(by_size, i, b, NEAREST):
            if labels and alternatives_differ(labels, a, b):
                continue  # two options or scenarios laid side by side: two subjects (`alternatives`)
            fa = records[a.id]
            strength = designation(scope, fa, fb)
            if strength is not None:
                readings.append((strength, fa, "designated"))
            elif labelled_alike(scope, fa, fb):
                readings.append((STRONG, fa, "labelled"))
            elif (again := repeated(scope, fa, fb)) is not None:
                readings.append((again, fa, "repeated"))
            elif counted_alike(scope, fa, fb):
                readings.append((STRONG, fa, "counted"))
            elif swapped(scope, fa, fb):
                readings.append((STRONG, fa, "swapped"))
        if not readings:
            continue
        readings.sort(key=lambda r: -r[0])
        h = Hypothesis(f"restatement:{b.id}")
        for strength, fa, how in readings[:CANDIDATES]:
            _add(scope, h, fa, fb, strength, how)
        out.append(h)
    return out


def _add(scope: Scope, h: Hypothesis, fa: Figure, fb: Figure, strength: float, how: str) -> None:
    """The candidate of one reading of `fb` as restating `fa` (see `find_restatements`)."""
    a, b = fa.claim, fb.claim
    if how == "designated":
        named, never, spanned = named_one_period(fa, fb), never_dated(fa, fb), spanned_alike(fa, fb)
        h.add(RestatementRelation(kind="restatement", claims=[a.id, b.id], same_period=named or never or spanned),
              strength, f"same figure restated: words alike ({alike(fa, fb):.2f}), same unit and role, "
              + ("dated by the same period words" if named else "neither dated: the story's one time" if never
                 else "one dated, the other by that period's length" if spanned else "same period"))
    elif how == "labelled":
        h.add(RestatementRelation(kind="restatement", claims=[a.id, b.id]), strength,
              f"the same subject ({a.subject}) and metric ({a.metric}), one of them undated")
    elif how == "repeated":
        h.add(RestatementRelation(kind="restatement", claims=[a.id, b.id]), strength,
              f"the same value repeated, words alike ({alike(fa, fb):.2f})")
    elif how == "swapped":
        h.add(RestatementRelation(kind="restatement", claims=[a.id, b.id], same_period=named_one_period(fa, fb)
                                  or never_dated(fa, fb) or spanned_alike(fa, fb) or story_time(scope, fa, fb)),
              strength, f"the same metric written with two neighbouring digits swapped ({a.text}, {b.text}), nothing "
              "naming them apart")
    else:
        noun = ", ".join(sorted(fa.counted_noun & fb.counted_noun))
        h.add(RestatementRelation(kind="restatement", claims=[a.id, b.id]), strength,
              f"the same period and the same counted noun (words: {noun}), nothing naming them apart")


# per unit and sign: the sizes in order, and for each size its figures' pool indexes and the figures, in text order
Rows = dict[tuple[str, bool], tuple[list[Decimal], list[tuple[list[int], list[Claim]]]]]


def _by_size(pool: list[Claim]) -> Rows:
    """The figures of each unit (and sign) by size: a figure's restatements lie within CLOSE_HEDGED of it."""
    groups: dict[tuple[str, bool], dict[Decimal, tuple[list[int], list[Claim]]]] = {}
    for i, c in enumerate(pool):
        same = groups.setdefault((c.unit, c.value < 0), {}).setdefault(abs(c.value), ([], []))
        same[0].append(i)
        same[1].append(c)
    rows: Rows = {}
    for key, by_value in groups.items():
        sizes = sorted(by_value)
        rows[key] = (sizes, [by_value[v] for v in sizes])
    return rows


def _earlier(rows: Rows, i: int, b: Claim, nearest: int) -> list[Claim]:
    """The `nearest` figures before the i-th of the pool, of b's unit and size, in text order. Only the last
    `nearest` of each size can be among them (the pool is in text order), so each size is cut by bisection
    rather than every earlier figure sorted (a long document repeats its sizes)."""
    sizes, figures = rows[(b.unit, b.value < 0)]
    size = abs(b.value)
    lo = bisect.bisect_left(sizes, size * (1 - CLOSE_HEDGED))
    hi = bisect.bisect_right(sizes, size / (1 - CLOSE_HEDGED))
    found: list[Claim] = []
    for indexes, same in figures[lo:hi]:
        k = bisect.bisect_left(indexes, i)
        found.extend(same[max(0, k - nearest):k])
    found = sorted(found, key=start)[-nearest:]
    # and the figures its digits, two neighbours swapped, would give, however far in value (`pairs.swapped`),
    # written as precisely or one of them rounded (to three digits at least: within ROUNDED of the swapped value)
    for value in swaps(b):
        first = bisect.bisect_left(sizes, value * (1 - ROUNDED))
        last = bisect.bisect_right(sizes, value * (1 + ROUNDED))
        for at in range(first, last):
            if not lo <= at < hi:
                indexes, same = figures[at]
                k = bisect.bisect_left(indexes, i)
                found.extend(same[max(0, k - nearest):k])
    return found
