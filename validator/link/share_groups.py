"""A share whose part is a group of listed figures, counted and named together: "trauma and orthopaedics had
41,300, ear, nose and throat 27,900 and gynaecology 25,100. Together, those three specialties account for more
than 40%"; "TP Thủ Đức có 1.790 căn, huyện Bình Chánh 880 căn; riêng hai địa bàn này đã chiếm hơn 60%"; "Hai
khối A (186.300) và B (215.600) cộng lại chiếm khoảng ba phần tư"; "广东1.2万个、江苏0.8万个，这两个省份合计占…".

The part is their sum. The text designates the group three ways at once, and all three must hold: a word that
groups them (the lexicon's `share_group`: "together", "those", "cộng lại", "này", "合计", "这") before the share in
its sentence, a count of them ("three", "hai", "两") there too, and exactly that many figures of one unit listed
right before (between the count and the share, or else before the count in its sentence or, with none there, in
the sentence before, in the paragraph).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from validator.extract.context import Sentence
from validator.lexicon import word_table
from validator.link.hypotheses import Hypothesis
from validator.link.scope import Scope, end, is_quantity, start
from validator.link.share_words import frame_start
from validator.model import Claim, ShareRelation

# a whole found for a part: (whole, strength, why, unit readings)
Whole = tuple[Claim, float, str, dict[str, tuple[str, str]]]

# how strongly a counted group designates its listed figures ("those three", with exactly three listed)
_GROUP = 0.9
# the most figures a counted group names ("those three", "năm tỉnh"); a count beyond that is seldom a group
_MOST = 6


def group_addends(scope: Scope, share: Claim) -> list[Claim] | None:
    """The figures a share's group part adds up, or None when the share names no counted group."""
    sentence = scope.sentence_of(start(share))
    before = [o for o in scope.starting_in(sentence.start, start(share)) if end(o) <= start(share)]
    counts = [o for o in before if _is_count(o)]
    if not counts or not word_table(scope.lang, "relations", "share_group").scan(scope.text, sentence.start,
                                                                                   start(share)):
        return None
    count = counts[-1]
    if word_table(scope.lang, "cues", "respectively").scan(scope.text, end(count), sentence.end):
        # "Ba khu vực này lần lượt chiếm 27,1%, 21,7% và 15,0%", "the three took 40%, 35% and 25% respectively":
        # each share is one member's, not the group's sum
        return None
    n = int(count.value)
    listed = _listed([o for o in before if start(o) > end(count)])
    if not listed:
        listed = _listed([o for o in before if end(o) <= start(count)])
    if not listed and not [o for o in before if end(o) <= start(count)]:
        listed = _listed_back(scope, sentence, n)
    if len(listed) != n or any(scope.is_delta(o) or scope.is_base(o) or scope.is_change(o) for o in listed):
        return None
    return listed


def _listed_back(scope: Scope, sentence: Sentence, n: int) -> list[Claim]:
    """The figures listed in the sentences before, back through the paragraph until `n` are gathered, one sentence
    at a time ("Hàn Quốc dẫn đầu với 1,48 triệu lượt. Trung Quốc đạt 0,98 triệu lượt, gấp 2,6 lần năm trước. Hai thị
    trường này chiếm hơn 70%"); none when a sentence lists none, or they overshoot `n`, or differ in unit.
    (A semicolon keeps an earlier sentence open: "TP.HCM đạt 98,4 nghìn tỷ, tăng 10,2%; Hà Nội đạt 72,6 nghìn tỷ,
    tăng 8,1%. Riêng hai đầu tàu này …")"""
    listed: list[Claim] = []
    previous, upto = scope.previous_sentence(sentence), sentence.start
    while previous is not None and previous.paragraph == sentence.paragraph and len(listed) < n:
        lo = frame_start(scope, previous)
        more = _listed(scope.starting_in(lo, upto))
        if not more:
            return []
        listed = more + listed
        upto = lo
        previous = scope.previous_sentence(scope.sentence_of(lo))
    return listed if len(listed) == n and len({o.unit for o in listed}) == 1 else []


def _is_count(c: Claim) -> bool:
    """A small whole count of members ("three", "hai", "两个"): of no unit, or written in words with its noun's."""
    small = c.hedge is None and c.high is None and c.value == int(c.value) and 2 <= c.value <= _MOST
    return small and is_quantity(c) and (c.unit == "item" or not any(ch.isdigit() for ch in c.text))


def _listed(pool: list[Claim]) -> list[Claim]:
    """The amounts of a span, when they are all of one unit and summable (no rates, no counts of the group)."""
    figures = [o for o in pool if o.unit not in ("percent", "point", "times")]
    if not figures or not all(is_quantity(o) and o.hedge is None and o.unit == figures[0].unit for o in figures):
        return []
    return figures


def of_group(h: Hypothesis, group: list[Claim], wholes: Callable[[Claim], list[Whole]]) -> Hypothesis:
    """The wholes of a group part: larger than the listed figures' sum and none of them (weighed as the wholes of
    the last listed figure would be, were it the sum: a figure below the sum is no rival)."""
    total = sum((o.value for o in group), Decimal(0))
    listed = " + ".join(o.text for o in group)
    probe = group[-1].model_copy(update={"value": total})  # a reading of the part, not a change of any claim
    for whole, w_strength, w_why, units in wholes(probe):
        if whole in group or whole.value <= total:
            continue
        h.add(ShareRelation(kind="share", share=h.key, addends=[o.id for o in group], whole=whole.id),
              min(_GROUP, w_strength), f"part {listed} (the group counted and named together); whole {whole.text} "
              f"({w_why})", units)
    return h
