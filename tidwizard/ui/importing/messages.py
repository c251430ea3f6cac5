"""What the import screen's workers tell it; engine events arrive in batches (``EventBuffer``)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.message import Message
from textual.message_pump import MessagePump

if TYPE_CHECKING:
    from tidwizard.core.importer.events import ImportEvent
    from tidwizard.core.importer.listing import Listing
    from tidwizard.ui.importing.session import ImportSession


@dataclass
class SessionOpened(Message):
    session: ImportSession | None
    error: str | None = None


@dataclass
class BasesListed(Message):
    listing: Listing | None
    error: str | None = None


@dataclass
class EventsArrived(Message):
    """'The buffer has events': any number of these collapse into one (toolong's idea)."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, EventsArrived)


@dataclass
class EventBuffer:
    """Collects the engine's events; the screen drains it at most once per message.

    2,000 bases give about 6,000 events. Posting each would flood the message queue; instead
    the first event after a drain posts one :class:`EventsArrived`, and the rest wait in the
    buffer until the screen takes them all at once.
    """

    target: MessagePump
    events: deque[ImportEvent] = field(default_factory=deque)
    _signalled: bool = False

    def __call__(self, event: ImportEvent) -> None:
        self.events.append(event)
        if not self._signalled:
            self._signalled = True
            self.target.post_message(EventsArrived())

    def drain(self) -> list[ImportEvent]:
        self._signalled = False
        taken = list(self.events)
        self.events.clear()
        return taken
