"""Parts of a whole: a total, then its breakdown after a cue word ("trong đó", "其中", "of which"), or
parts named by a partitive ("158,300 of the 524,000 units").

The whole is the nearest current figure before the cue — in the cue's sentence, or in the sentence before
when the cue opens its sentence ("Trong đó,", "其中，", "Of these,"); comparison bases are skipped, but
nothing else is: when the nearest figure is not of the parts' unit, the cue lists something else and no
relation is made. The parts are the figures after the cue in its sentence (a semicolon carries the list
on), up to a nested cue; not percentages, bases, changes or running totals. Parts that must add up
(`complete`) only where the wording says the list is exhaustive ("gồm", "broken down into", "分为", or a
remainder figure "còn lại", "其余", "the rest"). "分别为"/"respectively" pair names with numbers and say
nothing about completeness.
"""

from __future__ import annotations

import re

from validator.extract.context import Sentence
from validator.lexicon import WordHit, word_table
from validator.link.hypotheses import EXPLICIT, Hypothesis
from validator.link.phrases import similarity
from validator.link.scope import (
    Scope,
    compatible,
    compatible_unit,
    end,
    is_quantity,
    start,
    value_in,
)
from validator.link.share_sums import find_share_sums
from validator.model import Claim, PartsRelation


class _Parts:
    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.parted: set[str] = set()
        self.out: list[Hypothesis] = []

    def breakdown(self, hit: WordHit) -> None:
        scope = self.scope
        text = scope.text
        sentence = scope.sentence_of(hit.start)
        opening = not text[sentence.start:hit.start].strip(" \t\"'“‘(（—–-")
        exhaustive = hit.label == "exhaustive"
        if not opening:
            lo, hi = sentence.start, hit.start
        else:  # the cue opens its sentence: the whole is in the sentence before
            before = scope.previous_sentence(sentence)
            if before is None or before.paragraph < sentence.paragraph - 1:
                return
            lo, hi = before.start, before.end
            # "全年粮食产量分为夏粮、早稻和秋粮三部分。其中，…": the sentence before says the list is exhaustive
            exhaustive = exhaustive or any(h.label == "exhaustive" for h in scope.hits("parts", lo, hi))
        pool = [c for c in scope.starting_in(lo, hi) if end(c) <= hi and is_quantity(c) and not scope.is_base(c)
                and not scope.is_signed(c) and not _label(scope, c)]
        stop_at = self.list_end(sentence, opening)
        stop = next((h.start for h in scope.hits("parts", hit.end, stop_at)), stop_at)
        listed = [c for c in scope.starting_in(hit.end, stop) if end(c) <= stop and c.id not in self.parted]
        if not any(compatible(w, c) or scope.bare(c) for w in pool for c in listed if is_quantity(c)):
            # no figure there is of the parts' kind ("分为夏粮、早稻和秋粮三部分"): the words name the whole
            self.named_whole(hit, lo, hi, listed, exhaustive)
            return
        whole = pool[-1]
        wholes = [c for c in pool if compatible(c, whole)]
        if len({c.value for c in wholes}) > 1 and scope.said("respectively", lo, hi):
            self.respective(wholes, listed, hit.end, stop)
            return
        h = Hypothesis(f"parts:{hit.start}")
        for w, strength, why in self.wholes(pool):
            reading = self.reading(w, listed, exhaustive)
            if reading is not None:
                h.add(reading[0], strength, f"breakdown after '{hit.word}'; whole {w.text}{why}", reading[1])
        self.record(h)

    def wholes(self, pool: list[Claim]) -> list[tuple[Claim, float, str]]:
        """The figures a breakdown may open on, with their designation: the last one before the cue (certain
        when it is the only value of its kind there), a named total ("tổng chi NSNN … 1.291.700 tỷ đồng")
        more clearly; never a figure glossed in parentheses ("dự toán năm (2.119.527 tỷ đồng)")."""
        scope = self.scope
        plain = [c for c in pool if not _glossed(scope, c)]
        if not plain:
            return []
        last = plain[-1]
        rivals = [c for c in plain if compatible(c, last)]
        alone = len({c.value for c in rivals}) == 1
        out: list[tuple[Claim, float, str]] = []
        for c in reversed(rivals):
            total = scope.is_total(c) or "t:total" in scope.about(c)
            if c is last:
                strength = EXPLICIT if alone else (0.9 if total else 0.5)
                out.append((c, strength, "" if alone else " (the figure the breakdown follows)"))
            elif c.value != last.value and total and not scope.is_total(last):
                out.append((c, 0.45, " (a named total before it)"))
        return out

    def named_whole(self, hit: WordHit, lo: int, hi: int, listed: list[Claim], exhaustive: bool) -> None:
        """A breakdown after words that name the whole without its figure ("全年粮食产量分为…三部分。其中，…"):
        the whole is the earlier figure those words name."""
        scope = self.scope
        cue = next(iter(scope.hits("parts", lo, hi)), None)  # "全年粮食产量分为…": the words before the cue
        words = scope.phrases.tokens(lo, cue.start if cue is not None and cue.start < hit.start else hi)
        parts = [c for c in listed if is_quantity(c)]
        if len(words - {"t:total"}) < 2 or not parts:
            return
        h = Hypothesis(f"parts:{hit.start}")
        found: list[tuple[float, Claim]] = []
        earlier = [o for o in scope.by_dimension(parts[0]) if end(o) <= lo][-_REACH:]
        for o in earlier:
            if not is_quantity(o) or o.hedge is not None or scope.is_base(o) or scope.is_signed(o) \
                    or _glossed(scope, o):
                continue  # a hedged figure ("1.3万亿斤以上") is a bound, not the figure the parts add up to
            sim = similarity(words, scope.about(o))
            if sim >= 0.65:
                found.append((sim, o))
        # the likeliest first: the closest words, then the parts' own unit, then the earliest (the headline)
        found.sort(key=lambda x: (-round(x[0], 2), x[1].unit != parts[0].unit, start(x[1])))
        for rank, (sim, o) in enumerate(found[:3]):
            reading = self.reading(o, listed, exhaustive)
            if reading is not None:
                strength = (0.8 if sim >= 0.8 else 0.6) - (0.2 if rank else 0)
                h.add(reading[0], strength, f"breakdown after '{hit.word}'; whole {o.text}, named by the words "
                      f"before the cue ({sim:.2f})", reading[1])
        self.record(h)

    def record(self, h: Hypothesis) -> None:
        if h.candidates:
            for c in h.candidates:
                if isinstance(c.relation, PartsRelation):
                    self.parted.update(c.relation.parts)
            self.out.append(h)

    def respective(self, wholes: list[Claim], listed: list[Claim], lo: int, hi: int) -> None:
        """The i-th part belongs to the i-th whole — only when both lists say so and have the same length."""
        scope = self.scope
        parts = [c for c in listed if is_quantity(c) and not scope.is_base(c) and not scope.is_delta(c)]
        if len(parts) != len(wholes) or not scope.said("respectively", lo, hi):
            return
        if not all(compatible(p, w) and scope.fits(p, w) for p, w in zip(parts, wholes, strict=True)):
            return
        for part, whole in zip(parts, wholes, strict=True):
            if value_in(part, whole.unit) < whole.value:
                self.parted.add(part.id)
                h = Hypothesis(f"parts:{whole.id}:{part.id}")
                h.add(PartsRelation(kind="parts", whole=whole.id, parts=[part.id], complete=False), EXPLICIT,
                      "respectively: the i-th part of the i-th whole")
                self.out.append(h)

    def add(self, whole: Claim, listed: list[Claim], exhaustive: bool, confident: bool, why: str) -> None:
        """Read `listed` as parts of `whole` and record the relation."""
        reading = self.reading(whole, listed, exhaustive)
        if reading is None:
            return
        relation, units = reading
        h = Hypothesis(f"parts:{whole.id}:{relation.parts[0]}")
        h.add(relation, EXPLICIT if confident else 0.5, f"{why}; whole {whole.text}", units)
        self.record(h)

    def reading(self, whole: Claim, listed: list[Claim], exhaustive: bool
                ) -> tuple[PartsRelation, dict[str, tuple[str, str]]] | None:
        """`listed` read as parts of `whole` (complete only when the wording says the list is exhaustive and
        every figure in it was read as a part), with the unit readings it asks for; None when no figure is
        a part or one alone is as large as the whole."""
        scope = self.scope
        parts: list[Claim] = []
        elided: list[Claim] = []
        unsure = remainder = False
        for c in listed:
            if not is_quantity(c):
                continue
            fits_unit = compatible(c, whole)
            # a bare number in a breakdown has the whole's unit ("Of these, 158,300 went to Europe"); a small
            # bare number is more likely a count of something else ("12 brands")
            takes_unit = not fits_unit and scope.bare(c) and c.value * 1000 >= whole.value
            kinds = (_counted(scope, c), _counted(scope, whole)) if c.unit == "item" else ("", "")
            if not (fits_unit or takes_unit) or (all(kinds) and kinds[0] != kinds[1]):
                # "37家上市公司…其中…目前为3份": a count of other things
                unsure = unsure or c.unit == "item"
                continue
            if scope.is_signed(c):
                continue  # a surplus or a net flow is no part: it neither adds to the sum nor makes it incomplete
            if scope.is_base(c) or scope.is_delta(c) or scope.is_total(c) or not scope.fits(c, whole):
                unsure = True
                continue
            if (c.value if takes_unit else value_in(c, whole.unit)) >= whole.value:
                return None
            parts.append(c)
            if takes_unit:
                elided.append(c)
            remainder = remainder or scope.said("parts_remainder", scope.after_previous(c), start(c))
        if not parts:
            return None
        complete = (exhaustive or remainder) and not unsure and len(parts) >= 2
        relation = PartsRelation(kind="parts", whole=whole.id, parts=[c.id for c in parts], complete=complete)
        return relation, {c.id: (whole.unit, f"unit read from the whole it is part of ({whole.text})") for c in elided}

    def partitives(self) -> None:
        """Parts named by a partitive right after the number: "158,300 of the 524,000 units" (the whole is
        named), "accounted for 158,300 of the vehicles shipped, plug-in hybrids for 96,800…" (the whole is the
        earlier total of that unit)."""
        scope = self.scope
        text = scope.text
        table = word_table(scope.lang, "cues", "partitive")
        for c in scope.claims:
            if c.id in self.parted or not is_quantity(c):
                continue
            hits = table.scan(text, end(c), min(len(text), end(c) + 24))
            if not hits or text[end(c):hits[0].start].strip():
                continue
            hit = hits[0]
            sentence = scope.sentence_of(start(c))
            later = scope.starting_in(hit.end, sentence.end)
            if later and not text[hit.end:start(later[0])].strip():
                whole = later[0]
                if is_quantity(whole) and (compatible(c, whole) or scope.bare(c)):
                    self.add(whole, [c], False, True, f"'{hit.word}' names the whole")
                continue
            unit = scope.unit_named(hit.end) or (None if c.unit == "item" else c.unit)
            if unit is None:
                continue
            paragraph = scope.paragraph(c)
            pool = [o for o in scope.claims if end(o) <= start(c) and is_quantity(o) and compatible_unit(o, unit)
                    and paragraph - 1 <= scope.paragraph(o) and not scope.is_base(o)
                    and scope.fits(c, o, metric=True)]
            if not pool:
                continue
            whole = pool[-1]
            listed = [c, *self.parallel(c, sentence.end)]
            self.add(whole, listed, False, len({o.value for o in pool}) == 1, f"'{hit.word}' after the part")

    def parallel(self, first: Claim, stop: int) -> list[Claim]:
        """The figures after `first` that the sentence gives the same role: each led by a share verb or by the
        gapped end of the verb before `first` ("accounted for 158,300 … and plug-in hybrids for 96,800")."""
        scope = self.scope
        clause = scope.clause_of(first)
        verb = scope.ctx.last_before("share", clause[0], start(first))
        gap = verb.word.split()[-1].lower() if verb else None
        out = []
        for o in scope.starting_in(end(first), stop):
            if end(o) > stop or o.id in self.parted:
                continue
            lead = scope.text[scope.after_previous(o):start(o)]
            if scope.hits("share", scope.after_previous(o), start(o)) or (
                    gap and re.search(rf"(?<!\w){re.escape(gap)}\s*$", lead, re.IGNORECASE)):
                out.append(o)
        return out

    def list_end(self, sentence: Sentence, governed: bool) -> int:
        """Where a breakdown that starts in `sentence` ends: a full stop or a new paragraph; after a semicolon
        it goes on when a sentence-opening cue governs the whole list or the next segment is the remainder."""
        scope = self.scope
        text = scope.text
        stop = sentence.end
        for s in scope.ctx.sentences[_sentence_index(scope, sentence) + 1:]:
            if s.paragraph != sentence.paragraph or text[:stop].rstrip()[-1:] not in (";", "；"):
                break
            remainder = word_table(scope.lang, "cues", "parts_remainder").scan(text, s.start, s.end)
            if not governed and not (remainder and not text[s.start:remainder[0].start].strip()):
                break
            stop = s.end
        return stop




# how many earlier figures of its kind a whole named by words is looked for among (the nearest)
_REACH = 40


def _counted(scope: Scope, c: Claim) -> str:
    """The classifier a count is written with, where the script writes one after the numeral ("37家" -> "家",
    "不足10个" and "900多个" -> "个", "3份" -> "份"); "" otherwise ("2 tổ chức" and "63 cá nhân" are parts of "65 nhà
    đầu tư": words after a number name sub-kinds, a classifier names the kind)."""
    digits = [i for i, ch in enumerate(c.text) if ch.isdigit()]
    own = c.text[digits[-1] + 1:].strip() if digits else ""
    word = own or scope.text[end(c):end(c) + 1]
    last = word[-1:]  # the classifier closes the count ("900多个", "10余家", "5万辆")
    return last if _HAN.match(last) else ""


_HAN = re.compile(r"[\u3400-\u9fff]")


def _label(scope: Scope, c: Claim) -> bool:
    """A list label, not a figure: "1、", "2." opening a line."""
    text = scope.text
    line = text.rfind("\n", 0, start(c)) + 1
    return text[end(c):end(c) + 1] in ("、", ".") and not text[line:start(c)].strip()


def _glossed(scope: Scope, c: Claim) -> bool:
    """In parentheses after a word: "bằng 60,9% dự toán năm (2.119.527 tỷ đồng)" — the figure of that word, a
    reference, not a figure a breakdown opens on."""
    text = scope.text
    lo = max(0, start(c) - 30)
    opening = max(text.rfind("(", lo, start(c)), text.rfind("（", lo, start(c)))
    if opening < 0 or re.search(r"[)）]", text[opening:start(c)]):
        return False
    return not text[opening + 1:start(c)].strip() and bool(text[:opening].rstrip()[-1:].isalpha())


def _sentence_index(scope: Scope, sentence: Sentence) -> int:
    import bisect

    return bisect.bisect_left([s.start for s in scope.ctx.sentences], sentence.start)


def find_parts(scope: Scope) -> list[Hypothesis]:
    finder = _Parts(scope)
    for hit in scope.ctx.hits["parts"]:
        finder.breakdown(hit)
    finder.partitives()
    return finder.out + find_share_sums(scope)
