"""Reading what Administration flags "send to Tid" into the export's drafts."""

from __future__ import annotations

from typing import Protocol

from tidwizard.core.admin.models import Article, Customer, Project, ResultUnit
from tidwizard.core.export.records import (
    AdministrationRecords,
    ArticleDraft,
    CustomerDraft,
    ProjectDraft,
    ResultUnitDraft,
)


class MasterDataSource(Protocol):
    """The part of ``AdministrationStore`` the export reads."""

    def customers(self) -> list[Customer]: ...
    def articles(self) -> list[Article]: ...
    def projects(self) -> list[Project]: ...
    def result_units(self) -> list[ResultUnit]: ...


def read_flagged(store: MasterDataSource) -> AdministrationRecords:
    customers, units = store.customers(), store.result_units()
    return AdministrationRecords(
        customers=tuple(
            CustomerDraft(str(c.number), c.name, c.org_number or None, c.email or None)
            for c in customers
            if c.send_to_tid
        ),
        articles=tuple(
            ArticleDraft(a.number, a.name, a.unit, a.price, a.is_package)
            for a in store.articles()
            if a.send_to_tid
        ),
        result_units=tuple(ResultUnitDraft(u.code, u.name) for u in units if u.send_to_tid),
        projects=tuple(
            ProjectDraft(p.code, p.title, str(p.customer_number), p.result_unit, p.end_date)
            for p in store.projects()
            if p.send_to_tid
        ),
        all_customer_numbers=frozenset(str(c.number) for c in customers),
        all_result_unit_codes=frozenset(u.code for u in units),
    )
