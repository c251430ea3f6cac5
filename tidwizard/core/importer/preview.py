"""A preview: what each chosen basis becomes, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field

from tidwizard.core.importer.draft import DocumentDraft, MissingRecords, NewRecord
from tidwizard.core.importer.refusal import Refusal, RefusalReason
from tidwizard.core.wire import InvoiceBasis


@dataclass(frozen=True, slots=True)
class BasisPreview:
    """One basis and its outcome: a draft, a refusal, or an error fetching it (``error``)."""

    tid_invoice_id: int
    basis: InvoiceBasis | None
    outcome: DocumentDraft | Refusal | None
    error: str | None = None

    @property
    def draft(self) -> DocumentDraft | None:
        return self.outcome if isinstance(self.outcome, DocumentDraft) else None

    @property
    def refusal(self) -> Refusal | None:
        return self.outcome if isinstance(self.outcome, Refusal) else None

    @property
    def missing(self) -> MissingRecords:
        draft = self.draft
        return draft.missing if draft is not None else MissingRecords()

    @property
    def needs_consent(self) -> bool:
        return bool(self.missing)


def consent_needed(previews: list[BasisPreview]) -> list[str]:
    """Every new record the previews would create, each named once, for one consent question."""
    seen: dict[str, None] = {}
    for preview in previews:
        for text in preview.missing.describe():
            seen.setdefault(text, None)
    return list(seen)


@dataclass(slots=True)
class DryRun:
    """A dry run's previews sorted: what would be read in, refused or not fetched, and the new
    records it would create. A basis that needs new records counts as refused unless the run
    may create them (``--create-missing``)."""

    would: list[BasisPreview] = field(default_factory=list)
    refused: list[tuple[int, Refusal]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    new_records: list[NewRecord] = field(default_factory=list)

    @property
    def all_well(self) -> bool:
        return not self.refused and not self.failed


def dry_run(previews: list[BasisPreview], *, create_missing: bool) -> DryRun:
    sorted_ = DryRun()
    for preview in previews:
        draft, refusal = preview.draft, preview.refusal
        if refusal is not None:
            sorted_.refused.append((preview.tid_invoice_id, refusal))
        elif draft is None:
            sorted_.failed.append((preview.tid_invoice_id, preview.error or "-"))
        elif draft.missing and not create_missing:
            records = ", ".join(draft.missing.describe())
            reason = Refusal(
                draft.tid_invoice_id, RefusalReason.NEEDS_CONSENT, {"records": records}
            )
            sorted_.refused.append((preview.tid_invoice_id, reason))
        else:
            sorted_.would.append(preview)
            for record in (
                draft.missing.customer,
                draft.missing.result_unit,
                draft.missing.project,
            ):
                if record is not None and record not in sorted_.new_records:
                    sorted_.new_records.append(record)
    return sorted_
