"""What the import engine reports while it works, and the report it ends with.

The events are small, immutable and cheap: a screen turns each into a message, the command line
into a line of text. ``tid_invoice_id`` ties every event to its basis.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from tidwizard.core.importer.draft import DocumentKind, NewRecord
from tidwizard.core.importer.refusal import Refusal
from tidwizard.core.logfile import SHOWN

log = logging.getLogger("tidwizard.import")


@dataclass(frozen=True, slots=True)
class BasisStarted:
    tid_invoice_id: int


@dataclass(frozen=True, slots=True)
class BasisImported:
    tid_invoice_id: int
    kind: DocumentKind
    number: str
    credit: bool = False
    recovered: bool = False  # completed from an entry a previous run left unconfirmed


@dataclass(frozen=True, slots=True)
class BasisRefused:
    tid_invoice_id: int
    refusal: Refusal

    @property
    def message(self) -> str:
        return self.refusal.message()


@dataclass(frozen=True, slots=True)
class BasisFailed:
    tid_invoice_id: int
    error: str
    temporary: bool = False  # it may pass by itself (Tid unreachable, busy): run again later


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int


Outcome = BasisImported | BasisRefused | BasisFailed  # how one basis ended
ImportEvent = BasisStarted | Outcome | Progress
EventSink = Callable[[ImportEvent], None]


@dataclass(slots=True)
class ImportReport:
    """Everything one run did. ``stopped`` is True when the caller asked it to stop early;
    ``left`` is then how many of its bases it did not begin (they still wait in Tid)."""

    imported: list[BasisImported] = field(default_factory=list)
    refused: list[BasisRefused] = field(default_factory=list)
    failed: list[BasisFailed] = field(default_factory=list)
    created: list[NewRecord] = field(default_factory=list)
    stopped: bool = False
    left: int = 0

    @property
    def finished(self) -> int:
        """Bases this run brought to an end: read in, refused or failed."""
        return len(self.imported) + len(self.refused) + len(self.failed)

    @property
    def completed_earlier(self) -> list[BasisImported]:
        """Documents an earlier run wrote whose basis this run only marked in Tid."""
        return [event for event in self.imported if event.recovered]

    @property
    def read_in_now(self) -> list[BasisImported]:
        """Documents this run wrote."""
        return [event for event in self.imported if not event.recovered]

    @property
    def all_well(self) -> bool:
        return not self.refused and not self.failed

    @property
    def only_temporary_trouble(self) -> bool:
        """Some bases failed, each for a cause that may pass by itself (Tid unreachable, 5xx or
        429 after every retry), and none was refused: nothing for the user to fix, try later."""
        return bool(self.failed) and not self.refused and all(f.temporary for f in self.failed)

    def record(self, event: ImportEvent) -> None:
        if isinstance(event, BasisImported):
            self.imported.append(event)
            how = "completed from an earlier run:" if event.recovered else "read in as"
            log.info("basis %d %s %s %s", event.tid_invoice_id, how, event.kind, event.number)
        elif isinstance(event, BasisRefused):
            self.refused.append(event)
            log.warning("basis %d refused: %s", event.tid_invoice_id, event.message, extra=SHOWN)
        elif isinstance(event, BasisFailed):
            self.failed.append(event)
            log.warning("basis %d failed: %s", event.tid_invoice_id, event.error, extra=SHOWN)
