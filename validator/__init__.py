"""claimcheck: a fact-checking and consistency validator for the numbers in news writing.

The Python API (typed; the command line `claimcheck` lives in `validator.cli`):

- `validator.extract(text, language=None) -> list[Claim]`: the numeric claims of a text.
- `validator.check_text(text, language=None, *, path=None) -> Report`: check a text in-process, as
  `claimcheck check ARTICLE` does.
- `validator.check(paths) -> Report`: check claim files and articles (or folders of them).

Claims, findings and reports are the pydantic records of `validator.model`; `Report.findings`,
`.checks` and `.summary` follow the JSON output contract (docs/json-output.md).

    >>> import validator
    >>> report = validator.check_text("Năm 2024, tổng doanh số xe điện toàn cầu đạt 17 triệu chiếc. Doanh số "
    ...     "xe điện tại Trung Quốc năm 2024 đạt 12,866 triệu chiếc, chiếm 70,5% thị trường toàn cầu.")
    >>> [(f.rule, f.text, f.severity.value) for f in report.findings]
    [('NR101', '70,5%', 'error')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from validator.api import check as check
    from validator.api import check_text as check_text
    from validator.api import extract as extract
    from validator.model import Claim as Claim
    from validator.model import Report as Report

__all__ = ["Claim", "Report", "__version__", "check", "check_text", "extract"]


def __getattr__(name: str) -> Any:
    # Lazy, so that `import validator` stays cheap for the CLI's --help and --version. `extract` is the
    # package validator/extract, which is itself callable as the function (see its __init__): Python
    # binds the package to this name once any part of it is imported, so a function here would not last.
    if name == "extract":
        import importlib

        return importlib.import_module("validator.extract")
    if name in ("check", "check_text"):
        from validator import api

        return getattr(api, name)
    if name in ("Claim", "Report"):
        from validator import model

        return getattr(model, name)
    raise AttributeError(f"module 'validator' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
