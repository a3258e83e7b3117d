"""The fast paths give what the plain definitions give: numeral tokens tried, the guarded master
pattern, a lone connector, clauses, labels near a number, and period assignment."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from validator.document import document_from_text, load_document
from validator.extract.claims import PeriodReach, assign_periods
from validator.extract.context import _CLAUSE_BREAK, TextIndex
from validator.extract.numerals import find as numerals
from validator.extract.numerals import find_numbers
from validator.extract.numerals.grammar import grammar
from validator.extract.numerals.parse import parse_run
from validator.extract.numerals.tokens import tokenize
from validator.extract.periods import document_date, find_periods
from validator.lexicon import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def plain_matches(norm: str, language: str) -> Iterator[re.Match[str]]:
    """The master pattern tried token by token over the whole text, unguarded (the definition)."""
    gm = grammar(language)
    words, chars = gm.start_words, gm.start_chars
    if words is None:
        yield from gm.master.finditer(norm)
        return
    toks = list(numerals._SCAN.finditer(norm))
    next_num = [len(toks) + numerals._REACH] * (len(toks) + 1)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k].group()
        next_num[k] = k if (t[0].isdigit() or t.lower() in gm.number_words) else next_num[k + 1]
    last = 0
    for k, tok in enumerate(toks):
        pos = tok.start()
        if pos < last or (next_num[k] - k > numerals._REACH and not norm.startswith("://", tok.end())):
            continue
        ch = norm[pos]
        if ch.isalpha():
            nxt = norm[tok.end() : tok.end() + 2]
            if tok.group().lower() not in words and not (
                nxt[:1].isdigit() or (nxt[:1] in " -" and nxt[1:2].isdigit())
            ):
                continue
            # a number does not begin with a connector ("and"): the words after it are tried instead
            if tok.group().lower() in numerals._connectors(gm) and tok.group().lower() not in gm.skip_words:
                continue
        elif not ch.isdigit() and chars is not None and ch not in chars:
            continue
        m = gm.master.match(norm, pos)
        if m is not None and m.end() > pos:
            last = m.end()
            yield m


def spans(found: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_numeral_matches_on_the_seeds(path: Path) -> None:
    doc = load_document(path)
    text = doc.text
    assert spans(numerals._matches(text, grammar(doc.language))) == spans(plain_matches(text, doc.language))


def test_numeral_matches_across_token_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(numerals, "_BLOCK", 7)  # many blocks, each shorter than the reach
    doc = load_document(SEEDS[-1])
    text = doc.text[:6000]
    assert spans(numerals._matches(text, grammar(doc.language))) == spans(plain_matches(text, doc.language))


WORDS = ["the", "and", "of", "a", "one", "two", "hundred", "million", "about", "over", "nearly", "gần", "hơn",
         "năm", "một", "triệu", "nghìn", "tỷ", "chiếc", "%", "$", "5", "12", "2024", "1.5", "3,4", "-", "–", ".",
         ",", "(", ")", "“", "”", "M9", "VF", "Q3", "http://x.y/", "①", "²", "½", "the best part of", "in", "\n"]


@given(st.sampled_from(["en", "vi"]), st.lists(st.sampled_from(WORDS), max_size=40))
def test_numeral_matches_on_generated_text(language: str, words: list[str]) -> None:
    text = " ".join(words)
    assert spans(numerals._matches(text, grammar(language))) == spans(plain_matches(text, language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_lone_connector_parses_to_nothing(language: str) -> None:
    gm = grammar(language)
    for word in numerals._connectors(gm):
        assert parse_run(tokenize(word, 0, len(word), gm, money=False), gm) == []


def plain_clause(ctx: TextIndex, start: int, end: int) -> tuple[int, int]:
    s = ctx.sentence_of(start)
    left = s.start
    for m in _CLAUSE_BREAK.finditer(ctx.text, s.start, start):
        left = m.end()
    m2 = _CLAUSE_BREAK.search(ctx.text, end, s.end)
    return left, m2.start() if m2 else s.end


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_clauses_labels_and_periods_on_the_seeds(path: Path) -> None:
    doc = load_document(path)
    ctx = TextIndex(doc)
    mentions = find_numbers(doc.text, doc.language)
    for m in mentions:
        assert ctx.clause_of(m.start, m.end) == plain_clause(ctx, m.start, m.end)
        for name in ("subject", "metric", "share"):
            hits = ctx.between(name, ctx.sentence_of(m.start).start, m.start)
            assert ctx.last_before(name, ctx.sentence_of(m.start).start, m.start) == (hits[-1] if hits else None)
    periods = find_periods(doc.text, doc.language, document_date(doc))
    assert assign_periods(ctx, periods, mentions) == plain_assign(ctx, periods, mentions)


def test_clause_breaks_that_span_a_number() -> None:
    text = "Doanh thu đạt 5 - 7 tỷ, lợi nhuận - 2 tỷ - - 3 tỷ."
    ctx = TextIndex(document_from_text(text, language="vi"))
    for start in range(len(text)):
        for end in (start + 1, start + 3):
            if end <= len(text):
                assert ctx.clause_of(start, end) == plain_clause(ctx, start, end)


def plain_assign(ctx, periods, mentions):  # type: ignore[no-untyped-def]
    def gap(a, b):  # type: ignore[no-untyped-def]
        return max(b[0] - a[1], a[0] - b[1], 0)

    reaches = PeriodReach(ctx)
    dated = [p for p in periods if p.period_start is not None and p.period_end is not None]
    owner = {}
    for pi, p in enumerate(dated):
        s = ctx.sentence_of(p.start)
        best = None
        for mi, m in enumerate(mentions):
            if s.start <= m.start < s.end and reaches(p, m):
                g = gap((p.start, p.end), (m.start, m.end))
                if best is None or g < best[0]:
                    best = (g, mi)
        if best is not None:
            owner[pi] = best[1]
    out = []
    for mi, m in enumerate(mentions):
        own = [dated[pi] for pi, o in owner.items() if o == mi]
        if own:
            out.append(min(own, key=lambda p: gap((p.start, p.end), (m.start, m.end))))
            continue
        clause, s = ctx.clause_of(m.start, m.end), ctx.sentence_of(m.start)
        pool = [p for p in dated if s.start <= p.start < s.end and reaches(p, m)]
        ranked = sorted(pool, key=lambda p: (not (clause[0] <= p.start and p.end <= clause[1]),
                                             gap((p.start, p.end), (m.start, m.end))))
        out.append(ranked[0] if ranked else None)
    return out


PLAIN_SENTENCE_END = re.compile(
    r"(?:[。！？；]+|\.{3}|…|[.!?;]+(?=[\"'”’»)\]」』】》]*(?:\s|$)))[\"'”’»)\]」』】》]*"
)


@given(st.text(alphabet="a1 .…!?;。！？；\"'”)」\n", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_sentence_ends_as_written_plainly(text: str, start: int, end: int) -> None:
    from validator.document import _SENTENCE_END

    assert [m.span() for m in _SENTENCE_END.finditer(text, start, end)] == [
        m.span() for m in PLAIN_SENTENCE_END.finditer(text, start, end)
    ]
