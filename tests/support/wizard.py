"""Helpers for the wizard's Pilot and snapshot tests: homes with a company, the App, waiting."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static

from support.waiting import wait_until
from tidwizard.core.admin.companies import company_file_name
from tidwizard.core.admin.demo import create_demo_company
from tidwizard.core.admin.store import AdministrationStore
from tidwizard.core.paths import Home
from tidwizard.core.settings import load_settings
from tidwizard.ui.app import TidwizardApp
from tidwizard.ui.wizard.state import state_from_settings

# Where no network is needed (snapshots), a fixed address keeps the pictures the same.
FAKE_URL = "http://127.0.0.1:8765"


def demo_home(root: Path) -> Home:
    """A home holding the demo Administration company (matches demo Tid company 1)."""
    home = Home.resolve(root)
    home.ensure()
    create_demo_company(home.companies_dir / company_file_name("Demo Konsult AB")).close()
    return home


def company_home(
    root: Path,
    *,
    name: str = "Demo Konsult AB",
    orgnr: str = "556677-8899",
    edition: str = "2000",
    version: str = "2024.1",
) -> Home:
    home = Home.resolve(root)
    home.ensure()
    AdministrationStore.create(
        home.companies_dir / company_file_name(name),
        name=name,
        orgnr=orgnr,
        edition=edition,
        program_version=version,
    ).close()
    return home


def break_orgnr(home: Home, wrong: str) -> None:
    """Put an invalid number in the company file, as an old or hand-edited database may have."""
    (path,) = home.companies_dir.glob("*.sqlite")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE company SET org_number = ? WHERE id = 1", (wrong,))
    conn.close()


def wizard_app(home: Home, url: str, *, lang: str = "sv", hint: str | None = None) -> TidwizardApp:
    from tidwizard.core.i18n import set_language

    set_language(lang)
    settings = load_settings(home)
    state = state_from_settings(home, settings, language=lang, tid_url=url, credentials_hint=hint)
    return TidwizardApp(state, settings, steady=True)


def step_key(pilot: Pilot) -> str:
    return getattr(pilot.app.screen, "KEY", type(pilot.app.screen).__name__)


async def wait_for_step(pilot: Pilot, key: str) -> None:
    await wait_until(pilot, lambda: step_key(pilot) == key)
    await pilot.pause()  # let the new screen compose and mount


def message(pilot: Pilot) -> str:
    found = pilot.app.screen.query("#step-message")
    return str(found.first(Static).render()) if found else ""


def text_of(pilot: Pilot, selector: str) -> str:
    return str(pilot.app.screen.query_one(selector, Static).render())


async def type_text(pilot: Pilot, text: str) -> None:
    await pilot.press(*text)


async def to_activate_step(pilot: Pilot) -> None:
    """From the first step, once it has read the company, to the step that asks the login."""
    app = pilot.app
    await wait_until(pilot, lambda: app.state.administration is not None)
    await pilot.press("enter")
    await wait_for_step(pilot, "orgnr")
    await pilot.press("enter")
    await wait_for_step(pilot, "activate")


def activated(pilot: Pilot) -> bool:
    return not pilot.app.screen.busy and pilot.app.state.activation is not None


async def activate(
    pilot: Pilot,
    client_id: str = "demo",
    secret: str = "demo",
    *,
    until: Callable[[], bool] | None = None,
) -> None:
    """On the activate step: the login typed and Enter pressed (with a complete, untried login
    it activates); then until ``until`` holds, by default until the activation is done."""
    await type_text(pilot, client_id)
    await pilot.press("tab")
    await type_text(pilot, secret)
    await pilot.press("enter")
    await wait_until(pilot, until or (lambda: activated(pilot)), timeout=60)


def screen_lines(pilot: Pilot) -> list[str]:
    """The screen as it is drawn now, one string per row (as the terminal shows them)."""
    update = pilot.app.screen._compositor.render_update(full=True)
    return ["".join(segment.text for segment in strip) for strip in update.strips]
