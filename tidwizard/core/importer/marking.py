"""The marks in flight: telling Tid (and confirming) while the writer goes on to the next basis.

The writer commits one basis after another, in order; each committed basis's mark
(``setsenttoeconomysystem``, then the journal's confirmation) runs as its own task, at most
``size`` at a time, as a bare HTTP loop would keep its requests in flight. Outcomes are handed
on in the order the bases were taken, whichever mark finishes first, so the events, the report
and the command line read in basis order and an outcome is only ever handed on once it is final
(imported means confirmed). They are handed on as soon as they are final and every one before
them is: when a mark finishes, not when the writer next looks, so a basis is reported while the
one after it waits for a stuck answer, and when the run is stopped or cancelled.

A mark task is never cancelled from here: whoever stops the run waits for the marks in flight
(:meth:`settle`), so no basis is left written but unmarked. A process killed meanwhile leaves
unconfirmed journal entries, which the next run's recovery completes.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from typing import Any

from tidwizard.core.importer.events import BasisFailed, BasisImported, BasisRefused
from tidwizard.core.importer.ledger import Written

Outcome = BasisImported | BasisRefused | BasisFailed
Mark = Coroutine[Any, Any, Outcome]


class MarkWindow:
    """At most ``size`` marks running; every outcome delivered once, in the order added."""

    def __init__(self, size: int, deliver: Callable[[Outcome], None]) -> None:
        self._size = max(1, size)
        self._deliver = deliver
        self._queue: deque[Outcome | asyncio.Task[Outcome]] = deque()
        self._running: set[asyncio.Task[Outcome]] = set()
        self._freed: asyncio.Future[None] | None = None  # what room() waits on when full
        self._error: BaseException | None = None  # raised by a delivery from a callback

    @property
    def running(self) -> int:
        return len(self._running)

    @property
    def free(self) -> int:
        """How many more marks may start now."""
        return max(0, self._size - len(self._running))

    def add(self, outcome: Outcome | Mark) -> None:
        """Queue a final outcome, or start a mark whose outcome follows when it is done."""
        if isinstance(outcome, BasisImported | BasisRefused | BasisFailed):
            self._queue.append(outcome)
            self._deliver_ready()
            return
        task = asyncio.create_task(outcome)
        self._running.add(task)
        task.add_done_callback(self._finished)
        self._queue.append(task)

    def _finished(self, task: asyncio.Task[Outcome]) -> None:
        self._running.discard(task)
        if self._freed is not None and not self._freed.done():
            self._freed.set_result(None)
        self._deliver_ready()

    def _deliver_ready(self) -> None:
        """Deliver the final outcomes at the head of the queue, now. A mark that raised stays
        for :meth:`flush` to raise; an error of the delivery itself is raised there too."""
        queue = self._queue
        if self._error is not None:
            return
        try:
            while queue:
                head = queue[0]
                if isinstance(head, asyncio.Task):
                    if not head.done() or head.cancelled() or head.exception() is not None:
                        return
                    queue.popleft()
                    self._deliver(head.result())
                else:
                    queue.popleft()
                    self._deliver(head)
        except Exception as error:  # handed to whoever waits on the window next
            self._error = error

    def _raise_error(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    async def room(self) -> None:
        """Deliver what is done; wait until fewer than ``size`` marks run."""
        self.flush()
        while len(self._running) >= self._size:
            # A future of our own: cancelling this wait leaves every mark running.
            self._freed = asyncio.get_running_loop().create_future()
            await self._freed
            self.flush()

    def flush(self) -> None:
        """Deliver the outcomes at the head of the queue that are final, in order.

        A mark that raised (not a Tid error: those are outcomes) raises here.
        """
        self._raise_error()
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
        """Wait for the marks still running (the run is being abandoned), then deliver, in
        order, every outcome that is final: a basis whose mark finished is imported, and says
        so. A mark that raised is passed over, its basis then waits for the next run."""
        while self._running:
            await asyncio.wait(self._running)
        self._error = None  # the run ends with its own error or cancellation, not this one
        queue, self._queue = self._queue, deque()
        for item in queue:
            if isinstance(item, asyncio.Task):
                if item.cancelled() or item.exception() is not None:
                    continue  # looked at, so asyncio does not log it as never retrieved
                outcome = item.result()
            else:
                outcome = item
            with contextlib.suppress(Exception):
                self._deliver(outcome)


class Confirmations:
    """Confirms journal entries in batches: each mark waits for the batch that holds its entry.

    A confirmation only records that Tid has been told, so several can share one transaction
    and one trip to the store's thread; a batch lost to a crash leaves pending entries that
    recovery completes. While one batch is written the next one gathers.

    While :attr:`held`, a batch waits to go with the writer's next trip (:meth:`send`, called
    just before it): each trip to the store's thread costs the loop more than the batch does.
    Whoever then waits for marks to finish must :meth:`release` first (:meth:`released`).
    """

    def __init__(self, confirm_all: Callable[[list[Written]], Awaitable[None]]) -> None:
        self._confirm_all = confirm_all
        self._batch: list[Written] = []
        self._done: asyncio.Future[None] | None = None
        self._writer: asyncio.Task[None] | None = None
        self.held = False

    async def confirm(self, written: Written) -> None:
        if self._done is None:
            self._done = asyncio.get_running_loop().create_future()
        done = self._done
        self._batch.append(written)
        if not self.held:
            self.send()
        await asyncio.shield(done)  # a cancelled mark must not cancel its batch-mates' write

    def send(self) -> None:
        """Start writing the batch gathered so far (if any, and not already on its way)."""
        if self._batch and self._writer is None:
            self._writer = asyncio.create_task(self._write())

    def release(self) -> None:
        """Stop holding batches back; send the one gathered."""
        self.held = False
        self.send()

    @contextlib.contextmanager
    def released(self) -> Iterator[None]:
        """Released for the time of a wait on marks (their confirmations must flow), then held."""
        self.release()
        try:
            yield
        finally:
            self.held = True

    async def _write(self) -> None:
        try:
            while self._batch:
                batch, done = self._batch, self._done
                self._batch, self._done = [], None
                assert done is not None
                try:
                    await self._confirm_all(batch)
                except asyncio.CancelledError:
                    done.cancel()
                    raise
                except Exception as error:  # every mark of the batch learns of it
                    done.set_exception(error)
                else:
                    done.set_result(None)
                if self.held:
                    break  # the batch gathered meanwhile goes with the writer's next trip
        except asyncio.CancelledError:
            if self._done is not None:  # nobody will write the batch gathered meanwhile
                self._done.cancel()
                self._batch, self._done = [], None
            raise
        finally:
            self._writer = None
