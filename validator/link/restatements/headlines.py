"""A headline's figure restated in the body ("Steel firm 'to cut' 45,000 jobs" … "could cut up to 45,000
jobs"; "万科上半年净利30亿元" … "净利为29.8亿元"; "nhận giải 127 tỷ đồng" … "tổng trị giá gần 127 tỷ đồng").

A headline is the article's first line when it stands alone (a blank line or the body follows) and reads
as a title: short, not ended as a sentence. It names the story's main figures, rounded, and the body
states them again, usually early. Each headline figure gets one hypothesis whose candidates are the body
figures of its kind, role and size (`CLOSE_HEDGED`: a headline rounds), designated by how many of the
headline's words the body figure's sentence repeats, by the same value, and by coming first.

A headline's words are few and its figures rounded, so its pairing is only ever `plausible` (below
`STRONG`): a consistent restatement verifies it; one that does not fit is a question, never a finding.
"""

from __future__ import annotations

import re

from validator.intervals import Hedge
from validator.link.hypotheses import STRONG, VERIFY, Hypothesis
from validator.link.phrases import labels
from validator.link.restatements.figures import close, memo, restatable, role
from validator.link.restatements.pairs import CLOSE_HEDGED
from validator.link.scope import Scope, compatible, end, start
from validator.model import Claim, RestatementRelation

# a headline is at most this long, and does not end as a sentence does
LONGEST = 160
_SENTENCE_END = re.compile(r"[.。!！]\s*$")
# the body figures weighed for one headline figure
CANDIDATES = 3
# the headline pairing's strengths: a base, what the words add, an equal value, the first such figure
BASE = VERIFY
WORDS = 0.2
EQUAL = 0.05
FIRST = 0.05
HIGHEST = STRONG - 0.05


def headline_end(scope: Scope) -> int | None:
    """Where the article's headline ends, or None when its first line is no headline."""
    text = scope.text
    stop = text.find("\n")
    if stop <= 0 or stop > LONGEST or not text[stop:].strip():
        return None
    line = text[:stop]
    if _SENTENCE_END.search(line):
        return None  # a lead sentence, not a title
    return stop


def find_headline_restatements(scope: Scope, stop: int) -> list[Hypothesis]:
    """One hypothesis per headline figure (the text before `stop`): the body figures it may be restated by."""
    heads = [c for c in scope.starting_in(0, stop) if end(c) <= stop and (restatable(scope, c) or _count(scope, c))]
    out: list[Hypothesis] = []
    words = scope.phrases.tokens(0, stop)
    for h in heads:
        hypothesis = Hypothesis(f"headline:{h.id}")
        body = _body(scope, h, stop)
        found = [(strength, b) for b in body if (strength := _strength(scope, h, b, words, b is body[0])) > 0]
        found.sort(key=lambda x: (-x[0], start(x[1])))
        for strength, b in found[:CANDIDATES]:
            units = {h.id: (b.unit, f"unit read from the body's {b.text}")} if _takes_unit(scope, h, b) else {}
            hypothesis.add(RestatementRelation(kind="restatement", claims=[h.id, b.id]), strength,
                           f"the headline's {h.text} restated in the body ({strength:.2f})", units)
        if hypothesis.candidates:
            out.append(hypothesis)
    return out


def _count(scope: Scope, c: Claim) -> bool:
    """A small count a headline names by what it counts ("China suspends 26 power projects", "丰田30种零部件供应
    短缺", "72 thí sinh bị đình chỉ"): a figure of the story when the body counts the same things again; not the
    size of a top group ("三大", "the big five") nor a count of nothing named."""
    return (c.unit == "item" and 2 <= c.value < 100 and c.value == int(c.value) and c.high is None
            and any(ch.isdigit() for ch in c.text)  # "三大", "the big four": a group's name more than a count
            and not scope.is_group_count(c) and bool(_things(scope, c)))


def _things(scope: Scope, c: Claim) -> frozenset[str]:
    """The content words right after a count that say what it counts (labels left out)."""
    return frozenset(t for t in scope.counted(c) if ":" not in t)


def _stated(c: Claim) -> bool:
    """A figure a headline states (not a range, a multiple or a length of time)."""
    return c.high is None and c.value != 0 and c.unit not in ("times", "year", "month", "week", "day", "hour")


def _body(scope: Scope, h: Claim, stop: int) -> list[Claim]:
    """The body figures that may restate headline figure `h`: of its kind and role, close in value, and at
    most one bound of each value ("more than 40%" twice is one figure only when equal). A headline says
    nothing of modality ("Steel demand to rise 25%" for "demand could rise 25%") and its verbs are its own
    ("profits surge 15%"): a rate it states with no rise or fall word the lexicon knows may be a change.
    A headline amount written without its unit ("Trúng giải 28,7 tỷ", "三年将投73亿") takes the body's."""
    out = []
    hb, hd, hc = role(scope, h)
    counted = _things(scope, h) if _count(scope, h) else None
    for b in scope.claims:
        if start(b) < stop or not _stated(b) or (b.unit == "percent") != (h.unit == "percent"):
            continue
        if counted is not None:  # a small count: restated only by a count of the same things
            if b.unit == h.unit and close(h, b, CLOSE_HEDGED) and counted & _things(scope, b) \
                    and not scope.is_group_count(b):
                out.append(b)
            continue
        if not (compatible(h, b) or _takes_unit(scope, h, b)) or not close(h, b, CLOSE_HEDGED):
            continue
        if h.hedge and b.hedge and h.value != b.value and not _brackets(h, b):
            continue
        bb, bd, bc = role(scope, b)
        if (hb, hd) == (bb, bd) and (hc == bc or not hc):
            out.append(b)
    return out


_BELOW = (Hedge.NEARLY, Hedge.UNDER)  # the figure is at most the value written
_ABOVE = (Hedge.OVER, Hedge.AT_LEAST)  # at least


def _brackets(h: Claim, b: Claim) -> bool:
    """Two bounds of one figure from either side: "mất gần 100 tỉ USD" and "mất tổng cộng hơn 97,5 tỉ USD", "nearly
    $100bn" and "more than $97.5bn" (two bounds on the same side are two figures unless equal)."""
    low, high = (b, h) if h.hedge in _BELOW else (h, b)
    return high.hedge in _BELOW and low.hedge in _ABOVE and low.value < high.value


def _takes_unit(scope: Scope, h: Claim, b: Claim) -> bool:
    """A bare headline amount ("28,7 tỷ", "73亿") read in the unit of a body figure of the same value."""
    return h.unit == "item" and b.unit not in ("item", "percent") and scope.bare(h) and h.value == b.value


def _strength(scope: Scope, h: Claim, b: Claim, words: frozenset[str], first: bool) -> float:
    """How clearly body figure `b` restates headline figure `h`: the share of the headline's words its
    sentence repeats (none repeated: no reading, unless the value is the same), the same value, the first
    such figure of the body. 0 when labels tell them apart."""
    body = _sentence_words(scope, b)
    for prefix in ("m:", "s:", "p:"):
        lh, lb = labels(words, prefix), labels(body, prefix)
        if lh and lb and not lh & lb:
            return 0.0
    shared = len(words & body) / len(words) if words else 0.0
    equal = h.value == b.value
    if not shared and not equal:
        return 0.0
    strength = BASE + WORDS * shared + (EQUAL if equal else 0.0) + (FIRST if first else 0.0)
    return min(HIGHEST, strength)


def _sentence_words(scope: Scope, c: Claim) -> frozenset[str]:
    sentence = scope.sentence_of(start(c))
    return memo(scope, "sentence_words", c, lambda: scope.phrases.tokens(sentence.start, sentence.end))
