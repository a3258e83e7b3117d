"""Language knowledge as data: one YAML file per language under `validator/lexicons/`, loaded once.

`lexicon(lang)` returns the raw mapping; `WordTable` turns a {label: [words]} section into one compiled
pattern that finds every listed word in a text in a single pass and says which label it belongs to;
`scan_tables` runs several tables over a text together (see `validator.extract.multiscan`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from validator.extract.multiscan import MultiScan

LANGUAGES = ("vi", "zh", "en")


@functools.cache
def lexicon(language: str) -> dict[str, Any]:
    path = resources.files("validator") / "lexicons" / f"{language}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def section(language: str, *keys: str) -> Any:
    node: Any = lexicon(language)
    for key in keys:
        node = node.get(key, {}) if isinstance(node, dict) else {}
    return node


@dataclass(frozen=True)
class WordHit:
    start: int
    end: int
    label: str
    word: str


class WordTable:
    """Every word of a {label: [words]} table in one regex; longest words win; case-insensitive."""

    def __init__(self, table: dict[str, list[str]] | list[str], language: str) -> None:
        if isinstance(table, list):
            table = {"": table}
        self.label_of: dict[str, str] = {}
        for label, words in table.items():
            for word in words or []:
                self.label_of.setdefault(str(word).lower(), str(label))
        words_sorted = sorted(self.label_of, key=len, reverse=True)
        if not words_sorted:
            self.pattern: re.Pattern[str] | None = None
            return
        body = "|".join(re.escape(w) for w in words_sorted)
        # Chinese has no spaces between words; elsewhere a word must not sit inside a longer word.
        self.pattern = re.compile(body if language == "zh" else rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[WordHit]:
        if self.pattern is None:
            return []
        stop = len(text) if end is None else end
        return self.hits(self.pattern.finditer(text, start, stop))

    def hits(self, matches: Iterable[re.Match[str]]) -> list[WordHit]:
        """The hits of this table's pattern's matches."""
        label_of = self.label_of
        return [WordHit(m.start(), m.end(), label_of.get(m.group(0).lower(), ""), m.group(0)) for m in matches]


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
    found = iter(scan.scan(text))
    return [table.hits(next(found)) if table.pattern is not None else [] for table in tables]
