"""What can go wrong with a company database, each with a catalogue message that says what to do."""

from __future__ import annotations

from pathlib import Path

from tidwizard.core.i18n import t


class AdministrationError(Exception):
    """A problem the user can act on; ``code`` picks the message ``admin.error.<code>``."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(t(f"admin.error.{code}", **params))


class CompanyNotFound(AdministrationError, FileNotFoundError):
    """The company database file does not exist."""

    def __init__(self, path: Path) -> None:
        AdministrationError.__init__(self, "not_found", path=path)
        self.filename = str(path)

    def __str__(self) -> str:  # OSError would print "[Errno None] ..." instead of the message
        return str(self.args[0])


class NotACompanyDatabase(AdministrationError):
    def __init__(self, path: Path) -> None:
        super().__init__("not_a_company", path=path)


class SchemaTooNew(AdministrationError):
    def __init__(self, path: Path, found: int, supported: int) -> None:
        super().__init__("too_new", path=path, found=found, supported=supported)


class CompanyExists(AdministrationError):
    def __init__(self, path: Path) -> None:
        super().__init__("exists", path=path)


class DuplicateRecord(AdministrationError):
    """A customer number, article number, project code or result unit code that is taken."""

    def __init__(self, register: str, key: object) -> None:
        super().__init__(f"duplicate_{register}", key=key)


class UnknownRecord(AdministrationError):
    def __init__(self, register: str, key: object) -> None:
        super().__init__(f"unknown_{register}", key=key)


class AlreadyImported(AdministrationError):
    """The Tid basis already has a document; reading it in again needs the user's confirmation."""

    def __init__(self, tid_invoice_id: int) -> None:
        super().__init__("already_imported", tid_invoice_id=tid_invoice_id)
        self.tid_invoice_id = tid_invoice_id


class ReimportRefused(AdministrationError):
    """A re-read whose premise no longer holds (read in again meanwhile, or unconfirmed)."""

    def __init__(self, code: str, tid_invoice_id: int) -> None:
        super().__init__(code, tid_invoice_id=tid_invoice_id)
        self.tid_invoice_id = tid_invoice_id


class StorageError(AdministrationError):
    """The company file cannot be used right now for a reason outside it: another program
    holds it, the disk is full, or the user may not write or read it. The file itself is not
    damaged (never "not a company database"), and what a transaction wrote is all or nothing.

    ``temporary`` says that trying again later may work by itself (a lock), for exit code 75.
    """

    temporary = False

    def __init__(self, code: str, path: Path, reason: str = "") -> None:
        super().__init__(code, path=path, reason=reason or "-")
        self.path = path


class CompanyLocked(StorageError):
    """Another program (Administration itself, say) holds a lock for longer than SQLite waits."""

    temporary = True

    def __init__(self, path: Path, reason: str = "") -> None:
        super().__init__("locked", path, reason)


class DiskFull(StorageError):
    def __init__(self, path: Path, reason: str = "") -> None:
        super().__init__("disk_full", path, reason)


class CompanyReadOnly(StorageError):
    """The file, or the folder it is in (SQLite writes its -wal and -shm files there), is
    read-only for this user."""

    def __init__(self, path: Path, reason: str = "") -> None:
        super().__init__("read_only", path, reason)


class CompanyNoAccess(StorageError):
    """The file or a folder on its way may not be read or opened by this user."""

    def __init__(self, path: Path, reason: str = "") -> None:
        super().__init__("no_access", path, reason)


class StorageFailed(StorageError):
    """Reading or writing failed below SQLite (an I/O error of the disk)."""

    def __init__(self, path: Path, reason: str = "") -> None:
        super().__init__("io_error", path, reason)
