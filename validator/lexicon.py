"""Language knowledge as data: one YAML file per language under `validator/lexicons/`, loaded once.

`lexicon(lang)` returns the raw mapping; `WordTable` turns a {label: [words]} section into one compiled
pattern that finds every listed word in a text in a single pass and says which label it belongs to.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

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
        return [WordHit(m.start(), m.end(), self.label_of.get(m.group(0).lower(), ""), m.group(0))
                for m in self.pattern.finditer(text, start, stop)]


@functools.cache
def word_table(language: str, *keys: str) -> WordTable:
    return WordTable(section(language, *keys) or {}, language)
