"""Sending one call to Tid: rate limit, credentials, retries, token renewal and typed errors.

Logs go to ``tidwizard.tid`` and carry method, path, status and timing only: never a header,
the secret, the token or a query string.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import socket
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any, Literal

import httpx

from tidwizard.core import wire
from tidwizard.core.tid import paths
from tidwizard.core.tid.answers import error_message, parse_answer, wait_in_body
from tidwizard.core.tid.errors import (
    AccessRefused,
    AnswerTimedOut,
    AnswerTooLarge,
    ConnectionCut,
    ConnectionRefused,
    ConnectTimedOut,
    InvalidCredentials,
    NameNotFound,
    NotFound,
    PermissionMissing,
    RateLimited,
    TidError,
    TidHttpError,
    TidUnreachable,
    UntrustedCertificate,
)
from tidwizard.core.tid.ratelimit import RateLimiter
from tidwizard.core.tid.retry import (
    Repeat,
    backoff_delay,
    is_certificate_error,
    may_repeat_after_error,
    may_repeat_after_status,
    retry_after_seconds,
)
from tidwizard.core.tid.tokens import TokenKeeper, basic_header

log = logging.getLogger("tidwizard.tid")

Auth = Literal["basic", "bearer"]
# The error statuses a caller may take as an answer to read back on (``accept``). 401 and 429 are
# never among them: the session renews the token or waits, and raises when that did not help.
CLIENT_ERRORS = frozenset(range(400, 500)) - {401, 429}
# Longest a whole request and its answer may take, and the largest answer read (a page of 100
# bases is ~100 KB, a basis with its rows a few KB): beyond either the call fails.
DEADLINE = 30.0
DEADLINE_PER_TIMEOUT = 3  # a client's deadline by default: three times its per-read timeout
MAX_ANSWER = 16 * 1024 * 1024
# Seconds a run waits in all for 429s before the calls that meet one fail with the reason.
WAIT_BUDGET = 300.0
# The server closed the connection in the middle of an answer: not "check your internet".
CUT_ERRORS = (httpx.RemoteProtocolError, httpx.ReadError)


@dataclass
class ClientStats:
    """What the client did, for tests and benchmarks."""

    requests: int = 0  # HTTP requests sent (every attempt, token exchanges too)
    retries: int = 0  # attempts repeated after a transport error, a 5xx or a 429
    rate_limited: int = 0  # 429 answers met
    renewals: int = 0  # tokens fetched after the first one


class TidSession:
    def __init__(
        self,
        http: httpx.AsyncClient,
        base_url: str,
        client_id: str,
        secret: str,
        *,
        company_id: int | None,
        limiter: RateLimiter,
        retries: int,
        backoff: float,
        backoff_cap: float,
        deadline: float = DEADLINE,
        max_answer: int = MAX_ANSWER,
        wait_budget: float = WAIT_BUDGET,
    ) -> None:
        self._http = http
        self._deadline = deadline
        self._max_answer = max_answer
        self.wait_budget = wait_budget  # seconds of 429 waits this client may still spend
        self._base_url = base_url
        self._prefix = str(http.base_url).rstrip("/")
        self._basic = basic_header(client_id, secret)
        self._company_id = company_id
        self._limiter = limiter
        self._retries = max(0, retries)
        self._backoff = backoff
        self._backoff_cap = backoff_cap
        self._tokens = TokenKeeper(self._fetch_token)
        self._answered = False  # whether the service has answered any request yet
        self.stats = ClientStats()

    def __repr__(self) -> str:
        return f"TidSession(base_url={self._base_url!r}, company_id={self._company_id!r})"

    async def send(
        self,
        method: str,
        path: str,
        *,
        auth: Auth = "bearer",
        params: dict[str, Any] | None = None,
        json: Any = None,
        repeat: Repeat | None = None,
        accept: frozenset[int] = frozenset(),
    ) -> httpx.Response:
        """The answer to one call: 2xx or a status in ``accept``; any other outcome raises."""
        if repeat is None:
            repeat = Repeat.NOT_SENT_ONLY if method == "POST" else Repeat.SAFE
        attempt = 0
        renewed = False
        while True:
            await self._limiter.acquire()
            # The token is taken after the wait in the limiter, so it cannot go stale in the queue.
            token = await self._tokens.current() if auth == "bearer" else None
            headers = {"Authorization": f"Bearer {token}" if token else self._basic}
            started = time.perf_counter()
            self.stats.requests += 1
            try:
                response = await self._exchange(method, self._address(path, params), json, headers)
            except httpx.TransportError as exc:
                reason = _describe(exc)
                log.info("%s %s failed after %s: %s", method, path, _ms(started), reason)
                failure = self._failure(exc, reason)
                # Refused, no such name, no answer to connect: before the service has answered
                # once, a repeat meets the same, so it is told at once. Once it has answered,
                # it may be restarting: repeated with backoff like any other passing fault.
                settled = failure.settled and not self._answered
                if attempt < self._retries and may_repeat_after_error(exc, repeat) and not settled:
                    attempt += 1
                    await self._back_off(attempt)
                    continue
                if settled:
                    log.info("not repeated: %s before the service answered once", failure.code)
                raise failure from exc
            self._answered = True
            status = response.status_code
            log.info("%s %s -> %d in %s", method, path, status, _ms(started))
            if status == 401 and token is not None and (not renewed or attempt < self._retries):
                # An expired token: renew and repeat. The first renewal is free; should the new
                # token be refused too (it may expire on a slow request), that costs a retry.
                if renewed:
                    attempt += 1
                    self.stats.retries += 1
                renewed = True
                await self._tokens.renew(token)
                continue
            if status == 429:
                self.stats.rate_limited += 1
                wait = self._wait_after_429(response, attempt + 1)
                if wait > self.wait_budget:
                    # The run's patience is spent: this call fails with the reason, now.
                    raise RateLimited(wait)
                self.wait_budget -= wait
                log.warning("%s %s -> 429, everyone waits %.1f s", method, path, wait)
                self._limiter.pause(wait)
                if attempt < self._retries:
                    attempt += 1
                    self.stats.retries += 1
                    continue  # the limiter holds this caller (and all others) back
                raise RateLimited(wait)
            if attempt < self._retries and may_repeat_after_status(status, repeat):
                attempt += 1
                await self._back_off(attempt)
                continue
            if 200 <= status < 300 or status in (accept - {401, 429}):
                return response
            raise error_for_answer(response, method, path, auth)

    def _failure(self, exc: httpx.TransportError, reason: str) -> TidUnreachable:
        if is_certificate_error(exc):
            return UntrustedCertificate(self._base_url, reason)
        if isinstance(exc, CUT_ERRORS):
            return ConnectionCut(self._base_url, reason)
        return unreachable_error(self._base_url, exc, reason, self._http.timeout.connect)

    async def _exchange(
        self, method: str, url: httpx.URL, json: Any, headers: dict[str, str]
    ) -> httpx.Response:
        """One request and its whole answer, within the deadline and the size cap.

        httpx's timeouts are per read, so an answer dripped a byte at a time would never end;
        the deadline bounds the whole exchange (a timeout, repeated as a read timeout is). The
        answer is read in pieces and given up beyond ``max_answer`` bytes."""
        try:
            async with asyncio.timeout(self._deadline):
                request = self._http.build_request(method, url, json=json, headers=headers)
                response = await self._http.send(request, stream=True)
                try:
                    await self._read_capped(response, method, url.path)
                finally:
                    await response.aclose()
        except TimeoutError:
            raise httpx.ReadTimeout(f"no whole answer within {self._deadline:g} s") from None
        return response

    async def _read_capped(self, response: httpx.Response, method: str, path: str) -> None:
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self._max_answer:
            raise AnswerTooLarge(method, path, self._max_answer)
        pieces: list[bytes] = []
        size = 0
        async for piece in response.aiter_bytes():
            size += len(piece)
            if size > self._max_answer:
                raise AnswerTooLarge(method, path, self._max_answer)
            pieces.append(piece)
        # What Response.aread() itself does once it has read every piece (its only public
        # road reads without a limit); tests/test_tid_limits.py checks the content reads back.
        response._content = b"".join(pieces)

    def _address(self, path: str, params: dict[str, Any] | None) -> httpx.URL:
        """The call's full address, parsed once: handing httpx a path and parameters instead
        makes it parse the address three times (the path, the joined address, then the
        address with its query), which cost more CPU than the rest of a request together."""
        text = self._prefix + path
        if params:
            text += "?" + urllib.parse.urlencode({k: _query_value(v) for k, v in params.items()})
        return httpx.URL(text)

    def _wait_after_429(self, response: httpx.Response, attempt: int) -> float:
        """``Retry-After`` (any letter case), else the body's ``waitInSeconds``, else backoff."""
        header = response.headers.get("Retry-After")
        if header is not None:
            return retry_after_seconds(header)
        in_body = wait_in_body(response)
        if in_body is not None:
            return retry_after_seconds(str(in_body))
        return backoff_delay(attempt, max(self._backoff, 0.1), self._backoff_cap)

    async def _back_off(self, attempt: int) -> None:
        self.stats.retries += 1
        delay = backoff_delay(attempt, self._backoff, self._backoff_cap)
        log.info("retry %d of %d in %.1f s", attempt, self._retries, delay)
        await asyncio.sleep(delay)

    @property
    def token_expires(self) -> dt.datetime | None:
        """When the current token expires as Tid said; None for a static one (or none yet)."""
        return self._tokens.expires

    async def token(self) -> str:
        """A valid token, fetched when there is none yet (checks the credentials)."""
        return await self._tokens.current()

    async def _fetch_token(self) -> tuple[str, dt.datetime | None]:
        params = {"companyId": self._company_id} if self._company_id is not None else None
        response = await self.send(
            "POST", paths.TOKEN, auth="basic", params=params, repeat=Repeat.SAFE
        )
        answer = parse_answer(wire.AuthToken, response, "auth.token")
        if self._tokens.fetches:
            self.stats.renewals += 1
        return answer.access_token, answer.expires


def error_for_answer(response: httpx.Response, method: str, path: str, auth: Auth) -> TidError:
    """The typed error of an error answer, decided on its status and the call alone: the real
    service's error codes are not known, so none is ever looked at (the message is shown)."""
    status = response.status_code
    message = error_message(response)
    if status == 401 and auth == "basic":
        return InvalidCredentials(f"Tid answered 401 to {method} {path}")
    if status == 403 and auth == "basic":
        return AccessRefused(message)
    if status == 403:
        return PermissionMissing(method, path, message)
    if status == 404:
        return NotFound(path, message)
    return TidHttpError(status, message)


# getaddrinfo's answers for a name that does not exist (not "try again": that is the network).
_NO_SUCH_NAME = {
    getattr(socket, name) for name in ("EAI_NONAME", "EAI_NODATA") if hasattr(socket, name)
}


def unreachable_error(
    url: str, error: BaseException, reason: str, connect_timeout: float | None
) -> TidUnreachable:
    """The :class:`TidUnreachable` a transport error stands for, named by its cause."""
    if isinstance(error, httpx.ConnectTimeout):
        return ConnectTimedOut(url, reason, connect_timeout or 0.0)
    if isinstance(error, httpx.TimeoutException):  # read, write, or waiting for the pool
        return AnswerTimedOut(url, reason)
    if not isinstance(error, httpx.ConnectError):
        return TidUnreachable(url, reason)
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ConnectionRefusedError):
            return ConnectionRefused(url, reason)
        if isinstance(cause, socket.gaierror) and cause.errno in _NO_SUCH_NAME:
            return NameNotFound(url, reason)
        cause = cause.__cause__ or cause.__context__
    return TidUnreachable(url, reason)


def _query_value(value: Any) -> str:
    """A query value as httpx writes one: true/false in lower case, None as empty."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _describe(exc: httpx.TransportError) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _ms(started: float) -> str:
    return f"{(time.perf_counter() - started) * 1000:.0f} ms"
