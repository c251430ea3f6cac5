"""The wizard saves to the client it was opened for (``WizardState.client_name``), beside the
home's other clients, each with its own secret."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from textual.widgets import Input

from support.waiting import wait_until
from support.wizard import (
    activate,
    demo_home,
    to_activate_step,
    wait_for_step,
)
from tidwizard.core.clients import Clients
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings, save_settings
from tidwizard.ui.app import TidwizardApp
from tidwizard.ui.wizard.base import WizardStep
from tidwizard.ui.wizard.state import state_from_settings


async def test_the_wizard_for_a_new_client_adds_it_and_keeps_the_first(
    tmp_path: Path, sandbox: Any
) -> None:
    home = demo_home(tmp_path / "home")
    (company,) = home.companies_dir.glob("*.sqlite")
    first = Settings(tid_url=sandbox.url, client_id="demo", administration_path=company)
    save_settings(home, replace(first, tid_company_id=1))
    SecretStore(home).set("demo", "demo")

    state = state_from_settings(home, Settings(), tid_url=sandbox.url, client_name="bygg")
    app = TidwizardApp(state, Settings(), force_wizard=True, steady=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_activate_step(pilot)
        assert app.screen.query_one("#activate-client-id", Input).value == ""  # a new client
        await activate(pilot)
        await pilot.press("enter")
        await wait_for_step(pilot, "company")
        await pilot.press("enter")
        await wait_for_step(pilot, "reminder")
        await pilot.press("space")  # reminder off: this client only
        await pilot.press("enter")
        await wait_for_step(pilot, "import_as")
        await pilot.press("enter")
        await wait_for_step(pilot, "master_data")
        await pilot.press("enter")
        await wait_for_step(pilot, "summary")
        await pilot.press("enter")  # Spara
        await wait_until(pilot, lambda: not isinstance(app.screen, WizardStep))

    clients = Clients(home)
    assert clients.names() == ["demo-konsult-ab", "bygg"]
    kept, added = clients.choose("demo-konsult-ab").settings, clients.choose("bygg").settings
    assert (kept.reminder, added.reminder) == (True, False)
    assert added.secret_key != kept.secret_key
    store = SecretStore(home)
    assert (store.stored(kept.secret_key), store.stored(added.secret_key)) == ("demo", "demo")
