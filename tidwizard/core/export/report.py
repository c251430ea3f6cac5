"""What an export run did, record by record, and the progress events a screen follows."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from tidwizard.core.export.compare import Difference
from tidwizard.core.export.plan import ExportPlan, PlannedRecord
from tidwizard.core.export.records import Register
from tidwizard.core.i18n import t


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    # A create met the record already in Tid, different in fields that are edited in Tid.
    ALREADY_THERE = "already_there"
    FAILED = "failed"

    def label(self, lang: str | None = None) -> str:
        return t(f"export.outcome.{self.value}", lang)


@dataclass(frozen=True)
class RecordResult:
    register: Register
    key: str
    name: str
    outcome: Outcome
    tid_id: int | None = None
    message: str = ""  # why it failed, in the language current when it failed
    differences: tuple[Difference, ...] = ()


@dataclass(frozen=True)
class ExportProgress:
    """``done`` of ``total`` writes of ``register`` are finished; ``result`` is the latest one
    (None in the event that opens a register)."""

    register: Register
    done: int
    total: int
    result: RecordResult | None = None


@dataclass
class ExportReport:
    plan: ExportPlan
    results: list[RecordResult] = field(default_factory=list)
    stopped: bool = False  # by the caller's stop event, or by ``error``
    error: str = ""  # a failure that ended the run early (Tid unreachable, login refused)

    def of(self, register: Register, outcome: Outcome) -> list[RecordResult]:
        return [r for r in self.results if r.register is register and r.outcome is outcome]

    def count(self, register: Register, outcome: Outcome) -> int:
        return len(self.of(register, outcome))

    @property
    def failed(self) -> list[RecordResult]:
        return [r for r in self.results if r.outcome is Outcome.FAILED]

    @property
    def written(self) -> int:
        return sum(r.outcome in (Outcome.CREATED, Outcome.UPDATED) for r in self.results)

    @property
    def not_sent(self) -> list[PlannedRecord]:
        """Planned writes that a stop left undone; the next run picks them up."""
        done = {(r.register, r.key) for r in self.results}
        return [
            planned
            for part in self.plan.registers.values()
            for planned in part.writes
            if (planned.register, planned.key) not in done
        ]

    @property
    def complete(self) -> bool:
        """Every flagged record is in Tid as planned: nothing refused, failed or left undone."""
        return not (self.plan.refusals or self.failed or self.not_sent or self.error)
