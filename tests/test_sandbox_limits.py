"""Sandbox Tid: the per-token rate limit, each injected fault, the counters and reset."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tidwizard.sandbox.control import CONTROL_HEADERS
from tidwizard.sandbox.faults import FaultSpecError, parse_faults
from tidwizard.sandbox.ratelimit import RateLimiter, retry_after_header
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox


def token(url: str) -> dict[str, str]:
    value = httpx.post(f"{url}/v1/Auth/Token", auth=("demo", "demo")).json()["accessToken"]
    return {"Authorization": f"Bearer {value}"}


@pytest.fixture
def limited() -> Iterator[RunningSandbox]:
    with start_sandbox(SandboxConfig(rate=2)) as running:
        yield running


@pytest.fixture
def slow_faults() -> Iterator[RunningSandbox]:
    with start_sandbox(SandboxConfig(rate=0, delay_seconds=2.0)) as running:
        yield running


def test_burst_above_the_rate_gets_429_with_retry_after(limited: RunningSandbox) -> None:
    headers = token(limited.url)
    with httpx.Client(base_url=limited.url, headers=headers) as client:
        answers = [client.get("/v1/Admin/Company") for _ in range(12)]
    refused = [a for a in answers if a.status_code == 429]
    assert answers[0].status_code == 200 and refused
    assert refused[0].json()["code"] == "rate_limited"
    assert int(refused[0].headers["Retry-After"]) >= 1
    # The limit is per token: a second token is not held back by the first one's burst.
    assert (
        httpx.get(f"{limited.url}/v1/Admin/Company", headers=token(limited.url)).status_code == 200
    )
    assert limited.stats()["rateLimited"] == len(refused)


def test_rate_zero_means_no_limit(sandbox: RunningSandbox) -> None:
    with httpx.Client(base_url=sandbox.url, headers=token(sandbox.url)) as client:
        assert {client.get("/v1/Admin/Company").status_code for _ in range(40)} == {200}


def test_token_bucket_refills_at_the_rate() -> None:
    now = [0.0]
    limiter = RateLimiter(4, clock=lambda: now[0])
    assert [limiter.acquire("t") for _ in range(4)] == [None] * 4
    wait = limiter.acquire("t")
    assert wait == pytest.approx(0.25)
    now[0] += 0.25
    assert limiter.acquire("t") is None
    assert limiter.acquire("other") is None
    assert retry_after_header(0.25) == "1" and retry_after_header(1.5) == "2"


def test_error_fault_is_500_with_an_error_body(sandbox: RunningSandbox) -> None:
    headers = token(sandbox.url)
    sandbox.set_faults("error=1")
    answer = httpx.get(f"{sandbox.url}/v1/core/invoices", headers=headers)
    assert answer.status_code == 500 and answer.json()["objectName"] == "error"
    sandbox.set_faults("")
    assert httpx.get(f"{sandbox.url}/v1/core/invoices", headers=headers).status_code == 200
    assert sandbox.stats()["faults"]["error"] == 1


def test_reset_fault_drops_the_connection(sandbox: RunningSandbox) -> None:
    headers = token(sandbox.url)
    sandbox.set_faults("reset=1")
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{sandbox.url}/v1/core/invoices", headers=headers)
    sandbox.set_faults("")
    assert httpx.get(f"{sandbox.url}/v1/core/invoices", headers=headers).status_code == 200
    assert sandbox.stats()["faults"]["reset"] == 1


def test_delay_fault_answers_late_but_correctly(slow_faults: RunningSandbox) -> None:
    headers = token(slow_faults.url)
    slow_faults.set_faults("delay=1")
    with pytest.raises(httpx.ReadTimeout):  # the answer takes longer than this client waits
        httpx.get(f"{slow_faults.url}/v1/Admin/Company", headers=headers, timeout=0.3)
    late = httpx.get(f"{slow_faults.url}/v1/Admin/Company", headers=headers, timeout=30)
    assert late.status_code == 200 and late.json()["id"] == 1
    assert slow_faults.stats()["faults"]["delay"] == 2


def test_expire_fault_is_401_for_a_valid_token(sandbox: RunningSandbox) -> None:
    headers = token(sandbox.url)
    sandbox.set_faults("expire=1")
    answer = httpx.get(f"{sandbox.url}/v1/Admin/Company", headers=headers)
    assert answer.status_code == 401 and answer.json()["code"] == "invalid_token"
    sandbox.set_faults("")
    assert httpx.get(f"{sandbox.url}/v1/Admin/Company", headers=headers).status_code == 200


def test_faults_never_hit_the_sandbox_controls(sandbox: RunningSandbox) -> None:
    sandbox.set_faults("error=0.5,reset=0.5")
    for _ in range(10):
        assert httpx.get(f"{sandbox.url}/sandbox/stats", headers=CONTROL_HEADERS).status_code == 200
    assert sum(sandbox.stats()["faults"].values()) == 0


@pytest.mark.parametrize(
    "spec",
    ["boom=0.1", "error", "error=x", "error=1.5", "error=0.6,reset=0.6", "error=0.1,error=0.2"],
)
def test_bad_fault_specs_are_refused(spec: str) -> None:
    with pytest.raises(FaultSpecError):
        parse_faults(spec)


def test_fault_spec_is_parsed() -> None:
    spec = parse_faults(" error=0.2, reset=0.1,delay=0.05,expire=0.05 ")
    assert spec.probabilities == {"error": 0.2, "reset": 0.1, "delay": 0.05, "expire": 0.05}


def test_stats_count_by_endpoint_status_and_writes(sandbox: RunningSandbox) -> None:
    headers = token(sandbox.url)
    with httpx.Client(base_url=sandbox.url, headers=headers) as client:
        client.get("/v1/core/invoices")
        client.get("/V1/CORE/INVOICES")
        client.get("/v1/core/invoices/1001")
        client.get("/v1/core/invoices/5")
        client.patch(
            "/v1/core/invoices/1001/setsenttoeconomysystem",
            params={"date": "2026-12-01", "economySystemInvoiceNumber": "7"},
        )
        client.post("/v1/Core/CostCenters", json={"code": "70", "name": "Service"})
        client.put("/v1/Core/CostCenters/1", json={"code": "10", "name": "Ledningen"})
    stats = httpx.get(f"{sandbox.url}/sandbox/stats", headers=CONTROL_HEADERS).json()
    requests = stats["requests"]
    assert requests["GET /v1/core/invoices 200"] == 2
    assert requests["GET /v1/core/invoices/{basis_id} 200"] == 1
    assert requests["GET /v1/core/invoices/{basis_id} 404"] == 1
    assert requests["PATCH /v1/core/invoices/{basis_id}/setsenttoeconomysystem 204"] == 1
    assert requests["POST /v1/Core/CostCenters 201"] == 1
    assert requests["POST /v1/Auth/Token 200"] == 1
    assert stats["writes"] == 4  # token POST, PATCH, POST, PUT
    assert stats["rateLimited"] == 0


def test_reset_gives_fresh_data_and_keeps_tokens(sandbox: RunningSandbox) -> None:
    headers = token(sandbox.url)
    httpx.patch(
        f"{sandbox.url}/v1/core/invoices/1001/setsenttoeconomysystem",
        headers=headers,
        params={"date": "2026-12-01", "economySystemInvoiceNumber": "7"},
    )
    answer = httpx.post(
        f"{sandbox.url}/sandbox/reset", params={"seed": "7"}, headers=CONTROL_HEADERS
    )
    assert answer.status_code == 200 and answer.json()["seed"] == 7
    listing = httpx.get(f"{sandbox.url}/v1/core/invoices", headers=headers).json()
    assert listing["totalItemCount"] == 7
    assert (
        httpx.post(
            f"{sandbox.url}/sandbox/reset", params={"seed": "many"}, headers=CONTROL_HEADERS
        ).status_code
        == 400
    )
    sandbox.reset("demo")
    basis = httpx.get(f"{sandbox.url}/v1/core/invoices/1001", headers=headers).json()
    assert basis["sentToEconomySystem"] is None


def test_a_fault_seed_gives_the_same_faults_every_run() -> None:
    def statuses() -> list[int]:
        config = SandboxConfig(rate=0, faults="error=0.5", fault_seed=7)
        with start_sandbox(config) as running:
            return [
                httpx.post(f"{running.url}/v1/Auth/Token", auth=("demo", "demo")).status_code
                for _ in range(12)
            ]

    first = statuses()
    assert 500 in first and 200 in first
    assert statuses() == first
