"""What ``reconcile`` finds when it puts Tid, the company file's documents and its import journal
side by side: typed findings, no printing (the command line and the history screen show them).

Pure: :func:`compare` takes what was read and decides; nothing here reads or writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tidwizard.core.admin.models import JournalEntry
from tidwizard.core.i18n import t
from tidwizard.core.importer.guard import FileFacts, TransferredBasis


class FindingKind(StrEnum):
    # Transferred in Tid, since this file began importing, under a number of its series, but
    # its journal has no entry for the basis: a restored backup, or read in elsewhere.
    MISSING_HERE = "missing_here"
    # A document here whose basis Tid still shows as waiting: the mark was lost.
    MARK_LOST = "mark_lost"
    # Tid records another number than any document this file made of the basis.
    NUMBER_MISMATCH = "number_mismatch"
    # A journal entry still pending: Tid may not have been told yet.
    PENDING = "pending"


class Repair(StrEnum):
    """What ``--repair`` does about a finding."""

    REIMPORT_IF_ASKED = "reimport_if_asked"  # only with --reimport ID
    MARK = "mark"  # tell Tid the document's number
    COMPLETE = "complete"  # the engine's recovery: mark, then confirm
    BY_HAND = "by_hand"  # nothing: check it by hand (see `import --resolve`)


_REPAIR = {
    FindingKind.MISSING_HERE: Repair.REIMPORT_IF_ASKED,
    FindingKind.MARK_LOST: Repair.MARK,
    FindingKind.NUMBER_MISMATCH: Repair.BY_HAND,
    FindingKind.PENDING: Repair.COMPLETE,
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One basis whose sides disagree: Tid's number, and this file's document (type, number)."""

    kind: FindingKind
    tid_invoice_id: int
    tid_number: str | None = None
    document_type: str | None = None
    document_number: int | None = None

    @property
    def repair(self) -> Repair:
        return _REPAIR[self.kind]

    def message(self) -> str:
        return t(
            f"reconcile.kind.{self.kind.value}",
            tid_invoice_id=self.tid_invoice_id,
            tid_number=self.tid_number or "-",
            kind=t(f"import.kind.{self.document_type}") if self.document_type else "-",
            number=self.document_number if self.document_number is not None else "-",
        )

    def repair_text(self, how: str | None = None) -> str:
        """What the repair does, asked for by ``how``: the command line's options by default,
        the key on the screen."""
        if how is None:
            asking = self.repair is Repair.REIMPORT_IF_ASKED
            how = f"--repair --reimport {self.tid_invoice_id}" if asking else "--repair"
        return t(f"reconcile.repair.{self.repair.value}", how=how)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "tidInvoiceId": self.tid_invoice_id,
            "tidNumber": self.tid_number,
            "documentType": self.document_type,
            "documentNumber": self.document_number,
            "repair": self.repair.value,
        }


def compare(
    waiting: Iterable[int],
    transferred: Sequence[TransferredBasis],
    journal: Iterable[JournalEntry],
    facts: FileFacts,
) -> list[Finding]:
    """The findings, by basis id. ``journal`` is every entry (all generations): Tid keeps the
    number of a basis's first import, so a re-read's new number is no mismatch."""
    entries: dict[int, list[JournalEntry]] = {}
    for entry in journal:
        entries.setdefault(entry.tid_invoice_id, []).append(entry)
    waiting_ids = set(waiting)
    in_tid = {basis.tid_invoice_id: basis for basis in transferred}
    findings: list[Finding] = []
    for tid_invoice_id, its in entries.items():
        latest = max(its, key=lambda entry: entry.generation)
        shown = in_tid.get(tid_invoice_id)
        tid_number = shown.number if shown is not None else None
        found = _disagreement(latest, its, tid_invoice_id in waiting_ids, shown)
        if found is not None:
            findings.append(
                Finding(
                    found,
                    tid_invoice_id,
                    tid_number,
                    latest.document_type,
                    latest.document_number,
                )
            )
    for basis in transferred:
        if basis.tid_invoice_id not in entries and facts.ours(basis):
            findings.append(
                Finding(FindingKind.MISSING_HERE, basis.tid_invoice_id, basis.number or None)
            )
    return sorted(findings, key=lambda finding: finding.tid_invoice_id)


def _disagreement(
    latest: JournalEntry,
    entries: list[JournalEntry],
    waiting: bool,
    shown: TransferredBasis | None,
) -> FindingKind | None:
    if not latest.is_confirmed:
        return FindingKind.PENDING
    if waiting:
        return FindingKind.MARK_LOST
    if shown is None:
        return None  # not listed by Tid at all (removed there): nothing to compare
    ours = {str(entry.document_number) for entry in entries}
    ours |= {entry.settled_as for entry in entries if entry.settled_as}
    return None if shown.number in ours else FindingKind.NUMBER_MISMATCH
