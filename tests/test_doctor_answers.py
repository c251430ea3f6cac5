"""The doctor on single odd answers (httpx.MockTransport): a 403, a 429 with waitInSeconds, a
malformed basis, a 5xx that lasts, an Allow header, contacts that cannot be read."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from tidwizard.cli.doctor import as_text, exit_code
from tidwizard.core.doctor import DoctorReport, diagnose
from tidwizard.core.tid import TidClient

URL = "http://127.0.0.1:9"
Override = Callable[[httpx.Request], httpx.Response | None]


def basis(basis_id: int, *, sent: str | None = None, rows: bool = False) -> dict[str, Any]:
    """A basis as the real service is known to send it: references without keys."""
    item: dict[str, Any] = {
        "id": basis_id,
        "invoiceDate": "2026-11-30",
        "sum": 950.0,
        "customer": {"objectName": "contact", "id": 7, "name": "Kund AB"},
        "project": None,
        "costCenter": None,
        "sentToEconomySystem": sent,
    }
    if rows:
        item["rows"] = [
            {"articleNumber": "101", "value": 1, "rate": 950.0, "sum": 950.0, "sortOrder": 1}
        ]
    return item


def page(items: list[Any]) -> dict[str, Any]:
    return {
        "page": 1,
        "pageSize": 100,
        "itemCount": len(items),
        "totalItemCount": len(items),
        "totalPages": 1,
        "items": items,
    }


CONTACT = {"id": 7, "name": "Kund AB", "customerNumber": "1007"}


def public_like(request: httpx.Request) -> httpx.Response:
    """A service shaped like the public profile: no companies, the filter ignored."""
    path = request.url.path
    if request.method == "POST" and path == "/v1/Auth/Token":
        return httpx.Response(200, json={"accessToken": "pk_1.pa_1", "expires": None})
    if request.method != "GET":
        return httpx.Response(500, json={"message": "the doctor must not write"})
    answers: dict[str, Any] = {
        "/v1/core/invoices": page([basis(1001), basis(1002, sent="2026-10-31T09:15:00")]),
        "/v1/core/invoices/1001": basis(1001, rows=True),
        "/v1/Core/Contacts": page([CONTACT]),
        "/v1/Core/Contacts/7": CONTACT,
        "/v1/Core/Projects": page([]),
        "/v1/Admin/Articles": page([]),
        "/v1/Core/CostCenters": page([]),
    }
    if path in answers:
        return httpx.Response(200, json=answers[path])
    return httpx.Response(404, json={"message": "not found"})


def probe(*overrides: Override) -> tuple[DoctorReport, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        for override in overrides:
            answer = override(request)
            if answer is not None:
                return answer
        return public_like(request)

    async def go() -> DoctorReport:
        transport = httpx.MockTransport(handler)
        async with TidClient(
            URL, "id", "secret", rate=0, retries=2, backoff=0, transport=transport
        ) as tid:
            return await diagnose(tid)

    return asyncio.run(go()), seen


def status(report: DoctorReport, name: str) -> str:
    finding = report.get(name)
    assert finding is not None, name
    return finding.status


def on(path: str, response: httpx.Response) -> Override:
    return lambda request: response if request.url.path == path else None


def test_a_public_like_service_works_and_only_gets() -> None:
    report, seen = probe()
    assert exit_code(report) == 0, as_text(report)
    assert {r.method for r in seen if r.url.path != "/v1/Auth/Token"} == {"GET"}
    assert status(report, "company") == "absent"
    assert status(report, "invoice_filter") == "absent"
    assert status(report, "customer_number") == "absent"
    assert report.get("token").facts["kind"] == "static"  # type: ignore[union-attr]


def test_a_403_on_the_invoice_list_names_the_permission() -> None:
    refused = httpx.Response(403, json={"message": "no access"})
    report, _ = probe(on("/v1/core/invoices", refused))
    assert status(report, "invoice_list") == "problem"
    assert exit_code(report) == 1
    text = as_text(report)
    assert "fakturaunderlag: läsa" in text and "problem" in text


def test_a_429_with_wait_in_seconds_is_waited_out_and_noted() -> None:
    calls = {"n": 0}

    def once_too_many(request: httpx.Request) -> httpx.Response | None:
        if request.url.path == "/v1/Core/Contacts" and calls["n"] == 0:
            calls["n"] += 1
            return httpx.Response(429, json={"waitInSeconds": 0.01})
        return None

    report, seen = probe(once_too_many)
    assert exit_code(report) == 0
    assert status(report, "register_contacts") == "ok"
    assert report.rate_limited == 1
    note = report.get("rate_limit")
    assert note is not None and note.facts == {"rateLimited": 1}
    assert "429" in note.seen.text("en")
    assert sum(1 for r in seen if r.url.path == "/v1/Core/Contacts") == 2


def test_a_malformed_basis_is_a_needed_problem() -> None:
    broken = {**basis(1001), "rows": [{"value": "many", "rate": 1, "sum": 1}]}
    report, _ = probe(on("/v1/core/invoices/1001", httpx.Response(200, json=broken)))
    finding = report.get("invoice_basis")
    assert finding is not None and finding.blocking
    assert "value" in finding.seen.text("en")
    assert exit_code(report) == 1


def test_a_basis_without_rows_is_a_needed_problem() -> None:
    report, _ = probe(on("/v1/core/invoices/1001", httpx.Response(200, json=basis(1001))))
    finding = report.get("invoice_basis")
    assert finding is not None and finding.blocking and "rows" in finding.seen.text("en")


def test_a_lasting_5xx_is_try_again_later() -> None:
    report, _ = probe(on("/v1/core/invoices", httpx.Response(503, json={"message": "busy"})))
    assert status(report, "invoice_list") == "problem"
    assert report.temporary and exit_code(report) == 75


def test_an_allow_header_tells_what_a_register_takes() -> None:
    read_only = httpx.Response(200, json=page([]), headers={"Allow": "GET, HEAD"})
    writable = httpx.Response(200, json=page([CONTACT]), headers={"Allow": "GET, POST"})
    report, _ = probe(on("/v1/Core/CostCenters", read_only), on("/v1/Core/Contacts", writable))
    finding = report.get("writable")
    assert finding is not None and finding.status == "absent"
    assert finding.facts["costcenters"] is False and finding.facts["contacts"] is True
    assert finding.facts["articles"] is None
    assert "takes: contacts (customers); does not take: result units" in finding.seen.text("en")


def test_no_register_answering_says_add_them_in_tid() -> None:
    gone = httpx.Response(405, json={"message": "no"})
    report, _ = probe(on("/v1/Admin/Articles", gone))
    finding = report.get("register_articles")
    assert finding is not None and finding.status == "absent"
    assert finding.facts["tried"] == {"/v1/Admin/Articles": 405, "/v1/Core/Articles": 404}
    assert "add them in Tid" in finding.meaning.text("en")  # type: ignore[union-attr]
    assert exit_code(report) == 0  # the import does not need Tid's articles


def test_customer_numbers_that_cannot_be_found_block_the_import() -> None:
    refused = httpx.Response(403, json={"message": "no"})

    def contacts_refused(request: httpx.Request) -> httpx.Response | None:
        return refused if request.url.path.startswith("/v1/Core/Contacts") else None

    report, _ = probe(contacts_refused)
    assert status(report, "customer_number") == "problem"
    assert exit_code(report) == 1


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([basis(1001)], "unknown"),  # nothing transferred to tell by
        ([basis(1001), basis(1002, sent="2026-10-31")], "absent"),
    ],
)
def test_the_filter_is_told_only_from_what_reads_back(items: list[Any], expected: str) -> None:
    listing = httpx.Response(200, json=page(items))
    report, _ = probe(on("/v1/core/invoices", listing))
    assert status(report, "invoice_filter") == expected


def test_a_filter_that_leaves_transferred_bases_out_is_honoured() -> None:
    def filtered(request: httpx.Request) -> httpx.Response | None:
        if request.url.path != "/v1/core/invoices":
            return None
        items = [basis(1001), basis(1002, sent="2026-10-31")]
        if request.url.params.get("filter.sentToEconomySystem") == "false":
            items = items[:1]
        return httpx.Response(200, json=page(items))

    report, _ = probe(filtered)
    assert status(report, "invoice_filter") == "ok"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_hint_for_a_failed_activation_names_the_command(lang: str) -> None:
    from tidwizard.core.i18n import t

    assert "`tidwizard doctor`" in t("doctor.hint", lang)
