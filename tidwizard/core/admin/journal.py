"""The import journal: which Tid basis became which document, and whether Tid has been told.

Exactly once: the document and its *pending* entry commit in one transaction; after Tid accepts
``setsenttoeconomysystem`` the entry is confirmed. A pending entry found on the next run is
confirmed first. The database itself refuses a second import of a basis (generation 1 is unique);
a deliberate re-read is the next generation after a confirmed one.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from tidwizard.core.admin.errors import AlreadyImported, ReimportRefused
from tidwizard.core.admin.models import DocumentType, JournalEntry


def _now(now: dt.datetime | None) -> str:
    return (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds")


def _entry(row: sqlite3.Row) -> JournalEntry:
    confirmed = row["confirmed_at"]
    return JournalEntry(
        tid_invoice_id=row["tid_invoice_id"],
        generation=row["generation"],
        document_type=row["document_type"],
        document_number=row["document_number"],
        state=row["state"],
        created_at=dt.datetime.fromisoformat(row["created_at"]),
        confirmed_at=dt.datetime.fromisoformat(confirmed) if confirmed else None,
        settled_as=row["settled_as"],
    )


def _insert(
    conn: sqlite3.Connection,
    tid_invoice_id: int,
    generation: int,
    document_type: DocumentType,
    document_number: int,
    now: dt.datetime | None,
) -> JournalEntry:
    created = _now(now)
    conn.execute(
        "INSERT INTO import_journal (tid_invoice_id, generation, document_type, document_number,"
        " state, created_at) VALUES (?, ?, ?, ?, 'pending', ?)",
        (tid_invoice_id, generation, document_type, document_number, created),
    )
    return JournalEntry(
        tid_invoice_id,
        generation,
        document_type,
        document_number,
        "pending",
        dt.datetime.fromisoformat(created),
    )


def record_import(
    conn: sqlite3.Connection,
    tid_invoice_id: int,
    document_type: DocumentType,
    document_number: int,
    *,
    now: dt.datetime | None = None,
) -> JournalEntry:
    """A pending entry for the first import of a basis; :class:`AlreadyImported` if it has one."""
    try:
        return _insert(conn, tid_invoice_id, 1, document_type, document_number, now)
    except sqlite3.IntegrityError:
        if latest_entry(conn, tid_invoice_id) is not None:
            raise AlreadyImported(tid_invoice_id) from None
        raise


def record_reimport(
    conn: sqlite3.Connection,
    tid_invoice_id: int,
    document_type: DocumentType,
    document_number: int,
    *,
    replaces_generation: int,
    now: dt.datetime | None = None,
) -> JournalEntry:
    """A pending entry for reading a basis in again, after the user confirmed it.

    ``replaces_generation`` is the import the user saw when confirming; if another import came
    in between, or that one is still unconfirmed, the re-read is refused.
    """
    latest = latest_entry(conn, tid_invoice_id)
    if latest is None or latest.generation != replaces_generation:
        raise ReimportRefused("reimport_stale", tid_invoice_id)
    if not latest.is_confirmed:
        raise ReimportRefused("reimport_unconfirmed", tid_invoice_id)
    return _insert(
        conn, tid_invoice_id, replaces_generation + 1, document_type, document_number, now
    )


def confirm(
    conn: sqlite3.Connection,
    tid_invoice_id: int,
    generation: int,
    *,
    now: dt.datetime | None = None,
) -> bool:
    """Mark an entry confirmed once Tid knows the document number; False if it already was."""
    changed = conn.execute(
        "UPDATE import_journal SET state = 'confirmed', confirmed_at = ?"
        " WHERE tid_invoice_id = ? AND generation = ? AND state = 'pending'",
        (_now(now), tid_invoice_id, generation),
    ).rowcount
    if changed == 0 and entry(conn, tid_invoice_id, generation) is None:
        raise KeyError(f"no journal entry for basis {tid_invoice_id} generation {generation}")
    return changed == 1


def settle(
    conn: sqlite3.Connection,
    tid_invoice_id: int,
    generation: int,
    tid_number: str,
    *,
    now: dt.datetime | None = None,
) -> bool:
    """Settle a pending entry by hand: Tid shows its basis transferred as ``tid_number``, not
    with our document's number, and the user has checked the document. The entry is confirmed
    (so recovery stops trying to tell Tid) and keeps ``tid_number``; the document stays, and the
    entry still stops a second import of the basis. False if it was no longer pending."""
    changed = conn.execute(
        "UPDATE import_journal SET state = 'confirmed', confirmed_at = ?, settled_as = ?"
        " WHERE tid_invoice_id = ? AND generation = ? AND state = 'pending'",
        (_now(now), tid_number, tid_invoice_id, generation),
    ).rowcount
    return changed == 1


def entry(conn: sqlite3.Connection, tid_invoice_id: int, generation: int) -> JournalEntry | None:
    row = conn.execute(
        "SELECT * FROM import_journal WHERE tid_invoice_id = ? AND generation = ?",
        (tid_invoice_id, generation),
    ).fetchone()
    return _entry(row) if row else None


def latest_entry(conn: sqlite3.Connection, tid_invoice_id: int) -> JournalEntry | None:
    """The newest import of a basis (None if it was never imported)."""
    row = conn.execute(
        "SELECT * FROM import_journal WHERE tid_invoice_id = ? ORDER BY generation DESC LIMIT 1",
        (tid_invoice_id,),
    ).fetchone()
    return _entry(row) if row else None


# Below SQLite's smallest limit on bound parameters (999 before 3.32).
_IDS_PER_QUERY = 500


def journaled(conn: sqlite3.Connection, tid_invoice_ids: Sequence[int]) -> set[int]:
    """Which of these bases have a journal entry (any generation), a few queries for them all."""
    found: set[int] = set()
    for start in range(0, len(tid_invoice_ids), _IDS_PER_QUERY):
        chunk = tuple(tid_invoice_ids[start : start + _IDS_PER_QUERY])
        rows = conn.execute(
            "SELECT DISTINCT tid_invoice_id FROM import_journal"
            f" WHERE tid_invoice_id IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        found.update(row[0] for row in rows)
    return found


def pending_entries(conn: sqlite3.Connection) -> list[JournalEntry]:
    """Documents written whose basis Tid has not yet been told about, oldest first."""
    rows = conn.execute("SELECT * FROM import_journal WHERE state = 'pending' ORDER BY rowid")
    return [_entry(r) for r in rows]


def history(conn: sqlite3.Connection) -> list[JournalEntry]:
    """Every import, newest first (the history screen). Insertion order, not the clock."""
    rows = conn.execute("SELECT * FROM import_journal ORDER BY rowid DESC")
    return [_entry(r) for r in rows]
