"""A preview: what each chosen basis becomes, before anything is written."""

from __future__ import annotations

from dataclasses import dataclass

from tidwizard.core.importer.draft import DocumentDraft, MissingRecords
from tidwizard.core.importer.refusal import Refusal
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
