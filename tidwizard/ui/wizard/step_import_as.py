"""Step 6, Faktura eller order: only Administration 1000/2000 have orders."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tidwizard.core.i18n import t
from tidwizard.ui.widgets.choice_list import ChoiceList
from tidwizard.ui.wizard.base import WizardStep
from tidwizard.ui.wizard.state import ImportAs

CHOICES: tuple[ImportAs, ...] = ("invoice", "order")
# The choice in text, not only in the highlight's colour (monochrome terminals, screen readers).
CHOSEN, NOT_CHOSEN = "(•) ", "( ) "


def choice_prompt(choice: ImportAs, chosen: bool) -> Content:
    return Content.assemble(
        (CHOSEN if chosen else NOT_CHOSEN) + t(f"common.{choice}"),
        "\n",
        # Under the name, not under the mark.
        (" " * len(CHOSEN) + t(f"wizard.import_as.{choice}_means"), "$text-muted"),
    ).stylize("bold", 0, len(CHOSEN) + len(t(f"common.{choice}")))


class ImportAsStep(WizardStep):
    KEY = "import_as"
    DEFAULT_CSS = """
    ImportAsStep #import-as-list { height: auto; }
    """

    def compose_form(self) -> ComposeResult:
        yield ChoiceList(
            *(Option(choice_prompt(c, c == self.state.import_as), id=c) for c in CHOICES),
            id="import-as-list",
        )

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.highlighted = CHOICES.index(self.state.import_as)
        listing.focus()

    def _choose(self, index: int) -> None:
        self.state.import_as = CHOICES[index]
        listing = self.query_one(OptionList)
        for at, choice in enumerate(CHOICES):
            listing.replace_option_prompt_at_index(at, choice_prompt(choice, at == index))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._choose(event.option_index)

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)
        self.action_next()
