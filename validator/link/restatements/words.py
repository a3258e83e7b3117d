"""What a figure is about, and what tells two figures apart.

`topic` is the bag of words that says what a figure is a number of (`Scope.about`, the words after the
number in its clause, and the sentence's opening clause when its own clause names nothing). Two figures
are told apart by the words right before each number, by names or numbers only one of them carries, by
the subject of their sentences, or by the figures that go with them. The words of the source or speaker a sentence opens
with ("Theo báo cáo của Sở…,", "Dr Marsh said:", "负责人表示，") are left out of its topic and lead (`framed`),
but not its names: an office's place ("Sở Công Thương Hà Nội cho biết") is the figure's too.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from validator.lexicon import lexicon, section, word_table
from validator.link.phrases import singular
from validator.link.restatements.figures import memo
from validator.link.scope import Scope, end, start
from validator.model import Claim

if TYPE_CHECKING:  # the records read these helpers (`records`); the pair tests read the records
    from validator.link.restatements.records import Figure

_MARK = re.compile(r"[A-Za-z0-9ĐđÀ-ỹ][A-Za-z0-9ĐđÀ-ỹ&\-.]*")
# how much of the shorter description the longer one must repeat
CONTAINED = 0.75
# words (or labels other than 'total') the two descriptions must share
MIN_SHARED = 2
# how alike (0..1) two different sources or speakers must be written to be one template with other names
TEMPLATE = 0.6
# how far after a figure its own words may run (in characters)
AFTER = 40


@functools.cache
def _entity_names(pattern: str) -> re.Pattern[str]:
    """Capitalised names (the lexicon's `cues.entity_name`), compiled once."""
    return re.compile(pattern)


def topic(scope: Scope, c: Claim) -> frozenset[str]:
    """What `c` is about: `Scope.about`, the words after the number in its clause (en and vi put the
    counted noun after it: "7.54 million treatments", "9.840 ca sốt xuất huyết"), and the opening clause of
    its sentence when its own clause names no subject or metric (it shares the sentence's)."""
    return memo(scope, "topic", c, lambda: own(scope, c) | (inherited(scope, c) or frozenset()))


def own(scope: Scope, c: Claim) -> frozenset[str]:
    """The words of `c`'s own clause that say what it is: `Scope.about` and the words right after the number."""
    def make() -> frozenset[str]:
        _, hi = scope.clause_of(c)
        return scope.about(c) | scope.phrases.tokens(end(c), _after(scope, c, hi))
    return memo(scope, "own", c, make)


def _after(scope: Scope, c: Claim, hi: int) -> int:
    """Where the words after `c` that say what it is end: its clause's end, or `AFTER` characters on, at a word's
    start (a word cut there is no word: "là con số" cut to "là co")."""
    cut = end(c) + AFTER
    if cut >= hi:
        return hi
    text = scope.text
    while cut > end(c) and _letter(text[cut]) and _letter(text[cut - 1]):
        cut -= 1
    return cut


def _letter(ch: str) -> bool:
    """A letter or digit of a word written with spaces between words (not a Han character: each is a word)."""
    return ch.isalnum() and not "\u3400" <= ch <= "\u9fff"


def inherited(scope: Scope, c: Claim) -> frozenset[str] | None:
    """The subject `c` shares with its sentence: the opening clause's words, when `c` stands in a later
    clause that names no subject or metric of its own ("GDP修正值同比升0.6%，…第一季度终值升0.3%")."""
    return memo(scope, "inherited", c, lambda: _inherited(scope, c))


def _inherited(scope: Scope, c: Claim) -> frozenset[str] | None:
    lo, _ = scope.clause_of(c)
    pos = framed(scope, c)
    if lo <= pos or any(":" in t for t in own(scope, c)):
        return None
    while pos < lo:  # the first clause with words ("5、欧元区8月CPI初值同比升": past the item number)
        opening = scope.ctx.clause_of(pos, pos)
        words = scope.phrases.tokens(opening[0], min(opening[1], lo))
        if words or opening[1] <= pos:
            return words
        pos = opening[1] + 1
    return frozenset()


def framed(scope: Scope, c: Claim) -> int:
    """Where the words about `c` may begin in its sentence: after a clause that names the source of the
    figures ("Theo báo cáo của Sở Giáo dục và Đào tạo,", "According to the ONS,", "据统计，") and after the
    speaker of a quote ("Phó Chủ tịch UBND tỉnh nhấn mạnh,", "Dr Marsh said:", "负责人表示，"). Who gives a
    figure is not what it is about: two statements of one figure from two sources share their words only after
    that frame."""
    return memo(scope, "framed", c, lambda: _framed(scope, c))


def _framed(scope: Scope, c: Claim) -> int:
    sentence = scope.sentence_of(start(c))
    lo, _ = scope.clause_of(c)
    pos = sentence.start
    spoken = word_table(scope.lang, "relations", "speech").scan(scope.text, sentence.start, start(c))
    if spoken:
        pos = spoken[-1].end
    for hit in word_table(scope.lang, "relations", "source").scan(scope.text, sentence.start, lo):
        clause = scope.ctx.clause_of(hit.start, hit.end)
        if clause[1] <= lo and not scope.starting_in(clause[0], clause[1]):
            pos = max(pos, clause[1])  # a clause of its own, with no figure: the source's name
    while pos < start(c) and scope.text[pos] in _FRAME_END:
        pos += 1
    return pos


_FRAME_END = " ,，:：;；\"“”'‘’「」"


def _templated(a: Figure, b: Figure) -> bool:
    """One source or speaker template with other names ("据北京市统计局统计，" and "据天津市统计局统计，"): each
    source's own figure. A source named at more length once ("DisplaySearch指出" and "市场研究机构DisplaySearch最新
    报告指出": the words of one all in the other) is the same source."""
    fa, fb = a.frame, b.frame
    if not fa or not fb or fa == fb or fuzz.ratio(fa, fb) < TEMPLATE * 100:
        return False
    short, long = sorted((fa.replace(" ", ""), fb.replace(" ", "")), key=len)
    rest = iter(long)
    return not all(ch in rest for ch in short)  # the shorter written within the longer: one source


def frame(scope: Scope, c: Claim) -> str:
    """The source or speaker `c`'s sentence opens with (see `framed`), as written, lower-cased."""
    return memo(scope, "frame", c, lambda: scope.text[scope.sentence_of(start(c)).start:framed(scope, c)]
                .strip(_FRAME_END).lower())


def contained(ta: frozenset[str], tb: frozenset[str], least: int = MIN_SHARED) -> float:
    """How much of the shorter description the longer one repeats (a restatement repeats its figure's
    words, perhaps fewer of them), counting only descriptions with enough words to tell things apart."""
    shared = ta & tb
    if len(shared) - ("t:total" in shared) < least:  # (counted without building the set less 'total')
        return 0.0
    return len(shared) / min(len(ta), len(tb))


def told_apart(a: Figure, b: Figure, sources: bool = True) -> bool:
    """Whether something names the two figures as different things: the words right before each number
    (after the figure before it) differ ("初值升1.9%" and "终值升2.3%"), or each is described with a name or
    a number the other lacks ("VN30-Index tăng … 2,35%" and "HNX-Index … 1,19%", "2个月期…利率2.20%" and
    "3个月期…利率2.28%"), or the figures that go with them differ (without `sources`, the names of who gives each
    are left aside: see `named_apart`)."""
    la, lb = a.lead, b.lead
    if la and lb and la.isdisjoint(lb) and not (a.pointed or b.pointed):
        return True  # (words that only point back at a figure, "the figure was", name nothing else)
    return named_apart(a, b, sources)


def named_apart(a: Figure, b: Figure, sources: bool = True) -> bool:
    """Names, sentence subjects or companion figures that differ (what tells two figures apart even when
    the words right before each number say nothing). Without `sources`, the names of who gives each figure
    (`framed`: "Theo báo cáo của Sở Giáo dục…," and "Phó Chủ tịch UBND tỉnh nhấn mạnh,") are left aside:
    two sources may give one figure."""
    ma, mb = (a.marks, b.marks) if sources else (a.own_marks, b.own_marks)
    if a.pointed or b.pointed:  # a figure only pointed at names no thing: the numbers by it are its time's
        ma, mb = _named(ma), _named(mb)
    if not ma <= mb and not mb <= ma:  # each has one the other lacks (asked per pair: no sets built)
        return True
    if _templated(a, b):
        return True
    sa, sb = a.inherited, b.inherited
    if sa and sb and contained(sa, sb, 1) < CONTAINED and not _names_itself(a, b) and not _names_itself(b, a):
        # "核心CPI初值同比升2.8%，…终值升2.8%" and "欧元区CPI初值同比升2.2%，…终值升2.6%"; but a clause that names
        # itself what the other figure's sentence opens with ("Revenue rose …, while non-interest income jumped 21%
        # to RM1.36 billion" … "Non-interest income, at RM1.63 billion for the full year") names its own subject,
        # not its sentence's opening one
        return True
    na, nb = a.following, b.following
    if na and nb and any(na[u] != nb[u] for u in na.keys() & nb.keys()):
        return True
    pa, pb = a.preceding, b.preceding
    return bool(pa and pb and any(pa[u] != pb[u] for u in pa.keys() & pb.keys()))


def _named(marks: frozenset[str]) -> frozenset[str]:
    """The marks with letters (names), without the bare numbers ("2024", "10")."""
    return frozenset(m for m in marks if any(ch.isalpha() for ch in m))


def _names_itself(a: Figure, b: Figure) -> bool:
    """Whether `b`'s own clause names, in `MIN_SHARED` words at least, all that `a` inherits from its sentence's
    opening (see `named_apart`)."""
    sa = a.inherited
    return sa is not None and len(sa) >= MIN_SHARED and sa <= b.own


def preceding(scope: Scope, c: Claim) -> dict[str, Claim]:
    """The figures right before `c` in its sentence, the last of each unit: in a run of readings ("初值升2.2%，
    预期升2.2%，终值升2.6%", "10,95 triệu đơn vị, giá trị hơn 89 tỷ đồng") a figure's neighbours go with it."""
    def make() -> dict[str, Claim]:
        sentence = scope.sentence_of(start(c))
        out: dict[str, Claim] = {}
        for o in scope.starting_in(max(sentence.start, start(c) - 30), start(c)):
            if end(o) <= start(c):
                out[o.unit] = o
        return out
    return memo(scope, "preceding", c, make)


def following(scope: Scope, c: Claim) -> dict[str, Claim]:
    """The figures that go with `c` right after it in its sentence, the first of each unit ("6.60 mln bpd, up
    0.1 pct from 6.59 mln", "2,9 triệu đơn vị, giá trị 87,98 tỷ đồng", "280.1万人，前值280.2万人"): one
    figure's companions are one too."""
    def make() -> dict[str, Claim]:
        sentence = scope.sentence_of(start(c))
        hi = min(sentence.end, end(c) + 40)
        # the figures after words that open its breakdown ("284.67亿元，其中民生支出占比…八成", "of which", "trong đó")
        # are its parts', not its own companions
        parts = scope.hits("parts", end(c), hi) + \
            word_table(scope.lang, "relations", "breakdown_opening").scan(scope.text, end(c), hi)
        if parts:
            hi = min(hit.start for hit in parts)
        out: dict[str, Claim] = {}
        for o in scope.starting_in(end(c), hi):
            out.setdefault(o.unit, o)
        return out
    return memo(scope, "following", c, make)


def marks(scope: Scope, c: Claim) -> frozenset[str]:
    """Names and numbers that describe `c`, lower-cased: a name in its sentence before it (a capitalised
    word after the sentence's first, or a word with inner capitals or letters and digits: "Kia Soluto … cao
    nhất là gần 500 triệu", "VN30-Index", "WTI"), and a number in its clause up to it (or its sentence's
    opening when the clause says nothing): "2个月期…利率" -> "2"."""
    return memo(scope, "marks", c, lambda: _marks(scope, c))


def own_marks(scope: Scope, c: Claim) -> frozenset[str]:
    """`marks` after the source or speaker its sentence opens with (`framed`)."""
    return memo(scope, "own_marks", c, lambda: _marks(scope, c, framed(scope, c)))


def _marks(scope: Scope, c: Claim, since: int | None = None) -> frozenset[str]:
    # the names of a source or speaker are kept: "Sở Công Thương Hà Nội cho biết" names the figure's place too
    # (unless `since` says where the words to read begin)
    opening = scope.sentence_of(start(c)).start
    lo, _ = scope.clause_of(c)
    if not any(":" not in t for t in scope.phrases.tokens(lo, start(c))):
        lo = opening
    out: set[str] = set()
    months = _months(scope.lang)
    for m in _MARK.finditer(scope.text, max(opening, since or 0), start(c)):
        word, digits, spelled, capital = _mark_word(m.group(0))
        if word in months:
            continue  # a month's name ("September's domestic NEV penetration") is a time, not a name
        named = spelled or (capital and not _opens(scope.text, opening, m.start()))
        if named or (m.start() >= lo and digits):
            out.add(word)
    return frozenset(out)


@functools.lru_cache(maxsize=8192)
def _mark_word(raw: str) -> tuple[str, bool, bool, bool]:
    """What `_marks` reads of a word as written (kept: each figure reads its sentence from the opening, so a
    long sentence's words are read again for each of its figures): the word lower-cased, whether it has digits,
    whether its letters make it a name (inner capitals, or letters and digits), and whether it is capitalised."""
    word = singular(raw.strip(".-"))
    digits = any(ch.isdigit() for ch in word)
    spelled = any(ch.isupper() for ch in word[1:]) or (digits and any(ch.isalpha() for ch in word))
    return word.lower(), digits, spelled, word[:1].isupper()


@functools.cache
def _months(language: str) -> frozenset[str]:
    """The language's month names (the lexicon's `periods.months`), lower-cased."""
    return frozenset(str(k).lower() for k in (section(language, "periods", "months") or {}))


def _opens(text: str, opening: int, at: int) -> bool:
    """Whether the word at `at` opens its sentence or a quotation in it ('bà Mai nói: "Tổng cộng …"', '“Total
    …'): a capital there marks the start of a sentence, not a name."""
    before = text[opening:at].rstrip()
    return not before.strip(_QUOTES) or before[-1] in _QUOTES


_QUOTES = "\"“”'‘’「『«"


def lead(scope: Scope, c: Claim) -> frozenset[str]:
    """The words right before the number, after the figure before it: past a figure in parentheses, which glosses
    the noun it follows ("The youth (15-24 years) unemployment rate was 11.8%", "研发人员（含外包）", "thanh niên (15-24
    tuổi)") and so is no figure the words of `c` begin after."""
    return memo(scope, "lead", c, lambda: frozenset(
        t for t in scope.phrases.tokens(max(_lead_start(scope, c), framed(scope, c)), start(c)) if ":" not in t))


_CLOSE = ")）"
_OPEN = "(（"


def _lead_start(scope: Scope, c: Claim) -> int:
    """`Scope.after_previous`, or, when the figure before `c` stands in a parenthesis closed before `c`, where the
    words before that parenthesis begin (after the figure before it, or the sentence's start)."""
    lo = scope.after_previous(c)
    text = scope.text
    closing = max(text.rfind(ch, lo, start(c)) for ch in _CLOSE)
    if closing < 0 or any(ch in text[lo:closing] for ch in _OPEN):
        return lo  # (the figure before stands in no parenthesis closed before `c`)
    sentence = scope.sentence_of(start(c))
    opening = max(text.rfind(ch, sentence.start, lo) for ch in _OPEN)
    if opening < 0:
        return lo
    before = [o for o in scope.starting_in(sentence.start, opening) if end(o) <= opening]
    return end(before[-1]) if before else sentence.start


def entity(scope: Scope, c: Claim) -> str | None:
    """The last capitalised name before the number in its clause, other than a subject word."""
    return memo(scope, "entity", c, lambda: _entity(scope, c))


def _entity(scope: Scope, c: Claim) -> str | None:
    names = lexicon(scope.lang).cues.entity_name
    if names is None:
        return None
    clause = scope.clause_of(c)
    subjects = word_table(scope.lang, "subjects")
    found = [m for m in _entity_names(names).finditer(scope.text, clause[0], start(c)) if m.start() > clause[0] + 1]
    for m in reversed(found):
        if subjects.label_of.get(m.group(0).lower()) is None:
            return m.group(0).lower()
    return None


def counted_noun(scope: Scope, c: Claim) -> frozenset[str]:
    """The words of what a count counts: its own words ("48.320 giường bệnh") and those right after it
    ("812.400 học sinh các cấp")."""
    return memo(scope, "counted_noun", c, lambda: scope.phrases.tokens(start(c), end(c)) | scope.counted(c))
