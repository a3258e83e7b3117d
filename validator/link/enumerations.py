"""Announced counts: "ba nhóm giải pháp", "以下三点", "three factors" — and the items listed after them
(ordinal markers "Thứ nhất… Thứ hai…", "一是…二是…", "first… second…", or an inline list)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from validator.lexicon import lexicon, section, word_table
from validator.link.hypotheses import EXPLICIT, Hypothesis
from validator.link.scope import DURATION_UNITS, RATIO_UNITS, Scope, end, start
from validator.model import Claim, EnumerationRelation


def find_enumerations(scope: Scope) -> list[Hypothesis]:
    nouns = word_table(scope.lang, "cues", "enumeration_nouns")
    out: list[Hypothesis] = []
    for c in scope.claims:
        if not _countable(c):
            continue
        if c.hedge is not None:
            continue
        window_end = min(len(scope.text), end(c) + 14)
        # the counted noun follows the count, with no other figure between ("2年期美债收益率涨2.9个基点")
        noun_hits = [h for h in nouns.scan(scope.text, start(c), window_end)
                     if not [o for o in scope.starting_in(end(c), h.start) if o is not c]]
        announced = noun_hits[0].end if noun_hits else _announcing(scope, c)
        if announced is None or _tallied(scope, c, announced):
            continue
        items, structured = _listed_items(scope, c, announced)
        if not items or _counts_add_up(scope, c, announced, items):
            continue
        n = int(c.value)
        sure = len(items) == n or (structured and len(items) > n)
        if not sure and structured:
            # "bốn nhóm nhiệm vụ: một là…; hai là…; ba là…" and the paragraph ends: the fourth is missing
            sure = _closed(scope, c, items)
        elif not sure:
            sure = _whole_sentence_list(scope, c, announced, items)
        h = Hypothesis(f"enumeration:{c.id}")
        how = "ordinal markers" if structured else "an inline list"
        h.add(EnumerationRelation(kind="enumeration", count=c.id, items=items), EXPLICIT if sure else 0.5,
              f"{len(items)} items after '{scope.text[start(c):announced]}', by {how}")
        out.append(h)
    return out


def _tallied(scope: Scope, c: Claim, noun_end: int) -> bool:
    """A count that is one item of a list of tallies announces nothing: "建成精品线路6条、民宿132家", "6 mục tiêu,
    12 nhóm giải pháp và 30 dự án", "six goals, 12 measures and 30 projects": a list mark or "and" right after its
    noun, then another count within a word or two."""
    text = scope.text
    nouns = word_table(scope.lang, "cues", "enumeration_nouns")
    for hit in nouns.scan(text, noun_end, min(len(text), noun_end + _TALLY_GAP)):
        if text[noun_end:hit.start].strip():
            break
        noun_end = hit.end  # "12 nhóm giải pháp": the noun phrase goes on
    gap = len(text[noun_end:]) - len(text[noun_end:].lstrip())
    at = noun_end + gap
    mark = _TALLY_MARK.match(text, at)
    joins = word_table(scope.lang, "cues", "list_and").scan(text, at, min(len(text), at + 8))
    if mark is not None:
        at = mark.end()
    elif joins and joins[0].start == at:
        at = joins[0].end
    else:
        return False
    nxt = next((o for o in scope.starting_in(at, at + _TALLY_GAP) if o is not c), None)
    return (nxt is not None and nxt.unit not in RATIO_UNITS and nxt.value == nxt.value.to_integral_value()
            and len(text[at:start(nxt)].strip()) <= _TALLY_WORDS)


# how far after a count's noun the next tally of a list may stand, and how many characters of its own noun may
# come first ("、茶主题民宿132家")
_TALLY_GAP = 16
_TALLY_WORDS = 8
_TALLY_MARK = re.compile(r"[、,，;；]")


def _announcing(scope: Scope, c: Claim) -> int | None:
    """Where the words announcing a list end, when no enumeration noun says so: a count of things whose noun
    phrase (the lexicon's `count_noun`: "three industries", "four priorities for the year") ends in a colon, or
    one that ordinal markers follow at once ("抓好两件事。”…表示，一是…二是…")."""
    text = scope.text
    if c.unit != "item" or not text[end(c):end(c) + 2].strip()[:1].isalpha():
        return None  # a length of time, or a section number ("3、加强…")
    sentence = scope.sentence_of(start(c))
    colon = _LIST_COLON.match(text, end(c), min(len(text), end(c) + 40))
    counted = scope.flag("count_noun")
    if colon and colon.end() <= sentence.end + 1 and not scope.starting_in(end(c), colon.end()) and counted \
            and re.match(str(counted), text[end(c):colon.end()]):
        return colon.end() - 1  # at the colon, which opens the list
    first = (section(scope.lang, "cues", "ordinals") or {}).get(1) or []
    found = _marker_after(scope, first, end(c), 80)
    if found is not None and not [o for o in scope.starting_in(end(c), found) if o is not c]:
        return end(c)
    return None


def _counts_add_up(scope: Scope, c: Claim, announced: int, items: list[str]) -> bool:
    """The items hold counts that add up to the announced one ("giảm 8 đầu mối: giảm 4 bộ, …; 4 cơ quan"): a
    breakdown of a count, not a list of that many items."""
    last = scope.text.find(items[-1], announced)
    if last < 0:
        return False
    counts = [o.value for o in scope.starting_in(announced, last + len(items[-1]))
              if o.unit == c.unit and o.value == o.value.to_integral_value() and 0 < o.value < c.value]
    return len(counts) >= 2 and sum(counts) == c.value


def _closed(scope: Scope, c: Claim, items: list[str]) -> bool:
    """Ordinal-marked items that end with their paragraph, all in the count's paragraph or the next: the list
    is all there is."""
    text = scope.text
    last = text.find(items[-1], end(c))
    if last < 0:
        return False
    paragraph_end = text.find("\n", last)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    count_paragraph = scope.paragraph(c)
    return scope.sentence_of(last).paragraph <= count_paragraph + 1 and not _marker_after(
        scope, _all_ordinals(scope), last + 1, max(0, paragraph_end - last - 1))


def _all_ordinals(scope: Scope) -> tuple[str, ...]:
    ordinals = section(scope.lang, "cues", "ordinals") or {}
    return tuple(str(w) for words in ordinals.values() for w in words)


def _whole_sentence_list(scope: Scope, c: Claim, announced: int, items: list[str]) -> bool:
    """An inline list after a colon that runs to the end of the sentence, of short items: "two main obstacles:
    slow grid connections, lengthy permitting, and a patchwork of payment systems" (or of clauses, between
    semicolons: "three pressures: 44 days of strikes; bed occupancy of 93.4%, well above …; and 26,000 vacant
    posts"); or to a clause about its
    last item that ends the sentence (the lexicon's `inline_list.trailer`: "…, and the switch-off of 3G networks,
    which is pushing…")."""
    text = scope.text
    colon = text.find(":", announced - 2, announced + 40)
    colon = colon if colon >= 0 else text.find("：", announced - 2, announced + 40)
    if colon < 0:
        return False
    tail = text[colon + 1:_sentence_end(scope, c)].strip().rstrip(".。")
    tail = _without_trailers(scope, tail).rstrip()
    longest = CLAUSE_ITEM if _semicolon_list(tail, _and_pattern(scope)) else SHORT_ITEM
    return len(items) >= 2 and all(len(i) <= longest for i in items) and tail.endswith(items[-1].rstrip(".。"))


def _and_pattern(scope: Scope) -> str:
    """The lexicon's list-closing "and" words as one alternation."""
    and_words = section(scope.lang, "cues", "list_and") or []
    return "|".join(re.escape(w) for w in sorted(and_words, key=len, reverse=True)) or "and"


def _without_trailers(scope: Scope, tail: str) -> str:
    """`tail` without the clauses about an item that follow it (the lexicon's `inline_list.trailer`, to the next
    ";": "overcapacity at home, where many factories run at half capacity; a price advantage…")."""
    return re.sub(rf"(?:{lexicon(scope.lang).cues.inline_list.trailer})[^;；]*", "", tail)


# the colon that opens an inline list after its counted noun, in the count's sentence (whose dots are not its end:
# "three drivers of the firmer U.S. pricing:")
_LIST_COLON = re.compile(r"[^\d;。；:：\n]{0,40}?[:：]")
# how long an item of an inline list may be for the list to be read as all there is: items split at commas are
# short; items split at semicolons hold clauses of their own
SHORT_ITEM, CLAUSE_ITEM = 80, 160


def _listed_items(scope: Scope, c: Claim, noun_end: int) -> tuple[list[str], bool]:
    """(items, structured): ordinal-marked items after the count, else an inline list next to it."""
    marked = _ordinal_items(scope, noun_end)
    if len(marked) >= 2:
        return marked, True
    return _inline_items(scope, c, noun_end), False


def _ordinal_items(scope: Scope, pos: int) -> list[str]:
    """Items marked "Thứ nhất… Thứ hai…", "一是…二是…", "First,… Second,…": each in the paragraph of the one
    before or the next (bullet-like paragraphs), the first in the count's paragraph or the next, and none after
    another announced count ("两方面挑战：…。专家建议，从三个方面发力：一是…" lists the three, not the two)."""
    ordinals = section(scope.lang, "cues", "ordinals") or {}
    last_words = section(scope.lang, "cues", "last") or []
    items: list[str] = []
    cursor = pos
    paragraph = scope.sentence_of(pos).paragraph
    for position in range(1, 13):
        words = ordinals.get(position) or ordinals.get(str(position)) or []
        limit = _paragraphs_end(scope, cursor, paragraph + 1) - cursor
        found = _marker_after(scope, words, cursor, limit)
        numbered = _numbered_after(scope, position, cursor, limit)
        if numbered is not None and (found is None or numbered < found):
            found = numbered
        if found is None and position > 2:
            found = _marker_after(scope, last_words, cursor, limit)
            if found is not None:
                items.append(_snippet(scope.text, found))
            break
        if found is None or (position == 1 and _announced_between(scope, pos, found)):
            break
        items.append(_snippet(scope.text, found))
        cursor = found + 1
        paragraph = scope.sentence_of(found).paragraph
    return items


def _paragraphs_end(scope: Scope, pos: int, last: int) -> int:
    """Where paragraph `last` ends (the text from `pos` up to there)."""
    for sentence in scope.sentences_after(scope.sentence_of(pos)):
        if sentence.paragraph > last:
            return sentence.start
    return len(scope.text)


def _announced_between(scope: Scope, lo: int, hi: int) -> bool:
    """Another count announces a list between lo and hi ("从三个方面发力：")."""
    nouns = word_table(scope.lang, "cues", "enumeration_nouns")
    for o in scope.starting_in(lo, hi):
        # any count the counted noun follows, whatever unit the number took ("以下三点" read as index points)
        if _countable(o) and nouns.scan(scope.text, start(o), min(hi, end(o) + 6)):
            return True
    return False


def _countable(c: Claim) -> bool:
    """A whole number from 2 to 12 that is not a ratio, a length of time or a year: what may count a list."""
    return not (c.unit in RATIO_UNITS or c.unit in DURATION_UNITS or c.unit == "year"
                or c.value != c.value.to_integral_value() or not 2 <= c.value <= 12)


def _marker_after(scope: Scope, words: Iterable[str], pos: int, limit: int) -> int | None:
    """A list marker opening a line, sentence or clause within `limit` characters after pos."""
    pattern = _marker_pattern(scope.lang, tuple(words))
    if pattern is None:
        return None
    m = pattern.search(scope.text, pos, min(len(scope.text), pos + limit))
    return m.start(1) if m else None


# a number opening an item: "(1) Rà soát…", "（2）加强…", "3) Cut…" at the start of a line or after a colon or
# semicolon (digits are the same in every language; "1." and "1、" are left out: section numbers, dates)
_NUMBERED = re.compile(r"(?:^|(?<=[\n:;：；]))[ \t]*([(（]?(\d{1,2})[)）])[ \t]*(?=\S)", re.MULTILINE)


def _numbered_after(scope: Scope, position: int, pos: int, limit: int) -> int | None:
    """The item numbered `position` within `limit` characters after pos (its marker's opening)."""
    for m in _NUMBERED.finditer(scope.text, pos, min(len(scope.text), pos + limit)):
        if int(m.group(2)) == position:
            return m.start(1)
    return None


def _snippet(text: str, pos: int, width: int = 48) -> str:
    """The item's words up to its end or `width` characters; a longer item is cut after a whole word
    (a space, or any character of a text without spaces) and ends with "…"."""
    stop_at = pos + width
    for stop in ("\n", "。", ". ", "；", ";"):
        i = text.find(stop, pos, stop_at)
        if i >= 0:
            stop_at = i
    item = text[pos:stop_at].strip()
    cut_in_a_word = text[stop_at - 1:stop_at + 1].isalnum() and len(text[stop_at - 1:stop_at + 1]) == 2
    if stop_at < pos + width or not cut_in_a_word:
        return item
    space = item.rfind(" ")
    if space > 0:
        item = item[:space]
    return item.rstrip(" ,，、(（") + "…"


def _inline_items(scope: Scope, c: Claim, noun_end: int) -> list[str]:
    lang = scope.lang
    and_re = _and_pattern(scope)
    text = scope.text
    lists = lexicon(lang).cues.inline_list
    if lists.before_count:
        # "直营代理、代理制、“子公司+经销商”和总代理4种市场模式": the list stands right before the count.
        sentence = scope.sentence_of(start(c))
        lo = max((m.end() for m in re.finditer(lists.clause_marks, text[sentence.start:start(c)])), default=0)
        head = _LIST_LABEL.sub("", text[sentence.start + lo:start(c)], count=1)  # "1、美国三大股指": a label
        head = re.sub(lists.lead, "", head, count=1) if lists.separator in head else head
        parts = [p for p in _split_words(scope, head, rf"{re.escape(lists.separator)}|(?:{and_re})") if p.strip()]
        return [p.strip() for p in parts] if len(parts) >= 2 else []
    # "N nouns: A, B and C" / "N nouns of A, B, and C", within the count's sentence (a dot inside it is an
    # abbreviation or a decimal point: "the firmer U.S. pricing:", "bed occupancy of 93.4 per cent")
    window = text[noun_end:min(noun_end + 400, _sentence_end(scope, c))]
    m = _LIST_COLON.match(window)
    if m is not None:
        tail = window[m.end():]  # the colon opens the list: an "of" before it is part of the noun phrase
    else:
        m = re.match(rf"[^:;\n]{{0,40}}?{lists.opening}\s*([^;\n]{{3,200}})", window)
        if not m:
            return []
        tail = m.group(1)
    tail = tail.rstrip().rstrip(".。").strip()
    cue = word_table(lang, "cues", "parts").scan(tail, 0, len(tail))
    if cue:  # "…, trong đó hoạt động lõi là…": a breakdown cue opens a new statement
        tail = tail[:cue[0].start].rstrip(" ,，")
    if len(tail) < 3:
        return []
    if _semicolon_list(tail, and_re):
        # "A of 44 days; B of 93.4%, well above …; C who are …; and D": items holding commas and clauses of their
        # own, the list's end told by "and" opening its last item; a verb after that item ends the list
        pieces = [p.strip() for p in re.split(r"[;；]", tail)]
        pieces[-1] = re.split(lists.stop, re.sub(rf"^(?:{and_re})\s+", "", pieces[-1]))[0].strip()
        return [p for p in pieces if p]
    tail = re.split(r"[;；]", tail)[0]  # a semicolon after a list of commas ends it
    tail = re.split(lists.stop, _without_trailers(scope, tail))[0]
    return _split_list(tail, and_re)


def _sentence_end(scope: Scope, c: Claim) -> int:
    """Where `c`'s sentence ends, the segments a semicolon joins to it included (within its paragraph)."""
    sentence = scope.sentence_of(start(c))
    hi = sentence.end
    for following in scope.sentences_after(sentence):
        if following.paragraph != sentence.paragraph or scope.text[hi - 1:following.start].strip()[:1] not in ";；":
            break
        hi = following.end
    return hi


def _semicolon_list(tail: str, and_re: str) -> bool:
    """Items separated by semicolons, whose items may hold commas of their own ("giao thông; bưu chính, viễn
    thông; văn hóa, giải trí và du lịch; hàng ăn…"; "…; and about 26,000 vacant posts"): three pieces at least, or
    two with "and" opening the last; and the first piece is no list of its own closed by "and" ("A, B and C;
    analysts say …": the semicolon ends a list of commas)."""
    pieces = re.split(r"[;；]", tail)
    if len(pieces) < 2 or re.search(rf",\s[^,]*\s(?:{and_re})\s", pieces[0]):
        return False
    return len(pieces) >= 3 or re.match(rf"\s*(?:{and_re})\s", pieces[-1]) is not None


_LIST_LABEL = re.compile(r"^\s*\d{1,2}\s*[、.．)）]\s*")


def _split_words(scope: Scope, head: str, pattern: str) -> list[str]:
    """`head` split at `pattern`, but not inside a word that holds a conjunction ("涉及", "普及": the lexicon's
    `relations.and_inside`)."""
    masked = head
    inside = scope.flag("and_inside")
    for word in (str(w) for w in inside) if isinstance(inside, list) else ():
        masked = masked.replace(word, "\0" * len(word))
    pieces, last = [], 0
    for m in re.finditer(pattern, masked):
        pieces.append(head[last:m.start()])
        last = m.end()
    return [*pieces, head[last:]]


def _split_list(tail: str, and_re: str) -> list[str]:
    """Items of an inline list: split at ", " (not inside "1,200") or "; "; "and" ends the list only in its last
    item ("A, B and C"; "A, B, and C"; "wholesale and retail trade" inside an item stays whole)."""
    pieces = [p.strip() for p in re.split(r"[,;]\s+|，|；", tail) if p.strip()]
    if not pieces:
        return []
    last = pieces[-1]
    oxford = re.match(rf"(?:{and_re})\s+(.*)$", last)
    if oxford:
        pieces[-1] = oxford.group(1)
    elif len(pieces) >= 1:
        split = re.split(rf"\s(?:{and_re})\s", last, maxsplit=1) if " " in last else [last]
        pieces[-1:] = [p.strip() for p in split if p.strip()]
    return pieces if len(pieces) >= 2 else []


@functools.lru_cache(maxsize=256)
def _marker_pattern(lang: str, words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The regex for a list marker of one of ``words`` (built once per language and word list)."""
    if not words:
        return None
    # the lexicon's marker template: what may stand before the marker, and what must follow it
    lead, tail = lexicon(lang).cues.ordinal_marker.split("({words})", 1)
    words_before = ""
    flags = re.MULTILINE | re.IGNORECASE
    # a marker that ends in a copula ("一是", "二是") is whole by itself: the item follows it at once
    ends = tuple(str(e) for e in section(lang, "relations", "marker_ends") or [])
    whole = [w for w in words if ends and w.endswith(ends)]
    rest = [w for w in words if w not in whole]
    alternatives = []
    if rest:
        alternatives.append("(?:" + "|".join(re.escape(w) for w in sorted(rest, key=len, reverse=True)) + ")" + tail)
    if whole:
        alternatives.append("(?:" + "|".join(re.escape(w) for w in sorted(whole, key=len, reverse=True)) + ")")
    body = "|".join(alternatives)
    return re.compile(lead + words_before + f"((?:{body}))", flags)
