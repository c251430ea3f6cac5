"""Sandbox Tid, --profile public: every error is only ``{"message"}``; a 429 only
``{"waitInSeconds"}``; the sandbox's own controls are as in the contract profile."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tidwizard.sandbox.control import CONTROL_HEADERS
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

DEMO = ("demo", "demo")


@pytest.fixture
def public() -> Iterator[RunningSandbox]:
    with start_sandbox(SandboxConfig(seed="demo", rate=0, profile="public")) as running:
        yield running


def bearer(url: str) -> dict[str, str]:
    value = httpx.post(f"{url}/v1/Auth/Token", auth=DEMO).json()["accessToken"]
    return {"Authorization": f"Bearer {value}"}


def only_message(answer: httpx.Response, status: int) -> None:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"message"} and isinstance(body["message"], str) and body["message"]


def test_framework_and_validation_errors_are_only_a_message(public: RunningSandbox) -> None:
    with httpx.Client(base_url=public.url, headers=bearer(public.url)) as http:
        only_message(http.get("/v1/nowhere"), 404)
        only_message(http.delete("/v1/core/invoices"), 405)
        only_message(http.get("/v1/core/invoices", params={"pageSize": 101}), 400)
        only_message(http.get("/v1/core/invoices/abc"), 400)
        only_message(http.post("/v1/Core/Contacts", json={"name": "Utan nummer"}), 400)
        only_message(
            http.patch("/v1/core/invoices/1001/setsenttoeconomysystem", params={"date": "x"}), 400
        )
        taken = {"name": "Igen", "customerNumber": "1001"}
        only_message(http.post("/v1/Core/Contacts", json=taken), 409)


def test_token_errors_are_only_a_message(public: RunningSandbox) -> None:
    only_message(httpx.get(f"{public.url}/v1/core/invoices"), 401)
    unknown = {"Authorization": "Bearer pk_0.pa_0"}
    only_message(httpx.get(f"{public.url}/v1/core/invoices", headers=unknown), 401)
    only_message(httpx.post(f"{public.url}/v1/Auth/Token"), 401)


def test_faults_answer_only_a_message(public: RunningSandbox) -> None:
    headers = bearer(public.url)
    public.set_faults("error=1")
    only_message(httpx.get(f"{public.url}/v1/core/invoices", headers=headers), 500)
    public.set_faults("expire=1")
    only_message(httpx.get(f"{public.url}/v1/core/invoices", headers=headers), 401)
    public.set_faults("")
    assert httpx.get(f"{public.url}/v1/core/invoices", headers=headers).status_code == 200
    assert public.stats()["faults"]["error"] == 1 and public.stats()["faults"]["expire"] == 1


def test_429_has_no_retry_after_only_wait_in_seconds() -> None:
    with (
        start_sandbox(SandboxConfig(rate=2, profile="public")) as limited,
        httpx.Client(base_url=limited.url, headers=bearer(limited.url)) as http,
    ):
        answers = [http.get("/v1/core/invoices") for _ in range(12)]
        refused = [a for a in answers if a.status_code == 429]
        assert answers[0].status_code == 200 and refused
        for answer in refused:
            assert "retry-after" not in answer.headers
            body = answer.json()
            assert set(body) == {"waitInSeconds"}
            assert isinstance(body["waitInSeconds"], int) and body["waitInSeconds"] >= 1


def test_sandbox_controls_are_unchanged(public: RunningSandbox) -> None:
    stats = httpx.get(f"{public.url}/sandbox/stats", headers=CONTROL_HEADERS).json()
    assert stats["objectName"] == "sandbox.stats"
    bad = httpx.post(
        f"{public.url}/sandbox/reset", params={"seed": "lots"}, headers=CONTROL_HEADERS
    )
    assert bad.status_code == 400 and bad.json()["code"] == "invalid_seed"
    assert bad.json()["objectName"] == "error"
    fresh = httpx.post(
        f"{public.url}/sandbox/reset", params={"seed": "demo"}, headers=CONTROL_HEADERS
    ).json()
    assert fresh == {"objectName": "sandbox.reset", "seed": "demo"}
