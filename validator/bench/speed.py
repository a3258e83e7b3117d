"""Extraction speed in MB/s, and peak memory: `python -m validator.bench speed`."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from validator.extract import extract


def _timed(
    work: Callable[[str, str], object], texts: list[tuple[str, str]], repeat: int
) -> dict[str, tuple[int, float]]:
    """UTF-8 bytes and seconds of ``work(text, language)`` over ``texts``, per language: the best
    of ``repeat`` runs (the others include the machine's hiccups, as with ``timeit``)."""
    best: dict[str, tuple[int, float]] = {}
    for _ in range(repeat):
        per_lang: dict[str, tuple[int, float]] = {}
        for lang, text in texts:
            t0 = time.process_time()  # CPU time: the machine is shared, and other jobs disturb it least
            work(text, lang)
            dt = time.process_time() - t0
            b, d = per_lang.get(lang, (0, 0.0))
            per_lang[lang] = (b + len(text.encode("utf-8")), d + dt)
        for lang, (b, d) in per_lang.items():
            if lang not in best or d < best[lang][1]:
                best[lang] = (b, d)
    return best


def _extract(text: str, language: str) -> object:

    return extract(text, language)


def _extract_and_link(text: str, language: str) -> object:
    # what `claimcheck check ARTICLE` does before the rules: extract, then infer relations
    from validator.document import document_from_text
    from validator.engine import claimset_from_article

    return claimset_from_article(document_from_text(text, language=language))


def _peak_memory(work: Callable[[str, str], object], text: str, language: str) -> float:
    """Peak Python heap (MB, tracemalloc) while ``work`` runs on one document, the text excluded."""
    import tracemalloc

    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        work(text, language)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return (peak - base) / 1e6


def run_speed(
    seeds: Path, target_mb: float = 5.0, out: Callable[[str], None] = print, repeat: int = 3
) -> dict[str, float]:
    """Extraction speed (MB/s of UTF-8 text, one core) of the public ``validator.extract`` and of
    extract + relation inference (the engine's article path), per language and overall.

    Two shapes of input, both ~``target_mb`` in all: every seed article checked again and again as
    itself (real use: article-sized documents), and every seed repeated into one long document
    (paragraphs ``reps`` times over: shows any cost that grows faster than the text).  Each figure
    is the best of ``repeat`` runs.  Prints a table and the peak memory of checking one
    ``target_mb`` document; returns the overall rates.
    """
    import platform

    from validator.document import load_document

    docs = [load_document(p) for p in sorted(seeds.glob("*.txt"))]
    if not docs:
        raise SystemExit(f"no seeds in {seeds}")
    base = sum(len(d.text.encode("utf-8")) for d in docs)
    reps = max(1, round(target_mb * 1e6 / base))
    articles = [(d.language, d.text) for _ in range(reps) for d in docs]
    long_docs = [(d.language, "\n\n".join([d.text] * reps)) for d in docs]
    t0 = time.process_time()
    for d in docs:  # compile the per-language tables once, outside the timings
        _extract_and_link(d.text, d.language)
    warm = time.process_time() - t0
    langs = sorted({d.language for d in docs})
    out(
        f"{len(docs)} seed documents ({base / 1e3:.1f} kB) x {reps} = {base * reps / 1e6:.2f} MB; "
        f"Python {platform.python_version()}, one core, best of {repeat}; "
        f"first call (compiling tables) {warm:.2f} s CPU"
    )
    out(f"{'MB/s of CPU time':32}" + "".join(f"{lang:>8}" for lang in langs) + f"{'all':>8}")
    rates: dict[str, float] = {}
    for label, work in (("extract", _extract), ("extract + link", _extract_and_link)):
        for shape, texts in (("articles", articles), (f"1 document x{reps}", long_docs)):
            per_lang = _timed(work, texts, repeat)
            row = "".join(f"{per_lang[lang][0] / 1e6 / per_lang[lang][1]:8.2f}" for lang in langs)
            total = sum(b for b, _ in per_lang.values()) / 1e6 / sum(d for _, d in per_lang.values())
            rates[f"{label}, {shape}"] = total
            out(f"{label + ', ' + shape:32}{row}{total:8.2f}")
    import os

    load = "load average {:.1f} / {:.1f} / {:.1f}".format(*os.getloadavg())
    for issue, label, target in (("#9", "extract + link, articles", 1.5), ("#10", "extract, articles", 2.0)):
        rate = rates[label]
        out(f"{issue} {label}: {rate:.2f} MB/s of CPU; target >= {target}: {'met' if rate >= target else 'NOT MET'}"
            f" ({load})")
    biggest = max(docs, key=lambda d: len(d.text))
    big = "\n\n".join([biggest.text] * max(1, round(target_mb * 1e6 / len(biggest.text.encode("utf-8")))))
    mb = len(big.encode("utf-8")) / 1e6
    peak = _peak_memory(_extract_and_link, big, biggest.language)
    out(f"peak memory, extract + link of one {mb:.1f} MB {biggest.language} document: {peak:.0f} MB (tracemalloc)")
    try:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        out(f"largest resident size of this process: {rss:.0f} MB")
    except ImportError:  # pragma: no cover - not on Windows
        pass
    return rates
