"""What ``tidwizard clients`` shows (and the TUI's client list may): one row per client.

Reading the rows is disk work only: each client's company file is read without migrating or
locking it (an import may be writing it meanwhile), and the secret's presence is looked up in the
store, never shown. Asking Tid how many bases wait is separate (:func:`ask_tid`): every client
concurrently, each with its own client (its own token and rate limit), and one client's failure
is that client's problem, never another's.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tidwizard.core.admin import CompanyFile, read_company_file, read_last_import
from tidwizard.core.clients import Client
from tidwizard.core.connection import NotSetUp, SavedLogin, saved_login
from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStoreError

if TYPE_CHECKING:
    from tidwizard.core.tid import TidClient


@dataclass
class ClientOverview:
    """One client as the list shows it; ``waiting`` is None until Tid was asked."""

    client: Client
    company: CompanyFile | None = None
    last_import: dt.datetime | None = None
    login: SavedLogin | None = field(default=None, repr=False)
    tid_asked: bool = False
    waiting: int | None = None
    problems: list[str] = field(default_factory=list)
    # How many of the problems may pass by themselves (Tid unreachable or busy).
    temporary_problems: int = 0

    @property
    def name(self) -> str:
        return self.client.name

    @property
    def org_number(self) -> str:
        """The company file's organisationsnummer, else the one saved at setup (Tid's)."""
        if self.company is not None and self.company.org_number:
            return self.company.org_number
        return self.client.settings.tid_org_number

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    @property
    def temporary(self) -> bool:
        """Every problem of this client may pass by itself."""
        return bool(self.problems) and self.temporary_problems == len(self.problems)


def read_overview(
    home: Home, clients: Sequence[Client], *, environment_secret: bool = False
) -> list[ClientOverview]:
    """A row per client from what is on this machine. ``environment_secret``: whether
    ``TIDWIZARD_SECRET`` counts (a home with one client, as for every other command)."""
    return [_read_one(home, client, environment_secret) for client in clients]


def _read_one(home: Home, client: Client, environment_secret: bool) -> ClientOverview:
    row = ClientOverview(client)
    if client.damage is not None:
        row.problems.append(str(client.damage))
        return row
    settings = client.settings
    path = settings.administration_path
    if path is not None:
        if not path.exists():
            row.problems.append(t("clients.problem.company_missing", path=path))
        else:
            row.company = read_company_file(path)
            if row.company.problem is not None:
                problem = t("clients.problem.company_unreadable", path=path)
                row.problems.append(f"{problem} ({row.company.problem})")
            else:
                row.last_import = read_last_import(path)
    if not settings.configured:
        row.problems.append(t("clients.problem.not_set_up", name=client.name))
        return row
    try:
        row.login = saved_login(home, settings, environment=environment_secret)
    except NotSetUp:  # set up, so it is the secret that is missing
        row.problems.append(t("clients.problem.no_secret", name=client.name))
    except SecretStoreError as exc:
        row.problems.append(str(exc))
    return row


async def ask_tid(
    rows: Sequence[ClientOverview],
    make_client: Callable[[SavedLogin], TidClient],
    *,
    deadline: float,
) -> None:
    """How many bases wait for every row with a login, all at once; each answer, or Tid's
    error, goes to its own row. ``deadline`` bounds each client's questions as a whole."""
    await asyncio.gather(*(ask_one(row, make_client, deadline) for row in rows if row.login))


async def ask_one(
    row: ClientOverview, make_client: Callable[[SavedLogin], TidClient], deadline: float
) -> None:
    """One row's question (the TUI's list asks each in its own worker, to show each answer as
    it comes); the row must have a login."""
    from tidwizard.core.tid import TidError

    login = row.login
    assert login is not None
    row.tid_asked = True
    try:
        row.waiting = await count_waiting_bases(login, make_client, deadline)
    except TidError as exc:
        row.problems.append(exc.user_message())
        row.temporary_problems += exc.temporary


async def count_waiting_bases(
    login: SavedLogin, make_client: Callable[[SavedLogin], TidClient], deadline: float
) -> int:
    """How many bases wait for one login (`check` and the clients' rows); ``TidDeadline``
    when Tid's answers took longer than ``deadline`` as a whole."""
    from tidwizard.core.tid import TidDeadline

    try:
        async with asyncio.timeout(deadline):
            async with make_client(login) as tid:
                return await tid.count_pending_bases()
    except TimeoutError:
        raise TidDeadline(login.url, deadline) from None
