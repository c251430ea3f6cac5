"""Sandbox Tid, --profile public: tokens, one company per login, and invoice bases shaped the way
public clients show the real service (TID-API.md "Sandbox profiles"), over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tidwizard.sandbox.control import CONTROL_HEADERS
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

DEMO = ("demo", "demo")
MARK = "/v1/core/invoices/{}/setsenttoeconomysystem"


@pytest.fixture
def public() -> Iterator[RunningSandbox]:
    with start_sandbox(SandboxConfig(seed="demo", rate=0, profile="public")) as running:
        yield running


def client(sandbox: RunningSandbox, company: int | None = None) -> httpx.Client:
    params = {"companyId": company} if company is not None else {}
    answer = httpx.post(f"{sandbox.url}/v1/Auth/Token", auth=DEMO, params=params)
    assert answer.status_code == 200, answer.text
    headers = {"Authorization": f"Bearer {answer.json()['accessToken']}"}
    return httpx.Client(base_url=sandbox.url, headers=headers)


def all_bases(http: httpx.Client, **params: Any) -> list[dict[str, Any]]:
    answer = http.get("/v1/core/invoices", params={"pageSize": 100, **params})
    assert answer.status_code == 200, answer.text
    listing = answer.json()
    assert listing["totalItemCount"] == len(listing["items"])
    items: list[dict[str, Any]] = listing["items"]
    return items


def test_no_company_endpoints(public: RunningSandbox) -> None:
    assert public.profile == "public"
    companies = httpx.get(f"{public.url}/v1/Auth/Companies", auth=DEMO)
    assert companies.status_code == 404 and set(companies.json()) == {"message"}
    with client(public) as http:
        own = http.get("/v1/Admin/Company")
    assert own.status_code == 404 and set(own.json()) == {"message"}


def test_company_id_is_ignored_one_company_per_login(public: RunningSandbox) -> None:
    for company in (None, 1, 2, 99):
        with client(public, company) as http:
            ids = {b["id"] for b in all_bases(http)}
        assert ids == set(public.state.companies[1].bases), company


def test_partner_credentials_get_403_with_only_a_message(public: RunningSandbox) -> None:
    answer = httpx.post(f"{public.url}/v1/Auth/Token", auth=("byra", "byra"))
    assert answer.status_code == 403 and set(answer.json()) == {"message"}
    wrong = httpx.post(f"{public.url}/v1/Auth/Token", auth=("demo", "nope"))
    assert wrong.status_code == 401 and set(wrong.json()) == {"message"}


def test_token_is_short_lived_by_default(public: RunningSandbox) -> None:
    body = httpx.post(f"{public.url}/v1/Auth/Token", auth=DEMO).json()
    assert body["objectName"] == "auth.token" and body["expires"].endswith("Z")


def test_filter_is_ignored_and_list_items_have_no_rows(public: RunningSandbox) -> None:
    with client(public) as http:
        everything = all_bases(http)
        assert all_bases(http, **{"filter.sentToEconomySystem": "false"}) == everything
        assert all_bases(http, **{"filter.sentToEconomySystem": "true"}) == everything
    assert len(everything) == len(public.state.companies[1].bases)
    assert any(b["sentToEconomySystem"] is not None for b in everything)
    assert all("rows" not in b for b in everything)


def test_references_are_shaped_as_the_real_service_shows_them(public: RunningSandbox) -> None:
    with client(public) as http:
        listed = {b["id"]: b for b in all_bases(http)}
        fetched = http.get("/v1/core/invoices/1001").json()
    data = public.state.companies[1]
    for basis in (listed[1001], fetched):
        unit = data.cost_centers.by_key("20")
        project = data.projects.by_key("P-201")
        contact = data.contacts.by_key("1001")
        assert unit is not None and project is not None and contact is not None
        assert basis["customer"] == {
            "objectName": "contact",
            "id": contact.id,
            "name": contact.name,
        }
        assert basis["project"] == {
            "objectName": "project",
            "id": project.id,
            "name": project.title,
            "number": "P-201",
        }
        assert basis["costCenter"] == {
            "objectName": "costCenter",
            "id": unit.id,
            "name": unit.name,
            "code": "20",
        }
    assert listed[1006]["project"] is None and listed[1006]["costCenter"] is None
    assert fetched["rows"] and fetched["rows"][0]["objectName"] == "invoiceRow"
    assert {k: v for k, v in fetched.items() if k != "rows"} == listed[1001]


def test_sent_to_economy_system_is_a_date_time_or_null(public: RunningSandbox) -> None:
    with client(public) as http:
        listed = {b["id"]: b for b in all_bases(http)}
        one = http.get("/v1/core/invoices/1025").json()
    assert listed[1001]["sentToEconomySystem"] is None
    assert listed[1025]["sentToEconomySystem"] == "2026-10-31T09:15:00"
    assert one["sentToEconomySystem"] == "2026-10-31T09:15:00"
    assert one["economySystemInvoiceNumber"] == "1031"


def test_marking_answers_200_with_the_basis(public: RunningSandbox) -> None:
    params = {"date": "2026-12-01", "economySystemInvoiceNumber": "1043"}
    with client(public) as http:
        marked = http.patch(MARK.format(1001), params=params)
        assert marked.status_code == 200, marked.text
        body = marked.json()
        assert body["id"] == 1001 and body["rows"]
        assert body["sentToEconomySystem"] == "2026-12-01T09:15:00"
        assert body["economySystemInvoiceNumber"] == "1043"
        assert body == http.get("/v1/core/invoices/1001").json()

        again = http.patch(MARK.format(1001), params=params)
        assert again.status_code == 200 and again.json() == body

        other = http.patch(MARK.format(1001), params={**params, "economySystemInvoiceNumber": "9"})
        assert other.status_code == 400 and set(other.json()) == {"message"}

        unknown = http.patch(MARK.format(5), params=params)
        assert unknown.status_code == 404 and set(unknown.json()) == {"message"}
    assert public.state.basis(1, 1001).economy_system_invoice_number == "1043"


def test_unknown_basis_is_404_with_a_message(public: RunningSandbox) -> None:
    with client(public) as http:
        answer = http.get("/v1/core/invoices/5")
    assert answer.status_code == 404 and set(answer.json()) == {"message"}


def test_reset_keeps_the_profile(public: RunningSandbox) -> None:
    with client(public) as http:
        http.patch(
            MARK.format(1001), params={"date": "2026-12-01", "economySystemInvoiceNumber": "7"}
        )
        assert (
            httpx.post(
                f"{public.url}/sandbox/reset", params={"seed": "3"}, headers=CONTROL_HEADERS
            ).status_code
            == 200
        )
        bases = all_bases(http)
    assert [b["id"] for b in bases] == [1001, 1002, 1003]
    assert all("rows" not in b and "customerNumber" not in b["customer"] for b in bases)
    assert httpx.get(f"{public.url}/v1/Auth/Companies", auth=DEMO).status_code == 404


def test_state_file_works_in_the_public_profile(tmp_path: Any) -> None:
    path = tmp_path / "tid.json"
    config = SandboxConfig(seed="demo", rate=0, profile="public", state_file=path)
    params = {"date": "2026-12-01", "economySystemInvoiceNumber": "1043"}
    with start_sandbox(config) as first, client(first) as http:
        assert http.patch(MARK.format(1002), params=params).status_code == 200
    with start_sandbox(config) as second, client(second) as http:
        again = http.get("/v1/core/invoices/1002").json()
        assert http.patch(MARK.format(1002), params=params).status_code == 200
    assert again["sentToEconomySystem"] == "2026-12-01T09:15:00"
    assert again["economySystemInvoiceNumber"] == "1043"
