"""The tidwizard App: builds nothing but the first screen; the screens do the work.

Each screen's module is imported when that screen opens, so a start loads only what its first
screen needs (start-up time is a benchmarked figure).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.binding import Binding

from tidwizard.core.i18n import t
from tidwizard.ui.theme import NO_COLOR_ENV, chosen_theme

if TYPE_CHECKING:
    from textual.screen import Screen

    from tidwizard.core.clients import Client
    from tidwizard.core.settings import Settings
    from tidwizard.ui.wizard.state import WizardState


class TidwizardApp(App[None]):
    """The wizard when nothing is set up yet (or when asked for), else the import screen; with
    several clients and none chosen, the client list (``client_list``), whose rows open their
    import screens over it. ``several_clients`` puts the client's name on every screen.

    ``steady=True`` turns off animations and the blinking cursor, and ``start_step`` opens the
    wizard at one step (with a prepared state), so screenshots and snapshots are the same
    every time.
    """

    # The import screen's sheet too: read here, it is parsed with the App's at start. Read when
    # the screen opens (its CSS_PATH), it made Textual parse every sheet again before the first
    # frame (start-up is a benchmarked figure). A screen's sheet applies app-wide once read.
    CSS_PATH = ["app.tcss", "importing/importing.tcss"]
    TITLE = "tidwizard"
    ENABLE_COMMAND_PALETTE = False
    # Ctrl+C is what most people press to end a terminal program: it asks (Textual's own
    # binding only shows an English hint), also in a text field, where Textual would copy.
    BINDINGS = [
        Binding("ctrl+q", "quit", "ui.key.quit", priority=True),
        Binding("ctrl+c", "ask_quit", show=False, priority=True),
    ]

    def __init__(
        self,
        state: WizardState,
        settings: Settings,
        *,
        force_wizard: bool = False,
        steady: bool = False,
        start_step: str | None = None,
        several_clients: bool = False,
        client_list: bool = False,
    ) -> None:
        # Chosen before Textual sets up its filters: with NO_COLOR it picks a grey filter for a
        # theme of its own colours and one that keeps the terminal's colours for an ansi theme
        # (a grey filter turned the ansi theme's "default" into black on black).
        self._theme = chosen_theme(os.environ, no_color=NO_COLOR_ENV in os.environ)
        super().__init__(ansi_color=True if self._theme.ansi else None)
        self.state = state
        self.settings = settings
        self.force_wizard = force_wizard or start_step is not None
        self.start_step = start_step
        self.several_clients = several_clients or client_list
        self.client_list = client_list
        self._quit_question: Screen[bool] | None = None
        self.cursor_blink = not steady
        if steady:
            self.animation_level = "none"

    def on_mount(self) -> None:
        self.register_theme(self._theme)
        self.theme = self._theme.name
        if self.client_list and not self.force_wizard:
            from tidwizard.ui.clients.list_screen import ClientListScreen

            self.push_screen(ClientListScreen(self.state.home))
        elif self.force_wizard or not self.settings.configured:
            self.open_wizard()
        else:
            self.show_import_screen()

    @property
    def shown_client(self) -> str | None:
        """The client the screens are on, named in their titles; None with one client."""
        return self.state.client_name if self.several_clients else None

    def open_client(self, client: Client) -> None:
        """From the client list: the client's import screen over it (escape leads back)."""
        from tidwizard.ui.importing.screen import ImportScreen

        self._work_on(client.name, client.settings)
        if not client.configured:
            self._open_wizard_over_list()
            return
        self.push_screen(ImportScreen(self.state.home, self.settings, on_setup=self.open_wizard))

    def add_client(self, taken: list[str], tid_url: str | None = None) -> None:
        """From the client list: the wizard for a new client, its name asked first, at the
        Tid address the other clients use (``tid_url``)."""
        from tidwizard.core.settings import Settings

        self._work_on(None, Settings(tid_url=tid_url) if tid_url else Settings())
        self.state.taken_client_names = tuple(taken)
        self._open_wizard_over_list()

    def _work_on(self, name: str | None, settings: Settings) -> None:
        from tidwizard.ui.wizard.state import state_from_settings

        state = self.state
        self.settings = settings
        self.state = state_from_settings(
            state.home,
            settings,
            language=state.language,
            removed_on_exit=state.removed_on_exit,
            client_name=name,
        )

    def _open_wizard_over_list(self) -> None:
        from tidwizard.ui.wizard.flow import WizardFlow
        from tidwizard.ui.wizard.steps import wizard_steps

        flow = WizardFlow(
            self, self.state, wizard_steps(), on_saved=self._saved, on_close=self._wizard_closed
        )
        flow.start(over=True)

    def open_wizard(self) -> None:
        if self.state.client_id and not self.state.secret:
            self._read_secret_then_open()  # started on the import screen: prefill the secret
        else:
            self._open_wizard()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _read_secret_then_open(self) -> None:
        from tidwizard.core.secrets import SecretStore, SecretStoreError

        try:
            secret = SecretStore(self.state.home).get(self.settings.secret_key)
        except SecretStoreError:
            secret = None  # the wizard asks for it; the Aktivera step says what is missing
        self.call_from_thread(self._open_wizard, secret)

    def _open_wizard(self, secret: str | None = None) -> None:
        from tidwizard.ui.wizard.flow import WizardFlow
        from tidwizard.ui.wizard.steps import wizard_steps

        if secret:
            self.state.secret = secret
        flow = WizardFlow(
            self, self.state, wizard_steps(), on_saved=self._saved, on_close=self._wizard_closed
        )
        flow.start(self.start_step)

    def show_import_screen(self) -> None:
        from tidwizard.ui.importing.screen import ImportScreen

        screen = ImportScreen(self.state.home, self.settings, on_setup=self.open_wizard)
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    def _screen_asks_first(self) -> bool:
        """A screen under way asks or stops first (an import, a master-data run), also below a
        dialog (the help, a preview): True when it did."""
        for screen in reversed(self.screen_stack):
            ask = getattr(screen, "ask_before_quit", None)
            if ask is not None:
                return bool(ask())
        return False

    async def action_quit(self) -> None:
        if not self._screen_asks_first():
            self.exit()

    def action_ask_quit(self) -> None:
        """Ctrl+C: the quit question; a second Ctrl+C while it is open answers yes."""
        from tidwizard.ui.importing.dialogs import QuestionDialog

        if self._quit_question is not None and self.screen is self._quit_question:
            self._quit_question.dismiss(True)
            return
        below = self.screen
        if self._screen_asks_first():
            if self.screen is not below and isinstance(self.screen, QuestionDialog):
                self._quit_question = self.screen  # the screen's own question
            return
        self.ask_quit()

    def ask_quit(self) -> None:
        """Ask before the program ends (Ctrl+C, escape on the wizard's first step)."""
        from tidwizard.ui.importing.dialogs import QuestionDialog
        from tidwizard.ui.wizard.base import WizardStep

        in_wizard = any(isinstance(screen, WizardStep) for screen in self.screen_stack)
        lines = [t("ui.quit.wizard" if in_wizard else "ui.quit.text")]
        if self.state.removed_on_exit:
            lines.append(t("ui.quit.demo_home", home=str(self.state.home.config_dir)))
        self._quit_question = question = QuestionDialog(t("ui.quit.title"), " ".join(lines))

        def answered(yes: bool | None) -> None:
            self._quit_question = None
            if yes:
                self.exit()

        self.push_screen(question, answered)

    def _saved(self, settings: Settings) -> None:
        self.settings = settings
        self.show_import_screen()

    def closing_wizard_quits(self) -> bool:
        """Whether leaving the wizard from its first step ends the program (nothing set up yet
        to go back to, not even the client list)."""
        return not self.settings.configured and not self.client_list

    def _wizard_closed(self) -> None:
        if self.settings.configured:
            self.show_import_screen()
        elif self.client_list:
            self.pop_screen()  # back to the list
        else:
            self.exit()
