"""The import rules of PRODUCT.md, pure: a basis with its rows + Administration's registers ->
a :class:`DocumentDraft` (perhaps with records that need consent) or a :class:`Refusal`.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from tidwizard.core.importer.draft import (
    ZERO,
    DocumentDraft,
    DocumentKind,
    DraftRow,
    MissingRecords,
    NewCustomer,
    NewProject,
    NewResultUnit,
    RowKind,
)
from tidwizard.core.importer.refusal import Refusal, RefusalReason
from tidwizard.core.importer.registers import Registers
from tidwizard.core.money import round_to_krona, row_sum, vat_per_rate
from tidwizard.core.wire import MAX_MAGNITUDE, InvoiceBasis, InvoiceRow

HUNDRED = Decimal(100)
# The smallest quantity an invoice shows as other than 0,00.
SMALLEST_QUANTITY = Decimal("0.005")


def build_document(
    basis: InvoiceBasis, registers: Registers, import_as: DocumentKind
) -> DocumentDraft | Refusal:
    """Check ``basis`` (fetched with its rows) and build what it becomes in Administration.

    A negative basis becomes a credit invoice even when orders are chosen: an order cannot be
    negative, and returned goods go back into stock through the credit invoice.
    """
    ordered = _ordered_rows(basis)
    refusal = _first_refusal(basis, ordered, registers)
    if refusal is not None:
        return refusal
    credit = basis.sum < ZERO
    kind = DocumentKind.INVOICE if credit else import_as
    rows = tuple(_document_row(row, registers) for row in ordered if not row.is_sum_row)
    net = sum((row.net for row in rows), ZERO)
    vat = _vat(rows)
    rounding, total = ZERO, net + vat
    if kind is DocumentKind.INVOICE:
        total, rounding = round_to_krona(net + vat)
    if max(abs(net), abs(vat), abs(total)) >= MAX_MAGNITUDE:
        # Each amount is within the bounds on the wire; VAT on top may take the total past them.
        return Refusal(
            basis.id, RefusalReason.TOTAL_TOO_LARGE, {"total": total, "limit": MAX_MAGNITUDE}
        )
    return DocumentDraft(
        tid_invoice_id=basis.id,
        kind=kind,
        credit=credit,
        customer_number=_customer_number(basis),
        customer_name=basis.customer.name,
        date=basis.invoice_date,
        project_code=basis.project.order_number if basis.project else None,
        result_unit_code=basis.cost_center.code if basis.cost_center else None,
        your_reference=basis.your_reference,
        our_reference=basis.our_reference,
        rows=rows,
        net=net,
        vat=vat,
        rounding=rounding,
        total=total,
        missing=missing_records(basis, registers),
    )


def missing_records(basis: InvoiceBasis, registers: Registers) -> MissingRecords:
    """The customer, project and result unit the basis names that Administration lacks."""
    customer_number = _customer_number(basis)
    new_customer = None
    if customer_key(customer_number) not in registers.customers:
        new_customer = NewCustomer(customer_number, basis.customer.name)
    unit_code = basis.cost_center.code if basis.cost_center else None
    new_unit = None
    if unit_code is not None and unit_code not in registers.result_units:
        assert basis.cost_center is not None
        new_unit = NewResultUnit(unit_code, basis.cost_center.name or unit_code)
    project = basis.project
    new_project = None
    code = project.order_number if project is not None else None
    if project is not None and code is not None and code not in registers.projects:
        new_project = NewProject(code, project.title or code, customer_number, unit_code)
    return MissingRecords(new_customer, new_project, new_unit)


def _customer_number(basis: InvoiceBasis) -> str:
    """The basis's customer number; the Tid client looks up one the reference lacks, so an
    empty one here is a basis whose customer has no number at all (refused as not numeric)."""
    return basis.customer.customer_number or ""


def customer_key(number: str) -> str:
    """Administration's customer numbers are integers: '0042' and '42' are one customer."""
    return str(int(number)) if number.isascii() and number.isdigit() else number


def _ordered_rows(basis: InvoiceBasis) -> list[InvoiceRow]:
    return sorted(basis.rows or (), key=lambda row: (row.sort_order or 0, row.id or 0))


def _is_amount_row(row: InvoiceRow) -> bool:
    return not row.is_header and not row.is_sum_row


# Administration keeps customer numbers in a signed 64-bit integer.
MAX_CUSTOMER_NUMBER = 2**63 - 1


def _first_refusal(
    basis: InvoiceBasis, rows: list[InvoiceRow], registers: Registers
) -> Refusal | None:
    refusal = _customer_refusal(basis, registers) or _reference_refusal(basis)
    if refusal is not None:
        return refusal
    if not rows and basis.sum == ZERO:
        return Refusal(basis.id, RefusalReason.NO_ROWS)
    for position, row in enumerate(rows, start=1):
        if not _is_amount_row(row):
            continue
        refusal = _row_refusal(basis.id, position, row, registers)
        if refusal is not None:
            return refusal
    rows_total = sum((row.sum for row in rows if _is_amount_row(row)), ZERO)
    if rows_total != basis.sum:
        return Refusal(
            basis.id,
            RefusalReason.SUM_MISMATCH,
            {"rows_total": rows_total, "basis_sum": basis.sum},
        )
    return None


def _customer_refusal(basis: InvoiceBasis, registers: Registers) -> Refusal | None:
    number = _customer_number(basis)
    culprit: dict[str, str | Decimal] = {"customer_number": number}
    if not (number.isascii() and number.isdigit()):
        return Refusal(basis.id, RefusalReason.CUSTOMER_NUMBER, culprit)
    if int(number) > MAX_CUSTOMER_NUMBER:
        return Refusal(basis.id, RefusalReason.CUSTOMER_NUMBER_TOO_LARGE, culprit)
    if int(number) == 0:
        # Administration numbers its customers from 1 (the database's CHECK); consent to create
        # the customer cannot help, so this is refused before consent is asked.
        return Refusal(basis.id, RefusalReason.CUSTOMER_NUMBER_ZERO, culprit)
    is_new = customer_key(number) not in registers.customers
    if is_new and not basis.customer.name.strip():
        # Administration keeps no customer without a name; creating one would fail mid-write.
        return Refusal(basis.id, RefusalReason.CUSTOMER_NAME, culprit)
    return None


def _reference_refusal(basis: InvoiceBasis) -> Refusal | None:
    """A project or result unit whose code is blank: Administration keys them by their code
    (a CHECK refuses a blank one), so the basis cannot point at one, old or new."""
    project, unit = basis.project, basis.cost_center
    code = project.order_number if project is not None else None
    if project is not None and code is not None and not code.strip():
        return Refusal(basis.id, RefusalReason.PROJECT_CODE, {"project": project.title or "-"})
    code = unit.code if unit is not None else None
    if unit is not None and code is not None and not code.strip():
        return Refusal(basis.id, RefusalReason.RESULT_UNIT_CODE, {"result_unit": unit.name or "-"})
    return None


def _row_refusal(
    basis_id: int, position: int, row: InvoiceRow, registers: Registers
) -> Refusal | None:
    if not row.article_number:
        if row.sum != ZERO:
            text = row.article or row.comment or ""
            return Refusal(
                basis_id,
                RefusalReason.AMOUNT_WITHOUT_ARTICLE,
                {"row": str(position), "text": text, "amount": row.sum},
            )
        return None
    article = registers.articles.get(row.article_number)
    culprit: dict[str, str | Decimal] = {
        "article_number": row.article_number,
        "article": row.article or (article.name if article else ""),
    }
    if article is None:
        return Refusal(basis_id, RefusalReason.MISSING_ARTICLE, culprit)
    if article.is_package:
        return Refusal(basis_id, RefusalReason.PACKAGE_ARTICLE, culprit)
    row_number = str(position)
    if not ZERO <= row.discount <= HUNDRED:
        return Refusal(
            basis_id,
            RefusalReason.DISCOUNT,
            {"row": row_number, "discount": _quantity(row.discount)},
        )
    if row.value != ZERO and abs(row.value) < SMALLEST_QUANTITY:
        # It would show as 0,00 beside an amount it does not explain.
        return Refusal(
            basis_id, RefusalReason.QUANTITY, {"row": row_number, "value": _quantity(row.value)}
        )
    expected = row_sum(row.value, row.rate, row.discount)
    if expected != row.sum:
        return Refusal(
            basis_id,
            RefusalReason.ROW_SUM,
            {
                "row": str(position),
                "value": _quantity(row.value),
                "rate": row.rate,
                "discount": _quantity(row.discount),
                "expected": expected,
                "actual": row.sum,
            },
        )
    return None


def _document_row(row: InvoiceRow, registers: Registers) -> DraftRow:
    text = _row_text(row)
    article = registers.articles.get(row.article_number) if row.article_number else None
    if row.is_header or article is None:
        # Header rows and rows without an article carry words only.
        return DraftRow(kind=RowKind.TEXT, text=text)
    return DraftRow(
        kind=RowKind.ARTICLE,
        text=text or article.name,
        article_number=article.number,
        quantity=row.value,
        unit=row.unit or article.unit,
        price=row.rate,
        discount=row.discount,
        net=row.sum,
        vat_percent=article.vat_percent,
    )


def _row_text(row: InvoiceRow) -> str:
    """The article and the comment, each trimmed, joined by ': ' when both say something."""
    article, comment = (row.article or "").strip(), (row.comment or "").strip()
    return f"{article}: {comment}" if article and comment else article or comment


def _vat(rows: tuple[DraftRow, ...]) -> Decimal:
    """VAT per rate on the net of that rate, each rounded to the öre, as an invoice shows it."""
    net_by_rate: dict[Decimal, Decimal] = defaultdict(lambda: ZERO)
    for row in rows:
        if row.kind is RowKind.ARTICLE:
            net_by_rate[row.vat_percent] += row.net
    return sum(vat_per_rate(net_by_rate).values(), ZERO)


def _quantity(value: Decimal) -> str:
    return format(value.normalize(), "f")
