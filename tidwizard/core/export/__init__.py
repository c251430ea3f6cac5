"""Sending master data from Administration to Tid: plan (pure), engine (writes), report.

Names are imported from their modules on first use (see ``tidwizard.core.lazy``).
"""

from typing import TYPE_CHECKING

from tidwizard.core.lazy import lazy_exports

if TYPE_CHECKING:
    from tidwizard.core.export.compare import Difference
    from tidwizard.core.export.engine import ExportEngine
    from tidwizard.core.export.plan import (
        ExportPlan,
        PlanCounts,
        PlannedRecord,
        Refusal,
        RegisterPlan,
    )
    from tidwizard.core.export.records import ALL_REGISTERS, Register, parse_registers
    from tidwizard.core.export.report import ExportProgress, ExportReport, Outcome, RecordResult

_EXPORTS = {
    "ALL_REGISTERS": "records",
    "Difference": "compare",
    "ExportEngine": "engine",
    "ExportPlan": "plan",
    "ExportProgress": "report",
    "ExportReport": "report",
    "Outcome": "report",
    "PlanCounts": "plan",
    "PlannedRecord": "plan",
    "RecordResult": "report",
    "Refusal": "plan",
    "Register": "records",
    "RegisterPlan": "plan",
    "parse_registers": "records",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = [
    "ALL_REGISTERS",
    "Difference",
    "ExportEngine",
    "ExportPlan",
    "ExportProgress",
    "ExportReport",
    "Outcome",
    "PlanCounts",
    "PlannedRecord",
    "RecordResult",
    "Refusal",
    "Register",
    "RegisterPlan",
    "parse_registers",
]
