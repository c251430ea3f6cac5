"""Every way the wizard stops, each with a message that says what to do."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from textual.widgets import Button, Input, OptionList

from support.waiting import wait_until
from support.wizard import (
    activate,
    break_orgnr,
    company_home,
    demo_home,
    message,
    step_key,
    text_of,
    to_activate_step,
    type_text,
    wait_for_step,
    wizard_app,
)
from tidwizard.core.admin.store import AdministrationStore
from tidwizard.core.i18n import t
from tidwizard.core.tid import AccessRefused, InvalidCredentials
from tidwizard.core.tid.errors import ConnectionRefused


async def _to_activation(pilot, client_id: str, secret: str) -> None:
    await to_activate_step(pilot)
    working = t("wizard.activate.working")

    def answered() -> bool:
        return not pilot.app.screen.busy and message(pilot) != working

    await activate(pilot, client_id, secret, until=answered)


@pytest.mark.parametrize(
    ("client_id", "secret", "expected"),
    [
        ("demo", "wrong", InvalidCredentials().user_message("sv")),
        ("byra", "byra", AccessRefused().user_message("sv")),
    ],
)
async def test_refused_logins_say_why(tmp_path: Path, sandbox, client_id, secret, expected):
    app = wizard_app(demo_home(tmp_path / "h"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_activation(pilot, client_id, secret)
        assert message(pilot).startswith(expected)
        assert f"tidwizard doctor --url {sandbox.url} --client-id {client_id}" in message(pilot)
        await pilot.press("enter")
        assert step_key(pilot) == "activate"  # no way on without a working login


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_service_down_says_it_cannot_be_reached(tmp_path: Path):
    url = f"http://127.0.0.1:{_closed_port()}"
    app = wizard_app(demo_home(tmp_path / "h"), url)
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_activation(pilot, "demo", "demo")
        expected = ConnectionRefused(url, "").user_message("sv").split("{")[0][:30]
        assert message(pilot).startswith(expected)
        assert step_key(pilot) == "activate"


async def test_no_matching_company_cannot_be_chosen(tmp_path: Path, sandbox):
    # A valid number that neither demo Tid company has.
    app = wizard_app(company_home(tmp_path / "h", orgnr="556016-0680"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_activation(pilot, "demo", "demo")
        await pilot.press("enter")
        await wait_for_step(pilot, "company")
        listing = app.screen.query_one(OptionList)
        assert all(listing.get_option_at_index(i).disabled for i in range(2))
        assert message(pilot) == t("wizard.company.none_matches")
        await pilot.press("escape")  # the list keeps escape for Back
        await wait_for_step(pilot, "activate")


async def test_single_company_with_another_number_is_a_clear_stop(
    tmp_path: Path, sandbox, monkeypatch
):
    from tidwizard.sandbox import auth

    # A login that reaches only Demo Bygg AB (559123-4561), as a one-company customer has.
    monkeypatch.setitem(auth.CREDENTIALS, "bygg", ("bygg", (2,)))
    app = wizard_app(demo_home(tmp_path / "h"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await _to_activation(pilot, "bygg", "bygg")
        assert "559123-4561" in message(pilot) and "556677-8899" in message(pilot)
        assert "Företagsinställningar" in message(pilot)
        await pilot.press("enter")
        assert step_key(pilot) == "activate"


async def test_too_old_administration_is_a_clear_stop(tmp_path: Path, sandbox):
    app = wizard_app(company_home(tmp_path / "h", version="2017.3"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.state.administration is not None)
        assert "2018.7" in message(pilot)
        await pilot.press("enter")
        assert step_key(pilot) == "welcome"


async def test_invalid_orgnr_is_corrected_and_saved_to_administration(tmp_path: Path, sandbox):
    home = company_home(tmp_path / "h")
    break_orgnr(home, "556677-8898")  # wrong check digit
    app = wizard_app(home, sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.state.administration is not None)
        await pilot.press("enter")
        await wait_for_step(pilot, "orgnr")
        assert "kontrollsiffr" in text_of(pilot, "#orgnr-check").lower()
        await pilot.press("enter")
        assert step_key(pilot) == "orgnr"
        field = app.screen.query_one("#orgnr-input", Input)
        field.value = ""
        await type_text(pilot, "5566778899")
        save = app.screen.query_one("#orgnr-save", Button)
        assert save.display
        save.focus()
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: message(pilot) == t("wizard.orgnr.saved", number="556677-8899")
        )
        await pilot.press("enter")
        await wait_for_step(pilot, "activate")
    (path,) = home.companies_dir.glob("*.sqlite")
    with AdministrationStore.open(path) as store:
        assert store.company().org_number == "556677-8899"


async def test_the_service_address_is_locked_until_unlocked(tmp_path: Path, sandbox):
    app = wizard_app(demo_home(tmp_path / "h"), sandbox.url)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: app.state.administration is not None)
        app.screen.flow.go("reminder")
        await wait_for_step(pilot, "reminder")
        url = app.screen.query_one("#reminder-url", Input)
        assert url.disabled and not app.screen.query_one("#reminder-warning").display
        app.screen.query_one("#reminder-unlock", Button).focus()
        await pilot.press("enter")
        assert not url.disabled and app.screen.query_one("#reminder-warning").display
        url.value = ""
        await type_text(pilot, "http://tid.example.com")
        await pilot.press("enter")
        assert step_key(pilot) == "reminder"
        assert "http" in message(pilot)
