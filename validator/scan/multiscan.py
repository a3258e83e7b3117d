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
import importlib
import re
import weakref
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

# The regex engine's own modules (CPython 3.11+): a pattern's parsed form, its first-character
# analysis, and which characters case-insensitive matching treats specially.
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")
_sc: Any = importlib.import_module("re._compiler")
_sre: Any = importlib.import_module("_sre")

__all__ = ["MultiScan", "guarded"]

_MAX_ITEMS = 8  # characters of prefix read per pattern: enough to tell "the first" from "the car"
_MAX_PREFIXES = 64  # per way into a pattern; with more, shorter prefixes are read instead (a
# bigger gate finds fewer false starts but takes longer to build)
_MAX_SPLITS = 2000  # ways into a pattern read one by one
_GUARD_SPLITS = 16  # the same for a look-ahead guard, built for many alternatives at once
_GUARD_PREFIXES = 128  # a guard with more finds a few more false starts, but takes longer to build
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
_UNSUPPORTED_FLAGS = re.ASCII | re.LOCALE | re.MULTILINE | re.DOTALL
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ANY = r"[\s\S]"


class _Item(NamedTuple):
    """One element of a prefix: a regex for one character, or a zero-width check."""

    source: str  # "(?i:x)"/"(?-i:x)" for a character, the check's own source otherwise
    consumes: bool
    word_only: bool = False  # a character item that matches word characters (\w) only
    not_after: str | None = None  # a check "(?<!C)": class source C the previous character is not in
    repeat: str = ""  # a character item repeated: "{1,}", "{1,4}"

    def form(self) -> str:
        """The gate's regex for this item (characters as case-sensitive sets)."""
        return _sensitive(self.source) + self.repeat if self.consumes else self.source


_BOUNDARY = _Item(r"\b", consumes=False)


class _TooMany(Exception):
    pass


def _char(code: int) -> str:
    return re.escape(chr(code))


def _is_word(code: int) -> bool:
    return chr(code).isalnum() or code == ord("_")


def _item(op: Any, av: Any, icase: bool) -> _Item | None:
    """The item matching exactly the one character that ``(op, av)`` matches, or None."""
    word_only = False
    if op is _c.LITERAL:
        body, word_only = _char(av), _is_word(av)
    elif op is _c.NOT_LITERAL:
        body = f"[^{_char(av)}]"
    elif op is _c.ANY:
        body = r"[^\n]"  # DOTALL patterns are not gated
    elif op is _c.IN:
        parts = []
        word_only = True
        for iop, iav in av:
            if iop is _c.NEGATE:
                parts.append("^")
                word_only = False
            elif iop is _c.LITERAL:
                parts.append(_char(iav))
                word_only = word_only and _is_word(iav)
            elif iop is _c.RANGE:
                parts.append(f"{_char(iav[0])}-{_char(iav[1])}")
                word_only = word_only and iav[1] - iav[0] < 256 and all(map(_is_word, range(iav[0], iav[1] + 1)))
            elif iop is _c.CATEGORY and iav in _CATEGORIES:
                parts.append(_CATEGORIES[iav])
                word_only = word_only and iav in (_c.CATEGORY_DIGIT, _c.CATEGORY_WORD)
            else:
                return None
        body = "[" + "".join(parts) + "]"
    else:
        return None
    # case variants of a letter are letters, so the case flag does not change word_only
    return _Item(f"(?i:{body})" if icase else f"(?-i:{body})", True, word_only)


_LOOKAHEADS: weakref.WeakKeyDictionary[Any, dict[bool, _Item | None]] = weakref.WeakKeyDictionary()


def _check(op: Any, av: Any, icase: bool) -> _Item | None:
    """A word boundary or a one-character look-around, or None for anything else."""
    if op is _c.AT:
        return _BOUNDARY if av is _c.AT_BOUNDARY else None
    direction, body = av
    if op is _c.ASSERT and direction == 1 and len(body) != 1:
        # a look-ahead for more than a character ("a" only before "hundred", "thousand"...):
        # what it looks for must begin with one of its own prefixes (read once per pattern)
        known = _LOOKAHEADS.setdefault(body, {})
        if icase not in known:
            ahead = _read(body, icase, 0)
            known[icase] = None if ahead is None else _Item(
                "(?=" + _trie_source({tuple(item.form() for item in seq) for seq in ahead}) + ")", False
            )
        return known[icase]
    if len(body) != 1:
        return None
    char = _item(body[0][0], body[0][1], icase)
    if char is None:
        return None
    if direction == 1:
        return _Item(("(?=" if op is _c.ASSERT else "(?!") + char.source + ")", False)
    if op is _c.ASSERT:
        return _Item("(?<=" + char.source + ")", False)
    return _Item("(?<!" + char.source + ")", False, not_after=char.source)


def _prefixes(parsed: Any, icase: bool, limit: int, most: int = _MAX_PREFIXES) -> frozenset[tuple[_Item, ...]]:
    """Sequences of items, with at most ``limit`` characters, one of which begins every match of
    the parsed pattern (a list of ``(op, av)``)."""
    done: set[tuple[_Item, ...]] = set()
    Open = dict[tuple[_Item, ...], int]  # sequence -> how many characters it matches

    def grow(open_: Open, item: _Item) -> Open:
        grown: Open = {}
        for seq, width in open_.items():
            if width + 1 >= limit:
                done.add(seq + (item,))
            else:
                grown[seq + (item,)] = width + 1
        return grown

    def walk(items: Any, open_: Open, icase: bool) -> Open:
        for op, av in items:
            if not open_:
                break
            if len(open_) > most:  # words times words: stop those that have begun, here
                begun = {seq: width for seq, width in open_.items() if width}
                done.update(begun)
                open_ = {seq: width for seq, width in open_.items() if not width}
            if len(done) > 4 * most:
                raise _TooMany
            if op is _c.ASSERT_NOT and not av[1]:
                return {}  # (?!) never matches: this path is dead
            if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
                check = _check(op, av, icase)
                if check is not None:
                    open_ = {seq + (check,): width for seq, width in open_.items()}
                continue  # otherwise ignored, which only widens the gate
            if op is _c.BRANCH:
                merged: Open = {}
                for alt in av[1]:
                    merged.update(walk(alt, dict(open_), icase))
                open_ = merged
            elif op is _c.SUBPATTERN:
                add, remove = av[1], av[2]
                if (add | remove) & ~re.IGNORECASE:
                    done.update(open_)
                    return {}
                inner = (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
                open_ = walk(av[3], open_, inner)
            elif op is _c.ATOMIC_GROUP:
                open_ = walk(av, open_, icase)
            elif op in _REPEATS:
                lo, hi, body = av
                char = _item(body[0][0], body[0][1], icase) if len(body) == 1 and hi > 1 else None
                if char is not None:  # "[a-z]+": one item that takes them all
                    top = "" if hi == _c.MAXREPEAT else str(hi)
                    grown = grow(open_, char._replace(repeat=f"{{{max(lo, 1)},{top}}}"))
                    open_ = {**grown, **open_} if lo == 0 else grown
                    continue
                once = walk(body, dict(open_), icase)
                if lo == 0 and hi == 1:
                    open_ = {**open_, **once}
                elif lo == 0:
                    done.update(once)  # after one repetition the rest is unknown: stop there
                elif lo == 1 and hi == 1:
                    open_ = once
                else:
                    done.update(once)
                    return {}
            else:
                char = _item(op, av, icase)
                if char is None:
                    done.update(open_)
                    return {}
                open_ = grow(open_, char)
        return open_

    return frozenset(done | walk(parsed, {(): 0}, icase).keys())


def _readable_prefixes(pattern: re.Pattern[str]) -> frozenset[tuple[_Item, ...]] | None:
    """The prefixes to gate ``pattern`` with, or None when it is best run on its own: when they
    cannot be read, or when the engine already scans for its first character itself."""
    if pattern.flags & _UNSUPPORTED_FLAGS:
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - the pattern compiled already
        return None
    try:
        if _sc._get_literal_prefix(parsed, pattern.flags)[0] or _sc._get_charset_prefix(parsed, pattern.flags):
            return None
    except Exception:  # pragma: no cover - the engine's internals moved
        pass
    # (no empty prefix, so no empty match: finditer's rules for those are not reproduced here)
    return _read(parsed.data, bool(pattern.flags & re.IGNORECASE))


def _read(
    parsed: Any, icase: bool, splits: int = _MAX_SPLITS, most: int = _MAX_PREFIXES
) -> frozenset[tuple[_Item, ...]] | None:
    """The longest prefixes of at most ``_MAX_ITEMS`` characters that stay few enough, or None.

    Where a pattern begins with a choice ("about|over", an optional hedge, a group of them), each
    way is read on its own: one whose words multiply out ("about", then any of a hundred number
    words) is read shorter without cutting the others short.
    """
    budget = [splits]
    try:
        found = _read_split(list(parsed), icase, budget, most)
    except RecursionError:
        return None
    if found is None or any(not any(item.consumes for item in seq) for seq in found):
        return None  # a match may begin with anything
    return found


def _read_split(
    items: list[Any], icase: bool, budget: list[int], most: int
) -> frozenset[tuple[_Item, ...]] | None:
    first = next((i for i, item in enumerate(items) if not _zero_width(item)), len(items))
    ways: list[list[Any]] | None = None
    if first < len(items) and budget[0] > 0:
        op, av = items[first]
        head, tail = items[:first], items[first + 1 :]
        if op is _c.SUBPATTERN and not (av[1] | av[2]) & ~re.IGNORECASE:
            inner = (icase or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE
            if inner == icase:
                ways = [head + list(av[3]) + tail]
        elif op is _c.BRANCH:
            ways = [head + list(alt) + tail for alt in av[1]]
        elif op in _REPEATS and av[0] == 0 and av[1] == 1:
            ways = [head + list(av[2]) + tail, head + tail]
    if ways is not None:
        budget[0] -= len(ways)
        found: set[tuple[_Item, ...]] = set()
        for way in ways:
            part = _read_split(way, icase, budget, most)
            if part is None:
                return None
            found |= part
        return frozenset(found)
    for limit in range(_MAX_ITEMS, 0, -1):
        try:
            return _prefixes(items, icase, limit, most)
        except _TooMany:
            continue
    return None


def _zero_width(item: tuple[Any, Any]) -> bool:
    """Whether a parsed element matches no characters (a check, or a choice of checks)."""
    op, av = item
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return True
    return op is _c.BRANCH and all(all(_zero_width(x) for x in alt) for alt in av[1])


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with the alternatives it can begin with prefixed by a look-ahead for their
    opening characters: the same matches, but an alternative that cannot match fails at once
    instead of after trying its words one by one (a look-ahead that every match of an
    alternative passes changes neither what it matches nor the order in which it tries).

    Only choices the pattern begins with get one: that is where most tries fail, and reading
    the prefixes of every choice deep inside would cost more to build than it saves."""
    if pattern.flags & _UNSUPPORTED_FLAGS:
        return pattern
    parsed = _p.parse(pattern.pattern, pattern.flags)
    if not _guard(parsed.data, bool(pattern.flags & re.IGNORECASE)):
        return pattern
    compiled: re.Pattern[str] = _sc.compile(parsed, pattern.flags)
    return compiled


def _guard(items: Any, icase: bool) -> bool:
    """Insert the look-aheads into the parsed ``items`` (in place), up to the first element that
    matches a character; whether any was inserted."""
    changed = False
    for op, av in items:
        if op is _c.BRANCH:
            for alt in av[1]:
                changed = _guard(alt, icase) or changed
                found = _read(alt.data, icase, _GUARD_SPLITS, _GUARD_PREFIXES)
                if found is None:
                    continue
                forms = {tuple(item.form() for item in seq) for seq in found}
                check = _p.parse(f"(?-i:{_trie_source(forms)})", 0)
                alt.data.insert(0, (_c.ASSERT, (1, check)))
                changed = True
        elif op is _c.SUBPATTERN:
            add, remove = av[1], av[2]
            changed = _guard(av[3], (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE) or changed
        elif op is _c.ATOMIC_GROUP:
            changed = _guard(av, icase) or changed
        if not _zero_width((op, av)):
            break
    return changed


@functools.cache
def _cased_chars() -> str:
    """Every character that case-insensitive matching treats differently (one sweep, once)."""
    return "".join(map(chr, filter(_sre.unicode_iscased, range(0x110000))))


@functools.cache
def _sensitive(source: str) -> str:
    """A case-sensitive character set matching exactly what the one-character item ``source``
    matches: the engine skips a branch that begins with one in a single test. The cased characters
    a case-insensitive item accepts are found by asking the engine itself; negated
    case-insensitive sets stay as they are."""
    flag, _, body = source.partition(":")
    body = body[:-1]
    if body.startswith("[^"):
        return body if flag == "(?-i" else source
    inner = body[1:-1] if body.startswith("[") else body
    if flag == "(?-i":
        return f"[{inner}]"
    cased = _cased_chars()
    extra = set(re.findall(source, cased)) - set(re.findall(f"[{inner}]", cased))
    return "[" + inner + "".join(map(re.escape, sorted(extra))) + "]"


def _first(seq: tuple[_Item, ...]) -> _Item:
    return next(item for item in seq if item.consumes)


def _opening(sequences: Iterable[tuple[_Item, ...]]) -> re.Pattern[str]:
    """A regex that matches the first two characters at a place (or the last one, at the end)
    whenever one of ``sequences`` may match there; the checks between them are ignored."""
    follow: dict[str, set[str] | None] = {}
    for seq in sequences:
        items = [item for item in seq if item.consumes]
        chars = [item.source for item in items]
        if len(chars) < 2 or items[0].repeat:
            follow[chars[0]] = None
        elif follow.get(chars[0], set()) is not None:
            follow.setdefault(chars[0], set()).add(chars[1])  # type: ignore[union-attr]
    parts = []
    for first, seconds in sorted(follow.items()):
        parts.append(first if seconds is None else first + "(?:" + "|".join(sorted(seconds)) + r"|\Z)")
    return re.compile("|".join(parts))


def _not_after(seq: tuple[_Item, ...]) -> str | None:
    """A class the character before every match is not in (or there is none), when the checks
    before the first character say so: "(?<![\\w.])", or "\\b" before a word character."""
    for item in seq:
        if item.consumes:
            return "(?-i:[\\w])" if _BOUNDARY in seq[: seq.index(item)] and item.word_only else None
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


def _trie_source(sequences: Iterable[tuple[str, ...]]) -> str:
    """One regex matching where any of ``sequences`` (of regex sources) matches; a sequence that
    is a prefix of another makes the longer one redundant."""
    trie: dict[str, Any] = {}
    for seq in sorted(sequences, key=len):
        node = trie
        for item in seq:
            if node.get(item) == {}:  # a shorter sequence already ends here
                break
            node = node.setdefault(item, {})
        else:
            node.clear()

    def emit(node: dict[str, Any]) -> str:
        parts = [item + emit(child) for item, child in sorted(node.items())]
        if not parts:
            return ""
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(trie)


class _Gate(NamedTuple):
    """Where some of the sequences may match: ``regex`` hits at ``offset`` before the place, and
    ``at_start`` (if any) tells whether the place may be the very start of the text."""

    regex: re.Pattern[str]
    offset: int
    at_start: re.Pattern[str] | None


def _hits(gate: _Gate, text: str, pos: int, stop: int) -> list[int]:
    offset = gate.offset
    found = [m.start() + offset for m in gate.regex.finditer(text, max(pos - offset, 0), stop)]
    if gate.at_start is not None and pos == 0 and gate.at_start.match(text, 0, stop):
        found.insert(0, 0)
    return found


def _gates(sequences: set[tuple[_Item, ...]]) -> list[_Gate]:
    """Regexes that find every place where one of ``sequences`` may match, each one beginning with
    a case-sensitive character set, which the engine scans for with its fast set test.

    Prefixes whose match must follow a character outside some class (after "\\b" or "(?<![\\w.])")
    are found from that character, which is rarer than a first letter: ``[^\\w](?=trie)``. The
    others from their first character: ``[first](?<=(?=trie).)``, which steps back onto it.
    """
    groups: dict[str | None, set[tuple[_Item, ...]]] = {}
    for seq in sequences:
        before = _not_after(seq)
        groups.setdefault(before if before is not None and _common(before) else None, set()).add(seq)
    gates = []
    for before, group in sorted(groups.items(), key=lambda kv: kv[0] or ""):
        trie = _trie_source({tuple(item.form() for item in seq) for seq in group})
        if before is not None:
            inside = _sensitive(before)
            if inside.startswith("[^"):
                outside = "[" + inside[2:]
            elif inside.startswith("["):
                outside = "[^" + inside[1:]
            else:
                outside = f"(?!{inside}){_ANY}"
            gates.append(_Gate(re.compile(f"{outside}(?={trie})"), 1, re.compile(trie)))
            continue
        firsts = {_sensitive(_first(seq).source) for seq in group}
        if all(f.startswith("[") and not f.startswith("[^") for f in firsts):
            first = "[" + "".join(f[1:-1] for f in sorted(firsts)) + "]"
        else:
            first = _ANY
        gates.append(_Gate(re.compile(f"{first}(?<=(?={trie}){_ANY})"), 0, None))
    return gates


class MultiScan:
    """``scan(text)[i]`` is ``list(patterns[i].finditer(text, pos, endpos))``, found in one gated pass."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = list(patterns)
        self._gated: list[int] = []
        self._plain: list[int] = []
        opening: dict[int, re.Pattern[str]] = {}
        sequences: set[tuple[_Item, ...]] = set()
        for index, pattern in enumerate(self.patterns):
            found = _readable_prefixes(pattern)
            if found is None:
                self._plain.append(index)
                continue
            self._gated.append(index)
            sequences |= found
            opening[index] = _opening(found)
        self._opening = opening
        self._gates = _gates(sequences) if sequences else []
        self._by_start: dict[str, tuple[int, ...]] = {}

    def _candidates(self, start: str) -> tuple[int, ...]:
        """The gated patterns that can begin with the two characters ``start`` (memoised)."""
        found = self._by_start.get(start)
        if found is None:
            found = tuple(i for i in self._gated if self._opening[i].match(start))
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
        matchers = [p.match for p in self.patterns]
        candidates = self._by_start
        for at in self._places(text, pos, stop):
            start = text[at : at + 2] if at + 2 <= stop else text[at:stop]
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
