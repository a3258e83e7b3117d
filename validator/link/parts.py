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
from validator.link.bounds import announced, each_bound, nested_classes
from validator.link.hypotheses import EXPLICIT, Hypothesis
from validator.link.part_nouns import takes_whole_unit
from validator.link.part_openings import openings
from validator.link.part_periods import other_period
from validator.link.phrases import similarity
from validator.link.scope import (
    Scope,
    compatible,
    compatible_unit,
    end,
    is_quantity,
    last_char,
    start,
    value_in,
)
from validator.link.share_sums import find_share_sums
from validator.model import Claim, Modality, PartsRelation


class _Parts:
    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.parted: set[str] = set()
        self.out: list[Hypothesis] = []

    def breakdown(self, hit: WordHit) -> None:
        scope = self.scope
        if self.joined(hit):
            return  # "其中包括", "trong đó bao gồm": the cue before it opened this list
        sentence = scope.sentence_of(hit.start)
        opening = not scope.text[sentence.start:hit.start].strip(_OPENERS) or announced(scope, sentence, hit)
        span = self.whole_span(sentence, hit.start, opening)
        stop = self.list_stop(hit, sentence, opening)
        if span is None or word_table(scope.lang, "relations", "overlap").scan(scope.text, hit.end, stop):
            return  # (an amount counted in two items, "两者之间的重复计算量为…": the items overlap, add up to no whole)
        lo, hi = span
        # "全年粮食产量分为夏粮、早稻和秋粮三部分。其中，…": the sentence before says the list is exhaustive
        exhaustive = hit.label == "exhaustive" or (opening and any(h.label == "exhaustive"
                                                                   for h in scope.hits("parts", lo, hi)))
        listed = [c for c in scope.starting_in(hit.end, stop) if end(c) <= stop and c.id not in self.parted]
        pool, far = self.pool(lo, hi), False
        if not self.of_kind(pool, listed):
            # no figure there is of the parts' kind ("分为夏粮、早稻和秋粮三部分"): the words name the whole, or
            # the whole stands a few sentences before
            earlier = None if self.named_whole(hit, lo, hi, listed, exhaustive) or not opening \
                else self.further_back(sentence, listed)
            if earlier is None:
                return
            pool, far = earlier, True
            lo, hi = start(pool[0]), end(pool[-1])
        wholes = [c for c in pool if compatible(c, pool[-1])]
        if len({c.value for c in wholes}) > 1 and scope.said("respectively", lo, hi):
            self.respective(wholes, listed, hit.end, stop)
            return
        for k, (pool_k, listed_k) in enumerate(self.kinds(pool, listed)):
            h = Hypothesis(f"parts:{hit.start}" + (f":{k}" if k else ""))
            for w, strength, why in self.wholes(pool_k):
                reading = self.reading(w, listed_k, exhaustive)
                if reading is not None:
                    where = " (sentences before the cue)" if far else ""
                    h.add(reading[0], min(strength, FAR) if far else strength,
                          f"breakdown after '{hit.word}'; whole {w.text}{why}{where}", reading[1])
            self.record(h)

    def joined(self, hit: WordHit) -> bool:
        """Whether another breakdown cue ends right before this one ("其中包括", "trong đó bao gồm", "of which
        including"): the two open one list."""
        text = self.scope.text
        return any(h.end <= hit.start and not text[h.end:hit.start].strip(_JOINERS)
                   for h in self.scope.hits("parts", max(0, hit.start - 12), hit.start))

    def whole_span(self, sentence: Sentence, at: int, opening: bool) -> tuple[int, int] | None:
        """Where the whole stands: before the cue in its sentence, or in the sentence before when the cue
        opens its sentence ("Trong đó,", "其中，", "Of these,")."""
        if not opening:
            return sentence.start, at
        before = self.scope.previous_sentence(sentence)
        if before is None or before.paragraph < sentence.paragraph - 1:
            return None
        return before.start, before.end

    def pool(self, lo: int, hi: int) -> list[Claim]:
        """The figures of text[lo:hi] a breakdown may open on: current quantities, not bases, balances or list
        labels."""
        scope = self.scope
        return [c for c in scope.starting_in(lo, hi) if end(c) <= hi and _additive(c) and not scope.is_base(c)
                and not scope.is_signed(c) and not _label(scope, c)]

    def of_kind(self, pool: list[Claim], listed: list[Claim]) -> bool:
        """Whether a listed figure is of the kind of a figure of the pool (or a bare number, which takes it)."""
        scope = self.scope
        return any(compatible(w, c) or scope.bare(c) for w in pool for c in listed if is_quantity(c))

    def further_back(self, sentence: Sentence, listed: list[Claim]) -> list[Claim] | None:
        """A cue that opens its sentence when the sentence before names no figure of the parts' kind ("…完成
        投资约190亿元，规划建设…。\n其中，重点公路建设完成投资约100亿元…"): the nearest of the few sentences
        before it, in its paragraph or the one before, that does: its figures whose words are those of the
        parts ("公路建设完成投资" … "重点公路建设完成投资")."""
        scope = self.scope
        before = scope.previous_sentence(sentence)
        for _ in range(_BACK):
            if before is None:
                return None
            before = scope.previous_sentence(before)
            if before is None or before.paragraph < sentence.paragraph - 1:
                return None
            pool = self.pool(before.start, before.end)
            if self.of_kind(pool, listed):
                named = [w for w in pool if any(similarity(scope.about(w), scope.about(c)) >= _FAR_ALIKE
                                                for c in listed if is_quantity(c))]
                return named or None
        return None

    def kinds(self, pool: list[Claim], listed: list[Claim]) -> list[tuple[list[Claim], list[Claim]]]:
        """The breakdown by kind: "共采购正版软件176763套、采购金额14091万元，其中采购国产软件66511套、采购金额
        2488万元…" lists the parts of two wholes, each of its own unit. One (pool, listed) pair per kind that a
        listed figure and a figure before the cue share; the kind of the last figure before the cue first (bare
        numbers take it)."""
        last = pool[-1]
        groups: dict[str, list[Claim]] = {last.unit: []}
        for c in listed:
            whole = last
            if is_quantity(c) and not compatible(c, last) and not self.scope.bare(c):
                whole = next((o for o in reversed(pool) if compatible(o, c)), last)
            groups.setdefault(whole.unit, []).append(c)
        if len(groups) == 1:
            return [(pool, listed)]
        return [([o for o in pool if compatible_unit(o, unit)], items) for unit, items in groups.items()]

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

    def named_whole(self, hit: WordHit, lo: int, hi: int, listed: list[Claim], exhaustive: bool) -> bool:
        """A breakdown after words that name the whole without its figure ("全年粮食产量分为…三部分。其中，…"):
        the whole is the earlier figure those words name. Whether a reading was recorded."""
        scope = self.scope
        cue = next(iter(scope.hits("parts", lo, hi)), None)  # "全年粮食产量分为…": the words before the cue
        words = scope.phrases.tokens(lo, cue.start if cue is not None and cue.start < hit.start else hi)
        parts = [c for c in listed if is_quantity(c)]
        named = words - {"t:total"}  # two words name a whole; a metric alone does before an exhaustive list
        if not parts or not (len(named) >= 2 or exhaustive and len(named) == 1 and next(iter(named)).startswith("m:")):
            return False
        h = Hypothesis(f"parts:{hit.start}")
        found: list[tuple[float, Claim]] = []
        kind = max(parts, key=lambda c: sum(compatible(c, o) for o in parts))  # not "four" of "four streams:"
        earlier = [o for o in scope.by_dimension(kind) if end(o) <= lo][-_REACH:]
        for o in earlier:
            if not is_quantity(o) or o.hedge is not None or scope.is_base(o) or scope.is_signed(o) \
                    or _glossed(scope, o):
                continue  # a hedged figure ("1.3万亿斤以上") is a bound, not the figure the parts add up to
            sim = similarity(words, scope.about(o))
            if sim >= 0.65:
                found.append((sim, o))
        # the likeliest first: the closest words, then the parts' own unit, then the earliest (the headline)
        found.sort(key=lambda x: (-round(x[0], 2), x[1].unit != kind.unit, start(x[1])))
        for rank, (sim, o) in enumerate(found[:3]):
            reading = self.reading(o, listed, exhaustive)
            if reading is not None:
                strength = (0.8 if sim >= 0.8 else 0.6) - (0.2 if rank else 0)
                h.add(reading[0], strength, f"breakdown after '{hit.word}'; whole {o.text}, named by the words "
                      f"before the cue ({sim:.2f})", reading[1])
        self.record(h)
        return bool(h.candidates)

    def record(self, h: Hypothesis) -> None:
        if h.candidates:
            for c in h.candidates:
                if isinstance(c.relation, PartsRelation):
                    self.parted.update(c.relation.parts)
            self.out.append(h)

    def respective(self, wholes: list[Claim], listed: list[Claim], lo: int, hi: int) -> None:
        """The i-th part belongs to the i-th whole — only when both lists say so and have the same length."""
        scope = self.scope
        parts = [c for c in listed if is_quantity(c) and not other_period(scope, c) and not scope.is_delta(c)]
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
            if not _additive(c):
                continue
            fits_unit = compatible(c, whole)
            takes_unit = takes_whole_unit(scope, c, whole, fits_unit)  # its unit left off: the whole's (`part_nouns`)
            kinds = (_counted(scope, c), _counted(scope, whole)) if c.unit == "item" else ("", "")
            if not (fits_unit or takes_unit) or (all(kinds) and kinds[0] != kinds[1]):
                # "37家上市公司…其中…目前为3份": a count of other things
                unsure = unsure or c.unit == "item"
                continue
            if scope.is_signed(c):
                continue  # a surplus or a net flow is no part: it neither adds to the sum nor makes it incomplete
            if each_bound(scope, c):
                unsure = True
                continue
            if other_period(scope, c, whole) or scope.is_delta(c) or self.totalled(c) or not _fits_part(c, whole):
                unsure = True  # a base or an earlier reading ("上年9月为…") is no part: the list says more than parts
                continue
            if (c.value if takes_unit else value_in(c, whole.unit)) >= whole.value:
                return None
            parts.append(c)
            if takes_unit:
                elided.append(c)
            remainder = remainder or scope.said("parts_remainder", scope.after_previous(c), start(c))
        if not parts or nested_classes(scope, parts):
            return None
        complete = (exhaustive or remainder) and not unsure and len(parts) >= 2
        relation = PartsRelation(kind="parts", whole=whole.id, parts=[c.id for c in parts], complete=complete)
        return relation, {c.id: (whole.unit, f"unit read from the whole it is part of ({whole.text})") for c in elided}

    def remainders(self) -> None:
        """A sentence opening on the rest ("Council tax will raise £208.6m, about two-thirds of the budget. The
        rest comes from business rates (£71.9m), government grants (£27.7m) and £9.2m drawn from reserves";
        "…。其余为…"; "…. Phần còn lại đến từ…"): the figure before and the figures listed as the rest make up
        the whole the first is a part of, which the first's sentence may name ("of the budget")."""
        scope = self.scope
        text = scope.text
        for hit in scope.ctx.hits["remainder"]:  # the document's index has scanned the text for them
            sentence = scope.sentence_of(hit.start)
            if text[sentence.start:hit.start].strip(_OPENERS):
                continue
            listed = self.coordinated(hit.end, sentence.end)
            before = scope.previous_sentence(sentence)
            if not listed or before is None or before.paragraph != sentence.paragraph:
                continue
            firsts = [c for c in self.pool(before.start, before.end) if compatible(c, listed[0])
                      and not scope.is_delta(c) and c.id not in self.parted]
            if firsts:
                self.rest(hit, firsts[-1], listed, scope.phrases.tokens(end(firsts[-1]), before.end))

    def rest(self, hit: WordHit, first: Claim, listed: list[Claim], words: frozenset[str]) -> None:
        """The wholes `first` and the rest after `hit` may make up: earlier figures of their kind, the nearest
        first; those the words after `first` name ("of the budget") clearly designated."""
        scope = self.scope
        h = Hypothesis(f"rest:{hit.start}")
        earlier = [o for o in scope.by_dimension(first) if end(o) <= start(first) and _additive(o)
                   and not scope.is_base(o) and not scope.is_signed(o) and not scope.is_delta(o)
                   and not _glossed(scope, o) and o.value > first.value][-_REACH:]
        seen: set[object] = set()
        for o in reversed(earlier):
            if o.value in seen:
                continue
            seen.add(o.value)
            named = scope.covers(words, o) >= 0.8 if words else False
            reading = self.reading(o, [first, *listed], True)
            if reading is not None:
                h.add(reading[0], 0.9 if named else 0.5, f"'{hit.word}' after {first.text}: with it, the parts of "
                      f"{o.text}" + (" (named by the words after it)" if named else ""), reading[1])
        h.candidates.sort(key=lambda x: -x.strength)
        self.record(h)

    def coordinated(self, lo: int, hi: int) -> list[Claim]:
        """The figures of a list in text[lo:hi], up to the one after its closing conjunction ("A (£71.9m),
        B (£27.7m) and £9.2m drawn from reserves, which will fall to £21.5m": three)."""
        scope = self.scope
        run: list[Claim] = []
        closed = False
        for c in scope.starting_in(lo, hi):
            if not _additive(c) or other_period(scope, c) or c.id in self.parted:
                continue
            if closed:
                break
            gap = scope.text[end(run[-1]) if run else lo:start(c)]
            run.append(c)
            closed = bool(run[1:]) and bool(word_table(scope.lang, "cues", "list_and").scan(gap, 0, len(gap)))
        return run

    def totalled(self, c: Claim) -> bool:
        """A running total or a sum of the parts ("nâng tổng lũy kế lên…", "合计…", "altogether"), not one more
        part. A part named by a total word after the cue is a subtotal ("其中葡萄酒销售总额超过12亿元")."""
        scope = self.scope
        clause = scope.clause_of(c)
        lo = max(clause[0], scope.after_previous(c))
        return scope.said("running_total", clause[0], start(c)) or bool(
            word_table(scope.lang, "relations", "together").scan(scope.text, lo, start(c)))

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

    def list_stop(self, hit: WordHit, sentence: Sentence, opening: bool) -> int:
        """Where the list after `hit` ends: at the end of the breakdown (`list_end`), at a nested cue (not one
        joined to this one: "其中包括"), or after a word that closes the list ("等", "etc.") and a clause break."""
        scope = self.scope
        text = scope.text
        stop_at = self.list_end(sentence, opening)
        nested = [h for h in scope.hits("parts", hit.end, stop_at) if text[hit.end:h.start].strip(_JOINERS)]
        stop_at = nested[0].start if nested else stop_at
        # "分为…专区等，4万平方米超大停车场": a closing word and a clause break end the list
        for close in word_table(scope.lang, "relations", "list_close").scan(text, hit.end, stop_at):
            if _CLAUSE_BREAK.match(text, close.end):
                return close.end
        return stop_at

    def list_end(self, sentence: Sentence, governed: bool) -> int:
        """Where a breakdown that starts in `sentence` ends: a full stop or a new paragraph; after a semicolon
        it goes on when a sentence-opening cue governs the whole list or the next segment is the remainder."""
        scope = self.scope
        text = scope.text
        stop = sentence.end
        sentences = scope.ctx.sentences
        for k in range(_sentence_index(scope, sentence) + 1, len(sentences)):  # (a slice copied the rest)
            s = sentences[k]
            if s.paragraph != sentence.paragraph or last_char(text, stop) not in (";", "；"):
                break
            remainder = word_table(scope.lang, "cues", "parts_remainder").scan(text, s.start, s.end)
            if not governed and not (remainder and not text[s.start:remainder[0].start].strip()):
                break
            stop = s.end
        return stop


# how many earlier figures of its kind a whole named by words is looked for among (the nearest)
_REACH = 40
# how many sentences before a cue that opens its sentence the whole may stand, and how clearly a whole found
# there is designated (a question when the sum fails, never a finding)
_BACK = 3
FAR = 0.6
_FAR_ALIKE = 0.6
# what may stand before a cue that opens its sentence, and between two cues that open one list
_OPENERS = " \t\"'“‘(（—–-"
_JOINERS = " \t,，:：、"
_CLAUSE_BREAK = re.compile(r"\s*[,，;；]")


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
    reference, not a figure a breakdown opens on. In parentheses after a figure ("1500万平方米(约22万套)"), it is
    that figure in another unit: a whole of its own kind."""
    text = scope.text
    lo = max(0, start(c) - 30)
    opening = max(text.rfind("(", lo, start(c)), text.rfind("（", lo, start(c)))
    if opening < 0 or re.search(r"[)）]", text[opening:start(c)]):
        return False
    if any(end(o) <= opening and not text[end(o):opening].strip()
           for o in scope.starting_in(max(0, opening - 40), opening)):
        return False
    return not text[opening + 1:start(c)].strip() and last_char(text, opening).isalpha()


def _additive(c: Claim) -> bool:
    """A quantity parts add up to: not a ratio, a length of time or a price per unit ("570 triệu đồng/chiếc")."""
    return is_quantity(c) and "/" not in c.unit


def _fits_part(part: Claim, whole: Claim) -> bool:
    """A part of the whole's period (where both are dated) and modality; a part whose clause says nothing of
    its modality takes the whole's ("计划…对35项标准进行制定和修订，其中，新制定的标准21项…")."""
    if part.period is not None and whole.period is not None and part.period.same_as(whole.period) is not True \
            and not part.period.within_years(whole.period):
        return False
    return part.modality == whole.modality or part.modality is Modality.ACTUAL


def _sentence_index(scope: Scope, sentence: Sentence) -> int:
    import bisect

    return bisect.bisect_left(scope._sentence_starts, sentence.start)  # the starts listed once, not per call


def find_parts(scope: Scope) -> list[Hypothesis]:
    finder = _Parts(scope)
    for hit in scope.ctx.hits["parts"]:
        finder.breakdown(hit)
    openings(scope, finder.parted, finder.add)
    finder.partitives()
    finder.remainders()
    return finder.out + find_share_sums(scope)
