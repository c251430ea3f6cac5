"""Build seeded invoice bases from short row descriptions, with sums exactly as TID-API.md says."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from tidwizard.core.money import row_sum
from tidwizard.core.wire import CostCenterRef, CustomerRef, InvoiceBasis, ProjectRef
from tidwizard.sandbox.state import BasisEntry, CompanyData, RowSpec

ZERO = Decimal(0)
FIRST_ID = 1001
ID_BLOCK = 100_000  # more than MAX_SEED bases: each company's bases have ids of their own


def first_basis_id(company_number: int) -> int:
    """The first basis id of sandbox company ``company_number`` (1001 for the first)."""
    return (company_number - 1) * ID_BLOCK + FIRST_ID


@dataclass(frozen=True, slots=True)
class Work:
    """A row with an article (rate defaults to the article's price)."""

    article_number: str
    value: str
    comment: str
    discount: str = "0"
    rate: str | None = None


@dataclass(frozen=True, slots=True)
class Header:
    text: str


@dataclass(frozen=True, slots=True)
class Subtotal:
    text: str


@dataclass(frozen=True, slots=True)
class Note:
    """A text row: no article, no amount."""

    text: str


RowDescription = Work | Header | Subtotal | Note


def row_specs(company: CompanyData, rows: Sequence[RowDescription]) -> tuple[RowSpec, ...]:
    specs: list[RowSpec] = []
    running = ZERO  # since the last sum row: what a sum row shows
    for row in rows:
        if isinstance(row, Work):
            article = company.articles.by_key(row.article_number)
            if article is None:
                raise ValueError(f"seed uses unknown article {row.article_number}")
            value, discount = Decimal(row.value), Decimal(row.discount)
            rate = Decimal(row.rate) if row.rate is not None else article.price
            amount = row_sum(value, rate, discount)
            running += amount
            specs.append(
                RowSpec(
                    article.article_number,
                    article.name,
                    row.comment,
                    article.unit,
                    value,
                    rate,
                    discount,
                    amount,
                )
            )
        elif isinstance(row, Header):
            specs.append(RowSpec(None, "", row.text, "", ZERO, ZERO, ZERO, ZERO, is_header=True))
        elif isinstance(row, Subtotal):
            specs.append(
                RowSpec(None, "", row.text, "", ZERO, ZERO, ZERO, running, is_sum_row=True)
            )
            running = ZERO
        else:
            specs.append(RowSpec(None, "", row.text, "", ZERO, ZERO, ZERO, ZERO))
    return tuple(specs)


def basis_sum(specs: Sequence[RowSpec]) -> Decimal:
    """The basis sum: every row that is neither a header nor a sum row."""
    return sum((s.sum for s in specs if not s.is_header and not s.is_sum_row), ZERO)


def make_entry(
    company: CompanyData,
    basis_id: int,
    *,
    customer_number: str,
    project: str | None,
    cost_center: str | None,
    invoice_date: dt.date,
    period: tuple[dt.date, dt.date],
    your_reference: str,
    our_reference: str,
    rows: Sequence[RowDescription] = (),
    specs: tuple[RowSpec, ...] | None = None,
    sum_adjustment: Decimal = ZERO,
    transferred: tuple[dt.date, str] | None = None,
) -> BasisEntry:
    """One basis; ``sum_adjustment`` makes the stated sum deliberately disagree with the rows."""
    if specs is None:
        specs = row_specs(company, rows)
    contact = company.contacts.by_key(customer_number)
    if contact is None or contact.id is None:
        raise ValueError(f"seed uses unknown customer {customer_number}")
    project_ref = None
    if project is not None:
        found = company.projects.by_key(project)
        if found is None or found.id is None:
            raise ValueError(f"seed uses unknown project {project}")
        project_ref = ProjectRef(id=found.id, order_number=found.order_number, title=found.title)
    cost_center_ref = None
    if cost_center is not None:
        unit = company.cost_centers.by_key(cost_center)
        if unit is None:
            raise ValueError(f"seed uses unknown result unit {cost_center}")
        cost_center_ref = CostCenterRef(code=unit.code, name=unit.name)
    created = dt.datetime.combine(invoice_date, dt.time(6, 30), tzinfo=dt.UTC)
    basis = InvoiceBasis(
        id=basis_id,
        invoice_date=invoice_date,
        created_date=created,
        from_date=period[0],
        to_date=period[1],
        sum=basis_sum(specs) + sum_adjustment,
        customer=CustomerRef(
            id=contact.id, name=contact.name, customer_number=contact.customer_number
        ),
        project=project_ref,
        cost_center=cost_center_ref,
        your_reference=your_reference,
        our_reference=our_reference,
        sent_to_economy_system=transferred[0] if transferred else None,
        economy_system_invoice_number=transferred[1] if transferred else None,
    )
    return BasisEntry(basis=basis, rows=specs)
