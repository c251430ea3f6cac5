"""The sandbox's in-memory data: per Tid company its invoice bases and master-data registers.

uvicorn serves the app on its own thread while tests read the state from theirs, so every access
goes through ``SandboxState.lock``.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from tidwizard.core.wire import (
    Article,
    Company,
    Contact,
    CostCenter,
    InvoiceBasis,
    InvoiceRow,
    Project,
)
from tidwizard.sandbox.registers import Register


@dataclass(frozen=True, slots=True)
class RowSpec:
    """One invoice row without its ids: cheap to hold by the ten thousand (the N seed)."""

    article_number: str | None
    article: str
    comment: str
    unit: str
    value: Decimal
    rate: Decimal
    discount: Decimal
    sum: Decimal
    is_header: bool = False
    is_sum_row: bool = False


@dataclass
class BasisEntry:
    """A basis as listed (``rows`` None) plus its rows, turned into wire rows only when fetched."""

    basis: InvoiceBasis
    rows: tuple[RowSpec, ...]

    def with_rows(self) -> InvoiceBasis:
        base_id = self.basis.id * 100  # row ids unique within the company (at most 99 rows)
        rows = [
            InvoiceRow(
                id=base_id + number,
                article_number=spec.article_number,
                article=spec.article,
                comment=spec.comment,
                unit=spec.unit,
                value=spec.value,
                rate=spec.rate,
                discount=spec.discount,
                sum=spec.sum,
                sort_order=number,
                is_header=spec.is_header,
                is_sum_row=spec.is_sum_row,
            )
            for number, spec in enumerate(self.rows, start=1)
        ]
        return self.basis.model_copy(update={"rows": rows})


@dataclass
class CompanyData:
    company: Company
    bases: dict[int, BasisEntry] = field(default_factory=dict)
    contacts: Register[Contact] = field(default_factory=lambda: Register("customer_number"))
    articles: Register[Article] = field(default_factory=lambda: Register("article_number"))
    projects: Register[Project] = field(default_factory=lambda: Register("order_number"))
    cost_centers: Register[CostCenter] = field(default_factory=lambda: Register("code"))

    def register(self, name: str) -> Register[Any]:
        """The register behind a path segment: contacts, articles, projects or costcenters."""
        registers: dict[str, Register[Any]] = {
            "contacts": self.contacts,
            "articles": self.articles,
            "projects": self.projects,
            "costcenters": self.cost_centers,
        }
        return registers[name.lower()]


class AlreadyTransferred(Exception):
    """The basis was marked with another Administration number already."""


class SandboxState:
    """All companies' data; replace it wholesale with :meth:`load`, read it under :attr:`lock`."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.seed: str | int = "demo"
        self.company_count: int | None = None  # SandboxConfig.companies
        self.companies: dict[int, CompanyData] = {}

    def load(
        self,
        seed: str | int,
        companies: dict[int, CompanyData],
        company_count: int | None = None,
    ) -> None:
        with self.lock:
            self.seed = seed
            self.company_count = company_count
            self.companies = companies

    def company(self, company_id: int) -> CompanyData:
        return self.companies[company_id]

    # Reading helpers for tests and stats: copies, taken under the lock.

    def bases(self, company_id: int, *, with_rows: bool = False) -> list[InvoiceBasis]:
        with self.lock:
            entries = [
                self.companies[company_id].bases[key]
                for key in sorted(self.companies[company_id].bases)
            ]
            return [entry.with_rows() if with_rows else entry.basis for entry in entries]

    def basis(self, company_id: int, basis_id: int) -> InvoiceBasis:
        with self.lock:
            return self.companies[company_id].bases[basis_id].with_rows()

    def mark_transferred(self, company_id: int, basis_id: int, date: dt.date, number: str) -> bool:
        """Record the transfer; False when it was already recorded with the same number."""
        with self.lock:
            entry = self.companies[company_id].bases[basis_id]
            current = entry.basis.economy_system_invoice_number
            if entry.basis.sent_to_economy_system is not None:
                if current == number:
                    return False
                raise AlreadyTransferred(f"basis {basis_id} was transferred as {current!r}")
            entry.basis = entry.basis.model_copy(
                update={"sent_to_economy_system": date, "economy_system_invoice_number": number}
            )
            return True
