"""The Python API in one place: check files, check a string, find the numbers of a string.

Everything here is re-exported by `validator` (`import validator; validator.check_text(...)`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from validator.engine import Options
    from validator.model import Claim, Report

__all__ = ["check", "check_text", "extract"]


def extract(text: str, language: str | None = None) -> list[Claim]:
    """The numeric claims of a text, in order.

    Each claim has `.start` and `.end` (code-point offsets into `text`, end exclusive), `.text` (the
    number as written), `.value` (in base units: "12,866 triệu" -> 12866000, "85.5万" -> 855000) and
    `.unit`, with precision, hedge, period, subject and metric where the text says them.
    `language` is "vi", "zh" or "en"; None detects it from the text.

    >>> [(c.text, float(c.value), c.unit) for c in extract("Sales rose 12% to 3 million cars.")]
    [('12%', 12.0, 'percent'), ('3 million cars', 3000000.0, 'vehicle')]
    """
    from validator.extract import extract as _extract

    return _extract(text, language)


def check_text(text: str, language: str | None = None, *, path: str | None = None,
               options: Options | None = None) -> Report:
    """Check the numbers of a text as `claimcheck check` checks a raw article; returns the `Report`.

    Claims are extracted, their relations inferred, and every rule run. `report.findings` holds what does
    not add up (rule, severity, message, `.start`/`.end` into `text`, stated and computed intervals),
    `report.checks` what was verified, `report.summary` the counts; `report.worst()` is the worst
    severity. `path` names the text in the report (default "<text>"); `language` is "vi", "zh", "en" or
    None (detect); `options` (`validator.engine.Options`) selects rules and tolerances.
    Raises `validator.errors.InputError` for an unknown language.
    """
    from validator.document import document_from_text
    from validator.engine import Options, claimset_from_article, judge
    from validator.model import Report

    options = options or Options()
    document = document_from_text(text, path or "<text>", language or options.language)
    return judge([claimset_from_article(document, options.tolerance)], options, Report())


def check(paths: Iterable[str | os.PathLike[str]], options: Options | None = None,
          progress: Callable[[str], None] | None = None) -> Report:
    """Check claim files (.yaml) and articles (.txt, .md, .json {title, content}), or folders of them.

    An article that has a claim file is judged through it (see `validator.inputs`). Input problems are
    collected in `report.errors` (they make `claimcheck check` exit 2), never raised.
    """
    from validator.engine import check as _check

    return _check(paths, options, progress)
