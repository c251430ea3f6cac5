"""What stands in front of the /v1 routes: tokens, the rate limit, injected faults and the counters;
in front of every route: only loopback names in the Host header, and the control header for the
``/sandbox/*`` routes (see :mod:`tidwizard.sandbox.control`).

A plain ASGI middleware, because the 'reset' fault must act below HTTP: it drops the connection.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from tidwizard.sandbox.auth import basic_credentials, bearer_token
from tidwizard.sandbox.control import (
    CONTROL_HEADER,
    CONTROL_VALUE,
    LOOPBACK_NAMES,
    is_loopback_host,
)
from tidwizard.sandbox.paths import PathCanon
from tidwizard.sandbox.profiles import CONTRACT
from tidwizard.sandbox.services import SandboxServices

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH"})
_CONTROL_KEY = CONTROL_HEADER.lower().encode()


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


class Gateway:
    def __init__(
        self,
        app: ASGIApp,
        services: SandboxServices,
        paths: PathCanon,
        *,
        any_host_on_v1: bool = False,
    ) -> None:
        self.app = app
        self.services = services
        self.paths = paths
        self.any_host_on_v1 = any_host_on_v1

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path, template = self.paths.canonical(scope["path"])
        scope = {**scope, "path": path}

        async def counting_send(message: Message) -> None:
            # Counted before the answer leaves, so a client that has its answer finds it counted.
            if message["type"] == "http.response.start":
                self.services.stats.request(scope["method"], template, message["status"])
            await send(message)

        await self._handle(scope, receive, counting_send)

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope["path"].lower()
        services = self.services
        is_v1 = path.startswith("/v1/")
        host = _header(scope, b"host")
        if not (is_v1 and self.any_host_on_v1) and not is_loopback_host(host):
            profile = services.profile if is_v1 else CONTRACT
            message = (
                f"the Host header must name this machine by a loopback name ({LOOPBACK_NAMES},"
                f" any port), not {host or ''!r}"
            )
            await profile.error(421, "wrong_host", message)(scope, receive, send)
            return
        control = path == "/sandbox" or path.startswith("/sandbox/")
        if control and _header(scope, _CONTROL_KEY) != CONTROL_VALUE:
            message = (
                f"the sandbox's control routes need the header {CONTROL_HEADER}: {CONTROL_VALUE}"
            )
            await CONTRACT.error(403, "control_header_missing", message)(scope, receive, send)
            return
        if not is_v1:
            await self.app(scope, receive, send)
            return
        if scope["method"] in WRITE_METHODS:
            services.stats.write()
        authorization = _header(scope, b"authorization")
        if path.startswith("/v1/auth/"):
            # Auth calls are checked by their handlers; they are limited per client id.
            pair = basic_credentials(authorization)
            limit_key, company_id = f"basic:{pair[0] if pair else ''}", None
        else:
            token = bearer_token(authorization)
            company_id = services.tokens.company_of(token) if token else None
            if token is None or company_id is None:
                response = services.profile.error(
                    401, "invalid_token", "the access token is missing, unknown or expired"
                )
                await response(scope, receive, send)
                return
            limit_key = f"token:{token}"
        wait = services.limiter.acquire(limit_key)
        if wait is not None:
            response = services.profile.rate_limited(wait)
            await response(scope, receive, send)
            return
        fault = services.faults.draw()
        if fault == "expire" and company_id is None:
            fault = None  # nothing to expire on a Basic call
        if fault is not None:
            services.stats.fault(fault)
        if fault == "reset" and await self._drop(scope, receive):
            return
        if fault in ("error", "reset"):  # 'reset' lands here only if the connection is unknown
            response = services.profile.error(
                500, "internal_error", "injected fault: internal error"
            )
            await response(scope, receive, send)
            return
        if fault == "expire":
            response = services.profile.error(401, "invalid_token", "the access token has expired")
            await response(scope, receive, send)
            return
        if fault == "delay":
            await asyncio.sleep(services.delay_seconds)
        state: dict[str, Any] = scope.setdefault("state", {})
        state["company_id"] = company_id
        await self.app(scope, receive, send)

    async def _drop(self, scope: Scope, receive: Receive) -> bool:
        if not self.services.connections.abort(scope.get("client")):
            return False
        # Wait until the server has noticed, so it does not try to answer on the dead connection.
        while (await receive())["type"] != "http.disconnect":
            pass
        return True
