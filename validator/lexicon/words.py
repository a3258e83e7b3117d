"""Word tables: a lexicon section of {label: [words]} compiled into one pattern that finds every listed
word in a text in a single pass and says which label it belongs to.

`section(lang, *keys)` reads a section of a lexicon (an unknown key is a `KeyError`, not an empty table);
`word_table(lang, *keys)` compiles it once; `scan_tables` runs several tables over a text together (see
`validator.scan.multiscan`). Whether a word may sit inside a longer word is the lexicon's
`word_boundaries` (Chinese writes no spaces between words).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from pydantic import BaseModel

try:  # the regex engine's extra case-insensitive equivalents (CPython 3.11+)
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover
    _EXTRA_CASES = None

from validator.cachefile import Store
from validator.lexicon.loader import lexicon
from validator.lexicon.schema import COMPARISON_ROLES, Comparison
from validator.scan import compiled
from validator.scan.items import sensitive
from validator.scan.multiscan import MultiScan

_FIRSTS = Store("wordfirsts")  # a word table's body -> the case-sensitive set of its words' first characters


def section(language: str, *keys: str) -> Any:
    """The part of ``language``'s lexicon at ``keys`` ("cues", "parts"): a list of words, a {label: words}
    mapping, or a value. A section model is given as the mapping of its fields; in a role section
    (``comparison``) the key after the section is a role, and its words are those having the role."""
    node: Any = lexicon(language)
    for key in keys:
        if isinstance(node, Comparison):
            node = node.words(key)  # the words of a role
        elif isinstance(node, BaseModel):
            if key not in type(node).model_fields:
                raise KeyError(f"{type(node).__name__} has no section {key!r} (lexicon {language})")
            node = getattr(node, key)
        else:
            node = node[key]
    if isinstance(node, Comparison):
        return {role: node.words(role) for role in COMPARISON_ROLES}
    if isinstance(node, BaseModel):
        return {name: getattr(node, name) for name in type(node).model_fields}
    return node


class WordHit(NamedTuple):
    """A word of a table found in a text (a named tuple: a document makes tens of thousands of them, and a
    tuple is built several times faster than a frozen dataclass)."""

    start: int
    end: int
    label: str
    word: str


class WordTable:
    """Every word of a {label: [words]} table in one regex; longest words win; case-insensitive."""

    def __init__(self, table: Mapping[str, Sequence[str]] | Sequence[str], language: str) -> None:
        if not isinstance(table, Mapping):
            table = {"": table}
        self.label_of: dict[str, str] = {}
        for label, words in table.items():
            for word in words or []:
                self.label_of.setdefault(str(word).lower(), str(label))
        words_sorted = sorted(self.label_of, key=len, reverse=True)
        if not words_sorted:
            self.pattern: re.Pattern[str] | None = None
            return
        body = _trie(words_sorted) or "|".join(re.escape(w) for w in words_sorted)
        # in a script without spaces between words any stretch may be a word; elsewhere a word must not sit
        # inside a longer word
        bounded = lexicon(language).word_boundaries
        self.pattern = compiled.compile(rf"(?<![\w])(?:{body})(?![\w])" if bounded else body, re.IGNORECASE)
        self._body = body if bounded else None
        self._seek: re.Pattern[str] | None = None

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[WordHit]:
        if self.pattern is None:
            return []
        stop = len(text) if end is None else end
        if self._body is None:  # (an unbounded table's pattern opens on its words: the engine scans for them fast)
            return self.hits(self.pattern.finditer(text, start, stop))
        seek = self._seek or self._seeker()
        # the seek pattern matches one character wherever a word of the table matches, the word in its group 1
        # (every place the pattern would try, not only where finditer resumes): keep those finditer would find
        label = self.label_of.get
        out: list[WordHit] = []
        resume = start
        for m in seek.finditer(text, start, stop):
            at = m.start()
            if at >= resume:
                word = m.group(1)
                resume = m.end(1)
                out.append(WordHit(at, resume, label(word.lower(), ""), word))
        return out

    def _seeker(self) -> re.Pattern[str]:
        """``pattern`` found from the characters its words begin with: its opening look-behind hides them from the
        regex engine, which then tries the whole pattern at every character (ten times slower on a page). The
        case-sensitive set of first characters comes first, where the engine scans for it; the word boundary
        and the words follow as look-arounds, so the one-character match lands where ``pattern``'s would begin."""
        firsts = _FIRSTS.get(self._body)
        if firsts is None:
            firsts = sensitive("(?i:[" + "".join(sorted({re.escape(w[0]) for w in self.label_of})) + "])")
            _FIRSTS.put(self._body, firsts)
        self._seek = compiled.compile(rf"(?-i:{firsts})(?<=(?<![\w])(?=((?:{self._body}))(?![\w]))[\s\S])",
                                      re.IGNORECASE)
        return self._seek

    def hits(self, matches: Iterable[re.Match[str]]) -> list[WordHit]:
        """The hits of this table's pattern's matches."""
        label = self.label_of.get
        # (one comprehension, the word bound by a one-item loop: a third faster than appending in a loop)
        return [WordHit(m.start(), m.end(), label(word.lower(), ""), word) for m in matches for word in (m.group(),)]


def _folds(ch: str) -> frozenset[str] | None:
    """The lower-case forms a character matches case-insensitively in the regex engine (its own and the
    engine's extra equivalents: "i" and dotless "ı"), or None for one whose lower case is not one character."""
    low = ch.lower()
    if len(low) != 1:
        return None
    return frozenset([low, *map(chr, _EXTRA_CASES.get(ord(low), ()))])


def _trie(words: Sequence[str]) -> str | None:
    """The alternation of ``words`` (lower case) written as a trie, "gr(?:owth|ew)" for "growth|grew": the same
    matches as the words longest first (the matching words at a place all lie on one path of the trie, which
    is tried deepest first, a word's end after its continuations), but the engine tries a few letters at each
    step instead of every word of the table in turn at every place. None (use the plain alternation) where two
    letters of one step could match the same character."""
    if _EXTRA_CASES is None:
        return None
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict[str, Any]) -> str | None:
        seen: set[str] = set()
        parts = []
        for ch, child in sorted(node.items()):
            if not ch:
                continue
            folds = _folds(ch)
            if folds is None or seen & folds:
                return None
            seen |= folds
            rest = emit(child)
            if rest is None:
                return None
            parts.append(re.escape(ch) + rest)
        if "" in node:
            parts.append("")  # (last: a longer word is tried first)
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(root)


@functools.cache
def alternation(language: str, *keys: str) -> str:
    """The words of a list section as one regex alternation, longest first (a match never stops at a shorter
    word that begins a longer one); "(?!)", which matches nothing, for an empty section."""
    words = [str(w) for w in section(language, *keys) or []]
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


@functools.cache
def word_table(language: str, *keys: str) -> WordTable:
    return WordTable(section(language, *keys) or {}, language)


@functools.cache
def _tables_scan(language: str, sections: tuple[tuple[str, ...], ...]) -> tuple[list[WordTable], MultiScan]:
    tables = [word_table(language, *keys) for keys in sections]
    return tables, MultiScan([t.pattern for t in tables if t.pattern is not None])


def scan_tables(language: str, sections: Sequence[tuple[str, ...]], text: str) -> list[list[WordHit]]:
    """``[word_table(language, *keys).scan(text) for keys in sections]``, in one pass over the text."""
    tables, scan = _tables_scan(language, tuple(sections))
    return _table_hits(tables, iter(scan.scan(text)))


@functools.cache
def _tables_and_scan(language: str, sections: tuple[tuple[str, ...], ...], more: tuple[re.Pattern[str], ...]
                     ) -> tuple[list[WordTable], MultiScan]:
    tables = [word_table(language, *keys) for keys in sections]
    return tables, MultiScan([*(t.pattern for t in tables if t.pattern is not None), *more])


def scan_tables_and(language: str, sections: Sequence[tuple[str, ...]], text: str,
                    more: tuple[re.Pattern[str], ...]) -> tuple[list[list[WordHit]], list[list[re.Match[str]]]]:
    """``scan_tables(language, sections, text)`` and each of ``more``'s ``finditer`` over the text, all in one
    pass (the text index reads the period templates with its word tables: one scan of the text, not two)."""
    tables, scan = _tables_and_scan(language, tuple(sections), more)
    found = iter(scan.scan(text))
    hits = _table_hits(tables, found)
    return hits, list(found)


def _table_hits(tables: list[WordTable], found: Iterator[list[re.Match[str]]]) -> list[list[WordHit]]:
    """The hits of each table, from ``found``: the matches of each table that has a pattern, in order."""
    out: list[list[WordHit]] = []
    for table in tables:
        matches = next(found) if table.pattern is not None else []
        out.append(table.hits(matches) if matches else [])  # (most tables find nothing in a sentence)
    return out
