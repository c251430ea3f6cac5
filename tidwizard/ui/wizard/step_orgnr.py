"""Step 2, Organisationsnummer: Administration's number must be valid and equal Tid's."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Button, Input, Label, Static

from tidwizard.core.admin.errors import AdministrationError
from tidwizard.core.admin.store import AdministrationStore
from tidwizard.core.i18n import t
from tidwizard.core.orgnr import OrgNr, OrgNrError, parse_orgnr
from tidwizard.ui.wizard.base import WizardStep
from tidwizard.ui.wizard.loading import CompanyLoaded, read_company


def _parsed(text: str) -> OrgNr | None:
    try:
        return parse_orgnr(text)
    except OrgNrError:
        return None


class OrgnrStep(WizardStep):
    KEY = "orgnr"
    DEFAULT_CSS = """
    OrgnrStep #orgnr-row { height: auto; margin-bottom: 1; }
    OrgnrStep #orgnr-row Label { width: auto; padding-right: 1; }
    OrgnrStep #orgnr-input { width: 16; }
    OrgnrStep #orgnr-save { margin-left: 2; }
    OrgnrStep #orgnr-check { padding-left: 2; width: 1fr; }
    OrgnrStep #orgnr-check.-bad { color: $error; }
    OrgnrStep #orgnr-check.-good { color: $success; }
    OrgnrStep .where { color: $text-muted; }
    """

    def compose_form(self) -> ComposeResult:
        with Horizontal(id="orgnr-row"):
            yield Label(t("wizard.orgnr.label"))
            yield self.text_input(self.state.orgnr_text, id="orgnr-input", max_length=13)
            yield Static("", id="orgnr-check", markup=False)
            yield Button(t("wizard.orgnr.save"), id="orgnr-save", compact=True)
        yield Static(t("wizard.orgnr.where"), classes="where", markup=False)

    def on_mount(self) -> None:
        self._judge(self.state.orgnr_text)
        self.query_one("#orgnr-input").focus()

    @property
    def _stored(self) -> str:
        info = self.state.administration
        return info.org_number if info else ""

    @on(Input.Changed, "#orgnr-input")
    def _changed(self, event: Input.Changed) -> None:
        self.state.orgnr_text = event.value
        self._judge(event.value)

    def _judge(self, text: str) -> None:
        check = self.query_one("#orgnr-check", Static)
        save = self.query_one("#orgnr-save", Button)
        try:
            number = parse_orgnr(text)
        except OrgNrError as error:
            check.update(str(error))
            check.set_classes("-bad")
            save.display = False
            return
        check.update(t(f"wizard.orgnr.valid.{number.kind.value}", number=number.formatted))
        check.set_classes("-good")
        stored = _parsed(self._stored)
        save.display = stored is None or stored.digits != number.digits
        if save.display:
            self.say(t("wizard.orgnr.unsaved", stored=self._stored or "-"), "info")
        else:
            self.say(t("wizard.orgnr.checked_later"), "info")

    def problem(self) -> str | None:
        typed = _parsed(self.state.orgnr_text)
        if typed is None:
            try:
                parse_orgnr(self.state.orgnr_text)
            except OrgNrError as error:
                return str(error)
        stored = _parsed(self._stored)
        if stored is None or typed is None or stored.digits != typed.digits:
            return t("wizard.orgnr.save_first")
        return None

    # -- Spara: the number is Administration's setting, so it is written to the company database --

    @on(Button.Pressed, "#orgnr-save")
    def _save_pressed(self) -> None:
        number = _parsed(self.state.orgnr_text)
        if number is not None and self.state.administration_path is not None:
            self.set_busy(True)
            self._save(number.formatted)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _save(self, formatted: str) -> None:
        path = self.state.administration_path
        assert path is not None
        try:
            with AdministrationStore.open(path) as store:
                store.set_org_number(formatted)
            self.post_message(CompanyLoaded(read_company(path)))
        except AdministrationError as error:
            self.post_message(CompanyLoaded(None, str(error)))

    @on(CompanyLoaded)
    def _saved(self, event: CompanyLoaded) -> None:
        self.set_busy(False)
        if event.info is None:
            self.say(event.error or "")
            return
        self.state.administration = event.info
        self.state.orgnr_text = event.info.org_number
        field = self.query_one("#orgnr-input", Input)
        with field.prevent(Input.Changed):  # a late Changed would replace the "saved" message
            field.value = event.info.org_number
        self._judge(event.info.org_number)
        self.say(t("wizard.orgnr.saved", number=event.info.org_number), "ok")
        self.query_one("#orgnr-input").focus()
