"""Numbers found in a text: the mentions, each with its value, unit, hedge and range, and the numbers
skipped as not quantities, each with its reason.

``find_numbers`` scans a document once with the language's compiled master pattern (see
`validator.extract.numerals.grammar`); each hit is a not-claim to skip (dates, codes, ordinals, idioms),
a multiple word ("gấp đôi", "翻番", "doubled") or a numeral run with its hedge and prefix. Each number of
a run is parsed (`.parse`) and read with what stands around it (`.reading`); adjacent mentions joined by
a range connector ("3-4%", "3至4", "từ 3 đến 4") become the two ends of a range (`.ranges`).
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Callable, Iterator
from decimal import localcontext

from validator.extract.numerals.grammar import Grammar, grammar
from validator.extract.numerals.mention import Mention, Raw, Skipped, group_kind
from validator.extract.numerals.parse import parse_run
from validator.extract.numerals.ranges import drop_restatements, merge_ranges
from validator.extract.numerals.reading import counted_before, money_parts, read_mention
from validator.extract.numerals.text import DIGITS, ONE, ZERO, clean, fraction_step, generic_precision, normalise
from validator.extract.numerals.tokens import Parsed, tokenize
from validator.scan.multiscan import guarded, guarded_variants

__all__ = ["find_numbers"]

_SCAN = re.compile(r"[^\W\d_]+|[0-9]+|[^\w\s]")
_REACH = 12  # tokens from a match's first word to its number ("the best part of 40", "ít nhất là 3")
_BLOCK = 20000  # tokens looked at together


def _matches(norm: str, gm: Grammar) -> Iterator[re.Match[str]]:
    """The master pattern's matches, left to right, as ``finditer`` would give them.

    For languages written with spaces the pattern is tried only where a match can begin: a
    word that some alternative starts with (derived from the compiled pattern), a digit, a
    symbol that can start one, or letters directly followed by a digit (codes such as "M9").
    This is what keeps extraction at megabytes per second.
    """
    words, chars = gm.start_words, gm.start_chars
    if words is None:
        yield from _guarded_master(gm).finditer(norm)
        return
    num_match = _guarded(gm, "num").match  # first: it guards the master and its variants together
    skip_match = _guarded(gm, "skip").match
    last = 0
    match = _guarded_master(gm).match
    digit_match = num_match if not gm.digits_start_skip else match
    is_number_word = gm.number_words.__contains__
    urls = "://" in norm
    tries = _tries(gm, (match, skip_match, num_match))
    # Tokens a chunk of text at a time, the last _REACH of each carried over to the next (whether they are
    # tried depends on the tokens after them): lists of every token of a long document would make each
    # full run of the cycle collector walk a long document's worth.
    starts: list[int] = []
    ends: list[int] = []
    toks: list[str] = []
    chunks = _token_chunks(norm)
    while True:
        chunk = next(chunks, None)
        more = chunk is not None
        if chunk is not None:
            starts, ends, toks = starts + chunk[0], ends + chunk[1], toks + chunk[2]
        block = max(0, len(toks) - _REACH) if more else len(toks)
        lowered = list(map(str.lower, toks))
        tried = _tried(norm, starts, ends, toks, lowered, block, is_number_word, urls)
        for k in tried:
            pos = starts[k]
            if pos < last:
                continue
            ch = norm[pos]
            try_: _Match = match
            if ch.isalpha():
                word = lowered[k]
                found = tries.get(word, _unset)
                if found is _unset:  # a word no match begins with: tried only where a digit follows it
                    end = ends[k]
                    nxt = norm[end : end + 2]
                    if not (nxt[:1].isdigit() or (nxt[:1] in " -" and nxt[1:2].isdigit())):
                        continue
                elif found is None:
                    continue  # a number does not begin with "and": the words after it are tried
                else:
                    try_ = found
            elif ch.isdigit():
                try_ = digit_match
            elif chars is not None and ch not in chars:
                continue
            m = try_(norm, pos)
            if m is not None and m.end() > pos:
                last = m.end()
                yield m
        if not more:
            return
        starts, ends, toks = starts[block:], ends[block:], toks[block:]


def _tried(norm: str, starts: list[int], ends: list[int], toks: list[str], lowered: list[str], block: int,
           is_number_word: Callable[[str], bool], urls: bool) -> list[int]:
    """The indices below `block` of the tokens a match may begin at. Every match holds a digit or a number word
    and spans no more than a few tokens, so only the tokens at most _REACH before one are tried (flags and
    indices made by map and compress: no Python-level step per token); URLs run long, so a token followed by
    "://" is tried wherever it is."""
    numeric = map(operator.or_, map(str.isdigit, map(_FIRST, toks)), map(is_number_word, lowered))
    tried: list[int] = []
    reach = 0  # the tokens below this index are in `tried` already
    for j in itertools.compress(range(len(toks)), numeric):
        lo = max(reach, j - _REACH)
        hi = min(j + 1, block)
        if lo < hi:
            tried.extend(range(lo, hi))
            reach = hi
    if urls:
        base, top = (starts[0], ends[block - 1]) if block else (0, -1)
        at = norm.find("://", base)
        extra = []
        while 0 <= at <= top:
            k = bisect.bisect_left(ends, at, 0, block)
            if k < block and ends[k] == at:
                extra.append(k)
            at = norm.find("://", at + 1)
        if extra:
            tried = sorted(set(tried).union(extra))
    return tried


_TOKEN = re.compile(f"({_SCAN.pattern})")  # _SCAN as a group: re.split gives the text between tokens and the tokens
_CHUNK = 1 << 18  # characters tokenised together
_SPACE = re.compile(r"\s")
_FIRST = operator.itemgetter(0)


def _token_chunks(norm: str) -> Iterator[tuple[list[int], list[int], list[str]]]:
    """_SCAN's tokens of `norm` as (starts, ends, tokens), a chunk of text at a time. A chunk ends at a white
    space, which no token holds, so its tokens are those of the whole text."""
    a, n = 0, len(norm)
    while a < n:
        b = n
        if n - a > _CHUNK:
            sp = _SPACE.search(norm, a + _CHUNK)
            b = n if sp is None else sp.start()
        pieces = _TOKEN.split(norm if a == 0 and b == n else norm[a:b])
        # positions from the lengths, in C: token i is pieces[2i + 1], from bounds[2i + 1] to bounds[2i + 2]
        bounds = list(itertools.accumulate(map(len, pieces), initial=a))
        yield bounds[1:-1:2], bounds[2::2], pieces[1::2]
        a = b


_Match = Callable[[str, int], "re.Match[str] | None"]


def _unset(text: str, pos: int) -> re.Match[str] | None:
    """(`_tries`' answer for a word it does not hold)"""
    return None  # pragma: no cover - never called


_TRIES: dict[int, tuple[Grammar, tuple[_Match, ...], dict[str, _Match | None]]] = {}


def _tries(gm: Grammar, tried_by: tuple[_Match, _Match, _Match]) -> dict[str, _Match | None]:
    """For each word a match may begin with, the match function `_matches` tries there (of ``tried_by``: the
    master, its not-claims, its numbers), or None for a connector: one look-up a token instead of four set
    tests; built once a grammar."""
    cached = _TRIES.get(id(gm))
    if cached is None or cached[0] is not gm or cached[1] != tried_by:
        match, skip_match, num_match = tried_by
        connectors = _connectors(gm)
        tries: dict[str, _Match | None] = {}
        for word in gm.start_words or ():
            if word in connectors and word not in gm.skip_words:
                tries[word] = None  # a number does not begin with "and": the words after it are tried
            elif word not in gm.number_start_words:
                tries[word] = skip_match  # only a not-claim can begin here
            elif word not in gm.skip_words:
                tries[word] = num_match  # only a number can begin here
            else:
                tries[word] = match
        cached = (gm, tried_by, tries)
        _TRIES[id(gm)] = cached
    return cached[2]


_CONNECTORS: dict[int, tuple[Grammar, frozenset[str]]] = {}


def _connectors(gm: Grammar) -> frozenset[str]:
    """The words that join parts of a number ("and" in "two hundred and five"), which on their own
    make a run of one token the numeral parser gives no number for."""
    cached = _CONNECTORS.get(id(gm))
    if cached is None or cached[0] is not gm:
        cached = (gm, frozenset(w for w, (kind, _) in gm.words.items() if kind == "conn"))
        _CONNECTORS[id(gm)] = cached
    return cached[1]


_GUARDED: dict[int, tuple[Grammar, re.Pattern[str]]] = {}


_GUARDED_PART: dict[tuple[int, str], tuple[Grammar, re.Pattern[str]]] = {}


def _guarded(gm: Grammar, part: str) -> re.Pattern[str]:
    """`_guarded_master` for the master pattern's number alternatives ("num") or its not-claims ("skip")."""
    cached = _GUARDED_PART.get((id(gm), part))
    if cached is None or cached[0] is not gm:
        both = guarded_variants(gm.master, 4, gm.master_variants) if gm.master_variants else None
        if both is not None:  # the master and its variants guarded in one go (the same matches, a third the work)
            _GUARDED[id(gm)] = (gm, both[0])
            for name, variant in both[1].items():
                _GUARDED_PART[id(gm), name] = (gm, variant)
        cached = _GUARDED_PART.get((id(gm), part))
        if cached is None or cached[0] is not gm:
            pattern = gm.master_num if part == "num" else gm.master_skip
            cached = (gm, guarded(pattern if pattern is not None else gm.master))
            _GUARDED_PART[id(gm), part] = cached
    return cached[1]


def _guarded_master(gm: Grammar) -> re.Pattern[str]:
    """The grammar's master pattern with look-aheads that make a failing alternative fail at once
    (the same matches: see `validator.scan.multiscan.guarded`), built once per grammar."""
    cached = _GUARDED.get(id(gm))
    if cached is None or cached[0] is not gm:
        cached = (gm, guarded(gm.master))
        _GUARDED[id(gm)] = cached
    return cached[1]



def _skip_reason(m: re.Match[str], gm: Grammar) -> str:
    if m.re is gm.skip_re:
        reasons = gm.skip_re_reasons
    elif m.re is gm.skip_digit_re:
        reasons = gm.skip_digit_reasons
    else:
        if m.group("code") is not None:
            return "code"
        reasons = gm.skip_reasons
    for name, reason in reasons.items():
        if m.group(name) is not None:
            return reason
    return "other"

def find_numbers(text: str, language: str, skipped: list[Skipped] | None = None) -> list[Mention]:
    """All numeric mentions in text (language "vi"|"zh"|"en"), sorted by start, non-overlapping.

    With a ``skipped`` list, the numbers read as not quantities are appended to it with their reason.
    """
    with localcontext() as ctx:
        ctx.prec = DIGITS
        return _Finder(text, grammar(language), skipped).find()


_AFTER_A_COUNT = re.compile(r"[0-9](?:[ \t]+[^\W\d_]+){0,2}[ \t]+\Z")


class _Finder:
    """One pass over a text: the mentions found so far, and where the last ones ended."""

    def __init__(self, text: str, gm: Grammar, skipped: list[Skipped] | None) -> None:
        self.text, self.gm, self.skipped = text, gm, skipped
        self.norm = normalise(text)
        self.raws: list[Raw] = []
        self.last_end = 0
        self.skip_to = 0  # the end of the last not-claim found where a number began

    def skip(self, start: int, end: int, reason: str) -> None:
        if self.skipped is not None:
            self.skipped.append(Skipped(start, end, self.text[start:end], reason))

    def find(self) -> list[Mention]:
        gm, norm = self.gm, self.norm
        for m in _matches(norm, gm):
            if m.group("skip") is not None or m.group("code") is not None:
                self.skip(m.start(), m.end(), _skip_reason(m, gm))
            elif m.group("mw") is not None:
                self._multiple_word(m)
            else:
                self._numbers(m)
        raws = self.raws + _spans(norm, gm)
        raws.sort(key=lambda r: (r.start, -r.end))
        kept: list[Raw] = []
        for r in raws:
            if kept and r.start < kept[-1].end:
                continue
            kept.append(r)
        kept = merge_ranges(drop_restatements(kept, norm), norm, gm)
        return [self._mention(r) for r in kept]

    def _mention(self, r: Raw) -> Mention:
        return Mention(
            start=r.start,
            end=r.end,
            text=self.text[r.start : r.end],
            num_start=r.num_start,
            num_end=r.num_end,
            value=clean(r.value),
            precision=clean(r.precision),
            kind=r.kind,
            unit=r.unit,
            hedge=r.hedge,
            high=None if r.high is None else clean(r.high),
            reading=r.reading,
            scale_word=r.scale_word,
            range_end=r.range_end,
        )

    def _multiple_word(self, m: re.Match[str]) -> None:
        """"gấp đôi", "翻番", "doubled": a multiple written as a word, with its hedge and reading."""
        gm = self.gm
        word = re.sub(r"\s+", " ", m.group("mw").lower())
        value = gm.multiple_words.get(word)
        if value is None:
            return
        hedge = group_kind(m, gm.hedge_groups, "hw")
        ms, me = m.span("mw")
        reading = None
        if gm.reading_after_re is not None:
            rm = gm.reading_after_re.match(self.norm, me)
            if rm is not None:
                reading = group_kind(rm, gm.hedge_groups, "ra")
        # a multiple said in a word is its value give or take an eighth ("doubled": 1.75-2.25×), not a whole unit as a
        # rounded digit is ("2 times": 1.5-2.5×); a writer with 1.6× says "gấp 1,6 lần", not "gấp đôi". A word
        # with a half in it is good to that half ("gấp rưỡi": 1.25-1.75×), never to a tenth as "1.5" would be
        if value == value.to_integral_value():
            precision = min(generic_precision(value), value / 4)
        else:
            precision = fraction_step(value)
        self.raws.append(Raw(m.start(), me, ms, me, value, precision, "multiple", "times", hedge, reading, None, ONE))

    def _numbers(self, m: re.Match[str]) -> None:
        """The numbers of one numeral run, the first with the hedge and prefixes the master pattern found."""
        gm, norm = self.gm, self.norm
        ns, ne = m.span("num")
        run_text = norm[ns:ne].lower()
        if run_text in _connectors(gm):
            return  # a run that is just "and": it parses to nothing (and is what most runs are in English)
        conds = gm.restricted.get(run_text)
        if (
            conds is not None
            and "before_unit_counted" in conds
            and "before_unit" not in conds
            and not counted_before(norm, ns, gm)
        ):  # "một" alone, with no "chỉ"/"trong" before it: an article (checked before parsing it)
            if m.group("hedge") is None:
                self.skip(ns, ne, "article" if run_text in gm.articles else "word")
            return
        if run_text in gm.after_hedge:
            self._after_hedge(m, run_text)
            return
        currency = group_kind(m, gm.currency_groups, "cp") if m.group("cur") is not None else None
        parsed = parse_run(tokenize(norm, ns, ne, gm, money=currency is not None), gm)
        if not parsed:
            return
        first = parsed[0]
        if currency is None and m.group("hedge") is None and first.start > 0 and gm.flags:
            if _ascii_letter(norm[first.start - 1]) and norm[first.start].isdigit():
                return
        lead = self._lead(m, ns, currency)
        for idx, p in enumerate(parsed):
            if p.start < self.skip_to or self._not_claim_at(p):
                continue
            raw = lead(p) if idx == 0 and p.start == ns else read_mention(p, norm, gm, p.start, None, None, False,
                                                                          None, False)
            if isinstance(raw, str):
                self.skip(p.start, p.end, raw)
                continue
            raw = money_parts(raw, norm, gm)
            self.raws.append(raw)
            self.last_end = max(self.last_end, raw.end)

    def _after_hedge(self, m: re.Match[str], run_text: str) -> None:
        """"过半", "近半", "逾半": a word that is a fraction only right after a hedge, and then the whole figure."""
        gm, norm = self.gm, self.norm
        ns, ne = m.span("num")
        hedge = group_kind(m, gm.hedge_groups, "hb") if m.group("hedge") is not None else None
        guard = gm.after_hedge_not_before
        if hedge is None or (guard is not None and guard.match(norm, ne)):
            return  # "上半年", "近半年": no fraction
        value = gm.after_hedge[run_text]
        self.raws.append(Raw(m.start(), ne, ns, ne, value, ZERO, "fraction", None, hedge, None,  # (step: claims)
                             None, ONE))
        self.last_end = max(self.last_end, ne)

    def _lead(self, m: re.Match[str], ns: int, currency: str | None) -> Callable[[Parsed], Raw | str]:
        """How the first number of a run is read: with the hedge, currency and prefixes before it, unless
        they belong to the number before ("4人民币5美元": the prefix is the previous number's unit)."""
        gm, norm = self.gm, self.norm
        if m.start() < self.last_end <= ns:
            return lambda p: read_mention(p, norm, gm, p.start, None, None, False, None, False)
        mention_start = m.start()  # where the mention begins: its hedge or prefix, else the number
        hedge = group_kind(m, gm.hedge_groups, "hb") if m.group("hedge") is not None else None
        if hedge is not None and gm.out_of_re is not None and gm.out_of_re.match(m.group("hedge")):
            # "26 mã trên 30 mã": after a count, "trên" is "out of", no hedge on the 30
            if _AFTER_A_COUNT.search(norm, max(0, m.start() - 20), m.start()):
                hedge = None
                mention_start = m.start("cur") if m.group("cur") is not None else ns
        mpre = m.group("mpre")
        mreading = gm.multiple_prefix.get(mpre.lower()) if mpre else None
        percent = m.group("ppre") is not None
        closing = gm.percent_closing
        if percent and closing is not None and closing.prefix.fullmatch(m.group("ppre")):
            # "percent of 10" is 10% only where no number stands before the percent word and the number
            # closes its phrase; "the percent of 10-year-olds", "5 percent of 10 members", "percent of $10" read
            # the number alone
            own_start = m.start("cur") if m.group("cur") is not None else ns
            ps = m.start("ppre")
            if currency is not None or closing.number_before.search(norm, max(0, ps - 24), ps) is not None:
                return lambda p: read_mention(p, norm, gm, own_start, None, currency, False, None, False)

            def read_closing(p: Parsed) -> Raw | str:
                year = p.plain_digits is not None and len(p.plain_digits) == 4 and (
                    gm.year_range[0] <= int(p.plain_digits) <= gm.year_range[1])
                if year or closing.phrase_end.match(norm, p.end) is None:
                    return read_mention(p, norm, gm, own_start, None, currency, False, None, False)
                return read_mention(p, norm, gm, mention_start, hedge, currency, True, mreading, mpre is not None)

            return read_closing
        return lambda p: read_mention(p, norm, gm, mention_start, hedge, currency, percent, mreading,
                                      mpre is not None)

    def _not_claim_at(self, p: Parsed) -> bool:
        """A not-claim where a number begins ("212-555-0143", "$5 million 1 January 2024"): skipped."""
        gm, norm = self.gm, self.norm
        skip_re = gm.skip_digit_re if norm[p.start].isdigit() else gm.skip_re
        sk = skip_re.match(norm, p.start)
        if sk is None or sk.end() <= p.start:
            return False
        self.skip_to = sk.end()
        self.skip(p.start, sk.end(), _skip_reason(sk, gm))
        return True


def _ascii_letter(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _spans(norm: str, gm: Grammar) -> list[Raw]:
    """Spans of years written without a numeral: "more than a decade" (10 years, over), "two decades" (20),
    "hơn một thập kỷ"; "over the decade" is the decade itself, not more than one."""
    if gm.span_re is None or gm.span_lead_re is None:
        return []
    out: list[Raw] = []
    for sm in gm.span_re.finditer(norm):
        value = gm.span_words.get(sm.group(0).lower())
        if value is None:
            continue
        lm = gm.span_lead_re.search(norm, max(0, sm.start() - 40), sm.start())
        lead = lm.group("lead") if lm is not None else None
        if lead is None:
            continue  # "for decades", "decade-long": no count
        count = gm.span_leads.get(lead.lower(), ONE)
        assert lm is not None
        definite = count == 0
        start = lm.start("lead") if definite else lm.start()
        hedge = None if definite else group_kind(lm, gm.hedge_groups, "hs")
        out.append(Raw(start, sm.end(), start, sm.end(), value * (count or ONE), ONE, "span", "year", hedge, None,
                        None, ONE))
    return out
