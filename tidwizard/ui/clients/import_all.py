"""Import every waiting basis of one client, as its own import screen would, without a screen.

Used by the client list's "import all", one client after another. No new customers, projects or
result units are made: there is nobody to ask for each client, so those bases are refused and
keep waiting in Tid, to be read in from the client's own screen.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING

from tidwizard.ui.importing.session import open_session

if TYPE_CHECKING:
    from tidwizard.core.importer.events import ImportEvent, ImportReport
    from tidwizard.core.paths import Home
    from tidwizard.core.settings import Settings


async def import_client(
    home: Home,
    settings: Settings,
    *,
    rate: float,
    stop: asyncio.Event,
    on_event: Callable[[ImportEvent], None] | None = None,
) -> ImportReport:
    """Raises what :func:`open_session` raises (each with a message for the user)."""
    session = await open_session(home, settings, rate=rate)
    try:
        return await session.engine.run(stop=stop, on_event=on_event)
    finally:
        await session.close()
