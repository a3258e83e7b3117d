"""Half-open rounding cells (validator.intervals.rounding_cell) and the top-k rule that reads them (NR106).

A figure rounded half away from zero stands for a half-open cell: "96%" is [95.5, 96.5). Neighbouring cells
tile the line, so two figures whose cells only touch cannot both hold ("top 5: 96%, top 3: 97%"). Closed
intervals, which every other rule uses, keep their behaviour: touching ends meet.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

from hypothesis import assume, given
from hypothesis import strategies as st

from validator.document import Document
from validator.engine import Options, evaluate
from validator.intervals import Interval, rounding_cell, rounding_interval
from validator.model import ClaimFile, Report, Span
from validator.rules import ClaimSet

steps = st.sampled_from([Decimal("1"), Decimal("0.1"), Decimal("0.01"), Decimal("10"), Decimal("0.5")])
values = st.integers(-10_000, 10_000)


def written(true: Fraction, step: Decimal, mode: str = ROUND_HALF_UP) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        d = Decimal(true.numerator) / Decimal(true.denominator)
        return (d / step).quantize(Decimal(1), rounding=mode) * step


# --- literal cases ------------------------------------------------------------------------------------


def test_cell_of_a_percentage_is_half_open() -> None:
    cell = rounding_cell(Decimal(96), Decimal(1))
    assert (cell.low, cell.high, cell.low_open, cell.high_open) == (Fraction(191, 2), Fraction(193, 2), False, True)
    assert cell.contains(Fraction(191, 2)) and not cell.contains(Fraction(193, 2))
    assert not cell.meets(rounding_cell(Decimal(97), Decimal(1)))
    assert rounding_cell(Decimal(96), Decimal(1)).meets(rounding_cell(Decimal("96.5"), Decimal("0.1")))


def test_negative_and_zero_cells_round_away_from_zero() -> None:
    neg = rounding_cell(Decimal(-2), Decimal(1))
    assert (neg.low_open, neg.high_open) == (True, False)
    assert neg.contains(Fraction(-3, 2)) and not neg.contains(Fraction(-5, 2))
    zero = rounding_cell(Decimal(0), Decimal(1))
    assert (zero.low_open, zero.high_open) == (True, True)
    assert not zero.contains(Fraction(1, 2)) and not zero.contains(Fraction(-1, 2))


def test_closed_intervals_keep_their_behaviour() -> None:
    a, b = rounding_interval(Decimal(96), Decimal(1)), rounding_interval(Decimal(97), Decimal(1))
    assert (a.low_open, a.high_open) == (False, False)
    assert a.meets(b) and b.meets(a)
    assert Interval(Fraction(1), Fraction(2)) + Interval(Fraction(3), Fraction(4)) == Interval(Fraction(4), Fraction(6))


def test_open_ends_follow_arithmetic() -> None:
    cell = rounding_cell(Decimal(96), Decimal(1))
    assert (cell.scale(-1).low_open, cell.scale(-1).high_open) == (True, False)
    assert cell.shift(1).high_open and (cell + rounding_interval(Decimal(1), Decimal(1))).high_open
    hull = cell.hull(Interval(Fraction(90), Fraction(193, 2)))
    assert hull.high == Fraction(193, 2) and not hull.high_open


# --- properties ---------------------------------------------------------------------------------------


@given(values, steps)
def test_neighbouring_cells_never_meet_though_their_closed_intervals_touch(v: int, step: Decimal) -> None:
    value = Decimal(v) * step
    here, there = rounding_cell(value, step), rounding_cell(value + step, step)
    assert not here.meets(there) and not there.meets(here)
    assert rounding_interval(value, step).meets(rounding_interval(value + step, step))


@given(st.fractions(min_value=-1000, max_value=1000, max_denominator=1000), steps)
def test_a_rounded_figure_holds_the_truth_in_its_cell(true: Fraction, step: Decimal) -> None:
    value = written(true, step)
    cell = rounding_cell(value, step)
    assert cell.contains(true)
    # and no other cell holds it
    assert not rounding_cell(value + step, step).contains(true)
    assert not rounding_cell(value - step, step).contains(true)


@given(st.fractions(min_value=0, max_value=100, max_denominator=1000), steps)
def test_a_cell_is_exactly_the_values_that_round_to_it(x: Fraction, step: Decimal) -> None:
    value = written(x, step)
    for probe in (x, rounding_cell(value, step).low, rounding_cell(value, step).high):
        assert probe is not None
        assert rounding_cell(value, step).contains(probe) == (written(probe, step) == value)


# --- NR106 through the engine ---------------------------------------------------------------------------


def run_subset(inner: tuple[Decimal, Decimal], outer: tuple[Decimal, Decimal], k: int, m: int) -> Report:
    claims = [{"id": "inner", "text": "<inner>", "value": inner[0], "precision": inner[1], "unit": "percent"},
              {"id": "outer", "text": "<outer>", "value": outer[0], "precision": outer[1], "unit": "percent"}]
    data = ClaimFile.model_validate({"article": "mem.txt", "claims": claims,
                                     "relations": [{"kind": "subset", "inner": "inner", "outer": "outer",
                                                    "k": k, "m": m}]})
    text = "<inner> | <outer>"
    anchors = {c.id: Span(start=text.index(c.text), end=text.index(c.text) + len(c.text)) for c in data.claims}
    claimset = ClaimSet(Document("mem.txt", text, "en"), {c.id: c for c in data.claims}, list(data.relations),
                        "mem.yaml", "mem", dict(anchors))
    report = Report()
    evaluate([claimset], [], Options(), report)
    return report.finalize()


def severities(report: Report) -> list[str]:
    return [f.severity.value for f in report.findings if f.rule == "NR106"]


def test_touching_cells_of_top_k_figures_are_an_error() -> None:
    assert severities(run_subset((Decimal(97), Decimal(1)), (Decimal(96), Decimal(1)), 3, 5)) == ["error"]
    assert severities(run_subset((Decimal(49), Decimal(1)), (Decimal(48), Decimal(1)), 5, 10)) == ["error"]
    assert severities(run_subset((Decimal(96), Decimal(1)), (Decimal(96), Decimal(1)), 3, 5)) == []
    assert severities(run_subset((Decimal("96.6"), Decimal("0.1")), (Decimal(96), Decimal(1)), 3, 5)) == ["error"]
    assert severities(run_subset((Decimal("96.5"), Decimal("0.1")), (Decimal(96), Decimal(1)), 3, 5)) == []


@given(st.fractions(min_value=1, max_value=100, max_denominator=10_000), st.fractions(0, 1, max_denominator=100),
       steps, steps, st.sampled_from([ROUND_HALF_UP, ROUND_DOWN]), st.integers(1, 9), st.integers(1, 10))
def test_consistent_top_k_figures_never_raise_an_error(outer: Fraction, t: Fraction, s_in: Decimal, s_out: Decimal,
                                                       mode: str, k: int, extra: int) -> None:
    """True shares with top-k between k/m of top-m and top-m, both written in one rounding mode: no error (a
    truncating writer may get a warning at the k/m floor, where the rounding cell is one reading of two)."""
    m = k + extra
    inner = outer * k / m + t * (outer - outer * k / m)
    if mode == ROUND_DOWN:
        assume(s_in == s_out)  # one writer, one table: a truncating writer truncates both at one precision
    w_in, w_out = written(inner, s_in, mode), written(outer, s_out, mode)
    assume(w_out > 0)
    found = severities(run_subset((w_in, s_in), (w_out, s_out), k, m))
    assert "error" not in found
    if mode == ROUND_HALF_UP:
        assert found == []
