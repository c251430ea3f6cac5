"""`tidwizard import --json`: each imported basis says whether this run wrote it or completed it."""

from __future__ import annotations

from tidwizard.core.importer.draft import DocumentKind
from tidwizard.core.importer.events import BasisImported, ImportReport
from tidwizard.core.importer.summary import report_json


def test_an_import_completed_from_a_previous_run_is_marked_recovered() -> None:
    report = ImportReport()
    report.record(BasisImported(1001, DocumentKind.INVOICE, "7", recovered=True))
    report.record(BasisImported(1002, DocumentKind.ORDER, "8"))
    assert report_json(report)["imported"] == [
        {"tidInvoiceId": 1001, "type": "invoice", "number": 7, "credit": False, "recovered": True},
        {"tidInvoiceId": 1002, "type": "order", "number": 8, "credit": False, "recovered": False},
    ]
