"""What the import screen works with: one Tid client, one Administration store, one engine.

Opened and closed off the event loop: the secret store, the SQLite file and the TLS context are
disk work, and the screen must never wait on them. So are the modules of the store, the client
and the engine: imported in a worker thread when the session opens, not before the first frame.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tidwizard.core.connection import NotSetUp, client_for, saved_login
from tidwizard.core.i18n import t
from tidwizard.core.tid import TidError
from tidwizard.ui.text import shown_lines

if TYPE_CHECKING:
    from tidwizard.core.admin import AdministrationStore
    from tidwizard.core.admin.models import Document, JournalEntry
    from tidwizard.core.importer.engine import ImportEngine
    from tidwizard.core.importer.listing import Listing
    from tidwizard.core.paths import Home
    from tidwizard.core.reconcile.run import Reconciliation
    from tidwizard.core.settings import Settings
    from tidwizard.core.tid import TidClient


def user_message(error: BaseException) -> str:
    return error.user_message() if isinstance(error, TidError) else shown_lines(str(error))


@dataclass(frozen=True)
class ReadIn:
    """One entry of the import journal, and whether the document it made is a credit."""

    entry: JournalEntry
    credit: bool


class SessionError(Exception):
    """The screen cannot start working; the message says what to do (from the catalogue)."""


@dataclass
class ImportSession:
    client: TidClient
    store: AdministrationStore
    engine: ImportEngine
    settings: Settings

    async def pending(self) -> Listing:
        """The waiting bases, those that cannot be listed among them. They stay as long as the
        screen lists them: once it shows them, the screen freezes them out of the garbage
        collector's full collections (see ``gc_freeze``), the table's rows included."""
        return await self.engine.listing()

    async def documents(self) -> list[Document]:
        """Administration's invoices, then its orders, each with its rows."""

        def read() -> list[Document]:
            return self.store.invoices() + self.store.orders()

        return await asyncio.to_thread(read)

    async def history(self) -> list[ReadIn]:
        """Every basis read in, newest first. The journal does not know which documents are
        credit invoices; the documents themselves do."""

        def read() -> list[ReadIn]:
            documents = self.store.invoices() + self.store.orders()
            credits = {(d.type, d.number) for d in documents if d.is_credit}
            return [
                ReadIn(entry, (entry.document_type, entry.document_number) in credits)
                for entry in self.store.journal_history()
            ]

        return await asyncio.to_thread(read)

    async def reconcile(
        self, *, repair: bool = False, reimport: Collection[int] = ()
    ) -> Reconciliation:
        """Tid, the documents and the journal side by side, as `tidwizard reconcile` does; with
        ``repair`` the repairs that need no question, with ``reimport`` those bases read in
        again."""
        from tidwizard.core.reconcile.run import reconcile_client  # the engine's, loaded

        return await reconcile_client(
            self.settings, self.client, self.store, repair=repair, reimport=reimport
        )

    async def close(self) -> None:
        await self.client.aclose()
        await asyncio.to_thread(self.store.close)


def _open_store(path: Path) -> AdministrationStore:
    from tidwizard.core.admin import AdministrationStore

    return AdministrationStore.open(path)


async def open_session(home: Home, settings: Settings, *, rate: float = 4.0) -> ImportSession:
    """Raises :class:`SessionError`, ``SecretStoreError``, ``AdministrationError`` or
    ``TidError`` (a bad address), each with a message for the user."""
    try:
        login = await asyncio.to_thread(saved_login, home, settings)
    except NotSetUp as error:  # the screen has its own way back to the wizard: s
        message = t("importui.no_secret") if error.secret_missing else error.message
        raise SessionError(message) from error
    store = await asyncio.to_thread(_open_store, login.administration_path)

    def connect() -> TidClient:
        from tidwizard.core.importer import engine  # noqa: F401  (loaded here, off the loop)

        return client_for(login, rate=rate)

    try:
        client = await asyncio.to_thread(connect)
    except BaseException:
        await asyncio.to_thread(store.close)
        raise
    from tidwizard.core.importer.engine import ImportEngine  # loaded by connect()
    from tidwizard.core.importer.gate import request_places
    from tidwizard.core.importer.guard import paired_identity

    try:  # the pairing records the file's identity on its first import (disk work)
        identity = await asyncio.to_thread(
            lambda: paired_identity(home, settings, store.identity())
        )
    except BaseException:
        await client.aclose()
        await asyncio.to_thread(store.close)
        raise
    places = request_places(rate)
    engine = ImportEngine(
        client,
        store,
        import_as=settings.import_as,
        concurrency=places,
        marks_first=rate > 0,
        company_identity=identity,
    )
    return ImportSession(client, store, engine, settings)
