"""Drafting claim files from articles (`claimcheck extract`): the one `extract_and_link` (load -> extract ->
link, as `claimcheck check` does for a raw article), and the drafted `ClaimFile` an editor reviews.

A draft's records hold only the fields the extractor set to other than their defaults (no
`modality: actual`, no `direction: up`), so the writer shows what was found and nothing else.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from validator.document import Document, load_document
from validator.intervals import DEFAULT_TOLERANCE, Tolerance
from validator.model import Claim, ClaimFile, Relation

__all__ = ["draft_claim_file", "drafted_from_article", "extract_and_link"]

M = TypeVar("M", bound=BaseModel)


def extract_and_link(document: Document,
                     tolerance: Tolerance = DEFAULT_TOLERANCE) -> tuple[list[Claim], list[Relation]]:
    """The claims of a loaded article and the relations between them (the rules' arithmetic, at this
    tolerance, chooses between readings: see `validator.link.arbiter`). The claims carry the units the
    chosen readings ask for."""
    from validator.extract import extract_document  # the extractor is the heavy part: loaded on demand

    extracted = extract_document(document)
    if not extracted:
        return [], []  # nothing to relate (and no linker table to compile)
    from validator.link import link
    from validator.rules.judging import judge_for

    return link(document, extracted, judge_for(document, extracted, tolerance))


def _written(model: M) -> M:
    """A copy of the record marked as written only where it differs from the model's defaults."""
    copy = model.model_copy()
    fields = type(model).model_fields
    copy.model_fields_set.clear()
    copy.model_fields_set.update(
        name for name, info in fields.items()
        if info.is_required() or getattr(model, name) != info.get_default(call_default_factory=True)
    )
    return copy


def draft_claim_file(document: Document, claims: list[Claim], relations: list[Relation],
                     claim_path: str | os.PathLike[str] | None = None) -> ClaimFile:
    """The claim file of an article's extracted claims and inferred relations; `article:` is relative to
    the folder the claim file will be written in (`claim_path`, else the working directory)."""
    from validator.extract import document_date

    base = os.path.dirname(os.path.abspath(claim_path)) if claim_path else os.getcwd()
    article = Path(os.path.relpath(os.path.abspath(document.path), base)).as_posix()
    drafted = ClaimFile(article=article, language=document.language, date=document_date(document),
                        claims=[_written(c) for c in claims], relations=[_written(r) for r in relations])
    return _written(drafted)


def drafted_from_article(article_path: str | os.PathLike[str], claim_path: str | os.PathLike[str],
                         language: str | None = None) -> ClaimFile:
    """A draft claim file for the article, to be merged into the reviewed one at `claim_path`."""
    document = load_document(article_path, language)
    return draft_claim_file(document, *extract_and_link(document), claim_path)
