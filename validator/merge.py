"""Updating a reviewed claim file from a fresh draft (`claimcheck extract ARTICLE --update claims/X.yaml`).

The reviewed file wins: a drafted claim that matches a reviewed one (the same number inside the
re-anchored quote, or overlapping spans) leaves the reviewed record as it is — ids, notes, subjects,
relations, accepted findings — and only refreshes its `span`. Drafted claims that match nothing are
appended with a fresh unique id; reviewed claims the draft lacks are kept (ST401 reports them if the
article lost them). Drafted relations are added only when they involve a new claim.

Writing is atomic (`validator.atomic`: a temporary file in the same folder, then `os.replace`; and
refused when the claim file changed since it was read) and keeps a readable
layout: block style, fields in a fixed order, Decimals written so their precision survives
(`12.866e6` stays `12.866e6`, `70.5` stays `70.5`), the file's leading comment kept.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import yaml

from validator.anchoring import Anchorer, anchor_claim
from validator.atomic import FileStamp, file_stamp, write_atomic
from validator.claimfile import add_yaml12_resolvers, load_claim_file, relation_refs
from validator.document import load_document
from validator.errors import InputError
from validator.limits import DEFAULT_LIMITS, Limits, read_text
from validator.model import Claim, ClaimFile, Period, Relation, Span

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


# --- merging ---------------------------------------------------------------------------------------


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def _unique_id(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken:
        n += 1
    return f"{wanted}-{n}"


def merge_claim_files(reviewed: ClaimFile, drafted: ClaimFile, article_text: str | None = None) -> ClaimFile:
    """The reviewed file plus what the draft found that it lacks; reviewed records are never rewritten.

    `article_text` is the current article (for re-anchoring); without it, spans recorded in the two
    files are compared as they are.
    """
    anchorer = Anchorer(article_text) if article_text is not None else None

    def where(claim: Claim) -> Span | None:
        if anchorer is None:
            return claim.span
        span, problem = anchor_claim(claim, anchorer)
        return span if problem is None else None

    reviewed_spans = {c.id: where(c) for c in reviewed.claims}
    claims = list(reviewed.claims)
    index = {c.id: i for i, c in enumerate(claims)}
    taken = set(index)
    renamed: dict[str, str] = {}  # drafted id -> id in the merged file
    new_ids: set[str] = set()
    for draft in drafted.claims:
        span = where(draft) or draft.span
        match = next(
            (
                c
                for c in reviewed.claims
                if c.id not in renamed.values()
                and _overlap(reviewed_spans[c.id], span)
                and (c.text == draft.text or c.text in draft.text or draft.text in c.text)
            ),
            None,
        )
        if match is not None:
            renamed[draft.id] = match.id
            if span is not None and match.span != span:
                i = index[match.id]
                claims[i] = claims[i].model_copy(update={"span": span})
                claims[i].model_fields_set.add("span")
            continue
        new_id = _unique_id(draft.id, taken)
        taken.add(new_id)
        renamed[draft.id] = new_id
        new_ids.add(new_id)
        update: dict[str, Any] = {"id": new_id}
        if span is not None:
            update["span"] = span
        fresh = draft.model_copy(update=update)
        fresh.model_fields_set.update(update)
        claims.append(fresh)
    relations = list(reviewed.relations)
    known = {_relation_key(r) for r in relations}
    for relation in drafted.relations:
        moved = _rename_refs(relation, renamed)
        refs = {ref for _, ref in relation_refs(moved)}
        if not refs & new_ids or _relation_key(moved) in known:
            continue
        known.add(_relation_key(moved))
        relations.append(moved)
    merged = reviewed.model_copy(update={"claims": claims, "relations": relations})
    merged.model_fields_set.update({"claims", "relations"} if relations else {"claims"})
    if reviewed.language is None and drafted.language is not None:
        merged.language = drafted.language
    return merged


def _rename_refs(relation: Relation, renamed: dict[str, str]) -> Relation:
    update: dict[str, Any] = {}
    for name, value in relation:
        if name in ("items", "id", "note", "kind"):
            continue
        if isinstance(value, str) and value in renamed:
            update[name] = renamed[value]
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            update[name] = [renamed.get(v, v) for v in value]
    moved = relation.model_copy(update=update)
    moved.model_fields_set.update(update)
    return moved


def _relation_key(relation: Relation) -> tuple[str, tuple[tuple[str, str], ...]]:
    return relation.kind, tuple(sorted(relation_refs(relation)))


# --- writing -----------------------------------------------------------------------------------------


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


def _decimal_text(d: Decimal) -> str:
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
    text = _decimal_text(d)
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


def dump_claim_file(data: ClaimFile, header: str = "") -> str:
    """The claim file as YAML text (block style, fixed field order, Decimals exact)."""
    top = _record(data, FILE_ORDER)
    top["claims"] = [_record(c, CLAIM_ORDER) for c in data.claims]
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


def leading_comment(text: str) -> str:
    """The comment block at the top of a YAML file (kept when the file is rewritten)."""
    lines = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines)


def write_claim_file(path: str | os.PathLike[str], data: ClaimFile, header: str = "",
                     expect: FileStamp | None = None) -> None:
    write_atomic(path, dump_claim_file(data, header), expect=expect)


def update_claim_file(
    claim_path: str | os.PathLike[str], article_path: str | os.PathLike[str], drafted: ClaimFile,
    stamp: FileStamp | None = None, limits: Limits = DEFAULT_LIMITS,
) -> ClaimFile:
    """Merge `drafted` into the reviewed file at `claim_path` and write it back atomically.

    Refuses (InputError) when the claim file's `article:` names another article than `article_path`,
    and when the claim file changed since it was read (`stamp`, taken before reading; by default
    here): a reviewer's edit saved while the merge ran is never dropped.
    """
    stamp = stamp or file_stamp(claim_path)
    loaded = load_claim_file(claim_path, limits)
    if os.path.realpath(loaded.article_path) != os.path.realpath(article_path):
        raise InputError(
            f"article: this claim file describes {loaded.data.article!r}, not {str(article_path)!r}; "
            "refusing to update it from another article",
            str(claim_path),
            loaded.line_of(("article",)),
        )
    text = load_document(article_path, loaded.data.language, limits.max_file_bytes).text
    merged = merge_claim_files(loaded.data, drafted, text)
    header = leading_comment(read_text(str(claim_path), "claim file", limits.max_file_bytes))
    write_claim_file(claim_path, merged, header, expect=stamp)
    return merged


def drafted_from_article(
    article_path: str | os.PathLike[str], claim_path: str | os.PathLike[str], language: str | None = None
) -> ClaimFile:
    """A draft claim file for the article, from the extractor (InputError when this build has none)."""
    try:
        from validator.extract import extract_document  # type: ignore[attr-defined,unused-ignore]
        from validator.link import infer_relations  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        raise InputError("the claim extractor is not available in this build", str(article_path)) from exc
    document = load_document(article_path, language)
    claims = extract_document(document)
    relations = infer_relations(document, claims)
    rel = os.path.relpath(os.path.abspath(article_path), os.path.dirname(os.path.abspath(claim_path)))
    return ClaimFile(
        article=Path(rel).as_posix(),
        language=document.language,  # type: ignore[arg-type,unused-ignore]
        claims=claims,
        relations=relations,
    )
