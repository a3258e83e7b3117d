"""The claims a relation names, found by type: every field typed `Ref` (or a list of them), whatever its name."""

from __future__ import annotations

import functools
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from validator.model import REF_PATTERN, Relation

__all__ = ["RELATION_KINDS", "ref_fields", "relation_refs"]

# the relation kinds a claim file may use: the `kind` of each relation type of the model
RELATION_KINDS = frozenset(
    typing.get_args(kind.model_fields["kind"].annotation)[0] for kind in typing.get_args(typing.get_args(Relation)[0])
)


def relation_refs(relation: Relation) -> list[tuple[str, str]]:
    """(field name, ref) for each claim a relation names: the fields typed `Ref` (or lists of them)."""
    refs: list[tuple[str, str]] = []
    for name in ref_fields(type(relation)):
        value = getattr(relation, name)
        if isinstance(value, str):
            refs.append((name, value))
        elif isinstance(value, list):
            refs.extend((f"{name}[{i}]", v) for i, v in enumerate(value) if isinstance(v, str))
    return refs


@functools.cache
def ref_fields(kind: type[BaseModel]) -> tuple[str, ...]:
    """The fields of a relation model whose type is `Ref`, `Ref | None` or `list[Ref]` (by the Ref pattern)."""
    def names_ref(metadata: Any) -> bool:
        return any(getattr(m, "pattern", None) == REF_PATTERN
                   or (isinstance(m, FieldInfo) and names_ref(m.metadata)) for m in metadata)

    def annotated_ref(annotation: Any) -> bool:  # Ref inside Optional[...] or list[...]
        return names_ref(getattr(annotation, "__metadata__", ())) or any(
            annotated_ref(arg) for arg in typing.get_args(annotation))

    def is_ref(info: FieldInfo) -> bool:
        return names_ref(info.metadata) or annotated_ref(info.annotation)

    return tuple(name for name, info in kind.model_fields.items() if is_ref(info))
