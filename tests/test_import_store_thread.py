"""The store's worker thread: calls run one at a time in order, share batches, and keep their own
results."""

from __future__ import annotations

import asyncio
import threading

import pytest

from tidwizard.core.importer.store_thread import StoreThread


@pytest.mark.performance_detail
async def test_calls_made_during_a_batch_share_the_next_one_and_keep_their_order() -> None:
    thread = StoreThread()
    ran: list[int] = []
    first_running, release = threading.Event(), threading.Event()

    def slow() -> str:
        first_running.set()
        release.wait(5)
        ran.append(0)
        return "first"

    def quick(n: int) -> int:
        ran.append(n)
        return n * 10

    first = asyncio.ensure_future(thread.call(slow))
    await asyncio.to_thread(first_running.wait, 5)
    later = [asyncio.ensure_future(thread.call(quick, n)) for n in (1, 2, 3)]
    release.set()
    assert await first == "first"
    assert await asyncio.gather(*later) == [10, 20, 30]
    assert ran == [0, 1, 2, 3]
    assert thread.batches == 2  # the three made during the first batch went together


async def test_an_error_reaches_only_its_own_caller() -> None:
    thread = StoreThread()

    def fails() -> None:
        raise ValueError("disk full")

    results = await asyncio.gather(
        thread.call(fails), thread.call(lambda: "fine"), return_exceptions=True
    )
    assert isinstance(results[0], ValueError) and results[1] == "fine"


async def test_a_call_cancelled_before_its_batch_is_not_run() -> None:
    thread = StoreThread()
    ran: list[str] = []
    gate = threading.Event()
    busy = asyncio.ensure_future(thread.call(lambda: gate.wait(5)))
    await asyncio.sleep(0.01)
    dropped = asyncio.ensure_future(thread.call(ran.append, "dropped"))
    kept = asyncio.ensure_future(thread.call(ran.append, "kept"))
    await asyncio.sleep(0)
    dropped.cancel()
    gate.set()
    await busy
    await kept
    with pytest.raises(asyncio.CancelledError):
        await dropped
    assert ran == ["kept"]
