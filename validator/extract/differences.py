"""A comparative before a percentage that a comparison word follows ("cao hơn 32,8% so với cùng kỳ") gives the
size of the difference, not a bound: the lexicon's `relations.difference_lead` words, where the language writes
them before the figure (vi; English writes "32.8% higher than", and its "more than 30% compared with" is a bound).
"""

from __future__ import annotations

import dataclasses
import functools

from validator.extract.context import TextIndex
from validator.extract.numerals import Mention
from validator.lexicon import WordTable, section


def difference(ctx: TextIndex, m: Mention) -> Mention:
    """"cao hơn 32,8% so với cùng kỳ": a comparative read as a hedge before a percentage that a comparison word
    follows is the difference's own word (32.8% higher), not a bound: the mention is the percentage alone, its
    comparative left before it for the linker to read."""
    if m.hedge is None or m.kind != "percent" or m.num_start <= m.start:
        return m
    lead = _difference_leads(ctx.language).scan(ctx.text, m.start, m.num_start)
    if not lead or lead[0].start != m.start or ctx.text[lead[0].end:m.num_start].strip():
        return m
    after = _comparison_bases(ctx.language).scan(ctx.text, m.end, min(len(ctx.text), m.end + 12))
    if not after or ctx.text[m.end:after[0].start].strip():
        return m
    return dataclasses.replace(m, start=m.num_start, text=ctx.text[m.num_start:m.end], hedge=None)


@functools.cache
def _difference_leads(language: str) -> WordTable:
    return WordTable(section(language, "relations", "difference_lead"), language)


@functools.cache
def _comparison_bases(language: str) -> WordTable:
    return WordTable(section(language, "relations", "base_before"), language)
