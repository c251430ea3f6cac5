"""Comparing a record as Administration has it with the same record in Tid, field by field.

Only the fields the contract carries count. A project is compared through its customer's number,
since Tid refers to the customer by its Tid id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tidwizard.core import wire
from tidwizard.core.export.records import ProjectDraft
from tidwizard.core.i18n import t
from tidwizard.core.orgnr import same_orgnr


@dataclass(frozen=True)
class Difference:
    """One field whose value in Tid is not Administration's. Values are shown as text."""

    field: str
    administration: str
    tid: str

    def label(self, lang: str | None = None) -> str:
        return t(f"export.field.{self.field}", lang)


def differences(
    wanted: object, existing: object, contact_numbers: Mapping[int, str] | None = None
) -> tuple[Difference, ...]:
    """The contract's fields in which ``existing`` (a Tid record) differs from ``wanted``."""
    ours, theirs = _comparable(wanted, {}), _comparable(existing, contact_numbers or {})
    return tuple(
        Difference(name, _shown(value), _shown(theirs.get(name)))
        for name, value in ours.items()
        if not _same(name, value, theirs.get(name))
    )


def _same(name: str, ours: Any, theirs: Any) -> bool:
    if _normal(ours) == _normal(theirs):
        return True
    # One organisationsnummer written two ways (198305122387 and 830512-2387) is no difference.
    if name == "organizational_or_social_security_number" and ours and theirs:
        return same_orgnr(str(ours), str(theirs))
    return False


def _comparable(record: object, contact_numbers: Mapping[int, str]) -> dict[str, Any]:
    """The compared fields of a wanted record or a Tid record, under the same names."""
    if isinstance(record, ProjectDraft):
        return {
            "title": record.title,
            "customer": record.customer_number,
            "cost_center": record.result_unit,
            "end_date": record.end_date,
        }
    if isinstance(record, wire.Project):
        customer = (
            None
            if record.customer is None
            else contact_numbers.get(record.customer.id, f"#{record.customer.id}")
        )
        return {
            "title": record.title,
            "customer": customer,
            "cost_center": None if record.cost_center is None else record.cost_center.code,
            "end_date": record.end_date,
        }
    if isinstance(record, wire.Contact):
        orgnr = record.organizational_or_social_security_number
        return {
            "name": record.name,
            "organizational_or_social_security_number": orgnr,
            "email": record.email,
        }
    if isinstance(record, wire.Article):
        return {
            "name": record.name,
            "unit": record.unit,
            "price": record.price,
            "is_package": record.is_package,
        }
    if isinstance(record, wire.CostCenter):
        return {"name": record.name}
    raise TypeError(f"not a master-data record: {type(record).__name__}")


def _normal(value: Any) -> Any:
    """Tid leaves an empty field out or sends null; both mean the same as an empty text."""
    return "" if value is None else value


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return t("common.yes") if value else t("common.no")
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
