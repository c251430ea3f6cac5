"""The import's side of the Administration company: registers for the rules, and each document
written together with its stock effect and import journal entry (``core/admin/journal.py``) in one
transaction; the entries confirmed once Tid has been told.

Every method is blocking (sqlite3); the engine calls them in a worker thread, one at a time.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, Protocol

from tidwizard.core.admin import documents, journal
from tidwizard.core.admin import registers as admin_registers
from tidwizard.core.admin.errors import AlreadyImported, DuplicateRecord, UnknownRecord
from tidwizard.core.admin.models import (
    Customer,
    Document,
    DocumentRow,
    JournalEntry,
    Project,
    ResultUnit,
)
from tidwizard.core.importer.draft import (
    ZERO,
    DocumentDraft,
    DocumentKind,
    NewCustomer,
    NewProject,
    NewRecord,
    NewResultUnit,
    RowKind,
)
from tidwizard.core.importer.killpoints import kill_point
from tidwizard.core.importer.registers import ArticleFacts, Registers
from tidwizard.core.money import vat_amount

# What the database (or the registers) refuses about one basis's own values: a text it cannot
# encode, a CHECK or a reference the rules did not foresee, a number too large. That basis is
# rolled back to its savepoint and fails alone; the others of its round are written.
BASIS_ERRORS: tuple[type[Exception], ...] = (
    ValueError,  # UnicodeEncodeError among them
    OverflowError,
    sqlite3.IntegrityError,
    DuplicateRecord,
    UnknownRecord,
)


@dataclass(frozen=True, slots=True)
class Written:
    """A document in Administration with its journal entry: what Tid is to be told."""

    tid_invoice_id: int
    generation: int
    kind: DocumentKind
    number: int
    transfer_date: dt.date
    confirmed: bool = False
    credit: bool = False
    created: tuple[NewRecord, ...] = field(default=())

    @classmethod
    def from_entry(cls, entry: JournalEntry, *, credit: bool = False) -> Written:
        return cls(
            entry.tid_invoice_id,
            entry.generation,
            DocumentKind(entry.document_type),
            entry.document_number,
            entry.created_at.date(),
            confirmed=entry.is_confirmed,
            credit=credit,
        )

    def created_keys(self) -> tuple[set[str], set[str], set[str]]:
        return (
            {r.number for r in self.created if isinstance(r, NewCustomer)},
            {r.code for r in self.created if isinstance(r, NewProject)},
            {r.code for r in self.created if isinstance(r, NewResultUnit)},
        )


class TransactionalStore(Protocol):
    """The part of ``AdministrationStore`` the import uses: one transaction around a block
    (``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` when it raises)."""

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...


class JournalWriter:
    """The import's reads and writes of the Administration company: documents with their import
    journal entries, registers, confirmations."""

    def __init__(self, store: TransactionalStore) -> None:
        self._store = store

    def registers(self) -> Registers:
        with self._store.transaction() as conn:
            return Registers(
                articles={
                    a.number: ArticleFacts(a.number, a.name, a.unit, a.vat_rate, a.is_package)
                    for a in admin_registers.articles(conn)
                },
                customers={str(c.number) for c in admin_registers.customers(conn)},
                projects={p.code for p in admin_registers.projects(conn)},
                result_units={u.code for u in admin_registers.result_units(conn)},
            )

    def unconfirmed(self) -> list[Written]:
        with self._store.transaction() as conn:
            return [self._written(conn, e) for e in journal.pending_entries(conn)]

    def journaled(self, tid_invoice_ids: Sequence[int]) -> set[int]:
        """Which of these bases have a journal entry: one look-up for a whole run, not one per
        basis. Entries are never taken back except by :meth:`withdraw`, so the answer stays
        true for the run; an entry another run writes later still stops a second document
        (:class:`AlreadyImported` from :meth:`write`)."""
        with self._store.transaction() as conn:
            return journal.journaled(conn, tid_invoice_ids)

    def latest_entry(self, tid_invoice_id: int) -> Written | None:
        with self._store.transaction() as conn:
            entry = journal.latest_entry(conn, tid_invoice_id)
            return self._written(conn, entry) if entry is not None else None

    def write(
        self,
        draft: DocumentDraft,
        transfer_date: dt.date,
        *,
        replaces_generation: int | None = None,
        as_in_tid: str | None = None,
    ) -> Written:
        """Document, rows, stock effect, new records and a pending journal entry: all or nothing.

        ``replaces_generation`` makes it a deliberate re-read of an imported basis.
        ``as_in_tid``: the number Tid records for a basis this file lacks (``reconcile``); the
        document takes it when it is free in its series, else the next number, and the entry is
        then settled with Tid's (Tid keeps its number: there is nothing to tell it).
        """
        with self._store.transaction() as conn:
            return _write(conn, draft, transfer_date, replaces_generation, as_in_tid)

    def write_each(
        self, drafts: Sequence[DocumentDraft], transfer_date: dt.date
    ) -> list[Written | Exception]:
        """:meth:`write` for each draft, in one call and one transaction (one call to the
        store's thread and one commit for several bases). Each basis is all or nothing within
        it (a savepoint), and the commit makes the documents of all of them or none. A basis
        imported meanwhile gives its :class:`AlreadyImported`, and one whose values the
        database refuses its error (:data:`BASIS_ERRORS`), and is left out; any other error
        ends the list, with the error last, and the bases before it are committed."""
        results: list[Written | Exception] = []
        with self._store.transaction() as conn:
            for draft in drafts:
                conn.execute("SAVEPOINT basis")
                try:
                    results.append(_write(conn, draft, transfer_date, None, None))
                except Exception as error:
                    conn.execute("ROLLBACK TO basis")
                    results.append(error)
                    if not isinstance(error, (AlreadyImported, *BASIS_ERRORS)):
                        break
                finally:
                    conn.execute("RELEASE basis")
        return results

    def write_round(
        self,
        confirm: Sequence[Written],
        drafts: Sequence[DocumentDraft],
        transfer_date: dt.date,
    ) -> list[Written | Exception]:
        """A round of the run in one store call: :meth:`confirm_all` for the entries Tid has
        accepted since the last round, then :meth:`write_each` for the new documents (each its
        own transaction, so a basis's trouble never takes a confirmation back)."""
        if confirm:
            self.confirm_all(confirm)
        return self.write_each(drafts, transfer_date) if drafts else []

    def confirm(self, written: Written) -> None:
        self.confirm_all([written])

    def confirm_all(self, entries: Sequence[Written]) -> None:
        """Tid has been told about these: confirm their entries, in one transaction."""
        with self._store.transaction() as conn:
            for written in entries:
                journal.confirm(conn, written.tid_invoice_id, written.generation)

    def settle(self, written: Written, tid_number: str) -> bool:
        """Record a pending entry as settled by hand (see ``journal.settle``)."""
        with self._store.transaction() as conn:
            return journal.settle(conn, written.tid_invoice_id, written.generation, tid_number)

    def withdraw(self, written: Written) -> None:
        """Take a document back out, stock effect included, when Tid refused its number."""
        with self._store.transaction() as conn:
            document = documents.get_document(conn, written.kind.value, written.number)
            conn.execute(
                "DELETE FROM import_journal WHERE tid_invoice_id = ? AND generation = ?",
                (written.tid_invoice_id, written.generation),
            )
            if document is None:
                return
            rows = ((row.article_number, -row.quantity) for row in document.rows)
            _move_stock(conn, written.kind, _quantities(rows))
            conn.execute(
                "DELETE FROM documents WHERE type = ? AND number = ?",
                (written.kind.value, written.number),
            )

    @staticmethod
    def _written(conn: sqlite3.Connection, entry: JournalEntry) -> Written:
        row = conn.execute(
            "SELECT is_credit FROM documents WHERE type = ? AND number = ?",
            (entry.document_type, entry.document_number),
        ).fetchone()
        return Written.from_entry(entry, credit=bool(row[0]) if row else False)


def _write(
    conn: sqlite3.Connection,
    draft: DocumentDraft,
    transfer_date: dt.date,
    replaces_generation: int | None,
    as_in_tid: str | None,
) -> Written:
    created = _create_missing(conn, draft)
    number = None
    if as_in_tid is not None and as_in_tid.isascii() and as_in_tid.isdigit():
        number = documents.take_number(conn, draft.kind.value, int(as_in_tid))
    if number is None:
        number = documents.next_number(conn, draft.kind.value)
    documents.insert_document(conn, _document(draft, number))
    _stock_effect(conn, draft)
    settled = False
    if replaces_generation is None:
        entry = journal.record_import(conn, draft.tid_invoice_id, draft.kind.value, number)
        if as_in_tid is not None and as_in_tid != str(number):
            tid_number = as_in_tid or "?"
            settled = journal.settle(conn, draft.tid_invoice_id, entry.generation, tid_number)
    else:
        # Tid keeps the number of the first import (it answers 409 to another), so a
        # deliberate re-read is Administration's own business: confirmed at once.
        entry = journal.record_reimport(
            conn,
            draft.tid_invoice_id,
            draft.kind.value,
            number,
            replaces_generation=replaces_generation,
        )
        journal.confirm(conn, draft.tid_invoice_id, entry.generation)
    kill_point("in_transaction")
    return Written(
        draft.tid_invoice_id,
        entry.generation,
        draft.kind,
        number,
        transfer_date,
        confirmed=replaces_generation is not None or settled,
        credit=draft.credit,
        created=created,
    )


def _move_stock(conn: sqlite3.Connection, kind: DocumentKind, quantities: dict[str, Any]) -> None:
    # An order reserves (available quantity down); an invoice delivers (stock down).
    if kind is DocumentKind.ORDER:
        admin_registers.move_stock(conn, "reserved", quantities)
    else:
        admin_registers.move_stock(conn, "stock", {n: -q for n, q in quantities.items()})


def _quantities(rows: Iterable[tuple[str | None, Any]]) -> dict[str, Any]:
    """Quantity per article, summed over the rows that name one (several rows may)."""
    total: dict[str, Any] = {}
    for article, quantity in rows:
        if article is not None:
            total[article] = total.get(article, ZERO) + quantity
    return total


def _stock_effect(conn: sqlite3.Connection, draft: DocumentDraft) -> None:
    rows = ((row.article_number, row.quantity) for row in draft.stock_rows())
    _move_stock(conn, draft.kind, _quantities(rows))


def _create_missing(conn: sqlite3.Connection, draft: DocumentDraft) -> tuple[NewRecord, ...]:
    """The records the user agreed to create, in the order their references need them."""
    missing = draft.missing
    created: list[NewRecord] = []
    if missing.customer is not None:
        number = int(missing.customer.number)
        if admin_registers.get_customer(conn, number) is None:
            admin_registers.add_customer(conn, Customer(number, missing.customer.name))
            created.append(missing.customer)
    if missing.result_unit is not None:
        unit = missing.result_unit
        if admin_registers.get_result_unit(conn, unit.code) is None:
            admin_registers.add_result_unit(conn, ResultUnit(unit.code, unit.name))
            created.append(unit)
    if missing.project is not None:
        project = missing.project
        if admin_registers.get_project(conn, project.code) is None:
            admin_registers.add_project(
                conn,
                Project(
                    project.code, project.title, int(project.customer_number), project.result_unit
                ),
            )
            created.append(project)
    return tuple(created)


def _document(draft: DocumentDraft, number: int) -> Document:
    rows = tuple(
        DocumentRow(
            sort_order=position,
            kind=row.kind.value,
            text=row.text,
            article_number=row.article_number,
            quantity=row.quantity,
            unit=row.unit,
            price=row.price,
            discount=row.discount,
            vat_rate=row.vat_percent,
            net=row.net,
            vat=vat_amount(row.net, row.vat_percent) if row.kind is RowKind.ARTICLE else ZERO,
        )
        for position, row in enumerate(draft.rows, start=1)
    )
    return Document(
        type=draft.kind.value,
        number=number,
        customer_number=int(draft.customer_number),
        customer_name=draft.customer_name,
        date=draft.date,
        net=draft.net,
        vat=draft.vat,
        total=draft.total,
        rounding=draft.rounding,
        tid_invoice_id=draft.tid_invoice_id,
        project_code=draft.project_code,
        result_unit=draft.result_unit_code,
        your_reference=draft.your_reference,
        our_reference=draft.our_reference,
        is_credit=draft.credit,
        rows=rows,
    )
