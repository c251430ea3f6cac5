"""The import screen's dialogs: a yes/no question (consent, quit, read in again) and a text view
(preview, summary, one basis). Every text is shown literally, never as markup; a long line
wraps under its own indent."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Static

from tidwizard.core.i18n import t
from tidwizard.ui.bindings import KeysInLanguage
from tidwizard.ui.widgets.wrapped_text import WrappedText

CSS = Path(__file__).with_name("importing.tcss")


class QuestionDialog(KeysInLanguage, ModalScreen[bool]):
    """Yes or no; ``listing`` names what a yes does (the records to create). Escape says no."""

    CSS_PATH = CSS
    BINDINGS = [
        Binding("y,j", "answer(True)", "importui.key.yes"),
        Binding("n,escape", "answer(False)", "importui.key.no"),
    ]

    def __init__(self, title: str, text: str, listing: list[str] | None = None) -> None:
        super().__init__(classes="import-dialog")
        self._title = title
        self._text = text
        self._listing = listing or []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box"):
            yield Static(self._title, classes="dialog-title", markup=False)
            yield Static(self._text, classes="dialog-text", markup=False)
            if self._listing:
                with VerticalScroll(classes="dialog-listing"):
                    listing = "\n".join(f"• {line}" for line in self._listing)
                    yield Static(WrappedText(listing))
            with Horizontal(classes="dialog-buttons"):
                yield Button(t("importui.key.yes"), id="yes", variant="primary")
                yield Button(t("importui.key.no"), id="no")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # the safe answer is the default

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class TextView(KeysInLanguage, ModalScreen[None]):
    """A titled, scrollable text: the preview, the summary or one basis with its rows."""

    CSS_PATH = CSS
    BINDINGS = [Binding("escape,enter,q", "close", "importui.key.close")]

    def __init__(self, title: str, text: str, *, view_id: str) -> None:
        super().__init__(id=view_id, classes="import-dialog")
        self._title = title
        self._text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog-box wide"):
            yield Static(self._title, classes="dialog-title", markup=False)
            with VerticalScroll(classes="dialog-scroll"):
                yield Static(WrappedText(self._text), classes="view-text")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)
