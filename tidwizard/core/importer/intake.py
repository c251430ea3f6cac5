"""One run's intake: decide what each fetched basis needs, write the new documents in rounds,
and hand every basis to the mark window in basis order.

A round is the bases taken while the writer did not have to wait: their documents are written
in one trip to the store's thread and one transaction, in basis order, each basis all or
nothing within it (document, rows, stock effect, pending journal entry: a savepoint), and the
round is committed before any of its marks starts. So exactly once holds per basis as when
they were written one at a time; only the trips to the store's thread and the commits are
fewer, and they were what a run paid for most after the HTTP calls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from tidwizard.core.admin.errors import AlreadyImported
from tidwizard.core.importer.draft import DocumentDraft, DocumentKind
from tidwizard.core.importer.events import (
    BasisFailed,
    BasisImported,
    BasisRefused,
    ImportReport,
)
from tidwizard.core.importer.killpoints import kill_point
from tidwizard.core.importer.ledger import BASIS_ERRORS, Ledger, Written
from tidwizard.core.importer.marking import Mark, MarkWindow
from tidwizard.core.importer.outcomes import (
    consent_refusal,
    transferred_refusal,
    unwritable_failure,
)
from tidwizard.core.importer.refusal import Refusal
from tidwizard.core.importer.registers import Registers
from tidwizard.core.importer.rules import build_document
from tidwizard.core.wire import InvoiceBasis

Outcome = BasisImported | BasisRefused | BasisFailed
StoreCall = Callable[..., Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class ToMark:
    """A document in Administration whose basis Tid is still to be told about."""

    written: Written
    recovered: bool = False
    draft: DocumentDraft | None = None


Slot = Outcome | ToMark | DocumentDraft


@dataclass(frozen=True, slots=True)
class RunFacts:
    """What every basis of one run is decided against."""

    registers: Registers
    import_as: DocumentKind
    create_missing: bool
    listed: bool  # the run listed the waiting bases itself (no ids given)
    journaled: set[int]  # bases that had a journal entry when the run began
    today: Callable[[], dt.date]  # the transfer date Tid is told


class Intake:
    """Holds the bases of the current round until :meth:`commit` writes them."""

    def __init__(
        self,
        store: StoreCall,
        ledger: Ledger,
        facts: RunFacts,
        report: ImportReport,
        marks: MarkWindow,
        mark: Callable[[ToMark], Mark],
        *,
        before_write: Callable[[], None] = lambda: None,
    ) -> None:
        """``before_write`` is called just before each trip that writes documents."""
        self._store = store
        self._ledger = ledger
        self._facts = facts
        self._report = report
        self._marks = marks
        self._mark = mark
        self._before_write = before_write
        self._slots: list[Slot] = []

    @property
    def marks_held(self) -> int:
        """Bases held that will need a mark."""
        return sum(1 for slot in self._slots if not isinstance(slot, Outcome))

    def add(self, outcome: Outcome) -> None:
        self._slots.append(outcome)

    async def take(self, basis: InvoiceBasis) -> bool:
        """Decide ``basis`` and hold it. True when the round must end with it: it creates
        records (customer, project, result unit) that the bases after it must see."""
        slot = await self._decide(basis)
        self._slots.append(slot)
        return isinstance(slot, DocumentDraft) and bool(slot.missing)

    async def commit(self) -> None:
        """Write the held documents, then hand every held basis to the window, in order."""
        slots, self._slots = self._slots, []
        drafts = [slot for slot in slots if isinstance(slot, DocumentDraft)]
        written: list[Written | Exception] = []
        if drafts:
            today = self._facts.today()
            self._before_write()
            written = await self._store(self._ledger.write_each, drafts, today)
        results = iter(written)
        for slot in slots:
            if isinstance(slot, ToMark):
                self._marks.add(self._mark(slot))
            elif not isinstance(slot, DocumentDraft):
                self._marks.add(slot)
            else:
                result = next(results)  # write_each stops only with an error, raised below
                committed = await self._committed(slot, result)
                self._marks.add(
                    self._mark(committed) if isinstance(committed, ToMark) else committed
                )

    async def _committed(
        self, draft: DocumentDraft, result: Written | Exception
    ) -> ToMark | BasisFailed:
        if isinstance(result, BASIS_ERRORS) and not isinstance(result, AlreadyImported):
            return unwritable_failure(draft.tid_invoice_id, result)
        if isinstance(result, AlreadyImported):
            # Another run wrote it since we looked: complete that one instead.
            existing = await self._store(self._ledger.latest_entry, draft.tid_invoice_id)
            assert existing is not None
            return ToMark(existing, recovered=True)
        if isinstance(result, Exception):
            raise result
        kill_point("committed")
        if result.created:
            self._report.created.extend(result.created)
            self._facts.registers.add_created(*result.created_keys())
        return ToMark(result, draft=draft)

    async def _decide(self, basis: InvoiceBasis) -> Slot:
        """Its outcome, its document still to write, or its existing document still to mark."""
        facts = self._facts
        existing = None
        if basis.id in facts.journaled or basis.sent_to_economy_system is not None:
            existing = await self._store(self._ledger.latest_entry, basis.id)
        if existing is None and basis.sent_to_economy_system is None:
            draft = build_document(basis, facts.registers, facts.import_as)
            refusal = refusal_of(draft, facts.create_missing)
            if refusal is None:
                assert isinstance(draft, DocumentDraft)
                return draft
            # Another run may have imported it since this one looked: then it is in, not refused.
            existing = await self._store(self._ledger.latest_entry, basis.id)
            if existing is None:
                return BasisRefused(basis.id, refusal)
        if existing is not None and not existing.confirmed:
            return ToMark(existing, recovered=True)
        if basis.sent_to_economy_system is not None:
            ours = existing is not None and basis.economy_system_invoice_number == str(
                existing.number
            )
            if facts.listed and existing is not None and ours:
                # Listed as waiting, then completed by another run at the same time: Tid has
                # our document's number, so the basis is in, once. Not a refusal.
                return BasisImported(
                    basis.id,
                    existing.kind,
                    str(existing.number),
                    credit=existing.credit,
                    recovered=True,
                )
            return BasisRefused(basis.id, transferred_refusal(basis))
        # In Administration but waiting in Tid (its mark was lost): tell Tid the number again,
        # never write a second document.
        assert existing is not None
        return ToMark(existing, recovered=True)


def refusal_of(draft: DocumentDraft | Refusal, create_missing: bool) -> Refusal | None:
    """Why a basis is not written: the rules said no, or it needs consent not given."""
    if not isinstance(draft, DocumentDraft):
        return draft
    if draft.missing and not create_missing:
        return consent_refusal(draft)
    return None
