"""Sandbox Tid in both profiles: GET /{id} of contacts and projects, where articles live, read-only
cost centres (public), static tokens, and every basis referring to a real contact."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tidwizard.sandbox.seed import build_companies
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

DEMO = ("demo", "demo")


def client(sandbox: RunningSandbox) -> httpx.Client:
    value = httpx.post(f"{sandbox.url}/v1/Auth/Token", auth=DEMO).json()["accessToken"]
    return httpx.Client(base_url=sandbox.url, headers={"Authorization": f"Bearer {value}"})


@pytest.fixture
def public() -> Iterator[RunningSandbox]:
    with start_sandbox(SandboxConfig(seed="demo", rate=0, profile="public")) as running:
        yield running


@pytest.mark.parametrize(
    ("segment", "key"), [("Contacts", "customerNumber"), ("Projects", "orderNumber")]
)
def test_contacts_and_projects_answer_get_by_id(
    profile_sandbox: RunningSandbox, segment: str, key: str
) -> None:
    with client(profile_sandbox) as http:
        listed = http.get(f"/v1/Core/{segment}", params={"pageSize": 100}).json()["items"]
        for item in listed:
            one = http.get(f"/v1/Core/{segment}/{item['id']}")
            assert one.status_code == 200 and one.json() == item
        assert listed and all(item[key] for item in listed)
        missing = http.get(f"/v1/Core/{segment}/9999")
    assert missing.status_code == 404
    if profile_sandbox.profile == "public":
        assert set(missing.json()) == {"message"}
    else:
        assert missing.json()["code"] == "not_found"


def test_articles_live_where_the_profile_says(profile_sandbox: RunningSandbox) -> None:
    here, gone = ("/v1/Core/Articles", "/v1/Admin/Articles")
    if profile_sandbox.profile == "public":
        here, gone = gone, here
    with client(profile_sandbox) as http:
        assert http.get(gone).status_code == 404
        assert http.post(gone, json={"articleNumber": "777", "name": "Borta"}).status_code == 404
        assert http.get(here).json()["totalItemCount"] > 0
        created = http.post(here, json={"articleNumber": "777", "name": "Ny artikel"})
        assert created.status_code == 201, created.text
        article = created.json()
        changed = http.put(f"{here}/{article['id']}", json={**article, "name": "Ändrad"})
        assert changed.status_code == 200 and changed.json()["name"] == "Ändrad"
        numbers = {
            a["articleNumber"] for a in http.get(here, params={"pageSize": 100}).json()["items"]
        }
    assert "777" in numbers


def test_public_cost_centres_are_listed_but_not_written(public: RunningSandbox) -> None:
    with client(public) as http:
        listed = http.get("/v1/Core/CostCenters", params={"pageSize": 100}).json()["items"]
        assert listed and all(item["objectName"] == "costCenter" for item in listed)
        posted = http.post("/v1/Core/CostCenters", json={"code": "99", "name": "Ny"})
        put = http.put(f"/v1/Core/CostCenters/{listed[0]['id']}", json={**listed[0], "name": "X"})
        after = http.get("/v1/Core/CostCenters", params={"pageSize": 100}).json()["items"]
    for answer in (posted, put):
        assert answer.status_code == 405 and set(answer.json()) == {"message"}
    assert after == listed


def test_contract_cost_centres_can_still_be_written(sandbox: RunningSandbox) -> None:
    with client(sandbox) as http:
        posted = http.post("/v1/Core/CostCenters", json={"code": "99", "name": "Ny"})
    assert posted.status_code == 201


def test_token_ttl_zero_gives_static_tokens(tid_profile: str) -> None:
    config = SandboxConfig(seed=0, rate=0, token_ttl=0, profile=tid_profile)
    with start_sandbox(config) as running:
        body = httpx.post(f"{running.url}/v1/Auth/Token", auth=DEMO).json()
        assert body["objectName"] == "auth.token" and body["expires"] is None
        headers = {"Authorization": f"Bearer {body['accessToken']}"}
        assert httpx.get(f"{running.url}/v1/core/invoices", headers=headers).status_code == 200
        running.set_faults("expire=1")  # the fault still refuses a valid static token
        assert httpx.get(f"{running.url}/v1/core/invoices", headers=headers).status_code == 401
        running.set_faults("")
        assert httpx.get(f"{running.url}/v1/core/invoices", headers=headers).status_code == 200


def test_a_static_token_never_expires() -> None:
    from tidwizard.sandbox import auth

    store = auth.TokenStore(0)
    issued = store.issue(1)
    assert issued.expires is None and store.company_of(issued.value) == 1
    with pytest.raises(ValueError):
        auth.TokenStore(-1)


@pytest.mark.parametrize("seed", ["demo", 0, 40])
def test_every_basis_refers_to_a_contact_with_its_customer_number(seed: str | int) -> None:
    for data in build_companies(seed).values():
        for entry in data.bases.values():
            contact = data.contacts.get(entry.basis.customer.id)
            assert contact is not None, entry.basis.id
            assert contact.customer_number == entry.basis.customer.customer_number
            assert contact.name == entry.basis.customer.name


@pytest.mark.parametrize("seed", ["demo", 40])
def test_each_basis_customer_is_a_contact_over_http(tid_profile: str, seed: str | int) -> None:
    config = SandboxConfig(seed=seed, rate=0, profile=tid_profile)
    with start_sandbox(config) as running, client(running) as http:
        bases = http.get("/v1/core/invoices", params={"pageSize": 100}).json()["items"]
        contacts = {
            c["id"]: c
            for c in http.get("/v1/Core/Contacts", params={"pageSize": 100}).json()["items"]
        }
        assert bases
        for basis in bases:
            expected = running.state.companies[1].bases[basis["id"]].basis.customer
            contact = http.get(f"/v1/Core/Contacts/{basis['customer']['id']}").json()
            assert contact == contacts[basis["customer"]["id"]]
            assert contact["customerNumber"] == expected.customer_number
