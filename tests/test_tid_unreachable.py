"""An address that cannot be reached is told at once and by its cause (issue 13, item 17).

A refused connection, a name that does not exist and a connect that nobody answers are named as
such and not retried before the service has answered once (they took 12-13 s of retries with
backoff before). Loopback addresses are never told to check the internet connection. Nothing
here measures time: the client's own count of requests says whether anything was repeated."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from tidwizard.core.tid import TidClient, TidUnreachable
from tidwizard.core.tid.errors import (
    AnswerTimedOut,
    ConnectionRefused,
    ConnectTimedOut,
    NameNotFound,
)
from tidwizard.core.tid.session import unreachable_error

LANGS = ("sv", "en")


def closed_port() -> int:
    with socket.socket() as probe:  # a loopback port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.fixture
def blackhole() -> Iterator[int]:
    """A loopback port whose listener never accepts and whose queue is full: the kernel drops
    every further connection attempt, so a connect waits until it times out."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port: int = listener.getsockname()[1]
    fillers = []
    for _ in range(3):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    try:
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def client(url: str, **options: Any) -> TidClient:
    # Retries allowed and no backoff: a retry would show in the count, not cost time. The
    # sandbox's demo login.
    return TidClient(url, "demo", "demo", retries=3, backoff=0, **options)


async def failure_of(tid: TidClient) -> TidUnreachable:
    async with tid:
        with pytest.raises(TidUnreachable) as caught:
            await tid.check_credentials()
    return caught.value


def says_internet(message: str) -> bool:
    return "internet" in message.casefold()


async def test_a_refused_connection_is_named_and_not_retried() -> None:
    port = closed_port()
    tid = client(f"http://127.0.0.1:{port}")
    error = await failure_of(tid)
    assert isinstance(error, ConnectionRefused) and error.temporary
    assert (tid.stats.requests, tid.stats.retries) == (1, 0)
    sv, en = (error.user_message(lang) for lang in LANGS)
    assert f"Ingenting svarar på 127.0.0.1:{port}: är tjänsten igång?" in sv
    assert f"Nothing answers at 127.0.0.1:{port}: is the service running?" in en
    assert not says_internet(sv) and not says_internet(en)


async def test_localhost_refused_on_every_address_is_a_refusal() -> None:
    """``localhost`` may be ::1 and 127.0.0.1; both refusing is still a refusal."""
    tid = client(f"http://localhost:{closed_port()}")
    error = await failure_of(tid)
    assert isinstance(error, ConnectionRefused), error.detail
    assert tid.stats.requests == 1


async def test_a_refusal_after_the_service_answered_is_retried(sandbox: Any) -> None:
    """Mid-run the service may be restarting: then a refusal is repeated as before."""
    tid = client(sandbox.url)
    async with tid:
        await tid.check_credentials()
        sandbox.stop()
        with pytest.raises(ConnectionRefused):
            await tid.count_pending_bases()
    assert tid.stats.retries == 3


async def test_a_name_that_does_not_exist_is_named_and_not_retried() -> None:
    try:
        socket.getaddrinfo("nonexistent.invalid", 443)
    except socket.gaierror as error:
        if error.errno != socket.EAI_NONAME:
            pytest.skip(f"this machine's resolver answers {error} for a nonexistent name")
    tid = client("https://nonexistent.invalid")
    error = await failure_of(tid)
    assert isinstance(error, NameNotFound), error.detail
    assert (tid.stats.requests, tid.stats.retries) == (1, 0)
    assert "Namnet nonexistent.invalid finns inte" in error.user_message("sv")
    assert "The name nonexistent.invalid is not found" in error.user_message("en")


async def test_a_connect_nobody_answers_times_out_by_the_connect_timeout(blackhole: int) -> None:
    tid = client(f"http://127.0.0.1:{blackhole}", connect_timeout=0.2, timeout=30)
    error = await failure_of(tid)
    assert isinstance(error, ConnectTimedOut), error.detail
    assert (tid.stats.requests, tid.stats.retries) == (1, 0)
    assert error.seconds == 0.2
    sv, en = (error.user_message(lang) for lang in LANGS)
    assert "0.2 sekunder" in sv and "0.2 seconds" in en
    assert not says_internet(sv) and not says_internet(en)


async def test_a_service_that_takes_the_connection_and_never_answers_is_a_timeout() -> None:
    with socket.create_server(("127.0.0.1", 0), backlog=8) as silent:  # never accepts, never reads
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        tid = TidClient(url, "demo", "demo", retries=1, backoff=0, timeout=0.2)
        error = await failure_of(tid)
    assert isinstance(error, AnswerTimedOut) and error.temporary, error.detail
    assert tid.stats.requests == 2  # the request may have left: repeated as before
    sv, en = (error.user_message(lang) for lang in LANGS)
    assert "svarade inte i tid" in sv and "did not answer in time" in en
    assert not says_internet(sv) and not says_internet(en)


def test_only_an_address_beyond_this_machine_is_told_to_check_the_internet() -> None:
    reason = "ConnectError: [Errno 101] Network is unreachable"
    connect = ConnectionError(reason)
    for url in ("http://127.0.0.1:8000", "http://localhost:8000", "http://[::1]:8000"):
        error = TidUnreachable(url, reason)
        assert not any(says_internet(error.user_message(lang)) for lang in LANGS), url
    error = TidUnreachable("https://publicapi.tid.vismaspcs.se", reason)
    assert all(says_internet(error.user_message(lang)) for lang in LANGS)
    timed_out = ConnectTimedOut("https://publicapi.tid.vismaspcs.se", str(connect), 5)
    assert all(says_internet(timed_out.user_message(lang)) for lang in LANGS)


def test_an_error_without_a_known_cause_stays_plainly_unreachable() -> None:
    import httpx

    error = unreachable_error("https://tid.example.com", httpx.ConnectError("odd"), "odd", 5.0)
    assert type(error) is TidUnreachable
