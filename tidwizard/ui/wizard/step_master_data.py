"""Step 7, Grunduppgifter: send customers, articles, projects and result units to Tid, or skip.

The settings are not saved yet, so the Tid login comes from the wizard's state. The counts are
planned when the step opens; Skicka sends the chosen registers. Enter goes on either way.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding

from tidwizard.core.connection import SavedLogin
from tidwizard.ui.master_data.connection import login_from_state
from tidwizard.ui.master_data.messages import PhaseChanged
from tidwizard.ui.master_data.panel import MasterDataPanel
from tidwizard.ui.wizard.base import WizardStep


class MasterDataStep(WizardStep):
    KEY = "master_data"
    BINDINGS = [
        Binding("s", "send", "masterdata.key.send"),
        Binding("x", "stop", "masterdata.key.stop"),
        # Kept out of the Footer (80 columns); the help names it.
        Binding("f5", "refresh", "masterdata.key.refresh", show=False),
    ]

    def compose_form(self) -> ComposeResult:
        yield MasterDataPanel(self.state.master_data, self._login)

    async def _login(self) -> SavedLogin:
        return login_from_state(self.state)

    @property
    def panel(self) -> MasterDataPanel:
        return self.query_one(MasterDataPanel)

    def on_mount(self) -> None:
        self.panel.table.focus()
        self.panel.plan()

    @on(PhaseChanged)
    def _phase(self) -> None:
        # Only a run under way holds the step; planning may be left (skipping is allowed).
        self.set_busy(self.panel.sending)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "send":
            return self.panel.can_send
        if action == "stop":
            return self.panel.phase == "sending"
        if action == "refresh":
            return not self.panel.working
        return super().check_action(action, parameters)

    def action_send(self) -> None:
        self.panel.send()

    def action_stop(self) -> None:
        self.panel.stop()

    def action_refresh(self) -> None:
        self.panel.plan(fresh=True)
