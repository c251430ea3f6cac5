"""Fuzz the sandbox Tid service from its own OpenAPI document (schemathesis), faults off:
whatever a client sends, the answer is never a 5xx. A bounded number of examples per operation.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tidwizard.sandbox.openapi import openapi_document
from tidwizard.sandbox.server import RunningSandbox, SandboxConfig, start_sandbox

schema = schemathesis.openapi.from_dict(openapi_document())
BASIC = "Basic " + base64.b64encode(b"demo:demo").decode()


@pytest.fixture(scope="module")
def fuzzed() -> Iterator[tuple[RunningSandbox, str]]:
    """One sandbox for the whole module (no rate limit, no faults) and a valid token."""
    with start_sandbox(SandboxConfig(seed="demo", rate=0, faults="")) as running:
        answer = httpx.post(f"{running.url}/v1/Auth/Token", headers={"Authorization": BASIC})
        answer.raise_for_status()
        yield running, answer.json()["accessToken"]


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,  # the same examples every run: a failure here is a bug, not bad luck
)
def test_no_request_makes_the_sandbox_fail(case: Any, fuzzed: tuple[RunningSandbox, str]) -> None:
    running, token = fuzzed
    # A valid login, so the generated data reaches the handlers behind the gateway.
    auth = BASIC if case.path.startswith("/v1/Auth/") else f"Bearer {token}"
    response = case.call(base_url=running.url, headers={"Authorization": auth}, timeout=10)
    assert response.status_code < 500, (
        f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}"
    )
    stats = running.stats()
    assert not any(stats["faults"].values()), stats  # faults are off: no 5xx is injected
