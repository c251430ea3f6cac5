"""Where the master data goes and comes from, and the export engine opened off the event loop.

The wizard knows the login before anything is saved (its state); the import screen knows it from
the saved settings. Both end in a :class:`SavedLogin`, and :func:`open_engine` turns one into an
:class:`ExportEngine` whose Administration reads are already done in a thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tidwizard.core.admin import AdministrationStore
from tidwizard.core.admin.models import Article, Customer, Project, ResultUnit
from tidwizard.core.connection import SavedLogin, client_for, saved_login
from tidwizard.core.export import ExportEngine
from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.settings import Settings
from tidwizard.core.setup import SetupError
from tidwizard.core.tid_orgnr import check_typed_orgnr

if TYPE_CHECKING:
    from tidwizard.ui.wizard.state import WizardState


class LoginMissing(Exception):
    """There is nothing to send with yet; the message says what to do (from the catalogue)."""


def login_from_state(state: WizardState) -> SavedLogin:
    """The wizard's login as entered and activated (nothing is saved yet at this step)."""
    if state.administration is None:
        raise LoginMissing(t("wizard.welcome.missing_company"))
    if not state.activation_current:
        raise LoginMissing(t("masterdata.activate_first"))
    if state.tid_company is not None:
        company_id: int | None = state.tid_company.company.id
    elif state.orgnr_typed and _typed_orgnr_matches(state):
        company_id = None  # the API application's own company: Tid names none
    else:
        raise LoginMissing(t("masterdata.activate_first"))
    return SavedLogin(
        state.tid_url, state.client_id, state.secret, company_id, state.administration.path
    )


def _typed_orgnr_matches(state: WizardState) -> bool:
    """Tid's organisationsnummer as typed is valid and Administration's (checked on its step)."""
    assert state.administration is not None
    try:
        check_typed_orgnr(state.tid_orgnr_text, state.administration.org_number)
    except SetupError:
        return False
    return True


async def login_from_settings(home: Home, settings: Settings) -> SavedLogin:
    """The saved login (raises ``NotSetUp``); the secret store is disk work, so it is read in a
    thread."""
    return await asyncio.to_thread(saved_login, home, settings)


@dataclass(frozen=True)
class RegisterSnapshot:
    """Administration's four registers, read once in a thread, for ``ExportEngine.plan``
    (which reads its source synchronously)."""

    customer_list: list[Customer]
    article_list: list[Article]
    project_list: list[Project]
    result_unit_list: list[ResultUnit]

    @classmethod
    def read(cls, path: Path) -> RegisterSnapshot:
        with AdministrationStore.open(path) as store:
            return cls(store.customers(), store.articles(), store.projects(), store.result_units())

    def customers(self) -> list[Customer]:
        return self.customer_list

    def articles(self) -> list[Article]:
        return self.article_list

    def projects(self) -> list[Project]:
        return self.project_list

    def result_units(self) -> list[ResultUnit]:
        return self.result_unit_list


@asynccontextmanager
async def open_engine(
    login: SavedLogin, *, rate: float | None = None
) -> AsyncIterator[ExportEngine]:
    """An engine on a fresh snapshot of Administration; the client is closed afterwards."""
    snapshot = await asyncio.to_thread(RegisterSnapshot.read, login.administration_path)

    client = await asyncio.to_thread(client_for, login, rate=rate)  # builds the TLS context
    try:
        yield ExportEngine(client, snapshot)
    finally:
        await client.aclose()
