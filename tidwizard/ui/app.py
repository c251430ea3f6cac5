"""The tidwizard App: builds nothing but the first screen; the screens do the work.

Each screen's module is imported when that screen opens, so a start loads only what its first
screen needs (start-up time is a benchmarked figure).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.binding import Binding

from tidwizard.ui.bindings import translate_bindings
from tidwizard.ui.theme import CALM

if TYPE_CHECKING:
    from tidwizard.core.settings import Settings
    from tidwizard.ui.wizard.state import WizardState


class TidwizardApp(App[None]):
    """The wizard when nothing is set up yet (or when asked for), else the import screen.

    ``steady=True`` turns off animations and the blinking cursor, and ``start_step`` opens the
    wizard at one step (with a prepared state), so screenshots and snapshots are the same
    every time.
    """

    CSS_PATH = "app.tcss"
    TITLE = "tidwizard"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [Binding("ctrl+q", "quit", "ui.key.quit", priority=True)]

    def __init__(
        self,
        state: WizardState,
        settings: Settings,
        *,
        force_wizard: bool = False,
        steady: bool = False,
        start_step: str | None = None,
    ) -> None:
        super().__init__()
        translate_bindings(self)
        self.state = state
        self.settings = settings
        self.force_wizard = force_wizard or start_step is not None
        self.start_step = start_step
        self.cursor_blink = not steady
        if steady:
            self.animation_level = "none"

    def on_mount(self) -> None:
        self.register_theme(CALM)
        self.theme = CALM.name
        if self.force_wizard or not self.settings.configured:
            self.open_wizard()
        else:
            self.show_import_screen()

    def open_wizard(self) -> None:
        if self.state.client_id and not self.state.secret:
            self._read_secret_then_open()  # started on the import screen: prefill the secret
        else:
            self._open_wizard()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _read_secret_then_open(self) -> None:
        from tidwizard.core.secrets import SecretStore, SecretStoreError

        try:
            secret = SecretStore(self.state.home).get(self.state.client_id)
        except SecretStoreError:
            secret = None  # the wizard asks for it; the Aktivera step says what is missing
        self.call_from_thread(self._open_wizard, secret)

    def _open_wizard(self, secret: str | None = None) -> None:
        from tidwizard.ui.wizard.flow import WizardFlow

        if secret:
            self.state.secret = secret
        flow = WizardFlow(self, self.state, on_saved=self._saved, on_close=self._wizard_closed)
        flow.start(self.start_step)

    def show_import_screen(self) -> None:
        from tidwizard.ui.importing.screen import ImportScreen

        screen = ImportScreen(self.state.home, self.settings, on_setup=self.open_wizard)
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    async def action_quit(self) -> None:
        # A screen may ask first (the import screen while an import runs).
        ask = getattr(self.screen_stack[-1], "ask_before_quit", None) if self.screen_stack else None
        if ask is None or not ask():
            self.exit()

    def _saved(self, settings: Settings) -> None:
        self.settings = settings
        self.show_import_screen()

    def _wizard_closed(self) -> None:
        if self.settings.configured:
            self.show_import_screen()
        else:
            self.exit()
