"""Several regexes over one text in one pass, with exactly the matches each one's ``finditer`` gives.

Period templates and lexicon word tables are dozens of separate patterns. Run one by one, each
pattern makes the regex engine try every position of the document (its first element is a word
boundary or a case-insensitive word, which defeats the engine's own first-character scan), so a
document costs dozens of full passes. `MultiScan` reads from each pattern the short prefixes every
match of it must begin with ("the ", "tháng", a digit, "前"), joins them into a *gate* regex that
the engine can scan for quickly, and calls a pattern's ``match`` only where the gate fires and the
character there can begin that pattern. The gate over-approximates (it ignores most assertions
and cuts prefixes short), never under-approximates, so each pattern still sees every position
where it could match; trying those in order and resuming after each match reproduces
``finditer`` exactly. A pattern whose prefixes cannot be read (one that could begin with
anything) runs its own ``finditer``, as does one the engine already scans for quickly.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import marshal
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from validator.cachefile import Store
from validator.scan import compiled
from validator.scan.items import (
    ANY,
    BOUNDARY,
    GUARD_PREFIXES,
    GUARD_SPLITS,
    UNSUPPORTED_FLAGS,
    Item,
    read,
    read_prefixes,
    sensitive,
    trie_source,
    zero_width,
)

__all__ = ["MultiScan", "guarded", "guarded_source", "guarded_variants"]


# The regex engine's own modules (CPython 3.11+): a pattern's parsed form and its compiler.
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with the alternatives it can begin with prefixed by a look-ahead for their
    opening characters: the same matches, but an alternative that cannot match fails at once
    instead of after trying its words one by one (a look-ahead that every match of an
    alternative passes changes neither what it matches nor the order in which it tries).

    Only choices the pattern begins with get one: that is where most tries fail, and reading
    the prefixes of every choice deep inside would cost more to build than it saves."""
    if pattern.flags & UNSUPPORTED_FLAGS:
        return pattern
    known = compiled.lookup_parsed(f"guarded\0{pattern.pattern}", pattern.flags)
    if known is not None:
        return known
    parsed = _p.parse(pattern.pattern, pattern.flags)
    if not _guard(parsed.data, bool(pattern.flags & re.IGNORECASE)):
        return pattern
    return compiled.compile_parsed(f"guarded\0{pattern.pattern}", parsed, pattern.flags)


def guarded_source(source: str, flags: int = 0) -> re.Pattern[str]:
    """``guarded(re.compile(source, flags))`` without compiling the pattern unguarded first."""
    if flags & UNSUPPORTED_FLAGS:
        return compiled.compile(source, flags)
    known = compiled.lookup_parsed(f"guarded\0{source}", flags)
    if known is not None:
        return known
    parsed = _p.parse(source, flags)
    if not _guard(parsed.data, bool(flags & re.IGNORECASE)):
        return compiled.compile(source, flags)
    return compiled.compile_parsed(f"guarded\0{source}", parsed, flags)


def guarded_variants(pattern: re.Pattern[str], parts: int, disabled: Mapping[str, Collection[int]]
                     ) -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]] | None:
    """``guarded(pattern)``, and for each name of ``disabled`` the same pattern with those alternatives of its
    last top-level choice failing at once (``(?!)`` before each), guarded once instead of once each: how the
    master pattern's variants are written (`validator.extract.numerals.patterns.master`). A look-ahead that
    every match of the whole passes also passes every match of a variant, so each variant matches as its own
    source would. None unless the pattern ends with a choice of exactly ``parts`` alternatives."""
    if pattern.flags & UNSUPPORTED_FLAGS:
        return None
    key = f"variants\0{parts}\0{sorted((n, tuple(w)) for n, w in disabled.items())}\0{pattern.pattern}"
    known = compiled.lookup_parsed(key, pattern.flags)
    if known is not None:
        found = {name: compiled.lookup_parsed(f"{key}\0{name}", pattern.flags) for name in disabled}
        if all(v is not None for v in found.values()):
            return known, {name: v for name, v in found.items() if v is not None}
    parsed = _p.parse(pattern.pattern, pattern.flags)
    items = parsed.data
    if not items or items[-1][0] is not _c.BRANCH:
        return None
    alternatives = items[-1][1][1]
    if len(alternatives) != parts:
        return None  # a part holds a choice of its own: "(?!)" before it would not disable all of it
    _guard(items, bool(pattern.flags & re.IGNORECASE))
    whole = compiled.compile_parsed(key, parsed, pattern.flags)
    variants: dict[str, re.Pattern[str]] = {}
    for name, which in disabled.items():
        for i in which:
            alternatives[i].data.insert(0, (_c.ASSERT_NOT, (1, _p.SubPattern(parsed.state, []))))
        variants[name] = compiled.compile_parsed(f"{key}\0{name}", parsed, pattern.flags)
        for i in which:
            del alternatives[i].data[0]
    return whole, variants


def _guard(items: Any, icase: bool) -> bool:
    """Insert the look-aheads into the parsed ``items`` (in place), up to the first element that
    matches a character; whether any was inserted."""
    changed = False
    for op, av in items:
        if op is _c.BRANCH:
            for alt in av[1]:
                changed = _guard(alt, icase) or changed
                found = read(alt.data, icase, GUARD_SPLITS, GUARD_PREFIXES)
                if found is None:
                    continue
                forms = {tuple(item.form() for item in seq) for seq in found}
                check = _p.parse(f"(?-i:{trie_source(forms)})", 0)
                alt.data.insert(0, (_c.ASSERT, (1, check)))
                changed = True
        elif op is _c.SUBPATTERN:
            add, remove = av[1], av[2]
            changed = _guard(av[3], (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE) or changed
        elif op is _c.ATOMIC_GROUP:
            changed = _guard(av, icase) or changed
        if not zero_width((op, av)):
            break
    return changed


def _first(seq: tuple[Item, ...]) -> Item:
    return next(item for item in seq if item.consumes)


_OPENING = 4  # characters of a place its candidate patterns are told by ("the " from "thro": the tables and templates
# beginning "th" are many, and each tried where it cannot match costs a call)


def _opening(sequences: Iterable[tuple[Item, ...]]) -> re.Pattern[str]:
    """A regex that matches the first `_OPENING` characters at a place (fewer at the end) whenever one of
    ``sequences`` may match there; the checks between them are ignored, and a repeated character ends what is
    read of a sequence."""
    trie: dict[str, Any] = {}
    for seq in sequences:
        read: list[str] = []
        for item in seq:
            if item.consumes:
                read.append(item.source)
                if item.repeat or len(read) == _OPENING:
                    break
        node = trie
        for source in read:
            if node.get(source) == {}:  # a shorter sequence already ends here
                break
            node = node.setdefault(source, {})
        else:
            node.clear()  # whatever follows

    def emit(node: dict[str, Any], top: bool) -> str:
        if not node:
            return ""
        parts = [source + emit(child, False) for source, child in sorted(node.items())]
        return "|".join(parts) if top else "(?:" + "|".join([*parts, r"\Z"]) + ")"

    return compiled.compile(emit(trie, True))


def _from_first(seq: tuple[Item, ...]) -> tuple[Item, ...]:
    """``seq`` from its first character on."""
    return seq[seq.index(_first(seq)):]


def _not_after(seq: tuple[Item, ...]) -> str | None:
    """A class the character before every match is not in (or there is none), when the checks
    before the first character say so: "(?<![\\w.])", or "\\b" before a word character."""
    for item in seq:
        if item.consumes:
            return "(?-i:[\\w])" if BOUNDARY in seq[: seq.index(item)] and item.word_only else None
        if item.not_after is not None:
            return item.not_after
    return None  # pragma: no cover - every sequence has a character


# the commonest letters of the languages we read: a class holding all of them is rarely
# absent, so "a character outside it" is rare and worth scanning for
_COMMON_LETTERS = ("etaoinsrh", "的一是不了人在有这", "nhtcgiàưđ")


@functools.cache
def _common(source: str) -> bool:
    """Whether the one-character item ``source`` matches the commonest letters of every language."""
    item = re.compile(source)
    return all(item.fullmatch(ch) for row in _COMMON_LETTERS for ch in row)


class _Gate(NamedTuple):
    """Where some of the sequences may match: ``regex`` hits at ``offset`` before the place, and
    ``at_start``, when set, matches at the very start of the text (which has no character before it for
    ``regex`` to hit) where some of them may begin there."""

    regex: re.Pattern[str]
    offset: int
    at_start: re.Pattern[str] | None


def _hits(gate: _Gate, text: str, pos: int, stop: int) -> list[int]:
    offset = gate.offset
    found = [m.start() + offset for m in gate.regex.finditer(text, max(pos - offset, 0), stop)]
    if gate.at_start is not None and pos == 0 and gate.at_start.match(text, 0, stop):
        # (only where a sequence may begin: a short text is mostly its start, and every pattern that can
        # begin with its first two characters was tried there)
        found.insert(0, 0)
    return found


_UNIT = re.compile(r"\\.|.", re.DOTALL)  # one item of a character set's body: an escape or a character


@functools.cache
def _bmp_words() -> str:
    """The word characters of the Basic Multilingual Plane as set ranges ("0-9A-Z_a-z..."), every one of them."""
    word = re.compile(r"\w")
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if word.match(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b))) for a, b in ranges)


def _plain_words(body: str) -> str:
    """A set's body (after its "[") with its "\\w" written as the ranges of the plane's word characters: the engine
    tests a character against "[^\\w]" by its Unicode category, about four times slower on letters than against
    a table of ranges. For a gate's negated set only: it then also takes the word characters beyond the plane,
    which the gate may (it finds a superset of the places, each checked by its patterns)."""
    units = _UNIT.findall(body)
    return "".join(_bmp_words() if unit == "\\w" else unit for unit in units)


def _gates(sequences: set[tuple[Item, ...]]) -> list[_Gate]:
    """Regexes that find every place where one of ``sequences`` may match, each one beginning with
    a case-sensitive character set, which the engine scans for with its fast set test.

    Prefixes whose match must follow a character outside some class (after "\\b" or "(?<![\\w.])")
    are found from that character, which is rarer than a first letter: ``[^\\w](?=trie)``. The
    others from their first character: ``[first](?<=(?=trie).)``, which steps back onto it.
    """
    groups: dict[str | None, set[tuple[Item, ...]]] = {}
    for seq in sequences:
        before = _not_after(seq)
        groups.setdefault(before if before is not None and _common(before) else None, set()).add(seq)
    gates = []
    # groups whose "character before" classes are written alike share one gate (one pass over the text, not one
    # each: a period scan and a word-table scan merged keep their "[^\w]" groups apart otherwise)
    outside_groups: dict[str, set[tuple[Item, ...]]] = {}
    for before, group in sorted(groups.items(), key=lambda kv: kv[0] or ""):
        if before is None:
            continue
        inside = sensitive(before)
        if inside.startswith("[^"):
            outside = "[" + inside[2:]
        elif inside.startswith("["):
            outside = "[^" + _plain_words(inside[1:])
        else:
            outside = f"(?!{inside}){ANY}"
        outside_groups.setdefault(outside, set()).update(group)
    for outside, group in outside_groups.items():
        # the checks before a sequence's first character are left out: the character before, outside their class,
        # passes the one the group was formed by, and a gate may find more places than its sequences (without
        # them, groups whose checks differ share one trie: one walk of the letters at each place, not one each)
        trie = trie_source({tuple(item.form() for item in _from_first(seq)) for seq in group}, grouped=True)
        gates.append(_Gate(compiled.compile(f"{outside}(?={trie})"), 1, compiled.compile(f"(?={trie})")))
    for before, group in groups.items():
        if before is not None:
            continue
        trie = trie_source({tuple(item.form() for item in seq) for seq in group}, grouped=True)
        firsts = {sensitive(_first(seq).source) for seq in group}
        if all(f.startswith("[") and not f.startswith("[^") for f in firsts):
            first = "[" + "".join(f[1:-1] for f in sorted(firsts)) + "]"
        else:
            first = ANY
        gates.append(_Gate(compiled.compile(f"{first}(?<=(?={trie}){ANY})"), 0, None))
    return gates


_PLANS = Store("multiscan")
_MEMO = 1 << 16  # openings remembered per scan


def _plan(patterns: Sequence[re.Pattern[str]]
          ) -> tuple[list[int], list[int], dict[int, str], list[tuple[str, int, str | None]]]:
    """Which patterns are gated (and which run their own ``finditer``), each gated one's opening regex, and the
    gates: all as regex sources."""
    gated: list[int] = []
    plain: list[int] = []
    opening: dict[int, str] = {}
    sequences: set[tuple[Item, ...]] = set()
    for index, pattern in enumerate(patterns):
        found = read_prefixes(pattern)
        if found is None:
            plain.append(index)
            continue
        gated.append(index)
        sequences |= found
        opening[index] = _opening(found).pattern
    gates = [(g.regex.pattern, g.offset, None if g.at_start is None else g.at_start.pattern)
             for g in _gates(sequences)] if sequences else []
    return gated, plain, opening, gates


class MultiScan:
    """``scan(text)[i]`` is ``list(patterns[i].finditer(text, pos, endpos))``, found in one gated pass."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        # reading the patterns' prefixes is most of the cost of building a scan: its outcome (plain values: which
        # patterns are gated, and the sources of their opening and gate regexes) is kept between runs
        key = hashlib.sha256(marshal.dumps([(p.pattern, p.flags) for p in self.patterns])).digest()
        plan = _PLANS.get(key)
        if plan is None:
            plan = _plan(self.patterns)
            _PLANS.put(key, plan)
        gated, plain, opening, gates = plan
        self._gated: list[int] = list(gated)
        self._plain: list[int] = list(plain)
        self._opening = {index: compiled.compile(source) for index, source in opening.items()}
        self._gates = [_Gate(compiled.compile(source), offset, None if start is None else compiled.compile(start))
                       for source, offset, start in gates]
        self._by_start: dict[str, tuple[int, ...]] = {}
        self._matchers = [p.match for p in self.patterns]  # (bound once: a scan of a sentence is mostly set-up)

    def _candidates(self, start: str) -> tuple[int, ...]:
        """The gated patterns that can begin with the characters ``start`` (memoised)."""
        found = self._by_start.get(start)
        if found is None:
            found = tuple(i for i in self._gated if self._opening[i].match(start))
            if len(self._by_start) >= _MEMO:
                self._by_start.clear()  # (the openings met stay few; an archive of every language meets more)
            self._by_start[start] = found
        return found

    def _places(self, text: str, pos: int, stop: int) -> list[int]:
        """Where some gated pattern may match, in order."""
        if len(self._gates) == 1:
            return _hits(self._gates[0], text, pos, stop)
        return sorted({at for gate in self._gates for at in _hits(gate, text, pos, stop)})

    def scan(self, text: str, pos: int = 0, endpos: int | None = None) -> list[list[re.Match[str]]]:
        stop = len(text) if endpos is None else endpos
        out: list[list[re.Match[str]]] = [[] for _ in self.patterns]
        for index in self._plain:
            out[index] = list(self.patterns[index].finditer(text, pos, stop))
        if not self._gates:
            return out
        resume = [pos] * len(self.patterns)
        matchers = self._matchers
        candidates = self._by_start
        for at in self._places(text, pos, stop):
            start = text[at : at + _OPENING] if at + _OPENING <= stop else text[at:stop]
            which = candidates.get(start)
            if which is None:
                if at >= stop:
                    continue
                which = self._candidates(start)
            for index in which:
                if at >= resume[index]:
                    m = matchers[index](text, at, stop)
                    if m is not None:
                        out[index].append(m)
                        resume[index] = m.end()
        return out
