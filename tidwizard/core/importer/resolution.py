"""Settling by hand a pending journal entry whose basis Tid shows with another number.

Recovery cannot complete such an entry: Tid refuses our number, and the document may have gone
to the customer since, so it is not taken back either (``outcomes.conflict_failure``). Every run
then reports it until the user, having checked the document, settles it
(`tidwizard import --resolve ID`): the entry is confirmed and keeps Tid's number, the document
stays. Exactly once still holds: the entry stays, so the basis is never read in again by
accident, and Tid is not changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tidwizard.core.i18n import t
from tidwizard.core.importer.journal_writer import Written


class Standing(StrEnum):
    NO_ENTRY = "none"  # no pending entry for the basis: nothing to settle
    WAITING = "waiting"  # Tid shows the basis still waiting: the next import marks it
    OURS = "confirmed"  # Tid already has our number: confirming is all that is left
    ELSEWHERE = "settled"  # Tid has another number: settled by hand, the document kept


@dataclass(frozen=True, slots=True)
class Resolution:
    """How a basis's pending entry stands, as looked up in the journal and in Tid."""

    tid_invoice_id: int
    standing: Standing
    written: Written | None = None
    tid_number: str | None = None  # the number Tid shows for the basis

    def explanation(self) -> str:
        """What settling does here, said before it is done (and what to check first)."""
        written = self.written
        if written is None:
            return t("import.resolve.none", tid_invoice_id=self.tid_invoice_id)
        params = {
            "tid_invoice_id": self.tid_invoice_id,
            "kind": t(f"import.kind.{written.kind.value}"),
            "number": written.number,
            "tid_number": self.tid_number or "?",
        }
        return t(f"import.resolve.explain_{self.standing.value}", **params)

    def done(self) -> str:
        """What was done."""
        written = self.written
        if written is None or self.standing in (Standing.NO_ENTRY, Standing.WAITING):
            return self.explanation()
        key = "settled" if self.standing is Standing.ELSEWHERE else "ours"
        return t(
            f"import.resolve.{key}",
            tid_invoice_id=self.tid_invoice_id,
            kind=t(f"import.kind.{written.kind.value}"),
            number=written.number,
        )
