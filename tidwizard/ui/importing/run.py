"""One import from the screen: the engine's run, the consent question, and the live table.

New customers, projects and result units are never created without a yes: the first run
imports what needs nothing new; the bases the engine refused for want of consent are then
previewed, their records listed in a dialog, and only after a yes read in with
``create_missing``. A no leaves them refused and waiting in Tid.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from tidwizard.core.i18n import t, tn
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.importer.events import (
    BasisFailed,
    BasisImported,
    BasisRefused,
    BasisStarted,
    ImportEvent,
    ImportReport,
    Progress,
)
from tidwizard.core.importer.preview import consent_needed
from tidwizard.ui.importing.dialogs import QuestionDialog
from tidwizard.ui.importing.texts import imported_status, is_consent

if TYPE_CHECKING:
    from tidwizard.ui.importing.screen import ImportScreen


class ImportRun:
    def __init__(self, screen: ImportScreen, engine: ImportEngine, ids: Sequence[int]) -> None:
        self.screen = screen
        self.engine = engine
        self.ids = list(ids)
        self.quit_after = False  # the user chose to quit: stop after the basis in hand, then exit
        self._stop = asyncio.Event()

    def stop(self) -> None:
        """The engine finishes the basis in hand and then returns; none is left half done."""
        self._stop.set()

    def ask_to_quit(self, stop: Callable[[], None]) -> None:
        """ctrl+q while this run works: a yes stops it after the basis in hand, then quits."""

        def answered(yes: bool | None) -> None:
            if yes:
                self.quit_after = True
                stop()

        question = QuestionDialog(t("importui.quit.title"), t("importui.quit.text"))
        self.screen.app.push_screen(question, answered)

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    async def execute(self) -> ImportReport:
        waiting = t("importui.status.waiting")
        for tid_invoice_id in self.ids:
            self.screen.table.set_status(tid_invoice_id, waiting)
        report = await self.engine.run(self.ids, on_event=self.screen.buffer, stop=self._stop)
        consent = [r.tid_invoice_id for r in report.refused if is_consent(r.refusal.kind)]
        if consent and not report.stopped and not self.stopping:
            self.screen.flush_events()  # the table is complete while the question is asked
            await self._ask_and_create(report, consent)
        self._finish()
        return report

    def _finish(self) -> None:
        """Every status in the table, rows out of view too."""
        self.screen.flush_events()
        self.screen.table.show_statuses()

    async def _ask_and_create(self, report: ImportReport, ids: list[int]) -> None:
        previews = await self.engine.preview(ids)
        ready = [p.tid_invoice_id for p in previews if p.needs_consent]
        if not ready:
            return
        question = QuestionDialog(
            t("importui.consent.title"),
            tn("importui.consent.text", len(ready)),
            consent_needed(previews),
        )
        # The line said "x stops …", which means nothing while the question is open.
        self.screen.say(t("importui.asking"))
        if not await self.screen.app.push_screen(question, wait_for_dismiss=True):
            return
        second = await self.engine.run(
            ready, create_missing=True, on_event=self.screen.buffer, stop=self._stop
        )
        retried = set(ready)
        report.refused = [r for r in report.refused if r.tid_invoice_id not in retried]
        report.refused += second.refused
        report.imported += second.imported
        report.failed += second.failed
        report.created += second.created
        report.stopped = report.stopped or second.stopped
        report.left += second.left

    @staticmethod
    def show(screen: ImportScreen, events: list[ImportEvent]) -> None:
        """Apply a batch of events: one cell per basis event, the bar and line once per batch."""
        table = screen.table
        progress: Progress | None = None
        for event in events:
            if isinstance(event, Progress):
                progress = event
            elif isinstance(event, BasisStarted):
                table.set_status(event.tid_invoice_id, t("importui.status.working"), "working")
            elif isinstance(event, BasisImported):
                table.set_status(event.tid_invoice_id, imported_status(event), "imported")
            elif isinstance(event, BasisRefused):
                if is_consent(event.refusal.kind):
                    table.set_status(event.tid_invoice_id, t("importui.status.consent"), "consent")
                else:
                    table.set_status(event.tid_invoice_id, t("importui.status.refused"), "refused")
            elif isinstance(event, BasisFailed):
                table.set_status(event.tid_invoice_id, t("importui.status.failed"), "failed")
        if progress is not None:
            screen.show_progress(progress.done, progress.total)
