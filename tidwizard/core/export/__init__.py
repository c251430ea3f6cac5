"""Sending master data from Administration to Tid: plan (pure), engine (writes), report."""

from tidwizard.core.export.compare import Difference
from tidwizard.core.export.engine import ExportEngine
from tidwizard.core.export.plan import ExportPlan, PlanCounts, PlannedRecord, Refusal, RegisterPlan
from tidwizard.core.export.records import ALL_REGISTERS, Register, parse_registers
from tidwizard.core.export.report import ExportProgress, ExportReport, Outcome, RecordResult

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
