"""Scoring `validator.extract` against the blind-labelled key of real published articles
(`eval/extraction/`): `python -m validator.bench real`."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from validator.bench.corpora import Matches
from validator.extract import extract
from validator.intervals import written_precision
from validator.model import Claim
from validator.units import conversion_factor, is_currency

_REPO = Path(__file__).resolve().parent.parent.parent
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
class RealScore(Matches):
    articles: int = 0
    on_non_quantity: int = 0  # claims whose span overlaps a number the key calls a non-quantity
    failures: list[str] = field(default_factory=list)

    def add(self, other: RealScore) -> None:
        for name in ("articles", "expected", "matched_expected", "predicted", "matched_predicted", "on_non_quantity"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures.extend(other.failures)


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
