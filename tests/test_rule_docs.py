"""Every rule's docstring is its documentation (`claimcheck explain CODE`), written in the same sections:
a one-line summary, what it checks, why it matters, a failing and a passing example."""

from __future__ import annotations

import inspect
import re

import pytest

from validator.rules import RULES, Rule

SECTIONS = ("Why: ", "Fails: ", "Passes: ")


def paragraphs(rule: type[Rule]) -> list[str]:
    return [p.strip() for p in inspect.cleandoc(rule.__doc__ or "").split("\n\n") if p.strip()]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_the_docstring_has_its_sections(rule: type[Rule]) -> None:
    parts = paragraphs(rule)
    assert parts, f"{rule.code}: no docstring"
    summary, body = parts[0], parts[1:]
    assert "\n" not in summary and summary.endswith("."), f"{rule.code}: the summary is one sentence on one line"
    why = next((i for i, p in enumerate(body) if p.startswith("Why: ")), None)
    assert why is not None, f"{rule.code}: no 'Why: ' paragraph"
    assert why >= 1, f"{rule.code}: say what it checks between the summary and 'Why: '"
    examples = "\n".join(body[why + 1 :])
    assert re.search(r"^Fails: \S", examples, re.M), f"{rule.code}: no failing example ('Fails: ') after 'Why: '"
    assert re.search(r"\bPasses: \S", examples), f"{rule.code}: no passing example ('Passes: ') after 'Why: '"


def test_the_summary_is_what_the_catalogue_shows() -> None:
    for rule in RULES:
        assert rule.summary() == paragraphs(rule)[0]
        assert all(section in rule.documentation() for section in SECTIONS)
