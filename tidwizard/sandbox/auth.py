"""Credentials and bearer tokens ``pk_<hex>.pa_<hex>``: one company each, with a lifetime."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import math
import secrets
import threading
import time
from dataclasses import dataclass

from tidwizard.core import demo_data

# clientId -> (secret, companies it may integrate with, in order; the first is the default).
# With SandboxConfig.companies set, ``login`` adds demoK/demo and lets demo/demo reach them all.
CREDENTIALS: dict[str, tuple[str, tuple[int, ...]]] = {
    demo_data.DEMO_CLIENT_ID: (demo_data.DEMO_SECRET, tuple(c[0] for c in demo_data.TID_COMPANIES)),
}
PARTNERS: dict[str, str] = {demo_data.PARTNER_CLIENT_ID: demo_data.PARTNER_SECRET}


class InvalidCredentials(Exception):
    pass


class PartnerCredentials(Exception):
    pass


def basic_credentials(header: str | None) -> tuple[str, str] | None:
    """(clientId, secret) from an ``Authorization: Basic ...`` header, or None."""
    if not header or header[:6].lower() != "basic ":
        return None
    try:
        decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    client_id, colon, secret = decoded.partition(":")
    return (client_id, secret) if colon else None


def bearer_token(header: str | None) -> str | None:
    if not header or header[:7].lower() != "bearer ":
        return None
    return header[7:].strip() or None


def login(client_id: str, company_count: int | None) -> tuple[str, tuple[int, ...]] | None:
    """(secret, companies) of a client id, for a sandbox of ``company_count`` companies
    (None: the demo's two, as in ``CREDENTIALS``)."""
    if company_count is not None:
        if client_id == demo_data.DEMO_CLIENT_ID:
            return demo_data.DEMO_SECRET, tuple(range(1, company_count + 1))
        number = demo_data.sandbox_company_of(client_id)
        if number is not None and number <= company_count:
            return demo_data.sandbox_credentials(number)[1], (number,)
    return CREDENTIALS.get(client_id)


def companies_for(header: str | None, company_count: int | None = None) -> tuple[int, ...]:
    """The companies the Basic credentials reach; raises on wrong or partner credentials."""
    pair = basic_credentials(header)
    if pair is None:
        raise InvalidCredentials("missing or malformed Basic authorization")
    client_id, secret = pair
    if PARTNERS.get(client_id) == secret and client_id in PARTNERS:
        raise PartnerCredentials(client_id)
    known = login(client_id, company_count)
    if known is None or not secrets.compare_digest(known[0], secret):
        raise InvalidCredentials("wrong client id or secret")
    return known[1]


@dataclass(frozen=True)
class IssuedToken:
    value: str
    company_id: int
    expires_at: float  # time.monotonic(); infinite for a static token
    expires: dt.datetime | None  # what the client is told; None for a static token


class TokenStore:
    """Tokens living ``ttl`` seconds; ``ttl`` 0 gives static tokens that never expire."""

    def __init__(self, ttl: float) -> None:
        if ttl < 0:
            raise ValueError("the token lifetime must not be negative")
        self.ttl = ttl
        self._lock = threading.Lock()
        self._tokens: dict[str, IssuedToken] = {}

    def issue(self, company_id: int) -> IssuedToken:
        value = f"pk_{secrets.token_hex(16)}.pa_{secrets.token_hex(16)}"
        now = time.monotonic()
        if self.ttl == 0:
            token = IssuedToken(value, company_id, math.inf, None)
        else:
            expires = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self.ttl)
            token = IssuedToken(value, company_id, now + self.ttl, expires.replace(microsecond=0))
        with self._lock:
            # Forget expired tokens so a long soak test does not grow the table without end.
            self._tokens = {k: v for k, v in self._tokens.items() if v.expires_at > now}
            self._tokens[value] = token
        return token

    def company_of(self, value: str) -> int | None:
        """The token's company while it is valid, else None."""
        with self._lock:
            token = self._tokens.get(value)
        if token is None or token.expires_at <= time.monotonic():
            return None
        return token.company_id
