"""The import engine: rules, preview and exactly-once import of Tid invoice bases.

The screen and the command line use :class:`ImportEngine` and listen to its events.
"""

from tidwizard.core.importer.draft import DocumentDraft, DocumentKind, DraftRow, MissingRecords
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.importer.events import (
    BasisFailed,
    BasisImported,
    BasisRefused,
    BasisStarted,
    ImportEvent,
    ImportReport,
    Progress,
)
from tidwizard.core.importer.preview import BasisPreview, consent_needed
from tidwizard.core.importer.refusal import Refusal, RefusalReason

__all__ = [
    "BasisFailed",
    "BasisImported",
    "BasisPreview",
    "BasisRefused",
    "BasisStarted",
    "DocumentDraft",
    "DocumentKind",
    "DraftRow",
    "ImportEngine",
    "ImportEvent",
    "ImportReport",
    "MissingRecords",
    "Progress",
    "Refusal",
    "RefusalReason",
    "consent_needed",
]
