"""Step 0, Klientens namn: only when a client is added from the client list.

The name is the pairing's: its file under ``clients/`` and ``--client NAME`` on the command line,
so it follows the same rule (``valid_client_name``) and may not be one already in use.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label

from tidwizard.core.clients import valid_client_name
from tidwizard.core.i18n import t
from tidwizard.ui.wizard.base import WizardStep


class ClientNameStep(WizardStep):
    KEY = "client"
    DEFAULT_CSS = """
    ClientNameStep #client-row { height: auto; }
    ClientNameStep #client-row Label { width: auto; padding-right: 1; }
    ClientNameStep #client-name { width: 32; }
    """

    def compose_form(self) -> ComposeResult:
        with Horizontal(id="client-row"):
            yield Label(t("wizard.client.label"))
            yield self.text_input(self.state.client_name or "", id="client-name", max_length=64)

    def on_mount(self) -> None:
        self.query_one("#client-name").focus()

    def store(self) -> None:
        self.state.client_name = self.query_one("#client-name", Input).value.strip() or None

    def problem(self) -> str | None:
        name = self.state.client_name
        if not name:
            return t("wizard.client.missing")
        if not valid_client_name(name):
            return t("clients.bad_name", name=name)
        if name in (self.state.taken_client_names or ()):
            return t("wizard.client.taken", name=name)
        return None
