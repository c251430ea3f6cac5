"""What the export works on: the four registers, and Administration's records for Tid.

The drafts are plain values read from Administration, not yet checked against what Tid accepts;
the planner checks them and turns them into wire models. A project keeps its customer's *number*:
Tid wants the customer's Tid id, which a new customer only gets during the run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from tidwizard.core.i18n import t


class Register(StrEnum):
    """A master-data register, named as ``--only`` names it. Declared in the order of sending:
    projects refer to their customer and result unit, so those go first."""

    COST_CENTERS = "costcenters"
    CUSTOMERS = "customers"
    ARTICLES = "articles"
    PROJECTS = "projects"

    def label(self, lang: str | None = None) -> str:
        return t(f"export.register.{self.value}", lang)

    @property
    def tid_edits_changes(self) -> bool:
        """Changed customers and result units are edited in Tid and not sent again."""
        return self in (Register.CUSTOMERS, Register.COST_CENTERS)


ALL_REGISTERS: tuple[Register, ...] = tuple(Register)


def parse_registers(text: str) -> tuple[Register, ...]:
    """``"customers,projects"`` -> registers in sending order; ValueError names an unknown one."""
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    if not names:
        raise ValueError(text)
    chosen: set[Register] = set()
    for name in names:
        try:
            chosen.add(Register(name))
        except ValueError:
            raise ValueError(name) from None
    return tuple(r for r in ALL_REGISTERS if r in chosen)


@dataclass(frozen=True)
class CustomerDraft:
    number: str
    name: str
    orgnr: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class ArticleDraft:
    number: str
    name: str
    unit: str = ""
    price: Decimal = Decimal(0)
    is_package: bool = False


@dataclass(frozen=True)
class ResultUnitDraft:
    code: str
    name: str


@dataclass(frozen=True)
class ProjectDraft:
    code: str
    title: str
    customer_number: str
    result_unit: str | None = None
    end_date: dt.date | None = None


@dataclass(frozen=True)
class AdministrationRecords:
    """The records flagged "send to Tid", plus the keys of every record of each register.

    ``all_*`` lets a refusal tell "not flagged" apart from "does not exist in Administration".
    """

    customers: tuple[CustomerDraft, ...] = ()
    articles: tuple[ArticleDraft, ...] = ()
    result_units: tuple[ResultUnitDraft, ...] = ()
    projects: tuple[ProjectDraft, ...] = ()
    all_customer_numbers: frozenset[str] = field(default_factory=frozenset)
    all_result_unit_codes: frozenset[str] = field(default_factory=frozenset)
