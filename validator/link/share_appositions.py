"""Parts a share restates in apposition: an amount alone in parentheses right after it ("有一半以上（8620户）"), or set
off by commas after the words naming its whole ("A third of the state's 6,850 bridges, 1,420 structures, are …")."""

from __future__ import annotations

import re

from validator.lexicon import word_table
from validator.link.scope import CLAUSE_GAP, Scope, compatible, end, is_quantity, start, value_in
from validator.link.share_words import parenthesized_whole
from validator.model import Claim


def comma_apposed_part(scope: Scope, share: Claim) -> Claim | None:
    """The amount set off by commas right after the words naming a share's whole, which restates the share and its
    whole as one noun phrase ("A third of the state's 6,850 bridges, 1,420 structures, are …", "Half of the
    allocation, $312 million, will …", "Một phần ba số cầu của tỉnh, 1.420 công trình, đang …"): the part. The whole
    opens right after the share (`share_after`) in a few words, with at most the whole's own figure; the amount, with
    at most its unit words, is closed by a comma or a dash."""
    text = scope.text
    words = word_table(scope.lang, "relations", "share_after")
    after = words.scan(text, end(share), end(share) + 20)
    if not after or text[end(share):after[0].start].strip():
        return None
    sentence = scope.sentence_of(start(share))
    figures = [o for o in scope.starting_in(end(share), min(sentence.end, end(share) + 80))][:2]
    for i, o in enumerate(figures):
        if not is_quantity(o):
            return None
        lead = text[end(figures[i - 1]) if i else after[0].end:start(o)]
        close = _APPOSED_CLOSE.match(text, end(o))
        # "…4,200 schools, 980 of them rural, …": an amount of the whole's own, not the share's restatement
        if _APPOSED_LEAD.fullmatch(lead) and close and not words.scan(text, end(o), close.end()):
            whole = figures[0] if i else None
            if whole is not None and not (compatible(whole, o) and o.value < value_in(whole, o.unit)):
                return None
            return o
        if i or CLAUSE_GAP.search(lead):
            return None
    return None


# the rest of the whole's phrase, then the comma that opens the apposition; the amount's unit words, then its close
_APPOSED_LEAD = re.compile(r"[^\W\d_]*(?:[\s'’][^\W\d_]+){0,6}\s*[,，]\s*")
_APPOSED_CLOSE = re.compile(r"(?:\s*[^\W\d_]+){0,3}\s*(?:[,，]|\s[—–-]\s)(?!\s*(?:and|or|và|hoặc)\b)")
_BARE_AFTER = re.compile(r"\s*[(（]\s*")
_UNIT_CLOSE = re.compile(r"\s*(?:[^\W\d_]{1,16}\s*){0,2}[)）]")


def parenthesized_part(scope: Scope, share: Claim) -> Claim | None:
    """The amount given alone in parentheses right after a share, with at most its own unit word ("有一半以上（8620
    户）", "hơn một nửa (8.620 hộ)", "more than half (8,620 households)"): the part that share stands for; None when
    the words naming a whole before the share make it that whole's figure (`parenthesized_whole`)."""
    opened = _BARE_AFTER.match(scope.text, end(share))
    if opened is None:
        return None
    inside = scope.starting_in(opened.end(), opened.end() + 1)
    if not inside or not is_quantity(inside[0]) or inside[0].unit == "times":
        return None
    if not _UNIT_CLOSE.match(scope.text, end(inside[0])) or parenthesized_whole(scope, share) is inside[0]:
        return None
    return inside[0]
