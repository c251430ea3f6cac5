"""What the master-data transfer found and did, kept while the wizard moves back and forth."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tidwizard.core.export.records import ALL_REGISTERS

if TYPE_CHECKING:  # the wizard state holds this from the start: only the names it needs then
    from tidwizard.core.connection import SavedLogin
    from tidwizard.core.export import ExportPlan, ExportReport, Register


@dataclass
class MasterDataState:
    """``plan`` was made with ``planned_with``; a different login makes it stale. ``report``
    is the last run (None: nothing was sent, the step was skipped)."""

    chosen: set[Register] = field(default_factory=lambda: set(ALL_REGISTERS))
    plan: ExportPlan | None = None
    planned_with: SavedLogin | None = None
    report: ExportReport | None = None

    def plan_for(self, login: SavedLogin) -> ExportPlan | None:
        return self.plan if self.planned_with == login else None

    def remember_plan(self, plan: ExportPlan, login: SavedLogin) -> None:
        self.plan, self.planned_with = plan, login

    def ordered_choice(self) -> tuple[Register, ...]:
        """The chosen registers in sending order."""
        return tuple(r for r in ALL_REGISTERS if r in self.chosen)
