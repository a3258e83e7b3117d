"""The public `validator.extract(text, language)`: what an editor gets for each number (value, unit, span)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pint.errors import DimensionalityError

import validator.extract as vx
from validator.lexicon import LANGUAGES, lexicon
from validator.model import Claim
from validator.units import conversion_factor, is_currency

D = Decimal


def one(text: str, lang: str) -> Claim:
    found = vx.extract(text, lang)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("HK$5 million", "en", "HKD"),
        ("Rs 42 crore", "en", "INR"),
        ("5 Swiss francs", "en", "CHF"),
        ("50 cents", "en", "cent"),
        ("RM42 million", "en", "MYR"),
        ("300 港元", "zh", "HKD"),
        ("5毛钱", "zh", "jiao"),
        ("20 新台币", "zh", "TWD"),
        ("42 dirham", "vi", "AED"),
        ("42 Saudi riyals", "en", "SAR"),
        ("42 Qatari riyals", "en", "QAR"),
        ("42 Egyptian pounds", "en", "EGP"),
        ("42 Lebanese pounds", "en", "LBP"),
        ("42 Kuwaiti dinars", "en", "KWD"),
        ("ten shekels", "en", "ILS"),
        ("42 malaysian ringgit", "en", "MYR"),
        ("10 tugriks", "en", "MNT"),
    ],
)
def test_currency_of_a_claim_is_kept(text: str, lang: str, unit: str) -> None:
    # these were once turned into "item" because the unit registry did not know them
    c = one(text, lang)
    assert c.unit == unit and is_currency(c.unit)


def test_every_lexicon_currency_is_a_registered_currency() -> None:
    for lang in LANGUAGES:
        for key in lexicon(lang).units.currencies:
            assert is_currency(str(key)), (lang, key)


def test_jiao_is_a_tenth_of_a_yuan_and_cents_are_never_converted() -> None:
    assert conversion_factor("jiao", "CNY") == D("0.1")
    assert is_currency("cent") and not is_currency("percent") and not is_currency("item")
    with pytest.raises(DimensionalityError):
        conversion_factor("cent", "USD")


def test_jin_is_a_mass() -> None:
    c = one("卖了3斤猪肉", "zh")
    assert (c.value, c.unit) == (D(3), "mass_jin")
    assert conversion_factor("mass_jin", "kg") == D("0.5")


def test_years_are_periods_not_claims() -> None:
    assert vx.extract("In 2024 sales rose", "en") == []
    assert [c.text for c in vx.extract("sales were 2024 units", "en")] == ["2024 units"]


def test_pounds_alone_stay_sterling() -> None:
    assert one("5 pounds", "en").unit == "GBP"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("about ninety minutes", D(90), "minute"), ("a 90-minute match", D(90), "minute"),
     ("a 10-second clip", D(10), "second")],
)
def test_minutes_and_seconds(text: str, value: Decimal, unit: str) -> None:
    c = one(text, "en")
    assert (c.value, c.unit) == (value, unit)


def test_second_as_an_ordinal_is_not_a_claim() -> None:
    assert vx.extract("sales in the second quarter", "en") == []


@pytest.mark.parametrize(("text", "lang"), [("the 5G rollout", "en"), ("a 3G phone", "en"), ("5G网络覆盖", "zh"),
                                            ("3D打印", "zh"), ("mạng 5G", "vi")])
def test_digit_and_letter_codes_are_not_claims(text: str, lang: str) -> None:
    assert vx.extract(text, lang) == []


def test_grams_are_a_lower_case_g() -> None:
    assert [(c.text, c.unit) for c in vx.extract("20g of sugar, 20 grams of salt", "en")] == [
        ("20g", "g"), ("20 grams", "g")]
    assert one("5kW的电机", "zh").unit == "kW"
