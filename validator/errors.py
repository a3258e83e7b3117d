"""The error classes claimcheck raises on bad input or usage.

One root (`ClaimcheckError`); each concrete error also subclasses the natural builtin so callers that
catch `ValueError` or `LookupError` keep working. The CLI turns these into a message naming the file and
line (exit 2) — never a traceback.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Root of every error claimcheck raises on bad input or usage."""


class InputError(ClaimcheckError, ValueError):
    """A file or argument that cannot be used: unreadable, malformed, or inconsistent."""

    def __init__(
        self,
        message: str,
        path: str | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.path, self.line, self.column) if p is not None)
        return f"{where}: {self.message}" if where else self.message


class UnknownRuleError(ClaimcheckError, LookupError):
    """A rule code or name that no registered rule has."""
