"""The schema of a lexicon file (`validator/lexicons/<lang>.yaml`): one typed model per section.

Every model forbids keys it does not declare, so a misspelt or unknown key is an error when the file is
loaded (see `validator.lexicon.loader`), never a silently empty table. Numbers are read as `Decimal`.
A section written as ``{label: [words]}`` (units, subjects, metrics…) is a `Table`; its labels are data.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, RootModel

Words = list[str]
Table = dict[str, list[str]]  # label -> words (the labels are data: unit keys, subject names…)


class Strict(BaseModel):
    """A section of a lexicon: unknown keys are errors; read-only once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Ranges(Strict):
    """Two numbers written as one range figure ("5-10", "between 5 and 10"), and what makes a "from A to
    B" a change rather than a range. The words of a range ("to") and of a change ("from") are
    `Comparison` roles."""

    connectors: Words = []  # symbols between the ends ("-", "~")
    open_ends: Words = []  # a mark left open on the first end ("8- to 16-meter")
    pair_starts: dict[str, str] = {}  # "between" -> "and"
    # verbs before "from A to B" or "A to B" that make it a change (beside the cues' rise and fall words)
    change_verbs: Words = []
    # at most this many characters (no number, no clause break) between a change word and A in "A to B"
    change_window: int = 32
    # a word right before A that makes it a change's size ("by 400m euros to 2.5bn euros", vi "thêm")
    change_links: Words = []


class FractionLink(Strict):
    """Two numbers that state one share of a group ("one in four", "two out of three", vi "cứ 8 người thì
    có một"): read as one fraction spanning both."""

    link: str  # regex between the numbers (after the first one's unit, where it has one)
    before: str | None = None  # regex that must end right before the first number ("cứ")
    order: Literal["num_den", "den_num"] = "num_den"  # which number is written first
    end: str | None = None  # regex that must follow the second number (then any fraction is read)


class Numerals(Strict):
    """How numbers are written: digits, number words, fractions, percentages and multiples."""

    decimal_mark: str = "."
    group_mark: str = ","
    token_gap: str = r"\s+"  # regex between two spelled tokens of one numeral
    atoms: dict[str, Decimal] = {}
    multipliers: dict[str, Decimal] = {}
    scales: dict[str, Decimal] = {}
    format_scales: Words = []
    format_group_min_digits: int = 4
    suffix_scales: dict[str, Decimal] = {}
    # where the `suffix_scales` glued to digits ("3k", "1,2M") are a scale: None, always; a list of cue words
    # (regexes, right before the number: "达", "đạt"), only where an amount is meant: a unit, currency,
    # percent or hedge goes with the number, a cue stands before it, or it stands alone on its line; elsewhere
    # in the text the token is a name ("3M" the company, "24k" gold, "5K" a resolution or a race)
    suffix_scale_cues: Words | None = None
    money_suffix_scales: dict[str, Decimal] = {}
    zero_links: Words = []
    zero_alone: Words = []
    connectors: Words = []
    decimal_words: Words = []
    ellipsis: Literal["all"] | Words = []
    half_after: Words = []
    half_after_count: Words = []  # a classifier with a half after a count ("五个半" = 5.5)
    negative_words: Words = []
    # before_unit_counted: before a unit only where a `counted_after` word comes first ("trong một ngày")
    # after_fraction: as the denominator right after a numerator-first fraction word ("ba phần tư" = 3/4)
    restricted: dict[str, list[Literal["after_multiplier", "before_multiplier", "before_unit", "after_zero_link",
                                       "before_fraction", "before_unit_counted", "after_fraction"]]] = {}
    lone_digit_needs_unit: bool = False
    approx_infix: dict[str, str] = {}
    fraction_numerator_first: Words = []
    fraction_words: dict[str, Decimal] = {}
    # a word that is a fraction only standing alone right after a hedge (zh "过半", "近半", "逾半": more than, nearly
    # half), never before what `fraction_after_hedge_not_before` matches ("近半年" is nearly half a year)
    fraction_after_hedge: dict[str, Decimal] = {}
    fraction_after_hedge_not_before: str | None = None
    fraction_denominator_first: Words = []
    fraction_scale_links: Words | None = None
    fraction_joiners: Words = []
    denominators: dict[str, Decimal] = {}
    slash_fractions: bool = False
    plus_minus: Words = []
    percent_prefix: Words = []
    # percent words written before the number they lead only where that number closes its phrase ("percent
    # of 10" = 10%): no number stands before the percent word, and `phrase_end` follows the number (not "the
    # percent of 10-year-olds", "percent of 10 members", "percent of 2024": there the number counts or dates)
    percent_prefix_closing: Words = []
    phrase_end: str = r"\s*(?:[.,;:!?)\]]|\Z)"  # regex: what may follow a number that closes its phrase
    percent_suffix: Words = []
    points_suffix: Words = []
    multiple_prefix: dict[str, str] = {}
    multiple_suffix: Words = []
    # a half said after the multiple word ("hai lần rưỡi", "两倍半" = 2.5×): the count and a half
    multiple_half_after: Words = []
    multiple_words: dict[str, Decimal] = {}
    reading_after: dict[str, str] = {}
    reading_before: dict[str, str] = {}
    unit_fillers: Words = []
    ranges: Ranges = Ranges()
    span_words: dict[str, Decimal] = {}  # spans of years written without a numeral ("more than a decade")
    span_leads: dict[str, Decimal] = {}  # the words that lead a span word: a count, or 0 for "the"
    # the indefinite articles among the atoms ("a", "one", "một", "一"): a count only where one is asserted;
    # shown as "article" when skipped
    articles: Words = []
    # words (regexes) after which an article before a unit asserts a count ("chỉ một doanh nghiệp" only one
    # company, "trong một ngày" within one day)
    counted_after: Words = []
    counted_within: Words = []  # the same before a span of time only ("trong một ngày"; not "trong một lần")
    # denominators that also name a period: a fraction only below one ("three quarters" = 3/4; "six
    # quarters" are six quarters)
    period_denominators: Words = []
    # False: digits after a spelled scale word start a new number ("$5 million 1 January")
    digits_after_scale: bool = True
    fraction_links: list[FractionLink] = []
    # tenths written with a suffix, by what they are: {percent: ["成"], price_ratio: ["折"]} (regexes)
    tenths_suffix: dict[Literal["percent", "price_ratio"], Words] = {}
    # number words that are part of another word before these regexes ("tỷ lệ" a ratio, "triệu phú" a
    # millionaire, zh "打八折" the verb 打 before a number)
    not_numeral_before: Table = {}
    # number words that count only right after a numeral (zh 打, a dozen: "五打" is 60; "打造" is a verb)
    only_after_numeral: Words = []


class Hedges(Strict):
    """Words that make a figure approximate or a bound, before or after it, by kind (about, over…)."""

    before: Table = {}
    after: Table = {}
    # hedge words that mean "out of" right after a count ("26 mã trên 30 mã": 26 of the 30, not over 30)
    out_of: Words = []


class PerUnit(Strict):
    """Per-unit prices and rates: the denominator stays in the unit ("80.000 đồng/kg" -> VND/kg), so a
    price is never added to an amount. After a slash any denominator; after one of `words` ("per", "a")
    the goods only ("70 million passengers a year" stays a count); `before` marks a denominator written
    before the number (zh "每吨1000元")."""

    words: Words = []
    before: Words = []
    goods: Table = {}  # unit key -> words (kg, tonne, barrel, share…)
    time: Table = {}  # unit key -> words (year, month…): after a slash only


class Units(Strict):
    """Unit words after a number, currency marks before it, measure words and compound amounts."""

    words: Table = {}  # unit key -> words naming it right after the number
    prefix: Table = {}  # currency key -> marks written before the number ("$", "US$")
    currencies: Words = []
    measure_words: Table = {}
    nouns: Table = {}
    noun_window: int = 6
    # unit nouns a measure word counts when written right after it (zh 个 + 月 = months, 个 + 小时 = hours, 个 +
    # 基点 = basis points): the measure word and its noun make the unit ("10个月", "3个多月")
    measured: Table = {}
    # words that end the phrase a measure word or generic count opens (verbs and function words): the noun
    # after one belongs to the predicate ("712家达到国家标准": 家 counts what came before, not 国家)
    noun_stops: Words = []
    # unit words that name the unit of a bare number written right after them ("总诊疗人次95.5亿": visits)
    named_before: Table = {}
    # count nouns that name no thing of their own ("units"): the figure counts the thing its sentence names
    # before it, by one of the unit words of `generic_count_of` ("passenger vehicle exports rose to 524,000
    # units": vehicles); with none named, its unit is the word's own key ("1,200 housing units": items)
    generic_counts: Words = []
    generic_count_of: Words = []
    # how far back the thing a generic count counts may be named: its sentence ("units"), or its paragraph
    # (a counter that takes the paragraph's topic: "…xe điện… chỉ là 12,8 nghìn chiếc. Từ 12,8 nghìn chiếc…")
    generic_count_reach: Literal["sentence", "paragraph"] = "sentence"
    money_parts: dict[str, dict[str, Decimal]] = {}
    money_part_joiners: Words = []
    # spoken amounts that leave the last unit off ("一块二" = 1.2 CNY): the currencies, and the unit words
    # after which it may be left off
    money_clipped: Words = []
    money_clipped_after: Words = []
    per_unit: PerUnit = PerUnit()


NotClaimReason = Literal["year", "date", "time", "phone", "code", "name", "ordinal", "list", "article", "vague",
                         "word", "other"]


class NotClaims(Strict):
    """Numbers that are not claims (dates, labels, codes), as regexes consumed before numbers are read, by
    the reason shown for them (`claimcheck extract --show-skipped`)."""

    patterns: dict[NotClaimReason, Words] = {}
    year_range: tuple[int, int] = (1900, 2100)


PeriodKind = Literal["year", "fiscal", "fiscal_half", "fiscal_quarter", "fiscal_end",
                     "year_range", "decade", "month", "month_range", "day", "day_range", "quarter",
                     "first_quarters", "first_months", "last_months", "half", "ytd_to_date", "clock", "same_period",
                     "prior_period"]


class PeriodPattern(Strict):
    """One period template: a regex with placeholders ({year}, {month}…) and how its groups become dates."""

    kind: PeriodKind
    regex: str = Field(alias="re")
    horizon: bool = False
    reject_before: str | None = None


class Periods(Strict):
    """Time expressions: word -> number maps and regex templates (see `validator.extract.periods`)."""

    months: dict[str, int] = {}
    quarters: dict[str, int] = {}
    halves: dict[str, int] = {}
    counts: dict[str, int] = {}
    relative_years: dict[str, int] = {}
    # five-year plans by their first year ("十四五" 2021-2025): {plan} reads as {year} to {year2}
    plans: dict[str, int] = {}
    range_connectors: Words = []  # symbols between the ends of a range; its words have the comparison role `range`
    patterns: list[PeriodPattern] = []


class Parts(Strict):
    listed: Words = []
    exhaustive: Words = []


class Top(Strict):
    lead: Words = []
    trail: Words = []


class InlineList(Strict):
    """A list written next to its count: after the count's noun ("three factors: A, B and C", "ba yếu tố
    là A, B và C"), or right before the count ("A、B和C 3种模式")."""

    before_count: bool = False
    # after the count: what opens the list, and a verb that ends it ("…, B and C have emerged")
    opening: str = ":"
    stop: str = "(?!)"
    # after the count: a clause about the last item (or the whole list) that follows it after a comma
    # ("…, B and C, which is pushing…", "…, B và C, vốn đang…"): the list ends there, and the sentence's
    # remaining words are that clause, not another item
    trailer: str = "(?!)"
    # before the count: the marks that open its clause, the words before the list there (dropped when
    # the list has a separator), and the separator of its items (besides the `list_and` words)
    clause_marks: str = r"[，,；;：:。]"
    lead: str = r"^$"
    separator: str = "、"


class Cues(Strict):
    """The words relations are read from (see `validator.link` and `validator.extract.context`), and how
    the language writes what they cue."""

    share: Words = []
    share_window: int = 24  # at most this many characters between a share word and its percentage
    total: Words = []
    change_up: Words = []
    change_down: Words = []
    change_after: bool = False  # a rise or fall word may also follow its figure ("5% higher")
    changes_cued: bool = False  # a change with no stated base still names one (the press writes 同比 by default)
    parts: Parts = Parts()
    parts_remainder: Words = []
    running_total: Words = []
    partitive: Words = []
    respectively: Words = []
    # a period named by its length alone, the article's own of that length ("in the quarter", "trong quý",
    # "当季"): {month|quarter|year: words}; never followed by a number (that names a period outright)
    period_span: dict[str, Words] = {}
    top: Top = Top()
    top_count: str = r"\s*-?\s*([0-9]+|[^\W\d_]+)"  # the count right after a `lead` word, as group 1 ("top 10")
    top_not_group: Words = []
    top_measure: Words = []  # between a top group's count and the noun it counts: "前五大院线", "前十家车企"
    top_member: Words = []
    top_member_after: Words = []
    top_member_opening: Words = []
    list_and: Words = []
    enumeration_nouns: Words = []
    ordinals: dict[int, Words] = {}
    last: Words = []
    # a list marker of `ordinals`/`last` (the {words}) where it opens a line (after a bullet: "- First,"),
    # sentence or clause
    ordinal_marker: str = r"(?:^|(?<=[\n.;:。；：！？!?]))\s*(?:[-–•*·]\s*)?(?:[\w\s]{0,24}?\s)?({words})(?=[\s,:;])"
    inline_list: InlineList = InlineList()
    # a capitalised name (of a company, a brand) before a figure; none where the script has no capitals
    entity_name: str | None = None


ComparisonRole = Literal["than", "base_period", "basis", "prior", "base", "from", "to", "range"]
COMPARISON_ROLES: tuple[ComparisonRole, ...] = get_args(ComparisonRole)


class Comparison(RootModel[dict[str, list[ComparisonRole]]]):
    """Words that tie a figure to another it is compared with or runs from, each written once with its
    roles (word -> roles; the roles are documented in the lexicon files)."""

    model_config = ConfigDict(frozen=True)

    def words(self, role: str) -> list[str]:
        """The words that have ``role``, in the order written."""
        if role not in COMPARISON_ROLES:
            raise KeyError(f"no comparison role {role!r} (expected one of {', '.join(COMPARISON_ROLES)})")
        return [word for word, roles in self.root.items() if role in roles]


class Moves(Strict):
    """Words by direction."""

    up: Words = []
    down: Words = []


class FormerLatter(Strict):
    """Words naming two things by the order the text gave them in ("the former", "the latter")."""

    former: Words = []
    latter: Words = []


class Opening(Strict):
    """Words that open (`lead`) or close (`trail`) a sentence's opening phrase."""

    lead: Words = []
    trail: Words = []


class ChangePeriod(Strict):
    """Which earlier figure a change is measured from: the same period a year before, or the period before."""

    yoy: Words = []  # "year-on-year", "同比", "so với cùng kỳ"
    prev: Words = []  # "month-on-month", "环比", "so với tháng trước"


class Measure(Strict):
    """What a change measures, said after or before it: the amount of goods, or the money they fetch."""

    volume: Words = []  # "về lượng", "by volume", "数量"
    value: Words = []  # "về giá trị", "in value terms", "金额"


class Relations(Strict):
    """How relations between figures are read (`validator.link`): word lists by role."""

    apposition: Words = []  # a figure restating the one before it in other terms ("…, or about 390,000 units")
    share_amount: Words = []  # after a share and a comma, these give its amount ("a third of exports, at 0.62m TEU")
    share_group: Words = []  # before a share, these group the figures listed before it ("together, those three …")
    named_before: Words = []  # after the words naming a share's part, these say it was named before ("aforementioned")
    anaphora: Words = []  # a clause pointing back at the figure of the sentence before ("This figure…")
    per_unit: Words = []  # between a figure and a good of `units.per_unit.goods`: a price per it ("a barrel", "一吨")
    # longer words a demonstrative sits inside that point at nothing ("此前", "因此", "this year", "so that")
    not_anaphora: Words = []
    # a sentence adverbial before the subject ("Notably, …", "Đáng chú ý, …"): it names nothing
    discourse_opener: Words = []
    standing: Words = []  # after a share's subject, its standing ("remained the largest", "继续保持"), not its part
    # a clause pointing back at the one thing the sentence before was about, of the same figure another period
    # ("this market": "Sales to China reached 42 million. In September 2023 this market bought 39 million")
    subject_anaphora: Words = []
    # a clause pointing back at the several figures named before it, each in turn ("A year earlier, the two
    # figures were …", "去年10月，这两项指标分别为…"): its k-th figure is the same thing as the k-th of those
    figures_anaphora: Words = []
    share_after: Words = []  # after a percentage, these make it a share of what follows ("15% of …")
    # a plan or estimate a percentage is a share of, named right after it ("bằng 107,4% dự toán", "98% of the
    # plan") or before it with `share_before` ("完成全年计划的47.6%"): the plan of the same thing, named by
    # that word alone
    plan: Words = []
    # opening a clause right after a comparison's period, these tell that period's figure: "so với năm 2023, khi
    # tổng thu đạt 31.270 tỷ đồng", "compared with 2023, when revenue was $4.1bn", "与2023年相比，当时…为"
    when: Words = []
    # right before a percentage, after a total word of its clause, these make it a share of that total
    # ("达到汽车新车总销量的44.8%"); languages that name the whole after the share leave it empty
    share_before: Words = []
    signed: Words = []  # a balance, never a part of a total (surplus, deficit, net)
    not_moves: Words = []  # words holding a rise or fall word without meaning one ("value-added", "新增")
    # words judging a move good or bad, not saying its way ("improved", "a gain of", "cải thiện", "恶化"): for a
    # cost ratio an improvement is a fall, so a change whose direction word is one of these has no stated way
    evaluative: Words = []
    change_period: ChangePeriod = ChangePeriod()
    measure: Measure = Measure()  # what a change measures ("giảm 3,2% về lượng nhưng tăng 47,3% về giá trị")
    cagr: Words = []  # a compound or average annual growth rate
    per_year: Words = []  # "a year", "mỗi năm", "每年" after a rate
    # relations through time (changes, CAGR, spans of years)
    reach: Words = []  # after a change, the level it reaches ("up 5% to 1.2 million")
    # the size of a move, a noun: what it reaches is the change itself, not a level ("涨幅达到50%", "mức tăng đạt 5%")
    move_size: Words = []
    base_period: ChangePeriod = ChangePeriod()  # words naming a base's period ("a year earlier", "上月")
    rate_after: Words = []  # a rate stated per year, after its figure ("8.1% a year", "/năm")
    span_words: dict[str, Decimal] = {}  # a stretch of years named by a word ("decade")
    basis_points: Words = []  # a points figure in hundredths of a point ("34 basis points")
    multiple_copula: Words = []  # between the two things a multiple compares ("约为…的2.9倍")
    former_latter: FormerLatter = FormerLatter()  # "前者是后者的近三倍": the two things before, by their order
    comparative: Moves = Moves()  # a comparison written with a comparative ("18% more than")
    # a comparative before a percentage that a comparison word follows: the size of the difference, not a bound
    # ("cao hơn 32,8% so với cùng kỳ" is 32.8% higher; English writes "32.8% higher than", and its "more than
    # 30% compared with" is a bound)
    difference_lead: Words = []
    base_before: Words = []  # right before a figure, these name it as a comparison base ("than the")
    moves: Moves = Moves()  # rise and fall words beyond cues.change_up/down
    heading: Moves = Moves()  # closing a "from A to B" pair, the way it goes ("lên", "xuống còn", "降至")
    # the verb of a "from A to B" move stands between its figures ("由A增至B"), never before them: a rise word
    # before the pair is a noun of its subject ("需求增长…将由4.6%减缓至2.6%")
    heading_between: bool = False
    rank_before: Words = []  # before a figure, these make it a rank, which rises as it falls ("từ vị trí 91 lên 82")
    base_leads_change: bool = False  # a base named before a change is its own ("较上周的17.41元下跌3.2%")
    since: Words = []  # before a year: the start of a span running to the article's year ("since 2014")
    since_after: Words = []  # after a year, likewise ("以来", "đến nay")
    span_modifier: Words = []  # after a number of years: a modifier, not a span ("a 30 year low")
    span_owner: Words = []  # before a number of years: the length of what it names ("kế hoạch 5 năm")
    span_run: Words = []  # after a modifier span and its noun: the run of years it names ("running from")
    record: Words = []  # a superlative that makes a span a look-back ("the highest in six years"), not a run of years
    # a regex: one of several alternatives laid side by side, named by its label (groups `label`, `word`, `nth`,
    # `name`): "Option A", "the second scenario", "phương án 2", "方案一"; two alternatives' figures: two subjects
    alternative: str = ""
    alternative_labels: dict[str, int | str] = {}  # the label's words, one per label ("first" and "one": 1)
    # between a change's amount and its percentage, besides rise, fall and restating words: "a rise of", "mức
    # tăng là", "升幅为"
    change_fillers: Words = []
    # between a "from A to B" pair and a rate: the rate is the cause's own change ("reflecting", "do", "受")
    cause: Words = []
    top_lead: Words = []  # (relations of structure, from here) words before a top group's count ("the big five")
    top_ratio: str = ""  # a regex: a concentration ratio's letters, ending where its count begins ("CR10")
    distributive: Words = []  # a figure shared by several things ("both", "均"): no one figure's restatement
    # longer words a distributive word sits inside that are no distributive ("人均", "cùng kỳ", "all-time"): a
    # per-head or same-period figure is one thing's figure
    not_distributive: Words = []
    # opening a sentence before a comma: its figures are parts of the sentence before's whole ("Of this, …")
    breakdown_opening: Words = []
    count_noun: str = ""  # a regex: the counted noun right after a number ("12 brands")
    # a regex: right after a number written without a unit word, a noun of its own it counts ("46 localities", "46 địa
    # phương"), not a verb or preposition after which the unit is elided ("Of these, 158,300 went to Europe")
    own_noun: str = ""
    fraction_of: str = ""  # a regex: after a fraction, what makes it a share of the noun ("hai phần ba sản lượng")
    base_of_period: str = ""  # a regex ending at a figure: a comparison word and a year make it a base ("较2023年的")
    plan_gap: str = ""  # a regex: what may stand between a share and the plan word naming its whole ("of the annual")
    marker_ends: Words = []  # what may end an ordinal list marker ("一是")
    own_whole: Words = []  # shares each of its own whole ("占其…", "their own")
    together: Words = []  # a share that sums those before it ("together", "合计")
    list_close: Words = []  # closes an enumeration: the list's items end after it ("等", "etc.", "v.v.")
    overlap: Words = []  # in a breakdown, an amount counted in two items: they overlap ("重复计算量", "trùng lặp")
    and_inside: Words = []  # words that hold a conjunction without being one ("涉及", "普及")
    # words that point back at a figure stated before instead of naming it ("the figure", "con số này", "该数字")
    pointer: Words = []
    # metric labels that name one figure when it is stated again: a product's share of its market is its
    # penetration (label -> the label it is read as)
    metric_kin: dict[str, str] = {}
    companion: Words = []  # a companion reading of the figure before it (previous reading, forecast, 前值)
    # who gives a figure is not what it is about: a clause these open or hold names a source ("according to the
    # ONS,", "Theo báo cáo của Sở…,", "据统计，")…
    source: Words = []
    # …and the words before these name a speaker ("Dr Marsh said:", "Phó Chủ tịch nhấn mạnh,", "负责人表示，")
    speech: Words = []
    # opening the clause after a comparison's earlier period, it names that time: its figure is the base ("24.9%
    # more than in March last year, when imports were 760,000 tonnes", "so với cùng kỳ, khi đó đạt …",
    # "比上年同期，当时为…")
    then_clause: Words = []
    previous_reading: Words = []  # of the companions, the figure's reading of the period before ("前值", "previous")
    whole_opening: Opening = Opening()  # a sentence opening that names the whole ("Of the …,", "医院床位中，")
    # a spread across places or things, never a move through time: the figures after these ("ranged from",
    # "dao động từ", "介于") or before these ("…不等", "…之间") are no change's or multiple's base or current
    spread_open: Words = []
    spread_close: Words = []


class Phrases(Strict):
    """What a number is about (`validator.link.phrases`): words compared after dropping these."""

    stem: bool = False  # strip plural and tense endings (en)
    han_bigrams: bool = False  # Han text is compared by character bigrams
    stop: Words = []  # words that name nothing in particular
    breaks: Words = []  # function words that break a run of Han characters
    abbreviations: dict[str, str] = {}  # an abbreviation and the words it stands for ("bđs": "bất động sản")


class Lexicon(Strict):
    """One language's lexicon file."""

    language: str
    word_boundaries: bool = True  # False: words are not separated by spaces, so a word may sit inside another
    numerals: Numerals = Numerals()
    hedges: Hedges = Hedges()
    units: Units = Units()
    not_claims: NotClaims = NotClaims()
    periods: Periods = Periods()
    comparison: Comparison = Field(default_factory=lambda: Comparison({}))
    cues: Cues = Cues()
    subjects: Table = {}
    metrics: Table = {}
    products: Table = {}
    modality: Table = {}
    relations: Relations = Relations()
    phrases: Phrases = Phrases()
