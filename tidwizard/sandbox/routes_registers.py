"""Master data: /v1/Core/{Contacts,Articles,Projects,CostCenters} with GET, POST and PUT."""

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
from tidwizard.sandbox.registers import DuplicateKey
from tidwizard.sandbox.state import CompanyData

router = APIRouter(tags=["master data"])
CompanyId = Annotated[int, Depends(company_id)]


def _check_references(data: CompanyData, item: Any) -> None:
    """A project must point at an existing customer and result unit of the same company."""
    if isinstance(item, Project):
        if item.customer is not None and data.contacts.get(item.customer.id) is None:
            raise ApiError(400, "unknown_reference", f"no contact with id {item.customer.id}")
        if item.cost_center is not None and data.cost_centers.by_key(item.cost_center.code) is None:
            raise ApiError(400, "unknown_reference", f"no cost center {item.cost_center.code!r}")


def _add_register(segment: str, name: str, model: type) -> None:
    path = f"/v1/Core/{segment}"

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
                raise ApiError(404, "not_found", f"no {name} with id {item_id}") from None
            except DuplicateKey as exc:
                raise ApiError(409, "duplicate_key", str(exc)) from None
            services.saved()
        return JSONResponse(stored.to_wire())

    # Distinct function names keep the OpenAPI operation ids readable and unique.
    list_items.__name__ = f"list_{name}"
    create_item.__name__ = f"create_{name}"
    update_item.__name__ = f"update_{name}"


for _segment, _name, _model in (
    ("Contacts", "contacts", Contact),
    ("Articles", "articles", Article),
    ("Projects", "projects", Project),
    ("CostCenters", "cost_centers", CostCenter),
):
    _add_register(_segment, _name, _model)
