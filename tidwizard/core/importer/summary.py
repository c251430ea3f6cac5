"""The import's results as the JSON document of `tidwizard import --json` (PRODUCT.md's shape).

Amounts are strings with two decimals; document and customer numbers are integers, as in
Administration.
"""

from __future__ import annotations

from typing import Any

from tidwizard.core.importer.draft import NewCustomer, NewProject, NewRecord, NewResultUnit
from tidwizard.core.importer.events import ImportReport
from tidwizard.core.importer.preview import BasisPreview, DryRun
from tidwizard.core.importer.refusal import Refusal
from tidwizard.core.money import json_amount


def report_json(report: ImportReport) -> dict[str, Any]:
    return {
        "imported": [
            {
                "tidInvoiceId": e.tid_invoice_id,
                "type": e.kind.value,
                "number": int(e.number),
                "credit": e.credit,
                # Written by an earlier run that stopped before Tid was told; completed now.
                "recovered": e.recovered,
            }
            for e in report.imported
        ],
        "refused": [refusal_json(r.tid_invoice_id, r.refusal) for r in report.refused],
        "failed": [{"tidInvoiceId": f.tid_invoice_id, "error": f.error} for f in report.failed],
        "created": created_json(report.created),
        "stopped": report.stopped,
        # Added after the first release: the counts as the summary states them. An entry of
        # "imported" with "recovered" is a document an earlier run wrote, completed now.
        "counts": {
            "readInNow": len(report.read_in_now),
            "completedFromEarlierRun": len(report.completed_earlier),
            "refused": len(report.refused),
            "failed": len(report.failed),
            "stillWaiting": report.left,
        },
    }


def dry_run_json(run: DryRun) -> dict[str, Any]:
    """`import --dry-run --json`: what each basis would become, nothing written."""
    return {
        "dryRun": True,
        "imported": [preview_json(p) for p in run.would],
        "refused": [refusal_json(i, r) for i, r in run.refused],
        "failed": [{"tidInvoiceId": i, "error": e} for i, e in run.failed],
        "created": created_json(run.new_records),
    }


def refusal_json(tid_invoice_id: int, refusal: Refusal) -> dict[str, Any]:
    """A refused basis: why (``reason``, ``code``) and what to do about it (``nextStep``)."""
    return {
        "tidInvoiceId": tid_invoice_id,
        "reason": refusal.message(),
        "code": refusal.kind.value,
        "nextStep": refusal.next_step(),
    }


def created_json(records: list[NewRecord]) -> dict[str, list[dict[str, Any]]]:
    return {
        "customers": [
            {"customerNumber": int(r.number), "name": r.name}
            for r in records
            if isinstance(r, NewCustomer)
        ],
        "projects": [
            {
                "code": r.code,
                "title": r.title,
                "customerNumber": int(r.customer_number),
                "resultUnit": r.result_unit,
            }
            for r in records
            if isinstance(r, NewProject)
        ],
        "resultUnits": [
            {"code": r.code, "name": r.name} for r in records if isinstance(r, NewResultUnit)
        ],
    }


def preview_json(preview: BasisPreview) -> dict[str, Any]:
    """One basis of a dry run: what it would become."""
    draft = preview.draft
    assert draft is not None
    return {
        "tidInvoiceId": preview.tid_invoice_id,
        "type": draft.kind.value,
        "number": None,
        "credit": draft.credit,
        "customerNumber": int(draft.customer_number),
        "date": draft.date.isoformat(),
        "net": json_amount(draft.net),
        "vat": json_amount(draft.vat),
        "rounding": json_amount(draft.rounding),
        "total": json_amount(draft.total),
        "rows": len(draft.rows),
    }
