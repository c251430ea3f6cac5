"""An OptionList whose enter ("Välj") shows in the Footer, since there it means "choose this"."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList

from tidwizard.ui.bindings import translate_bindings


class ChoiceList(OptionList):
    BINDINGS = [Binding("enter", "select", "wizard.key.choose")]

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        translate_bindings(self)
