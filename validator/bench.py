"""Benchmarks for the numeral parser: real articles, other projects' test corpora, and extraction speed.

    python -m validator.bench real [KEY_DIR] [--articles DIR] [--failures LANG]
    python -m validator.bench corpora /work/shared/corpora [--failures SUITE]
    python -m validator.bench speed [SEEDS_DIR]
    python -m validator.bench redos [--n 1000 10000 100000]   (see validator/redos.py)
    python -m validator.bench startup | peers | scale | long       (speed and scale: validator/bench_speed.py)

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
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from validator.extract import extract
from validator.extract.claims import range_pairs
from validator.intervals import written_precision
from validator.model import Claim
from validator.units import conversion_factor, is_currency, same_dimension

# suite -> which predictions it scores ("all", "percent", "money")
IN_SCOPE: dict[str, str] = {
    "duckling_en_numeral": "all",
    "duckling_vi_numeral": "all",
    "duckling_zh_numeral": "all",
    "duckling_en_money": "all",
    "duckling_vi_money": "all",
    "duckling_zh_money": "all",
    "recognizers_en_number": "all",
    "recognizers_zh_number": "all",
    "recognizers_en_percent": "percent",
    "recognizers_zh_percent": "percent",
    "recognizers_en_currency": "money",
    "recognizers_zh_currency": "money",
    "quantulum_en_quantity": "all",
}
SECONDARY: dict[str, str] = {"quantulum_en_quantity_ambiguity": "all"}

# Cases where a suite wants what news usage does not (the reason says why); read apart from the headline
# figure. A case the extractor now agrees with is no disagreement (tests/test_bench.py checks it).
_DISAGREEMENTS: dict[str, tuple[str, ...]] = {
    "IP address 192.168.1.2: a code or name, not a quantity in news (DESIGN.md not-claims)": (
        "recognizers/en/number/1",
    ),
    "'10G' read as 1e10 by Recognizers; '5G' is a network name in news": (
        "recognizers/en/number/40",
    ),
    "a date or time: periods are not amounts (DESIGN.md), the period parser reads them": (
        "recognizers/en/number/143", "recognizers/zh/number/96", "recognizers/zh/number/173",
    ),
    "phone number: a code or name, not a quantity in news (DESIGN.md not-claims)": (
        "recognizers/en/number/144",
    ),
    "SCP-173: a code or name, not a quantity in news (DESIGN.md not-claims)": (
        "recognizers/en/number/189",
    ),
    "'180.25ml' is a quantity claim for us (the number model wants nothing)": (
        "recognizers/en/number/2",
    ),
    "'180ml' is a quantity claim for us (the number model wants nothing)": (
        "recognizers/en/number/3",
    ),
    "'29km' is a quantity claim for us (the number model wants nothing)": (
        "recognizers/en/number/4",
    ),
    "'.25ml' is a quantity claim for us (the number model wants nothing)": (
        "recognizers/en/number/6",
    ),
    "'2222.2222.22222.222' dotted code: a code or name, not a quantity in news (DESIGN.md not-claims)": (
        "recognizers/zh/number/221",
    ),
    "'三的另一种写法是叁' talks about the characters, not amounts": (
        "recognizers/zh/number/322",
    ),
    "vague quantifier (a few, a couple, several): not a checkable amount": (
        "duckling/en/numeral/g004-02", "duckling/en/numeral/g004-03", "duckling/en/numeral/g003-02",
        "duckling/en/numeral/g003-03", "duckling/en/numeral/g003-04",
    ),
    (
        "the lakh/crore abbreviations 'l' and 'Kr' clash with litres and the krone; lakh, crore, lac, lkh, cr, koti"
        " and krores are read"
    ): (
        "duckling/en/numeral/g017-07", "duckling/en/numeral/g030-06",
    ),
    "'.0012G' giga suffix: not news usage ('5G' is a network name)": (
        "duckling/en/numeral/g018-04", "duckling/zh/numeral/g020-03",
    ),
    "'-.0012G' giga suffix: not news usage ('5G' is a network name)": (
        "duckling/en/numeral/g021-06", "duckling/zh/numeral/g021-09",
    ),
    "',0012G' giga suffix: not news usage ('5G' is a network name)": (
        "duckling/vi/numeral/g014-04",
    ),
    "'-,0012G' giga suffix: not news usage ('5G' is a network name)": (
        "duckling/vi/numeral/g015-05",
    ),
    "'one twenty two' = 122 is spoken digit grouping, not news writing": (
        "duckling/en/numeral/g023-00", "duckling/en/numeral/g023-01",
    ),
    "'không' on its own means 'not' in running Vietnamese text": (
        "duckling/vi/numeral/g001-01",
    ),
    "一對 (a pair) is a measure word phrase, value 1 pair": (
        "duckling/zh/numeral/g003-04",
    ),
    "一雙 (a pair) is a measure word phrase, value 1 pair": (
        "duckling/zh/numeral/g003-05",
    ),
    "五對 (five pairs) counts pairs: value 5 with unit pair": (
        "duckling/zh/numeral/g004-03",
    ),
    "五雙 (five pairs) counts pairs: value 5 with unit pair": (
        "duckling/zh/numeral/g004-04",
    ),
    "1半 is not a standard written form": (
        "duckling/zh/numeral/g022-03",
    ),
    "二份一 is Cantonese for 1/2, not written news Chinese": (
        "duckling/zh/numeral/g022-08",
    ),
    "十份十一 is Cantonese, not written news Chinese": (
        "duckling/zh/numeral/g014-04",
    ),
    "一又十分一 (Cantonese form of 1 1/10), not written news Chinese": (
        "duckling/zh/numeral/g014-05",
    ),
    (
        "compound money with the smaller unit left off ('$20 43', '3 GBP and one') or spelled ('forty-five "
        "cents'): not news usage; the written '$20 and 43 cents' is read"
    ): (
        "duckling/en/money/g007-03", "duckling/en/money/g011-00", "duckling/en/money/g011-01",
        "duckling/en/money/g012-01", "duckling/en/money/g012-05", "duckling/en/money/g012-06",
        "duckling/en/money/g013-03", "duckling/en/money/g025-03", "duckling/en/money/g025-04",
        "duckling/en/money/g033-00", "duckling/en/money/g033-03", "duckling/vi/money/g005-03",
        "duckling/vi/money/g012-00", "duckling/vi/money/g012-01", "duckling/vi/money/g020-00",
        "duckling/vi/money/g020-03", "recognizers/en/currency/97", "recognizers/en/currency/99",
        "recognizers/en/currency/101", "recognizers/en/currency/103",
    ),
    "Duckling keeps the low end unscaled (7 for '7-9 lakh'); news reads 700000": (
        "duckling/en/money/g035-00",
    ),
    "五個半 Cantonese money idiom (5.5 dollars)": (
        "duckling/zh/money/g005-00",
    ),
    "個半 Cantonese money idiom (1.5 dollars)": (
        "duckling/zh/money/g006-00",
    ),
    "一個半 Cantonese money idiom (1.5 dollars)": (
        "duckling/zh/money/g006-01",
    ),
    "個九 Cantonese money idiom (1.9 dollars)": (
        "duckling/zh/money/g007-00",
    ),
    (
        "spoken zh money with the last unit left off (一块二, 两毛五, 三蚊零四): not written news usage, and unsafe to "
        "read ('三块五花肉' is three pieces of pork belly); the written form 一块二角 is read"
    ): (
        "duckling/zh/money/g011-02", "duckling/zh/money/g011-03", "duckling/zh/money/g012-02",
        "duckling/zh/money/g012-03",
    ),
    "千分之N/万分之N is a fraction (N/1000, N/10000); Recognizers restates it in percent units": (
        "recognizers/zh/percent/37", "recognizers/zh/percent/38", "recognizers/zh/percent/39",
        "recognizers/zh/percent/40", "recognizers/zh/percent/41", "recognizers/zh/percent/42",
        "recognizers/zh/percent/43", "recognizers/zh/percent/44", "recognizers/zh/percent/45",
        "recognizers/zh/percent/46", "recognizers/zh/percent/47",
    ),
    "a money amount is a number claim for us (1 USD)": (
        "recognizers/zh/number/280", "recognizers/zh/number/281", "recognizers/zh/number/284",
        "recognizers/zh/number/286",
    ),
    (
        "'rose/reduced from X to Y' is a change between two stated figures, each a claim (the link step "
        "checks the change); quantulum reads one range and scores its mean"
    ): (
        "quantulum/en/quantity/24", "quantulum/en/quantity/94",
    ),
    (
        "the article in 'a gallon', 'a penny' is not a stated number: read as 1 it would make every '$4 a "
        "gallon', 'twice a year' a claim"
    ): (
        "quantulum/en/quantity/23", "quantulum/en/quantity/39",
    ),
    "'($99.99)' as a negative is accounting-table notation; in news prose parentheses enclose an aside": (
        "quantulum/en/quantity/80",
    ),
    (
        "'three million, two hundred & forty' is cheque style; in news prose a comma after a spelled number "
        "separates figures ('three million, two hundred of them')"
    ): (
        "quantulum/en/quantity/86",
    ),
    "bare year: a date or time: periods are not amounts (DESIGN.md), the period parser reads them": (
        "quantulum/en/quantity/3", "quantulum/en/quantity/25", "quantulum/en/quantity/55",
        "quantulum/en/quantity/63",
    ),
    "powers inside units or with a superscript minus (km^3, J/m^2, 2.48×10−5): not news usage; '1.1^23' is read": (
        "quantulum/en/quantity/11", "quantulum/en/quantity/15", "quantulum/en/quantity/16",
        "quantulum/en/quantity/30", "quantulum/en/quantity/59",
    ),
    "quantulum reads 'dozen'/'gross'/'gigaannum' as units of 1": (
        "quantulum/en/quantity/51", "quantulum/en/quantity/52", "quantulum/en/quantity/53",
    ),
    "a lone numeral character with no measure word is part of a word in running Chinese (统一, 十分)": (
        "duckling/zh/numeral/g004-01", "duckling/zh/numeral/g004-02", "recognizers/zh/number/36",
        "recognizers/zh/number/75", "recognizers/zh/number/154", "recognizers/zh/number/306",
        "recognizers/zh/number/307", "recognizers/zh/number/309", "recognizers/zh/number/310",
        "recognizers/zh/number/311",
    ),
    "'percent of N' word order is not news usage": (
        "recognizers/en/percent/9", "recognizers/en/percent/10", "recognizers/en/percent/11",
        "recognizers/en/percent/12",
    ),
    (
        "compound ordinal denominators (twenty-fifths, 'one hundred thirty fifths'): the simple ones, to "
        "trillionths, are read"
    ): (
        "recognizers/en/number/96", "recognizers/en/number/97", "recognizers/en/number/98",
        "recognizers/en/number/99", "recognizers/en/number/100", "recognizers/en/number/101",
        "recognizers/en/number/102", "recognizers/en/number/107", "recognizers/en/number/108",
        "recognizers/en/number/109", "recognizers/en/number/110", "recognizers/en/number/126",
    ),
    "分 alone is minutes/points/cents: not read as money without 钱": (
        "duckling/zh/money/g001-00", "duckling/zh/money/g001-01", "duckling/zh/money/g002-00",
        "duckling/zh/money/g002-01", "duckling/zh/money/g003-00", "duckling/zh/money/g003-01",
    ),
    (
        "spoken 折/成 forms (对折, 半折, 半成, 七成六, spaced digits '7 2 折'): the written 八折, 8.5折, 七五折"
        " and 三成 are read"
    ): (
        "recognizers/zh/percent/0", "recognizers/zh/percent/4", "recognizers/zh/percent/6",
        "recognizers/zh/percent/13", "recognizers/zh/percent/16", "recognizers/zh/percent/17",
        "recognizers/zh/percent/107",
    ),
}
KNOWN_DISAGREEMENTS: dict[str, str] = {case: reason for reason, cases in _DISAGREEMENTS.items() for case in cases}


@dataclass
class Score:
    cases: int = 0
    expected: int = 0
    matched_expected: int = 0
    predicted: int = 0
    matched_predicted: int = 0
    unit_named: int = 0  # matched amounts whose expected currency is unambiguous
    unit_right: int = 0  # ... and the claim's unit is that currency
    failures: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.cases += other.cases
        self.expected += other.expected
        self.matched_expected += other.matched_expected
        self.predicted += other.predicted
        self.matched_predicted += other.matched_predicted
        self.unit_named += other.unit_named
        self.unit_right += other.unit_right
        self.failures.extend(other.failures)

    @property
    def recall(self) -> float:
        return self.matched_expected / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 1.0

    @property
    def unit_agreement(self) -> float | None:
        return self.unit_right / self.unit_named if self.unit_named else None


def _close(a: Decimal | float, b: float) -> bool:
    x = float(a)
    return abs(x - b) <= 1e-9 * max(abs(x), abs(b)) or abs(x - b) < 1e-12


def _entity_matches(e: dict[str, Any], c: Claim) -> bool:
    if e.get("ignore_resolution"):
        return True
    v = e.get("value")
    if v is None and ("min" in e or "max" in e):
        bound = e.get("bound")
        lo, hi = e.get("min"), e.get("max")
        if bound == "between" and lo is not None and hi is not None:
            return c.high is not None and _close(c.value, lo) and _close(c.high, hi)
        if bound == "under" and hi is not None:
            return c.hedge == "under" and _close(c.value, hi)
        if bound == "above" and lo is not None:
            return c.hedge in ("over", "at_least") and _close(c.value, lo)
        return False
    if not isinstance(v, (int, float)):
        return False
    if _close(c.value, v):
        return True
    if c.unit == "price_ratio" and e.get("unit") == "%" and _close(c.value * 100, v):
        return True  # "八折": a price ratio of 0.8 is the suite's "80%" (of the original price)
    if e.get("unit") == "Cent" and c.unit in _YUAN_UNITS and _close(c.value * _YUAN_UNITS[c.unit], v):
        return True  # Duckling counts 角/毛 in cents of the yuan (分): "2角" = 2 jiao = 20 fen
    if c.high is not None and "uncertainty" in e:
        return _close((c.value + c.high) / 2, v)
    return False


# Chinese money units in fen (分, a hundredth of a yuan), the unit Duckling's zh "Cent" counts in
_YUAN_UNITS = {"jiao": Decimal(10), "CNY": Decimal(100)}


def _overlap(e: dict[str, Any], c: Claim) -> bool:
    if "start" not in e or c.start is None or c.end is None:
        return True
    return bool(c.start < e["end"] and e["start"] < c.end)


# Source unit names that denote one currency whatever the text (Duckling writes ISO codes for most).
_CENT_NAMES = frozenset({"Cent", "Penny"})


def _expected_currency(e: dict[str, Any]) -> str | None:
    """Our unit key for an expected money entity, when the suite names it unambiguously."""
    if e.get("iso"):
        return str(e["iso"])
    unit = str(e.get("unit") or "")
    if unit in _CENT_NAMES:
        return "cent"
    if unit == "Pence":
        return "GBX"
    if len(unit) == 3 and unit.isupper():
        return unit
    return None  # "Dollar", "Pound", "Unnamed": which one depends on the text


def _same_currency(unit: str, currency: str) -> bool:
    """Two units of one currency (jiao and fen of the yuan, pence and pounds)."""
    try:
        return is_currency(unit) and is_currency(currency) and same_dimension(unit, currency)
    except Exception:
        return False


def _filter(claims: list[Claim], what: str) -> list[Claim]:
    if what == "percent":  # Recognizers counts percentage points (and 折 price ratios) as percents too
        return [c for c in claims if c.unit in ("percent", "point", "price_ratio")]
    if what == "money":  # amounts of money, and prices per unit ("$ 1.40 a share" is USD/share)
        return [c for c in claims if is_currency(c.unit.split("/")[0])]
    return claims


def score_record(rec: dict[str, Any], what: str) -> Score:
    s = Score(cases=1)
    claims = _filter(extract(rec["text"], rec["lang"]), what)
    expected = [
        e for e in rec.get("expected") or [] if e.get("value") is not None or "min" in e or "max" in e
    ]
    if rec.get("negative"):
        expected = []
    s.expected = len(expected)
    s.predicted = len(claims)
    used: set[int] = set()
    for e in expected:
        for k, c in enumerate(claims):
            if k not in used and _overlap(e, c) and _entity_matches(e, c):
                used.add(k)
                s.matched_expected += 1
                currency = _expected_currency(e) if what == "money" or rec["kind"] == "money" else None
                if currency == "cent" and rec["lang"] == "zh":
                    currency = "fen"  # Duckling's zh Cent is 分, a hundredth of the yuan
                if currency is not None:
                    s.unit_named += 1
                    s.unit_right += c.unit == currency or _same_currency(c.unit.split("/")[0], currency)
                break
    # a range is one entity in these suites and two claims here (one per end): the upper end of a
    # matched range counts as matched too
    index = {c.id: k for k, c in enumerate(claims)}
    for upper, carrier in range_pairs(claims).items():
        if index.get(carrier) in used and upper in index:
            used.add(index[upper])
    s.matched_predicted = len(used)
    if s.matched_expected < s.expected or s.matched_predicted < s.predicted:
        got = ", ".join(
            f"{c.text!r}={c.value}{'-' + str(c.high) if c.high is not None else ''} {c.unit}" for c in claims
        )
        want = ", ".join(
            f"{e.get('text')!r}={e.get('value', (e.get('min'), e.get('max')))} {e.get('unit') or ''}".rstrip()
            for e in expected
        )
        s.failures.append(f"{rec['id']}: {rec['text'][:80]!r}\n      want [{want}]\n      got  [{got}]")
    return s


def _records(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _ratio(x: float | None) -> str:
    return "" if x is None else f"{x:.3f}"


def has_single_value(rec: dict[str, Any]) -> bool:
    """Whether a case names at least one expected entity by a single value (not only a range, not
    nothing): the cases an independent scorer keeps."""
    return any(e.get("value") is not None for e in rec.get("expected") or [])


# the figure with no exclusion, per suite, from the last run_corpora (cases with a single value)
ALL_CASES: dict[str, Score] = {}


def run_corpora(
    root: Path, failures: str | None = None, out: Callable[[str], None] = print
) -> dict[str, Score]:
    results: dict[str, Score] = {}
    out(
        f"{'suite':36} {'cases':>5} {'expect':>6} {'recall':>7} {'prec':>7} {'unit':>6}"
        "   | excluded: cases recall  prec | all: cases recall  prec"
    )
    for suites, label in ((IN_SCOPE, "in scope"), (SECONDARY, "secondary")):
        out(f"-- {label}")
        for name, what in suites.items():
            path = root / f"{name}.jsonl"
            if not path.is_file():
                out(f"{name:36} (missing)")
                continue
            head, excl, every = Score(), Score(), Score()
            for rec in _records(path):
                sc = score_record(rec, what)
                (excl if rec["id"] in KNOWN_DISAGREEMENTS else head).add(sc)
                if has_single_value(rec):
                    every.add(sc)
            results[name] = head
            ALL_CASES[name] = every
            out(
                f"{name:36} {head.cases:5d} {head.expected:6d} {head.recall:7.3f} {head.precision:7.3f}"
                f" {_ratio(head.unit_agreement):>6}   | {excl.cases:5d} {excl.recall:6.3f} {excl.precision:6.3f}"
                f" | {every.cases:5d} {every.recall:6.3f} {every.precision:6.3f}"
            )
            if failures and failures in name:
                for f in head.failures:
                    out("   " + f)
                for f in excl.failures:
                    out("   (excluded) " + f)
    out("")
    out("all: every case that names a single value, KNOWN_DISAGREEMENTS included (an independent scorer's view)")
    out(f"KNOWN_DISAGREEMENTS: {len(KNOWN_DISAGREEMENTS)} cases, excluded from the headline figures above:")
    for case_id, reason in sorted(KNOWN_DISAGREEMENTS.items()):
        out(f"  {case_id:40} {reason}")
    return results


# --- real articles -------------------------------------------------------------------------------

_REPO = Path(__file__).resolve().parent.parent
REAL_KEY = _REPO / "eval" / "extraction"
REAL_ARTICLES = _REPO.parent / "shared" / "realworld"


def _fraction(value: str | Decimal) -> Fraction:
    return Fraction(value) if isinstance(value, str) else Fraction(value)


def _sub_unit_factor(claim_unit: str, key_unit: str) -> Fraction | None:
    """How many of the key's currency one of the claim's is, when the claim is in a sub-unit of it
    (pence and GBP, US cents and USD, jiao and CNY); None otherwise."""
    ours, theirs = claim_unit.split("/")[0], key_unit.split("/")[0].upper()
    if ours == theirs or not (is_currency(ours) and is_currency(theirs)):
        return None
    try:
        return Fraction(conversion_factor(ours, theirs))
    except Exception:
        return None


def real_value_matches(claim: Claim, key_value: str, key_unit: str = "") -> bool:
    """The claim's value equals the key's, allowing the claim's written precision (see the docstring)."""
    want = _fraction(key_value)
    step = claim.precision if claim.precision is not None else written_precision(claim.value)
    exponent = claim.value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < 0:  # the last digit the value carries ("two thirds")
        step = max(step, Decimal(1).scaleb(exponent))
    factor = _sub_unit_factor(claim.unit, key_unit) if key_unit else None
    for scale in (Fraction(1), factor) if factor is not None else (Fraction(1),):
        got = Fraction(claim.value) * scale
        if got == want or abs(got - want) * 2 <= Fraction(step) * scale:
            return True
    return False


@dataclass
class RealScore:
    articles: int = 0
    expected: int = 0
    matched_expected: int = 0
    predicted: int = 0
    matched_predicted: int = 0
    on_non_quantity: int = 0  # claims whose span overlaps a number the key calls a non-quantity
    failures: list[str] = field(default_factory=list)

    def add(self, other: RealScore) -> None:
        for name in ("articles", "expected", "matched_expected", "predicted", "matched_predicted", "on_non_quantity"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures.extend(other.failures)

    @property
    def recall(self) -> float:
        return self.matched_expected / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 1.0


def _spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_real(key: dict[str, Any], text: str, lang: str) -> RealScore:
    """One article's claims against its key (matching as the module docstring says)."""
    s = RealScore(articles=1)
    claims = [c for c in extract(text, lang) if c.start is not None and c.end is not None]
    quantities = key.get("quantities") or []
    s.expected, s.predicted = len(quantities), len(claims)
    used: set[int] = set()
    missed = []
    for q in quantities:
        for k, c in enumerate(claims):
            if k not in used and _spans_overlap((c.start, c.end), (q["start"], q["end"])) and real_value_matches(  # type: ignore[arg-type]
                c, q["value"], q.get("unit", "")
            ):
                used.add(k)
                s.matched_expected += 1
                break
        else:
            missed.append(q)
    s.matched_predicted = len(used)
    name = key.get("file", "?")
    for q in missed:
        near = [c for c in claims if _spans_overlap((c.start, c.end), (q["start"], q["end"]))]  # type: ignore[arg-type]
        got = ", ".join(f"{c.text!r}={c.value} {c.unit}" for c in near) or "nothing"
        s.failures.append(f"{name} missed {q['text']!r}={q['value']} {q['unit']}  [{_around(text, q)}]  got {got}")
    non = key.get("not_quantities") or []
    for k, c in enumerate(claims):
        if k in used:
            continue
        why = [n["why"] for n in non if _spans_overlap((c.start, c.end), (n["start"], n["end"]))]  # type: ignore[arg-type]
        s.on_non_quantity += bool(why)
        what = f"key says {why[0]}" if why else "not in the key as a quantity with this value"
        s.failures.append(
            f"{name} extra  {c.text!r}={c.value} {c.unit}  [{_around(text, {'start': c.start, 'end': c.end})}]  {what}"
        )
    return s


def _around(text: str, span: dict[str, Any], width: int = 30) -> str:
    a, b = span["start"], span["end"]
    return (text[max(0, a - width):a] + "⟦" + text[a:b] + "⟧" + text[b:b + width]).replace("\n", " ")


def _disputed(key_dir: Path) -> dict[str, list[dict[str, Any]]]:
    path = key_dir / "disputed.json"
    if not path.is_file():
        return {}
    out: dict[str, list[dict[str, Any]]] = {}
    for d in json.loads(path.read_text(encoding="utf-8")):
        out.setdefault(d["key"], []).append(d)
    return out


def _our_way(key: dict[str, Any], disputes: list[dict[str, Any]]) -> dict[str, Any]:
    """The key with each disputed span read our way: the entries overlapping it replaced by ours."""
    quantities = list(key.get("quantities") or [])
    non = list(key.get("not_quantities") or [])
    for d in disputes:
        span = (d["start"], d["end"])
        quantities = [q for q in quantities if not _spans_overlap((q["start"], q["end"]), span)]
        non = [n for n in non if not _spans_overlap((n["start"], n["end"]), span)]
        for ours in d["ours"]:
            entry = {"start": ours.get("start", d["start"]), "end": ours.get("end", d["end"]), "text": d["text"],
                     **ours}
            (non if "why" in ours else quantities).append(entry)
    quantities.sort(key=lambda q: q["start"])
    return {**key, "quantities": quantities, "not_quantities": non}


def run_real(
    key_dir: Path = REAL_KEY,
    articles: Path = REAL_ARTICLES,
    failures: str | None = None,
    out: Callable[[str], None] = print,
) -> dict[str, RealScore]:
    """Value recall and precision of ``validator.extract`` per language on the real-article key."""
    keys = sorted((key_dir / "key").glob("*.json"))
    if not keys:
        raise SystemExit(f"no key files in {key_dir / 'key'}")
    disputed = _disputed(key_dir)
    results: dict[str, RealScore] = {}
    ours: dict[str, RealScore] = {}
    for path in keys:
        key = json.loads(path.read_text(encoding="utf-8"))
        lang = key["file"].split("/", 1)[0]
        article = articles / key["file"]
        if not article.is_file():
            raise SystemExit(f"article {article} not found (the key reads ../shared/realworld; see --articles)")
        text = article.read_text(encoding="utf-8")
        results.setdefault(lang, RealScore()).add(score_real(key, text, lang))
        ours.setdefault(lang, RealScore()).add(score_real(_our_way(key, disputed.get(path.name, [])), text, lang))
    n_disputed = sum(len(v) for v in disputed.values())
    out(f"{'language':10} {'articles':>8} {'key qty':>8} {'claims':>7} {'recall':>7} {'prec':>7} {'on non-qty':>10}"
        f"   | disputed ({n_disputed}) read our way: recall  prec")
    for lang in sorted(results):
        r, o = results[lang], ours[lang]
        out(f"{lang:10} {r.articles:8d} {r.expected:8d} {r.predicted:7d} {r.recall:7.3f} {r.precision:7.3f}"
            f" {r.on_non_quantity:10d}   | {'':24}{o.recall:6.3f} {o.precision:6.3f}")
        if failures and failures in (lang, "all"):
            for f in r.failures:
                out("   " + f)
    out("A development figure: the extractor was tuned while reading this key's misses (eval/extraction/).")
    return results


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
    from validator.extract import extract

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
    sp.add_argument("seeds", type=Path, nargs="?", default=Path(__file__).resolve().parent.parent / "seeds")
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
    sc.add_argument("--source", type=Path, default=Path(__file__).resolve().parent.parent / "seeds",
                    help="the articles copied (default: seeds/)")
    lo = sub.add_parser("long", help="one 1, 5 and 20 MB document: extract and link times")
    lo.add_argument("--mb", type=float, nargs="+", default=[1, 5, 20])
    lo.add_argument("--languages", nargs="+", default=["en", "vi", "zh"])
    lo.add_argument("--repeat", type=int, default=1)
    rd = sub.add_parser("redos", help="extraction time per character on adversarial strings (ReDoS check)")
    rd.add_argument("--n", type=int, nargs="+", default=[1_000, 10_000, 100_000], help="lengths to time")
    rd.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is shown")
    args = ap.parse_args(argv)
    if args.cmd in ("startup", "peers", "scale", "long"):
        from validator import bench_speed as speed

        if args.cmd == "startup":
            speed.run_startup(args.repeat)
        elif args.cmd == "peers":
            speed.run_peers(args.repeat, args.sentences)
        elif args.cmd == "scale":
            speed.run_scale(args.counts, args.jobs, args.repeat, args.format, args.source)
        else:
            speed.run_long(args.mb, args.languages, args.repeat)
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


if __name__ == "__main__":
    raise SystemExit(main())
