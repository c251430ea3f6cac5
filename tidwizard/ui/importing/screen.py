"""The live import screen: what `tidwizard` opens once set up.

The engine runs in an async worker on the App's loop: its network calls are async and its
database calls run in a thread, so the loop never waits on either. Its events reach the screen
through an :class:`EventBuffer` (one message per batch, not per event) and update single cells.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import ProgressBar, Static
from textual.worker import Worker, WorkerState

from tidwizard.core import connection
from tidwizard.core.i18n import t, tn
from tidwizard.core.tid import TidError
from tidwizard.ui.bindings import KeysInLanguage
from tidwizard.ui.clients.title import on_client
from tidwizard.ui.help import HelpScreen
from tidwizard.ui.importing import gc_freeze
from tidwizard.ui.importing.basis_table import BasisTable
from tidwizard.ui.importing.dialogs import CSS, QuestionDialog, TextView
from tidwizard.ui.importing.key_bar import KeyBar
from tidwizard.ui.importing.messages import BasesListed, EventBuffer, EventsArrived, SessionOpened
from tidwizard.ui.importing.reminder import ReminderLine
from tidwizard.ui.importing.session import SessionError, open_session, user_message
from tidwizard.ui.importing.texts import basis_text, preview_lines, preview_status, summary_text

if TYPE_CHECKING:  # the engine, the run, other screens: imported when used (start-up time)
    from tidwizard.core.importer.events import ImportReport
    from tidwizard.core.paths import Home
    from tidwizard.core.settings import Settings
    from tidwizard.ui.importing.run import ImportRun
    from tidwizard.ui.importing.session import ImportSession

Phase = Literal["connecting", "idle", "busy", "running", "stopping"]
FLUSH_EVERY = 0.25  # seconds between two updates of the table during an import
EXPECTED = (TidError, SessionError, OSError, ValueError)  # each carries a message for the user
NEEDS_BASES = {"select", "select_all", "preview", "import", "details"}
IDLE_ONLY = NEEDS_BASES | {"retry", "refresh", "setup", "history", "documents", "master_data"}


class ImportScreen(KeysInLanguage, Screen[None]):
    CSS_PATH = CSS
    BINDINGS = [
        Binding("space", "select", "importui.key.select"),
        Binding("a", "select_all", "importui.key.select_all"),
        Binding("p", "preview", "importui.key.preview"),
        Binding("i", "import", "importui.key.import"),
        Binding("r", "retry", "importui.key.retry"),
        Binding("enter", "details", "importui.key.details", priority=True),
        Binding("x", "stop", "importui.key.stop"),
        Binding("f5", "refresh", "importui.key.refresh"),
        Binding("h", "history", "importui.key.history"),
        Binding("c", "documents", "importui.key.documents"),
        Binding("m", "master_data", "masterdata.key.open"),
        Binding("s", "setup", "importui.key.setup"),
        Binding("f1", "help", "importui.key.help"),
        Binding("escape", "clients", "clientsui.key.clients"),
    ]

    def __init__(
        self,
        home: Home,
        settings: Settings,
        *,
        on_setup: Callable[[], None],
        tid_rate: float | None = None,
        reminder_seconds: float | None = None,
    ) -> None:
        super().__init__()
        self.home = home
        self.settings = settings
        self._on_setup = on_setup
        self._rate = connection.tid_rate() if tid_rate is None else tid_rate
        self._reminder_seconds = reminder_seconds or settings.reminder_minutes * 60.0
        self.session: ImportSession | None = None
        self.phase: Phase = "connecting"
        self.buffer = EventBuffer(self)
        self.run: ImportRun | None = None
        self._flushed_at = 0.0
        self.last_report: ImportReport | None = None
        # Bases read in since the list was fetched: their rows stay (with their documents)
        # until F5, but they no longer wait, and no import takes them again.
        self.read_in: set[int] = set()

    def compose(self) -> ComposeResult:
        yield Static(on_client(self.app, t("importui.title")), id="import-title", markup=False)
        yield BasisTable(id="import-table")
        yield ProgressBar(id="import-progress", show_eta=False)
        yield ReminderLine(
            every_seconds=self._reminder_seconds,
            client=lambda: self.session.client if self.session else None,
            may_ask=lambda: self.phase == "idle",
            known=lambda: len(self.waiting()),
        )
        yield Static(t("importui.connecting"), id="import-line", markup=False)
        yield KeyBar()

    @property
    def table(self) -> BasisTable:
        return self.query_one(BasisTable)

    def on_mount(self) -> None:
        self.table.focus()
        self.call_after_refresh(self.connect)  # after the first frame: it imports the engine
        if self.settings.reminder:
            self.query_one(ReminderLine).start()

    async def on_unmount(self) -> None:
        if self.session is not None:
            session, self.session = self.session, None
            await session.close()

    # -- what the screen says --------------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        line = self.query_one("#import-line", Static)
        line.update(text)
        line.set_class(error, "-error")

    def waiting(self) -> list[int]:
        """The listed bases that still wait in Tid: not read in since the listing."""
        return [i for i in self.table.bases if i not in self.read_in]

    def say_waiting(self) -> None:
        """What waits and what is chosen, as it is now (after an import too, before F5)."""
        waiting = self.waiting()
        if not waiting and not self.read_in:
            self.say(t("importui.none_waiting"))
            return
        parts = [
            tn("importui.waiting_count", len(waiting)),
            tn("importui.selected_count", len(self.table.selected)),
        ]
        if self.read_in:
            parts.append(tn("importui.read_in_count", len(self.read_in)))
        self.say(t("importui.waiting", parts=" · ".join(parts)))

    def show_progress(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        if self.phase == "running":
            self.say(t("importui.running", done=done, total=total))

    def set_phase(self, phase: Phase) -> None:
        self.phase = phase
        self.query_one(ProgressBar).set_class(phase in ("running", "stopping"), "-running")
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stop":
            return self.phase == "running"
        if action == "clients":  # only where the App opened on the client list
            return self.phase == "idle" and bool(getattr(self.app, "client_list", False))
        if action in IDLE_ONLY and (self.phase != "idle" or self.session is None):
            return False
        if action in NEEDS_BASES and not self.table.bases:
            return False
        if action == "import" and not self.importable():
            return False
        if action == "retry":
            return bool(self.last_report and self.last_report.failed)
        return True

    def importable(self) -> list[int]:
        """The selected bases, or all when none is selected; never those read in already."""
        table = self.table
        waiting = self.waiting()
        return [i for i in waiting if i in table.selected] or waiting

    # -- connecting and listing ----------------------------------------------------------------

    @work(exclusive=True, exit_on_error=False, group="connect")
    async def connect(self) -> None:
        try:
            session = await open_session(self.home, self.settings, rate=self._rate)
        except EXPECTED as error:
            self.post_message(SessionOpened(None, user_message(error)))
        else:
            self.post_message(SessionOpened(session))

    @on(SessionOpened)
    def _opened(self, event: SessionOpened) -> None:
        if event.session is None:
            self.set_phase("idle")
            self.say(event.error or "", error=True)
            return
        self.session = event.session
        self.action_refresh()

    def action_refresh(self) -> None:
        self.set_phase("busy")
        self.say(t("importui.listing"))
        self.list_bases()

    @work(exclusive=True, exit_on_error=False, group="list")
    async def list_bases(self) -> None:
        assert self.session is not None
        try:
            listing = await self.session.pending()
        except EXPECTED as error:
            self.post_message(BasesListed(None, user_message(error)))
        else:
            self.post_message(BasesListed(listing))

    @on(BasesListed)
    def _listed(self, event: BasesListed) -> None:
        self.set_phase("idle")
        if event.listing is None:
            self.say(event.error or "", error=True)
            return
        self.last_report = None
        self.read_in.clear()
        self.table.show(event.listing.bases, event.listing.unreadable)
        gc_freeze.collect_then_freeze()  # the bases and their rows live as long as the listing
        self.say_waiting()
        self.refresh_bindings()

    # -- selecting -----------------------------------------------------------------------------

    def action_select(self) -> None:
        current = self.table.current_id()
        if current is not None:
            self.table.toggle(current)
            self.say_waiting()

    def action_select_all(self) -> None:
        self.table.select_all()
        self.say_waiting()

    # -- preview and details -------------------------------------------------------------------

    def action_preview(self) -> None:
        ids = [i for i in self.table.bases if i in self.table.selected] or list(self.table.bases)
        self.preview(ids)

    @work(exclusive=True, exit_on_error=False, group="preview")
    async def preview(self, ids: list[int]) -> None:
        assert self.session is not None
        self.set_phase("busy")
        self.say(tn("importui.previewing", len(ids)))
        try:
            previews = await self.session.engine.preview(ids)
        finally:
            self.set_phase("idle")
        for p in previews:
            self.table.set_status(p.tid_invoice_id, *preview_status(p))
        self.say_waiting()
        title = tn("importui.preview.title", len(previews))
        self.app.push_screen(TextView(title, preview_lines(previews), view_id="preview-view"))

    def action_details(self) -> None:
        current = self.table.current_id()
        if current is not None:
            self.details(current)

    @work(exclusive=True, exit_on_error=False, group="details")
    async def details(self, tid_invoice_id: int) -> None:
        assert self.session is not None
        self.set_phase("busy")
        self.say(t("importui.opening", id=tid_invoice_id))
        try:
            (preview,) = await self.session.engine.preview([tid_invoice_id])
        finally:
            self.set_phase("idle")
        self.say_waiting()
        title = t("importui.basis.title", id=tid_invoice_id)
        self.app.push_screen(TextView(title, basis_text(preview), view_id="basis-view"))

    # -- importing -----------------------------------------------------------------------------

    def action_import(self) -> None:
        self.import_bases(self.importable())

    def action_retry(self) -> None:
        if self.last_report is not None:
            self.import_bases([f.tid_invoice_id for f in self.last_report.failed])

    @work(exclusive=True, exit_on_error=False, group="import")
    async def import_bases(self, ids: list[int]) -> None:
        from tidwizard.ui.importing.run import ImportRun

        assert self.session is not None
        self.run = run = ImportRun(
            self.session.engine, ids, on_event=self.buffer, ask_consent=self.ask_consent
        )
        self.set_phase("running")
        self.table.set_statuses(ids, t("importui.status.waiting"))
        try:
            report = await run.execute()
        finally:
            self.flush_events()  # the last events show before the summary
            self.run = None
            self.set_phase("idle")
        self.last_report = report
        self.read_in.update(e.tid_invoice_id for e in report.imported)
        self.table.deselect(self.read_in)  # what was chosen is done: the next i takes the rest
        if run.quit_after:
            self.app.exit()
            return
        self.say_waiting()
        title = t("importui.summary.title_stopped" if report.stopped else "importui.summary.title")
        self.app.push_screen(TextView(title, summary_text(report), view_id="summary-view"))

    async def ask_consent(self, bases: int, records: list[str]) -> bool:
        """The run's question before it creates the customers, projects or result units."""
        self.flush_events()  # the table is complete while the question is asked
        # The line said "x stops …", which means nothing while the question is open.
        self.say(t("importui.asking"))
        question = QuestionDialog(
            t("importui.consent.title"), tn("importui.consent.text", bases), records
        )
        return bool(await self.app.push_screen(question, wait_for_dismiss=True))

    @on(EventsArrived)
    def _events(self, event: EventsArrived) -> None:
        # The table, the bar and the line follow the engine a few times a second, a batch of
        # events at a time, not once per event. Until the buffer is drained it posts nothing
        # more, so at most one timer waits.
        wait = self._flushed_at + FLUSH_EVERY - time.monotonic()
        if wait > 0:
            self.set_timer(wait, self.flush_events)
        else:
            self.flush_events()

    def flush_events(self) -> None:
        self._flushed_at = time.monotonic()
        events = self.buffer.drain()
        progress = self.table.follow(events) if events else None
        if progress is not None:  # the bar and the line once per batch
            self.show_progress(progress.done, progress.total)

    def action_stop(self) -> None:
        if self.run is not None:
            self.run.stop()
            self.set_phase("stopping")
            self.say(t("importui.stopping"))

    def ask_before_quit(self) -> bool:
        """Called by the App on ctrl+q: True when this screen asks first (an import runs)."""
        run = self.run
        if run is None:
            return False

        def answered(yes: bool | None) -> None:
            if yes:  # stop after the basis in hand, then quit
                run.quit_after = True
                self.action_stop()

        self.app.push_screen(
            QuestionDialog(t("importui.quit.title"), t("importui.quit.text")), answered
        )
        return True

    # -- other screens ---------------------------------------------------------------------------

    def action_history(self) -> None:
        from tidwizard.ui.importing.history_screen import HistoryScreen

        assert self.session is not None
        self.app.push_screen(HistoryScreen(self.session))

    def action_documents(self) -> None:
        from tidwizard.ui.importing.documents_screen import DocumentsScreen

        assert self.session is not None
        self.app.push_screen(DocumentsScreen(self.session))

    def action_master_data(self) -> None:
        from tidwizard.ui.master_data.screen import MasterDataScreen

        self.app.push_screen(MasterDataScreen(self.home, self.settings))

    def action_clients(self) -> None:
        """Back to the client list below (the session closes with the screen)."""
        self.app.pop_screen()

    def action_setup(self) -> None:
        self._on_setup()

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(t("importui.title"), t("importui.help")))

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """One place for what went wrong in any worker: say it, and be usable again."""
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            if self.phase not in ("running", "stopping") or self.run is None:
                self.set_phase("idle" if self.session else "connecting")
            self.say(self._failure(event.worker.error), error=True)

    def _failure(self, error: BaseException) -> str:
        text = user_message(error)
        if self.session is not None:  # the engine, and with it the guard, is loaded
            from tidwizard.core.importer.guard import GuardStopped

            if isinstance(error, GuardStopped):  # the way there first: a long line is cut
                text = f"{t('importui.guard.reconcile')} {text}"
        return text
