"""Words pointing back at the figure of the sentence before ("This figure…", "Con số này…", "此", "这一数字").

A demonstrative inside a longer word that is none points at nothing: "此前" (previously), "此外" (besides), "因此"
(therefore), "this year", "so that". The lexicon lists those longer words (`relations.not_anaphora`); the longest
word wins the scan, so a demonstrative inside one of them is not read.
"""

from __future__ import annotations

import functools

from validator.lexicon import section
from validator.lexicon.words import WordHit, WordTable
from validator.link.scope import Scope


@functools.cache
def _table(language: str) -> WordTable:
    return WordTable({"anaphora": section(language, "relations", "anaphora") or [],
                      "not": section(language, "relations", "not_anaphora") or []}, language)


def pointing_back(scope: Scope, lo: int, hi: int) -> list[WordHit]:
    """The words between `lo` and `hi` that point back at a figure before (`relations.anaphora`), but not a
    demonstrative inside a longer word that is none (`relations.not_anaphora`)."""
    return [h for h in _table(scope.lang).scan(scope.text, lo, hi) if h.label == "anaphora"]
