"""Bad input on the wire: answers that break TID-API.md. Each odd basis is reported on its own,
naming the basis and the field; the good bases beside it still import; nothing is half-written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from support.bad_input import (
    COMPANY,
    GOOD,
    Raw,
    Tamper,
    assert_nothing_half_written,
    client,
    pending_ids,
    rewrite_item,
)
from tidwizard.core.admin import AdministrationStore, create_demo_company
from tidwizard.core.importer import ImportEngine, ImportReport
from tidwizard.core.tid import MalformedAnswer

BAD = 1003  # an ordinary demo basis that each test spoils on the wire


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AdministrationStore]:
    with create_demo_company(tmp_path / "demo.sqlite") as company:
        yield company


async def run_with(sandbox: Any, store: AdministrationStore, tamper: Tamper, ids: Any = None):
    async with client(sandbox.url, tamper) as tid:
        return await ImportEngine(tid, store).run(ids)


def keep_only(sandbox: Any, ids: set[int]) -> None:
    """Leave just these pending bases in the sandbox, so a full run stays small and exact."""
    with sandbox.state.lock:
        bases = sandbox.state.company(COMPANY).bases
        for basis_id in [i for i in bases if i not in ids]:
            del bases[basis_id]


def assert_only_bad_failed(report: ImportReport, *, field: str, basis: int = BAD) -> str:
    assert sorted(e.tid_invoice_id for e in report.imported) == sorted(GOOD)
    assert not report.refused
    assert [f.tid_invoice_id for f in report.failed] == [basis]
    message = report.failed[0].error
    assert f"”{field}”" in message, message
    return message


def spoil(change: Any) -> Tamper:
    """A tamper that rewrites the full answer of BAD with ``change``."""
    return Tamper(bases={BAD: change})


def on_row(index: int, **values: Any) -> Any:
    def change(body: dict[str, Any]) -> dict[str, Any]:
        rows = list(body["rows"])
        rows[index] = {**rows[index], **values}
        return {**body, "rows": rows}

    return change


# (name, change to BAD's answer, the field the message must name)
DETAIL_CASES = [
    ("missing sum", lambda b: {k: v for k, v in b.items() if k != "sum"}, "sum"),
    ("sum as text", lambda b: {**b, "sum": "tolv tusen"}, "sum"),
    ("three decimals in the sum", lambda b: {**b, "sum": Raw("12500.005")}, "sum"),
    ("three decimals in a rate", on_row(0, rate=Raw("12.345")), "rate"),
    ("a sum beyond any invoice", lambda b: {**b, "sum": Raw("1e13")}, "sum"),
    ("a quantity beyond reason", on_row(0, value=Raw("1e15")), "value"),
    ("NaN in a row", on_row(0, sum=Raw("NaN")), "sum"),
    ("infinite quantity", on_row(0, value=Raw("Infinity")), "value"),
    ("February the 30th", lambda b: {**b, "invoiceDate": "2026-02-30"}, "invoiceDate"),
    ("the year 10000", lambda b: {**b, "invoiceDate": "10000-01-01"}, "invoiceDate"),
    ("null customer", lambda b: {**b, "customer": None}, "customer"),
    (
        "customer number as a list",
        lambda b: {**b, "customer": {**b["customer"], "customerNumber": ["1003"]}},
        "customer.customerNumber",
    ),
    ("a flag that is no flag", on_row(0, isHeader="kanske"), "isHeader"),
    ("rows missing", lambda b: {k: v for k, v in b.items() if k != "rows"}, "rows"),
    ("rows not a list", lambda b: {**b, "rows": {"0": b["rows"][0]}}, "rows"),
    ("the answer of another basis", lambda b: {**b, "id": 1004}, "id"),
]


@pytest.mark.parametrize(
    ("change", "field"), [c[1:] for c in DETAIL_CASES], ids=[c[0] for c in DETAIL_CASES]
)
async def test_a_malformed_basis_fails_alone_naming_its_field(
    sandbox: Any, store: AdministrationStore, change: Any, field: str
) -> None:
    report = await run_with(sandbox, store, spoil(change), [BAD, *GOOD])

    assert_only_bad_failed(report, field=field)
    assert BAD in pending_ids(sandbox.state)  # still waiting in Tid, to be fixed there
    assert_nothing_half_written(store, set(GOOD))


async def test_a_body_that_is_not_json_fails_that_basis_only(
    sandbox: Any, store: AdministrationStore
) -> None:
    report = await run_with(
        sandbox, store, spoil(lambda b: b'{"objectName": "invoice", "id'), [BAD, *GOOD]
    )

    assert_only_bad_failed(report, field="(body)")
    assert_nothing_half_written(store, set(GOOD))


async def test_unknown_extra_fields_are_ignored_as_the_contract_allows(
    sandbox: Any, store: AdministrationStore
) -> None:
    tamper = spoil(on_row(0, isDiscountRow=True, colour="röd"))
    report = await run_with(sandbox, store, tamper, [BAD, *GOOD])

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted([BAD, *GOOD])
    assert_nothing_half_written(store, {BAD, *GOOD})


# A single malformed item in a list page must not stop the whole import.

LIST_CASES = [
    ("null customer", lambda i: {**i, "customer": None}, "customer"),
    ("three decimals", lambda i: {**i, "sum": Raw("1.005")}, "sum"),
    ("mistyped date", lambda i: {**i, "invoiceDate": [2026, 11, 30]}, "invoiceDate"),
]


@pytest.mark.parametrize(
    ("change", "field"), [c[1:] for c in LIST_CASES], ids=[c[0] for c in LIST_CASES]
)
async def test_a_malformed_list_item_does_not_stop_the_others(
    sandbox: Any, store: AdministrationStore, change: Any, field: str
) -> None:
    keep_only(sandbox, {BAD, *GOOD})
    tamper = Tamper(items=rewrite_item(BAD, change))
    tamper.bases[BAD] = change  # the basis is as broken when fetched on its own
    report = await run_with(sandbox, store, tamper)

    assert_only_bad_failed(report, field=field)
    assert_nothing_half_written(store, set(GOOD))


async def test_a_list_item_odd_only_in_the_list_is_read_from_its_full_answer(
    sandbox: Any, store: AdministrationStore
) -> None:
    """The list is only the index; the basis's own answer decides what is imported."""
    keep_only(sandbox, {BAD, *GOOD})
    tamper = Tamper(items=rewrite_item(BAD, lambda i: {**i, "customer": "?"}))
    report = await run_with(sandbox, store, tamper)

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted([BAD, *GOOD])
    assert not pending_ids(sandbox.state)


async def test_a_list_item_without_a_usable_id_is_skipped_and_the_rest_import(
    sandbox: Any, store: AdministrationStore, caplog: pytest.LogCaptureFixture
) -> None:
    keep_only(sandbox, {BAD, *GOOD})
    tamper = Tamper(items=rewrite_item(BAD, lambda i: {**i, "id": "tusenfyra"}))
    report = await run_with(sandbox, store, tamper)

    assert sorted(e.tid_invoice_id for e in report.imported) == sorted(GOOD)
    assert "id" in caplog.text  # a warning says an unreadable item was passed over


async def test_the_pending_count_survives_a_malformed_first_item(sandbox: Any) -> None:
    tamper = Tamper(items=lambda items: [{**items[0], "sum": "?"}, *items[1:]])
    async with client(sandbox.url, tamper) as tid:
        count = await tid.count_pending_bases()
    assert count == len(pending_ids(sandbox.state))


async def test_a_malformed_list_envelope_still_raises(sandbox: Any) -> None:
    """Without a readable page there is nothing to attribute per basis: say so, name the field."""
    tamper = Tamper(items=lambda items: "alla")
    async with client(sandbox.url, tamper) as tid:
        with pytest.raises(MalformedAnswer) as caught:
            _ = [b async for b in tid.iter_invoice_bases()]
    assert caught.value.field == "items"


async def test_duplicate_ids_across_pages_import_once(
    sandbox: Any, store: AdministrationStore
) -> None:
    keep_only(sandbox, {BAD, *GOOD})
    seen: list[dict[str, Any]] = []

    def repeat_first(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        seen.extend(items)
        return [*items, seen[0]]  # every page ends with the very first basis again

    async with client(sandbox.url, Tamper(items=repeat_first)) as tid:
        listed = [b.id async for b in tid.iter_invoice_bases(page_size=1)]
        report = await ImportEngine(tid, store).run()

    assert sorted(listed) == sorted([BAD, *GOOD])
    assert sorted(e.tid_invoice_id for e in report.imported) == sorted([BAD, *GOOD])
    assert_nothing_half_written(store, {BAD, *GOOD})


async def test_a_page_that_changes_while_being_read(
    sandbox: Any, store: AdministrationStore
) -> None:
    """Another system marks the first basis between our page 1 and page 2: the list shifts.
    Nothing is read twice, nothing is lost for good: the skipped basis waits for the next run."""
    keep_only(sandbox, {1001, 1002, 1003, 1004})
    tamper = Tamper()

    def mark_after_first_page(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if tamper.list_pages_seen == 1:
            sandbox.state.mark_transferred(COMPANY, 1001, dt.date(2026, 12, 1), "77")
        return items

    tamper.items = mark_after_first_page
    async with client(sandbox.url, tamper) as tid:
        listed = [b.id async for b in tid.iter_invoice_bases(page_size=2)]
    assert len(listed) == len(set(listed))
    assert set(listed) <= {1001, 1002, 1003, 1004}

    first = await run_with(sandbox, store, Tamper())
    second = await run_with(sandbox, store, Tamper())
    imported = [e.tid_invoice_id for e in first.imported + second.imported]
    assert sorted(imported) == [1002, 1003, 1004]
    assert_nothing_half_written(store, {1002, 1003, 1004})
