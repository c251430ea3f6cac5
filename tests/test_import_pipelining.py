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
    ImportEvent,
    Outcome,
    Progress,
)
from tidwizard.core.importer.journal_writer import Written
from tidwizard.core.importer.marking import Marked, MarksInFlight
from tidwizard.core.tid import TidClient
from tidwizard.sandbox.server import SandboxConfig, start_sandbox

BASES = 40


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


async def test_the_marks_in_flight_hand_on_outcomes_in_order_and_wait_for_room() -> None:
    delivered: list[Outcome] = []
    marks = MarksInFlight(2, delivered.append, never_confirm)
    gates = {tid_id: asyncio.Event() for tid_id in (1, 2)}

    async def mark(tid_id: int) -> Outcome:
        await gates[tid_id].wait()
        return BasisFailed(tid_id, "x")

    marks.add(mark(1))
    marks.add(mark(2))
    marks.add(BasisFailed(3, "ready at once"))
    room = asyncio.create_task(marks.room())
    gates[2].set()
    await room  # one mark done: room again, but 2 and 3 wait behind 1
    assert marks.running == 1 and delivered == []
    gates[1].set()
    await marks.drain()
    assert [o.tid_invoice_id for o in delivered] == [1, 2, 3]


async def test_the_marks_in_flight_let_a_mark_finish_when_the_run_is_abandoned() -> None:
    finished: list[int] = []
    gate = asyncio.Event()

    async def mark() -> Outcome:
        await gate.wait()
        finished.append(1)
        return BasisFailed(1, "x")

    marks = MarksInFlight(1, lambda outcome: None, never_confirm)
    marks.add(mark())
    waiting = asyncio.create_task(marks.room())
    await asyncio.sleep(0)
    waiting.cancel()  # the run is cancelled while it waits for room ...
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert marks.running == 1  # ... but the mark runs on
    gate.set()
    await marks.settle()
    assert finished == [1] and marks.running == 0


async def never_confirm(entries: list[Written]) -> None:
    raise AssertionError(f"nothing to confirm here: {entries}")


def written(tid_invoice_id: int) -> Written:
    return Written(tid_invoice_id, 1, DocumentKind.INVOICE, tid_invoice_id, dt.date(2026, 12, 1))


def accepted(tid_invoice_id: int) -> Marked:
    entry = written(tid_invoice_id)
    return Marked(entry, BasisImported(tid_invoice_id, entry.kind, str(entry.number)))


async def test_a_round_carries_the_confirmations_ready_and_only_then_are_they_imported() -> None:
    delivered: list[Outcome] = []
    alone: list[list[int]] = []

    async def confirm_alone(entries: list[Written]) -> None:
        alone.append([w.tid_invoice_id for w in entries])

    marks = MarksInFlight(4, delivered.append, confirm_alone)

    async def mark(tid_invoice_id: int) -> Marked:
        return accepted(tid_invoice_id)

    marks.add(mark(1))
    marks.add(mark(2))
    for _ in range(3):
        await asyncio.sleep(0)
    assert marks.running == 0 and delivered == []  # accepted by Tid, not yet confirmed
    carried: list[list[int]] = []

    async def round_call(entries: list[Written]) -> str:
        carried.append([w.tid_invoice_id for w in entries])
        return "round written"

    assert await marks.confirming(round_call) == "round written"
    assert carried == [[1, 2]] and alone == []
    assert [o.tid_invoice_id for o in delivered] == [1, 2]


async def test_while_the_writer_waits_confirmations_are_written_on_their_own() -> None:
    delivered: list[Outcome] = []
    alone: list[list[int]] = []

    async def confirm_alone(entries: list[Written]) -> None:
        alone.append([w.tid_invoice_id for w in entries])

    marks = MarksInFlight(4, delivered.append, confirm_alone)
    gate = asyncio.Event()

    async def mark(tid_invoice_id: int) -> Marked:
        await gate.wait()
        return accepted(tid_invoice_id)

    async def slow_fetch() -> str:
        gate.set()  # the marks finish while the writer waits for this basis
        for _ in range(10):
            await asyncio.sleep(0)
        return "fetched"

    marks.add(mark(1))
    marks.add(mark(2))
    assert await marks.confirming_until(slow_fetch()) == "fetched"
    assert [n for batch in alone for n in batch] == [1, 2]
    assert [o.tid_invoice_id for o in delivered] == [1, 2]


async def test_a_confirmation_error_reaches_the_writer_and_the_entries_stay_pending() -> None:
    delivered: list[Outcome] = []

    async def disk_full(entries: list[Written]) -> None:
        raise RuntimeError("disk full")

    marks = MarksInFlight(4, delivered.append, disk_full)

    async def mark() -> Marked:
        return accepted(1)

    marks.add(mark())
    with pytest.raises(RuntimeError, match="disk full"):
        await marks.drain()
    await marks.settle()  # tries once more, in vain: the basis waits for the next run
    assert delivered == []


async def test_a_run_with_confirmations_carried_by_its_rounds_leaves_none_pending(
    bulk: object, tid: TidClient, store: AdministrationStore
) -> None:
    report = await ImportEngine(tid, store, concurrency=3).run()
    assert len(report.imported) == BASES and not report.failed
    assert_none_half_done(bulk, store)
