"""How a figure is named where its own words say little. A comparison put first in its sentence: "与去年同期的
12.84亿人次相比，深圳今年上半年的增量…", "Compared with 10.3
billion euros a year earlier, revenue from…", "So với mức 40,3 tỷ USD của năm 2023, đà phục hồi…". The figure inside
the opening comparison names little itself: it is of the thing the clause after the comparison speaks of, so that
clause's words (up to its first figure) say what it is a number of too. A sentence giving one figure's history
("The online figure compares with €200 million in April 2025 and €220 million in May 2024") is of the figure told
before with a change that its words match best.
"""

from __future__ import annotations

import weakref

from validator.lexicon import word_table
from validator.link.bases import named_role, period_before
from validator.link.period_spans import year_before
from validator.link.phrases import similarity
from validator.link.scope import Scope, end, is_quantity, start
from validator.link.wording import RATES, direction_of, is_delta
from validator.model import Claim, Period

# how alike the words of a loosely named earlier reading and its figure must be at least, and by how much more
# than any other figure of the kind
BEST_FLOOR = 0.3
BEST_MARGIN = 0.1

_FRAMED: weakref.WeakKeyDictionary[Scope, dict[str, frozenset[str]]] = weakref.WeakKeyDictionary()

# how far past the opening comparison the clause it frames is read (characters)
_REACH = 60


def framed_words(scope: Scope, o: Claim) -> frozenset[str]:
    """The words of the clause an opening comparison holding `o` frames, or nothing: `o` is the first figure of its
    sentence, a comparison word (`relations.base_before`) leads it in its clause, and the clause after the
    comparison comes before any other figure."""
    known = _FRAMED.setdefault(scope, {})
    found = known.get(o.id)
    if found is None:
        found = known[o.id] = _read(scope, o)
    return found


def _read(scope: Scope, o: Claim) -> frozenset[str]:
    sentence = scope.sentence_of(start(o))
    lo, hi = scope.clause_of(o)
    if scope.starting_in(sentence.start, start(o)) or hi >= sentence.end:
        return frozenset()  # (not the sentence's first figure, or no clause after it)
    if not word_table(scope.lang, "relations", "base_before").scan(scope.text, lo, start(o)):
        return frozenset()
    if any(start(x) < hi for x in scope.starting_in(end(o), sentence.end)):
        return frozenset()  # another figure in the comparison: "compared with 3.98 million and 3.62 million"
    nxt = scope.starting_in(hi, sentence.end)
    stop = min(sentence.end, hi + _REACH, start(nxt[0]) if nxt else sentence.end)
    _, clause_end = scope.ctx.clause_of(min(hi + 1, stop), min(hi + 1, stop))
    return scope.phrases.tokens(hi, min(stop, max(clause_end, hi + 1)))


def history(scope: Scope, o: Claim, now: Period | None) -> bool:
    """"The international figure compares with 3.98 million in July 2025 and 3.62 million in August 2024", "Online
    turnover was €384 million in August 2025 and €371 million in September 2024": a sentence that gives figures of
    one unit, each dated to another period before `now`, and nothing else, is one figure's history (of the figure
    its words match best)."""
    if now is None:
        return False
    sentence = scope.sentence_of(start(o))
    told = scope.starting_in(sentence.start, sentence.end)
    periods = [x.period for x in told if x.unit == o.unit and is_quantity(x)]
    if len(told) < 2 or len(periods) < len(told):
        return False
    dated = [p for p in periods if p is not None]
    if len(dated) < len(told) or len({(p.start, p.end) for p in dated}) < len(dated):
        return False
    return all(year_before(p, now) or period_before(p, now) for p in dated)


def _history_of(scope: Scope, o: Claim, current: Claim, sim: float) -> bool:
    """A figure of a history sentence (`history`) is the earlier reading of the figure told before it with a change
    of its own that its words match best: they share a word that names something, and every other such figure
    of its unit and size matches clearly worse."""
    shared = {t for t in scope.about(o) & scope.about(current) if not t.startswith("p:")}
    if not shared or sim < BEST_FLOOR or start(current) >= start(o):
        return False
    sentence = scope.sentence_of(start(o))
    for x in rivals(scope, o, current):
        if start(x) < sentence.start and _moved(scope, x) and alike(scope, o, x) > sim - BEST_MARGIN:
            return False
    return True


def rivals(scope: Scope, o: Claim, current: Claim) -> list[Claim]:
    """The figures that could be `current`'s earlier reading as well as `o`: of `o`'s unit and size, quantities,
    neither `o` nor `current` nor of `current`'s value (a restatement)."""
    return [x for x in scope.by_dimension(o) if x is not o and x is not current and x.unit == o.unit
            and x.value != current.value and is_quantity(x) and _near_size(x, o)]


def _moved(scope: Scope, x: Claim) -> bool:
    """Whether a rate with a direction stands in `x`'s clause ("rose 2% to €400 million", "€250 million in May,
    up 25%"): a figure told with a change of its own."""
    lo, hi = scope.clause_of(x)
    return any(r.unit in RATES and direction_of(scope, r) is not None for r in scope.starting_in(lo, hi))


def _framed_alike(scope: Scope, o: Claim, current: Claim) -> tuple[float, frozenset[str]]:
    """(how alike `o` and `current` are, the words of `o` that says so): when `o` stands in a comparison put first
    in its sentence ("与去年同期的12.84亿人次相比，深圳今年上半年的增量…", "Compared with 10.3 billion euros in 2023,
    tourism revenue…"), read with the words of the clause it frames, when that reading matches `current` better and
    clearly better than any other figure of its unit and size that is not itself an earlier reading; else its own."""
    sim = alike(scope, o, current)
    words = _words(scope, o)
    if words is scope.about(o) or not (framed := similarity(words, scope.about(current))) > sim:
        return sim, scope.about(o)
    if len(scope.about(current)) < 2:
        framed = min(framed, 0.5)
    for x in rivals(scope, o, current):
        if named_role(scope, x) is None and not is_delta(scope, x) and similarity(words, scope.about(x)) > (
                framed - BEST_MARGIN):
            return sim, scope.about(o)
    return (framed, words) if framed > sim else (sim, scope.about(o))


def _words(scope: Scope, c: Claim) -> frozenset[str]:
    """What `c` is a number of: its own words, and those of the clause an opening comparison holding it frames."""
    framed = framed_words(scope, c)
    if not framed:
        return scope.about(c)
    lo, _ = scope.clause_of(c)  # (its clause's own words, not the sentence's opening: a speaker's, "分析师指出")
    return framed | scope.phrases.tokens(lo, end(c))


def alike(scope: Scope, a: Claim, b: Claim) -> float:
    """How alike the words about two figures are; two bags of a word or less say too little to match on."""
    sim = scope.alike(a, b)
    if min(len(scope.about(a)), len(scope.about(b))) < 2:
        return min(sim, 0.5)
    return sim


def _near_size(o: Claim, current: Claim) -> bool:
    """The same figure a period earlier is of its size: within a factor of three."""
    if not o.value or not current.value:
        return False
    ratio = abs(float(current.value) / float(o.value))  # a coarse test: floats will do
    return 1 / 3 <= ratio <= 3
