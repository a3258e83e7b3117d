"""Claim files stay anchored while the article is edited: moves are fine, changes and deletions are stale."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from validator.anchoring import Anchorer, anchor_claim, normalize
from validator.engine import check
from validator.model import Claim, Finding, Span

Edit = Callable[[Path, str, str], None]
SENTENCE = "chiếm 70,5% thị trường toàn cầu"


def stale(paths: list[Path]) -> list[Finding]:
    report = check([str(p) for p in paths])
    assert report.errors == []
    return [f for f in report.findings if f.rule == "ST401"]


def claim(**kw: object) -> Claim:
    data: dict[str, object] = {
        "id": "c",
        "text": "70,5%",
        "quote": SENTENCE,
        "value": "70.5",
        "unit": "percent",
    }
    data.update(kw)
    return Claim.model_validate(data)


def test_unedited_seed_has_no_stale_claim(seed_copy: tuple[Path, Path]) -> None:
    assert stale([seed_copy[1]]) == []


def test_moving_the_paragraph_is_not_a_finding(seed_copy: tuple[Path, Path]) -> None:
    article, claims = seed_copy
    lines = article.read_text(encoding="utf-8").split("\n")
    (i,) = [n for n, line in enumerate(lines) if "70,5%" in line]
    moved = lines.pop(i)
    target = len(lines) - 3
    lines.insert(target, moved)
    article.write_text("\n".join(lines), encoding="utf-8")
    assert stale([claims]) == []
    report = check([str(claims)])
    nr101 = [f for f in report.findings if f.rule == "NR101"]
    assert [f.text for f in nr101] == ["70,5%"]  # findings follow the number to its new place
    assert nr101[0].line == target + 1


def test_whitespace_and_quote_marks_edits_still_anchor(seed_copy: tuple[Path, Path], edit: Edit) -> None:
    article, claims = seed_copy
    edit(
        article,
        "với tỷ lệ thâm nhập vượt 40%, chiếm 70,5% thị",
        "với tỷ lệ  thâm nhập\u00a0vượt 40%,  chiếm 70,5%  thị",
    )
    assert stale([claims]) == []


def test_changed_number_is_stale_and_names_the_change(seed_copy: tuple[Path, Path], edit: Edit) -> None:
    article, claims = seed_copy
    edit(article, "chiếm 70,5% thị", "chiếm 75,7% thị")
    (finding,) = stale([claims])
    assert finding.message.startswith(
        "claim 'cn-global-share-2024': the article now says '75,7%' where the claim file has '70,5%'"
    )
    assert finding.text == "75,7%"
    text = article.read_text(encoding="utf-8")
    assert text[finding.start : finding.end] == "75,7%"
    assert finding.severity == "error"


def test_deleted_sentence_is_stale_no_longer_found(seed_copy: tuple[Path, Path], edit: Edit) -> None:
    article, claims = seed_copy
    edit(article, ", với tỷ lệ thâm nhập vượt 40%, chiếm 70,5% thị trường toàn cầu.", ".")
    findings = stale([claims])
    by_claim = {f.claim: f.message for f in findings}
    assert set(by_claim) == {"cn-global-share-2024", "cn-penetration-2024-over"}
    assert "quote no longer found" in by_claim["cn-global-share-2024"]


def test_exact_fast_path_keeps_the_recorded_span() -> None:
    text = f"Mở đầu. {SENTENCE}."
    start = text.index("70,5%")
    span, problem = anchor_claim(claim(span=Span(start=start, end=start + 5)), Anchorer(text))
    assert (span, problem) == (Span(start=start, end=start + 5), None)


def test_recorded_span_elsewhere_is_relocated() -> None:
    text = f"Thêm một câu mới ở đầu. {SENTENCE}."
    span, problem = anchor_claim(claim(span=Span(start=0, end=5)), Anchorer(text))
    assert problem is None and span is not None
    assert text[span.start : span.end] == "70,5%"


def test_fuzzy_match_survives_a_typo_in_the_quote() -> None:
    text = "Trung Quốc chiếm 70,5% thị truờng toàn cầu năm nay."
    span, problem = anchor_claim(claim(), Anchorer(text))
    assert problem is None and span is not None and text[span.start : span.end] == "70,5%"


def test_changed_word_number_is_reported() -> None:
    c = claim(text="hai yếu tố", quote="Có hai yếu tố cần phải chú ý", value="2", unit="item")
    span, problem = anchor_claim(c, Anchorer("Mở đầu. Có ba yếu tố cần phải chú ý."))
    assert problem is not None and problem.kind == "changed"
    assert problem.now == "ba yếu tố"


def test_number_respaced_is_not_a_change() -> None:
    text = "Trung Quốc chiếm 70,5 % thị trường toàn cầu."
    span, problem = anchor_claim(claim(), Anchorer(text))
    assert problem is None and span is not None and text[span.start : span.end] == "70,5 %"


def test_claim_without_quote_anchors_on_its_text() -> None:
    span, problem = anchor_claim(claim(quote=None), Anchorer("x 70,5% y"))
    assert (span, problem) == (Span(start=2, end=7), None)


def test_short_quote_is_not_matched_fuzzily() -> None:
    span, problem = anchor_claim(claim(text="5,4%", quote="từ 5,4%"), Anchorer("đến 9,9 triệu"))
    assert span is None and problem is not None and problem.kind == "vanished"


def test_normalize_maps_back_to_original_offsets() -> None:
    n = normalize("A  “12,5%”\n b")
    assert n.text == 'a "00,0%" b'
    assert n.span(2, 9) == (3, 10)
