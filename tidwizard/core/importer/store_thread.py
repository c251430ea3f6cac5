"""The store's worker thread: blocking store calls run there, one at a time, in the order made.

Handing work to a worker thread costs more than the work: the loop's wake-up, and above all the
worker waiting for the GIL while the loop runs Python (up to the switch interval, 5 ms). So the
calls made while the thread is busy go together, as one batch, when it is free again: one hand-
over for several calls.

Calls still run one at a time in the order they were made (the store has a single writer), each
with its own transactions, and each caller gets its own result or its own error. A call whose
caller was cancelled before its batch left is not run; one already on its way runs to the end.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class _Call:
    run: Callable[[], Any]
    future: asyncio.Future[Any]


class StoreThread:
    """Runs blocking store calls in a worker thread, one at a time, several per batch."""

    def __init__(self) -> None:
        self._waiting: list[_Call] = []
        self._running: list[_Call] = []
        self._sending: asyncio.Task[None] | None = None
        self.batches = 0  # hand-overs to the thread, for tests and benchmarks

    async def call(self, fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._waiting.append(_Call(functools.partial(fn, *args, **kwargs), future))
        if self._sending is None:
            self._sending = asyncio.create_task(self._send())
        return await future

    async def _send(self) -> None:
        try:
            while self._waiting:
                calls = [call for call in self._waiting if not call.future.cancelled()]
                self._waiting, self._running = [], calls
                self.batches += 1
                outcomes = await asyncio.to_thread(_run_each, [call.run for call in calls])
                for call, (value, error) in zip(calls, outcomes, strict=True):
                    if call.future.cancelled():
                        continue
                    if error is not None:
                        call.future.set_exception(error)
                    else:
                        call.future.set_result(value)
                self._running = []
        finally:
            self._sending = None
            # Only when the batch itself failed or was cancelled (the loop closing): nobody may
            # wait for an answer that will not come.
            for call in (*self._running, *self._waiting):
                if not call.future.done():
                    call.future.cancel()
            self._running, self._waiting = [], []


def _run_each(runs: list[Callable[[], Any]]) -> list[tuple[Any, Exception | None]]:
    outcomes: list[tuple[Any, Exception | None]] = []
    for run in runs:
        try:
            outcomes.append((run(), None))
        except Exception as error:
            outcomes.append((None, error))
    return outcomes
