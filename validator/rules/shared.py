"""The records of one relation, built once while all the rules that judge it run in turn.

Every rule that checks a relation resolves and converts its operands into a record
(`validator.rules.operands`); several rules judge each kind of relation, and the linker's arbiter judges
thousands of candidate readings. Within `shared_records` the first rule's records serve the others: they
are frozen, and neither the relation nor its claims change while its rules run. A context variable, so
threads (a Dask worker's) each have their own.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from typing import Any

_SHARED: ContextVar[dict[tuple[int, type], tuple[object, object, object, Any]] | None] = ContextVar(
    "shared_records", default=None)


@contextlib.contextmanager
def shared_records() -> Iterator[None]:
    """Within it, `records` builds the records of one relation once for all its rules."""
    token = _SHARED.set({})
    try:
        yield
    finally:
        _SHARED.reset(token)


def records(kind: type, relation: object, origin: object, ctx: object, build: Callable[[], Any]) -> Any:
    """``build()``, or what it gave for the same relation, claim set and resolver within `shared_records` (a
    build that raises is not remembered: each rule gets the same error)."""
    shared = _SHARED.get()
    if shared is None:
        return build()
    key = (id(relation), kind)
    found = shared.get(key)
    if found is not None and found[0] is relation and found[1] is origin and found[2] is ctx:
        return found[3]
    value = build()
    shared[key] = (relation, origin, ctx, value)
    return value
