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

from tidwizard.core import malformed, wire, wire_parsing
from tidwizard.core.tid import paths, registers
from tidwizard.core.tid.answers import parse_answer, parse_typed_answer
from tidwizard.core.tid.errors import (
    AccessRefused,
    AlreadyTransferred,
    CertificateFileError,
    MalformedAnswer,
    NotFound,
    TidError,
    TidHttpError,
)
from tidwizard.core.tid.network import CONNECT_TIMEOUT, tid_transport
from tidwizard.core.tid.ratelimit import RateLimiter
from tidwizard.core.tid.references import ReferenceKeys
from tidwizard.core.tid.registers import TidRegisters, iter_pages
from tidwizard.core.tid.session import (
    CLIENT_ERRORS,
    DEADLINE_PER_TIMEOUT,
    MAX_ANSWER,
    Auth,
    ClientStats,
    TidSession,
    error_for_answer,
)
from tidwizard.core.tid.urls import check_service_url

CERT_FILE_ENV = "SSL_CERT_FILE"  # the trusted certificates httpx loads instead of certifi's
PENDING_FILTER = {"filter.sentToEconomySystem": "false"}
# What an optional endpoint may answer when the service does not have it (or not for us).
ABSENT = frozenset({403, 404, 405})


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
    retries; tests make them small. ``timeout`` bounds each read, ``connect_timeout`` the
    opening of a connection (shorter: an address that does not answer is told soon),
    ``deadline`` a whole request with its answer (default: three reads' worth), ``max_answer``
    its size. TLS certificates are always verified.
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
        connect_timeout: float = CONNECT_TIMEOUT,
        retries: int = 5,
        transport: httpx.AsyncBaseTransport | None = None,
        backoff: float = 0.5,
        backoff_cap: float = 8.0,
        deadline: float | None = None,
        max_answer: int = MAX_ANSWER,
    ) -> None:
        self.base_url = check_service_url(base_url)
        self.company_id = company_id
        # Plain http is only ever to loopback (check_service_url): straight there, never through
        # a proxy from the environment, which would see the credentials in clear text.
        direct = self.base_url.startswith("http://")
        try:
            self._http = httpx.AsyncClient(
                base_url=self.base_url,
                timeout=httpx.Timeout(timeout, connect=min(timeout, connect_timeout)),
                transport=transport or tid_transport(self.base_url, direct=direct),
                trust_env=not direct,
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
            deadline=deadline if deadline is not None else DEADLINE_PER_TIMEOUT * timeout,
            max_answer=max_answer,
        )
        self._registers = TidRegisters(self._session)
        self._references = ReferenceKeys(self._registers)

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

    # Credentials and companies

    async def check_credentials(self) -> dt.datetime | None:
        """Fetch a token (the credentials are checked); when it expires, None for a static one.

        Raises InvalidCredentials (401), AccessRefused (403: IP allow-list, partner login)..."""
        await self._session.token()
        return self._session.token_expires

    async def list_companies(self) -> list[wire.Company] | None:
        """Every Tid company these credentials may integrate with, when the service lists them
        (our extension); None when it does not (404, 405, or 403 for the list alone)."""
        try:
            return [
                company
                async for page in iter_pages(
                    self._session, paths.COMPANIES, wire.Company, auth="basic"
                )
                for company in page.items
            ]
        except (NotFound, AccessRefused):
            return None
        except TidHttpError as error:
            if error.status == 405:
                return None
            raise

    async def own_company(self) -> wire.Company | None:
        """The token's company with its organisationsnummer, when the service has a company
        endpoint; None when it answers 403, 404 or 405 (no public source shows one)."""
        response = await self._session.send("GET", paths.OWN_COMPANY, accept=ABSENT)
        if response.status_code in ABSENT:
            return None
        return parse_answer(wire.Company, response, "company")

    async def answer_to(
        self, path: str, params: dict[str, Any] | None = None, *, auth: Auth = "bearer"
    ) -> httpx.Response:
        """A GET's answer whatever its error status (a 4xx is returned, not raised), for probes
        such as ``tidwizard doctor``. Read-only; retries, renewal and the rate limit as usual."""
        return await self._session.send("GET", path, params=params, auth=auth, accept=CLIENT_ERRORS)

    @property
    def token_expires(self) -> dt.datetime | None:
        """When the current token expires; None for a static token (or before the first)."""
        return self._session.token_expires

    # Invoice bases

    async def iter_invoice_bases(
        self,
        *,
        pending_only: bool = True,
        page_size: int = 100,
        on_malformed: OnMalformed | None = None,
        on_transferred: Callable[[wire.InvoiceBasis], None] | None = None,
    ) -> AsyncIterator[wire.InvoiceBasis]:
        """The invoice bases (without rows), page by page; each id at most once.

        ``pending_only`` sends the filter, but each basis's own ``sentToEconomySystem`` decides:
        a service may ignore the filter, and a transferred basis is then left out here.
        ``on_transferred`` (with ``pending_only``) lists without the filter, in the same pages,
        and hands each transferred basis to it: the import's guard sees them without a second
        listing.

        Items are read one by one, so one malformed basis does not hide the others: it goes to
        ``on_malformed`` (with its id when that is readable) and the listing goes on. Without
        ``on_malformed`` it raises. A page whose envelope is malformed always raises.

        Marking bases as transferred while iterating pending ones shifts later pages (a marked
        basis leaves the list), so a caller that marks as it goes should list them all first.
        """
        params = PENDING_FILTER if pending_only and on_transferred is None else None
        seen: set[int] = set()
        pages = iter_pages(self._session, paths.INVOICES, Any, params=params, page_size=page_size)
        async for page in pages:
            for item in page.items:
                try:
                    basis = wire_parsing.parse(wire.InvoiceBasis, item)
                except malformed.MalformedAnswer as exc:
                    error = MalformedAnswer.wrap(exc)
                    if on_malformed is None:
                        raise error from None
                    item_id = _item_id(item)
                    if pending_only and _transferred_item(item):
                        continue
                    if item_id is None:
                        # Never the item itself in the log: it may hold customer data.
                        log.warning("skipped a listed invoice basis without a usable id")
                    elif item_id in seen:
                        continue
                    else:
                        seen.add(item_id)
                    on_malformed(item_id, error)
                    continue
                if pending_only and basis.transferred:
                    if on_transferred is not None and basis.id not in seen:
                        seen.add(basis.id)
                        on_transferred(basis)
                    continue
                if basis.id not in seen:
                    seen.add(basis.id)
                    yield basis

    async def count_pending_bases(self) -> int:
        """How many bases wait: every listed item whose own ``sentToEconomySystem`` is empty.

        The filter is sent, so where Tid honours it this is one request per 100 waiting bases;
        the list's totalItemCount is not trusted, since a service may ignore the filter. An
        item that cannot be read still counts when it is not marked as transferred: a
        malformed item must not hide how many wait."""
        count = 0
        seen: set[int] = set()
        async for page in iter_pages(self._session, paths.INVOICES, Any, params=PENDING_FILTER):
            for item in page.items:
                item_id = _item_id(item)
                if item_id is not None and item_id in seen:
                    continue
                if item_id is not None:
                    seen.add(item_id)
                if not _transferred_item(item):
                    count += 1
        return count

    async def get_invoice_basis(self, basis_id: int) -> wire.InvoiceBasis:
        """One basis with its rows, its references' keys looked up where Tid left them out."""
        basis = await self._read_basis(basis_id)
        return await self._references.complete(basis)

    async def _read_basis(self, basis_id: int) -> wire.InvoiceBasis:
        response = await self._session.send("GET", paths.invoice(basis_id))
        basis = parse_typed_answer(wire.InvoiceBasis, response, f"invoice {basis_id}")
        if basis.rows is None:
            raise MalformedAnswer(f"invoice {basis_id}", "rows", "is missing")
        if basis.id != basis_id:
            raise MalformedAnswer(f"invoice {basis_id}", "id", f"is {basis.id}, not {basis_id}")
        return basis

    async def set_sent_to_economy_system(self, basis_id: int, date: dt.date, number: str) -> None:
        """Mark a basis as transferred with the document's number.

        Any 2xx is done (204, or 200 with a body). Any other 4xx is followed by reading the
        basis back: our number there means done (a repeat, or a mark that landed before its
        answer was lost); another number raises AlreadyTransferred; else the PATCH's own error
        (with Tid's message) is raised. Never decided on an error code."""
        params = {"date": date.isoformat(), "economySystemInvoiceNumber": number}
        path = paths.mark_invoice(basis_id)
        response = await self._session.send("PATCH", path, params=params, accept=CLIENT_ERRORS)
        if response.status_code < 400:
            return
        try:
            basis = await self._read_basis(basis_id)
        except TidError:
            basis = None
        if basis is not None:
            theirs = basis.economy_system_invoice_number
            if theirs == number:
                log.info("basis %d: the mark read back shows our number %s", basis_id, number)
                return
            if theirs or basis.transferred:
                raise AlreadyTransferred(basis_id, number, theirs or None)
        raise error_for_answer(response, "PATCH", path, "bearer")

    # Master data registers

    @property
    def registers(self) -> TidRegisters:
        return self._registers

    async def list_contacts(self) -> list[wire.Contact]:
        return await self._registers.list_all(registers.CONTACTS)

    async def list_articles(self) -> list[wire.Article]:
        return await self._registers.list_all(registers.ARTICLES)

    async def list_projects(self) -> list[wire.Project]:
        return await self._registers.list_all(registers.PROJECTS)

    async def list_cost_centers(self) -> list[wire.CostCenter]:
        return await self._registers.list_all(registers.COST_CENTERS)

    async def create_contact(self, contact: wire.Contact) -> wire.Contact:
        return await self._registers.create(registers.CONTACTS, contact)

    async def create_article(self, article: wire.Article) -> wire.Article:
        return await self._registers.create(registers.ARTICLES, article)

    async def create_project(self, project: wire.Project) -> wire.Project:
        return await self._registers.create(registers.PROJECTS, project)

    async def create_cost_center(self, cost_center: wire.CostCenter) -> wire.CostCenter:
        return await self._registers.create(registers.COST_CENTERS, cost_center)

    async def update_article(self, article: wire.Article) -> wire.Article:
        return await self._registers.update(registers.ARTICLES, article)

    async def update_project(self, project: wire.Project) -> wire.Project:
        return await self._registers.update(registers.PROJECTS, project)


def _item_id(item: Any) -> int | None:
    """The id of a list item that failed validation, when it is a plain positive integer."""
    value = item.get("id") if isinstance(item, dict) else None
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return None


def _transferred_item(item: Any) -> bool:
    """A raw list item that says it was transferred (any non-empty ``sentToEconomySystem``)."""
    return isinstance(item, dict) and item.get("sentToEconomySystem") not in (None, "")
