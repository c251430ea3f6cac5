"""Open connections by client address, so the 'reset' fault can really drop one.

ASGI gives an app no handle on its socket. The server therefore runs uvicorn with an h11 protocol
that records each connection's transport under the client's (host, port), which ASGI does pass on in
``scope["client"]``; aborting that transport closes the socket before any byte of an answer.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol


class ConnectionRegistry:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._transports: dict[tuple[str, int], asyncio.BaseTransport] = {}

    def add(self, client: tuple[str, int] | None, transport: asyncio.BaseTransport) -> None:
        if client is not None:
            with self._lock:
                self._transports[(client[0], client[1])] = transport

    def discard(self, client: tuple[str, int] | None) -> None:
        if client is not None:
            with self._lock:
                self._transports.pop((client[0], client[1]), None)

    def abort(self, client: Any) -> bool:
        """Drop the connection of this ASGI client address; False if it is not known."""
        if not client:
            return False
        with self._lock:
            transport = self._transports.get((client[0], client[1]))
        if transport is None or not isinstance(transport, asyncio.Transport):
            return False
        transport.abort()
        return True


def protocol_for(registry: ConnectionRegistry) -> type[asyncio.Protocol]:
    """An h11 protocol class that reports its connections to ``registry``."""

    class RegisteredH11Protocol(H11Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            super().connection_made(transport)  # type: ignore[arg-type]
            registry.add(self.client, transport)

        def connection_lost(self, exc: Exception | None) -> None:
            registry.discard(self.client)
            super().connection_lost(exc)

    return RegisteredH11Protocol
