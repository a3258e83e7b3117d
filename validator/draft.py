"""Drafting claim files from articles (`claimcheck extract`): extracted claims and inferred relations
written as a YAML (or JSON) claim file that `claimcheck check` accepts and an editor can review.
"""

from __future__ import annotations

import json
import os
from decimal import Decimal
from typing import Any

import yaml

from validator.claimfile import add_yaml12_resolvers
from validator.document import Document
from validator.extract import document_date
from validator.model import Claim, ClaimFile, Relation
from validator.safety import json_escape_unsafe

CLAIM_FIELDS = ("id", "text", "quote", "span", "value", "unit", "precision", "hedge", "high", "reading", "period",
                "subject", "metric", "modality", "language", "note", "accepted")


def _plain(d: Decimal) -> str | int:
    text = format(d, "f")
    return int(text) if "." not in text and "e" not in text.lower() else text


def claim_record(claim: Claim) -> dict[str, Any]:
    """A claim as the plain mapping a claim file holds (Decimals keep their digits, defaults left out)."""
    data = claim.model_dump(mode="python", exclude_none=True)
    out: dict[str, Any] = {}
    for key in CLAIM_FIELDS:
        if key not in data:
            continue
        value = data[key]
        if key in ("value", "precision", "high") and isinstance(value, Decimal):
            value = _plain(value)
        elif key == "span":
            value = {"start": value["start"], "end": value["end"]}
        elif key == "period":
            period = claim.period
            assert period is not None
            value = period.label or {"start": str(period.start), "end": str(period.end)}
        elif key == "modality":
            if value == "actual":
                continue
            value = str(value.value if hasattr(value, "value") else value)
        elif key == "hedge":
            value = str(value.value if hasattr(value, "value") else value)
        elif key == "accepted":
            if not value:
                continue
        out[key] = value
    return out


def relation_record(relation: Relation) -> dict[str, Any]:
    data = relation.model_dump(mode="python", exclude_none=True)
    kind = data.pop("kind")
    out: dict[str, Any] = {"kind": kind}
    for key, value in data.items():
        if key == "confidence" and value == "declared":
            continue
        if key == "direction" and value == "up":
            continue
        out[key] = _plain(value) if isinstance(value, Decimal) else value
    return out


def draft_claim_file(document: Document, claims: list[Claim], relations: list[Relation],
                     output: str | None) -> ClaimFile:
    base = os.path.dirname(os.path.abspath(output)) if output else os.getcwd()
    article = os.path.relpath(os.path.abspath(document.path), base)
    return ClaimFile(article=article, language=document.language,  # type: ignore[arg-type]
                     date=document_date(document), claims=claims, relations=relations)


def claim_file_mapping(data: ClaimFile) -> dict[str, Any]:
    out: dict[str, Any] = {"article": data.article}
    if data.language:
        out["language"] = data.language
    if data.date:
        out["date"] = data.date.isoformat()
    out["claims"] = [claim_record(c) for c in data.claims]
    out["relations"] = [relation_record(r) for r in data.relations]
    return out


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


add_yaml12_resolvers(_Dumper)
_Dumper.add_representer(str, _str)


def dump_yaml(data: ClaimFile, header: str = "") -> str:
    body = yaml.dump(claim_file_mapping(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=110,
                     default_flow_style=False)
    # Decimals are written as quoted strings ('70.5'): the loader reads them back as Decimal, digits intact.
    return header + body


def dump_json(data: ClaimFile) -> str:
    # article text stays exact (quotes must match the article), but controls are written as \u escapes
    return json_escape_unsafe(json.dumps(claim_file_mapping(data), ensure_ascii=False, indent=2, default=str)) + "\n"
