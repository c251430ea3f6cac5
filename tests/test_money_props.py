"""Properties of the money rules, checked against exact Fraction arithmetic."""

from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidwizard.core.admin.schema import decimal_text, read_decimal
from tidwizard.core.money import (
    format_amount,
    json_amount,
    round_to_krona,
    row_sum,
    to_ore,
    vat_amount,
)


def decimals(low: str, high: str, places: int) -> st.SearchStrategy[Decimal]:
    return st.decimals(Decimal(low), Decimal(high), places=places, allow_nan=False)


amounts = decimals("-9999999.99", "9999999.99", 2)
quantities = decimals("-99999.99", "99999.99", 2)
prices = decimals("0", "999999.99", 2)
discounts = decimals("0", "100", 2)
vat_rates = st.sampled_from([Decimal(0), Decimal(6), Decimal(12), Decimal(25)])


def reference_ore(exact: Fraction) -> Fraction:
    """Round half away from zero to hundredths, as Swedish invoices do."""
    magnitude = math.floor(abs(exact) * 100 + Fraction(1, 2))
    return Fraction(magnitude if exact >= 0 else -magnitude, 100)


@given(quantities, prices, discounts)
def test_row_sum_is_exact_to_the_ore(value: Decimal, rate: Decimal, discount: Decimal) -> None:
    exact = Fraction(value) * Fraction(rate) * (1 - Fraction(discount) / 100)
    result = row_sum(value, rate, discount)
    assert Fraction(result) == reference_ore(exact)
    assert result.as_tuple().exponent == -2


@given(quantities, prices)
def test_row_sum_without_discount_equals_zero_discount(value: Decimal, rate: Decimal) -> None:
    assert row_sum(value, rate) == row_sum(value, rate, Decimal(0))


@given(amounts, vat_rates)
def test_vat_is_exact_to_the_ore_and_symmetric(net: Decimal, rate: Decimal) -> None:
    assert Fraction(vat_amount(net, rate)) == reference_ore(Fraction(net) * Fraction(rate) / 100)
    assert vat_amount(-net, rate) == -vat_amount(net, rate)


@given(amounts)
def test_round_to_krona_gives_whole_kronor_within_half_a_krona(total: Decimal) -> None:
    rounded, rounding = round_to_krona(total)
    assert abs(rounding) <= Decimal("0.50")
    assert total + rounding == rounded
    assert rounded == rounded.to_integral_value()
    assert rounding.as_tuple().exponent == -2


@given(amounts)
def test_whole_kronor_need_no_rounding(total: Decimal) -> None:
    whole = total.to_integral_value()
    assert round_to_krona(whole)[1] == 0


def parse_swedish(text: str) -> Decimal:
    return Decimal(text.replace("\u00a0", "").replace(",", "."))


def parse_english(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


@given(decimals("-99999999999.999", "99999999999.999", 3))
def test_format_amount_round_trips(amount: Decimal) -> None:
    swedish = format_amount(amount, "sv")
    english = format_amount(amount, "en")
    assert parse_swedish(swedish) == to_ore(amount)
    assert parse_english(english) == to_ore(amount)
    assert "." not in swedish
    assert swedish.rsplit(",", 1)[1].isdigit() and len(swedish.rsplit(",", 1)[1]) == 2


@given(amounts)
def test_json_amount_has_exactly_two_decimals(amount: Decimal) -> None:
    text = json_amount(amount)
    assert Decimal(text) == amount
    whole, fraction = text.lstrip("-").split(".")
    assert whole.isdigit() and len(fraction) == 2


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_stored_decimal_text_is_plain_notation_and_reads_back_exactly(amount: Decimal) -> None:
    text = decimal_text(amount)
    assert text == format(amount, "f")  # never exponent form, whatever the exponent
    assert "E" not in text and read_decimal(text) == amount


@pytest.mark.parametrize("value", ["NaN", "-Infinity", "sNaN"])
def test_a_non_finite_decimal_is_never_stored(value: str) -> None:
    with pytest.raises(ValueError):
        decimal_text(Decimal(value))
