"""What Tid lists as waiting: the bases that read, and those whose list item does not."""

from __future__ import annotations

from dataclasses import dataclass, field

from tidwizard.core.wire import InvoiceBasis


@dataclass(frozen=True)
class Listing:
    """``bases`` read from the list; ``unreadable``: listed bases whose list item breaks the
    contract, by id, with the reason (each may still import: its own answer is read then);
    ``nameless``: list items without a usable id, which nothing can refer to."""

    bases: list[InvoiceBasis]
    unreadable: dict[int, str] = field(default_factory=dict)
    nameless: int = 0

    @property
    def count(self) -> int:
        """How many bases wait that can be named (as ``check`` counts them, less nameless)."""
        return len(self.bases) + len(self.unreadable)
