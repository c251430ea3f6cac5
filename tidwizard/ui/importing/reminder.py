"""The reminder line: with the reminder on, it asks Tid every few minutes how many bases wait.

It only asks while the screen is idle (``may_ask``), and it says so even when nothing new came;
when Tid has more bases than the table shows, it says how many are new and notifies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import on, work
from textual.message import Message
from textual.widgets import Static

from tidwizard.core.i18n import tn
from tidwizard.core.tid import TidError

if TYPE_CHECKING:
    from tidwizard.core.tid import TidClient


@dataclass
class WaitingCounted(Message):
    count: int


class ReminderLine(Static):
    def __init__(
        self,
        *,
        every_seconds: float,
        client: Callable[[], TidClient | None],
        may_ask: Callable[[], bool],
        known: Callable[[], int],
    ) -> None:
        super().__init__("", id="import-reminder", markup=False)
        self.every_seconds = every_seconds
        self._client = client
        self._may_ask = may_ask
        self._known = known

    def start(self) -> None:
        self.set_interval(self.every_seconds, self.remind, name="reminder")

    def remind(self) -> None:
        client = self._client()
        if client is not None and self._may_ask():
            self.count_waiting(client)

    @work(exclusive=True, exit_on_error=False, group="reminder")
    async def count_waiting(self, client: TidClient) -> None:
        try:
            count = await client.count_pending_bases()
        except TidError:
            return  # the reminder stays quiet; f5 shows what is wrong
        self.post_message(WaitingCounted(count))

    @on(WaitingCounted)
    def _counted(self, event: WaitingCounted) -> None:
        now = dt.datetime.now().strftime("%H:%M")
        text = tn("importui.reminder", event.count, time=now)
        new = event.count - self._known()
        if new > 0:
            text += " " + tn("importui.reminder_new", new)
            self.notify(tn("importui.reminder_new", new))
        self.update(text)
        self.add_class("-shown")
