"""Step 1, Välkommen: what will happen, and which Administration company is used."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tidwizard.core.admin.companies import CompanyFile, company_files, read_company_file
from tidwizard.core.admin.errors import AdministrationError
from tidwizard.core.admin.machine import share_warning
from tidwizard.core.admin.models import CompanyInfo
from tidwizard.core.i18n import t
from tidwizard.core.setup import check_administration
from tidwizard.ui.text import plain
from tidwizard.ui.widgets.choice_list import ChoiceList
from tidwizard.ui.widgets.company_form import CompanyForm
from tidwizard.ui.widgets.spinner import Spinner
from tidwizard.ui.wizard.base import WizardStep
from tidwizard.ui.wizard.loading import CompanyLoaded, load_company_info


@dataclass
class CompaniesFound(Message):
    """The company databases under the home, when none was chosen yet."""

    files: list[CompanyFile]
    error: str | None = None  # why the folder or its files cannot be read (a too old SQLite)


def version_stop(info: CompanyInfo) -> str | None:
    """The setup service's verdict on the version (the organisationsnummer is the next step's)."""
    problems = check_administration(info)
    return next((p.message for p in problems if p.code == "version_too_old"), None)


class WelcomeStep(WizardStep):
    KEY = "welcome"
    DEFAULT_CSS = """
    WelcomeStep #welcome-plan { color: $text-muted; margin-bottom: 1; }
    WelcomeStep #welcome-company { border-left: thick $primary; padding-left: 1; height: auto; }
    WelcomeStep #welcome-loading { display: none; }
    WelcomeStep #welcome-loading.-busy { display: block; }
    WelcomeStep #welcome-choose { height: auto; max-height: 6; }
    WelcomeStep .-stop { border-left: thick $error; }
    WelcomeStep #welcome-share { display: none; height: auto; margin-top: 1; color: $warning; }
    WelcomeStep #welcome-share.-shown { display: block; }
    """

    def compose_form(self) -> ComposeResult:
        # Before activation it is not known whether Tid lists companies to choose from or the
        # organisationsnummer is typed: the plan names that step by what it settles.
        steps = self.flow.applicable()
        after = [spec.key for spec in steps].index(self.KEY) + 1  # a client's name may go first
        later = [
            t("wizard.welcome.plan_company") if spec.key == "company" else t(spec.title_key)
            for spec in steps[after:]
        ]
        yield Static(
            t("wizard.welcome.plan", steps=" → ".join(later)), id="welcome-plan", markup=False
        )
        yield Static("", id="welcome-company", markup=False)
        yield Static("", id="welcome-share", markup=False)
        yield Spinner(id="welcome-loading")
        yield ChoiceList(id="welcome-choose")
        yield CompanyForm(self.flow.state.home, id="welcome-create")

    def on_mount(self) -> None:
        self.query_one("#welcome-choose").display = False
        self.query_one("#welcome-create").display = False
        if self.state.administration is not None:
            self._show_company()
        elif self.state.administration_path is not None:
            self._load(self.state.administration_path)
        else:
            self._find_companies()

    # -- loading ---------------------------------------------------------------------------------

    def _loading(self, on: bool) -> None:
        self.query_one("#welcome-loading").set_class(on, "-busy")
        self.set_busy(on)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _find_companies(self) -> None:
        try:
            files = [read_company_file(path) for path in company_files(self.state.home)]
        except AdministrationError as error:
            self.post_message(CompaniesFound([], str(error)))
            return
        self.post_message(CompaniesFound(files))

    def _load(self, path: Path) -> None:
        self._loading(True)
        load_company_info(self, path)

    @on(CompaniesFound)
    def _companies_found(self, event: CompaniesFound) -> None:
        self._loading(False)
        if event.error:
            self.say(event.error)
        elif len(event.files) == 1:
            self._load(event.files[0].path)
        elif not event.files:
            self.say(t("wizard.welcome.none_found"), "info")
            form = self.query_one(CompanyForm)
            form.display = True
            form.focus_first()
        else:
            choose = self.query_one("#welcome-choose", OptionList)
            choose.set_options(
                Option(plain(f"{f.name or f.path.name}  {f.org_number or ''}"), id=str(f.path))
                for f in event.files
            )
            choose.display = True
            choose.focus()
            self.say(t("wizard.welcome.choose"), "info")

    @on(OptionList.OptionSelected, "#welcome-choose")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self._load(Path(event.option.id))

    @on(CompanyForm.Created)
    def _created(self, event: CompanyForm.Created) -> None:
        self.query_one(CompanyForm).display = False
        self._load(event.path)

    @on(CompanyLoaded)
    def _company_loaded(self, event: CompanyLoaded) -> None:
        self._loading(False)
        if event.error:
            self.say(event.error)
            return
        assert event.info is not None
        self.query_one("#welcome-choose").display = False
        self.state.administration = event.info
        self.state.administration_path = event.info.path
        self.state.orgnr_text = self.state.orgnr_text or event.info.org_number
        self._show_company()

    def _show_company(self) -> None:
        info = self.state.administration
        assert info is not None
        box = self.query_one("#welcome-company", Static)
        box.update(
            t(
                "wizard.welcome.company",
                name=info.name,
                edition=t(f"wizard.edition.{info.edition}"),
                version=info.program_version,
                path=str(info.path),
            )
        )
        self._check_share(info.path)
        stop = version_stop(info)
        box.set_class(stop is not None, "-stop")
        if stop:
            self.say(stop)
        else:
            self.say(t("wizard.welcome.ready"), "info")

    @work(thread=True, exclusive=True, group="share", exit_on_error=False)
    def _check_share(self, path: Path) -> None:
        """A company file on a network share is warned about (WAL does not work there)."""
        warning = share_warning(path)
        self.app.call_from_thread(self._show_share, warning)

    def _show_share(self, warning: str | None) -> None:
        notice = self.query_one("#welcome-share", Static)
        notice.update(warning or "")
        notice.set_class(warning is not None, "-shown")

    # -- leaving ---------------------------------------------------------------------------------

    def problem(self) -> str | None:
        info = self.state.administration
        if info is None:
            return t("wizard.welcome.missing_company")
        return version_stop(info)
