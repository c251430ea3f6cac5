"""What the client list's workers tell it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tidwizard.core.clients_overview import ClientOverview


@dataclass
class ClientsRead(Message):
    """The home's clients as `tidwizard clients` reads them, or why they cannot be read."""

    rows: list[ClientOverview]
    error: str | None = None


@dataclass
class WaitingCounted(Message):
    """Tid has answered for one client (the count or the problem is in its overview)."""

    name: str
