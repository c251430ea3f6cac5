"""The Tid client's sockets (core/tid/network.py): asyncio streams under httpx's own transport.

Real servers on loopback: the sandbox, an HTTPS server whose certificate the test makes, and bare
sockets that accept and then stay silent, or close.
"""

from __future__ import annotations

import asyncio
import http.server
import select
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path

import httpcore
import httpx
import pytest

from support.loopback_servers import listing, self_signed, serve
from tidwizard.core.tid import TidClient, TidUnreachable
from tidwizard.core.tid.network import AsyncioBackend, tid_transport
from tidwizard.sandbox.server import SandboxConfig, start_sandbox

PROXY_NAMES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture(autouse=True)
def no_proxy_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_NAMES:
        monkeypatch.delenv(name, raising=False)


def backend_of(client: TidClient) -> object:
    transport = client._http._transport  # type: ignore[attr-defined]
    return transport._pool._network_backend


@pytest.mark.performance_detail
def test_the_client_sends_through_asyncio_streams() -> None:
    # The one point where network.py relies on httpx's inside: its transport's ``_pool``.
    client = TidClient("https://publicapi.tid.vismaspcs.se", "demo", "demo")
    assert isinstance(backend_of(client), AsyncioBackend)
    assert "_pool" in vars(httpx.AsyncHTTPTransport())


@pytest.mark.parametrize("name", ["HTTPS_PROXY", "https_proxy", "ALL_PROXY"])
def test_a_proxy_in_the_environment_keeps_httpx_default_transport(
    monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv(name, "http://proxy.example.test:3128")
    assert tid_transport("https://publicapi.tid.vismaspcs.se") is None
    client = TidClient("https://publicapi.tid.vismaspcs.se", "demo", "demo")
    assert not isinstance(backend_of(client), AsyncioBackend)
    assert client._http._mounts  # type: ignore[attr-defined]  # httpx's proxy transport


def test_an_http_proxy_does_not_touch_an_https_service(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.example.test:3128")
    assert tid_transport("https://publicapi.tid.vismaspcs.se") is not None


async def test_a_whole_import_conversation_over_the_sandbox() -> None:
    with start_sandbox(SandboxConfig(seed="demo", rate=0)) as running:
        async with TidClient(running.url, "demo", "demo", company_id=1, rate=0) as tid:
            bases = [basis async for basis in tid.iter_invoice_bases()]
            fetched = await asyncio.gather(*(tid.get_invoice_basis(b.id) for b in bases))
            assert isinstance(backend_of(tid), AsyncioBackend)
    assert [basis.id for basis in fetched] == [basis.id for basis in bases]
    assert all(basis.rows for basis in fetched)


async def test_https_with_a_trusted_certificate_works(
    tmp_path: Path,
    servers: list[http.server.HTTPServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = serve(
        servers, (200, {"Content-Type": "application/json"}, listing()), self_signed(tmp_path)
    )
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "cert.pem"))
    url = f"https://localhost:{server.server_address[1]}"
    async with TidClient(url, "demo", "demo", retries=0) as tid:
        companies = await tid.list_companies()
    assert [company.name for company in companies] == ["Falsk AB"]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers."""
    with socket.create_server(("127.0.0.1", 0)) as listener:  # the kernel's backlog accepts
        yield listener.getsockname()[1]


async def test_a_silent_server_is_a_read_timeout_with_a_clear_message(silent_port: int) -> None:
    url = f"http://127.0.0.1:{silent_port}"
    async with TidClient(url, "demo", "demo", timeout=0.3, retries=0) as tid:
        with pytest.raises(TidUnreachable) as caught:
            await tid.own_company()
    assert "ReadTimeout" in caught.value.reason


async def test_nobody_listening_is_a_refused_connect_told_at_once() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    async with TidClient(f"http://127.0.0.1:{port}", "demo", "demo", retries=2, backoff=0) as tid:
        with pytest.raises(TidUnreachable) as caught:
            await tid.own_company()
        # Never sent, but a repeat would meet the same refusal: not repeated before the
        # service has answered once (tests/test_tid_unreachable.py has the rest).
        assert tid.stats.requests == 1
    assert "ConnectError" in caught.value.reason and caught.value.code == "refused"


async def test_a_connection_closed_mid_answer_is_a_read_error() -> None:
    async def half_answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{")
        await writer.drain()
        writer.transport.abort()

    server = await asyncio.start_server(half_answer, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server, TidClient(f"http://127.0.0.1:{port}", "demo", "demo", retries=0) as tid:
        with pytest.raises(TidUnreachable) as caught:
            await tid.own_company()
    assert "Error" in caught.value.reason


async def test_connect_timeout_is_named() -> None:
    backend = AsyncioBackend()
    # A non-routable address from TEST-NET-1 with a tiny timeout: either it times out, or the
    # machine has no route at all; both are connect failures the pool may retry.
    with pytest.raises((httpcore.ConnectTimeout, httpcore.ConnectError)):
        await backend.connect_tcp("192.0.2.1", 9, timeout=0.05)


async def _pair() -> tuple[httpcore.AsyncNetworkStream, asyncio.StreamWriter, asyncio.Server]:
    accepted: asyncio.Queue[asyncio.StreamWriter] = asyncio.Queue()

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await accepted.put(writer)

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    ours = await AsyncioBackend().connect_tcp("127.0.0.1", port)
    return ours, await accepted.get(), server


async def _a_few_loop_turns() -> None:
    for _ in range(20):
        await asyncio.sleep(0.005)


async def test_an_idle_connection_reads_as_closed_once_the_server_closes() -> None:
    ours, theirs, server = await _pair()
    async with server:
        assert not ours.get_extra_info("is_readable")
        theirs.close()
        await _a_few_loop_turns()
        assert ours.get_extra_info("is_readable")  # the pool drops it, no request into it
        await ours.aclose()
        assert ours.get_extra_info("is_readable")  # closed: never reused


async def test_an_idle_connection_with_stray_bytes_is_not_reused() -> None:
    # A server may say something before closing (a 408, say): that answer belongs to no request.
    ours, theirs, server = await _pair()
    async with server:
        theirs.write(b"HTTP/1.1 408 Request Timeout\r\n\r\n")
        await _a_few_loop_turns()
        assert ours.get_extra_info("is_readable")
        assert await ours.read(1024)  # once read, nothing waits: idle and usable again
        assert not ours.get_extra_info("is_readable")
        theirs.close()


@pytest.mark.performance_detail
async def test_the_idle_check_asks_the_loop_not_the_kernel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The pool checks every idle connection before each request and after each answer: about
    # 40 checks per imported basis. They read what the loop already knows, with no system call.
    ours, theirs, server = await _pair()
    async with server:

        def no_system_call(*args: object) -> None:
            raise AssertionError("the idle check made a system call")

        monkeypatch.setattr(select, "poll", no_system_call)
        monkeypatch.setattr(select, "select", no_system_call)
        assert not ours.get_extra_info("is_readable")
        theirs.close()
        await ours.aclose()


async def test_tls_refusal_keeps_the_certificate_error_as_the_cause(
    tmp_path: Path,
    servers: list[http.server.HTTPServer],
) -> None:
    server = serve(servers, (200, {}, b"{}"), self_signed(tmp_path))
    stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.server_address[1])
    with pytest.raises(httpcore.ConnectError) as caught:
        await stream.start_tls(ssl.create_default_context(), server_hostname="127.0.0.1")
    assert isinstance(caught.value.__cause__, ssl.SSLCertVerificationError)


@pytest.mark.performance_detail
def test_the_trusted_certificates_are_read_once_per_client(monkeypatch: pytest.MonkeyPatch) -> None:
    loads: list[object] = []
    real = ssl.SSLContext.load_verify_locations

    def counted(self: ssl.SSLContext, *args: object, **kwargs: object) -> None:
        loads.append(args or kwargs)
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", counted)
    TidClient("https://publicapi.tid.vismaspcs.se", "demo", "demo")
    assert len(loads) == 1  # about 35 ms of disk and parsing each time
