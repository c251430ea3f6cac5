"""What the planning and sending workers tell the panel (the screenshots post the same)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tidwizard.core.export import ExportPlan, ExportProgress, ExportReport


@dataclass
class PlanMade(Message):
    """The counts per register, or why they could not be had (a message for the user)."""

    plan: ExportPlan | None
    error: str | None = None


@dataclass
class SendStarted(Message):
    """The plan of the chosen registers that is being sent now."""

    plan: ExportPlan


@dataclass
class SendProgressed(Message):
    progress: ExportProgress


@dataclass
class SendFinished(Message):
    """The run's report, or why it could not start (then nothing was sent)."""

    report: ExportReport | None
    error: str | None = None


@dataclass
class PhaseChanged(Message):
    """The panel began or ended planning or sending; the screen updates its keys."""

    phase: str
