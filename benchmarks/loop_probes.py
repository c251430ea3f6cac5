"""Probes on a running Textual App: how late a 5 ms ticker wakes (the longest the event loop
was blocked) and how long a key press takes to reach the screen.

The App runs headless, but every frame is still turned into terminal output (and dropped), so
the loop pays for a frame what it pays on a real terminal. A key's latency runs from handing
the key to the driver, as a terminal would, to the first frame showing the table's cursor on
its new row.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from textual import events
from textual.app import App

TICK = 0.005


class Table(Protocol):
    """What the probes read of the table: the row its cursor is on."""

    cursor_row: int


@dataclass
class LoopTicker:
    """Sleeps ``TICK`` again and again on the loop; lateness is how much longer each took."""

    lateness: list[float] = field(default_factory=list)
    # Ticks are counted while this holds; the tick during which it stops holding is the last.
    counting: Callable[[], bool] = lambda: True
    _task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while self.counting():
            before = time.perf_counter()
            await asyncio.sleep(TICK)
            self.lateness.append(max(0.0, time.perf_counter() - before - TICK))

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


class FrameLog:
    """Wraps ``App._display`` to note each frame's time and the table's cursor row."""

    def __init__(self, app: App[Any], table: Callable[[], Table]) -> None:
        self.frames: list[tuple[float, int]] = []
        original = app._display

        def display(screen: Any, renderable: Any) -> None:
            if renderable is not None and app.is_headless:
                render = getattr(renderable, "render_segments", None)
                if render is not None:
                    render(app.console)  # the terminal sequence a real terminal would get
            self.frames.append((time.perf_counter(), table().cursor_row))
            original(screen, renderable)

        app._display = display  # type: ignore[method-assign]


def press_key(app: App[Any], key: str) -> None:
    """Hand a key to the App as its terminal driver does. (``Pilot.press`` would also wait
    until every animation ends: during an import that is the end of the import.)"""
    app.post_message(events.Key(key, None))


async def key_latencies(
    app: App[Any],
    table: Callable[[], Table],
    frames: FrameLog,
    *,
    go_on: Callable[[], bool],
    gap: float = 0.1,
    timeout: float = 5.0,
) -> list[float]:
    """Press down and up in turn while ``go_on()``; each press's seconds to its frame."""
    latencies: list[float] = []
    step = 1
    while go_on():
        row = table().cursor_row
        target = row + step
        seen = len(frames.frames)
        pressed = time.perf_counter()
        press_key(app, "down" if step > 0 else "up")
        shown = None
        while shown is None and time.perf_counter() - pressed < timeout and go_on():
            await asyncio.sleep(0.001)
            new, seen = frames.frames[seen:], len(frames.frames)
            shown = next((at for at, shown_row in new if shown_row == target), None)
        if shown is not None:
            latencies.append(shown - pressed)
        step = -step
        await asyncio.sleep(gap)
    return latencies
