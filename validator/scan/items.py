"""What every match of a compiled pattern must begin with, read from the regex engine's own parse
(`re._parser`): short sequences of one-character items and zero-width checks ("the ", "tháng", a digit,
"前"), few enough to scan for. `validator.scan.multiscan` builds its gates and look-ahead guards from
them. No language knowledge lives here.
"""

from __future__ import annotations

import functools
import importlib
import re
import weakref
from collections.abc import Iterable
from typing import Any, NamedTuple

# The regex engine's own modules (CPython 3.11+): a pattern's parsed form, its first-character
# analysis, and which characters case-insensitive matching treats specially.
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")
_sc: Any = importlib.import_module("re._compiler")
_sre: Any = importlib.import_module("_sre")

__all__ = ["ANY", "BOUNDARY", "GUARD_PREFIXES", "GUARD_SPLITS", "UNSUPPORTED_FLAGS", "Item", "read",
           "read_prefixes", "sensitive", "trie_source", "zero_width"]

_MAX_ITEMS = 8  # characters of prefix read per pattern: enough to tell "the first" from "the car"
_MAX_PREFIXES = 64  # per way into a pattern; with more, shorter prefixes are read instead (a
# bigger gate finds fewer false starts but takes longer to build)
_MAX_SPLITS = 2000  # ways into a pattern read one by one
GUARD_SPLITS = 16  # the same for a look-ahead guard, built for many alternatives at once
GUARD_PREFIXES = 128  # a guard with more finds a few more false starts, but takes longer to build
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
UNSUPPORTED_FLAGS = re.ASCII | re.LOCALE | re.MULTILINE | re.DOTALL
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
ANY = r"[\s\S]"


class Item(NamedTuple):
    """One element of a prefix: a regex for one character, or a zero-width check."""

    source: str  # "(?i:x)"/"(?-i:x)" for a character, the check's own source otherwise
    consumes: bool
    word_only: bool = False  # a character item that matches word characters (\w) only
    not_after: str | None = None  # a check "(?<!C)": class source C the previous character is not in
    repeat: str = ""  # a character item repeated: "{1,}", "{1,4}"

    def form(self) -> str:
        """The gate's regex for this item (characters as case-sensitive sets)."""
        return sensitive(self.source) + self.repeat if self.consumes else self.source


BOUNDARY = Item(r"\b", consumes=False)


class _TooMany(Exception):
    pass


def _char(code: int) -> str:
    return re.escape(chr(code))


def _is_word(code: int) -> bool:
    return chr(code).isalnum() or code == ord("_")


def _item(op: Any, av: Any, icase: bool) -> Item | None:
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
    return Item(f"(?i:{body})" if icase else f"(?-i:{body})", True, word_only)


_LOOKAHEADS: weakref.WeakKeyDictionary[Any, dict[bool, Item | None]] = weakref.WeakKeyDictionary()


def _check(op: Any, av: Any, icase: bool) -> Item | None:
    """A word boundary or a one-character look-around, or None for anything else."""
    if op is _c.AT:
        return BOUNDARY if av is _c.AT_BOUNDARY else None
    direction, body = av
    if op is _c.ASSERT and direction == 1 and len(body) != 1:
        # a look-ahead for more than a character ("a" only before "hundred", "thousand"...):
        # what it looks for must begin with one of its own prefixes (read once per pattern)
        known = _LOOKAHEADS.setdefault(body, {})
        if icase not in known:
            ahead = read(body, icase, 0)
            known[icase] = None if ahead is None else Item(
                "(?=" + trie_source({tuple(item.form() for item in seq) for seq in ahead}) + ")", False
            )
        return known[icase]
    if len(body) != 1:
        return None
    char = _item(body[0][0], body[0][1], icase)
    if char is None:
        return None
    if direction == 1:
        return Item(("(?=" if op is _c.ASSERT else "(?!") + char.source + ")", False)
    if op is _c.ASSERT:
        return Item("(?<=" + char.source + ")", False)
    return Item("(?<!" + char.source + ")", False, not_after=char.source)


def _prefixes(parsed: Any, icase: bool, limit: int, most: int = _MAX_PREFIXES) -> frozenset[tuple[Item, ...]]:
    """Sequences of items, with at most ``limit`` characters, one of which begins every match of
    the parsed pattern (a list of ``(op, av)``)."""
    done: set[tuple[Item, ...]] = set()
    Open = dict[tuple[Item, ...], int]  # sequence -> how many characters it matches

    def grow(open_: Open, item: Item) -> Open:
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


def read_prefixes(pattern: re.Pattern[str]) -> frozenset[tuple[Item, ...]] | None:
    """The prefixes to gate ``pattern`` with, or None when it is best run on its own: when they
    cannot be read, or when the engine already scans for its first character itself."""
    if pattern.flags & UNSUPPORTED_FLAGS:
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
    return read(parsed.data, bool(pattern.flags & re.IGNORECASE))


def read(
    parsed: Any, icase: bool, splits: int = _MAX_SPLITS, most: int = _MAX_PREFIXES
) -> frozenset[tuple[Item, ...]] | None:
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
) -> frozenset[tuple[Item, ...]] | None:
    first = next((i for i, item in enumerate(items) if not zero_width(item)), len(items))
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
        found: set[tuple[Item, ...]] = set()
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


def zero_width(item: tuple[Any, Any]) -> bool:
    """Whether a parsed element matches no characters (a check, or a choice of checks)."""
    op, av = item
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return True
    return op is _c.BRANCH and all(all(zero_width(x) for x in alt) for alt in av[1])


@functools.cache
def _cased_chars() -> str:
    """Every character that case-insensitive matching treats differently (one sweep, once)."""
    return "".join(map(chr, filter(_sre.unicode_iscased, range(0x110000))))


@functools.cache
def sensitive(source: str) -> str:
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


_GROUP = 6  # alternatives behind one look-ahead for their first characters (see trie_source)
_SET = re.compile(r"\[((?:[^\]\\\-^\[&~|]|\\.)+)\]\Z")  # a plain set: escapes and single characters only


_SET_UNIT = re.compile(r"\\.|.", re.DOTALL)


def _plain_set(item: str) -> str:
    """A plain character set written one way ("[Hh]" and "[hH]" as "[Hh]"), so that one trie node takes the items
    that match alike instead of the engine trying two branches; any other item as it is."""
    m = _SET.match(item)
    return "[" + "".join(sorted(set(_SET_UNIT.findall(m.group(1))))) + "]" if m else item


def trie_source(sequences: Iterable[tuple[str, ...]], grouped: bool = False) -> str:
    """One regex matching where any of ``sequences`` (of regex sources) matches; a sequence that
    is a prefix of another makes the longer one redundant.

    ``grouped``: where more than `_GROUP` alternatives begin with plain character sets, every `_GROUP` of
    them stand behind a look-ahead for the union of their sets (``(?=[aAbB])(?:[aA]…|[bB]…)``), the same
    matches: the engine skips an alternative whose set fails without entering it, but tries each in turn, so a
    trie of 26 letters cost 26 tests where it fails (as it does at most places a gate looks at)."""
    trie: dict[str, Any] = {}
    for seq in sorted(sequences, key=len):
        node = trie
        for item in map(_plain_set, seq):
            if node.get(item) == {}:  # a shorter sequence already ends here
                break
            node = node.setdefault(item, {})
        else:
            node.clear()

    def emit(node: dict[str, Any]) -> str:
        items = sorted(node.items())
        parts = [item + emit(child) for item, child in items]
        if not parts:
            return ""
        if len(parts) == 1:
            return parts[0]
        sets = [_SET.match(item) for item, _ in items] if grouped and len(parts) > _GROUP else []
        if sets and all(sets):
            groups = []
            for g in range(0, len(parts), _GROUP):
                union = "".join(m.group(1) for m in sets[g : g + _GROUP] if m is not None)
                groups.append(f"(?=[{union}])(?:" + "|".join(parts[g : g + _GROUP]) + ")")
            return "(?:" + "|".join(groups) + ")"
        return "(?:" + "|".join(parts) + ")"

    return emit(trie)


