"""Re-anchoring: where a reviewed claim stands in the article as it is now.

A claim file records each number's `text` and the `quote` around it, not (only) offsets, so that the
article can be edited without breaking the file. `anchor_claim` finds the quote again — exactly (the
fast path), then after normalising whitespace, quotes, dashes, case and digits, then fuzzily with
rapidfuzz paragraph by paragraph — and then looks for the claim's number inside the quote it found.

- quote found and number in it: anchored (a moved paragraph is not a problem);
- quote found but the number changed: an `AnchorProblem` saying what the article says now, with the
  span of the new number;
- quote not found: an `AnchorProblem` "quote no longer found".

The stale-claim rule (ST401) turns problems into findings; `validator.claimfiles.merge` uses the same anchors to
match drafted claims with reviewed ones.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from validator.model import Claim, Span

FUZZY_CUTOFF = 90.0  # partial_ratio score (0-100) below which a quote counts as gone

_QUOTE_CHARS = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "「": '"',
        "」": '"',
        "『": '"',
        "』": '"',
        "–": "-",
        "—": "-",
        "−": "-",
        "\u00a0": " ",
        "\u3000": " ",
    }
)
_WORD_CHARS = re.compile(r"[\w%‰.,]")


@dataclass(frozen=True)
class AnchorProblem:
    """Why a claim no longer matches its article: its number changed, or its quote vanished."""

    kind: Literal["changed", "vanished"]
    message: str
    span: Span | None = None  # for "changed": the number the article now has
    now: str | None = None  # for "changed": that number's text


@dataclass(frozen=True)
class Normalized:
    """A text with whitespace runs collapsed, quotes/dashes unified, lower case and digits masked as 0,
    plus the offset in the original text of every character kept."""

    text: str
    origin: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalized range [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text.translate(_QUOTE_CHARS)):
        if ch.isspace():
            if not out or out[-1] == " ":
                continue
            ch = " "
        elif ch.isdigit():
            ch = "0"
        else:
            low = ch.lower()
            ch = low if len(low) == 1 else ch
        out.append(ch)
        origin.append(i)
    while out and out[-1] == " ":
        out.pop()
        origin.pop()
    return Normalized("".join(out), origin)


class Anchorer:
    """Finds quotes in one article text; the normalized text and paragraphs are computed once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._norm: Normalized | None = None
        self._paragraphs: list[tuple[int, int]] | None = None

    @property
    def norm(self) -> Normalized:
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    @property
    def paragraphs(self) -> list[tuple[int, int]]:
        if self._paragraphs is None:
            self._paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text)]
        return self._paragraphs

    def locate(self, quote: str, near: int | None = None) -> tuple[int, int] | None:
        """Where `quote` is in the text now (original offsets), or None when it is gone."""
        hits = _all(self.text, quote)
        if hits:
            return _nearest(hits, near, len(quote))
        q = normalize(quote).text
        if q:
            hits = _all(self.norm.text, q)
            if hits:
                start = _nearest(hits, None if near is None else self._norm_offset(near), len(q))
                return self.norm.span(start[0], start[1])
        return self._fuzzy(quote)

    def _norm_offset(self, offset: int) -> int:
        import bisect

        return min(bisect.bisect_left(self.norm.origin, offset), max(len(self.norm.origin) - 1, 0))

    def _fuzzy(self, quote: str) -> tuple[int, int] | None:
        q = normalize(quote).text
        if len(q) < 8:  # too short to recognise fuzzily: "5,4%" would match any percentage
            return None
        best: tuple[float, int, int] | None = None
        for start, end in self.paragraphs:
            para = normalize(self.text[start:end])
            if not para.text:
                continue
            found = fuzz.partial_ratio_alignment(q, para.text, score_cutoff=FUZZY_CUTOFF)
            if found is None or (best is not None and found.score <= best[0]):
                continue
            a, b = para.span(found.dest_start, max(found.dest_end, found.dest_start + 1))
            best = (found.score, start + a, start + b)
        return (best[1], best[2]) if best else None


def _all(haystack: str, needle: str) -> list[int]:
    out = []
    i = haystack.find(needle)
    while i >= 0:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def _nearest(hits: list[int], near: int | None, length: int) -> tuple[int, int]:
    start = hits[0] if near is None else min(hits, key=lambda h: abs(h - near))
    return start, start + length


def anchor_claim(claim: Claim, anchorer: Anchorer) -> tuple[Span | None, AnchorProblem | None]:
    """The claim's span in the current text, and what is wrong with it if it no longer matches."""
    text = anchorer.text
    old = claim.span
    if claim.quote is None:
        if old and text[old.start : old.end] == claim.text:
            return old, None
        hits = _all(text, claim.text)
        if hits:
            a, b = _nearest(hits, old.start if old else None, len(claim.text))
            return Span(start=a, end=b), None
        message = f"claim {claim.id!r}: text {claim.text!r} no longer found in the article"
        return None, AnchorProblem("vanished", message)
    found = anchorer.locate(claim.quote, old.start if old else None)
    if found is None:
        return None, AnchorProblem("vanished", f"claim {claim.id!r}: quote no longer found: {claim.quote!r}")
    qa, qb = found
    if old and qa <= old.start and old.end <= qb and text[old.start : old.end] == claim.text:
        return old, None
    region = text[qa:qb]
    inside = _all(region, claim.text)
    where_in_quote = claim.quote.find(claim.text)
    if inside:
        pick = inside[0] if where_in_quote < 0 else min(inside, key=lambda i: abs(i - where_in_quote))
        return Span(start=qa + pick, end=qa + pick + len(claim.text)), None
    if where_in_quote < 0:
        # the quote never contained the text (a hand-written quote); nothing to compare against
        return None, AnchorProblem(
            "vanished",
            f"claim {claim.id!r}: {claim.text!r} is not inside its quote {claim.quote!r} in the article",
        )
    a, b = _map_range(claim.quote, region, where_in_quote, where_in_quote + len(claim.text))
    a, b = _widen(region, a, b)
    now = region[a:b].strip()
    if not now:
        message = f"claim {claim.id!r}: {claim.text!r} is no longer in its sentence (quote {claim.quote!r})"
        return None, AnchorProblem("vanished", message)
    lead = region[a:b].find(now)
    span = Span(start=qa + a + lead, end=qa + a + lead + len(now))
    if re.sub(r"\s+", "", now) == re.sub(r"\s+", "", claim.text):
        return span, None  # only re-spaced ("70,5 %"): the same number
    return span, AnchorProblem(
        "changed",
        f"claim {claim.id!r}: the article now says {now!r} where the claim file has {claim.text!r}",
        span,
        now,
    )


def _map_range(source: str, target: str, start: int, end: int) -> tuple[int, int]:
    """Carry the range [start, end) of `source` over to `target` through a character alignment."""
    ops = difflib.SequenceMatcher(None, source, target, autojunk=False).get_opcodes()

    def carry(pos: int, is_end: bool) -> int:
        for tag, i1, i2, j1, j2 in ops:
            if i1 <= pos < i2 or (is_end and i1 < pos == i2):
                if tag == "equal":
                    return j1 + (pos - i1)
                return j2 if is_end else j1
            if pos == i2 == i1 and tag == "insert" and not is_end:
                return j1
        return len(target) if is_end else (ops[-1][3] if ops else 0)

    a, b = carry(start, False), carry(end, True)
    return (a, b) if a <= b else (b, a)


def _widen(text: str, a: int, b: int) -> tuple[int, int]:
    """Extend [a, b) to whole words so a changed digit never leaves half a number."""
    while a > 0 and _WORD_CHARS.match(text[a - 1]) and a < len(text) and _WORD_CHARS.match(text[a]):
        a -= 1
    while 0 < b < len(text) and _WORD_CHARS.match(text[b]) and _WORD_CHARS.match(text[b - 1]):
        b += 1
    while b > a and text[b - 1] in ".,":  # sentence punctuation after the number is not part of it
        b -= 1
    return a, b
