"""Administration's documents (c): invoices and orders, the highlighted one's rows and totals."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from tidwizard.core.admin.models import Document
from tidwizard.core.i18n import t
from tidwizard.ui.bindings import KeysInLanguage
from tidwizard.ui.clients.title import on_client
from tidwizard.ui.importing.dialogs import CSS
from tidwizard.ui.importing.session import ImportSession
from tidwizard.ui.importing.texts import amount, document_label, document_text
from tidwizard.ui.text import shown
from tidwizard.ui.widgets.wrapped_text import WrappedText


class DocumentsScreen(KeysInLanguage, Screen[None]):
    CSS_PATH = CSS
    BINDINGS = [Binding("escape,c", "close", "importui.key.close")]

    def __init__(self, session: ImportSession) -> None:
        super().__init__(id="documents")
        self.session = session
        self.documents: list[Document] = []

    def compose(self) -> ComposeResult:
        title = on_client(self.app, t("importui.documents.title"))
        yield Static(title, id="import-title", markup=False)
        yield DataTable(cursor_type="row", classes="browse-table", id="documents-table")
        with VerticalScroll(classes="browse-detail"):
            yield Static("", id="document-detail", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        # The customer last: a narrow terminal cuts its name, never a total or a number.
        table.add_column(t("importui.documents.col.document"), key="document")
        table.add_column(t("importui.col.date"), key="date")
        table.add_column(t("importui.documents.col.total"), key="sum")  # with VAT
        table.add_column(t("importui.documents.col.basis"), key="basis")
        table.add_column(t("importui.col.customer"), key="customer")
        table.focus()
        self.load()

    @work(exclusive=True, exit_on_error=False)
    async def load(self) -> None:
        self.documents = await self.session.documents()
        table = self.query_one(DataTable)
        for document in self.documents:
            table.add_row(
                Text(document_label(document)),
                Text(document.date.isoformat()),
                Text(amount(document.total), justify="right"),
                Text(str(document.tid_invoice_id or "-")),
                Text(shown(f"{document.customer_number} {document.customer_name}")[:28]),
            )
        if not self.documents:
            self.query_one("#document-detail", Static).update(t("importui.documents.empty"))

    @on(DataTable.RowHighlighted)
    def _show(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.documents):
            detail = document_text(self.documents[event.cursor_row])
            self.query_one("#document-detail", Static).update(WrappedText(detail))

    def action_close(self) -> None:
        self.dismiss(None)
