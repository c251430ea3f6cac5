"""Invoices, orders and the import journal: numbers, exact round trips, and exactly-once rules."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from tidwizard.core.admin import (
    AdministrationStore,
    AlreadyImported,
    Article,
    Customer,
    Document,
    DocumentRow,
    ReimportRefused,
    documents,
    journal,
)

NOW = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with AdministrationStore.create(
        tmp_path / "b.sqlite",
        name="Test AB",
        orgnr="556677-8899",
        edition="2000",
        program_version="2024.1",
    ) as opened:
        opened.add_customer(Customer(1004, "Malmö Kaffekompani AB"))
        opened.add_article(Article("101", "Konsulttimme", "tim", Decimal(950), Decimal(25)))
        yield opened


def invoice(number: int, tid_invoice_id: int | None = 1001) -> Document:
    rows = (
        DocumentRow(1, "text", "November 2026"),
        DocumentRow(
            2,
            "article",
            "Konsulttimme",
            "101",
            Decimal("7.5"),
            "tim",
            Decimal(950),
            Decimal(10),
            Decimal(25),
            Decimal("6412.50"),
            Decimal("1603.13"),
        ),
    )
    return Document(
        type="invoice",
        number=number,
        customer_number=1004,
        customer_name="Malmö Kaffekompani AB",
        date=dt.date(2026, 11, 30),
        net=Decimal("6412.50"),
        vat=Decimal("1603.13"),
        rounding=Decimal("0.37"),
        total=Decimal("8016.00"),
        tid_invoice_id=tid_invoice_id,
        your_reference="Eva",
        rows=rows,
        created_at=NOW,
    )


def write(store: AdministrationStore, tid_invoice_id: int = 1001) -> int:
    with store.transaction() as conn:
        number = store.next_number(conn, "invoice")
        documents.insert_document(conn, invoice(number, tid_invoice_id))
        journal.record_import(conn, tid_invoice_id, "invoice", number, now=NOW)
    return number


def test_a_document_reads_back_exactly(store: AdministrationStore) -> None:
    number = write(store)
    assert number == 1001
    assert store.invoices() == [invoice(1001)]
    assert store.get_document("invoice", 1001) == invoice(1001)
    assert store.orders() == []


def test_invoice_and_order_series_are_separate(store: AdministrationStore) -> None:
    with store.transaction() as conn:
        numbers = [documents.next_number(conn, k) for k in ("invoice", "order", "invoice")]
    assert numbers == [1001, 5001, 1002]


def test_a_rolled_back_import_gives_its_number_back(store: AdministrationStore) -> None:
    with pytest.raises(RuntimeError), store.transaction() as conn:
        documents.insert_document(conn, invoice(store.next_number(conn, "invoice")))
        raise RuntimeError("killed before commit")
    assert store.invoices() == []
    assert write(store) == 1001


def test_next_number_outside_a_transaction_is_a_mistake(store: AdministrationStore) -> None:
    with store.transaction() as conn:
        pass
    with pytest.raises(RuntimeError):
        documents.next_number(conn, "invoice")


@pytest.mark.parametrize(
    "change",
    [{"total": Decimal("8016.01")}, {"type": "order"}],  # wrong total; an order with rounding
)
def test_inconsistent_documents_are_refused(store: AdministrationStore, change: dict) -> None:
    from dataclasses import replace

    with pytest.raises(ValueError), store.transaction() as conn:
        documents.insert_document(conn, replace(invoice(1001), **change))


def test_the_database_refuses_a_second_import_of_a_basis(store: AdministrationStore) -> None:
    write(store)
    with pytest.raises(AlreadyImported) as caught:
        write(store)
    assert caught.value.tid_invoice_id == 1001
    assert [d.number for d in store.invoices()] == [1001]  # the second document rolled back
    # Not even raw SQL gets past the database's own rule.
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        conn.execute(
            "INSERT INTO import_journal"
            " VALUES (1001, 1, 'invoice', 1001, 'pending', 'x', NULL, NULL)"
        )


def test_pending_until_confirmed(store: AdministrationStore) -> None:
    write(store, 1001)
    write(store, 1002)
    assert [e.tid_invoice_id for e in store.pending_journal_entries()] == [1001, 1002]
    with store.transaction() as conn:
        assert journal.confirm(conn, 1001, 1, now=NOW)
        assert not journal.confirm(conn, 1001, 1, now=NOW)  # repeating is harmless
    assert [e.tid_invoice_id for e in store.pending_journal_entries()] == [1002]
    entry = store.journal_entry(1001)
    assert entry is not None and entry.is_confirmed and entry.confirmed_at == NOW
    assert entry.document_number == 1001 and entry.generation == 1
    assert store.journal_entry(4711) is None


def test_a_deliberate_re_read_is_the_next_generation(store: AdministrationStore) -> None:
    write(store)
    with store.transaction() as conn:
        journal.confirm(conn, 1001, 1)
        number = store.next_number(conn, "invoice")
        documents.insert_document(conn, invoice(number))
        entry = journal.record_reimport(conn, 1001, "invoice", number, replaces_generation=1)
    assert (entry.generation, entry.document_number, entry.state) == (2, 1002, "pending")
    assert store.journal_entry(1001) == entry
    assert [e.generation for e in store.journal_history()] == [2, 1]


def test_a_re_read_needs_a_confirmed_and_current_import(store: AdministrationStore) -> None:
    write(store)
    with pytest.raises(ReimportRefused) as caught, store.transaction() as conn:
        journal.record_reimport(conn, 1001, "invoice", 1002, replaces_generation=1)
    assert caught.value.code == "reimport_unconfirmed"
    with store.transaction() as conn:
        journal.confirm(conn, 1001, 1)
    with pytest.raises(ReimportRefused) as caught, store.transaction() as conn:
        journal.record_reimport(conn, 1001, "invoice", 1002, replaces_generation=0)
    assert caught.value.code == "reimport_stale"
    with pytest.raises(ReimportRefused), store.transaction() as conn:
        journal.record_reimport(conn, 4711, "invoice", 1002, replaces_generation=1)


def test_the_database_itself_refuses_a_re_read_of_an_unconfirmed_import(
    store: AdministrationStore,
) -> None:
    write(store)
    with pytest.raises(sqlite3.IntegrityError, match="confirmed"), store.transaction() as conn:
        conn.execute(
            "INSERT INTO import_journal"
            " VALUES (1001, 2, 'invoice', 1001, 'pending', 'x', NULL, NULL)"
        )


def test_a_journal_entry_needs_its_document(store: AdministrationStore) -> None:
    with pytest.raises(sqlite3.IntegrityError), store.transaction() as conn:
        journal.record_import(conn, 1001, "invoice", 1234)
    assert store.journal_history() == []
