"""Which suites the corpora benchmark scores, and the cases whose expectation disagrees with news usage
(scored apart from the headline figure, each with the reason)."""

from __future__ import annotations

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
