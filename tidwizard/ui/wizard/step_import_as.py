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


class ImportAsStep(WizardStep):
    KEY = "import_as"
    DEFAULT_CSS = """
    ImportAsStep #import-as-list { height: auto; }
    """

    def compose_form(self) -> ComposeResult:
        yield ChoiceList(
            *(
                Option(
                    Content.assemble(
                        (t(f"common.{choice}"), "bold"),
                        "\n",
                        (t(f"wizard.import_as.{choice}_means"), "$text-muted"),
                    ),
                    id=choice,
                )
                for choice in CHOICES
            ),
            id="import-as-list",
        )

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.highlighted = CHOICES.index(self.state.import_as)
        listing.focus()

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.state.import_as = CHOICES[event.option_index]

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.state.import_as = CHOICES[event.option_index]
        self.action_next()
