"""The one writer of claim files: YAML (or JSON) text that reads back as the same `ClaimFile`, written
atomically.

Block style, no aliases, fields in a fixed order, lists of plain values inline; each record keeps the fields
its author wrote (`model_fields_set`: a reviewer's, or for a draft those the extractor set to other than
their defaults). Decimals are written in one style, so that their precision survives: `12.866e6` stays
`12.866e6` (the digits say ±500), `70.5` stays `70.5` -- in YAML as plain numbers, in JSON as that text.
Writing goes through `validator.atomic` (a temporary file in the same folder, then `os.replace`; refused
when the file changed since it was read).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from enum import Enum
from typing import Any

import yaml

from validator.atomic import FileStamp, write_atomic
from validator.claimfiles.reader import add_yaml12_resolvers
from validator.model import Claim, ClaimFile, Period, Span
from validator.safety import json_escape_unsafe

__all__ = ["CLAIM_ORDER", "FILE_ORDER", "decimal_text", "dump_claim_file", "dump_claim_json", "write_claim_file"]

CLAIM_ORDER = (
    "id",
    "text",
    "quote",
    "value",
    "unit",
    "precision",
    "hedge",
    "high",
    "reading",
    "period",
    "subject",
    "metric",
    "modality",
    "language",
    "note",
    "accepted",
    "span",
)
FILE_ORDER = ("article", "language", "date", "claims", "relations")


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases, lists of plain values inline (`claims: [a, b]`)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # "- item" indented under its key, as people write it


class _Flow(list[Any]):
    """A list written inline."""


class _FlowMap(dict[str, Any]):
    """A mapping written inline (spans)."""


def decimal_text(d: Decimal) -> str:
    """Text that reads back as the same Decimal, exponent (so precision) included: 12.866e6, 70.5, 17e6.

    Positive exponents use the nearest multiple of three the digits allow (engineering style, as people
    write `12.866e6`), but never change the exponent the digits carry: 1e7 stays 1e7, not 10e6.
    """
    sign, digits, exponent = d.as_tuple()
    if not isinstance(exponent, int) or exponent <= 0:
        return str(d).replace("E+", "e").replace("E", "e")
    body = "".join(map(str, digits))
    shown = max((e for e in range(exponent, exponent + len(body)) if e % 3 == 0), default=exponent)
    after = shown - exponent  # digits after the decimal point
    mantissa = body if after == 0 else f"{body[:-after]}.{body[-after:]}"
    return f"{'-' if sign else ''}{mantissa}e{shown}"


def _represent_decimal(dumper: yaml.SafeDumper, d: Decimal) -> yaml.ScalarNode:
    text = decimal_text(d)
    # whatever tag the text resolves to implicitly (int, float or str): written plain, read back as this
    # Decimal by the claim-file loader (floats become Decimal from their text, strings are parsed by pydantic)
    tag: str = dumper.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return dumper.represent_scalar(tag, text)


def _represent_str(dumper: yaml.SafeDumper, s: str) -> yaml.ScalarNode:
    if "\n" in s:
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="|")
    if len(s) > 90 and s == s.strip():  # long prose (reasons, notes): folded, not a quoted wrapped line
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style=">")
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


add_yaml12_resolvers(_Dumper)
_Dumper.add_representer(Decimal, _represent_decimal)
_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True))
_Dumper.add_representer(
    _FlowMap, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True)
)


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Period):
        if value.label:
            return int(value.label) if value.label.isdigit() else value.label  # `period: 2024`, unquoted
        return {k: v for k, v in (("start", value.start), ("end", value.end)) if v is not None}
    if isinstance(value, Span):
        return _FlowMap(start=value.start, end=value.end)
    if isinstance(value, list):
        items = [_plain(v) for v in value]
        if items and all(isinstance(v, (str, int, Decimal)) for v in items) and len(str(items)) < 100:
            return _Flow(items)
        return items
    if hasattr(value, "model_fields_set"):
        return _record(value)
    return value


def _record(model: Any, order: tuple[str, ...] = ()) -> dict[str, Any]:
    """The fields the author wrote (or the merge set), in `order` first, then the model's order."""
    names = [n for n in type(model).model_fields if n in model.model_fields_set]
    if "kind" in names:  # relations: kind and id first, note last, as in hand-written files
        order = ("kind", "id", *[n for n in names if n not in ("kind", "id", "note")], "note")
    ordered = [n for n in order if n in names] + [n for n in names if n not in order]
    out: dict[str, Any] = {}
    for name in ordered:
        value = getattr(model, name)
        if value is None or (isinstance(value, list) and not value and name != "claims"):
            continue
        out[name] = _record(value, CLAIM_ORDER) if isinstance(value, Claim) else _plain(value)
    return out


def _top(data: ClaimFile) -> dict[str, Any]:
    top = _record(data, FILE_ORDER)
    top["claims"] = [_record(c, CLAIM_ORDER) for c in data.claims]
    return top


def dump_claim_file(data: ClaimFile, header: str = "") -> str:
    """The claim file as YAML text (block style, fixed field order, Decimals exact)."""
    top = _top(data)
    parts = [header] if header else []
    head = {k: v for k, v in top.items() if k not in ("claims", "relations")}
    if isinstance(head.get("date"), dt.date):
        head["date"] = head["date"]  # PyYAML writes dates as YAML timestamps, read back as dates
    parts.append(yaml.dump(head, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110))
    for key in ("claims", "relations"):
        if key in top and (top[key] or key == "claims"):
            parts.append(
                "\n"
                + yaml.dump({key: top[key]}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110)
            )
    return "".join(parts)

def dump_claim_json(data: ClaimFile) -> str:
    """The claim file as JSON: the same records; a Decimal as its text ("12.866e6"), a whole one as a number."""
    def number(value: Any) -> Any:
        if isinstance(value, Decimal):
            text = decimal_text(value)
            return int(text) if text.lstrip("-").isdigit() else text
        if isinstance(value, (dt.date, Enum)):
            return str(value.value if isinstance(value, Enum) else value)
        raise TypeError(f"not JSON: {type(value).__name__}")

    top = _top(data)
    # article text stays exact (quotes must match the article), but controls are written as \u escapes
    return json_escape_unsafe(json.dumps(top, ensure_ascii=False, indent=2, default=number)) + "\n"


def write_claim_file(path: str | os.PathLike[str], data: ClaimFile, header: str = "",
                     expect: FileStamp | None = None) -> None:
    write_atomic(path, dump_claim_file(data, header), expect=expect)
