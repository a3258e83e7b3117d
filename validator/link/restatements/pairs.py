"""Two figures of the body read as one figure stated twice, and how clearly the text says so.

The pair must be of one kind of quantity, modality and role, of one period where both are dated, close
enough in value to be one figure, and about the same thing by their words (`words.topic`), with nothing
telling them apart. The strength is how alike and how contained their words are, less when neither is
dated (nothing confirms that the two speak of one time).
"""

from __future__ import annotations

import datetime
from decimal import ROUND_HALF_UP, Decimal

from validator.link.hypotheses import STRONG
from validator.link.phrases import similarity
from validator.link.restatements.figures import FULL_STOP, close
from validator.link.restatements.periods import Named, spans, year_unsaid
from validator.link.restatements.records import Figure
from validator.link.restatements.words import CONTAINED, contained, counted_noun, named_apart, told_apart
from validator.link.scope import Scope, compatible
from validator.model import Claim
from validator.units import is_currency

# how alike the words around two figures must be for the pair to be read as one figure at all
ALIKE = 0.7
# how much less clearly two undated figures are one
UNDATED = 0.1
# how far apart (relative) two statements of one figure may lie: a slip of a digit or of rounding, not a
# different figure (a hedged statement may lie further off: "nearly 1.9 million" for 1.85 million)
CLOSE = Decimal("0.06")
CLOSE_HEDGED = Decimal("0.15")
# how clearly a value repeated word for word is one figure (plus a tenth of how alike the words are)
REPEATED = 0.55
# the digits a figure must be written with for two of them, their digits swapped, to be one figure mistyped
SWAPPED_DIGITS = 3
# how many words of the noun counted right after the number two figures of one period must share (the shorter
# noun all in the longer) to be one figure framed in different words
COUNTED_WORDS = 2
# the units of a rate and of its moves: percentages, percentage points and basis points ("涨1.3个基点"), which a
# dense market report repeats by chance for two bonds or two rates
RATES = ("percent", "point", "bp")


def alike(a: Figure, b: Figure) -> float:
    return similarity(a.topic, b.topic)


def apart(scope: Scope, a: Figure, b: Figure) -> bool:
    """`figures.apart` of two records: in different sentences, not two segments of one sentence."""
    sa, sb = a.sentence, b.sentence
    if sa.start == sb.start:
        return False
    if sb.start - sa.end > 4:
        return True  # another sentence, or more text, stands between
    return bool(FULL_STOP.search(scope.text[a.end:b.start]))


def comparable(scope: Scope, fa: Figure, fb: Figure, near: bool = True, roles: bool = True) -> bool:
    """Of one kind, modality, period (where both are dated) and role, in different sentences, close enough
    in value to be one figure (unless `near` is False: the caller has its own test of the values, as `swapped`
    does; nor of one role, when `roles` is False: a figure a pointer word describes is of the role of the one it
    points at); never two bounds of different values ("跌超6%", "跌超5%")."""
    a, b = fa.claim, fb.claim
    if (a.unit == "percent") != (b.unit == "percent") or a.modality != b.modality or (roles and fa.role != fb.role):
        return False
    pa, pb = fa.period, fb.period
    # a pair not dated on both sides can only be a warning (CS201): it may stand further apart in value
    loose = a.hedge or b.hedge or pa is None or pb is None
    if near and not _close(fa, fb, CLOSE_HEDGED if loose else CLOSE) and (loose or not _mistyped(a, b)):
        return False
    if a.unit != b.unit and not compatible(a, b):  # (the same unit asks pint nothing)
        return False
    if pa is not None and pb is not None and pa.same_as(pb) is not True:
        return False
    if not apart(scope, fa, fb) or a.id in fb.whole:
        return False  # (a part of the whole the sentence before gives is not that whole)
    return not (a.hedge and b.hedge and a.value != b.value)


def _mistyped(a: Claim, b: Claim) -> bool:
    """An amount written with one digit mistyped ("1,06 triệu người" … "1,16 triệu người"): the same number of
    digits (at least `SWAPPED_DIGITS`), all but one the same, of one unit, neither a rate (which a dense report
    repeats by chance). Asked only of two figures both dated, which `designation` must then find of one period,
    about the same words, and nothing telling them apart: one figure, however far the slip puts its value."""
    if a.unit != b.unit or a.unit in RATES:
        return False
    x, y = _digits(a.text), _digits(b.text)
    if len(x) != len(y) or len(x) < SWAPPED_DIGITS or _step(a, x) != _step(b, y):
        return False
    return sum(p != q for p, q in zip(x, y, strict=True)) == 1


def _close(a: Figure, b: Figure, within: Decimal) -> bool:
    """`figures.close` of two records, from the sizes each record reads once (a pair test runs per pair)."""
    if a.negative != b.negative:
        return False
    hi, lo = (a.size, b.size) if a.size >= b.size else (b.size, a.size)
    return hi == 0 or (hi - lo) / hi <= within


def named_one_period(a: Figure, b: Figure) -> bool:
    """`periods.named_one_period` of two records; or one dated by extraction and the other, undated, named by
    period words the very same time ("2024年全省渔民人均纯收入达到28146元" … "通报显示，2024年…；渔民人均纯收入
    28416元")."""
    pa, pb = a.named_period, b.named_period
    if pa is not None and pb is not None:
        return pa[:2] == pb[:2]
    level = not any(a.role) and not any(b.role)
    for x, named in ((a, pb), (b, pa)):
        if x.period is None or x.span is None or named is None:
            continue
        if x.span == named[:2] or (level and _month_end(x.span, named[:2])) or \
                (x is a and _story_year(a.scope, x.span, named)):
            return True
    return False


def _story_year(scope: Scope, span: tuple[datetime.date, datetime.date], named: Named) -> bool:
    """Period words that never say their year ("tính đến cuối tháng 6", "at the end of June", "前三季度") naming
    the period an earlier figure is dated by ("Đến cuối tháng 6/2025"), in an article whose first dated figure is of
    that year (`story_time`): a later statement speaks of the story's year, which the article told once
    (`periods.year_unsaid`). (Words without a year before a figure dated in full may be of another year: "exports
    rose in March from a year earlier to 612,400 bags" … "548,900 bags in March 2023".)"""
    if not year_unsaid(scope, (*span, True), named):
        return False
    first = next((c.period for c in scope.claims if c.period is not None and c.period.start is not None), None)
    return first is not None and first.start is not None and first.start.year == span[0].year == span[1].year


def _month_end(x: tuple[datetime.date, datetime.date], y: tuple[datetime.date, datetime.date]) -> bool:
    """A month and its last day ("Đến cuối tháng 6" … "tính đến ngày 30/6/2025", "at the end of June" … "at June
    30"): a level (a balance, a ratio) stated at a month's end is of that day, whichever the words name."""
    for day, month in ((x, y), (y, x)):
        last = day[0]
        if day[1] == last and (last + datetime.timedelta(days=1)).day == 1 and month == (last.replace(day=1), last):
            return True
    return False


def never_dated(a: Figure, b: Figure) -> bool:
    """Two amounts neither of which is dated, by a calendar period or by period words ("国庆7天假期…旅游总收入
    41.7亿元" … "假期全市旅游总收入47.1亿元"): both are of the story's one time, as two figures dated alike
    are. (One dated and one not may be of two times: "3.6% lower than in March" … "the 3.4% annual decline".
    Rates and shares are not read so: an article gives many of them, of other wholes and times, in alike words.)"""
    return (a.period is None and b.period is None and a.claim.unit not in RATES
            and a.named_period is None and b.named_period is None)


def story_time(scope: Scope, a: Figure, b: Figure) -> bool:
    """One amount dated and the other, undated, of the story's time: the article's first dated figure is of the
    dated one's period ("Insurers' premiums rose 9.5% … in 2024" … "claims paid rose 14.8% to $29.3bn" … "Of the
    $23.9bn in claims paid in 2024"), the undated one names no time by period words or a length, and no figure
    of its paragraph is dated otherwise (a paragraph about another year dates its figures). An article tells
    its own period once, in its lead; its later amounts are of that period unless they say otherwise. (Rates
    are not read so: see `never_dated`.)"""
    for x, y in ((a, b), (b, a)):
        px = x.period
        if px is None or y.period is not None or y.claim.unit in RATES or y.named_period is not None \
                or y.length is not None:
            continue
        first = next((c.period for c in scope.claims if c.period is not None), None)
        if first is None or first.same_as(px) is not True:
            continue
        paragraph = scope.paragraph(y.claim)
        if all(o.period is None or o.period.same_as(px) is True for o in scope.in_paragraphs(paragraph, paragraph)):
            return True
    return False


def dated_apart(a: Figure, b: Figure) -> bool:
    """Two undated figures whose period words name two times (asked last: reading the words again costs):
    `periods.named_two_periods` of two records; or two figures whose periods are of other lengths than the one
    the words of one of them name ("xuất khẩu 9 tháng" … "xuất khẩu 10 tháng": `spanned_alike`)."""
    pa, pb = a.named_period, b.named_period
    if pa is not None and pb is not None and pa[2] and pb[2] and pa[:2] != pb[:2] and \
            not year_unsaid(a.scope, pa, pb):
        return True
    la, lb = a.length, b.length
    if la is not None and lb is not None:
        return la != lb
    return (a.span is not None and lb is not None and not spans(*a.span, *lb)) or \
        (b.span is not None and la is not None and not spans(*b.span, *la))


def spanned_alike(a: Figure, b: Figure) -> bool:
    """One figure dated ("lũy kế 10 tháng năm 2024", "5月1日至5日") and the other, undated, named by the length of
    that period ("Điện thương phẩm 10 tháng đạt …", "五天内"): a story's span named again by its length speaks of
    one time (`periods.length`, `periods.spans`)."""
    return any(x.span is not None and y.length is not None and spans(*x.span, *y.length) for x, y in ((a, b), (b, a)))


def labels_differ(a: Figure, b: Figure) -> bool:
    """A subject, metric or product label, or a capitalised name, that the two figures do not share."""
    for la, lb in zip(a.labels, b.labels, strict=True):
        if la and lb and la.isdisjoint(lb):
            return True
    ea, eb = a.entity, b.entity
    return bool(ea and eb and ea != eb)


def designation(scope: Scope, fa: Figure, fb: Figure) -> float | None:
    """How clearly the text reads `b` as restating `a` (None when it cannot)."""
    if not comparable(scope, fa, fb) or labels_differ(fa, fb):
        return None
    ta, tb = fa.topic, fb.topic
    how_alike, how_contained = similarity(ta, tb), contained(ta, tb)
    if ta == tb and fa.period is not None and fb.period is not None:
        how_contained = 1.0  # the same words of the same period, however few ("GDP năm 2020")
    if how_alike < ALIKE or how_contained < CONTAINED or told_apart(fa, fb) or dated_apart(fa, fb):
        return None
    slipped = fa.period is not None and fb.period is not None and not fa.claim.hedge and not fb.claim.hedge \
        and not _close(fa, fb, CLOSE)  # (close enough only by `_mistyped`: see `comparable`)
    if slipped and how_contained < 1:
        return None  # a slip of one digit (`_mistyped`) restates only a figure described in all the same words
    # the words decide (CS201 itself makes a pair that is not dated on both sides a warning, not an error);
    # when neither is dated, nothing confirms that the two speak of one time, unless the same period words date
    # them
    undated = fa.period is None and fb.period is None and not named_one_period(fa, fb)
    strength = (how_alike + how_contained) / 2 - (UNDATED if undated else 0)
    return max(0.0, min(1.0, strength)) if strength >= STRONG - 0.3 else None


def repeated(scope: Scope, fa: Figure, fb: Figure) -> float | None:
    """How clearly `b` repeats `a` word for word in value ("agreed a $168m settlement" … "the terms of the $168m
    settlement"; "thu về 2.040 tỷ đồng lợi nhuận gộp" twice; "比特数字涨11.34%" twice), or None.

    The same value stated twice is one figure when the value says much and the words agree: the more
    significant digits it has, the fewer words it needs. A small round money figure ("£800m") needs words
    alike; a percentage or a price per unit, which a dense market report repeats by chance ("涨1.12%",
    "1100美元/吨" for two ports), needs its name as well. The same value always fits, so this reading only
    ever verifies (it stays below `STRONG`)."""
    a, b = fa.claim, fb.claim
    if a.value != b.value or a.unit != b.unit or not comparable(scope, fa, fb) or labels_differ(fa, fb):
        return None
    ta, tb = fa.topic, fb.topic
    how_alike, shared = similarity(ta, tb), len((ta & tb) - {"t:total"})
    digits = _significant(a.value)
    if a.unit in RATES:
        fits = digits >= 3 and how_alike >= 0.55 and shared >= 2
    elif "/" in a.unit:
        fits = digits >= 2 and how_alike >= 0.7 and shared >= 3
    elif digits >= 3:
        fits = how_alike >= 0.35 or shared >= 1
    elif digits == 2:
        fits = how_alike >= 0.4 and shared >= 1
    else:
        fits = is_currency(a.unit) and a.value != 1 and how_alike >= 0.6 and shared >= 2
    if not fits or dated_apart(fa, fb):
        return None
    return min(REPEATED + how_alike / 10, STRONG - 0.05)


def _significant(value: Decimal) -> int:
    """The significant digits of a value as written ("102.6" -> 4, "800" -> 1, "0.36" -> 2)."""
    return len(format(abs(value).normalize(), "f").replace(".", "").strip("0")) or 1


def labelled_alike(scope: Scope, fa: Figure, fb: Figure) -> bool:
    """A share of a product stated twice, one of them without a date ("doanh số xe điện tại Trung Quốc … chiếm
    70,5% thị trường toàn cầu" … "xe điện chiếm 76% thị phần toàn cầu"): the same subject and the same
    product metric, read from the lexicon's labels. An undated pair is only ever a warning (CS201), so this
    reading may be looser than the words' own."""
    a, b = fa.claim, fb.claim
    if a.unit != "percent" or b.unit != "percent" or a.modality != b.modality or a.hedge or b.hedge:
        return False
    if (fa.period is None) == (fb.period is None):
        return False
    if a.subject is None or a.subject != b.subject or a.metric is None or a.metric != b.metric:
        return False
    if " " not in a.metric or not a.metric.endswith("share"):
        return False  # a product's share ("ev share"): not a bare "share" of anything
    return apart(scope, fa, fb) and fa.role == fb.role and close(a, b, Decimal("0.25"))


def counted_alike(scope: Scope, fa: Figure, fb: Figure) -> bool:
    """One figure of one stated period framed in two ways ("năm học 2026-2027 toàn tỉnh có 812.400 học sinh các
    cấp" … "với quy mô 821.400 học sinh trong năm học 2026-2027"): the words before the numbers differ, but the
    noun counted right after them is the same (the shorter all in the longer, of at least `COUNTED_WORDS`
    words), both are dated alike, the values say much (three significant digits) and lie within a slip of each
    other, nothing names them apart (a name, a subject, a companion figure), and no other figure of the article
    counts that noun in that period (which would make it one of several: a part, another place)."""
    a, b = fa.claim, fb.claim
    if a.unit != "item" or b.unit != "item" or fa.period is None or fb.period is None or a.hedge or b.hedge:
        return False  # a count of things its noun names (a unit of money or measure names no thing)
    if a.value == b.value or _significant(a.value) < 3 or _significant(b.value) < 3 or not close(a, b, CLOSE):
        return False
    na, nb = fa.counted_noun, fb.counted_noun
    shared = na & nb
    if len(shared) < COUNTED_WORDS or shared not in (na, nb):
        return False
    if not comparable(scope, fa, fb) or labels_differ(fa, fb) or named_apart(fa, fb, sources=False):
        return False
    period = fa.period
    return not any(o is not a and o is not b and o.unit == a.unit and o.period is not None
                   and o.period.same_as(period) is True and shared <= counted_noun(scope, o) for o in scope.claims)


def swapped(scope: Scope, fa: Figure, fb: Figure) -> bool:
    """One figure with two neighbouring digits swapped in one statement ("出口3.02万亿元" … "前10个月全省出口3.20万亿
    元", "12.840 ca" … "12.480 ca", "41.7亿元" … "47.1亿元", "3.215 tỷ đồng" … "2.315 tỷ đồng"): the slip a typist
    makes. Written with the same digits (at least `SWAPPED_DIGITS`) but for two neighbours swapped, of one unit,
    neither hedged, of one metric by the lexicon's labels (or words alike), of the same subject labels, and
    nothing telling them apart (no other label, lead, name, subject, companion or period words). Two different
    figures rarely share every digit but two swapped neighbours and their metric. The swap, not the size, says
    they are one figure: the first two digits swapped put them far apart in value.

    A name both are described by (`_named_alike`: "RPK" … "RPKs") is their metric too. An amount restated in
    other words ("Potash imports totalled 3.26 million tonnes in the first quarter" …
    "first-quarter potash purchases of 3.62 million tonnes") is one figure too when the shorter description is
    all but contained in the longer (`words.contained`: two words shared, three quarters of the shorter): an
    amount's digits say more than a rate's, which a dense report repeats by chance ("增长12.5%" … "增长15.2%")."""
    a, b = fa.claim, fb.claim
    if a.unit != b.unit or a.hedge or b.hedge or not _swapped_figures(a, b):
        return False
    if not comparable(scope, fa, fb, near=False, roles=not (fa.pointed or fb.pointed)) or labels_differ(fa, fb) \
            or fa.labels[1] != fb.labels[1]:
        return False  # (a subject only one of them names: "对日本出口" … "对韩国出口")
    ta, tb = fa.topic, fb.topic
    metric = bool(fa.labels[0] & fb.labels[0]) and (contained(ta, tb, 1) >= CONTAINED or _labels_nested(fa, fb))
    worded = a.unit not in RATES and contained(ta, tb) >= CONTAINED
    if not (metric or worded or _named_alike(fa, fb) or _bare(fa, fb)) and similarity(ta, tb) < ALIKE:
        return False  # one metric (the shorter description all in the longer), or words alike
    pa, pb = fa.named_period, fb.named_period
    if pa is not None and pb is not None and pa[:2] != pb[:2] and not year_unsaid(scope, pa, pb):
        return False  # named two times, wherever the words stand ("11.42 billion in March" … "February RPKs")
    # who gives a statement (a speaker: "Ông Trần Minh Khoa … cho biết với tổng dư nợ 4,21 triệu tỷ đồng") is not
    # what it is about when the other names no source: the swap and the metric say it is one figure, restated by
    # someone; two sources each named ("Theo báo cáo của Sở Y tế" … "Phó Chủ tịch UBND tỉnh cho biết") give two
    return not told_apart(fa, fb, sources=bool(fa.frame and fb.frame)) and not dated_apart(fa, fb)


def _labels_nested(a: Figure, b: Figure) -> bool:
    """Each kind of label (metric, subject, product) of one figure all among the other's: one metric, named in
    other words ("their share of the domestic market" … "domestic NEV penetration", by the lexicon's
    `metric_kin`), the one description adding a name to the other's, never naming another."""
    return all(x <= y or y <= x for x, y in zip(a.labels, b.labels, strict=True))


def _bare(a: Figure, b: Figure) -> bool:
    """One figure that names nothing of its own (`Figure.bare`: "Với mức tăng 16,9% sau 10 tháng", "con số này"), of the
    period the other is dated by (the same period words, its length, or the same calendar period): a figure the
    story needs not name again is its own figure, here written with its digits swapped."""
    if not a.bare and not b.bare:
        return False
    pa, pb = a.period, b.period
    return named_one_period(a, b) or spanned_alike(a, b) or \
        (pa is not None and pb is not None and pa.same_as(pb) is True)


def _named_alike(a: Figure, b: Figure) -> bool:
    """Both described by one name of their own, in their words (an acronym, a capitalised name: "Revenue
    passenger kilometres (RPK) … rose to 11.42 billion" … "March RPKs of 11.24 billion"), not by who gives them."""
    shared = a.own_marks & b.own_marks & a.topic & b.topic
    return any(ch.isalpha() for word in shared for ch in word)


def swaps(c: Claim) -> list[Decimal]:
    """The values `c` would have with two neighbouring digits of its text swapped (the figures `swapped` may
    pair it with, however far apart in value): [] when its value is not its digits times a power of ten."""
    digits = _digits(c.text)
    if len(digits) < SWAPPED_DIGITS or not digits.isascii() or int(digits) == 0:
        return []
    step = (abs(c.value) / Decimal(int(digits))).normalize()
    if step.as_tuple().digits != (1,):
        return []  # not the written digits scaled ("2 triệu 500", "3/4")
    out = []
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1] and (i > 0 or digits[i + 1] != "0"):
            other = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
            out.append(Decimal(int(other)) * step)
    return out


def _swapped_figures(a: Claim, b: Claim) -> bool:
    """Two figures written with the same digits but for two neighbours swapped; or one restated rounded, its
    digits swapped ("46321亿元" … "4.36万亿元": 46321亿 rounded to the other's last place is 4.63万亿): the more
    precise figure rounded (half up) to the other's last written place reads as the other's digits swapped."""
    x, y = _digits(a.text), _digits(b.text)
    if len(x) == len(y):
        return _swapped(x, y)
    rounded, precise = (a, b) if len(x) < len(y) else (b, a)
    short = _digits(rounded.text)
    step = _step(rounded, short)
    if step is None or _step(precise, _digits(precise.text)) is None:
        return False
    return _swapped(str((abs(precise.value) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)), short)


def _step(c: Claim, digits: str) -> Decimal | None:
    """The place value of the last written digit of `c` (None when its value is not its digits scaled)."""
    if not digits.isascii() or not digits or int(digits) == 0:
        return None
    step = (abs(c.value) / Decimal(int(digits))).normalize()
    return step if step.as_tuple().digits == (1,) else None


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _swapped(x: str, y: str) -> bool:
    """The same digits but for two neighbours swapped ("302", "320"; "12840", "12480")."""
    if len(x) != len(y) or len(x) < SWAPPED_DIGITS or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
