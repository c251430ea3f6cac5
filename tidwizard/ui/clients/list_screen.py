"""The client list: what `tidwizard` opens when the home has several clients.

A row per client, as `tidwizard clients` prints them. The facts come from disk in a worker
thread; then Tid is asked for every client's waiting count at once, a worker each, and each row
fills in as its answer comes. Enter opens the client's import screen over the list, n adds a
client with the wizard, i imports every client (one after another) after a question.
"""

from __future__ import annotations

import asyncio
import time

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import DataTable, Static
from textual.worker import Worker, WorkerState

from tidwizard.core import connection
from tidwizard.core.clients import Client, Clients
from tidwizard.core.clients_overview import ask_one, read_overview
from tidwizard.core.clients_run import ClientResult
from tidwizard.core.connection import client_for
from tidwizard.core.i18n import t, tn
from tidwizard.core.importer.all_clients import AllClientsChoices, ClientImport, import_all_clients
from tidwizard.core.importer.events import ImportEvent, Progress
from tidwizard.core.importer.tally import outcome_counts
from tidwizard.core.paths import Home
from tidwizard.core.settings import SettingsError
from tidwizard.core.tid import TidError
from tidwizard.ui.bindings import KeysInLanguage
from tidwizard.ui.clients.messages import ClientsRead, WaitingCounted
from tidwizard.ui.clients.rows import COLUMNS, ClientRow
from tidwizard.ui.help import HelpScreen
from tidwizard.ui.importing.dialogs import CSS, QuestionDialog
from tidwizard.ui.importing.key_bar import KeyBar
from tidwizard.ui.importing.session import user_message

SPIN_EVERY = 0.1  # seconds between two frames of the waiting column's spinner
# A list of thirty clients must not hang on one that never answers.
COUNT_DEADLINE = 30.0
COUNT_RETRIES = 2
COUNT_TIMEOUT = 10.0
# What making one client's Tid client may raise (an address refused, a certificate file);
# Tid's own answers go to the row's problems in ``ask_one``.
CLIENT_ERRORS = (TidError, OSError, ValueError)


class ClientListScreen(KeysInLanguage, Screen[None]):
    CSS_PATH = CSS
    DEFAULT_CSS = """
    ClientListScreen { background: $background; }
    ClientListScreen #clients-table { height: 1fr; background: $surface; }
    ClientListScreen #clients-detail { height: auto; max-height: 4; padding: 0 1; }
    ClientListScreen #clients-line { height: auto; max-height: 3; padding: 0 1; }
    ClientListScreen #clients-line.-error { color: $error; }
    """
    BINDINGS = [
        Binding("enter", "open", "clientsui.key.open", priority=True),
        Binding("n", "new", "clientsui.key.new"),
        Binding("i", "import_all", "clientsui.key.import_all"),
        Binding("f5", "refresh", "clientsui.key.refresh"),
        Binding("f1", "help", "clientsui.key.help"),
    ]

    def __init__(self, home: Home, *, rate: float | None = None) -> None:
        super().__init__(id="clients")
        self.home = home
        self.rows: list[ClientRow] = []
        self.importing = False
        self._rate = connection.tid_rate() if rate is None else rate
        self._stale = True  # read the clients again when the list shows (again)
        self._frame = 0
        self._spin: Timer | None = None
        self._stop = asyncio.Event()
        self.quit_after = False
        self._imported_note = ""  # "done: N clients", said before the counts that follow
        self._progress_at: dict[str, float] = {}  # when each row last showed its progress

    def compose(self) -> ComposeResult:
        yield Static(t("clientsui.title"), id="import-title", markup=False)
        yield DataTable(cursor_type="row", id="clients-table")
        yield Static("", id="clients-detail", markup=False)
        yield Static(t("clientsui.reading"), id="clients-line", markup=False)
        yield KeyBar()  # wraps: every key stays in view at 60 columns

    @property
    def table(self) -> DataTable[object]:
        return self.query_one(DataTable)

    def on_mount(self) -> None:
        for key in COLUMNS:
            self.table.add_column(t(f"clientsui.col.{key}"), key=key)
        self.table.focus()
        if self.app.animation_level != "none":
            self._spin = self.set_interval(SPIN_EVERY, self._next_frame, pause=True)

    def on_screen_resume(self) -> None:
        """Back from a client (its import, or the wizard that added it): read them again."""
        if self._stale:
            self._stale = False
            self.action_refresh()

    def say(self, text: str, *, error: bool = False) -> None:
        line = self.query_one("#clients-line", Static)
        line.update(text)
        line.set_class(error, "-error")

    # -- reading the clients and asking Tid ------------------------------------------------------

    def action_refresh(self) -> None:
        self.workers.cancel_group(self, "count")
        self.say(t("clientsui.reading"))
        self.read_clients()

    @work(thread=True, exclusive=True, exit_on_error=False, group="read")
    def read_clients(self) -> None:
        try:
            found = read_overview(self.home, Clients(self.home).all())
        except SettingsError as error:
            self.post_message(ClientsRead([], str(error)))
        else:
            self.post_message(ClientsRead(found))

    @on(ClientsRead)
    def _read(self, event: ClientsRead) -> None:
        if event.error:
            self.say(event.error, error=True)
            return
        results = {row.name: (row.result, row.failed) for row in self.rows}
        self.rows = [ClientRow(overview) for overview in event.rows]
        for row in self.rows:
            row.result, row.failed = results.get(row.name, (None, False))
            row.asking = row.may_ask_tid
        self._show_rows()
        self.say(t("clientsui.asking"))
        for row in self.rows:
            if row.asking:
                self.run_worker(self._count(row), group="count", exit_on_error=False)
        self._spinning()
        self._said_counts()

    async def _count(self, row: ClientRow) -> None:
        login = row.overview.login
        assert login is not None
        try:
            # Its own client (token, rate limit); the TLS context is disk work, off the loop.
            tid = await asyncio.to_thread(
                client_for, login, rate=self._rate, retries=COUNT_RETRIES, timeout=COUNT_TIMEOUT
            )
            await ask_one(row.overview, lambda _login: tid, COUNT_DEADLINE)
        except CLIENT_ERRORS as error:
            row.overview.problems.append(user_message(error))
        self.post_message(WaitingCounted(row.name))

    @on(WaitingCounted)
    def _counted(self, event: WaitingCounted) -> None:
        row = self._row(event.name)
        if row is None:
            return  # the list was read again meanwhile
        row.asking = False
        self._show_row(row)
        self._spinning()
        self._said_counts()

    def _said_counts(self) -> None:
        if self.importing or any(row.asking for row in self.rows):
            return
        waiting = [row.waiting for row in self.rows if row.waiting]
        counts = t(
            "clientsui.counted",
            waiting=sum(w for w in waiting if w),
            clients=len(waiting),
            total=len(self.rows),
        )
        unasked = sum(1 for row in self.rows if row.waiting is None)
        if unasked:  # no answer is not "none wait": say so
            counts = f"{counts} {tn('clientsui.unasked', unasked)}"
        self.say(f"{self._imported_note} {counts}".strip())

    # -- the table -------------------------------------------------------------------------------

    def _row(self, name: str) -> ClientRow | None:
        return next((row for row in self.rows if row.name == name), None)

    def _frame_now(self) -> int:
        return -1 if self._spin is None else self._frame

    def _show_rows(self) -> None:
        table = self.table
        chosen = self.chosen()
        table.clear()
        for row in self.rows:
            table.add_row(*row.cells(self._frame_now()), key=row.name)
        if chosen is not None and self._row(chosen.name) is not None:
            table.move_cursor(row=table.get_row_index(chosen.name))
        self._show_detail()
        self.refresh_bindings()

    def _show_row(self, row: ClientRow) -> None:
        for key, cell in zip(COLUMNS, row.cells(self._frame_now()), strict=True):
            self.table.update_cell(row.name, key, cell, update_width=True)
        if row is self.chosen():
            self._show_detail()

    def _spinning(self) -> None:
        if self._spin is None:
            return
        if any(row.asking for row in self.rows):
            self._spin.resume()
        else:
            self._spin.pause()

    def _next_frame(self) -> None:
        self._frame += 1
        for row in self.rows:
            if row.asking:
                self.table.update_cell(row.name, "waiting", row.waiting_cell(self._frame))

    def chosen(self) -> ClientRow | None:
        table = self.table
        if not self.rows or table.row_count == 0:
            return None
        row = table.cursor_row
        return self.rows[row] if 0 <= row < len(self.rows) else None

    @on(DataTable.RowHighlighted)
    def _show_detail(self) -> None:
        row = self.chosen()
        self.query_one("#clients-detail", Static).update(row.detail() if row else "")
        self.refresh_bindings()  # open, or not (a damaged pairing)

    # -- keys ------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("open", "new", "import_all", "refresh") and self.importing:
            return False
        if action == "open":  # a damaged pairing does not open: the detail line says why
            chosen = self.chosen()
            return chosen is not None and chosen.client.damage is None
        if action == "import_all":
            return any(row.may_ask_tid for row in self.rows)
        return True

    def action_open(self) -> None:
        row = self.chosen()
        if row is not None:
            self._stale = True
            self.app.open_client(row.client)  # type: ignore[attr-defined]

    def action_new(self) -> None:
        self._stale = True
        chosen = self.chosen()
        url = chosen.client.settings.tid_url if chosen else None
        self.app.add_client([row.name for row in self.rows], url)  # type: ignore[attr-defined]

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen(t("clientsui.title"), t("clientsui.help")))

    # -- importing every client ------------------------------------------------------------------

    def action_import_all(self) -> None:
        self.import_all()

    @work(exclusive=True, exit_on_error=False, group="import")
    async def import_all(self) -> None:
        rows = [row for row in self.rows if row.may_ask_tid]
        question = QuestionDialog(
            t("clientsui.import_all.title"), t("clientsui.import_all.text", count=len(rows))
        )
        if not await self.app.push_screen(question, wait_for_dismiss=True):
            return
        self.workers.cancel_group(self, "count")
        self._imported_note = ""
        self.importing = True
        self._stop.clear()
        self.refresh_bindings()
        self.say(t("clientsui.importing_line", count=len(rows)))
        for row in rows:
            row.asking, row.result, row.failed = False, t("clientsui.importing"), False
            self._show_row(row)
        try:
            results = await import_all_clients(
                self.home,
                [row.client for row in rows],
                AllClientsChoices(),
                stop=self._stop,
                on_event=self._progress,
            )
        finally:
            self.importing = False
            self.refresh_bindings()
        for result in results:
            self._show_result(result)
        if self.quit_after:
            self.app.exit()
            return
        self._imported_note = t("clientsui.imported_all", count=len(rows))
        self.action_refresh()  # the new counts and last imports; the results stay

    def _progress(self, client: Client, event: ImportEvent) -> None:
        """A client's progress in its row, a few times a second (each draws the table anew)."""
        row = self._row(client.name)
        if row is None or not isinstance(event, Progress):
            return
        now = time.monotonic()
        if now - self._progress_at.get(row.name, 0.0) > SPIN_EVERY * 2 or event.done == event.total:
            self._progress_at[row.name] = now
            row.result = t("clientsui.importing_count", done=event.done, total=event.total)
            self._show_row(row)

    def _show_result(self, result: ClientResult[ClientImport]) -> None:
        row = self._row(result.client.name)
        if row is None:
            return
        report = result.value.report if result.value is not None else None
        if result.failure is not None or report is None:
            reason = result.failure.message if result.failure is not None else ""
            row.result, row.failed = t("clientsui.import_failed", reason=reason), True
        else:
            row.result = outcome_counts(report)
            row.failed = bool(report.failed or report.refused)
        self._show_row(row)

    def ask_before_quit(self) -> bool:
        """Called by the App on ctrl+q: while clients are imported, ask, then stop after the
        basis in hand."""
        if not self.importing:
            return False

        def answered(yes: bool | None) -> None:
            if yes:
                self.quit_after = True
                self._stop.set()

        self.app.push_screen(
            QuestionDialog(t("importui.quit.title"), t("importui.quit.text")), answered
        )
        return True

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """What no worker expected: said on the line, and the list usable again."""
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.importing = False
            self.refresh_bindings()
            self.say(user_message(event.worker.error), error=True)
