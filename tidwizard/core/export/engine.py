"""Bringing Tid in line with the records Administration flags "send to Tid".

``plan()`` reads both sides and decides; ``run()`` makes the writes, register by register in the
order of :class:`Register` (projects last: they need their customer's Tid id). Every write is safe
to repeat: a create whose key is taken resolves to the record already there (the client's
``create_*``), an update is a PUT. So a run stopped or killed half-way and started again ends with
every record once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Protocol, TypeVar

from tidwizard.core import wire
from tidwizard.core.export.compare import Difference, differences
from tidwizard.core.export.plan import ExportPlan, PlannedRecord, TidRecords, plan_export
from tidwizard.core.export.records import ALL_REGISTERS, ProjectDraft, Register
from tidwizard.core.export.report import ExportProgress, ExportReport, Outcome, RecordResult
from tidwizard.core.export.source import MasterDataSource, read_flagged
from tidwizard.core.i18n import t
from tidwizard.core.logfile import SHOWN
from tidwizard.core.tid.errors import (
    AccessRefused,
    InvalidCredentials,
    RateLimited,
    RegisterUnavailable,
    TidError,
    TidUnreachable,
)

log = logging.getLogger("tidwizard.export")

# Failures that would meet every following write as well: the run ends instead of grinding on.
RUN_ENDING_ERRORS = (TidUnreachable, InvalidCredentials, AccessRefused, RateLimited)

ProgressListener = Callable[[ExportProgress], None]
R = TypeVar("R")


class TidMasterData(Protocol):
    """The part of ``TidClient`` the export uses."""

    async def list_contacts(self) -> list[wire.Contact]: ...
    async def list_articles(self) -> list[wire.Article]: ...
    async def list_projects(self) -> list[wire.Project]: ...
    async def list_cost_centers(self) -> list[wire.CostCenter]: ...
    async def create_contact(self, contact: wire.Contact) -> wire.Contact: ...
    async def create_article(self, article: wire.Article) -> wire.Article: ...
    async def create_project(self, project: wire.Project) -> wire.Project: ...
    async def create_cost_center(self, cost_center: wire.CostCenter) -> wire.CostCenter: ...
    async def update_article(self, article: wire.Article) -> wire.Article: ...
    async def update_project(self, project: wire.Project) -> wire.Project: ...


class ExportEngine:
    def __init__(self, client: TidMasterData, store: MasterDataSource) -> None:
        self.client = client
        self.store = store

    async def plan(self, only: Iterable[Register] | None = None) -> ExportPlan:
        """Read the flagged records and Tid's registers (only those the choice needs)."""
        chosen = set(ALL_REGISTERS if only is None else only)
        needed = set(chosen)
        if Register.PROJECTS in chosen:  # a project's references are checked against Tid
            needed |= {Register.CUSTOMERS, Register.COST_CENTERS}
        admin = read_flagged(self.store)
        unavailable: set[Register] = set()
        contacts, articles, projects, cost_centers = await asyncio.gather(
            self._list(Register.CUSTOMERS, needed, unavailable, self.client.list_contacts),
            self._list(Register.ARTICLES, needed, unavailable, self.client.list_articles),
            self._list(Register.PROJECTS, needed, unavailable, self.client.list_projects),
            self._list(Register.COST_CENTERS, needed, unavailable, self.client.list_cost_centers),
        )
        tid = TidRecords(tuple(contacts), tuple(articles), tuple(projects), tuple(cost_centers))
        plan = plan_export(admin, tid, chosen)
        plan.unavailable = frozenset(unavailable & chosen)
        return plan

    @staticmethod
    async def _list(
        register: Register,
        needed: set[Register],
        unavailable: set[Register],
        lister: Callable[[], Awaitable[list[R]]],
    ) -> list[R]:
        if register not in needed:
            return []
        try:
            return await lister()
        except RegisterUnavailable:
            unavailable.add(register)  # Tid has no such list: its records are added in Tid
            return []

    async def run(
        self,
        plan: ExportPlan,
        *,
        on_event: ProgressListener | None = None,
        stop: asyncio.Event | None = None,
    ) -> ExportReport:
        """Make the plan's writes. ``stop`` is looked at before each write; a set stop ends the
        run after the write under way, and the report lists what was left for the next run."""
        report = ExportReport(plan)
        writer = _Writer(self.client, dict(plan.tid_customer_ids), set(plan.unavailable))
        emit = on_event or (lambda event: None)
        for register, part in plan.registers.items():
            emit(ExportProgress(register, 0, len(part.writes)))
        for register, part in plan.registers.items():
            writes = part.writes
            for done, planned in enumerate(writes, start=1):
                if stop is not None and stop.is_set():
                    report.stopped = True
                    return report
                try:
                    result = await writer.write(planned)
                except RUN_ENDING_ERRORS as exc:
                    report.stopped = True
                    report.error = exc.user_message()
                    log.error(
                        "export ended at %s %s: %s",
                        register,
                        planned.key,
                        report.error,
                        extra=SHOWN,
                    )
                    return report
                report.results.append(result)
                if result.outcome is Outcome.FAILED:
                    log.warning(
                        "%s %s failed: %s", register, planned.key, result.message, extra=SHOWN
                    )
                emit(ExportProgress(register, done, len(writes), result))
        return report


class _Writer:
    """One record's write, and the Tid ids later records refer to."""

    def __init__(
        self, client: TidMasterData, customer_ids: dict[str, int], unavailable: set[Register]
    ) -> None:
        self.client = client
        self.customer_ids = customer_ids
        self.unavailable = unavailable  # registers Tid does not take through its API
        self.failed_keys: dict[Register, set[str]] = {r: set() for r in ALL_REGISTERS}

    async def write(self, planned: PlannedRecord) -> RecordResult:
        if planned.register in self.unavailable:
            self.failed_keys[planned.register].add(planned.key)
            return self._result(planned, Outcome.FAILED, message=unavailable_message(planned))
        blocked = self._blocked_by(planned)
        if blocked is not None:
            return self._result(planned, Outcome.FAILED, message=blocked)
        try:
            if planned.tid_id is None:
                return await self._create(planned)
            return await self._update(planned, planned.tid_id, Outcome.UPDATED)
        except RUN_ENDING_ERRORS:
            raise
        except RegisterUnavailable:
            # The other records of this register would meet the same answer: none is sent.
            self.unavailable.add(planned.register)
            self.failed_keys[planned.register].add(planned.key)
            return self._result(planned, Outcome.FAILED, message=unavailable_message(planned))
        except TidError as exc:
            self.failed_keys[planned.register].add(planned.key)
            return self._result(planned, Outcome.FAILED, message=exc.user_message())

    async def _create(self, planned: PlannedRecord) -> RecordResult:
        wanted = planned.wanted
        stored: wire.Contact | wire.Article | wire.Project | wire.CostCenter
        if isinstance(wanted, wire.Contact):
            stored = await self.client.create_contact(wanted)
            if stored.id is not None:
                self.customer_ids[planned.key] = stored.id
        elif isinstance(wanted, wire.Article):
            stored = await self.client.create_article(wanted)
        elif isinstance(wanted, wire.CostCenter):
            stored = await self.client.create_cost_center(wanted)
        else:
            stored = await self.client.create_project(self._project(wanted))
        # The key was taken already (by an earlier, interrupted run or by someone in Tid):
        # bring an article or project in line; a customer or result unit is only reported.
        found = differences(wanted, stored, {v: k for k, v in self.customer_ids.items()})
        if not found:
            return self._result(planned, Outcome.CREATED, stored.id)
        if planned.register.tid_edits_changes:
            return self._result(planned, Outcome.ALREADY_THERE, stored.id, differences=found)
        if stored.id is None:
            raise TidError(f"{planned.register} {planned.key}: Tid sent no id")
        return await self._update(planned, stored.id, Outcome.UPDATED)

    async def _update(self, planned: PlannedRecord, tid_id: int, outcome: Outcome) -> RecordResult:
        wanted = planned.wanted
        if isinstance(wanted, wire.Article):
            stored_id = (
                await self.client.update_article(wanted.model_copy(update={"id": tid_id}))
            ).id
        elif isinstance(wanted, ProjectDraft):
            project = self._project(wanted).model_copy(update={"id": tid_id})
            stored_id = (await self.client.update_project(project)).id
        else:  # the plan never updates customers or result units
            raise ValueError(f"{planned.register} records are not updated from Administration")
        return self._result(planned, outcome, stored_id or tid_id)

    def _project(self, draft: ProjectDraft) -> wire.Project:
        return wire.Project(
            order_number=draft.code,
            title=draft.title,
            customer=wire.IdRef(id=self.customer_ids[draft.customer_number]),
            cost_center=wire.CodeRef(code=draft.result_unit) if draft.result_unit else None,
            end_date=draft.end_date,
        )

    def _blocked_by(self, planned: PlannedRecord) -> str | None:
        """Why a project cannot go: its customer or result unit failed earlier in this run."""
        wanted = planned.wanted
        if not isinstance(wanted, ProjectDraft):
            return None
        customer = wanted.customer_number
        if customer in self.failed_keys[Register.CUSTOMERS] or customer not in self.customer_ids:
            return t("export.failed.customer", key=customer)
        if wanted.result_unit in self.failed_keys[Register.COST_CENTERS]:
            if Register.COST_CENTERS in self.unavailable:
                return t("export.failed.result_unit_in_tid", key=wanted.result_unit)
            return t("export.failed.result_unit", key=wanted.result_unit)
        return None

    @staticmethod
    def _result(
        planned: PlannedRecord,
        outcome: Outcome,
        tid_id: int | None = None,
        *,
        message: str = "",
        differences: tuple[Difference, ...] = (),
    ) -> RecordResult:
        return RecordResult(
            planned.register,
            planned.key,
            planned.name,
            outcome,
            tid_id if tid_id is not None else planned.tid_id,
            message,
            differences,
        )


def unavailable_message(planned: PlannedRecord) -> str:
    """Tid does not take this register's records through its API: add them in Tid."""
    label = planned.register.label()  # a heading ("Result units"), here inside a sentence
    return t("export.failed.unavailable", register=label[:1].lower() + label[1:])
