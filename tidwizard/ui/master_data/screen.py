"""The master-data transfer as its own screen, for after setup: ``app.push_screen(
MasterDataScreen(home, settings))`` from anywhere (the import screen opens it with M)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from tidwizard.core.connection import SavedLogin
from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.settings import Settings
from tidwizard.ui.bindings import KeysInLanguage
from tidwizard.ui.clients.title import on_client
from tidwizard.ui.help import HelpScreen
from tidwizard.ui.master_data.connection import login_from_settings
from tidwizard.ui.master_data.messages import PhaseChanged
from tidwizard.ui.master_data.panel import MasterDataPanel
from tidwizard.ui.master_data.state import MasterDataState


class MasterDataScreen(KeysInLanguage, Screen[None]):
    DEFAULT_CSS = """
    MasterDataScreen { background: $background; }
    MasterDataScreen #master-title {
        dock: top; height: 1; padding: 0 1;
        background: $primary-muted; color: $text; text-style: bold;
    }
    MasterDataScreen #master-why { height: auto; padding: 1 2 0 2; color: $text-muted; }
    MasterDataScreen #master-body { height: 1fr; padding: 1 2 0 2; }
    """
    BINDINGS = [
        Binding("s", "send", "masterdata.key.send"),
        Binding("x", "stop", "masterdata.key.stop"),
        Binding("f5", "refresh", "masterdata.key.refresh"),
        Binding("escape", "close", "masterdata.key.close"),
        Binding("f1", "help", "wizard.key.help"),
    ]

    def __init__(self, home: Home, settings: Settings) -> None:
        super().__init__()
        self.home = home
        self.settings = settings
        self.master_data = MasterDataState()

    def compose(self) -> ComposeResult:
        title = on_client(self.app, t("masterdata.screen.title"))
        yield Static(title, id="master-title", markup=False)
        yield Static(t("masterdata.screen.why"), id="master-why", markup=False)
        with VerticalScroll(id="master-body"):
            yield MasterDataPanel(self.master_data, self._login)
        yield Footer()

    async def _login(self) -> SavedLogin:
        return await login_from_settings(self.home, self.settings)

    @property
    def panel(self) -> MasterDataPanel:
        return self.query_one(MasterDataPanel)

    def on_mount(self) -> None:
        self.panel.table.focus()
        self.panel.plan()

    @on(PhaseChanged)
    def _phase(self) -> None:
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "send":
            return self.panel.can_send
        if action == "stop":
            return self.panel.phase == "sending"
        if action == "refresh":
            return not self.panel.working
        if action == "close":
            return not self.panel.sending
        return True

    def action_send(self) -> None:
        self.panel.send()

    def action_stop(self) -> None:
        self.panel.stop()

    def action_refresh(self) -> None:
        self.panel.plan(fresh=True)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(t("masterdata.key.open"), t("masterdata.screen.help")))

    def ask_before_quit(self) -> bool:
        """ctrl+q during a run stops it first (the App asks the top screen)."""
        if self.panel.sending:
            self.panel.stop()
            return True
        return False
