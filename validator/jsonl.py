"""`claimcheck check --format jsonl`: a report written as the run goes, one JSON object a line.

Each input gives, as soon as it and the inputs before it are done: `{"document": {...}}`, then its findings
`{"finding": {...}}` and checks `{"check": {...}}` (each sorted as in the JSON report), and any problem with it
`{"error": {...}}`. The run ends with the problems not tied to one input and `{"summary": {...}}` (the JSON
report's counts). The objects are those of `--format json`, the same findings and checks, made safe the same
way; nothing is kept once written except the keys of findings on paths that several inputs share (to write
each finding once).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import IO, Any, Protocol

from validator.model import Check, DocumentSummary, Finding, InputProblem, Report
from validator.offsets import FileMap, file_map
from validator.report.jsonfmt import _finding
from validator.safety import safe_report
from validator.stream import TEXT_NONE, FileResult, Run


class _Sink(Protocol):
    def write(self, text: str, /) -> Any: ...
    def flush(self) -> Any: ...


@dataclass
class JsonlSummary:
    errors: list[InputProblem] = field(default_factory=list)
    worst_unaccepted: int | None = None  # the rank of the worst finding that is not accepted
    counts: dict[str, int] = field(default_factory=dict)
    baselined: int = 0
    unused: list[dict[str, str]] = field(default_factory=list)


class _Writer:
    def __init__(self, out: _Sink | IO[str], run: Run, baseline: str | None) -> None:
        self.out = out
        self.run = run
        self.shared = run.shared_paths()
        self.seen: set[tuple[object, ...]] = set()
        self.seen_checks: set[tuple[object, ...]] = set()
        self.summary = JsonlSummary()
        self.counts = {"error": 0, "warning": 0, "info": 0, "accepted": 0, "checks": 0, "passed": 0,
                       "unverifiable": 0, "input_errors": 0}
        self.known: dict[tuple[tuple[str, str], ...], dict[str, str]] | None = None
        self.matched: set[tuple[tuple[str, str], ...]] = set()
        self.baseline_dir = ""
        self.early_docs = [r.summary for r in run.early.values() if r.summary is not None]
        if baseline:
            from validator.baseline import _key, read_baseline

            self.known = {_key(e): e for e in read_baseline(baseline)}
            self.baseline_dir = os.path.dirname(os.path.abspath(baseline))

    def _line(self, kind: str, data: dict[str, Any]) -> None:
        self.out.write(json.dumps({kind: data}, ensure_ascii=False) + "\n")

    def _unique(self, items: Iterable[Finding | Check], seen: set[tuple[object, ...]]) -> list[Any]:
        local: set[tuple[object, ...]] = set()
        out = []
        for item in items:
            key = (item.path, item.start, item.end, item.rule, item.message)
            if key in local or key in seen:
                continue
            local.add(key)
            if item.path in self.shared:
                seen.add(key)
            out.append(item)
        return out

    def _baselined(self, findings: list[Finding], summary: DocumentSummary | None) -> list[Finding]:
        if self.known is None or not findings:
            return findings
        from validator.baseline import _key, _Keyer

        docs = [*self.early_docs, *([summary] if summary is not None else [])]
        keyer = _Keyer(Report(documents=docs), self.baseline_dir)
        kept = []
        for f in findings:
            key = _key(keyer.entry(f))
            if f.accepted is None and key in self.known:
                self.matched.add(key)
                self.summary.baselined += 1
            else:
                kept.append(f)
        return kept

    def emit(self, summary: DocumentSummary | None, findings: list[Finding], checks: list[Check],
             errors: list[InputProblem]) -> None:
        findings = self._baselined(sorted(self._unique(findings, self.seen), key=Finding.sort_key), summary)
        checks = sorted(self._unique(checks, self.seen_checks), key=Check.sort_key)
        safe = safe_report(Report(documents=[summary] if summary is not None else [], findings=findings,
                                  checks=checks, errors=errors))
        for d in safe.documents:
            self._line("document", d.model_dump(exclude_none=True))
        maps = _maps({f.path for f in safe.findings})
        for f in safe.findings:
            self._line("finding", _finding(f, maps))
            if f.accepted is None:
                self.counts[f.severity.value] += 1
                rank = f.severity.rank
                if self.summary.worst_unaccepted is None or rank > self.summary.worst_unaccepted:
                    self.summary.worst_unaccepted = rank
            else:
                self.counts["accepted"] += 1
        for c in safe.checks:
            self._line("check", c.model_dump(mode="json", exclude_none=True))
            self.counts["checks"] += 1
            self.counts["passed"] += c.status == "pass"
            self.counts["unverifiable"] += c.status == "unverifiable"
        for e in safe.errors:
            self._line("error", e.model_dump(exclude_none=True))
        self.counts["input_errors"] += len(errors)
        self.summary.errors.extend(errors)
        self.out.flush()

    def result(self, r: FileResult) -> None:
        self.emit(r.summary, [*r.findings, *r.last_findings], [*r.checks, *r.last_checks],
                  [*r.load_errors, *r.eval_errors, *r.last_errors])

    def close(self) -> JsonlSummary:
        run = self.run
        self.emit(None, [], [], [*run.refused, *([run.empty_problem] if run.empty_problem else []),
                                 *run.after_load])
        counts = dict(self.counts)
        if self.known is not None:
            self.summary.unused = [self.known[k] for k in sorted(self.known) if k not in self.matched]
            counts["baselined"] = self.summary.baselined
            counts["baseline_unused"] = len(self.summary.unused)
        self._line("summary", counts)
        self.out.flush()
        self.summary.counts = counts
        return self.summary


def _maps(paths: set[str]) -> dict[str, FileMap]:
    """Where the findings' files are not their text (JSON articles): their own lines and columns, as in JSON."""
    out = {}
    for path in sorted(paths):
        mapping = file_map(path)
        if mapping is not None:
            out[path] = mapping
    return out


def write_jsonl(paths: Iterable[str | os.PathLike[str]], options: Any, out: _Sink | IO[str], jobs: int = 1,
                dask: object | None = None, baseline: str | None = None, min_pool_bytes: int = 0) -> JsonlSummary:
    """Check `paths` and write the report to `out` as JSON lines, input by input (see the module docstring)."""
    run = Run(paths, options, TEXT_NONE)
    writer = _Writer(out, run, baseline)
    for result in run.results(jobs=jobs, dask=dask, min_pool_bytes=min_pool_bytes):
        writer.result(result)
    return writer.close()
