"""Tokens and companies: /v1/Auth/Token; /v1/Auth/Companies [extension] and /v1/Admin/Company in
the contract profile only."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Security
from fastapi.responses import JSONResponse
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from tidwizard.core.wire import AuthToken, Company, Page
from tidwizard.sandbox.auth import InvalidCredentials, PartnerCredentials, companies_for
from tidwizard.sandbox.deps import (
    DEFAULT_PAGE_SIZE,
    PageNumber,
    PageSize,
    company_id,
    page_of,
    services_of,
)
from tidwizard.sandbox.errors import ApiError
from tidwizard.sandbox.profiles import ContractProfile

router = APIRouter(tags=["auth"])
companies_router = APIRouter(tags=["auth"])  # contract profile only
_basic = HTTPBasic(auto_error=False, description="clientId and secret of the Tid integration")
BasicAuth = Annotated[HTTPBasicCredentials | None, Security(_basic)]


def _allowed_companies(request: Request) -> tuple[int, ...]:
    try:
        count = services_of(request).state.company_count
        return companies_for(request.headers.get("authorization"), count)
    except PartnerCredentials:
        raise ApiError(
            403,
            "partner_credentials",
            "these are partner-portal (agency) credentials; use the client company's own Tid login",
        ) from None
    except InvalidCredentials as exc:
        raise ApiError(401, "invalid_credentials", str(exc)) from None


@router.post("/v1/Auth/Token", response_model=AuthToken)
def issue_token(
    request: Request,
    _: BasicAuth = None,
    company: Annotated[int | None, Query(alias="companyId")] = None,
) -> Any:
    allowed = _allowed_companies(request)
    services = services_of(request)
    chosen = services.profile.token_company(allowed, company)
    if chosen not in allowed:
        raise ApiError(
            403, "company_not_allowed", f"these credentials do not reach company {chosen}"
        )
    issued = services.tokens.issue(chosen)
    expires = issued.expires or dt.datetime.now(dt.UTC)
    body = AuthToken(access_token=issued.value, expires=expires).to_wire()
    if issued.expires is None:
        body["expires"] = None  # a static token (--token-ttl 0); the wire model always has a time
    return JSONResponse(body)


def routers_for(profile: ContractProfile) -> list[APIRouter]:
    return [router, companies_router] if profile.lists_companies else [router]


@companies_router.get("/v1/Auth/Companies", response_model=Page[Company])
def list_companies(
    request: Request,
    _: BasicAuth = None,
    page: PageNumber = 1,
    page_size: PageSize = DEFAULT_PAGE_SIZE,
) -> Any:
    allowed = _allowed_companies(request)
    state = services_of(request).state
    with state.lock:
        companies = [state.company(cid).company for cid in allowed]
    return JSONResponse(page_of(companies, page, page_size))


@companies_router.get("/v1/Admin/Company", response_model=Company)
def own_company(request: Request, company: Annotated[int, Depends(company_id)]) -> Any:
    state = services_of(request).state
    with state.lock:
        return JSONResponse(state.company(company).company.to_wire())
