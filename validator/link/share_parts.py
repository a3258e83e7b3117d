"""The part of a share: the figure its clause is about ("xe du lịch đạt 31.504 chiếc, chiếm 75,5%"), a figure in
apposition after it ("…15% of the network, or about 390,000 units"), the figure of the sentence before that the
clause points back to ("Con số này chiếm…"), or a figure elsewhere whose words carry the share's subject
("Riêng thị trường Philippines đã chiếm 46,2%…")."""

from __future__ import annotations

import functools
import re

from validator.extract.context import Sentence
from validator.lexicon import alternation, word_table
from validator.link.anaphora import pointing_back
from validator.link.hypotheses import CLAUSE, EXPLICIT, SENTENCE
from validator.link.scope import Scope, end, is_quantity, start
from validator.link.share_appositions import comma_apposed_part, parenthesized_part
from validator.link.share_totals import named_prior, prior_share
from validator.link.share_words import together_share, total_before
from validator.model import Claim

# the evidence of a part named away from its share by its words
NAMED_PART = "its words carry the share's subject"
# how far away (in paragraphs) a part named only by its words may stand
_REACH = 6


def share_parts(scope: Scope, share: Claim) -> list[tuple[Claim, float, str]]:
    """(part, strength, why), likeliest first. A prior period's share ("占…比重由去年同期的74.6%升至78.1%", "from
    35.2% a year earlier to 39.9%") is of the prior part, never of the current one."""
    found = _share_parts(scope, share)
    if prior_share(scope, share):
        found = [p for p in found if named_prior(scope, p[0]) or scope.is_base(p[0])]
    return found


def _share_parts(scope: Scope, share: Claim) -> list[tuple[Claim, float, str]]:
    clause = scope.clause_of(share)
    if together_share(scope, clause[0], share):
        return []  # "合计占全国比重为82.42%", "together account for 95%": the sum of the shares listed, no figure
    # bound by the sentence's structure, named by its order ("the latter"), or restated in apposition
    if (bound := _bound(scope, share, clause)) is not None or (bound := _restated(scope, share)) is not None:
        return bound
    text = scope.text
    sentence = scope.sentence_of(start(share))
    clause = scope.clause_of(share)
    found: list[tuple[Claim, float, str]] = []
    before = [o for o in scope.starting_in(sentence.start, start(share)) if is_quantity(o) and end(o) <= start(share)]
    before = [o for o in before if not scope.is_base(o) and not scope.is_group_count(o) and not scope.is_delta(o)]
    openers = scope.ctx.between("share", clause[0], start(share))
    if openers:  # "占30城成交总量的比重不到三成": a figure after the share word names the whole, not the part
        before = [o for o in before if start(o) < openers[0].start]
    if before and scope.ctx.last_before("parts", end(before[-1]), start(share)) is not None:
        # "吸引观众31.6万人次，其中外地观众占比约72%", "5 million, of which 40% …": a breakdown word between them
        # makes the figure the whole the share is of, not its part; the part is not stated
        return []
    if before:
        part = before[-1]
        gap = text[end(part):start(share)]
        cue = scope.ctx.last_before("share", end(part), start(share))
        lead = gap[: cue.start - end(part)] if cue is not None else gap
        opens = openers[0] if openers else cue  # the share word that opens the share's phrase ("占…的比重")
        between = [o for o in scope.starting_in(end(part), opens.start if opens else start(share)) if is_quantity(o)]
        apposed = word_table(scope.lang, "relations", "apposition").scan(text, end(part), start(share))
        if apposed and not between and len(text[end(part):start(share)]) <= 24:
            found.append((part, EXPLICIT, f"the share restates it ('{apposed[0].word}')"))
        elif cue is not None and len(lead.strip(" ,，、")) <= 2:
            if _ends_list(scope, before):
                # "Tân Sơn Nhất (21,3 triệu lượt), Nội Bài (15,2 triệu lượt) và Đà Nẵng (7,1 triệu lượt), chiếm
                # 69,8%": the share may speak of the whole list, not of its last item
                found.append((part, 0.6, "the last of a list of figures the share word follows"))
            else:
                found.append((part, EXPLICIT, "the figure the share word follows"))
        elif not between and opens is not None and opens.start <= clause[0] + 2:
            # "…đạt 12,866 triệu chiếc, tăng 35,5%…, chiếm 70,5%…": a clause opened by the share word speaks
            # of the sentence's figure
            found.append((part, 0.9, "the sentence's figure, which the share's clause speaks of"))
        elif not between and start(part) < clause[0] and _opens_after_change(scope, share, clause[0]):
            # "…đạt 1,68 tỷ USD, tăng 8,5% và tương đương 22,4% kim ngạch toàn ngành": its change, then the share
            found.append((part, 0.85, "the sentence's figure, whose change the share's clause follows"))
        elif (start(part) < clause[0] and not _ends_list(scope, before)
              and _changes_between(scope, part, share, clause[0])):
            # "对中东地区出口27.8GW，同比增长68.5%，在出口总量中的占比升至16.2%", "shipped 27.8 GW, up 68.5%, lifting
            # its share of total exports to 16.2%": the sentence's figure, then its own change, then the share (not
            # the last of a list: "产销分别完成100万辆和110万辆，同比分别增长…，…达到总销量的44%" may speak of either)
            found.append((part, 0.85, "the sentence's figure, whose change alone stands before the share's clause"))
        elif clause[0] <= start(part):
            found.append((part, CLAUSE, "same clause"))
        elif start(part) < clause[0] and (named := _named_before(scope, share, before, part)) is not None:
            # "分为公司贷款4210亿元、个人贷款2187亿元和票据贴现445亿元，公司贷款占比61.5%": the share's own clause
            # names one figure of its sentence by its words, which beats the sentence's last figure
            found.append((named, 0.85, "the figure of its sentence the share's own clause names by its words"))
        elif not between and start(part) < clause[0] and len(_own_words(scope, share, clause[0])) <= (
                6 if scope.phrases.han else 14):
            # "…, 2.88 million had been waiting longer than 18 weeks - more than 40% of the total": a clause of
            # nothing but the share restates the sentence's figure
            found.append((part, 0.85, "the sentence's figure, which the share's own clause restates"))
        elif (pointing_back(scope, clause[0], start(share))
              and not _names_another(scope, share, part)):
            # "Morrisons' sales slipped 0.4% to £2.91bn, and its share fell … to 9.6%"
            found.append((part, 0.85, "the share's clause points back to it"))
        elif max(scope.covers(words := part_words(scope, share), part), scope.named_by(words, part)) >= 0.8:
            # "…其中高铁4.6万公里，高铁里程占比已超过三成": the share's clause names the part's own words
            found.append((part, 0.85, "the share's clause names it by its words"))
        elif start(part) < clause[0] and _names_another(scope, share, part):
            # "全省建成医共体86个，覆盖全部县，基层医疗卫生机构诊疗量占总诊疗人次的58.3%": the share's clause names a
            # subject of its own, which the figure of an earlier clause does not carry: the part is named by it
            found.extend(_named_parts(scope, share, set()))
            found.append((part, 0.45, "same sentence, another clause"))
        else:
            found.append((part, SENTENCE, "same sentence"))
    found.extend(_after_share(scope, share, sentence))
    if not before and not any(s >= EXPLICIT for _, s, _ in found):  # (an apposed part, "or $1.08bn", has no rival)
        found.extend(_named_or_pointed(scope, share, sentence, {p.id for p, _, _ in found}))
    return found


def _restated(scope: Scope, share: Claim) -> list[tuple[Claim, float, str]] | None:
    """The part a share restates in apposition (`share_appositions`), or None."""
    given = parenthesized_part(scope, share)
    if given is not None:  # "有一半以上（8620户）", "more than half (8,620 households)": the amount it stands for
        return [(given, EXPLICIT, "in parentheses right after the share")]
    restated = comma_apposed_part(scope, share)
    if restated is not None:  # "A third of the state's 6,850 bridges, 1,420 structures, are …"
        return [(restated, CLAUSE, "set off by commas after the words naming the share's whole, restating both")]
    return None


def _bound(scope: Scope, share: Claim, clause: tuple[int, int]) -> list[tuple[Claim, float, str]] | None:
    """The part the sentence's structure binds to the share ("…分别为2615万千瓦和1872万千瓦，分别占…的25.6%和18.4%";
    none when the share is its own figure), or the one named by its order ("… £13.3bn and overseas students £12.1bn -
    meaning the latter now supply more than 50%"); None when neither designates it."""
    own = scope.own_figure(share)
    if own is not None:
        return [] if own is share else [(own, EXPLICIT, "bound to it by the sentence's structure")]
    ordered = _by_order(scope, share, clause)
    return [ordered] if ordered is not None else None


def _by_order(scope: Scope, share: Claim, clause: tuple[int, int]) -> tuple[Claim, float, str] | None:
    """"… UK students paid £13.3bn and overseas students £12.1bn - the latter supply 48%", "出口4510亿元、进口2080亿元，
    前者占比超过六成", "… 27,3 tỷ và 8,6 tỷ; con số sau chiếm 24%": one word naming one of the two things named
    before by its order (`relations.former_latter`) as the subject of the share's clause designates that figure: the
    last two figures of one kind before the clause, in its sentence or the one before it in the paragraph."""
    hits = word_table(scope.lang, "relations", "former_latter").scan(scope.text, clause[0], start(share))
    if len(hits) != 1:
        return None
    sentence = scope.sentence_of(start(share))
    back = scope.previous_sentence(sentence)
    first = back.start if back is not None and back.paragraph == sentence.paragraph else sentence.start
    figures = [o for o in scope.starting_in(first, clause[0]) if is_quantity(o) and end(o) <= clause[0]
               and o.unit not in ("percent", "point", "times") and not scope.is_group_count(o)
               and not scope.is_base(o) and not scope.is_delta(o)]
    if len(figures) < 2 or figures[-2].unit != figures[-1].unit:
        return None
    named = figures[-1] if hits[0].label == "latter" else figures[-2]
    return named, EXPLICIT, f"named '{hits[0].word}' by its order among {figures[-2].text} and {figures[-1].text}"


def _after_share(scope: Scope, share: Claim, sentence: Sentence) -> list[tuple[Claim, float, str]]:
    """The first figure after the share in its sentence, when an apposition ("…15% of the network, or about 390,000
    units") or an amount word gives it as the part."""
    for o in scope.starting_in(end(share), sentence.end):
        if not is_quantity(o):
            continue
        lead_lo = scope.after_previous(o)
        if word_table(scope.lang, "relations", "apposition").scan(scope.text, max(lead_lo, start(o) - 16), start(o)):
            return [(o, EXPLICIT, "in apposition after the share")]
        if (amount := _amount_word(scope, share, o)) is not None:
            return [(o, CLAUSE, f"the amount the share stands for, after it ('{amount}')")]
        return []
    return []


def _named_or_pointed(scope: Scope, share: Claim, sentence: Sentence, taken: set[str]
                      ) -> list[tuple[Claim, float, str]]:
    """The parts named by the share's words, and the figure of the sentence before; one designation when they agree
    ("Exports climbed 10.5% to 6.42 million tonnes … Shipments abroad made up 32.4% of …")."""
    named = _named_parts(scope, share, taken)
    back = _pointed_back(scope, share, sentence)
    if len(named) == 1 and back and back[0][0] is named[0][0] and named[0][1] < CLAUSE:
        part, _, why = named[0]
        return [(part, CLAUSE, why + ", the figure of the sentence right before")]
    return named + back


def _opens_after_change(scope: Scope, share: Claim, lo: int) -> bool:
    """Whether the share's clause opens on a change and then the word that sets the share ("tăng 8,5% và tương
    đương 22,4%", "up 8.5% and accounting for 22.4%"): before that word, only changes and a few words of their own."""
    text = scope.text
    while 2 <= lo < len(text) and text[lo - 1] == "," and text[lo - 2].isdigit() and text[lo].isdigit():
        lo = scope.ctx.clause_of(lo - 2, lo - 2)[0]  # a decimal comma ("8,5%") breaks no clause
    words = [*word_table(scope.lang, "relations", "apposition").scan(scope.text, lo, start(share)),
             *scope.ctx.between("share", lo, start(share))]
    if not words:
        return False
    hi = min(w.start for w in words)
    inside = scope.starting_in(lo, hi)
    if not inside or any(o.unit != "percent" or not scope.is_change(o) for o in inside):
        return False
    rest = scope.text[lo:hi]
    for o in inside:
        rest = rest.replace(o.text, "")
    return len(rest.strip(" ,，、")) <= (6 if scope.phrases.han else 16)


def _changes_between(scope: Scope, part: Claim, share: Claim, lo: int) -> bool:
    """Whether only the part's own changes stand between it and the share's clause (opening at `lo`): one or more
    percentages read as changes, in clauses of a few words of their own, and no figure in the share's clause before
    the share; the share's clause names no subject of its own that the part does not carry."""
    inside = scope.starting_in(end(part), lo)
    if not inside or any(o.unit not in ("percent", "point") or not scope.is_change(o) for o in inside):
        return False
    if any(start(o) < start(share) for o in scope.starting_in(lo, start(share))):
        return False
    rest = scope.text[end(part):lo]
    for o in inside:
        rest = rest.replace(o.text, "")
    if len(rest.strip(" ,，、;；")) > (8 if scope.phrases.han else 24) * len(inside):
        return False
    return not _names_another(scope, share, part)


def _amount_word(scope: Scope, share: Claim, o: Claim) -> str | None:
    """"…roughly a third of the port's export boxes, at 0.62 million TEU", "约占全国的三成，达1.2亿吨": after the
    share's phrase and a comma, a `share_amount` word right before the first figure gives the amount the share
    stands for, its part."""
    lo = max(end(share), start(o) - 16)
    hits = word_table(scope.lang, "relations", "share_amount").scan(scope.text, lo, start(o))
    if not hits or scope.text[hits[-1].end:start(o)].strip():
        return None
    if not re.search(r"[,，]\s*$", scope.text[end(share):hits[-1].start]):
        return None
    return hits[-1].word


def _pointed_back(scope: Scope, share: Claim, sentence: Sentence) -> list[tuple[Claim, float, str]]:
    """The last figure of the sentence before, which the share's clause may point back at: "Con số này chiếm
    39,5%…", "This accounted for…" (strong with such a word, weak without)."""
    previous = scope.previous_sentence(sentence)
    if previous is None or previous.paragraph < sentence.paragraph - 1:
        return []
    # the figure reached, not the base it is compared with ("…climbed 10.5% to 6.42 million tonnes from 5.81
    # million tonnes. Shipments abroad made up 32.4%…")
    amounts = [o for o in scope.starting_in(previous.start, previous.end) if is_quantity(o)
               and not scope.is_base(o) and not scope.is_delta(o)]
    if not amounts:
        return []
    anaphora = pointing_back(scope, sentence.start, start(share))
    strength = 0.9 if anaphora else 0.45
    return [(amounts[-1], strength, "named in the sentence before" +
             (f", '{anaphora[0].word}' points to it" if anaphora else ""))]


# between two items of a list of figures, each perhaps named ("A (21,3 triệu), B (15,2 triệu) và C (7,1 triệu)"):
# a separator, perhaps an "and" word, a name of at most three words (not a clause with its verb), perhaps an
# opening parenthesis
_ITEM_GAP = (r"[\s)）]*(?:[,，、;；]\s*(?:{and}\s*)?|\s*(?:{and})\s*)"
             r"(?:[^\d\s,，;；()（）]{{1,12}}(?:\s+[^\d\s,，;；()（）]{{1,12}}){{0,2}})?\s*[(（]?\s*")


def _ends_list(scope: Scope, before: list[Claim]) -> bool:
    """Whether the last figure before a share closes a list of like figures (same unit, joined as items)."""
    if len(before) < 2:
        return False
    a, b = before[-2], before[-1]
    if a.unit != b.unit:
        return False
    return bool(_item_gap(scope.lang).fullmatch(scope.text, end(a), start(b)))


@functools.cache
def _item_gap(language: str) -> re.Pattern[str]:
    alt = alternation(language, "cues", "list_and")
    return re.compile(_ITEM_GAP.format(**{"and": f"(?:{alt})"}), re.IGNORECASE)


def _own_words(scope: Scope, share: Claim, lo: int) -> str:
    """The words of a share's clause before it, without the name of its whole ("不到总诊疗量的一半": "不到")."""
    if scope.ctx.between("share", lo, start(share)):
        return scope.text[lo:start(share)].strip(" -–—,")  # "新疆总产能约占本区域总产能的30%": a clause of its own
    named = total_before(scope, share)
    if named is not None and named[0] >= lo:
        return (scope.text[lo:named[0]] + scope.text[named[1]:start(share)]).strip(" -–—,")
    return scope.text[lo:start(share)].strip(" -–—,")


def _named_before(scope: Scope, share: Claim, before: list[Claim], last: Claim) -> Claim | None:
    """The one figure of the share's sentence, before its clause, whose own label the share's clause repeats as its
    subject (the words before the share word): "分为公司贷款4210亿元、个人贷款2187亿元和票据贴现445亿元，公司贷款占比
    61.5%", "corporate loans of $421bn, household loans of $219bn and bills of $44bn; corporate loans made up
    61.5%" — that figure, not the sentence's last one `last`, is the part."""
    text = scope.text
    lo = scope.clause_of(share)[0]
    cue = scope.ctx.last_before("share", lo, start(share))
    hi = cue.start if cue is not None else start(share)
    if scope.starting_in(lo, hi):
        return None
    leads = word_table(scope.lang, "relations", "discourse_opener").scan(text, lo, hi) + word_table(
        scope.lang, "cues", "list_and").scan(text, lo, hi)
    for h in sorted(leads, key=lambda h: h.start):  # "and corporate loans …", "此外，…": no part of the subject
        if not text[lo:h.start].strip(" ,，、"):
            lo = h.end
    subject = text[lo:hi].strip(" ,，、:：-–—").lower()
    if len(subject) < (2 if scope.phrases.han else 4):
        return None
    sentence = scope.sentence_of(start(share))
    named = []
    prev = sentence.start
    for o in scope.starting_in(sentence.start, lo):
        label = text[prev:start(o)].lower()
        prev = end(o)
        if o in before and "/" not in o.unit and subject in label:
            named.append(o)
    if len(named) != 1 or named[0] is last:
        return None
    return named[0]


def _names_another(scope: Scope, share: Claim, part: Claim) -> bool:
    """Whether the share's clause names its part by words the figure before it does not carry at all: "…60家企业集团
    之一，其水泥产能接近新疆总产能的30%" points back at the company, and speaks of its capacity, not of the 60."""
    lo = scope.clause_of(share)[0]
    inside = scope.starting_in(lo, start(share))
    hi = start(inside[0]) if inside else start(share)  # its own words, before any figure of the clause
    words = {t for t in scope.phrases.tokens(lo, hi) if not t.startswith(("m:", "t:", "p:"))}
    return bool(words) and scope.covers(frozenset(words), part) == 0.0


def part_words(scope: Scope, share: Claim) -> frozenset[str]:
    """The words that name a share's part when its clause gives no figure: its subject, before the share word
    ("Riêng thị trường Philippines đã chiếm 46,2%…", "广告…占公司总营收的43.9%")."""
    sentence = scope.sentence_of(start(share))
    cue = scope.ctx.last_before("share", sentence.start, start(share))
    lo = scope.clause_of(share)[0]
    if cue is not None and (cue.start < lo or not scope.text[lo:cue.start].strip()):
        lo = sentence.start  # the share word opens its clause: the subject is the sentence's opening words
    hi = cue.start if cue is not None else start(share)
    opener = word_table(scope.lang, "relations", "discourse_opener").scan(scope.text, lo, min(hi, lo + 24))
    if opener and not scope.text[lo:opener[0].start].strip():
        lo = opener[0].end  # "Đáng chú ý, hàng nhập khẩu …", "Notably, imports …": no part of the subject
    words = _outside_asides(scope, *_subject_span(scope, lo, hi))
    # ("the aforementioned Korean visitors", "上述韩国游客": the marker names nothing)
    for said in word_table(scope.lang, "relations", "named_before").scan(scope.text, lo, hi):
        words -= scope.phrases.tokens(max(lo, said.start - 1), min(hi, said.end + 1))
    return words


# between a speech word and what is said: "分析说，", "表示：", "said that", "cho biết,"
_AFTER_SPEECH_HAN = re.compile(r"[说道称]?\s*[,，:：]?\s*")
_AFTER_SPEECH = re.compile(r"\s*[,:]?\s*(?:that\s+|rằng\s+|là\s+)?", re.IGNORECASE)


def _subject_span(scope: Scope, lo: int, hi: int) -> tuple[int, int]:
    """The subject within a share's leading words: after a speaker ("负责人分析说，东盟…", "an analyst said ASEAN
    …"), before the role or standing it is given ("东盟继续保持第一大贸易伙伴地位", "ASEAN remained the largest
    partner", "ASEAN với vai trò đối tác lớn nhất"): that predicate names what the subject is, not the part."""
    text = scope.text
    spoken = word_table(scope.lang, "relations", "speech").scan(text, lo, hi)
    if spoken:
        after = (_AFTER_SPEECH_HAN if scope.phrases.han else _AFTER_SPEECH).match(text, spoken[-1].end, hi)
        if after is not None and scope.phrases.tokens(after.end(), hi):
            lo = after.end()
    standing = word_table(scope.lang, "relations", "standing").scan(text, lo, hi)
    if standing and scope.phrases.tokens(lo, standing[0].start):
        hi = standing[0].start
    return lo, hi


# an aside inside a phrase: between paired dashes ("hàng nhập khẩu – chủ yếu là than, quặng – chiếm"), or in
# parentheses
_ASIDE = re.compile(r"\s[–—-]\s[^–—\n]{1,100}?\s[–—-]\s|[(（][^()（）\n]{1,100}[)）]")


def _outside_asides(scope: Scope, lo: int, hi: int) -> frozenset[str]:
    """The words of text[lo:hi] without its asides: what an aside lists ("– mostly coal and ore –") is not the
    subject the phrase names."""
    words: frozenset[str] = frozenset()
    at = lo
    for m in _ASIDE.finditer(scope.text, lo, hi):
        words |= scope.phrases.tokens(at, m.start())
        at = m.end()
    return words | scope.phrases.tokens(at, hi)


def _named_parts(scope: Scope, share: Claim, taken: set[str]) -> list[tuple[Claim, float, str]]:
    """Figures elsewhere whose words carry the share's subject words (the part named away from its share)."""
    words = part_words(scope, share)
    distinctive = {t for t in words if not t.startswith(("m:", "t:", "p:"))}
    by_metric = not distinctive and any(t.startswith("m:") for t in words)
    if not distinctive and not by_metric:
        return []
    para = scope.paragraph(share)
    clause = scope.clause_of(share)
    found = []
    for o in scope.in_paragraphs(para - _REACH, para + _REACH):
        if o.id in taken or not is_quantity(o) or o is share or "/" in o.unit:
            continue  # a price or a rate per unit ("$120 a tonne") is no part of a whole
        if end(share) <= start(o) < clause[1]:
            continue  # "64.5% of the world's 30.2 million TEU": named after the share, it is the whole
        if scope.is_base(o) or scope.is_delta(o) or scope.is_signed(o) or scope.is_group_count(o):
            continue  # the k of a top group ("the 4 largest banks held 52%") is a rank, not the part
        cover = scope.covers(words, o)
        if cover < 0.6 and (subject := _sentence_subject(scope, o)):
            cover = scope.covers(words, o, subject)
        if cover >= 0.6:
            found.append((o, cover))
    if not found:
        return []
    best = max(cover for _, cover in found)
    top = [o for o, cover in found if cover >= best - 0.02]
    unique = len({o.value for o in top}) == 1
    strength = (0.8 if best >= 0.8 else 0.7) if unique else 0.45
    if unique and _said_before(scope, share):
        strength = CLAUSE  # "lượng khách Hàn Quốc nói trên chiếm 43,8%": the words say the article named it before
    if by_metric:
        # "…, xuất khẩu chiếm 39,6%", "Shipments abroad made up 32.4%": a part named by its metric alone is the one
        # figure of that metric near it, no more than a plausible reading
        strength = min(strength, 0.7)
    return [(o, strength, f"{NAMED_PART} ({best:.2f})") for o in top]


def _said_before(scope: Scope, share: Claim) -> bool:
    """Whether the share's clause, before it, says its part was named before ("the aforementioned Korean visitors
    made up 43.8%", "lượng khách Hàn Quốc nói trên chiếm", "上述韩国游客占"): `relations.named_before`."""
    clause = scope.clause_of(share)
    return bool(word_table(scope.lang, "relations", "named_before").scan(scope.text, clause[0], start(share)))


def _sentence_subject(scope: Scope, o: Claim) -> frozenset[str]:
    """The words opening the sentence of `o` when it is its first figure and its clause comes after them: the
    subject a figure's verb speaks of across an apposition ("Port Calder, the largest gateway, handled 17.9 mln
    TEUs", "Cảng Cái Mép, cụm cảng lớn nhất, đạt 7,5 triệu TEU")."""
    sentence = scope.sentence_of(start(o))
    lo = scope.clause_of(o)[0]
    if lo <= sentence.start or scope.starting_in(sentence.start, start(o)):
        return frozenset()
    return scope.phrases.tokens(sentence.start, lo)
