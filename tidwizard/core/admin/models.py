"""The records of an Administration company, as plain frozen dataclasses.

Money and quantities are exact ``Decimal``; customer and document numbers are ``int`` as in
Administration; article numbers, project codes and result unit codes are text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Literal, get_args

Edition = Literal["500", "1000", "2000", "fakturering"]
EDITIONS: tuple[Edition, ...] = get_args(Edition)
DocumentType = Literal["invoice", "order"]
RowKind = Literal["article", "text"]
JournalState = Literal["pending", "confirmed"]

# The integration with Tid exists from this Administration version on (the seed's step 0).
MIN_PROGRAM_VERSION = "2018.7"
_VERSION = re.compile(r"^\s*(\d{4})\.(\d{1,2})\s*$")


def edition_has_orders(edition: str) -> bool:
    """Only Administration 1000 and 2000 have orders; 500 and Fakturering read bases as invoices."""
    return edition in ("1000", "2000")


def parse_program_version(version: str) -> tuple[int, int]:
    """``"2024.1"`` -> ``(2024, 1)``; ValueError for anything not written ``YYYY.N``."""
    match = _VERSION.match(version)
    if match is None:
        raise ValueError(f"not a program version: {version!r}")
    return int(match.group(1)), int(match.group(2))


def version_supported(version: str) -> bool:
    """Whether this Administration version has the Tid integration (2018.10 > 2018.7)."""
    try:
        return parse_program_version(version) >= parse_program_version(MIN_PROGRAM_VERSION)
    except ValueError:
        return False


@dataclass(frozen=True)
class CompanyInfo:
    """Företagsinställningar: who the company is and which Administration it runs."""

    name: str
    org_number: str  # formatted NNNNNN-NNNN
    edition: Edition
    program_version: str
    path: Path

    @property
    def has_orders(self) -> bool:
        return edition_has_orders(self.edition)


@dataclass(frozen=True)
class Customer:
    number: int
    name: str
    org_number: str | None = None
    email: str = ""
    address: str = ""
    send_to_tid: bool = False


@dataclass(frozen=True)
class Article:
    """An article; stock is counted only for ``stock_item`` articles (lagerförda), not services."""

    number: str
    name: str
    unit: str
    price: Decimal
    vat_rate: Decimal  # percent: 0, 6, 12 or 25
    stock: Decimal = Decimal(0)
    reserved: Decimal = Decimal(0)
    stock_item: bool = False
    is_package: bool = False
    send_to_tid: bool = False

    @property
    def available(self) -> Decimal:
        """Disponibelt antal: in stock minus reserved by open orders."""
        return self.stock - self.reserved


@dataclass(frozen=True)
class ResultUnit:
    code: str
    name: str
    send_to_tid: bool = False


@dataclass(frozen=True)
class Project:
    code: str
    title: str
    customer_number: int
    result_unit: str | None = None
    end_date: dt.date | None = None
    send_to_tid: bool = False


@dataclass(frozen=True)
class DocumentRow:
    """One row of an invoice or order; text rows carry only ``text``."""

    sort_order: int
    kind: RowKind
    text: str
    article_number: str | None = None
    quantity: Decimal = Decimal(0)
    unit: str = ""
    price: Decimal = Decimal(0)
    discount: Decimal = Decimal(0)  # percent
    vat_rate: Decimal = Decimal(0)  # percent
    net: Decimal = Decimal(0)
    vat: Decimal = Decimal(0)


@dataclass(frozen=True)
class Document:
    """An invoice or order with its rows; ``total = net + vat + rounding`` (orders: rounding 0)."""

    type: DocumentType
    number: int
    customer_number: int
    customer_name: str
    date: dt.date
    net: Decimal
    vat: Decimal
    total: Decimal
    rounding: Decimal = Decimal(0)
    tid_invoice_id: int | None = None
    project_code: str | None = None
    result_unit: str | None = None
    your_reference: str = ""
    our_reference: str = ""
    is_credit: bool = False
    rows: tuple[DocumentRow, ...] = ()
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


@dataclass(frozen=True)
class JournalEntry:
    """One import of a Tid basis: ``generation`` 1 is the import, 2, 3... deliberate re-reads."""

    tid_invoice_id: int
    generation: int
    document_type: DocumentType
    document_number: int
    state: JournalState
    created_at: dt.datetime
    confirmed_at: dt.datetime | None = None
    # Settled by hand (`import --resolve`): the number Tid showed for the basis instead of ours.
    settled_as: str | None = None

    @property
    def is_confirmed(self) -> bool:
        return self.state == "confirmed"
