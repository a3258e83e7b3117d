"""Baselines: known findings recorded once so that a gate fails only on new ones.

A baseline entry keys on what a finding is about, never on line numbers, so editing the article above
a known problem does not resurrect it:

- a finding on a claim file: the claim file, the claim id and the rule;
- a finding on a raw article: the article, the rule, the number as written, and a short hash of its
  sentence (whitespace collapsed, case folded), since raw articles have no stable ids;
- and, in both, the severity: a known warning that becomes an error (a loose figure edited into a
  contradiction) is a new problem and must not hide behind the baseline.

Paths are stored relative to the baseline file's folder (POSIX separators), entries sorted, JSON
indented: the file is diffable and the same findings always give the same bytes.

Baseline entries that no longer occur are not findings (they have no place in the article to point
at): `apply_baseline` returns them and counts them in the report summary as `baseline_unused`; the CLI
prints a note on stderr suggesting `claimcheck baseline write` to refresh the file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from validator.atomic import write_atomic
from validator.document import load_document
from validator.errors import ClaimcheckError, InputError
from validator.limits import load_json, read_text
from validator.model import Finding, Report

BASELINE_VERSION = 1
Entry = dict[str, str]
_SENTENCE_END = re.compile(r"[.!?。！？;；\n]")


def _rel(path: str, base_dir: str) -> str:
    return Path(os.path.relpath(os.path.abspath(path), base_dir)).as_posix()


def sentence_hash(text: str, start: int, end: int) -> str:
    """8 hex digits identifying the sentence around [start, end), robust to whitespace and case edits."""
    a = start
    while a > 0 and not _SENTENCE_END.match(text[a - 1]):
        a -= 1
    m = _SENTENCE_END.search(text, end)
    b = m.start() if m else len(text)
    sentence = " ".join(text[a:b].split()).casefold()
    return hashlib.sha256(sentence.encode("utf-8")).hexdigest()[:8]


@dataclass
class _Keyer:
    """Turns findings into baseline entries (reads each raw article once, for sentence hashes)."""

    report: Report
    base_dir: str
    texts: dict[str, str] = field(default_factory=dict)

    def entry(self, finding: Finding) -> Entry:
        sources = {d.path: d.source for d in self.report.documents}
        source = sources.get(finding.path)
        if finding.claim is not None and source is not None:
            return {
                "source": _rel(source, self.base_dir),
                "claim": finding.claim,
                "rule": finding.rule,
                "severity": finding.severity.value,
            }
        return {
            "path": _rel(finding.path, self.base_dir),
            "rule": finding.rule,
            "text": finding.text,
            "sentence": sentence_hash(self._text(finding.path), finding.start, finding.end),
            "severity": finding.severity.value,
        }

    def _text(self, path: str) -> str:
        if path not in self.texts:
            try:
                self.texts[path] = load_document(path).text
            except ClaimcheckError:
                self.texts[path] = ""
        return self.texts[path]


def _key(entry: Entry) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(entry.items()))


def baseline_entries(report: Report, baseline_path: str | os.PathLike[str]) -> list[Entry]:
    """The report's unaccepted findings as baseline entries, sorted and without duplicates."""
    keyer = _Keyer(report, os.path.dirname(os.path.abspath(baseline_path)))
    unique = {_key(e): e for e in (keyer.entry(f) for f in report.findings if f.accepted is None)}
    return [unique[k] for k in sorted(unique)]


def render_baseline(entries: list[Entry]) -> str:
    doc = {"version": BASELINE_VERSION, "tool": "claimcheck", "entries": entries}
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_baseline(report: Report, path: str | os.PathLike[str],
                   inputs: Iterable[str | os.PathLike[str]] = ()) -> int:
    """Write the report's findings as a baseline file (atomically, never over one of `inputs`);
    returns the number of entries."""
    entries = baseline_entries(report, path)
    write_atomic(path, render_baseline(entries), inputs=inputs)
    return len(entries)


def read_baseline(path: str | os.PathLike[str]) -> list[Entry]:
    """The entries of a baseline file; InputError naming the file for anything unreadable."""
    p = str(path)
    if not os.path.lexists(p):
        raise InputError("no such baseline file (create it with `claimcheck baseline write FILE`)", p)
    raw = read_text(p, "baseline file")
    try:
        doc: Any = load_json(raw)
    except ValueError as exc:
        raise InputError(f"not a claimcheck baseline (invalid JSON: {exc})", p) from exc
    if (
        not isinstance(doc, dict)
        or doc.get("version") != BASELINE_VERSION
        or not isinstance(doc.get("entries"), list)
    ):
        raise InputError(
            f'not a claimcheck baseline: expected {{"version": {BASELINE_VERSION}, "entries": [...]}}', p
        )
    entries: list[Entry] = []
    for i, e in enumerate(doc["entries"]):
        if (
            not isinstance(e, dict)
            or not all(isinstance(k, str) and isinstance(v, str) for k, v in e.items())
            or "rule" not in e
        ):
            raise InputError(f"entries[{i}]: expected an object of strings with a 'rule'", p)
        entries.append(e)
    return entries


@dataclass
class BaselineResult:
    baselined: int  # findings dropped because the baseline knows them
    unused: list[Entry]  # baseline entries no finding matched


def apply_baseline(
    report: Report, path: str | os.PathLike[str], entries: list[Entry] | None = None
) -> BaselineResult:
    """Drop the findings the baseline at `path` records; report (in the summary) the entries left over."""
    known = {_key(e): e for e in (entries if entries is not None else read_baseline(path))}
    keyer = _Keyer(report, os.path.dirname(os.path.abspath(path)))
    kept: list[Finding] = []
    seen: set[tuple[tuple[str, str], ...]] = set()
    dropped = 0
    for finding in report.findings:
        key = _key(keyer.entry(finding))
        if finding.accepted is None and key in known:
            seen.add(key)
            dropped += 1
        else:
            kept.append(finding)
    report.findings = kept
    unused = [known[k] for k in sorted(known) if k not in seen]
    report.finalize()
    report.summary["baselined"] = dropped
    report.summary["baseline_unused"] = len(unused)
    return BaselineResult(dropped, unused)


def describe_entry(entry: Entry) -> str:
    if "claim" in entry:
        return f"{entry['rule']} on claim {entry['claim']!r} in {entry.get('source', '?')}"
    return f"{entry['rule']} on {entry.get('text', '?')!r} in {entry.get('path', '?')}"
