"""Odd answers from Tid, one at a time, through httpx.MockTransport."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import json
from typing import Any

import httpx
import pytest

from support.tid_mock import (
    BASE,
    SECRET,
    basis,
    client,
    company,
    error,
    listing,
    page_of,
    token_answer,
)
from tidwizard.core import malformed, wire
from tidwizard.core.tid import (
    AccessRefused,
    AlreadyTransferred,
    InvalidCredentials,
    MalformedAnswer,
    NotFound,
    PermissionMissing,
    RateLimited,
    TidClient,
    TidHttpError,
)


async def test_companies_are_listed_with_the_basic_login_across_pages() -> None:
    companies = [company(i, f"Bolag {i} AB", "556677-8899") for i in range(1, 4)]
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        assert request.url.path == "/v1/Auth/Companies"
        size = int(request.url.params["pageSize"])
        return listing(companies, int(request.url.params["page"]), min(size, 2))

    async with client(handler) as tid:
        result = await tid.list_companies()
    assert [c.id for c in result] == [1, 2, 3]
    expected = "Basic " + base64.b64encode(f"demo:{SECRET}".encode()).decode()
    assert seen == [expected, expected]


async def test_without_the_companies_extension_there_is_no_list_and_the_own_company_answers() -> (
    None
):
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Companies":
            return httpx.Response(404, json={"message": "not found"})
        if request.url.path == "/v1/Auth/Token":
            assert request.url.params["companyId"] == "2"
            return token_answer()
        assert request.url.path == "/v1/Admin/Company"
        assert request.headers["Authorization"] == "Bearer pk_aaa.pa_bbb"
        return httpx.Response(200, json=company(2, "Demo Bygg AB", "559123-4561"))

    async with client(handler, company_id=2) as tid:
        assert await tid.list_companies() is None
        own = await tid.own_company()
    assert own is not None and (own.id, own.name) == (2, "Demo Bygg AB")


@pytest.mark.parametrize("status", [403, 404, 405])
async def test_without_a_company_endpoint_the_own_company_is_unknown(status: int) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        return httpx.Response(status, json={"message": "no"})

    async with client(handler) as tid:
        assert await tid.own_company() is None
        assert await tid.list_companies() is None


async def test_a_403_on_the_token_call_says_allow_list_and_the_agency_case() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json={"message": "IP not allowed"})

    async with client(handler) as tid:
        with pytest.raises(AccessRefused) as caught:
            await tid.check_credentials()
    sv, en = caught.value.user_message("sv"), caught.value.user_message("en")
    assert "IP-adresser" in sv and "kundföretagets egen API-applikation" in sv
    assert "IP allow-list" in en and "client company's own API application" in en


async def test_a_403_with_a_valid_token_names_the_missing_permission() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        return httpx.Response(403, json={"message": "forbidden"})

    async with client(handler) as tid:
        with pytest.raises(PermissionMissing) as caught:
            await tid.set_sent_to_economy_system(7, dt.date(2026, 12, 1), "1001")
    assert "fakturaunderlag: markera som överförda" in caught.value.user_message("sv")
    assert "invoice bases: mark as transferred" in caught.value.user_message("en")


async def test_a_malformed_amount_names_the_basis_and_the_field() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        return listing([basis(1001), basis(1002, total=12.345)])

    async with client(handler) as tid:
        with pytest.raises(MalformedAnswer) as caught:
            _ = [b async for b in tid.iter_invoice_bases()]
    assert (caught.value.object_name, caught.value.field) == ("invoice 1002", "sum")
    assert isinstance(caught.value, malformed.MalformedAnswer)
    assert "”sum”" in caught.value.user_message("sv")


async def test_amounts_arrive_as_exact_decimals() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        return httpx.Response(200, content=json.dumps(listing([basis(1, 0.1)]).json()).encode())

    async with client(handler) as tid:
        (only,) = [b async for b in tid.iter_invoice_bases()]
    assert str(only.sum) == "0.1"


async def test_a_body_that_is_not_json_is_a_malformed_answer() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        return httpx.Response(200, text="<html>maintenance</html>")

    async with client(handler) as tid:
        with pytest.raises(MalformedAnswer) as caught:
            await tid.own_company()
    assert caught.value.field == "(body)"


async def test_a_taken_natural_key_resolves_to_the_existing_record() -> None:
    existing = {"objectName": "article", "id": 55, "articleNumber": "101", "name": "Konsulttimme"}
    other = {"objectName": "article", "id": 56, "articleNumber": "1010", "name": "Annat"}
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(f"{request.method} {request.url.path}")
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        if request.method == "POST":
            return error(409, "duplicate_key", "articleNumber 101 is taken")
        # A service that ignores the filter: the client still picks the exact key.
        return page_of(request, [other, existing])

    async with client(handler) as tid:
        result = await tid.create_article(wire.Article(article_number="101", name="Konsulttimme"))
    assert result.id == 55
    assert calls.count("POST /v1/Admin/Articles") == 1


async def test_a_create_whose_answer_was_lost_ends_with_exactly_one_record() -> None:
    store: dict[str, dict[str, Any]] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        if request.method == "GET":
            return page_of(request, list(store.values()))
        record = json.loads(request.content)
        if record["code"] in store:
            return error(409, "duplicate_key")
        record["id"] = 900 + len(store)
        store[record["code"]] = record
        if len(store) == 1:  # the server made it, then the answer never arrived
            raise httpx.ReadTimeout("timed out", request=request)
        return httpx.Response(201, json=record)

    async with client(handler) as tid:
        made = await tid.create_cost_center(wire.CostCenter(code="20", name="Konsult"))
    assert (made.id, made.code) == (900, "20")
    assert list(store) == ["20"]
    assert tid.stats.retries == 1


async def test_another_number_for_a_transferred_basis_is_already_transferred() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        if request.method == "PATCH":
            assert request.url.params["economySystemInvoiceNumber"] == "2001"
            assert request.url.params["date"] == "2026-12-01"
            return error(409, "already_transferred")
        transferred = basis(1001) | {"rows": [], "economySystemInvoiceNumber": "1043"}
        return httpx.Response(200, json=transferred)

    async with client(handler) as tid:
        with pytest.raises(AlreadyTransferred) as caught:
            await tid.set_sent_to_economy_system(1001, dt.date(2026, 12, 1), "2001")
    assert caught.value.other_number == "1043"
    assert "1043" in caught.value.user_message("sv")
    assert "2001" in caught.value.user_message("en")


async def test_retry_after_holds_back_every_caller() -> None:
    arrivals: list[tuple[float, int]] = []
    loop = asyncio.get_running_loop()
    refused = True  # not yet: first a call that fetches the token

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal refused
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        status = 200
        if not refused:
            refused, status = True, 429
        arrivals.append((loop.time(), status))
        if status == 429:
            return error(429, "rate_limited", **{"Retry-After": "1"})
        return httpx.Response(200, json=company(1, "Demo Konsult AB", "556677-8899"))

    async with client(handler) as tid:
        await tid.own_company()  # the token is fetched before the burst
        arrivals.clear()
        refused = False
        results = await asyncio.gather(*(tid.own_company() for _ in range(5)))
    assert len(results) == 5
    (refused_at,) = [at for at, status in arrivals if status == 429]
    later = [at for at, status in arrivals if status == 200]
    assert len(later) == 5
    # Every answer after the 429 was sent no sooner than Retry-After allowed (1 s, loop clock).
    assert all(at >= refused_at + 0.99 for at in later if at > refused_at)
    assert tid.stats.rate_limited == 1


async def test_rate_limited_after_every_retry() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        return error(429, "rate_limited", **{"Retry-After": "0"})

    async with client(handler, retries=2) as tid:
        with pytest.raises(RateLimited):
            await tid.count_pending_bases()
    assert tid.stats.rate_limited == 3


async def test_wrong_password_is_invalid_credentials() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return error(401, "invalid_credentials", "wrong client id or secret")

    async with client(handler) as tid:
        with pytest.raises(InvalidCredentials) as caught:
            await tid.own_company()
    assert "applikations-id och hemlig nyckel" in caught.value.user_message("sv")


async def test_concurrent_callers_share_one_renewal() -> None:
    tokens = iter(["pk_1.pa_1", "pk_2.pa_2", "pk_3.pa_3"])
    issued: list[str] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            issued.append(next(tokens))
            return token_answer(issued[-1])
        await asyncio.sleep(0.01)  # keep the callers in flight together
        if request.headers["Authorization"] != f"Bearer {issued[-1]}" or len(issued) < 2:
            return error(401, "invalid_token")  # the first token "expired" on the server
        return httpx.Response(200, json=company(1, "Demo Konsult AB", "556677-8899"))

    async with client(handler) as tid:
        results = await asyncio.gather(*(tid.own_company() for _ in range(10)))
    assert len(results) == 10
    assert issued == ["pk_1.pa_1", "pk_2.pa_2"]
    assert tid.stats.renewals == 1


async def test_server_errors_are_retried_for_reads_and_reported_after_the_last() -> None:
    answers = [error(500, "internal_error"), error(503, "unavailable")]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        if answers:
            return answers.pop(0)
        return listing([basis(1), basis(2)])

    async with client(handler) as tid:
        assert await tid.count_pending_bases() == 2
        assert tid.stats.retries == 2
    answers.extend(error(500, "internal_error", "boom") for _ in range(3))
    async with client(handler, retries=2) as tid:
        with pytest.raises(TidHttpError) as caught:
            await tid.count_pending_bases()
    assert (caught.value.status, caught.value.message) == (500, "boom")


async def test_a_missing_basis_is_not_found() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        return error(404, "not_found", "no invoice 77")

    async with client(handler) as tid:
        with pytest.raises(NotFound) as caught:
            await tid.get_invoice_basis(77)
    assert caught.value.path == "/v1/core/invoices/77"


@pytest.mark.parametrize("base", [BASE, BASE + "/", BASE + "/tid", BASE + "/tid/"])
async def test_every_call_goes_to_the_address_the_contract_names(base: str) -> None:
    sent: list[str] = []
    prefix = base.rstrip("/")

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        path = request.url.path.removeprefix("/tid")
        if path == "/v1/Auth/Token":
            return token_answer()
        if path == "/v1/core/invoices":
            return page_of(request, [basis(1001)])
        if path == "/v1/core/invoices/1001":
            return httpx.Response(200, json={**basis(1001), "rows": []})
        return httpx.Response(204)

    options: dict[str, Any] = {"rate": 0, "company_id": 7}
    transport = httpx.MockTransport(handler)
    async with TidClient(base, "demo", SECRET, transport=transport, **options) as tid:
        assert [b.id async for b in tid.iter_invoice_bases(pending_only=True)] == [1001]
        await tid.get_invoice_basis(1001)
        await tid.set_sent_to_economy_system(1001, dt.date(2026, 12, 1), "F 1/2 å")
    assert sent == [
        f"{prefix}/v1/Auth/Token?companyId=7",
        f"{prefix}/v1/core/invoices?filter.sentToEconomySystem=false&page=1&pageSize=100",
        f"{prefix}/v1/core/invoices/1001",
        f"{prefix}/v1/core/invoices/1001/setsenttoeconomysystem"
        "?date=2026-12-01&economySystemInvoiceNumber=F+1%2F2+%C3%A5",
    ]


async def test_a_cookie_tid_sets_is_never_sent_back() -> None:
    # Tid's API is token-based; a cookie from a load balancer in between is not ours to keep.
    cookies: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        cookies.append(request.headers.get("Cookie"))
        if request.url.path == "/v1/Auth/Token":
            answer = token_answer()
            answer.headers["Set-Cookie"] = "lb=node-3; Path=/"
            return answer
        return httpx.Response(200, json={**basis(1001), "rows": []})

    async with client(handler) as tid:
        await tid.get_invoice_basis(1001)
        await tid.get_invoice_basis(1001)
    assert cookies == [None, None, None]
