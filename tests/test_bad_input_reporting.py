"""A basis is reported when it is done, whatever the bases after it do: one whose answer is
slow to come (a stuck server), a refusal waiting behind it, a run stopped or cancelled. Nothing
finished is left unreported, and nothing is reported twice."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from support.bad_input import (
    GOOD,
    assert_nothing_half_written,
    client,
    pending_ids,
    plant,
    work_row,
)
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.importer import BasisImported, BasisRefused, ImportEngine

STUCK = 1003  # its answer is held back
REFUSED = 1900  # refused: an article Administration lacks
HOLD = 4.0  # seconds a held answer waits at most for the test to let it go


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


@dataclass
class Holding(httpx.AsyncBaseTransport):
    """Holds back chosen answers until ``release`` is set (or HOLD passes: then ``held_out``)."""

    hold: set[tuple[str, str]]
    release: asyncio.Event = field(default_factory=asyncio.Event)
    held_out: bool = False
    _inner: httpx.AsyncHTTPTransport = field(default_factory=httpx.AsyncHTTPTransport)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if (request.method, request.url.path) in self.hold:
            try:
                await asyncio.wait_for(self.release.wait(), HOLD)
            except TimeoutError:
                self.held_out = True
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def finished(events: list[Any]) -> list[int]:
    return [e.tid_invoice_id for e in events if isinstance(e, BasisImported | BasisRefused)]


async def test_a_basis_is_reported_while_a_later_one_is_stuck(
    sandbox: Any, store: AdministrationStore
) -> None:
    plant(sandbox.state, REFUSED, (work_row("999", "1", "10.00", "10.00"),))
    holding = Holding({("GET", f"/v1/core/invoices/{STUCK}")})
    events: list[Any] = []

    def on_event(event: Any) -> None:
        events.append(event)
        if set(finished(events)) >= {GOOD[0], REFUSED}:
            holding.release.set()  # only once both were reported

    async with client(sandbox.url, holding) as tid:
        report = await ImportEngine(tid, store).run([GOOD[0], REFUSED, STUCK], on_event=on_event)

    assert not holding.held_out, f"reported only after the stuck basis: {finished(events)}"
    assert finished(events) == [GOOD[0], REFUSED, STUCK]
    assert sorted(e.tid_invoice_id for e in report.imported) == [GOOD[0], STUCK]


async def test_a_mark_finished_after_the_run_is_cancelled_is_still_reported(
    sandbox: Any, store: AdministrationStore
) -> None:
    """Cancelled while the first basis's mark is on its way and the next one's answer is stuck:
    the mark is let finish (exactly once), and its basis is reported as imported."""
    mark = ("PATCH", f"/v1/core/invoices/{GOOD[0]}/setsenttoeconomysystem")
    holding = Holding({mark, ("GET", f"/v1/core/invoices/{GOOD[1]}")})
    events: list[Any] = []
    async with client(sandbox.url, holding) as tid:
        run = asyncio.ensure_future(
            ImportEngine(tid, store).run([GOOD[0], GOOD[1]], on_event=events.append)
        )
        await asyncio.sleep(0.5)  # the first basis written, its mark held, the second stuck
        run.cancel()
        await asyncio.sleep(0.1)
        holding.release.set()
        with pytest.raises(asyncio.CancelledError):
            await run

    assert GOOD[0] not in pending_ids(sandbox.state)
    assert finished(events) == [GOOD[0]]
    assert_nothing_half_written(store, {GOOD[0]})


async def test_a_stopped_run_reports_every_basis_it_finished(
    sandbox: Any, store: AdministrationStore
) -> None:
    stop = asyncio.Event()
    holding = Holding({("GET", f"/v1/core/invoices/{STUCK}")})
    events: list[Any] = []

    def on_event(event: Any) -> None:
        events.append(event)
        if GOOD[0] in finished(events):
            stop.set()
            holding.release.set()

    async with client(sandbox.url, holding) as tid:
        report = await ImportEngine(tid, store).run(
            [GOOD[0], STUCK, GOOD[1]], on_event=on_event, stop=stop
        )

    assert not holding.held_out
    assert report.stopped
    assert finished(events) == [e.tid_invoice_id for e in report.imported + report.refused]
    assert finished(events)[0] == GOOD[0]
