"""The one reader of claim files (`claims/<article-stem>.yaml`): YAML -> `ClaimFile`, with errors that name
the file, the line and what was expected.

Numbers in YAML become `Decimal` from their written text (never float), so `70.50` keeps its precision.
Every problem in a file is collected (bad YAML, wrong types, unknown units, duplicate ids, relations
naming unknown claims — with "did you mean") and raised together as one `ClaimFileError`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from rapidfuzz import process

from validator.claimfiles.refs import RELATION_KINDS, relation_refs
from validator.confine import is_inside, outside_message, project_root
from validator.errors import InputError
from validator.limits import DEFAULT_LIMITS, MAX_DIGITS, Limits, read_text
from validator.model import ClaimFile
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


MAX_YAML_DEPTH = 32  # a claim file is about five levels deep


class _ClaimLoader(yaml.SafeLoader):
    """The safe loader with YAML 1.2 core-schema scalars, numbers kept as written, and no aliases.

    YAML 1.1 (PyYAML's default) reads `1:10:30` as 4230 (base 60), `yes`/`no`/`on`/`off` as booleans,
    `0123` as octal 83 and `2024-02-30` as a date (crashing on it); the 1.2 core schema reads only
    decimal, `0o`/`0x` integers, decimal floats, `.inf`/`.nan`, `true`/`false` and `null`, and leaves
    everything else a string for validation to judge. Floats become `Decimal` from their text (never
    float), so `70.50` keeps its precision. Aliases (`*name`) are refused: a 400-byte "billion laughs"
    file expands into gigabytes, and no claim file needs one.
    """

    yaml_implicit_resolvers: dict[Any, Any] = {}

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not accepted in claim files: write the value out", event.start_mark
            )
        return super().compose_node(parent, index)


_INT = re.compile(r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
                    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")


def add_yaml12_resolvers(cls: Any) -> None:
    """Give a loader (or dumper) class the YAML 1.2 core-schema implicit types.

    On a dumper that keeps its YAML 1.1 ones, a string that either schema would read as something else
    ("1e5", "0o17", "yes") is written quoted: what claimcheck writes, it reads back the same.
    PyYAML tries a resolver with `match` (anchored at the start only): each pattern is whole, up to \\Z.
    """
    cls.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"(?:true|True|TRUE|false|False|FALSE)\Z"),
                              list("tTfF"))
    cls.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(f"(?:{_INT.pattern})\\Z"), list("-+0123456789"))
    cls.add_implicit_resolver("tag:yaml.org,2002:float", re.compile(f"(?:{_FLOAT.pattern})\\Z"),
                              list("-+.0123456789"))
    cls.add_implicit_resolver("tag:yaml.org,2002:null", re.compile(r"(?:~|null|Null|NULL|)\Z"), ["~", "n", "N", ""])


add_yaml12_resolvers(_ClaimLoader)


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    text = str(loader.construct_scalar(node))
    if not _INT.fullmatch(text):
        return text  # an explicit !!int on something else: validation says what is wrong
    if text.startswith(("0o", "0x")):
        return int(text[2:], 8 if text[1] == "o" else 16) if len(text) <= 2 + MAX_DIGITS else text
    if len(text.lstrip("+-0")) > MAX_DIGITS:
        return Decimal(text)  # kept exact; the value check refuses it with the line
    return int(text)


def _construct_decimal(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    text = str(loader.construct_scalar(node))
    if not _FLOAT.fullmatch(text):
        return text
    lowered = text.lower()
    if lowered.endswith(".inf"):
        return Decimal("-Infinity" if lowered.startswith("-") else "Infinity")
    if lowered.endswith(".nan"):
        return Decimal("NaN")
    return Decimal(text)


def _construct_bool(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    text = str(loader.construct_scalar(node))
    return {"true": True, "false": False}.get(text.lower(), text)


def _construct_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    return str(loader.construct_scalar(node))  # !!timestamp and the like: a string, validated as such


_ClaimLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_ClaimLoader.add_constructor("tag:yaml.org,2002:float", _construct_decimal)
_ClaimLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)
_ClaimLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_text)


def _scalar_key(node: yaml.Node) -> str:
    return node.value if isinstance(node, yaml.ScalarNode) else f"<{type(node).__name__}>"


def _walk_lines(root: yaml.Node, lines: dict[Loc, tuple[int, int]], path: str) -> list[InputError]:
    """Record where each part of the document stands; return the problems no schema sees: duplicate
    keys, NUL characters, nesting deeper than MAX_YAML_DEPTH. Iterative: depth costs no stack."""
    problems: list[InputError] = []
    stack: list[tuple[yaml.Node, Loc]] = [(root, ())]
    while stack:
        node, loc = stack.pop()
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        lines[loc] = (line, column)
        if len(loc) > MAX_YAML_DEPTH:
            problems.append(InputError(f"nested deeper than {MAX_YAML_DEPTH} levels", path, line, column))
            continue
        if isinstance(node, yaml.ScalarNode) and "\x00" in node.value:
            problems.append(InputError(f"{_loc_text(loc)}: NUL character in a string", path, line, column))
        elif isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in node.value:
                name = _scalar_key(key)
                key_line = key.start_mark.line + 1
                if name in seen:
                    problems.append(InputError(f"{_loc_text((*loc, name))}: duplicate key {name!r} (first at line "
                                               f"{seen[name]}); YAML would keep only the last", path, key_line,
                                               key.start_mark.column + 1))
                    continue
                seen[name] = key_line
                lines[(*loc, name, "__key__")] = (key_line, key.start_mark.column + 1)
                stack.append((value, (*loc, name)))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, (*loc, i)) for i, item in enumerate(node.value))
    return problems


def _yaml_error(exc: yaml.YAMLError, path: str, text: str) -> InputError:
    """A YAML error as an InputError at its line (reader, scanner, parser, composer and constructor)."""
    if isinstance(exc, yaml.reader.ReaderError):
        pos = min(max(exc.position, 0), len(text))
        what = f"character {exc.character!r}" if isinstance(exc.character, str) else "byte"
        return InputError(f"YAML syntax: unacceptable {what} (control characters are not allowed)", path,
                          text.count("\n", 0, pos) + 1, pos - text.rfind("\n", 0, pos))
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        message = exc.problem or exc.context or "invalid YAML"
        if isinstance(exc, yaml.constructor.ConstructorError) and exc.problem and "tag" in exc.problem:
            message = f"tag not allowed in claim files: {exc.problem}"
        return InputError(f"YAML syntax: {message}", path, line, column)
    return InputError(f"YAML syntax: {exc}", path)


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


def load_claim_file(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> LoadedClaimFile:
    """Parse and validate one claim file; raises ClaimFileError listing every problem with its line."""
    p = str(path)
    if not os.path.lexists(p):
        raise InputError("no such claim file", p)
    text = read_text(p, "claim file", limits.max_file_bytes)
    try:
        loader = _ClaimLoader(text)  # the reader checks the characters here already
    except yaml.YAMLError as exc:
        raise ClaimFileError(p, [_yaml_error(exc, p, text)]) from None
    try:
        node = loader.get_single_node()
        lines: dict[Loc, tuple[int, int]] = {}
        structural = _walk_lines(node, lines, p) if node is not None else []
        if structural:
            raise ClaimFileError(p, structural)
        raw = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        raise ClaimFileError(p, [_yaml_error(exc, p, text)]) from None
    except RecursionError:
        raise ClaimFileError(p, [InputError(f"nested deeper than {MAX_YAML_DEPTH} levels", p)]) from None
    finally:
        loader.dispose()
    if node is None:
        raise ClaimFileError(p, [InputError("empty claim file: expected a mapping with 'article' and 'claims'", p, 1)])
    loaded = LoadedClaimFile(p, ClaimFile.model_construct(article=""), lines)  # filled below
    try:
        loaded.data = ClaimFile.model_validate(raw)
    except ValidationError as exc:
        raise ClaimFileError(p, [_problem(loaded, err) for err in exc.errors()]) from None
    problems = _semantic_problems(loaded, limits)
    if problems:
        raise ClaimFileError(p, problems)
    return loaded


def _problem(loaded: LoadedClaimFile, err: Any) -> InputError:
    loc: Loc = tuple(x for x in err["loc"] if not (isinstance(x, str) and x in RELATION_KINDS))
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
        message = f"unknown relation kind; expected one of {', '.join(sorted(RELATION_KINDS))}"
    return InputError(f"{where}: {message}", loaded.path, loaded.line_of(loc))


def _loc_text(loc: Loc) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "file"


def _semantic_problems(loaded: LoadedClaimFile, limits: Limits = DEFAULT_LIMITS) -> list[InputError]:
    from validator.rules import find_rule  # late import: the rules are not needed to read a file

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
    if not limits.allow_outside and not is_inside(loaded.article_path, project_root(path)):
        problems.append(InputError(outside_message("article path", data.article), path,
                                   loaded.line_of(("article",))))
    elif not Path(loaded.article_path).is_file():
        problems.append(InputError(f"article: no such file {loaded.article_path!r} (relative to the claim file)",
                                   path, loaded.line_of(("article",))))
    return problems
