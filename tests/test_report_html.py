"""The HTML report: every claim marked by verdict, cards beside their paragraph, self-contained pages."""

from __future__ import annotations

from html.parser import HTMLParser

from _reports import PATH, TEXT, sample_report, span

from validator.model import DocumentSummary, SpanText
from validator.report.html import page_names, render_html, render_index, render_page


class Elements(HTMLParser):
    """Collects elements with their attributes and text, and checks that tags balance."""

    VOID = {"meta", "br", "hr", "img", "link", "input"}

    def __init__(self, html: str) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str], list[str]]] = []
        self.found: list[tuple[str, dict[str, str], str]] = []
        self.feed(html)
        self.close()
        assert self.stack == [], f"unclosed: {[t for t, _, _ in self.stack]}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.stack.append((tag, {k: v or "" for k, v in attrs}, []))

    def handle_endtag(self, tag: str) -> None:
        open_tag, attrs, text = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        self.found.append((tag, attrs, "".join(text)))
        if self.stack:
            self.stack[-1][2].append("".join(text))

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.stack[-1][2].append(data)

    def marks(self) -> dict[str, tuple[str, str]]:
        """mark id -> (class, text)"""
        return {a["id"]: (a["class"], t) for tag, a, t in self.found if tag == "mark" and "id" in a}

    def cards(self) -> list[tuple[str, str]]:
        return [(a["class"], t) for tag, a, t in self.found
                if tag == "div" and "card" in a.get("class", "").split()]


def anchor(text: str) -> str:
    s = span(text)
    return f"claim-{s.start}-{s.end}"


def page(claims: list[tuple[int, int]] | None = None) -> Elements:
    return Elements(render_page(sample_report(), PATH, TEXT, claims or []))


def test_each_span_is_coloured_by_its_worst_verdict() -> None:
    marks = page().marks()
    assert marks[anchor("70.5%")] == ("claim verdict-error", "70.5%")
    assert marks[anchor("35.5%")] == ("claim verdict-info", "35.5%")
    assert marks[anchor("1000 times")] == ("claim verdict-pass", "1000 times")
    assert marks[anchor("12.866 million")] == ("claim verdict-unverifiable related", "12.866 million")
    assert marks[anchor("17 million")] == ("claim verdict-warning accepted related", "17 million")


def test_claims_no_rule_touched_are_marked_neutral_and_nest() -> None:
    nearly = span("Nearly 1000 times")
    partial = (span("times.").start, span("times.").end)  # overlaps "1000 times" partly: left unmarked
    marks = page([(nearly.start, nearly.end), partial, (3, 3)]).marks()
    assert marks[f"claim-{nearly.start}-{nearly.end}"] == ("claim verdict-none", "Nearly 1000 times5")
    assert marks[anchor("1000 times")][0] == "claim verdict-pass"
    assert f"claim-{partial[0]}-{partial[1]}" not in marks
    assert "claim-3-3" not in marks


def test_cards_show_message_rule_intervals_related_and_reason() -> None:
    cards = page().cards()
    assert [c for c, _ in cards] == ["card verdict-warning accepted", "card verdict-unverifiable",
                                     "card verdict-error", "card verdict-info", "card verdict-pass"]
    _, error = cards[2]
    assert "NR101 share-mismatch" in error
    assert "stated 70.5% but 12.866M / 17M = 75.7%" in error
    assert "70.5% (70.45 – 70.55%)" in error and "75.68% (73.52 – 77.98%)" in error
    assert "from 12.866 million, 17 million" in error
    assert "accepted: known, kept as published" in cards[0][1]
    html = render_page(sample_report(), PATH, TEXT)
    assert f'<a class="rel" href="#{anchor("17 million")}">17 million</a>' in html
    assert '<a href="#note-3">3</a>' in html  # the mark's superscript links to its card


def test_failed_checks_are_not_shown_twice() -> None:
    cards = page().cards()
    assert sum("stated 70.5%" in text for _, text in cards) == 1


def test_text_is_escaped_and_paragraphs_kept() -> None:
    html = render_page(sample_report(), PATH, TEXT)
    assert "Sales &lt;b&gt;hit&lt;/b&gt;" in html and "<b>hit</b>" not in html
    assert html.count('<div class="row">') == 3


def test_pages_are_self_contained_and_stable() -> None:
    html = render_page(sample_report(), PATH, TEXT)
    assert html == render_page(sample_report(), PATH, TEXT)
    for external in ("http://", "https://", "<link", "<script", "src=", "@import"):
        assert external not in html
    assert html.startswith("<!DOCTYPE html>") and html.endswith("</html>\n")
    assert "2 errors" not in html and "1 error</li>" in html and "1/3 checks passed" in html


def test_related_numbers_of_another_document_are_not_linked() -> None:
    report = sample_report()
    report.findings[1].related.append(SpanText(start=0, end=5, text="42 GW"))
    assert '<span class="rel other">42 GW</span>' in render_page(report, PATH, TEXT)


def test_findings_outside_the_text_are_still_listed_unlinked() -> None:
    report = sample_report()
    report.findings[1].start = report.findings[1].end = 0  # a stale claim: no span in the current text
    html = render_page(report, PATH, TEXT)
    cards = Elements(html).cards()
    assert "Not found in the current text" in html
    assert cards[-1][0] == "card verdict-error" and "stated 70.5%" in cards[-1][1]
    assert 'href="#claim-0-0"' not in html


def test_one_page_for_several_documents_and_an_index() -> None:
    report = sample_report()
    report.documents.append(DocumentSummary(path="other/article.txt", language="vi", claims=0))
    html = render_html(report, {PATH: TEXT})
    assert html.count('<section class="doc"') == 2 and 'lang="vi"' in html
    names = page_names(report.documents)
    assert names == {PATH: "news_a_b_article.html", "other/article.txt": "other_article.html"}
    index = Elements(render_index(report, names, [("seeds.md", "Markdown report")]))
    links = [a["href"] for tag, a, _ in index.found if tag == "a"]
    assert links[-3:] == ["seeds.md", "news_a_b_article.html", "other_article.html"]  # most problems first
    problems = links[:-3]  # the problems list comes first, each to its page (to its mark when the text is known)
    assert problems and all(link.startswith("news_a_b_article.html") for link in problems)


def test_claim_spans_of_a_claim_set() -> None:
    from validator.document import Document
    from validator.model import Span
    from validator.rules import ClaimSet

    anchors = {"a": Span(start=5, end=9), "b": None, "c": Span(start=1, end=3), "d": Span(start=5, end=9),
               "e": Span(start=4, end=4)}
    claims = ClaimSet(Document("a.txt", "0123456789", "en"), {}, anchors=anchors)
    assert claims.claim_spans() == [(1, 3), (5, 9)]
