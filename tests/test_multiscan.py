"""MultiScan finds exactly what each pattern's own finditer finds: on the lexicons' period templates
and word tables, on hand-picked patterns, and on generated text full of the words they look for."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from validator.extract.periods import _lexicon
from validator.lexicon import LANGUAGES, scan_tables, section, word_table
from validator.scan.multiscan import MultiScan, guarded, guarded_variants

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = [("subjects",), ("metrics",), ("products",), ("modality",), ("cues", "share"), ("cues", "top")]


def spans(found: list[list[re.Match[str]]]) -> list[list[tuple[tuple[int, int], tuple[str | None, ...]]]]:
    return [[(m.span(), m.groups()) for m in matches] for matches in found]


def expected(patterns: list[re.Pattern[str]], text: str, pos: int = 0, end: int | None = None) -> list:
    stop = len(text) if end is None else end
    return spans([list(p.finditer(text, pos, stop)) for p in patterns])


def templates(language: str) -> list[re.Pattern[str]]:
    return [t.regex for t in _lexicon(language).templates]


@functools.cache
def vocabulary(language: str) -> list[str]:
    """Words the patterns look for, cut in pieces, with digits, marks and case changes."""
    words: list[str] = []
    for keys in SECTIONS:
        table = section(language, *keys) or {}
        for entries in table.values() if isinstance(table, dict) else [table]:
            words.extend(str(w) for w in entries or [])
    for entries in (section(language, "periods") or {}).values():
        if isinstance(entries, dict):
            words.extend(str(w) for w in entries)
    pieces = [w[: len(w) // 2] for w in words if len(w) > 3]
    return sorted({*words, *pieces, *(w.upper() for w in words[:40]), "2024", "12", "3", "Q3", "H1", "-", "/",
                   ".", ",", ":", " ", "\n", "年", "月", "前", "tháng", "năm", "the", "İ", "ſ", "K", "x"})


@pytest.mark.parametrize("language", LANGUAGES)
def test_period_templates_on_the_seeds(language: str) -> None:
    patterns = templates(language)
    scan = MultiScan(patterns)
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert spans(scan.scan(text)) == expected(patterns, text)
        assert spans(scan.scan(text, 100, 900)) == expected(patterns, text, 100, 900)


@pytest.mark.parametrize("language", LANGUAGES)
def test_word_tables_on_the_seeds(language: str) -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert scan_tables(language, SECTIONS, text) == [word_table(language, *k).scan(text) for k in SECTIONS]


@functools.cache
def pattern_sets(language: str) -> list[tuple[list[re.Pattern[str]], MultiScan]]:
    """The period templates and the word tables' patterns, each with its MultiScan: built once per language,
    as the extractor builds them, and then run on every generated text (a MultiScan holds no state between
    scans; building one is what took the time)."""
    tables = [t.pattern for t in (word_table(language, *k) for k in SECTIONS) if t.pattern is not None]
    return [(patterns, MultiScan(patterns)) for patterns in (templates(language), tables)]


@pytest.mark.parametrize("language", LANGUAGES)
@given(data=st.data())
def test_generated_text(language: str, data: st.DataObject) -> None:
    words = data.draw(st.lists(st.sampled_from(vocabulary(language)), max_size=30))
    seps = data.draw(st.lists(st.sampled_from(["", " ", "  ", "-", ", ", "\n", "a", "5"]), min_size=len(words),
                              max_size=len(words)))
    text = "".join(w + s for w, s in zip(words, seps, strict=True))
    for patterns, scan in pattern_sets(language):
        assert spans(scan.scan(text)) == expected(patterns, text)
        if len(text) > 4:
            assert spans(scan.scan(text, 2, len(text) - 1)) == expected(patterns, text, 2, len(text) - 1)


HAND_PICKED = [
    r"\bthe (?:first|second) half\b",
    r"(?<![\w.])\d+(?:\.\d+)?\s?%",
    r"(?i)\bKelvin\b|ſ\w+",  # characters whose case folds oddly
    r"(?<!x)[a-c]{2,}",
    r"(?:ab)?c|abd",
    r"a(?!)|b",  # a dead branch
    r"[^a]b",  # may begin with anything: runs on its own
    r"x*y",
    r"(?i:ÉTÉ)|(?-i:été)",
]


@given(st.text(alphabet="abcdxyéÉtTKkſ.%5 \n-", max_size=40))
def test_hand_picked_patterns(text: str) -> None:
    patterns = [re.compile(p) for p in HAND_PICKED]
    assert spans(MultiScan(patterns).scan(text)) == expected(patterns, text)


@given(st.text(alphabet="abcdxyéÉtTKkſ.%5 \n-", max_size=40))
def test_guarded_patterns_match_the_same(text: str) -> None:
    for source in HAND_PICKED:
        pattern = re.compile(source)
        fast = guarded(pattern)
        for pos in range(len(text) + 1):
            a, b = pattern.match(text, pos), fast.match(text, pos)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


@pytest.mark.parametrize("language", LANGUAGES)
def test_guarded_master_on_the_seeds(language: str) -> None:
    from validator.extract.numerals.grammar import grammar

    master = grammar(language).master
    fast = guarded(master)
    assert fast is not master  # the lexicons' master patterns do get look-aheads
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for pos in range(0, len(text), 3):
            a, b = master.match(text, pos), fast.match(text, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


@pytest.mark.parametrize("language", LANGUAGES)
def test_guarded_master_variants_on_the_seeds(language: str) -> None:
    from validator.extract.numerals.grammar import grammar

    gm = grammar(language)
    found = guarded_variants(gm.master, 4, gm.master_variants)
    assert found is not None  # each of the master's four parts is one alternative
    whole, variants = found
    plain = {"num": gm.master_num, "skip": gm.master_skip}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for pos in range(0, len(text), 3):
            for fast, slow in ((whole, gm.master), *((variants[name], plain[name]) for name in plain)):
                assert slow is not None
                a, b = slow.match(text, pos), fast.match(text, pos)
                assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_guarded_variants_need_one_alternative_a_part() -> None:
    assert guarded_variants(re.compile("a|b(?:c|d)|e"), 3, {"x": (0,)}) is not None
    assert guarded_variants(re.compile("a|b|c|e"), 3, {"x": (0,)}) is None
    assert guarded_variants(re.compile("ab"), 1, {"x": (0,)}) is None
