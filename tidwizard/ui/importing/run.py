"""One import from the screen: the engine's run, then the consent question and the second run.

New customers, projects and result units are never created without a yes: the first run
imports what needs nothing new; the bases the engine refused for want of consent are then
previewed, their records named in one question, and only after a yes read in with
``create_missing``. A no leaves them refused and waiting in Tid.

The run knows no screen: the engine's events go to ``on_event`` and the question to
``ask_consent``, both given by whoever starts it (the import screen).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence

from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.importer.events import ImportEvent, ImportReport
from tidwizard.core.importer.preview import consent_needed
from tidwizard.ui.importing.texts import is_consent

# How many bases wait for a yes, and the new records a yes creates (each named once).
AskConsent = Callable[[int, list[str]], Awaitable[bool]]


class ImportRun:
    def __init__(
        self,
        engine: ImportEngine,
        ids: Sequence[int],
        *,
        on_event: Callable[[ImportEvent], None],
        ask_consent: AskConsent,
    ) -> None:
        self.engine = engine
        self.ids = list(ids)
        self.quit_after = False  # the user chose to quit: stop after the basis in hand, then exit
        self._on_event = on_event
        self._ask_consent = ask_consent
        self._stop = asyncio.Event()

    def stop(self) -> None:
        """The engine finishes the basis in hand and then returns; none is left half done."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    async def execute(self) -> ImportReport:
        report = await self.engine.run(self.ids, on_event=self._on_event, stop=self._stop)
        consent = [r.tid_invoice_id for r in report.refused if is_consent(r.refusal.kind)]
        if consent and not report.stopped and not self.stopping:
            await self._ask_and_create(report, consent)
        return report

    async def _ask_and_create(self, report: ImportReport, ids: list[int]) -> None:
        previews = await self.engine.preview(ids)
        ready = [p.tid_invoice_id for p in previews if p.needs_consent]
        if not ready or not await self._ask_consent(len(ready), consent_needed(previews)):
            return
        second = await self.engine.run(
            ready, create_missing=True, on_event=self._on_event, stop=self._stop
        )
        retried = set(ready)
        report.refused = [r for r in report.refused if r.tid_invoice_id not in retried]
        report.refused += second.refused
        report.imported += second.imported
        report.failed += second.failed
        report.created += second.created
        report.stopped = report.stopped or second.stopped
        report.left += second.left
