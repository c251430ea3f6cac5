"""Fetch invoice bases with their rows concurrently, handing them over in the order asked for.

At most ``concurrency`` requests are in flight; the Tid client's shared limiter keeps the rate.
The single writer takes bases one by one in order, so document numbers follow the basis order.
"""

from __future__ import annotations

import asyncio
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
    """Starts every fetch at once behind a semaphore; ``take(id)`` waits for that one."""

    def __init__(self, fetch: FetchBasis, ids: Sequence[int], concurrency: int) -> None:
        self._fetch = fetch
        self._gate = asyncio.Semaphore(max(1, concurrency))
        self._tasks = {
            tid_id: asyncio.create_task(self._one(tid_id)) for tid_id in dict.fromkeys(ids)
        }

    async def _one(self, tid_invoice_id: int) -> Fetched:
        async with self._gate:
            try:
                return Fetched(tid_invoice_id, await self._fetch(tid_invoice_id))
            except TidError as error:
                return Fetched(tid_invoice_id, None, error)

    async def take(self, tid_invoice_id: int) -> Fetched:
        return await self._tasks[tid_invoice_id]

    async def close(self) -> None:
        """Cancel the fetches nobody will take (after a stop) and wait until they are gone."""
        for task in self._tasks.values():
            task.cancel()
        await asyncio.gather(*self._tasks.values(), return_exceptions=True)

    async def __aenter__(self) -> BasisFetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
