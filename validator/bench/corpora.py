"""Scoring `validator.extract` against other projects' number-extraction test suites (Duckling,
Recognizers-Text, quantulum3): `python -m validator.bench corpora`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from validator.bench.disagreements import IN_SCOPE, KNOWN_DISAGREEMENTS, SECONDARY
from validator.extract import extract
from validator.extract.claims import range_pairs
from validator.model import Claim
from validator.units import is_currency, same_dimension


@dataclass
class Matches:
    """Expected values matched (recall) and predicted claims matched (precision); shared by the benches."""

    expected: int = 0
    matched_expected: int = 0
    predicted: int = 0
    matched_predicted: int = 0

    @property
    def recall(self) -> float:
        return self.matched_expected / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        return self.matched_predicted / self.predicted if self.predicted else 1.0


@dataclass
class Score(Matches):
    cases: int = 0
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
