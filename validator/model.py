"""The records everything else passes around (pydantic): claims, quantities, periods, relations,
claim files, findings, checks and reports.

A claim file (`claims/<article-stem>.yaml`) is a `ClaimFile`; its JSON Schema is `claimcheck schema`.
Values read from text are `Decimal` and stay exact; floats exist only in report payloads for display.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from validator.intervals import Hedge, written_precision
from validator.limits import MIN_YEARS, number_problem

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]*$"
REF_PATTERN = r"^([A-Za-z0-9][A-Za-z0-9_.\-]*#)?[A-Za-z0-9][A-Za-z0-9_.\-]*$"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Modality(StrEnum):
    ACTUAL = "actual"
    FORECAST = "forecast"
    TARGET = "target"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False)


class Span(Strict):
    """Code-point offsets into the document text, end exclusive."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)


def _period_schema(schema: dict[str, Any]) -> None:
    """Let the JSON Schema admit the shorthands that `Period._shorthand` reads (2024, "2024-Q3")."""
    whole = dict(schema)
    schema.clear()
    schema.update(title=whole.get("title", "Period"), description=whole.get("description", ""),
                  anyOf=[{"type": "integer"}, {"type": "string", "minLength": 1}, whole])


class Period(Strict):
    """The time a figure covers. In YAML: `2024`, `"2024-Q3"`, `"2025-01..2025-05"`, or {start, end}."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_period_schema)
    start: dt.date | None = None
    end: dt.date | None = None
    label: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if isinstance(data, (int, Decimal)) or (isinstance(data, str) and data.strip()):
            return parse_period_label(str(data))
        return data

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(f"period ends ({self.end}) before it starts ({self.start})")
        return self

    @property
    def years(self) -> Decimal | None:
        """Length in years (for CAGR and 'over ten years')."""
        if self.start is None or self.end is None:
            return None
        return Decimal((self.end - self.start).days + 1) / Decimal("365.25")

    def same_as(self, other: Period) -> bool | None:
        """True/False when both are known, None when either is unknown."""
        if self.start is None or other.start is None:
            return None
        return (self.start, self.end) == (other.start, other.end)

    def within(self, outer: Period) -> bool:
        """This period lies inside `outer` (False when either is unknown)."""
        if self.start is None or self.end is None or outer.start is None or outer.end is None:
            return False
        return outer.start <= self.start and self.end <= outer.end

    def within_years(self, span: Period) -> bool:
        """This period lies inside `span`, a span of years ("“十一五”期间…其中2010年…", "during 2016-2020 …, of
        which … in 2020")."""
        if self.start is None or self.end is None or span.start is None or span.end is None:
            return False
        return span.end.year > span.start.year and span.start <= self.start and self.end <= span.end

    def __str__(self) -> str:
        if self.label:
            return self.label
        if self.start and self.end:
            return f"{self.start.isoformat()}..{self.end.isoformat()}"
        return "?"


_QUARTERS = {1: (1, 3), 2: (4, 6), 3: (7, 9), 4: (10, 12)}


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def parse_period_label(label: str) -> dict[str, Any]:
    """'2024' -> the year; '2024-Q3'; '2024-H1'; '2025-05' (a month); 'A..B' a range of those."""
    text = label.strip()
    if ".." in text:
        a, b = text.split("..", 1)
        first, last = parse_period_label(a), parse_period_label(b)
        return {"start": first["start"], "end": last["end"], "label": text}
    if m := re.fullmatch(r"(\d{4})", text):
        y = int(m[1])
        return {"start": dt.date(y, 1, 1), "end": dt.date(y, 12, 31), "label": text}
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", text):
        y, q = int(m[1]), int(m[2])
        first_month, last_month = _QUARTERS[q]
        return {"start": dt.date(y, first_month, 1), "end": _month_end(y, last_month), "label": text}
    if m := re.fullmatch(r"(\d{4})-H([12])", text):
        y, h = int(m[1]), int(m[2])
        return {"start": dt.date(y, 1 if h == 1 else 7, 1), "end": _month_end(y, 6 if h == 1 else 12), "label": text}
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        y, mo = int(m[1]), int(m[2])
        if 1 <= mo <= 12:
            return {"start": dt.date(y, mo, 1), "end": _month_end(y, mo), "label": text}
    raise ValueError(
        f"period {label!r} is not a year (2024), quarter (2024-Q3), half (2024-H1), month (2025-05) "
        "or a range of those (2025-01..2025-05)"
    )


class Accepted(Strict):
    """A finding the editors know about and accept (e.g. a source error quoted as published)."""

    rule: str
    reason: str = Field(min_length=3)


class Quantity(Strict):
    """A number as stated: exact value in base units, unit key, written precision, hedge."""

    value: Decimal
    unit: str
    precision: Decimal
    hedge: Hedge | None = None
    high: Decimal | None = None  # upper end of a range ("3-4%")
    reading: Literal["as_much", "more"] | None = None  # for multiples


class Claim(Strict):
    """One numeric claim: what was written, where, and what it is a number of."""

    id: Annotated[str, Field(pattern=ID_PATTERN)]
    text: str = Field(min_length=1, description="The number as written, e.g. '12,866 triệu chiếc'.")
    quote: str | None = Field(default=None, description="The words around it, used to find it again.")
    span: Span | None = None
    value: Decimal = Field(description="Exact value in base units; its written digits set the precision: "
                           "'12.866e6' (precision 1000), '17e6' (1e6), 70.5 (0.1).")
    unit: str = Field(min_length=1, description="Unit key: vehicle, CNY, USD, VND, percent, point, times, GWh, "
                      "item...")
    precision: Decimal | None = Field(default=None, ge=0, description="Step of the last significant digit; "
                                      "default from how value is written; 0 means exact.")
    hedge: Hedge | None = None
    high: Decimal | None = None
    reading: Literal["as_much", "more"] | None = None
    period: Period | None = None
    subject: str | None = None
    metric: str | None = None
    modality: Modality = Modality.ACTUAL
    language: str | None = None
    note: str | None = None
    accepted: list[Accepted] = Field(default_factory=list)

    @field_validator("value", "precision", "high", mode="before")
    @classmethod
    def _no_float(cls, v: Any) -> Any:
        # A float has already lost what the writer wrote; the YAML loader hands us Decimals or strings.
        return Decimal(repr(v)) if isinstance(v, float) else v

    @field_validator("value", "precision", "high", mode="after")
    @classmethod
    def _bounded(cls, v: Decimal | None) -> Decimal | None:
        problem = None if v is None else number_problem(v)
        if problem is not None:
            raise ValueError(problem)
        return v

    @model_validator(mode="after")
    def _range_ordered(self) -> Claim:
        if self.high is not None and self.high < self.value:
            raise ValueError(f"high ({self.high}) is below value ({self.value}): a range runs from value up to high")
        return self

    @property
    def start(self) -> int | None:
        return self.span.start if self.span else None

    @property
    def end(self) -> int | None:
        return self.span.end if self.span else None

    @property
    def quantity(self) -> Quantity:
        precision = self.precision if self.precision is not None else written_precision(self.value)
        return Quantity(value=self.value, unit=self.unit, precision=precision, hedge=self.hedge,
                        high=self.high, reading=self.reading)


Ref = Annotated[str, Field(pattern=REF_PATTERN, description="A claim id, or 'file-stem#id' for another file.")]


class RelationBase(Strict):
    id: str | None = None
    note: str | None = None
    confidence: Literal["declared", "cued", "plausible"] = Field(
        default="declared",
        description="declared: reviewed; cued: inferred from cue words that clearly designate the operands; "
        "plausible: inferred from context alone (a failure is reported as unverifiable, never an error).",
    )
    evidence: str | None = Field(default=None, description="For inferred relations: which operands were "
                                 "chosen and why (the wording that designates them, the readings weighed).")


class ShareRelation(RelationBase):
    """`share` is `part` as a percentage of `whole`. A part the text names as a group of listed figures ("those
    three specialties", "hai địa bàn này", "两省合计") is their sum: `addends`, with no `part`."""

    kind: Literal["share"]
    share: Ref
    part: Ref | None = None
    whole: Ref | None = None
    addends: list[Ref] | None = Field(default=None, min_length=2)


class ChangeRelation(RelationBase):
    """`change` is the change from `base` to `current` (percent, points, or an amount). A percentage change may
    also be written as an amount, `delta` ("up 5.2 million, or 3.1%, to 172 million"): the base is then
    current - delta (or the current base + delta) when not given, and checked against delta when it is.
    With no `change`, the wording states only the direction of the move from `base` to `current` ("fell to
    $61.2bn from $58.9bn", "由3.2%升至3.5%", "từ 12 tỷ xuống 9 tỷ"): the two figures must allow it."""

    kind: Literal["change"]
    change: Ref | None = Field(default=None, description="The stated change; none when the wording gives only a "
                               "direction between base and current.")
    direction: Literal["up", "down"] = "up"
    current: Ref | None = None
    base: Ref | None = None
    delta: Ref | None = Field(default=None, description="The same change written as an amount, in the direction "
                              "of `direction` (\"up 5.2 million, or 3.1%\", \"比上年增加1110万吨，增长1.6%\").")


class MultipleRelation(RelationBase):
    """`multiple` says how many times `base` the `current` figure is."""

    kind: Literal["multiple"]
    multiple: Ref
    base: Ref
    current: Ref


class CagrRelation(RelationBase):
    """`rate` is the compound annual growth from `base` to `current` (periods give the years)."""

    kind: Literal["cagr"]
    base: Ref
    current: Ref
    rate: Ref | None = None
    years: Decimal | None = Field(default=None, description="At least 1/12 (one month).")

    @field_validator("years", mode="after")
    @classmethod
    def _enough_years(cls, v: Decimal | None) -> Decimal | None:
        if v is None:
            return v
        problem = number_problem(v)
        if problem is None and not v >= MIN_YEARS:
            problem = f"must be at least 1/12 (one month), got {v}"
        if problem is not None:
            raise ValueError(problem)
        return v


class PartsRelation(RelationBase):
    """`parts` are components of `whole`; `complete: true` says they should add up to it. With no `whole`, the
    parts are percentages of one whole: they add up to at most 100% (to 100% when complete)."""

    kind: Literal["parts"]
    whole: Ref | None = None
    parts: list[Ref] = Field(min_length=1)
    complete: bool = False


class SubsetRelation(RelationBase):
    """The top-`k` (`inner`) are among the top-`m` (`outer`): inner <= outer and inner >= k/m of outer."""

    kind: Literal["subset"]
    inner: Ref
    outer: Ref
    k: int | None = Field(default=None, ge=1)
    m: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _k_within_m(self) -> SubsetRelation:
        if self.k is not None and self.m is not None and self.k > self.m:
            raise ValueError(f"k ({self.k}) is larger than m ({self.m}): the top-k lie within the top-m")
        return self


class EnumerationRelation(RelationBase):
    """`count` announces a number of items; `items` are the quotes of the items actually listed."""

    kind: Literal["enumeration"]
    count: Ref
    items: list[str] = Field(min_length=1)


class RestatementRelation(RelationBase):
    """The claims state the same figure (same subject, metric and, where known, period)."""

    kind: Literal["restatement"]
    claims: list[Ref] = Field(min_length=2)
    same_period: bool = Field(default=False, description="The statements name one period in the same words (\"前10个"
                              "月\", \"at the end of September\"), though the claims carry no calendar dates.")


class DurationRelation(RelationBase):
    """`duration` (e.g. "over ten years") should match the time from `start` to `end` (years)."""

    kind: Literal["duration"]
    duration: Ref
    start: int
    end: int


Relation = Annotated[
    ShareRelation | ChangeRelation | MultipleRelation | CagrRelation | PartsRelation | SubsetRelation
    | EnumerationRelation | RestatementRelation | DurationRelation,
    Field(discriminator="kind"),
]


class ClaimFile(Strict):
    """A reviewed claim file: the article it describes, its claims, and the relations between them."""

    article: str = Field(description="Path of the article, relative to this file.")
    language: str | None = Field(default=None, description="The article's language: one with a lexicon file.",
                                 json_schema_extra=lambda schema: _languages_schema(schema))
    date: dt.date | None = Field(default=None, description="The article's date, for 'this year' etc.")
    claims: list[Claim] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str | None) -> str | None:
        from validator.lexicon import LANGUAGES  # the lexicon files present: adding a language is adding one

        if value is not None and value not in LANGUAGES:
            raise ValueError(f"no lexicon for language {value!r}; expected one of {', '.join(LANGUAGES)}")
        return value


def _languages_schema(schema: dict[str, Any]) -> None:
    from validator.lexicon import LANGUAGES

    schema["anyOf"] = [{"enum": list(LANGUAGES), "type": "string"}, {"type": "null"}]


# --- results -------------------------------------------------------------------------------------


class SpanText(BaseModel):
    start: int
    end: int
    text: str


class Stated(BaseModel):
    value: float | None
    low: float | None
    high: float | None
    unit: str


class Finding(BaseModel):
    rule: str
    name: str
    severity: Severity
    path: str
    line: int
    column: int
    start: int
    end: int
    text: str
    message: str
    stated: Stated | None = None
    computed: Stated | None = None
    related: list[SpanText] = Field(default_factory=list)
    accepted: str | None = None
    claim: str | None = None
    evidence: str | None = None  # inferred relations: why these operands

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.start, self.end, self.rule, self.message)


class Check(BaseModel):
    rule: str
    status: Literal["pass", "fail", "unverifiable"]
    path: str
    start: int
    end: int
    text: str
    message: str
    related: list[SpanText] = Field(default_factory=list)
    evidence: str | None = None  # inferred relations: why these operands

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.path, self.start, self.end, self.rule, self.message)


class DocumentSummary(BaseModel):
    path: str  # as reports show it (relative to the working directory when inside it)
    language: str
    claims: int
    source: str | None = None  # the claim file, when the document was checked through one
    # What renderers need and JSON leaves out: the text all offsets index, and where each reviewed claim of
    # a claim file stands in it (HTML marks claims no rule touched too).
    text: str | None = Field(default=None, exclude=True, repr=False)
    claim_spans: list[tuple[int, int]] | None = Field(default=None, exclude=True, repr=False)


class InputProblem(BaseModel):
    """A file that could not be checked (exit status 2), reported beside the others."""

    path: str
    line: int | None = None
    column: int | None = None
    message: str


class Report(BaseModel):
    version: int = 1
    documents: list[DocumentSummary] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    errors: list[InputProblem] = Field(default_factory=list)
    summary: dict[str, int] = Field(default_factory=dict)

    def finalize(self) -> Report:
        self.documents.sort(key=lambda d: d.path)
        self.findings.sort(key=Finding.sort_key)
        self.checks.sort(key=Check.sort_key)
        counts = {"error": 0, "warning": 0, "info": 0}
        for f in self.findings:
            if f.accepted is None:
                counts[f.severity.value] += 1
        counts["accepted"] = sum(1 for f in self.findings if f.accepted is not None)
        counts["checks"] = len(self.checks)
        counts["passed"] = sum(1 for c in self.checks if c.status == "pass")
        counts["unverifiable"] = sum(1 for c in self.checks if c.status == "unverifiable")
        counts["input_errors"] = len(self.errors)
        self.summary = counts
        return self

    def worst(self, include_accepted: bool = False) -> Severity | None:
        ranked = [f.severity for f in self.findings if include_accepted or f.accepted is None]
        return max(ranked, key=lambda s: s.rank) if ranked else None
