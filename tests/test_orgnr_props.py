"""Properties of organisationsnummer parsing, over generated valid numbers in every usual form."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import luhn

from tidwizard.core.orgnr import OrgNrError, OrgNrKind, parse_orgnr, same_orgnr


@st.composite
def legal_entity_digits(draw: st.DrawFn) -> str:
    body = (
        draw(st.text("0123456789", min_size=2, max_size=2))
        + draw(st.sampled_from("23456789"))
        + draw(st.text("0123456789", min_size=6, max_size=6))
    )
    return body + luhn.calc_check_digit(body)


@st.composite
def sole_trader_digits(draw: st.DrawFn) -> tuple[str, str]:
    """A personnummer: (century, 10 digits)."""
    born = draw(st.dates(min_value=dt.date(1920, 1, 1), max_value=dt.date(2005, 12, 31)))
    serial = draw(st.text("0123456789", min_size=3, max_size=3))
    body = born.strftime("%y%m%d") + serial
    return born.strftime("%Y")[:2], body + luhn.calc_check_digit(body)


@st.composite
def written(draw: st.DrawFn, digits: str, century: str | None) -> str:
    """One way a person might type the number."""
    prefix = draw(st.sampled_from(["", century or "16"]))
    separator = draw(st.sampled_from(["", "-", " ", " - "]))
    padding = draw(st.sampled_from(["", " ", "  "]))
    return f"{padding}{prefix}{digits[:6]}{separator}{digits[6:]}{padding}"


@given(st.data(), legal_entity_digits())
def test_any_form_of_a_legal_entity_normalises_to_the_same_digits(
    data: st.DataObject, digits: str
) -> None:
    text = data.draw(written(digits, None))
    parsed = parse_orgnr(text)
    assert parsed.digits == digits
    assert parsed.kind is OrgNrKind.LEGAL_ENTITY
    assert parse_orgnr(parsed.formatted) == parsed


@given(st.data(), sole_trader_digits())
def test_any_form_of_a_personnummer_is_a_sole_trader(
    data: st.DataObject, person: tuple[str, str]
) -> None:
    century, digits = person
    parsed = parse_orgnr(data.draw(written(digits, century)))
    assert parsed.digits == digits
    assert parsed.kind is OrgNrKind.SOLE_TRADER


@given(
    st.one_of(legal_entity_digits(), sole_trader_digits().map(lambda p: p[1])),
    st.integers(0, 9),
    st.integers(1, 9),
)
def test_changing_one_digit_breaks_the_check_digit(digits: str, position: int, shift: int) -> None:
    changed = str((int(digits[position]) + shift) % 10)
    broken = digits[:position] + changed + digits[position + 1 :]
    with pytest.raises(OrgNrError) as caught:
        parse_orgnr(broken)
    assert caught.value.code == "checksum"


@given(st.data(), legal_entity_digits())
def test_same_orgnr_is_format_independent_and_symmetric(data: st.DataObject, digits: str) -> None:
    a = data.draw(written(digits, None))
    b = data.draw(written(digits, None))
    assert same_orgnr(a, b)
    assert same_orgnr(b, a)


@given(legal_entity_digits(), legal_entity_digits())
def test_different_numbers_are_not_the_same(a: str, b: str) -> None:
    assert same_orgnr(a, b) == (a == b)
    assert same_orgnr(a, b) == same_orgnr(b, a)


@given(st.text(max_size=20), st.text(max_size=20))
def test_same_orgnr_never_raises_and_is_symmetric(a: str, b: str) -> None:
    assert same_orgnr(a, b) == same_orgnr(b, a)
