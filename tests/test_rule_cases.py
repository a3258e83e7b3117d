"""Rule cases as data: each `tests/rules/<CODE>.yml` case is a small article and claim set, run through
the engine, with the findings (and optionally the check statuses) of that one rule it must produce.

Case fields: name, article, claims, relations, expect (list of {severity, claim?, message?, accepted?,
computed?}), checks (statuses of the rule's checks, any order), exit (status of `claimcheck check`),
language, date, others ({stem: {article, claims}}: sibling claim files for cross-file references).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from validator import cli
from validator.engine import check
from validator.rules import RULES

CASES_DIR = Path(__file__).parent / "rules"
CODES = {rule.code for rule in RULES}


class _CaseLoader(yaml.SafeLoader):
    """Numbers keep their written digits (as in claim files): 70.50 stays Decimal('70.50')."""


_CaseLoader.add_constructor(
    "tag:yaml.org,2002:float", lambda loader, node: Decimal(str(loader.construct_scalar(node)))
)


class _ClaimDumper(yaml.SafeDumper):
    pass


_ClaimDumper.add_representer(
    Decimal, lambda dumper, d: dumper.represent_scalar("tag:yaml.org,2002:float", str(d))
)


def load_case_files() -> dict[str, dict[str, Any]]:
    return {p.stem: yaml.load(p.read_text(encoding="utf-8"), Loader=_CaseLoader)
            for p in sorted(CASES_DIR.glob("*.yml"))}


CASE_FILES = load_case_files()
PARAMS = [
    pytest.param(data["rule"], case, id=f"{data['rule']}_{case['name']}")
    for data in CASE_FILES.values()
    for case in data["cases"]
]


def write_claim_file(folder: Path, stem: str, article: str, body: dict[str, Any]) -> Path:
    (folder / f"{stem}.txt").write_text(article, encoding="utf-8")
    data: dict[str, Any] = {"article": f"{stem}.txt"}
    for key in ("language", "date"):
        if key in body:
            data[key] = body[key]
    data["claims"] = body.get("claims", [])
    data["relations"] = body.get("relations", [])
    path = folder / f"{stem}.yaml"
    text = yaml.dump(data, Dumper=_ClaimDumper, allow_unicode=True, sort_keys=False)
    path.write_text(text, encoding="utf-8")
    return path


def _matches(finding: Any, want: dict[str, Any]) -> bool:
    if finding.severity.value != want["severity"]:
        return False
    if "claim" in want and finding.claim != want["claim"]:
        return False
    if "message" in want and want["message"] not in finding.message:
        return False
    if "accepted" in want and (finding.accepted is not None) != want["accepted"]:
        return False
    for key, value in want.get("computed", {}).items():
        got = getattr(finding.computed, key, None)
        if got is None or got != pytest.approx(float(value), rel=2e-3):
            return False
    return True


@pytest.mark.parametrize(("code", "case"), PARAMS)
def test_rule_case(
    code: str, case: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for stem, other in case.get("others", {}).items():
        write_claim_file(tmp_path, stem, other["article"], other)
    path = write_claim_file(tmp_path, "case", case["article"], case)
    report = check([path])
    assert report.errors == []
    findings = [f for f in report.findings if f.rule == code]
    unmatched = list(findings)
    for want in case["expect"]:
        hit = next((f for f in unmatched if _matches(f, want)), None)
        assert hit is not None, f"no {code} finding like {want}; got {[f.model_dump() for f in unmatched]}"
        unmatched.remove(hit)
    assert unmatched == [], f"unexpected {code} findings: {[(f.severity, f.message) for f in unmatched]}"
    if "checks" in case:
        assert sorted(c.status for c in report.checks if c.rule == code) == sorted(case["checks"])
    if "exit" in case:
        assert cli.main(["check", str(path), "--format", "json"]) == case["exit"]
        capsys.readouterr()


def test_every_rule_has_cases() -> None:
    for code in sorted(CODES):
        assert code in CASE_FILES, f"tests/rules/{code}.yml is missing"
        cases = CASE_FILES[code]["cases"]
        failing = [c for c in cases if c["expect"]]
        passing = [c for c in cases if not c["expect"]]
        counts = f"{code}: {len(failing)} failing, {len(passing)} passing"
        assert len(failing) >= 2 and len(passing) >= 2, counts


def test_case_files_name_known_rules() -> None:
    for stem, data in CASE_FILES.items():
        assert data["rule"] in CODES, f"{stem}.yml names unknown rule {data['rule']!r}"
        assert stem == data["rule"], f"{stem}.yml holds cases of {data['rule']}"


def test_case_names_are_unique() -> None:
    ids = [p.id for p in PARAMS]
    assert len(ids) == len(set(ids))
