"""The secret, the Basic header and the tokens never reach a log, a repr or an error text."""

from __future__ import annotations

import base64
import datetime as dt
import logging

import httpx
import pytest

from tidwizard.core.i18n import LANGUAGES
from tidwizard.core.tid import InvalidCredentials, TidClient, TidError
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

SECRET = "Hemlis-7f3a9c"
TOKENS = ["pk_4b1d5e.pa_77aa01", "pk_9c0ffe.pa_e5e5e5"]


def forbidden_texts(secret: str, tokens: list[str]) -> list[str]:
    basic = base64.b64encode(f"demo:{secret}".encode()).decode()
    return [secret, basic, *tokens, *(part for token in tokens for part in token.split("."))]


class Recording(httpx.AsyncBaseTransport):
    """The real HTTP transport, noting every Authorization header and token it carries."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.secrets: set[str] = set()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.secrets.add(request.headers["Authorization"].split(" ", 1)[1])
        response = await self._inner.handle_async_request(request)
        if request.url.path == "/v1/Auth/Token" and response.status_code == 200:
            await response.aread()
            self.secrets.add(response.json()["accessToken"])
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


async def test_nothing_secret_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    issued: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            if len(issued) == len(TOKENS):  # the password was changed meanwhile
                return httpx.Response(401, json={"objectName": "error", "code": "x", "message": ""})
            issued.append(TOKENS[len(issued)])
            expires = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
            body = {"objectName": "auth.token", "accessToken": issued[-1], "expires": expires}
            return httpx.Response(200, json=body)
        body = {"objectName": "error", "code": "invalid_token", "message": "expired"}
        return httpx.Response(401, json=body)

    transport = httpx.MockTransport(handler)
    errors: list[TidError] = []
    async with TidClient(
        "https://tid.example.test", "demo", SECRET, rate=0, backoff=0.001, transport=transport
    ) as tid:
        for call in (tid.own_company, lambda: tid.get_invoice_basis(1)):
            try:
                await call()
            except TidError as exc:
                errors.append(exc)
        texts = [repr(tid), repr(tid.stats), repr(tid._session), caplog.text]
    assert issued == TOKENS and isinstance(errors[-1], InvalidCredentials)
    for exc in errors:
        texts += [str(exc), repr(exc), *(exc.user_message(lang) for lang in LANGUAGES)]
    blob = "\n".join(texts)
    for text in forbidden_texts(SECRET, TOKENS):
        assert text not in blob


async def test_nothing_secret_logged_against_the_sandbox(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    transport = Recording()
    with start_sandbox(SandboxConfig(seed=20, rate=0, faults="expire=0.3,error=0.1")) as running:
        await _busy_session(running, transport)
    assert len(transport.secrets) >= 3  # the Basic credentials and at least two tokens
    for secret in transport.secrets:
        assert secret not in caplog.text
    assert "tidwizard.tid" in {record.name for record in caplog.records}


async def _busy_session(running: RunningSandbox, transport: Recording) -> None:
    async with TidClient(
        running.url, "demo", "demo", rate=0, backoff=0.001, retries=8, transport=transport
    ) as tid:
        async for basis in tid.iter_invoice_bases(page_size=5):
            await tid.get_invoice_basis(basis.id)
        assert tid.stats.renewals > 0
