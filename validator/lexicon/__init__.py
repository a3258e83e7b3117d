"""Language knowledge as data: one YAML file per language under `validator/lexicons/`, read by one loader
against one schema.

- `loader`: where lexicon files are, `LANGUAGES`, `lexicon(lang)` (the checked, typed file);
- `schema`: the typed sections of a lexicon file (unknown keys are errors);
- `words`: word tables (`WordTable`, `word_table`, `scan_tables`) and `section` access.

This is the ground floor of language knowledge: it imports nothing from `validator.extract`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from validator.lexicon.loader import LANGUAGES, LexiconError, add_lexicon_dir, lexicon, remove_lexicon_dir

if TYPE_CHECKING:
    from validator.lexicon.schema import Lexicon
    from validator.lexicon.words import WordHit, WordTable, alternation, scan_tables, section, word_table

__all__ = ["LANGUAGES", "Lexicon", "LexiconError", "WordHit", "WordTable", "add_lexicon_dir", "alternation", "lexicon",
           "remove_lexicon_dir", "scan_tables", "section", "word_table"]

_LAZY = {"Lexicon": "validator.lexicon.schema", "WordHit": "validator.lexicon.words",
         "alternation": "validator.lexicon.words",
         "WordTable": "validator.lexicon.words", "scan_tables": "validator.lexicon.words",
         "section": "validator.lexicon.words", "word_table": "validator.lexicon.words"}


def __getattr__(name: str) -> Any:
    # Lazy: the schema and word tables import pydantic, which `claimcheck --help` does not need.
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
