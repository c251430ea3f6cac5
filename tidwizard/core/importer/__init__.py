"""The import engine: rules, preview and exactly-once import of Tid invoice bases.

The screen and the command line use :class:`ImportEngine` and listen to its events.

Names are imported from their modules on first use (see ``tidwizard.core.lazy``).
"""

from typing import TYPE_CHECKING

from tidwizard.core.lazy import lazy_exports

if TYPE_CHECKING:
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

_EXPORTS = {
    "BasisFailed": "events",
    "BasisImported": "events",
    "BasisPreview": "preview",
    "BasisRefused": "events",
    "BasisStarted": "events",
    "DocumentDraft": "draft",
    "DocumentKind": "draft",
    "DraftRow": "draft",
    "ImportEngine": "engine",
    "ImportEvent": "events",
    "ImportReport": "events",
    "MissingRecords": "draft",
    "Progress": "events",
    "Refusal": "refusal",
    "RefusalReason": "refusal",
    "consent_needed": "preview",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

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
