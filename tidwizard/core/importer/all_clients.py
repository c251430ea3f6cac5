"""`import --all-clients`: every client's import at once, each exactly as a single import.

Each client gets what a single `tidwizard import` has: its own login (its own stored secret),
its own Tid client (own token, own rate limiter), its own company file opened by its own store
(with the engine's own store thread), and :class:`ImportEngine` as the single import tunes it.
``clients_run.run_each_client`` keeps at most ``jobs`` running and turns a client's failure into
its result. One ``stop`` event stops them all after the basis in hand; a client not yet begun
when it is set does not begin.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tidwizard.core.admin import AdministrationStore
from tidwizard.core.clients import Client
from tidwizard.core.clients_run import DEFAULT_JOBS, ClientResult, own_login, run_each_client
from tidwizard.core.connection import client_for, tid_rate
from tidwizard.core.i18n import t
from tidwizard.core.importer.draft import DocumentKind
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.importer.events import ImportEvent, ImportReport
from tidwizard.core.importer.guard import paired_identity
from tidwizard.core.importer.preview import DryRun, dry_run
from tidwizard.core.importer.refusal import edition_refusal
from tidwizard.core.paths import Home


@dataclass(frozen=True, slots=True)
class AllClientsChoices:
    """What the user chose for every client. ``import_as`` None: each client's own setting."""

    import_as: DocumentKind | None = None
    create_missing: bool = False
    dry_run: bool = False
    jobs: int = DEFAULT_JOBS


@dataclass(frozen=True, slots=True)
class ClientImport:
    """One client's run: the import's report, or for a dry run what it would do."""

    report: ImportReport | None = None
    dry_run: DryRun | None = None


class NotBegun(Exception):
    """The run was stopped before this client's turn: all its bases still wait."""

    temporary = True

    def __init__(self) -> None:
        super().__init__(t("allclients.not_begun"))


class CannotImportAs(Exception):
    """The client's company cannot take bases as chosen (orders in a 500); the message says
    what to do."""


ClientEvents = Callable[[Client, ImportEvent], None]


async def import_all_clients(
    home: Home,
    clients: Sequence[Client],
    choices: AllClientsChoices,
    *,
    stop: asyncio.Event | None = None,
    on_event: ClientEvents | None = None,
    on_done: Callable[[ClientResult[ClientImport]], None] | None = None,
) -> list[ClientResult[ClientImport]]:
    """Every client's import, at most ``choices.jobs`` at once; one result per client, in the
    clients' order, each also given to ``on_done`` as that client ends. Each client's events
    go to ``on_event`` with the client."""
    stop = stop or asyncio.Event()

    async def work(client: Client) -> ClientImport:
        return await import_client(home, client, choices, stop=stop, on_event=on_event)

    return await run_each_client(clients, work, jobs=choices.jobs, on_done=on_done)


async def import_client(
    home: Home,
    client: Client,
    choices: AllClientsChoices,
    *,
    stop: asyncio.Event,
    on_event: ClientEvents | None = None,
) -> ClientImport:
    """One client's import (or dry run). Raises what a single import would stop on: not set
    up, no secret, the company file locked or unreadable, Tid refusing the login or out of
    reach, :class:`CannotImportAs`, :class:`NotBegun`."""
    if stop.is_set():
        raise NotBegun()
    # Reading the secret and opening the company file are disk work: not on the loop.
    login = await asyncio.to_thread(own_login, home, client)
    store = await asyncio.to_thread(AdministrationStore.open, login.administration_path)
    try:
        edition = (await asyncio.to_thread(store.company)).edition
        import_as = choices.import_as or DocumentKind(client.settings.import_as)
        refused = edition_refusal(import_as.value, edition)
        if refused is not None:
            raise CannotImportAs(refused)
        # The guard: this client's own company file, not behind Tid (see ``guard``).
        identity = await asyncio.to_thread(
            lambda: paired_identity(home, client.settings, store.identity())
        )
        async with client_for(login) as tid:
            engine = ImportEngine.under_rate(
                tid, store, import_as=import_as, rate=tid_rate(), company_identity=identity
            )
            if choices.dry_run:
                previews = await engine.preview()
                return ClientImport(
                    dry_run=dry_run(previews, create_missing=choices.create_missing)
                )

            def forward(event: ImportEvent) -> None:
                if on_event is not None:
                    on_event(client, event)

            report = await engine.run(
                create_missing=choices.create_missing, on_event=forward, stop=stop
            )
            return ClientImport(report=report)
    finally:
        await asyncio.to_thread(store.close)
