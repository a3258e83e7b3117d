"""Fuzzing (issue #13): hostile text, bytes and claim files never make an internal error.

The property, for every generated input: no exception out of `validator.extract`; `claimcheck check`
exits 0, 1 or 2 with no "internal error" and no traceback; and no more than 10 s per 100 KB of input.
Under the `ci` profile each test draws a third of the profile's examples (20), inputs of a few KB at
most, so the whole file stays within a few seconds; `HYPOTHESIS_PROFILE=dev` draws 333 and adds a
100 KB run (`test_a_long_document_of_fragments`).
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from validator.cli import main
from validator.extract import extract

EXAMPLES = max(10, settings.default.max_examples // 3)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DEV_ONLY = pytest.mark.skipif(os.environ.get("HYPOTHESIS_PROFILE") != "dev", reason="dev profile only (slow)")


def within_budget(started: float, size: int) -> None:
    elapsed = time.perf_counter() - started
    assert elapsed < 10 * max(1.0, size / 100_000), f"{elapsed:.1f} s for {size} characters"


# --- validator.extract -----------------------------------------------------------------------------

NUMBER_FRAGMENTS = ["1", "0", "12", "12,866", "12.866", "1.000.000", "70,5", "0.5", "1e9", "١٢٣", "１２", "3/4",
                    "-", "–", "~", "2024", "Q3", "1–5", ",", ".", " ", "\n", "(", ")", "[1]", "x", "lần", "倍"]
SCALE_WORDS = ["nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn", "万", "亿", "万亿", "千", "百", "thousand", "million",
               "billion", "trillion", "k", "M", "bn"]
CJK_NUMERALS = list("零一二两三四五六七八九十百千万亿") + ["十分之一", "三百二十亿", "近千", "两倍"]
PERCENT = ["%", "％", "‰", "phần trăm", "điểm phần trăm", "percent", "per cent", "percentage points", "个百分点",
           "百分之", "成"]
HEDGES = ["khoảng", "gần", "hơn", "ít nhất", "dưới", "约", "近", "将近", "超过", "逾", "不到", "左右", "about",
          "nearly", "over", "more than", "at least", "under", "roughly", "up to"]
FRAGMENTS = st.sampled_from(NUMBER_FRAGMENTS + SCALE_WORDS + CJK_NUMERALS + PERCENT + HEDGES)
LANGUAGE = st.sampled_from(["vi", "zh", "en", None])


def assert_claims_index_the_text(text: str, language: str | None) -> None:
    started = time.perf_counter()
    claims = extract(text, language)
    within_budget(started, len(text))
    for claim in claims:
        assert claim.span is not None and 0 <= claim.span.start < claim.span.end <= len(text)
        assert text[claim.span.start:claim.span.end] == claim.text


@FUZZ
@given(text=st.text(max_size=400), language=LANGUAGE)
def test_extract_on_arbitrary_unicode(text: str, language: str | None) -> None:
    assert_claims_index_the_text(text, language)


@FUZZ
@given(pieces=st.lists(st.tuples(FRAGMENTS, st.sampled_from(["", " ", "  ", "\n", ", ", "。", "."])), max_size=60),
       language=LANGUAGE)
def test_extract_on_text_made_of_number_words(pieces: list[tuple[str, str]], language: str | None) -> None:
    assert_claims_index_the_text("".join(a + b for a, b in pieces), language)


@DEV_ONLY
@settings(max_examples=5, deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])  # a 100 KB case
# that fails is reported as drawn: shrinking it would rerun it for many minutes
@given(seed=st.lists(FRAGMENTS, min_size=20, max_size=40), language=LANGUAGE)
def test_a_long_document_of_fragments(seed: list[str], language: str | None) -> None:
    text = (" ".join(seed) + "\n") * (100_000 // (len(" ".join(seed)) + 1) + 1)
    assert_claims_index_the_text(text, language)


# --- claimcheck check ------------------------------------------------------------------------------


def run_check(files: dict[str, bytes], *paths: str) -> tuple[int, str]:
    """`claimcheck check PATHS --format json` in a fresh project holding `files`: (status, stderr)."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "pyproject.toml").write_text("", encoding="utf-8")
        for name, data in files.items():
            (root / name).write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        before = os.getcwd()
        os.chdir(root)
        started = time.perf_counter()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(["check", *paths, "--format", "json"])
        finally:
            os.chdir(before)
        within_budget(started, sum(len(d) for d in files.values()))
    return status, err.getvalue()


def assert_no_internal_error(status: int, err: str) -> None:
    assert status in (0, 1, 2), err
    assert "internal error" not in err and "Traceback" not in err, err


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".json", ".yaml"]))
def test_check_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    assert_no_internal_error(*run_check({f"a{suffix}": data}, f"a{suffix}"))


@FUZZ
@given(text=st.lists(st.sampled_from(list('{}[]":,\\ \nabc017.-eE') + ['"title"', '"content"', "\\ud800", "\\u"]),
                     max_size=200).map("".join))
def test_check_on_json_like_text(text: str) -> None:
    assert_no_internal_error(*run_check({"a.json": text.encode("utf-8", "surrogatepass")}, "a.json"))


# Hostile YAML scalars for every field of the claim-file schema (`claimcheck schema`).
HOSTILE = [
    ".nan", "-.inf", ".inf", "1e400", "1e999999999", "1" * 60, "1e-400", "0", "-0", "-1", "0.000001", "1:10:30",
    "0x1F", "0o17", "010", "yes", "no", "on", "~", "null", "''", '"\\0"', '"\\e]0;x\\a"', '"a\\nb"', "[1, [2]]",
    "{a: 1}", "[]", "{}", "!!python/object:os.system [x]", "!!binary aGk=", "!!float 1:10", "!!int x",
    "!!timestamp 2024-02-30", "2024-02-30", "2024-13", "2025-05..2024-01", "2024-Q5", "12.866e6", "70.5", "5",
    "17e6", "true", "'10**10**10'", "\"vehicle('x')\"", "percent", "vehicle", "CNY", "about", "nearly", "over",
    "as_much", "more", "forecast", "x", "a", "b", "other#a", "'../../../etc/passwd'", "/etc/passwd",
]
SCALAR = st.sampled_from(HOSTILE)
CLAIM_KEYS = ["id", "text", "quote", "value", "unit", "precision", "hedge", "high", "reading", "period", "subject",
              "metric", "modality", "language", "note", "span", "accepted"]
RELATION_KEYS = ["kind", "share", "part", "whole", "change", "current", "base", "direction", "multiple", "rate",
                 "years", "parts", "complete", "inner", "outer", "k", "m", "count", "items", "claims", "duration",
                 "start", "end", "confidence"]
KINDS = ["share", "change", "multiple", "cagr", "parts", "subset", "enumeration", "restatement", "duration"]


@st.composite
def claim_files(draw: st.DrawFn) -> str:
    def mapping(keys: list[str], required: dict[str, st.SearchStrategy[str]]) -> str:
        chosen = draw(st.lists(st.sampled_from(keys), unique=True, max_size=6))
        fields = {k: draw(v) for k, v in required.items()}
        fields.update({k: draw(SCALAR) for k in chosen if k not in fields})
        return "{" + ", ".join(f"{k}: {v}" for k, v in fields.items()) + "}"

    ids = st.sampled_from(["a", "b", "x", "other#a"])
    claims = draw(st.lists(st.just(None).map(lambda _: mapping(CLAIM_KEYS, {
        "id": ids, "text": st.sampled_from(["'17 million'", "'70.5%'", "x"]), "value": SCALAR,
        "unit": st.sampled_from(["vehicle", "percent", "''", "'10**10**10'", "times"])})), max_size=4))
    relations = draw(st.lists(st.just(None).map(lambda _: mapping(RELATION_KEYS, {
        "kind": st.sampled_from(KINDS)})), max_size=3))
    article = draw(st.sampled_from(["a.txt", "../a.txt", "/etc/passwd", "'a\\nb.txt'", "[a.txt]", "missing.txt"]))
    lines = [f"article: {article}", "claims:", *(f"  - {c}" for c in claims), "relations:",
             *(f"  - {r}" for r in relations)]
    if draw(st.booleans()):
        lines.insert(0, draw(st.sampled_from(["language: xx", "date: 2024-02-30", "article: b.txt", "%YAML 1.1"])))
    return "\n".join(lines) + "\n"


@FUZZ
@given(text=claim_files())
def test_check_on_claim_files_with_hostile_values(text: str) -> None:
    article = b"Global EV sales reached 17 million vehicles; China sold 12.866 million, 70.5% of the total.\n"
    assert_no_internal_error(*run_check({"c.yaml": text.encode("utf-8"), "a.txt": article}, "c.yaml"))


NUMBERS = ["0", "-0", "-1", "1", "0.5", "1e-30", "9.99e29", "-9.99e29", "100", "70.5", "12.866e6", "17e6", "1e-5",
           "0.000000000000000000000000000001", "123456789012345678901234567890.123456789"]
UNITS = ["vehicle", "percent", "times", "point", "CNY", "USD", "item", "year", "GWh", "MWh"]
PERIODS = ["2024", "2023", "2024-Q3", "2025-01..2025-05", "2024-H1", "2024-02", "1900", "9999"]


@st.composite
def valid_claim_files(draw: st.DrawFn) -> str:
    """Claim files the schema accepts, with extreme numbers: what the rules must survive."""
    ids = ["a", "b", "c", "d"]
    claims = []
    for claim_id in ids:
        fields = {"id": claim_id, "text": "'17 million'", "value": draw(st.sampled_from(NUMBERS)),
                  "unit": draw(st.sampled_from(UNITS))}
        for key, values in (("precision", ["0", "1e-30", "1e29", "0.1", "1"]), ("hedge", ["about", "nearly",
                            "over", "under", "at_least"]), ("period", PERIODS), ("reading", ["as_much", "more"]),
                            ("high", ["9.99e29"])):
            if draw(st.booleans()):
                fields[key] = draw(st.sampled_from(values))
        claims.append("{" + ", ".join(f"{k}: {v}" for k, v in fields.items()) + "}")
    ref = st.sampled_from(ids)
    relations = []
    for kind in draw(st.lists(st.sampled_from(KINDS), max_size=4)):
        a, b, c = draw(ref), draw(ref), draw(ref)
        relations.append({
            "share": f"{{kind: share, share: {a}, part: {b}, whole: {c}}}",
            "change": f"{{kind: change, change: {a}, current: {b}, base: {c}, direction: "
                      f"{draw(st.sampled_from(['up', 'down']))}}}",
            "multiple": f"{{kind: multiple, multiple: {a}, base: {b}, current: {c}}}",
            "cagr": f"{{kind: cagr, base: {a}, current: {b}, rate: {c}, years: "
                    f"{draw(st.sampled_from(['0.0834', '1', '5', '9.99e29']))}}}",
            "parts": f"{{kind: parts, whole: {a}, parts: [{b}, {c}], complete: true}}",
            "subset": f"{{kind: subset, inner: {a}, outer: {b}, k: 1, m: {draw(st.sampled_from([1, 2, 10**6]))}}}",
            "enumeration": f"{{kind: enumeration, count: {a}, items: [x, y]}}",
            "restatement": f"{{kind: restatement, claims: [{a}, {b}]}}",
            "duration": f"{{kind: duration, duration: {a}, start: {draw(st.sampled_from([0, 2012, 9999]))}, "
                        f"end: {draw(st.sampled_from([0, 2024, -5]))}}}",
        }[kind])
    return "\n".join(["article: a.txt", "claims:", *(f"  - {c}" for c in claims), "relations: []" if not relations
                      else "relations:", *(f"  - {r}" for r in relations)]) + "\n"


@FUZZ
@given(text=valid_claim_files())
def test_check_on_valid_claim_files_with_extreme_numbers(text: str) -> None:
    article = b"Global EV sales reached 17 million vehicles; China sold 12.866 million, 70.5% of the total.\n"
    assert_no_internal_error(*run_check({"c.yaml": text.encode("utf-8"), "a.txt": article}, "c.yaml"))
