"""``reconcile`` for one client: read Tid (every basis, waiting and transferred, in one listing),
the company file's journal and number series, compare, and repair what was asked.

:func:`reconcile_client` takes the client's settings, its Tid client and its store, so
``--all-clients`` is a loop over the clients.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from enum import StrEnum

from tidwizard.core.admin import AdministrationStore
from tidwizard.core.i18n import t
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.importer.events import BasisImported, BasisRefused, Outcome
from tidwizard.core.importer.guard import TransferredBasis, read_file_facts
from tidwizard.core.reconcile.findings import Finding, FindingKind, compare
from tidwizard.core.settings import Settings
from tidwizard.core.tid import TidClient, TidError


class RepairState(StrEnum):
    REPAIRED = "repaired"
    FAILED = "failed"
    NOT_FOUND = "not_found"  # --reimport of a basis that is no "missing here" finding


@dataclass(frozen=True, slots=True)
class RepairResult:
    tid_invoice_id: int
    state: RepairState
    detail: str = ""  # the document made, or why not


@dataclass
class Reconciliation:
    """The findings before, what was repaired, and the findings that remain after it."""

    found: list[Finding]
    repairs: list[RepairResult] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)


async def find(client: TidClient, store: AdministrationStore) -> list[Finding]:
    """Tid, the documents and the journal side by side; nothing is changed."""
    waiting: list[int] = []
    transferred: list[TransferredBasis] = []

    def unreadable(basis_id: int | None, error: TidError) -> None:
        if basis_id is not None:
            waiting.append(basis_id)  # listed as waiting, its item unreadable: still waiting

    async for basis in client.iter_invoice_bases(
        pending_only=True,
        on_malformed=unreadable,
        on_transferred=lambda basis: transferred.append(TransferredBasis.of(basis)),
    ):
        waiting.append(basis.id)
    ids = [basis.tid_invoice_id for basis in transferred]
    facts = await asyncio.to_thread(read_file_facts, store, ids)
    journal = await asyncio.to_thread(store.journal_history)
    return compare(waiting, transferred, journal, facts)


async def reconcile_client(
    settings: Settings,
    client: TidClient,
    store: AdministrationStore,
    *,
    repair: bool = False,
    reimport: Collection[int] = (),
    create_missing: bool = False,
    today: Callable[[], dt.date] = dt.date.today,
) -> Reconciliation:
    """Find, and with ``repair``: complete pending entries (the engine's recovery) and mark in
    Tid what Administration already has; read in again the bases named in ``reimport`` that Tid
    calls transferred and this file lacks (the screen asks for one without ``repair``). Then
    find again: ``remaining``."""
    found = await find(client, store)
    if not repair and not reimport:
        return Reconciliation(found, remaining=found)
    engine = ImportEngine(client, store, import_as=settings.import_as, today=today)
    repairs: list[RepairResult] = []
    if repair and any(finding.kind is FindingKind.PENDING for finding in found):
        repairs += [_result(outcome) for outcome in await engine.recover()]
    for finding in found:
        if repair and finding.kind is FindingKind.MARK_LOST:
            repairs.append(await _mark(client, finding, today()))
    missing = {f.tid_invoice_id for f in found if f.kind is FindingKind.MISSING_HERE}
    for tid_invoice_id in dict.fromkeys(reimport):
        if tid_invoice_id not in missing:
            detail = t("reconcile.reimport.not_missing", tid_invoice_id=tid_invoice_id)
            repairs.append(RepairResult(tid_invoice_id, RepairState.NOT_FOUND, detail))
            continue
        outcome = await engine.reimport(tid_invoice_id, create_missing=create_missing)
        repairs.append(_result(outcome))
    return Reconciliation(found, repairs, await find(client, store))


async def _mark(client: TidClient, finding: Finding, day: dt.date) -> RepairResult:
    """Tell Tid the number of the document this file already has (a lost mark)."""
    assert finding.document_number is not None
    try:
        await client.set_sent_to_economy_system(
            finding.tid_invoice_id, day, str(finding.document_number)
        )
    except TidError as error:
        return RepairResult(finding.tid_invoice_id, RepairState.FAILED, error.user_message())
    detail = t("reconcile.done.marked", number=finding.document_number)
    return RepairResult(finding.tid_invoice_id, RepairState.REPAIRED, detail)


def _result(outcome: Outcome) -> RepairResult:
    if isinstance(outcome, BasisImported):
        kind = t(f"import.kind.{outcome.kind.value}")
        detail = t("reconcile.done.document", kind=kind, number=outcome.number)
        return RepairResult(outcome.tid_invoice_id, RepairState.REPAIRED, detail)
    why = outcome.message if isinstance(outcome, BasisRefused) else outcome.error
    return RepairResult(outcome.tid_invoice_id, RepairState.FAILED, why)
