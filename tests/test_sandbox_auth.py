"""Sandbox Tid: tokens, their expiry, companies and the partner-credentials rule, over HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

DEMO = ("demo", "demo")


def bearer(url: str, company: int | None = None) -> dict[str, str]:
    params = {"companyId": company} if company is not None else {}
    answer = httpx.post(f"{url}/v1/Auth/Token", auth=DEMO, params=params)
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['accessToken']}"}


@pytest.fixture
def short_lived() -> Iterator[RunningSandbox]:
    with start_sandbox(SandboxConfig(rate=0, token_ttl=1.0)) as running:
        yield running


def test_token_has_the_contract_shape(sandbox: RunningSandbox) -> None:
    body = httpx.post(f"{sandbox.url}/v1/Auth/Token", auth=DEMO).json()
    assert body["objectName"] == "auth.token"
    public, _, private = body["accessToken"].partition(".")
    assert public.startswith("pk_") and private.startswith("pa_")
    int(public[3:], 16), int(private[3:], 16)  # both halves are hex
    assert body["expires"].endswith("Z")


def test_token_without_company_is_for_the_first_company(sandbox: RunningSandbox) -> None:
    company = httpx.get(f"{sandbox.url}/v1/Admin/Company", headers=bearer(sandbox.url)).json()
    assert company == {
        "objectName": "company",
        "id": 1,
        "name": "Demo Konsult AB",
        "organizationNumber": "556677-8899",
    }


def test_token_for_the_second_company_sees_only_its_own_bases(sandbox: RunningSandbox) -> None:
    headers = bearer(sandbox.url, company=2)
    company = httpx.get(f"{sandbox.url}/v1/Admin/Company", headers=headers).json()
    assert company["name"] == "Demo Bygg AB"
    ids = [
        b["id"]
        for b in httpx.get(f"{sandbox.url}/v1/core/invoices", headers=headers).json()["items"]
    ]
    assert ids and all(basis_id >= 2001 for basis_id in ids)
    assert httpx.get(f"{sandbox.url}/v1/core/invoices/1001", headers=headers).status_code == 404


def test_a_company_the_credentials_do_not_reach_is_refused(sandbox: RunningSandbox) -> None:
    answer = httpx.post(f"{sandbox.url}/v1/Auth/Token", auth=DEMO, params={"companyId": 99})
    assert answer.status_code == 403
    assert answer.json()["objectName"] == "error"


def test_companies_lists_both_demo_companies(sandbox: RunningSandbox) -> None:
    body = httpx.get(f"{sandbox.url}/v1/Auth/Companies", auth=DEMO).json()
    assert body["objectName"] == "list" and body["totalItemCount"] == 2
    assert [(c["id"], c["organizationNumber"]) for c in body["items"]] == [
        (1, "556677-8899"),
        (2, "559123-4561"),
    ]


@pytest.mark.parametrize("credentials", [("demo", "wrong"), ("nobody", "demo"), ("", "")])
def test_wrong_credentials_get_401_invalid_credentials(
    sandbox: RunningSandbox, credentials: tuple[str, str]
) -> None:
    for answer in (
        httpx.post(f"{sandbox.url}/v1/Auth/Token", auth=credentials),
        httpx.get(f"{sandbox.url}/v1/Auth/Companies", auth=credentials),
    ):
        assert answer.status_code == 401
        assert answer.json()["code"] == "invalid_credentials"


def test_missing_basic_header_is_invalid_credentials(sandbox: RunningSandbox) -> None:
    answer = httpx.post(f"{sandbox.url}/v1/Auth/Token")
    assert answer.status_code == 401
    assert answer.json()["code"] == "invalid_credentials"


def test_partner_credentials_get_403(sandbox: RunningSandbox) -> None:
    for answer in (
        httpx.post(f"{sandbox.url}/v1/Auth/Token", auth=("byra", "byra")),
        httpx.get(f"{sandbox.url}/v1/Auth/Companies", auth=("byra", "byra")),
    ):
        assert answer.status_code == 403
        assert answer.json()["code"] == "partner_credentials"


@pytest.mark.parametrize("header", [None, "Bearer pk_00.pa_00", "Basic ZGVtbzpkZW1v", "Token abc"])
def test_unknown_or_missing_token_gets_401(sandbox: RunningSandbox, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    answer = httpx.get(f"{sandbox.url}/v1/core/invoices", headers=headers)
    assert answer.status_code == 401
    assert answer.json()["objectName"] == "error"


def test_token_expires_after_its_lifetime(short_lived: RunningSandbox) -> None:
    headers = bearer(short_lived.url)
    assert httpx.get(f"{short_lived.url}/v1/Admin/Company", headers=headers).status_code == 200
    time.sleep(1.3)
    expired = httpx.get(f"{short_lived.url}/v1/Admin/Company", headers=headers)
    assert expired.status_code == 401
    assert expired.json()["code"] == "invalid_token"
    fresh = bearer(short_lived.url)
    assert httpx.get(f"{short_lived.url}/v1/Admin/Company", headers=fresh).status_code == 200
