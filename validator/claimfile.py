"""Reading claim files (`claims/<article-stem>.yaml`): YAML -> `ClaimFile`, with errors that name the file,
the line and what was expected.

Numbers in YAML become `Decimal` from their written text (never float), so `70.50` keeps its precision.
Every problem in a file is collected (bad YAML, wrong types, unknown units, duplicate ids, relations
naming unknown claims — with "did you mean") and raised together as one `ClaimFileError`.
"""

from __future__ import annotations

import functools
import os
import typing
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError
from pydantic.fields import FieldInfo
from rapidfuzz import process

from validator.errors import InputError
from validator.model import REF_PATTERN, ClaimFile, Relation
from validator.units import parse_unit

Loc = tuple[str | int, ...]


class ClaimFileError(InputError):
    """One or more problems in a claim file; `problems` holds each with its line."""

    def __init__(self, path: str, problems: list[InputError]) -> None:
        first = problems[0]
        super().__init__(first.message, path, first.line, first.column)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class _DecimalLoader(yaml.SafeLoader):
    """SafeLoader that keeps numbers as written: floats become Decimal from their text."""


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    text = str(loader.construct_scalar(node)).replace("_", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return float(text)  # .inf / .nan: left for validation to reject


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)


def _walk_lines(node: yaml.Node, loc: Loc, lines: dict[Loc, tuple[int, int]]) -> None:
    lines[loc] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key)
            lines[(*loc, name)] = (value.start_mark.line + 1, value.start_mark.column + 1)
            lines[(*loc, name, "__key__")] = (key.start_mark.line + 1, key.start_mark.column + 1)
            _walk_lines(value, (*loc, name), lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk_lines(item, (*loc, i), lines)


@dataclass
class LoadedClaimFile:
    """A validated claim file, plus where each part of it stands in the YAML (for messages)."""

    path: str
    data: ClaimFile
    lines: dict[Loc, tuple[int, int]] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        return Path(self.path).stem

    @property
    def article_path(self) -> str:
        return os.path.normpath(os.path.join(os.path.dirname(self.path), self.data.article))

    def line_of(self, loc: Loc) -> int | None:
        while loc:
            if loc in self.lines:
                return self.lines[loc][0]
            loc = loc[:-1]
        return self.lines.get((), (None, None))[0]


def load_claim_file(path: str | os.PathLike[str]) -> LoadedClaimFile:
    """Parse and validate one claim file; raises ClaimFileError listing every problem with its line."""
    p = str(path)
    try:
        text = Path(p).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise InputError("no such claim file", p) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read claim file: {exc}", p) from exc
    try:
        node = yaml.compose(text, Loader=_DecimalLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise ClaimFileError(p, [InputError(f"YAML syntax: {exc.problem or exc.context}", p, line, column)]) from exc
    if node is None:
        raise ClaimFileError(p, [InputError("empty claim file: expected a mapping with 'article' and 'claims'", p, 1)])
    lines: dict[Loc, tuple[int, int]] = {}
    _walk_lines(node, (), lines)
    loader = _DecimalLoader(text)
    try:
        raw = loader.get_single_data()
    finally:
        loader.dispose()
    loaded = LoadedClaimFile(p, ClaimFile.model_construct(), lines)
    try:
        loaded.data = ClaimFile.model_validate(raw)
    except ValidationError as exc:
        raise ClaimFileError(p, [_problem(loaded, err) for err in exc.errors()]) from None
    problems = _semantic_problems(loaded)
    if problems:
        raise ClaimFileError(p, problems)
    return loaded


def _problem(loaded: LoadedClaimFile, err: Any) -> InputError:
    loc: Loc = tuple(x for x in err["loc"] if not (isinstance(x, str) and x in _RELATION_KINDS))
    where = _loc_text(loc)
    message = err["msg"]
    if err["type"] == "extra_forbidden":
        message = f"unexpected field {loc[-1]!r}"
        line = loaded.lines.get((*loc, "__key__"), (loaded.line_of(loc), None))[0]
        return InputError(f"{where}: {message}", loaded.path, line)
    if err["type"] == "missing":
        message = "required field is missing"
        return InputError(f"{where}: {message}", loaded.path, loaded.line_of(loc[:-1]))
    if err["type"] == "union_tag_invalid":
        message = f"unknown relation kind; expected one of {', '.join(sorted(_RELATION_KINDS))}"
    return InputError(f"{where}: {message}", loaded.path, loaded.line_of(loc))


_RELATION_KINDS = {"share", "change", "multiple", "cagr", "parts", "subset", "enumeration", "restatement", "duration"}


def _loc_text(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "file"


def relation_refs(relation: Relation) -> list[tuple[str, str]]:
    """(field name, ref) for each claim a relation names: the fields typed `Ref` (or lists of them)."""
    refs: list[tuple[str, str]] = []
    for name in _ref_fields(type(relation)):
        value = getattr(relation, name)
        if isinstance(value, str):
            refs.append((name, value))
        elif isinstance(value, list):
            refs.extend((f"{name}[{i}]", v) for i, v in enumerate(value) if isinstance(v, str))
    return refs


@functools.cache
def _ref_fields(kind: type[BaseModel]) -> tuple[str, ...]:
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


def _semantic_problems(loaded: LoadedClaimFile) -> list[InputError]:
    from validator.rules import find_rule  # late import: rules import the model, not this module

    data, path = loaded.data, loaded.path
    problems: list[InputError] = []
    seen: dict[str, int] = {}
    for i, claim in enumerate(data.claims):
        if claim.id in seen:
            problems.append(InputError(f"duplicate claim id {claim.id!r} (first defined at claims[{seen[claim.id]}])",
                                       path, loaded.line_of(("claims", i, "id"))))
        else:
            seen[claim.id] = i
        try:
            parse_unit(claim.unit)
        except InputError as exc:
            problems.append(InputError(f"claims[{i}].unit: {exc.message}", path, loaded.line_of(("claims", i, "unit"))))
        for j, acc in enumerate(claim.accepted):
            try:
                find_rule(acc.rule)
            except LookupError as exc:
                problems.append(InputError(f"claims[{i}].accepted[{j}].rule: {exc}", path,
                                           loaded.line_of(("claims", i, "accepted", j, "rule"))))
    ids = list(seen)
    for r, relation in enumerate(data.relations):
        for name, ref in relation_refs(relation):
            if "#" in ref or ref in seen:
                continue
            field_name = name.split("[")[0]
            index = int(name.split("[")[1].rstrip("]")) if "[" in name else None
            loc: Loc = ("relations", r, field_name) if index is None else ("relations", r, field_name, index)
            match = process.extractOne(ref, ids, score_cutoff=50) if ids else None
            hint = f"; did you mean {match[0]!r}?" if match else ""
            problems.append(InputError(f"relations[{r}].{name}: unknown claim id {ref!r}{hint}", path,
                                       loaded.line_of(loc)))
    if not Path(loaded.article_path).is_file():
        problems.append(InputError(f"article: no such file {loaded.article_path!r} (relative to the claim file)",
                                   path, loaded.line_of(("article",))))
    return problems
