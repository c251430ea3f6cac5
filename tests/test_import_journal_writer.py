"""The journal writer's round of writes: one transaction, each basis all or nothing within it."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.admin.errors import AlreadyImported
from tidwizard.core.importer.draft import DocumentDraft, DocumentKind
from tidwizard.core.importer.journal_writer import JournalWriter, Written
from tidwizard.core.importer.rules import build_document
from tidwizard.core.tid import TidClient
from tidwizard.sandbox.server import SandboxConfig, start_sandbox

TODAY = dt.date(2026, 12, 1)
# Demo bases that import without consent; 1003 moves the stock of articles 301 and 302.
IDS = (1001, 1003, 1004)


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> list[DocumentDraft]:
    async def fetch(url: str) -> list[DocumentDraft]:
        async with TidClient(url, "demo", "demo", company_id=1, rate=0) as tid:
            bases = [await tid.get_invoice_basis(basis_id) for basis_id in IDS]
        with create_demo_company(tmp_path_factory.mktemp("probe") / "demo.sqlite") as probe:
            registers = JournalWriter(probe).registers()
        made = [build_document(basis, registers, DocumentKind.INVOICE) for basis in bases]
        assert all(isinstance(draft, DocumentDraft) for draft in made)
        return made  # type: ignore[return-value]

    with start_sandbox(SandboxConfig(seed="demo", rate=0)) as running:
        return asyncio.run(fetch(running.url))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


def stock(store: AdministrationStore) -> tuple[object, ...]:
    return tuple(store.get_article(number) for number in ("301", "302"))


def test_a_round_writes_every_basis_in_order(
    store: AdministrationStore, drafts: list[DocumentDraft]
) -> None:
    results = JournalWriter(store).write_each(drafts, TODAY)
    assert all(isinstance(result, Written) for result in results)
    assert [invoice.tid_invoice_id for invoice in store.invoices()] == list(IDS)
    numbers = [result.number for result in results if isinstance(result, Written)]
    assert numbers == sorted(numbers)
    assert len(store.pending_journal_entries()) == len(IDS)


def test_a_basis_imported_meanwhile_is_left_out_alone(
    store: AdministrationStore, drafts: list[DocumentDraft]
) -> None:
    journal = JournalWriter(store)
    journal.write(drafts[1], TODAY)  # another run took 1003 (with its stock) first
    before = stock(store)
    results = journal.write_each(drafts, TODAY)
    assert isinstance(results[1], AlreadyImported)
    assert isinstance(results[0], Written) and isinstance(results[2], Written)
    assert sorted(i.tid_invoice_id for i in store.invoices()) == sorted(IDS)  # 1003 once
    assert stock(store) == before  # the second try at 1003 moved no stock


def test_another_error_ends_the_round_and_keeps_the_bases_before_it(
    store: AdministrationStore, drafts: list[DocumentDraft], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tidwizard.core.admin import journal

    real = journal.record_import
    calls = 0

    def fails_second(*args: object) -> object:
        # After the second basis's document, rows and stock effect were written.
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("disk full")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(journal, "record_import", fails_second)
    before = stock(store)
    results = JournalWriter(store).write_each(drafts, TODAY)
    assert len(results) == 2 and isinstance(results[1], RuntimeError)
    assert [i.tid_invoice_id for i in store.invoices()] == [IDS[0]]
    assert stock(store) == before  # 1003 failed after moving its stock: moved back
    assert [e.tid_invoice_id for e in store.pending_journal_entries()] == [IDS[0]]
