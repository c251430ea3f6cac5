"""The words under the table: what cannot be sent and why, what differs, what a run did."""

from __future__ import annotations

from tidwizard.core.export import (
    ExportPlan,
    ExportReport,
    Outcome,
    PlannedRecord,
    RecordResult,
    Refusal,
    Register,
)
from tidwizard.core.i18n import t


def _line(key: str, name: str, message: str) -> str:
    return t("export.record.line", key=key, name=name, message=message)


def _refused(refusal: Refusal) -> str:
    return _line(refusal.key, refusal.name, refusal.reason())


def _differs(record: PlannedRecord | RecordResult) -> str:
    fields = "; ".join(
        t("export.difference", field=d.label(), administration=d.administration, tid=d.tid)
        for d in record.differences
    )
    return _line(record.key, record.name, fields)


def _section(heading: str, lines: list[str]) -> list[str]:
    return [heading, *lines, ""] if lines else []


def plan_notes(plan: ExportPlan) -> str:
    """Before sending: which records will not go, by name, with the reason."""
    refused = [_refused(r) for r in plan.refusals]
    differs = [_differs(p) for part in plan.registers.values() for p in part.differs]
    lines = _section(t("export.heading.refused"), refused)
    lines += _section(t("export.heading.differs"), differs)
    return "\n".join(lines).rstrip()


def report_notes(report: ExportReport) -> str:
    """After sending: every record that did not go, and why; then the count per outcome."""
    plan = report.plan
    # What did not go comes first: it is what the user has to act on.
    lines = _section(t("export.heading.refused"), [_refused(r) for r in plan.refusals])
    failed = [_line(r.key, r.name, r.message or r.outcome.label()) for r in report.failed]
    lines += _section(t("export.heading.failed"), failed)
    already = [_differs(r) for r in report.results if r.outcome is Outcome.ALREADY_THERE]
    lines += _section(t("export.heading.differs"), already)
    not_sent = [_line(p.key, p.name, t("masterdata.result.not_sent")) for p in report.not_sent]
    lines += _section(t("masterdata.result.stopped_heading"), not_sent)
    lines += [_register_result(report, register) for register in plan.registers]
    return "\n".join(lines).rstrip()


def _register_result(report: ExportReport, register: Register) -> str:
    """One line per register, naming only what happened: "Projekt – skapade: 1"."""
    part = report.plan.registers[register]
    counted = [
        ("created", report.count(register, Outcome.CREATED)),
        ("updated", report.count(register, Outcome.UPDATED)),
        ("already_there", report.count(register, Outcome.ALREADY_THERE)),
        ("refused", len(part.refused)),
        ("failed", report.count(register, Outcome.FAILED)),
    ]
    parts = [t(f"masterdata.result.{name}", count=n) for name, n in counted if n]
    what = ", ".join(parts) or t("masterdata.result.nothing")
    return t("masterdata.result.line", register=register.label(), what=what)


def report_verdict(report: ExportReport) -> tuple[str, bool]:
    """One sentence for the status line, and whether all went well."""
    if report.error:
        return t("masterdata.result.ended", reason=report.error), False
    if report.stopped:
        return t("export.stopped"), False
    refused, failed = len(report.plan.refusals), len(report.failed)
    if refused or failed:
        left = refused + failed
        return t("masterdata.result.some_left", written=report.written, left=left), False
    if report.plan.in_sync:
        return t("export.in_sync"), True
    return t("masterdata.result.all_sent", written=report.written), True


def summary_value(report: ExportReport | None) -> tuple[str, bool]:
    """The wizard summary's line: skipped, or what was sent (and whether anything was left)."""
    if report is None:
        return t("masterdata.summary.skipped"), True
    left = len(report.plan.refusals) + len(report.failed) + len(report.not_sent)
    if left:
        return t("masterdata.summary.sent_some_left", written=report.written, left=left), False
    return t("masterdata.summary.sent", written=report.written), True
