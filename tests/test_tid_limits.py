"""A slow, huge, cut-off or endless answer, a proxy in the environment, a 429 that asks for ever:
each call ends within its bounds and says what happened (issue 12, items 4, 5, 9, 11, 14, 15)."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import pytest

from support.hostile_server import Write, head, hostile_server, plain
from tidwizard.core.tid import RateLimited, TidClient, TidUnreachable
from tidwizard.core.tid.errors import AnswerTooLarge, ConnectionCut

EMPTY_PAGE = {
    "page": 1,
    "pageSize": 100,
    "itemCount": 0,
    "totalItemCount": 0,
    "totalPages": 0,
    "items": [],
}


def client(url: str, **options: Any) -> TidClient:
    options.setdefault("rate", 0)
    options.setdefault("retries", 0)
    options.setdefault("backoff", 0.001)
    return TidClient(url, "demo", "demo", **options)


async def drip(line: str, write: Write) -> None:
    body = json.dumps(EMPTY_PAGE).encode()
    await write(head(200, len(body)))
    for byte in body:  # a byte every 0.3 s: each read is quick, the whole answer never ends
        await asyncio.sleep(0.3)
        await write(bytes([byte]))


async def test_a_dripped_answer_ends_at_the_deadline() -> None:
    with hostile_server(drip) as server:
        async with client(server.url, timeout=1.0, deadline=1.5) as tid:
            started = time.monotonic()
            with pytest.raises(TidUnreachable) as caught:
                await tid.count_pending_bases()
            took = time.monotonic() - started
    assert took < 1.5 + 1.0
    assert "1.5 s" in caught.value.detail


async def test_check_against_a_dripping_server_ends_within_its_deadline(
    home_dir: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tidwizard.cli import check
    from tidwizard.cli.main import main
    from tidwizard.core.demo_home import set_up_demo_home
    from tidwizard.core.paths import Home

    monkeypatch.setattr(check, "CHECK_DEADLINE", 2.0)
    with hostile_server(drip) as server:
        set_up_demo_home(Home.resolve(home_dir), server.url)
        started = time.monotonic()
        code = await asyncio.to_thread(main, ["check"])
        took = time.monotonic() - started
    err = capsys.readouterr().err
    assert code == 75 and took < 2.0 + 1.0
    assert "svarade inte färdigt inom 2 sekunder" in err and "Traceback" not in err


async def test_a_huge_answer_is_not_read() -> None:
    async def huge(line: str, write: Write) -> None:
        await write(head(200, None, "Transfer-Encoding: chunked\r\n"))
        chunk = b"x" * 4096
        for _ in range(100):  # 400 KB of a claimed list, past the cap of 64 KB below
            await write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        await write(b"0\r\n\r\n")

    with hostile_server(huge) as server:
        async with client(server.url, max_answer=64 * 1024) as tid:
            with pytest.raises(AnswerTooLarge) as caught:
                await tid.count_pending_bases()
    assert "/v1/core/invoices" in caught.value.user_message("en")


async def test_a_declared_huge_answer_is_refused_before_it_is_read() -> None:
    async def declared(line: str, write: Write) -> None:
        await write(head(200, 300 * 1024 * 1024))  # then nothing: it must not wait for it

    with hostile_server(declared) as server:
        async with client(server.url, deadline=5.0) as tid:
            started = time.monotonic()
            with pytest.raises(AnswerTooLarge):
                await tid.count_pending_bases()
            assert time.monotonic() - started < 2.0


async def test_an_answer_that_is_read_whole_reads_back_exactly() -> None:
    page = {**EMPTY_PAGE, "items": [{"id": 1, "name": "å" * 500}], "itemCount": 1}

    async def answer(line: str, write: Write) -> None:
        await plain(200, json.dumps(page).encode(), write)

    with hostile_server(answer) as server:
        async with client(server.url) as tid:
            response = await tid.answer_to("/v1/core/invoices")
    assert response.json() == page


async def test_a_connection_cut_mid_answer_is_not_blamed_on_the_internet() -> None:
    async def cut(line: str, write: Write) -> None:
        await write(head(200, 1000) + b'{"page": 1, "items": [')
        raise ConnectionResetError  # the server closes with the answer half sent

    with hostile_server(cut) as server:
        async with client(server.url) as tid:
            with pytest.raises(ConnectionCut) as caught:
                await tid.count_pending_bases()
    message = caught.value.user_message("sv")
    assert "bröt anslutningen mitt i ett svar" in message and "internet" not in message


async def test_a_list_that_repeats_itself_stops_paging() -> None:
    async def endless(line: str, write: Write) -> None:
        page = {
            **EMPTY_PAGE,
            "itemCount": 1,
            "totalItemCount": 10**11,
            "totalPages": 10**9,
            "items": [
                {
                    "id": 1001,
                    "invoiceDate": "2026-11-30",
                    "sum": 1,
                    "customer": {"id": 7, "name": "Kund AB"},
                }
            ],
        }
        await plain(200, json.dumps(page).encode(), write)

    with hostile_server(endless) as server:
        async with client(server.url) as tid:
            listed = [basis.id async for basis in tid.iter_invoice_bases()]
            assert await tid.count_pending_bases() == 1
        pages = [line for line in server.requests if "/v1/core/invoices" in line]
    assert listed == [1001]
    assert len(pages) == 2 + 2  # page 1, and page 2 that brought nothing new, twice


async def test_plain_http_to_loopback_never_goes_through_a_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def nothing(line: str, write: Write) -> None:
        await plain(200, json.dumps(EMPTY_PAGE).encode(), write)

    with hostile_server(nothing) as proxy, hostile_server(nothing) as tid_service:
        for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.setenv(name, proxy.url)
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        async with client(tid_service.url) as tid:
            assert await tid.count_pending_bases() == 0
    assert proxy.requests == []
    assert any("/v1/Auth/Token" in line for line in tid_service.requests)


async def test_a_run_waits_for_429s_only_within_its_budget() -> None:
    asked: list[str] = []

    async def slow_down(line: str, write: Write) -> None:
        asked.append(line)
        await write(head(429, 2, "Retry-After: 99999999\r\n") + b"{}")

    with hostile_server(slow_down) as server:
        async with client(server.url, retries=5) as tid:
            tid._session.wait_budget = 0.5  # a test-sized budget (the default is 300 s)
            started = time.monotonic()
            with pytest.raises(RateLimited) as caught:
                await tid.count_pending_bases()
            assert time.monotonic() - started < 1.0  # not 120 s, not six times
    assert len(asked) == 1
    assert caught.value.retry_after == 120  # Retry-After is capped; the budget ends it at once
