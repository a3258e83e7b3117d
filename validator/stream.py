"""A check run, one article at a time: extract, link, judge, emit; and the same run spread over processes.

`Run` holds what a run needs across articles and nothing more: the claim files (reviewed, few, and able to
refer to one another by `stem#id`) with their findings (ST402 judges them), and the display paths that more
than one input shares (their findings are deduplicated across inputs). Every other article is read, judged and
reduced to a `FileResult` (its document summary, findings, checks and problems) before the next is read,
so memory does not grow with the number of articles (beyond the findings themselves, which the JSON report
needs; `--format jsonl` writes them as they come and keeps none).

`Run.results(jobs=N)` runs the articles in a pool of N processes fed one article at a time, at most a few
ahead, and yields the results in input order; `validator.distributed` maps the same per-article step
(`check_article`) over a Dask bag. `Run.report(results)` assembles the `Report` exactly as a run in one
process would: findings in input order, deduplicated first-wins, then ST402, sorted.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from validator import engine as _engine
from validator.claimfiles import load_claim_file
from validator.document import Document, load_document
from validator.engine import (
    FindingsIndex,
    Options,
    _dedupe,
    _evaluate_set,
    _inputs,
    _internal,
    _problem,
    _resolver,
    _sibling_sets,
    _unresolved,
    claimset_from_file,
    display_path,
)
from validator.errors import ClaimcheckError
from validator.inputs import CLAIM_SUFFIXES
from validator.model import Check, DocumentSummary, Finding, InputProblem, Report
from validator.rules import ClaimSet, Resolver, Rule

# what a document summary keeps of the text (renderers quote it; JSON does not)
TEXT_ALL, TEXT_FINDINGS, TEXT_NONE = "all", "findings", "none"


@dataclass
class FileResult:
    """What checking one input file gave, in the order a one-process run produces it: the outcomes of the rules
    that run last (`Rule.runs_last`: ST402) apart, since a run gives them after every file's others."""

    index: int  # the file's place in the run's input order
    path: str
    summary: DocumentSummary | None = None
    findings: list[Finding] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    load_errors: list[InputProblem] = field(default_factory=list)
    eval_errors: list[InputProblem] = field(default_factory=list)
    last_findings: list[Finding] = field(default_factory=list)
    last_checks: list[Check] = field(default_factory=list)
    last_errors: list[InputProblem] = field(default_factory=list)


def _summary(claims: ClaimSet, text_policy: str, findings: list[Finding], base: str | None) -> DocumentSummary:
    path = display_path(claims.document.path, base)
    keep = text_policy == TEXT_ALL or claims.source is not None or (
        text_policy == TEXT_FINDINGS and any(f.path == path for f in findings))
    return DocumentSummary(path=path, language=claims.document.language, claims=len(claims.claims),
                           source=display_path(claims.source, base) if claims.source else None,
                           text=claims.document.text if keep else None,
                           claim_spans=claims.claim_spans() if claims.source else None)


def _phases(rules: list[Rule]) -> tuple[list[Rule], list[Rule]]:
    return [r for r in rules if not r.runs_last], [r for r in rules if r.runs_last]


def _judge(claims: ClaimSet, rules: list[Rule], ctx: Resolver, options: Options, base: str | None) -> Report:
    report = Report()
    _evaluate_set(claims, rules, ctx, options, report, base)
    return report


class _Known:
    """`Resolver.findings_on` for one raw article: the claim files' findings on its path (its own findings name no
    claim id), as a run in one process would see them."""

    def __init__(self, by_path: dict[str, set[tuple[str, str]]], base: str | None) -> None:
        self.by_path, self.base = by_path, base

    def __call__(self, claims: ClaimSet) -> set[tuple[str, str]]:
        return set(self.by_path.get(display_path(claims.document.path, self.base), ()))


def check_document(document: Document, options: Options, index: int = 0, base: str | None = None,
                   text_policy: str = TEXT_ALL, known: dict[str, set[tuple[str, str]]] | None = None) -> FileResult:
    """One raw article, already loaded: extracted, linked and judged on its own. `known`: the claim files'
    findings by path, (claim id, rule), for the rules that judge findings (ST402)."""
    result = FileResult(index, document.path)
    try:
        claims = _engine.claimset_from_article(document, options.tolerance)  # (tests replace it)
    except ClaimcheckError as exc:
        result.load_errors = _problem(exc, document.path)
        return result
    except Exception as exc:  # one bad file never sinks the run
        result.load_errors = [_internal(exc, document.path)]
        return result
    rules = options.rules()
    # `stem#id` names claim files only: an article's relations resolve within it
    ctx = Resolver([], options.tolerance, {r.code for r in rules}, _Known(known or {}, base))
    first, last = _phases(rules)
    done = _judge(claims, first, ctx, options, base)
    result.findings, result.checks, result.eval_errors = done.findings, done.checks, done.errors
    if last:
        done = _judge(claims, last, ctx, options, base)
        result.last_findings, result.last_checks, result.last_errors = done.findings, done.checks, done.errors
    result.summary = _summary(claims, text_policy, result.findings, base)
    return result


def check_article(path: str, options: Options, index: int = 0, base: str | None = None,
                  text_policy: str = TEXT_ALL, known: dict[str, set[tuple[str, str]]] | None = None) -> FileResult:
    """One raw article file: read, extracted, linked and judged on its own (the unit of work of a pool or a
    Dask bag). `base`: the folder display paths are relative to (the caller's working directory)."""
    try:
        document = load_document(path, options.language, options.limits.max_file_bytes)
    except ClaimcheckError as exc:
        return FileResult(index, path, load_errors=_problem(exc, path))
    except Exception as exc:
        return FileResult(index, path, load_errors=[_internal(exc, path)])
    return check_document(document, options, index, base, text_policy, known)


POOL_MIN_BYTES = 512_000  # below this much text a pool costs more than it saves (each worker compiles tables)


def _worth_a_pool(files: list[str], todo: list[int], jobs: int, min_bytes: int) -> bool:
    """Whether to start worker processes: each compiles the tables of its languages (a second or more of CPU),
    which a few small articles do not repay (`min_bytes`: the text it takes; 0 for a pool whenever there are
    two articles). The output is the same either way."""
    if len(todo) < 2 or (min_bytes and len(todo) < 2 * jobs):
        return False
    total = 0
    for i in todo:
        try:
            total += os.path.getsize(files[i])
        except OSError:
            continue
        if total >= min_bytes:
            return True
    return False


class Run:
    """One `claimcheck check` run over `paths` (see the module's docstring)."""

    def __init__(self, paths: Iterable[str | os.PathLike[str]], options: Options,
                 text_policy: str = TEXT_ALL) -> None:
        self.options = options
        self.text_policy = text_policy
        self.base = os.getcwd()
        given = list(paths)
        inputs = _inputs(given, options)
        self.files, self.refused = inputs.files, inputs.refused
        self.empty_problem: InputProblem | None = None
        if not self.files and not self.refused and not options.claims_only:
            self.empty_problem = InputProblem(path=" ".join(str(p) for p in given) or ".",
                                              message="no claim files (.yaml) or articles (.txt, .md, .json) found")
        self.articles = [i for i, f in enumerate(self.files) if not f.lower().endswith(CLAIM_SUFFIXES)]
        self.early: dict[int, FileResult] = {}  # the claim files: judged first, together
        self.after_load: list[InputProblem] = []  # context claim files that failed, unresolved references
        self.known: dict[str, set[tuple[str, str]]] = {}  # the claim files' findings by path, for ST402
        self._claim_files()

    def _claim_files(self) -> None:
        """Claim files are reviewed and few, and refer to each other (`stem#id`): loaded and judged together."""
        options, limits = self.options, self.options.limits
        articles = set(self.articles)
        loaded: dict[int, ClaimSet] = {}
        for i, path in enumerate(self.files):
            if i in articles:
                continue
            result = self.early[i] = FileResult(i, path)
            try:
                loaded[i] = claimset_from_file(load_claim_file(path, limits), limits)
            except ClaimcheckError as exc:
                result.load_errors = _problem(exc, path)
            except Exception as exc:
                result.load_errors = [_internal(exc, path)]
        if not loaded:
            return
        order = sorted(loaded)
        sets = [loaded[i] for i in order]
        report = Report()
        context = _sibling_sets(sets, report, limits)
        self.after_load.extend(report.errors)
        rules = options.rules()
        found: list[Finding] = []
        index = FindingsIndex(found, self.base)
        ctx = _resolver(sets, context, options, {r.code for r in rules}, index)
        self.after_load.extend(_unresolved(sets, ctx))
        first, last = _phases(rules)
        for i in order:
            result = self.early[i]
            done = _judge(loaded[i], first, ctx, options, self.base)
            result.findings, result.checks, result.eval_errors = done.findings, done.checks, done.errors
            found.extend(done.findings)
        for i in order:
            result = self.early[i]
            result.summary = _summary(loaded[i], self.text_policy, result.findings, self.base)
            if last:
                done = _judge(loaded[i], last, ctx, options, self.base)
                result.last_findings, result.last_checks, result.last_errors = done.findings, done.checks, done.errors
                found.extend(done.findings)
        self.known = {path: set(pairs) for path, pairs in index.update().items()}

    def results(self, jobs: int = 1, progress: Callable[[str], None] | None = None,
                dask: object | None = None, min_pool_bytes: int = 0) -> Iterator[FileResult]:
        """Every input's result, in input order, each as soon as it and those before it are done (`jobs` > 1: in
        a pool, when the articles hold at least `min_pool_bytes` of text)."""
        todo = [i for i in self.articles if i not in self.early]
        if dask is not None:
            from validator.distributed import article_results

            done: Iterator[FileResult] = article_results(self, todo, dask)
        elif jobs > 1 and _worth_a_pool(self.files, todo, jobs, min_pool_bytes):
            from validator.pool import pooled

            done = pooled(self, todo, jobs)
        else:
            done = (check_article(self.files[i], self.options, i, self.base, self.text_policy, self.known)
                    for i in todo)
        pending = iter(done)
        for i in range(len(self.files)):
            result = self.early.get(i)
            if result is None:
                result = next(pending)
                assert result.index == i, (result.index, i)
            if progress:
                progress(self.files[i])
            yield result

    def report(self, results: Iterable[FileResult]) -> Report:
        """The run's report, as one process checking every file in order would write it."""
        report = Report()
        report.errors.extend(self.refused)
        if self.empty_problem is not None:
            report.errors.append(self.empty_problem)
        eval_errors: list[InputProblem] = []
        last_findings: list[Finding] = []
        last_checks: list[Check] = []
        last_errors: list[InputProblem] = []
        for result in results:
            report.errors.extend(result.load_errors)
            eval_errors.extend(result.eval_errors)
            if result.summary is not None:
                report.documents.append(result.summary)
            report.findings.extend(result.findings)
            report.checks.extend(result.checks)
            last_findings.extend(result.last_findings)
            last_checks.extend(result.last_checks)
            last_errors.extend(result.last_errors)
        report.errors.extend(self.after_load)
        report.errors.extend(eval_errors)
        report.errors.extend(last_errors)
        report.findings.extend(last_findings)
        report.checks.extend(last_checks)
        _dedupe(report)
        return report.finalize()

    def shared_paths(self) -> set[str]:
        """Display paths that more than one input may report on (their findings are deduplicated across
        inputs): every claim file's article and any article given twice."""
        seen: set[str] = set()
        shared: set[str] = set()
        for i in self.articles:
            p = display_path(self.files[i], self.base)
            (shared if p in seen else seen).add(p)
        for result in self.early.values():
            if result.summary is not None and result.summary.source is not None:
                shared.add(result.summary.path)
            shared.update(f.path for f in result.findings)
        return shared


