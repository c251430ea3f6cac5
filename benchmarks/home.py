"""A configured tidwizard home (settings, secret, demo Administration company) for a sandbox."""

from __future__ import annotations

import os
from pathlib import Path

from tidwizard.core import demo_data
from tidwizard.core.admin import create_demo_company
from tidwizard.core.admin.companies import company_file_name
from tidwizard.core.paths import Home
from tidwizard.core.secrets import KEYRING_ENV, SecretStore
from tidwizard.core.settings import Settings, save_settings


def configured_home(root: Path, tid_url: str) -> Path:
    """A home set up as the wizard would leave it: Tid company 1 of the sandbox and the demo
    Administration company (same organisationsnummer). Returns the company database's path."""
    os.environ[KEYRING_ENV] = "off"  # the secret goes to the home's 0600 file, never a keyring
    home = Home.resolve(root)
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
        language="sv",
    )
    save_settings(home, settings)
    SecretStore(home).set(demo_data.DEMO_CLIENT_ID, demo_data.DEMO_SECRET)
    return path
