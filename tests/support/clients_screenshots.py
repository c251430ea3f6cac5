"""Homes with several clients on the demo sandbox, and the client list's picture.

The demo sandbox with two companies (``clients_sandbox``) has Demo Konsult AB (1) and Demo Bygg
AB (2), each with its own bases and its own login (demo1, demo2). ``clients_home`` pairs each
with its own company file, and a third client, where asked for, whose secret Tid refuses. The
company files live outside the home's companies folder, so a wizard started for a new client
finds only its own.

`save_clients_screenshots(DIR)` draws the list (``scripts/screenshots.py`` calls it); the
snapshot test uses the same state. Nothing that varies shows: the home's path is cut to the
file's name in the table, the detail line is emptied and the last import is "never".
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from textual.pilot import Pilot
from textual.widgets import Static

from support.waiting import wait_until
from tidwizard.core import demo_data
from tidwizard.core.admin.demo import create_demo_company
from tidwizard.core.clients import Clients
from tidwizard.core.connection import RATE_ENV
from tidwizard.core.i18n import set_language
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings
from tidwizard.ui.app import TidwizardApp
from tidwizard.ui.wizard.state import state_from_settings

if TYPE_CHECKING:
    from tidwizard.sandbox.server import RunningSandbox

SIZE = (80, 24)
PATIENCE = 60.0
# name, Tid company (its own login), secret
CLIENTS = (("konsult", 1, "demo"), ("bygg", 2, "demo"), ("fel-hemlighet", 1, "wrong"))


def clients_sandbox(profile: str = "contract") -> RunningSandbox:
    """The demo sandbox with its two companies, each behind a login of its own."""
    from tidwizard.sandbox.server import SandboxConfig, start_sandbox

    return start_sandbox(SandboxConfig(seed="demo", rate=0, profile=profile, companies=2))


def clients_home(root: Path, url: str, *, count: int = 2) -> Home:
    """A home with the first ``count`` of :data:`CLIENTS`, each with its own company file and
    its secret under its own key."""
    home = Home.resolve(root / "home")
    home.ensure()
    files = root / "files"
    files.mkdir(parents=True, exist_ok=True)
    clients = Clients(home)
    for name, company_id, secret in CLIENTS[:count]:
        _, company, orgnr = demo_data.sandbox_company(company_id)
        client_id, _ = demo_data.sandbox_credentials(company_id)
        path = files / f"{name}.sqlite"
        store = create_demo_company(path)
        with store.transaction() as conn:
            conn.execute("UPDATE company SET name = ? WHERE id = 1", (company,))
        store.set_org_number(orgnr)
        store.close()
        settings = Settings(
            tid_url=url,
            client_id=client_id,
            tid_company_id=company_id,
            tid_company_name=company,
            tid_org_number=orgnr,
            administration_path=path,
            reminder=False,
        )
        saved = clients.save(name, settings)
        SecretStore(home).set(saved.settings.secret_key, secret)
    return home


def clients_app(home: Home, *, lang: str = "sv") -> TidwizardApp:
    """The App as `tidwizard` opens it on a home with several clients and none named."""
    set_language(lang)
    state = state_from_settings(home, Settings(), language=lang)
    return TidwizardApp(state, Settings(), steady=True, client_list=True)


def list_screen(pilot: Pilot):  # type: ignore[no-untyped-def]
    from tidwizard.ui.clients.list_screen import ClientListScreen

    found = [s for s in pilot.app.screen_stack if isinstance(s, ClientListScreen)]
    assert found, pilot.app.screen_stack
    return found[-1]


async def counted(pilot: Pilot) -> None:
    """Until every row has Tid's answer (a count or a problem) and the line says so."""
    from tidwizard.ui.clients.list_screen import ClientListScreen

    def done() -> bool:
        screen = pilot.app.screen
        return (
            isinstance(screen, ClientListScreen)
            and bool(screen.rows)
            and not any(row.asking for row in screen.rows)
        )

    await wait_until(pilot, done, timeout=PATIENCE)
    await pilot.pause()


async def counted_steady(pilot: Pilot) -> None:
    """:func:`counted`, with the detail line (it names the home's path) emptied."""
    await counted(pilot)
    pilot.app.screen.query_one("#clients-detail", Static).update("")
    await pilot.pause()


SCREENSHOTS = (("clients", "sv"), ("en-clients", "en"))


async def _draw(name: str, lang: str, url: str, directory: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="tidwizard-screenshot-") as root:
        app = clients_app(clients_home(Path(root), url, count=3), lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            await counted_steady(pilot)
            app.save_screenshot(f"{name}.svg", str(directory))


def save_clients_screenshots(directory: Path) -> list[Path]:
    """The client list with three clients (one whose secret Tid refuses), in both languages."""
    os.environ[RATE_ENV] = "0"
    directory.mkdir(parents=True, exist_ok=True)
    for name, lang in SCREENSHOTS:
        with clients_sandbox() as sandbox:
            asyncio.run(_draw(name, lang, sandbox.url, directory))
    return [directory / f"{name}.svg" for name, _ in SCREENSHOTS]
