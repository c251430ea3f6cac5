"""One run's rounds of writes: decide what each fetched basis needs, write the new documents a
round at a time, and hand every basis to the marks in flight in basis order.

A round is the bases taken while the writer did not have to wait: their documents are written
in one store call and one transaction, in basis order, each basis all or nothing within it
(document, rows, stock effect, pending journal entry: a savepoint), and the round is committed
before any of its marks starts. So exactly once holds per basis as when they were written one at
a time; only the calls to the store's thread and the commits are fewer, and they were what a run
paid for most after the HTTP calls. The same call confirms the entries of the bases Tid has
accepted since the last round (:meth:`MarksInFlight.confirming`).
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
    Outcome,
)
from tidwizard.core.importer.journal_writer import BASIS_ERRORS, JournalWriter, Written
from tidwizard.core.importer.killpoints import kill_point
from tidwizard.core.importer.marking import Mark, MarksInFlight
from tidwizard.core.importer.outcomes import (
    consent_refusal,
    transferred_refusal,
    unwritable_failure,
)
from tidwizard.core.importer.refusal import Refusal
from tidwizard.core.importer.registers import Registers
from tidwizard.core.importer.rules import build_document
from tidwizard.core.wire import InvoiceBasis

StoreCall = Callable[..., Awaitable[Any]]


@dataclass(frozen=True, slots=True)
class ToMark:
    """A document in Administration whose basis Tid is still to be told about."""

    written: Written
    recovered: bool = False
    draft: DocumentDraft | None = None


Held = Outcome | ToMark | DocumentDraft  # a basis of the round: decided, to mark, or to write


@dataclass(frozen=True, slots=True)
class RunContext:
    """What every basis of one run is decided against."""

    registers: Registers
    import_as: DocumentKind
    create_missing: bool
    listed: bool  # the run listed the waiting bases itself (no ids given)
    journaled: set[int]  # bases that had a journal entry when the run began
    today: Callable[[], dt.date]  # the transfer date Tid is told


class WriteRound:
    """Holds the bases of the current round until :meth:`commit` writes them."""

    def __init__(
        self,
        store: StoreCall,
        journal: JournalWriter,
        context: RunContext,
        report: ImportReport,
        marks: MarksInFlight,
        mark: Callable[[ToMark], Mark],
    ) -> None:
        self._store = store
        self._journal = journal
        self._context = context
        self._report = report
        self._marks = marks
        self._mark = mark
        self._held: list[Held] = []

    @property
    def marks_held(self) -> int:
        """Bases held that will need a mark."""
        return sum(1 for held in self._held if not isinstance(held, Outcome))

    def add(self, outcome: Outcome) -> None:
        self._held.append(outcome)

    async def take(self, basis: InvoiceBasis) -> bool:
        """Decide ``basis`` and hold it. True when the round must end with it: it creates
        records (customer, project, result unit) that the bases after it must see."""
        held = await self._decide(basis)
        self._held.append(held)
        return isinstance(held, DocumentDraft) and bool(held.missing)

    async def commit(self) -> None:
        """Write the held documents and the confirmations ready now, in one store call, then
        hand every held basis to the marks in flight, in order."""
        round_, self._held = self._held, []
        drafts = [held for held in round_ if isinstance(held, DocumentDraft)]

        async def write(confirm: list[Written]) -> list[Written | Exception]:
            if not drafts and not confirm:
                return []
            today = self._context.today()
            return await self._store(self._journal.write_round, confirm, drafts, today)

        results = iter(await self._marks.confirming(write))
        for held in round_:
            if isinstance(held, ToMark):
                self._marks.add(self._mark(held))
            elif not isinstance(held, DocumentDraft):
                self._marks.add(held)
            else:
                result = next(results)  # write_each stops only with an error, raised below
                committed = await self._committed(held, result)
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
            existing = await self._store(self._journal.latest_entry, draft.tid_invoice_id)
            assert existing is not None
            return ToMark(existing, recovered=True)
        if isinstance(result, Exception):
            raise result
        kill_point("committed")
        if result.created:
            self._report.created.extend(result.created)
            self._context.registers.add_created(*result.created_keys())
        return ToMark(result, draft=draft)

    async def _decide(self, basis: InvoiceBasis) -> Held:
        """Its outcome, its document still to write, or its existing document still to mark."""
        context = self._context
        existing = None
        if basis.id in context.journaled or basis.sent_to_economy_system is not None:
            existing = await self._store(self._journal.latest_entry, basis.id)
        if existing is None and basis.sent_to_economy_system is None:
            draft = build_document(basis, context.registers, context.import_as)
            refusal = refusal_of(draft, context.create_missing)
            if refusal is None:
                assert isinstance(draft, DocumentDraft)
                return draft
            # Another run may have imported it since this one looked: then it is in, not refused.
            existing = await self._store(self._journal.latest_entry, basis.id)
            if existing is None:
                return BasisRefused(basis.id, refusal)
        if existing is not None and not existing.confirmed:
            return ToMark(existing, recovered=True)
        if basis.sent_to_economy_system is not None:
            ours = existing is not None and basis.economy_system_invoice_number == str(
                existing.number
            )
            if context.listed and existing is not None and ours:
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
