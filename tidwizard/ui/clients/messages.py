"""What the client list's workers tell it."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tidwizard.core.client_facts import ClientFacts
from tidwizard.core.clients import Client


@dataclass
class ClientsRead(Message):
    """The home's clients and their facts, or why they cannot be read."""

    clients: list[tuple[Client, ClientFacts]]
    error: str | None = None


@dataclass
class WaitingCounted(Message):
    """Tid's answer for one client: the count, or what went wrong."""

    name: str
    count: int | None
    error: str | None = None
