"""The words around a figure that say what it does in a change: rise and fall words ("tăng", "增长", "up"),
a compound or average annual rate, a level reached or left ("rose to 53.3%"), the period a change compares
with (同比 / 环比), a figure named as the base ("so với", "比上年同期的", "from"), a change written as an
amount ("tăng 3.000 chiếc", "£4,973 higher"), and where a clause or sentence breaks.

These are predicates on one figure and its words, shared by the change, multiple and CAGR finders.
"""

from __future__ import annotations

import functools
import re
import weakref

from validator.extract.context import Sentence
from validator.lexicon import WordHit, WordTable, lexicon, word_table
from validator.link.scope import (
    CLAUSE_GAP,
    DURATION_UNITS,
    Scope,
    end,
    is_quantity,
    start,
)
from validator.model import Claim

RATES = ("percent", "point")


def is_fraction(c: Claim) -> bool:
    """A fraction below one ("half", "một phần ba", "三分之一"): a rate when a rise or fall word leads it ("cut by
    half", "giảm một nửa", "减少了三分之一")."""
    return c.unit == "times" and 0 < c.value < 1 and c.reading is None


# Within a sentence (the splitter has told an abbreviation's dot, "Jan. 1", from a full stop) only a semicolon
# breaks it into parts.
SEMICOLON = re.compile(r"[;；]")


def broken(scope: Scope, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] crosses a sentence end or a semicolon."""
    if hi <= lo:
        return False
    return bool(SEMICOLON.search(scope.text, lo, hi)) or scope.sentence_of(lo).start != scope.sentence_of(hi - 1).start


def moves(scope: Scope, lo: int, hi: int) -> list[WordHit]:
    """Rise and fall words in text[lo:hi] (labelled 'up' / 'down'): the lexicon's change cues (less those
    inside a share or parts cue, see `Scope.moves`) and the further words of `relations.moves`."""
    if hi <= lo:
        return []
    found = scope.moves_read.get((lo, hi))
    if found is None:  # kept per span on the scope: finders ask again
        found = scope.moves_read[lo, hi] = _moves(scope, lo, hi)
    return list(found)  # (a copy: the kept list stays as read)


def _moves(scope: Scope, lo: int, hi: int) -> list[WordHit]:
    downs = {h.start for h in scope.ctx.between("down", lo, hi)}
    found = [WordHit(h.start, h.end, "down" if h.start in downs else "up", h.word) for h in scope.moves(lo, hi)]
    taken = {h.start: h.end for h in found}
    # a longer word at a cue's start is the word ("增幅" over "增")
    more = [h for h in word_table(scope.lang, "relations", "moves").scan(scope.text, lo, hi)
            if h.end > taken.get(h.start, h.start)]
    if more:  # less those inside a word holding one without meaning it ("33.53%的增幅")
        held = word_table(scope.lang, "relations", "not_moves").scan(scope.text, max(lo - 16, 0),
                                                                     min(len(scope.text), hi + 8))
        more = [m for m in more if not any(h.start <= m.start and m.end <= h.end for h in held)]
    # a longer word holding a cue is the word: "增幅" over "增", and "少增" (a smaller rise than the earlier
    # period's: the difference is negative) over its "增"
    return [h for h in found if not any(m.start <= h.start and h.end <= m.end for m in more)] + more


def direction_of(scope: Scope, c: Claim) -> str | None:
    """'up' or 'down': the rise or fall word right before the figure in its clause (or right after it, where
    the language puts it there: "5% higher")."""
    lo, hi = scope.clause_of(c)
    # a fraction may be its own fall word ("halved", "减半", "腰斩"): read the move words through its end
    window = (max(lo, start(c) - 14), end(c) if is_fraction(c) else start(c))
    hits = moves(scope, *window)
    if not hits and lexicon(scope.lang).cues.change_after:
        window = (end(c), min(hi, end(c) + 10))
        hits = moves(scope, *window)
    if not hits:
        return _comparative(scope, c, lo, hi)
    last = max(hits, key=lambda h: (h.start, -h.end))
    return None if evaluative(scope, last) else last.label


def evaluative(scope: Scope, hit: WordHit) -> bool:
    """Whether a rise or fall word stands inside a word that judges the move rather than says its way
    (`relations.evaluative`: "improved", "a gain of", "cải thiện", "改善"): a cost ratio improves as it falls."""
    held = word_table(scope.lang, "relations", "evaluative").scan(scope.text, max(hit.start - 12, 0),
                                                                  min(len(scope.text), hit.end + 12))
    return any(h.start <= hit.start and hit.end <= h.end for h in held)


def _comparative(scope: Scope, c: Claim, lo: int, hi: int) -> str | None:
    """"18% more than the €3.95bn", "22% above the average", "cao hơn 18%", "高出18%": a comparison written
    with a comparative right next to the figure."""
    table = word_table(scope.lang, "relations", "comparative")
    before = table.scan(scope.text, max(lo, start(c) - 10), start(c))
    if before and not scope.text[before[-1].end:start(c)].strip():
        return before[-1].label
    after = table.scan(scope.text, end(c), min(hi, end(c) + 14))
    if after and not scope.text[end(c):after[0].start].strip():
        return after[0].label
    return None


def is_rate(scope: Scope, c: Claim) -> bool:
    """A compound or average annual rate ("年均复合增长率约为22%", "khoảng 13%/năm", "8.1% a year"): a CAGR,
    not a change."""
    lo, hi = scope.clause_of(c)
    if word_table(scope.lang, "relations", "cagr").scan(scope.text, max(lo, start(c) - 40), start(c)):
        return True
    after = word_table(scope.lang, "relations", "rate_after").scan(scope.text, end(c), min(hi, end(c) + 14))
    return bool(after) and not scope.text[end(c):after[0].start].strip()


def reached(scope: Scope, c: Claim) -> bool:
    """"rose to 53.3%", "down from 9.0%": a level reached or left, not a change ("涨幅达到50%" is one)."""
    lo = max(start(c) - 6, 0)
    if scope.ctx.between("from", lo, start(c)):
        return True
    return bool(scope.ctx.between("to", lo, start(c))) and not _size_reaches(scope, c)


def _size_reaches(scope: Scope, c: Claim) -> bool:
    """"涨幅达到50%", "mức tăng đạt 5%": the size of a move reaches the figure, which is the change itself; only a
    reach word (and no figure or other move word) stands between them."""
    sizes = word_table(scope.lang, "relations", "move_size").scan(scope.text, max(0, start(c) - 12), start(c))
    if not sizes:
        return False
    gap = scope.text[sizes[-1].end:start(c)]
    return len(gap.strip()) <= 4 and not any(ch.isdigit() for ch in gap) and not moves(scope, sizes[-1].end, start(c))


def change_period(scope: Scope, c: Claim) -> str | None:
    """'yoy' or 'prev' when the change's clause says which earlier period it is measured from: the period word
    that leads it in its clause ("同比增长33.6%，环比增长12.4%": 33.6% is year on year), else one after it and
    before the next figure ("rose 5% from a year earlier")."""
    lo, hi = scope.clause_of(c)
    table = word_table(scope.lang, "relations", "change_period")
    before = table.scan(scope.text, lo, start(c))
    # where a change's words trail it ("tăng 4,6% so với cùng kỳ và tăng 0,8% so với tháng trước"), a period word
    # before it in its clause may be the change before's: its own after it come first
    if before and scope.flag("base_leads_change"):
        return before[-1].label
    limit = min(len(scope.text), hi + 24, scope.sentence_of(start(c)).end)
    nxt = scope.starting_in(end(c), limit)
    hits = table.scan(scope.text, end(c), start(nxt[0]) if nxt else limit)
    labels = {h.label for h in hits}
    own = {h.label for h in hits if h.end <= hi}  # "so với tháng trước, cùng kỳ năm trước là …": its clause's first
    if len(labels) == 1 or len(own) == 1:
        return (labels if len(labels) == 1 else own).pop()
    return before[-1].label if before and not hits else None


def lead_start(scope: Scope, c: Claim) -> int:
    """Where the words leading up to `c` begin: its clause's start, or the clause before when `c` opens a
    parenthesis ("so với năm 2023 (24.960 tỷ đồng…)")."""
    lo, _ = scope.clause_of(c)
    if not scope.text[lo:start(c)].strip() and lo > 0 and scope.text[lo - 1] in "(（":
        prev_lo, _ = scope.ctx.clause_of(max(0, lo - 2), max(0, lo - 2))
        return prev_lo
    return lo


def earlier_words(scope: Scope, lo: int, hi: int) -> bool:
    """A comparison or earlier-period word in text[lo:hi]: "so với", "上年同期", "from", "a year earlier"."""
    if word_table(scope.lang, "comparison", "base").scan(scope.text, lo, hi):
        return True
    if scope.ctx.between("from", max(lo, hi - 8), hi) or scope.ctx.between("prior", lo, hi):
        return True
    return bool(base_periods(scope.lang).scan(scope.text, lo, hi))


@functools.cache
def base_periods(language: str) -> WordTable:
    return word_table(language, "relations", "base_period")


def is_delta(scope: Scope, o: Claim) -> bool:
    """A change written as an amount: "tăng 3.000 chiếc", "增加9947万吨", "£4,973 higher" — but not the base
    of "up from 751 million"."""
    if scope.ctx.between("from", max(0, start(o) - 8), start(o)):
        return False
    return scope.is_delta(o) or _delta_after(scope, o) or _moved_by(scope, o)


def _moved_by(scope: Scope, o: Claim) -> bool:
    """"after falling 1.71 billion", "rising 792 mln": a rise or fall word of `relations.moves` right before it,
    not followed by a "to" (which makes the figure a level reached)."""
    lo = max(scope.after_previous(o), start(o) - 14)
    hits = word_table(scope.lang, "relations", "moves").scan(scope.text, lo, start(o))
    if not hits:
        return False
    last = max(hits, key=lambda h: h.start)
    # right before it ("falling 1.71 billion", "rose by 3", "涨了3元"), not a word further back ("5升装的…114元")
    return len(scope.text[last.end:start(o)].strip()) <= 3 and not scope.ctx.between("to", last.start, start(o))


def _delta_after(scope: Scope, o: Claim) -> bool:
    """A change written as an amount with its rise word after it: "£4,973 higher than"."""
    if not lexicon(scope.lang).cues.change_after:
        return False
    _, hi = scope.clause_of(o)
    after = moves(scope, end(o), min(hi, end(o) + 10))
    return bool(after) and not scope.text[end(o):after[0].start].strip()


def told_as_cause(scope: Scope, lo: int, c: Claim) -> bool:
    """Whether change `c` is told in a clause giving the cause of what stands before it, from `lo` on: "rose to
    $1.87 from $1.74, reflecting a 23% increase in power tariffs", "từ A lên B, do giá điện tăng 23%", "由A升至B，
    主要受电价上涨23%影响". A clause break after the cause word ends it: "reached $5bn thanks to exports, up 5%"."""
    hi = move_start(scope, c)
    hits = word_table(scope.lang, "relations", "cause").scan(scope.text, lo, hi)
    return bool(hits) and not CLAUSE_GAP.search(scope.text, hits[-1].end, hi)


def move_start(scope: Scope, c: Claim) -> int:
    """Where the change's own rise or fall word starts (the figure's start when it follows the figure)."""
    lo, _ = scope.clause_of(c)
    hits = moves(scope, max(lo, start(c) - 14), start(c))
    return max(h.start for h in hits) if hits else start(c)


def is_share(scope: Scope, o: Claim) -> bool:
    lo, _ = scope.clause_of(o)
    return bool(scope.ctx.between("share", lo, start(o)))


def named_as_base(scope: Scope, o: Claim) -> bool:
    """A figure a comparison word names as the base: "比上年同期的250万辆", "较上年同期的8390万吨", "compared with
    1.2 million", "from 1.5 million"."""
    lo = max(_after_previous_figure(scope, o), start(o) - 40, lead_start(scope, o))
    markers = word_table(scope.lang, "comparison", "base").scan(scope.text, lo, start(o))
    if markers and not scope.ctx.between("to", markers[-1].end, start(o)):
        return True
    near = word_table(scope.lang, "relations", "base_before").scan(scope.text, max(lo, start(o) - 18), start(o))
    return bool(near) or bool(scope.ctx.between("from", max(lo, start(o) - 8), start(o)))


def _after_previous_figure(scope: Scope, o: Claim) -> int:
    """Where the words leading `o` begin, passing back over a span of time inside them: "较前一周的18.38元",
    "compared with two weeks earlier's 1.2 million", "so với một tháng trước (9,6 tỷ đồng)" name the base's period,
    not a figure of their own."""
    lo = scope.after_previous(o)
    i = scope.index.get(o.id, 0)
    while i > 0 and scope.claims[i - 1].unit in DURATION_UNITS and end(scope.claims[i - 1]) == lo:
        i -= 1
        lo = scope.after_previous(scope.claims[i])
    return lo


def list_marker(scope: Scope, o: Claim) -> bool:
    """"1、工信部数据显示", "2) The …": a number that marks an item of a list."""
    return o.unit == "item" and o.text.strip().isdigit() and scope.text[end(o):end(o) + 1] in ("、", ")", "）")


def multiple_base(scope: Scope, o: Claim, c: Claim) -> bool:
    """"是2022年底521万个的近5倍", "已是2020年同期（68.2亿元）的5.3倍": the figure just before a multiple, in its
    clause (or its parentheses), is what it multiplies. That holds where the language puts the thing compared with
    before the comparison (zh "是B的N倍"); where it follows it ("A was nearly twice B's", "A gấp đôi B"), a word
    joining the figure to the multiple is a copula and the figure is the one multiplied up to, not the base."""
    gap = scope.text[end(o):start(c)]
    if c.unit != "times" or CLAUSE_GAP.search(gap):
        return False
    words = gap.strip(" ()（）")
    return len(words) <= 3 if scope.flag("base_leads_change") else not words


def parenthetical(scope: Scope, o: Claim, c: Claim) -> bool:
    """`o` stands in parentheses that close before `c`: "higher than 12 months earlier (£276,400) and up 0.2%"."""
    text = scope.text
    opening = max(text.rfind("(", max(0, start(o) - 30), start(o)), text.rfind("（", max(0, start(o) - 30), start(o)))
    if opening < 0 or re.search(r"[)）]", text[opening:start(o)]):
        return False
    return bool(re.search(r"[)）]", text[end(o):start(c)]))


def stand_in(scope: Scope, o: Claim) -> Claim | None:
    """The figure `o` stands for when its clause points back at the several figures named before it, each in turn
    ("去年10月，这两项指标分别为135.6亿件和1182.4亿元", "A year earlier, the two figures were 4.6 million and $3.9bn
    respectively"): the k-th figure after the words is the same thing as the k-th of as many figures just before
    them, in its paragraph, if of the same unit. Read once per document."""
    table = _STANDS.get(scope)
    if table is None:
        table = _STANDS[scope] = _stands(scope)
    return table.get(o.id)


_STANDS: weakref.WeakKeyDictionary[Scope, dict[str, Claim]] = weakref.WeakKeyDictionary()


def _stands(scope: Scope) -> dict[str, Claim]:
    found: dict[str, Claim] = {}
    for hit in word_table(scope.lang, "relations", "figures_anaphora").scan(scope.text, 0, len(scope.text)):
        listed = [x for x in scope.starting_in(hit.end, scope.ctx.clause_of(hit.start, hit.end)[1]) if is_quantity(x)]
        if len(listed) < 2:
            continue
        para = scope.paragraph(listed[0])
        before = [x for x in scope.in_paragraphs(para, para) if end(x) <= hit.start and is_quantity(x)]
        if len(before) < len(listed):
            continue
        for k, o in enumerate(listed):
            like = before[len(before) - len(listed) + k]
            if like.unit == o.unit:
                found[o.id] = like
    return found


def alone_in_paragraph(scope: Scope, sentence: Sentence) -> bool:
    """The sentence is its paragraph's only one (a news lede)."""
    before = scope.previous_sentence(sentence)
    after = scope.next_sentences(sentence, 1)
    return (before is None or before.paragraph != sentence.paragraph) and (
        not after or after[0].paragraph != sentence.paragraph)


def in_spread(scope: Scope, o: Claim) -> bool:
    """`o` is one end (or a point) of a spread across places or things, not a move through time: "rates ranged
    from 3.6% in Northumberland to 5.8% in Newcastle", "giá dao động từ 42.000 đến 45.000 đồng/kg", "售价从1.2万元到3万
    元不等", "增速在3%至5%之间". A spread's figures are never a change's or multiple's base or current. Read once per
    document."""
    found = _SPREADS.get(scope)
    if found is None:
        found = _SPREADS[scope] = _spreads(scope)
    return o.id in found


_SPREADS: weakref.WeakKeyDictionary[Scope, frozenset[str]] = weakref.WeakKeyDictionary()

# between a spread's last figure and the word closing it ("3万元不等", "5%之间")
_SPREAD_CLOSE_GAP = 6


def _spreads(scope: Scope) -> frozenset[str]:
    text = scope.text
    found: set[str] = set()
    for hit in word_table(scope.lang, "relations", "spread_open").scan(text, 0, len(text)):
        # the figures after the opening word, up to the clause break after the second of them
        sentence = scope.sentence_of(hit.start)
        members: list[Claim] = []
        last = hit.end
        for x in scope.starting_in(hit.end, sentence.end):
            if (_ends(members) >= 2 and CLAUSE_GAP.search(text, last, start(x))) or SEMICOLON.search(
                    text, last, start(x)):
                break
            if not members and (start(x) - hit.end > 12 or CLAUSE_GAP.search(text, hit.end, start(x))):
                break  # the opening word leads its first figure
            members.append(x)
            last = end(x)
        if _ends(members) >= 2:
            found.update(x.id for x in members)
    for hit in word_table(scope.lang, "relations", "spread_close").scan(text, 0, len(text)):
        # the figures of the clause the closing word ends, the last right before it
        lo = scope.ctx.clause_of(hit.start, hit.end)[0]
        members = [x for x in scope.starting_in(lo, hit.start) if end(x) <= hit.start]
        if _ends(members) < 2 or hit.start - end(members[-1]) > _SPREAD_CLOSE_GAP or CLAUSE_GAP.search(
                text, end(members[-1]), hit.start):
            continue
        found.update(x.id for x in members)
    return frozenset(found)


def _ends(members: list[Claim]) -> int:
    """How many figures a spread's members give: a range read through its low end ("3.2%到4.4%") gives two."""
    return sum(2 if x.high is not None else 1 for x in members)
