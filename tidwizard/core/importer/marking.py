"""The marks in flight: telling Tid while the writer goes on to the next basis.

The writer commits one round of bases after another, in order; each committed basis's mark
(``setsenttoeconomysystem``) runs as its own task, at most ``size`` at a time, as a bare HTTP
loop would keep its requests in flight. A basis whose mark Tid accepted is imported once its
journal entry is confirmed, and the writer writes those confirmations: the entries ready when a
round leaves go in the round's own store call (:meth:`MarksInFlight.confirming`), and while the
writer waits instead, they are written on their own (:meth:`MarksInFlight.room`,
:meth:`MarksInFlight.confirming_until`, :meth:`MarksInFlight.drain`). A mark never waits for its
confirmation: the writer, which writes them, is the only one that does.

Outcomes are handed on in the order the bases were taken, whichever mark finishes first, so the
events, the report and the command line read in basis order and an outcome is only ever handed
on once it is final (imported means confirmed). They are handed on as soon as they are final
and every one before them is, so a basis is reported while the one after it waits for a stuck
answer, and when the run is stopped or cancelled.

A mark task is never cancelled from here: whoever stops the run waits for the marks in flight
(:meth:`MarksInFlight.settle`), so no basis is left written but unmarked. A process killed
meanwhile leaves unconfirmed journal entries, which the next run's recovery completes.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from tidwizard.core.importer.events import BasisImported, Outcome
from tidwizard.core.importer.journal_writer import Written
from tidwizard.core.importer.killpoints import kill_point

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Marked:
    """Tid has the document's number: the basis is imported once its entry is confirmed."""

    written: Written
    imported: BasisImported


Mark = Coroutine[Any, Any, Outcome | Marked]
WriteConfirmations = Callable[[list[Written]], Awaitable[T]]


@dataclass(slots=True, eq=False)
class _Basis:
    """One basis in the queue; ``outcome`` is set once it is final."""

    outcome: Outcome | None = None
    mark: asyncio.Task[Outcome | Marked] | None = None
    marked: Marked | None = None  # accepted by Tid, its confirmation not yet written


class MarksInFlight:
    """At most ``size`` bases marked or awaiting their confirmation; every outcome delivered
    once, in the order added.

    ``confirm`` writes confirmations on their own, when no round of the writer carries them.
    """

    def __init__(
        self,
        size: int,
        deliver: Callable[[Outcome], None],
        confirm: WriteConfirmations[None],
    ) -> None:
        self._size = max(1, size)
        self._deliver = deliver
        self._confirm = confirm
        self._queue: deque[_Basis] = deque()
        self._running: set[asyncio.Task[Outcome | Marked]] = set()
        self._accepted: list[_Basis] = []  # marked, in the order Tid accepted them
        self._changed: asyncio.Future[None] | None = None  # what the writer waits on
        self._error: BaseException | None = None  # raised by a delivery from a callback

    @property
    def running(self) -> int:
        return len(self._running)

    @property
    def free(self) -> int:
        """How many more marks may start now: a basis takes a place until it is final."""
        return max(0, self._size - len(self._running) - len(self._accepted))

    def add(self, outcome: Outcome | Mark) -> None:
        """Queue a final outcome, or start a mark whose outcome follows when it is done."""
        if isinstance(outcome, Outcome):
            self._queue.append(_Basis(outcome))
            self._deliver_ready()
            return
        task = asyncio.create_task(outcome)
        basis = _Basis(mark=task)
        self._running.add(task)
        task.add_done_callback(lambda task: self._finished(basis, task))
        self._queue.append(basis)

    def _finished(self, basis: _Basis, task: asyncio.Task[Outcome | Marked]) -> None:
        self._running.discard(task)
        if not task.cancelled() and task.exception() is None:
            result = task.result()
            if not isinstance(result, Marked):
                basis.outcome = result
            elif result.written.confirmed:  # a deliberate re-read, confirmed when written
                basis.outcome = result.imported
            else:
                basis.marked = result
                self._accepted.append(basis)
        if self._changed is not None and not self._changed.done():
            self._changed.set_result(None)
        self._deliver_ready()

    async def confirming(self, write: WriteConfirmations[T]) -> T:
        """Call ``write`` with the entries Tid has accepted so far (a round's store call takes
        them along); once it returns, their bases are imported and handed on."""
        accepted, self._accepted = self._accepted, []
        try:
            result = await write([basis.marked.written for basis in accepted if basis.marked])
        except BaseException:
            self._accepted[:0] = accepted  # still to confirm: settle() tries once more
            raise
        for basis in accepted:
            assert basis.marked is not None
            basis.outcome = basis.marked.imported
            kill_point("confirmed")
        self._deliver_ready()
        return result

    async def confirming_until(self, waited: Awaitable[T]) -> T:
        """Wait for ``waited``; meanwhile the entries Tid accepts are confirmed on their own,
        since no round of the writer comes to carry them."""
        waiting = asyncio.ensure_future(waited)
        try:
            while not waiting.done():
                if self._accepted:
                    await self.confirming(self._confirm)
                else:
                    await asyncio.wait((waiting, self._change()), return_when="FIRST_COMPLETED")
            return waiting.result()
        finally:
            waiting.cancel()  # only when this wait itself was cancelled

    def _change(self) -> asyncio.Future[None]:
        """Done when a mark finishes. A future of our own: cancelling a wait on it leaves every
        mark running."""
        self._changed = asyncio.get_running_loop().create_future()
        return self._changed

    def _deliver_ready(self) -> None:
        """Deliver the final outcomes at the head of the queue, now. A mark that raised stays
        for :meth:`flush` to raise; an error of the delivery itself is raised there too."""
        if self._error is not None:
            return
        try:
            while self._queue and self._queue[0].outcome is not None:
                outcome = self._queue.popleft().outcome
                assert outcome is not None
                self._deliver(outcome)
        except Exception as error:  # handed to whoever waits on the marks next
            self._error = error

    def flush(self) -> None:
        """Deliver the outcomes at the head of the queue that are final, in order.

        A mark that raised (not a Tid error: those are outcomes) raises here.
        """
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        while self._queue:
            head = self._queue[0]
            if head.outcome is None:
                if head.mark is not None and head.mark.done() and head.marked is None:
                    head.mark.result()  # it raised: so does this
                return
            self._queue.popleft()
            self._deliver(head.outcome)

    async def room(self) -> None:
        """Deliver what is done; wait until a place is free. The writer has no round to write
        meanwhile, so the entries Tid accepts are confirmed on their own."""
        self.flush()
        while self.free == 0:
            if self._accepted:
                await self.confirming(self._confirm)
            else:
                await self._change()
            self.flush()

    async def drain(self) -> None:
        """Wait for every mark, confirm what Tid accepts, and deliver every outcome, in order."""
        self.flush()
        while self._queue:
            if self._accepted:
                await self.confirming(self._confirm)
            else:
                await self._change()
            self.flush()

    async def settle(self) -> None:
        """Wait for the marks still running (the run is being abandoned), confirm what Tid
        accepted, then deliver, in order, every outcome that is final: a basis whose mark
        finished is imported, and says so. A mark that raised, or a confirmation that cannot be
        written, is passed over; its basis then waits for the next run's recovery."""
        while self._running:
            await asyncio.wait(self._running)
        self._error = None  # the run ends with its own error or cancellation, not this one
        if self._accepted:
            with contextlib.suppress(Exception):
                await self.confirming(self._confirm)
        queue, self._queue = self._queue, deque()
        for basis in queue:
            if basis.mark is not None and basis.mark.done() and not basis.mark.cancelled():
                basis.mark.exception()  # looked at, so asyncio does not log it as never retrieved
            if basis.outcome is not None:
                with contextlib.suppress(Exception):
                    self._deliver(basis.outcome)
