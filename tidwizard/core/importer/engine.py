"""The import engine: list, preview and import invoice bases exactly once. No screen, only events.

Exactly once, per basis: (1) one SQLite transaction writes the document, its rows, the stock
effect and an unconfirmed journal entry (several bases may share it, each all or nothing);
(2) Tid is told the document's number (``setsenttoeconomysystem``, harmless to repeat with the
same number); (3) the entry is confirmed.
Step (1) of the next basis does not wait for (2) and (3) of this one (``write_rounds``,
``marking``); a round's store call also confirms the marks Tid accepted since the last one.
A crash between the steps leaves an unconfirmed entry that :meth:`ImportEngine.recover`
completes before anything else, and a basis that already has a journal entry never gets a
second document.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
from collections.abc import AsyncIterator, Callable, Sequence
from typing import ParamSpec, TypeVar

from tidwizard.core.i18n import t
from tidwizard.core.importer.draft import DocumentDraft, DocumentKind
from tidwizard.core.importer.events import (
    BasisFailed,
    BasisImported,
    BasisRefused,
    BasisStarted,
    EventSink,
    ImportEvent,
    ImportReport,
    Outcome,
    Progress,
)
from tidwizard.core.importer.fetching import BasisFetcher, Fetched
from tidwizard.core.importer.gate import RequestGate, request_places
from tidwizard.core.importer.guard import TransferredBasis, check, read_file_facts
from tidwizard.core.importer.journal_writer import JournalWriter, TransactionalStore, Written
from tidwizard.core.importer.killpoints import kill_point
from tidwizard.core.importer.listing import Listing
from tidwizard.core.importer.marking import Mark, Marked, MarksInFlight
from tidwizard.core.importer.outcomes import (
    conflict_failure,
    fetch_failure,
    transferred_refusal,
    unconfirmed_failure,
)
from tidwizard.core.importer.preview import BasisPreview
from tidwizard.core.importer.resolution import Resolution, Standing
from tidwizard.core.importer.rules import build_document
from tidwizard.core.importer.store_thread import StoreThread
from tidwizard.core.importer.write_rounds import RunContext, ToMark, WriteRound, refusal_of
from tidwizard.core.tid import AlreadyTransferred, MalformedAnswer, TidClient, TidError
from tidwizard.core.wire import MAX_ID, InvoiceBasis, id_in_range

P = ParamSpec("P")
R = TypeVar("R")


class ImportEngine:
    """Reads invoice bases from one Tid company into one Administration company.

    Store calls run in a worker thread, one at a time (a single writer), so an event loop that
    drives the engine never waits on the disk (``store_thread``).
    ``today`` gives the transfer date sent to Tid. ``marks_first`` (for a rate-limited client)
    lets a basis's mark pass the fetches waiting for a request, so bases finish one by one.
    ``company_identity`` (the pairing's) turns on the guard (``guard.py``) that every run of
    the CLI and the import screen passes before anything else.
    """

    def __init__(
        self,
        client: TidClient,
        store: TransactionalStore,
        *,
        import_as: DocumentKind | str = DocumentKind.INVOICE,
        concurrency: int = 8,
        today: Callable[[], dt.date] = dt.date.today,
        marks_first: bool = False,
        company_identity: str | None = None,
    ) -> None:
        self._client = client
        self._file = store
        self._journal = JournalWriter(store)
        self._company_identity = company_identity
        # The transferred bases the last listing saw (guarded engines list without the filter).
        self._transferred: list[TransferredBasis] | None = None
        self.import_as = DocumentKind(import_as)
        self._concurrency = concurrency
        self._marks_first = marks_first  # under a rate limit: see gate.RequestGate
        self._today = today
        self._store_thread = StoreThread()

    @classmethod
    def under_rate(
        cls,
        client: TidClient,
        store: TransactionalStore,
        *,
        import_as: DocumentKind | str,
        rate: float,
        company_identity: str | None,
    ) -> ImportEngine:
        """An engine tuned for a client limited to ``rate`` requests a second (0: none): about
        half a second of requests in flight, marks first (see ``gate``); guarded by the
        identity the client's pairing records for its company file (see ``guard``)."""
        return cls(
            client,
            store,
            import_as=import_as,
            concurrency=request_places(rate),
            marks_first=rate > 0,
            company_identity=company_identity,
        )

    async def _store(self, call: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
        return await self._store_thread.call(call, *args, **kwargs)

    async def _fetch(self, tid_invoice_id: int) -> InvoiceBasis:
        """One basis with its rows; an id Administration cannot keep fails without a request
        (Tid may list one: its list item is malformed, and the basis fails alone)."""
        if not id_in_range(tid_invoice_id):
            raise _id_out_of_range(tid_invoice_id)
        return await self._client.get_invoice_basis(tid_invoice_id)

    async def pending(self) -> list[InvoiceBasis]:
        """The bases waiting in Tid (without rows), all pages listed before anything is marked.

        A list item that breaks the contract is left out here; :meth:`listing` and
        :meth:`pending_ids` keep it.
        """
        return (await self.listing()).bases

    async def listing(self) -> Listing:
        """The waiting bases as listed, and the listed ones whose list item cannot be read
        (by id, with why): a screen shows those too, and importing one reads its own answer."""
        bases: list[InvoiceBasis] = []
        unreadable: dict[int, str] = {}
        nameless = 0

        def note(basis_id: int | None, error: TidError) -> None:
            nonlocal nameless
            if basis_id is None:
                nameless += 1
            else:
                unreadable[basis_id] = error.user_message()

        async for basis in self._list(note):
            bases.append(basis)
        return Listing(bases, unreadable, nameless)

    async def _list(
        self, note: Callable[[int | None, TidError], None]
    ) -> AsyncIterator[InvoiceBasis]:
        """The waiting bases; a guarded engine keeps the transferred ones of the same pages,
        once the whole listing is read (a part of it would stand for less than Tid holds)."""
        seen: list[TransferredBasis] = []
        guarded = self._company_identity is not None
        async for basis in self._client.iter_invoice_bases(
            pending_only=True,
            on_malformed=note,
            on_transferred=(lambda b: seen.append(TransferredBasis.of(b))) if guarded else None,
        ):
            yield basis
        if guarded:
            self._transferred = seen

    async def pending_ids(self) -> list[int]:
        """The ids of every waiting basis in list order, malformed list items included: the
        list is only an index, each basis's own answer is read (and checked) on import. Only
        the ids are kept: listing 20,000 bases would otherwise hold every listed basis (a few
        KB each) at once, the run's peak memory growing with them."""
        ids: list[int] = []

        def note(basis_id: int | None, error: TidError) -> None:
            if basis_id is not None:
                ids.append(basis_id)

        async for basis in self._list(note):
            ids.append(basis.id)
        return ids

    async def preview(self, ids: Sequence[int] | None = None) -> list[BasisPreview]:
        """What each basis (default: every waiting one) would become; nothing is written."""
        if ids is None:
            ids = await self.pending_ids()
        registers = await self._store(self._journal.registers)
        previews = []
        async with BasisFetcher(self._fetch, ids, self._concurrency) as fetcher:
            for tid_invoice_id in ids:
                fetched = await fetcher.take(tid_invoice_id)
                if fetched.basis is None:
                    error = fetched.error.user_message() if fetched.error else ""
                    previews.append(BasisPreview(tid_invoice_id, None, None, error))
                    continue
                basis = fetched.basis
                # As the import decides: a basis Tid calls transferred is not read in again.
                outcome = (
                    transferred_refusal(basis)
                    if basis.transferred
                    else build_document(basis, registers, self.import_as)
                )
                previews.append(BasisPreview(tid_invoice_id, basis, outcome))
        return previews

    async def recover(self, on_event: EventSink | None = None) -> list[Outcome]:
        """Complete every import a previous run left unconfirmed: tell Tid, then confirm."""
        entries = await self._store(self._journal.unconfirmed)
        outcomes: list[Outcome] = []
        for written in entries:
            outcome = await self._mark_and_confirm(written, recovered=True)
            outcomes.append(outcome)
            if on_event is not None:
                on_event(outcome)
        return outcomes

    async def run(
        self,
        ids: Sequence[int] | None = None,
        *,
        create_missing: bool = False,
        on_event: EventSink | None = None,
        stop: asyncio.Event | None = None,
    ) -> ImportReport:
        """Import the bases ``ids`` (default: every waiting one), in that order, along the path
        in ARCHITECTURE.md ("The path of one invoice basis"), numbered as there.

        Documents are written in basis order, a round of a few in one transaction and one call
        to the store's thread, each basis all or nothing; each basis is marked once its
        document is committed, while the writer goes on, with at most ``concurrency`` requests
        in flight. Events follow basis order. ``stop`` starts no further basis and lets the
        marks in flight finish: none is ever left half done. New customers, projects and result
        units are created only with ``create_missing``; without it a basis that needs them is
        refused and stays waiting in Tid.
        """
        report = ImportReport()

        def emit(event: ImportEvent) -> None:
            report.record(event)
            if on_event is not None:
                on_event(event)

        # 0. The guard: the paired file, not behind Tid; it raises before anything is written.
        listed = ids is None
        ids = await self.guard(ids)
        # 1. What an earlier run left pending is completed first.
        recovered = await self.recover(emit)
        # 2. The waiting bases, unless the caller named them; each once, in order.
        if ids is None:
            ids = await self.pending_ids()
        completed = {outcome.tid_invoice_id for outcome in recovered}
        ids = [tid_id for tid_id in dict.fromkeys(ids) if tid_id not in completed]
        registers = await self._store(self._journal.registers)
        journaled = await self._store(
            self._journal.journaled, [tid_id for tid_id in ids if id_in_range(tid_id)]
        )
        total, done = len(ids), 0

        def finish(outcome: Outcome) -> None:
            nonlocal done
            done += 1
            emit(outcome)
            emit(Progress(done, total))

        emit(Progress(0, total))
        # Up to 2x concurrency bases are being marked or await their confirmation, so a round
        # of writes rarely waits for room; the gate, shared with the fetches, keeps at most
        # `concurrency` requests in flight (and the connection pool that small).
        gate = RequestGate(self._concurrency, marks_first=self._marks_first)
        marks = MarksInFlight(2 * self._concurrency, finish, confirm=self._confirm_all)

        def mark(step: ToMark) -> Mark:
            return self._mark(
                step.written, recovered=step.recovered, draft=step.draft, gate=gate.marks
            )

        context = RunContext(
            registers, self.import_as, create_missing, listed, journaled, self._today
        )
        round_ = WriteRound(self._store, self._journal, context, report, marks, mark)
        try:
            # 3. The bases are fetched concurrently, ahead of the writer, and taken in order.
            async with BasisFetcher(
                self._fetch, ids, self._concurrency, gate=gate.fetches
            ) as fetcher:
                free = 0
                for position, tid_invoice_id in enumerate(ids):
                    if round_.marks_held == 0:  # a new round: as many bases as marks may start
                        await marks.room()
                        free = marks.free
                    if stop is not None and stop.is_set():
                        report.stopped = True
                        break
                    emit(BasisStarted(tid_invoice_id))
                    fetched = await _next_basis(fetcher, tid_invoice_id, marks)
                    kill_point("fetched")
                    # 4. Checked against the registers: a draft to write, or an outcome.
                    ends_round = False
                    if fetched.basis is None:
                        round_.add(fetch_failure(tid_invoice_id, fetched.error))
                    else:
                        ends_round = await round_.take(fetched.basis)
                    following = ids[position + 1] if position + 1 < len(ids) else None
                    # 5. The round is written, with the confirmations (7.) ready by then;
                    # 6. its marks start.
                    if ends_round or round_.marks_held >= free or not fetcher.ready(following):
                        await _commit(round_)
                await _commit(round_)  # the bases in hand when stopped
            # 6. and 7. for the last bases: their marks finish and are confirmed.
            await marks.drain()
            if report.stopped:
                report.left = total - done
        finally:
            await marks.settle()  # after a cancellation or an error: no mark is abandoned
        await self._retry_unconfirmed(report, emit)
        return report

    async def guard(self, ids: Sequence[int] | None = None) -> Sequence[int] | None:
        """Raise ``GuardStopped`` when the company file is not the paired one or is behind Tid.

        The transferred bases come from the listing's own pages: the screen's last listing, or
        this run's (then its waiting ids are returned, so the run lists once)."""
        if self._company_identity is None:
            return ids
        if ids is None or self._transferred is None:
            waiting = await self.pending_ids()
            ids = waiting if ids is None else ids
        transferred = self._transferred or []
        ids_seen = [basis.tid_invoice_id for basis in transferred]
        facts = await self._store(read_file_facts, self._file, ids_seen)
        check(facts, self._company_identity, transferred)
        return ids

    async def _confirm_all(self, entries: list[Written]) -> None:
        await self._store(self._journal.confirm_all, entries)

    async def _mark(
        self,
        written: Written,
        *,
        recovered: bool = False,
        draft: DocumentDraft | None = None,
        gate: contextlib.AbstractAsyncContextManager[None] | None = None,
    ) -> Outcome | Marked:
        """Tell Tid the document's number; a basis Tid accepted is imported once confirmed."""
        try:
            async with gate or contextlib.nullcontext():
                await self._client.set_sent_to_economy_system(
                    written.tid_invoice_id, written.transfer_date, str(written.number)
                )
        except AlreadyTransferred as error:
            if recovered:
                return conflict_failure(written, error, withdrawn=False)
            # Tid says another system took this basis between our fetch and our mark: take the
            # document back out (one transaction), so the basis exists once, elsewhere.
            await self._store(self._journal.withdraw, written)
            return conflict_failure(written, error, withdrawn=True)
        except TidError as error:
            return unconfirmed_failure(written, error)
        kill_point("marked")
        imported = BasisImported(
            written.tid_invoice_id,
            written.kind,
            str(written.number),
            credit=draft.credit if draft is not None else written.credit,
            recovered=recovered,
        )
        return Marked(written, imported)

    async def _mark_and_confirm(self, written: Written, *, recovered: bool) -> Outcome:
        """Mark one basis and confirm its entry on its own (recovery, a re-read)."""
        outcome = await self._mark(written, recovered=recovered)
        if not isinstance(outcome, Marked):
            return outcome
        if not written.confirmed:
            await self._store(self._journal.confirm, written)
        kill_point("confirmed")
        return outcome.imported

    async def reimport(self, tid_invoice_id: int, *, create_missing: bool = False) -> Outcome:
        """Read a basis in again, on purpose (after the user confirmed it).

        Imported here before: the basis gets a new document; Tid keeps the number of the first
        import. Not in this file's journal but transferred in Tid (a restored backup,
        ``reconcile --reimport``): the document takes the number Tid records when that is free
        in its series, and Tid is told it again, a harmless repeat; else it takes the next
        number and the entry is settled with Tid's.
        """
        if not id_in_range(tid_invoice_id):
            return fetch_failure(tid_invoice_id, _id_out_of_range(tid_invoice_id))
        latest = await self._store(self._journal.latest_entry, tid_invoice_id)
        if latest is not None and not latest.confirmed:
            outcome = await self._mark_and_confirm(latest, recovered=True)
            if not isinstance(outcome, BasisImported):
                return outcome
        try:
            basis = await self._client.get_invoice_basis(tid_invoice_id)
        except TidError as error:
            return fetch_failure(tid_invoice_id, error)
        if latest is None and not basis.transferred:
            message = t("import.failed.not_transferred", tid_invoice_id=tid_invoice_id)
            return BasisFailed(tid_invoice_id, message)
        registers = await self._store(self._journal.registers)
        draft = build_document(basis, registers, self.import_as)
        refusal = refusal_of(draft, create_missing)
        if refusal is not None:
            return BasisRefused(tid_invoice_id, refusal)
        assert isinstance(draft, DocumentDraft)
        if latest is None:
            tid_number = basis.economy_system_invoice_number or ""
            written = await self._store(
                self._journal.write, draft, self._today(), as_in_tid=tid_number
            )
            if not written.confirmed:
                return await self._mark_and_confirm(written, recovered=True)
        else:
            written = await self._store(
                self._journal.write, draft, self._today(), replaces_generation=latest.generation
            )
        return BasisImported(tid_invoice_id, written.kind, str(written.number), draft.credit)

    async def resolution(self, tid_invoice_id: int) -> Resolution:
        """How the pending journal entry of a basis stands against what Tid shows; nothing is
        changed. Tid's answer is read afresh (a :class:`TidError` when it cannot be)."""
        written = None
        if id_in_range(tid_invoice_id):
            written = await self._store(self._journal.latest_entry, tid_invoice_id)
        if written is None or written.confirmed:
            return Resolution(tid_invoice_id, Standing.NO_ENTRY)
        basis = await self._client.get_invoice_basis(tid_invoice_id)
        theirs = basis.economy_system_invoice_number or None
        if theirs == str(written.number):
            return Resolution(tid_invoice_id, Standing.OURS, written, theirs)
        if theirs is not None or basis.transferred:
            return Resolution(tid_invoice_id, Standing.ELSEWHERE, written, theirs)
        return Resolution(tid_invoice_id, Standing.WAITING, written)

    async def resolve(self, resolution: Resolution) -> Resolution:
        """Do what :meth:`resolution` found (after the user agreed): confirm an entry Tid has
        our number for, or settle by hand one it has another number for, keeping the document.
        A basis still waiting in Tid is left to the import, which marks it."""
        written = resolution.written
        if written is None:
            return resolution
        if resolution.standing is Standing.OURS:
            await self._store(self._journal.confirm, written)
        elif resolution.standing is Standing.ELSEWHERE:
            await self._store(self._journal.settle, written, resolution.tid_number or "?")
        return resolution

    async def _retry_unconfirmed(self, report: ImportReport, emit: EventSink) -> None:
        """Bases whose mark failed after their document was written get one more try at the end."""
        waiting = {failure.tid_invoice_id for failure in report.failed}
        if not waiting:
            return
        entries = await self._store(self._journal.unconfirmed)
        for written in entries:
            if written.tid_invoice_id not in waiting:
                continue
            outcome = await self._mark_and_confirm(written, recovered=True)
            if isinstance(outcome, BasisImported):
                report.failed = [
                    f for f in report.failed if f.tid_invoice_id != written.tid_invoice_id
                ]
                emit(outcome)


def _id_out_of_range(tid_invoice_id: int) -> MalformedAnswer:
    return MalformedAnswer(f"invoice {tid_invoice_id}", "id", f"is out of range (1 to {MAX_ID})")


async def _next_basis(fetcher: BasisFetcher, tid_invoice_id: int, marks: MarksInFlight) -> Fetched:
    """The basis as fetched. While it is still on its way the writer has no round to write, so
    the marks Tid accepts meanwhile are confirmed on their own."""
    if fetcher.ready(tid_invoice_id):
        return await fetcher.take(tid_invoice_id)
    return await marks.confirming_until(fetcher.take(tid_invoice_id))


async def _commit(round_: WriteRound) -> None:
    # Shielded: once a round's documents are being written, a cancelled run still starts
    # their marks, which the run's finally clause then waits for.
    await _finish_even_if_cancelled(asyncio.ensure_future(round_.commit()))


async def _finish_even_if_cancelled(step: asyncio.Future[R]) -> R:
    try:
        return await asyncio.shield(step)
    except asyncio.CancelledError:
        await step  # let the basis in hand finish, then honour the cancellation
        raise
