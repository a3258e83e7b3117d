"""The error hierarchy: one root class, each concrete error also a natural builtin."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Root of every error claimcheck raises on bad input or usage."""


class InputError(ClaimcheckError, ValueError):
    """Unreadable or invalid input; ``str()`` names the place: ``path:line:column: message``."""

    def __init__(
        self, message: str, path: str | None = None, line: int | None = None, column: int | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        place = [str(part) for part in (self.path, self.line, self.column) if part is not None]
        return ": ".join([":".join(place), self.message]) if place else self.message
