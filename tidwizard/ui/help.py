"""The help dialog (f1): what the current screen is for and which keys work there."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from tidwizard.ui.bindings import KeysInLanguage


class HelpScreen(KeysInLanguage, ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 72; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    HelpScreen #help-title { text-style: bold; color: $primary; padding-bottom: 1; }
    HelpScreen VerticalScroll { height: auto; max-height: 16; }
    """
    BINDINGS = [Binding("escape,f1,enter", "close", "ui.key.close_help")]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self._title = title
        self._text = text

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._title, id="help-title", markup=False)
            with VerticalScroll():
                yield Static(self._text, id="help-text", markup=False)
        yield Footer()

    def action_close(self) -> None:
        self.dismiss(None)
