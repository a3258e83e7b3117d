"""Top-k within top-m: percentages that a top group of k speaks for ("năm quốc gia hàng đầu chiếm gần
50%", "前五家企业合计占比86.2%", "the top 10 for 81%"), paired within a paragraph."""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from validator.extract.numerals import parse_number
from validator.lexicon import WordHit, WordTable, lexicon, section, word_table
from validator.link.hypotheses import CLAUSE, EXPLICIT, Hypothesis
from validator.link.phrases import _WORD, _stem, labels
from validator.link.scope import Scope, end, start
from validator.model import Claim, SubsetRelation

# what a top group can be counted in: "5 mẫu", "mười quốc gia", "five" (not "10 tháng", not "5.000 xe")
_GROUP_UNITS = ("item", "company", "country", "city", "brand", "model", "kind", "place")
# the top groups after one that may rank with it: an article names a ranking's groups together ("top three …
# top five … top ten"), so only the next few are weighed; pairing every two groups of a long document (a
# digest, an archive in one file) would make its hypotheses grow with the square of its length
NEAREST = 12


# the label of a share word ("thị phần", "market share", "份额"): it says the figure is a share, not of what whole
# nor by what metric ("5 đơn vị dẫn đầu chiếm 48,5% kim ngạch xuất khẩu" … "10 doanh nghiệp lớn nhất nắm giữ 46,2%
# thị phần")
_SHARE = frozenset({"m:share"})


def find_subsets(scope: Scope) -> list[Hypothesis]:
    """Pairs of top groups' percentages that read as one ranking (a top k within a top m), each group weighed
    with the `NEAREST` groups after it."""
    ranked: list[tuple[int, int, Claim]] = []
    for c in scope.claims:
        if c.unit != "percent":
            continue
        found = _top_count(scope, c)
        if found is not None:
            ranked.append((found[0], found[1], c))
    out: list[Hypothesis] = []
    words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # each group's `_ranking_words`, read once
    told = _told_by_sentence(scope, ranked)
    for i, (k1, s1, c1) in enumerate(ranked):
        for k2, s2, c2 in ranked[i + 1:i + 1 + NEAREST]:
            if k1 == k2 or _two_rankings(scope, told, c1, c2):
                continue
            # one dated, one not: the undated one is read in the other's period; two different dates are two
            # different rankings
            if c1.period is not None and c2.period is not None and c1.period.same_as(c2.period) is not True:
                continue
            strength, why = _one_ranking(scope, (s1, c1), (s2, c2), words)
            if not strength:
                continue
            (k, inner), (m, outer) = sorted(((k1, c1), (k2, c2)), key=lambda x: x[0])
            h = Hypothesis(f"subset:{inner.id}:{outer.id}")
            h.add(SubsetRelation(kind="subset", inner=inner.id, outer=outer.id, k=k, m=m), strength,
                  f"top {k} ({inner.text}) within top {m} ({outer.text}), {why}")
            out.append(h)
    return out


def _told_by_sentence(scope: Scope, ranked: list[tuple[int, int, Claim]]) -> dict[int, dict[int, set[Decimal]]]:
    """The top groups' shares each sentence states, by count: {sentence start: {k: values}}."""
    told: dict[int, dict[int, set[Decimal]]] = {}
    for k, _, c in ranked:
        told.setdefault(scope.sentence_of(start(c)).start, {}).setdefault(k, set()).add(c.value)
    return told


def _two_rankings(scope: Scope, told: dict[int, dict[int, set[Decimal]]], a: Claim, b: Claim) -> bool:
    """Two sentences that give the same top count other shares rank other things ("PCS前十家合计71.3%。系统集成
    前八家占比95.4%，前十家为96.0%"; "the top ten hold 71.3% of inverters … the ten largest integrators 96.0%"):
    no group of one is within a group of the other."""
    sa, sb = scope.sentence_of(start(a)).start, scope.sentence_of(start(b)).start
    if sa == sb:
        return False
    mine, theirs = told[sa], told[sb]
    return any(k in theirs and mine[k] != theirs[k] for k in mine)


def _one_ranking(scope: Scope, first: tuple[int, Claim], second: tuple[int, Claim],
                 words: dict[str, tuple[frozenset[str], frozenset[str]]]) -> tuple[float, str]:
    """How strongly two top groups' percentages are one ranking of one whole, and why (0 when they are not).

    In one sentence they are ("the top three shipped 38.2% of all modules, and the top five 61.4%"). Apart,
    the words of both must name the same ranked things and a like whole: "the five largest polysilicon
    producers control 93.7% of output" is another ranking than the module makers' top three, and the three
    banks biggest in deposits another than the five biggest in loans. `words` keeps each group's words
    (`_ranking_words`) for the next pair.
    """
    if scope.same_sentence(first[1], second[1]):
        return EXPLICIT, "same sentence"
    for group, c in (first, second):
        if c.id not in words:
            words[c.id] = _ranking_words(scope, group, c)
    ranked_a, all_a = words[first[1].id]
    ranked_b, all_b = words[second[1].id]
    things = {t for t in ranked_a & ranked_b if ":" not in t}
    metrics_a, metrics_b = labels(all_a, "m:") - _SHARE, labels(all_b, "m:") - _SHARE
    if metrics_a and metrics_b and not metrics_a & metrics_b:
        return 0.0, ""  # loans and deposits, output and shipments
    if scope.paragraph(first[1]) == scope.paragraph(second[1]):
        # next to each other, a ranking goes on ("The top 10 control 84.6%") unless the groups name other
        # things ("manufacturers" and "polysilicon producers") or the shares are of other wholes ("of crude",
        # "of capacity")
        nouns_a, nouns_b = _names_things(scope, *first), _names_things(scope, *second)
        things |= nouns_a & nouns_b  # "Ba thị trường lớn nhất … Năm thị trường dẫn đầu": both count markets
        if not things and (nouns_a and nouns_b or _other_wholes(scope, first, second)):
            return 0.0, ""
        return CLAUSE, "same paragraph"
    # apart, a group that names what it counts ("前五大院线", "the four largest developers") ranks those things:
    # a group whose words never name them ranks others ("档期票房前三名" ranks films, by box office too)
    for (group, c), other in ((first, ranked_b | all_b), (second, ranked_a | all_a)):
        nouns = _names_things(scope, group, c, own=True)
        if nouns and not nouns & other:
            return 0.0, ""
    # apart, what both rank: their shared words, or the metric their ranked nouns name ("top 10 customers" and
    # "top 25 customers": m:users)
    things |= {t for t in ranked_a & ranked_b if t.startswith("m:")}
    if not things:
        return 0.0, ""
    # both market shares with no other metric named ("前五大品牌合计占据84.2%的市场份额" … "前十大品牌合计份额为
    # 83.9%") are shares of one market; else a like whole needs a word besides the ranked things
    shares_only = not metrics_a and not metrics_b and _SHARE <= all_a & all_b
    if not metrics_a & metrics_b and not shares_only and not {t for t in all_a & all_b if ":" not in t} - things:
        return 0.0, ""
    return CLAUSE, f"paragraphs apart, both ranking {'/'.join(sorted(things))} by a like whole"


def _ranking_words(scope: Scope, group: int, c: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """The words naming what a top group ranks (from the group to its percentage, the count and the top words
    aside), and all the words of its sentence (which say what it is ranked by). A group that names nothing
    ("and the top five 61.4%") ranks what the sentence named before it. Words are cut to their first five
    letters, a light stem that makes "module" and "modules" one word."""
    sentence = scope.sentence_of(start(c))
    ranked = _keys(scope, _group_end(scope, group, start(c)), start(c))
    if not any(":" not in t for t in ranked):
        ranked = _keys(scope, sentence.start, start(c))
    return ranked, _keys(scope, sentence.start, sentence.end)


def _group_end(scope: Scope, group: int, hi: int) -> int:
    """Where the top group's count and top words end, and in Chinese its measure word ("前五家|", "CR10|",
    "前五大|品牌"): the words after it name what it ranks."""
    found = [e for s, e, _ in _top_groups(scope, group, hi) if s == group]
    if not found:
        return group
    pos = found[0]
    if scope.phrases.han:
        measure = section(scope.lang, "cues", "top_measure") or []
        pos += next((len(w) for w in sorted(measure, key=len, reverse=True) if scope.text.startswith(w, pos)), 0)
    return pos


def _other_wholes(scope: Scope, a: tuple[int, Claim], b: tuple[int, Claim]) -> bool:
    """Whether two top groups' percentages both name what they are of and name other things ("of all modules",
    "of output"). A percentage naming nothing after it ("and the top five 61.4%") is of what the percentage
    before it in its sentence is of, or of the whole its sentence names before the group ("of the 2.3 GW of
    batteries under construction, the four largest …", "Trong số 40 ngân hàng, …", "在120家车企中，…")."""
    whole_a, whole_b = _whole_words(scope, *a), _whole_words(scope, *b)
    return bool(whole_a) and bool(whole_b) and not whole_a & whole_b


def _whole_words(scope: Scope, group: int, c: Claim) -> frozenset[str]:
    sentence = scope.sentence_of(start(c))
    for o in [c, *reversed([o for o in scope.starting_in(sentence.start, start(c)) if o.unit == "percent"])]:
        words = frozenset(t for t in _keys(scope, end(o), scope.clause_of(o)[1]) if not t.startswith("p:")) - _SHARE
        if words:
            return words
    # "of the 2.3 GW of batteries, the four largest … 91.6% and the six largest 92.2%": both of the opening's whole
    for s in [group, *reversed([s for s, _, _ in _top_groups(scope, sentence.start, group)])]:
        span = _whole_opening(scope, sentence.start, s)
        if span:
            return frozenset(t for t in _keys(scope, *span) if not t.startswith("p:"))
    return frozenset()


def _whole_opening(scope: Scope, lo: int, group: int) -> tuple[int, int] | None:
    """The phrase that opens the top group's clause and names the whole it is a part of, without its lead and
    trail words: "of the 2.3 GW of batteries under construction, the four largest …", "trong số 40 ngân hàng,
    năm ngân hàng lớn nhất …", "在120家车企中，前五家 …". At most one word ("the") stands between its
    comma and the group."""
    breaks = [m for m in _OPENING_BREAK.finditer(scope.text, lo, group)]
    if not breaks or len(scope.text[breaks[-1].end():group].split()) > 1:
        return None
    first = breaks[-2].end() if len(breaks) > 1 else lo
    raw = scope.text[first:breaks[-1].start()]
    phrase = raw.strip().lower()
    words = lexicon(scope.lang).relations.whole_opening
    sep = "" if scope.phrases.han else " "
    lead = next((w for w in sorted(words.lead, key=len, reverse=True) if phrase.startswith(w + sep)), None)
    trail = next((w for w in words.trail if phrase.endswith(w)), None)
    if lead is None and trail is None:
        return None
    s = first + len(raw) - len(raw.lstrip()) + (len(lead) if lead else 0)
    e = first + len(raw.rstrip()) - (len(trail) if trail else 0)
    return (s, e) if e > s else None


# the breaks that close a clause, and the colon that opens one ("Storage is even more concentrated: of the …")
_OPENING_BREAK = re.compile(r"[,，、;；:：]|\.\s")


def _names_things(scope: Scope, group: int, c: Claim, own: bool = False) -> frozenset[str]:
    """The counted nouns by which a top group names the things it ranks ("the five largest polysilicon
    producers", "mười ngân hàng dẫn đầu", "前五大院线"), as `_keys` words; none when it gives only a count ("The top
    10 control 84.6%", "前三名合计占比"). Unless `own`, a group naming none names what its sentence named before it."""
    nouns = _count_nouns(scope.lang)
    found = [h for h in nouns.scan(scope.text, group, start(c)) if h.label in _GROUP_UNITS]
    if found:
        return frozenset().union(*(_keys(scope, h.start, h.end) for h in found))
    if scope.phrases.han:
        head = _han_head(scope, group, start(c))
        if head or own:
            return head
    elif own:
        return frozenset()
    # "…, and the ten largest 94.3%": what the sentence named before it
    sentence = scope.sentence_of(start(c))
    return frozenset().union(*(_keys(scope, h.start, h.end) for h in nouns.scan(scope.text, sentence.start, group)
                               if h.label in _GROUP_UNITS))


def _han_head(scope: Scope, group: int, hi: int) -> frozenset[str]:
    """The noun right after a Chinese top group's count and its measure word ("前五大院线" -> 院线, "前十家车企" ->
    车企); none when a labelled word or no noun follows ("前三名合计占比", "前三名《长河之上》")."""
    top = [h for h in scope.hits("top", group, min(hi, group + 8)) if h.label == "lead" and h.start == group]
    m = _count_after_word(scope.lang).match(scope.text, top[0].end) if top else None
    if m is None:
        return frozenset()
    pos = m.end()
    measure = section(scope.lang, "cues", "top_measure") or []
    pos += next((len(w) for w in sorted(measure, key=len, reverse=True) if scope.text.startswith(w, pos)), 0)
    if pos + 2 > hi or not all("\u4e00" <= ch <= "\u9fff" for ch in scope.text[pos:pos + 2]):
        return frozenset()
    return frozenset(t for t in _keys(scope, pos, pos + 2) if ":" not in t)


@functools.cache
def _count_nouns(language: str) -> WordTable:
    return WordTable(section(language, "units", "words"), language)


def _keys(scope: Scope, lo: int, hi: int) -> frozenset[str]:
    plain = _group_words(scope.lang)
    cut = 0 if scope.phrases.han else 5
    return frozenset(t if ":" in t or not cut else t[:cut] for t in scope.phrases.tokens(lo, hi) if t not in plain)


@functools.cache
def _group_words(language: str) -> frozenset[str]:
    """Words that make a top group but say nothing of what it ranks: the top words and the count words."""
    top = section(language, "cues", "top") or {}
    phrases = [*top.get("lead", []), *top.get("trail", []), *(section(language, "relations", "top_lead") or []),
               *(section(language, "numerals", "atoms") or {})]
    stem = bool(section(language, "phrases", "stem"))
    out: set[str] = set()
    for phrase in phrases:
        for word in _WORD.findall(str(phrase).lower()):
            out.add(_stem(word) if stem else word)
    return frozenset(out)


def _top_count(scope: Scope, c: Claim) -> tuple[int, int] | None:
    """The k of the top group a percentage speaks for and where the group starts, or None.

    The group stands before the percentage in its sentence, after the sentence's previous percentage.
    Several groups before a run of percentages pair up in order only when the sentence says
    "respectively". A percentage that is a change ("the top five's sales rose 20%") speaks for no group.
    """
    sentence = scope.sentence_of(start(c))
    groups = _top_groups(scope, sentence.start, start(c))
    if not groups:
        return _list_group(scope, c)
    if scope.is_change(c):
        return None
    percents = [o for o in scope.starting_in(sentence.start, sentence.end) if o.unit == "percent"
                and not scope.is_change(o)]
    last_group_end = groups[-1][1]
    later = _top_groups(scope, end(c), sentence.end)
    run = [o for o in percents if start(o) >= last_group_end and (not later or start(o) < later[0][0])]
    previous = max([sentence.start, *(end(o) for o in percents if end(o) <= last_group_end)])
    together = [(k, s) for s, _, k in groups if s >= previous]
    if len(together) > 1 and not scope.said("respectively", sentence.start, sentence.end):
        # "the big five for 96% of the revenue of the top 30 clubs, and the three biggest for 97%": a group in
        # a partitive after an earlier percentage names that percentage's whole, not a group the next
        # percentage speaks for
        partitive = word_table(scope.lang, "cues", "partitive")
        together = [(k, s) for s, _, k in groups if s >= previous
                    and not (any(end(o) <= s and scope.clause_of(o)[1] > s for o in percents)
                             and _ends_with(scope, partitive.scan(scope.text, max(0, s - 16), s), s))]
    respectively = scope.said("respectively", sentence.start, sentence.end)
    if len(together) == 1 and respectively and len(run) > 1:
        return None  # "前五名依次为浙江、江苏…，分别占44.22%、33.25%…": each member's own share, not the group's
    if len(together) == 1 and run and run[0] is c:
        return together[0]
    if 2 <= len(together) == len(run) and respectively:
        return together[run.index(c)]
    return None


def _list_group(scope: Scope, c: Claim) -> tuple[int, int] | None:
    """"Năm mặt hàng lớn nhất gồm: …52,6 tỷ USD; …40,2 tỷ USD; …27,4 tỷ USD và giày dép 17 tỷ USD, cộng lại chiếm
    58,7%", "The five largest were: …; …; and …, together 61.4%": a percentage its clause says is the members' sum
    speaks for the top group that opens their list (before a colon), across the list's semicolons."""
    lo = scope.clause_of(c)[0]
    if scope.is_change(c) or not word_table(scope.lang, "relations", "together").scan(scope.text, lo, start(c)):
        return None
    sentence = scope.sentence_of(start(c))
    for _ in range(8):  # a list of a few members
        prev = scope.previous_sentence(sentence)
        if prev is None or prev.paragraph != sentence.paragraph or not scope.text[prev.start:sentence.start].rstrip(
                ).endswith((";", "；")):
            return None
        sentence = prev
        if any(o.unit == "percent" for o in scope.starting_in(sentence.start, sentence.end)):
            return None  # the members' own shares, or another percentage the group speaks for
        colon = re.search(r"[:：]", scope.text[sentence.start:sentence.end])
        groups = _top_groups(scope, sentence.start, sentence.start + colon.start()) if colon else []
        if len(groups) == 1:
            return groups[0][2], groups[0][0]
    return None


def _ends_with(scope: Scope, hits: list[WordHit], pos: int) -> bool:
    """Whether one of `hits` ends right before `pos` (only spaces between)."""
    return any(not scope.text[h.end:pos].strip() for h in hits)


def _top_groups(scope: Scope, lo: int, hi: int) -> list[tuple[int, int, int]]:
    """(start, end, k) of each top group named in text[lo:hi]: "top 10", "前五家", "5 mẫu dẫn đầu", "the five
    largest" — not a group something belongs to ("one of the top five", "前五家企业之一") and not a period
    ("前三季度", "前10个月")."""
    groups: list[tuple[int, int, int]] = []
    lang = scope.lang
    members = word_table(lang, "cues", "top_member")
    members_after = word_table(lang, "cues", "top_member_after")
    opening = {str(w).lower() for w in section(lang, "cues", "top_member_opening") or []}
    more = [WordHit(h.start, h.end, "lead", h.word)
            for h in word_table(lang, "relations", "top_lead").scan(scope.text, lo, hi)]
    ratio = _ratio_letters(lang)
    if ratio is not None:
        more += [WordHit(m.start(), m.end(), "lead", m.group()) for m in ratio.finditer(scope.text, lo, hi)]
    for hit in sorted([*scope.hits("top", lo, hi), *more], key=lambda h: h.start):
        found = _lead_count(scope, hit) if hit.label == "lead" else _trail_count(scope, hit)
        if found is None:
            continue
        s, e, k = found
        if not 2 <= k <= 100:
            continue
        if members.scan(scope.text, max(s - 14, 0), s) or members_after.scan(scope.text, e, e + 8):
            continue
        clause = scope.ctx.clause_of(s, e)
        if scope.text[clause[0]:s].strip().lower() in opening:
            continue
        if groups and s < groups[-1][1] and groups[-1][2] == k:  # "Top 10 mẫu xe bán chạy nhất": one group
            groups[-1] = (groups[-1][0], max(e, groups[-1][1]), k)
            continue
        groups.append((s, e, k))
    return groups


@functools.cache
def _ratio_letters(language: str) -> re.Pattern[str] | None:
    """The lexicon's concentration-ratio letters ("CR" of "CR10"), or None."""
    pattern = lexicon(language).relations.top_ratio
    return re.compile(pattern) if pattern else None


@functools.cache
def _count_after_word(language: str) -> re.Pattern[str]:
    return re.compile(lexicon(language).cues.top_count)


def _lead_count(scope: Scope, hit: WordHit) -> tuple[int, int, int] | None:
    """"top 10", "top-10", "top five", "前五", "前10": the count right after the word."""
    m = _count_after_word(scope.lang).match(scope.text, hit.end)
    if not m:
        return None
    after = scope.text[m.end():m.end() + 12]
    if re.match(r"\s*(?:%|％|percent|per cent|phần trăm)", after, re.IGNORECASE):
        return None  # "the top 10% of buyers"
    not_group = section(scope.lang, "cues", "top_not_group") or []
    if any(after.startswith(w) for w in not_group):
        return None
    parsed = parse_number(m.group(1), scope.lang)
    if not parsed or parsed[0] != int(parsed[0]):
        return None
    return hit.start, m.end(), int(parsed[0])


def _trail_count(scope: Scope, hit: WordHit) -> tuple[int, int, int] | None:
    """"5 mẫu dẫn đầu", "năm quốc gia hàng đầu", "the ten best-selling": a count shortly before the word."""
    clause = scope.ctx.clause_of(hit.start, hit.end)
    if scope.phrases.han:
        return _joined_count(scope, hit)
    counts = [o for o in scope.starting_in(clause[0], hit.start) if end(o) <= hit.start
              and hit.start - end(o) <= 30 and o.unit in _GROUP_UNITS and o.value == int(o.value)]
    if not counts:
        return _bare_count(scope, clause[0], hit)
    count = counts[-1]
    if word_table(scope.lang, "cues", "top_member").scan(scope.text, end(count), hit.start):
        return None  # "two of the largest"
    return start(count), hit.end, int(count.value)


@functools.cache
def _count_before_word(language: str) -> re.Pattern[str]:
    return re.compile(lexicon(language).cues.top_count.removeprefix(r"\s*") + "$")


def _joined_count(scope: Scope, hit: WordHit) -> tuple[int, int, int] | None:
    """In a script without spaces the count of a trail word is written against it, one word with it: "百强",
    "十强", "500强" (a count further before is no group's: "5家企业实力较强")."""
    m = _count_before_word(scope.lang).search(scope.text, max(0, hit.start - 6), hit.start)
    if not m:
        return None
    parsed = parse_number(m.group(1), scope.lang)
    if not parsed or parsed[0] != int(parsed[0]):
        return None
    return m.start(), hit.end, int(parsed[0])


# a count in digits the extractor keeps no figure of ("nhóm 10 khu vực dẫn đầu"): a whole number standing alone
_BARE_COUNT = re.compile(r"(?<![\d.,/%])(\d{1,3})(?![\d.,/%])")


def _bare_count(scope: Scope, lo: int, hit: WordHit) -> tuple[int, int, int] | None:
    """The count of a top group written in digits the extractor keeps no figure of, shortly before its word in its
    clause, with no figure between: "nhóm 10 khu vực dẫn đầu", "the 10 largest ports"."""
    lo = max(lo, hit.start - 30)
    found = list(_BARE_COUNT.finditer(scope.text, lo, hit.start))
    if not found or scope.starting_in(found[-1].start(), hit.start):
        return None
    m = found[-1]
    if word_table(scope.lang, "cues", "top_member").scan(scope.text, m.end(), hit.start):
        return None
    return m.start(), hit.end, int(m.group(1))
