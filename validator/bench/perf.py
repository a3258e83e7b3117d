"""Speed and scale benches (issue 12): figures printed, never asserted.

    python -m validator.bench startup    # `claimcheck` on an empty file, an 80-byte article, --help, claims/
    python -m validator.bench peers      # claimcheck vs quantulum3 on the same English sentences
    python -m validator.bench scale      # 10, 100, 1,000, 5,000 articles: time, MB/s, peak RSS, --jobs 1 and 2
    python -m validator.bench long       # one 1, 5 and 20 MB document: extract time beside link time
    python -m validator.bench jobs       # 1,000 articles, --jobs 1 and 2: the speed-up (for an idle machine)
    python -m validator.bench issue12    # all of these and `bench speed`, then each done-when figure of issue 12

Every figure says whether it is wall-clock time (what a person waits) or CPU time (what the work cost: the
machine is shared, and CPU time is what other jobs disturb least). Contenders are alternated and each
figure is the best of `--repeat` runs (3 unless said otherwise). Command lines run as fresh processes
(`python -m validator.cli`), so start-up and table compilation are inside the figures; their CPU time and
peak resident size are the process's own and its children's (`os.wait4`: the CPU of a `--jobs` pool's
workers is added in, the peak RSS is that of the largest single process).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"
CORPORA = ROOT.parent / "shared" / "corpora"
REALWORLD = ROOT.parent / "shared" / "realworld"


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system, children included
    rss: float  # MB, the largest resident size of the process (or of one of its children)
    status: int


def run_command(argv: Sequence[str], cwd: Path | None = None) -> Run:
    """One command as a child process: wall time, CPU time and peak RSS (os.wait4), output discarded."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(list(argv), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode)


def claimcheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "validator.cli", *args]


def best(runs: list[Run]) -> Run:
    """Per column the best of the runs (the others include the shared machine's hiccups)."""
    return Run(min(r.wall for r in runs), min(r.cpu for r in runs), min(r.rss for r in runs), runs[0].status)


def alternate(contenders: dict[str, Callable[[], Run]], repeat: int) -> dict[str, Run]:
    """Each contender once per round, in turns, `repeat` rounds; the best of each."""
    runs: dict[str, list[Run]] = {name: [] for name in contenders}
    for _ in range(repeat):
        for name, work in contenders.items():
            runs[name].append(work())
    return {name: best(r) for name, r in runs.items()}


def _project(folder: Path) -> Path:
    """A scratch project (its own pyproject.toml, so that walked files lie inside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pyproject.toml").write_text("[tool.claimcheck]\n", encoding="utf-8")
    return folder


def load() -> str:
    """The machine's load average over 1, 5 and 15 minutes: figures taken on a busy machine are depressed."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} / {five:.1f} / {fifteen:.1f} on {os.cpu_count()} cores"


# the done-when figures of issue 12 printed so far in this process (`python -m validator.bench issue12` repeats
# them at the end)
VERDICTS: list[str] = []


def verdict(out: Callable[[str], None], figure: str, measured: str, met: bool, target: str) -> None:
    """One done-when figure of issue 12: what was measured, the target, whether it is met, and the load."""
    line = f"#12 {figure}: {measured}; target {target}: {'met' if met else 'NOT MET'} ({load()})"
    VERDICTS.append(line)
    out(line)


# --- startup --------------------------------------------------------------------------------------------

def run_startup(repeat: int = 3, out: Callable[[str], None] = print) -> dict[str, Run]:
    """`claimcheck` start-up: an empty file, an 80-byte article, --help, and the claim files of claims/."""
    with tempfile.TemporaryDirectory(prefix="claimcheck-bench-") as tmp:
        here = _project(Path(tmp))
        (here / "empty.txt").write_text("", encoding="utf-8")
        (here / "short.txt").write_text("Revenue rose 12% to $3.4 billion in 2024, from $3.0 billion a year "
                                        "earlier.\n", encoding="utf-8")
        contenders = {
            "--help": lambda: run_command(claimcheck("--help"), here),
            "check empty.txt": lambda: run_command(claimcheck("check", "empty.txt", "--jobs", "1"), here),
            "check short.txt (80 bytes)": lambda: run_command(claimcheck("check", "short.txt", "--jobs", "1"), here),
            "check claims/": lambda: run_command(claimcheck("check", "claims/"), ROOT),
        }
        results = alternate(contenders, repeat)
    out(f"start-up, best of {repeat} (alternated), Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    out(f"{'command':32}{'wall s':>9}{'CPU s':>9}{'peak RSS MB':>13}")
    for name, r in results.items():
        out(f"{name:32}{r.wall:9.2f}{r.cpu:9.2f}{r.rss:13.0f}")
    empty = results["check empty.txt"]
    verdict(out, "start-up, `claimcheck check` on an empty file", f"{empty.wall:.2f} s wall, {empty.cpu:.2f} s CPU",
            empty.wall < 0.5, "< 0.5 s wall")
    return results


# --- peers ----------------------------------------------------------------------------------------------

def peer_sentences(limit: int = 3000) -> list[str]:
    """English sentences: the English test corpora (quantulum3's, Duckling's, Recognizers'), then the sentences
    of the English real-world articles, up to `limit`."""
    sentences: list[str] = []
    for path in sorted(CORPORA.glob("*_en_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    sentences.append(text)
    if REALWORLD.is_dir():
        from validator.document import load_document

        for path in sorted((REALWORLD / "en").glob("*.txt")):
            doc = load_document(path, "en")
            sentences.extend(doc.text[s:e] for s, e in doc.sentences())
            if len(sentences) >= limit:
                break
    if not sentences:
        from validator.document import load_document

        for path in sorted(SEEDS.glob("*.txt")):
            doc = load_document(path)
            if doc.language == "en":
                sentences.extend(doc.text[s:e] for s, e in doc.sentences())
    return sentences[:limit]


def _timed(work: Callable[[], object]) -> Run:
    w, c = time.perf_counter(), time.process_time()
    work()
    return Run(time.perf_counter() - w, time.process_time() - c, 0.0, 0)


def run_peers(repeat: int = 3, limit: int = 3000, out: Callable[[str], None] = print) -> dict[str, Run]:
    """claimcheck's `validator.extract(sentence, "en")` and quantulum3's `parser.parse(sentence)` over the
    same sentences, in one process, alternated, best of `repeat`; each warmed on the sentences first."""
    try:
        from quantulum3 import parser as quantulum
    except ImportError:
        out("quantulum3 is not installed: pip install -e '.[bench]' (it needs `stemming`)")
        raise SystemExit(2) from None
    from validator.extract import extract

    sentences = peer_sentences(limit)
    size = sum(len(s.encode("utf-8")) for s in sentences)

    def ours() -> None:
        for s in sentences:
            extract(s, "en")

    def theirs() -> None:
        for s in sentences:
            quantulum.parse(s)

    for s in sentences[:50]:  # tables compiled and caches warm for both before any clock starts
        extract(s, "en")
        quantulum.parse(s)
    results = alternate({"claimcheck": lambda: _timed(ours), "quantulum3": lambda: _timed(theirs)}, repeat)
    out(f"{len(sentences)} English sentences ({size / 1e3:.0f} kB), one process, alternated, best of {repeat}")
    out(f"{'':14}{'sentences/s (wall)':>20}{'sentences/s (CPU)':>20}{'ms/sentence (CPU)':>19}")
    for name, r in results.items():
        n = len(sentences)
        out(f"{name:14}{n / r.wall:20.0f}{n / r.cpu:20.0f}{1e3 * r.cpu / n:19.3f}")
    ratio_cpu = results["quantulum3"].cpu / results["claimcheck"].cpu
    ratio_wall = results["quantulum3"].wall / results["claimcheck"].wall
    out(f"claimcheck / quantulum3 throughput: {ratio_cpu:.1f}x (CPU), {ratio_wall:.1f}x (wall)")
    verdict(out, "peers, claimcheck's throughput / quantulum3's on the same sentences",
            f"{ratio_cpu:.1f}x (CPU), {ratio_wall:.1f}x (wall)", ratio_cpu >= 20, ">= 20x (the goal beyond: 50x)")
    return results


# --- scale ----------------------------------------------------------------------------------------------

def _corpus(folder: Path, count: int, sources: list[Path]) -> int:
    """`count` articles copied from `sources` in turn into `folder`; their size in bytes."""
    folder.mkdir(parents=True)
    total = 0
    for i in range(count):
        src = sources[i % len(sources)]
        shutil.copyfile(src, folder / f"{i:06d}_{src.name}")
        total += src.stat().st_size
    return total


def run_scale(counts: Sequence[int] = (10, 100, 1000, 5000), jobs: Sequence[int] = (1, 2), repeat: int = 3,
              fmt: str = "jsonl", source: Path = SEEDS,
              out: Callable[[str], None] = print) -> dict[tuple[int, int], Run]:
    """`claimcheck check FOLDER --format FMT --jobs J` over folders of `counts` articles (copies of the seed
    articles, the languages mixed, as in issue 12): wall and CPU time, MB/s of each, and peak RSS. The jobs
    are alternated per size; sizes above 1,000 are run once."""
    sources = sorted(p for p in source.glob("*.txt"))
    results: dict[tuple[int, int], Run] = {}
    sizes: dict[int, int] = {}
    with tempfile.TemporaryDirectory(prefix="claimcheck-scale-") as tmp:
        here = _project(Path(tmp))
        for n in counts:
            sizes[n] = _corpus(here / str(n), n, sources)
        out(f"articles copied from {source} ({len(sources)} files), --format {fmt}; "
            f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        out(f"{'articles':>9}{'MB':>7}{'jobs':>5}{'wall s':>9}{'CPU s':>9}{'MB/s wall':>11}"
            f"{'MB/s CPU':>10}{'peak RSS MB':>13}{'runs':>6}")
        for n in counts:
            rounds = repeat if n <= 1000 else 1
            found = alternate({str(j): _check_folder(here, str(n), fmt, j) for j in jobs}, rounds)
            for j in jobs:
                r = results[n, j] = found[str(j)]
                mb = sizes[n] / 1e6
                out(f"{n:9d}{mb:7.2f}{j:5d}{r.wall:9.2f}{r.cpu:9.2f}{mb / r.wall:11.2f}{mb / r.cpu:10.2f}"
                    f"{r.rss:13.0f}{rounds:6d}")
    if 1 in jobs:
        _scale_verdicts(results, sizes, counts, jobs, out)
    return results


def _scale_verdicts(results: dict[tuple[int, int], Run], sizes: dict[int, int], counts: Sequence[int],
                    jobs: Sequence[int], out: Callable[[str], None]) -> None:
    """Issue 12's figures from a scale run: MB/s of CPU with --jobs 1 and the --jobs 2 speed-up at 1,000 articles
    (or the largest size up to it), and peak RSS at the largest size over that at 100."""
    for n in counts:
        if 2 in jobs and (n, 2) in results:
            out(f"{n} articles: --jobs 2 is {results[n, 1].wall / results[n, 2].wall:.2f}x faster than "
                "--jobs 1 (wall)")
    at = max((n for n in counts if n <= 1000), default=min(counts))
    one = results[at, 1]
    rate = sizes[at] / 1e6 / one.cpu
    verdict(out, f"`check` over {at} articles, --jobs 1", f"{rate:.2f} MB/s of CPU ({sizes[at] / 1e6 / one.wall:.2f} "
            "MB/s wall)", rate >= 2, ">= 2 MB/s of CPU per core")
    if 2 in jobs and (at, 2) in results:
        speedup = one.wall / results[at, 2].wall
        verdict(out, f"`check` over {at} articles, --jobs 2 / --jobs 1", f"{speedup:.2f}x faster (wall)",
                speedup >= 1.6, ">= 1.6x when the machine is idle (a busy one gives less)")
    small, large = min(counts), max(counts)
    mid = 100 if 100 in counts else small
    if large != mid:
        ratio = results[large, 1].rss / results[mid, 1].rss
        verdict(out, f"peak RSS at {large} articles / at {mid} (--jobs 1)",
                f"{results[large, 1].rss:.0f} MB / {results[mid, 1].rss:.0f} MB = {ratio:.2f}x", ratio <= 1.3,
                "<= 1.3x")


def _check_folder(here: Path, folder: str, fmt: str, jobs: int) -> Callable[[], Run]:
    return lambda: run_command(claimcheck("check", folder, "--format", fmt, "--jobs", str(jobs)), here)


# --- long -----------------------------------------------------------------------------------------------

def long_document(language: str, megabytes: float) -> str:
    """The seed articles of `language`, repeated (paragraphs in turn) into one document of about `megabytes`."""
    from validator.document import load_document

    texts = [d.text for d in (load_document(p) for p in sorted(SEEDS.glob("*.txt"))) if d.language == language]
    if not texts:
        raise SystemExit(f"no seed article in {language}")
    base = "\n\n".join(texts)
    reps = max(1, round(megabytes * 1e6 / len(base.encode("utf-8"))))
    return "\n\n".join([base] * reps)


def _extract_then_link(text: str, language: str) -> tuple[Run, Run, int]:
    """Extraction, then linking, of one document, timed apart; and how many claims."""
    from validator.document import document_from_text
    from validator.extract import extract_document
    from validator.link import link
    from validator.rules.judging import judge_for

    doc = document_from_text(text, language=language)
    w, c = time.perf_counter(), time.process_time()
    claims = extract_document(doc)
    extracted = Run(time.perf_counter() - w, time.process_time() - c, 0.0, 0)
    w, c = time.perf_counter(), time.process_time()
    link(doc, claims, judge_for(doc, claims))
    linked = Run(time.perf_counter() - w, time.process_time() - c, 0.0, 0)
    return extracted, linked, len(claims)


def run_long(megabytes: Sequence[float] = (1, 5, 20), languages: Sequence[str] = ("en", "vi", "zh"),
             repeat: int = 1, out: Callable[[str], None] = print) -> dict[tuple[str, float], tuple[Run, Run]]:
    """Extraction and linking of one long document, timed apart (CPU and wall), in one process after the tables
    are compiled; `repeat` runs each (the best)."""
    from validator.document import document_from_text
    from validator.extract import extract_document
    from validator.link import link
    from validator.rules.judging import judge_for

    results: dict[tuple[str, float], tuple[Run, Run]] = {}
    out(f"one document per size and language (seed articles repeated), best of {repeat}; "
        f"load average {os.getloadavg()[0]:.1f}")
    out(f"{'lang':5}{'MB':>6}{'claims':>9}{'extract wall':>14}{'CPU':>8}{'link wall':>11}{'CPU':>8}"
        f"{'link/extract (CPU)':>20}")
    for language in languages:
        warm = document_from_text(long_document(language, 0.01), language=language)
        claims = extract_document(warm)
        link(warm, claims, judge_for(warm, claims))
        for mb in megabytes:
            text = long_document(language, mb)
            size = len(text.encode("utf-8")) / 1e6
            runs = [_extract_then_link(text, language) for _ in range(repeat)]
            count = runs[0][2]
            e, k = best([r[0] for r in runs]), best([r[1] for r in runs])
            results[language, mb] = (e, k)
            out(f"{language:5}{size:6.1f}{count:9d}{e.wall:13.2f}s{e.cpu:7.2f}s{k.wall:10.2f}s{k.cpu:7.2f}s"
                f"{k.cpu / e.cpu:20.2f}")
    top = max(megabytes)
    for language in languages:
        e, k = results[language, top]
        verdict(out, f"one {top:g} MB {language} document, link time / extract time",
                f"{k.cpu:.2f} s / {e.cpu:.2f} s CPU = {k.cpu / e.cpu:.2f}x", k.cpu <= e.cpu, "<= 1x")
    return results


# --- all of issue 12 ------------------------------------------------------------------------------------

def run_issue12(seeds: Path, out: Callable[[str], None] = print) -> list[str]:
    """Every bench of issue 12 in one run, then its done-when figures again, each with its target and load
    (and `bench speed`'s figures for issues 9 and 10)."""
    from validator.bench.speed import run_speed

    VERDICTS.clear()
    kept: list[str] = []

    def both(line: str) -> None:
        out(line)
        if line.startswith(("#9 ", "#10 ")):
            kept.append(line)

    for name, bench in (("startup", lambda: run_startup(out=out)), ("peers", lambda: run_peers(out=out)),
                        ("scale", lambda: run_scale(out=out)), ("long", lambda: run_long(out=out)),
                        ("speed", lambda: run_speed(seeds, out=both))):
        out(f"\n== bench {name} ({load()})")
        try:
            bench()
        except SystemExit as exc:  # quantulum3 missing: the other figures still stand
            out(f"bench {name} did not run: {exc}")
    lines = VERDICTS + kept
    out("\n== issue 12, done when (figures above; wall-clock figures are depressed on a busy machine)")
    for line in lines:
        out(line)
    return lines
