"""The store lane: calls run one at a time in order, share trips, and keep their own results."""

from __future__ import annotations

import asyncio
import threading

import pytest

from tidwizard.core.importer.lane import StoreLane


@pytest.mark.performance_detail
async def test_calls_made_during_a_trip_share_the_next_one_and_keep_their_order() -> None:
    lane = StoreLane()
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

    first = asyncio.ensure_future(lane.call(slow))
    await asyncio.to_thread(first_running.wait, 5)
    later = [asyncio.ensure_future(lane.call(quick, n)) for n in (1, 2, 3)]
    release.set()
    assert await first == "first"
    assert await asyncio.gather(*later) == [10, 20, 30]
    assert ran == [0, 1, 2, 3]
    assert lane.trips == 2  # the three made during the first trip went together


async def test_an_error_reaches_only_its_own_caller() -> None:
    lane = StoreLane()

    def fails() -> None:
        raise ValueError("disk full")

    results = await asyncio.gather(
        lane.call(fails), lane.call(lambda: "fine"), return_exceptions=True
    )
    assert isinstance(results[0], ValueError) and results[1] == "fine"


async def test_a_call_cancelled_before_its_trip_is_not_run() -> None:
    lane = StoreLane()
    ran: list[str] = []
    gate = threading.Event()
    busy = asyncio.ensure_future(lane.call(lambda: gate.wait(5)))
    await asyncio.sleep(0.01)
    dropped = asyncio.ensure_future(lane.call(ran.append, "dropped"))
    kept = asyncio.ensure_future(lane.call(ran.append, "kept"))
    await asyncio.sleep(0)
    dropped.cancel()
    gate.set()
    await busy
    await kept
    with pytest.raises(asyncio.CancelledError):
        await dropped
    assert ran == ["kept"]
