"""The master-data step sends with the wizard's login: with a chosen Tid company, or, where Tid
names none (the public API), with the API application's own company once Tid's
organisationsnummer has been typed and matches."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidwizard.core.admin.models import CompanyInfo
from tidwizard.core.paths import Home
from tidwizard.core.setup import ActivationResult, CompanyChoice
from tidwizard.core.wire import Company
from tidwizard.ui.master_data.connection import LoginMissing, login_from_state
from tidwizard.ui.wizard.state import WizardState

ORGNR = "556677-8899"


def activated(tmp_path: Path, result: ActivationResult, typed: str = "") -> WizardState:
    info = CompanyInfo("Demo Konsult AB", ORGNR, "2000", "2024.1", tmp_path / "demo.sqlite")
    state = WizardState(home=Home.resolve(tmp_path / "home"), tid_url="http://127.0.0.1:1")
    state.administration, state.client_id, state.secret = info, "demo", "demo"
    state.tid_orgnr_text = typed
    state.record_activation(result)
    return state


def test_the_chosen_company_is_sent_to(tmp_path: Path) -> None:
    company = Company(id=2, name="Demo Konsult AB", organization_number=ORGNR)
    state = activated(tmp_path, ActivationResult([CompanyChoice(company, True)]))
    assert login_from_state(state).company_id == 2


def test_without_a_named_company_the_typed_orgnr_lets_it_send(tmp_path: Path) -> None:
    state = activated(tmp_path, ActivationResult([], listed=False), typed="5566778899")
    login = login_from_state(state)
    assert (login.company_id, login.client_id) == (None, "demo")


@pytest.mark.parametrize("typed", ["", "559123-4561", "12345"])
def test_without_a_matching_typed_orgnr_nothing_is_sent(tmp_path: Path, typed: str) -> None:
    state = activated(tmp_path, ActivationResult([], listed=False), typed=typed)
    with pytest.raises(LoginMissing):
        login_from_state(state)
