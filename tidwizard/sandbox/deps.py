"""What the route handlers share: the services, the token's company, paging."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar, overload

from fastapi import Query, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from tidwizard.core.wire import Page, WireModel
from tidwizard.sandbox.services import SandboxServices

T = TypeVar("T")
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 25

# Declared for the OpenAPI document; the gateway has already checked the token.
_bearer = HTTPBearer(auto_error=False, description="accessToken from POST /v1/Auth/Token")


def services_of(request: Request) -> SandboxServices:
    services: SandboxServices = request.app.state.sandbox
    return services


def company_id(
    request: Request,
    _: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)] = None,
) -> int:
    """The company of the request's bearer token."""
    value: int = request.state.company_id
    return value


PageNumber = Annotated[int, Query(ge=1, description="page number, from 1")]
PageSize = Annotated[
    int, Query(alias="pageSize", ge=1, le=MAX_PAGE_SIZE, description="items per page, 1..100")
]


@overload
def page_of(items: Sequence[WireModel], page: int, page_size: int) -> dict[str, Any]: ...


@overload
def page_of(
    items: Sequence[T], page: int, page_size: int, to_wire: Callable[[T], Any]
) -> dict[str, Any]: ...


def page_of(
    items: Sequence[Any], page: int, page_size: int, to_wire: Callable[[Any], Any] | None = None
) -> dict[str, Any]:
    """One page of ``items`` as the wire list object: wire models as they are, anything else
    through ``to_wire``."""
    start = (page - 1) * page_size
    chosen = list(items[start : start + page_size])
    listing: Page[Any] = Page(
        page=page,
        page_size=page_size,
        item_count=len(chosen),
        total_item_count=len(items),
        total_pages=math.ceil(len(items) / page_size),
        items=[],
    )
    wire = listing.to_wire()
    wire["items"] = [to_wire(item) if to_wire else item.to_wire() for item in chosen]
    return wire
