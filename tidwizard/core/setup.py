"""The setup service: every check and decision of the seed's setup steps, in one place.

The wizard's screens and ``tidwizard setup --yes`` both call these functions, so a script gets
exactly the checks a person gets. Every failure is a :class:`SetupError` whose message says what
happened and what to do next; the typed cause (a ``TidError``, an ``OrgNrError``...) is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tidwizard.core.admin import (
    MIN_PROGRAM_VERSION,
    AdministrationError,
    AdministrationStore,
    CompanyInfo,
    edition_has_orders,
    resolve_company,
    version_supported,
)
from tidwizard.core.admin.companies import company_identity
from tidwizard.core.clients import ClientError, Clients
from tidwizard.core.i18n import t
from tidwizard.core.orgnr import OrgNrError, parse_orgnr, same_orgnr
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore, SecretStoreError
from tidwizard.core.settings import (
    DEFAULT_REMINDER_MINUTES,
    ImportAs,
    Settings,
    SettingsError,
    load_settings_file,
)
from tidwizard.core.tid import InsecureUrl, InvalidUrl, TidClient, TidError, check_service_url
from tidwizard.core.wire import Company

# Where the seed says the organisationsnummer is set in each program.
TID_ORGNR_MENU = "Inställningar - Generellt - Företagsinställningar"
ADMINISTRATION_ORGNR_MENU = "Arkiv - Inställningar - Företagsinställningar - Företag"


class SetupError(Exception):
    """A setup step that cannot go on. ``code`` is stable; the message is for the user."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code

    @property
    def message(self) -> str:
        return str(self)


@dataclass(frozen=True)
class SetupProblem:
    """Something about the Administration company that stops the setup until it is fixed."""

    code: str
    message: str


@dataclass(frozen=True)
class CompanyChoice:
    """One Tid company the login reaches, and whether its organisationsnummer matches."""

    company: Company
    matches: bool


@dataclass(frozen=True)
class ActivationResult:
    """What pressing "Aktivera" found: the Tid companies the service names for these credentials.

    ``companies`` is empty when the service names none (no company list, no company endpoint, as
    the public API): the credentials' own company is used and its organisationsnummer is typed.
    ``listed`` says whether the companies came from the service's list of them."""

    companies: list[CompanyChoice]
    listed: bool = True

    @property
    def choosable(self) -> list[CompanyChoice]:
        """Only a company with the same organisationsnummer can be chosen."""
        return [choice for choice in self.companies if choice.matches]

    @property
    def needs_picker(self) -> bool:
        """The seed's dialog appears only when the service lists several companies."""
        return len(self.companies) > 1

    @property
    def needs_typed_orgnr(self) -> bool:
        """The service gives no organisationsnummer: the user reads it in Tid and types it."""
        return not self.companies

    @property
    def single_mismatch(self) -> bool:
        return len(self.companies) == 1 and not self.companies[0].matches


@dataclass
class SetupChoices:
    """Everything the user decided, ready to be saved."""

    tid_url: str
    client_id: str
    # None: the credentials' own company, which the service does not name (see ``typed_orgnr``).
    tid_company: Company | None
    administration_path: Path
    import_as: ImportAs
    reminder: bool
    reminder_minutes: int = DEFAULT_REMINDER_MINUTES
    language: str | None = None
    # Tid's organisationsnummer as the user typed it, when the service gives none.
    typed_orgnr: str = ""


ClientFactory = Callable[..., Any]


def read_administration(home: Home, name_or_path: str | Path | None) -> CompanyInfo:
    """The Administration company meant by a name, a path, or None (the only one in the home)."""
    try:
        path = resolve_company(home, None if name_or_path is None else str(name_or_path))
        with AdministrationStore.open(path) as store:
            return store.company()
    except AdministrationError as exc:
        raise SetupError(f"admin.{exc.code}", str(exc)) from exc


def check_administration(info: CompanyInfo) -> list[SetupProblem]:
    """The seed's preconditions on the Administration side: version 2018.7+ and a valid orgnr."""
    problems: list[SetupProblem] = []
    if not version_supported(info.program_version):
        problems.append(
            SetupProblem(
                "version_too_old",
                t(
                    "setup.problem.version_too_old",
                    version=info.program_version,
                    minimum=MIN_PROGRAM_VERSION,
                ),
            )
        )
    try:
        parse_orgnr(info.org_number)
    except OrgNrError as exc:
        problems.append(
            SetupProblem(
                "orgnr_invalid",
                t(
                    "setup.problem.orgnr_invalid",
                    orgnr=info.org_number or "-",
                    reason=str(exc),
                    menu=ADMINISTRATION_ORGNR_MENU,
                ),
            )
        )
    return problems


async def activate(
    url: str,
    client_id: str,
    secret: str,
    administration_orgnr: str,
    *,
    client_factory: ClientFactory = TidClient,
) -> ActivationResult:
    """Log in to Tid ("Aktivera"): check the credentials, then find out which companies the
    service names (its list, else its company endpoint, else none), each marked matching or not.
    """
    if not client_id.strip():
        raise SetupError("missing_client_id", t("setup.error.missing_client_id"))
    if not secret:
        raise SetupError("missing_secret", t("setup.error.missing_secret"))
    try:
        parse_orgnr(administration_orgnr)
    except OrgNrError as exc:
        raise SetupError("orgnr_invalid", str(exc)) from exc
    try:
        async with client_factory(url, client_id.strip(), secret) as client:
            await client.check_credentials()
            listed: list[Company] | None = await client.list_companies()
            if listed is None:
                own: Company | None = await client.own_company()
                companies = [] if own is None else [own]
            else:
                companies = listed
    except (InvalidUrl, InsecureUrl) as exc:
        raise SetupError(f"tid.{exc.code}", exc.user_message()) from exc
    except TidError as exc:
        # What the service answered may differ from what the program expects: the doctor
        # probes every call read-only and says what the service supports.
        hint = t("setup.doctor_hint", url=url, client_id=client_id.strip())
        raise SetupError(f"tid.{exc.code}", f"{exc.user_message()}\n\n{hint}") from exc
    if listed is not None and not listed:
        raise SetupError("no_companies", t("setup.error.no_companies"))
    choices = [
        CompanyChoice(company, same_orgnr(administration_orgnr, company.organization_number))
        for company in companies
    ]
    return ActivationResult(choices, listed=listed is not None)


def choose_company(
    result: ActivationResult, administration_orgnr: str, requested_id: int | None = None
) -> Company:
    """The Tid company to integrate with, without a dialog (``setup --yes``).

    A requested id must exist and match. Without one, the single matching company is taken; with
    none or several the message lists them, so the user can see what to change or pass.
    """
    if requested_id is not None:
        found = next((c for c in result.companies if c.company.id == requested_id), None)
        if found is None:
            raise SetupError(
                "unknown_company",
                t(
                    "setup.error.unknown_company",
                    id=requested_id,
                    companies=company_list(result.companies),
                ),
            )
        if not found.matches:
            raise SetupError(
                "orgnr_mismatch", mismatch_message(administration_orgnr, found.company)
            )
        return found.company
    choosable = result.choosable
    if len(choosable) == 1:
        return choosable[0].company
    if len(choosable) > 1:
        raise SetupError(
            "choose_company",
            t("setup.error.choose_company", companies=company_list(choosable)),
        )
    if result.single_mismatch:
        raise SetupError(
            "orgnr_mismatch", mismatch_message(administration_orgnr, result.companies[0].company)
        )
    raise SetupError(
        "no_matching_company",
        t(
            "setup.error.no_matching_company",
            orgnr=_formatted(administration_orgnr),
            companies=company_list(result.companies),
            tid_menu=TID_ORGNR_MENU,
            admin_menu=ADMINISTRATION_ORGNR_MENU,
        ),
    )


def company_list(choices: Sequence[CompanyChoice]) -> str:
    """One line per company: id, name, organisationsnummer and, if so, why it cannot be chosen."""
    lines = []
    for choice in choices:
        company = choice.company
        note = "" if choice.matches else "  " + t("setup.company.mismatch_note")
        lines.append(f"  {company.id}: {company.name} ({company.organization_number}){note}")
    return "\n".join(lines)


def mismatch_message(admin_orgnr: str, company: Company) -> str:
    """Why this Tid company cannot be chosen, and where to change the organisationsnummer."""
    return t(
        "setup.error.orgnr_mismatch",
        name=company.name,
        tid_orgnr=company.organization_number,
        admin_orgnr=_formatted(admin_orgnr),
        tid_menu=TID_ORGNR_MENU,
        admin_menu=ADMINISTRATION_ORGNR_MENU,
    )


def effective_import_as(edition: str, requested: ImportAs) -> ImportAs:
    """Orders exist only in Administration 1000/2000; 500 and Fakturering always get invoices."""
    return requested if edition_has_orders(edition) else "invoice"


def save_setup(
    home: Home, choices: SetupChoices, secret: str, *, client: str | None = None
) -> Settings:
    """Save the settings and the secret together: if either fails, neither changes. ``client``
    names the client to add or update (None: the home's only client, or its first)."""
    if not choices.client_id.strip():
        raise SetupError("missing_client_id", t("setup.error.missing_client_id"))
    if not secret:
        raise SetupError("missing_secret", t("setup.error.missing_secret"))
    try:
        url = check_service_url(choices.tid_url)
    except TidError as exc:
        raise SetupError(f"tid.{exc.code}", exc.user_message()) from exc
    client_id = choices.client_id.strip()
    company = choices.tid_company
    typed = ""
    if company is None:
        try:
            typed = parse_orgnr(choices.typed_orgnr).formatted
        except OrgNrError as exc:
            raise SetupError("tid_orgnr_invalid", str(exc)) from exc
    administration_path = choices.administration_path.expanduser().resolve()
    settings = Settings(
        tid_url=url,
        client_id=client_id,
        tid_company_id=None if company is None else company.id,
        tid_company_name="" if company is None else company.name,
        tid_org_number=typed if company is None else company.organization_number,
        tid_org_number_source="typed" if company is None else "tid",
        administration_path=administration_path,
        company_identity=company_identity(administration_path),
        import_as=choices.import_as,
        reminder=choices.reminder,
        reminder_minutes=choices.reminder_minutes,
        language="sv" if choices.language == "sv" else "en" if choices.language == "en" else None,
    )
    store = SecretStore(home)
    clients = Clients(home)
    try:
        pairing = clients.pairing(client, settings)
    except ClientError as exc:
        raise SetupError("client_name", str(exc)) from exc
    except SettingsError as exc:
        raise SetupError("save_failed", str(exc)) from exc
    try:
        previous_key = load_settings_file(pairing.path).secret_key
    except SettingsError:
        previous_key = ""  # a damaged file is being replaced
    key = pairing.settings.secret_key
    try:
        old_secret = store.stored(key)
        store.set(key, secret)
        try:
            saved = clients.write(pairing).settings
        except BaseException:
            _restore_secret(store, key, old_secret)
            raise
    except (SettingsError, SecretStoreError) as exc:
        raise SetupError("save_failed", str(exc)) from exc
    if previous_key and previous_key != key:
        # The old login's secret is no longer used; leaving it behind would only be a risk.
        with suppress(SecretStoreError):
            store.delete(previous_key)
    return saved


def _restore_secret(store: SecretStore, client_id: str, old_secret: str | None) -> None:
    with suppress(SecretStoreError):  # the original error is the one worth reporting
        if old_secret is None:
            store.delete(client_id)
        else:
            store.set(client_id, old_secret)


def formatted_orgnr(orgnr: str) -> str:
    """``NNNNNN-NNNN`` when the number is valid, else as it was written."""
    return _formatted(orgnr)


def _formatted(orgnr: str) -> str:
    try:
        return parse_orgnr(orgnr).formatted
    except OrgNrError:
        return orgnr
