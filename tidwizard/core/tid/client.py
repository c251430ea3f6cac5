"""``TidClient``: the calls tidwizard makes to Tid (TID-API.md), as typed async methods."""

from __future__ import annotations

import datetime as dt
import http.cookiejar
import logging
import os
from collections.abc import AsyncIterator, Callable
from types import TracebackType
from typing import Any

import httpx

from tidwizard.core import wire
from tidwizard.core.tid import registers
from tidwizard.core.tid.answers import error_body, parse_answer, parse_typed_answer
from tidwizard.core.tid.errors import (
    AlreadyTransferred,
    CertificateFileError,
    MalformedAnswer,
    NotFound,
    TidError,
    TidHttpError,
)
from tidwizard.core.tid.network import tid_transport
from tidwizard.core.tid.ratelimit import RateLimiter
from tidwizard.core.tid.registers import iter_pages
from tidwizard.core.tid.session import ClientStats, TidSession
from tidwizard.core.tid.urls import check_service_url

INVOICES = "/v1/core/invoices"
COMPANIES = "/v1/Auth/Companies"
OWN_COMPANY = "/v1/Admin/Company"
CERT_FILE_ENV = "SSL_CERT_FILE"  # the trusted certificates httpx loads instead of certifi's

log = logging.getLogger("tidwizard.tid")

# Told about a list item that does not fit the contract: its id (None when unreadable) and why.
OnMalformed = Callable[[int | None, MalformedAnswer], None]


class NoCookies(http.cookiejar.CookieJar):
    """A cookie jar that keeps nothing, so nothing is sent back (and no answer is searched for
    cookies: a few microseconds per answer, thousands of answers per import)."""

    def extract_cookies(self, response: Any, request: Any) -> None:
        return None

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        return None


class TidClient:
    """One connection to one Tid company. Use as ``async with TidClient(...) as tid:``.

    All calls share one token, one rate limiter and one connection pool, so any number of tasks
    may call concurrently. ``backoff`` and ``backoff_cap`` (seconds) shape the waits between
    retries; tests make them small. TLS certificates are always verified.
    """

    def __init__(
        self,
        base_url: str,
        client_id: str,
        secret: str,
        *,
        company_id: int | None = None,
        rate: float = 4.0,
        timeout: float = 10.0,
        retries: int = 5,
        transport: httpx.AsyncBaseTransport | None = None,
        backoff: float = 0.5,
        backoff_cap: float = 8.0,
    ) -> None:
        self.base_url = check_service_url(base_url)
        self.company_id = company_id
        try:
            self._http = httpx.AsyncClient(
                base_url=self.base_url,
                timeout=httpx.Timeout(timeout),
                transport=transport or tid_transport(self.base_url),
                headers={"Accept": "application/json"},
                follow_redirects=False,  # never carry the credentials to another address
                cookies=NoCookies(),  # token-based: a cookie from a proxy is not ours to keep
            )
        except OSError as exc:  # ssl.SSLError too: httpx loads SSL_CERT_FILE here
            cert_file = os.environ.get(CERT_FILE_ENV)
            if not cert_file:
                raise
            raise CertificateFileError(CERT_FILE_ENV, cert_file, exc.strerror or str(exc)) from exc
        self._session = TidSession(
            self._http,
            self.base_url,
            client_id,
            secret,
            company_id=company_id,
            limiter=RateLimiter(rate),
            retries=retries,
            backoff=backoff,
            backoff_cap=backoff_cap,
        )

    def __repr__(self) -> str:
        return f"TidClient(base_url={self.base_url!r}, company_id={self.company_id!r})"

    @property
    def stats(self) -> ClientStats:
        return self._session.stats

    async def __aenter__(self) -> TidClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # Companies

    async def list_companies(self) -> list[wire.Company]:
        """Every Tid company these credentials may integrate with.

        A service without the companies extension (404) has just the token's own company.
        """
        try:
            return [
                company
                async for page in iter_pages(self._session, COMPANIES, wire.Company, auth="basic")
                for company in page.items
            ]
        except NotFound:
            pass
        return [await self.current_company()]

    async def current_company(self) -> wire.Company:
        response = await self._session.send("GET", OWN_COMPANY)
        return parse_answer(wire.Company, response, "company")

    # Invoice bases

    async def iter_invoice_bases(
        self,
        *,
        pending_only: bool = True,
        page_size: int = 100,
        on_malformed: OnMalformed | None = None,
    ) -> AsyncIterator[wire.InvoiceBasis]:
        """The invoice bases (without rows), page by page; each id at most once.

        Items are read one by one, so one malformed basis does not hide the others: it goes to
        ``on_malformed`` (with its id when that is readable) and the listing goes on. Without
        ``on_malformed`` it raises. A page whose envelope is malformed always raises.

        Marking bases as transferred while iterating pending ones shifts later pages (a marked
        basis leaves the list), so a caller that marks as it goes should list them all first.
        """
        params = {"filter.sentToEconomySystem": "false"} if pending_only else None
        seen: set[int] = set()
        pages = iter_pages(self._session, INVOICES, Any, params=params, page_size=page_size)
        async for page in pages:
            for item in page.items:
                try:
                    basis = wire.parse(wire.InvoiceBasis, item)
                except wire.MalformedAnswer as exc:
                    error = MalformedAnswer.wrap(exc)
                    if on_malformed is None:
                        raise error from None
                    item_id = _item_id(item)
                    if item_id is None:
                        # Never the item itself in the log: it may hold customer data.
                        log.warning("skipped a listed invoice basis without a usable id")
                    elif item_id in seen:
                        continue
                    else:
                        seen.add(item_id)
                    on_malformed(item_id, error)
                    continue
                if basis.id not in seen:
                    seen.add(basis.id)
                    yield basis

    async def count_pending_bases(self) -> int:
        """How many bases wait, in one request (the list's totalItemCount)."""
        params = {"filter.sentToEconomySystem": "false", "page": 1, "pageSize": 1}
        response = await self._session.send("GET", INVOICES, params=params)
        # Only the envelope counts: a malformed item must not hide how many wait.
        page = parse_answer(wire.Page[Any], response, "list")
        return page.total_item_count

    async def get_invoice_basis(self, basis_id: int) -> wire.InvoiceBasis:
        """One basis with its rows."""
        response = await self._session.send("GET", f"{INVOICES}/{basis_id}")
        basis = parse_typed_answer(wire.InvoiceBasis, response, f"invoice {basis_id}")
        if basis.rows is None:
            raise MalformedAnswer(f"invoice {basis_id}", "rows", "is missing")
        if basis.id != basis_id:
            raise MalformedAnswer(f"invoice {basis_id}", "id", f"is {basis.id}, not {basis_id}")
        return basis

    async def set_sent_to_economy_system(self, basis_id: int, date: dt.date, number: str) -> None:
        """Mark a basis as transferred with the document's number. Repeating it with the same
        number is harmless; another number for a transferred basis raises AlreadyTransferred."""
        params = {"date": date.isoformat(), "economySystemInvoiceNumber": number}
        path = f"{INVOICES}/{basis_id}/setsenttoeconomysystem"
        response = await self._session.send("PATCH", path, params=params, accept=frozenset({409}))
        if response.status_code != 409:
            return
        code, message = error_body(response)
        if code != "already_transferred":
            raise TidHttpError(409, code, message)
        raise AlreadyTransferred(basis_id, number, await self._transferred_number(basis_id))

    async def _transferred_number(self, basis_id: int) -> str | None:
        """The number a basis was transferred with, or None when Tid will not say."""
        try:
            return (await self.get_invoice_basis(basis_id)).economy_system_invoice_number
        except TidError:
            return None

    # Master data registers

    async def list_contacts(self) -> list[wire.Contact]:
        return await registers.list_all(self._session, registers.CONTACTS)

    async def list_articles(self) -> list[wire.Article]:
        return await registers.list_all(self._session, registers.ARTICLES)

    async def list_projects(self) -> list[wire.Project]:
        return await registers.list_all(self._session, registers.PROJECTS)

    async def list_cost_centers(self) -> list[wire.CostCenter]:
        return await registers.list_all(self._session, registers.COST_CENTERS)

    async def create_contact(self, contact: wire.Contact) -> wire.Contact:
        return await registers.create(self._session, registers.CONTACTS, contact)

    async def create_article(self, article: wire.Article) -> wire.Article:
        return await registers.create(self._session, registers.ARTICLES, article)

    async def create_project(self, project: wire.Project) -> wire.Project:
        return await registers.create(self._session, registers.PROJECTS, project)

    async def create_cost_center(self, cost_center: wire.CostCenter) -> wire.CostCenter:
        return await registers.create(self._session, registers.COST_CENTERS, cost_center)

    async def update_contact(self, contact: wire.Contact) -> wire.Contact:
        return await registers.update(self._session, registers.CONTACTS, contact)

    async def update_article(self, article: wire.Article) -> wire.Article:
        return await registers.update(self._session, registers.ARTICLES, article)

    async def update_project(self, project: wire.Project) -> wire.Project:
        return await registers.update(self._session, registers.PROJECTS, project)

    async def update_cost_center(self, cost_center: wire.CostCenter) -> wire.CostCenter:
        return await registers.update(self._session, registers.COST_CENTERS, cost_center)


def _item_id(item: Any) -> int | None:
    """The id of a list item that failed validation, when it is a plain positive integer."""
    value = item.get("id") if isinstance(item, dict) else None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return None
