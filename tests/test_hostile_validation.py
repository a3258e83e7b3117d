"""Issue #13, case 15: what used to be accepted silently is refused with FILE:LINE; BOM and CRLF files
are located correctly.

Offsets (a decision, documented in validator/document.py and validator/offsets.py): JSON `start`/`end`
keep the contract (DESIGN.md) — they index the text "as read with open(path, encoding='utf-8')", where a
CRLF is one "\\n" and a BOM is U+FEFF at offset 0 — so that `text[start:end]` in any consumer that reads
the file that way (the scoring tool does) is the number. Columns do not count the BOM (no editor shows
it). SARIF's `charOffset`/`charLength` address the file itself: a CRLF counts two, the BOM none.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import run

from validator.document import load_document
from validator.errors import InputError
from validator.offsets import crlf_mapping

ARTICLE = ("Global EV sales reached 17 million vehicles in 2024.\n"
           "China sold 12.866 million vehicles in 2024, accounting for 70.5% of global EV sales.\n")


@pytest.fixture
def proj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


HEAD = "article: a.txt\nclaims:\n"
CLAIM = "  - id: total\n    text: '17 million'\n    value: 17e6\n    unit: vehicle\n"
TWO = CLAIM + "  - id: part\n    text: '12.866 million'\n    value: 12.866e6\n    unit: vehicle\n"


@pytest.mark.parametrize(("body", "expected"), [
    (HEAD + CLAIM + "    unit: item\n", ":7:5: claims[0].unit: duplicate key 'unit' (first at line 6)"),
    (HEAD + CLAIM.replace("unit: vehicle", "unit: ''"), ":6: claims[0].unit: String should have at least 1"),
    (HEAD + CLAIM + "    precision: -1\n", ":7: claims[0].precision: Input should be greater than or equal to 0"),
    (HEAD + CLAIM + "    high: 16e6\n", ":3: claims[0]: Value error, high (1.6E+7) is below value (1.7E+7)"),
    (HEAD + TWO + "relations:\n  - {kind: cagr, base: part, current: total, years: 0}\n",
     ":12: relations[0].years: Value error, must be at least 1/12 (one month), got 0"),
    (HEAD + TWO + "relations:\n  - {kind: subset, inner: part, outer: total, k: 10, m: 5}\n",
     ":12: relations[0]: Value error, k (10) is larger than m (5)"),
    (HEAD + CLAIM + "    period: 2025-05..2024-01\n", ":7: claims[0].period: Value error, period ends (2024-01-31) "
     "before it starts (2025-05-01)"),
    (HEAD + CLAIM.replace("value: 17e6", "value: 1:10:30"), ":5: claims[0].value: Input should be a valid decimal"),
    (HEAD + CLAIM + "    modality: yes\n", ":7: claims[0].modality: Input should be 'actual', 'forecast' or"),
])
def test_15_refused_with_file_and_line(
    proj: Path, body: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (proj / "c.yaml").write_text(body, encoding="utf-8")
    status, _, err = run(["check", "c.yaml"], capsys)
    assert status == 2
    assert f"claimcheck: c.yaml{expected}" in err, err


def test_15_yaml_12_scalars_are_read_as_written() -> None:
    import yaml

    from validator.claimfiles.reader import _ClaimLoader

    text = ("a: no\nb: on\nc: 010\nd: 0o10\ne: 1:10:30\nf: 2024-01-05\ng: 17e6\nh: true\ni: ~\n"
            "j: !!int 1:10\nk: !!timestamp 2024-02-30\nl: .inf\n")
    assert yaml.load(text, Loader=_ClaimLoader) == {
        "a": "no", "b": "on", "c": 10, "d": 8, "e": "1:10:30", "f": "2024-01-05", "g": Decimal("17e6"),
        "h": True, "i": None, "j": "1:10", "k": "2024-02-30", "l": Decimal("Infinity"),
    }


@pytest.mark.parametrize(("data", "expected"), [
    ("Sales were 17 million".encode("utf-16-le"), "a16.txt:1:2: contains NUL characters: not a text file"),
    ("Doanh số 17 triệu xe".encode("utf-16-le"), "a16.txt:1: not UTF-8 text (invalid byte at offset 14)"),
    (b"sales 17 million\nvehicles\x00 5%", "a16.txt:2:9: contains NUL characters"),
])
def test_15_utf16_without_bom_and_nuls_are_not_text(
    proj: Path, data: bytes, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (proj / "a16.txt").write_bytes(data)
    status, _, err = run(["check", "a16.txt", "a.txt"], capsys)
    assert status == 2 and expected in err


@pytest.mark.parametrize(("title", "kind"), [("[1, 2]", "array"), ('{"a": 1}', "object"), ("5", "number")])
def test_15_a_json_title_must_be_a_string(proj: Path, title: str, kind: str) -> None:
    (proj / "t.json").write_text('{\n  "title": ' + title + ',\n  "content": "17 million"\n}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_document(proj / "t.json")
    assert str(caught.value) == f'{proj / "t.json"}:2: "title" must be a string, not a JSON {kind}'


def test_15_a_bom_is_offset_0_but_not_a_column(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (proj / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", " ", 1).encode("utf-8"))
    status, out, _ = run(["check", "bom.txt", "--format", "json"], capsys)
    report = json.loads(out)
    as_read = open(proj / "bom.txt", encoding="utf-8").read()  # the contract's text: the BOM is U+FEFF
    for item in report["findings"] + report["checks"]:
        assert as_read[item["start"]:item["end"]] == item["text"]
    share = report["findings"][0]  # 112 visible characters before it, and the BOM
    assert (share["text"], share["start"], share["line"], share["column"]) == ("70.5%", 113, 1, 113)
    status, out, _ = run(["check", "bom.txt", "--format", "sarif"], capsys)
    results = json.loads(out)["runs"][0]["results"]
    for r in results:
        region = r["locations"][0]["physicalLocation"]["region"]
        assert as_read[1:][region["charOffset"]:][:region["charLength"]] == r["properties"]["text"]
        assert as_read.splitlines()[region["startLine"] - 1].lstrip("\ufeff")[region["startColumn"] - 1:].startswith(
            r["properties"]["text"])


def test_15_a_bom_before_a_json_article_is_not_part_of_it(proj: Path) -> None:
    (proj / "b.json").write_bytes(b'\xef\xbb\xbf{"title": "T", "content": "17 million"}')
    assert load_document(proj / "b.json").text == "T\n\n17 million"


def test_15_crlf_offsets_follow_the_contract_and_sarif_follows_the_file(
    proj: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (proj / "crlf.txt").write_bytes(ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    status, out, _ = run(["check", "crlf.txt", "--format", "json"], capsys)
    report = json.loads(out)
    as_read = open(proj / "crlf.txt", encoding="utf-8").read()
    items = report["findings"] + report["checks"]
    assert items and all(as_read[i["start"]:i["end"]] == i["text"] for i in items)
    status, out, _ = run(["check", "crlf.txt", "--format", "sarif"], capsys)
    raw = open(proj / "crlf.txt", encoding="utf-8", newline="").read()
    results = json.loads(out)["runs"][0]["results"]
    assert results
    for r in results:
        region = r["locations"][0]["physicalLocation"]["region"]
        assert raw[region["charOffset"]:region["charOffset"] + region["charLength"]] == r["properties"]["text"]
        assert region["startLine"] == 2


def test_15_the_crlf_mapping_counts_crlf_as_two_and_a_lone_cr_as_one() -> None:
    raw = "\ufeffa\r\nb\rc\r\nd"
    as_read = "\ufeffa\nb\nc\nd"
    to_file = crlf_mapping(raw)
    assert to_file is not None
    bare = raw[1:]
    for offset, char in enumerate(as_read):
        if char not in "\n\ufeff":
            assert bare[to_file(offset)] == char
    assert crlf_mapping("plain\ntext") is None


def test_15_what_claimcheck_writes_it_reads_back_under_yaml_12(tmp_path: Path) -> None:
    from validator.claimfiles import load_claim_file, write_claim_file
    from validator.model import Claim, ClaimFile

    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "a.txt").write_text("1e5 cars", encoding="utf-8")
    claim = Claim(id="c1", text="1e5", quote="0o17 yes 1:10", value=Decimal("1e5"), unit="vehicle",
                  subject="2024-01-05", metric="on", note="1_000")
    write_claim_file(tmp_path / "c.yaml", ClaimFile(article="a.txt", claims=[claim]))
    assert load_claim_file(tmp_path / "c.yaml").data.claims == [claim]
