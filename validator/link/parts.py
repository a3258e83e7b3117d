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
from validator.link.scope import (
    Scope,
    compatible,
    compatible_unit,
    end,
    is_quantity,
    start,
    value_in,
)
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
        if not opening:
            lo, hi = sentence.start, hit.start
        else:  # the cue opens its sentence: the whole is in the sentence before
            before = [s for s in scope.ctx.sentences if s.end <= sentence.start]
            if not before or before[-1].paragraph < sentence.paragraph - 1:
                return
            lo, hi = before[-1].start, before[-1].end
        pool = [c for c in scope.starting_in(lo, hi) if end(c) <= hi and is_quantity(c) and not scope.is_base(c)
                and not scope.is_signed(c)]
        if not pool:
            return
        whole = pool[-1]
        wholes = [c for c in pool if compatible(c, whole)]
        stop_at = self.list_end(sentence, opening)
        stop = next((h.start for h in scope.hits("parts", hit.end, stop_at)), stop_at)
        listed = [c for c in scope.starting_in(hit.end, stop) if end(c) <= stop and c.id not in self.parted]
        if len({c.value for c in wholes}) > 1 and scope.said("respectively", lo, hi):
            self.respective(wholes, listed, hit.end, stop)
            return
        self.add(whole, listed, hit.label == "exhaustive", len({c.value for c in wholes}) == 1,
                 f"breakdown after '{hit.word}'")

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
        """Read `listed` as parts of `whole` and record the relation (complete only when the wording says the
        list is exhaustive and every figure in it was read as a part)."""
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
            if not (fits_unit or takes_unit):
                unsure = unsure or c.unit == "item"
                continue
            if scope.is_signed(c):
                continue  # a surplus or a net flow is no part: it neither adds to the sum nor makes it incomplete
            if scope.is_base(c) or scope.is_delta(c) or scope.is_total(c) or not scope.fits(c, whole):
                unsure = True
                continue
            if (c.value if takes_unit else value_in(c, whole.unit)) >= whole.value:
                return
            parts.append(c)
            if takes_unit:
                elided.append(c)
            remainder = remainder or scope.said("parts_remainder", scope.after_previous(c), start(c))
        if not parts:
            return
        self.parted.update(c.id for c in parts)
        complete = (exhaustive or remainder) and not unsure and len(parts) >= 2
        h = Hypothesis(f"parts:{whole.id}:{parts[0].id}")
        h.add(PartsRelation(kind="parts", whole=whole.id, parts=[c.id for c in parts], complete=complete),
              EXPLICIT if confident else 0.5, f"{why}; whole {whole.text}",
              {c.id: (whole.unit, f"unit read from the whole it is part of ({whole.text})") for c in elided})
        self.out.append(h)

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


def _sentence_index(scope: Scope, sentence: Sentence) -> int:
    import bisect

    return bisect.bisect_left([s.start for s in scope.ctx.sentences], sentence.start)


def find_parts(scope: Scope) -> list[Hypothesis]:
    finder = _Parts(scope)
    for hit in scope.ctx.hits["parts"]:
        finder.breakdown(hit)
    finder.partitives()
    return finder.out
