"""Invoices and orders: number series, writing one document with its rows, reading them back.

Writing is low level on purpose: the import engine builds the :class:`Document` (its rules decide
rows, VAT and rounding) and calls these inside its own transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from tidwizard.core.admin.models import Document, DocumentRow, DocumentType
from tidwizard.core.admin.schema import decimal_text, read_decimal


def next_number(conn: sqlite3.Connection, kind: DocumentType) -> int:
    """Take the next number of the invoice or order series. Call it inside a transaction, so a
    rolled-back import gives its number back."""
    if not conn.in_transaction:
        raise RuntimeError("next_number must run inside a transaction")
    row = conn.execute(
        "UPDATE number_series SET next_number = next_number + 1 WHERE type = ?"
        " RETURNING next_number - 1",
        (kind,),
    ).fetchone()
    if row is None:
        raise ValueError(f"no number series {kind!r}")
    number: int = row[0]
    return number


def series_starts(conn: sqlite3.Connection) -> dict[str, int]:
    """Each series' first number, as the file keeps it (see schema's _SERIES_FIRST_NUMBER)."""
    return dict(conn.execute("SELECT type, first_number FROM number_series"))


def series_of(starts: dict[str, int], number: int) -> str | None:
    """The series whose range holds ``number``: from its first number up to the next series'
    first number (None: below every series)."""
    below = [(start, kind) for kind, start in starts.items() if start <= number]
    return max(below)[1] if below else None


def take_number(conn: sqlite3.Connection, kind: DocumentType, wanted: int) -> int | None:
    """Take ``wanted`` when it belongs to the series and no document has it (a basis read in
    again under the number Tid records); the series then goes on after it. None otherwise."""
    if series_of(series_starts(conn), wanted) != kind:
        return None
    taken = conn.execute(
        "SELECT 1 FROM documents WHERE type = ? AND number = ?", (kind, wanted)
    ).fetchone()
    if taken is not None:
        return None
    conn.execute(
        "UPDATE number_series SET next_number = max(next_number, ?) WHERE type = ?",
        (wanted + 1, kind),
    )
    return wanted


def _check_document(document: Document) -> None:
    """Programming mistakes of the caller, caught before anything is written."""
    if document.total != document.net + document.vat + document.rounding:
        raise ValueError(f"total {document.total} is not net + vat + rounding")
    if document.type == "order" and document.rounding != 0:
        raise ValueError("an order has no öresavrundning")
    orders = [row.sort_order for row in document.rows]
    if len(set(orders)) != len(orders):
        raise ValueError("two rows share a sort order")
    for row in document.rows:
        if (row.kind == "article") != (row.article_number is not None):
            raise ValueError("article rows, and only they, have an article number")


def insert_document(conn: sqlite3.Connection, document: Document) -> int:
    """Write one invoice or order with its rows; returns its row id. Stock is not touched here
    (see ``registers.move_stock``)."""
    _check_document(document)
    cursor = conn.execute(
        """INSERT INTO documents (type, number, tid_invoice_id, customer_number, customer_name,
            project_code, result_unit, date, your_reference, our_reference, is_credit,
            net, vat, rounding, total, created_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            document.type,
            document.number,
            document.tid_invoice_id,
            document.customer_number,
            document.customer_name,
            document.project_code,
            document.result_unit,
            document.date.isoformat(),
            document.your_reference,
            document.our_reference,
            int(document.is_credit),
            decimal_text(document.net),
            decimal_text(document.vat),
            decimal_text(document.rounding),
            decimal_text(document.total),
            document.created_at.isoformat(timespec="seconds"),
        ),
    )
    document_id = cursor.lastrowid
    assert document_id is not None
    conn.executemany(
        """INSERT INTO document_rows (document_id, sort_order, kind, article_number, text,
            quantity, unit, price, discount, vat_rate, net, vat)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            (
                document_id,
                row.sort_order,
                row.kind,
                row.article_number,
                row.text,
                decimal_text(row.quantity),
                row.unit,
                decimal_text(row.price),
                decimal_text(row.discount),
                decimal_text(row.vat_rate),
                decimal_text(row.net),
                decimal_text(row.vat),
            )
            for row in document.rows
        ],
    )
    return document_id


def _row(row: sqlite3.Row) -> DocumentRow:
    return DocumentRow(
        sort_order=row["sort_order"],
        kind=row["kind"],
        text=row["text"],
        article_number=row["article_number"],
        quantity=read_decimal(row["quantity"]),
        unit=row["unit"],
        price=read_decimal(row["price"]),
        discount=read_decimal(row["discount"]),
        vat_rate=read_decimal(row["vat_rate"]),
        net=read_decimal(row["net"]),
        vat=read_decimal(row["vat"]),
    )


def _document(header: sqlite3.Row, rows: tuple[DocumentRow, ...]) -> Document:
    return Document(
        type=header["type"],
        number=header["number"],
        tid_invoice_id=header["tid_invoice_id"],
        customer_number=header["customer_number"],
        customer_name=header["customer_name"],
        project_code=header["project_code"],
        result_unit=header["result_unit"],
        date=dt.date.fromisoformat(header["date"]),
        your_reference=header["your_reference"],
        our_reference=header["our_reference"],
        is_credit=bool(header["is_credit"]),
        net=read_decimal(header["net"]),
        vat=read_decimal(header["vat"]),
        rounding=read_decimal(header["rounding"]),
        total=read_decimal(header["total"]),
        rows=rows,
        created_at=dt.datetime.fromisoformat(header["created_at"]),
    )


def documents(conn: sqlite3.Connection, kind: DocumentType) -> list[Document]:
    """All invoices or all orders, by number, each with its rows in sort order."""
    headers = conn.execute(
        "SELECT * FROM documents WHERE type = ? ORDER BY number", (kind,)
    ).fetchall()
    rows_of: dict[int, list[DocumentRow]] = {header["id"]: [] for header in headers}
    for row in conn.execute(
        "SELECT r.* FROM document_rows r JOIN documents d ON d.id = r.document_id"
        " WHERE d.type = ? ORDER BY r.document_id, r.sort_order",
        (kind,),
    ):
        rows_of[row["document_id"]].append(_row(row))
    return [_document(h, tuple(rows_of[h["id"]])) for h in headers]


def get_document(conn: sqlite3.Connection, kind: DocumentType, number: int) -> Document | None:
    header = conn.execute(
        "SELECT * FROM documents WHERE type = ? AND number = ?", (kind, number)
    ).fetchone()
    if header is None:
        return None
    rows = conn.execute(
        "SELECT * FROM document_rows WHERE document_id = ? ORDER BY sort_order", (header["id"],)
    )
    return _document(header, tuple(_row(r) for r in rows))
