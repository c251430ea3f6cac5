"""Ctrl+C and SIGTERM during a run without a screen: the first stops it cleanly, the second at once.

The first asks the run to stop after the basis in hand (its ``stop`` event): what is written is
marked in Tid, and the command says how far it came. The second ends the process at once: every
basis is either written with a pending journal entry or not written at all (one transaction
each), so the next run's recovery completes what was left, exactly as after a kill.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Callable
from types import TracebackType

from tidwizard.core.i18n import t, tn

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it
SIGNALS = (signal.SIGINT, signal.SIGTERM)


class RunInterrupts:
    """Within ``async with``: the signals set ``stop`` once, then end the process.

    ``left`` says, when the process is ended at once, how many bases were not finished."""

    def __init__(self, stop: asyncio.Event, left: Callable[[], int]) -> None:
        self.stop = stop
        self._left = left
        self._installed: list[signal.Signals] = []

    async def __aenter__(self) -> RunInterrupts:
        loop = asyncio.get_running_loop()
        for number in SIGNALS:
            try:
                loop.add_signal_handler(number, self._interrupted)
            except (NotImplementedError, RuntimeError, ValueError):
                continue  # not the main thread, or a platform without it: Python's default
            self._installed.append(number)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        loop = asyncio.get_running_loop()
        for number in self._installed:
            loop.remove_signal_handler(number)

    def _interrupted(self) -> None:
        if not self.stop.is_set():
            self.stop.set()
            print(t("import.cli.stopping"), file=sys.stderr, flush=True)
            return
        print(tn("import.cli.stopped_at_once", self._left()), file=sys.stderr, flush=True)
        os._exit(EXIT_INTERRUPTED)  # nothing half-written: see the module's docstring
