"""The token and the company: who the credentials are, and what Tid tells about the company."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tidwizard.core import wire
from tidwizard.core.doctor.findings import Finding
from tidwizard.core.doctor.probing import ABSENT, ONE_PAGE, answered, error_of, failed, get
from tidwizard.core.tid import paths
from tidwizard.core.tid.answers import parse_answer
from tidwizard.core.tid.client import TidClient
from tidwizard.core.tid.errors import TidError, TidUnreachable

# A token that lives longer than this is as good as static: nothing renews it in a session.
LONG_LIVED = dt.timedelta(days=1)


async def probe_token(tid: TidClient) -> Finding:
    """Fetch a token: the credentials are checked, and its ``expires`` tells its kind."""
    try:
        expires = await tid.check_credentials()
    except TidUnreachable:
        raise
    except TidError as error:
        return failed("token", error, needed=True)
    if expires is None:
        return answered(
            "token",
            "ok",
            "doctor.token.static",
            "doctor.token.static.means",
            needed=True,
            facts={"kind": "static", "expires": None},
        )
    if expires.tzinfo is None:
        expires = expires.replace(tzinfo=dt.UTC)
    left = expires - dt.datetime.now(dt.UTC)
    facts = {"expires": expires.isoformat()}
    if left > LONG_LIVED:
        return answered(
            "token",
            "ok",
            "doctor.token.long",
            "doctor.token.static.means",
            needed=True,
            facts={**facts, "kind": "long"},
            date=expires.date().isoformat(),
        )
    return answered(
        "token",
        "ok",
        "doctor.token.short",
        "doctor.token.short.means",
        needed=True,
        facts={**facts, "kind": "short"},
        minutes=max(0, round(left.total_seconds() / 60)),
    )


async def probe_companies(tid: TidClient) -> Finding:
    """Our extension ``/v1/Auth/Companies``: optional (the credentials' one company is used)."""
    path = paths.COMPANIES
    answer = await get(tid, path, ONE_PAGE, auth="basic")
    if isinstance(answer, TidError):
        return failed("companies", answer, needed=False)
    facts: dict[str, Any] = {"path": path, "httpStatus": answer.status_code}
    if answer.status_code in ABSENT:
        return answered(
            "companies",
            "absent",
            "doctor.companies.absent",
            "doctor.companies.absent.means",
            facts=facts,
            status=answer.status_code,
        )
    if answer.status_code >= 400:
        return failed("companies", error_of(answer, path, "basic"), needed=False, facts=facts)
    try:
        page = parse_answer(wire.Page[wire.Company], answer, "list")
    except TidError as error:
        return failed("companies", error, needed=False, facts=facts)
    facts["count"] = page.total_item_count
    return answered(
        "companies",
        "ok",
        "doctor.companies.ok",
        "doctor.companies.ok.means",
        facts=facts,
        count=page.total_item_count,
    )


async def probe_own_company(tid: TidClient) -> Finding:
    """``/v1/Admin/Company``: optional; without it the organisationsnummer is typed."""
    path = paths.OWN_COMPANY
    answer = await get(tid, path)
    if isinstance(answer, TidError):
        return failed("company", answer, needed=False)
    facts: dict[str, Any] = {"path": path, "httpStatus": answer.status_code}
    if answer.status_code in ABSENT:
        return answered(
            "company",
            "absent",
            "doctor.company.absent",
            "doctor.company.absent.means",
            facts=facts,
            status=answer.status_code,
        )
    if answer.status_code >= 400:
        return failed("company", error_of(answer, path), needed=False, facts=facts)
    try:
        company = parse_answer(wire.Company, answer, "company")
    except TidError as error:
        return failed("company", error, needed=False, facts=facts)
    facts["organizationNumber"] = company.organization_number
    if not company.organization_number:
        return answered(
            "company",
            "absent",
            "doctor.company.no_orgnr",
            "doctor.company.absent.means",
            facts=facts,
            name=company.name,
        )
    return answered(
        "company",
        "ok",
        "doctor.company.ok",
        "doctor.company.ok.means",
        facts=facts,
        name=company.name,
        orgnr=company.organization_number,
    )
