"""Tid's master-data registers (contacts, articles, projects, cost centres): list, get, create,
update.

Each register may live at one of several paths (``paths.py``); the first that answers a list is
remembered per client. A register that answers 404 or 405 on every path is one Tid does not
offer through its API (:class:`RegisterUnavailable`); the caller says so and goes on.

A create is safe to repeat because every register has a unique natural key. Any 4xx on a create
(a taken key, or a create that did land before its answer was lost) is followed by a look-up of
the key: a record found there is the one asked for, so ``create`` means "make sure it exists and
give it to me". Nothing is decided on an error body's code (the real service's are not known).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import httpx

from tidwizard.core import wire
from tidwizard.core.tid import paths
from tidwizard.core.tid.answers import json_of, parse_answer
from tidwizard.core.tid.errors import RegisterUnavailable
from tidwizard.core.tid.retry import Repeat
from tidwizard.core.tid.session import CLIENT_ERRORS, Auth, TidSession, error_for_answer

R = TypeVar("R", bound=wire.WireModel)
Item = TypeVar("Item")  # a page's item type; Any reads the items raw, to check them one by one

MAX_PAGE_SIZE = 100
# No list tidwizard reads has more: a million items at 100 a page.
MAX_PAGES = 10_000
log = logging.getLogger("tidwizard.tid")
# A path that is not there, or does not take this method.
MISSING = frozenset({404, 405})


@dataclass(frozen=True)
class Register(Generic[R]):
    name: str  # contacts, articles, projects, costcenters (catalogue keys tid.register.*)
    alternatives: tuple[str, ...]
    model: type[R]
    key_field: str  # python name of the natural key
    key_wire: str  # its name on the wire, used in filter.<name>

    @property
    def object_name(self) -> str:
        return str(self.model.model_fields["object_name"].default)

    def key_of(self, record: R) -> str:
        return str(getattr(record, self.key_field))


CONTACTS = Register("contacts", paths.CONTACTS, wire.Contact, "customer_number", "customerNumber")
ARTICLES = Register("articles", paths.ARTICLES, wire.Article, "article_number", "articleNumber")
PROJECTS = Register("projects", paths.PROJECTS, wire.Project, "order_number", "orderNumber")
COST_CENTERS = Register("costcenters", paths.COST_CENTERS, wire.CostCenter, "code", "code")
ALL = (CONTACTS, ARTICLES, PROJECTS, COST_CENTERS)


async def iter_pages(
    session: TidSession,
    path: str,
    model: type[Item],
    *,
    params: dict[str, Any] | None = None,
    page_size: int = MAX_PAGE_SIZE,
    auth: Auth = "bearer",
    first: httpx.Response | None = None,
) -> AsyncIterator[wire.Page[Item]]:
    """Every page of a list, from page 1 until the last one the server reports. ``first`` is
    page 1's answer when the caller already has it.

    The server's count is not trusted to end the list: a page that brings no id not seen on
    an earlier page ends it (a list that repeats itself would otherwise be paged for ever), and
    so does :data:`MAX_PAGES`; either is said in the log."""
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be 1..{MAX_PAGE_SIZE}")
    number = 1
    seen: set[object] = set()
    while True:
        if number == 1 and first is not None:
            response = first
        else:
            query = {**(params or {}), "page": number, "pageSize": page_size}
            response = await session.send("GET", path, params=query, auth=auth)
        page = parse_answer(wire.Page[model], response, "list")  # type: ignore[valid-type]
        ids = {_id_of(item) for item in page.items} - {None}
        if number > 1 and ids and ids <= seen:
            log.warning("%s: page %d brings no new item; the list ends there", path, number)
            return
        seen |= ids
        yield page
        if not page.items or number >= page.total_pages:
            return
        if number >= MAX_PAGES:
            log.warning(
                "%s: stopped after %d pages (the list claims %d)", path, number, page.total_pages
            )
            return
        number += 1


def _id_of(item: Any) -> object:
    """A list item's id, raw or read; None when it has none to tell pages apart by."""
    value = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    return value if isinstance(value, int | str) and not isinstance(value, bool) else None


class TidRegisters:
    """The registers of one client, each at the path that answered first."""

    def __init__(self, session: TidSession) -> None:
        self._session = session
        self._found: dict[str, str] = {}
        self._finding: dict[str, asyncio.Task[tuple[str, httpx.Response]]] = {}

    async def pages(
        self, register: Register[R], params: dict[str, Any] | None = None
    ) -> AsyncIterator[wire.Page[R]]:
        """Every page of the register, from the first of its paths that answers."""
        path, first = await self._first_page(register, params)
        async for page in iter_pages(
            self._session, path, register.model, params=params, first=first
        ):
            yield page

    async def _first_page(
        self, register: Register[Any], params: dict[str, Any] | None
    ) -> tuple[str, httpx.Response]:
        query = {"page": 1, "pageSize": MAX_PAGE_SIZE, **(params or {})}
        status = 404
        for path in self._candidates(register):
            first = await self._session.send("GET", path, params=query, accept=MISSING)
            if first.status_code not in MISSING:
                self._found[register.name] = path
                return path, first
            status = first.status_code
        raise RegisterUnavailable(register.name, "GET", status)

    async def list_all(self, register: Register[R]) -> list[R]:
        return [item async for page in self.pages(register) for item in page.items]

    async def key_of_record(self, register: Register[Any], record_id: int) -> str | None:
        """The natural key of one record, read by its Tid id (``GET /{id}``). None when Tid has
        no such record, answers no ``GET /{id}``, or the record has no key. Only the key is
        read: a record is not refused for a field we do not need."""
        base = await self._base(register)
        response = await self._session.send("GET", f"{base}/{record_id}", accept=CLIENT_ERRORS)
        if response.status_code >= 400:
            return None
        return key_in(json_of(response, register.object_name), register)

    async def keys_by_id(self, register: Register[Any]) -> dict[int, str]:
        """Every record's natural key by its Tid id, from the whole list (read item by item)."""
        keys: dict[int, str] = {}
        path, first = await self._first_page(register, None)
        async for page in iter_pages(self._session, path, Any, first=first):
            for item in page.items:
                record_id = item.get("id") if isinstance(item, dict) else None
                key = key_in(item, register)
                if isinstance(record_id, int) and key is not None:
                    keys[record_id] = key
        return keys

    async def find_by_key(self, register: Register[R], key: str) -> R | None:
        """The record whose natural key is ``key``. Filters by it, and still checks every item,
        so a service that ignores the filter gives the right answer too (only slower)."""
        async for page in self.pages(register, {f"filter.{register.key_wire}": key}):
            for item in page.items:
                if register.key_of(item) == key:
                    return item
        return None

    async def create(self, register: Register[R], record: R) -> R:
        """POST the record; any 4xx is followed by a look-up of its natural key."""
        payload = record.to_wire()
        payload.pop("id", None)
        base = await self._base(register)
        response = await self._session.send(
            "POST", base, json=payload, repeat=Repeat.BY_NATURAL_KEY, accept=CLIENT_ERRORS
        )
        status = response.status_code
        if status < 400:
            return parse_answer(register.model, response, register.object_name)
        if status in MISSING:
            raise RegisterUnavailable(register.name, "POST", status)
        existing = await self.find_by_key(register, register.key_of(record))
        if existing is not None:
            return existing
        raise error_for_answer(response, "POST", base, "bearer")

    async def update(self, register: Register[R], record: R) -> R:
        """PUT the record to its id; the answer is the record as Tid now holds it."""
        record_id = getattr(record, "id", None)
        if record_id is None:
            raise ValueError(f"{register.object_name} {register.key_of(record)} has no Tid id")
        path = f"{await self._base(register)}/{record_id}"
        response = await self._session.send("PUT", path, json=record.to_wire(), accept=MISSING)
        if response.status_code == 405:
            raise RegisterUnavailable(register.name, "PUT", 405)
        if response.status_code == 404:
            raise error_for_answer(response, "PUT", path, "bearer")
        if not response.content:
            return record  # 204: Tid holds exactly what we sent
        return parse_answer(register.model, response, register.object_name)

    def _candidates(self, register: Register[Any]) -> tuple[str, ...]:
        found = self._found.get(register.name)
        return (found,) if found is not None else register.alternatives

    async def _base(self, register: Register[Any]) -> str:
        """The register's path; found by listing its first page when none has answered yet.
        Concurrent callers (the fetches of several bases) share that one look."""
        found = self._found.get(register.name)
        if found is not None:
            return found
        task = self._finding.get(register.name)
        if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
            task = asyncio.ensure_future(self._first_page(register, {"pageSize": 1}))
            self._finding[register.name] = task
        path, _ = await asyncio.shield(task)
        return path


def key_in(item: Any, register: Register[Any]) -> str | None:
    """The natural key in a raw record (a number is read as its text), or None."""
    value = item.get(register.key_wire) if isinstance(item, dict) else None
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value).strip()
    return text or None
