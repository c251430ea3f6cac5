"""Work on every client at once: ``import --all-clients`` and ``check --all-clients``.

Each client runs as its own task with what is its own: its login (its own stored secret), its
own Tid client (own token, own rate limiter: Tid's limit is per token) and its own company
file and store. At most ``jobs`` run at once (a semaphore); the clients mostly wait on their
rate limits, so many at once is cheap. One client's failure, whatever it is, is that client's
result with its message, and never stops the others.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from tidwizard.core.admin import AdministrationError
from tidwizard.core.clients import Client
from tidwizard.core.connection import NotSetUp, SavedLogin, saved_login
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStoreError
from tidwizard.core.settings import SettingsError
from tidwizard.core.tid import TidError

DEFAULT_JOBS = 32  # clients at once; see the module's docstring

R = TypeVar("R")
log = logging.getLogger("tidwizard.clients")
# What a client's run is known to meet; anything else is logged with its traceback too.
EXPECTED = (NotSetUp, SettingsError, SecretStoreError, AdministrationError, TidError)


@dataclass(frozen=True, slots=True)
class ClientFailure:
    """Why a client's run did not happen or ended early; ``temporary`` when it may pass by
    itself (Tid unreachable or busy, the company file locked): run again later."""

    message: str
    temporary: bool = False


@dataclass(frozen=True, slots=True)
class ClientResult(Generic[R]):
    """One client's outcome: its value, or its failure."""

    client: Client
    value: R | None = None
    failure: ClientFailure | None = None


def own_login(home: Home, client: Client) -> SavedLogin:
    """The client's saved login with its own stored secret (never ``TIDWIZARD_SECRET``).
    Raises :class:`NotSetUp` or ``SecretStoreError``."""
    return saved_login(home, client.settings, environment=False)


def failure_of(error: BaseException) -> ClientFailure:
    """An error as a client's failure: the user's message (Tid's errors have their own)."""
    user_message = getattr(error, "user_message", None)
    if isinstance(error, NotSetUp):
        message = error.message
    elif callable(user_message):
        message = str(user_message())
    else:
        message = str(error) or type(error).__name__
    return ClientFailure(message, temporary=bool(getattr(error, "temporary", False)))


async def run_each_client(
    clients: Sequence[Client],
    work: Callable[[Client], Awaitable[R]],
    *,
    jobs: int = DEFAULT_JOBS,
    on_done: Callable[[ClientResult[R]], None] | None = None,
) -> list[ClientResult[R]]:
    """``work(client)`` for every client, at most ``jobs`` at once; one result per client, in
    the clients' order, each also given to ``on_done`` as that client ends. An exception ends
    only its own client's work (cancellation excepted)."""
    if jobs < 1:
        raise ValueError("jobs must be at least 1")
    places = asyncio.Semaphore(jobs)

    async def one(client: Client) -> ClientResult[R]:
        result = await _result(client)
        if on_done is not None:
            on_done(result)
        return result

    async def _result(client: Client) -> ClientResult[R]:
        if client.damage is not None:  # its file cannot be read: nothing to run it with
            return ClientResult(client, failure=failure_of(client.damage))
        async with places:
            try:
                return ClientResult(client, value=await work(client))
            except Exception as error:  # any failure is this client's alone
                if isinstance(error, EXPECTED):  # the summary says it; the log keeps it
                    log.info("client %s: %s", client.name, error)
                else:
                    log.warning("client %s: %s", client.name, error, exc_info=error)
                return ClientResult(client, failure=failure_of(error))

    return list(await asyncio.gather(*(one(client) for client in clients)))
