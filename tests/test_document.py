"""load_document / Document: the text offsets index, line/column, paragraphs, sentences."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from validator.document import Document, document_from_text, load_document
from validator.errors import ClaimcheckError, InputError
from validator.extract import document_date

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def score_findings_text(path: Path) -> str:
    """The text as ../shared/tools/score_findings.py document_text() builds it."""
    text = path.read_text(encoding="utf-8")
    obj = json.loads(text)
    title = obj.get("title") or ""
    return f"{title}\n\n{obj['content']}" if title else obj["content"]


def test_json_seed_matches_the_scoring_tool() -> None:
    path = SEEDS / "001_79bfc96b3ef1994c.txt"
    document = load_document(path)
    assert document.text == score_findings_text(path)
    assert document.text.startswith("汽车业探索出海新模式\n\n当前，全球汽车产业变革加速")
    assert (document.path, document.language, document_date(document)) == (str(path), "zh", None)
    offset = document.text.index("今年1月份至5月份")
    assert offset == 202
    assert document.line_col(offset) == (5, 64)
    assert document.text[offset : offset + 9] == "今年1月份至5月份"


def test_plain_seeds_are_the_file_as_read() -> None:
    for path in sorted(SEEDS.iterdir()):
        if not path.name.startswith("001"):
            with open(path, encoding="utf-8") as handle:
                assert load_document(path).text == handle.read()


@pytest.mark.parametrize(
    ("name", "language", "date"),
    [
        ("000_14163ac49786d80a.txt", "vi", None),
        ("001_79bfc96b3ef1994c.txt", "zh", None),
        ("002_3c9ad8622e8b8adb.txt", "en", None),
        ("003_4732fd8b53164b93.txt", "en", datetime.date(2025, 12, 11)),
        ("004_66577fc9424cfab6.txt", "en", None),
    ],
)
def test_seed_language_and_date(name: str, language: str, date: datetime.date | None) -> None:
    document = load_document(SEEDS / name)
    assert (document.language, document.date, document_date(document)) == (language, None, date)


def test_line_col_on_seed_000() -> None:
    document = load_document(SEEDS / "000_14163ac49786d80a.txt")
    assert document.line_col(0) == (1, 1)
    assert document.line_col(document.text.index("\n")) == (1, 42)  # the newline ends line 1
    assert document.line_col(document.text.index("\n") + 1) == (2, 1)
    assert document.text.index("70,5%") == 2311
    assert document.line_col(2311) == (21, 268)
    assert document.line_col(document.text.index("(2012-2020)")) == (23, 210)
    assert document.line_col(len(document.text)) == (129, 369)  # no final newline
    with pytest.raises(ValueError):
        document.line_col(-1)
    with pytest.raises(ValueError):
        document.line_col(len(document.text) + 1)


def test_line_col_counts_code_points() -> None:
    document = document_from_text("ab\n今年1月\n\nđạt 70,5%")
    assert document.line_col(3) == (2, 1)
    assert document.line_col(5) == (2, 3)
    assert document.line_col(8) == (3, 1)
    assert document.line_col(document.text.index("70,5%")) == (4, 5)


def test_paragraphs() -> None:
    document = document_from_text("  Title  \n\nFirst para. Two.\n   \nSecond\r\nThird")
    assert [document.text[s:e] for s, e in document.paragraphs()] == [
        "Title",
        "First para. Two.",
        "Second",
        "Third",
    ]
    assert len(load_document(SEEDS / "000_14163ac49786d80a.txt").paragraphs()) == 65
    assert document_from_text("").paragraphs() == []


def test_sentences_keep_numbers_and_abbreviations_whole() -> None:
    text = (
        "Doanh số đạt 12,866 triệu chiếc, tăng 35,5% so với năm trước. Xuất khẩu 85.5 nghìn chiếc! "
        "Mr. Smith visited the U.S. and Dr. Lee; sales rose 4.5 times? Yes.\nNo full stop here\n"
        "“Trung Quốc là người tiên phong.” Ông nói."
    )
    document = document_from_text(text)
    assert [text[s:e] for s, e in document.sentences()] == [
        "Doanh số đạt 12,866 triệu chiếc, tăng 35,5% so với năm trước.",
        "Xuất khẩu 85.5 nghìn chiếc!",
        "Mr. Smith visited the U.S. and Dr. Lee;",
        "sales rose 4.5 times?",
        "Yes.",
        "No full stop here",
        "“Trung Quốc là người tiên phong.”",
        "Ông nói.",
    ]


def test_chinese_sentences() -> None:
    text = "新能源汽车出口85.5万辆，同比增长64.6%。他说：“好！”然后；结束\n第二段"
    document = document_from_text(text, language="zh")
    assert [text[s:e] for s, e in document.sentences()] == [
        "新能源汽车出口85.5万辆，同比增长64.6%。",
        "他说：“好！”",
        "然后；",
        "结束",
        "第二段",
    ]


def test_document_from_text_defaults() -> None:
    document = document_from_text("Sales in 2024 rose.\nZheng Quan Ri Bao·2025-12-11 16:43")
    assert (document.path, document.language, document.date) == ("<text>", "en", None)
    assert document_date(document) == datetime.date(2025, 12, 11)  # the byline date, read by extraction
    assert document_from_text("{}", path="x.json").text == "{}"  # text is used exactly as given
    assert document_from_text("năm nay", language="zh").language == "zh"
    assert isinstance(document, Document)


def test_json_article_without_title_and_with_date(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(
        json.dumps({"title": "", "content": "去年销量", "published": "2025-06-01T08:00:00Z"}), "utf-8"
    )
    document = load_document(path)
    assert (document.text, document.language, document.date_fields) == ("去年销量", "zh", ("2025-06-01T08:00:00Z",))
    assert document_date(document) == datetime.date(2025, 6, 1)


def test_text_file_that_only_looks_like_json_is_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("{not json} 2024年", "utf-8")
    assert load_document(path).text == "{not json} 2024年"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.json", '{"title": "x",\n "content": }', ":2:13: invalid JSON"),
        ("list.json", "[1, 2]", 'expected a JSON object with a string "content"'),
        ("nocontent.json", '{"title": "x", "content": 5}', 'expected a JSON object with a string "content"'),
    ],
)
def test_invalid_json_articles(tmp_path: Path, name: str, content: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(content, "utf-8")
    with pytest.raises(InputError) as caught:
        load_document(path)
    assert str(caught.value).startswith(str(path))
    assert message in str(caught.value)


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing.txt: cannot read file"):
        load_document(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="cannot read file"):
        load_document(tmp_path)  # a directory
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Doanh số".encode("cp1258", errors="replace") + b"\xff\xfe")
    with pytest.raises(InputError, match=r"latin1.txt:1: not UTF-8 text"):
        load_document(latin1)
    with pytest.raises(InputError, match="unknown language 'fr'"):
        load_document(SEEDS / "002_3c9ad8622e8b8adb.txt", language="fr")


def test_input_error_shape() -> None:
    error = InputError("expected a number", "a.yaml", 3, 7)
    assert str(error) == "a.yaml:3:7: expected a number"
    assert str(InputError("bad", "a.yaml")) == "a.yaml: bad"
    assert str(InputError("bad")) == "bad"
    assert (error.path, error.line, error.column, error.message) == ("a.yaml", 3, 7, "expected a number")
    assert isinstance(error, ClaimcheckError) and isinstance(error, ValueError)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300), language=st.sampled_from(["vi", "zh", "en"]))
def test_spans_are_sorted_and_in_bounds(text: str, language: str) -> None:
    document = document_from_text(text, language=language)
    for spans in (document.paragraphs(), document.sentences()):
        previous_end = 0
        for start, end in spans:
            assert previous_end <= start < end <= len(text)
            previous_end = end
    for offset in (0, len(text) // 2, len(text)):
        line, column = document.line_col(offset)
        assert line == text.count("\n", 0, offset) + 1 and column >= 1
