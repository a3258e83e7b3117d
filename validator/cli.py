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

from validator import __version__
from validator.errors import ClaimcheckError
from validator.model import ClaimFile, Report, Severity

EPILOG_CHECK = """\
examples:
  claimcheck check claims/                     reviewed claim files (the CI gate)
  claimcheck check seeds/000_14163ac49786d80a.txt   a raw article: claims found automatically
  claimcheck check claims/ --format json > report.json
  claimcheck check claims/ --fail-on warning   fail on warnings too

exit status: 0 nothing at --fail-on level, 1 findings at that level, 2 bad input or usage.
Accepted findings (a claim's `accepted: [{rule, reason}]`) are reported but never fail the run.
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
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default="error",
                       help="lowest severity that makes the exit status 1 (default: error)")
    check.add_argument("--select", action="append", metavar="RULE",
                       help="only these rules (code or name; repeatable or comma-separated)")
    check.add_argument("--ignore", action="append", metavar="RULE", default=[],
                       help="skip these rules (code or name; repeatable or comma-separated)")
    check.add_argument("--language", choices=("vi", "zh", "en"), help="language of raw articles (default: detect)")
    check.add_argument("--quiet", "-q", action="store_true", help="rich format: only documents with problems")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")

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
    from validator.engine import Options, check, expand_paths

    options = Options(select=_split(args.select), ignore=_split(args.ignore) or [], language=args.language)
    options.rules()  # unknown rule names are usage errors: fail before any work
    progress, step = _progress_reporter(len(expand_paths(args.paths)))
    try:
        report = check(args.paths, options, progress=step)
    finally:
        if progress is not None:
            progress.stop()
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
            from validator.report import document_texts, render_html, render_sarif

            texts = document_texts(report)
            out.write(render_sarif(report, texts) if args.format == "sarif"
                      else render_html(report, texts, _claim_spans(report)))
        else:
            from rich.console import Console

            from validator.document import load_document
            from validator.report import render_terminal

            texts = {}
            for doc in report.documents:
                try:
                    texts[doc.path] = load_document(doc.path).text
                except ClaimcheckError:
                    pass
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


def _claim_spans(report: Report) -> dict[str, list[tuple[int, int]]]:
    """Where every reviewed claim stands, so the HTML marks claims no rule touched too."""
    from validator.claimfile import load_claim_file
    from validator.engine import claimset_from_file
    from validator.report.html import spans_from_anchors

    spans: dict[str, list[tuple[int, int]]] = {}
    for doc in report.documents:
        if doc.source:
            try:
                spans[doc.path] = spans_from_anchors(claimset_from_file(load_claim_file(doc.source)).anchors)
            except ClaimcheckError:
                pass
    return spans


def cmd_report(args: argparse.Namespace) -> int:
    from validator.engine import check
    from validator.report.bundle import write_bundle

    report = check(args.paths)
    for path in write_bundle(report, args.output, claims=_claim_spans(report)):
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
