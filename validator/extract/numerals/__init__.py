"""Numeric mentions in news text (vi, zh, en): value, precision, kind, unit, hedge, range.

The stages, each a module:

- `grammar` compiles a language's lexicon into patterns and word tables, once (`patterns` holds the
  regex pieces; `text` the characters and decimals every stage shares);
- `tokens` cuts a numeral run into tokens; `integer` and `parse` read tokens into values;
- `find` scans a text for mentions: `reading` reads the unit, hedge and kind around each number and
  judges whether it is a quantity; `ranges` joins two numbers into a range; `mention` holds the records;
- `formatting` writes a number back the way the language writes it.

``find_numbers`` finds the mentions of a text; ``parse_number`` parses one numeral string;
``format_number`` writes a number so that parsing it back gives the same value and precision.
"""

from __future__ import annotations

from validator.extract.numerals.find import find_numbers
from validator.extract.numerals.formatting import format_number
from validator.extract.numerals.mention import Mention, Skipped
from validator.extract.numerals.parse import parse_number

__all__ = ["Mention", "Skipped", "find_numbers", "format_number", "parse_number"]
