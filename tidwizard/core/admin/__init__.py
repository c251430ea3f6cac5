"""The Administration company database: one SQLite file per company.

``AdministrationStore`` opens or creates a file and reads its registers; the import engine writes
documents, stock changes and journal entries with the functions of ``documents``, ``registers``
and ``journal`` inside ``store.transaction()``.

Names are imported from their modules on first use (see ``tidwizard.core.lazy``).
"""

from typing import TYPE_CHECKING

from tidwizard.core.lazy import lazy_exports

if TYPE_CHECKING:
    from tidwizard.core.admin.companies import (
        CompanyFile,
        company_file_name,
        company_files,
        read_company_file,
        read_last_import,
        resolve_company,
    )
    from tidwizard.core.admin.demo import create_demo_company
    from tidwizard.core.admin.errors import (
        AdministrationError,
        AlreadyImported,
        CompanyExists,
        CompanyLocked,
        CompanyNoAccess,
        CompanyNotFound,
        CompanyReadOnly,
        DiskFull,
        DuplicateRecord,
        NotACompanyDatabase,
        ReimportRefused,
        SchemaTooNew,
        StorageError,
        StorageFailed,
        UnknownRecord,
    )
    from tidwizard.core.admin.models import (
        EDITIONS,
        MIN_PROGRAM_VERSION,
        Article,
        CompanyInfo,
        Customer,
        Document,
        DocumentRow,
        DocumentType,
        Edition,
        JournalEntry,
        Project,
        ResultUnit,
        edition_has_orders,
        parse_program_version,
        version_supported,
    )
    from tidwizard.core.admin.store import AdministrationStore

_EXPORTS = {
    "StorageFailed": "errors",
    "StorageError": "errors",
    "DiskFull": "errors",
    "CompanyReadOnly": "errors",
    "CompanyNoAccess": "errors",
    "CompanyLocked": "errors",
    "EDITIONS": "models",
    "MIN_PROGRAM_VERSION": "models",
    "AdministrationError": "errors",
    "AdministrationStore": "store",
    "AlreadyImported": "errors",
    "Article": "models",
    "CompanyExists": "errors",
    "CompanyFile": "companies",
    "CompanyInfo": "models",
    "CompanyNotFound": "errors",
    "Customer": "models",
    "Document": "models",
    "DocumentRow": "models",
    "DocumentType": "models",
    "DuplicateRecord": "errors",
    "Edition": "models",
    "JournalEntry": "models",
    "NotACompanyDatabase": "errors",
    "Project": "models",
    "ReimportRefused": "errors",
    "ResultUnit": "models",
    "SchemaTooNew": "errors",
    "UnknownRecord": "errors",
    "company_file_name": "companies",
    "company_files": "companies",
    "create_demo_company": "demo",
    "edition_has_orders": "models",
    "parse_program_version": "models",
    "read_company_file": "companies",
    "read_last_import": "companies",
    "resolve_company": "companies",
    "version_supported": "models",
}

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

__all__ = [
    "EDITIONS",
    "MIN_PROGRAM_VERSION",
    "AdministrationError",
    "AdministrationStore",
    "AlreadyImported",
    "Article",
    "CompanyExists",
    "CompanyFile",
    "CompanyInfo",
    "CompanyLocked",
    "CompanyNoAccess",
    "CompanyNotFound",
    "CompanyReadOnly",
    "Customer",
    "DiskFull",
    "Document",
    "DocumentRow",
    "DocumentType",
    "DuplicateRecord",
    "Edition",
    "JournalEntry",
    "NotACompanyDatabase",
    "Project",
    "ReimportRefused",
    "ResultUnit",
    "SchemaTooNew",
    "StorageError",
    "StorageFailed",
    "UnknownRecord",
    "company_file_name",
    "company_files",
    "create_demo_company",
    "edition_has_orders",
    "parse_program_version",
    "read_company_file",
    "read_last_import",
    "resolve_company",
    "version_supported",
]
