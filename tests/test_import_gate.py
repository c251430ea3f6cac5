"""The run's request gate: a waiting mark goes before waiting fetches (under a rate limit), and
no place is ever lost, also when a waiter is cancelled."""

from __future__ import annotations

import asyncio

from tidwizard.core.importer.gate import RequestGate, request_places


async def _order_served(marks_first: bool) -> list[str]:
    gate = RequestGate(1, marks_first=marks_first)
    served: list[str] = []

    async def one(name: str, places: object) -> None:
        async with places:  # type: ignore[attr-defined]
            served.append(name)
            await asyncio.sleep(0)

    async with gate.fetches:  # the one place is taken: everyone below waits
        tasks = [asyncio.create_task(one(f"fetch{i}", gate.fetches)) for i in range(3)]
        await asyncio.sleep(0)
        tasks.append(asyncio.create_task(one("mark", gate.marks)))
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    return served


async def test_a_mark_passes_the_waiting_fetches_only_when_asked() -> None:
    assert (await _order_served(True))[0] == "mark"
    assert await _order_served(False) == ["fetch0", "fetch1", "fetch2", "mark"]


async def test_a_cancelled_waiter_leaves_its_place_to_the_next() -> None:
    gate = RequestGate(1)
    async with gate.fetches:
        waiting = asyncio.create_task(gate.acquire(first=True))
        await asyncio.sleep(0)
        waiting.cancel()
        await asyncio.gather(waiting, return_exceptions=True)
    await asyncio.wait_for(gate.acquire(first=False), 1)  # the place came back
    gate.release()


def test_places_follow_the_rate() -> None:
    assert request_places(0) == 8
    assert request_places(4) == 2 and request_places(10) == 5 and request_places(100) == 8
