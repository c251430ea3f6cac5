"""The marks in flight: telling Tid (and confirming) while the writer goes on to the next basis.

The writer commits one basis after another, in order; each committed basis's mark
(``setsenttoeconomysystem``, then the journal's confirmation) runs as its own task, at most
``size`` at a time, as a bare HTTP loop would keep its requests in flight. Outcomes are handed
on in the order the bases were taken, whichever mark finishes first, so the events, the report
and the command line read in basis order and an outcome is only ever handed on once it is final
(imported means confirmed).

A mark task is never cancelled from here: whoever stops the run waits for the marks in flight
(:meth:`settle`), so no basis is left written but unmarked. A process killed meanwhile leaves
unconfirmed journal entries, which the next run's recovery completes.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

from tidwizard.core.importer.events import BasisFailed, BasisImported, BasisRefused

Outcome = BasisImported | BasisRefused | BasisFailed
Mark = Coroutine[Any, Any, Outcome]


class MarkWindow:
    """At most ``size`` marks running; every outcome delivered once, in the order added."""

    def __init__(self, size: int, deliver: Callable[[Outcome], None]) -> None:
        self._size = max(1, size)
        self._deliver = deliver
        self._queue: deque[Outcome | asyncio.Task[Outcome]] = deque()
        self._running: set[asyncio.Task[Outcome]] = set()

    @property
    def running(self) -> int:
        return len(self._running)

    def add(self, outcome: Outcome | Mark) -> None:
        """Queue a final outcome, or start a mark whose outcome follows when it is done."""
        if isinstance(outcome, BasisImported | BasisRefused | BasisFailed):
            self._queue.append(outcome)
            return
        task = asyncio.create_task(outcome)
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        self._queue.append(task)

    async def room(self) -> None:
        """Deliver what is done; wait until fewer than ``size`` marks run."""
        self.flush()
        while len(self._running) >= self._size:
            # asyncio.wait, unlike gather, leaves the marks running if this wait is cancelled.
            await asyncio.wait(self._running, return_when=asyncio.FIRST_COMPLETED)
            self.flush()

    def flush(self) -> None:
        """Deliver the outcomes at the head of the queue that are final, in order.

        A mark that raised (not a Tid error: those are outcomes) raises here.
        """
        queue = self._queue
        while queue:
            head = queue[0]
            if isinstance(head, asyncio.Task):
                if not head.done():
                    return
                queue.popleft()
                self._deliver(head.result())
            else:
                queue.popleft()
                self._deliver(head)

    async def drain(self) -> None:
        """Wait for every mark and deliver every outcome, in order."""
        while self._queue:
            head = self._queue[0]
            if isinstance(head, asyncio.Task) and not head.done():
                await asyncio.wait((head,))
            self.flush()

    async def settle(self) -> None:
        """Wait for the marks still running without delivering (the run is being abandoned)."""
        while self._running:
            await asyncio.wait(self._running)
        for item in self._queue:
            if isinstance(item, asyncio.Task) and not item.cancelled():
                item.exception()  # looked at, so asyncio does not log it as never retrieved
        self._queue.clear()
