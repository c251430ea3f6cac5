"""Invoice bases (fakturaunderlag): list, one with rows, and marking one as transferred."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse

from tidwizard.core.wire import InvoiceBasis, Page
from tidwizard.sandbox.deps import (
    DEFAULT_PAGE_SIZE,
    PageNumber,
    PageSize,
    company_id,
    page_of,
    services_of,
)
from tidwizard.sandbox.errors import ApiError
from tidwizard.sandbox.state import AlreadyTransferred

router = APIRouter(tags=["invoices"])
Company = Annotated[int, Depends(company_id)]


def _not_found(basis_id: int) -> ApiError:
    return ApiError(404, "not_found", f"no invoice basis {basis_id}")


@router.get("/v1/core/invoices", response_model=Page[InvoiceBasis])
def list_invoice_bases(
    request: Request,
    company: Company,
    page: PageNumber = 1,
    page_size: PageSize = DEFAULT_PAGE_SIZE,
    sent: Annotated[
        bool | None,
        Query(
            alias="filter.sentToEconomySystem",
            description="false: only pending bases; true: only sent",
        ),
    ] = None,
) -> Any:
    services = services_of(request)
    profile = services.profile
    with services.state.lock:
        data = services.state.company(company)
        chosen = [data.bases[key] for key in sorted(data.bases)]
        if sent is not None and profile.filters_by_sent:
            chosen = [e for e in chosen if (e.basis.sent_to_economy_system is not None) == sent]
        return JSONResponse(page_of(chosen, page, page_size, lambda e: profile.listed(e, data)))


@router.get("/v1/core/invoices/{basis_id}", response_model=InvoiceBasis)
def get_invoice_basis(request: Request, company: Company, basis_id: int) -> Any:
    services = services_of(request)
    with services.state.lock:
        data = services.state.company(company)
        entry = data.bases.get(basis_id)
        if entry is None:
            raise _not_found(basis_id)
        return JSONResponse(services.profile.fetched(entry, data))


@router.patch(
    "/v1/core/invoices/{basis_id}/setsenttoeconomysystem", status_code=204, response_class=Response
)
def set_sent_to_economy_system(
    request: Request,
    company: Company,
    basis_id: int,
    date: Annotated[dt.date, Query(description="the day the basis was transferred")],
    number: Annotated[
        str,
        Query(
            alias="economySystemInvoiceNumber",
            min_length=1,
            max_length=40,
            description="the invoice or order number in Administration",
        ),
    ],
) -> Response:
    services = services_of(request)
    profile = services.profile
    with services.state.lock:
        data = services.state.company(company)
        if basis_id not in data.bases:
            raise _not_found(basis_id)
        try:
            changed = services.state.mark_transferred(company, basis_id, date, number)
        except AlreadyTransferred as exc:
            raise ApiError(
                profile.transfer_conflict_status, "already_transferred", str(exc)
            ) from None
        if changed:
            services.saved()
        return profile.marked(data.bases[basis_id], data)
