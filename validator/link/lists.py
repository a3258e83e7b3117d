"""Lists that bind rates to figures in order: "A và B lần lượt tăng 8% và 27%", "分别为A和B，同比分别增长x%和
y%", "rose to A and B respectively … increases of x% and y%"; and a list named as the earlier figures
("上年同期分别为C和D", "(cùng kỳ … lần lượt là C và D)"). The i-th rate belongs to the i-th figure of each.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from validator.extract.context import Sentence
from validator.lexicon import alternation, lexicon, word_table
from validator.link.scope import (
    Scope,
    compatible,
    end,
    is_amount,
    list_joiner,
    start,
)
from validator.link.wording import RATES, earlier_words, lead_start, moves
from validator.model import Claim


@functools.cache
def _qualified_joiner(language: str) -> re.Pattern[str]:
    joiner = list_joiner(language)
    return re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}(?:" + joiner.pattern + ")", joiner.flags)


def _runs(scope: Scope, claims: list[Claim], keep: set[str], qualified: bool = False) -> list[list[Claim]]:
    """Runs of consecutive figures (ids in `keep`) joined as a list; a rise or fall word may open an item
    ("分别增长1.8%和下降2.3%"), and with `qualified` a word or two may say what each is ("tăng lần lượt 12,9% về
    lượng và 22,9% về giá trị")."""
    joiner = _qualified_joiner(scope.lang) if qualified else list_joiner(scope.lang)
    runs: list[list[Claim]] = []
    current: list[Claim] = []
    for o in claims:
        if o.id not in keep:
            if current:
                runs.append(current)
            current = []
            continue
        if current:
            prev = current[-1]
            gap = scope.text[end(prev):start(o)]
            for m in sorted(moves(scope, end(prev), start(o)), key=lambda h: -h.start):
                gap = gap[: m.start - end(prev)] + gap[m.end - end(prev):]
            if not (joiner.fullmatch(gap) and gap.strip() and (compatible(prev, o) or is_amount(o))):
                runs.append(current)
                current = []
        current.append(o)
    if current:
        runs.append(current)
    return [r for r in runs if len(r) >= 2]


def respective(scope: Scope, changes: dict[str, str]
                ) -> tuple[dict[str, tuple[Claim | None, Claim | None]], dict[str, str]]:
    """For each rate of a list in a sentence that says "respectively", its own current figure and base:
    the i-th of the list of figures before it (or reached after it), and the i-th of a list named as the
    earlier figures ("上年同期分别为C和D", "from C and D", "(cùng kỳ … lần lượt là C và D)")."""
    marks = scope.ctx.hits["respectively"]  # the document's index has scanned the text for them
    out: dict[str, tuple[Claim | None, Claim | None]] = {}
    directions: dict[str, str] = {}
    seen: set[int] = set()
    for mark in marks:
        sentence = scope.sentence_of(mark.start)
        if sentence.start in seen:
            continue
        seen.add(sentence.start)
        claims = scope.starting_in(sentence.start, sentence.end)
        rates = {o.id for o in claims if o.unit in RATES}
        amounts = {o.id for o in claims if is_amount(o) and not scope.is_group_count(o)}
        amount_runs = _runs(scope, claims, amounts)
        for run in _runs(scope, claims, rates, qualified=True):
            lead = changes.get(run[0].id)
            if lead is None:
                continue
            same = [a for a in amount_runs if len(a) == len(run)]
            bases = ([a for a in same if _names_earlier(scope, a, claims)]
                     or [a for a in same if _named_earlier_after(scope, a, end(run[-1]))])
            currents = [a for a in same if a not in bases]
            before = [a for a in currents if end(a[-1]) <= start(run[0])]
            after = [a for a in currents if start(a[0]) >= end(run[-1])]
            current = before[-1] if before else after[0] if after else None
            if current is None:  # "xuất khẩu 9,18 triệu tấn gạo, thu về 5,75 tỷ USD, tăng lần lượt 12,9% và 22,9%"
                loose = [o for o in claims if o.id in amounts and end(o) <= start(run[0])
                         and not any(o in b for b in bases)]
                current = loose[-len(run):] if len(loose) >= len(run) else None
            base = min(bases, key=lambda a: abs(start(a[0]) - start(run[0]))) if bases else None
            if current is None and base is not None:
                current = _said_before(scope, sentence.start, base) or _named_before(
                    scope, sentence.start, min(mark.start, start(run[0])), base)
            if current is not None and base is None:
                base = _told_together(scope, sentence, run, current, changes.get(run[0].id, lead))
            for i, rate in enumerate(run):
                out[rate.id] = (current[i] if current else None, base[i] if base else None)
                directions[rate.id] = changes.get(rate.id, lead)
    return out, directions


def _told_together(scope: Scope, sentence: Sentence, run: list[Claim], current: list[Claim], direction: str
                   ) -> list[Claim] | None:
    """The earlier figures of a list's items told together elsewhere, in one sentence and in the list's order
    ("…lần lượt tăng 31,3% và 17,1%. Nửa đầu năm 2024, tỉnh đón 1,76 triệu lượt khách quốc tế và 2,99 triệu lượt
    khách nội địa"): the figures of that sentence that are each item's figure for the period before
    (`prior_figures`), exactly as many as the items. The order is taken only when the arithmetic confirms it:
    some rate checks against its own earlier figure, and no other order makes every rate check."""
    from validator.link.priors import prior_figures  # (priors reads the lists: imported when used)

    found = [{o.id: o for o, _, _ in prior_figures(scope, c)
              if not sentence.start <= start(o) < sentence.end} for c in current]
    if not all(found):
        return None
    told = {o.id: o for f in found for o in f.values()}
    if len({scope.sentence_of(start(o)).start for o in told.values()}) != 1 or len(told) != len(current):
        return None
    base = sorted(told.values(), key=start)
    if not all(o.id in f for o, f in zip(base, found, strict=True)):
        return None
    checks = [_checks(r, c, b, direction) for r, c, b in zip(run, current, base, strict=True)]
    if not any(checks) or all(checks):
        return None if not any(checks) else base
    if len(base) == 2 and all(_checks(r, c, b, direction) for r, c, b in zip(run, current, base[::-1], strict=True)):
        return None  # the other order is as consistent
    return base


def _checks(rate: Claim, current: Claim, base: Claim, direction: str) -> bool:
    """Whether a rate is the change from `base` to `current`, within the rounding of the three figures."""
    if not base.value or current.unit != base.unit:
        return False
    moved = (current.value / base.value - 1) * 100
    said = rate.value if direction == "up" else -rate.value
    slack = _half_unit(rate.value) + abs(moved + 100) * (_rel(current) + _rel(base))
    return abs(moved - said) <= slack


def _half_unit(value: Decimal) -> Decimal:
    exponent = value.normalize().as_tuple().exponent
    return Decimal(5) * Decimal(10) ** (min(int(exponent), 0) - 1)


def _rel(c: Claim) -> Decimal:
    """The relative rounding of a figure as written: half a unit of its last digit."""
    digits = re.search(r"\d[\d.,\s]*", c.text)
    n = int(re.sub(r"\D", "", digits.group())) if digits else 0
    return Decimal("0.5") / n if n else Decimal(1)


def _names_earlier(scope: Scope, run: list[Claim], claims: list[Claim]) -> bool:
    """Whether a list of figures is given as the earlier ones: a comparison or earlier-period word leads it,
    or it stands in parentheses right after another list ("đạt A và B (cuối năm 2023 lần lượt là C và D)") or
    before a comparison word ("与上年（C和D）相比")."""
    lo = lead_start(scope, run[0])
    if earlier_words(scope, lo, start(run[0])):
        return True
    closing = re.match(r"\s*[)）]\s*", scope.text[end(run[-1]):end(run[-1]) + 4])
    if closing and word_table(scope.lang, "comparison", "base").scan(scope.text, end(run[-1]) + closing.end(),
                                                                      end(run[-1]) + closing.end() + 4):
        return True  # "与二季度（C和D）相比": the comparison closes on it
    before = [o for o in claims if end(o) <= start(run[0])]
    if not before or not is_amount(before[-1]):
        return False
    gap = scope.text[end(before[-1]):start(run[0])]
    return ("(" in gap or "（" in gap) and not (")" in gap or "）" in gap)


def _named_earlier_after(scope: Scope, run: list[Claim], rates_end: int) -> bool:
    """Whether a list after the rates is the earlier figures: the words from the rates to it name the earlier
    period and no "to" word leads it ("up 9.8% and 6.1% on a year earlier, when the two stocks were C and D")."""
    lo = lead_start(scope, run[0])
    return (start(run[0]) >= rates_end and earlier_words(scope, rates_end, start(run[0]))
            and not scope.ctx.between("to", lo, start(run[0])))


def _said_before(scope: Scope, lo: int, base: list[Claim]) -> list[Claim] | None:
    """The current figures of a list whose sentence gives only the earlier ones and the rates: the sentence
    before, in the same paragraph, gives exactly as many figures, each of its earlier figure's kind ("Riêng
    tháng 11 … đạt 85.000 tấn, trị giá 469 triệu USD. So với tháng 10 (77.400 tấn và 392 triệu USD), lượng
    và trị giá lần lượt tăng 9,8% và 19,6%")."""
    here = scope.sentence_of(lo)
    before = scope.previous_sentence(here)
    if before is None or before.paragraph != here.paragraph:
        return None
    figures = [o for o in scope.starting_in(before.start, before.end)
               if is_amount(o) and not scope.is_group_count(o)]
    if len(figures) != len(base):
        return None
    if not all(compatible(f, b) and f.unit == b.unit for f, b in zip(figures, base, strict=True)):
        return None
    return figures


# how many sentences (segments) before a "respectively" sentence may give the current figures its items name
_NAMED_BACK = 6


def _named_before(scope: Scope, lo: int, hi: int, base: list[Claim]) -> list[Claim] | None:
    """The current figures of a list whose sentence gives only the rates and the earlier figures, told in the
    sentences before it in the paragraph: by name when the sentence names its items ("第一产业用电量112亿千瓦时；…；
    第三产业用电量1698亿千瓦时。其中，第一产业、第三产业用电量分别同比增长7.9%和6.9%，上年同期两者分别为…"): for each
    name, the last earlier figure of the base's kind whose clause opens on it (the clause is about it); or, when
    it names none ("Volumes to the two markets rose 11% and 16%, respectively, from C and D"), the sentences
    right before, each giving exactly one
    figure of that kind, as many as the list has (`_one_each`)."""
    here = scope.sentence_of(lo)
    sentences: list[Sentence] = []
    s = scope.previous_sentence(here)
    while s is not None and s.paragraph == here.paragraph and len(sentences) < _NAMED_BACK:
        sentences.append(s)
        s = scope.previous_sentence(s)
    if not sentences:
        return None
    names = _item_names(scope, lo, hi)
    if len(names) < 2:
        return _one_each(scope, sentences, base)
    if len(names) != len(base):
        return None
    figures = [o for s in reversed(sentences) for o in scope.starting_in(s.start, s.end)
               if is_amount(o) and not scope.is_group_count(o)]
    found: list[Claim] = []
    for name, b in zip(names, base, strict=True):
        hit = [o for o in figures if compatible(o, b) and o.unit == b.unit
               and _opens(scope.text[scope.clause_of(o)[0]:start(o)], name)]
        if not hit or hit[-1] in found:
            return None
        found.append(hit[-1])
    return found


def _one_each(scope: Scope, sentences: list[Sentence], base: list[Claim]) -> list[Claim] | None:
    """The figures of the sentences right before, one each, of the base list's kind, in order."""
    if len(sentences) < len(base):
        return None
    found: list[Claim] = []
    for s, b in zip(reversed(sentences[:len(base)]), base, strict=True):
        mine = [o for o in scope.starting_in(s.start, s.end) if is_amount(o) and not scope.is_group_count(o)
                and o.unit == b.unit]
        if len(mine) != 1 or not compatible(mine[0], b):
            return None
        found.append(mine[0])
    return found


def _item_names(scope: Scope, lo: int, hi: int) -> list[str]:
    """The names a "respectively" sentence lists before its rates ("第一产业、第三产业用电量", "Italy and Germany"),
    each as its head: its first characters in a script without spaces, its first two words elsewhere; lower-cased."""
    span = re.split(r"[,，:：;；]\s*", scope.text[lo:hi])[-1]
    bounded = lexicon(scope.lang).word_boundaries
    alt = alternation(scope.lang, "cues", "list_and")
    joiner = rf"\s*(?:、|\b(?:{alt})\b)\s*" if bounded else rf"\s*(?:、|{alt})\s*"
    items = [x.strip() for x in re.split(joiner, span, flags=re.IGNORECASE) if x.strip()]
    if bounded:
        return [" ".join(x.split()[:2]).lower() for x in items]
    return [x[:4].lower() for x in items]


def _opens(clause: str, name: str) -> bool:
    """Whether a clause opens on a name (its subject), quotes and spaces aside."""
    return clause.lstrip(" \n\"“”「『(（").lower().startswith(name)
