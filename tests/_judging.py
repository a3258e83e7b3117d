"""Shared by the linker tests: check a short text as an article and read what the named rules made of it."""

from __future__ import annotations

from pathlib import Path

from validator.document import document_from_text
from validator.engine import Options, check, claimset_from_article, evaluate
from validator.extract.claims import extract_document
from validator.link import infer_relations
from validator.model import ChangeRelation, Report


def judged_by(text: str, lang: str, tmp_path: Path, *rules: str) -> tuple[list[str], list[str]]:
    """(statuses of the rules' checks, severities of their findings), in report order."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    report = check([path], Options(language=lang))
    return ([c.status for c in report.checks if c.rule in rules],
            [f.severity.value for f in report.findings if f.rule in rules])


def share_outcomes(text: str, lang: str) -> list[tuple[str, str]]:
    """(text, status or severity) of every share check (NR101) and finding of the article, checked in process."""
    doc = document_from_text(text, language=lang)
    report = Report()
    evaluate([claimset_from_article(doc)], [], Options(), report)
    out = [(c.text, c.status) for c in report.checks if c.rule == "NR101"]
    out += [(f.text, f.severity.value) for f in report.findings if f.rule == "NR101"]
    return sorted(out)


ChangeRead = tuple[str, str | None, str | None]  # (change, current, base) as written


def changes_read(text: str, lang: str) -> list[ChangeRead]:
    """The changes the linker reads in a short text, with a stated rate or amount."""
    doc = document_from_text(text, language=lang)
    claims = extract_document(doc)
    by_id = {c.id: c.text for c in claims}
    return [(by_id[r.change], by_id.get(r.current or ""), by_id.get(r.base or ""))
            for r in infer_relations(doc, claims) if isinstance(r, ChangeRelation) and r.change is not None]
