"""Create an Administration company database when the home has none yet (on the welcome step)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, Label, RadioSet, Static

from tidwizard.core.admin.companies import company_file_name
from tidwizard.core.admin.errors import AdministrationError
from tidwizard.core.admin.models import EDITIONS, edition_has_orders
from tidwizard.core.admin.store import AdministrationStore
from tidwizard.core.i18n import t
from tidwizard.core.orgnr import OrgNrError, parse_orgnr
from tidwizard.core.paths import Home
from tidwizard.ui.widgets.marked_radio import MarkedRadioButton

DEFAULT_VERSION = "2024.1"


def edition_choice(edition: str) -> Content:
    """The edition's name and, quieter, whether it has orders ("· utan ordrar")."""
    orders = (
        t("wizard.create.with_orders")
        if edition_has_orders(edition)
        else t("wizard.create.no_orders")
    )
    return Content.assemble(t(f"wizard.edition.{edition}"), (f" · {orders}", "$text-muted"))


class CompanyForm(Vertical):
    DEFAULT_CSS = """
    CompanyForm { height: auto; border: round $primary-muted; padding: 0 1; }
    CompanyForm Horizontal { height: auto; }
    CompanyForm Label { width: 20; }
    CompanyForm Input { width: 1fr; }
    CompanyForm RadioSet { border: none; padding: 0 0 0 2; width: 1fr; height: auto; }
    CompanyForm #company-form-problem { color: $error; height: auto; }
    CompanyForm Button { margin-top: 0; }
    """

    @dataclass
    class Created(Message):
        path: Path

    def __init__(self, home: Home, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.home = home

    def compose(self) -> ComposeResult:
        yield Static(t("wizard.create.heading"), markup=False)
        with Horizontal():
            yield Label(t("wizard.create.name"))
            yield Input(id="company-name", compact=True)
        with Horizontal():
            yield Label(t("wizard.create.orgnr"))
            yield Input(id="company-orgnr", compact=True, placeholder="NNNNNN-NNNN")
        # One choice a line, each with what it means for orders: a row of four cut them all
        # to "Visma Ad…" at 80 columns.
        yield Label(t("wizard.create.edition"))
        with RadioSet(id="company-edition", compact=True):
            for edition in EDITIONS:
                yield MarkedRadioButton(
                    edition_choice(edition), value=edition == "2000", name=edition
                )
        with Horizontal():
            yield Label(t("wizard.create.version"))
            yield Input(DEFAULT_VERSION, id="company-version", compact=True, select_on_focus=False)
        yield Static("", id="company-form-problem", markup=False)
        yield Button(t("wizard.create.button"), id="company-create", compact=True)

    def focus_first(self) -> None:
        self.query_one("#company-name", Input).focus()

    def _problem(self, text: str) -> None:
        self.query_one("#company-form-problem", Static).update(text)

    @on(Button.Pressed, "#company-create")
    def _create_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        name = self.query_one("#company-name", Input).value.strip()
        if not name:
            self._problem(t("wizard.create.name_missing"))
            return
        try:
            orgnr = parse_orgnr(self.query_one("#company-orgnr", Input).value).formatted
        except OrgNrError as error:
            self._problem(str(error))
            return
        pressed = self.query_one(RadioSet).pressed_button
        edition = pressed.name if pressed and pressed.name else "2000"
        version = self.query_one("#company-version", Input).value.strip()
        self._problem("")
        self._create(name, orgnr, edition, version)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _create(self, name: str, orgnr: str, edition: str, version: str) -> None:
        path = self.home.companies_dir / company_file_name(name)
        try:
            AdministrationStore.create(
                path, name=name, orgnr=orgnr, edition=edition, program_version=version
            ).close()
        except (AdministrationError, OrgNrError) as error:
            self.app.call_from_thread(self._problem, str(error))
        else:
            self.post_message(self.Created(path))
