"""Text -> claims: numerals, units, hedges, periods and spans (vi, zh, en).

`validator.extract(text, language=None)` returns the claims of a text. This package is itself callable
for that (see the end of this file), so that the public call reads as the issue promised while the
package keeps its parts: `numerals` (numbers), `periods` (time, and the article's own date),
`context` (the per-document text index), `claims` (typing).
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime

    from validator.document import Document
    from validator.extract.numerals import Skipped
    from validator.model import Claim


def extract(text: str, language: str | None = None) -> list[Claim]:
    """Numeric claims in a text; each has .start, .end, .text, .value (base units) and .unit."""
    from validator.extract.claims import extract as _extract

    return _extract(text, language)


def extract_document(document: Document) -> list[Claim]:
    """Numeric claims of a loaded article (its language and date already known)."""
    from validator.extract.claims import extract_document as _extract_document

    return _extract_document(document)


def skipped_numbers(document: Document) -> list[Skipped]:
    """The numbers of a loaded article that are not quantities, each with the reason (.start, .end,
    .text, .reason: "year", "date", "phone", "list", "article", ...)."""
    from validator.extract.claims import skipped_numbers as _skipped

    return _skipped(document)


def document_date(document: Document) -> datetime.date | None:
    """The date the article's relative periods are read against (given, from its metadata, or its byline)."""
    from validator.extract.periods import document_date as _document_date

    return _document_date(document)


class _CallableModule(types.ModuleType):
    # Python binds `validator.extract` to this package once any submodule is imported, so a plain
    # function of that name in validator/__init__.py would be shadowed; a callable module is not.
    def __call__(self, text: str, language: str | None = None) -> Any:
        return extract(text, language)


sys.modules[__name__].__class__ = _CallableModule

__all__ = ["document_date", "extract", "extract_document", "skipped_numbers"]
