"""The company database file: connection settings, schema versions and their migrations.

``PRAGMA user_version`` is the schema version; ``application_id`` marks a file as a tidwizard
company database. Migrations run in order, all pending ones in one transaction, when a file is
opened. Money and quantities are stored as TEXT decimals so nothing ever passes through a float.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from tidwizard.core.admin.errors import NotACompanyDatabase, SchemaTooNew
from tidwizard.core.admin.machine import require_sqlite
from tidwizard.core.admin.trouble import storage_problem

APPLICATION_ID = 0x54494457  # "TIDW"
BUSY_TIMEOUT_MS = 5000

_COMPANY_AND_REGISTERS = (
    """CREATE TABLE company (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        org_number TEXT NOT NULL CHECK (length(org_number) = 11),
        edition TEXT NOT NULL CHECK (edition IN ('500', '1000', '2000', 'fakturering')),
        program_version TEXT NOT NULL
    ) STRICT""",
    """CREATE TABLE customers (
        number INTEGER PRIMARY KEY CHECK (number > 0),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        org_number TEXT,
        email TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        send_to_tid INTEGER NOT NULL DEFAULT 0 CHECK (send_to_tid IN (0, 1))
    ) STRICT""",
    """CREATE TABLE articles (
        number TEXT PRIMARY KEY CHECK (trim(number) <> ''),
        name TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        price TEXT NOT NULL,
        vat_rate TEXT NOT NULL,
        stock TEXT NOT NULL DEFAULT '0',
        reserved TEXT NOT NULL DEFAULT '0',
        stock_item INTEGER NOT NULL DEFAULT 0 CHECK (stock_item IN (0, 1)),
        is_package INTEGER NOT NULL DEFAULT 0 CHECK (is_package IN (0, 1)),
        send_to_tid INTEGER NOT NULL DEFAULT 0 CHECK (send_to_tid IN (0, 1))
    ) STRICT""",
    """CREATE TABLE result_units (
        code TEXT PRIMARY KEY CHECK (trim(code) <> ''),
        name TEXT NOT NULL,
        send_to_tid INTEGER NOT NULL DEFAULT 0 CHECK (send_to_tid IN (0, 1))
    ) STRICT""",
    """CREATE TABLE projects (
        code TEXT PRIMARY KEY CHECK (trim(code) <> ''),
        title TEXT NOT NULL,
        customer_number INTEGER NOT NULL REFERENCES customers (number),
        result_unit TEXT REFERENCES result_units (code),
        end_date TEXT,
        send_to_tid INTEGER NOT NULL DEFAULT 0 CHECK (send_to_tid IN (0, 1))
    ) STRICT""",
)

_DOCUMENTS = (
    # Invoices and orders have separate number series, as in Administration.
    """CREATE TABLE number_series (
        type TEXT PRIMARY KEY CHECK (type IN ('invoice', 'order')),
        next_number INTEGER NOT NULL CHECK (next_number > 0)
    ) STRICT""",
    "INSERT INTO number_series (type, next_number) VALUES ('invoice', 1001), ('order', 5001)",
    """CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        type TEXT NOT NULL CHECK (type IN ('invoice', 'order')),
        number INTEGER NOT NULL CHECK (number > 0),
        tid_invoice_id INTEGER,
        customer_number INTEGER NOT NULL REFERENCES customers (number),
        customer_name TEXT NOT NULL,
        project_code TEXT REFERENCES projects (code),
        result_unit TEXT REFERENCES result_units (code),
        date TEXT NOT NULL,
        your_reference TEXT NOT NULL DEFAULT '',
        our_reference TEXT NOT NULL DEFAULT '',
        is_credit INTEGER NOT NULL DEFAULT 0 CHECK (is_credit IN (0, 1)),
        net TEXT NOT NULL,
        vat TEXT NOT NULL,
        rounding TEXT NOT NULL,
        total TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (type, number)
    ) STRICT""",
    "CREATE INDEX documents_by_basis ON documents (tid_invoice_id)",
    """CREATE TABLE document_rows (
        document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('article', 'text')),
        article_number TEXT REFERENCES articles (number),
        text TEXT NOT NULL DEFAULT '',
        quantity TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT '',
        price TEXT NOT NULL,
        discount TEXT NOT NULL,
        vat_rate TEXT NOT NULL,
        net TEXT NOT NULL,
        vat TEXT NOT NULL,
        PRIMARY KEY (document_id, sort_order),
        CHECK ((kind = 'article') = (article_number IS NOT NULL))
    ) STRICT""",
)

# One row per import of a Tid basis. A normal import is generation 1, so a second, accidental
# import of the same basis breaks UNIQUE (tid_invoice_id, generation). A deliberate re-read is
# generation n + 1, allowed only right after a confirmed generation n (the trigger).
_IMPORT_JOURNAL = (
    """CREATE TABLE import_journal (
        tid_invoice_id INTEGER NOT NULL,
        generation INTEGER NOT NULL CHECK (generation >= 1),
        document_type TEXT NOT NULL,
        document_number INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed')),
        created_at TEXT NOT NULL,
        confirmed_at TEXT,
        PRIMARY KEY (tid_invoice_id, generation),
        UNIQUE (document_type, document_number),
        FOREIGN KEY (document_type, document_number) REFERENCES documents (type, number)
            DEFERRABLE INITIALLY DEFERRED,
        CHECK ((state = 'confirmed') = (confirmed_at IS NOT NULL))
    ) STRICT""",
    "CREATE INDEX import_journal_pending ON import_journal (state) WHERE state = 'pending'",
    """CREATE TRIGGER import_journal_reread_follows_confirmed
    BEFORE INSERT ON import_journal
    WHEN NEW.generation > 1 AND NOT EXISTS (
        SELECT 1 FROM import_journal
        WHERE tid_invoice_id = NEW.tid_invoice_id
          AND generation = NEW.generation - 1 AND state = 'confirmed')
    BEGIN
        SELECT RAISE(ABORT, 'a re-read must follow a confirmed import of the same basis');
    END""",
)

# An entry settled by hand (`tidwizard import --resolve`): Tid showed its basis transferred with
# another number, which is kept here. The entry is confirmed (nothing is left for Tid to be
# told); its document stays, and generation 1 still stops a second import.
_SETTLED_BY_HAND = ("ALTER TABLE import_journal ADD COLUMN settled_as TEXT",)

# The bookkeeping accounts a company has changed from the BAS defaults (`tidwizard company
# accounts`), by role: what `tidwizard company sie` books to. A role not here takes BAS's account.
_BOOKKEEPING_ACCOUNTS = (
    """CREATE TABLE bookkeeping_accounts (
        role TEXT PRIMARY KEY CHECK (trim(role) <> ''),
        account TEXT NOT NULL CHECK (length(account) = 4 AND account GLOB '[1-8][0-9][0-9][0-9]')
    ) STRICT""",
)

# The company file's identity: made once, stored in the file, recorded in its client's pairing, so
# an import can tell the paired file from another one at the same path (a copy keeps it: a
# restored backup is told by its journal, see core/importer/guard.py). ``identity_since`` is when
# the file began importing (its first journal entry, else now): a basis Tid shows transferred
# before then was read in by something else. A company row made later gets both from the trigger.
_COMPANY_IDENTITY = (
    "ALTER TABLE company ADD COLUMN identity TEXT",
    "ALTER TABLE company ADD COLUMN identity_since TEXT",
    """UPDATE company SET identity = lower(hex(randomblob(16))),
        identity_since = coalesce(
            (SELECT min(created_at) FROM import_journal),
            strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'))""",
    """CREATE TRIGGER company_identity_made AFTER INSERT ON company
    WHEN NEW.identity IS NULL
    BEGIN
        UPDATE company SET identity = lower(hex(randomblob(16))),
            identity_since = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
        WHERE id = NEW.id;
    END""",
)

# Where each document series begins, kept apart from its next number: reading a basis in again
# under the number Tid records (reconcile) may take a number above the next one, and a lower
# number the file lacks must still count as this series' own. Before: its lowest document, else
# its next number.
_SERIES_FIRST_NUMBER = (
    "ALTER TABLE number_series ADD COLUMN first_number INTEGER CHECK (first_number > 0)",
    """UPDATE number_series SET first_number = min(next_number, coalesce(
        (SELECT min(number) FROM documents WHERE documents.type = number_series.type),
        next_number))""",
)

# Index i holds the statements that take a file from version i to version i + 1.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    _COMPANY_AND_REGISTERS,
    _DOCUMENTS,
    _IMPORT_JOURNAL,
    _SETTLED_BY_HAND,
    _BOOKKEEPING_ACCOUNTS,
    _COMPANY_IDENTITY,
    _SERIES_FIRST_NUMBER,
)
SCHEMA_VERSION = len(MIGRATIONS)


class CompanyConnection(sqlite3.Connection):
    """A connection that turns a lock, a full disk or a missing permission into the typed
    :class:`~tidwizard.core.admin.errors.StorageError` where the statement fails, so every
    caller (the import's journal writer too) gets a message instead of an ``OperationalError``."""

    company_path: Path

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.OperationalError as error:
            problem = storage_problem(error, self.company_path)
            if problem is None:
                raise
            raise problem from error

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> sqlite3.Cursor:
        try:
            return super().executemany(sql, parameters)
        except sqlite3.OperationalError as error:
            problem = storage_problem(error, self.company_path)
            if problem is None:
                raise
            raise problem from error


def connect(path: Path, *, create: bool = False) -> CompanyConnection:
    """Open the file (creating it only when asked) with the settings every connection needs.

    Autocommit mode: transactions are explicit ``BEGIN IMMEDIATE`` so writers queue up on the
    busy timeout instead of failing half-way. A lock, a full disk or a missing permission is a
    ``StorageError`` (never "not a company database"); a file that is no database is
    :class:`NotACompanyDatabase`.
    """
    require_sqlite()
    mode = "rwc" if create else "rw"
    try:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode={mode}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,  # the store serialises access itself
            factory=CompanyConnection,
        )
    except (sqlite3.Error, OSError) as error:
        raise (storage_problem(error, path) or NotACompanyDatabase(path)) from None
    conn.company_path = path
    conn.row_factory = sqlite3.Row
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        if not create:
            _check_is_company(conn, path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # durable in WAL mode except on power loss
    except sqlite3.DatabaseError:
        conn.close()
        raise NotACompanyDatabase(path) from None
    except BaseException:
        conn.close()
        raise
    return conn


def _check_is_company(conn: sqlite3.Connection, path: Path) -> None:
    application_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if application_id != APPLICATION_ID:
        raise NotACompanyDatabase(path)


def schema_version(conn: sqlite3.Connection) -> int:
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    return version


def migrate(
    conn: sqlite3.Connection,
    path: Path,
    *,
    target: int = SCHEMA_VERSION,
    then: Callable[[sqlite3.Connection, int], None] | None = None,
) -> int:
    """Bring the file to ``target`` in one transaction; refuse a file from a newer tidwizard.

    ``then(conn, found_version)`` runs in the same transaction (creating a company fills in its
    settings there, so a file never exists half made). Returns the version found.

    A file already at ``target`` is only read (no write lock), so a file another program is
    writing to can still be opened and read.
    """
    if then is None:
        conn.execute("BEGIN")
        try:
            found = schema_version(conn)
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        if found > SCHEMA_VERSION:
            raise SchemaTooNew(path, found, SCHEMA_VERSION)
        if found == target:
            return found
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = schema_version(conn)
        if found > SCHEMA_VERSION:
            raise SchemaTooNew(path, found, SCHEMA_VERSION)
        for version in range(found, target):
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
        if found < target:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {target}")
        if then is not None:
            then(conn, found)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return found


def decimal_text(value: Decimal) -> str:
    """How a Decimal is stored: plain notation, never exponent form, never a float."""
    if not value.is_finite():
        raise ValueError(f"cannot store {value}")
    # str() is plain notation for every amount an invoice has and twice as fast as format();
    # an import stores some 70 decimals per basis.
    text = str(value)
    return text if "E" not in text else format(value, "f")


def read_decimal(text: str) -> Decimal:
    return Decimal(text)
