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
from typing import TYPE_CHECKING, Any

from validator import __version__
from validator.errors import ClaimcheckError
from validator.lexicon import LANGUAGES

if TYPE_CHECKING:  # the records import pydantic: loaded when a command needs them, not for --help
    from validator.config import Config
    from validator.document import Document
    from validator.limits import Limits
    from validator.model import Report


class UsageError(ClaimcheckError, ValueError):
    """A command line that cannot be carried out as given."""


def say(message: str) -> None:
    """One line on stderr, prefixed "claimcheck: ", with paths and messages made safe (`safe_line`)."""
    from validator.safety import safe_line

    print(f"claimcheck: {safe_line(message)}", file=sys.stderr)


def _where(path: str | None, line: int | None, column: int | None) -> str:
    return ":".join(str(x) for x in (path, line, column) if x is not None)

EPILOG_CHECK = """\
examples:
  claimcheck check claims/                     reviewed claim files (the CI gate)
  claimcheck check seeds/000_14163ac49786d80a.txt   a raw article: claims found automatically
  claimcheck check claims/ --format json > report.json
  claimcheck check claims/ --fail-on warning   fail on warnings too

  claimcheck check claims/ --baseline .claimcheck-baseline.json   only new findings fail
  claimcheck check --select NR1 claims/        only the NR1xx rules (codes, names, prefixes, ALL)
  pbpaste | claimcheck check - --language vi   a text from standard input

exit status: 0 nothing at --fail-on level, 1 findings at that level, 2 bad input or usage.
--exit-zero makes findings exit 0 (input errors still exit 2).
An article that has a claim file (a claim file whose `article:` names it) is judged through that claim
file, so its accepted findings hold and stale claims fail; --raw reads articles as raw text instead.
Colour: --color auto (default) colours a terminal only, and honours NO_COLOR and FORCE_COLOR.
Accepted findings (a claim's `accepted: [{rule, reason}]`) are reported but never fail the run.
With --baseline, findings the baseline records are dropped (the summary counts them as `baselined`);
baseline entries that no longer occur are counted as `baseline_unused` and listed on stderr.
Settings come from [tool.claimcheck] in the nearest pyproject.toml; flags override them.
"""


EPILOG_REPORT = """\
writes: DIR/<article-stem>.html (one page per article), DIR/index.html, DIR/seeds.md, DIR/seeds.json,
DIR/terminal.html. Outputs are byte-stable: regenerate and commit them together with the claim files.

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
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="claim files, articles, or folders of them; - reads an article from standard input")
    check.add_argument("--format", "-f", choices=("rich", "json", "jsonl", "markdown", "sarif", "github", "html"),
                       default="rich",
                       help="output format (default: rich, for a terminal; jsonl: one document, finding, check or "
                       "error per line as each article is done, for archives)")
    check.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                       help="check articles in N processes (default: the number of cores, once the articles hold "
                       "half a megabyte of text; 1: in this process); the output is the same")
    check.add_argument("--dask", metavar="ADDRESS", default=None,
                       help="run the articles on a Dask scheduler: 'local' (in this process, threads) or a "
                       "dask.distributed scheduler such as tcp://host:8786 (default: $CLAIMCHECK_DASK; needs "
                       "the dask extra: pip install 'claimcheck[dask]')")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None,
                       help="lowest severity that makes the exit status 1 (default: error, or fail-on in config)")
    check.add_argument("--select", action="append", metavar="RULE",
                       help="only these rules (code or name; repeatable or comma-separated)")
    check.add_argument("--ignore", action="append", metavar="RULE", default=[],
                       help="skip these rules (code or name; repeatable or comma-separated)")
    check.add_argument("--language", choices=LANGUAGES, help="language of raw articles (default: detect)")
    check.add_argument("--quiet", "-q", action="store_true", help="rich format: only documents with problems")
    check.add_argument("--exit-zero", action="store_true",
                       help="exit 0 even when findings reach --fail-on (input errors still exit 2)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="rich format: colour always, never, or on a terminal only (default; NO_COLOR and "
                       "FORCE_COLOR are honoured)")
    check.add_argument("--stdin-filename", metavar="NAME", help="the name of the text read from - in the report")
    _add_input_arguments(check)
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of stdout")
    _add_config_arguments(check)
    check.add_argument("--baseline", metavar="FILE",
                       help="ignore findings recorded in this baseline (see `claimcheck baseline write`)")
    check.add_argument("--no-baseline", action="store_true", help="ignore the baseline named in the config")
    _add_allow_outside(check)
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
    _add_allow_outside(extract)
    extract.add_argument("--show-skipped", action="store_true",
                         help="also list the numbers that were not taken as quantities and why (year, date, phone, "
                         "list, code, name, ordinal, article, vague, word, period): as comments after the YAML, "
                         "on stderr with --format json")

    report = sub.add_parser("report", help="write the HTML, Markdown, JSON and SVG reports into a folder",
                            formatter_class=argparse.RawDescriptionHelpFormatter, epilog=EPILOG_REPORT,
                            description="Check claim files and/or articles and write every report format.")
    report.add_argument("paths", nargs="+", metavar="PATH", help="claim files, articles, or folders of them")
    _add_input_arguments(report)
    report.add_argument("--output", "-o", metavar="DIR", default="reports",
                        help="folder to write into (created if missing; default: reports)")
    _add_allow_outside(report)

    rules = sub.add_parser("rules", help="list the rules with their codes, names and severities")
    rules.add_argument("--format", "-f", choices=("table", "json", "markdown"), default="table",
                       help="table (default); json: code, name, severity, summary, kinds, help_uri, documentation "
                       "per rule; markdown: the rule reference (docs/rules.md)")
    explain = sub.add_parser("explain", help="print a rule's documentation")
    explain.add_argument("rule", metavar="CODE", help="a rule code (NR101) or name (share-mismatch)")
    sub.add_parser("schema", help="print the JSON Schema of a claim file")
    return parser


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("--jobs takes 1 or more")
    return n


def _add_config_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="PYPROJECT",
                        help="read [tool.claimcheck] from this file (default: nearest pyproject.toml)")
    parser.add_argument("--no-config", action="store_true", help="ignore [tool.claimcheck] in pyproject.toml")


def _add_input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--raw", action="store_true",
                        help="read articles as raw text even where a claim file names them")
    parser.add_argument("--claims-only", action="store_true",
                        help="ignore files that are neither claim files nor articles that have one (the "
                        "pre-commit hook: a commit of a README or a workflow is not checked)")
    parser.add_argument("--force-exclude", action="store_true",
                        help="apply the exclude globs of [tool.claimcheck] to files named on the command line "
                        "too (they always apply to folders walked)")


def _add_allow_outside(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--allow-outside", action="store_true",
                        help="let claim files, stem#id references and baselines name files outside the project "
                        "(for local use; never needed in CI; see SECURITY.md)")


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
    _add_allow_outside(write)


def cmd_extract_update(args: argparse.Namespace) -> int:
    """Merge a fresh draft of ARTICLE into the reviewed claim file --update (atomically)."""
    from validator.atomic import file_stamp
    from validator.claimfiles import drafted_from_article, load_claim_file, update_claim_file

    if len(args.paths) != 1:
        raise UsageError("--update takes exactly one article")
    article = args.paths[0]
    _, config = _options(args, need_rules=False)
    limits = _limits(args, config)
    stamp = file_stamp(args.update)  # what the reviewer's file was when first read: the write checks it
    before = len(load_claim_file(args.update, limits).data.claims)
    drafted = drafted_from_article(article, args.update, args.language)
    merged = update_claim_file(args.update, article, drafted, stamp=stamp, limits=limits)
    added = len(merged.claims) - before
    say(f"{args.update}: {added} new claims added, {before} reviewed kept")
    return 0


def _limits(args: argparse.Namespace, config: Config) -> Limits:
    from validator.limits import Limits

    return Limits(max_file_bytes=config.max_file_bytes, allow_outside=bool(getattr(args, "allow_outside", False)))


def _options(args: argparse.Namespace, need_rules: bool = True):  # type: ignore[no-untyped-def]
    """Options for a run: [tool.claimcheck] from pyproject.toml, overridden by the flags given."""
    from validator.config import Config, load_config
    from validator.engine import Options

    no_config, config_path = getattr(args, "no_config", False), getattr(args, "config", None)
    config = Config() if no_config else load_config(path=config_path)
    if not need_rules:
        return None, config
    select = _split(args.select) if getattr(args, "select", None) else config.select
    ignore = _split(args.ignore) if getattr(args, "ignore", None) else config.ignore
    options = Options(select=select, ignore=ignore or [], severity=dict(config.severity),
                      tolerance=config.tolerance, language=getattr(args, "language", None),
                      limits=_limits(args, config), exclude=list(config.exclude), exclude_base=config.base,
                      force_exclude=bool(getattr(args, "force_exclude", False)),
                      claims_only=bool(getattr(args, "claims_only", False)), raw=bool(getattr(args, "raw", False)))
    options.rules()  # unknown rule names are usage errors: fail before any work
    return options, config


def _confined_baseline(path: str, config: Config, from_config: bool, allow_outside: bool) -> None:
    """Refuse a baseline outside the project: the config's (FILE:LINE of `baseline`) or --baseline's."""
    from validator.confine import is_inside, outside_message, project_root
    from validator.errors import InputError

    if allow_outside:
        return
    anchor = config.path if from_config and config.path else os.path.join(os.getcwd(), "_")
    if not is_inside(path, project_root(anchor)):
        if from_config:
            raise InputError(outside_message("baseline path", path), config.path, config.baseline_line)
        raise InputError(outside_message("baseline path", path), path)


def _print_problems(report: Report) -> None:
    for problem in report.errors:
        say(f"{_where(problem.path, problem.line, problem.column)}: {problem.message}")


def cmd_baseline(args: argparse.Namespace) -> int:
    from validator.baseline import write_baseline
    from validator.engine import check

    options, _ = _options(args)
    report = check(args.paths, options)
    if report.errors:
        _print_problems(report)
        say(f"baseline not written: fix the input errors above first ({args.file})")
        return 2
    count = write_baseline(report, args.file, inputs=_run_inputs(args.paths, report))
    noun = "entry" if count == 1 else "entries"
    say(f"wrote {count} baseline {noun} to {args.file}")
    return 0


def _apply_baseline(report: Report, path: str) -> None:
    from validator.baseline import apply_baseline

    result = apply_baseline(report, path)
    _baseline_notes(result.baselined, result.unused, path)


def _baseline_notes(baselined: int, unused: list[dict[str, str]], path: str) -> None:
    from validator.baseline import describe_entry
    from validator.safety import safe_line

    if baselined:
        noun = "finding" if baselined == 1 else "findings"
        say(f"{baselined} {noun} baselined ({path})")
    if unused:
        say(f"{len(unused)} baseline entr{'y' if len(unused) == 1 else 'ies'} in "
            f"{path} no longer occur; refresh with `claimcheck baseline write {path}`:")
        for entry in unused[:10]:
            print(f"  {safe_line(describe_entry(entry))}", file=sys.stderr)
        if len(unused) > 10:
            print(f"  … and {len(unused) - 10} more", file=sys.stderr)


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [v.strip() for item in values for v in item.split(",") if v.strip()]


def _exit_status(report: Report, fail_on: str, exit_zero: bool = False) -> int:
    if report.errors:
        return 2
    if exit_zero:
        return 0
    from validator.model import Severity

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
        from rich.markup import escape

        from validator.safety import safe_line

        progress.update(task, advance=1, description=escape(safe_line(os.path.basename(path))))

    return progress, step


def _run_inputs(paths: Sequence[str], report: Report | None = None) -> list[str]:
    """Every file a run read (given or walked, claim files and their articles): never written over."""
    from validator.engine import Options, expand_paths

    files = [p for p in paths if p != "-"] + expand_paths([p for p in paths if p != "-"], options=Options(raw=True))
    if report is not None:
        for doc in report.documents:
            files.append(doc.path)
            if doc.source:
                files.append(doc.source)
    return files


def _render_rich(report: Report, to_file: bool, quiet: bool, color: str = "auto") -> str:
    """The rich report as text, rendered whole before anything is written. Colours: `color` "always",
    "never", or "auto" (a terminal only, and not with NO_COLOR set: rich reads NO_COLOR and FORCE_COLOR)."""
    import io

    from rich.console import Console

    from validator.report import document_texts, render_terminal

    buffer = io.StringIO()
    screen = Console(highlight=False)
    width = 100 if to_file else screen.width
    if color == "never" or (color == "auto" and (to_file or not screen.is_terminal)):
        console = Console(file=buffer, highlight=False, width=width, color_system=None, force_terminal=False,
                          legacy_windows=False)
    else:
        system = screen.color_system if color == "auto" or screen.color_system else "standard"
        console = Console(file=buffer, highlight=False, force_terminal=True,
                          color_system=system,  # type: ignore[arg-type]
                          no_color=color == "auto" and screen.no_color, width=width, legacy_windows=False)
    render_terminal(report, console, document_texts(report), quiet=quiet)
    return buffer.getvalue()


def render_check(report: Report, fmt: str, to_file: bool = False, quiet: bool = False, color: str = "auto") -> str:
    """The report in one of the `check --format`s, whole (every renderer makes its input safe first).
    Lines and columns are those of the file on disk (`validator.report.locations`); JSON keeps the
    contract's and adds the file's where they differ."""
    from validator.report.locations import file_maps, on_disk
    from validator.safety import guard_commands

    maps = file_maps(report)
    if fmt == "json":
        from validator.report import render_json

        return render_json(report, maps)
    texts = None
    if fmt in ("sarif", "html", "rich"):
        from validator.report import document_texts

        texts = document_texts(report)
    if fmt == "sarif":
        from validator.confine import repository_root
        from validator.report import render_sarif

        return render_sarif(report, texts, maps, root=repository_root())
    report = on_disk(report, maps)
    if fmt == "markdown":
        from validator.report import render_markdown

        return guard_commands(render_markdown(report))
    if fmt == "github":
        from validator.report import render_github

        return render_github(report)
    if fmt == "html":
        from validator.report import claim_spans, render_html

        return guard_commands(render_html(report, texts, claim_spans(report)))
    return guard_commands(_render_rich(report, to_file, quiet, color))


def cmd_check(args: argparse.Namespace) -> int:
    from validator.atomic import write_atomic
    from validator.engine import check, expand_paths

    options, config = _options(args)
    args.fail_on = args.fail_on or config.fail_on or "error"
    baseline = None if args.no_baseline else (args.baseline or config.baseline)
    if baseline:
        _confined_baseline(baseline, config, from_config=not args.baseline, allow_outside=args.allow_outside)
    from validator.pool import default_jobs
    from validator.stream import POOL_MIN_BYTES

    jobs = args.jobs or default_jobs()
    # by default a pool only for enough text to repay its workers' start; --jobs N asks for one outright
    min_pool = 0 if args.jobs else POOL_MIN_BYTES
    dask = args.dask or os.environ.get("CLAIMCHECK_DASK") or None
    if "-" in args.paths:
        report = _check_stdin(args, options)
    elif args.format == "jsonl":
        return _check_jsonl(args, options, baseline, jobs, dask, min_pool)
    else:
        # the files are counted for a progress line only on a terminal: counting walks the inputs (and each
        # article's project for its claim files) a second time
        counted = len(expand_paths(args.paths, options=options)) if sys.stderr.isatty() else 0
        progress, step = _progress_reporter(counted)
        try:
            report = check(args.paths, options, progress=step, jobs=jobs, dask=dask,
                           text_policy=_TEXT_POLICY.get(args.format, "all"), min_pool_bytes=min_pool)
        finally:
            if progress is not None:
                progress.stop()
    if baseline:
        _apply_baseline(report, baseline)
    output = render_check(report, args.format, to_file=bool(args.output), quiet=args.quiet, color=args.color)
    if args.output:
        inputs = _run_inputs(args.paths, report) + ([baseline] if baseline else [])
        write_atomic(args.output, output, inputs=inputs)
    else:
        sys.stdout.write(output)
        sys.stdout.flush()
    _print_problems(report)
    return _exit_status(report, args.fail_on, args.exit_zero)


def _check_stdin(args: argparse.Namespace, options: Any) -> Report:
    """`check -`: the text on standard input, checked as a raw article (UTF-8; a BOM is kept as read)."""
    from validator.api import check_text

    if len(args.paths) != 1:
        raise UsageError("- (standard input) cannot be combined with other paths")
    data = sys.stdin.buffer.read()
    if len(data) > options.limits.max_file_bytes:
        raise UsageError(f"standard input is larger than the limit ({options.limits.max_file_bytes} bytes)")
    try:
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise UsageError(f"standard input is not UTF-8 text: {exc.reason} at byte {exc.start}") from None
    if "\x00" in text:
        raise UsageError("standard input contains a NUL character: not a text")
    return check_text(text, args.language, path=args.stdin_filename or "-", options=options)


# what each format quotes of the documents' text: everything (HTML), the documents with findings, or nothing
_TEXT_POLICY = {"json": "none", "jsonl": "none", "github": "none", "markdown": "none", "rich": "findings",
                "sarif": "findings", "html": "all"}


def _check_jsonl(args: argparse.Namespace, options: Any, baseline: str | None, jobs: int, dask: str | None,
                 min_pool: int) -> int:
    """`check --format jsonl`: each input's document, findings, checks and problems written as it is done."""
    from validator.jsonl import write_jsonl

    out = None
    if args.output:
        from validator.atomic import write_atomic

        out = _Lines()
    summary = write_jsonl(args.paths, options, out or sys.stdout, jobs=jobs, dask=dask, baseline=baseline,
                          min_pool_bytes=min_pool)
    if args.output and out is not None:
        write_atomic(args.output, "".join(out.parts), inputs=_run_inputs(args.paths) + ([baseline] if baseline else []))
    if baseline:
        _baseline_notes(summary.baselined, summary.unused, baseline)
    for problem in summary.errors:
        say(f"{_where(problem.path, problem.line, problem.column)}: {problem.message}")
    if summary.errors:
        return 2
    if getattr(args, "exit_zero", False):
        return 0
    from validator.model import Severity

    level = Severity(args.fail_on).rank
    return 1 if summary.worst_unaccepted is not None and summary.worst_unaccepted >= level else 0


class _Lines:
    """A text sink kept for one atomic write (`--output` with jsonl)."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        self.parts.append(text)

    def flush(self) -> None:
        pass


def cmd_extract(args: argparse.Namespace) -> int:
    from validator.atomic import write_atomic
    from validator.claimfiles import draft_claim_file, dump_claim_file, dump_claim_json, extract_and_link
    from validator.document import load_document

    if args.output and len(args.paths) != 1:
        raise UsageError("--output drafts one claim file: give exactly one article")
    if args.output and os.path.lexists(args.output) and not args.force:
        raise UsageError(f"{args.output} exists: review it by hand, or pass --force to overwrite it")
    _, config = _options(args, need_rules=False)
    limits = _limits(args, config)
    chunks = []
    for path in args.paths:
        document = load_document(path, args.language, limits.max_file_bytes)
        data = draft_claim_file(document, *extract_and_link(document), args.output)
        header = (f"# Draft claim file for {document.path}, written by `claimcheck extract`.\n"
                  "# Review each claim (value, unit, period, subject, metric) and relation before relying on it.\n")
        listing = _skipped_listing(document) if getattr(args, "show_skipped", False) else ""
        if args.format == "json":
            chunks.append(dump_claim_json(data))
            if listing:
                sys.stderr.write(listing)
        else:
            chunks.append(dump_claim_file(data, header) + "".join(f"# {line}\n" for line in listing.splitlines()))
    text = ("---\n".join(chunks)) if args.format == "yaml" else (
        chunks[0] if len(chunks) == 1 else "[\n" + ",\n".join(c.rstrip() for c in chunks) + "\n]\n")
    if args.output:
        write_atomic(args.output, text, inputs=args.paths, parents=True)
        say(f"wrote {args.output}")
    else:
        sys.stdout.write(text)
    return 0


def _skipped_listing(document: Document) -> str:
    """The numbers of an article not taken as quantities, one a line: offsets, text, reason, context."""
    from validator.extract import skipped_numbers
    from validator.safety import safe_line

    text = document.text
    lines = [f"not a quantity in {document.path} (start-end, text, why, context):"]
    for k in skipped_numbers(document):
        context = " ".join(text[max(0, k.start - 24) : k.end + 24].split())
        lines.append(safe_line(f"  {k.start}-{k.end} {k.text!r}: {k.reason}   …{context}…"))
    return "\n".join(lines) + "\n"


def cmd_report(args: argparse.Namespace) -> int:
    from validator.engine import Options, check
    from validator.report.bundle import claim_spans, write_bundle
    from validator.safety import safe_line

    _, config = _options(args, need_rules=False)
    report = check(args.paths, Options(limits=_limits(args, config), exclude=list(config.exclude),
                                       exclude_base=config.base, force_exclude=args.force_exclude,
                                       claims_only=args.claims_only, raw=args.raw))
    for path in write_bundle(report, args.output, claims=claim_spans(report), inputs=_run_inputs(args.paths, report)):
        print(f"wrote {safe_line(str(path))}", file=sys.stderr)
    _print_problems(report)
    return 2 if report.errors else 0


def cmd_rules(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    from validator.rules import RULES

    if args.format == "json":
        from validator.report.sarif import help_uri

        rules = [{"code": r.code, "name": r.name, "severity": r.severity.value, "summary": r.summary(),
                  "kinds": list(r.kinds), "help_uri": help_uri(r.code), "documentation": r.documentation()}
                 for r in RULES]
        print(json.dumps(rules, ensure_ascii=False, indent=2))
        return 0
    if args.format == "markdown":
        sys.stdout.write(rules_markdown())
        return 0
    table = Table(show_header=True, header_style="bold", box=None)
    for col in ("code", "name", "severity", "checks"):
        table.add_column(col)
    for rule in RULES:
        table.add_row(rule.code, rule.name, rule.severity.value, rule.summary())
    Console(highlight=False).print(table)
    return 0


def rules_markdown() -> str:
    """docs/rules.md: every rule's documentation, one section each (the `helpUri` of SARIF points here)."""
    from validator.rules import RULES

    lines = ["# claimcheck rules", "",
             "Generated by `claimcheck rules --format markdown > docs/rules.md`; the same text as",
             "`claimcheck explain CODE`. Select rules by code, name or code prefix (`--select NR1`).", "",
             "| code | name | default severity | checks |", "|---|---|---|---|"]
    lines += [f"| [{r.code}](#{r.code.lower()}) | {r.name} | {r.severity.value} | {r.summary()} |" for r in RULES]
    for rule in RULES:
        lines += ["", f"## {rule.code}", "", f"`{rule.name}`, default severity {rule.severity.value}.", "",
                  "```text", rule.documentation().rstrip(), "```"]
    return "\n".join(lines) + "\n"


def cmd_explain(args: argparse.Namespace) -> int:
    from validator.rules import find_rule

    rule = find_rule(args.rule)
    print(f"{rule.code} {rule.name} (default severity: {rule.severity.value})\n")
    print(rule.documentation())
    return 0


def cmd_schema() -> int:
    from validator.model import ClaimFile

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
    if args.debug:  # the engine logs the traceback of a file that failed unexpectedly
        import logging

        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("claimcheck: debug: %(message)s"))
        logging.getLogger("claimcheck").addHandler(handler)
        logging.getLogger("claimcheck").setLevel(logging.DEBUG)
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
            return cmd_rules(args)
        if args.command == "explain":
            return cmd_explain(args)
        if args.command == "schema":
            return cmd_schema()
    except ClaimcheckError as exc:
        for problem in getattr(exc, "problems", None) or [exc]:
            say(str(problem))
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # an internal error: say so plainly, no traceback unless asked
        if args.debug:
            raise
        say(f"internal error: {type(exc).__name__}: {exc} (run with --debug for a traceback)")
        return 2
    parser.error(f"unknown command {args.command!r}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
