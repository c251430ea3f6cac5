"""What a row of the client list says: the facts at hand, and the count that Tid is asked for.

The facts are read from the pairing and, read-only, from its company file (no migration, no
lock: another program may be importing into it); the waiting count is one question to Tid per
client, each with its own client (its own token and rate limit), so many can be asked at once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from tidwizard.core.clients import Client
from tidwizard.core.connection import client_for, saved_login
from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.tid import TidDeadline

# A list of thirty clients must not hang on one that never answers.
COUNT_DEADLINE = 30.0
COUNT_RETRIES = 2
COUNT_TIMEOUT = 10.0


@dataclass(frozen=True)
class ClientFacts:
    """One client as far as it is known without asking Tid; ``problem`` says what keeps it
    from importing (None: nothing known so far)."""

    name: str
    org_number: str
    company_file: Path | None
    last_import: dt.datetime | None
    problem: str | None = None


def client_facts(client: Client) -> ClientFacts:
    """The row of ``client`` before Tid answers. Disk work: call it in a thread."""
    settings = client.settings
    path = settings.administration_path
    orgnr = settings.tid_org_number
    if not settings.configured or path is None:
        return ClientFacts(client.name, orgnr, path, None, t("clientfacts.not_set_up"))
    if not path.is_file():
        return ClientFacts(client.name, orgnr, path, None, t("clientfacts.missing", path=path))
    try:
        last = last_import(path)
    except (OSError, sqlite3.Error) as error:
        problem = t("clientfacts.unreadable", path=path, reason=error)
        return ClientFacts(client.name, orgnr, path, None, problem)
    return ClientFacts(client.name, orgnr, path, last)


def last_import(path: Path) -> dt.datetime | None:
    """When the newest journal entry of the company file was made (None: nothing imported).
    Raises ``sqlite3.Error`` for a file that cannot be read."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT max(created_at) FROM import_journal").fetchone()
    finally:
        conn.close()
    return dt.datetime.fromisoformat(row[0]) if row and row[0] else None


async def count_waiting(home: Home, client: Client, *, rate: float | None = None) -> int:
    """How many bases wait in Tid for ``client``. Raises ``NotSetUp``, ``SecretStoreError`` or
    ``TidError`` (``TidDeadline`` past :data:`COUNT_DEADLINE`), each with a message."""
    login = await asyncio.to_thread(saved_login, home, client.settings)
    tid = await asyncio.to_thread(
        client_for, login, rate=rate, retries=COUNT_RETRIES, timeout=COUNT_TIMEOUT
    )
    try:
        async with asyncio.timeout(COUNT_DEADLINE):
            async with tid:
                return await tid.count_pending_bases()
    except TimeoutError:
        raise TidDeadline(login.url, COUNT_DEADLINE) from None
