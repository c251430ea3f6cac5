"""The Bearer token: fetched with the Basic credentials, cached, shared and renewed once at a time.

Concurrent callers that all find the token stale share one renewal: whoever takes the lock first
fetches, the others see the new token when they get the lock and use it.

A token lives an hour, or is static (no ``expires``, or null): a static token is kept until Tid
answers 401, which renews it once, as for any token.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from tidwizard.core.logfile import hide

# Renew this long before the stated expiry (at most a tenth of the token's life), so a request
# does not leave with a token that dies on the way.
EXPIRY_MARGIN = 30.0
# Use a token at least this long even when its expiry looks past (clocks disagree); a 401 then
# renews it, so a skewed clock cannot make every call fetch a new token.
MIN_REUSE = 1.0


def basic_header(client_id: str, secret: str) -> str:
    raw = f"{client_id}:{secret}".encode()
    encoded = base64.b64encode(raw).decode("ascii")
    hide(secret, encoded)  # never in a log line
    return "Basic " + encoded


@dataclass(frozen=True)
class Token:
    value: str = field(repr=False)
    renew_at: float  # monotonic clock

    def __repr__(self) -> str:
        return f"Token(value=<hidden>, renew_at={self.renew_at:.1f})"


class TokenKeeper:
    def __init__(
        self,
        fetch: Callable[[], Awaitable[tuple[str, dt.datetime | None]]],
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._fetch = fetch
        self._clock = clock
        self._token: Token | None = None
        self._lock = asyncio.Lock()
        self.fetches = 0
        self.expires: dt.datetime | None = None  # of the last token fetched; None: static

    def __repr__(self) -> str:
        return f"TokenKeeper(fetches={self.fetches})"

    async def current(self) -> str:
        """A token that is not about to expire; fetched when there is none yet or it is stale."""
        token = self._token
        if token is not None and self._clock() < token.renew_at:
            return token.value
        return await self._renew(token.value if token else None, only_if_stale=True)

    async def renew(self, rejected: str) -> str:
        """A new token after ``rejected`` got a 401, unless another caller already replaced it."""
        return await self._renew(rejected, only_if_stale=False)

    async def _renew(self, seen: str | None, *, only_if_stale: bool) -> str:
        async with self._lock:
            token = self._token
            if token is not None and token.value != seen:
                return token.value  # someone renewed while we waited for the lock
            if only_if_stale and token is not None and self._clock() < token.renew_at:
                return token.value
            value, expires = await self._fetch()
            hide(value)
            self.fetches += 1
            self.expires = expires
            self._token = Token(value, self._renew_at(expires))
            return value

    def _renew_at(self, expires: dt.datetime | None) -> float:
        if expires is None:
            return math.inf  # static: until a 401
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=dt.UTC)
        life = (expires - dt.datetime.now(dt.UTC)).total_seconds()
        margin = min(EXPIRY_MARGIN, max(0.0, life) / 10)
        usable = life - margin
        return self._clock() + (usable if usable > 0 else MIN_REUSE)
