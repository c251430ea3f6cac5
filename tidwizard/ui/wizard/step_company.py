"""Step 4, Välj företag: only when the login reaches several Tid companies."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tidwizard.core.i18n import t
from tidwizard.core.setup import CompanyChoice, mismatch_message
from tidwizard.ui.text import shown
from tidwizard.ui.widgets.choice_list import ChoiceList
from tidwizard.ui.wizard.base import WizardStep


class CompanyStep(WizardStep):
    KEY = "company"
    DEFAULT_CSS = """
    CompanyStep #company-list { height: auto; max-height: 12; }
    CompanyStep #company-why-not { color: $text-muted; height: auto; margin-top: 1; }
    """

    def compose_form(self) -> ComposeResult:
        yield ChoiceList(id="company-list")
        yield Static("", id="company-why-not", markup=False)

    def on_mount(self) -> None:
        activation = self.state.activation
        listing = self.query_one("#company-list", OptionList)
        if activation is None or not self.state.activation_current:
            self.say(t("wizard.company.activate_first"))
            listing.display = False
            return
        width = max(len(shown(c.company.name)) for c in activation.companies)
        listing.set_options(self._option(c, width) for c in activation.companies)
        # The earlier choice, else the first company that can be chosen.
        chosen = self.state.tid_company or next(iter(activation.choosable), None)
        if chosen is not None:
            listing.highlighted = activation.companies.index(chosen)
        listing.focus()
        reasons = [self._reason(c) for c in activation.companies if not c.matches]
        self.query_one("#company-why-not", Static).update("\n".join(reasons))
        if not activation.choosable:
            self.say(t("wizard.company.none_matches"))

    def _option(self, choice: CompanyChoice, name_width: int) -> Option:
        mark = t("wizard.company.match") if choice.matches else t("wizard.company.mismatch")
        prompt = Content.assemble(
            ("✓ " if choice.matches else "✗ ", "$success" if choice.matches else "$error"),
            (shown(choice.company.name).ljust(name_width), "bold"),
            f"  {shown(choice.company.organization_number)}  ",
            (mark, "$text-muted"),
        )
        return Option(prompt, disabled=not choice.matches)

    def _reason(self, choice: CompanyChoice) -> str:
        info = self.state.administration
        return mismatch_message(info.org_number if info else "", choice.company)

    def _choice_at(self, index: int | None) -> CompanyChoice | None:
        activation = self.state.activation
        if activation is None or index is None:
            return None
        return activation.companies[index]

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        choice = self._choice_at(event.option_index)
        if choice is not None and choice.matches:
            self.state.tid_company = choice

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        choice = self._choice_at(event.option_index)
        if choice is not None and choice.matches:
            self.state.tid_company = choice
            self.action_next()

    def problem(self) -> str | None:
        if not self.state.activation_current:
            return t("wizard.company.activate_first")
        assert self.state.activation is not None
        if not self.state.activation.choosable:
            return t("wizard.company.none_matches")
        if self.state.tid_company is None:
            return t("wizard.company.choose")
        return None
