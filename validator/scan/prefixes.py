"""What a regex's matches can begin with, read from the regex engine's own parse (`re._parser`).

`first_chars` gives the characters a match can start with, `first_words` the letter runs it can begin
with, and `gate` puts a cheap look-ahead for those characters in front of a pattern, so that the engine
rejects most positions of a document with one class test. No language knowledge lives here.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from validator.cachefile import remembered

__all__ = ["first_chars", "first_words", "gate"]

_WHITESPACE = frozenset(" \t\n\r\f\v\u00a0\u2009\u202f\u3000")


@remembered("prefixes")  # parsing the pattern is most of a grammar's build: kept between runs
def first_chars(pattern: str, flags: int) -> frozenset[str] | None:
    """Characters a match of ``pattern`` can start with, or None when any character could.

    Used to gate the master pattern: the regex engine then rejects most positions of a
    document with one class test instead of trying every alternative there.
    """
    try:
        c: Any = importlib.import_module("re._constants")
        sp: Any = importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - other Python implementations
        return None

    def lit(code: int, icase: bool) -> set[str]:
        ch = chr(code)
        return {ch, ch.lower(), ch.upper()} if icase else {ch}

    def item(op: Any, av: Any, icase: bool) -> tuple[set[str] | None, bool]:
        if op is c.LITERAL:
            return lit(av, icase), False
        if op is c.IN:
            out: set[str] = set()
            for iop, iav in av:
                if iop is c.LITERAL:
                    out |= lit(iav, icase)
                elif iop is c.RANGE and iav[1] - iav[0] < 2000:
                    for code in range(iav[0], iav[1] + 1):
                        out |= lit(code, icase)
                elif iop is c.CATEGORY and iav is c.CATEGORY_DIGIT:
                    out |= set("0123456789")
                elif iop is c.CATEGORY and iav is c.CATEGORY_SPACE:
                    out |= _WHITESPACE
                else:
                    return None, False
            return out, False
        if op is c.BRANCH:
            union: set[str] = set()
            nullable = False
            for alt in av[1]:
                s_, n_ = seq(alt, icase)
                if s_ is None:
                    return None, False
                union |= s_
                nullable = nullable or n_
            return union, nullable
        if op is c.SUBPATTERN:
            add = av[1]
            return seq(av[3], icase or bool(add & re.IGNORECASE))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            s_, n_ = seq(av[2], icase)
            return s_, n_ or av[0] == 0
        if op is c.ATOMIC_GROUP:
            return seq(av, icase)
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            return set(), True
        return None, False

    def seq(items: Any, icase: bool) -> tuple[set[str] | None, bool]:
        out: set[str] = set()
        for op, av in items:
            s_, n_ = item(op, av, icase)
            if s_ is None:
                return None, False
            out |= s_
            if not n_:
                return out, False
        return out, True

    try:
        parsed = sp.parse(pattern, flags)
    except Exception:  # pragma: no cover - the pattern compiled already
        return None
    chars, nullable = seq(parsed.data, bool(flags & re.IGNORECASE))
    if chars is None or nullable:
        return None
    return frozenset(chars)


@remembered("prefixes")  # parsing the pattern is most of a grammar's build: kept between runs
def first_words(pattern: str, flags: int, limit: int = 50000) -> frozenset[str] | None:
    """The lower-cased letter runs a match of ``pattern`` can begin with ("" for a match that
    begins with a non-letter), or None when they cannot be enumerated (e.g. ``[A-Za-z]+``)."""
    try:
        c: Any = importlib.import_module("re._constants")
        sp: Any = importlib.import_module("re._parser")
    except ImportError:  # pragma: no cover - other Python implementations
        return None
    try:
        reader = _FirstWords(c, limit)
        rest = reader.seq(sp.parse(pattern, flags).data, {""})
        return frozenset(reader.closed | rest)
    except _Unbounded:
        return None
    except Exception:  # pragma: no cover
        return None


class _Unbounded(Exception):
    """The letter runs cannot be enumerated."""


def _is_letter(code: int) -> bool:
    return chr(code).isalpha()


class _FirstWords:
    """Reads a parsed pattern left to right, keeping the letter runs a match can have begun with: those still
    open (letters may follow) and, in `closed`, those a non-letter or the end of a word has ended."""

    def __init__(self, c: Any, limit: int) -> None:
        self.c, self.limit = c, limit
        self.closed: set[str] = set()

    def seq(self, items: Any, open_: set[str]) -> set[str]:
        """The runs still open after ``items``, from those open before (the closed ones are collected)."""
        c = self.c
        for op, av in items:
            if not open_:
                return open_
            if len(open_) + len(self.closed) > self.limit:
                raise _Unbounded
            if op is c.LITERAL:
                open_ = self._close(open_) if not _is_letter(av) else {p + chr(av).lower() for p in open_}
            elif op is c.IN:
                open_ = self._class(av, open_)
            elif op is c.BRANCH:
                open_ = set().union(*[self.seq(alt, set(open_)) for alt in av[1]])
            elif op is c.SUBPATTERN:
                open_ = self.seq(av[3], open_)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                open_ = self._repeat(av, open_)
            elif op is c.AT:
                continue
            elif op in (c.ASSERT, c.ASSERT_NOT):
                if self._closes_word(op, av):
                    open_ = self._close(open_)
            else:
                raise _Unbounded
        return open_

    def _close(self, open_: set[str]) -> set[str]:
        self.closed |= open_
        return set()

    def _class(self, av: Any, open_: set[str]) -> set[str]:
        """A character class: each letter it holds extends the runs; a non-letter in it ends them."""
        c = self.c
        letters: set[str] = set()
        nonletter = False
        for iop, iav in av:
            if iop is c.LITERAL:
                if _is_letter(iav):
                    letters.add(chr(iav).lower())
                else:
                    nonletter = True
            elif iop is c.RANGE:
                if any(_is_letter(x) for x in range(iav[0], iav[1] + 1)):
                    if iav[1] - iav[0] > 40:
                        raise _Unbounded
                    letters |= {chr(x).lower() for x in range(iav[0], iav[1] + 1) if _is_letter(x)}
                else:
                    nonletter = True
            elif iop is c.CATEGORY and iav in (c.CATEGORY_DIGIT, c.CATEGORY_SPACE):
                nonletter = True
            else:
                raise _Unbounded
        if nonletter:
            self.closed |= open_
        return {p + ch for p in open_ for ch in letters}

    def _repeat(self, av: Any, open_: set[str]) -> set[str]:
        lo, hi, body = av
        once = self.seq(body, set(open_))
        if hi == 1:
            return once | (open_ if lo == 0 else set())
        if once - open_ and any(len(x) > 0 for x in once) and once and once != open_:
            raise _Unbounded  # letters repeat an unknown number of times
        return (once | open_) if lo == 0 else once

    def _closes_word(self, op: Any, av: Any) -> bool:
        """(?!\\w): the word ends here."""
        c = self.c
        if op is c.ASSERT_NOT and av[0] == 1:
            body = av[1].data if hasattr(av[1], "data") else av[1]
            return (
                len(body) == 1
                and body[0][0] is c.IN
                and any(iop is c.CATEGORY and iav is c.CATEGORY_WORD for iop, iav in body[0][1])
            )
        return False


@remembered("prefixes")  # parsing the pattern is most of a grammar's build: kept between runs
def gate(body: str, flags: int, bounded: bool) -> str:
    """``body`` behind a look-ahead for the characters its matches can start with (and, when ``bounded``,
    only at the start of a word or where no letter follows)."""
    chars = first_chars(body, flags)
    word_start = r"(?:(?<!\w)|(?![^\W\d_]))" if bounded else ""
    if chars is None:
        return word_start + body
    cls = "".join(re.escape(ch) for ch in sorted(chars))
    return rf"{word_start}(?=[{cls}])(?:{body})"
