"""Step 4b, Organisationsnummer i Tid: only where the service names no company.

The public Tid API shows no company endpoint, so the program cannot read Tid's
organisationsnummer. The user reads it in Tid (the seed's step 1) and types it; it is checked
the same way as a number from Tid, against Administration's.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label, Static

from tidwizard.core.i18n import t
from tidwizard.core.orgnr import OrgNrError, parse_orgnr
from tidwizard.core.setup import TID_ORGNR_MENU, SetupError
from tidwizard.core.tid_orgnr import check_typed_orgnr
from tidwizard.ui.wizard.base import WizardStep


class TidOrgnrStep(WizardStep):
    KEY = "tid_orgnr"
    DEFAULT_CSS = """
    TidOrgnrStep #tid-orgnr-row { height: auto; }
    TidOrgnrStep #tid-orgnr-row Label { width: auto; padding-right: 1; }
    TidOrgnrStep #tid-orgnr-input { width: 16; }
    TidOrgnrStep #tid-orgnr-check { height: auto; margin-bottom: 1; }
    TidOrgnrStep #tid-orgnr-check.-bad { color: $error; }
    TidOrgnrStep #tid-orgnr-check.-good { color: $success; }
    TidOrgnrStep .where { color: $text-muted; }
    """

    def compose_form(self) -> ComposeResult:
        with Horizontal(id="tid-orgnr-row"):
            yield Label(t("wizard.tid_orgnr.label"))
            yield self.text_input(self.state.tid_orgnr_text, id="tid-orgnr-input", max_length=13)
        # Below the field, not beside it: a reason needs the width of a 60-column terminal.
        yield Static("", id="tid-orgnr-check", markup=False)
        yield Static(
            t("wizard.tid_orgnr.where", menu=TID_ORGNR_MENU), classes="where", markup=False
        )

    def on_mount(self) -> None:
        if not self.state.orgnr_typed:
            self.say(t("wizard.company.activate_first"))
        self._judge(self.state.tid_orgnr_text)
        self.query_one("#tid-orgnr-input").focus()

    @on(Input.Changed, "#tid-orgnr-input")
    def _changed(self, event: Input.Changed) -> None:
        self.state.tid_orgnr_text = event.value
        self._judge(event.value)
        if self.state.orgnr_typed:
            self.say("")  # an earlier verdict on another number

    def _judge(self, text: str) -> None:
        """The number's own validity as it is typed; the comparison comes with Next."""
        check = self.query_one("#tid-orgnr-check", Static)
        if not text.strip():
            check.update("")
            return
        try:
            number = parse_orgnr(text)
        except OrgNrError as error:
            check.update(str(error))
            check.set_classes("-bad")
            return
        check.update(t(f"wizard.orgnr.valid.{number.kind.value}", number=number.formatted))
        check.set_classes("-good")

    def store(self) -> None:
        self.state.tid_orgnr_text = self.query_one("#tid-orgnr-input", Input).value

    def problem(self) -> str | None:
        if not self.state.orgnr_typed:
            return t("wizard.company.activate_first")
        info = self.state.administration
        try:
            check_typed_orgnr(self.state.tid_orgnr_text, info.org_number if info else "")
        except SetupError as error:
            return error.message
        return None
