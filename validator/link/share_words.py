"""The words of a share: whether a figure is a share at all, and the words that name its whole — after it
("chiếm 39,5% tổng lượng xuất khẩu"), inside its cue ("占回收市场总规模的40%"), the sentence's opening ("医院床位中，",
"Of the 7.54 million,"), or, with none, the whole a parallel share before it named.
"""

from __future__ import annotations

import functools
import re

from validator.extract.context import Sentence
from validator.intervals import Hedge
from validator.lexicon import lexicon, word_table
from validator.lexicon.words import WordHit
from validator.link.phrases import metrics_related
from validator.link.scope import CLAUSE_GAP, Scope, compatible, end, is_quantity, start, value_in
from validator.model import Claim

# metric labels that name a share of a whole
_SHARE_METRICS = ("share", "penetration")


def is_share(scope: Scope, c: Claim) -> bool:
    """A percentage led by a share word in its clause, or followed by "of …"; a fraction below one likewise."""
    if c.unit == "percent":
        pass
    elif c.unit == "times" and 0 < c.value < 1 and c.reading is None:
        pass
    else:
        return False
    clause = scope.clause_of(c)
    cue = scope.ctx.last_before("share", clause[0], start(c))
    # "its share fell 0.4 points to 9.6%", "占营收的比重由上年的22.8%提升至31.8%": the level reached, a share
    reached = bool(scope.ctx.between("to", max(0, start(c) - 6), start(c)))
    if cue is not None and start(c) - cue.end <= (16 if scope.phrases.han else 24) and (
            not scope.is_change(c) or reached):
        return True
    if scope.is_change(c) and not reached:
        return False
    after = word_table(scope.lang, "relations", "share_after").scan(scope.text, end(c), min(clause[1], end(c) + 12))
    if after and not scope.text[end(c):after[0].start].strip():
        return True
    if c.unit == "percent" and of_plan(scope, c):
        return True
    if c.unit == "percent" and not scope.is_change(c) and _equated_total(scope, c):
        return True  # "doanh thu … đạt 1,68 tỷ USD, tăng 8,5% và tương đương 22,4% kim ngạch toàn ngành"
    if total_before(scope, c) is not None and not scope.is_change(c):
        return True
    if c.unit == "times" and _quantifies(scope, c):
        return True  # "gánh gần hai phần ba sản lượng toàn hệ thống", "三分之二的建议", "more than half the surplus"
    if c.unit == "times" and _in_apposition(scope, c):
        return True  # "hỗ trợ 3.240 tỷ đồng, tức khoảng ba phần tư", "523,400, or about two in five"
    if c.unit == "times" and _parenthesized_part(scope, c) is not None:
        return True  # "1.86万户茶农中，有一半以上（8620户）", "more than half (8,620 households)"
    if c.unit == "percent" and not scope.is_change(c) and _in_apposition(scope, c) and _after_a_share(scope, c):
        return True  # "…hosts 36% of the national fleet, followed by … South Australia with 2.1 GW, or 21.4%"
    if c.unit == "percent" and not scope.is_change(c) and _bare_in_parentheses(scope, c) and _after_a_share(
            scope, c, back=True):
        return True  # "Italy took 189,300 bags, or 39.1 pct of all shipments. Germany bought 74,500 bags (12.2 pct)"
    # "Morrisons' market share … to 9.6%", "thị phần của VinFast đạt 30,2%": a share named by its metric word
    sentence = scope.sentence_of(start(c))
    named = scope.ctx.last_before("metric", max(sentence.start, start(c) - 60), start(c))
    if named is None or named.label not in _SHARE_METRICS or scope.hits("metric", named.end, start(c)):
        return False
    if named.label == "share":
        return True
    # a penetration rate ("新能源车零售渗透率53.9%", "EV penetration of 20%") is the share one kind takes of the
    # whole, when it names the rate itself: in its clause, right before it
    clause = scope.clause_of(c)
    return named.start >= clause[0] and start(c) - named.end <= (8 if scope.phrases.han else 16)


def _quantifies(scope: Scope, c: Claim) -> bool:
    """A fraction written as the quantity of the noun right after it (the lexicon's `fraction_of`): the share it
    takes of that noun, a whole; never one that moves ("giảm một nửa")."""
    pattern = scope.flag("fraction_of")
    if not pattern or scope.is_change(c) or not _compiled(str(pattern)).match(scope.text[end(c):end(c) + 24]):
        return False
    # the noun is a measured quantity or a total ("sản lượng", "tổng số"), not what the fraction's own phrase
    # counts ("cứ 8 người thì có một người là triệu phú") or a verb ("cứ nửa tháng lại nở")
    hi = min(scope.clause_of(c)[1], end(c) + (8 if scope.phrases.han else 24))
    return any(t.startswith(("m:", "t:")) for t in scope.phrases.tokens(end(c), hi))


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def of_plan(scope: Scope, c: Claim) -> bool:
    """A percentage of a plan or estimate (`relations.plan`): "bằng 107,4% dự toán", "đạt 47,6% kế hoạch", "98.7% of
    the annual plan", "完成全年计划的47.6%". Its whole is the plan of the same thing, which the plan word names."""
    if c.unit != "percent":
        return False
    text = scope.text
    lo = scope.after_previous(c)
    ahead = word_table(scope.lang, "relations", "comparative").scan(text, max(lo, start(c) - 16), end(c))
    if ahead and not text[ahead[-1].end:start(c)].strip():
        return False  # "vượt 7% kế hoạch": above the plan by 7%, not 7% of it
    return _plan_word(scope, c) is not None


def plan_named_alone(scope: Scope, c: Claim) -> bool:
    """A share of a plan named by the plan word alone ("bằng 10,4% kế hoạch)", "đạt 84,9% dự toán."), not by whose
    plan it is ("bằng 47,6% kế hoạch Thủ tướng Chính phủ giao", "98% of the plan set by the board", "完成省政府下达
    计划的98%"): every plan of an article answers to the bare word."""
    hit = _plan_word(scope, c)
    if hit is None:
        return False
    lo, hi = scope.clause_of(c)
    if hit[0] >= end(c):  # named after the share: the words after the plan word, in its clause
        return not scope.phrases.tokens(hit[1], min(hi, hit[1] + 40))
    return not scope.phrases.tokens(max(lo, scope.after_previous(c), hit[0] - 40), hit[0])


def _plan_word(scope: Scope, c: Claim) -> tuple[int, int] | None:
    """(start, end) of the plan word naming `c`'s whole, right after it or before its `share_before` word."""
    text = scope.text
    plans = word_table(scope.lang, "relations", "plan")
    gap = _compiled(str(scope.flag("plan_gap") or r"\s*")).match(text, end(c))  # "of the annual" (en)
    at = gap.end() if gap else end(c)
    hit = next((h for h in plans.scan(text, at, min(len(text), at + 24)) if h.start == at), None)
    if hit is not None:
        return hit.start, hit.end
    lead = word_table(scope.lang, "relations", "share_before").scan(text, max(0, start(c) - 4), start(c))
    if not lead or text[lead[-1].end:start(c)].strip():
        return None
    hit = next((h for h in plans.scan(text, max(0, lead[-1].start - 8), lead[-1].start)
                if h.end == lead[-1].start), None)
    return (hit.start, hit.end) if hit is not None else None


def _after_a_share(scope: Scope, c: Claim, back: bool = False) -> bool:
    """Whether an earlier percentage of the sentence (or, with `back`, of the sentence before in its paragraph) is
    a share (its list goes on with more shares)."""
    sentence = scope.sentence_of(start(c))
    lo = sentence.start
    if back:
        previous = scope.previous_sentence(sentence)
        if previous is not None and previous.paragraph == sentence.paragraph:
            lo = previous.start
    return any(o.unit == "percent" and is_share(scope, o)
               for o in scope.starting_in(lo, start(c)) if o is not c)


_BARE_OPEN = re.compile(r"\s*[(（]\s*\Z")
_BARE_CLOSE = re.compile(r"\s*[)）]")


def _bare_in_parentheses(scope: Scope, c: Claim) -> bool:
    """A percentage alone in parentheses right after an amount ("74,500 bags (12.2 pct)", "61,8 vạn (18,5%)"): the
    share that amount takes, in a list after a share."""
    lo = scope.after_previous(c)
    if not any(is_quantity(o) and end(o) == lo for o in scope.starting_in(max(0, lo - 40), lo)):
        return False
    gap = scope.text[lo:start(c)]
    amount = next(o for o in scope.starting_in(max(0, lo - 40), lo) if end(o) == lo)
    # the amount's own unit word may stand between ("74,500 bags (12.2 pct)")
    head = re.sub(r"^\s*[^\W\d_]{1,12}", "", gap) if amount.unit == "item" or gap[:1] == " " else gap
    return bool(_BARE_OPEN.fullmatch(gap) or _BARE_OPEN.fullmatch(head)) and bool(
        _BARE_CLOSE.match(scope.text, end(c)))


def _equated_total(scope: Scope, c: Claim) -> bool:
    """A percentage an apposition word sets equal ("tương đương", "equivalent to", "相当于") to a part of a whole the
    words right after it name as a total ("tương đương 22,4% kim ngạch toàn ngành"): no figure and no clause break
    between the percentage and the total word."""
    lead = word_table(scope.lang, "relations", "apposition").scan(scope.text, max(0, start(c) - 24), start(c))
    if not lead or scope.text[lead[-1].end:start(c)].strip():
        return False
    hi = min(scope.clause_of(c)[1], end(c) + (8 if scope.phrases.han else 32))
    if scope.starting_in(end(c), hi):
        return False
    return "t:total" in scope.phrases.tokens(end(c), hi)


def _in_apposition(scope: Scope, c: Claim) -> bool:
    """A fraction set beside the amount right before it by an apposition word ("3.240 tỷ đồng, tức khoảng ba
    phần tư", "or about a third", "即四分之三"): the share that amount takes of its whole."""
    lo = scope.after_previous(c)
    if not any(is_quantity(o) and end(o) == lo for o in scope.starting_in(max(0, lo - 40), lo)):
        return False
    lead = scope.text[lo:start(c)]
    if len(lead) > 24 or scope.ctx.between("up", lo, start(c)) or scope.ctx.between("down", lo, start(c)):
        return False
    return bool(word_table(scope.lang, "relations", "apposition").scan(lead, 0, len(lead)))


def total_before(scope: Scope, c: Claim) -> tuple[int, int] | None:
    """The words naming a total that a percentage is a share of, written before it ("达到汽车新车总销量的44.8%"):
    from the last reach word (or the clause's start, or the figure before) through the total word to the
    `share_before` word right before the percentage; None when it is not written so."""
    words = word_table(scope.lang, "relations", "share_before")
    lo = max(scope.clause_of(c)[0], scope.after_previous(c))
    lead = words.scan(scope.text, max(lo, start(c) - 4), start(c))
    if not lead or scope.text[lead[-1].end:start(c)].strip():
        return None
    totals = scope.hits("total", lo, lead[-1].start)
    if not totals:
        return None
    reach = word_table(scope.lang, "relations", "reach").scan(scope.text, lo, totals[0].start)
    return (reach[-1].end if reach else lo), lead[-1].start


def _before_share_noun(scope: Scope, lo: int, cue: WordHit) -> tuple[int, int] | None:
    """The words naming the whole before a share noun, opened by a share verb or a whole's lead word and closed
    by a `share_before` or whole-opening trail word right before the noun: "占全省进出口总值的比重超过四成",
    "在游客总数中占比逾四成"; None when the noun is not so framed."""
    text = scope.text
    relations = lexicon(scope.lang).relations
    words = relations.whole_opening
    gap = text[lo:cue.start].rstrip()
    close = next((w for w in sorted([*relations.share_before, *words.trail], key=len, reverse=True)
                  if w and gap.endswith(w)), None)
    if close is None:
        return None
    hi = lo + len(gap) - len(close)
    opener = scope.ctx.last_before("share", lo, hi)
    if opener is not None:
        begin = opener.end
    else:
        first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        lead = max((w for w in words.lead if w and text[first:hi].lower().startswith(w)), key=len, default=None)
        if lead is None:
            return None
        begin = first + len(lead)
    if hi - begin < 2 or scope.starting_in(begin, hi):
        return None  # no words, or a figure among them: not a name of the whole
    return begin, hi


_FULL_STOP = re.compile(r"[.!?](?=\s)|[。！？]")  # a sentence's end; a semicolon keeps the sentence's frame


def whole_words(scope: Scope, share: Claim) -> frozenset[str]:
    """The words that name a share's whole: after it in its clause ("chiếm 39,5% tổng lượng xuất khẩu",
    "15% of China's network"), between the share word and it ("占回收市场总规模的40%"), or, with none of
    those, the sentence's opening phrase when it names a whole ("医院床位中，公立医院床位571.2万张，约占八成",
    "Of exporters, …")."""
    lo, hi = scope.clause_of(share)
    tail = scope.phrases.tokens(end(share), _tail_end(scope, share, hi))
    cue = scope.ctx.last_before("share", lo, start(share))
    inner = scope.phrases.tokens(cue.end, start(share)) if cue is not None else frozenset()
    named_before = total_before(scope, share) if cue is None else _before_share_noun(scope, lo, cue)
    if named_before is not None and not inner - {"t:total"}:
        inner = inner | scope.phrases.tokens(*named_before)
    found = tail | inner
    if found - {"t:total"}:
        return found
    opening = _opening_whole(scope, share)
    if opening:
        return found | opening
    # a share that names no whole after one that did in its sentence shares that whole ("Hàn Quốc … chiếm 45,6%
    # lượng khách quốc tế; Trung Quốc … chiếm 21,7%", "占出口总额的31%，……占18%")
    sentence = scope.sentence_of(start(share))
    back = scope.previous_sentence(sentence)
    lo = back.start if back is not None and back.paragraph == sentence.paragraph else sentence.start
    earlier = [o for o in scope.starting_in(lo, start(share)) if o is not share and is_share(scope, o)]
    if earlier and (not _FULL_STOP.search(scope.text, end(earlier[-1]), start(share))
                    or (share.unit == "percent" and _bare_in_parentheses(scope, share))):
        # (a list of amounts with bare shares in parentheses goes on after a full stop: "…, or 39.1 pct of all
        # shipments. Germany bought 74,500 bags (12.2 pct), India 58,200 bags (9.5 pct)")
        return found | (whole_words(scope, earlier[-1]) - {"t:total"})
    return found


def _tail_end(scope: Scope, share: Claim, hi: int) -> int:
    """Where the words naming a share's whole after it end: at the clause's end, or, when the clause goes on
    to another figure after an "and" word, at that word ("46.8% of the national total and Veyrmouth 23.3%",
    "chiếm 46,8% tổng sản lượng và Hải Phòng 23,3%"): the words after it name the next figure."""
    following = scope.starting_in(end(share), hi)
    if not following:
        return hi
    joins = word_table(scope.lang, "cues", "list_and").scan(scope.text, end(share), start(following[0]))
    return joins[-1].start if joins else hi


def _opening(scope: Scope, share: Claim) -> tuple[int, int] | None:
    """The span of the share's sentence's opening phrase when it names a whole ("Of the 7.54 million,",
    "Trong số các ngân hàng,", "医院床位中，"), without its lead and trail words."""
    sentence = scope.sentence_of(start(share))
    lo = sentence.start
    opener = word_table(scope.lang, "relations", "discourse_opener").scan(scope.text, lo, min(start(share), lo + 24))
    if opener and not scope.text[lo:opener[0].start].strip():
        # "Đáng chú ý, tính trên tổng lượng thép bán ra, xuất khẩu chiếm 39,6%", "Notably, of all sales, …": the
        # phrase naming the whole comes after the discourse word
        gap = CLAUSE_GAP.match(scope.text, opener[0].end)
        lo = gap.end() if gap is not None else opener[0].end
    brk = CLAUSE_GAP.search(scope.text, lo, start(share))
    if brk is None:
        return None
    raw = scope.text[lo:brk.start()]
    opening = raw.strip().lower()
    if not opening:
        return None
    words = lexicon(scope.lang).relations.whole_opening
    lead = next((w for w in words.lead if opening.startswith(w + ("" if scope.phrases.han else " "))), None)
    trail = next((w for w in words.trail if opening.endswith(w)), None)
    if lead is None and trail is None:
        return None
    hi = lo + len(raw.rstrip()) - (len(trail) if trail else 0)
    lo += (len(raw) - len(raw.lstrip())) + (len(lead) if lead else 0)
    return lo, hi


def opening_figure(scope: Scope, share: Claim) -> Claim | None:
    """The one figure of an opening phrase that names a whole ("Of the 7.54 million, …")."""
    span = _opening(scope, share)
    if span is None:
        return None
    found = [o for o in scope.starting_in(*span) if is_quantity(o)]
    return found[0] if len(found) == 1 else None


def group_before(scope: Scope, part: Claim) -> Claim | None:
    """The group a part is counted out of, named just before it in its sentence: "251家上市公司中210家…",
    "在A股287家汽车行业上市公司中，有249家…", "trong số 120 doanh nghiệp, có 80 doanh nghiệp…", "out of 20
    banks, 12 …". The group's figure is the only one between the lead word (or the sentence start) and the
    trail word, and only a clause break or an existence word stands between the trail and the part."""
    sentence = scope.sentence_of(start(part))
    before = [o for o in scope.starting_in(sentence.start, start(part)) if end(o) <= start(part)]
    if not before or not is_quantity(before[-1]) or not compatible(before[-1], part):
        return None
    group = before[-1]
    words = lexicon(scope.lang).relations.whole_opening
    gap = scope.text[end(group):start(part)]
    trail = next((w for w in words.trail if w in gap), None)
    if trail is not None:
        rest = gap[gap.rindex(trail) + len(trail):].strip(" ,，、")
        if len(rest) > 2 or CLAUSE_GAP.search(gap[: gap.rindex(trail)]):
            return None
    else:
        lead_text = scope.text[max(sentence.start, start(group) - 16):start(group)].lower()
        lead = next((w for w in words.lead if lead_text.rstrip().endswith(w) and len(w) > 2), None)
        if lead is None or not CLAUSE_GAP.search(gap) or len(gap) > 40:
            return None
    return group if value_in(group, part.unit) > part.value else None


def _opening_whole(scope: Scope, share: Claim) -> frozenset[str]:
    """The words of a figure-free opening phrase that names a whole ("Trong số các ngân hàng, …")."""
    span = _opening(scope, share)
    if span is None or scope.starting_in(*span):
        return frozenset()
    return scope.phrases.tokens(*span)


_OPENING = re.compile(r"\s*[(（]\s*")


def parenthesized_whole(scope: Scope, share: Claim) -> Claim | None:
    """The figure given in parentheses right after the share's clause, after the words naming its whole."""
    lo, hi = scope.clause_of(share)
    opened = _OPENING.match(scope.text, hi)
    if opened is None:
        return None
    if not scope.phrases.tokens(end(share), opened.start()):
        # right after the share it gives the part's amount ("chiếm 30% (5 tỷ USD)"), unless the words naming the
        # whole came before the share ("完成全年计划的73.8%（2360亿元）", "占当月全系统发电量的三分之二（204亿千瓦时）")
        cue = scope.ctx.last_before("share", lo, start(share))
        if not (of_plan(scope, share) or total_before(scope, share) is not None
                or (cue is not None and scope.phrases.tokens(cue.end, start(share)))):
            return None
    inside = scope.starting_in(opened.end(), opened.end() + 1)
    return inside[0] if inside and is_quantity(inside[0]) else None


def plan_given(scope: Scope, w: Claim) -> bool:
    """A figure given in parentheses right after the words naming a plan that a percentage of its clause is a
    share of ("bằng 73,8% dự toán được giao cả năm (2.360 tỷ đồng)", "98% of the annual plan (1.2 million
    tonnes)"): the plan's own figure."""
    text = scope.text
    before = text[max(0, start(w) - 4):start(w)].rstrip()
    if not before.endswith(("(", "（")):
        return False
    opened = max(0, start(w) - 4) + len(before) - 1
    earlier = scope.starting_in(scope.sentence_of(opened).start, opened)
    last = earlier[-1] if earlier else None
    return (last is not None and last.unit == "percent" and opened - end(last) <= 48
            and scope.clause_of(last)[1] >= opened - 1 and of_plan(scope, last))


_SEMICOLON = re.compile(r"[;；]\s*\Z")


def frame_start(scope: Scope, sentence: Sentence) -> int:
    """Where the frame of a sentence begins: a semicolon keeps the sentence before open ("其中，医院42.6亿人次，
    占44.6%；基层医疗卫生机构50.7亿人次…": the second item is in the breakdown 其中 opens)."""
    lo = sentence.start
    for _ in range(4):
        back = scope.previous_sentence(scope.sentence_of(lo))
        if back is None or back.paragraph != sentence.paragraph or not _SEMICOLON.search(scope.text[back.start:lo]):
            break
        lo = back.start
    return lo


def listed_in(scope: Scope, part: Claim, whole: Claim, named: frozenset[str]) -> bool:
    """Whether a part named away from its share (not in the share's sentence) is listed in the breakdown the
    whole opens, and the share's words name that whole by its measure."""
    lo = frame_start(scope, scope.sentence_of(start(part)))  # ("Trong đó, …; phần còn lại là xuất khẩu …")
    cue = scope.ctx.last_before("parts", lo, start(part))
    if cue is None or not end(whole) <= cue.start or scope.paragraph(whole) != scope.paragraph(part):
        return False
    if any(o.unit == whole.unit and is_quantity(o) for o in scope.starting_in(end(whole), cue.start)):
        return False  # the breakdown opens on the last figure of the whole's kind before its word
    wanted = {t[2:] for t in named if t.startswith("m:")}
    own = {t[2:] for t in scope.about(whole) if t.startswith("m:")}
    return bool(wanted & own)


def _other_measure(scope: Scope, named: frozenset[str], o: Claim) -> bool:
    """Whether `o`'s words name measures only, none of them one the whole's words name or a related one."""
    wanted = {t[2:] for t in named if t.startswith("m:")}
    own = {t[2:] for t in scope.about(o) if t.startswith("m:")}
    return bool(own) and not any(a == b or metrics_related(a, b) for a in own for b in wanted)


def _same_measure(scope: Scope, named: frozenset[str], o: Claim) -> bool:
    """Whether `o`'s words name a measure the whole's words name."""
    return bool({t for t in named if t.startswith("m:")} & scope.about(o))


def of_named_measure(scope: Scope, named: frozenset[str], pool: list[Claim]) -> list[Claim]:
    """"tổng lượng thép bán ra" names sales: a figure its own words give as another measure ("sản xuất 24,6 triệu tấn
    thép", production) is not that whole, whatever other words they share; only when some figure is given as that
    measure ("total grocery spending" may name the sales figure)."""
    if not any(t.startswith("m:") for t in named):
        return pool
    kept = [o for o in pool if not _other_measure(scope, named, o)]
    return kept if any(_same_measure(scope, named, o) for o in kept) else pool


def combined(scope: Scope, lo: int, hi: int) -> bool:
    """text[lo:hi] names a sum of listed things: a together word ("合计", "combined", "tổng cộng") after a list
    joiner ("风电、光伏合计", "wind and solar combined")."""
    together = word_table(scope.lang, "relations", "together").scan(scope.text, lo, hi)
    if not together:
        return False
    head = scope.text[lo:together[-1].start]
    return "、" in head or bool(word_table(scope.lang, "cues", "list_and").scan(head, 0, len(head)))


def narrowed(scope: Scope, share: Claim, pool: list[Claim], content: frozenset[str], by_counted: bool) -> list[Claim]:
    """The wholes a share's words may name, without the sums of listed things (unless the share is one) and, by the
    words, without the figures of another measure."""
    if not combined(scope, scope.clause_of(share)[0], start(share)):
        # "风电、光伏合计装机14.1亿千瓦" sums listed things: no whole of a share named by one of them
        pool = [o for o in pool if not combined(scope, scope.clause_of(o)[0], start(o))]
    return pool if by_counted else of_named_measure(scope, content, pool)


def listable(scope: Scope, o: Claim, roughly: bool = False) -> bool:
    """A figure that may be one item of a listed breakdown: an amount, not a change, base, balance or rank; with
    `roughly`, one given with a hedge of closeness too ("about", "khoảng", "约"), never a bound ("more than")."""
    if roughly and o.hedge == Hedge.ABOUT and o.high is None:
        o = o.model_copy(update={"hedge": None})
    return (is_quantity(o) and o.hedge is None and not scope.is_delta(o) and not scope.is_base(o)
            and not scope.is_signed(o) and not scope.is_group_count(o))


def _parenthesized_part(scope: Scope, c: Claim) -> Claim | None:
    from validator.link.share_appositions import parenthesized_part  # (it reads `parenthesized_whole` from here)
    return parenthesized_part(scope, c)


def together_share(scope: Scope, lo: int, share: Claim) -> bool:
    """Whether a "together" word between `lo` and the share sums the shares ("合计占全国比重为82.42%", "Together
    they account for 95%", "Cộng lại, hai tỉnh chiếm hơn 60%"), not an amount stated after it, of which the share
    is then an ordinary one ("对RCEP成员国合计进出口1.02万亿元，占26.1%", "together shipped 1.2 million tonnes, or 26%
    of the total", "cộng lại đạt 1,2 triệu tấn, chiếm 26%")."""
    hits = word_table(scope.lang, "relations", "together").scan(scope.text, lo, start(share))
    if not hits:
        return False
    return not any(is_quantity(o) and not scope.is_group_count(o) and o.value > 10
                   for o in scope.starting_in(hits[-1].end, start(share)))
