"""What a basis becomes: the document draft the rules build, before it is written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from tidwizard.core.i18n import t

ZERO = Decimal(0)


class DocumentKind(StrEnum):
    INVOICE = "invoice"
    ORDER = "order"


class RowKind(StrEnum):
    ARTICLE = "article"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class DraftRow:
    """One row of the document. Text rows carry only ``text``; amounts are zero."""

    kind: RowKind
    text: str
    article_number: str | None = None
    quantity: Decimal = ZERO
    unit: str = ""
    price: Decimal = ZERO
    discount: Decimal = ZERO
    net: Decimal = ZERO
    vat_percent: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class NewCustomer:
    number: str
    name: str

    def describe(self) -> str:
        return t("import.missing.customer", number=self.number, name=self.name)


@dataclass(frozen=True, slots=True)
class NewResultUnit:
    code: str
    name: str

    def describe(self) -> str:
        return t("import.missing.result_unit", code=self.code, name=self.name)


@dataclass(frozen=True, slots=True)
class NewProject:
    code: str
    title: str
    customer_number: str
    result_unit: str | None

    def describe(self) -> str:
        return t("import.missing.project", code=self.code, title=self.title)


NewRecord = NewCustomer | NewProject | NewResultUnit  # a record an import may create


@dataclass(frozen=True, slots=True)
class MissingRecords:
    """Records a basis refers to that Administration lacks: created only with the user's consent."""

    customer: NewCustomer | None = None
    project: NewProject | None = None
    result_unit: NewResultUnit | None = None

    def __bool__(self) -> bool:
        return any((self.customer, self.project, self.result_unit))

    def describe(self) -> list[str]:
        found = (self.customer, self.result_unit, self.project)
        return [record.describe() for record in found if record is not None]


@dataclass(frozen=True, slots=True)
class DocumentDraft:
    """An invoice, credit invoice or order as it will be written, with exact totals."""

    tid_invoice_id: int
    kind: DocumentKind
    credit: bool
    customer_number: str
    customer_name: str
    date: dt.date
    project_code: str | None
    result_unit_code: str | None
    your_reference: str
    our_reference: str
    rows: tuple[DraftRow, ...]
    net: Decimal
    vat: Decimal
    rounding: Decimal
    total: Decimal
    missing: MissingRecords = field(default_factory=MissingRecords)

    def kind_label(self) -> str:
        """'faktura', 'kreditfaktura' or 'order', for messages."""
        if self.credit:
            return t("import.kind.credit")
        return t(f"import.kind.{self.kind.value}")

    def stock_rows(self) -> tuple[DraftRow, ...]:
        return tuple(row for row in self.rows if row.kind is RowKind.ARTICLE)
