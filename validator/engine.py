"""The one engine behind `claimcheck check`: paths -> claim sets -> rules -> a `Report`.

Two ways in: a claim file (`claims/X.yaml`: reviewed claims with declared relations) or a raw article
(.txt/.md/.json: claims extracted and relations inferred). Both end as `ClaimSet`s judged by the same
rules, and both report offsets into the article text.

One bad file never sinks the run: an input error, or an unexpected exception while one file is read
or judged, becomes an `InputProblem` naming that file (exit status 2), and every other file is still
checked and reported. The traceback of an unexpected exception goes to the `claimcheck` logger at
DEBUG level (`claimcheck --debug` prints it). Files found by walking a folder, and the claim files that
`stem#id` references load, must lie inside the project (`validator.confine`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from validator.anchoring import Anchorer, AnchorProblem, anchor_claim
from validator.claimfile import LoadedClaimFile, load_claim_file, relation_refs
from validator.confine import is_inside, outside_message, project_root
from validator.document import Document, load_document
from validator.errors import ClaimcheckError, InputError
from validator.intervals import DEFAULT_TOLERANCE, Tolerance
from validator.limits import DEFAULT_LIMITS, Limits
from validator.model import (
    Check,
    Claim,
    DocumentSummary,
    Finding,
    InputProblem,
    Report,
    Severity,
    Span,
    SpanText,
)
from validator.rules import RULES, ClaimSet, Located, Outcome, Resolver, Rule, find_rule
from validator.rules.consistency import UnusedAcceptance

log = logging.getLogger("claimcheck")

CLAIM_SUFFIXES = (".yaml", ".yml")
ARTICLE_SUFFIXES = (".txt", ".md", ".json")


@dataclass
class Options:
    """What a check run does beyond the defaults (rule selection, severities, hedge tolerance)."""

    select: list[str] | None = None  # rule codes or names; None = all
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)  # per-rule override
    tolerance: Tolerance = DEFAULT_TOLERANCE
    language: str | None = None  # force the language of raw articles
    limits: Limits = DEFAULT_LIMITS  # file size; whether paths may leave the project

    def rules(self) -> list[Rule]:
        chosen = [find_rule(s) for s in self.select] if self.select else list(RULES)
        ignored = {find_rule(s).code for s in self.ignore}
        return [r() for r in chosen if r.code not in ignored]


def _walk(folder: Path) -> Iterator[Path]:
    """Claim files and articles below `folder`, hidden entries skipped, symlinked folders not entered.

    Iterative, so that a folder nested thousands deep costs no stack.
    """
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            child = current / entry.name
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(child)
                elif child.suffix.lower() in CLAIM_SUFFIXES + ARTICLE_SUFFIXES and child.is_file():
                    yield child
            except OSError:
                continue


def _expand(paths: Iterable[str | os.PathLike[str]], limits: Limits) -> tuple[list[str], list[InputProblem]]:
    """The files to check, and the walked files refused for lying outside the project."""
    out: list[str] = []
    refused: list[InputProblem] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            root = project_root(p / "_")
            for child in sorted(_walk(p)):
                if limits.allow_outside or is_inside(child, root):
                    out.append(str(child))
                else:
                    refused.append(InputProblem(path=str(child), message=outside_message(
                        "file path", os.path.realpath(child))))
        else:
            out.append(str(p))
    return out, refused


def expand_paths(paths: Iterable[str | os.PathLike[str]], limits: Limits = DEFAULT_LIMITS) -> list[str]:
    """Files to check: claim files and articles, folders walked in sorted order."""
    return _expand(paths, limits)[0]


def _internal(exc: Exception, path: str, line: int | None = None) -> InputProblem:
    """An unexpected exception while checking one file, as an input problem of that file."""
    log.debug("internal error while checking %s", path, exc_info=exc)
    return InputProblem(path=path, line=line, message=f"internal error while checking this file: "
                        f"{type(exc).__name__}: {exc} (claimcheck --debug shows the traceback)")


def display_path(path: str, base: str | None = None) -> str:
    """A path as reports show it: relative to the working directory (or `base`) when inside it."""
    absolute = os.path.abspath(path) if base is None else os.path.normpath(os.path.join(base, path))
    try:
        rel = os.path.relpath(absolute, base)
    except ValueError:
        return path
    return rel if not rel.startswith("..") else absolute


def anchor(claim: Claim, text: str) -> Span | None:
    """Where the claim stands in the article now (None if its quote or number no longer matches).

    See `validator.anchoring`: exact quote first, then normalized, then fuzzy; a moved quote still anchors.
    """
    span, problem = anchor_claim(claim, Anchorer(text))
    return span if problem is None else None


def claimset_from_file(loaded: LoadedClaimFile, limits: Limits = DEFAULT_LIMITS) -> ClaimSet:
    data = loaded.data
    document = load_document(loaded.article_path, data.language, limits.max_file_bytes)
    if data.date is not None:
        document = Document(document.path, document.text, document.language, data.date)
    claims = {c.id: c for c in data.claims}
    anchorer = Anchorer(document.text)
    anchors: dict[str, Span | None] = {}
    problems: dict[str, AnchorProblem] = {}
    for c in data.claims:
        span, problem = anchor_claim(c, anchorer)
        anchors[c.id] = span  # a changed number is located at the new number, so findings point there
        if problem is not None:
            problems[c.id] = problem
    lines = [loaded.line_of(("relations", i)) for i in range(len(data.relations))]
    return ClaimSet(document, claims, list(data.relations), loaded.path, loaded.stem, anchors, lines,
                    anchor_problems=problems)


def claimset_from_article(document: Document, tolerance: Tolerance = DEFAULT_TOLERANCE) -> ClaimSet:
    """Extract claims and infer relations from a raw article (the arithmetic, at this tolerance, helps
    choose between readings: see `validator.link.arbiter`)."""
    if not document.text or document.text.isspace():
        extracted: list[Claim] = []  # an empty article: not even the extractor is loaded
    else:
        from validator.extract import extract_document  # the extractor is the heavy part: load on demand

        extracted = extract_document(document)
    if extracted:
        from validator.link import link
        from validator.rules.judging import judge_for

        claims, relations = link(document, extracted, judge_for(document, extracted, tolerance))
    else:  # nothing to relate (and no linker table to compile)
        claims, relations = [], []
    by_id = {c.id: c for c in claims}
    anchors = {c.id: c.span for c in claims}
    return ClaimSet(document, by_id, relations, None, Path(document.path).stem, anchors)


def _problem(exc: ClaimcheckError, path: str) -> list[InputProblem]:
    problems = getattr(exc, "problems", None) or [exc]
    out = []
    for p in problems:
        if isinstance(p, InputError):
            out.append(InputProblem(path=p.path or path, line=p.line, column=p.column, message=p.message))
        else:
            out.append(InputProblem(path=path, message=str(p)))
    return out


def load_claimsets(paths: list[str], options: Options, report: Report,
                   progress: Callable[[str], None] | None = None) -> list[ClaimSet]:
    sets: list[ClaimSet] = []
    for path in paths:
        if progress:
            progress(path)
        limits = options.limits
        try:
            if path.lower().endswith(CLAIM_SUFFIXES):
                sets.append(claimset_from_file(load_claim_file(path, limits), limits))
            else:
                sets.append(claimset_from_article(load_document(path, options.language, limits.max_file_bytes),
                                                  options.tolerance))
        except ClaimcheckError as exc:
            report.errors.extend(_problem(exc, path))
        except Exception as exc:  # one bad file never sinks the run
            report.errors.append(_internal(exc, path))
    return sets


def _sibling_sets(sets: list[ClaimSet], report: Report, limits: Limits = DEFAULT_LIMITS) -> list[ClaimSet]:
    """Claim files named by cross-file references ("stem#id") but not given: loaded as context."""
    known = {s.key for s in sets}
    extra: list[ClaimSet] = []
    for s in sets:
        if s.source is None:
            continue
        for i, relation in enumerate(s.relations):
            for _, ref in relation_refs(relation):
                if "#" not in ref:
                    continue
                stem = ref.split("#", 1)[0]
                if stem in known:
                    continue
                known.add(stem)
                for suffix in CLAIM_SUFFIXES:
                    candidate = Path(s.source).parent / f"{stem}{suffix}"
                    if candidate.is_file():
                        if not limits.allow_outside and not is_inside(candidate, project_root(s.source)):
                            line = s.relation_lines[i] if i < len(s.relation_lines) else None
                            report.errors.append(InputProblem(path=s.source, line=line, message=outside_message(
                                f"{stem}#… reference: claim file path", os.path.realpath(candidate))))
                            break
                        try:
                            extra.append(claimset_from_file(load_claim_file(candidate, limits), limits))
                        except ClaimcheckError as exc:
                            report.errors.extend(_problem(exc, str(candidate)))
                        except Exception as exc:
                            report.errors.append(_internal(exc, str(candidate)))
                        break
    return extra


def _unresolved(sets: list[ClaimSet], ctx: Resolver) -> list[InputProblem]:
    problems = []
    for s in sets:
        if s.source is None:
            continue
        for i, relation in enumerate(s.relations):
            for name, ref in relation_refs(relation):
                if "#" in ref and ctx.resolve(ref, s) is None:
                    line = s.relation_lines[i] if i < len(s.relation_lines) else None
                    problems.append(InputProblem(path=s.source, line=line,
                                                 message=f"relations[{i}].{name}: no claim {ref!r} (no such claim "
                                                 "file beside this one, or no such id in it)"))
    return problems


def _span_text(loc: Located) -> SpanText:
    span = loc.span
    if span is None:
        return SpanText(start=0, end=0, text=loc.claim.text)
    return SpanText(start=span.start, end=span.end, text=loc.owner.document.text[span.start:span.end])


def _accepted(claim: Claim, rule: type[Rule] | Rule) -> str | None:
    for acc in claim.accepted:
        if acc.rule.upper() == rule.code or acc.rule.lower() == rule.name:
            return acc.reason
    return None


def _record(outcome: Outcome, rule: Rule, certain: bool, options: Options, report: Report,
            evidence: str | None = None, base: str | None = None) -> None:
    subject = outcome.subject
    doc = subject.owner.document
    primary = _span_text(subject)
    related = [_span_text(r) for r in outcome.related]
    path = display_path(doc.path, base)
    status = outcome.status
    # a configured severity is the user's word on the rule: it beats the rule's own (e.g. "loose" -> warning)
    severity = options.severity.get(rule.code) or outcome.severity or rule.severity
    if status == "fail" and not certain:
        status = "unverifiable"  # an inferred pairing that fails is a question, not an accusation
    if status in ("pass", "fail", "unverifiable"):
        report.checks.append(Check(rule=rule.code, status=status, path=path, start=primary.start, end=primary.end,
                                   text=primary.text, message=outcome.message, related=related,
                                   evidence=evidence))
    if status in ("fail", "info"):
        if status == "info":
            severity = options.severity.get(rule.code, Severity.INFO)
        line, column = doc.line_col(primary.start)
        report.findings.append(Finding(
            rule=rule.code, name=rule.name, severity=severity, path=path, line=line, column=column,
            start=primary.start, end=primary.end, text=primary.text, message=outcome.message,
            stated=outcome.stated, computed=outcome.computed, related=related,
            accepted=_accepted(subject.claim, rule), claim=subject.claim.id if subject.owner.source else None,
            evidence=evidence,
        ))


def _where(claims: ClaimSet) -> str:
    return claims.source or claims.document.path


def evaluate(sets: list[ClaimSet], context_sets: list[ClaimSet], options: Options, report: Report) -> None:
    ctx = Resolver([*sets, *context_sets], options.tolerance)
    rules = options.rules()
    for claims in sets:
        for rule in rules:
            try:
                for outcome in rule.check_set(claims, ctx):
                    _record(outcome, rule, True, options, report)
            except Exception as exc:  # one bad file never sinks the run
                report.errors.append(_internal(exc, _where(claims)))
        for i, relation in enumerate(claims.relations):
            certain = relation.confidence != "plausible"
            for rule in rules:
                if relation.kind in rule.kinds:
                    try:
                        for outcome in rule.check(relation, claims, ctx):
                            _record(outcome, rule, certain and outcome.certain, options, report,
                                    relation.evidence)
                    except Exception as exc:
                        line = claims.relation_lines[i] if i < len(claims.relation_lines) else None
                        report.errors.append(_internal(exc, _where(claims), line))
    try:
        _unused_acceptances(sets, rules, options, report)
    except Exception as exc:
        report.errors.append(_internal(exc, ", ".join(sorted({_where(c) for c in sets}))))


def _unused_acceptances(sets: list[ClaimSet], rules: list[Rule], options: Options, report: Report,
                        base: str | None = None) -> None:
    """ST402 judges the other rules' findings, so it runs last. The findings are grouped by path once (a scan
    of every finding for every claim set took 22 s at 5,000 articles)."""
    judge = next((r for r in rules if isinstance(r, UnusedAcceptance)), None)
    if judge is None:
        return
    ran = {r.code for r in rules}
    produced: dict[str, set[tuple[str, str]]] = {}
    for f in report.findings:
        if f.claim is not None:
            produced.setdefault(f.path, set()).add((f.claim, f.rule))
    for claims in sets:
        if claims.source is None:
            continue  # a raw article accepts nothing
        path = display_path(claims.document.path, base)
        for outcome in judge.check_acceptances(claims, produced.get(path, set()), ran):
            _record(outcome, judge, True, options, report, base=base)


def _dedupe(report: Report) -> None:
    seen: set[tuple[object, ...]] = set()
    findings = []
    for f in report.findings:
        key = (f.path, f.start, f.end, f.rule, f.message)
        if key not in seen:
            seen.add(key)
            findings.append(f)
    report.findings = findings
    seen_checks: set[tuple[object, ...]] = set()
    checks = []
    for c in report.checks:
        key = (c.path, c.start, c.end, c.rule, c.message)
        if key not in seen_checks:
            seen_checks.add(key)
            checks.append(c)
    report.checks = checks


def check(paths: Iterable[str | os.PathLike[str]], options: Options | None = None,
          progress: Callable[[str], None] | None = None, jobs: int = 1, dask: object | None = None,
          text_policy: str = "all", min_pool_bytes: int = 0) -> Report:
    """Check claim files and/or articles; input problems are collected in `report.errors`, not raised.

    Articles are read and judged one at a time (`jobs` > 1: in a pool of that many processes; `dask`: on a
    Dask scheduler, see `validator.distributed`), and the report is the same whichever way ran it.
    `text_policy`: which document texts the report keeps for renderers ("all", "findings": the documents with
    findings, "none"). `min_pool_bytes`: below this much text the articles are checked in this process."""
    from validator.stream import Run

    run = Run(paths, options or Options(), text_policy)
    return run.report(run.results(jobs=jobs, progress=progress, dask=dask, min_pool_bytes=min_pool_bytes))
