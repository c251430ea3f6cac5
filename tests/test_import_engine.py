"""The import engine against the real sandbox Tid service and a real SQLite demo company."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from support.bad_input import plant, work_row
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.importer.events import BasisImported, ImportEvent, Progress
from tidwizard.core.importer.refusal import RefusalReason
from tidwizard.core.tid import TidClient
from tidwizard.core.wire import InvoiceBasis

D = Decimal
MUST_BE_REFUSED = {
    1013: RefusalReason.MISSING_ARTICLE,
    1014: RefusalReason.PACKAGE_ARTICLE,
    1015: RefusalReason.SUM_MISMATCH,
    1016: RefusalReason.CUSTOMER_NUMBER,
}
NEED_CONSENT = {1009, 1010, 1011, 1012}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


@pytest.fixture
def sandbox(profile_sandbox: object) -> object:
    """Every test here runs against both profiles: the contract, and the real service's shapes
    (references without customer numbers, the filter ignored, the mark answered 200 with a
    body, another number refused with 400 and only a message)."""
    return profile_sandbox


@pytest.fixture
async def tid(sandbox: object) -> AsyncIterator[TidClient]:
    url = sandbox.url  # type: ignore[attr-defined]
    async with TidClient(url, "demo", "demo", company_id=1, rate=0, backoff=0.01) as client:
        yield client


async def transferred(tid: TidClient) -> dict[int, str | None]:
    return {
        b.id: b.economy_system_invoice_number
        async for b in tid.iter_invoice_bases(pending_only=False)
    }


async def test_demo_import_refuses_with_reasons_and_the_refused_stay_waiting(
    tid: TidClient, store: AdministrationStore
) -> None:
    events: list[ImportEvent] = []
    waiting = [b.id for b in await ImportEngine(tid, store).pending()]
    report = await ImportEngine(tid, store).run(on_event=events.append)

    refused = {r.tid_invoice_id: r.refusal.kind for r in report.refused}
    assert {i: refused[i] for i in MUST_BE_REFUSED} == MUST_BE_REFUSED
    assert {i for i, why in refused.items() if why is RefusalReason.NEEDS_CONSENT} == NEED_CONSENT
    assert "901" in next(r.message for r in report.refused if r.tid_invoice_id == 1013)
    assert not report.failed and not report.created
    assert len(report.imported) == len(waiting) - len(refused)

    still_waiting = {b.id for b in await ImportEngine(tid, store).pending()}
    assert still_waiting == set(refused)
    numbers = await transferred(tid)
    documents = store.invoices()
    assert sorted(d.tid_invoice_id for d in documents) == sorted(
        e.tid_invoice_id for e in report.imported
    )
    for document in documents:
        assert numbers[document.tid_invoice_id] == str(document.number)
    assert events[-1] == Progress(len(waiting), len(waiting))


async def test_new_customer_project_and_result_unit_only_with_consent(
    tid: TidClient, store: AdministrationStore
) -> None:
    engine = ImportEngine(tid, store)
    report = await engine.run(sorted(NEED_CONSENT), create_missing=True)

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted(NEED_CONSENT)
    created = sorted(
        type(r).__name__ + ":" + getattr(r, "number", getattr(r, "code", ""))
        for r in report.created
    )
    assert created == ["NewCustomer:1050", "NewProject:P-310", "NewResultUnit:50"]
    assert store.get_customer(1050) is not None
    project = store.get_project("P-310")
    assert project is not None and (project.customer_number, project.result_unit) == (1050, "50")
    assert store.get_result_unit("50") is not None


async def test_header_sum_and_text_rows(tid: TidClient, store: AdministrationStore) -> None:
    await ImportEngine(tid, store).run([1001, 1002])
    by_basis = {d.tid_invoice_id: d for d in store.invoices()}
    first = by_basis[1001]
    assert [(r.kind, r.text.split(":")[0]) for r in first.rows if r.kind == "text"] == [
        ("text", "Vecka 45"),
        ("text", "Vecka 46"),
    ]
    assert not any("Summa" in r.text for r in first.rows)  # sum rows are skipped
    assert len(first.rows) == 7
    second = by_basis[1002]
    assert second.rows[-1].kind == "text" and "Enligt offert 2026-09-14" in second.rows[-1].text


async def test_vat_from_the_article_and_rounding_exact_to_the_ore(
    tid: TidClient, store: AdministrationStore
) -> None:
    await ImportEngine(tid, store).run([1008])
    (invoice,) = store.invoices()
    # 2 x 349.00 at 6 % and 450 x 1.00 at 12 %.
    assert [r.vat_rate for r in invoice.rows] == [D(6), D(12)]
    assert (invoice.net, invoice.vat) == (D("1148.00"), D("95.88"))
    assert (invoice.rounding, invoice.total) == (D("0.12"), D("1244.00"))


async def test_a_credit_basis_becomes_a_credit_invoice(
    tid: TidClient, store: AdministrationStore
) -> None:
    engine = ImportEngine(tid, store, import_as="order")
    report = await engine.run([1017])
    assert [(e.kind.value, e.credit) for e in report.imported] == [("invoice", True)]
    (credit,) = store.invoices()
    assert credit.is_credit and not store.orders()
    assert (credit.net, credit.vat, credit.total) == (D("-3800.00"), D("-950.00"), D("-4750.00"))


async def test_invoices_deliver_stock_and_orders_reserve_it(
    tid: TidClient, store: AdministrationStore
) -> None:
    await ImportEngine(tid, store, import_as="invoice").run([1003])
    cable, router = store.get_article("301"), store.get_article("302")
    assert cable is not None and router is not None
    assert (cable.stock, cable.reserved, router.stock) == (D(228), D(0), D(16))

    await ImportEngine(tid, store, import_as="order").run([1022])
    (order,) = store.orders()
    assert order.tid_invoice_id == 1022 and order.rounding == 0
    cable = store.get_article("301")
    assert cable is not None
    assert (cable.stock, cable.reserved, cable.available) == (D(228), D(24), D(204))


async def test_stock_moves_exactly_and_a_credit_brings_it_back(
    sandbox: object, tid: TidClient, store: AdministrationStore
) -> None:
    state = sandbox.state  # type: ignore[attr-defined]
    # Tenths that binary floating point cannot add exactly, on a stock article and a service.
    plant(
        state,
        1901,
        (work_row("301", "0.1", "149", "14.90"), work_row("301", "0.2", "149", "29.80")),
    )
    plant(state, 1902, (work_row("301", "2.5", "149", "372.50"),))
    plant(
        state, 1903, (work_row("301", "-2", "149", "-298.00"), work_row("101", "-1", "950", "-950"))
    )
    await ImportEngine(tid, store, import_as="invoice").run([1901])
    await ImportEngine(tid, store, import_as="order").run([1902])
    report = await ImportEngine(tid, store, import_as="invoice").run([1903])
    assert [e.credit for e in report.imported] == [True]

    cable, hours = store.get_article("301"), store.get_article("101")
    assert cable is not None and hours is not None
    assert (cable.stock, cable.reserved, cable.available) == (D("241.7"), D("2.5"), D("239.2"))
    assert hours.stock == 0  # a service is not counted


class LosesMarks(httpx.AsyncHTTPTransport):
    """Real HTTP, except that while ``cut`` the network drops every setsenttoeconomysystem."""

    cut = True

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.cut and request.method == "PATCH":
            raise httpx.ConnectError("network lost", request=request)
        return await super().handle_async_request(request)


async def test_a_document_whose_mark_failed_is_completed_on_the_next_run(
    sandbox: object, tid: TidClient, store: AdministrationStore
) -> None:
    url = sandbox.url  # type: ignore[attr-defined]
    transport = LosesMarks()
    async with TidClient(
        url, "demo", "demo", company_id=1, rate=0, retries=1, backoff=0.01, transport=transport
    ) as flaky:
        first = await ImportEngine(flaky, store).run([1004])
        assert [f.tid_invoice_id for f in first.failed] == [1004] and not first.imported
        assert "nästa import" in first.failed[0].error
        assert len(store.pending_journal_entries()) == 1
        assert 1004 in {b.id for b in await ImportEngine(flaky, store).pending()}

        transport.cut = False
        second = await ImportEngine(flaky, store).run([1004])
    assert [(e.tid_invoice_id, e.recovered) for e in second.imported] == [(1004, True)]
    (invoice,) = store.invoices()
    assert (await transferred(tid))[1004] == str(invoice.number)
    assert not store.pending_journal_entries()


class TakenMeanwhile(httpx.AsyncHTTPTransport):
    """Real HTTP, except that another system marks each basis just before our mark arrives."""

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH":
            url = request.url.copy_set_param("economySystemInvoiceNumber", "7777")
            other = httpx.Request("PATCH", url, headers=request.headers)
            await (await super().handle_async_request(other)).aread()
        return await super().handle_async_request(request)


async def test_a_basis_taken_by_another_system_meanwhile_is_taken_back_out_with_its_stock(
    sandbox: object, tid: TidClient, store: AdministrationStore
) -> None:
    before = {number: store.get_article(number) for number in ("301", "302")}
    url = sandbox.url  # type: ignore[attr-defined]
    async with TidClient(
        url, "demo", "demo", company_id=1, rate=0, retries=0, transport=TakenMeanwhile()
    ) as racing:
        report = await ImportEngine(racing, store).run([1003])
    assert not report.imported and [f.tid_invoice_id for f in report.failed] == [1003]
    assert "7777" in report.failed[0].error
    assert not store.invoices() and not store.pending_journal_entries()
    for number, article in before.items():  # two stock articles, both given back
        assert article is not None
        assert store.get_article(number) == article
    assert (await transferred(tid))[1003] == "7777"


async def test_an_already_transferred_basis_gets_no_document(
    tid: TidClient, store: AdministrationStore
) -> None:
    await tid.set_sent_to_economy_system(1006, dt.date(2026, 12, 1), "9999")
    report = await ImportEngine(tid, store).run([1006])
    assert [r.refusal.kind for r in report.refused] == [RefusalReason.ALREADY_TRANSFERRED]
    assert "9999" in report.refused[0].message
    assert not store.invoices()


async def test_reading_a_basis_in_again_on_purpose(
    tid: TidClient, store: AdministrationStore
) -> None:
    engine = ImportEngine(tid, store)
    await engine.run([1020])
    again = await engine.reimport(1020)
    assert isinstance(again, BasisImported)
    first, second = store.invoices()
    assert (first.tid_invoice_id, second.tid_invoice_id) == (1020, 1020)
    assert second.total == first.total and second.number != first.number
    assert (await transferred(tid))[1020] == str(first.number)  # Tid keeps the first number
    assert not store.pending_journal_entries()
    # An ordinary run never imports it a second time.
    assert not (await engine.run([1020])).failed
    assert len(store.invoices()) == 2


async def test_stopping_finishes_the_basis_in_hand_and_leaves_the_rest_waiting(
    tid: TidClient, store: AdministrationStore
) -> None:
    import asyncio

    stop = asyncio.Event()

    def on_event(event: ImportEvent) -> None:
        if isinstance(event, BasisImported) and len(store.invoices()) >= 2:
            stop.set()

    # One mark at a time, so exactly the basis in hand finishes; with more marks in flight see
    # test_import_pipelining.py.
    report = await ImportEngine(tid, store, concurrency=1).run(
        [1018, 1019, 1020, 1021], on_event=on_event, stop=stop
    )
    assert report.stopped
    assert [e.tid_invoice_id for e in report.imported] == [1018, 1019]
    waiting = {b.id for b in await ImportEngine(tid, store).pending()}
    assert {1020, 1021} <= waiting and not {1018, 1019} & waiting


async def test_a_basis_taken_elsewhere_between_fetch_and_mark_is_taken_back_out(
    sandbox: object, tid: TidClient, store: AdministrationStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = sandbox.state  # type: ignore[attr-defined]
    fetch = tid.get_invoice_basis

    async def fetch_then_taken_elsewhere(basis_id: int) -> InvoiceBasis:
        basis = await fetch(basis_id)
        if basis_id == 1003:  # fetched as waiting; another system transfers it right after
            state.mark_transferred(1, 1003, dt.date(2026, 12, 1), "7777")
        return basis

    monkeypatch.setattr(tid, "get_invoice_basis", fetch_then_taken_elsewhere)
    report = await ImportEngine(tid, store, concurrency=4).run([1006, 1003])
    assert [f.tid_invoice_id for f in report.failed] == [1003]
    assert "7777" in report.failed[0].error
    assert [d.tid_invoice_id for d in store.invoices()] == [1006]
    cable = store.get_article("301")
    assert cable is not None and cable.stock == D(240)  # the stock effect went back too
    assert store.journal_entry(1003) is None and not store.pending_journal_entries()


async def test_tid_gets_the_transfer_date(tid: TidClient, store: AdministrationStore) -> None:
    day = dt.date(2026, 12, 3)
    await ImportEngine(tid, store, today=lambda: day).run([1021])
    (basis,) = [b async for b in tid.iter_invoice_bases(pending_only=False) if b.id == 1021]
    assert basis.sent_to_economy_system == day


async def test_a_cancelled_run_never_leaves_half_a_basis(
    tid: TidClient, store: AdministrationStore
) -> None:
    import asyncio

    started = asyncio.Event()

    def on_event(event: ImportEvent) -> None:
        if isinstance(event, BasisImported):
            started.set()

    run = asyncio.create_task(  # one mark at a time; many in flight: test_import_pipelining.py
        ImportEngine(tid, store, concurrency=1).run(
            [1018, 1019, 1020, 1021, 1022, 1023], on_event=on_event
        )
    )
    await started.wait()
    while not store.pending_journal_entries():  # the next document is written, Tid not yet told
        await asyncio.sleep(0.001)
    run.cancel()
    with pytest.raises(asyncio.CancelledError):
        await run
    assert not store.pending_journal_entries()
    marked = await transferred(tid)
    documents = store.invoices()
    assert 1 <= len(documents) < 6
    assert all(marked[d.tid_invoice_id] == str(d.number) for d in documents)
