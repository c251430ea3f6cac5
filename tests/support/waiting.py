"""Waiting on a running App: the one poll-until the Pilot tests and the screenshots share."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from textual.pilot import Pilot


async def wait_until(pilot: Pilot, condition: Callable[[], bool], timeout: float = 30.0) -> None:
    """Let the app work (workers, network) until ``condition`` holds; past ``timeout`` seconds,
    fail with the screen's name and what it shows."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(
                f"timed out on {type(pilot.app.screen).__name__}: {shown(pilot)!r}"
            )
        await pilot.pause(0.05)


def shown(pilot: Pilot) -> str:
    """The screen's text as drawn now, its non-blank rows joined."""
    update = pilot.app.screen._compositor.render_update(full=True)
    rows = ("".join(segment.text for segment in strip).strip() for strip in update.strips)
    return " | ".join(row for row in rows if row)
