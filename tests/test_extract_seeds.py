"""`claimcheck extract` on the seeds: the claim list of seed 000, field by field, and drafts that
`claimcheck check` accepts for every seed."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from validator.cli import main
from validator.document import load_document
from validator.extract import extract, extract_document
from validator.model import Claim

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO_ROOT / "seeds").iterdir())
SEED_000 = REPO_ROOT / "seeds" / "000_14163ac49786d80a.txt"
D = Decimal


@pytest.fixture(scope="module")
def seed_000() -> list[Claim]:
    return extract_document(load_document(SEED_000))


def claims_at(claims: list[Claim], text: str) -> list[Claim]:
    return [c for c in claims if c.text == text]


def fields(c: Claim) -> tuple[object, ...]:
    period = c.period.label if c.period is not None else None
    return (c.value, c.unit, c.precision, c.hedge, period)


# (claim text as written, number of times it is stated) -> (value, unit, precision, hedge, period)
EXPECTED = {
    ("17 triệu chiếc", 1): (D(17000000), "vehicle", D(1000000), None, "2024"),
    ("12,866 triệu chiếc", 2): (D(12866000), "vehicle", D(1000), None, "2024"),
    ("70,5%", 1): (D("70.5"), "percent", D("0.1"), None, "2024"),
    ("35,5%", 1): (D("35.5"), "percent", D("0.1"), None, "2024"),
    ("5,4%", 1): (D("5.4"), "percent", D("0.1"), None, "2020"),
    ("40,9%", 1): (D("40.9"), "percent", D("0.1"), None, "2024"),
    ("vượt 40%", 1): (D(40), "percent", D(10), "over", "2024"),
    ("gần nghìn lần", 1): (D(1000), "times", D(1000), "nearly", "2024"),
}


@pytest.mark.parametrize(("text", "times"), list(EXPECTED))
def test_seed_000_claim_fields(seed_000: list[Claim], text: str, times: int) -> None:
    found = claims_at(seed_000, text)
    assert len(found) == times, [c.text for c in seed_000]
    for c in found:
        assert fields(c) == EXPECTED[(text, times)]


def test_seed_000_12_8_thousand_is_stated_twice_and_dated_by_its_own_sentence(seed_000: list[Claim]) -> None:
    first, second = claims_at(seed_000, "12,8 nghìn chiếc")
    for c in (first, second):
        assert (c.value, c.unit, c.precision, c.hedge) == (D(12800), "vehicle", D(100), None)
    # "Kế hoạch … (2012-2020)" is the name of a plan in quotes: it dates nothing outside them
    assert first.period is None
    assert second.period is not None and second.period.label == "2012"


def test_seed_000_subjects_and_metrics(seed_000: list[Claim]) -> None:
    world = claims_at(seed_000, "17 triệu chiếc")[0]
    assert (world.subject, world.metric) == ("global", "ev sales")
    share = claims_at(seed_000, "70,5%")[0]
    assert share.subject == "China"
    penetration = claims_at(seed_000, "40,9%")[0]
    assert penetration.metric == "ev penetration"


def test_seed_000_has_no_stray_words_as_numbers(seed_000: list[Claim]) -> None:
    # "linh" (linh hoạt, linh hồn) and "lẻ" only link places inside a numeral
    assert not [c for c in seed_000 if c.text.strip().lower() in {"linh", "lẻ"}]


def test_public_extract_reads_the_issue_examples() -> None:
    (c,) = extract("doanh số xe điện đạt 12,866 triệu chiếc", "vi")
    assert (c.value, c.unit, c.text) == (D(12866000), "vehicle", "12,866 triệu chiếc")
    (c,) = extract("销量为85.5万辆", "zh")
    assert (c.value, c.unit) == (D(855000), "vehicle")
    (c,) = extract("doanh số tăng gấp đôi", "vi")
    assert (c.value, c.unit) == (D(2), "times")


@pytest.mark.parametrize("seed", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_extract_drafts_a_claim_file_that_check_accepts(
    seed: Path, project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tmp_path = project  # claims/ and seeds/ in one project: the draft may name ../seeds/...
    (tmp_path / "seeds").mkdir()
    shutil.copy(seed, tmp_path / "seeds" / seed.name)
    monkeypatch.chdir(tmp_path)
    draft = Path("claims") / f"{seed.stem}.yaml"
    assert main(["extract", f"seeds/{seed.name}", "-o", str(draft)]) == 0
    capsys.readouterr()
    status = main(["check", str(draft), "--format", "json"])
    out, err = capsys.readouterr()
    assert status in (0, 1), err  # 2 would mean the draft was refused as input
    report = json.loads(out)
    assert report["findings"] is not None
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("in the first three quarters of 2025, sales were 5 million", "en", ["5 million"]),
        ("in the first half, exports rose 5%", "en", ["5%"]),
        ("trong 10 tháng đầu năm 2025, doanh số đạt 5 triệu xe", "vi", ["5 triệu xe"]),
    ],
)
def test_numbers_inside_a_period_are_not_claims(text: str, lang: str, kept: list[str]) -> None:
    assert [c.text for c in extract(text, lang)] == kept


def test_durations_stay_claims() -> None:
    assert [c.text for c in extract("sales doubled in the past two years", "en")] == ["doubled", "two years"]


def test_multi_word_vehicle_nouns_are_units() -> None:
    (c,) = extract("China exported 1.84 million new energy vehicles in 2025", "en")
    assert (c.value, c.unit) == (D(1840000), "vehicle")
