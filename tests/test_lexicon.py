"""The lexicon loader: one schema for every file, unknown keys are errors naming the file and the key,
and `LANGUAGES` lists the files present."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from validator.lexicon import LANGUAGES, LexiconError, add_lexicon_dir, lexicon, remove_lexicon_dir, section
from validator.lexicon.loader import PACKAGED_DIR


@pytest.fixture
def lexicon_dir(tmp_path: Path) -> Iterator[Path]:
    add_lexicon_dir(tmp_path)
    try:
        yield tmp_path
    finally:
        remove_lexicon_dir(tmp_path)


def test_languages_are_the_packaged_files() -> None:
    assert tuple(LANGUAGES) == tuple(sorted(p.stem for p in PACKAGED_DIR.glob("*.yaml"))) == ("en", "vi", "zh")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_packaged_lexicon_follows_the_schema(language: str) -> None:
    assert lexicon(language).language == language


@pytest.mark.parametrize(
    ("name", "body", "where"),
    [
        ("xa", "cues:\n  compre: [from]\n", "cues.compre: unknown key"),
        ("xf", "numerals:\n  ranges:\n    conectors: ['-']\n", "numerals.ranges.conectors: unknown key"),
        ("xg", "unitz:\n  words: {}\n", "unitz: unknown key"),
        ("xh", "periods:\n  patterns:\n    - {kind: yaer, re: 'x'}\n", "periods.patterns.0.kind"),
        ("xi", "comparison:\n  from: [form]\n", "comparison.from.0"),
    ],
)
def test_an_unknown_key_is_an_error_naming_the_file_and_the_key(lexicon_dir: Path, name: str, body: str,
                                                                 where: str) -> None:
    (lexicon_dir / f"{name}.yaml").write_text(f"language: {name}\n{body}", encoding="utf-8")
    assert name in LANGUAGES
    with pytest.raises(LexiconError) as raised:
        lexicon(name)
    assert f"{name}.yaml: " in str(raised.value) and where in str(raised.value)


def test_a_section_written_twice_is_an_error(lexicon_dir: Path) -> None:
    # the second `phrases:` would silently replace the first
    (lexicon_dir / "xd.yaml").write_text("language: xd\nphrases:\n  stop: [a]\nphrases:\n  stop: [b]\n",
                                         encoding="utf-8")
    with pytest.raises(LexiconError, match="xd.yaml: cannot read: .*'phrases' written twice"):
        lexicon("xd")


def test_a_file_must_be_named_for_its_language(lexicon_dir: Path) -> None:
    (lexicon_dir / "xb.yaml").write_text("language: xc\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="xb.yaml: says language 'xc'"):
        lexicon("xb")


def test_an_added_folder_is_forgotten_when_removed(tmp_path: Path) -> None:
    (tmp_path / "xd.yaml").write_text("language: xd\n", encoding="utf-8")
    add_lexicon_dir(tmp_path)
    assert "xd" in LANGUAGES
    remove_lexicon_dir(tmp_path)
    assert "xd" not in LANGUAGES
    with pytest.raises(LexiconError, match="no lexicon for language 'xe'"):
        lexicon("xe")


def test_section_names_an_unknown_section_or_role() -> None:
    assert section("en", "comparison", "from") == ["from"]
    with pytest.raises(KeyError, match="range_form"):
        section("en", "cues", "range_form")
    with pytest.raises(KeyError, match="no comparison role 'form'"):
        section("en", "comparison", "form")


GERMAN = """\
language: de
numerals:
  decimal_mark: ","
  group_mark: "."
  percent_suffix: ['%', 'Prozent']
units:
  words:
    vehicle: [Fahrzeuge, Fahrzeugen, Fahrzeug]
cues:
  change_up: [stieg, wuchs]
comparison:
  von: [than, from]
  auf: [to]
"""


def test_a_fourth_language_is_a_file(lexicon_dir: Path) -> None:
    """Adding a language is adding a lexicon file: numbers with a unit and a percentage, and a change
    from its cue words, in a language no code names."""
    from validator.document import document_from_text
    from validator.extract import extract_document
    from validator.extract.numerals import parse_number
    from validator.link import infer_relations
    from validator.model import ChangeRelation

    (lexicon_dir / "de.yaml").write_text(GERMAN, encoding="utf-8")
    assert "de" in LANGUAGES
    text = "Der Absatz stieg von 3.022 Fahrzeugen auf 3.400 Fahrzeuge, er wuchs um 12,5 Prozent."
    doc = document_from_text(text, language="de")
    claims = extract_document(doc)
    assert [(c.text, c.value, c.unit) for c in claims] == [
        ("3.022 Fahrzeugen", Decimal(3022), "vehicle"),
        ("3.400 Fahrzeuge", Decimal(3400), "vehicle"),
        ("12,5 Prozent", Decimal("12.5"), "percent"),
    ]
    changes = [r for r in infer_relations(doc, claims) if isinstance(r, ChangeRelation)]
    assert [(r.change, r.base, r.current, r.direction) for r in changes] == [("c003", "c001", "c002", "up")]
    # the language's numbers are its own: "3.400" is three thousand four hundred, "12,5" twelve and a half
    assert parse_number("1.234,5", "de") == parse_number("1,234.5", "en")
    # and its claim file is drafted, written, read back and checked like any other
    from validator.claimfiles import draft_claim_file, extract_and_link, write_claim_file
    from validator.document import load_document
    from validator.engine import check

    (lexicon_dir / "artikel.txt").write_text(text, encoding="utf-8")
    article = load_document(lexicon_dir / "artikel.txt", "de")
    claim_file = lexicon_dir / "artikel.yaml"
    write_claim_file(claim_file, draft_claim_file(article, *extract_and_link(article), claim_file))
    report = check([claim_file])
    assert not report.errors and report.documents[0].language == "de"
    assert [(c.rule, c.status) for c in report.checks] == [("NR102", "pass")]
