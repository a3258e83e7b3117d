"""The per-document view every relation finder reads: the claims in order, where each stands (clause,
sentence, paragraph), the cue words around it, what it is about, and what role the wording gives it (a
comparison base, a change written as an amount, a named total).

Finders never change a claim; everything here is a lookup. Lookups go by bisection over offsets, so a
finder asking about one claim does not walk the document.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable, Iterator
from decimal import Decimal

from validator.document import Document
from validator.extract.context import Sentence, TextIndex, text_index
from validator.lexicon import WordHit, WordTable, alternation, section, word_table
from validator.link.period_spans import Periods
from validator.link.phrases import Phrases, past_short_name, related, similarity, unnamed_metrics
from validator.model import Claim
from validator.units import conversion_factor, is_currency, is_ratio_unit, same_dimension

RATIO_UNITS = ("percent", "point", "times")
DURATION_UNITS = ("year", "month", "week", "day", "hour")
# a sentence-level break: a stated base never lies across one
HARD_BREAK = re.compile(r"[;；。!?！？]|\.\s")
# a clause break between a judgement and a base written after it
CLAUSE_GAP = re.compile(r"[,，、;；。!?！？]|\.\s")
_OPEN = re.compile(r"\s*[(（]")
_CLOSE = re.compile(r"[)）]")


def start(c: Claim) -> int:
    return c.span.start if c.span else 0


def end(c: Claim) -> int:
    return c.span.end if c.span else 0


def last_char(text: str, pos: int) -> str:
    """The last character before `pos` that is not white space, or "": `text[:pos].rstrip()[-1:]` without copying
    the text before it (asked once a sentence, the copy made linking a long document quadratic)."""
    i = min(pos, len(text))
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return text[i - 1] if i > 0 else ""


def is_amount(c: Claim) -> bool:
    return not is_ratio_unit(c.unit) and c.unit != "year"


def is_quantity(c: Claim) -> bool:
    """An amount that can be summed with others: not a ratio, not a length of time."""
    return is_amount(c) and c.unit not in DURATION_UNITS


def compatible(a: Claim, b: Claim) -> bool:
    try:
        return a.unit == b.unit or same_dimension(a.unit, b.unit)
    except Exception:
        return False


def compatible_unit(c: Claim, unit: str) -> bool:
    try:
        return c.unit == unit or same_dimension(c.unit, unit)
    except Exception:
        return False


def value_in(c: Claim, unit: str) -> Decimal:
    return c.value if c.unit == unit else c.value * conversion_factor(c.unit, unit)


def metric_word(c: Claim) -> str:
    """The last word of a claim's metric ("ev sales" -> "sales"): what a share's part and whole share."""
    words = (c.metric or "").split()
    return words[-1] if words else ""


class Scope:
    """One article's claims and text, as the relation finders see them."""

    def __init__(self, doc: Document, claims: list[Claim]) -> None:
        self.doc = doc
        self.text = doc.text
        self.lang = doc.language
        self.ctx: TextIndex = text_index(doc)
        self.claims = sorted((c for c in claims if c.span is not None), key=start)
        self.starts = [start(c) for c in self.claims]
        self.index = {c.id: i for i, c in enumerate(self.claims)}
        self.by_metric: dict[str, list[Claim]] = {}
        for c in self.claims:
            self.by_metric.setdefault(metric_word(c), []).append(c)
        self.phrases = Phrases(self.ctx, self.lang)
        self._sentence_starts = [x.start for x in self.ctx.sentences]
        # each claim's paragraph, in claim order: paragraphs only grow with the offset, so the claims of a run of
        # paragraphs are a slice found by bisection (finders asked for them by scanning every claim)
        self._paras = [self.ctx.sentence_of(p).paragraph for p in self.starts]
        self._para_of = {c.id: p for c, p in zip(self.claims, self._paras, strict=True)}
        self._by_unit: dict[str, list[Claim]] = {}
        self._about: dict[str, frozenset[str]] = {}
        self._idf: dict[str, float] | None = None
        self._counted: dict[str, frozenset[str]] = {}
        self._after_prev: dict[str, int] = {}
        self._moves: dict[tuple[int, int], list[WordHit]] = {}
        # the rise and fall words `wording.moves` read per span (finders ask for a span several times)
        self.moves_read: dict[tuple[int, int], list[WordHit]] = {}
        self._is_base: dict[str, tuple[Claim, bool]] = {}
        self._is_delta: dict[str, tuple[Claim, bool]] = {}
        self._periods: Periods | None = None

    @staticmethod
    def _kept(kept: dict[str, tuple[Claim, bool]], c: Claim, read: Callable[[Claim], bool]) -> bool:
        """`read(c)`, computed once per claim (finders ask about a claim several times): kept with the claim
        itself, so another claim object with the same id is read anew."""
        found = kept.get(c.id)
        if found is None or found[0] is not c:
            found = kept[c.id] = (c, read(c))
        return found[1]

    # --- where things stand ----------------------------------------------------------------------

    def sentence_of(self, pos: int) -> Sentence:
        return self.ctx.sentence_of(pos)

    def clause_of(self, c: Claim) -> tuple[int, int]:
        return self.ctx.clause_of(start(c), end(c))

    def paragraph(self, c: Claim) -> int:
        found = self._para_of.get(c.id)
        if found is None or self.claims[self.index[c.id]] is not c:
            return self.ctx.sentence_of(start(c)).paragraph
        return found

    def in_paragraphs(self, lo: int, hi: int) -> list[Claim]:
        """The claims of paragraphs lo..hi (both included), in order."""
        return self.claims[bisect.bisect_left(self._paras, lo) : bisect.bisect_right(self._paras, hi)]

    def starting_in(self, lo: int, hi: int) -> list[Claim]:
        """The claims that start in [lo, hi), in order."""
        return self.claims[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def in_sentence(self, c: Claim) -> list[Claim]:
        s = self.ctx.sentence_of(start(c))
        return self.starting_in(s.start, s.end)

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        i = bisect.bisect_left(self._sentence_starts, sentence.start)
        return self.ctx.sentences[i - 1] if i > 0 else None

    def next_sentences(self, sentence: Sentence, count: int) -> list[Sentence]:
        """The `count` sentences after `sentence` (a slice to the end, asked per figure, was quadratic)."""
        i = bisect.bisect_right(self._sentence_starts, sentence.start)
        return self.ctx.sentences[i:i + count]

    def sentences_after(self, sentence: Sentence) -> Iterator[Sentence]:
        """The sentences after `sentence`, in order, read one at a time (callers stop early)."""
        sentences = self.ctx.sentences
        for i in range(bisect.bisect_right(self._sentence_starts, sentence.start), len(sentences)):
            yield sentences[i]

    @property
    def periods(self) -> Periods:
        """The article's period expressions, indexed (`period_spans`); rebuilt if extraction's list is replaced."""
        if self._periods is None or self._periods.read is not self.ctx.periods:
            self._periods = Periods(self.ctx.periods)
        return self._periods

    def by_dimension(self, c: Claim) -> list[Claim]:
        """The claims whose unit is of the same dimension as `c`'s (GWh and MWh; not GWh and vehicles)."""
        found = self._by_unit.get(c.unit)
        if found is None:
            found = self._by_unit[c.unit] = [o for o in self.claims if compatible_unit(o, c.unit)]
        return found

    def same_clause(self, a: Claim, b: Claim) -> bool:
        lo, hi = self.clause_of(a)
        return lo <= start(b) < hi

    def same_sentence(self, a: Claim, b: Claim) -> bool:
        return self.ctx.sentence_of(start(a)).start == self.ctx.sentence_of(start(b)).start

    def after_previous(self, c: Claim) -> int:
        """Where the words that lead up to `c` begin: after the previous number of its sentence."""
        found = self._after_prev.get(c.id)
        if found is None:
            sentence = self.ctx.sentence_of(start(c))
            i = self.index.get(c.id, 0)
            found = sentence.start
            if i > 0:
                prev = self.claims[i - 1]
                if sentence.start <= end(prev) <= start(c):
                    found = end(prev)
            self._after_prev[c.id] = found
        return found

    def past_gloss(self, c: Claim) -> int:
        """Where the words after `c` go on: past a parenthesis right after it that only gives the same amount in
        other currencies ("2.39bn rupees ($54.98m; £29.32m)", "4,6 tỷ USD (khoảng 110.000 tỷ đồng)")."""
        after = end(c)
        m = _OPEN.match(self.text, after)
        if m is None or not is_currency(c.unit):
            return after
        close = _CLOSE.search(self.text, m.end(), m.end() + 80)
        if close is None:
            return after
        inside = self.starting_in(m.end(), close.start())
        if not inside or any(not is_currency(o.unit) or compatible(o, c) for o in inside):
            return after
        return close.end()

    # --- words -----------------------------------------------------------------------------------

    def hits(self, name: str, lo: int, hi: int) -> list[WordHit]:
        """Hits of a per-document word table (see `validator.extract.context.TextIndex`) inside text[lo:hi]."""
        return self.ctx.between(name, lo, hi)

    def said(self, cue: str, lo: int, hi: int) -> bool:
        """Whether a word of the lexicon's `cues.<cue>` list stands in text[lo:hi]."""
        return bool(word_table(self.lang, "cues", cue).scan(self.text, lo, hi))

    def scan(self, cue: str, lo: int, hi: int) -> list[WordHit]:
        return word_table(self.lang, "cues", cue).scan(self.text, lo, hi)

    def moves(self, lo: int, hi: int) -> list[WordHit]:
        """Rise and fall words in text[lo:hi], less those inside a share or parts cue ("made up", "broken
        down into")."""
        found = self._moves.get((lo, hi))
        if found is None:  # kept per span: finders ask for the same span again (four asks in five)
            found = self._moves[lo, hi] = self._read_moves(lo, hi)
        return list(found)  # (a copy: the kept list stays as read)

    def _read_moves(self, lo: int, hi: int) -> list[WordHit]:
        moves = self.ctx.between("up", lo, hi) + self.ctx.between("down", lo, hi)
        if not moves:
            return []
        cues = self.ctx.between("share", max(lo - 16, 0), hi) + self.ctx.between("parts", max(lo - 16, 0), hi)
        cues += word_table(self.lang, "relations", "not_moves").scan(self.text, max(lo - 16, 0),
                                                                      min(len(self.text), hi + 8))
        return [m for m in moves if not any(h.start <= m.start and m.end <= h.end for h in cues)]

    def flag(self, name: str) -> object:
        """A setting of the language's `relations` lexicon section (e.g. whether rise words may follow)."""
        return section(self.lang, "relations", name)

    def own_figure(self, c: Claim) -> Claim | None:
        """The one figure a rate is bound to by the sentence's structure, or `c` itself when it is bound to a
        figure that is not there; None when the structure binds nothing.

        - In parentheses right after a figure: "197.697 lượt (tăng 8%) với 125.512 vụ việc (tăng 27%)".
        - In a "respectively" list: "A và B lần lượt tăng 8% và 27%", "分别增长19.2%和5.9%", "rose 4% and 7%
          respectively" — the i-th rate belongs to the i-th figure of the list before it (when the counts
          match), never to a "from A to B" pair elsewhere in the sentence.
        """
        text = self.text
        i = self.index.get(c.id)
        if i is None:
            return None
        lo = max(0, start(c) - 30)
        opening = max(text.rfind("(", lo, start(c)), text.rfind("（", lo, start(c)))
        if opening >= 0 and not re.search(r"[)）]", text[opening:start(c)]):
            before = [o for o in self.starting_in(max(0, opening - 60), opening) if end(o) <= opening]
            if before and not text[end(before[-1]):opening].strip() and is_amount(before[-1]):
                return before[-1]
        sentence = self.ctx.sentence_of(start(c))
        marks = word_table(self.lang, "cues", "respectively").scan(text, sentence.start, sentence.end)
        if not marks:
            return None
        mark = marks[0]
        rates = [o for o in self.starting_in(sentence.start, sentence.end) if o.unit == c.unit]
        if mark.start < start(c):
            run = [o for o in rates if start(o) >= mark.end]
            figures = [o for o in self.starting_in(sentence.start, mark.start) if is_amount(o)
                       and not self.is_group_count(o)]
        else:  # "rose 4% and 7% respectively": the rates stand before the word
            run = [o for o in rates if end(o) <= mark.start]
            figures = [o for o in self.starting_in(sentence.start, start(run[0]) if run else start(c))
                       if is_amount(o) and not self.is_group_count(o)]
        runs = self._joined(run, forward=mark.start < start(c))
        if c not in runs[0]:
            # a list of its own further on ("…分别为13%、13%、16%，…的比重分别为56%、63%与44%") is bound to figures
            # not given; a rate standing alone after the list is not bound by it
            return c if any(c in r and len(r) >= 2 for r in runs[1:]) else None
        run = runs[0]
        if len(run) < 2:
            return None
        k = run.index(c)
        return figures[-len(run):][k] if len(figures) >= len(run) else c

    def _joined(self, rates: list[Claim], forward: bool) -> list[list[Claim]]:
        """The runs of rates joined as lists, the one nearest the "respectively" word first: only list joiners (and
        the rise or fall word of an item) stand between the rates of a run. "分别增长29.6%和30%，新能源车销量达到
        总销量的44.8%": the word lists two."""
        order = rates if forward else rates[::-1]
        joiner = list_joiner(self.lang)
        runs: list[list[Claim]] = []
        for o in order:
            if runs:
                last = runs[-1][-1]
                a, b = (last, o) if forward else (o, last)
                gap = self.text[end(a):start(b)]
                for m in sorted(self.moves(end(a), start(b)), key=lambda h: -h.start):
                    gap = gap[: m.start - end(a)] + gap[m.end - end(a):]
                if joiner.fullmatch(gap):
                    runs[-1].append(o)
                    continue
            runs.append([o])
        return [r if forward else r[::-1] for r in runs] or [[]]

    # --- what a figure is about ------------------------------------------------------------------

    def about(self, c: Claim) -> frozenset[str]:
        """The words that say what `c` is a number of: its clause up to it (the sentence's opening words
        when the clause has none of its own), and its own unit words."""
        found = self._about.get(c.id)
        if found is None:
            lo, hi = self.clause_of(c)
            lo = self._before_aside(lo)
            own = frozenset(t for t in self.phrases.tokens(start(c), end(c)) if ":" in t)  # "30.000 ô tô điện"
            # the words right after it, up to the next figure: "9,18 triệu tấn gạo", "12.41 mln tonnes of wheat"
            i = self.index.get(c.id)
            nxt = start(self.claims[i + 1]) if i is not None and i + 1 < len(self.claims) else hi
            tail = self.phrases.tokens(end(c), past_short_name(  # (with a unit's abbreviation: "(TEUs)")
                self.text, end(c), min(hi, nxt, end(c) + (8 if self.phrases.han else 24)), nxt if nxt > end(c) else hi))
            self._counted[c.id] = frozenset(t for t in tail if ":" not in t)
            tokens = self.phrases.tokens(lo, start(c)) | own | tail
            if not any(not t.startswith(("p:",)) for t in tokens):
                sentence = self.ctx.sentence_of(start(c))
                tokens = tokens | self.phrases.tokens(sentence.start, start(c))
            found = self._about[c.id] = tokens
        return found

    def _before_aside(self, lo: int) -> int:
        """A clause that opens right after a bracketed aside opens where the aside's own clause does: the words
        before the brackets name the figure too ("暑期档（6月1日—8月31日）总票房119.7亿元", "doanh thu (chưa gồm thuế)
        đạt …", "exports (excluding re-exports) reached …")."""
        text = self.text
        if lo <= 0 or text[lo - 1] not in ")）":
            return lo
        opened = max(text.rfind("(", 0, lo - 1), text.rfind("（", 0, lo - 1))
        sentence = self.ctx.sentence_of(lo - 1)
        if opened <= sentence.start or any(ch in ")）" for ch in text[opened:lo - 1]) or self.starting_in(opened, lo):
            return lo  # (an aside holding a figure is a figure's own: "…€4.41bn (42%), followed by …")
        before = self.ctx.clause_of(opened, opened)[0]
        return before if before < opened else lo

    def counted(self, c: Claim) -> frozenset[str]:
        """The words right after a figure that say what it counts ("1,14 triệu nguyện vọng" -> nguyện, vọng)."""
        self.about(c)
        return self._counted.get(c.id, frozenset())

    def alike(self, a: Claim, b: Claim) -> float:
        return similarity(self.about(a), self.about(b))

    def covers(self, named: frozenset[str], c: Claim, also: frozenset[str] = frozenset()) -> float:
        """How much of what names a thing (`named`: "tổng vốn", "Riêng thị trường Philippines") the words of
        figure `c` carry, 0..1. Asymmetric on purpose: a whole is named briefly and described at length where it
        is given. Words are weighted by how rare they are among the article's figures (a word every figure
        shares tells nothing), labels (metric, subject, product, total) count half as much again, and words no
        figure carries are left out."""
        weights = self._weights()
        if extra := unnamed_metrics(named, weights):  # "total shipments" of "exports … 6.40 million tonnes"
            weights = weights | extra
        usable = [t for t in named if t in weights]
        if not usable:
            return 0.0
        about = self.about(c) | also  # (`also`: words a caller knows name it too)
        total = sum(weights[t] for t in usable)
        got = 0.0
        for t in usable:
            if t in about:
                got += weights[t]
            elif t.startswith("m:") and related(t) & about:
                got += 0.8 * weights[t]  # "total grocery spending" for "grocery sales of £33.84bn"
        return got / total

    def named_by(self, named: frozenset[str], c: Claim) -> float:
        """How much of what figure `c` is about (its own words) the words `named` carry, 0..1: the other
        direction of `covers` ("高铁4.6万公里" is named by "高铁里程占比"). Rarity-weighted like `covers`."""
        weights = self._weights()
        own = [t for t in self.about(c) if t in weights and t != "t:total"]
        if not own:
            return 0.0
        return sum(weights[t] for t in own if t in named) / sum(weights[t] for t in own)

    def _weights(self) -> dict[str, float]:
        if self._idf is None:
            counts: dict[str, int] = {}
            for c in self.claims:
                for t in self.about(c):
                    counts[t] = counts.get(t, 0) + 1
            n = len(self.claims) or 1
            self._idf = {t: math.log(1 + n / k) * (1.5 if ":" in t else 1.0) for t, k in counts.items()}
        return self._idf

    # --- roles the wording gives a figure --------------------------------------------------------

    def is_base(self, c: Claim) -> bool:
        """A figure given as a comparison base, not a current one: "so với tháng 9 (37.123 xe)", "上年同期为
        99.6万辆", "up from 431,600", "the 33,012 it sold a year earlier", "是2022年底521万个的近5倍"."""
        return self._kept(self._is_base, c, self._read_is_base)

    def _read_is_base(self, c: Claim) -> bool:
        lo = max(self.after_previous(c), start(c) - 40)
        markers = word_table(self.lang, "comparison", "base").scan(self.text, lo, start(c))
        # "rose 21.4% from a year earlier to 524,000 units": the base words belong to the figure before "to"
        if markers and not self.ctx.between("to", markers[-1].end, start(c)):
            return True
        if self.ctx.between("from", max(lo, start(c) - 8), start(c)):
            return True
        period = self.flag("base_of_period")  # "较2023年的81.9GWh", "than 2023's 81.9 GWh"
        if period and _compiled_base(str(period)).search(self.text, max(lo, start(c) - 24), start(c)):
            return True
        clause = self.clause_of(c)
        if bool(word_table(self.lang, "comparison", "base").scan(self.text, end(c), min(clause[1], end(c) + 30))):
            return True
        # beside a multiple, a base ("2.6 times the 2.46 million"); after a fraction, a whole ("one in four of …")
        return any(o.unit == "times" and o is not c and not (0 < o.value < 1 and start(o) < start(c))
                   for o in self.starting_in(*clause))

    def in_breakdown(self, c: Claim) -> bool:
        """Listed after a breakdown cue of its sentence ("Trong đó, … 11,43 tỷ USD", "其中，出口17.85万亿元")."""
        sentence = self.ctx.sentence_of(start(c))
        return self.ctx.last_before("parts", sentence.start, start(c)) is not None

    def is_group_count(self, c: Claim) -> bool:
        """The k of a top group ("前5家", "top 10", "5 mẫu dẫn đầu"): a rank, not an amount of anything."""
        lead = self.ctx.between("top", max(0, start(c) - 4), start(c))
        if lead and lead[-1].label == "lead" and not self.text[lead[-1].end:start(c)].strip():
            return True  # "前5家", "top 10"; not "目前仍有18种"
        clause = self.clause_of(c)
        trail = [h for h in self.ctx.between("top", end(c), clause[1]) if h.start - end(c) <= 30]
        return bool(trail) and trail[0].label == "trail" and c.value == int(c.value) and c.value <= 100

    def is_signed(self, c: Claim) -> bool:
        """A balance or a net flow ("贸易顺差4.08万亿元", "a trade surplus of $12bn", "xuất siêu 2 tỷ USD"): a
        difference of two totals, never one of their parts."""
        lo = max(self.after_previous(c), start(c) - 40)  # "Xuất siêu sang Hoa Kỳ ước đạt 76,3 tỷ USD"
        clause = self.clause_of(c)
        return bool(word_table(self.lang, "relations", "signed").scan(self.text, max(lo, clause[0]), start(c)))

    def says_total(self, c: Claim) -> bool:
        clause = self.clause_of(c)
        return bool(self.ctx.between("total", clause[0], start(c)))

    def is_total(self, c: Claim) -> bool:
        """A figure named as a total or a running total ("nâng tổng lũy kế lên 297.480 xe", "累计出口210.3万辆",
        "bringing the total to 1.2 million"): not one of the parts it follows."""
        clause = self.clause_of(c)
        return self.says_total(c) or self.said("running_total", clause[0], start(c))

    def is_delta(self, c: Claim) -> bool:
        """A change written as an amount ("tăng 3.000 chiếc", "增加3000辆", "up 20,000"), not a level."""
        return self._kept(self._is_delta, c, self._read_is_delta)

    def _read_is_delta(self, c: Claim) -> bool:
        lo = max(self.after_previous(c), start(c) - 14)
        moves = self.moves(lo, start(c))
        if not moves:
            return False
        last = max(moves, key=lambda h: h.start)
        return not self.ctx.between("to", last.start, start(c))

    def is_change(self, c: Claim) -> bool:
        """A percentage that a rise or fall word leads in its clause ("sales rose 20.4%", "同比增长12.3%")."""
        clause = self.clause_of(c)
        return bool(self.moves(clause[0], start(c)))

    def bare(self, c: Claim) -> bool:
        """Written without a unit word ("158,300", "1.2 million", "about 96,800"): its unit is elided."""
        if c.unit != "item":
            return False
        return _bare_pattern(self.lang).search(c.text.strip()) is not None

    def fits(self, part: Claim, whole: Claim, metric: bool = False) -> bool:
        """Same period (where both are dated) and modality; with `metric`, also the same kind of figure (sales,
        exports…) where both say."""
        if part.period is not None and whole.period is not None and part.period.same_as(whole.period) is not True:
            return False
        if part.modality != whole.modality:
            return False
        if not metric:
            return True
        mp, mw = self.metric_base(part), self.metric_base(whole)
        return mp is None or mw is None or mp == mw

    def metric_base(self, c: Claim) -> str | None:
        """The metric without the product: "ev exports" -> "exports"; None when only a product is known."""
        metric = c.metric or ""
        for label in _metric_labels(self.lang):
            if metric == label or metric.endswith(" " + label):
                return label
        return None

    def unit_named(self, pos: int) -> str | None:
        """The unit a partitive names: "of the vehicles shipped" -> vehicle (within its clause's first words)."""
        clause = self.ctx.clause_of(pos, pos)
        hits = _unit_words(self.lang).scan(self.text, pos, min(clause[1], pos + 30))
        return hits[0].label if hits else None


@functools.cache
def list_joiner(language: str) -> re.Pattern[str]:
    """The gap between two items of a list of figures: "," / "、" / "和" / "and" / "và"."""
    alt = alternation(language, "cues", "list_and")
    # a unit the numeral reader left out may trail the first item ("5088亿千|瓦时|和3914亿千瓦时")
    return re.compile(rf"[^\W\d_]{{0,3}}\s*(?:[,，、]\s*)?(?:(?:{alt})\s*)?", re.IGNORECASE)


@functools.cache
def _metric_labels(language: str) -> tuple[str, ...]:
    return tuple(sorted(set(word_table(language, "metrics").label_of.values()), key=len, reverse=True))


@functools.cache
def _bare_pattern(language: str) -> re.Pattern[str]:
    scales = section(language, "numerals", "scales") or {}
    words = "|".join(re.escape(str(w)) for w in sorted(scales, key=len, reverse=True))
    tail = rf"\d[\d.,]*(?:\s*(?:{words}))?" if words else r"\d[\d.,]*"
    return re.compile(rf"(?:^|[\s\u3400-\u9fff]){tail}$", re.IGNORECASE)


@functools.cache
def _unit_words(language: str) -> WordTable:
    """The language's unit words ({unit: [words]}), without the prefix and measure-word tables."""
    return WordTable(section(language, "units", "words"), language)


@functools.cache
def _compiled_base(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)
