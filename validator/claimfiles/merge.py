"""Updating a reviewed claim file from a fresh draft (`claimcheck extract ARTICLE --update claims/X.yaml`).

The reviewed file wins: a drafted claim that matches a reviewed one (the same number inside the
re-anchored quote, or overlapping spans) leaves the reviewed record as it is — ids, notes, subjects,
relations, accepted findings — and only refreshes its `span`. Drafted claims that match nothing are
appended with a fresh unique id; reviewed claims the draft lacks are kept (ST401 reports them if the
article lost them). Drafted relations are added only when they involve a new claim.

The merged file is written by the one writer (`validator.claimfiles.writer`: atomic, refused when the
claim file changed since it was read), with the file's leading comment kept.
"""

from __future__ import annotations

import os
from typing import Any

from validator.anchoring import Anchorer, anchor_claim
from validator.atomic import FileStamp, file_stamp
from validator.claimfiles.reader import load_claim_file
from validator.claimfiles.refs import ref_fields, relation_refs
from validator.claimfiles.writer import write_claim_file
from validator.document import load_document
from validator.errors import InputError
from validator.limits import DEFAULT_LIMITS, Limits, read_text
from validator.model import Claim, ClaimFile, Relation, Span

__all__ = ["leading_comment", "merge_claim_files", "update_claim_file"]


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
    """The relation with the claims it names renamed (its fields typed `Ref`; nothing else is touched)."""
    update: dict[str, Any] = {}
    for name in ref_fields(type(relation)):
        value = getattr(relation, name)
        if isinstance(value, str) and value in renamed:
            update[name] = renamed[value]
        elif isinstance(value, list):
            update[name] = [renamed.get(v, v) for v in value]
    moved = relation.model_copy(update=update)
    moved.model_fields_set.update(update)
    return moved


def _relation_key(relation: Relation) -> tuple[str, tuple[tuple[str, str], ...]]:
    return relation.kind, tuple(sorted(relation_refs(relation)))


def leading_comment(text: str) -> str:
    """The comment block at the top of a YAML file (kept when the file is rewritten)."""
    lines = []
    for line in text.splitlines(keepends=True):
        if not line.startswith("#"):
            break
        lines.append(line)
    return "".join(lines)


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
