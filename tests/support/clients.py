"""Homes with several clients: each a login the sandbox knows (its own, on demo Tid company 1)
and its own copy of the demo Administration company, saved as ``setup`` saves a client."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidwizard.core.admin import create_demo_company
from tidwizard.core.paths import Home
from tidwizard.core.setup import SetupChoices, save_setup
from tidwizard.core.wire import Company
from tidwizard.sandbox import auth

DEMO_TID_COMPANY = Company(id=1, name="Demo Konsult AB", organization_number="556677-8899")


def add_client(
    home: Home,
    tid_url: str,
    monkeypatch: pytest.MonkeyPatch,
    *,
    name: str | None,
    client_id: str,
    secret: str,
    company_file: str | None = None,
) -> Path:
    """Save the client ``name`` (None: the home's only one, as before clients) with a login the
    sandbox accepts and a new demo company file (default ``<name>.sqlite``); gives the file."""
    monkeypatch.setitem(auth.CREDENTIALS, client_id, (secret, (1, 2)))
    path = home.companies_dir / (company_file or f"{name}.sqlite")
    create_demo_company(path).close()
    choices = SetupChoices(
        tid_url=tid_url,
        client_id=client_id,
        tid_company=DEMO_TID_COMPANY,
        administration_path=path,
        import_as="invoice",
        reminder=True,
    )
    save_setup(home, choices, secret, client=name)
    return path
