"""Tid's master-data registers (contacts, articles, projects, cost centres): list, create, update.

A create is safe to repeat because every register has a unique natural key: a second POST with a
taken key gets 409 duplicate_key, and that resolves to the existing record found by the key. So a
create that timed out or lost its connection is sent again, and the caller ends up with exactly one
record either way (see ``retry.py``). A 409 on the first attempt, a record made earlier by someone
else, resolves the same way: ``create_*`` means "make sure it exists and give it to me".
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from tidwizard.core import wire
from tidwizard.core.tid.answers import error_body, parse_answer
from tidwizard.core.tid.errors import TidHttpError
from tidwizard.core.tid.retry import Repeat
from tidwizard.core.tid.session import Auth, TidSession

R = TypeVar("R", bound=wire.WireModel)
Item = TypeVar("Item")  # a page's item type; Any reads the items raw, to check them one by one

MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class Register(Generic[R]):
    path: str
    model: type[R]
    key_field: str  # python name of the natural key
    key_wire: str  # its name on the wire, used in filter.<name>

    @property
    def object_name(self) -> str:
        default = self.model.model_fields["object_name"].default
        return str(default)

    def key_of(self, record: R) -> str:
        return str(getattr(record, self.key_field))


CONTACTS = Register("/v1/Core/Contacts", wire.Contact, "customer_number", "customerNumber")
ARTICLES = Register("/v1/Core/Articles", wire.Article, "article_number", "articleNumber")
PROJECTS = Register("/v1/Core/Projects", wire.Project, "order_number", "orderNumber")
COST_CENTERS = Register("/v1/Core/CostCenters", wire.CostCenter, "code", "code")


async def iter_pages(
    session: TidSession,
    path: str,
    model: type[Item],
    *,
    params: dict[str, Any] | None = None,
    page_size: int = MAX_PAGE_SIZE,
    auth: Auth = "bearer",
) -> AsyncIterator[wire.Page[Item]]:
    """Every page of a list, from page 1 until the last one the server reports."""
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be 1..{MAX_PAGE_SIZE}")
    number = 1
    while True:
        query = {**(params or {}), "page": number, "pageSize": page_size}
        response = await session.send("GET", path, params=query, auth=auth)
        page = parse_answer(wire.Page[model], response, "list")  # type: ignore[valid-type]
        yield page
        if not page.items or number >= page.total_pages:
            return
        number += 1


async def list_all(session: TidSession, register: Register[R]) -> list[R]:
    return [
        item
        async for page in iter_pages(session, register.path, register.model)
        for item in page.items
    ]


async def find_by_key(session: TidSession, register: Register[R], key: str) -> R | None:
    """The record whose natural key is ``key``. Filters by it, and still checks every item, so a
    service that ignores the filter gives the right answer too (only slower)."""
    params = {f"filter.{register.key_wire}": key}
    async for page in iter_pages(session, register.path, register.model, params=params):
        for item in page.items:
            if register.key_of(item) == key:
                return item
    return None


async def create(session: TidSession, register: Register[R], record: R) -> R:
    """POST the record; a taken natural key resolves to the record that holds it."""
    payload = record.to_wire()
    payload.pop("id", None)
    response = await session.send(
        "POST", register.path, json=payload, repeat=Repeat.BY_NATURAL_KEY, accept=frozenset({409})
    )
    if response.status_code != 409:
        return parse_answer(register.model, response, register.object_name)
    code, message = error_body(response)
    if code == "duplicate_key":
        existing = await find_by_key(session, register, register.key_of(record))
        if existing is not None:
            return existing
    raise TidHttpError(409, code, message)


async def update(session: TidSession, register: Register[R], record: R) -> R:
    """PUT the record to its id; the answer is the record as Tid now holds it."""
    record_id = getattr(record, "id", None)
    if record_id is None:
        raise ValueError(f"{register.object_name} {register.key_of(record)} has no Tid id")
    path = f"{register.path}/{record_id}"
    response = await session.send("PUT", path, json=record.to_wire())
    if not response.content:
        return record  # 204: Tid holds exactly what we sent
    return parse_answer(register.model, response, register.object_name)
