"""Master data: contacts, articles, projects and cost centres with GET (list), POST and PUT /{id};
contacts and projects also GET /{id}. Where articles live and whether cost centres can be written
depends on the profile."""

# No `from __future__ import annotations`: FastAPI reads the body model from each factory's closure.

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse

from tidwizard.core.wire import Article, Contact, CostCenter, Page, Project
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
from tidwizard.sandbox.registers import DuplicateKey
from tidwizard.sandbox.state import CompanyData

CompanyId = Annotated[int, Depends(company_id)]


def _check_references(data: CompanyData, item: Any) -> None:
    """A project must point at an existing customer and result unit of the same company."""
    if isinstance(item, Project):
        if item.customer is not None and data.contacts.get(item.customer.id) is None:
            raise ApiError(400, "unknown_reference", f"no contact with id {item.customer.id}")
        if item.cost_center is not None and data.cost_centers.by_key(item.cost_center.code) is None:
            raise ApiError(400, "unknown_reference", f"no cost center {item.cost_center.code!r}")


def _not_found(name: str, item_id: int) -> ApiError:
    return ApiError(404, "not_found", f"no {name} with id {item_id}")


def _add_reading(router: APIRouter, path: str, segment: str, name: str, model: type) -> None:
    @router.get(path, response_model=Page[model], name=f"list_{name}")  # type: ignore[valid-type]
    def list_items(
        request: Request,
        company: CompanyId,
        page: PageNumber = 1,
        page_size: PageSize = DEFAULT_PAGE_SIZE,
    ) -> Any:
        state = services_of(request).state
        with state.lock:
            items = state.company(company).register(segment).items()
        return JSONResponse(page_of(items, page, page_size))

    # Distinct function names keep the OpenAPI operation ids readable and unique.
    list_items.__name__ = f"list_{name}"


def _add_get_one(router: APIRouter, path: str, segment: str, name: str, model: type) -> None:
    one = name.removesuffix("s")  # get_contact, get_project

    @router.get(f"{path}/{{item_id}}", response_model=model, name=f"get_{one}")
    def get_item(request: Request, company: CompanyId, item_id: int) -> Any:
        state = services_of(request).state
        with state.lock:
            stored = state.company(company).register(segment).get(item_id)
        if stored is None:
            raise _not_found(one, item_id)
        return JSONResponse(stored.to_wire())

    get_item.__name__ = f"get_{one}"


def _add_writing(router: APIRouter, path: str, segment: str, name: str, model: type) -> None:
    @router.post(path, status_code=201, response_model=model, name=f"create_{name}")
    def create_item(request: Request, company: CompanyId, item: model) -> Any:  # type: ignore[valid-type]
        services = services_of(request)
        with services.state.lock:
            data = services.state.company(company)
            _check_references(data, item)
            try:
                stored = data.register(segment).add(item)
            except DuplicateKey as exc:
                raise ApiError(409, "duplicate_key", str(exc)) from None
            services.saved()
        return JSONResponse(stored.to_wire(), status_code=201)

    @router.put(f"{path}/{{item_id}}", response_model=model, name=f"update_{name}")
    def update_item(request: Request, company: CompanyId, item_id: int, item: model) -> Any:  # type: ignore[valid-type]
        services = services_of(request)
        with services.state.lock:
            data = services.state.company(company)
            _check_references(data, item)
            try:
                stored = data.register(segment).replace(item_id, item)
            except KeyError:
                raise _not_found(name, item_id) from None
            except DuplicateKey as exc:
                raise ApiError(409, "duplicate_key", str(exc)) from None
            services.saved()
        return JSONResponse(stored.to_wire())

    create_item.__name__ = f"create_{name}"
    update_item.__name__ = f"update_{name}"


def _add_read_only(router: APIRouter, path: str, noun: str) -> None:
    """POST and PUT /{id} answer 405: the register cannot be written through the API."""

    def read_only() -> Any:
        raise ApiError(405, "method_not_allowed", f"{noun} cannot be written", {"Allow": "GET"})

    router.add_api_route(path, read_only, methods=["POST"], include_in_schema=False)
    router.add_api_route(f"{path}/{{item_id}}", read_only, methods=["PUT"], include_in_schema=False)


def router_for(profile: ContractProfile) -> APIRouter:
    router = APIRouter(tags=["master data"])
    for path, segment, name, model, get_one, writable in (
        ("/v1/Core/Contacts", "Contacts", "contacts", Contact, True, True),
        (profile.articles_path, "Articles", "articles", Article, False, True),
        ("/v1/Core/Projects", "Projects", "projects", Project, True, True),
        (
            "/v1/Core/CostCenters",
            "CostCenters",
            "cost_centers",
            CostCenter,
            False,
            profile.cost_centers_writable,
        ),
    ):
        _add_reading(router, path, segment, name, model)
        if get_one:
            _add_get_one(router, path, segment, name, model)
        if writable:
            _add_writing(router, path, segment, name, model)
        else:
            _add_read_only(router, path, name.replace("_", " "))
    return router
