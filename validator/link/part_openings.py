"""Breakdowns whose clause opens on their whole: "Of the €3.42 billion spent in September, food businesses
accounted for €1.64 billion, …"; "Về cơ cấu, trong số 331.000 tỷ đồng đã giải ngân có 137.400 tỷ đồng…". The
partitive word (`cues.partitive`) heads the sentence or the clause after one opening phrase, the whole's figure
follows it at once, and the figures after it are its parts; a next sentence opening on the rest closes the list.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from validator.extract.context import Sentence
from validator.lexicon import word_table
from validator.link.scope import Scope, end, is_quantity, start
from validator.model import Claim

# records a reading of parts of a whole: (whole, listed, exhaustive, confident, why) (`parts._Parts.add`)
Add = Callable[[Claim, list[Claim], bool, bool, str], None]
# how far into its sentence a partitive opening on the whole may stand ("Về cơ cấu, trong số …")
_OPENING_REACH = 24
_CLAUSE_END = re.compile(r"[,，:：]")
_OPENERS = " \t\"'“‘(（—–-"


def openings(scope: Scope, parted: set[str], add: Add) -> None:
    """A clause opening on its whole ("Of the €3.42 billion spent in September, food businesses accounted for
    €1.64 billion, …", "Về cơ cấu, trong số 331.000 tỷ đồng đã giải ngân có 137.400 tỷ đồng…, 186.200 tỷ đồng…
    và 12.100 tỷ đồng…"): the partitive word (`cues.partitive`) opens the sentence or the clause after an
    opening phrase, the whole's figure follows it at once, and the figures after it in the sentence are its
    parts; a next sentence opening on the rest ("The remaining €0.61 billion was …") closes the list and
    makes it exhaustive."""
    text = scope.text
    table = word_table(scope.lang, "cues", "partitive")
    for sentence in scope.ctx.sentences:
        for hit in table.scan(text, sentence.start, min(sentence.end, sentence.start + _OPENING_REACH)):
            head = text[sentence.start:hit.start]
            if head.strip(_OPENERS) and not _CLAUSE_END.search(head.rstrip(" ")[-1:]):
                continue  # not at the head of the sentence or of a clause
            if hit.start > sentence.start and _CLAUSE_END.search(head) and \
                    len(_CLAUSE_END.split(head.strip(_OPENERS))) > 2:
                continue  # (only one opening phrase before it)
            after = scope.starting_in(hit.end, sentence.end)
            if not after or text[hit.end:start(after[0])].strip() or not is_quantity(after[0]) \
                    or after[0].id in parted or scope.is_base(after[0]) or scope.is_signed(after[0]):
                continue
            whole = after[0]
            stop = rest_end(scope, sentence)
            listed = [c for c in scope.starting_in(end(whole), stop) if end(c) <= stop and c.id not in parted]
            if len(listed) < 2 and stop == sentence.end:
                continue
            add(whole, listed, False, True, f"the clause opens on its whole ('{hit.word}')")
            break


def rest_end(scope: Scope, sentence: Sentence) -> int:
    """The end of `sentence`, or of the next one in its paragraph when it opens on the rest ("The remaining
    €0.61 billion was …", "Còn lại…", "其余…")."""
    text = scope.text
    sentences = scope.ctx.sentences
    k = bisect.bisect_left(scope._sentence_starts, sentence.start) + 1
    if k < len(sentences) and sentences[k].paragraph == sentence.paragraph:
        s = sentences[k]
        rest = word_table(scope.lang, "cues", "parts_remainder").scan(text, s.start, min(s.end, s.start + 24))
        if rest and not text[s.start:rest[0].start].strip(_OPENERS):
            return s.end
    return sentence.end
