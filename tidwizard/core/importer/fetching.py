"""Fetch invoice bases with their rows concurrently, handing them over in the order asked for.

At most ``concurrency`` requests are in flight; the Tid client's shared limiter keeps the rate.
The single writer takes bases one by one in order, so document numbers follow the basis order.
Fetches run at most ``ahead`` bases beyond the writer: memory stays the same for 100 bases or
100,000, and under a rate limit the writer's marks are not queued behind a flood of fetches.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from tidwizard.core.tid.errors import TidError
from tidwizard.core.wire import InvoiceBasis

FetchBasis = Callable[[int], Awaitable[InvoiceBasis]]


@dataclass(frozen=True, slots=True)
class Fetched:
    tid_invoice_id: int
    basis: InvoiceBasis | None
    error: TidError | None = None


class BasisFetcher:
    """Fetches ahead of the taker; ``take(id)`` waits for that one (normally the next in order)."""

    def __init__(
        self,
        fetch: FetchBasis,
        ids: Sequence[int],
        concurrency: int,
        *,
        ahead: int | None = None,
        gate: contextlib.AbstractAsyncContextManager[None] | None = None,
    ) -> None:
        """``gate``, when given, is shared with the caller's other requests (the marks)."""
        self._fetch = fetch
        self._gate = gate or asyncio.Semaphore(max(1, concurrency))
        self._ids = list(dict.fromkeys(ids))
        self._ahead = max(1, ahead if ahead is not None else 2 * concurrency)
        self._tasks: dict[int, asyncio.Task[Fetched]] = {}
        self._started = 0  # self._ids[:self._started] have (or had) a task
        self._taken = 0
        self._start_until(self._ahead)

    def _start_until(self, count: int) -> None:
        while self._started < min(count, len(self._ids)):
            tid_id = self._ids[self._started]
            self._tasks[tid_id] = asyncio.create_task(self._one(tid_id))
            self._started += 1

    async def _one(self, tid_invoice_id: int) -> Fetched:
        async with self._gate:
            try:
                return Fetched(tid_invoice_id, await self._fetch(tid_invoice_id))
            except TidError as error:
                return Fetched(tid_invoice_id, None, error)

    async def take(self, tid_invoice_id: int) -> Fetched:
        self._taken += 1
        self._start_until(self._taken + self._ahead)
        while tid_invoice_id not in self._tasks and self._started < len(self._ids):
            self._start_until(self._started + 1)  # taken out of order: fetch up to it
        fetched = await self._tasks[tid_invoice_id]
        del self._tasks[tid_invoice_id]  # handed over: the taker holds it now, not us
        return fetched

    def ready(self, tid_invoice_id: int | None) -> bool:
        """Whether :meth:`take` would hand ``tid_invoice_id`` over without waiting."""
        task = self._tasks.get(tid_invoice_id) if tid_invoice_id is not None else None
        return task is not None and task.done()

    async def close(self) -> None:
        """Cancel the fetches nobody will take (after a stop) and wait until they are gone."""
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    async def __aenter__(self) -> BasisFetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
