"""What the real Tid service may send (TID-API.md, "What the real service is known to do"):
the client reads it, decides on status codes and read-back, and finds optional paths out."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import httpx
import pytest

from support.tid_mock import basis, client, listing, page_of, token_answer
from tidwizard.core import wire, wire_parsing
from tidwizard.core.tid import (
    AlreadyTransferred,
    MalformedAnswer,
    RegisterUnavailable,
    TidHttpError,
)

DAY = dt.date(2026, 12, 1)


def real_basis(bid: int, **changes: Any) -> dict[str, Any]:
    """A basis as public clients show the real service: references without their keys."""
    body = {
        "id": bid,
        "invoiceDate": "2026-11-30T00:00:00",
        "sum": 100,
        "customer": {"objectName": "contact", "id": 7, "name": "Kund AB"},
        "project": {"objectName": "project", "id": 3, "name": "Ombyggnad", "number": "P-204"},
        "costCenter": {"objectName": "costCenter", "id": 2, "name": "Konsult", "code": "20"},
        "yourReference": None,
        "ourReference": None,
        "sentToEconomySystem": None,
        "economySystemInvoiceNumber": None,
        "someFieldWeDoNotKnow": {"nested": [1, 2]},
    }
    body.update(changes)
    return body


def with_rows(body: dict[str, Any]) -> dict[str, Any]:
    row = {
        "id": 1,
        "articleNumber": "101",
        "article": None,
        "comment": None,
        "unit": None,
        "value": 1,
        "rate": 100,
        "discount": 0,
        "sum": 100,
        "sortOrder": None,
        "isHeader": None,
        "isSumRow": False,
        "objectName": "invoiceDiscountRow",
    }
    return {**body, "rows": [row]}


# Reading


def test_a_real_basis_reads_without_its_keys_objectname_or_texts() -> None:
    read = wire_parsing.parse(wire.InvoiceBasis, with_rows(real_basis(1001)))
    assert read.customer.customer_number is None and read.customer.name == "Kund AB"
    assert (read.project and read.project.order_number, read.project.title) == (
        "P-204",
        "Ombyggnad",
    )
    assert read.cost_center is not None and read.cost_center.code == "20"
    assert read.invoice_date == dt.date(2026, 11, 30)
    assert read.your_reference == "" and read.rows and read.rows[0].article is None


@pytest.mark.parametrize(
    "sent",
    ["2026-12-01", "2026-12-01T09:15:00", "2026-12-01T09:15:00Z", "2026-12-01T09:15:00.123+01:00"],
)
def test_sent_to_economy_system_may_be_a_date_or_a_date_time(sent: str) -> None:
    read = wire_parsing.parse(wire.InvoiceBasis, real_basis(1001, sentToEconomySystem=sent))
    assert read.sent_to_economy_system == DAY and read.transferred


def test_numbers_where_texts_are_expected_are_read_as_texts() -> None:
    body = real_basis(1001, economySystemInvoiceNumber=1043)
    body["customer"]["customerNumber"] = 1007
    read = wire_parsing.parse(wire.InvoiceBasis, body)
    assert (read.customer.customer_number, read.economy_system_invoice_number) == ("1007", "1043")


def test_a_static_token_has_no_expiry_and_an_unreadable_one_counts_as_none() -> None:
    for expires in (None, "never", "", {"odd": 1}):
        token = wire_parsing.parse(wire.AuthToken, {"accessToken": "pk_a.pa_b", "expires": expires})
        assert token.expires is None
    assert wire_parsing.parse(wire.AuthToken, {"accessToken": "pk_a.pa_b"}).expires is None


# Keys looked up by id


def contacts_service(calls: list[str], *, direct: bool = True, number: str | None = "1007") -> Any:
    contact = {"objectName": "contact", "id": 7, "name": "Kund AB", "customerNumber": number}

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        calls.append(f"{request.method} {path}")
        if path == "/v1/Auth/Token":
            return token_answer()
        if path.startswith("/v1/core/invoices/"):
            return httpx.Response(200, json=with_rows(real_basis(int(path.rsplit("/", 1)[1]))))
        if path == "/v1/Core/Contacts/7" and direct:
            return httpx.Response(200, json=contact)
        if path == "/v1/Core/Contacts":
            return page_of(request, [contact])
        return httpx.Response(404, json={"message": "not found"})

    return handler


async def test_a_customer_without_a_number_is_looked_up_once_for_all_its_bases() -> None:
    calls: list[str] = []
    async with client(contacts_service(calls)) as tid:
        read = await asyncio.gather(*(tid.get_invoice_basis(bid) for bid in range(1001, 1011)))
    assert {b.customer.customer_number for b in read} == {"1007"}
    assert calls.count("GET /v1/Core/Contacts/7") == 1


async def test_without_get_by_id_the_contacts_are_listed_once() -> None:
    calls: list[str] = []
    async with client(contacts_service(calls, direct=False)) as tid:
        first = await tid.get_invoice_basis(1001)
        second = await tid.get_invoice_basis(1002)
    assert first.customer.customer_number == second.customer.customer_number == "1007"
    assert calls.count("GET /v1/Core/Contacts") == 2  # the probe of the path, then the list


async def test_a_contact_without_a_number_fails_its_basis_naming_the_field() -> None:
    async with client(contacts_service([], number=None)) as tid:
        with pytest.raises(MalformedAnswer) as caught:
            await tid.get_invoice_basis(1001)
    assert (caught.value.object_name, caught.value.field) == (
        "invoice 1001",
        "customer.customerNumber",
    )


# No dependence on the list's filter


async def test_a_service_that_ignores_the_filter_lists_only_the_waiting_bases() -> None:
    items = [
        real_basis(1001),
        real_basis(
            1002, sentToEconomySystem="2026-11-01T10:00:00", economySystemInvoiceNumber="1043"
        ),
        real_basis(1003),
        {"id": 1004, "sum": "x", "sentToEconomySystem": "2026-11-02"},
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        assert request.url.params["filter.sentToEconomySystem"] == "false"
        return page_of(request, items)  # every basis, transferred ones too

    async with client(handler) as tid:
        listed = [b.id async for b in tid.iter_invoice_bases(on_malformed=lambda i, e: None)]
        assert listed == [1001, 1003]
        assert await tid.count_pending_bases() == 2


# The mark: decided on the status and on reading back


def marking_service(status: int, body: Any, read_back: dict[str, Any]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        if request.method == "PATCH":
            return httpx.Response(status, json=body)
        return httpx.Response(200, json=with_rows(read_back))

    return handler


@pytest.mark.parametrize("status", [200, 201, 202, 204])
async def test_any_2xx_on_the_mark_is_done(status: int) -> None:
    answer = real_basis(1001) if status != 204 else None
    service = marking_service(status, answer, real_basis(1001))
    async with client(service) as tid:
        await tid.set_sent_to_economy_system(1001, DAY, "1001")


@pytest.mark.parametrize("status", [400, 409, 422])
async def test_a_4xx_on_the_mark_with_our_number_read_back_is_done(status: int) -> None:
    read_back = real_basis(
        1001, sentToEconomySystem="2026-12-01T09:15:00", economySystemInvoiceNumber="1001"
    )
    # The error body says something misleading on purpose: it is never looked at.
    service = marking_service(status, {"code": "already_transferred"}, read_back)
    async with client(service) as tid:
        await tid.set_sent_to_economy_system(1001, DAY, "1001")


async def test_a_4xx_with_another_number_read_back_is_transferred_elsewhere() -> None:
    read_back = real_basis(1001, sentToEconomySystem="2026-12-01", economySystemInvoiceNumber=77)
    service = marking_service(400, {"message": "already sent"}, read_back)
    async with client(service) as tid:
        with pytest.raises(AlreadyTransferred) as caught:
            await tid.set_sent_to_economy_system(1001, DAY, "1001")
    assert caught.value.other_number == "77"


async def test_a_4xx_not_read_back_fails_with_the_services_own_message() -> None:
    service = marking_service(400, {"message": "date is in a locked period"}, real_basis(1001))
    async with client(service) as tid:
        with pytest.raises(TidHttpError) as caught:
            await tid.set_sent_to_economy_system(1001, DAY, "1001")
    assert caught.value.status == 400
    assert "date is in a locked period" in caught.value.user_message("en")


# 429: Retry-After in any letter case, else waitInSeconds, else backoff


@pytest.mark.parametrize(
    ("headers", "body", "least"),
    [
        ({"retry-after": "1"}, {}, 0.9),
        ({"RETRY-AFTER": "1"}, {}, 0.9),
        ({}, {"waitInSeconds": 1}, 0.9),
        ({}, {"message": "slow down"}, 0.0),
    ],
)
async def test_a_429_waits_as_long_as_the_service_asks(
    headers: dict[str, str], body: dict[str, Any], least: float
) -> None:
    answered: list[float] = []
    loop = asyncio.get_running_loop()

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        answered.append(loop.time())
        if len(answered) == 1:
            return httpx.Response(429, json=body, headers=headers)
        return listing([])

    async with client(handler) as tid:
        assert await tid.count_pending_bases() == 0
    assert answered[1] - answered[0] >= least
    assert answered[1] - answered[0] < 5


# Master data: alternative paths, a 4xx on a create looked up, registers Tid does not offer


def register_service(calls: list[str], *, post_status: int, stored: list[dict[str, Any]]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        calls.append(f"{request.method} {path}")
        if path == "/v1/Auth/Token":
            return token_answer()
        if path == "/v1/Admin/Articles":
            return httpx.Response(404, json={"message": "no such path"})
        if request.method == "GET":
            return page_of(request, stored)
        return httpx.Response(post_status, json={"message": "refused"})

    return handler


async def test_articles_are_found_at_the_second_path_and_it_is_remembered() -> None:
    calls: list[str] = []
    stored = [{"id": 5, "articleNumber": "101", "name": "Konsulttimme"}]
    async with client(register_service(calls, post_status=400, stored=stored)) as tid:
        assert [a.article_number for a in await tid.list_articles()] == ["101"]
        made = await tid.create_article(wire.Article(article_number="101", name="Konsulttimme"))
    assert made.id == 5  # a 400 on the create, then the key looked up: it is there
    assert calls.count("GET /v1/Admin/Articles") == 1
    assert "POST /v1/Core/Articles" in calls


async def test_a_create_refused_and_not_found_by_its_key_fails_with_the_message() -> None:
    async with client(register_service([], post_status=400, stored=[])) as tid:
        with pytest.raises(TidHttpError) as caught:
            await tid.create_article(wire.Article(article_number="102", name="Resa"))
    assert "refused" in caught.value.user_message("en")


async def test_a_register_that_takes_no_creates_says_add_them_in_tid() -> None:
    async with client(register_service([], post_status=405, stored=[])) as tid:
        with pytest.raises(RegisterUnavailable) as caught:
            await tid.create_cost_center(wire.CostCenter(code="20", name="Konsult"))
    assert "Lägg in dem direkt i Tid" in caught.value.user_message("sv")
    assert "resultatenheter" in caught.value.user_message("sv")


async def test_a_register_at_no_known_path_is_unavailable() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            return token_answer()
        return httpx.Response(404, content=b"")

    async with client(handler) as tid:
        with pytest.raises(RegisterUnavailable):
            await tid.list_cost_centers()


# Static tokens


async def test_a_static_token_is_used_until_a_401_renews_it_once() -> None:
    tokens: list[str] = []
    refused = {"pk_1.pa_1"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/Auth/Token":
            value = f"pk_{len(tokens) + 1}.pa_{len(tokens) + 1}"
            tokens.append(value)
            return httpx.Response(200, json={"accessToken": value, "expires": None})
        first_token = request.headers["Authorization"] == "Bearer pk_1.pa_1"
        if first_token and refused and len(answered) >= 5:
            refused.clear()
            return httpx.Response(401, json={"message": "token revoked"})
        answered.append(1)
        return listing([basis(1)])

    answered: list[int] = []
    async with client(handler) as tid:
        assert await tid.check_credentials() is None
        for _ in range(6):
            assert await tid.count_pending_bases() == 1
    assert tokens == ["pk_1.pa_1", "pk_2.pa_2"]


def test_the_mock_basis_helper_still_reads() -> None:
    assert wire_parsing.parse(wire.InvoiceBasis, json.loads(json.dumps(basis(1)))).id == 1
