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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from validator.anchoring import Anchorer, AnchorProblem, anchor_claim
from validator.claimfiles import LoadedClaimFile, extract_and_link, load_claim_file, relation_refs
from validator.confine import is_inside, outside_message, project_root
from validator.document import Document, load_document
from validator.errors import ClaimcheckError, InputError
from validator.inputs import CLAIM_SUFFIXES, Inputs, resolve_inputs
from validator.intervals import DEFAULT_TOLERANCE, Tolerance
from validator.limits import DEFAULT_LIMITS, Limits
from validator.model import (
    Check,
    Claim,
    DocumentSummary,
    Finding,
    InputProblem,
    Relation,
    Report,
    Severity,
    Span,
    SpanText,
)
from validator.rules import RULES, ClaimSet, Located, Outcome, Resolver, Rule, find_rules
from validator.rules.shared import shared_records

log = logging.getLogger("claimcheck")



@dataclass
class Options:
    """What a check run does beyond the defaults (rule selection, severities, hedge tolerance)."""

    select: list[str] | None = None  # rule codes or names; None = all
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)  # per-rule override
    tolerance: Tolerance = DEFAULT_TOLERANCE
    language: str | None = None  # force the language of raw articles
    limits: Limits = DEFAULT_LIMITS  # file size; whether paths may leave the project
    exclude: list[str] = field(default_factory=list)  # globs (validator.inputs), relative to exclude_base
    exclude_base: str | None = None  # the folder of the pyproject.toml they came from
    force_exclude: bool = False  # exclude files named on the command line too (the pre-commit hook)
    claims_only: bool = False  # ignore files that are neither claim files nor articles that have one
    raw: bool = False  # read articles as raw text even where a claim file names them

    def rules(self) -> list[Rule]:
        picked = {r.code for s in self.select for r in find_rules(s)} if self.select else None
        ignored = {r.code for s in self.ignore for r in find_rules(s)}
        return [r() for r in RULES if (picked is None or r.code in picked) and r.code not in ignored]


def _inputs(paths: Iterable[str | os.PathLike[str]], options: Options) -> Inputs:
    return resolve_inputs(paths, options.limits, exclude=options.exclude, exclude_base=options.exclude_base,
                          force_exclude=options.force_exclude, claims_only=options.claims_only, raw=options.raw)


def expand_paths(paths: Iterable[str | os.PathLike[str]], limits: Limits = DEFAULT_LIMITS,
                 options: Options | None = None) -> list[str]:
    """Files to check: claim files and articles, in the canonical order of `validator.inputs`."""
    options = options or Options(limits=limits)
    return _inputs(paths, options).files


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
        claims: list[Claim] = []  # an empty article: not even the extractor is loaded
        relations: list[Relation] = []
    else:
        claims, relations = extract_and_link(document, tolerance)
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
    known = {s.key for s in sets if s.source is not None}
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
                                   text=primary.text, message=outcome.said(), related=related,
                                   evidence=evidence))
    if status in ("fail", "info"):
        if status == "info":
            severity = options.severity.get(rule.code, Severity.INFO)
        line, column = doc.line_col(primary.start)
        report.findings.append(Finding(
            rule=rule.code, name=rule.name, severity=severity, path=path, line=line, column=column,
            start=primary.start, end=primary.end, text=primary.text, message=outcome.said(),
            stated=outcome.stated_block(), computed=outcome.computed, related=related,
            accepted=_accepted(subject.claim, rule), claim=subject.claim.id if subject.owner.source else None,
            evidence=evidence,
        ))


def _where(claims: ClaimSet) -> str:
    return claims.source or claims.document.path


def _resolver(sets: list[ClaimSet], context_sets: list[ClaimSet], options: Options, ran: Iterable[str] = (),
              findings: Callable[[ClaimSet], set[tuple[str, str]]] | None = None) -> Resolver:
    """`stem#id` names a claim file: raw articles, whose stems may be the same, are never its target."""
    return Resolver([s for s in [*sets, *context_sets] if s.source is not None], options.tolerance, ran, findings)


def evaluate(sets: list[ClaimSet], context_sets: list[ClaimSet], options: Options, report: Report) -> None:
    rules = options.rules()

    findings_on = FindingsIndex(report.findings)
    ctx = _resolver(sets, context_sets, options, {r.code for r in rules}, findings_on)
    # the rules that judge the others' findings (ST402) run after all of them, on every claim set
    for phase in ([r for r in rules if not r.runs_last], [r for r in rules if r.runs_last]):
        for claims in sets:
            _evaluate_set(claims, phase, ctx, options, report)


class FindingsIndex:
    """`Resolver.findings_on` over a growing list of findings: (claim id, rule) by path, indexed once (asking
    every finding for every claim set took 22 s at 5,000 articles)."""

    def __init__(self, findings: list[Finding], base: str | None = None) -> None:
        self.findings = findings
        self.base = base
        self.seen = 0
        self.by_path: dict[str, set[tuple[str, str]]] = {}

    def update(self) -> dict[str, set[tuple[str, str]]]:
        for f in self.findings[self.seen:]:
            if f.claim is not None:
                self.by_path.setdefault(f.path, set()).add((f.claim, f.rule))
        self.seen = len(self.findings)
        return self.by_path

    def __call__(self, claims: ClaimSet) -> set[tuple[str, str]]:
        return set(self.update().get(display_path(claims.document.path, self.base), ()))


def _evaluate_set(claims: ClaimSet, rules: list[Rule], ctx: Resolver, options: Options, report: Report,
                  base: str | None = None) -> None:
    for rule in rules:
        try:
            for outcome in rule.check_set(claims, ctx):
                _record(outcome, rule, True, options, report, base=base)
        except Exception as exc:  # one bad file never sinks the run
            report.errors.append(_internal(exc, _where(claims)))
    for i, relation in enumerate(claims.relations):
        certain = relation.confidence != "plausible"
        with shared_records():  # the relation's records built once for all its rules
            for rule in rules:
                if relation.kind in rule.kinds:
                    try:
                        for outcome in rule.check(relation, claims, ctx):
                            _record(outcome, rule, certain and outcome.certain, options, report,
                                    relation.evidence, base=base)
                    except Exception as exc:
                        line = claims.relation_lines[i] if i < len(claims.relation_lines) else None
                        report.errors.append(_internal(exc, _where(claims), line))


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


def judge(sets: list[ClaimSet], options: Options, report: Report) -> Report:
    """Run the rules over loaded claim sets (and the claim files their `stem#id` references name)."""
    context_sets = _sibling_sets(sets, report, options.limits)
    ctx = _resolver(sets, context_sets, options)
    report.errors.extend(_unresolved(sets, ctx))
    for s in sets:
        report.documents.append(DocumentSummary(path=display_path(s.document.path), language=s.document.language,
                                                claims=len(s.claims),
                                                source=display_path(s.source) if s.source else None,
                                                text=s.document.text,
                                                claim_spans=s.claim_spans() if s.source else None))
    evaluate(sets, context_sets, options, report)
    _dedupe(report)
    return report.finalize()
