"""Tid's organisationsnummer typed by the user where the service gives none: checked as ever."""

from __future__ import annotations

import pytest

from tidwizard.core.setup import TID_ORGNR_MENU, ActivationResult, CompanyChoice, SetupError
from tidwizard.core.tid_orgnr import check_typed_orgnr, resolve_tid_company
from tidwizard.core.wire import Company

KONSULT = Company(id=1, name="Demo Konsult AB", organization_number="556677-8899")
BYGG = Company(id=2, name="Demo Bygg AB", organization_number="559123-4561")
NONE_NAMED = ActivationResult([], listed=False)
LISTED = ActivationResult([CompanyChoice(KONSULT, True), CompanyChoice(BYGG, False)])


def test_a_typed_number_is_written_the_usual_way() -> None:
    assert check_typed_orgnr("5566778899", "556677-8899") == "556677-8899"
    assert check_typed_orgnr(" 16556677-8899 ", "5566778899") == "556677-8899"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "tid_orgnr_missing"),
        ("556677-8898", "tid_orgnr_invalid"),
        ("12345", "tid_orgnr_invalid"),
    ],
)
def test_a_typed_number_must_be_valid(typed: str, code: str) -> None:
    with pytest.raises(SetupError) as caught:
        check_typed_orgnr(typed, "556677-8899")
    assert caught.value.code == code


def test_a_typed_number_that_differs_stops_like_one_from_tid() -> None:
    with pytest.raises(SetupError) as caught:
        check_typed_orgnr("559123-4561", "556677-8899")
    assert caught.value.code == "orgnr_mismatch"
    for expected in ("559123-4561", "556677-8899", TID_ORGNR_MENU):
        assert expected in caught.value.message


def test_without_companies_the_script_must_give_the_number() -> None:
    with pytest.raises(SetupError) as caught:
        resolve_tid_company(NONE_NAMED, "556677-8899")
    assert caught.value.code == "tid_orgnr_needed"
    assert "--tid-orgnr" in caught.value.message and TID_ORGNR_MENU in caught.value.message
    assert resolve_tid_company(NONE_NAMED, "556677-8899", typed_orgnr="5566778899") == (
        None,
        "556677-8899",
    )


def test_without_companies_a_company_id_cannot_be_chosen() -> None:
    with pytest.raises(SetupError) as caught:
        resolve_tid_company(NONE_NAMED, "556677-8899", requested_id=1, typed_orgnr="5566778899")
    assert caught.value.code == "company_not_listed"


def test_where_tid_names_the_company_a_given_number_must_be_tids() -> None:
    assert resolve_tid_company(LISTED, "556677-8899", typed_orgnr="556677-8899") == (KONSULT, "")
    with pytest.raises(SetupError) as caught:
        resolve_tid_company(LISTED, "556677-8899", requested_id=1, typed_orgnr="559123-4561")
    assert caught.value.code == "tid_orgnr_differs"
    assert "Demo Konsult AB" in caught.value.message
