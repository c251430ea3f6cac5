"""Organisationsnummer: each kind of mistake gets its own code and a message that helps fix it."""

from __future__ import annotations

import pytest

from tidwizard.core.i18n import t
from tidwizard.core.orgnr import (
    OrgNr,
    OrgNrError,
    OrgNrKind,
    orgnr_error_text,
    parse_orgnr,
    same_orgnr,
)


@pytest.mark.parametrize(
    "text",
    ["556677-8899", "5566778899", " 556677 8899 ", "16556677-8899", "165566778899", "556677–8899"],
)
def test_legal_entity_in_any_usual_form(text: str) -> None:
    assert parse_orgnr(text) == OrgNr("5566778899", OrgNrKind.LEGAL_ENTITY)


@pytest.mark.parametrize("text", ["198305122387", "19830512-2387", "830512-2387", "8305122387"])
def test_sole_trader_personnummer_with_or_without_century(text: str) -> None:
    parsed = parse_orgnr(text)
    assert parsed.kind is OrgNrKind.SOLE_TRADER
    assert parsed.formatted == "830512-2387"


def test_formatted_and_str() -> None:
    assert parse_orgnr("916452 9712").formatted == "916452-9712"
    assert str(parse_orgnr("916452 9712")) == "916452-9712"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("55667A-8899", "not_digits"),
        ("SE556677889901", "not_digits"),
        ("556677/8899", "not_digits"),
        ("55667-8899", "wrong_length"),
        ("556677-88990", "wrong_length"),
        ("556677-8898", "checksum"),
        ("165566778898", "checksum"),
        ("19830512-2388", "checksum"),
        ("285566778899", "bad_prefix"),
        ("19831312-2387", "bad_date"),
        ("19830230-2387", "bad_date"),
    ],
)
def test_each_mistake_has_its_code(text: str, code: str) -> None:
    with pytest.raises(OrgNrError) as caught:
        parse_orgnr(text)
    assert caught.value.code == code
    assert str(caught.value) == orgnr_error_text(code, **caught.value.params)


def test_third_digit_below_two_and_no_personnummer_is_not_an_organisation() -> None:
    # 831312-xxxx: Luhn-valid, third digit 1, but month 13 makes it no personnummer either.
    from stdnum import luhn

    digits = "831312238" + luhn.calc_check_digit("831312238")
    with pytest.raises(OrgNrError) as caught:
        parse_orgnr(digits)
    assert caught.value.code == "not_an_organisation"


def test_future_birth_date_is_a_bad_date() -> None:
    from stdnum import luhn

    body = "991231999"  # 2099-12-31
    with pytest.raises(OrgNrError) as caught:
        parse_orgnr("20" + body + luhn.calc_check_digit(body))
    assert caught.value.code == "bad_date"


def test_wrong_length_says_how_many_digits_were_given() -> None:
    with pytest.raises(OrgNrError) as caught:
        parse_orgnr(
            "556677-889",
        )
    assert "9" in str(caught.value)
    assert caught.value.params == {"count": 9}


def test_not_digits_names_the_character() -> None:
    with pytest.raises(OrgNrError, match="X"):
        parse_orgnr("5566X7-8899")


def test_messages_exist_in_english_too() -> None:
    with pytest.raises(OrgNrError) as caught:
        parse_orgnr("556677-8898")
    assert "check digit" in t("orgnr.error.checksum", "en")
    assert caught.value.code == "checksum"


def test_same_orgnr_ignores_the_form() -> None:
    assert same_orgnr("556677-8899", "16 556677 8899")
    assert same_orgnr("19830512-2387", "830512-2387")
    assert not same_orgnr("556677-8899", "559123-4561")


def test_same_orgnr_is_false_when_either_is_invalid() -> None:
    assert not same_orgnr("556677-8898", "556677-8898")
    assert not same_orgnr("", "")
    assert not same_orgnr("556677-8899", "abc")


def test_one_digit_is_named_in_the_singular() -> None:
    with pytest.raises(OrgNrError) as caught:
        parse_orgnr("5")
    assert str(caught.value).endswith("men 1 siffra angavs.")
