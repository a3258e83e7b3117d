"""Language knowledge as data: one YAML file per language under `validator/lexicons/`, read by one loader
against one schema.

- `loader`: where lexicon files are, `LANGUAGES`, `lexicon(lang)` (the checked, typed file);
- `schema`: the typed sections of a lexicon file (unknown keys are errors);
- `words`: word tables (`WordTable`, `word_table`, `scan_tables`) and `section` access.

This is the ground floor of language knowledge: it imports nothing from `validator.extract`.
"""

from __future__ import annotations

from validator.lexicon.loader import LANGUAGES, LexiconError, add_lexicon_dir, lexicon, remove_lexicon_dir
from validator.lexicon.schema import Lexicon
from validator.lexicon.words import WordHit, WordTable, scan_tables, section, word_table

__all__ = ["LANGUAGES", "Lexicon", "LexiconError", "WordHit", "WordTable", "add_lexicon_dir", "lexicon",
           "remove_lexicon_dir", "scan_tables", "section", "word_table"]
