"""The two ways of doing one import's HTTP work: tidwizard's engine, and a bare httpx loop.

Both list the pending bases (100 a page), GET each basis with its rows and PATCH each one as
transferred, ``concurrency`` requests at a time. The engine also checks every basis against the
rules and writes it to the Administration company database; the bare loop only decodes JSON.

Both read what the service sends: a listed basis that is already transferred is left out (the
public profile ignores the filter), and where a basis's customer reference has no customer
number (the public profile) the contact is fetched, once per distinct customer, as the engine
does to find the number.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from tidwizard.core import demo_data
from tidwizard.core.admin import create_demo_company
from tidwizard.core.importer import ImportEngine
from tidwizard.core.tid import TidClient

CONCURRENCY = 8
PAGE_SIZE = 100
TRANSFER_DATE = "2026-12-01"


@dataclass(frozen=True)
class ImportTiming:
    bases: int  # bases imported (the engine) or marked (the bare loop)
    seconds: float  # wall clock, first request to last answer
    cpu_seconds: float  # this process's CPU in that time (the sandbox runs in another)
    requests: int  # as the client counted them
    problems: int  # refused or failed bases; a fair run has none

    @property
    def per_second(self) -> float:
        return self.bases / self.seconds if self.seconds > 0 else 0.0


async def engine_import(url: str, *, rate: float = 0.0) -> ImportTiming:
    """Import every pending basis of company 1 into a fresh demo company with ImportEngine."""
    with tempfile.TemporaryDirectory() as folder:
        store = create_demo_company(Path(folder) / "company.sqlite")
        with store:
            async with TidClient(
                url, demo_data.DEMO_CLIENT_ID, demo_data.DEMO_SECRET, company_id=1, rate=rate
            ) as client:
                # As the CLI and the screen build it: with the guard (the file's identity).
                engine = ImportEngine(
                    client,
                    store,
                    import_as="invoice",
                    concurrency=CONCURRENCY,
                    company_identity=store.identity(),
                )
                started, cpu = time.perf_counter(), time.process_time()
                report = await engine.run()
                seconds = time.perf_counter() - started
                return ImportTiming(
                    len(report.imported),
                    seconds,
                    time.process_time() - cpu,
                    client.stats.requests,
                    len(report.refused) + len(report.failed),
                )


async def bare_import(url: str, *, ordered_marks: bool = False) -> ImportTiming:
    """The same HTTP calls as the engine, with a bare ``httpx.AsyncClient`` and no checks.

    By default ``CONCURRENCY`` workers each GET and PATCH bases. ``ordered_marks`` takes the
    engine's shape instead: GETs ``CONCURRENCY`` at a time running ahead, PATCHes one at a time
    in basis order (the engine marks in order, one basis in hand, so a stop is always clean).
    """
    limits = httpx.Limits(max_connections=CONCURRENCY + 2)
    async with httpx.AsyncClient(base_url=url, timeout=30.0, limits=limits) as http:
        started, cpu = time.perf_counter(), time.process_time()
        requests = 0

        async def call(method: str, path: str, **kwargs: Any) -> httpx.Response:
            nonlocal requests
            requests += 1
            answer = await http.request(method, path, **kwargs)
            answer.raise_for_status()
            return answer

        login = (demo_data.DEMO_CLIENT_ID, demo_data.DEMO_SECRET)
        token = await call("POST", "/v1/Auth/Token", params={"companyId": 1}, auth=login)
        headers = {"Authorization": "Bearer " + token.json()["accessToken"]}
        ids: list[int] = []
        page, pages = 1, 1
        while page <= pages:
            params = {"filter.sentToEconomySystem": "false", "page": page, "pageSize": PAGE_SIZE}
            listed = (await call("GET", "/v1/core/invoices", params=params, headers=headers)).json()
            ids += [i["id"] for i in listed["items"] if i.get("sentToEconomySystem") is None]
            page, pages = page + 1, listed["totalPages"]
        contacts: dict[int, asyncio.Task[Any]] = {}

        async def contact(contact_id: int) -> Any:
            path = f"/v1/Core/Contacts/{contact_id}"
            return (await call("GET", path, headers=headers)).json()

        async def fetch(basis_id: int) -> Any:
            basis = (await call("GET", f"/v1/core/invoices/{basis_id}", headers=headers)).json()
            customer = basis["customer"]
            if customer.get("customerNumber") is None:  # one look-up per customer, shared
                if customer["id"] not in contacts:
                    contacts[customer["id"]] = asyncio.ensure_future(contact(customer["id"]))
                customer["customerNumber"] = (await contacts[customer["id"]])["customerNumber"]
            return basis

        async def mark(basis_id: int) -> None:
            path = f"/v1/core/invoices/{basis_id}/setsenttoeconomysystem"
            params = {"date": TRANSFER_DATE, "economySystemInvoiceNumber": str(basis_id)}
            await call("PATCH", path, params=params, headers=headers)

        if ordered_marks:
            await _fetch_ahead_mark_in_order(ids, fetch, mark)
        else:
            queue = iter(ids)

            async def worker() -> None:
                for basis_id in queue:
                    await fetch(basis_id)
                    await mark(basis_id)

            await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        seconds = time.perf_counter() - started
        return ImportTiming(len(ids), seconds, time.process_time() - cpu, requests, 0)


async def _fetch_ahead_mark_in_order(
    ids: list[int],
    fetch: Callable[[int], Awaitable[Any]],
    mark: Callable[[int], Awaitable[None]],
) -> None:
    gate = asyncio.Semaphore(CONCURRENCY)

    async def gated(basis_id: int) -> Any:
        async with gate:
            return await fetch(basis_id)

    ahead: deque[asyncio.Task[Any]] = deque()
    upcoming = iter(ids)
    for basis_id in ids:
        while len(ahead) < 2 * CONCURRENCY and (following := next(upcoming, None)) is not None:
            ahead.append(asyncio.create_task(gated(following)))
        await ahead.popleft()
        await mark(basis_id)
