"""The ReDoS benchmark: `validator.extract` on adversarial strings, timed at growing lengths.

    python -m validator.bench redos [--n 1000 10000 100000] [--repeat 3]

A regular expression that backtracks badly turns a long run of almost-numbers ("1,1,1,…", "1.1.1.…",
"一一一…", "nghìn nghìn …", a long run of digits) into quadratic or exponential time. Each string is
extracted at each length n; the table gives the time per character, and the last column the ratio of
the per-character time at the largest n to that at the smallest. Linear work keeps that ratio near 1
(caches and allocation move it a little); quadratic work multiplies it by the growth of n (100 from 10³
to 10⁵). The run fails (exit status 1) when a ratio passes `MAX_RATIO`: a benchmark with a verdict,
not a timed test (timings on a shared machine vary too much to gate a test suite on).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from validator.extract import extract

MAX_RATIO = 5.0
LENGTHS = (1_000, 10_000, 100_000)


@dataclass(frozen=True)
class Adversary:
    name: str
    unit: str
    language: str


ADVERSARIES = (
    Adversary('"1," × n', "1,", "en"),
    Adversary('"1," × n', "1,", "vi"),
    Adversary('"1." × n', "1.", "vi"),
    Adversary('"1." × n', "1.", "en"),
    Adversary('"一" × n', "一", "zh"),
    Adversary('"nghìn " × n', "nghìn ", "vi"),
    Adversary('"1" × n (digits)', "1", "en"),
    Adversary('"1" × n (digits)', "1", "zh"),
    Adversary('"1 000 " × n', "1 000 ", "en"),
    Adversary('"khoảng 1," × n', "khoảng 1,", "vi"),
)


@dataclass(frozen=True)
class Timing:
    adversary: Adversary
    n: int
    characters: int
    seconds: float
    claims: int

    @property
    def per_character(self) -> float:
        """Microseconds per character."""
        return self.seconds / max(self.characters, 1) * 1e6


def time_one(adversary: Adversary, n: int, repeat: int = 1) -> Timing:
    """The best of `repeat` runs (the least disturbed by whatever else the machine is doing)."""
    text = adversary.unit * n
    best, claims = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        claims = len(extract(text, adversary.language))
        best = min(best, time.perf_counter() - started)
    return Timing(adversary, n, len(text), best, claims)


def run_redos(lengths: Sequence[int] = LENGTHS, out: Callable[[str], None] = print, repeat: int = 3) -> bool:
    """Print the table; True when every per-character ratio stays within MAX_RATIO."""
    extract("warm up 1", "en"), extract("一", "zh"), extract("1 nghìn", "vi")  # compile the tables first
    lengths = sorted(lengths)
    header = "| string | lang | " + " | ".join(f"n={n:,} µs/char" for n in lengths) + " | ratio |"
    out(header)
    out("|" + "---|" * (len(lengths) + 3))
    ok = True
    for adversary in ADVERSARIES:
        timings = [time_one(adversary, n, repeat) for n in lengths]
        ratio = timings[-1].per_character / max(timings[0].per_character, 1e-9)
        flag = "" if ratio <= MAX_RATIO else f" (over {MAX_RATIO:g}: superlinear)"
        ok = ok and not flag
        cells = " | ".join(f"{t.per_character:.2f}" for t in timings)
        out(f"| {adversary.name} | {adversary.language} | {cells} | {ratio:.2f}{flag} |")
    slowest = max(lengths)
    out(f"\nµs per character of input (best of {repeat} runs each); ratio = µs/char at n={slowest:,} ÷ at "
        f"n={min(lengths):,}; a run fails when a ratio exceeds {MAX_RATIO:g}.")
    return ok
