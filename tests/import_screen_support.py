"""Helpers for the import screen's tests: a set-up home against a sandbox, the App, waiting."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static

from tidwizard.core.admin.companies import company_file_name
from tidwizard.core.admin.demo import create_demo_company
from tidwizard.core.i18n import set_language
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings, save_settings
from tidwizard.ui.app import TidwizardApp
from tidwizard.ui.importing.basis_table import BasisTable
from tidwizard.ui.importing.screen import ImportScreen
from tidwizard.ui.wizard.state import state_from_settings


def set_up_home(
    root: Path, url: str, *, reminder: bool = False, import_as: str = "invoice"
) -> Home:
    """A home as the wizard leaves it: the demo company, Tid company 1, the secret saved."""
    home = Home.resolve(root)
    home.ensure()
    path = home.companies_dir / company_file_name("Demo Konsult AB")
    create_demo_company(path).close()
    save_settings(home, Settings(
        tid_url=url, client_id="demo", tid_company_id=1, tid_company_name="Demo Konsult AB",
        tid_org_number="556677-8899", administration_path=path, reminder=reminder,
        import_as=import_as,  # type: ignore[arg-type]
    ))  # fmt: skip
    SecretStore(home).set("demo", "demo")
    return home


def import_app(home: Home, *, lang: str = "sv") -> TidwizardApp:
    from tidwizard.core.settings import load_settings

    set_language(lang)
    settings = load_settings(home)
    state = state_from_settings(home, settings, language=lang)
    return TidwizardApp(state, settings, steady=True)


async def wait_until(pilot: Pilot, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out on {type(pilot.app.screen).__name__}: {line(pilot)!r}")
        await pilot.pause(0.05)


def screen_of(pilot: Pilot) -> ImportScreen:
    found = [s for s in pilot.app.screen_stack if isinstance(s, ImportScreen)]
    assert found, pilot.app.screen_stack
    return found[-1]


def table_of(pilot: Pilot) -> BasisTable:
    return screen_of(pilot).query_one(BasisTable)


def line(pilot: Pilot) -> str:
    found = [s for s in pilot.app.screen_stack if isinstance(s, ImportScreen)]
    if not found:
        return ""
    return str(found[-1].query_one("#import-line", Static).render())


async def wait_listed(pilot: Pilot) -> ImportScreen:
    await wait_until(
        pilot, lambda: any(isinstance(s, ImportScreen) for s in pilot.app.screen_stack)
    )
    screen = screen_of(pilot)
    await wait_until(pilot, lambda: screen.phase == "idle")
    return screen


def status(pilot: Pilot, tid_invoice_id: int) -> str:
    return str(table_of(pilot).get_cell(str(tid_invoice_id), "status"))


def view_text(pilot: Pilot) -> str:
    return str(pilot.app.screen.query_one(".view-text", Static).render())


async def wait_for_question(pilot: Pilot) -> None:
    """Until a yes/no dialog is on top and composed."""
    from tidwizard.ui.importing.dialogs import QuestionDialog

    def ready() -> bool:
        screen = pilot.app.screen
        return isinstance(screen, QuestionDialog) and bool(screen.query("#yes"))

    await wait_until(pilot, ready)
