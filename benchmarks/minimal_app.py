"""The baseline for figure 5: about the smallest Textual app with a screen like tidwizard's
(a line of text and a footer with the same quit key), started the same way."""

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Static

QUIT_LABEL = "Avsluta"  # the marker the benchmark waits for, as in tidwizard's footer


class MinimalApp(App[None]):
    BINDINGS = [Binding("ctrl+q", "quit", QUIT_LABEL, priority=True)]

    def compose(self) -> ComposeResult:
        yield Static("tidwizard benchmark")
        yield Footer()


if __name__ == "__main__":
    MinimalApp().run()
