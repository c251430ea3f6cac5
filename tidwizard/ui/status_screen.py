"""After setup: which companies are connected, and how many invoice bases wait in Tid.

A later issue replaces this by the import screen; until then it is the program's main screen.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Static

from tidwizard.core.connection import NotSetUp, client_for, saved_login
from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStoreError
from tidwizard.core.settings import Settings
from tidwizard.core.tid import TidError
from tidwizard.ui.bindings import translate_bindings
from tidwizard.ui.help import HelpScreen
from tidwizard.ui.widgets.spinner import Spinner
from tidwizard.ui.wizard.loading import CompanyLoaded, load_company_info


@dataclass
class PendingCounted(Message):
    count: int | None
    error: str | None = None


class StatusScreen(Screen[None]):
    DEFAULT_CSS = """
    StatusScreen #status-body { padding: 1 2; }
    StatusScreen .line { height: auto; margin-bottom: 1; }
    StatusScreen #status-pending { text-style: bold; }
    StatusScreen #status-pending.-error { color: $error; text-style: none; }
    StatusScreen #status-spinner { height: 1; width: 10; display: none; }
    StatusScreen #status-spinner.-busy { display: block; }
    """
    BINDINGS = [
        Binding("f5", "refresh_count", "ui.status.key.refresh"),
        Binding("s", "setup", "ui.status.key.setup"),
        Binding("f1", "help", "wizard.key.help"),
    ]

    def __init__(self, home: Home, settings: Settings, *, on_setup: Callable[[], None]) -> None:
        super().__init__()
        self.home = home
        self.settings = settings
        self._on_setup = on_setup
        self.counting = False
        translate_bindings(self)

    def compose(self) -> ComposeResult:
        yield Static(t("ui.status.title"), id="status-title", markup=False)
        with VerticalScroll(id="status-body"):
            yield Static(
                t("ui.status.loading_company"), id="status-admin", classes="line", markup=False
            )
            yield Static(self._tid_line(), id="status-tid", classes="line", markup=False)
            yield Spinner(id="status-spinner")
            yield Static("", id="status-pending", classes="line", markup=False)
            yield Static(t("ui.status.later"), classes="line", markup=False)
        yield Footer()

    def _tid_line(self) -> str:
        s = self.settings
        return t(
            "ui.status.tid_company", name=s.tid_company_name, orgnr=s.tid_org_number, url=s.tid_url
        )

    def on_mount(self) -> None:
        if self.settings.administration_path is not None:
            load_company_info(self, self.settings.administration_path)
        self.action_refresh_count()

    @on(CompanyLoaded)
    def _company(self, event: CompanyLoaded) -> None:
        line = self.query_one("#status-admin", Static)
        if event.info is None:
            line.update(event.error or "")
            return
        info = event.info
        line.update(
            t(
                "ui.status.administration",
                name=info.name,
                orgnr=info.org_number,
                edition=t(f"wizard.edition.{info.edition}"),
                version=info.program_version,
            )
        )

    # -- counting the waiting invoice bases ------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "refresh_count" and self.counting:
            return None
        return True

    def action_refresh_count(self) -> None:
        self.counting = True
        self.refresh_bindings()
        self.query_one("#status-spinner").add_class("-busy")
        self.query_one("#status-pending", Static).update(t("ui.status.counting"))
        self._count()

    @work(exclusive=True, exit_on_error=False)
    async def _count(self) -> None:
        try:
            # The keyring or the secret file is disk work: off the event loop.
            login = await asyncio.to_thread(saved_login, self.home, self.settings)
        except SecretStoreError as error:
            self.post_message(PendingCounted(None, str(error)))
            return
        except NotSetUp as error:  # the screen has its own way back to the wizard: s
            message = t("ui.status.no_secret") if error.secret_missing else error.message
            self.post_message(PendingCounted(None, message))
            return
        try:
            async with client_for(login) as tid:
                count = await tid.count_pending_bases()
        except TidError as error:
            self.post_message(PendingCounted(None, error.user_message()))
        else:
            self.post_message(PendingCounted(count))

    @on(PendingCounted)
    def _counted(self, event: PendingCounted) -> None:
        self.counting = False
        self.refresh_bindings()
        self.query_one("#status-spinner").remove_class("-busy")
        line = self.query_one("#status-pending", Static)
        line.set_class(event.count is None, "-error")
        if event.count is None:
            line.update(event.error or "")
        elif event.count == 0:
            line.update(t("ui.status.pending_none"))
        else:
            line.update(t("ui.status.pending", count=event.count))

    def action_setup(self) -> None:
        self._on_setup()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(t("ui.status.title"), t("ui.status.help")))
