"""Relations between claims in raw text, from cue words (where an article's numbers are paired up).

For each number that makes a judgement — a share, a change, a multiple, a top-k figure, an announced
count, a figure stated twice — gather candidate operands (same clause, then sentence, paragraph,
article), keep those whose unit, period, subject and metric fit, and let the cue words say which
relation is meant. Confidence follows how clearly the operands are designated:

- `cued`: the cue words name the operands (a "from A to B" pair, the only global total of that metric
  and period, ordinal list markers) — a failed check is a finding;
- `plausible`: context alone — a failed check is reported as unverifiable, never as an error.

A missed error costs less than a false alarm.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

from validator.document import Document
from validator.extract.claims import cycle_collection_paused, range_pairs
from validator.extract.context import Sentence, text_index
from validator.extract.numerals import Mention, find_numbers, parse_number
from validator.lexicon import WordHit, WordTable, lexicon, section, word_table
from validator.model import (
    ChangeRelation,
    Claim,
    EnumerationRelation,
    MultipleRelation,
    PartsRelation,
    Period,
    Relation,
    RestatementRelation,
    ShareRelation,
    SubsetRelation,
)
from validator.units import conversion_factor, is_ratio_unit, same_dimension

_RATIO = ("percent", "point", "times")
_DURATION = ("year", "month", "week", "day", "hour")
# what a top group can be counted in: "5 mẫu", "mười quốc gia", "five" (not "10 tháng", not "5.000 xe")
_GROUP_UNITS = ("item", "company", "country", "city", "brand", "model", "kind", "place")


def _is_amount(c: Claim) -> bool:
    return not is_ratio_unit(c.unit) and c.unit != "year"


def _start(c: Claim) -> int:
    return c.span.start if c.span else 0


def _end(c: Claim) -> int:
    return c.span.end if c.span else 0


def _compatible(a: Claim, b: Claim) -> bool:
    try:
        return a.unit == b.unit or same_dimension(a.unit, b.unit)
    except Exception:
        return False


# a sentence-level break: a stated base never lies across one
_HARD_BREAK = re.compile(r"[;；。!?！？]|\.\s")
# a clause break between a judgement and a base written after it
_CLAUSE_GAP = re.compile(r"[,，、;；。!?！？]|\.\s")


def _takes_unit(base: Claim, current: Claim) -> Claim:
    """A bare figure compared with a counted one is counted the same way: "up 8.2% from 17.94 million"."""
    if base.unit == "item" and current.unit != "item":
        base.unit = current.unit
        base.note = base.note or f"unit read from the figure it is compared with ({current.text})"
    return base


def _year_before(earlier: Period, later: Period) -> bool:
    """`earlier` is `later` moved back one year (the same months)."""
    if earlier.start is None or earlier.end is None or later.start is None or later.end is None:
        return False
    try:
        return (earlier.start.replace(year=earlier.start.year + 1) == later.start
                and earlier.end.month == later.end.month and earlier.end.year + 1 == later.end.year)
    except ValueError:
        return False
def _is_quantity(c: Claim) -> bool:
    """An amount that can be summed with others: not a ratio, not a length of time."""
    return _is_amount(c) and c.unit not in _DURATION


def _value_in(c: Claim, unit: str) -> Decimal:
    return c.value if c.unit == unit else c.value * conversion_factor(c.unit, unit)


def _metric_word(c: Claim) -> str:
    """The last word of a claim's metric ("EV sales" -> "sales"): what a share's part and whole share."""
    words = (c.metric or "").split()
    return words[-1] if words else ""


def _periods_fit(a: Claim, b: Claim) -> bool:
    if a.period is None or b.period is None:
        return a.period is None and b.period is None
    return a.period.same_as(b.period) is True


class Linker:
    def __init__(self, doc: Document, claims: list[Claim]) -> None:
        self.doc = doc
        self.text = doc.text
        self.ctx = text_index(doc)
        # a range is checked through its low end, which carries `high`; its upper end is left out here
        upper = range_pairs(claims)
        self.claims = sorted((c for c in claims if c.span is not None and c.id not in upper), key=_start)
        self.relations: list[Relation] = []
        self.lang = doc.language
        self.cues = lexicon(doc.language).cues
        # lookups that would otherwise walk every claim for every claim
        self._starts = [_start(c) for c in self.claims]
        self._by_metric: dict[str, list[Claim]] = {}
        for c in self.claims:
            self._by_metric.setdefault(_metric_word(c), []).append(c)

    # --- helpers ---------------------------------------------------------------------------------

    def in_sentence(self, c: Claim) -> list[Claim]:
        s = self.ctx.sentence_of(_start(c))
        return self.starting_in(s.start, s.end)

    def starting_in(self, lo: int, hi: int) -> list[Claim]:
        """The claims that start in [lo, hi), in order."""
        return self.claims[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)]

    def gap_text(self, a: int, b: int) -> str:
        return self.text[a:b]

    def _range_pairs(self) -> dict[str, tuple[Claim, Claim]]:
        """'from A to B' pairs in a sentence (vi "từ A … lên B", zh "从A增至B", en "from A to B"), keyed by B's id."""
        pairs: dict[str, tuple[Claim, Claim]] = {}
        for i, a in enumerate(self.claims):
            before = self.ctx.between("from", max(_start(a) - 8, 0), _start(a))
            if not before:
                continue
            sentence = self.ctx.sentence_of(_start(a))
            for b in self.claims[i + 1:]:
                if _start(b) >= sentence.end:
                    break
                if not _compatible(a, b) or a.unit in ("times",):
                    continue
                if self.ctx.between("to", _end(a), _start(b)):
                    pairs[b.id] = (a, b)
                break
        # the other order: "rose to 53.3% from 46.0%" — keyed by the later figure, the base
        for i, a in enumerate(self.claims[:-1]):
            b = self.claims[i + 1]
            if b.id in pairs or not _compatible(a, b) or a.unit == "times":
                continue
            if not self.ctx.between("to", max(_start(a) - 6, 0), _start(a)):
                continue
            gap = self.text[_end(a):_start(b)]
            if len(gap) <= 8 and self.ctx.between("from", _end(a), _start(b)):
                pairs[b.id] = (b, a)
        return pairs

    # --- relation finders ------------------------------------------------------------------------

    def shares(self) -> None:
        for c in self.claims:
            if c.unit != "percent" or c.metric is None or not c.metric.endswith("share"):
                continue
            if self.ctx.share_cue(_start(c), _end(c)) is None:
                continue
            sentence = self.in_sentence(c)
            parts = [o for o in sentence if _end(o) <= _start(c) and _is_amount(o)]
            part = parts[-1] if parts else None
            if part is None:
                continue
            whole, confident = self._whole_for(c, part)
            self.relations.append(ShareRelation(
                kind="share", share=c.id, part=part.id, whole=whole.id if whole else None,
                confidence="cued" if confident else "plausible",
            ))

    def _whole_for(self, share: Claim, part: Claim) -> tuple[Claim | None, bool]:
        """The total a share is of, and whether the wording designates it.

        1. A breakdown cue before the part ("Trong đó, xe du lịch đạt A, chiếm X%", "其中", "of which"): the
           whole is the figure the breakdown opens on, the last compatible amount before the cue.
        2. Otherwise a larger figure of the same unit, metric and period named as a total ("toàn cầu",
           "全国", "total"), when only one value qualifies.
        """
        sentence = self.ctx.sentence_of(_start(part))
        cue = self.ctx.last_before("parts", sentence.start, _start(part))
        if cue is not None:
            para = self.ctx.sentence_of(cue.start).paragraph
            # the breakdown opens on a figure of its own paragraph; a paragraph that starts with the cue
            # ("Trong đó, …", "其中，…") continues the one before, which is likelier but not certain
            for paragraph, sure in ((para, True), (para - 1, False)):
                before = [
                    o for o in self.claims
                    if _end(o) <= cue.start and _is_amount(o) and _compatible(o, part)
                    and self.ctx.sentence_of(_start(o)).paragraph == paragraph and not self._is_base(o)
                ]
                if before:
                    if before[-1].value > part.value and _periods_fit(before[-1], part):
                        return before[-1], sure
                    break
            return None, False
        if part.metric is None:
            return None, False
        clause = self.ctx.clause_of(_start(share), _end(share))
        after = self.ctx.between("total", _end(share), clause[1] + 1)
        named_total = bool(after) or bool(self.ctx.between("total", clause[0], _start(share)))
        candidates = []
        for o in self._by_metric.get(_metric_word(part), []):  # the same last metric word
            if o is part or not _compatible(o, part) or o.value <= part.value:
                continue
            if not _periods_fit(o, part):
                continue
            if o.subject == part.subject and o.subject is not None:
                continue
            if named_total and o.subject not in ("global",) and not self._says_total(o):
                continue
            candidates.append(o)
        values = {c.value for c in candidates}
        if len(values) == 1:
            return candidates[0], named_total
        return None, False

    def _says_total(self, c: Claim) -> bool:
        clause = self.ctx.clause_of(_start(c), _end(c))
        return bool(self.ctx.between("total", clause[0], _start(c)))

    # --- the figure a change or a multiple is measured against ---------------------------------------

    def _operands(self, c: Claim, amounts: list[Claim]) -> tuple[Claim | None, Claim | None]:
        """(current, stated base) for a change or multiple, given the amounts before it in its sentence.

        The base after it: "tăng 12,4% so với tháng 9 (37.123 xe)", "up 25.7% from 1.46 million", "nearly
        four times the 137 GWh of 2023", "gấp 2,4 lần cùng kỳ năm ngoái (6.190 chiếc)" — a short gap with a
        comparison word and no clause break. Or between the current figure and it: "A，比上年同期的B增长X%",
        "A是B的N倍", "rose to A from B, up X%".
        """
        current: Claim | None = amounts[-1] if amounts else None
        sentence = self.ctx.sentence_of(_start(c))
        after = [o for o in self.claims if _end(c) <= _start(o) < min(sentence.end, _end(c) + 60)]
        # "fell 5.5% to 396,270", "tăng 5% lên 300.000 xe", "增长5%至300万辆": the current figure follows
        if after and _is_amount(after[0]) and self.ctx.between("to", _end(c), _start(after[0])) and len(
            self.text[_end(c):_start(after[0])].strip()
        ) <= 6:
            current = after[0]
            after = after[1:]
        if current is None:
            return None, None
        if after and _is_amount(after[0]) and (_compatible(after[0], current) or after[0].unit == "item"):
            gap = self.text[_end(c):_start(after[0])]
            if not _CLAUSE_GAP.search(gap) and (
                self.ctx.between("than", _end(c), _start(after[0]))
                or gap.strip() in ("", "(", "（")
                or (c.unit == "times" and len(gap) <= 12)
            ):
                return current, _takes_unit(after[0], current)
            # a clause of its own naming last year's figure: "…，上年同期为99.6万辆", "…, cùng kỳ năm trước là …"
            lead = re.match(r"\s*[,，]\s*", gap)
            if lead and not _CLAUSE_GAP.search(gap[lead.end():]) and self.ctx.between(
                "prior", _end(c) + lead.end(), _start(after[0])
            ):
                return current, _takes_unit(after[0], current)
        if len(amounts) >= 2:
            a, b = amounts[-2], amounts[-1]
            if (
                _compatible(a, b)
                and not _HARD_BREAK.search(self.text[_end(a):_start(c)])
                and not _CLAUSE_GAP.search(self.text[_end(b):_start(c)])
                and self.ctx.between("than", _end(a), _start(b))
            ):
                return a, b
        return current, None

    def _prior_figure(self, current: Claim) -> Claim | None:
        """The same figure one year earlier, stated nearby ("上年同期为99.6万辆", "In the same period last
        year, exports stood at 1.46 million"): same unit, metric and subject, the period a year back."""
        if current.metric is None:
            return None
        if current.period is None:
            # "出口175.8万辆，同比增长89.4%，上年同期为99.6万辆": the dated figure of the same sentence, after it
            sentence = self.ctx.sentence_of(_start(current))
            same = [
                o for o in self.claims
                if _start(o) > _end(current) and _start(o) < sentence.end and _is_amount(o) and o.period is not None
                and _compatible(o, current) and o.metric == current.metric and o.value != current.value
            ]
            return same[0] if len(same) == 1 else None
        para = self.ctx.sentence_of(_start(current)).paragraph
        found = []
        for o in self.claims:
            if o is current or not _is_amount(o) or not _compatible(o, current) or o.period is None:
                continue
            if o.metric != current.metric or (o.subject and current.subject and o.subject != current.subject):
                continue
            if abs(self.ctx.sentence_of(_start(o)).paragraph - para) > 1:
                continue
            if _year_before(o.period, current.period):
                found.append(o)
        return found[0] if found and len({o.value for o in found}) == 1 else None

    def changes(self, ranges: dict[str, tuple[Claim, Claim]]) -> None:
        for c in self.claims:
            if c.unit not in ("percent", "point"):
                continue
            clause = self.ctx.clause_of(_start(c), _end(c))
            up = self.ctx.between("up", max(clause[0], _start(c) - 14), _start(c))
            down = self.ctx.between("down", max(clause[0], _start(c) - 14), _start(c))
            if self.cues.change_after and not (up or down):  # "sales rose 5%" / "5% higher"
                up = self.ctx.between("up", _end(c), min(clause[1], _end(c) + 10))
                down = self.ctx.between("down", _end(c), min(clause[1], _end(c) + 10))
            if not (up or down):
                continue
            direction = "down" if down and (not up or down[-1].start > up[-1].start) else "up"
            sentence = self.in_sentence(c)
            earlier = [o for o in sentence if _end(o) <= _start(c)]
            pair = next((ranges[o.id] for o in reversed(earlier) if o.id in ranges), None)
            if pair is not None:
                base, current = pair
                if c.unit == "point" or _is_amount(base) or base.unit == "percent":
                    self.relations.append(ChangeRelation(kind="change", change=c.id, base=base.id, current=current.id,
                                                         direction=direction, confidence="cued"))
                continue
            if c.unit != "percent":
                continue
            amounts = [o for o in earlier if _is_amount(o)]
            current, stated = self._operands(c, amounts)
            if current is None:
                continue
            if stated is not None:
                self.relations.append(ChangeRelation(kind="change", change=c.id, base=stated.id,
                                                     current=current.id, direction=direction, confidence="cued"))
                continue
            prior = self._prior_figure(current)
            if prior is not None:
                self.relations.append(ChangeRelation(kind="change", change=c.id, base=prior.id, current=current.id,
                                                     direction=direction, confidence="cued"))
                continue
            cued = bool(self.ctx.between("basis", clause[0], clause[1] + 12)) or self.cues.changes_cued
            self.relations.append(ChangeRelation(kind="change", change=c.id, current=current.id, direction=direction,
                                                 confidence="cued" if cued else "plausible"))

    def multiples(self, ranges: dict[str, tuple[Claim, Claim]]) -> None:
        for c in self.claims:
            if c.unit != "times" or c.value < 1:
                continue
            sentence = self.in_sentence(c)
            earlier = [o for o in sentence if _end(o) <= _start(c)]
            pair = next((ranges[o.id] for o in reversed(earlier) if o.id in ranges), None)
            if pair is not None:
                base, current = pair
                self.relations.append(MultipleRelation(kind="multiple", multiple=c.id, base=base.id,
                                                       current=current.id, confidence="cued"))
                continue
            amounts = [o for o in earlier if _is_amount(o)]
            current, stated = self._operands(c, amounts)
            if current is None:
                continue
            if stated is None:
                stated = self._prior_figure(current)
            if stated is None or stated is current:
                continue
            self.relations.append(MultipleRelation(kind="multiple", multiple=c.id, base=stated.id,
                                                   current=current.id, confidence="cued"))

    def subsets(self) -> None:
        """Top-k within top-m: percentages that a top group of k speaks for ("năm quốc gia hàng đầu chiếm gần
        50%", "前五家企业合计占比86.2%", "the top 10 for 81%"), paired within a paragraph (see `_top_count`)."""
        ranked: list[tuple[int, Claim]] = []
        for c in self.claims:
            if c.unit != "percent":
                continue
            k = self._top_count(c)
            if k is not None:
                ranked.append((k, c))
        for i, (k1, c1) in enumerate(ranked):
            for k2, c2 in ranked[i + 1:]:
                if k1 == k2 or self.ctx.sentence_of(_start(c1)).paragraph != self.ctx.sentence_of(_start(c2)).paragraph:
                    continue
                # one dated, one not: the undated one is read in the other's period ("1—9月，…前十位…84.7%。
                # 其中，…前五家企业合计占比达86.2%"); two different dates are two different rankings
                if c1.period is not None and c2.period is not None and c1.period.same_as(c2.period) is not True:
                    continue
                (k, inner), (m, outer) = sorted(((k1, c1), (k2, c2)), key=lambda x: x[0])
                self.relations.append(SubsetRelation(kind="subset", inner=inner.id, outer=outer.id, k=k, m=m,
                                                     confidence="cued"))

    def _top_count(self, c: Claim) -> int | None:
        """The k of the top group a percentage speaks for, or None.

        The group stands before the percentage in its sentence, after the sentence's previous percentage
        ("The top five exporters, led by Chery and BYD, accounted for 58%…, and the top 10 for 81%";
        "排名前十位的企业（集团）合计销量占…的84.7%"). Several groups before a run of percentages pair up
        in order only when the sentence says "respectively" ("前3家、前5家、前10家…占比分别为78.9%、87.7%和
        96.4%"). A percentage that is a change ("the top five's sales rose 20%") speaks for no group.
        """
        sentence = self.ctx.sentence_of(_start(c))
        groups = self._top_groups(sentence.start, _start(c))
        if not groups:
            return None
        if self._is_change(c):
            return None
        # the group's shares, not its growth rates: "前五家企业销量同比增长12.3%，占比60.8%"
        percents = [o for o in self.claims if o.unit == "percent" and sentence.start <= _start(o) < sentence.end
                    and not self._is_change(o)]
        last_group_end = groups[-1][1]
        later = self._top_groups(_end(c), sentence.end)
        run = [o for o in percents if _start(o) >= last_group_end and (not later or _start(o) < later[0][0])]
        previous = max([sentence.start, *(_end(o) for o in percents if _end(o) <= last_group_end)])
        together = [k for start, _, k in groups if start >= previous]
        if len(together) == 1 and run and run[0] is c:
            return together[0]
        if 2 <= len(together) == len(run) and self._said("respectively", sentence.start, sentence.end):
            return together[run.index(c)]
        return None

    def _is_change(self, c: Claim) -> bool:
        """A percentage that a rise or fall word leads in its clause ("sales rose 20.4%", "同比增长12.3%")."""
        clause = self.ctx.clause_of(_start(c), _end(c))
        return bool(self._moves(clause[0], _start(c)))

    def _top_groups(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        """(start, end, k) of each top group named in text[lo:hi]: "top 10", "top-10", "前五家", "排名前十",
        "5 mẫu dẫn đầu", "the five largest" — not a group something belongs to ("one of the top five",
        "một trong 5 hãng dẫn đầu", "前五家企业之一") and not a period ("前三季度", "前10个月")."""
        groups: list[tuple[int, int, int]] = []
        members = word_table(self.lang, "cues", "top_member")
        members_after = word_table(self.lang, "cues", "top_member_after")
        opening = {str(w).lower() for w in section(self.lang, "cues", "top_member_opening") or []}
        for hit in self.ctx.between("top", lo, hi):
            found = self._lead_count(hit) if hit.label == "lead" else self._trail_count(hit)
            if found is None:
                continue
            start, end, k = found
            if not 2 <= k <= 100:
                continue
            if members.scan(self.text, max(start - 14, 0), start) or members_after.scan(self.text, end, end + 8):
                continue
            # an opening "Of the top five, …" / "Trong 5 hãng dẫn đầu, Toyota…" / "在前五家企业中，…" names the
            # group the clause's own subject belongs to
            clause = self.ctx.clause_of(start, end)
            if self.text[clause[0]:start].strip().lower() in opening:
                continue
            if groups and start < groups[-1][1] and groups[-1][2] == k:  # "Top 10 mẫu xe bán chạy nhất": one group
                groups[-1] = (groups[-1][0], max(end, groups[-1][1]), k)
                continue
            groups.append((start, end, k))
        return groups

    def _lead_count(self, hit: WordHit) -> tuple[int, int, int] | None:
        """"top 10", "top-10", "top five", "前五", "前10": the count right after the word."""
        m = re.compile(self.cues.top_count).match(self.text, hit.end)
        if not m:
            return None
        after = self.text[m.end():m.end() + 12]
        if re.match(r"\s*(?:%|％|percent|per cent|phần trăm)", after, re.IGNORECASE):
            return None  # "the top 10% of buyers"
        not_group = section(self.lang, "cues", "top_not_group") or []
        if any(after.startswith(w) for w in not_group):
            return None
        parsed = parse_number(m.group(1), self.lang)
        if not parsed or parsed[0] != int(parsed[0]):
            return None
        return hit.start, m.end(), int(parsed[0])

    def _trail_count(self, hit: WordHit) -> tuple[int, int, int] | None:
        """"5 mẫu dẫn đầu", "năm quốc gia hàng đầu", "the ten best-selling": a count shortly before the word."""
        clause = self.ctx.clause_of(hit.start, hit.end)
        counts = [o for o in self.claims if clause[0] <= _start(o) and _end(o) <= hit.start
                  and hit.start - _end(o) <= 30 and o.unit in _GROUP_UNITS and o.value == int(o.value)]
        if not counts:
            return None
        count = counts[-1]
        if word_table(self.lang, "cues", "top_member").scan(self.text, _end(count), hit.start):
            return None  # "two of the largest"
        return _start(count), hit.end, int(count.value)

    def _moves(self, lo: int, hi: int) -> list[WordHit]:
        """Rise and fall words in text[lo:hi], less those inside a share or parts cue ("made up", "broken down
        into")."""
        moves = self.ctx.between("up", lo, hi) + self.ctx.between("down", lo, hi)
        cues = self.ctx.between("share", max(lo - 16, 0), hi) + self.ctx.between("parts", max(lo - 16, 0), hi)
        return [m for m in moves if not any(h.start <= m.start and m.end <= h.end for h in cues)]

    def enumerations(self) -> None:
        nouns = word_table(self.lang, "cues", "enumeration_nouns")
        for c in self.claims:
            if c.unit in _RATIO or c.value != c.value.to_integral_value() or not 2 <= c.value <= 12:
                continue
            if c.hedge is not None:
                continue
            window_end = min(len(self.text), _end(c) + 14)
            noun_hits = nouns.scan(self.text, _start(c), window_end)
            if not noun_hits:
                continue
            noun_end = noun_hits[0].end
            items, structured = self._listed_items(c, noun_end)
            if not items:
                continue
            n = int(c.value)
            if len(items) == n:
                confidence = "cued"
            elif structured and len(items) > n:
                confidence = "cued"
            else:
                confidence = "plausible"
            self.relations.append(EnumerationRelation(kind="enumeration", count=c.id, items=items,
                                                      confidence=confidence))  # type: ignore[arg-type]

    def _listed_items(self, c: Claim, noun_end: int) -> tuple[list[str], bool]:
        """(items, structured): ordinal-marked items after the count, else an inline list next to it."""
        marked = self._ordinal_items(noun_end)
        if len(marked) >= 2:
            return marked, True
        inline = self._inline_items(c, noun_end)
        return inline, False

    def _ordinal_items(self, pos: int) -> list[str]:
        ordinals = section(self.lang, "cues", "ordinals") or {}
        last_words = section(self.lang, "cues", "last") or []
        items: list[str] = []
        cursor = pos
        limit = 700
        for position in range(1, 13):
            words = ordinals.get(position) or ordinals.get(str(position)) or []
            found = self._marker_after(words, cursor, limit)
            if found is None and position > 2:
                found = self._marker_after(last_words, cursor, limit)
                if found is not None:
                    items.append(self._snippet(found))
                break
            if found is None:
                break
            items.append(self._snippet(found))
            cursor = found + 1
            limit = 2500
        return items

    def _marker_after(self, words: Iterable[str], pos: int, limit: int) -> int | None:
        """A list marker opening a line, sentence or clause within `limit` characters after pos."""
        pattern = _marker_pattern(self.lang, tuple(words))
        if pattern is None:
            return None
        m = pattern.search(self.text, pos, min(len(self.text), pos + limit))
        return m.start(1) if m else None

    def _snippet(self, pos: int) -> str:
        end = pos + 48
        for stop in ("\n", "。", ". ", "；", ";"):
            i = self.text.find(stop, pos, end)
            if i >= 0:
                end = i
        return self.text[pos:end].strip()

    def _inline_items(self, c: Claim, noun_end: int) -> list[str]:
        and_words = section(self.lang, "cues", "list_and") or []
        and_re = "|".join(re.escape(w) for w in sorted(and_words, key=len, reverse=True)) or "and"
        lists = self.cues.inline_list
        if lists.before_count:
            # "直营代理、代理制、“子公司+经销商”和总代理4种市场模式": the list stands right before the count.
            sentence = self.ctx.sentence_of(_start(c))
            lo = max((m.end() for m in re.finditer(lists.clause_marks, self.text[sentence.start:_start(c)])),
                     default=0)
            head = self.text[sentence.start + lo:_start(c)]
            head = re.sub(lists.lead, "", head, count=1) if lists.separator in head else head
            parts = [p for p in re.split(rf"{re.escape(lists.separator)}|(?:{and_re})", head) if p.strip()]
            return [p.strip() for p in parts] if len(parts) >= 2 else []
        # "N nouns: A, B and C" / "N nouns of A, B, and C"
        m = re.match(rf"[^.:;\n]{{0,40}}?{lists.opening}\s*([^.;\n]{{3,200}})", self.text[noun_end:noun_end + 240])
        if not m:
            return []
        tail = m.group(1)
        tail = re.split(lists.stop, tail)[0]
        parts = [p.strip() for p in re.split(rf",\s*(?:(?:{and_re})\s+)?|\s(?:{and_re})\s", tail) if p.strip()]
        return parts if len(parts) >= 2 else []

    # --- parts of a whole ------------------------------------------------------------------------

    def parts(self) -> None:
        """Parts of a whole: a total, then its breakdown after a cue word, or parts named "N of the …".

        The whole is the nearest current figure before the cue — in the cue's sentence, or in the sentence
        before when the cue opens its sentence ("Trong đó,", "其中，", "Of these,"); comparison bases ("so với
        tháng 9 (37.123 xe)", "上年同期为99.6万辆", "up from 431,600") are skipped, but nothing else is: when
        the nearest figure is not of the parts' unit, the cue lists something else ("5 mẫu dẫn đầu gồm
        Xpander, Vios…") and no relation is made. The parts are the figures after the cue in its sentence (a
        semicolon carries the list on), up to a nested cue; not percentages, bases, changes or running totals.
        `cued` when that whole is the only current figure of its unit there, else `plausible`.

        Parts that must add up (`complete`) only where the wording says the list is exhaustive: "gồm",
        "broken down into", "分为", or a remainder figure ("còn lại", "其余", "the rest"). Not "分别为" or
        "respectively": they pair names with numbers ("其中，对俄罗斯、墨西哥出口分别为80万辆和40万辆" names
        two markets of many).
        """
        parted: set[str] = set()
        for hit in self.ctx.hits["parts"]:
            self._breakdown(hit, parted)
        self._partitives(parted)

    def _breakdown(self, hit: WordHit, parted: set[str]) -> None:
        sentence = self.ctx.sentence_of(hit.start)
        opening = not self.text[sentence.start:hit.start].strip(" \t\"'“‘(（—–-")
        if not opening:
            lo, hi = sentence.start, hit.start
        else:  # the cue opens its sentence: the whole is in the sentence before (if the cue opens a
            # paragraph, "其中，…" refers back to the last sentence of the paragraph before)
            before = [s for s in self.ctx.sentences if s.end <= sentence.start]
            if not before or before[-1].paragraph < sentence.paragraph - 1:
                return
            lo, hi = before[-1].start, before[-1].end
        pool = [c for c in self.claims if lo <= _start(c) and _end(c) <= hi and _is_quantity(c)
                and not self._is_base(c)]
        if not pool:
            return
        whole = pool[-1]
        wholes = [c for c in pool if _compatible(c, whole)]
        end = self._list_end(sentence, opening)
        stop = next((h.start for h in self.ctx.between("parts", hit.end, end)), end)
        listed = [c for c in self.claims if hit.end <= _start(c) and _end(c) <= stop and c.id not in parted]
        if len({c.value for c in wholes}) > 1 and self._said("respectively", lo, hi):
            self._respective_parts(wholes, listed, hit.end, stop, parted)
            return
        confident = len({c.value for c in wholes}) == 1
        self._add_parts(whole, listed, hit.label == "exhaustive", confident, parted)

    def _respective_parts(self, wholes: list[Claim], listed: list[Claim], lo: int, hi: int,
                          parted: set[str]) -> None:
        """"产销分别完成2433.3万辆和2436.3万辆。其中，新能源汽车产销分别完成1124.3万辆和1122.8万辆": the i-th
        part belongs to the i-th whole — only when both lists say so and have the same length."""
        parts = [c for c in listed if _is_quantity(c) and not self._is_base(c) and not self._is_delta(c)]
        if len(parts) != len(wholes) or not self._said("respectively", lo, hi):
            return
        if not all(_compatible(p, w) and self._fits(p, w) for p, w in zip(parts, wholes, strict=True)):
            return
        for part, whole in zip(parts, wholes, strict=True):
            if _value_in(part, whole.unit) < whole.value:
                parted.add(part.id)
                self.relations.append(PartsRelation(kind="parts", whole=whole.id, parts=[part.id], complete=False,
                                                    confidence="cued"))

    def _add_parts(self, whole: Claim, listed: list[Claim], exhaustive: bool, confident: bool,
                   parted: set[str]) -> None:
        """Read `listed` as parts of `whole` and record the relation.

        Complete only when the wording says the list is exhaustive (an exhaustive cue, or a remainder figure
        "còn lại"/"其余"/"the rest") and every figure in the list was read as a part: a skipped figure would
        make a complete list look short. A figure as large as the whole means the list is not a breakdown of
        it: no relation.
        """
        parts: list[Claim] = []
        elided: list[Claim] = []
        unsure = remainder = False
        for c in listed:
            if not _is_quantity(c):
                continue
            compatible = _compatible(c, whole)
            # a bare number in a breakdown has the whole's unit ("Of these, 158,300 went to Europe"); a small
            # bare number is more likely a count of something else ("12 brands")
            takes_unit = not compatible and self._bare(c) and c.value * 1000 >= whole.value
            if not (compatible or takes_unit):
                unsure = unsure or c.unit == "item"
                continue
            if self._is_base(c) or self._is_delta(c) or self._is_total(c) or not self._fits(c, whole):
                unsure = True
                continue
            if (c.value if takes_unit else _value_in(c, whole.unit)) >= whole.value:
                return
            parts.append(c)
            if takes_unit:
                elided.append(c)
            remainder = remainder or self._said("parts_remainder", self._after_previous(c), _start(c))
        if not parts:
            return
        for c in elided:
            c.unit = whole.unit
            c.note = c.note or f"unit read from the whole it is part of ({whole.text})"
        parted.update(c.id for c in parts)
        complete = (exhaustive or remainder) and not unsure and len(parts) >= 2
        self.relations.append(PartsRelation(kind="parts", whole=whole.id, parts=[c.id for c in parts],
                                            complete=complete, confidence="cued" if confident else "plausible"))

    def _partitives(self, parted: set[str]) -> None:
        """Parts named by a partitive right after the number: "158,300 of the 524,000 units" (the whole is
        named), "accounted for 158,300 of the vehicles shipped, plug-in hybrids for 96,800…" (the whole is the
        earlier total of that unit: the nearest current one in this paragraph or the one before, `cued` when it
        is the only one)."""
        table = word_table(self.lang, "cues", "partitive")
        for c in self.claims:
            if c.id in parted or not _is_quantity(c):
                continue
            hits = table.scan(self.text, _end(c), min(len(self.text), _end(c) + 24))
            if not hits or self.text[_end(c):hits[0].start].strip():
                continue
            hit = hits[0]
            sentence = self.ctx.sentence_of(_start(c))
            later = [o for o in self.claims if hit.end <= _start(o) < sentence.end]
            if later and not self.text[hit.end:_start(later[0])].strip():
                whole = later[0]
                if _is_quantity(whole) and (_compatible(c, whole) or self._bare(c)):
                    self._add_parts(whole, [c], False, True, parted)
                continue
            unit = self._unit_named(hit.end) or (None if c.unit == "item" else c.unit)
            if unit is None:
                continue
            paragraph = self.ctx.sentence_of(_start(c)).paragraph
            pool = [o for o in self.claims if _end(o) <= _start(c) and _is_quantity(o) and _compatible_unit(o, unit)
                    and paragraph - 1 <= self.ctx.sentence_of(_start(o)).paragraph and not self._is_base(o)
                    and self._fits(c, o, metric=True)]
            if not pool:
                continue
            whole = pool[-1]
            listed = [c, *self._parallel_parts(c, sentence.end, parted)]
            self._add_parts(whole, listed, False, len({o.value for o in pool}) == 1, parted)

    def _parallel_parts(self, first: Claim, end: int, parted: set[str]) -> list[Claim]:
        """The figures after `first` that the sentence gives the same role: each led by a share verb ("while
        combustion-engine cars made up 287,600") or by the gapped end of the verb before `first` ("accounted
        for 158,300 … and plug-in hybrids for 96,800"). Other figures ("while BYD alone exported 71,256") are
        about something else."""
        clause = self.ctx.clause_of(_start(first), _end(first))
        verb = self.ctx.last_before("share", clause[0], _start(first))
        gap = verb.word.split()[-1].lower() if verb else None
        out = []
        for o in self.claims:
            if not _end(first) <= _start(o) or _end(o) > end or o.id in parted:
                continue
            lead = self.text[self._after_previous(o):_start(o)]
            if self.ctx.between("share", self._after_previous(o), _start(o)) or (
                    gap and re.search(rf"(?<!\w){re.escape(gap)}\s*$", lead, re.IGNORECASE)):
                out.append(o)
        return out

    # --- reading the words around a figure -------------------------------------------------------

    def _said(self, cue: str, lo: int, hi: int, table: str = "cues") -> bool:
        """Whether a word of the lexicon's `<table>.<cue>` list (or comparison role) stands in text[lo:hi]."""
        return bool(word_table(self.lang, table, cue).scan(self.text, lo, hi))

    def _list_end(self, sentence: Sentence, governed: bool) -> int:
        """Where a breakdown that starts in `sentence` ends. A full stop or a new paragraph ends it; after a
        semicolon it goes on when a sentence-opening cue governs the whole list (`governed`: "Trong đó, xe du
        lịch đạt 31.504 chiếc; xe thương mại đạt 9.786 chiếc…") or the next segment is the remainder ("…,
        including 30,114 in China; the rest, 22,204, went abroad"). Otherwise the segment after a semicolon is
        a statement of its own ("比亚迪销量41.9万辆，其中海外7.1万辆；吉利销量27.3万辆")."""
        end = sentence.end
        for s in self.ctx.sentences:
            if s.start < end:
                continue
            if s.paragraph != sentence.paragraph or self.text[:end].rstrip()[-1:] not in (";", "；"):
                break
            remainder = word_table(self.lang, "cues", "parts_remainder").scan(self.text, s.start, s.end)
            if not governed and not (remainder and not self.text[s.start:remainder[0].start].strip()):
                break
            end = s.end
        return end

    def _after_previous(self, c: Claim) -> int:
        """Where the words that lead up to `c` begin: after the previous number of its sentence."""
        sentence = self.ctx.sentence_of(_start(c))
        ends = [_end(o) for o in self.claims if sentence.start <= _end(o) <= _start(c) and o is not c]
        return max([sentence.start, *ends])

    def _is_base(self, c: Claim) -> bool:
        """A figure given as a comparison base, not a current one: "so với tháng 9 (37.123 xe)", "上年同期为
        99.6万辆", "up from 431,600", "the 33,012 it sold a year earlier", "是2022年底521万个的近5倍"."""
        lo = max(self._after_previous(c), _start(c) - 40)
        markers = word_table(self.lang, "comparison", "base").scan(self.text, lo, _start(c))
        # "rose 21.4% from a year earlier to 524,000 units": the base words belong to the figure before "to"
        if markers and not self.ctx.between("to", markers[-1].end, _start(c)):
            return True
        if self.ctx.between("from", max(lo, _start(c) - 8), _start(c)):
            return True
        clause = self.ctx.clause_of(_start(c), _end(c))
        if self._said("base", _end(c), min(clause[1], _end(c) + 30), table="comparison"):
            return True
        return any(o.unit == "times" and o is not c for o in self.claims if clause[0] <= _start(o) < clause[1])

    def _is_total(self, c: Claim) -> bool:
        """A figure named as a total or a running total ("nâng tổng lũy kế lên 297.480 xe", "累计出口210.3万辆",
        "bringing the total to 1.2 million"): not one of the parts it follows."""
        clause = self.ctx.clause_of(_start(c), _end(c))
        return self._says_total(c) or self._said("running_total", clause[0], _start(c))

    def _is_delta(self, c: Claim) -> bool:
        """A change written as an amount ("tăng 3.000 chiếc", "增加3000辆", "up 20,000"), not a level."""
        lo = max(self._after_previous(c), _start(c) - 14)
        moves = self._moves(lo, _start(c))
        if not moves:
            return False
        last = max(moves, key=lambda h: h.start)
        return not self.ctx.between("to", last.start, _start(c))

    def _fits(self, part: Claim, whole: Claim, metric: bool = False) -> bool:
        """Same period (where both are dated) and modality; with `metric`, also the same kind of figure (sales,
        exports…) where both say. A cue word that introduces the parts names them whatever their verb ("bán ra
        297.480 xe. Trong đó, xe nhập khẩu đạt 131.250 xe"): the metric is only checked where no cue does."""
        if part.period is not None and whole.period is not None and part.period.same_as(whole.period) is not True:
            return False
        if part.modality != whole.modality:
            return False
        if not metric:
            return True
        mp, mw = self._metric_base(part), self._metric_base(whole)
        return mp is None or mw is None or mp == mw

    def _metric_base(self, c: Claim) -> str | None:
        """The metric without the product: "ev exports" -> "exports"; None when only a product is known."""
        metric = c.metric or ""
        for label in sorted(set(word_table(self.lang, "metrics").label_of.values()), key=len, reverse=True):
            if metric == label or metric.endswith(" " + label):
                return label
        return None

    def _bare(self, c: Claim) -> bool:
        """Written without a unit word ("158,300", "1.2 million", "about 96,800"): its unit is elided."""
        if c.unit != "item":
            return False
        scales = section(self.lang, "numerals", "scales") or {}
        words = "|".join(re.escape(str(w)) for w in sorted(scales, key=len, reverse=True))
        tail = rf"\d[\d.,]*(?:\s*(?:{words}))?" if words else r"\d[\d.,]*"
        return re.search(rf"(?:^|[\s\u3400-\u9fff]){tail}$", c.text.strip(), re.IGNORECASE) is not None

    def _unit_named(self, pos: int) -> str | None:
        """The unit a partitive names: "of the vehicles shipped" -> vehicle (within its clause's first words)."""
        table = _unit_words(self.lang)
        clause = self.ctx.clause_of(pos, pos)
        hits = table.scan(self.text, pos, min(clause[1], pos + 30))
        return hits[0].label if hits else None

    def restatements(self) -> None:
        groups: dict[tuple[str, str, str, str], list[Claim]] = {}
        for c in self.claims:
            if c.subject is None or c.metric is None or c.unit == "times" or c.unit == "item":
                continue
            groups.setdefault((c.subject, c.metric, c.unit, c.modality.value), []).append(c)
        for members in groups.values():
            if len(members) < 2:
                continue
            known = {c.period.label or str(c.period) for c in members if c.period is not None}
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    if a.period is not None and b.period is not None:
                        if a.period.same_as(b.period) is not True:
                            continue
                    elif len(known) > 1:
                        continue  # an undated figure among several years: no telling which it restates
                    if self._same_sentence_pair(a, b) or not self._same_figure(a, b):
                        continue
                    confidence = "cued" if (a.period and b.period) else "cued"
                    self.relations.append(RestatementRelation(kind="restatement", claims=[a.id, b.id],
                                                              confidence=confidence))
                    break

    def _same_figure(self, a: Claim, b: Claim) -> bool:
        """Plausibly one figure: the same named company (if any) and values within 25% of each other.

        Two figures further apart are more likely two different things than a misquote; skipping them
        costs a missed error, pairing them would cost a false alarm.
        """
        ea, eb = self._entity(a), self._entity(b)
        if ea and eb and ea != eb:
            return False
        hi, lo = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
        return hi == 0 or (hi - lo) / hi <= Decimal("0.25")

    def _entity(self, c: Claim) -> str | None:
        """The last capitalised name before the number in its clause (vi, en), other than a subject word."""
        if self.cues.entity_name is None:
            return None
        clause = self.ctx.clause_of(_start(c), _end(c))
        subjects = word_table(self.lang, "subjects")
        names = [m for m in _entity_names(self.lang).finditer(self.text, clause[0], _start(c))
                 if m.start() > clause[0] + 1]
        for m in reversed(names):
            if subjects.label_of.get(m.group(0).lower()) is None:
                return m.group(0).lower()
        return None

    def _same_sentence_pair(self, a: Claim, b: Claim) -> bool:
        return self.ctx.sentence_of(_start(a)).start == self.ctx.sentence_of(_start(b)).start

    def run(self) -> list[Relation]:
        ranges = self._range_pairs()
        self.shares()
        self.changes(ranges)
        self.multiples(ranges)
        self.subsets()
        self.enumerations()
        self.restatements()
        self.parts()  # last: it gives bare numbers in a breakdown their whole's unit
        return self.relations


def _compatible_unit(c: Claim, unit: str) -> bool:
    try:
        return c.unit == unit or same_dimension(c.unit, unit)
    except Exception:
        return False


@functools.cache
def _unit_words(language: str) -> WordTable:
    """The language's unit words ({unit: [words]}), without the prefix and measure-word tables."""
    return WordTable(section(language, "units", "words"), language)


@functools.lru_cache(maxsize=256)
def _marker_pattern(lang: str, words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The regex for a list marker of one of ``words`` (built once per language and word list)."""
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(lexicon(lang).cues.ordinal_marker.replace("{words}", body), re.IGNORECASE | re.MULTILINE)


@functools.cache
def _entity_names(lang: str) -> re.Pattern[str]:
    """Capitalised names (`cues.entity_name`), for a language that writes them."""
    return re.compile(lexicon(lang).cues.entity_name or "(?!)")


def infer_relations(doc: Document, claims: list[Claim]) -> list[Relation]:
    """Relations between an article's claims, each with a confidence (see the module docstring)."""
    with cycle_collection_paused():
        return Linker(doc, claims).run()


__all__ = ["infer_relations", "Mention", "find_numbers", "Decimal", "Fraction"]
