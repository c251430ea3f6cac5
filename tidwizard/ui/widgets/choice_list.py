"""An OptionList whose enter ("Välj") shows in the Footer, since there it means "choose this"."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class ChoiceList(OptionList):
    BINDINGS = [Binding("enter", "select", "wizard.key.choose")]
