"""Percentages of one whole listed together: their sum is at most 100%, and exactly 100% when the list is
complete ("传统燃油车占68.4%，纯电动汽车占21.7%，插电式混合动力汽车占12.1%"; "Services … or 61.4% …, industry …
(24.9%). Agriculture … the remaining 14.6%"; "…分别占…44.22%、33.25%、6.67%，合计占全国比重为88.85%"; "Together
they will account for more than 65%").

A run is the shares of one sentence (each led by a share verb, in apposition to its own figure, or listed
after one), not split by a breakdown cue ("trong đó", "其中": a share of a share) and with no top group
(top-k shares nest). A remainder share completes the run before it; a "together" share is its whole.
"""

from __future__ import annotations

import re
from decimal import Decimal

from validator.extract.context import Sentence
from validator.lexicon import word_table
from validator.lexicon.words import WordHit
from validator.link.hypotheses import EXPLICIT, Hypothesis
from validator.link.scope import Scope, end, is_quantity, last_char, start
from validator.link.share_totals import half_step
from validator.link.share_words import together_share
from validator.link.topk import _top_count
from validator.link.wording import broken
from validator.model import Claim, PartsRelation

# between two listed shares: a separator, perhaps "and"
_LIST_GAP = re.compile(r"^\s*[,，、]?\s*(?:(?:and|và|和|及|以及|与)\s*)?$")
# between two listed shares each named by its item: "Bình Chánh chiếm 18,4%, Bình Tân 15,7%, Thủ Đức 12,1%" — a
# separator, perhaps "and", and a name of at most three words
_AND = r"(?:and|và|和|及|以及|与)"
_NAMED_GAP = re.compile(rf"^\s*(?:[,，、]\s*(?:{_AND}\s*)?|{_AND}\s*)"
                        r"(?:[^\W\d_][^\s\d,，、;；:：()（）%]*\s*){1,3}$")
# how long that gap may be: three words, one of them long ("，non-household customers ")
_NAMED_GAP_LEN = 32


class ShareRuns:
    """Percentages of one whole listed together: "传统燃油车占68.4%，纯电动汽车占21.7%，插电式混合动力汽车占12.1%";
    "Services … or 61.4% …, industry … (24.9%). Agriculture … the remaining 14.6%"; "…分别占…44.22%、33.25%、
    6.67%，合计占全国比重为88.85%"; "Together they will account for more than 65%".

    A run is the shares of one sentence (each led by a share verb, in apposition to its own figure, or listed
    after one), not split by a breakdown cue ("trong đó", "其中": a share of a share) and with no top group
    (top-k shares nest). A remainder share completes the run before it; a "together" share is its whole.
    """

    def __init__(self, scope: Scope) -> None:
        self.scope = scope
        self.out: list[Hypothesis] = []
        self.used: set[str] = set()
        # open runs (not closed by a remainder or a total), by their first share: a later remainder or
        # "together" share reads them again
        self.pending: dict[str, Hypothesis] = {}
        self.last_run: list[Claim] = []  # the last run read, which a remainder in the next sentence may close

    def find(self) -> list[Hypothesis]:
        scope = self.scope
        previous: list[Claim] = []
        previous_paragraph = -1
        for sentence in scope.ctx.sentences:
            runs = self.runs(sentence)
            if not runs:
                self.closed_by_rest(sentence)
                previous, previous_paragraph = [], sentence.paragraph
                continue
            self.runs_of(sentence, runs, previous, previous_paragraph)
            self.closed_by_rest(sentence)
            previous, previous_paragraph = self.last_run, sentence.paragraph
        return self.out

    def runs_of(self, sentence: Sentence, runs: list[list[Claim]], previous: list[Claim], previous_paragraph: int
                ) -> None:
        """Read the runs of one sentence (`runs`); `previous`: the last run of the sentence before."""
        scope = self.scope
        self.last_run = previous
        if sentence.paragraph != previous_paragraph:
            previous = []
        # a list the sentence before opened, when a semicolon joins them ("江苏…占全国比重为22.1%;其后依次为…")
        joined = previous if last_char(scope.text, sentence.start) in (";", "；") else []
        for k, run in enumerate(runs):
            together = [c for c in run if self.says(c, "together")]
            if together:
                whole = together[0]
                parts = [c for c in run if start(c) < start(whole)] or (runs[k - 1] if k else [])
                before = [c for r in runs[:k] for c in r if start(c) < start(parts[0])] if parts else []
                if len(parts) < 2:
                    parts, before, joined = previous, [], []
                self.together(joined + before + parts, whole, len(parts))
                previous = []
                continue
            remainder = [c for c in run if self.says(c, "remainder")]
            if remainder and run[0] is remainder[0] and len(previous) >= 2:
                self.add([*previous, *run], "the shares of one whole, closed by the remainder")
                previous = [*previous, *run]
                continue
            if not k and joined and self.single(joined) and self.single(run):
                # "A chiếm 72,4%; B chiếm 14,1%; C chiếm 1,6%": one list of shares carried on past semicolons
                run = [*joined, *run]
            if not remainder and self.announced(run, sentence):
                self.add(run, "the shares of one whole its sentence says the list makes up")
                previous = run
                continue
            self.add(run, "the shares of one whole in one sentence", complete=bool(remainder))
            previous = run
        self.last_run = previous

    def closed_by_rest(self, sentence: Sentence) -> None:
        """A list of shares closed by the rest that `runs` could not read (items named at length, semicolons, a
        share word only at the head: "nhóm A chiếm 43,4%; nhóm tham gia theo hộ gia đình 28,2%; … Phần còn lại,
        4,3%, …", "quyền số của nhóm A là 33,56%, B 18,82%, 8 nhóm còn lại chiếm 39,75%", "Safety projects will
        receive 13% and walking routes 7%, with the remaining 12% …"): "the rest" says the percentages before it
        are the other shares of its whole, so with it they make the whole. The arithmetic chooses how far back
        the list reaches: its sentence's percentages before the rest (or the last few of them), or those of the
        sentence before, in its paragraph, too. None when a change, a base, a range, a point, a share of a share
        (a breakdown cue between) or a top group is among them."""
        scope = self.scope
        rest = next((c for c in scope.starting_in(sentence.start, sentence.end) if c.unit == "percent" and (
            self.says(c, "remainder") or scope.said("parts_remainder", max(sentence.start, start(c) - 24), start(c))
            and not any(o.unit == "percent" for o in scope.starting_in(max(sentence.start, start(c) - 24), start(c))))),
            None)  # ("Phần còn lại, 4,3%, thuộc …": the rest named before the comma)
        if rest is None or rest.id in self.used:
            return
        lo, before = self.joined(sentence)  # the list goes on past semicolons ("A 58,6%; B 27,4%; còn lại 11,9%")
        own = self.listed_before(lo, start(rest))
        if own is None:
            return
        earlier: list[Claim] | None = []
        if before is not None and before.paragraph == sentence.paragraph:
            earlier = self.listed_before(self.joined(before)[0], before.end)
        options: list[tuple[list[Claim], float, str]] = []
        # (the sentence before lists shares of its own, two at least: one share there may be of another whole,
        # "约占全球18%的市场份额。…争夺余下不到30%的利润")
        if earlier and len(earlier) >= 2 and self.led(earlier[0]):
            options.append(([*earlier, *own, rest], 0.8, "with the sentence before"))
        for k in range(len(own), 0, -1):
            options.append(([*own[-k:], rest], 0.8 if k == len(own) else 0.6, "in its sentence"))
        options = [o for o in options if sum(c.value for c in o[0]) - min(c.value for c in o[0]) <= 100]
        if not options or any(c.id in self.used for o in options for c in o[0]):
            return
        for i in {c.id for o in options for c in o[0]}:
            if i in self.pending:
                self.out.remove(self.pending.pop(i))  # an open run of the list, read again here
        h = Hypothesis(f"rest:{rest.id}")
        for parts, strength, where in options:
            h.add(PartsRelation(kind="parts", whole=None, parts=[c.id for c in parts], complete=True), strength,
                  f"the shares of one whole closed by the rest ({where}): {' + '.join(c.text for c in parts)}")
        self.out.append(h)
        self.used.add(rest.id)

    def joined(self, sentence: Sentence) -> tuple[int, Sentence | None]:
        """Where the sentence that `sentence` ends begins, past semicolons ("A 43,4%; B 28,2%; C 15,2%"), and the
        sentence before that one."""
        scope = self.scope
        lo, before = sentence.start, scope.previous_sentence(sentence)
        while before is not None and before.paragraph == sentence.paragraph \
                and last_char(scope.text, lo) in (";", "；"):
            lo, before = before.start, scope.previous_sentence(before)
        return lo, before

    def listed_before(self, lo: int, hi: int) -> list[Claim] | None:
        """The percentages of text[lo:hi] that may be shares listed before the rest; None when one may not be."""
        scope = self.scope
        found: list[Claim] = []
        for c in scope.starting_in(lo, hi):
            if end(c) > hi:
                break
            if c.unit == "point":
                return None
            if c.unit != "percent":
                continue
            if scope.is_change(c) or scope.is_base(c) or c.high is not None or c.value <= 0 or c.id in self.used \
                    or self.own_wholes(c) or _top_count(scope, c) is not None:
                return None
            if found and any(h.label != "exhaustive" for h in scope.hits("parts", end(found[-1]), start(c))):
                return None  # "A chiếm 40%, trong đó B chiếm 25%": a share of a share
            found.append(c)
        return found

    def announced(self, run: list[Claim], sentence: Sentence) -> bool:
        """Whether the sentence says, before the run, that its items make up the whole ("Cơ cấu nhập khẩu gồm hai
        nhóm: A chiếm 93,8% và B chiếm 6,2%", "Imports split into two groups: capital goods made up 93.8% and
        consumer goods 6.2%", "进口分为两类：…占93.8%，…占6.2%"): an exhaustive parts word with no figure between it
        and the run's first share but the count of its items (not "gồm 20 doanh nghiệp, chiếm 60%")."""
        scope = self.scope
        hits = [h for h in scope.hits("parts", sentence.start, start(run[0])) if h.label == "exhaustive"]
        if not hits:
            return False
        # (but the count of the items: "gồm hai nhóm", "split into two groups", when the run lists that many)
        return all(o.unit != "percent" and o.value == len(run)
                   for o in scope.starting_in(hits[-1].end, start(run[0])))

    def single(self, run: list[Claim]) -> bool:
        """Whether every share of `run` is led by its own word (not a list after one share word)."""
        return all(self.led(c) for c in run)

    def add(self, parts: list[Claim], why: str, complete: bool = True) -> None:
        if len(parts) < 2 or any(c.id in self.used for c in parts):
            return
        if parts[0].id in self.pending:
            self.out.remove(self.pending.pop(parts[0].id))  # the run read again, carried on or closed
        if sum(c.value for c in parts) - min(c.value for c in parts) > 100:
            # even without its smallest share the run is over 100%: these are shares of several wholes
            # ("上市前三年…营收占主营收入比例分别为76.35%、66.80%、77.42%"), not one whole with a slip
            return
        if not complete and len(parts) < 3:
            return  # two shares of a sentence may well be of two wholes ("60% of sales and 45% of profits")
        strength = EXPLICIT if all(self.led(c) or i for i, c in enumerate(parts)) else 0.6
        h = Hypothesis(f"shares:{parts[0].id}")
        h.add(PartsRelation(kind="parts", whole=None, parts=[c.id for c in parts], complete=complete), strength,
              f"{why}: {' + '.join(c.text for c in parts)}")
        self.out.append(h)
        if complete:
            self.used.update(c.id for c in parts)
        else:
            self.pending[parts[0].id] = h

    def together(self, parts: list[Claim], whole: Claim, own: int) -> None:
        """A "together" share is the sum of the shares listed before it — all of them, or the last few ("东、中、
        西部…分别为75.1%、16.9%和8.0%，中西部地区占比合计约为25%"): the arithmetic chooses. `own`: how many of
        `parts` its own sentence lists (the list may have begun in the sentence before)."""
        if len(parts) < 2 or whole.id in self.used:
            return
        for c in parts:
            if c.id in self.pending:
                self.out.remove(self.pending.pop(c.id))
        self.used.add(whole.id)
        self.used.update(c.id for c in parts)
        h = Hypothesis(f"together:{whole.id}")
        for k in range(len(parts), 1, -1):
            some = parts[-k:]
            h.add(PartsRelation(kind="parts", whole=whole.id, parts=[c.id for c in some], complete=True),
                  EXPLICIT if k == own else 0.8,
                  f"'together': {whole.text} is the sum of {' + '.join(c.text for c in some)}")
        self.out.append(h)

    def runs(self, sentence: Sentence) -> list[list[Claim]]:
        """The runs of shares of a sentence: a list after one share word ("比重分别为13%、13%、16%") is a run of its
        own; shares each led by their own word, between semicolons, make one run. None when a change, a base,
        a range, a breakdown cue (a share of a share) or a top group's share (top-k shares nest) is mixed in."""
        scope = self.scope
        groups: list[list[Claim]] = []
        named: set[str] = set()  # shares listed each after its own name ("A chiếm 18,4%, B 15,7%")
        skipped: Claim | None = None  # the last of the items' changes listed before their shares
        for c in scope.starting_in(sentence.start, sentence.end):
            if c.unit != "percent":
                continue
            clause = scope.clause_of(c)
            if not groups and (scope.is_change(c) or scope.is_base(c) or (
                    skipped is not None and _LIST_GAP.match(scope.text[end(skipped):start(c)]))) \
                    and self.rates_first(c, sentence):
                skipped = c  # "…同比分别增长4.9%、11.6%和12.8%，占全国的比重分别为15.1%、…": the items' changes (a
                continue  # list after one change word), before their shares
            if scope.is_change(c) or scope.is_base(c) or c.high is not None or c.value < 0 \
                    or scope.hits("top", clause[0], start(c)) or self.own_wholes(c):
                return []
            last = groups[-1][-1] if groups else None
            if last is not None and any(scope.ctx.clause_of(h.start, h.end)[1] > start(c)
                                        for h in scope.hits("parts", end(last), start(c))):
                return []  # "A chiếm 40%, trong đó B chiếm 25%": a share of a share (not "industry, including
                # construction, 1,285,800 (24.9%)")
            gap = scope.text[end(last):start(c)] if last is not None else ""
            if last is not None and _LIST_GAP.match(gap):
                groups[-1].append(c)
            elif last is not None and len(gap) <= _NAMED_GAP_LEN and _NAMED_GAP.match(gap) \
                    and not self.repeats(last, c):
                groups[-1].append(c)
                named.add(c.id)
            elif self.led(c):
                groups.append([c])
            else:
                return []
        ranked = [c for group in groups for c in group if _top_count(scope, c) is not None]
        if len(ranked) >= 2:
            return []  # "前3家、前5家、前10家…占比分别为78.9%、87.7%和96.4%": nested top groups
        runs: list[list[Claim]] = []
        single: list[Claim] = []  # shares each led by their own word
        for group in groups:
            # a list after one share word is a run of its own; shares each after its own name are single shares
            listed = len(group) > 1 and not all(c.id in named for c in group[1:])
            if single and (listed or re.search(r"[;；]", scope.text[end(single[-1]):start(group[0])])):
                runs.append(single)
                single = []
            if listed:
                runs.append(group)
            else:
                single.extend(group)
        if single:
            runs.append(single)
        return runs

    def rates_first(self, c: Claim, sentence: Sentence) -> bool:
        """Whether the change `c` stands in a clause of its own before the sentence's first share: the changes of
        the items come first, their shares after ("A、B、C分别增长4.9%、11.6%和12.8%，占全国的比重分别为15.1%、
        12.0%和10.3%", "up 4.9%, 11.6% and 12.8% respectively, and accounting for 15.1%, 12.0% and 10.3%"). Then
        the first later percentage led by a share word stands in a clause that opens after the change."""
        scope = self.scope
        rest = [o for o in scope.starting_in(end(c), sentence.end) if o.unit == "percent"]
        share = next((o for o in rest if scope.hits("share", scope.clause_of(o)[0], start(o))), None)
        # (a change and a share in one clause: not an item's change listed before)
        return share is not None and scope.clause_of(share)[0] >= end(c)

    def repeats(self, last: Claim, c: Claim) -> bool:
        """Whether `c` repeats the word before `last` ("licensing for 27.5% and services for 13.2%": a share verb
        gapped, each share led by its own), or a share word stands between them."""
        text = self.scope.text
        before = re.findall(r"\w+", text[max(0, start(last) - 16):start(last)])
        own = re.findall(r"\w+", text[end(last):start(c)])
        return bool(before and own and before[-1].lower() == own[-1].lower()) or bool(
            self.scope.hits("share", end(last), start(c)))

    def led(self, c: Claim) -> bool:
        """A share by its wording: a share verb in its clause, a figure it glosses ("1,285,800 (24.9%)", "or
        61.4%"), or a remainder or "together" word."""
        scope = self.scope
        clause = scope.clause_of(c)
        if scope.hits("share", clause[0], start(c)) or self.says(c, "remainder") or self.says(c, "together"):
            return True
        if self.broken_down(c):
            return True
        after = word_table(scope.lang, "relations", "share_after").scan(scope.text, end(c), min(clause[1], end(c) + 8))
        if after and not scope.text[end(c):after[0].start].strip():
            return True  # "38.8% of national production"
        before = scope.text[max(0, start(c) - 2):start(c)]
        if "(" in before or "（" in before:
            own = scope.own_figure(c)  # "1,285,800 (24.9%)": the share of the figure it glosses
            return own is not None and own is not c
        lo = scope.after_previous(c)
        lead = scope.text[lo:start(c)]
        glossed = next((o for o in scope.starting_in(max(0, lo - 40), lo) if end(o) == lo), None)
        if glossed is not None and (scope.is_delta(glossed) or scope.is_change(glossed) or glossed.unit == "point"):
            return False  # "giảm 16,91 điểm tương ứng 1,3%": the rate of a change, not a share
        return bool(word_table(scope.lang, "relations", "apposition").scan(lead, 0, len(lead))) \
            or self.gapped(c, lead)

    def broken_down(self, c: Claim) -> bool:
        """The first percentage of a sentence opening on a breakdown word ("Of this, households used 62.4%, …",
        "Trong đó, hộ gia đình dùng 62,4%", "其中，居民用水62.4%"): a share of the whole the sentence before gives,
        whatever its verb. (A cue between two shares makes the later a share of a share: `runs` splits there.)"""
        scope = self.scope
        sentence = scope.sentence_of(start(c))
        text = scope.text
        opening = word_table(scope.lang, "relations", "breakdown_opening").scan(
            text, sentence.start, min(start(c), sentence.start + 24))
        if not opening or text[sentence.start:opening[0].start].strip(" \"“") or \
                not re.match(r"\s*[,，]", text[opening[0].end:opening[0].end + 2]):
            return False
        return not any(o.unit == "percent" for o in scope.starting_in(opening[0].end, start(c)))

    def gapped(self, c: Claim, lead: str) -> bool:
        """A share verb gapped to its last word after an earlier share of the sentence ("Services accounted for
        77.8% of employment, industry … for 18.9% and agriculture … for 4.1%")."""
        scope = self.scope
        sentence = scope.sentence_of(start(c))
        verb = scope.ctx.last_before("share", sentence.start, start(c))
        if verb is None or not scope.starting_in(verb.end, start(c)):
            return False
        words = verb.word.split()
        return len(words) > 1 and re.search(rf"(?<!\w){re.escape(words[-1])}\s*$", lead, re.IGNORECASE) is not None

    def own_wholes(self, c: Claim) -> bool:
        """Shares each of its own whole: "对日出口占其国内消费的比重分别为56%、63%与44%", "chiếm … của mình", "their
        own": the whole named right after the share word is each item's own."""
        scope = self.scope
        clause = scope.clause_of(c)
        flag = scope.flag("own_whole")
        words = [str(w).lower() for w in flag] if isinstance(flag, list) else []
        for verb in scope.hits("share", clause[0], start(c)):
            gap = scope.text[verb.end:start(c)].lower()
            if any(gap.lstrip().startswith(w) or f" {w} " in f" {gap} " for w in words):
                return True
        return False

    def says(self, c: Claim, role: str) -> bool:
        scope = self.scope
        clause = scope.clause_of(c)
        lo = max(clause[0], start(c) - 40)
        if role == "remainder":
            return scope.said("parts_remainder", lo, start(c))
        # "Cộng lại, hai tỉnh chiếm hơn 60%", "Together they will account for …": anywhere before it in its sentence
        sentence = scope.sentence_of(start(c))
        rates = [end(o) for o in scope.starting_in(sentence.start, start(c)) if o.unit == "percent"]
        lo = max(sentence.start, *rates, start(c) - 60)
        return together_share(scope, lo, c)


def rate_breakdowns(scope: Scope) -> list[Hypothesis]:
    """A rate broken down by an exhaustive cue into rates each below it ("Tỷ lệ lao động đã qua đào tạo …
    28,3%, gồm: đại học trở lên 11,7%, cao đẳng 4,1%, trung cấp 3,3% và sơ cấp 7,6%"; "…占比40%，分为A 25%和
    B 15%"; "a rate of 28%, made up of 12% … and 16% …"): the parts of one rate of one population add up to
    it. Rates of sub-populations average to the whole instead, so one of them is at least the whole: with
    every listed rate below it, only the sum can be meant."""
    out: list[Hypothesis] = []
    text = scope.text
    for hit in scope.ctx.hits["parts"]:
        if hit.label != "exhaustive":
            continue
        sentence = scope.sentence_of(hit.start)
        before = scope.starting_in(sentence.start, hit.start)
        if not before or before[-1].unit != "percent" or text[end(before[-1]):hit.start].strip(" ,，:：;；"):
            continue  # the rate stands right before the cue
        whole = before[-1]
        listed = [c for c in scope.starting_in(hit.end, sentence.end) if end(c) <= sentence.end]
        if len(listed) < 2 or any(not _plain_rate(scope, c) for c in [whole, *listed]):
            continue
        if any(c.value + (c.precision or 0) >= whole.value for c in listed):
            continue  # a rate of a sub-population, or a part as large as the whole
        h = Hypothesis(f"rates:{whole.id}")
        h.add(PartsRelation(kind="parts", whole=whole.id, parts=[c.id for c in listed], complete=True), 0.8,
              f"'{hit.word}' breaks {whole.text} down into rates each below it: "
              f"{' + '.join(c.text for c in listed)}")
        out.append(h)
    return out


def _plain_rate(scope: Scope, c: Claim) -> bool:
    """A percentage that is a level: not a change, a base, a range or a negative figure."""
    return c.unit == "percent" and not scope.is_change(c) and not scope.is_base(c) and c.high is None \
        and c.hedge is None and c.value > 0


def find_share_sums(scope: Scope) -> list[Hypothesis]:
    return ShareRuns(scope).find() + rate_breakdowns(scope)


def split_whole(scope: Scope, cue: WordHit, share: Claim, part: Claim) -> Claim | None:
    """"贷款按类别分为公司贷款4210亿元、个人贷款2187亿元和票据贴现445亿元", "Loans were split into corporate loans of
    …", "Dư nợ được chia thành cho vay doanh nghiệp …": a breakdown of the sentence's subject, told before ("各项贷款
    余额6842亿元"), whose items follow the breakdown word (`cues.parts.exhaustive`): the whole is the figure the
    breakdown splits, the one stated figure before it, in the part's paragraph or the one before, that its first
    items add up to (within their rounding)."""
    if cue.label != "exhaustive":
        return None
    sentence = scope.sentence_of(cue.start)
    share_clause = scope.clause_of(share)[0] if scope.sentence_of(start(share)) is sentence else None
    items: list[Claim] = []
    for o in scope.starting_in(cue.end, sentence.end):
        if broken(scope, cue.end, start(o)) or (share_clause is not None and start(o) >= share_clause):
            break
        if o.unit == part.unit and is_quantity(o):
            items.append(o)
    if part not in items or len(items) < 2:
        return None
    para = scope.paragraph(part)
    pool = [o for o in scope.in_paragraphs(para - 1, para) if end(o) <= cue.start and o.unit == part.unit
            and is_quantity(o) and o.hedge is None and not scope.is_base(o)]
    for k in range(len(items), 1, -1):
        total = sum((o.value for o in items[:k]), Decimal(0))
        room = sum((half_step(o) for o in items[:k]), Decimal(0))
        for o in reversed(pool):
            if abs(total - o.value) <= room + half_step(o) <= o.value / 25:
                return o
    return None
