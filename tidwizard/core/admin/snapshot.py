"""A company's whole content as JSON-ready data: the shape of ``tidwizard company show --json``.

Keys are camelCase as in the rest of tidwizard's JSON; amounts are strings with two decimals,
quantities and rates exact decimal strings.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from tidwizard.core.admin.models import (
    Article,
    CompanyInfo,
    Customer,
    Document,
    DocumentRow,
    Project,
    ResultUnit,
)
from tidwizard.core.admin.schema import decimal_text
from tidwizard.core.admin.store import AdministrationStore
from tidwizard.core.money import json_amount
from tidwizard.core.sie.accounts import AccountPlan, accounts_json


def _number(value: Decimal) -> str:
    """Quantities and rates: exact, without trailing zeros (``7.5``, ``25``)."""
    return decimal_text(value.normalize()) if value else "0"


def company_json(info: CompanyInfo) -> dict[str, Any]:
    return {
        "name": info.name,
        "organizationNumber": info.org_number,
        "edition": info.edition,
        "programVersion": info.program_version,
        "hasOrders": info.has_orders,
        "path": str(info.path),
    }


def customer_json(c: Customer) -> dict[str, Any]:
    return {
        "customerNumber": c.number,
        "name": c.name,
        "organizationNumber": c.org_number,
        "email": c.email,
        "address": c.address,
        "sendToTid": c.send_to_tid,
    }


def article_json(a: Article) -> dict[str, Any]:
    return {
        "articleNumber": a.number,
        "name": a.name,
        "unit": a.unit,
        "price": json_amount(a.price),
        "vatRate": _number(a.vat_rate),
        "stockItem": a.stock_item,
        "stock": _number(a.stock),
        "reserved": _number(a.reserved),
        "available": _number(a.available),
        "isPackage": a.is_package,
        "sendToTid": a.send_to_tid,
    }


def project_json(p: Project) -> dict[str, Any]:
    return {
        "code": p.code,
        "title": p.title,
        "customerNumber": p.customer_number,
        "resultUnit": p.result_unit,
        "endDate": p.end_date.isoformat() if p.end_date else None,
        "sendToTid": p.send_to_tid,
    }


def result_unit_json(u: ResultUnit) -> dict[str, Any]:
    return {"code": u.code, "name": u.name, "sendToTid": u.send_to_tid}


def row_json(r: DocumentRow) -> dict[str, Any]:
    return {
        "sortOrder": r.sort_order,
        "kind": r.kind,
        "articleNumber": r.article_number,
        "text": r.text,
        "quantity": _number(r.quantity),
        "unit": r.unit,
        "price": json_amount(r.price),
        "discount": _number(r.discount),
        "vatRate": _number(r.vat_rate),
        "net": json_amount(r.net),
        "vat": json_amount(r.vat),
    }


def document_json(d: Document) -> dict[str, Any]:
    return {
        "number": d.number,
        "tidInvoiceId": d.tid_invoice_id,
        "customerNumber": d.customer_number,
        "customerName": d.customer_name,
        "project": d.project_code,
        "resultUnit": d.result_unit,
        "date": d.date.isoformat(),
        "yourReference": d.your_reference,
        "ourReference": d.our_reference,
        "isCredit": d.is_credit,
        "net": json_amount(d.net),
        "vat": json_amount(d.vat),
        "rounding": json_amount(d.rounding),
        "total": json_amount(d.total),
        "createdAt": d.created_at.isoformat(),
        "rows": [row_json(r) for r in d.rows],
    }


def company_snapshot(store: AdministrationStore) -> dict[str, Any]:
    """Everything in the company database, for ``company show --json`` and for tests."""
    return {
        "company": company_json(store.company()),
        "customers": [customer_json(c) for c in store.customers()],
        "articles": [article_json(a) for a in store.articles()],
        "projects": [project_json(p) for p in store.projects()],
        "resultUnits": [result_unit_json(u) for u in store.result_units()],
        "invoices": [document_json(d) for d in store.invoices()],
        "orders": [document_json(d) for d in store.orders()],
        "bookkeepingAccounts": accounts_json(AccountPlan.of(store.changed_accounts())),
    }
