"""The sockets under the Tid client: httpcore's connection pool on asyncio's own streams.

httpx reaches the network through httpcore, which by default goes through anyio. On asyncio
that layer costs more CPU than the HTTP itself: a cancel scope around every read and write, and
each check of an idle pooled connection (before every request and after every answer) asks anyio
for the socket, which builds a table of socket attributes with a ``getpeername`` call each time.
An import is one long run of small requests, so it paid for this on every basis
(``benchmarks/``: about a third of the engine's time, measured with the two beside each other).

:func:`tid_transport` builds httpx's own transport with that pool swapped for one on
:class:`AsyncioBackend`; everything above the sockets (HTTP/1.1, pooling, keep-alive, TLS
verification, error types) stays httpx's and httpcore's. With a proxy in the environment the
client keeps httpx's default transport, which is the part that knows proxies.
"""

from __future__ import annotations

import asyncio
import errno
import socket
import ssl
import urllib.request
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

import httpcore
import httpx

# The same as httpx's default, so one pool never opens more connections than before.
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
# Seconds to open a connection, apart from the (longer) wait for an answer: a host that answers
# at all does so within milliseconds, and the kernel has sent its SYN three times by then.
CONNECT_TIMEOUT = 5.0


def tid_transport(
    base_url: str, limits: httpx.Limits = LIMITS, *, direct: bool = False
) -> httpx.AsyncHTTPTransport | None:
    """A transport on :class:`AsyncioBackend` for ``base_url``; None when a proxy applies
    (the caller then lets httpx build its default transport, with the proxy). ``direct``:
    never through a proxy, whatever the environment says.

    The TLS context is httpx's (``SSL_CERT_FILE``/``SSL_CERT_DIR`` honoured, always verifying);
    an unreadable ``SSL_CERT_FILE`` raises :class:`OSError` here, as httpx's would.
    """
    if not direct and _proxied(base_url):
        return None
    context = httpx.create_ssl_context()  # reading the trusted certificates: once, not twice
    transport = httpx.AsyncHTTPTransport(verify=context, limits=limits)
    # httpx's transport sends through ``_pool``; giving it ours is the one point where this
    # module relies on httpx's inside (tests/test_tid_network.py checks it on every run).
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=AsyncioBackend(),
    )
    return transport


def _proxied(base_url: str) -> bool:
    """Whether the environment names a proxy that might apply (httpx reads the same variables;
    it alone decides, with ``NO_PROXY``, whether and how one is used)."""
    proxies = urllib.request.getproxies_environment()
    scheme = httpx.URL(base_url).scheme
    return any(proxies.get(name) for name in (scheme, "all"))


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens connections with :func:`asyncio.open_connection`; errors as httpcore names them."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[tuple[Any, ...]] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        local = (local_address, 0) if local_address else None
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await _open(
                    lambda loop, factory: loop.create_connection(
                        factory, host, port, local_addr=local
                    )
                )
        except TimeoutError as error:
            raise httpcore.ConnectTimeout(error) from error
        except OSError as error:
            raise httpcore.ConnectError(error) from _refused_everywhere(error)
        stream = AsyncioStream(reader, writer)
        for option in socket_options or ():
            stream.socket.setsockopt(*option)
        return stream

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[tuple[Any, ...]] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                reader, writer = await _open(
                    lambda loop, factory: loop.create_unix_connection(factory, path)
                )
        except TimeoutError as error:
            raise httpcore.ConnectTimeout(error) from error
        except OSError as error:
            raise httpcore.ConnectError(error) from error
        return AsyncioStream(reader, writer)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def _refused_everywhere(error: OSError) -> OSError:
    """The error as a ConnectionRefusedError where every address of the host refused.

    asyncio tries each address a name has (``localhost``: ::1, then 127.0.0.1) and, when they
    fail with different texts, raises one plain OSError that names them all in its text only;
    the client then could not tell "nothing listens" from any other failure."""
    text = str(error)
    refused = f"[Errno {errno.ECONNREFUSED}]"
    if error.errno is None and text.count("[Errno ") == text.count(refused) > 0:
        return ConnectionRefusedError(errno.ECONNREFUSED, text)
    return error


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection: an asyncio reader and writer pair, upgraded in place by TLS."""

    def __init__(self, reader: _CountingReader, writer: asyncio.StreamWriter) -> None:
        self._reader = reader
        self._writer = writer
        self._taken = 0  # bytes handed to httpcore; the reader counts those that arrived
        self.socket: socket.socket = writer.get_extra_info("socket")

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            async with asyncio.timeout(timeout):
                data = await self._reader.read(max_bytes)
                self._taken += len(data)
                return data
        except TimeoutError as error:
            raise httpcore.ReadTimeout(error) from error
        except OSError as error:  # a reset, or TLS failing mid-stream (ssl.SSLError)
            raise httpcore.ReadError(error) from error

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        try:
            async with asyncio.timeout(timeout):
                self._writer.write(buffer)
                await self._writer.drain()
        except TimeoutError as error:
            raise httpcore.WriteTimeout(error) from error
        except (OSError, RuntimeError) as error:  # RuntimeError: written after the close
            raise httpcore.WriteError(error) from error

    async def aclose(self) -> None:
        # As anyio closes an asyncio socket: say goodbye, give the loop one turn, then let go.
        transport = self._writer.transport
        if not transport.is_closing():
            transport.close()
            await asyncio.sleep(0)
            transport.abort()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                await self._writer.start_tls(ssl_context, server_hostname=server_hostname)
        except TimeoutError as error:
            await self.aclose()
            raise httpcore.ConnectTimeout(error) from error
        except OSError as error:  # ssl.SSLCertVerificationError among them: kept as the cause
            await self.aclose()
            raise httpcore.ConnectError(error) from error
        return self

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return self._has_news()
        if info == "socket":
            return self.socket
        if info == "ssl_object":
            return self._writer.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._writer.get_extra_info("sockname")
        if info == "server_addr":
            return self._writer.get_extra_info("peername")
        return None

    def _has_news(self) -> bool:
        """Whether an idle connection has something to read: for HTTP/1.1 only the server's
        close (or bytes that answer no request, as a 408 before a close). Either way the pool
        drops the connection instead of sending into it.

        The pool asks before every request and after every answer, for every idle connection:
        about 40 times per imported basis. The answer comes from what the loop has already
        received, with no system call (asking the kernel would also miss bytes that the loop
        had already read into the stream). A close that reaches the kernel during the current
        turn of the loop is seen on the next; until then a request may meet it, which the
        client repeats like any dropped connection (``retry``).
        """
        reader = self._reader
        return (
            self._writer.transport.is_closing()
            or reader.at_eof()
            or reader.exception() is not None
            or reader.arrived > self._taken
        )


class _CountingReader(asyncio.StreamReader):
    """A stream reader that counts the bytes arriving (``feed_data`` is how the loop hands
    them over, through :class:`asyncio.StreamReaderProtocol`, before and after TLS)."""

    arrived = 0

    def feed_data(self, data: bytes) -> None:  # type: ignore[override]  # typeshed: any buffer
        self.arrived += len(data)
        super().feed_data(data)


Opener = Callable[
    [asyncio.AbstractEventLoop, Callable[[], asyncio.Protocol]],
    Awaitable[tuple[asyncio.BaseTransport, asyncio.Protocol]],
]


async def _open(opener: Opener) -> tuple[_CountingReader, asyncio.StreamWriter]:
    """What :func:`asyncio.open_connection` does, with a :class:`_CountingReader`."""
    loop = asyncio.get_running_loop()
    reader = _CountingReader(loop=loop)
    protocol = asyncio.StreamReaderProtocol(reader, loop=loop)
    transport, _ = await opener(loop, lambda: protocol)
    writer = asyncio.StreamWriter(transport, protocol, reader, loop)  # type: ignore[arg-type]
    return reader, writer
