"""claimcheck: a fact-checking and consistency validator for the numbers in news writing.

Public API: `check(paths) -> Report` (claim files and articles), `validator.claimfiles.load_claim_file(path)`,
and the records in `validator.model`. The command line lives in `validator.cli`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from validator.engine import check as check

__all__ = ["__version__", "check"]


def __getattr__(name: str) -> Any:
    # Lazy: `import validator` stays cheap for the CLI's --help and --version.
    if name == "check":
        from validator.engine import check

        return check
    raise AttributeError(name)
