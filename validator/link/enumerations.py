"""Announced counts: "ba nhóm giải pháp", "以下三点", "three factors" — and the items listed after them
(ordinal markers "Thứ nhất… Thứ hai…", "一是…二是…", "first… second…", or an inline list)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from validator.lexicon import lexicon, section, word_table
from validator.link.hypotheses import EXPLICIT, Hypothesis
from validator.link.scope import RATIO_UNITS, Scope, end, start
from validator.model import Claim, EnumerationRelation


def find_enumerations(scope: Scope) -> list[Hypothesis]:
    nouns = word_table(scope.lang, "cues", "enumeration_nouns")
    out: list[Hypothesis] = []
    for c in scope.claims:
        if c.unit in RATIO_UNITS or c.value != c.value.to_integral_value() or not 2 <= c.value <= 12:
            continue
        if c.hedge is not None:
            continue
        window_end = min(len(scope.text), end(c) + 14)
        noun_hits = nouns.scan(scope.text, start(c), window_end)
        if not noun_hits:
            continue
        items, structured = _listed_items(scope, c, noun_hits[0].end)
        if not items:
            continue
        n = int(c.value)
        sure = len(items) == n or (structured and len(items) > n)
        h = Hypothesis(f"enumeration:{c.id}")
        how = "ordinal markers" if structured else "an inline list"
        h.add(EnumerationRelation(kind="enumeration", count=c.id, items=items), EXPLICIT if sure else 0.5,
              f"{len(items)} items after '{scope.text[start(c):noun_hits[0].end]}', by {how}")
        out.append(h)
    return out


def _listed_items(scope: Scope, c: Claim, noun_end: int) -> tuple[list[str], bool]:
    """(items, structured): ordinal-marked items after the count, else an inline list next to it."""
    marked = _ordinal_items(scope, noun_end)
    if len(marked) >= 2:
        return marked, True
    return _inline_items(scope, c, noun_end), False


def _ordinal_items(scope: Scope, pos: int) -> list[str]:
    ordinals = section(scope.lang, "cues", "ordinals") or {}
    last_words = section(scope.lang, "cues", "last") or []
    items: list[str] = []
    cursor = pos
    limit = 700
    for position in range(1, 13):
        words = ordinals.get(position) or ordinals.get(str(position)) or []
        found = _marker_after(scope, words, cursor, limit)
        if found is None and position > 2:
            found = _marker_after(scope, last_words, cursor, limit)
            if found is not None:
                items.append(_snippet(scope.text, found))
            break
        if found is None:
            break
        items.append(_snippet(scope.text, found))
        cursor = found + 1
        limit = 2500
    return items


def _marker_after(scope: Scope, words: Iterable[str], pos: int, limit: int) -> int | None:
    """A list marker opening a line, sentence or clause within `limit` characters after pos."""
    pattern = _marker_pattern(scope.lang, tuple(words))
    if pattern is None:
        return None
    m = pattern.search(scope.text, pos, min(len(scope.text), pos + limit))
    return m.start(1) if m else None


def _snippet(text: str, pos: int) -> str:
    stop_at = pos + 48
    for stop in ("\n", "。", ". ", "；", ";"):
        i = text.find(stop, pos, stop_at)
        if i >= 0:
            stop_at = i
    return text[pos:stop_at].strip()


def _inline_items(scope: Scope, c: Claim, noun_end: int) -> list[str]:
    lang = scope.lang
    and_words = section(lang, "cues", "list_and") or []
    and_re = "|".join(re.escape(w) for w in sorted(and_words, key=len, reverse=True)) or "and"
    text = scope.text
    lists = lexicon(lang).cues.inline_list
    if lists.before_count:
        # "直营代理、代理制、“子公司+经销商”和总代理4种市场模式": the list stands right before the count.
        sentence = scope.sentence_of(start(c))
        lo = max((m.end() for m in re.finditer(lists.clause_marks, text[sentence.start:start(c)])), default=0)
        head = text[sentence.start + lo:start(c)]
        head = re.sub(lists.lead, "", head, count=1) if lists.separator in head else head
        parts = [p for p in re.split(rf"{re.escape(lists.separator)}|(?:{and_re})", head) if p.strip()]
        return [p.strip() for p in parts] if len(parts) >= 2 else []
    # "N nouns: A, B and C" / "N nouns of A, B, and C"
    m = re.match(rf"[^.:;\n]{{0,40}}?{lists.opening}\s*([^.;\n]{{3,200}})", text[noun_end:noun_end + 240])
    if not m:
        return []
    tail = re.split(lists.stop, m.group(1))[0]
    parts = [p.strip() for p in re.split(rf",\s*(?:(?:{and_re})\s+)?|\s(?:{and_re})\s", tail) if p.strip()]
    return parts if len(parts) >= 2 else []


@functools.lru_cache(maxsize=256)
def _marker_pattern(lang: str, words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The regex for a list marker of one of ``words`` (built once per language and word list)."""
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(lexicon(lang).cues.ordinal_marker.replace("{words}", body), re.IGNORECASE | re.MULTILINE)
