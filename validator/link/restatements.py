"""Restatements: the same figure stated twice, paragraphs apart ("ghi nhận 9.840 ca" … "trong tổng số
9.480 ca"; "完成固定资产投资6452亿元" … "铁路固定资产投资6542亿元"; "7.54 million" … "7.45 million").

Two figures are one figure stated twice when an editor would read them so:

- the same kind of quantity (unit dimension), modality and role (a level, a change, a base), the same
  period where both are dated, and values close enough to be one figure (within a quarter);
- about the same thing: the words around them (`Scope.about` and the words that follow the number in its
  clause, with the lexicon's synonyms as labels) are alike, and nothing tells them apart — no conflicting
  subject, metric or product label, no other named entity;
- neither is an item of a list of parallel figures ("分别占…44.22%、33.25%、6.67%", "lần lượt 8% và
  27%"): each item there is about its own name, and two lists of one shape are not restatements.

Each later figure gets one hypothesis whose candidates are the earlier statements it may restate,
designated by how alike their words are. The arbiter then abduces: when another statement of that figure
matches, the pair that does not is no conflict.
"""

from __future__ import annotations

import bisect
import functools
import re
import weakref
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from validator.lexicon import lexicon, section, word_table
from validator.link.hypotheses import STRONG, Hypothesis
from validator.link.phrases import labels, similarity
from validator.link.scope import DURATION_UNITS, Scope, compatible, end, is_amount, start
from validator.model import Claim, RestatementRelation

_MARK = re.compile(r"[A-Za-z0-9ĐđÀ-ỹ][A-Za-z0-9ĐđÀ-ỹ&\-.]*")
@functools.cache
def _entity_names(pattern: str) -> re.Pattern[str]:
    """Capitalised names (the lexicon's `cues.entity_name`), compiled once."""
    return re.compile(pattern)
# how alike the words around two figures must be for the pair to be read as one figure at all
ALIKE = 0.7
# how much of the shorter description the longer one must repeat
CONTAINED = 0.75
# how much less clearly two undated figures are one
UNDATED = 0.1
# words (or labels other than 'total') the two descriptions must share
MIN_SHARED = 2
# how far apart (relative) two statements of one figure may lie: a slip of a digit or of rounding, not a
# different figure (a hedged statement may lie further off: "nearly 1.9 million" for 1.85 million)
CLOSE = Decimal("0.06")
CLOSE_HEDGED = Decimal("0.15")
_FULL_STOP = re.compile(r"[。!?！？\n]|\.(?:\s|$)")
# list separators between parallel figures
_LIST_GAP = re.compile(r"^\s*(?:[,，、;；/]|\s)\s*$")


# the statements of one figure weighed for a later one (the likeliest), enough for the arithmetic to choose,
# among the nearest earlier figures of its size
CANDIDATES = 3
NEAREST = 12


def find_restatements(scope: Scope) -> list[Hypothesis]:
    pool = [c for c in scope.claims if _restatable(scope, c)]
    # figures of one unit by size: a figure's restatements lie within CLOSE_HEDGED of it
    by_unit: dict[tuple[str, bool], list[tuple[Decimal, int, Claim]]] = {}
    for i, c in enumerate(pool):
        by_unit.setdefault((c.unit, c.value < 0), []).append((abs(c.value), i, c))
    for rows in by_unit.values():
        rows.sort(key=lambda r: (r[0], r[1]))
    out: list[Hypothesis] = []
    for i, b in enumerate(pool):
        h = Hypothesis(f"restatement:{b.id}")
        rows = by_unit[(b.unit, b.value < 0)]
        size = abs(b.value)
        lo = bisect.bisect_left(rows, (size * (1 - CLOSE_HEDGED), -1))
        hi = bisect.bisect_right(rows, (size / (1 - CLOSE_HEDGED), len(pool)))
        earlier = sorted((r[2] for r in rows[lo:hi] if r[1] < i), key=lambda c: start(c))
        for a in earlier[-NEAREST:]:
            strength = _designation(scope, a, b)
            if strength is not None:
                h.add(RestatementRelation(kind="restatement", claims=[a.id, b.id]), strength,
                      f"same figure restated: words alike ({_alike(scope, a, b):.2f}), same unit, role and period")
            elif _labelled_alike(scope, a, b):
                h.add(RestatementRelation(kind="restatement", claims=[a.id, b.id]), STRONG,
                      f"the same subject ({a.subject}) and metric ({a.metric}), one of them undated")
        if h.candidates:
            h.candidates.sort(key=lambda x: -x.strength)
            del h.candidates[CANDIDATES:]
            out.append(h)
    return out


_MEMO: weakref.WeakKeyDictionary[Scope, dict[tuple[str, str], object]] = weakref.WeakKeyDictionary()
T = TypeVar("T")


def _memo(scope: Scope, name: str, c: Claim, make: Callable[[], T]) -> T:
    """One value per scope, claim and helper: the pairwise search asks about each figure many times."""
    memo = _MEMO.setdefault(scope, {})
    key = (name, c.id)
    if key not in memo:
        memo[key] = make()
    return memo[key]  # type: ignore[return-value]


def _restatable_of(scope: Scope, c: Claim) -> bool:
    """A figure that can be stated twice: a level, change or share of something, not a count of list
    items, a duration, a multiple, a top group's size, or an item of a list of parallel figures."""
    if c.unit in ("times", *DURATION_UNITS) or c.value == 0 or c.high is not None:
        return False  # a multiple, a length of time ("sau 15 ngày") or a range is a term of its own sentence
    if c.unit == "item" and (abs(c.value) < 100 or scope.is_group_count(c)):
        return False
    if scope.bare(c) and abs(c.value) < 1000:
        return False  # a small bare number is a count of something unnamed, or part of a name ("S&P 500")
    if (is_amount(c) and scope.is_base(c)) or _companion(scope, c) or _glossed(scope, c):
        return False  # a base, a companion reading or a gloss is about the figure or name it goes with
    return not _listed(scope, c)


def _glossed(scope: Scope, c: Claim) -> bool:
    """In parentheses after a word: "vượt Singapore (337,5 tỷ USD), Malaysia (336,3 tỷ USD)", "Hà Nội (tăng
    8%)": the figure of that name, one of a list."""
    text = scope.text
    lo = max(0, start(c) - 30)
    opening = max(text.rfind("(", lo, start(c)), text.rfind("（", lo, start(c)))
    return opening >= 0 and not re.search(r"[)）]", text[opening:start(c)])


def _companion(scope: Scope, c: Claim) -> bool:
    """Led by a companion word ("前值280.2万人", "forecast 2.1%", "较涨价之前…400元左右"): a reading that goes with
    the figure before it; or by a distributive word ("哔哩哔哩、小鹏汽车均涨7%", "both rose 7%"): a figure of
    several things at once."""
    lo = max(scope.after_previous(c), start(c) - 16)
    text = scope.text
    return bool(word_table(scope.lang, "relations", "companion").scan(text, lo, start(c))
                or word_table(scope.lang, "relations", "distributive").scan(text, lo, start(c)))


def _listed(scope: Scope, c: Claim) -> bool:
    """Whether `c` is one of a run of parallel figures: a neighbour of its unit with only a separator
    between, or a "respectively" run."""
    sentence = scope.sentence_of(start(c))
    mates = [o for o in scope.starting_in(sentence.start, sentence.end) if o.unit == c.unit]
    k = mates.index(c) if c in mates else -1
    for o in (mates[k - 1] if k > 0 else None, mates[k + 1] if 0 <= k < len(mates) - 1 else None):
        if o is None:
            continue
        gap = scope.text[end(o):start(c)] if end(o) <= start(c) else scope.text[end(c):start(o)]
        if _LIST_GAP.match(gap) or _only_and(scope, gap):
            return True
    return scope.own_figure(c) is not None and scope.said("respectively", sentence.start, sentence.end)


def _only_and(scope: Scope, gap: str) -> bool:
    words = [str(w) for w in section(scope.lang, "cues", "list_and") or []]
    stripped = gap.strip(" ,，、")
    return any(stripped.lower() == w.lower() for w in words)


def _topic_of(scope: Scope, c: Claim) -> frozenset[str]:
    """What `c` is about: `Scope.about`, the words after the number in its clause (en and vi put the
    counted noun after it: "7.54 million treatments", "9.840 ca sốt xuất huyết"), and the opening clause of
    its sentence when its own clause names no subject or metric (it shares the sentence's)."""
    lo, hi = scope.clause_of(c)
    topic = scope.about(c) | scope.phrases.tokens(end(c), min(hi, end(c) + 40))
    return topic | (_inherited(scope, c) or frozenset())


def _inherited_of(scope: Scope, c: Claim) -> frozenset[str] | None:
    """The subject `c` shares with its sentence: the opening clause's words, when `c` stands in a later
    clause that names no subject or metric of its own ("GDP修正值同比升0.6%，…第一季度终值升0.3%")."""
    lo, hi = scope.clause_of(c)
    sentence = scope.sentence_of(start(c))
    own = scope.about(c) | scope.phrases.tokens(end(c), min(hi, end(c) + 40))
    if lo <= sentence.start or any(":" in t for t in own):
        return None
    pos = sentence.start
    while pos < lo:  # the first clause with words ("5、欧元区8月CPI初值同比升": past the item number)
        opening = scope.ctx.clause_of(pos, pos)
        words = scope.phrases.tokens(opening[0], min(opening[1], lo))
        if words or opening[1] <= pos:
            return words
        pos = opening[1] + 1
    return frozenset()


def _alike(scope: Scope, a: Claim, b: Claim) -> float:
    return similarity(_topic(scope, a), _topic(scope, b))


def _designation(scope: Scope, a: Claim, b: Claim) -> float | None:
    """How clearly the text reads `b` as restating `a` (None when it cannot)."""
    if (a.unit == "percent") != (b.unit == "percent") or a.modality != b.modality:
        return None
    # a pair not dated on both sides can only be a warning (CS201): it may stand further apart in value
    loose = a.hedge or b.hedge or a.period is None or b.period is None
    if not _close(a, b, CLOSE_HEDGED if loose else CLOSE) or not compatible(a, b):
        return None
    if a.period is not None and b.period is not None and a.period.same_as(b.period) is not True:
        return None
    if not _apart(scope, a, b) or _role(scope, a) != _role(scope, b):
        return None
    if a.hedge and b.hedge and a.value != b.value:
        return None  # two bounds of different values ("跌超6%", "跌超5%") are two figures
    ta, tb = _topic(scope, a), _topic(scope, b)
    for prefix in ("m:", "s:", "p:"):
        la, lb = labels(ta, prefix), labels(tb, prefix)
        if la and lb and not la & lb:
            return None
    ea, eb = _entity(scope, a), _entity(scope, b)
    if ea and eb and ea != eb:
        return None
    alike, contained = similarity(ta, tb), _contained(scope, ta, tb)
    if ta == tb and a.period is not None and b.period is not None:
        contained = 1.0  # the same words of the same period, however few ("GDP năm 2020")
    if alike < ALIKE or contained < CONTAINED or _told_apart(scope, a, b):
        return None
    # the words decide (CS201 itself makes a pair that is not dated on both sides a warning, not an error);
    # when neither is dated, nothing confirms that the two speak of one time
    strength = (alike + contained) / 2 - (UNDATED if a.period is None and b.period is None else 0)
    return max(0.0, min(1.0, strength)) if strength >= STRONG - 0.3 else None


def _labelled_alike(scope: Scope, a: Claim, b: Claim) -> bool:
    """A share of a product stated twice, one of them without a date ("doanh số xe điện tại Trung Quốc … chiếm
    70,5% thị trường toàn cầu" … "xe điện chiếm 76% thị phần toàn cầu"): the same subject and the same
    product metric, read from the lexicon's labels. An undated pair is only ever a warning (CS201), so this
    reading may be looser than the words' own."""
    if a.unit != "percent" or b.unit != "percent" or a.modality != b.modality or a.hedge or b.hedge:
        return False
    if (a.period is None) == (b.period is None):
        return False
    if a.subject is None or a.subject != b.subject or a.metric is None or a.metric != b.metric:
        return False
    if " " not in a.metric or not a.metric.endswith("share"):
        return False  # a product's share ("ev share"): not a bare "share" of anything
    return _apart(scope, a, b) and _role(scope, a) == _role(scope, b) and _close(a, b, Decimal("0.25"))


def _contained(scope: Scope, ta: frozenset[str], tb: frozenset[str], least: int = MIN_SHARED) -> float:
    """How much of the shorter description the longer one repeats (a restatement repeats its figure's
    words, perhaps fewer of them), counting only descriptions with enough words to tell things apart."""
    shared = ta & tb
    if len(shared - {"t:total"}) < least:
        return 0.0
    return len(shared) / min(len(ta), len(tb))


def _told_apart(scope: Scope, a: Claim, b: Claim) -> bool:
    """Whether something names the two figures as different things: the words right before each number
    (after the figure before it) differ ("初值升1.9%" and "终值升2.3%"), or each is described with a name or
    a number the other lacks ("VN30-Index tăng … 2,35%" and "HNX-Index … 1,19%", "2个月期…利率2.20%" and
    "3个月期…利率2.28%"), or the figures that go with them differ."""
    la = _lead(scope, a)
    lb = _lead(scope, b)
    if la and lb and not la & lb:
        return True
    ma, mb = _marks(scope, a), _marks(scope, b)
    if ma - mb and mb - ma:
        return True
    sa, sb = _inherited(scope, a), _inherited(scope, b)
    if sa and sb and _contained(scope, sa, sb, 1) < CONTAINED:
        return True  # "核心CPI初值同比升2.8%，…终值升2.8%" and "欧元区CPI初值同比升2.2%，…终值升2.6%"
    na, nb = _following(scope, a), _following(scope, b)
    if any(na[u].value != nb[u].value for u in na.keys() & nb.keys()):
        return True
    pa, pb = _preceding(scope, a), _preceding(scope, b)
    return any(pa[u].value != pb[u].value for u in pa.keys() & pb.keys() if u != "year")


def _preceding_of(scope: Scope, c: Claim) -> dict[str, Claim]:
    """The figures right before `c` in its sentence, the last of each unit: in a run of readings ("初值升2.2%，
    预期升2.2%，终值升2.6%", "10,95 triệu đơn vị, giá trị hơn 89 tỷ đồng") a figure's neighbours go with it."""
    sentence = scope.sentence_of(start(c))
    out: dict[str, Claim] = {}
    for o in scope.starting_in(max(sentence.start, start(c) - 30), start(c)):
        if end(o) <= start(c):
            out[o.unit] = o
    return out


def _following_of(scope: Scope, c: Claim) -> dict[str, Claim]:
    """The figures that go with `c` right after it in its sentence, the first of each unit ("6.60 mln bpd, up
    0.1 pct from 6.59 mln", "2,9 triệu đơn vị, giá trị 87,98 tỷ đồng", "280.1万人，前值280.2万人"): one
    figure's companions are one too."""
    sentence = scope.sentence_of(start(c))
    out: dict[str, Claim] = {}
    for o in scope.starting_in(end(c), min(sentence.end, end(c) + 40)):
        out.setdefault(o.unit, o)
    return out


def _marks_of(scope: Scope, c: Claim) -> frozenset[str]:
    """Names and numbers that describe `c`, lower-cased: a name in its sentence before it (a capitalised
    word after the sentence's first, or a word with inner capitals or letters and digits: "Kia Soluto … cao
    nhất là gần 500 triệu", "VN30-Index", "WTI"), and a number in its clause up to it (or its sentence's
    opening when the clause says nothing): "2个月期…利率" -> "2"."""
    sentence = scope.sentence_of(start(c))
    lo, _ = scope.clause_of(c)
    if not any(":" not in t for t in scope.phrases.tokens(lo, start(c))):
        lo = sentence.start
    out: set[str] = set()
    for m in _MARK.finditer(scope.text, sentence.start, start(c)):
        word = m.group(0).strip(".-")
        digits = any(ch.isdigit() for ch in word)
        named = (any(ch.isupper() for ch in word[1:]) or (digits and any(ch.isalpha() for ch in word))
                 or (m.start() > sentence.start and word[:1].isupper()))
        if named or (m.start() >= lo and digits):
            out.add(word.lower())
    return frozenset(out)


def _lead_of(scope: Scope, c: Claim) -> frozenset[str]:
    return frozenset(t for t in scope.phrases.tokens(scope.after_previous(c), start(c)) if ":" not in t)


def _apart(scope: Scope, a: Claim, b: Claim) -> bool:
    """In different sentences, not two segments of one sentence joined by a semicolon ("由容汇锂业生产的…73035元/吨；
    由吉诚锂业生产的…77050元/吨"): those are parallel items."""
    sa, sb = scope.sentence_of(start(a)), scope.sentence_of(start(b))
    if sa.start == sb.start:
        return False
    if sb.start - sa.end > 4:
        return True  # another sentence, or more text, stands between
    return bool(_FULL_STOP.search(scope.text[end(a):start(b)]))


def _role_of(scope: Scope, c: Claim) -> tuple[bool, bool, bool]:
    """A level, a change or a comparison base: two statements of one figure have the same role."""
    return scope.is_base(c), scope.is_delta(c), c.unit in ("percent", "point") and scope.is_change(c)


def _close(a: Claim, b: Claim, within: Decimal) -> bool:
    """Values plausibly of one figure: within `within` of each other (relative to the larger)."""
    hi, lo = max(abs(a.value), abs(b.value)), min(abs(a.value), abs(b.value))
    if (a.value < 0) != (b.value < 0):
        return False
    return hi == 0 or (hi - lo) / hi <= within


def _entity_of(scope: Scope, c: Claim) -> str | None:
    """The last capitalised name before the number in its clause, other than a subject word."""
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


def _topic(scope: Scope, c: Claim) -> frozenset[str]:
    return _memo(scope, "_topic", c, lambda: _topic_of(scope, c))


def _role(scope: Scope, c: Claim) -> tuple[bool, bool, bool]:
    return _memo(scope, "_role", c, lambda: _role_of(scope, c))


def _marks(scope: Scope, c: Claim) -> frozenset[str]:
    return _memo(scope, "_marks", c, lambda: _marks_of(scope, c))


def _lead(scope: Scope, c: Claim) -> frozenset[str]:
    return _memo(scope, "_lead", c, lambda: _lead_of(scope, c))


def _inherited(scope: Scope, c: Claim) -> frozenset[str] | None:
    return _memo(scope, "_inherited", c, lambda: _inherited_of(scope, c))


def _following(scope: Scope, c: Claim) -> dict[str, Claim]:
    return _memo(scope, "_following", c, lambda: _following_of(scope, c))


def _preceding(scope: Scope, c: Claim) -> dict[str, Claim]:
    return _memo(scope, "_preceding", c, lambda: _preceding_of(scope, c))


def _entity(scope: Scope, c: Claim) -> str | None:
    return _memo(scope, "_entity", c, lambda: _entity_of(scope, c))


def _restatable(scope: Scope, c: Claim) -> bool:
    return _memo(scope, "_restatable", c, lambda: _restatable_of(scope, c))
