"""The saved connection: the settings and the secret turned into a Tid client and a company file.

The commands and the screens that work after setup all start here, so "not set up", "no
secret" and the request rate mean the same everywhere. ``TIDWIZARD_TID_RATE`` overrides the
client's limit of 4 requests per second (0 = none) for the sandbox and benchmarks; the real Tid
service asks for 4. Reading the secret is disk work (keyring or file): screens call
:func:`saved_login` in a thread.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tidwizard.core.i18n import t
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings

if TYPE_CHECKING:
    from tidwizard.core.tid import TidClient

RATE_ENV = "TIDWIZARD_TID_RATE"
DEFAULT_RATE = 4.0


class NotSetUp(Exception):
    """There is nothing saved to connect with; the message says what to do (from the catalogue).

    ``secret_missing`` tells a screen that only the secret is gone, so it can point at its own
    key for activating again."""

    def __init__(self, message: str, *, secret_missing: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.secret_missing = secret_missing


@dataclass(frozen=True)
class SavedLogin:
    """Where Tid is, who logs in, which Tid company, and which Administration company file."""

    url: str
    client_id: str
    secret: str = field(repr=False)
    company_id: int | None
    administration_path: Path


def saved_login(home: Home, settings: Settings, *, environment: bool = True) -> SavedLogin:
    """The login saved by setup. Raises :class:`NotSetUp`, or ``SecretStoreError`` when the
    secret file cannot be read. ``environment=False`` ignores ``TIDWIZARD_SECRET``: one secret
    in the environment cannot be every client's."""
    if not settings.configured or settings.administration_path is None:
        raise NotSetUp(t("export.cli.not_set_up"))
    store = SecretStore(home)
    secret = store.get(settings.secret_key) if environment else store.stored(settings.secret_key)
    if not secret:
        message = t("export.cli.no_secret", client_id=settings.client_id)
        raise NotSetUp(message, secret_missing=True)
    return SavedLogin(
        settings.tid_url,
        settings.client_id,
        secret,
        settings.tid_company_id,
        settings.administration_path,
    )


def tid_rate(environ: Mapping[str, str] | None = None) -> float:
    """Requests per second to Tid: ``TIDWIZARD_TID_RATE`` when it is a number, else 4."""
    value = (os.environ if environ is None else environ).get(RATE_ENV)
    if value is None:
        return DEFAULT_RATE
    try:
        return float(value)
    except ValueError:
        return DEFAULT_RATE


def client_for(
    login: SavedLogin,
    *,
    rate: float | None = None,
    retries: int | None = None,
    timeout: float | None = None,
) -> TidClient:
    """A client for the login's Tid company; unset options keep the client's own defaults, and
    the rate defaults to :func:`tid_rate`. Builds the TLS context: disk work."""
    from tidwizard.core.tid import TidClient  # loads httpx only when a client is made

    tuning: dict[str, Any] = {}
    if retries is not None:
        tuning["retries"] = retries
    if timeout is not None:
        tuning["timeout"] = timeout
    return TidClient(
        login.url,
        login.client_id,
        login.secret,
        company_id=login.company_id,
        rate=tid_rate() if rate is None else rate,
        **tuning,
    )
