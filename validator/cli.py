"""The `claimcheck` command line: the only module that knows about argv, stdout and exit codes.

Exit status: 0 when nothing reaches the fail level (--fail-on, default error), 1 when something does,
2 for usage errors or unreadable/invalid input (with a message naming the file and line). Never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from validator import __version__
from validator.errors import ClaimcheckError
from validator.lexicon import LANGUAGES
from validator.model import ClaimFile, Report, Severity

if TYPE_CHECKING:
    from validator.document import Document


class UsageError(ClaimcheckError, ValueError):
    """A command line that cannot be carried out as given."""

EPILOG_CHECK = """\
examples:
  claimcheck check claims/                     reviewed claim files (the CI gate)
  claimcheck check seeds/000_14163ac49786d80a.txt   a raw article: claims found automatically
  claimcheck check claims/ --format json > report.json
  claimcheck check claims/ --fail-on warning   fail on warnings too

  claimcheck check claims/ --baseline .claimcheck-baseline.json   only new findings fail

exit status: 0 nothing at --fail-on level, 1 findings at that level, 2 bad input or usage.
Accepted findings (a claim's `accepted: [{rule, reason}]`) are reported but never fail the run.
With --baseline, findings the baseline records are dropped (the summary counts them as `baselined`);
baseline entries that no longer occur are counted as `baseline_unused` and listed on stderr.
Settings come from [tool.claimcheck] in the nearest pyproject.toml; flags override them.
"""


EPILOG_REPORT = """\
writes: DIR/<article-stem>.html (one page per article), DIR/index.html, DIR/seeds.md, DIR/seeds.json,
DIR/terminal.svg. Outputs are byte-stable: regenerate and commit them together with the claim files.

example:
  claimcheck report claims/ -o reports/
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Fact-check the numbers in news writing (vi, zh, en): find numeric claims, work out how "
        "they relate (shares, changes, multiples, parts, restatements...), and check the arithmetic with "
        "rounding-aware intervals.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Start with `claimcheck check claims/` or `claimcheck rules`. `claimcheck COMMAND --help` for more.",
    )
    parser.add_argument("--version", action="version", version=f"claimcheck {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check claim files and/or articles", epilog=EPILOG_CHECK,
                           formatter_class=argparse.RawDescriptionHelpFormatter,
                           description="Check claim files (.yaml) and/or articles (.txt, .md, .json {title, content}).")
    check.add_argument("paths", nargs="+", metavar="PATH", help="claim files, articles, or folders of them")
    check.add_argument("--format", "-f", choices=("rich", "json", "markdown", "sarif", "github", "html"),
                       default="rich",
                       help="output format (default: rich, for a terminal)")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None,
                       help="lowest severity that makes the exit status 1 (default: error, or fail-on in config)")
    check.add_argument("--select", action="append", metavar="RULE",
                       help="only these rules (code or name; repeatable or comma-separated)")
    check.add_argument("--ignore", action="append", metavar="RULE", default=[],
                       help="skip these rules (code or name; repeatable or comma-separated)")
    check.add_argument("--language", choices=LANGUAGES, help="language of raw articles (default: detect)")
    check.add_argument("--quiet", "-q", action="store_true", help="rich format: only documents with problems")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    _add_config_arguments(check)
    check.add_argument("--baseline", metavar="FILE",
                       help="ignore findings recorded in this baseline (see `claimcheck baseline write`)")
    check.add_argument("--no-baseline", action="store_true", help="ignore the baseline named in the config")
    _add_baseline_parser(sub)

    extract = sub.add_parser(
        "extract", help="find the numeric claims of articles (and draft a claim file)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Find every numeric claim of an article, typed (value, unit, precision, hedge, period, "
        "subject, metric), and the relations between them inferred from cue words.",
        epilog="examples:\n  claimcheck extract seeds/001_79bfc96b3ef1994c.txt --format json\n"
        "  claimcheck extract ARTICLE.txt -o claims/ARTICLE.yaml   draft a claim file to review\n",
    )
    extract.add_argument("paths", nargs="+", metavar="ARTICLE", help="articles (.txt, .md, .json {title, content})")
    extract.add_argument("--format", "-f", choices=("yaml", "json"), default="yaml",
                         help="output format (default yaml)")
    extract.add_argument("--output", "-o", metavar="FILE", help="write a claim file (one article only)")
    extract.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    extract.add_argument("--update", metavar="CLAIMS",
                         help="merge newly found claims into this reviewed claim file (hand edits, ids, relations "
                         "and accepted findings are kept; the write is atomic; refused if it belongs to another "
                         "article)")
    extract.add_argument("--language", choices=LANGUAGES, help="language (default: detect)")
    extract.add_argument("--show-skipped", action="store_true",
                         help="also list the numbers that were not taken as quantities and why (year, date, phone, "
                         "list, code, name, ordinal, article, vague, word, period): as comments after the YAML, "
                         "on stderr with --format json")

    report = sub.add_parser("report", help="write the HTML, Markdown, JSON and SVG reports into a folder",
                            formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG_REPORT,
                            description="Check claim files and/or articles and write every report format.")
    report.add_argument("paths", nargs="+", metavar="PATH", help="claim files, articles, or folders of them")
    report.add_argument("--output", "-o", metavar="DIR", default="reports",
                        help="folder to write into (created if missing; default: reports)")

    sub.add_parser("rules", help="list the rules with their codes, names and severities")
    explain = sub.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("rule", metavar="CODE", help="a rule code (NR101) or name (share-mismatch)")
    sub.add_parser("schema", help="print the JSON Schema of a claim file")
    return parser


def _add_config_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="PYPROJECT",
                        help="read [tool.claimcheck] from this file (default: nearest pyproject.toml)")
    parser.add_argument("--no-config", action="store_true", help="ignore [tool.claimcheck] in pyproject.toml")


def _add_baseline_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    baseline = sub.add_parser(
        "baseline", help="record the current findings so that only new ones fail",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Baselines key on claim identity and rule (claim file + claim id + rule; for raw "
        "articles: article + rule + the number + a hash of its sentence) and severity, never on line numbers.",
        epilog="example:\n  claimcheck baseline write .claimcheck-baseline.json claims/\n"
        "  claimcheck check claims/ --baseline .claimcheck-baseline.json")
    actions = baseline.add_subparsers(dest="baseline_command", metavar="ACTION", required=True)
    write = actions.add_parser("write", help="write the current findings of PATHS to FILE")
    write.add_argument("file", metavar="FILE", help="the baseline file to write (JSON)")
    write.add_argument("paths", nargs="*", metavar="PATH", default=["claims/"],
                       help="claim files, articles, or folders of them (default: claims/)")
    write.add_argument("--select", action="append", metavar="RULE", help="only these rules")
    write.add_argument("--ignore", action="append", metavar="RULE", default=[], help="skip these rules")
    write.add_argument("--language", choices=LANGUAGES, help="language of raw articles")
    _add_config_arguments(write)


def cmd_extract_update(args: argparse.Namespace) -> int:
    """Merge a fresh draft of ARTICLE into the reviewed claim file --update (atomically)."""
    from validator.claimfile import load_claim_file
    from validator.merge import drafted_from_article, update_claim_file

    if len(args.paths) != 1:
        raise UsageError("--update takes exactly one article")
    article = args.paths[0]
    before = len(load_claim_file(args.update).data.claims)
    drafted = drafted_from_article(article, args.update, args.language)
    merged = update_claim_file(args.update, article, drafted)
    added = len(merged.claims) - before
    print(f"claimcheck: {args.update}: {added} new claims added, {before} reviewed kept", file=sys.stderr)
    return 0


def _options(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Options for a run: [tool.claimcheck] from pyproject.toml, overridden by the flags given."""
    from validator.config import Config, load_config
    from validator.engine import Options

    config = Config() if args.no_config else load_config(path=args.config)
    select = _split(args.select) if args.select else config.select
    ignore = _split(args.ignore) if args.ignore else config.ignore
    options = Options(select=select, ignore=ignore or [], severity=dict(config.severity),
                      tolerance=config.tolerance, language=args.language)
    options.rules()  # unknown rule names are usage errors: fail before any work
    return options, config


def _print_problems(report: Report) -> None:
    for problem in report.errors:
        where = ":".join(str(x) for x in (problem.path, problem.line, problem.column) if x is not None)
        print(f"claimcheck: {where}: {problem.message}", file=sys.stderr)


def cmd_baseline(args: argparse.Namespace) -> int:
    from validator.baseline import write_baseline
    from validator.engine import check

    options, _ = _options(args)
    report = check(args.paths, options)
    if report.errors:
        _print_problems(report)
        print(f"claimcheck: baseline not written: fix the input errors above first ({args.file})",
              file=sys.stderr)
        return 2
    count = write_baseline(report, args.file)
    noun = "entry" if count == 1 else "entries"
    print(f"claimcheck: wrote {count} baseline {noun} to {args.file}", file=sys.stderr)
    return 0


def _apply_baseline(report: Report, path: str) -> None:
    from validator.baseline import apply_baseline, describe_entry

    result = apply_baseline(report, path)
    if result.baselined:
        noun = "finding" if result.baselined == 1 else "findings"
        print(f"claimcheck: {result.baselined} {noun} baselined ({path})", file=sys.stderr)
    if result.unused:
        print(f"claimcheck: {len(result.unused)} baseline entr{'y' if len(result.unused) == 1 else 'ies'} in "
              f"{path} no longer occur; refresh with `claimcheck baseline write {path}`:", file=sys.stderr)
        for entry in result.unused[:10]:
            print(f"  {describe_entry(entry)}", file=sys.stderr)
        if len(result.unused) > 10:
            print(f"  … and {len(result.unused) - 10} more", file=sys.stderr)


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _exit_status(report: Report, fail_on: str) -> int:
    if report.errors:
        return 2
    level = Severity(fail_on).rank
    return 1 if any(f.accepted is None and f.severity.rank >= level for f in report.findings) else 0


def _progress_reporter(total: int):  # type: ignore[no-untyped-def]
    """A progress line on stderr for long runs on a terminal; None otherwise."""
    if total < 5 or not sys.stderr.isatty():
        return None, None
    from rich.progress import Progress

    progress = Progress(transient=True, console=__import__("rich.console").console.Console(stderr=True))
    task = progress.add_task("checking", total=total)
    progress.start()

    def step(path: str) -> None:
        progress.update(task, advance=1, description=os.path.basename(path))

    return progress, step


def cmd_check(args: argparse.Namespace) -> int:
    from validator.engine import check, expand_paths

    options, config = _options(args)
    args.fail_on = args.fail_on or config.fail_on or "error"
    baseline = None if args.no_baseline else (args.baseline or config.baseline)
    progress, step = _progress_reporter(len(expand_paths(args.paths)))
    try:
        report = check(args.paths, options, progress=step)
    finally:
        if progress is not None:
            progress.stop()
    if baseline:
        _apply_baseline(report, baseline)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        if args.format == "json":
            from validator.report import render_json

            out.write(render_json(report))
        elif args.format == "markdown":
            from validator.report import render_markdown

            out.write(render_markdown(report))
        elif args.format == "github":
            from validator.report import render_github

            out.write(render_github(report))
        elif args.format in ("sarif", "html"):
            from validator.report import claim_spans, document_texts, render_html, render_sarif

            texts = document_texts(report)
            out.write(render_sarif(report, texts) if args.format == "sarif"
                      else render_html(report, texts, claim_spans(report)))
        else:
            from rich.console import Console

            from validator.report import document_texts, render_terminal

            texts = document_texts(report)
            console = Console(file=out, highlight=False) if args.output else Console(highlight=False)
            render_terminal(report, console, texts, quiet=args.quiet)
            for problem in report.errors:
                where = ":".join(str(x) for x in (problem.path, problem.line, problem.column) if x is not None)
                print(f"claimcheck: {where}: {problem.message}", file=sys.stderr)
    finally:
        if args.output:
            out.close()
    if report.errors and args.format != "rich":
        for problem in report.errors:
            where = ":".join(str(x) for x in (problem.path, problem.line, problem.column) if x is not None)
            print(f"claimcheck: {where}: {problem.message}", file=sys.stderr)
    return _exit_status(report, args.fail_on)


def cmd_extract(args: argparse.Namespace) -> int:
    from validator.document import load_document
    from validator.draft import draft_claim_file, dump_json, dump_yaml, write_atomic
    from validator.extract import extract_document
    from validator.link import infer_relations

    if args.output and len(args.paths) != 1:
        raise UsageError("--output drafts one claim file: give exactly one article")
    if args.output and os.path.exists(args.output) and not args.force:
        raise UsageError(f"{args.output} exists: review it by hand, or pass --force to overwrite it")
    chunks = []
    for path in args.paths:
        document = load_document(path, args.language)
        claims = extract_document(document)
        relations = infer_relations(document, claims)
        data = draft_claim_file(document, claims, relations, args.output)
        header = (f"# Draft claim file for {document.path}, written by `claimcheck extract`.\n"
                  "# Review each claim (value, unit, period, subject, metric) and relation before relying on it.\n")
        listing = _skipped_listing(document) if getattr(args, "show_skipped", False) else ""
        if args.format == "json":
            chunks.append(dump_json(data))
            if listing:
                sys.stderr.write(listing)
        else:
            chunks.append(header + dump_yaml(data) + "".join(f"# {line}\n" for line in listing.splitlines()))
    text = ("---\n".join(chunks)) if args.format == "yaml" else (
        chunks[0] if len(chunks) == 1 else "[\n" + ",\n".join(c.rstrip() for c in chunks) + "\n]\n")
    if args.output:
        write_atomic(args.output, text)
        print(f"claimcheck: wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def _skipped_listing(document: Document) -> str:
    """The numbers of an article not taken as quantities, one a line: offsets, text, reason, context."""
    from validator.extract import skipped_numbers

    text = document.text
    lines = [f"not a quantity in {document.path} (start-end, text, why, context):"]
    for k in skipped_numbers(document):
        context = " ".join(text[max(0, k.start - 24) : k.end + 24].split())
        lines.append(f"  {k.start}-{k.end} {k.text!r}: {k.reason}   …{context}…")
    return "\n".join(lines) + "\n"


def cmd_report(args: argparse.Namespace) -> int:
    from validator.engine import check
    from validator.report.bundle import claim_spans, write_bundle

    report = check(args.paths)
    for path in write_bundle(report, args.output, claims=claim_spans(report)):
        print(f"wrote {path}", file=sys.stderr)
    for problem in report.errors:
        where = ":".join(str(x) for x in (problem.path, problem.line, problem.column) if x is not None)
        print(f"claimcheck: {where}: {problem.message}", file=sys.stderr)
    return 2 if report.errors else 0


def cmd_rules() -> int:
    from rich.console import Console
    from rich.table import Table

    from validator.rules import RULES

    table = Table(show_header=True, header_style="bold", box=None)
    for col in ("code", "name", "severity", "checks"):
        table.add_column(col)
    for rule in RULES:
        table.add_row(rule.code, rule.name, rule.severity.value, rule.summary())
    Console(highlight=False).print(table)
    return 0


def cmd_explain(args: argparse.Namespace) -> int:
    from validator.rules import find_rule

    rule = find_rule(args.rule)
    print(f"{rule.code} {rule.name} (default severity: {rule.severity.value})\n")
    print(rule.documentation())
    return 0


def cmd_schema() -> int:
    schema = ClaimFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "claimcheck claim file"
    print(json.dumps(schema, ensure_ascii=False, indent=2))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        if args.command == "check":
            return cmd_check(args)
        if args.command == "extract" and getattr(args, "update", None):
            return cmd_extract_update(args)
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "baseline":
            return cmd_baseline(args)
        if args.command == "report":
            return cmd_report(args)
        if args.command == "rules":
            return cmd_rules()
        if args.command == "explain":
            return cmd_explain(args)
        if args.command == "schema":
            return cmd_schema()
    except ClaimcheckError as exc:
        print(f"claimcheck: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # an internal error: say so plainly, no traceback unless asked
        if args.debug:
            raise
        print(f"claimcheck: internal error: {type(exc).__name__}: {exc} (run with --debug for a traceback)",
              file=sys.stderr)
        return 2
    parser.error(f"unknown command {args.command!r}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
