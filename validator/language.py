"""Cheap language identification (vi, zh, en) by counting characters, no model: below documents, so that
loading an article can name its language.

Han characters mean Chinese; letters that only Vietnamese uses (ă â đ ê ô ơ ư and the
tone-marked vowels of Latin Extended Additional) mean Vietnamese; anything else is English.
Each count is one regex pass in C, so a megabyte takes milliseconds.
"""

from __future__ import annotations

import re

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# Letters no other Latin-script language in our corpus uses this densely; combining marks
# cover text written in decomposed (NFD) form.
VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯĩĨũŨ\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")

ZH_MIN_SHARE = 0.3  # of all letters: Chinese articles quote English names, not the other way round
VI_MIN_SHARE = 0.05  # of Latin letters: Vietnamese prose runs near 20 %, French/Portuguese words far below
MIN_EVIDENCE = 12  # letters (a Han character counts as 3) below which a sentence says nothing reliable
HAN_WEIGHT = 3

def _classify(han: int, latin: int, viet: int) -> str | None:
    """The language the counts point to, or None when there is too little evidence."""
    letters = han + latin
    if letters == 0:
        return None
    if han / letters >= ZH_MIN_SHARE:
        return "zh"
    if latin and viet / latin >= VI_MIN_SHARE:
        return "vi"
    return "en"


# the same classes, a run at a time: counting the characters of runs builds no list of every letter
# (`findall` on a 20 MB article made one of 17 million strings: 2.9 s and 140 MB)
_RUNS = tuple(re.compile(f"(?:{r.pattern})+") for r in (HAN, LATIN, VIETNAMESE))


_CHUNK = 1 << 16  # characters a `findall` reads at a time: its list of runs stays small however long the text


def _count(runs: re.Pattern[str], text: str, start: int, stop: int) -> int:
    # the runs' lengths summed in C (a generator over match objects cost a third more); a run cut at a chunk's
    # edge is counted in two pieces, the same characters
    return sum(sum(map(len, runs.findall(text, i, min(i + _CHUNK, stop)))) for i in range(start, stop, _CHUNK))


def _counts(text: str, start: int = 0, end: int | None = None) -> tuple[int, int, int]:
    stop = len(text) if end is None else end
    han, latin, viet = _RUNS
    return _count(han, text, start, stop), _count(latin, text, start, stop), _count(viet, text, start, stop)


def detect_language(text: str) -> str:
    """``"vi"``, ``"zh"`` or ``"en"`` for a whole text (``"en"`` when there are no letters)."""
    return _classify(*_counts(text)) or "en"


def sentence_languages(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The language of each span; short or letterless spans take the document's language."""
    document = detect_language(text)
    languages: list[str] = []
    for start, end in spans:
        han, latin, viet = _counts(text, max(0, start), max(0, min(end, len(text))))
        guess = _classify(han, latin, viet) if HAN_WEIGHT * han + latin >= MIN_EVIDENCE else None
        # One stray Vietnamese letter in an English-looking span of a Vietnamese article
        # is still Vietnamese (a name, a quoted word): only switch away on clear evidence.
        if guess == "en" and document == "vi" and viet > 0:
            guess = "vi"
        languages.append(guess or document)
    return languages
