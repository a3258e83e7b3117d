"""Relations between claims in raw text, from cue words (where an article's numbers are paired up).

For each number that makes a judgement — a share, a change, a multiple, a top-k figure, an announced
count, a figure stated twice — gather candidate operands (same clause, then sentence, paragraph,
article), keep those whose unit, period, subject and metric fit, and let the cue words say which
relation is meant. Confidence follows how clearly the operands are designated:

- `cued`: the cue words name the operands (a "from A to B" pair, the only global total of that metric
  and period, ordinal list markers) — a failed check is a finding;
- `plausible`: context alone — a failed check is reported as unverifiable, never as an error.

A missed error costs less than a false alarm.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

from validator.document import Document
from validator.extract.claims import context_of, cycle_collection_paused, share_cue
from validator.extract.numerals import Mention, find_numbers, parse_number
from validator.lexicon import section, word_table
from validator.model import (
    ChangeRelation,
    Claim,
    EnumerationRelation,
    MultipleRelation,
    Relation,
    RestatementRelation,
    ShareRelation,
    SubsetRelation,
)
from validator.units import is_ratio_unit, same_dimension

_RATIO = ("percent", "point", "times")
_NAME = re.compile(r"(?<![\w])[A-ZĐ][\w&.\-]*(?:\s+[A-ZĐ][\w&.\-]*)*")


def _is_amount(c: Claim) -> bool:
    return not is_ratio_unit(c.unit) and c.unit != "year"


def _start(c: Claim) -> int:
    return c.span.start if c.span else 0


def _end(c: Claim) -> int:
    return c.span.end if c.span else 0


def _compatible(a: Claim, b: Claim) -> bool:
    try:
        return a.unit == b.unit or same_dimension(a.unit, b.unit)
    except Exception:
        return False


def _metric_word(c: Claim) -> str:
    """The last word of a claim's metric ("EV sales" -> "sales"): what a share's part and whole share."""
    words = (c.metric or "").split()
    return words[-1] if words else ""


def _periods_fit(a: Claim, b: Claim) -> bool:
    if a.period is None or b.period is None:
        return a.period is None and b.period is None
    return a.period.same_as(b.period) is True


class Linker:
    def __init__(self, doc: Document, claims: list[Claim]) -> None:
        self.doc = doc
        self.text = doc.text
        self.ctx = context_of(doc)
        self.claims = sorted((c for c in claims if c.span is not None), key=_start)
        self.relations: list[Relation] = []
        self.lang = doc.language
        # lookups that would otherwise walk every claim for every claim
        self._starts = [_start(c) for c in self.claims]
        self._by_metric: dict[str, list[Claim]] = {}
        for c in self.claims:
            self._by_metric.setdefault(_metric_word(c), []).append(c)

    # --- helpers ---------------------------------------------------------------------------------

    def in_sentence(self, c: Claim) -> list[Claim]:
        s = self.ctx.sentence_of(_start(c))
        return self.starting_in(s.start, s.end)

    def starting_in(self, lo: int, hi: int) -> list[Claim]:
        """The claims that start in [lo, hi), in order."""
        return self.claims[bisect.bisect_left(self._starts, lo) : bisect.bisect_left(self._starts, hi)]

    def gap_text(self, a: int, b: int) -> str:
        return self.text[a:b]

    def _range_pairs(self) -> dict[str, tuple[Claim, Claim]]:
        """'from A to B' pairs in a sentence (vi "từ A … lên B", zh "从A增至B", en "from A to B"), keyed by B's id."""
        pairs: dict[str, tuple[Claim, Claim]] = {}
        for i, a in enumerate(self.claims):
            before = self.ctx.between("from", max(_start(a) - 8, 0), _start(a))
            if not before:
                continue
            sentence = self.ctx.sentence_of(_start(a))
            for b in self.claims[i + 1:]:
                if _start(b) >= sentence.end:
                    break
                if not _compatible(a, b) or a.unit in ("times",):
                    continue
                if self.ctx.between("to", _end(a), _start(b)):
                    pairs[b.id] = (a, b)
                break
        return pairs

    # --- relation finders ------------------------------------------------------------------------

    def shares(self) -> None:
        for c in self.claims:
            if c.unit != "percent" or c.metric is None or not c.metric.endswith("share"):
                continue
            mention_like = _MentionSpan(_start(c), _end(c))
            if share_cue(self.ctx, mention_like) is None:  # type: ignore[arg-type]
                continue
            sentence = self.in_sentence(c)
            parts = [o for o in sentence if _end(o) <= _start(c) and _is_amount(o) and o.metric is not None]
            part = parts[-1] if parts else None
            if part is None:
                continue
            whole, confident = self._whole_for(c, part)
            self.relations.append(ShareRelation(
                kind="share", share=c.id, part=part.id, whole=whole.id if whole else None,
                confidence="cued" if confident else "plausible",
            ))

    def _whole_for(self, share: Claim, part: Claim) -> tuple[Claim | None, bool]:
        """The total a share is of: a larger figure of the same unit, metric and period, named as a total."""
        clause = self.ctx.clause_of(_start(share), _end(share))
        after = self.ctx.between("total", _end(share), clause[1] + 1)
        named_total = bool(after) or bool(self.ctx.between("total", clause[0], _start(share)))
        candidates = []
        for o in self._by_metric.get(_metric_word(part), []):  # the same last metric word
            if o is part or not _compatible(o, part) or o.value <= part.value:
                continue
            if not _periods_fit(o, part):
                continue
            if o.subject == part.subject and o.subject is not None:
                continue
            if named_total and o.subject not in ("global",) and not self._says_total(o):
                continue
            candidates.append(o)
        values = {c.value for c in candidates}
        if len(values) == 1:
            return candidates[0], named_total
        return None, False

    def _says_total(self, c: Claim) -> bool:
        clause = self.ctx.clause_of(_start(c), _end(c))
        return bool(self.ctx.between("total", clause[0], _start(c)))

    def changes(self, ranges: dict[str, tuple[Claim, Claim]]) -> None:
        for c in self.claims:
            if c.unit not in ("percent", "point"):
                continue
            clause = self.ctx.clause_of(_start(c), _end(c))
            up = self.ctx.between("up", max(clause[0], _start(c) - 14), _start(c))
            down = self.ctx.between("down", max(clause[0], _start(c) - 14), _start(c))
            if self.lang == "en" and not (up or down):  # "sales rose 5%" / "5% higher"
                up = self.ctx.between("up", _end(c), min(clause[1], _end(c) + 10))
                down = self.ctx.between("down", _end(c), min(clause[1], _end(c) + 10))
            if not (up or down):
                continue
            direction = "down" if down and (not up or down[-1].start > up[-1].start) else "up"
            sentence = self.in_sentence(c)
            earlier = [o for o in sentence if _end(o) <= _start(c)]
            pair = next((ranges[o.id] for o in reversed(earlier) if o.id in ranges), None)
            if pair is not None:
                base, current = pair
                if c.unit == "point" or _is_amount(base) or base.unit == "percent":
                    self.relations.append(ChangeRelation(kind="change", change=c.id, base=base.id, current=current.id,
                                                         direction=direction, confidence="cued"))
                continue
            if c.unit != "percent":
                continue
            amounts = [o for o in earlier if _is_amount(o)]
            if not amounts:
                continue
            current = amounts[-1]
            cued = bool(self.ctx.between("base", clause[0], clause[1] + 12)) or self.lang == "zh"
            self.relations.append(ChangeRelation(kind="change", change=c.id, current=current.id, direction=direction,
                                                 confidence="cued" if cued else "plausible"))

    def multiples(self, ranges: dict[str, tuple[Claim, Claim]]) -> None:
        for c in self.claims:
            if c.unit != "times" or c.value < 1:
                continue
            sentence = self.in_sentence(c)
            earlier = [o for o in sentence if _end(o) <= _start(c)]
            pair = next((ranges[o.id] for o in reversed(earlier) if o.id in ranges), None)
            if pair is None:
                continue
            base, current = pair
            self.relations.append(MultipleRelation(kind="multiple", multiple=c.id, base=base.id, current=current.id,
                                                   confidence="cued"))

    def subsets(self) -> None:
        """Top-k within top-m: percentages whose clause names a top group of k ("năm quốc gia hàng đầu")."""
        ranked: list[tuple[int, Claim]] = []
        for c in self.claims:
            if c.unit != "percent":
                continue
            k = self._top_count(c)
            if k is not None:
                ranked.append((k, c))
        for i, (k1, c1) in enumerate(ranked):
            for k2, c2 in ranked[i + 1:]:
                if k1 == k2 or self.ctx.sentence_of(_start(c1)).paragraph != self.ctx.sentence_of(_start(c2)).paragraph:
                    continue
                if not _periods_fit(c1, c2):
                    continue
                (k, inner), (m, outer) = sorted(((k1, c1), (k2, c2)), key=lambda x: x[0])
                self.relations.append(SubsetRelation(kind="subset", inner=inner.id, outer=outer.id, k=k, m=m,
                                                     confidence="cued"))

    def _top_count(self, c: Claim) -> int | None:
        clause = self.ctx.clause_of(_start(c), _end(c))
        tops = self.ctx.between("top", clause[0], _start(c))
        if not tops:
            return None
        top = tops[-1]
        if self.lang == "zh":  # 前五 / 前10
            m = re.match(r"\s*([0-9０-９一二两三四五六七八九十]+)", self.text[top.end:top.end + 4])
            if m:
                parsed = parse_number(m.group(1), "zh")
                return int(parsed[0]) if parsed and parsed[0] == int(parsed[0]) else None
            return None
        if self.lang == "en" and top.word.lower() == "top":
            m = re.match(r"\s*([\w-]+)", self.text[top.end:top.end + 12])
            if m:
                parsed = parse_number(m.group(1), "en")
                return int(parsed[0]) if parsed and parsed[0] == int(parsed[0]) else None
            return None
        counts = [o for o in self.starting_in(clause[0], top.start) if _end(o) <= top.start and o.unit != "percent"
                  and o.value == o.value.to_integral_value() and 1 < o.value <= 100]
        return int(counts[-1].value) if counts else None

    def enumerations(self) -> None:
        nouns = word_table(self.lang, "cues", "enumeration_nouns")
        for c in self.claims:
            if c.unit in _RATIO or c.value != c.value.to_integral_value() or not 2 <= c.value <= 12:
                continue
            if c.hedge is not None:
                continue
            window_end = min(len(self.text), _end(c) + 14)
            noun_hits = nouns.scan(self.text, _start(c), window_end)
            if not noun_hits:
                continue
            noun_end = noun_hits[0].end
            items, structured = self._listed_items(c, noun_end)
            if not items:
                continue
            n = int(c.value)
            if len(items) == n:
                confidence = "cued"
            elif structured and len(items) > n:
                confidence = "cued"
            else:
                confidence = "plausible"
            self.relations.append(EnumerationRelation(kind="enumeration", count=c.id, items=items,
                                                      confidence=confidence))  # type: ignore[arg-type]

    def _listed_items(self, c: Claim, noun_end: int) -> tuple[list[str], bool]:
        """(items, structured): ordinal-marked items after the count, else an inline list next to it."""
        marked = self._ordinal_items(noun_end)
        if len(marked) >= 2:
            return marked, True
        inline = self._inline_items(c, noun_end)
        return inline, False

    def _ordinal_items(self, pos: int) -> list[str]:
        ordinals = section(self.lang, "cues", "ordinals") or {}
        last_words = section(self.lang, "cues", "last") or []
        items: list[str] = []
        cursor = pos
        limit = 700
        for position in range(1, 13):
            words = ordinals.get(position) or ordinals.get(str(position)) or []
            found = self._marker_after(words, cursor, limit)
            if found is None and position > 2:
                found = self._marker_after(last_words, cursor, limit)
                if found is not None:
                    items.append(self._snippet(found))
                break
            if found is None:
                break
            items.append(self._snippet(found))
            cursor = found + 1
            limit = 2500
        return items

    def _marker_after(self, words: Iterable[str], pos: int, limit: int) -> int | None:
        """A list marker opening a line, sentence or clause within `limit` characters after pos."""
        pattern = _marker_pattern(self.lang, tuple(words))
        if pattern is None:
            return None
        m = pattern.search(self.text, pos, min(len(self.text), pos + limit))
        return m.start(1) if m else None

    def _snippet(self, pos: int) -> str:
        end = pos + 48
        for stop in ("\n", "。", ". ", "；", ";"):
            i = self.text.find(stop, pos, end)
            if i >= 0:
                end = i
        return self.text[pos:end].strip()

    def _inline_items(self, c: Claim, noun_end: int) -> list[str]:
        and_words = section(self.lang, "cues", "list_and") or []
        and_re = "|".join(re.escape(w) for w in sorted(and_words, key=len, reverse=True)) or "and"
        if self.lang == "zh":
            # "直营代理、代理制、“子公司+经销商”和总代理4种市场模式": the list stands right before the count.
            sentence = self.ctx.sentence_of(_start(c))
            lo = max((m.end() for m in re.finditer(r"[，,；;：:。]", self.text[sentence.start:_start(c)])), default=0)
            head = self.text[sentence.start + lo:_start(c)]
            head = re.sub(r"^.*?(?:出|了|有|括|等|为|是|过)", "", head, count=1) if "、" in head else head
            parts = [p for p in re.split(rf"、|(?:{and_re})", head) if p.strip()]
            return [p.strip() for p in parts] if len(parts) >= 2 else []
        # vi/en: "N nouns: A, B and C" / "N nouns of A, B, and C"
        m = re.match(r"[^.:;\n]{0,40}?(?::|\bof\b|\blà\b|\bgồm\b)\s*([^.;\n]{3,200})",
                     self.text[noun_end:noun_end + 240])
        if not m:
            return []
        tail = m.group(1)
        tail = re.split(r"\s(?:have|has|had|are|is|were|was|emerged|đã|là)\s", tail)[0]
        parts = [p.strip() for p in re.split(rf",\s*(?:(?:{and_re})\s+)?|\s(?:{and_re})\s", tail) if p.strip()]
        return parts if len(parts) >= 2 else []

    def restatements(self) -> None:
        groups: dict[tuple[str, str, str, str], list[Claim]] = {}
        for c in self.claims:
            if c.subject is None or c.metric is None or c.unit == "times" or c.unit == "item":
                continue
            groups.setdefault((c.subject, c.metric, c.unit, c.modality.value), []).append(c)
        for members in groups.values():
            if len(members) < 2:
                continue
            known = {c.period.label or str(c.period) for c in members if c.period is not None}
            for i, a in enumerate(members):
                for b in members[i + 1:]:
                    if a.period is not None and b.period is not None:
                        if a.period.same_as(b.period) is not True:
                            continue
                    elif len(known) > 1:
                        continue  # an undated figure among several years: no telling which it restates
                    if self._same_sentence_pair(a, b) or not self._same_figure(a, b):
                        continue
                    confidence = "cued" if (a.period and b.period) else "cued"
                    self.relations.append(RestatementRelation(kind="restatement", claims=[a.id, b.id],
                                                              confidence=confidence))
                    break

    def _same_figure(self, a: Claim, b: Claim) -> bool:
        """Plausibly one figure: the same named company (if any) and values within 25% of each other.

        Two figures further apart are more likely two different things than a misquote; skipping them
        costs a missed error, pairing them would cost a false alarm.
        """
        ea, eb = self._entity(a), self._entity(b)
        if ea and eb and ea != eb:
            return False
        hi, lo = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
        return hi == 0 or (hi - lo) / hi <= Decimal("0.25")

    def _entity(self, c: Claim) -> str | None:
        """The last capitalised name before the number in its clause (vi, en), other than a subject word."""
        if self.lang == "zh":
            return None
        clause = self.ctx.clause_of(_start(c), _end(c))
        subjects = word_table(self.lang, "subjects")
        names = [m for m in _NAME.finditer(self.text, clause[0], _start(c)) if m.start() > clause[0] + 1]
        for m in reversed(names):
            if subjects.label_of.get(m.group(0).lower()) is None:
                return m.group(0).lower()
        return None

    def _same_sentence_pair(self, a: Claim, b: Claim) -> bool:
        return self.ctx.sentence_of(_start(a)).start == self.ctx.sentence_of(_start(b)).start

    def run(self) -> list[Relation]:
        ranges = self._range_pairs()
        self.shares()
        self.changes(ranges)
        self.multiples(ranges)
        self.subsets()
        self.enumerations()
        self.restatements()
        return self.relations


@functools.lru_cache(maxsize=256)
def _marker_pattern(lang: str, words: tuple[str, ...]) -> re.Pattern[str] | None:
    """The regex for a list marker of one of ``words`` (built once per language and word list)."""
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    lead = r"(?:^|(?<=[\n.;:。；：！？!?]))\s*" if lang != "zh" else r"(?:^|(?<=[\n。；：，！？]))\s*"
    tail = r"(?=[\s,，:：、]|是)" if lang == "zh" else r"(?=[\s,:;])"
    if lang == "zh":
        return re.compile(lead + f"({body})" + tail, re.MULTILINE)
    return re.compile(lead + r"(?:[\w\s]{0,24}?\s)?" + f"({body})" + tail, re.IGNORECASE | re.MULTILINE)


class _MentionSpan:
    """The two attributes of a Mention that clause lookups need."""

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def infer_relations(doc: Document, claims: list[Claim]) -> list[Relation]:
    """Relations between an article's claims, each with a confidence (see the module docstring)."""
    with cycle_collection_paused():
        return Linker(doc, claims).run()


__all__ = ["infer_relations", "Mention", "find_numbers", "Decimal", "Fraction"]
