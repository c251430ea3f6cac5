"""The transfer itself: counts from the export plan, the choice, Skicka, progress and result.

Shared by the wizard step and the screen opened from the import screen. The engine runs in an
async worker on the App's loop (its network calls are async; Administration is read in a
thread), and everything it says reaches the widgets as messages, which a snapshot can post too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Literal

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static
from textual.worker import Worker, WorkerState

from tidwizard.core.admin import AdministrationError
from tidwizard.core.connection import NotSetUp, SavedLogin
from tidwizard.core.export import ExportPlan, ExportProgress, ExportReport, Register
from tidwizard.core.i18n import t
from tidwizard.core.secrets import SecretStoreError
from tidwizard.core.tid import TidError
from tidwizard.ui.master_data.connection import LoginMissing, open_engine
from tidwizard.ui.master_data.messages import (
    PhaseChanged,
    PlanMade,
    SendFinished,
    SendProgressed,
    SendStarted,
)
from tidwizard.ui.master_data.register_table import RegisterTable
from tidwizard.ui.master_data.state import MasterDataState
from tidwizard.ui.master_data.texts import plan_notes, report_notes, report_verdict
from tidwizard.ui.text import shown_lines
from tidwizard.ui.widgets.spinner import Spinner

Phase = Literal["planning", "ready", "unplanned", "sending", "stopping"]
LoginSource = Callable[[], Awaitable[SavedLogin]]
# Each carries a message for the user; anything else is a defect and shown as unexpected.
EXPECTED = (LoginMissing, NotSetUp, TidError, AdministrationError, SecretStoreError, OSError)


def _reason(error: BaseException) -> str:
    return error.user_message() if isinstance(error, TidError) else shown_lines(str(error))


class MasterDataPanel(Vertical):
    DEFAULT_CSS = """
    MasterDataPanel { height: auto; }
    MasterDataPanel #master-actions { height: auto; margin-top: 1; }
    MasterDataPanel #master-spinner { width: 10; height: 1; display: none; }
    MasterDataPanel #master-spinner.-busy { display: block; }
    MasterDataPanel #master-status { width: 1fr; height: auto; padding-left: 1; }
    MasterDataPanel #master-status.-error { color: $error; }
    MasterDataPanel #master-status.-ok { color: $success; }
    MasterDataPanel #master-notes { height: auto; margin-top: 1; }
    """

    def __init__(self, state: MasterDataState, login: LoginSource) -> None:
        super().__init__(id="master-data")
        self.state = state
        self._login = login
        self.phase: Phase = "planning"
        self.shown_plan: ExportPlan | None = None  # the counts on screen, before a run
        self._stop = asyncio.Event()

    def compose(self) -> ComposeResult:
        yield RegisterTable(self.state.chosen, id="master-registers")
        with Horizontal(id="master-actions"):
            yield Button(t("masterdata.send"), id="master-send", variant="primary", compact=True)
            yield Spinner(id="master-spinner")
            yield Static("", id="master-status", markup=False)
        yield Static("", id="master-notes", markup=False)

    @property
    def table(self) -> RegisterTable:
        return self.query_one(RegisterTable)

    @property
    def can_send(self) -> bool:
        return self.phase in ("ready", "unplanned") and bool(self.state.chosen)

    @property
    def working(self) -> bool:
        return self.phase in ("planning", "sending", "stopping")

    @property
    def sending(self) -> bool:
        """Writes are under way: leaving now would hide them, so the screen holds still."""
        return self.phase in ("sending", "stopping")

    def status(self, text: str, kind: Literal["info", "error", "ok"] = "info") -> None:
        line = self.query_one("#master-status", Static)
        line.update(text)
        line.set_classes(f"-{kind}")

    def _set_phase(self, phase: Phase) -> None:
        self.phase = phase
        self.query_one("#master-spinner").set_class(self.working, "-busy")
        self.query_one("#master-send", Button).disabled = not self.can_send
        self.post_message(PhaseChanged(phase))

    # -- planning --------------------------------------------------------------------------------

    def plan(self, *, fresh: bool = False) -> None:
        """Count what each register would send (the remembered plan unless ``fresh``)."""
        self._set_phase("planning")
        self.status(t("masterdata.planning"))
        self._plan(fresh)

    @work(exclusive=True, exit_on_error=False, group="master-data")
    async def _plan(self, fresh: bool) -> None:
        try:
            login = await self._login()
            plan = None if fresh else self.state.plan_for(login)
            if plan is None:
                async with open_engine(login) as engine:
                    plan = await engine.plan()
                self.state.remember_plan(plan, login)
        except EXPECTED as error:
            self.post_message(PlanMade(None, _reason(error)))
        else:
            self.post_message(PlanMade(plan))

    @on(PlanMade)
    def _planned(self, event: PlanMade) -> None:
        if event.plan is None:
            self._set_phase("unplanned")
            self.status(event.error or "", "error")
            return
        self.table.show_counts(event.plan.counts())
        self._set_phase("ready")
        report = self.state.report
        if report is not None:  # back on the step after a run: show what it did
            self.table.begin(report.plan)
            for register, part in report.plan.registers.items():
                total = len(part.writes)
                self.table.advance(ExportProgress(register, total, total))
            self.table.finish()
            self._show_report(report)
            return
        self.query_one("#master-notes", Static).update(plan_notes(event.plan))
        self.shown_plan = event.plan
        self.status(self._ready_text())

    def _ready_text(self) -> str:
        """How many writes the chosen registers need (the plan counts all four)."""
        plan = self.shown_plan
        assert plan is not None
        count = sum(len(p.writes) for r, p in plan.registers.items() if r in self.state.chosen)
        return t("masterdata.ready", count=count) if count else t("masterdata.ready_in_sync")

    # -- sending ---------------------------------------------------------------------------------

    @on(Button.Pressed, "#master-send")
    def send(self) -> None:
        if not self.can_send:
            return
        self.begin_sending()
        self._send(self.state.ordered_choice())

    def begin_sending(self) -> None:
        """The panel as a run starts (the worker's messages follow)."""
        self._stop.clear()
        self._set_phase("sending")
        self.status(t("masterdata.sending"))

    @work(exclusive=True, exit_on_error=False, group="master-data")
    async def _send(self, chosen: tuple[Register, ...]) -> None:
        def progressed(progress: ExportProgress) -> None:
            self.post_message(SendProgressed(progress))

        try:
            login = await self._login()
            async with open_engine(login) as engine:
                # A fresh plan of just the chosen registers: what Tid has may have changed, and a
                # project's references depend on what is sent with it.
                plan = await engine.plan(chosen)
                self.post_message(SendStarted(plan))
                report = await engine.run(
                    plan,
                    on_event=progressed,
                    stop=self._stop,
                )
        except EXPECTED as error:
            self.post_message(SendFinished(None, _reason(error)))
        else:
            self.post_message(SendFinished(report))

    @on(SendStarted)
    def _started(self, event: SendStarted) -> None:
        self.table.begin(event.plan)
        self.query_one("#master-notes", Static).update(plan_notes(event.plan))
        count = event.plan.write_count
        self.status(t("masterdata.sending_count", count=count))

    @on(SendProgressed)
    def _progressed(self, event: SendProgressed) -> None:
        self.table.advance(event.progress)

    def stop(self) -> None:
        if self.phase == "sending":
            self._stop.set()
            self._set_phase("stopping")
            self.status(t("masterdata.stopping"))

    @on(SendFinished)
    def _finished(self, event: SendFinished) -> None:
        self.table.finish()
        self._set_phase("ready")
        if event.report is None:
            self.status(t("masterdata.not_sent", reason=event.error or ""), "error")
            return
        self.state.report = event.report
        self.state.plan = None  # Tid has changed: count again next time
        self._show_report(event.report)

    def _show_report(self, report: ExportReport) -> None:
        verdict, ok = report_verdict(report)
        self.status(verdict, "ok" if ok else "error")
        self.query_one("#master-notes", Static).update(report_notes(report))

    # -- the choice ------------------------------------------------------------------------------

    @on(RegisterTable.Toggled)
    def _toggled(self) -> None:
        self.query_one("#master-send", Button).disabled = not self.can_send
        if self.phase == "ready" and self.shown_plan is not None and self.state.report is None:
            self.status(self._ready_text())
        self.screen.refresh_bindings()

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        """A defect in a worker: say it here and be usable again (the step's handler is not
        needed then)."""
        if event.state is WorkerState.ERROR:
            event.stop()
            self.table.finish()
            self._set_phase("unplanned")
            self.status(t("wizard.unexpected", reason=str(event.worker.error)), "error")
