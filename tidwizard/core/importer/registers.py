"""The parts of Administration's registers the rules look at: a snapshot, so the rules stay pure."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    number: str
    name: str
    unit: str
    vat_percent: Decimal
    is_package: bool = False


@dataclass(slots=True)
class Registers:
    """Articles by number, and the keys of customers, projects and result units that exist."""

    articles: dict[str, ArticleFacts] = field(default_factory=dict)
    customers: set[str] = field(default_factory=set)
    projects: set[str] = field(default_factory=set)
    result_units: set[str] = field(default_factory=set)

    def add_created(self, customers: set[str], projects: set[str], result_units: set[str]) -> None:
        """Records created during a run exist for the bases after it."""
        self.customers |= customers
        self.projects |= projects
        self.result_units |= result_units
