"""`extract --update` as a library: merging a draft into a reviewed claim file keeps every hand edit."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from validator.atomic import write_atomic
from validator.claimfiles import (
    dump_claim_file,
    leading_comment,
    load_claim_file,
    merge_claim_files,
    update_claim_file,
)
from validator.claimfiles.writer import decimal_text as _decimal_text
from validator.engine import check
from validator.errors import InputError
from validator.model import Claim, ClaimFile, Span


def drafted(
    article: Path, claims: list[Claim], relations: list[dict[str, object]] | None = None
) -> ClaimFile:
    return ClaimFile.model_validate(
        {
            "article": f"../seeds/{article.name}",
            "language": "vi",
            "claims": claims,
            "relations": relations or [],
        }
    )


def draft_of(text: str, number: str, quote: str, cid: str, value: str, unit: str) -> Claim:
    start = text.index(quote) + quote.index(number)
    return Claim.model_validate(
        {
            "id": cid,
            "text": number,
            "quote": quote,
            "value": value,
            "unit": unit,
            "span": {"start": start, "end": start + len(number)},
        }
    )


def hand_edit(claim_file: Path) -> None:
    text = claim_file.read_text(encoding="utf-8")
    text = text.replace(
        "    subject: global\n", "    subject: the whole world\n    note: Hand-checked against IEA.\n"
    )
    claim_file.write_text(text, encoding="utf-8")


def test_update_keeps_hand_edits_and_accepted_and_adds_new(seed_copy: tuple[Path, Path]) -> None:
    article, claim_file = seed_copy
    hand_edit(claim_file)
    text = article.read_text(encoding="utf-8")
    before = load_claim_file(claim_file).data
    draft = drafted(
        article,
        [
            draft_of(text, "70,5%", "chiếm 70,5% thị trường toàn cầu", "share-1", "70.5", "percent"),
            draft_of(text, "17 triệu chiếc", "đạt 17 triệu chiếc", "sales-1", "17e6", "vehicle"),
            draft_of(
                text, "2020", "từ 5,4% vào năm 2020", "global-ev-sales-2024", "2020", "item"
            ),  # id taken
        ],
    )
    merged = update_claim_file(claim_file, article, draft)
    after = load_claim_file(claim_file).data
    assert after == merged
    assert len(after.claims) == len(before.claims) + 1
    by_id = {c.id: c for c in after.claims}
    assert by_id["global-ev-sales-2024"].subject == "the whole world"
    assert by_id["global-ev-sales-2024"].note == "Hand-checked against IEA."
    share = by_id["cn-global-share-2024"]
    assert [a.rule for a in share.accepted] == ["NR101"]
    assert share.span is not None and text[share.span.start : share.span.end] == "70,5%"
    new = after.claims[-1]
    assert new.id == "global-ev-sales-2024-2"  # a fresh id: the drafted one was taken
    assert after.relations == before.relations
    assert "share-1" not in by_id and "sales-1" not in by_id
    assert claim_file.read_text(encoding="utf-8").startswith("# Reviewed claims of seeds/000_")
    report = check([str(claim_file)])
    assert report.errors == [] and [f for f in report.findings if f.rule == "ST401"] == []


def test_reviewed_claims_missing_from_the_draft_are_kept(seed_copy: tuple[Path, Path]) -> None:
    article, claim_file = seed_copy
    reviewed = load_claim_file(claim_file).data
    merged = merge_claim_files(reviewed, drafted(article, []), article.read_text(encoding="utf-8"))
    assert merged.claims == reviewed.claims and merged.relations == reviewed.relations


def test_drafted_relation_with_a_new_claim_is_added_with_merged_ids() -> None:
    text = "Tổng cộng 200 chiếc, trong đó 150 chiếc là xe điện, chiếm 75%."
    reviewed = ClaimFile.model_validate(
        {
            "article": "a.txt",
            "claims": [
                {
                    "id": "total",
                    "text": "200 chiếc",
                    "quote": "Tổng cộng 200 chiếc",
                    "value": "200",
                    "unit": "vehicle",
                },
                {
                    "id": "ev",
                    "text": "150 chiếc",
                    "quote": "trong đó 150 chiếc",
                    "value": "150",
                    "unit": "vehicle",
                },
            ],
            "relations": [{"kind": "parts", "whole": "total", "parts": ["ev"]}],
        }
    )
    draft = ClaimFile.model_validate(
        {
            "article": "a.txt",
            "claims": [
                {
                    "id": "c1",
                    "text": "200 chiếc",
                    "value": "200",
                    "unit": "vehicle",
                    "span": {"start": 10, "end": 19},
                },
                {
                    "id": "c2",
                    "text": "150 chiếc",
                    "value": "150",
                    "unit": "vehicle",
                    "span": {"start": 30, "end": 39},
                },
                {
                    "id": "c3",
                    "text": "75%",
                    "value": "75",
                    "unit": "percent",
                    "span": {"start": 58, "end": 61},
                },
            ],
            "relations": [
                {"kind": "parts", "whole": "c1", "parts": ["c2"]},
                {"kind": "share", "share": "c3", "part": "c2", "whole": "c1", "confidence": "cued"},
            ],
        }
    )
    merged = merge_claim_files(reviewed, draft, text)
    assert [c.id for c in merged.claims] == ["total", "ev", "c3"]
    assert [r.kind for r in merged.relations] == [
        "parts",
        "share",
    ]  # the drafted parts duplicates a reviewed one
    share = merged.relations[1]
    assert share.model_dump(include={"share", "part", "whole", "confidence"}) == {
        "share": "c3",
        "part": "ev",
        "whole": "total",
        "confidence": "cued",
    }


def test_update_from_another_article_is_refused(seed_copy: tuple[Path, Path], tmp_path: Path) -> None:
    article, claim_file = seed_copy
    other = tmp_path / "seeds" / "other.txt"
    other.write_text("Một bài khác: 5%.", encoding="utf-8")
    original = claim_file.read_text(encoding="utf-8")
    with pytest.raises(InputError, match="describes '../seeds/000_14163ac49786d80a.txt', not") as info:
        update_claim_file(claim_file, other, drafted(other, []))
    assert info.value.path == str(claim_file) and info.value.line == 3
    assert claim_file.read_text(encoding="utf-8") == original


def test_dump_round_trips_the_seed_claim_file(seed_copy: tuple[Path, Path]) -> None:
    _, claim_file = seed_copy
    loaded = load_claim_file(claim_file)
    text = dump_claim_file(loaded.data, leading_comment(claim_file.read_text(encoding="utf-8")))
    assert "    value: 12.866e6\n" in text and "    value: 70.5\n" in text and "    value: 17e6\n" in text
    assert "    period: 2024\n" in text
    assert (
        "\n  - id: two-factors\n    text: hai yếu tố\n    quote: Có hai yếu tố cần phải chú ý\n    value: 2\n"
        in text
    )
    write_atomic(claim_file, text)
    assert load_claim_file(claim_file).data == loaded.data


@pytest.mark.parametrize(
    "written", ["12.866e6", "17e6", "70.5", "70.50", "100000", "0.5", "12.8e3", "1e-7", "0"]
)
def test_decimal_text_keeps_value_and_precision(written: str) -> None:
    d = Decimal(written)
    assert Decimal(_decimal_text(d)).as_tuple() == d.as_tuple()


def test_decimal_text_reads_naturally() -> None:
    assert [_decimal_text(Decimal(x)) for x in ("12.866e6", "17e6", "70.5", "12.8e3")] == [
        "12.866e6",
        "17e6",
        "70.5",
        "12.8e3",
    ]


def test_write_atomic_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.yaml"]


def test_merge_refreshes_only_the_span() -> None:
    reviewed = ClaimFile.model_validate(
        {
            "article": "a.txt",
            "claims": [
                {
                    "id": "r",
                    "text": "5%",
                    "quote": "tăng 5% so với",
                    "value": "5",
                    "unit": "percent",
                    "note": "kept",
                }
            ],
        }
    )
    draft = ClaimFile.model_validate(
        {
            "article": "a.txt",
            "claims": [
                {
                    "id": "d",
                    "text": "5%",
                    "quote": "tăng 5% so với",
                    "value": "5",
                    "unit": "percent",
                    "subject": "x",
                    "span": {"start": 10, "end": 12},
                }
            ],
        }
    )
    merged = merge_claim_files(reviewed, draft, "Năm nay, tăng 5% so với năm trước.")
    (claim,) = merged.claims
    assert claim.model_dump(exclude_none=True, exclude_defaults=True) == {
        "id": "r",
        "text": "5%",
        "quote": "tăng 5% so với",
        "value": Decimal("5"),
        "unit": "percent",
        "note": "kept",
        "span": {"start": 14, "end": 16},
    }
    assert merged.claims[0].span == Span(start=14, end=16)


def test_write_atomic_into_a_missing_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot write here"):
        write_atomic(tmp_path / "missing" / "x.yaml", "new")
