"""Benchmarks for the numeral parser: real articles, other projects' test corpora, and extraction speed.

    python -m validator.bench real [KEY_DIR] [--articles DIR] [--failures LANG]
    python -m validator.bench corpora /work/shared/corpora [--failures SUITE]
    python -m validator.bench speed [SEEDS_DIR]
    python -m validator.bench redos [--n 1000 10000 100000]   (see validator/redos.py)
    python -m validator.bench startup | peers | scale | long | jobs | issue12   (speed and scale: bench/perf.py)

``real`` scores the public ``validator.extract(text, language)`` against the blind-labelled key of
real published articles in ``eval/extraction/key/`` (articles read from ``../shared/realworld``
beside the repository).  Each key file lists the article's quantities (span, value in base units,
unit) and its numbers that are not quantities (span, why).  Matching, per article: key quantities
are taken in order and each is matched to the first unused claim whose span overlaps the key span
(``claim.start < key.end and key.start < claim.end``) and whose value equals the key value allowing
the claim's written precision -- ``|claim.value - key.value| <= claim.precision / 2``, where the
precision is the claim's own (``Claim.precision``, or the step of the last digit of its value when
unset), or the last decimal place its value carries if that is coarser (so that "two thirds",
0.6666666666666666666666666667, equals the key's "2/3"); compared exactly as fractions.  A claim in a
sub-unit of the key's currency is compared in that currency (55.57 pence = 0.5557 GBP, 2.7 US cents
= 0.027 USD), as the key gives values in base units.  The
unit is not part of the match.  Value recall = matched key quantities / key quantities; value
precision = matched claims / claims: every claim that matches no key quantity counts against
precision, whether it sits on a number the key calls a non-quantity (a year, a phone number, "một"
as an article), on a quantity read with the wrong value, or on nothing the key lists.  A range is
two key quantities, so it needs two claims.  Figures are per language and are a *development*
figure: the extractor was improved while looking at the key's misses.  Entries of the key that we
dispute (``eval/extraction/disputed.json``, reasons in ``DISPUTED.md``) are scored both ways: the
headline uses the key as labelled, the second line the key with the disputed entries read our way.

``corpora`` scores the public ``validator.extract(text, language)`` -- the claims an editor gets,
not the numeral parser underneath -- against the JSONL test suites converted from Duckling,
Microsoft Recognizers-Text and quantulum3 (format: the corpora README).  A claim matches an expected
entity when the values agree within 1e-9 relative (in the suite's unit where ours converts to it: a
0.8 price ratio, "八折", is Recognizers' 80%; Duckling's zh "Cent" counts 角 in fen, so 2 jiao is
20) and, where the record has offsets, the spans overlap; for Duckling's whole-string cases some
claim's value must equal the expected one.  A range is one entity there and two claims here (one
per end): its upper end counts as matched with it.  Value recall = matched expected / expected;
value precision = matched claims / claims (on currency and percent suites only claims whose unit is
a currency or a price in one, or percent/point/price ratio, count: those suites list nothing else).  On the money
suites the ``unit`` column is the share of matched amounts whose claim unit is the expected
currency, where the suite names one unambiguously (an ISO code, or Duckling's Cent).  Cases where a
suite wants what news usage does not are listed in ``KNOWN_DISAGREEMENTS`` with the reason and
scored apart from the headline figure; the ``all`` columns score every case that names a single
value with no exclusion (what an independent scorer sees), so readers see both.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from validator.bench.corpora import ALL_CASES, Score, has_single_value, run_corpora, score_record
from validator.bench.disagreements import IN_SCOPE, KNOWN_DISAGREEMENTS, SECONDARY
from validator.bench.real import REAL_ARTICLES, REAL_KEY, RealScore, real_value_matches, run_real, score_real
from validator.bench.speed import run_speed

__all__ = ["ALL_CASES", "IN_SCOPE", "KNOWN_DISAGREEMENTS", "REAL_ARTICLES", "REAL_KEY", "SECONDARY", "RealScore",
           "Score", "has_single_value", "main", "real_value_matches", "run_corpora", "run_real", "run_speed",
           "score_real", "score_record"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m validator.bench", description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("corpora", help="score against the JSONL test corpora")
    c.add_argument("root", type=Path, nargs="?", default=Path("/work/shared/corpora"))
    c.add_argument(
        "--failures", metavar="SUITE", help="print the failing cases of suites whose name contains SUITE"
    )
    r = sub.add_parser("real", help="value recall and precision on the blind-labelled real-article key")
    r.add_argument("key", type=Path, nargs="?", default=REAL_KEY, help="the key folder (default: eval/extraction)")
    r.add_argument("--articles", type=Path, default=REAL_ARTICLES, help="the articles (default: ../shared/realworld)")
    r.add_argument("--failures", metavar="LANG", help="print the misses and extra claims of LANG (or 'all')")
    sp = sub.add_parser("speed", help="extraction speed on the seeds repeated to ~5 MB")
    sp.add_argument("seeds", type=Path, nargs="?", default=Path(__file__).resolve().parent.parent.parent / "seeds")
    sp.add_argument("--mb", type=float, default=5.0)
    sp.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is shown")
    st = sub.add_parser("startup", help="claimcheck start-up: an empty file, an 80-byte article, --help, claims/")
    st.add_argument("--repeat", type=int, default=3)
    pe = sub.add_parser("peers", help="claimcheck vs quantulum3 on the same English sentences")
    pe.add_argument("--repeat", type=int, default=3)
    pe.add_argument("--sentences", type=int, default=3000)
    sc = sub.add_parser("scale", help="10 to 5,000 articles: time, MB/s, peak RSS, --jobs 1 and 2")
    sc.add_argument("--counts", type=int, nargs="+", default=[10, 100, 1000, 5000])
    sc.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    sc.add_argument("--repeat", type=int, default=3, help="runs per figure up to 1,000 articles (larger: one)")
    sc.add_argument("--format", default="jsonl",
                    help="the check's --format (default jsonl, the archive format: nothing kept; json holds every "
                    "finding for the sorted report)")
    sc.add_argument("--source", type=Path, default=Path(__file__).resolve().parent.parent.parent / "seeds",
                    help="the articles copied (default: seeds/)")
    lo = sub.add_parser("long", help="one 1, 5 and 20 MB document: extract and link times")
    lo.add_argument("--mb", type=float, nargs="+", default=[1, 5, 20])
    lo.add_argument("--languages", nargs="+", default=["en", "vi", "zh"])
    lo.add_argument("--repeat", type=int, default=1)
    jb = sub.add_parser("jobs", help="1,000 articles with --jobs 1 and --jobs 2: the speed-up (on an idle machine)")
    jb.add_argument("--repeat", type=int, default=3)
    sub.add_parser("issue12", help="every bench of issue 12 in one run (startup, peers, scale, long, speed), then "
                   "each done-when figure with its target and the load")
    rd = sub.add_parser("redos", help="extraction time per character on adversarial strings (ReDoS check)")
    rd.add_argument("--n", type=int, nargs="+", default=[1_000, 10_000, 100_000], help="lengths to time")
    rd.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is shown")
    args = ap.parse_args(argv)
    if args.cmd in ("startup", "peers", "scale", "long", "jobs", "issue12"):
        from validator.bench import perf

        if args.cmd == "issue12":
            perf.run_issue12(Path(__file__).resolve().parent.parent.parent / "seeds")
        elif args.cmd == "jobs":
            perf.run_scale((1000,), (1, 2), args.repeat)
        elif args.cmd == "startup":
            perf.run_startup(args.repeat)
        elif args.cmd == "peers":
            perf.run_peers(args.repeat, args.sentences)
        elif args.cmd == "scale":
            perf.run_scale(args.counts, args.jobs, args.repeat, args.format, args.source)
        else:
            perf.run_long(args.mb, args.languages, args.repeat)
        return 0
    if args.cmd == "redos":
        from validator.redos import run_redos

        return 0 if run_redos(args.n, repeat=args.repeat) else 1
    if args.cmd == "corpora":
        if not args.root.is_dir():
            print(f"error: {args.root} is not a directory", file=sys.stderr)
            return 2
        run_corpora(args.root, args.failures)
    elif args.cmd == "real":
        run_real(args.key, args.articles, args.failures)
    else:
        run_speed(args.seeds, args.mb, repeat=args.repeat)
    return 0

