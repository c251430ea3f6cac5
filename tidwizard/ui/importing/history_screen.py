"""History (h): every basis read in, and "read in again" after a confirmation; k opens the
reconcile view (``reconcile_screen``)."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from tidwizard.core.i18n import t
from tidwizard.core.importer.events import BasisImported, BasisRefused
from tidwizard.ui.bindings import KeysInLanguage
from tidwizard.ui.clients.title import on_client
from tidwizard.ui.importing.dialogs import CSS, QuestionDialog
from tidwizard.ui.importing.session import ImportSession, ReadIn
from tidwizard.ui.importing.texts import kind_label, when

COLUMNS = ("basis", "generation", "document", "state", "when")


class HistoryScreen(KeysInLanguage, Screen[None]):
    CSS_PATH = CSS
    BINDINGS = [
        Binding("r,l", "reimport", "importui.key.reimport"),
        Binding("k", "reconcile", "reconcileui.key.open"),
        Binding("escape,h", "close", "importui.key.close"),
    ]

    def __init__(self, session: ImportSession) -> None:
        super().__init__(id="history")
        self.session = session
        self.entries: list[ReadIn] = []
        self.busy = False

    def compose(self) -> ComposeResult:
        title = on_client(self.app, t("importui.history.title"))
        yield Static(title, id="import-title", markup=False)
        yield DataTable(cursor_type="row", classes="browse-table", id="history-table")
        yield Static("", id="history-line", classes="browse-line", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key in COLUMNS:
            table.add_column(t(f"importui.history.col.{key}"), key=key)
        table.focus()
        self.load()

    @work(exclusive=True, exit_on_error=False, group="history")
    async def load(self) -> None:
        self.entries = await self.session.history()
        table = self.query_one(DataTable)
        table.clear()
        for read_in in self.entries:
            entry = read_in.entry
            state = "confirmed" if entry.is_confirmed else "pending"
            kind = kind_label(entry.document_type, read_in.credit)
            table.add_row(
                Text(str(entry.tid_invoice_id)),
                Text(str(entry.generation)),
                Text(f"{kind} {entry.document_number}"),
                Text(t(f"importui.history.{state}")),
                Text(when(entry.created_at)),
            )
        if not self.entries:
            self.say(t("importui.history.empty"))
        self.refresh_bindings()

    def say(self, text: str) -> None:
        self.query_one("#history-line", Static).update(text)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "reimport":
            return bool(self.entries) and not self.busy
        if action == "reconcile":
            return not self.busy
        return True

    def chosen(self) -> ReadIn | None:
        row = self.query_one(DataTable).cursor_row
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def action_reimport(self) -> None:
        entry = self.chosen()
        if entry is not None:
            self.reimport(entry)

    @work(exclusive=True, exit_on_error=False, group="reimport")
    async def reimport(self, read_in: ReadIn) -> None:
        entry = read_in.entry
        question = QuestionDialog(
            t("importui.reimport.title", id=entry.tid_invoice_id),
            t(
                "importui.reimport.text",
                id=entry.tid_invoice_id,
                kind=kind_label(entry.document_type, read_in.credit),
                number=entry.document_number,
            ),
        )
        if not await self.app.push_screen(question, wait_for_dismiss=True):
            return
        self.busy = True
        self.refresh_bindings()
        self.say(t("importui.history.working"))
        try:
            outcome = await self.session.engine.reimport(entry.tid_invoice_id)
        finally:
            self.busy = False
        if isinstance(outcome, BasisImported):
            kind = kind_label(outcome.kind, outcome.credit)
            text = t(
                "importui.reimport.done", id=entry.tid_invoice_id, kind=kind, number=outcome.number
            )
        else:
            reason = outcome.message if isinstance(outcome, BasisRefused) else outcome.error
            text = t("importui.reimport.not", id=entry.tid_invoice_id, reason=reason)
        self.load()
        self.say(text)

    def action_reconcile(self) -> None:
        from tidwizard.ui.importing.reconcile_screen import ReconcileScreen

        def back(repaired: bool | None) -> None:
            if repaired:  # new journal entries: read in again, confirmed
                self.say("")  # no longer "nothing read in yet"
                self.load()

        self.app.push_screen(ReconcileScreen(self.session), back)

    def action_close(self) -> None:
        self.dismiss(None)
