"""One shared, async rate limiter per client: Tid allows a few requests per second per token.

Every request (token exchanges too) first takes a slot here. Slots are handed out in order and
obey two rules: at most ``capacity`` sends in any rolling window, and at least ``1 / rate`` between
two sends, so a burst never crowds the server's window. A small safety margin widens the window
because requests reach the server a little later, and not always in the order they were sent.
A 429 answer pauses every caller until its ``Retry-After`` has passed.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable

# Extra seconds on top of the rolling window: network jitter must not push two sends together.
WINDOW_MARGIN = 0.05


class RateLimiter:
    def __init__(
        self,
        rate: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if rate < 0 or not math.isfinite(rate):
            raise ValueError("rate must be a finite number >= 0")
        self.rate = rate
        self._clock = clock
        self._sleep = sleep
        # rate 4 -> 4 sends per second; rate 0.5 -> 1 send per 2 seconds; rate 2.5 -> 2 per second.
        self._capacity = max(1, math.floor(rate)) if rate else 0
        self._window = max(1.0, self._capacity / rate) + WINDOW_MARGIN if rate else 0.0
        self._spacing = 1.0 / rate if rate else 0.0
        self._sent: deque[float] = deque()
        self._paused_until = 0.0
        self._lock = asyncio.Lock()

    def pause(self, seconds: float) -> None:
        """Nobody sends before ``seconds`` from now (a 429's Retry-After)."""
        self._paused_until = max(self._paused_until, self._clock() + seconds)

    async def acquire(self) -> None:
        """Wait for this caller's slot."""
        while True:
            async with self._lock:
                slot = self._reserve()
            delay = slot - self._clock()
            if delay > 0:
                await self._sleep(delay)
            # A 429 may have paused everyone while we slept; then queue again.
            if self._paused_until <= slot:
                return

    def _reserve(self) -> float:
        now = self._clock()
        slot = max(now, self._paused_until)
        if not self._capacity:
            return slot
        while self._sent and self._sent[0] <= slot - self._window:
            self._sent.popleft()
        if self._sent:
            slot = max(slot, self._sent[-1] + self._spacing)
        if len(self._sent) >= self._capacity:
            slot = max(slot, self._sent[-self._capacity] + self._window)
        self._sent.append(slot)
        return slot
