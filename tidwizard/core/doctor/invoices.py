"""The invoice bases: the list (filtered and not), whether the filter is honoured, one basis."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tidwizard.core import malformed, wire, wire_parsing
from tidwizard.core.doctor.findings import Finding, Message
from tidwizard.core.doctor.probing import ONE_PAGE, answered, error_of, failed, get, http_facts
from tidwizard.core.tid import paths
from tidwizard.core.tid.answers import parse_answer, parse_typed_answer
from tidwizard.core.tid.client import PENDING_FILTER, TidClient
from tidwizard.core.tid.errors import MalformedAnswer, TidError


@dataclass
class Listing:
    """The first page of the invoice list, each item read on its own (as an import does)."""

    total: int
    items: list[Any]
    bases: list[wire.InvoiceBasis] = field(default_factory=list)
    unreadable: list[tuple[Any, malformed.MalformedAnswer]] = field(default_factory=list)

    @property
    def transferred(self) -> int:
        """Items that say they were transferred, read or not."""
        return sum(
            1
            for item in self.items
            if isinstance(item, dict) and item.get("sentToEconomySystem") not in (None, "")
        )


async def list_page(tid: TidClient, filtered: bool) -> Listing | Finding:
    """The first page (100 items) of the list, or the finding of why it cannot be read."""
    path = paths.INVOICES
    params = {**(PENDING_FILTER if filtered else {}), **ONE_PAGE}
    answer = await get(tid, path, params)
    name = "invoice_list" if filtered else "invoice_list_all"
    if isinstance(answer, TidError):
        return failed(name, answer, needed=filtered)
    facts = http_facts(answer, path)
    if answer.status_code >= 400:
        return failed(name, error_of(answer, path), needed=filtered, facts=facts)
    try:
        page = parse_answer(wire.Page[Any], answer, "list")
    except TidError as error:
        return failed(name, error, needed=filtered, facts=facts)
    listing = Listing(page.total_item_count, list(page.items))
    for item in page.items:
        try:
            listing.bases.append(wire_parsing.parse(wire.InvoiceBasis, item))
        except malformed.MalformedAnswer as error:
            item_id = item.get("id") if isinstance(item, dict) else None
            listing.unreadable.append((item_id, error))
    return listing


def list_finding(listing: Listing) -> Finding:
    """The pending list: its items read, or those that do not fail alone."""
    facts = {
        "path": paths.INVOICES,
        "listed": len(listing.items),
        "total": listing.total,
        "unreadable": [{"id": i, "problem": str(e)} for i, e in listing.unreadable],
    }
    if not listing.unreadable:
        return answered(
            "invoice_list",
            "ok",
            "doctor.list.ok",
            "doctor.list.ok.means",
            needed=True,
            facts=facts,
            count=len(listing.items),
            total=listing.total,
            waiting=len(listing.items) - listing.transferred,
        )
    first_id, first = listing.unreadable[0]
    # The list works; only these bases fail (alone, naming the field), so not blocking.
    return answered(
        "invoice_list",
        "problem",
        "doctor.list.unreadable",
        "doctor.list.unreadable.means",
        facts=facts,
        count=len(listing.unreadable),
        listed=len(listing.items),
        id=first_id if first_id is not None else "?",
        field=first.field,
    )


def filter_finding(pending: Listing, every: Listing) -> Finding:
    """Whether ``filter.sentToEconomySystem=false`` leaves the transferred bases out.

    A transferred basis in the filtered list, or the same total as the unfiltered list while
    that one shows a transferred basis: ignored. Fewer than the unfiltered list and none
    transferred among them: honoured. No transferred basis to tell by: unknown."""
    facts = {
        "filteredTotal": pending.total,
        "unfilteredTotal": every.total,
        "transferredInFiltered": pending.transferred,
        "transferredInUnfiltered": every.transferred,
    }
    ignored = pending.transferred > 0 or (every.transferred > 0 and pending.total == every.total)
    if ignored:
        return answered(
            "invoice_filter",
            "absent",
            "doctor.filter.ignored",
            "doctor.filter.ignored.means",
            facts={**facts, "honoured": False},
            transferred=max(pending.transferred, every.transferred),
        )
    if pending.total < every.total:
        return answered(
            "invoice_filter",
            "ok",
            "doctor.filter.honoured",
            "doctor.filter.honoured.means",
            facts={**facts, "honoured": True},
            pending=pending.total,
            total=every.total,
        )
    return answered(
        "invoice_filter",
        "unknown",
        "doctor.filter.unknown",
        "doctor.filter.unknown.means",
        facts={**facts, "honoured": None},
    )


def basis_to_read(pending: Listing, every: Listing | None) -> int | None:
    """A waiting basis when there is one (what an import reads), else any listed one."""
    for basis in pending.bases:
        if not basis.transferred:
            return basis.id
    candidates = (every.bases if every else []) or pending.bases
    return candidates[0].id if candidates else None


async def read_basis(tid: TidClient, basis_id: int | None) -> wire.InvoiceBasis | Finding:
    """One basis with its rows, read as the import reads it (before its keys are looked up)."""
    if basis_id is None:
        return answered(
            "invoice_basis",
            "unknown",
            "doctor.basis.none",
            "doctor.basis.none.means",
            needed=True,
        )
    path = paths.invoice(basis_id)
    answer = await get(tid, path)
    if isinstance(answer, TidError):
        return failed("invoice_basis", answer, needed=True, facts={"id": basis_id})
    facts = {**http_facts(answer, path), "id": basis_id}
    if answer.status_code >= 400:
        return failed("invoice_basis", error_of(answer, path), needed=True, facts=facts)
    meaning = Message("doctor.basis.malformed.means")
    try:
        basis = parse_typed_answer(wire.InvoiceBasis, answer, f"invoice {basis_id}")
        if basis.rows is None:
            raise MalformedAnswer(f"invoice {basis_id}", "rows", "is missing")
    except TidError as error:
        return failed("invoice_basis", error, needed=True, meaning=meaning, facts=facts)
    return basis


def basis_finding(basis: wire.InvoiceBasis) -> Finding:
    rows = basis.rows or []
    return answered(
        "invoice_basis",
        "ok",
        "doctor.basis.ok",
        None,
        needed=True,
        facts={"path": paths.invoice(basis.id), "id": basis.id, "rows": len(rows)},
        id=basis.id,
        count=len(rows),
    )
