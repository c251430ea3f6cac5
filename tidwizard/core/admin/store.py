"""One Administration company database: open or create it, read registers, write in transactions."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Self

from tidwizard.core.admin import bookkeeping, documents, journal, registers
from tidwizard.core.admin.errors import (
    AdministrationError,
    CompanyExists,
    CompanyNotFound,
    StorageError,
)
from tidwizard.core.admin.machine import warn_if_on_a_share
from tidwizard.core.admin.models import (
    EDITIONS,
    Article,
    CompanyInfo,
    Customer,
    Document,
    DocumentType,
    Edition,
    JournalEntry,
    Project,
    ResultUnit,
    parse_program_version,
)
from tidwizard.core.admin.schema import connect, migrate
from tidwizard.core.admin.trouble import storage_problem
from tidwizard.core.orgnr import parse_orgnr


class AdministrationStore:
    """A company database file. Use as a context manager, or call :meth:`close`.

    Reads run on the one connection; writes go through :meth:`transaction`. A lock serialises
    use from several threads (UI workers), SQLite's busy timeout queues other processes.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path

    @classmethod
    def create(
        cls, path: Path | str, *, name: str, orgnr: str, edition: str, program_version: str
    ) -> AdministrationStore:
        """Create a new company file; refuses an existing file. Raises ``OrgNrError`` for a bad
        organisationsnummer, :class:`AdministrationError` for a bad edition or version."""
        path = Path(path)
        org_number = parse_orgnr(orgnr).formatted
        if edition not in EDITIONS:
            raise AdministrationError("invalid_edition", edition=edition)
        try:
            parse_program_version(program_version)
        except ValueError:
            raise AdministrationError("invalid_version", version=program_version) from None
        if not name.strip():
            raise AdministrationError("empty_name")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Made here, readable only by the user, before SQLite opens it: SQLite gives the
            # -wal and -shm files the permissions of the database file.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except FileExistsError:
            raise CompanyExists(path) from None
        except OSError as error:
            raise (storage_problem(error, path) or error) from None
        warn_if_on_a_share(path)

        def fill_in(conn: sqlite3.Connection, found: int) -> None:
            if found != 0:  # cannot be: the file was made empty above
                raise CompanyExists(path)
            conn.execute(
                "INSERT INTO company (id, name, org_number, edition, program_version)"
                " VALUES (1, ?, ?, ?, ?)",
                (name.strip(), org_number, edition, program_version.strip()),
            )

        try:
            conn = connect(path, create=True)
        except BaseException:
            with suppress(OSError):
                path.unlink()
            raise
        try:
            migrate(conn, path, then=fill_in)
        except BaseException:
            conn.close()
            with suppress(OSError):
                path.unlink()
            raise
        return cls(conn, path)

    @classmethod
    def open(cls, path: Path | str) -> AdministrationStore:
        """Open an existing company file, migrating an older schema.

        Raises :class:`CompanyNotFound` (a ``FileNotFoundError``), ``NotACompanyDatabase``,
        ``SchemaTooNew`` or a ``StorageError`` (locked, read-only, no access, disk full), each
        with a message that says what to do.
        """
        path = Path(path)
        try:
            found = path.is_file()
        except OSError as error:  # a folder on the way this user may not enter
            raise (storage_problem(error, path) or error) from None
        if not found:
            raise CompanyNotFound(path)
        conn = connect(path)
        warn_if_on_a_share(path)
        try:
            migrate(conn, path)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``, or ``ROLLBACK`` when the block raises.

        A lock held longer than the busy timeout, a full disk or a read-only file raises the
        typed ``StorageError`` (also when it surfaces as a later error: SQLite rolls the whole
        transaction back on a full disk, so rolling back to a savepoint then fails); nothing of
        the transaction stays written.
        """
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                # Deferred checks (the journal's document reference) can fail the COMMIT
                # itself, which leaves the transaction open: roll it back then too.
                self._conn.execute("COMMIT")
            except BaseException as error:
                if self._conn.in_transaction:
                    with suppress(sqlite3.Error, StorageError):
                        self._conn.execute("ROLLBACK")
                problem = (
                    storage_problem(error, self.path) if isinstance(error, Exception) else None
                )
                if problem is None or problem is error:
                    raise
                raise problem from error

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            yield self._conn

    def company(self) -> CompanyInfo:
        with self._reading() as conn:
            row = conn.execute("SELECT * FROM company WHERE id = 1").fetchone()
        edition: Edition = row["edition"]
        return CompanyInfo(
            name=row["name"],
            org_number=row["org_number"],
            edition=edition,
            program_version=row["program_version"],
            path=self.path,
        )

    def identity(self) -> str:
        """The file's stable identity (``schema._COMPANY_IDENTITY``); a copy has the same."""
        with self._reading() as conn:
            row = conn.execute("SELECT identity FROM company WHERE id = 1").fetchone()
        return str(row["identity"]) if row is not None and row["identity"] else ""

    def set_org_number(self, orgnr: str) -> None:
        """Correct the organisationsnummer (Arkiv - Inställningar - Företagsinställningar).

        Raises :class:`OrgNrError` for an invalid number and leaves the old one in place.
        """
        formatted = parse_orgnr(orgnr).formatted
        with self.transaction() as conn:
            conn.execute("UPDATE company SET org_number = ? WHERE id = 1", (formatted,))

    # Registers -----------------------------------------------------------------------------
    def customers(self) -> list[Customer]:
        with self._reading() as conn:
            return registers.customers(conn)

    def articles(self) -> list[Article]:
        with self._reading() as conn:
            return registers.articles(conn)

    def projects(self) -> list[Project]:
        with self._reading() as conn:
            return registers.projects(conn)

    def result_units(self) -> list[ResultUnit]:
        with self._reading() as conn:
            return registers.result_units(conn)

    def get_customer(self, number: int) -> Customer | None:
        with self._reading() as conn:
            return registers.get_customer(conn, number)

    def get_article(self, number: str) -> Article | None:
        with self._reading() as conn:
            return registers.get_article(conn, number)

    def get_project(self, code: str) -> Project | None:
        with self._reading() as conn:
            return registers.get_project(conn, code)

    def get_result_unit(self, code: str) -> ResultUnit | None:
        with self._reading() as conn:
            return registers.get_result_unit(conn, code)

    def add_customer(self, customer: Customer) -> Customer:
        with self.transaction() as conn:
            return registers.add_customer(conn, customer)

    def add_article(self, article: Article) -> Article:
        with self.transaction() as conn:
            return registers.add_article(conn, article)

    def add_project(self, project: Project) -> Project:
        with self.transaction() as conn:
            return registers.add_project(conn, project)

    def add_result_unit(self, unit: ResultUnit) -> ResultUnit:
        with self.transaction() as conn:
            return registers.add_result_unit(conn, unit)

    def set_send_to_tid(self, register: str, key: str, flag: bool) -> None:
        """Flag a record for the transfer to Tid; ``register`` is customers, articles,
        projects or result_units, ``key`` the record's number or code."""
        with self.transaction() as conn:
            registers.set_send_to_tid(conn, register, key, flag)

    # Documents and journal -----------------------------------------------------------------
    def invoices(self) -> list[Document]:
        with self._reading() as conn:
            return documents.documents(conn, "invoice")

    def orders(self) -> list[Document]:
        with self._reading() as conn:
            return documents.documents(conn, "order")

    def get_document(self, kind: DocumentType, number: int) -> Document | None:
        with self._reading() as conn:
            return documents.get_document(conn, kind, number)

    def next_number(self, conn: sqlite3.Connection, kind: DocumentType) -> int:
        """The next invoice or order number; ``conn`` is the one from :meth:`transaction`."""
        return documents.next_number(conn, kind)

    def pending_journal_entries(self) -> list[JournalEntry]:
        with self._reading() as conn:
            return journal.pending_entries(conn)

    def journal_entry(self, tid_invoice_id: int) -> JournalEntry | None:
        """The newest import of one Tid basis, or None."""
        with self._reading() as conn:
            return journal.latest_entry(conn, tid_invoice_id)

    def journal_history(self) -> list[JournalEntry]:
        with self._reading() as conn:
            return journal.history(conn)

    # Bookkeeping ---------------------------------------------------------------------------
    def changed_accounts(self) -> dict[str, str]:
        """The bookkeeping accounts changed from BAS, by role (see ``core.sie.accounts``)."""
        with self._reading() as conn:
            return bookkeeping.changed_accounts(conn)

    def change_accounts(self, accounts: Mapping[str, str | None]) -> None:
        """Set roles' accounts (``None``: back to BAS), all in one transaction."""
        with self.transaction() as conn:
            bookkeeping.change_accounts(conn, accounts)
