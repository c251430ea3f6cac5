"""A home set up for the demo, as the wizard leaves it: one place for the screenshots, the
benchmarks and the tests that need a configured home against the sandbox."""

from __future__ import annotations

from pathlib import Path

from tidwizard.core import demo_data
from tidwizard.core.admin.companies import company_file_name
from tidwizard.core.admin.demo import create_demo_company
from tidwizard.core.i18n import Language
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import ImportAs, Settings, save_settings


def set_up_demo_home(
    home: Home,
    tid_url: str,
    *,
    reminder: bool = False,
    import_as: ImportAs = "invoice",
    language: Language | None = None,
) -> Path:
    """The demo Administration company, Tid company 1 of the sandbox (the same
    organisationsnummer), the settings and the demo secret. Returns the company file."""
    home.ensure()
    path = home.companies_dir / company_file_name(demo_data.DEMO_COMPANY_NAME)
    create_demo_company(path).close()
    settings = Settings(
        tid_url=tid_url,
        client_id=demo_data.DEMO_CLIENT_ID,
        tid_company_id=1,
        tid_company_name=demo_data.DEMO_COMPANY_NAME,
        tid_org_number=demo_data.DEMO_COMPANY_ORGNR,
        administration_path=path,
        reminder=reminder,
        import_as=import_as,
        language=language,
    )
    save_settings(home, settings)
    SecretStore(home).set(demo_data.DEMO_CLIENT_ID, demo_data.DEMO_SECRET)
    return path


def add_demo_client(home: Home, name: str, tid_url: str, *, sandbox_company: int) -> Path:
    """A client ``name`` on sandbox Tid company ``sandbox_company`` with its own login
    (``demo_data.sandbox_credentials``), paired with the Administration company that matches it
    (``<name>.sqlite``, as ``company create --demo --sandbox-company K`` makes it), saved as
    setup saves it (the secret under the client's own key). Returns the company file."""
    from tidwizard.core.setup import SetupChoices, save_setup
    from tidwizard.core.wire import Company

    home.ensure()
    path = home.companies_dir / f"{name}.sqlite"
    create_demo_company(path, sandbox_company).close()
    company_id, company_name, orgnr = demo_data.sandbox_company(sandbox_company)
    client_id, secret = demo_data.sandbox_credentials(sandbox_company)
    choices = SetupChoices(
        tid_url=tid_url,
        client_id=client_id,
        tid_company=Company(id=company_id, name=company_name, organization_number=orgnr),
        administration_path=path,
        import_as="invoice",
        reminder=False,
    )
    save_setup(home, choices, secret, client=name)
    return path
