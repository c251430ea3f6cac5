"""Marks in flight while the next basis is written: still in order, still never half a basis.

The engine writes documents one at a time in basis order and keeps up to ``concurrency`` marks
(``setsenttoeconomysystem`` + confirm) running meanwhile. A stop or a cancellation starts no new
basis and waits for those marks, so every document it leaves is marked with its own number.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.importer.draft import DocumentKind
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.importer.events import (
    BasisFailed,
    BasisImported,
    BasisRefused,
    ImportEvent,
    Progress,
)
from tidwizard.core.importer.ledger import Written
from tidwizard.core.importer.marking import Confirmations, MarkWindow
from tidwizard.core.tid import TidClient
from tidwizard.sandbox.server import SandboxConfig, start_sandbox

BASES = 40

Outcome = BasisImported | BasisRefused | BasisFailed


@pytest.fixture
def bulk() -> Iterator[object]:
    with start_sandbox(SandboxConfig(seed=BASES, rate=0)) as running:
        yield running


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


@pytest.fixture
async def tid(bulk: object) -> AsyncIterator[TidClient]:
    url = bulk.url  # type: ignore[attr-defined]
    async with TidClient(url, "demo", "demo", company_id=1, rate=0, backoff=0.01) as client:
        yield client


def assert_none_half_done(bulk: object, store: AdministrationStore) -> set[int]:
    """Every document is confirmed and Tid holds its number; nothing else is marked."""
    assert store.pending_journal_entries() == []
    marked = {
        b.id: b.economy_system_invoice_number
        for b in bulk.state.bases(1)  # type: ignore[attr-defined]
        if b.sent_to_economy_system is not None
    }
    assert {d.tid_invoice_id: str(d.number) for d in store.invoices()} == marked
    return set(marked)


async def test_marks_overlap_yet_events_and_numbers_follow_the_bases(
    bulk: object, tid: TidClient, store: AdministrationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_flight, most = 0, 0
    mark = tid.set_sent_to_economy_system

    async def counted(*args: object) -> None:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        try:
            await mark(*args)  # type: ignore[arg-type]
        finally:
            in_flight -= 1

    monkeypatch.setattr(tid, "set_sent_to_economy_system", counted)
    engine = ImportEngine(tid, store, concurrency=4)
    ids = list(reversed(await engine.pending_ids()))  # an order of our own choosing
    events: list[ImportEvent] = []
    report = await engine.run(ids, on_event=events.append)

    assert 1 < most <= 4  # the marks really ran side by side, never more than asked
    assert [e.tid_invoice_id for e in report.imported] == ids
    numbers = [int(e.number) for e in report.imported]
    assert numbers == sorted(numbers)  # written one at a time, in basis order
    assert [e.done for e in events if isinstance(e, Progress)] == list(range(len(ids) + 1))
    assert assert_none_half_done(bulk, store) == set(ids)


async def test_a_stop_finishes_the_marks_in_flight_and_starts_nothing_new(
    bulk: object, tid: TidClient, store: AdministrationStore
) -> None:
    stop = asyncio.Event()

    def on_event(event: ImportEvent) -> None:
        if isinstance(event, BasisImported):
            stop.set()

    engine = ImportEngine(tid, store, concurrency=4)
    ids = await engine.pending_ids()
    report = await engine.run(ids, on_event=on_event, stop=stop)

    assert report.stopped and not report.failed
    imported = [e.tid_invoice_id for e in report.imported]
    assert imported == ids[: len(imported)]  # a prefix, in order
    assert 1 <= len(imported) <= 1 + 2 * 4  # the first, and at most the marks then held
    assert assert_none_half_done(bulk, store) == set(imported)
    assert {b.id for b in await engine.pending()} == set(ids) - set(imported)


async def test_a_cancelled_run_waits_for_its_marks_in_flight(
    bulk: object, tid: TidClient, store: AdministrationStore
) -> None:
    first = asyncio.Event()

    def on_event(event: ImportEvent) -> None:
        if isinstance(event, BasisImported):
            first.set()

    run = asyncio.create_task(ImportEngine(tid, store, concurrency=8).run(on_event=on_event))
    await first.wait()
    while not store.pending_journal_entries() and not run.done():
        await asyncio.sleep(0.001)  # documents written that Tid has not yet been told about
    assert not run.done()
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await run
    assert 1 <= len(assert_none_half_done(bulk, store)) < BASES


async def test_the_window_hands_on_outcomes_in_order_and_waits_for_room() -> None:
    delivered: list[Outcome] = []
    window = MarkWindow(2, delivered.append)
    gates = {tid_id: asyncio.Event() for tid_id in (1, 2)}

    async def mark(tid_id: int) -> Outcome:
        await gates[tid_id].wait()
        return BasisFailed(tid_id, "x")

    window.add(mark(1))
    window.add(mark(2))
    window.add(BasisFailed(3, "ready at once"))
    room = asyncio.create_task(window.room())
    gates[2].set()
    await room  # one mark done: room again, but 2 and 3 wait behind 1
    assert window.running == 1 and delivered == []
    gates[1].set()
    await window.drain()
    assert [o.tid_invoice_id for o in delivered] == [1, 2, 3]


async def test_the_window_lets_a_mark_finish_when_the_run_is_abandoned() -> None:
    finished: list[int] = []
    gate = asyncio.Event()

    async def mark() -> Outcome:
        await gate.wait()
        finished.append(1)
        return BasisFailed(1, "x")

    window = MarkWindow(1, lambda outcome: None)
    window.add(mark())
    waiting = asyncio.create_task(window.room())
    await asyncio.sleep(0)
    waiting.cancel()  # the run is cancelled while it waits for room ...
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert window.running == 1  # ... but the mark runs on
    gate.set()
    await window.settle()
    assert finished == [1] and window.running == 0


async def test_confirmations_gather_while_a_batch_is_written_and_share_its_error() -> None:
    batches: list[list[int]] = []
    first_written = asyncio.Event()

    async def confirm_all(entries: list[Written]) -> None:
        batches.append([w.tid_invoice_id for w in entries])
        if len(batches) == 1:
            await first_written.wait()  # the store is busy: the next ones gather meanwhile
        elif len(batches) == 3:
            raise RuntimeError("disk full")

    confirmations = Confirmations(confirm_all)
    first = asyncio.create_task(confirmations.confirm(written(1)))
    await asyncio.sleep(0)
    later = [asyncio.create_task(confirmations.confirm(written(n))) for n in (2, 3)]
    first_written.set()
    await asyncio.gather(first, *later)
    assert batches == [[1], [2, 3]]
    failing = [asyncio.create_task(confirmations.confirm(written(n))) for n in (4, 5)]
    results = await asyncio.gather(*failing, return_exceptions=True)
    assert [str(r) for r in results] == ["disk full", "disk full"]


def written(tid_invoice_id: int) -> Written:
    return Written(tid_invoice_id, 1, DocumentKind.INVOICE, tid_invoice_id, dt.date(2026, 12, 1))


async def test_held_confirmations_wait_for_the_writers_trip_and_flow_when_released() -> None:
    batches: list[list[int]] = []

    async def confirm_all(entries: list[Written]) -> None:
        batches.append([w.tid_invoice_id for w in entries])

    confirmations = Confirmations(confirm_all)
    confirmations.held = True
    waiting = [asyncio.create_task(confirmations.confirm(written(n))) for n in (1, 2)]
    for _ in range(5):
        await asyncio.sleep(0)
    assert batches == [] and not any(task.done() for task in waiting)
    confirmations.send()  # the writer is about to travel: the batch goes along
    await asyncio.gather(*waiting)
    assert batches == [[1, 2]]

    later = asyncio.create_task(confirmations.confirm(written(3)))
    with confirmations.released():  # the run waits for marks: their confirmations must flow
        await later
    assert batches == [[1, 2], [3]] and confirmations.held


async def test_a_run_with_held_confirmations_leaves_none_pending(
    bulk: object, tid: TidClient, store: AdministrationStore
) -> None:
    report = await ImportEngine(tid, store, concurrency=3).run()
    assert len(report.imported) == BASES and not report.failed
    assert_none_half_done(bulk, store)
