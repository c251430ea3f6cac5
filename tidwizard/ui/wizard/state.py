"""What the wizard's steps share: everything typed or chosen so far, and what was checked."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.settings import Settings
from tidwizard.ui.master_data.state import MasterDataState

if TYPE_CHECKING:
    from tidwizard.core.admin import CompanyInfo
    from tidwizard.core.setup import ActivationResult, CompanyChoice

ImportAs = Literal["invoice", "order"]

DEFAULT_REMINDER_MINUTES = 15


@dataclass(frozen=True)
class ActivationKey:
    """The inputs an activation was made with; when one changes the activation is stale."""

    url: str
    client_id: str
    secret: str
    orgnr: str


@dataclass
class WizardState:
    """One object, shared by all steps. Steps read it on mount and write it as the user types,
    so going back and forward never loses anything."""

    home: Home
    tid_url: str
    administration_path: Path | None = None
    administration: CompanyInfo | None = None
    # The organisationsnummer field as typed (saved to the company database only on Spara).
    orgnr_text: str = ""
    client_id: str = ""
    secret: str = field(default="", repr=False)
    activation: ActivationResult | None = None
    activated_with: ActivationKey | None = field(default=None, repr=False)
    tid_company: CompanyChoice | None = None
    # Tid's organisationsnummer as typed, where the service gives none (the public API).
    tid_orgnr_text: str = ""
    # The Tid company id saved earlier; preselected again after a new activation.
    saved_tid_company_id: int | None = None
    reminder: bool = True
    reminder_minutes: int = DEFAULT_REMINDER_MINUTES
    url_unlocked: bool = False
    import_as: ImportAs = "invoice"
    language: str = "sv"
    # Shown on the activation step by `tidwizard demo` ("client id demo, secret demo").
    credentials_hint: str | None = None
    # `tidwizard demo` without --home: the home is a temporary folder, removed at the end.
    removed_on_exit: bool = False
    # The client the wizard saves to (``--client``); None: the home's only client.
    client_name: str | None = None
    # The master-data step's choice, counts and last run (None: skipped).
    master_data: MasterDataState = field(default_factory=MasterDataState, repr=False)
    # Adding a client from the client list: the names in use; the wizard asks the name first.
    taken_client_names: tuple[str, ...] | None = None

    @property
    def edition(self) -> str | None:
        return self.administration.edition if self.administration else None

    def current_activation_key(self) -> ActivationKey:
        orgnr = self.administration.org_number if self.administration else ""
        return ActivationKey(self.tid_url, self.client_id, self.secret, orgnr)

    @property
    def activation_current(self) -> bool:
        """An activation exists and was made with exactly what is entered now."""
        return self.activation is not None and self.activated_with == self.current_activation_key()

    @property
    def orgnr_typed(self) -> bool:
        """The current activation names no company: Tid's number is typed by the user."""
        return self.activation_current and bool(
            self.activation is not None and self.activation.needs_typed_orgnr
        )

    def missing_before_save(self) -> str | None:
        """What still keeps Spara from saving; None when every choice is made."""
        if self.administration is None:
            return t("wizard.welcome.missing_company")
        if not self.activation_current:
            return t("wizard.summary.activate_again")
        if self.orgnr_typed:
            # Not at the top: every start loads the state, and the import screen needs neither.
            from tidwizard.core.setup import SetupError
            from tidwizard.core.tid_orgnr import check_typed_orgnr

            try:
                check_typed_orgnr(self.tid_orgnr_text, self.administration.org_number)
            except SetupError as error:
                return error.message
            return None
        if self.tid_company is None:
            return t("wizard.company.choose")
        return None

    def record_activation(self, result: ActivationResult) -> None:
        self.activation = result
        self.activated_with = self.current_activation_key()
        choosable = list(result.choosable)
        preferred = [c for c in choosable if c.company.id == self.saved_tid_company_id]
        if len(result.companies) == 1 and choosable:
            self.tid_company = choosable[0]
        elif preferred:
            self.tid_company = preferred[0]
        elif self.tid_company not in choosable:
            self.tid_company = None

    def forget_activation(self) -> None:
        self.activation = None
        self.activated_with = None
        self.tid_company = None


def state_from_settings(
    home: Home,
    settings: Settings,
    *,
    secret: str = "",
    language: str = "sv",
    tid_url: str | None = None,
    credentials_hint: str | None = None,
    removed_on_exit: bool = False,
    client_name: str | None = None,
) -> WizardState:
    """The wizard prefilled with what was saved before (or the defaults on a first run)."""
    return WizardState(
        home=home,
        tid_url=tid_url or settings.tid_url,
        administration_path=settings.administration_path,
        client_id=settings.client_id,
        secret=secret,
        saved_tid_company_id=settings.tid_company_id,
        tid_orgnr_text=settings.tid_org_number if settings.tid_org_number_source == "typed" else "",
        reminder=settings.reminder,
        reminder_minutes=settings.reminder_minutes,
        import_as=settings.import_as,
        language=language,
        credentials_hint=credentials_hint,
        removed_on_exit=removed_on_exit,
        client_name=client_name,
    )
