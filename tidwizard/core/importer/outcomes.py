"""The refusals and failures the engine reports, each with a message that says what happened."""

from __future__ import annotations

from tidwizard.core.i18n import t
from tidwizard.core.importer.draft import DocumentDraft
from tidwizard.core.importer.events import BasisFailed
from tidwizard.core.importer.journal_writer import Written
from tidwizard.core.importer.refusal import Refusal, RefusalReason
from tidwizard.core.tid import AlreadyTransferred, NotFound, TidError
from tidwizard.core.wire import InvoiceBasis


def consent_refusal(draft: DocumentDraft) -> Refusal:
    records = ", ".join(draft.missing.describe())
    return Refusal(draft.tid_invoice_id, RefusalReason.NEEDS_CONSENT, {"records": records})


def transferred_refusal(basis: InvoiceBasis) -> Refusal:
    number = basis.economy_system_invoice_number or "-"
    return Refusal(basis.id, RefusalReason.ALREADY_TRANSFERRED, {"number": number})


def fetch_failure(tid_invoice_id: int, error: TidError | None) -> BasisFailed:
    if isinstance(error, NotFound):
        return BasisFailed(
            tid_invoice_id, t("import.failed.not_found", tid_invoice_id=tid_invoice_id)
        )
    detail = error.user_message() if error is not None else "-"
    temporary = error is not None and error.temporary
    return BasisFailed(tid_invoice_id, t("import.failed.fetch", error=detail), temporary)


def conflict_failure(
    written: Written, error: AlreadyTransferred, *, withdrawn: bool
) -> BasisFailed:
    key = "import.failed.conflict" if withdrawn else "import.failed.recovery_conflict"
    message = t(
        key,
        tid_number=error.other_number or "?",
        kind=t(f"import.kind.{written.kind.value}"),
        number=written.number,
        tid_invoice_id=written.tid_invoice_id,
    )
    return BasisFailed(written.tid_invoice_id, message)


def unwritable_failure(tid_invoice_id: int, error: Exception) -> BasisFailed:
    """Administration's database refused a value of the basis: nothing of it was written."""
    detail = str(error).encode("utf-8", "backslashreplace").decode()[:200] or type(error).__name__
    return BasisFailed(tid_invoice_id, t("import.failed.unwritable", error=detail))


def unconfirmed_failure(written: Written, error: TidError) -> BasisFailed:
    message = t(
        "import.failed.unconfirmed",
        kind=t(f"import.kind.{written.kind.value}").capitalize(),
        number=written.number,
        error=error.user_message(),
    )
    return BasisFailed(written.tid_invoice_id, message, error.temporary)
