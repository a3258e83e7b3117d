"""A check run, one article at a time: extract, link, judge, emit; and the same run spread over processes.

`Run` holds what a run needs across articles and nothing more: the claim files (reviewed, few, and able to
refer to one another by `stem#id`), the raw articles they name by stem, and the display paths that more than
one input shares (their findings are deduplicated across inputs). Every other article is read, judged and
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
from pathlib import Path

from validator.claimfile import load_claim_file, relation_refs
from validator import engine as _engine
from validator.document import Document, load_document
from validator.engine import (
    CLAIM_SUFFIXES,
    Options,
    _dedupe,
    _expand,
    _internal,
    _problem,
    _record,
    _sibling_sets,
    _unresolved,
    _unused_acceptances,
    _where,
    claimset_from_file,
    display_path,
)
from validator.errors import ClaimcheckError
from validator.model import Check, DocumentSummary, Finding, InputProblem, Report
from validator.rules import ClaimSet, Resolver, Rule

# what a document summary keeps of the text (renderers quote it; JSON does not)
TEXT_ALL, TEXT_FINDINGS, TEXT_NONE = "all", "findings", "none"


@dataclass
class FileResult:
    """What checking one input file gave, in the order a one-process run produces it."""

    index: int  # the file's place in the run's input order
    path: str
    summary: DocumentSummary | None = None
    findings: list[Finding] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    load_errors: list[InputProblem] = field(default_factory=list)
    eval_errors: list[InputProblem] = field(default_factory=list)


def _summary(claims: ClaimSet, text_policy: str, findings: list[Finding], base: str | None) -> DocumentSummary:
    path = display_path(claims.document.path, base)
    keep = text_policy == TEXT_ALL or claims.source is not None or (
        text_policy == TEXT_FINDINGS and any(f.path == path for f in findings))
    return DocumentSummary(path=path, language=claims.document.language, claims=len(claims.claims),
                           source=display_path(claims.source, base) if claims.source else None,
                           text=claims.document.text if keep else None,
                           claim_spans=claims.claim_spans() if claims.source else None)


def _judge_set(claims: ClaimSet, ctx: Resolver, rules: list[Rule], options: Options,
               base: str | None = None) -> tuple[list[Finding], list[Check], list[InputProblem]]:
    """The findings, checks and internal errors of one claim set, in the engine's order (rules over the set,
    then each relation through each rule that takes its kind)."""
    report = Report()
    for rule in rules:
        try:
            for outcome in rule.check_set(claims, ctx):
                _record(outcome, rule, True, options, report, base=base)
        except Exception as exc:  # one bad file never sinks the run
            report.errors.append(_internal(exc, _where(claims)))
    for i, relation in enumerate(claims.relations):
        certain = relation.confidence != "plausible"
        for rule in rules:
            if relation.kind in rule.kinds:
                try:
                    for outcome in rule.check(relation, claims, ctx):
                        _record(outcome, rule, certain and outcome.certain, options, report, relation.evidence,
                                base=base)
                except Exception as exc:
                    line = claims.relation_lines[i] if i < len(claims.relation_lines) else None
                    report.errors.append(_internal(exc, _where(claims), line))
    return report.findings, report.checks, report.errors


def check_document(document: Document, options: Options, index: int = 0, base: str | None = None,
                   text_policy: str = TEXT_ALL) -> FileResult:
    """One raw article, already loaded: extracted, linked and judged on its own."""
    result = FileResult(index, document.path)
    try:
        claims = _engine.claimset_from_article(document, options.tolerance)  # (tests replace it)
    except ClaimcheckError as exc:
        result.load_errors = _problem(exc, document.path)
        return result
    except Exception as exc:  # one bad file never sinks the run
        result.load_errors = [_internal(exc, document.path)]
        return result
    # an article's inferred relations name its own claims only (no `stem#id`): it is judged alone
    result.findings, result.checks, result.eval_errors = _judge_set(
        claims, Resolver([claims], options.tolerance), options.rules(), options, base)
    result.summary = _summary(claims, text_policy, result.findings, base)
    return result


def check_article(path: str, options: Options, index: int = 0, base: str | None = None,
                  text_policy: str = TEXT_ALL) -> FileResult:
    """One raw article file: read, extracted, linked and judged on its own (the unit of work of a pool or a
    Dask bag). `base`: the folder display paths are relative to (the caller's working directory)."""
    try:
        document = load_document(path, options.language, options.limits.max_file_bytes)
    except ClaimcheckError as exc:
        return FileResult(index, path, load_errors=_problem(exc, path))
    except Exception as exc:
        return FileResult(index, path, load_errors=[_internal(exc, path)])
    return check_document(document, options, index, base, text_policy)


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


def _referenced_stems(sets: Iterable[ClaimSet]) -> set[str]:
    return {ref.split("#", 1)[0] for s in sets if s.source is not None
            for relation in s.relations for _, ref in relation_refs(relation) if "#" in ref}


class Run:
    """One `claimcheck check` run over `paths` (see the module's docstring)."""

    def __init__(self, paths: Iterable[str | os.PathLike[str]], options: Options,
                 text_policy: str = TEXT_ALL) -> None:
        self.options = options
        self.text_policy = text_policy
        self.base = os.getcwd()
        given = list(paths)
        self.files, self.refused = _expand(given, options.limits)
        self.empty_problem: InputProblem | None = None
        if not self.files and not self.refused:
            self.empty_problem = InputProblem(path=" ".join(str(p) for p in given) or ".",
                                              message="no claim files (.yaml) or articles (.txt, .md, .json) found")
        self.articles = [i for i, f in enumerate(self.files) if not f.lower().endswith(CLAIM_SUFFIXES)]
        self.early: dict[int, FileResult] = {}  # claim files, and the articles they name: judged first
        self.after_load: list[InputProblem] = []  # context claim files that failed, unresolved references
        self.st402: list[Finding] = []
        self.st402_checks: list[Check] = []
        self.st402_errors: list[InputProblem] = []
        self._claim_files()

    def _claim_files(self) -> None:
        """Claim files are reviewed and few, and refer to each other (`stem#id`): loaded and judged together,
        with the raw articles whose stems they name (a stem resolves to the last set of that name)."""
        options, limits = self.options, self.options.limits
        loaded: dict[int, ClaimSet] = {}
        for i, path in enumerate(self.files):
            if i in self.articles_set:
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
        wanted = _referenced_stems(loaded.values())
        for i in self.articles:
            path = self.files[i]
            if Path(path).stem not in wanted:
                continue
            result = self.early[i] = FileResult(i, path)
            try:
                document = load_document(path, options.language, limits.max_file_bytes)
                loaded[i] = _engine.claimset_from_article(document, options.tolerance)
            except ClaimcheckError as exc:
                result.load_errors = _problem(exc, path)
            except Exception as exc:
                result.load_errors = [_internal(exc, path)]
        order = sorted(loaded)
        sets = [loaded[i] for i in order]
        # the context claim files are looked for as a run in one process would: every loaded set's stem known
        known = [*sets, *(_Stem(Path(self.files[i]).stem) for i in self.articles if i not in self.early)]
        report = Report()
        context = _sibling_sets(known, report, limits)  # type: ignore[arg-type]
        self.after_load.extend(report.errors)
        ctx = Resolver([*sets, *context], options.tolerance)
        self.after_load.extend(_unresolved(sets, ctx))
        rules = options.rules()
        for i in order:
            result = self.early[i]
            result.findings, result.checks, result.eval_errors = _judge_set(loaded[i], ctx, rules, options, self.base)
        for i in order:
            result = self.early[i]
            result.summary = _summary(loaded[i], self.text_policy, result.findings, self.base)
        # ST402 judges the other rules' findings on the claim files (raw articles accept nothing)
        st = Report(findings=[f for i in order for f in self.early[i].findings])
        try:
            _unused_acceptances(sets, rules, options, st, base=self.base)
        except Exception as exc:
            st.errors.append(_internal(exc, ", ".join(sorted({_where(c) for c in sets}))))
        n = len(st.findings) - sum(len(self.early[i].findings) for i in order)
        self.st402 = st.findings[len(st.findings) - n:] if n else []
        self.st402_checks = st.checks
        self.st402_errors = st.errors

    @property
    def articles_set(self) -> set[int]:
        found: set[int] | None = getattr(self, "_articles_set", None)
        if found is None:
            found = self._articles_set = set(self.articles)
        return found

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
            done = (check_article(self.files[i], self.options, i, self.base, self.text_policy) for i in todo)
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
        for result in results:
            report.errors.extend(result.load_errors)
            eval_errors.extend(result.eval_errors)
            if result.summary is not None:
                report.documents.append(result.summary)
            report.findings.extend(result.findings)
            report.checks.extend(result.checks)
        report.errors.extend(self.after_load)
        report.errors.extend(eval_errors)
        report.findings.extend(self.st402)
        report.checks.extend(self.st402_checks)
        report.errors.extend(self.st402_errors)
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


@dataclass(frozen=True)
class _Stem:
    """An article not loaded yet, as `_sibling_sets` sees it: a key that no `stem#id` is looked up in."""

    key: str
    source: None = None
    relations: tuple[()] = ()
