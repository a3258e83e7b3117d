"""Shares: a percentage (or a fraction, "ba phần tư", "五分之二") that is part / whole — "chiếm 70,5% thị
trường toàn cầu", "占全国的46.1%", "accounted for 60% of exports", "15% of China's network".

Parts: see `share_parts`.
Wholes: the figure a breakdown opens on ("Trong đó", "其中", "of which"), a figure named after the share in
its clause ("24% trong tổng số 162.400 cổng"), or a figure elsewhere whose words match the words that
name the whole ("tổng lượng xuất khẩu" ↔ "xuất khẩu 5,616 triệu xe"), or the stated figure the part's listed
paragraph adds up to; always larger than the part, of the
same kind, period and modality; never an end of a range, nor a price per a good against an amount (`prices`).
"""

from __future__ import annotations

import functools
from decimal import Decimal

from validator.intervals import stated_bands, written_precision
from validator.lexicon import word_table
from validator.link.hypotheses import CLAUSE, EXPLICIT, Hypothesis
from validator.link.phrases import metrics_related
from validator.link.prices import priced_apart, range_end
from validator.link.scope import Scope, compatible, compatible_unit, end, is_quantity, start, value_in
from validator.link.share_agree import ShareHypothesis, ShareReading, agree_on_wholes
from validator.link.share_groups import group_addends, of_group
from validator.link.share_parts import NAMED_PART, share_parts
from validator.link.share_sums import split_whole
from validator.link.share_totals import (
    another_total,
    as_lead,
    bracketed_prior,
    describes_subject,
    half_step,
    lead_total,
    listed_under,
    metric_only,
    named_prior,
    named_span,
    named_totals,
    opened_on,
    other_metric,
    overall_total,
    span_of,
    without_scope,
)
from validator.link.share_words import (
    frame_start,
    group_before,
    is_share,
    listable,
    listed_in,
    narrowed,
    of_plan,
    opening_figure,
    parenthesized_whole,
    plan_given,
    plan_named_alone,
    whole_words,
)
from validator.link.then_readings import as_now, then_clause
from validator.model import Claim, Modality, ShareRelation

# how far away (in paragraphs) a whole named only by its words may stand
_REACH = 6
# the strongest a plan may be designated by its word alone, outside the share's sentence (a question, not a
# finding: "bằng 10,4% kế hoạch" may be of another plan than the one the article states)
PLAN_AWAY = 0.7
# by how much the words naming the whole must cover a figure better than any other of another value to single it out
_SINGLED_OUT = 0.3


def find_shares(scope: Scope) -> list[Hypothesis]:
    out: list[Hypothesis] = []
    alike: list[ShareHypothesis] = []
    for c in scope.claims:
        if not is_share(scope, c):
            continue
        h = Hypothesis(c.id)
        named = whole_words(scope, c)
        group = group_addends(scope, c)
        if group is not None:  # "those three specialties account for 40%": the part is the listed figures' sum
            out.append(of_group(h, group, functools.partial(_wholes, scope, c, named=named)))
            continue
        given = parenthesized_whole(scope, c)  # the whole named so is no part ("完成全年计划的73.8%（2360亿元）")
        # (an end of a range is no amount: `prices`)
        parts = [p for p in share_parts(scope, c) if p[0] is not given and not range_end(scope, p[0])]
        if (then := then_clause(scope, c)) is not None:  # "…than in 2023, when their share stood at 35.7%"
            parts = [p for p in parts if then[0] <= start(p[0]) < then[1]]  # the earlier time's, of its own figures
        readings: list[ShareReading] = []
        for part, p_strength, p_why in parts:
            for whole, w_strength, w_why, units in _wholes(scope, c, part, named):
                strength, why = min(p_strength, w_strength), f"part {part.text} ({p_why}); whole {whole.text} ({w_why})"
                if (strength < CLAUSE <= w_strength and p_why.startswith(NAMED_PART)
                        and listed_in(scope, part, whole, named)):
                    # "Bán hàng … đạt 22,8 triệu tấn. Trong đó, …; phần còn lại là xuất khẩu với 8,2 triệu tấn" …
                    # "tính trên tổng lượng thép bán ra, xuất khẩu chiếm 39,6%": the part its words name is listed in
                    # the breakdown of the whole its words name, a pairing the article itself sets out
                    strength, why = CLAUSE, why + "; the article lists the part in the breakdown of that whole"
                h.add(ShareRelation(kind="share", share=c.id, part=part.id, whole=whole.id), strength, why, units)
                readings.append(ShareReading(h.candidates[-1], p_strength))
        if parts and parts[0][1] >= CLAUSE:
            h.fallback = ShareRelation(kind="share", share=c.id, part=parts[0][0].id, confidence="plausible")
        out.append(h)
        if not (of_plan(scope, c) or scope.is_base(c) or named_prior(scope, c)):
            # (a plan's word names every plan of the article alike; a prior period's share, "占…比重由上年的22.8%提升至
            # 31.8%", is of the prior whole, which the current shares' wholes are not)
            alike.append(ShareHypothesis(h, c, named - {"t:total"}, readings))
    agree_on_wholes(scope, alike)
    another_total(scope, out)
    return out


Whole = tuple[Claim, float, str, dict[str, tuple[str, str]]]

def _wholes(scope: Scope, share: Claim, part: Claim, named: frozenset[str]) -> list[Whole]:
    """(whole, strength, why, unit readings) for one part, strongest first."""
    found = _Wholes(scope, share, part)
    if found.plan:  # "Thu nội địa đạt 84,9% dự toán": a plan, named by its words, not the total the part is of
        found.by_position()
        found.in_parentheses()
        found.by_words(named)
        found.out.sort(key=lambda x: -x[1])
        return found.out
    found.by_breakdown()
    found.by_position()
    found.in_parentheses()
    found.by_words(named)
    found.by_sum()
    if not named - {"t:total"} and not any(s >= 0.9 for _, s, _, _ in found.out):
        found.by_superset()
    found.out.sort(key=lambda x: -x[1])
    return found.out


class _Wholes:
    """The wholes one part may be a share of, by each way the text may designate one."""

    def __init__(self, scope: Scope, share: Claim, part: Claim) -> None:
        self.scope, self.share, self.part = scope, share, part
        self.plan = of_plan(scope, share)  # a share of a plan: its whole is of the plan's modality
        self.bare_plan = self.plan and plan_named_alone(scope, share)
        self.out: list[Whole] = []
        self.seen: set[str] = set()
        self.by_unit: list[tuple[Claim, float]] = []

    def add(self, w: Claim, strength: float, why: str, framed: bool = False) -> None:
        if w.id in self.seen:
            # designated again, more strongly (by its words, then as the listed parts' sum): the stronger holds
            at = next((i for i, x in enumerate(self.out) if x[0] is w), None)
            if at is not None and strength > self.out[at][1]:
                self.out[at] = (w, strength, why, {})
            return
        if w is self.part or not _may_be_whole(self.scope, w, self.part, framed, self.plan):
            return
        self.seen.add(w.id)
        self.out.append((w, strength, why, {}))

    def by_breakdown(self) -> None:
        """A breakdown cue before the part: the whole is the figure the breakdown opens on."""
        scope, part = self.scope, self.part
        sentence = scope.sentence_of(start(part))
        lo = frame_start(scope, sentence)
        cue = scope.ctx.last_before("parts", lo, start(part))
        if cue is None:
            return
        if describes_subject(scope, scope.sentence_of(cue.start).start, cue.start):
            if (split := split_whole(scope, cue, self.share, part)) is not None:
                self.add(split, EXPLICIT, f"the breakdown after '{cue.word}' splits it (its items add up to it)")
            return
        para = scope.sentence_of(cue.start).paragraph
        for paragraph, strength in ((para, EXPLICIT), (para - 1, 0.6)):
            pool = [o for o in scope.in_paragraphs(paragraph, paragraph) if end(o) <= cue.start and is_quantity(o)
                    and compatible(o, part) and not scope.is_base(o)]
            if pool:
                # the figure the breakdown opens on is the last one before the cue; an earlier figure of its
                # sentence may be it too ("新增就业1100万人，完成全年1200万人目标任务的91.7%。其中…")
                last = pool[-1]
                self.add(last, strength, f"the breakdown after '{cue.word}' opens on it")
                opening = scope.sentence_of(start(last))
                for o in reversed(pool[:-1]):
                    if start(o) >= opening.start:
                        self.add(o, strength - 0.2,
                                 f"a figure of the sentence the breakdown after '{cue.word}' follows")
                return

    def by_position(self) -> None:
        """Named by the sentence's opening ("Of the 7.54 million, 2.88 million … - more than 40% of the total")
        or right after the share in its clause ("24% trong tổng số 162.400 cổng", "46% of the 1.2 million")."""
        opened = opening_figure(self.scope, self.share)
        if opened is not None:
            self.add(opened, EXPLICIT, "the sentence opens on it ('of the …')")
        group = group_before(self.scope, self.part)
        if group is not None:
            self.add(group, EXPLICIT, "the part is drawn from it ('among …')")
        clause = self.scope.clause_of(self.share)
        for o in self.scope.starting_in(end(self.share), clause[1]):
            if is_quantity(o):
                if self._next_statement(o, clause[1]):
                    break
                self.add(o, EXPLICIT, "named after the share in its clause")
                return
        framed = self._framed()
        if framed is not None:
            self.add(framed, EXPLICIT, "named inside the share's phrase, between the share word and it", True)

    def _next_statement(self, o: Claim, clause_end: int) -> bool:
        """`o` opens the next statement of a coordination, not the share's whole: "and" (the lexicon's
        `list_and`) stands between the share and it, and another share follows it in the clause ("the five
        largest took 28.3% of sales and the ten largest 47.9%", "前五家占28.3%和前十家47.9%")."""
        scope = self.scope
        if not word_table(scope.lang, "cues", "list_and").scan(scope.text, end(self.share), start(o)):
            return False
        return any(n.unit == self.share.unit for n in scope.starting_in(end(o), clause_end) if n is not o)

    def _framed(self) -> Claim | None:
        """"占耕地面积8920万亩的五分之三", "占全省总产量1.2亿吨的30%": the one figure of the part's kind between the
        share word and the share (after the part), which the phrase names as the whole."""
        scope, share, part = self.scope, self.share, self.part
        lo = max(scope.clause_of(share)[0], end(part))
        cue = scope.ctx.last_before("share", lo, start(share))
        if cue is None:
            return None
        inside = [o for o in scope.starting_in(cue.end, start(share)) if end(o) <= start(share)]
        return inside[0] if len(inside) == 1 and is_quantity(inside[0]) else None

    def in_parentheses(self) -> None:
        """The figure given in parentheses right after the words naming the whole: "bằng 107,4% dự toán HĐND tỉnh
        giao (35.900 tỷ đồng)", "98% of the annual plan (1.2 million tonnes)"."""
        given = parenthesized_whole(self.scope, self.share)
        if given is not None:
            self.add(given, EXPLICIT, "given in parentheses after the words naming the whole")

    def by_words(self, named: frozenset[str]) -> None:
        """Elsewhere, by the words that name the whole (or, with none, by what the part counts, or as the
        total of the part's unit)."""
        scope, part = self.scope, self.part
        para = scope.paragraph(self.share)
        content = named - {"t:total"}
        by_counted = False
        if not content and scope.counted(part):
            # "1,14 triệu nguyện vọng, chiếm hơn 25% tổng số": the total of what the part counts
            content = scope.counted(part)
            by_counted = True
        near = scope.in_paragraphs(para - _REACH, para + _REACH)
        if para - _REACH > 1 and content and ("t:total" in named or all(t.startswith("m:") for t in content)):
            # "…, or 29.5% of the total" pages after the lead's "4.33 million admissions": the article's first
            # figure of what the part counts is its own total, however far away
            # (or named by its metric alone: "two-thirds of the bill" pages after "Spending … rose 5.2% to EUR 48.6bn")
            lead = _headline(scope, content, part) if by_counted else _lead(scope, content, part)
            if lead is not None and scope.paragraph(lead) < para - _REACH and lead.hedge is None:
                near = [lead, *near]
        # (the share's own sentence may name it: "hai đầu tàu này đóng góp hơn 30% tổng mức … cả nước trong tháng")
        span = named_span(scope, part) or named_span(scope, self.share)
        pool = [o for o in near if o is not part and o.id not in self.seen and compatible_unit(o, part.unit)
                and _may_be_whole(scope, o, part, plan=self.plan)
                and (span is None or span_of(scope, o) in (None, span))]
        if pool and not named_prior(scope, part):  # "…5360亿元，上年为4916亿元": no whole of a current part
            pool = [o for o in pool if not named_prior(scope, o) and not bracketed_prior(scope, o)]
        pool = narrowed(scope, self.share, pool, content, by_counted)
        content = without_scope(scope, content, pool)
        scored = {o.id: scope.covers(content, o) if content else 0.0 for o in pool}
        best_by_value: dict[object, float] = {}  # the best coverage of each value, to measure a figure's lead
        for o in pool:
            best_by_value[o.value] = max(best_by_value.get(o.value, 0.0), scored[o.id])
        wants_total = "t:total" in named
        totals = named_totals(scope, pool, scored, content, wants_total)
        exact = {o.id: x for o in pool if content and scored[o.id] >= 0.6
                 and (x := _exact_of(scope, content, o, part)) is not None}
        for o in pool:
            cover, lead_by = scored[o.id], 0.0
            if content:
                if cover < 0.6 or (o.id in exact and exact[o.id] in pool):
                    continue  # a hedged restatement of an exact figure the words name as well: that one is the whole
                restated = _restating(pool, o)  # ("接近1.5万亿元" for the lead's 1.46万亿元: the same figure again)
                next_best = _best_other(best_by_value, o.value, restated)
                lead_by = cover - next_best
                # by the words alone, the article's lead figure is the total only when no figure of another
                # value is named as well
                headline = (o is _headline(scope, content, part) if by_counted
                            else cover >= 0.8 and next_best <= cover - 0.2 and o is _lead(scope, content, part))
                if (not headline and not by_counted and (wants_total or metric_only(content))
                        and not scope.is_base(self.share)  # "比重由去年同期的18.4%提升至23.9%": the prior's share
                        and lead_total(scope, o, cover, next_best, [x for x in pool if x.value not in restated], scored)
                        and o is _lead(scope, content, part)):
                    strength, why = as_lead(cover, next_best)
                else:
                    strength, why = self._by_cover(o, cover, next_best, wants_total or bool(totals), headline,
                                                   len(totals) == 1)
            else:
                strength, why = self._as_total(o, pool)
            if strength > 0:
                strength, why = self._adjusted(o, cover, strength, para, lead_by), why + self._notes(o, cover, lead_by)
                opened = opened_on(scope, o) if wants_total and content else None
                if opened is not None and opened.id in scored and scored[opened.id] >= cover:
                    # "Bán hàng đạt 22,8 triệu tấn. Trong đó, tiêu thụ trong nước 14,6 triệu tấn" … "18% tổng lượng
                    # bán ra": a total the words name is the figure a breakdown opens on, not one listed in it
                    strength -= 0.15
                    why += f"; listed in the breakdown of {opened.text}, which the words name as well"
                if o.id in exact:
                    o, why = exact[o.id], why + f"; stated exactly as {exact[o.id].text}"
                if self.plan and not self.scope.same_sentence(o, self.share):
                    # "bằng 10,4% kế hoạch": the plan word names every plan of the article alike, so only one of the
                    # part's own metric may be meant ("lợi nhuận … hoàn thành 101% kế hoạch" is not of the plan
                    # for total assets)
                    if not (o.metric and part.metric and (
                            o.metric == part.metric or metrics_related(o.metric, part.metric))):
                        continue
                    if self.bare_plan:
                        strength, why = min(strength, PLAN_AWAY), why + "; a plan named by its word alone"
                for w, ws, wy in as_now(scope, part, o, strength, why):  # an earlier time's reading: `then_readings`
                    self.add(w, ws, wy)
        self.by_breakdown_of_unit(pool)

    def by_breakdown_of_unit(self, pool: list[Claim]) -> None:
        """The items a breakdown of a whole named by nothing but the part's unit lists: wholes as plausible."""
        for o, strength in self.by_unit:
            for item in listed_under(self.scope, self.part, o, pool):
                self.add(item, strength - 0.05, f"listed in the breakdown of {o.text}, the total of the part's unit")

    def by_sum(self) -> None:
        """The figure the part's paragraph adds up to: "New South Wales, with 3.0 GW, hosts 36% of the national
        fleet, followed by Victoria with 2.6 GW … Queensland has 1.6 GW, and the remaining 0.5 GW is in
        Tasmania" and the 9.8 GW two paragraphs before (3.0 + 2.6 + 2.1 + 1.6 + 0.5). Three or more listed figures
        whose sum a stated figure matches within their rounding designate it as their whole."""
        scope, part = self.scope, self.part
        para = scope.paragraph(part)
        # the part may be given roughly ("or about 5.06 mln TEU"), its sum must meet the whole within their rounding
        items = [o for o in scope.in_paragraphs(para, para) if o.unit == part.unit
                 and listable(scope, o, roughly=o is part)]
        if part not in items or len(items) < 3:
            return
        total = sum((o.value for o in items), Decimal(0))
        slack = sum((half_step(o) for o in items), Decimal(0))
        for o in scope.in_paragraphs(para - _REACH, para + _REACH):
            if o.unit != part.unit or not _may_be_whole(scope, o, part):
                continue
            if o.hedge is not None:
                continue  # "almost a quarter of a million": too loose to be matched by a sum
            rest, room = (total - o.value, slack - half_step(o)) if o in items else (total, slack)
            room += half_step(o)
            if len(items) - (o in items) >= 3 and abs(rest - o.value) <= room <= o.value / 25:
                overall = overall_total(scope.in_paragraphs(para - _REACH, para + _REACH), o)
                if overall is not None and other_metric(o, overall):
                    overall = None  # exports' 382.6 within trade's 735.8: no whole of an export group's share
                if overall is None:
                    self.add(o, 0.8, "the figures listed with the part add up to it")
                else:  # a subtotal: the share may be of the overall total it is part of as well
                    self.add(o, 0.6, f"the figures listed with the part add up to it, a part of {overall.text}")
                    self.add(overall, 0.6, f"the overall total of which {o.text}, the listed figures' sum, is part")

    def by_superset(self) -> None:
        """With no words naming the whole ("…的证券评估机构145家，占比53.3%", "债券型基金共分红949.26亿元，占比超八成"):
        the nearest earlier figure of the part's unit, in its paragraph or the one before, that the part's own
        words describe and narrow ("我国证券评估机构为272家", "累计分红1103.63亿元"): the set it is drawn from."""
        scope, part = self.scope, self.part
        own = frozenset(t for t in scope.about(part) if ":" not in t)
        if not own:
            return
        para = scope.paragraph(part)
        for o in reversed(scope.in_paragraphs(para - 1, para)):
            if end(o) > start(part) or o.unit != part.unit or o.id in self.seen or not _may_be_whole(scope, o, part):
                continue
            described = scope.named_by(own, o)
            if described >= 0.6:
                self.add(o, 0.6, f"the nearest larger figure the part's words narrow ({described:.2f})")
                return

    def _says_total(self, o: Claim) -> bool:
        return "t:total" in self.scope.about(o) or o.subject == "global"

    def _by_cover(self, o: Claim, cover: float, next_best: float, wants_total: bool, headline: bool,
                  sole_total: bool = False) -> tuple[float, str]:
        """As strong as the words single it out: by how much it beats every figure of another value; a total
        named so ("of all those in employment") is the one figure the words cover that says it is a total
        ("total employment … 2,789,600", not the men's and women's figures)."""
        margin = cover - next_best
        strength = 0.45 + 0.35 * min(cover, 1.0) * max(0.0, min(1.0, margin / 0.3))
        why = f"its words carry those naming the whole ({cover:.2f}, next figure {next_best:.2f})"
        if wants_total and self._says_total(o):
            if sole_total and cover >= 0.8:
                return max(strength + 0.1, 0.8), why + ", the only one of them named a total, as the whole is"
            return strength + 0.1, why + ", both named a total"
        if wants_total and headline:
            # "612,400 bags, or 21.6 pct of the total": the total of bags the article leads with
            return strength + 0.3, why + ", the article's first figure of what the part counts"
        return strength, why

    def _as_total(self, o: Claim, pool: list[Claim]) -> tuple[float, str]:
        """"…, or 21.6 pct of the total": the total of the part's own unit, the article's headline figure first."""
        scope, part = self.scope, self.part
        if o.unit != part.unit or not _related(scope, o, part):
            return 0.0, ""
        headline = next((x for x in scope.claims if x.unit == part.unit and is_quantity(x)), None)
        totals = [x for x in pool if x.unit == part.unit and ("t:total" in scope.about(x) or x is headline)]
        if o not in totals:
            return 0.0, ""
        strength = 0.8 if len({x.value for x in totals}) == 1 else 0.5
        self.by_unit.append((o, strength))
        return strength, "the total of the part's unit" + (", the article's first such figure" if o is headline else "")

    def _adjusted(self, o: Claim, cover: float, strength: float, para: int, lead_by: float = 0.0) -> float:
        scope, part = self.scope, self.part
        if self._listed(o, cover, lead_by):
            strength -= 0.15  # a figure listed as a part of something is a less likely whole
        if o.unit == "item" and part.unit == "item" and cover < 0.95:
            strength = min(strength, 0.6)  # two figures of no known unit: their kinds may differ
        distance = abs(scope.paragraph(o) - para)
        if distance > 5 and scope.paragraph(o) > 1:  # the title's and the lead's figures are the article's own
            strength -= 0.02 * (distance - 5)
        return min(strength, 0.9)

    def _notes(self, o: Claim, cover: float, lead_by: float = 0.0) -> str:
        return "; itself listed in a breakdown" if self._listed(o, cover, lead_by) else ""

    def _listed(self, o: Claim, cover: float, lead_by: float) -> bool:
        """Listed in a breakdown (the part not), and not singled out by the words naming the whole ("43,8% tổng lượng
        khách quốc tế" for "Trong đó, khách quốc tế đạt 2,95 triệu lượt", the words the total before it does not
        carry): a less likely whole than the total it is listed in."""
        scope = self.scope
        return (scope.in_breakdown(o) and not scope.in_breakdown(self.part) and cover < 0.95
                and lead_by < _SINGLED_OUT)


def _related(scope: Scope, whole: Claim, part: Claim) -> bool:
    """Whether a whole named by nothing but its unit may be the part's: it shares a word about what it is, or
    stands near the part (three paragraphs), or in the article's lead. A digest's unrelated items far apart
    ("新设立外商投资企业31654家" … "证券评估机构145家，占比53.3%") are none of these."""
    words = {t for t in scope.about(whole) if ":" not in t} & {t for t in scope.about(part) if ":" not in t}
    if words or scope.counted(whole) & scope.counted(part):
        return True
    return abs(scope.paragraph(whole) - scope.paragraph(part)) <= 3 or scope.paragraph(whole) <= 2


def _headline(scope: Scope, counted: frozenset[str], part: Claim) -> Claim | None:
    """The article's first figure of the part's unit that counts the same thing (not one listed as a part of an
    earlier figure: "Trong đó, tiêu thụ trong nước 14,6 triệu tấn" is a part of the sales before it)."""
    return next((o for o in scope.claims if o.unit == part.unit and is_quantity(o) and not scope.in_breakdown(o)
                 and counted <= scope.counted(o) | scope.about(o)), None)


def _lead(scope: Scope, named: frozenset[str], part: Claim) -> Claim | None:
    """The article's first figure of the part's unit that the words naming the whole cover: "Indonesia's palm
    oil exports rose 9.4% in 2025 to 29.6 million tonnes" … "25.1% of the country's total shipments"."""
    return next((o for o in scope.claims if o.unit == part.unit and is_quantity(o) and not scope.is_base(o)
                 and not scope.in_breakdown(o) and scope.covers(named, o) >= 0.8), None)


def _best_other(best_by_value: dict[object, float], value: object, same: frozenset[object] = frozenset()) -> float:
    return max((c for v, c in best_by_value.items() if v != value and v not in same), default=0.0)


def _restating(pool: list[Claim], o: Claim) -> frozenset[object]:
    """The values of the pool that state `o` again, one of the two hedged and holding the other ("Hơn 36.000 lao
    động" in the title for the 36.420 of the text, "gần 260 tỷ kWh" for 258,6 tỷ kWh): the same figure, rounded
    or bounded, not another one the words might name."""
    return frozenset(x.value for x in pool if x.value != o.value and x.unit == o.unit
                     and (_holds(x, o.value) or _holds(o, x.value)))


def _exact_of(scope: Scope, named: frozenset[str], o: Claim, part: Claim) -> Claim | None:
    """The exact figure a hedged one the words name restates ("Hơn 36.000" in the title for the "36.420" of the
    text; "gần 260 tỷ kWh" near the end for the "258,6 tỷ kWh" of the lead): the article's first of the unit that
    the hedge holds and the words name as well. The whole is that one, given exactly."""
    if o.hedge is None:
        return None
    para = scope.paragraph(o)  # the figures near it, and the article's title and lead
    near = [*scope.in_paragraphs(0, min(2, para - _REACH - 1)), *scope.in_paragraphs(para - _REACH, para + _REACH)]
    return next((x for x in near if x.hedge is None and x.unit == o.unit and x.value != o.value
                 and _holds(o, x.value) and _may_be_whole(scope, x, part) and scope.covers(named, x) >= 0.6), None)


def _holds(hedged: Claim, value: Decimal) -> bool:
    if hedged.hedge is None:
        return False
    precision = hedged.precision if hedged.precision is not None else written_precision(hedged.value)
    bands = stated_bands(hedged.value, precision, hedged.hedge, hedged.high)
    return bands.natural.contains(value)


def _may_be_whole(scope: Scope, w: Claim, part: Claim, framed: bool = False, plan: bool = False) -> bool:
    """Larger than the part, of its kind (unit dimension), period and modality (a plan's, for a share of a plan);
    not a change or a base (unless the share's own phrase frames it as the whole: a fraction after a figure makes it
    a base elsewhere)."""
    if not is_quantity(w) or not compatible(w, part):
        return False
    if range_end(scope, w) or priced_apart(scope, part, w):
        return False  # an end of a range, or a price per a good against an amount or another good's price (`prices`)
    try:
        if value_in(w, part.unit) <= part.value and not plan:  # (a plan may be exceeded: "bằng 107,4% dự toán")
            return False
    except Exception:
        return False
    if w.period is not None and part.period is not None and w.period.same_as(part.period) is not True and not (
            plan and part.period.within(w.period)):
        return False  # (a plan is of the year a part's figure to date falls in: "lũy kế … đến 31/10 … 47,6% kế hoạch")
    if w.modality != part.modality and not (plan and w.modality == Modality.TARGET):
        return False
    if not plan and plan_given(scope, w):
        return False  # "bằng 73,8% dự toán được giao cả năm (2.360 tỷ đồng)": the plan's figure, no actual whole
    return not (scope.is_delta(w) or (scope.is_base(w) and not framed) or scope.is_signed(w)
                or scope.is_group_count(w))
