"""Sandbox Tid: invoice bases over HTTP: paging and its limit, filter, rows, marking transferred."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from tidwizard.sandbox.server import RunningSandbox


@pytest.fixture
def client(sandbox: RunningSandbox) -> httpx.Client:
    token = httpx.post(f"{sandbox.url}/v1/Auth/Token", auth=("demo", "demo")).json()["accessToken"]
    return httpx.Client(base_url=sandbox.url, headers={"Authorization": f"Bearer {token}"})


def test_default_page_size_is_25_and_pages_cover_everything(client: httpx.Client) -> None:
    first = client.get("/v1/core/invoices").json()
    assert (first["page"], first["pageSize"], first["totalItemCount"]) == (1, 25, 29)
    assert (first["itemCount"], first["totalPages"]) == (25, 2)
    second = client.get("/v1/core/invoices", params={"page": 2}).json()
    assert second["itemCount"] == 4
    ids = [b["id"] for b in first["items"] + second["items"]]
    assert ids == sorted(set(ids)) and len(ids) == 29
    beyond = client.get("/v1/core/invoices", params={"page": 3}).json()
    assert beyond["items"] == [] and beyond["itemCount"] == 0


def test_page_size_100_is_allowed_and_101_is_400(client: httpx.Client) -> None:
    assert client.get("/v1/core/invoices", params={"pageSize": 100}).json()["itemCount"] == 29
    for params in ({"pageSize": 101}, {"pageSize": 0}, {"page": 0}, {"page": "x"}):
        answer = client.get("/v1/core/invoices", params=params)
        assert answer.status_code == 400, params
        body = answer.json()
        assert body["objectName"] == "error" and body["code"] and body["message"]


def test_filter_sent_to_economy_system(client: httpx.Client) -> None:
    pending = client.get(
        "/v1/core/invoices", params={"filter.sentToEconomySystem": "false", "pageSize": 100}
    ).json()
    sent = client.get(
        "/v1/core/invoices", params={"filter.sentToEconomySystem": "true", "pageSize": 100}
    ).json()
    assert pending["totalItemCount"] == 24 and sent["totalItemCount"] == 5
    assert all(b["sentToEconomySystem"] is None for b in pending["items"])
    assert all(b["economySystemInvoiceNumber"] for b in sent["items"])


def test_list_items_have_no_rows_and_one_basis_has_them(client: httpx.Client) -> None:
    listed = client.get("/v1/core/invoices").json()["items"][0]
    assert listed.get("rows") is None
    basis = client.get(f"/v1/core/invoices/{listed['id']}").json()
    assert basis["objectName"] == "invoice" and basis["rows"]
    row = basis["rows"][0]
    assert row["objectName"] == "invoiceRow"
    assert {
        "articleNumber",
        "value",
        "rate",
        "discount",
        "sum",
        "sortOrder",
        "isHeader",
        "isSumRow",
        "unit",
        "comment",
    } <= set(row)
    total = sum(
        (Decimal(str(r["sum"])) for r in basis["rows"] if not r["isHeader"] and not r["isSumRow"]),
        Decimal(0),
    )
    assert total == Decimal(str(basis["sum"]))


def test_unknown_basis_is_404(client: httpx.Client) -> None:
    answer = client.get("/v1/core/invoices/999999")
    assert answer.status_code == 404 and answer.json()["code"] == "not_found"


def _mark(client: httpx.Client, basis_id: int, number: str) -> httpx.Response:
    return client.patch(
        f"/v1/core/invoices/{basis_id}/setsenttoeconomysystem",
        params={"date": "2026-12-01", "economySystemInvoiceNumber": number},
    )


def test_marking_transferred_is_idempotent_for_the_same_number(client: httpx.Client) -> None:
    first = _mark(client, 1001, "1043")
    assert first.status_code == 204 and first.content == b""
    assert _mark(client, 1001, "1043").status_code == 204
    basis = client.get("/v1/core/invoices/1001").json()
    assert (basis["sentToEconomySystem"], basis["economySystemInvoiceNumber"]) == (
        "2026-12-01",
        "1043",
    )
    pending = client.get("/v1/core/invoices", params={"filter.sentToEconomySystem": "false"}).json()
    assert pending["totalItemCount"] == 23


def test_a_different_number_is_409_already_transferred(client: httpx.Client) -> None:
    assert _mark(client, 1002, "1044").status_code == 204
    answer = _mark(client, 1002, "1045")
    assert answer.status_code == 409 and answer.json()["code"] == "already_transferred"
    assert client.get("/v1/core/invoices/1002").json()["economySystemInvoiceNumber"] == "1044"
    seeded = _mark(client, 1025, "9999")  # transferred in the seed as 1031
    assert seeded.status_code == 409


def test_marking_needs_a_date_and_a_number_and_a_known_basis(client: httpx.Client) -> None:
    assert _mark(client, 424242, "1").status_code == 404
    no_number = client.patch(
        "/v1/core/invoices/1003/setsenttoeconomysystem", params={"date": "2026-12-01"}
    )
    bad_date = client.patch(
        "/v1/core/invoices/1003/setsenttoeconomysystem",
        params={"date": "1 dec", "economySystemInvoiceNumber": "1"},
    )
    for answer in (no_number, bad_date):
        assert answer.status_code == 400 and answer.json()["objectName"] == "error"
    assert client.get("/v1/core/invoices/1003").json()["sentToEconomySystem"] is None


def test_paths_match_case_insensitively(client: httpx.Client) -> None:
    for path in ("/v1/core/invoices/1001", "/V1/CORE/INVOICES/1001", "/v1/Core/Invoices/1001"):
        assert client.get(path).json()["id"] == 1001


def test_state_seen_from_the_test_thread_follows_writes(
    sandbox: RunningSandbox, client: httpx.Client
) -> None:
    assert _mark(client, 1004, "1050").status_code == 204
    basis = sandbox.state.basis(1, 1004)
    assert basis.economy_system_invoice_number == "1050"
