"""Sandbox Tid: master-data registers over HTTP: list, create, duplicate keys, update."""

from __future__ import annotations

import httpx
import pytest

from tidwizard.core import demo_data
from tidwizard.sandbox.server import RunningSandbox


@pytest.fixture
def client(sandbox: RunningSandbox) -> httpx.Client:
    token = httpx.post(f"{sandbox.url}/v1/Auth/Token", auth=("demo", "demo")).json()["accessToken"]
    return httpx.Client(base_url=sandbox.url, headers={"Authorization": f"Bearer {token}"})


def test_registers_are_seeded_from_tid_master_data(client: httpx.Client) -> None:
    articles = client.get("/v1/Core/Articles", params={"pageSize": 100}).json()["items"]
    assert {a["articleNumber"] for a in articles} == {a.number for a in demo_data.tid_articles()}
    assert next(a for a in articles if a["articleNumber"] == "401")["isPackage"] is True
    contacts = client.get("/v1/Core/Contacts", params={"pageSize": 100}).json()["items"]
    numbers = {c["customerNumber"] for c in contacts}
    assert {c.number for c in demo_data.tid_customers()} <= numbers and "1008" not in numbers
    units = client.get("/v1/Core/CostCenters").json()["items"]
    assert {u["code"] for u in units} == {r.code for r in demo_data.tid_result_units()}
    projects = client.get("/v1/Core/Projects").json()["items"]
    assert "P-310" in {p["orderNumber"] for p in projects}


def test_create_returns_201_with_the_stored_object(client: httpx.Client) -> None:
    answer = client.post(
        "/v1/Core/Contacts",
        json={
            "name": "Gotlands Ull & Garn AB",
            "customerNumber": "1008",
            "organizationalOrSocialSecurityNumber": "556778-1231",
            "email": "order@gotlandsull.example",
        },
    )
    assert answer.status_code == 201
    created = answer.json()
    assert created["objectName"] == "contact" and isinstance(created["id"], int)
    project = client.post(
        "/v1/Core/Projects",
        json={
            "orderNumber": "P-207",
            "title": "Webbshop ullgarn",
            "customer": {"id": created["id"]},
            "costCenter": {"code": "40"},
            "endDate": "2027-03-31",
        },
    )
    assert project.status_code == 201 and project.json()["customer"] == {"id": created["id"]}
    article = client.post(
        "/v1/Core/Articles",
        json={
            "articleNumber": "105",
            "name": "Utbildning halvdag",
            "unit": "st",
            "price": 6500.5,
        },
    )
    assert article.status_code == 201 and article.json()["price"] == 6500.5


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/Core/Contacts", {"name": "Dubblett", "customerNumber": "1001"}),
        ("/v1/Core/Articles", {"articleNumber": "101", "name": "Dubblett"}),
        ("/v1/Core/Projects", {"orderNumber": "P-201", "title": "Dubblett"}),
        ("/v1/Core/CostCenters", {"code": "20", "name": "Dubblett"}),
    ],
)
def test_a_taken_natural_key_is_409_duplicate_key(
    client: httpx.Client, path: str, body: dict[str, str]
) -> None:
    answer = client.post(path, json=body)
    assert answer.status_code == 409 and answer.json()["code"] == "duplicate_key"


def test_update_changes_the_object_and_keeps_keys_unique(client: httpx.Client) -> None:
    unit = client.get("/v1/Core/CostCenters").json()["items"][0]
    renamed = client.put(
        f"/v1/Core/CostCenters/{unit['id']}", json={"code": unit["code"], "name": "Ny"}
    )
    assert renamed.status_code == 200 and renamed.json() == {**unit, "name": "Ny"}
    clash = client.put(f"/v1/Core/CostCenters/{unit['id']}", json={"code": "20", "name": "X"})
    assert clash.status_code == 409 and clash.json()["code"] == "duplicate_key"
    missing = client.put("/v1/Core/CostCenters/999", json={"code": "99", "name": "X"})
    assert missing.status_code == 404


def test_invalid_bodies_are_400_with_an_error_body(client: httpx.Client) -> None:
    for body in ({"name": "Utan nummer"}, {"name": "x" * 51, "customerNumber": "2000"}, "nonsense"):
        answer = client.post("/v1/core/contacts", json=body)
        assert answer.status_code == 400
        assert answer.json()["objectName"] == "error"
    dangling = client.post(
        "/v1/Core/Projects", json={"orderNumber": "P-999", "title": "X", "customer": {"id": 4242}}
    )
    assert dangling.status_code == 400 and dangling.json()["code"] == "unknown_reference"


def test_each_company_has_its_own_registers(sandbox: RunningSandbox, client: httpx.Client) -> None:
    assert (
        client.post("/v1/Core/CostCenters", json={"code": "70", "name": "Service"}).status_code
        == 201
    )
    other = httpx.post(
        f"{sandbox.url}/v1/Auth/Token", auth=("demo", "demo"), params={"companyId": 2}
    ).json()["accessToken"]
    codes = {
        u["code"]
        for u in httpx.get(
            f"{sandbox.url}/v1/Core/CostCenters", headers={"Authorization": f"Bearer {other}"}
        ).json()["items"]
    }
    assert "70" not in codes
    with sandbox.state.lock:
        assert sandbox.state.company(1).cost_centers.by_key("70") is not None
