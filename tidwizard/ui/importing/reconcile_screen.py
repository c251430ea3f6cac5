"""Reconcile (k on the history screen): Tid, the company file's documents and its import journal
side by side, as `tidwizard reconcile` shows them, in the command line's words.

a repairs what needs no question (lost marks, pending entries), after a yes; r reads in again
the basis under the cursor that Tid calls transferred and this file lacks, after the command
line's warning. Each asks the core (``core/reconcile``) in a worker and shows the findings again.
"""

from __future__ import annotations

from collections.abc import Collection

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static
from textual.worker import Worker, WorkerState

from tidwizard.core.i18n import t, tn
from tidwizard.core.reconcile.findings import Finding, FindingKind, Repair
from tidwizard.core.reconcile.run import Reconciliation, RepairResult, RepairState
from tidwizard.ui.bindings import KeysInLanguage
from tidwizard.ui.clients.title import on_client
from tidwizard.ui.importing.dialogs import CSS, QuestionDialog
from tidwizard.ui.importing.session import ImportSession, user_message
from tidwizard.ui.importing.texts import kind_label
from tidwizard.ui.text import shown
from tidwizard.ui.widgets.wrapped_text import WrappedText

# The basis and the numbers first: a narrow terminal cuts the words, never a number.
COLUMNS = ("basis", "tid", "here", "kind", "repair")
WITHOUT_QUESTION = {Repair.MARK, Repair.COMPLETE}
REPAIR_KEY = "a"
REIMPORT_KEY = "r"


def repair_words(finding: Finding) -> str:
    """The command line's sentence with this screen's key in place of its options."""
    asked = REIMPORT_KEY if finding.repair is Repair.REIMPORT_IF_ASKED else REPAIR_KEY
    return finding.repair_text(asked)


def document_here(finding: Finding) -> str:
    if finding.document_type is None or finding.document_number is None:
        return "-"
    return f"{kind_label(finding.document_type)} {finding.document_number}"


class ReconcileScreen(KeysInLanguage, Screen[bool]):
    """Dismissed with whether anything was repaired (the history then reads its journal again)."""

    CSS_PATH = CSS
    BINDINGS = [
        Binding(REPAIR_KEY, "repair", "reconcileui.key.repair"),
        Binding(f"{REIMPORT_KEY},l", "reimport", "importui.key.reimport"),
        Binding("f5", "check", "reconcileui.key.check"),
        Binding("escape,k", "close", "importui.key.close"),
    ]

    def __init__(self, session: ImportSession) -> None:
        super().__init__(id="reconcile")
        self.session = session
        self.findings: list[Finding] = []
        self.busy = False
        self.repaired = False

    def compose(self) -> ComposeResult:
        title = on_client(self.app, t("reconcileui.title"))
        yield Static(title, id="import-title", markup=False)
        yield DataTable(cursor_type="row", classes="browse-table", id="reconcile-table")
        with VerticalScroll(classes="browse-detail", id="reconcile-detail-box"):
            yield Static("", id="reconcile-detail", markup=False)
        yield Static("", id="reconcile-line", classes="browse-line", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key in COLUMNS:
            table.add_column(t(f"reconcileui.col.{key}"), key=key)
        table.focus()
        self.ask(t("reconcileui.checking"))

    def say(self, text: str, *, error: bool = False) -> None:
        line = self.query_one("#reconcile-line", Static)
        line.update(text)
        line.set_class(error, "-error")

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.query_one(DataTable).loading = busy  # the spinner
        self.refresh_bindings()

    @work(exclusive=True, exit_on_error=False, group="reconcile")
    async def ask(
        self, doing: str, *, repair: bool = False, reimport: Collection[int] = ()
    ) -> None:
        self.set_busy(True)
        self.say(doing)
        try:
            result = await self.session.reconcile(repair=repair, reimport=reimport)
        finally:
            self.set_busy(False)
        self.repaired = self.repaired or bool(result.repairs)
        self.show(result)

    def show(self, result: Reconciliation) -> None:
        self.findings = result.remaining
        table = self.query_one(DataTable)
        table.clear()
        for finding in self.findings:
            table.add_row(
                Text(str(finding.tid_invoice_id)),
                Text(finding.tid_number or "-"),
                Text(document_here(finding)),
                Text(t(f"reconcileui.kind.{finding.kind.value}")),
                Text(repair_words(finding)),
            )
        lines = [self._repair_line(repair) for repair in result.repairs]
        if self.findings:
            lines.append(tn("reconcile.cli.remaining", len(self.findings)))
        else:
            lines.append(t("reconcile.cli.none"))
            self.query_one("#reconcile-detail", Static).update("")
        self.say("\n".join(lines))
        self.refresh_bindings()

    @staticmethod
    def _repair_line(repair: RepairResult) -> str:
        key = "line_repaired" if repair.state is RepairState.REPAIRED else "line_failed"
        detail = shown(repair.detail)
        return t(f"reconcile.cli.{key}", tid_invoice_id=repair.tid_invoice_id, detail=detail)

    @on(DataTable.RowHighlighted)
    def _detail(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.findings):
            finding = self.findings[event.cursor_row]
            text = f"{shown(finding.message())}\n{repair_words(finding)}"
            self.query_one("#reconcile-detail", Static).update(WrappedText(text))
        self.refresh_bindings()  # r reads in only a basis missing here

    def chosen(self) -> Finding | None:
        row = self.query_one(DataTable).cursor_row
        return self.findings[row] if 0 <= row < len(self.findings) else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close":
            return True
        if self.busy:
            return False
        if action == "repair":
            return any(finding.repair in WITHOUT_QUESTION for finding in self.findings)
        if action == "reimport":
            chosen = self.chosen()
            return chosen is not None and chosen.kind is FindingKind.MISSING_HERE
        return True

    def action_check(self) -> None:
        self.ask(t("reconcileui.checking"))

    def action_repair(self) -> None:
        self.repair()

    @work(exclusive=True, exit_on_error=False, group="question")
    async def repair(self) -> None:
        repairable = [f for f in self.findings if f.repair in WITHOUT_QUESTION]
        question = QuestionDialog(
            t("reconcileui.repair.title"),
            t("reconcileui.repair.text"),
            [shown(f.message()) for f in repairable],
        )
        if await self.app.push_screen(question, wait_for_dismiss=True):
            self.ask(t("reconcileui.repairing"), repair=True)

    def action_reimport(self) -> None:
        finding = self.chosen()
        if finding is not None and finding.kind is FindingKind.MISSING_HERE:
            self.reimport(finding.tid_invoice_id)

    @work(exclusive=True, exit_on_error=False, group="question")
    async def reimport(self, tid_invoice_id: int) -> None:
        question = QuestionDialog(
            t("importui.reimport.title", id=tid_invoice_id),
            t("reconcile.cli.reimport_warning", ids=str(tid_invoice_id)),
        )
        if await self.app.push_screen(question, wait_for_dismiss=True):
            self.ask(t("importui.history.working"), reimport=[tid_invoice_id])

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """Tid unreachable, the file locked: say it; the keys work again."""
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.say(user_message(event.worker.error), error=True)

    def action_close(self) -> None:
        self.dismiss(self.repaired)
