"""Multiples: "gấp N lần", "N倍", "N times", "twice", "gấp đôi", "nearly four times" — how many times a base
the current figure is.

The operands are found as a change's are (see `validator.link.changes`): a "from A to B" pair the multiple
owns, a base named right after it ("three times the $2.64 billion", "gấp 2,4 lần cùng kỳ năm ngoái (6.190
chiếc)") or just before it ("是2022年底521万个的近5倍"), a base in a clause naming an earlier period, or the
same figure a period earlier. Two more wordings name the figures by words:
- "光伏新增装机约为风电新增装机的2.9倍": both figures stand earlier in the sentence, the words before and after
  the copula say which is which;
- "云计算业务收入已是2020年同期（68.2亿元）的5.3倍": the base is given, the current figure is named by its words
  and stated elsewhere in the article.
"""

from __future__ import annotations

from validator.lexicon import word_table
from validator.link.bases import plausible_base, stated_bases, takes_unit
from validator.link.currents import current_of, named_current, named_rivals
from validator.link.hypotheses import CLAUSE, EXPLICIT, STRONG, Hypothesis
from validator.link.movements import Moves, moves_of
from validator.link.phrases import similarity
from validator.link.priors import prior_figures
from validator.link.scope import Scope, compatible, end, is_amount, start
from validator.model import Claim, MultipleRelation

# how many paragraphs back a comparison's two things, named by words, may be stated
_REACH = 10


def find_multiples(scope: Scope, ranges: dict[str, tuple[Claim, Claim]]) -> list[Hypothesis]:
    mv = moves_of(scope, ranges)
    out: list[Hypothesis] = []
    for c in scope.claims:
        if c.unit != "times" or c.value < 1 or c.id in mv.members or "/" in c.text:
            continue  # "2010/11年度": a season, not a multiple
        h = _multiple_hypothesis(scope, mv, c)
        if h.candidates:
            out.append(h)
    return out


def _multiple_hypothesis(scope: Scope, mv: Moves, c: Claim) -> Hypothesis:
    h = Hypothesis(c.id)

    def add(base: Claim, current: Claim, strength: float, why: str) -> None:
        if base.id != current.id and (is_amount(base) and is_amount(current) or _rates(base, current)):
            h.add(MultipleRelation(kind="multiple", multiple=c.id, base=base.id, current=current.id), strength, why,
                  takes_unit(base, current))

    owned = mv.owners.get(c.id)
    if owned is not None:
        base, current, strength = owned
        add(base, current, strength, f"from {base.text} to {current.text}")
        return h
    for current, base, s, reason in _former_latter(scope, c):
        add(base, current, s, reason)
    if h.candidates:
        return h
    found, before, strength, why = current_of(scope, mv, c)
    if found is None and before is None:
        after = _base_after(scope, c)
        if after is not None:  # the current named by the clause's words: the arithmetic tells near-equals apart
            for o, alike in named_rivals(scope, c, after):
                add(after, o, 0.55, f"{o.text} named by its words (alike {alike:.2f}), compared with {after.text}")
            return h
    if found is None and before is not None:
        found, strength, why = named_current(scope, c, before)
    if found is None:
        for a, b, s, reason in _named_pair(scope, c):
            add(b, a, s, reason)
        return h
    current = found
    if before is not None and plausible_base(before, current, c):
        add(before, current, min(strength, EXPLICIT), f"{current.text} compared with {before.text}")
    stated = stated_bases(scope, mv, c, current)
    for base, s, reason in stated:
        add(base, current, min(strength, s), reason)
    if before is None and not stated:
        for base, s, reason in prior_figures(scope, current):
            add(base, current, min(strength, s), reason)
    if not h.candidates and before is None:  # "光伏新增装机1.02亿千瓦，风电…2584万千瓦，光伏…约为风电…的2.9倍"
        for a, b, s, reason in _named_pair(scope, c):
            add(b, a, s, reason)
    return h


def _base_after(scope: Scope, c: Claim) -> Claim | None:
    """"The number of applications was 1.6 times the 6.28 million recorded in 2024", "lượng xe nhập từ Trung Quốc
    gấp 2,6 lần cùng kỳ năm ngoái (15.290 chiếc)": with no figure before it, the amount right after a multiple (an
    article between at most, or in parentheses after the words naming it) is its base; the current is named by the
    clause's words."""
    lo, _ = scope.clause_of(c)
    if any(end(o) <= start(c) for o in scope.starting_in(lo, start(c))):
        return None
    after = scope.starting_in(end(c), scope.sentence_of(start(c)).end)
    if not after or not is_amount(after[0]):
        return None
    gap = scope.text[end(c):start(after[0])].strip()
    # "1.6 times the 6.28 million", "gấp 2,6 lần cùng kỳ năm ngoái (15.290 chiếc)"; not "hai lần vào lúc 4 giờ"
    if len(gap) <= 4 or (len(gap) <= 40 and gap.endswith(("(", "（"))):
        return after[0]
    return None


def _rates(base: Claim, current: Claim) -> bool:
    """Two percentages compared as a multiple: "55.4% … compared with 22.1% - two and a half times the rate"."""
    return base.unit == "percent" and current.unit == "percent"


def _named_pair(scope: Scope, c: Claim) -> list[tuple[Claim, Claim, float, str]]:
    """(current, base, strength, why) when the multiple's clause names both figures by words and they stand
    earlier in the sentence: "光伏新增装机1.02亿千瓦，风电新增装机2584万千瓦，光伏新增装机约为风电新增装机的2.9倍"."""
    lo, hi = scope.clause_of(c)
    if any(o is not c for o in scope.starting_in(lo, hi)):
        return []
    copulas = word_table(scope.lang, "relations", "multiple_copula").scan(scope.text, lo, start(c))
    if copulas:  # "A约为B的N倍": A before the copula, B after it
        first = scope.phrases.tokens(lo, copulas[0].start)
        second = scope.phrases.tokens(copulas[0].end, start(c))
    else:  # "A was three times B"
        first = scope.phrases.tokens(lo, start(c))
        second = scope.phrases.tokens(end(c), hi)
    sentence = scope.sentence_of(start(c))
    figures = [o for o in scope.starting_in(sentence.start, lo) if is_amount(o) and not scope.is_group_count(o)]
    if not figures and second:
        # "…储能系统业务收入102.5亿元，…；动力电池业务收入41.3亿元。年报显示，储能系统收入约为动力电池业务的3.5倍": a
        # sentence of its own compares two figures its paragraph gave before it, naming both
        para = scope.paragraph(c)
        figures = [o for o in scope.in_paragraphs(para, para) if end(o) <= sentence.start and is_amount(o)
                   and not scope.is_group_count(o)]
        pair = _contrasted(scope, figures, first, second)
        if pair is None:
            return _named_earlier(scope, sentence.start, para, first, second)
        current, base, fit = pair
        # as strong as in its own sentence when each side's words name its figure wholly; strong still when one
        # side does and the other's words pick their figure out of the paragraph's in good part
        strength = CLAUSE if fit >= 0.9 else STRONG if fit >= 0.3 else 0.65
        return [(current, base, strength,
                 f"{current.text} and {base.text}, each named by the words on its side ({fit:.2f}), earlier in "
                 f"its paragraph")]
    if len(figures) < 2 or not first:
        return []
    if not second:  # "…London £518,000; the North East £161,000, so a London home cost more than three times as much"
        current = max(figures, key=lambda o: similarity(scope.about(o), first))
        rest = [o for o in figures if o is not current and compatible(o, current)]
        if len(rest) != 1:
            return []
        return [(current, rest[0], 0.55, f"{current.text} and {rest[0].text}, named by the words before it")]
    by_first = {o.id: similarity(scope.about(o), first) for o in figures}
    if max(by_first.values()) < 0.3:
        # "民营医院26583个，…，数量是公立医院的2.26倍": the subject is left out ("数量"); the base is named, and the
        # current is the one other figure of its kind
        base = max(figures, key=lambda o: similarity(scope.about(o), second))
        others = [o for o in figures if o is not base and compatible(o, base)]
        if len(others) != 1:
            return []
        return [(others[0], base, 0.55, f"{others[0].text} and {base.text}, the base named by the words after it")]
    pair = _contrasted(scope, figures, first, second)
    if pair is not None:
        current, base, fit = pair
        return [(current, base, CLAUSE, f"{current.text} and {base.text}, each named by the words on its side "
                                        f"({fit:.2f})")]
    current = max(figures, key=lambda o: by_first[o.id])
    rest = [o for o in figures if o is not current and compatible(o, current)]
    if not rest:
        return []
    base = max(rest, key=lambda o: similarity(scope.about(o), second))
    fit = min(by_first[current.id], similarity(scope.about(base), second))
    strength = CLAUSE if fit >= 0.6 else 0.55
    return [(current, base, strength, f"{current.text} and {base.text}, named by the words around it ({fit:.2f})")]


def _named_earlier(scope: Scope, lo: int, para: int, first: frozenset[str], second: frozenset[str]
                   ) -> list[tuple[Claim, Claim, float, str]]:
    """"牛肉零售均价为每公斤72.4元。…（other sections）…鸡肉零售均价为每公斤18.1元。…按本周均价计算，牛肉价格约为鸡肉的
    4倍": a comparison that names both things, each stated in its own section earlier in the article — the two
    levels (no comparison bases) its words pick out of all the article's figures before it, each side's words
    naming one figure in good part and no other figure of the kind as well."""
    figures = [o for o in scope.in_paragraphs(max(0, para - _REACH), para) if end(o) <= lo and is_amount(o)
               and not scope.is_group_count(o) and not scope.is_base(o)]
    pair = _contrasted(scope, figures, first, second)
    if pair is None or pair[2] < 0.6:
        return []
    current, base, fit = pair
    return [(current, base, STRONG, f"{current.text} and {base.text}, each named by the words on its side ({fit:.2f}), "
                                    f"earlier in the article")]


def _contrasted(scope: Scope, figures: list[Claim], first: frozenset[str], second: frozenset[str]
                ) -> tuple[Claim, Claim, float] | None:
    """(current, base) when the words on each side of the copula pick a different figure of one kind, one of
    them wholly ("光伏新增规模是风电的4.5倍": "风电" names 0.80亿千瓦 alone, "光伏" 2.78亿千瓦): the figure the first
    words carry best and the second do not, and the other way round, with the lesser of the two fits; None when the
    words do not tell them apart."""
    if not first or not second or len(figures) < 2:
        return None
    one = {o.id: scope.covers(first, o) for o in figures}
    two = {o.id: scope.covers(second, o) for o in figures}
    current = max(figures, key=lambda o: (one[o.id] - two[o.id], one[o.id]))
    base = max(figures, key=lambda o: (two[o.id] - one[o.id], two[o.id]))
    if current is base or not compatible(current, base):
        return None
    rivals = [o for o in figures if o is not current and o is not base and compatible(o, current)]
    if any(one[o.id] >= one[current.id] or two[o.id] >= two[base.id] for o in rivals):
        return None  # a third figure of the kind is named as well as either
    if one[current.id] <= one[base.id] or two[base.id] <= two[current.id]:
        return None
    if max(one[current.id], two[base.id]) < 0.9:
        return None
    return current, base, min(one[current.id], two[base.id])


def _former_latter(scope: Scope, c: Claim) -> list[tuple[Claim, Claim, float, str]]:
    """"冠军票房27.3亿元，亚军8.6亿元，前者是后者的近三倍", "… $42m and $14m; the former was three times the latter":
    the two things named by their order are the last two figures of one kind before the multiple's clause (in its
    sentence, or the one before it in the paragraph), the former the first; the one named before the multiple is
    the current."""
    lo, hi = scope.clause_of(c)
    hits = word_table(scope.lang, "relations", "former_latter").scan(scope.text, lo, hi)
    if len(hits) != 2 or {h.label for h in hits} != {"former", "latter"} or hits[0].start > start(c):
        return []
    if any(o is not c for o in scope.starting_in(lo, hi)):
        return []
    sentence = scope.sentence_of(start(c))
    back = scope.previous_sentence(sentence)
    first = back.start if back is not None and back.paragraph == sentence.paragraph else sentence.start
    figures = [o for o in scope.starting_in(first, lo) if is_amount(o) and not scope.is_group_count(o)
               and not scope.is_base(o) and not scope.is_delta(o)]
    if not figures:
        return []
    latter = figures[-1]
    earlier = [o for o in figures[:-1] if compatible(o, latter)]
    if not earlier:
        return []
    former = earlier[-1]
    current, base = (former, latter) if hits[0].label == "former" else (latter, former)
    return [(current, base, CLAUSE, f"{current.text} and {base.text}, named '{hits[0].word}' and "
                                    f"'{hits[1].word}' by their order before it")]
