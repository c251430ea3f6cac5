"""The run's requests in flight: at most a few at a time, and a basis's mark before a fetch.

The fetches run ahead of the writer; were they served first, every mark would wait behind them
and no basis would be done (the progress at 0) until nearly every basis had been fetched. A
waiting mark takes the next free place, so bases are finished one after another from the start
while the fetches fill the places the marks leave.
"""

from __future__ import annotations

import asyncio
import math
from collections import deque
from types import TracebackType


class RequestGate:
    """``async with gate.marks:`` / ``async with gate.fetches:``; ``size`` places shared.

    Without ``marks_first`` (no rate limit: nothing queues long) all wait in one line, first
    come first served, which keeps the writer's fetches flowing at full speed.
    """

    def __init__(self, size: int, *, marks_first: bool = True) -> None:
        self._free = max(1, size)
        self._waiting: dict[bool, deque[asyncio.Future[None]]] = {True: deque(), False: deque()}
        self.marks = _Places(self, first=marks_first)
        self.fetches = _Places(self, first=False)

    async def acquire(self, *, first: bool) -> None:
        marks, fetches = self._waiting[True], self._waiting[False]
        if self._free > 0 and not marks and (first or not fetches):
            self._free -= 1
            return
        place = asyncio.get_running_loop().create_future()
        self._waiting[first].append(place)
        try:
            await place
        except asyncio.CancelledError:
            if place.done() and not place.cancelled():
                self.release()  # handed a place just as it was cancelled: pass it on
            else:
                self._waiting[first].remove(place)
            raise

    def release(self) -> None:
        for waiting in (self._waiting[True], self._waiting[False]):
            while waiting:
                place = waiting.popleft()
                if not place.done():
                    place.set_result(None)
                    return
        self._free += 1


class _Places:
    def __init__(self, gate: RequestGate, *, first: bool) -> None:
        self._gate = gate
        self._first = first

    async def __aenter__(self) -> None:
        await self._gate.acquire(first=self._first)

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._gate.release()


def request_places(rate: float, most: int = 8) -> int:
    """How many requests a run keeps in flight under ``rate`` requests a second (0: no limit).

    More than about half a second's worth only queue in the client's limiter, where a mark
    waits behind them: the run takes no less time, but no basis is done for seconds.
    """
    if rate <= 0:
        return most
    return max(2, min(most, math.ceil(rate / 2)))
