"""Fuzz the sandbox in the public profile from that profile's own OpenAPI document: whatever a
client sends, the answer is never a 5xx, and every 4xx is only ``{"message"}`` (a 429 only
``{"waitInSeconds"}``, which cannot happen here: no rate limit)."""

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

schema = schemathesis.openapi.from_dict(openapi_document("public"))
BASIC = "Basic " + base64.b64encode(b"demo:demo").decode()


@pytest.fixture(scope="module")
def fuzzed() -> Iterator[tuple[RunningSandbox, str]]:
    with start_sandbox(SandboxConfig(seed="demo", rate=0, profile="public")) as running:
        answer = httpx.post(f"{running.url}/v1/Auth/Token", headers={"Authorization": BASIC})
        answer.raise_for_status()
        yield running, answer.json()["accessToken"]


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_request_makes_the_public_sandbox_fail(
    case: Any, fuzzed: tuple[RunningSandbox, str]
) -> None:
    running, token = fuzzed
    auth = BASIC if case.path.startswith("/v1/Auth/") else f"Bearer {token}"
    response = case.call(base_url=running.url, headers={"Authorization": auth}, timeout=10)
    where = f"{case.method} {case.formatted_path} -> {response.status_code}: {response.text[:300]}"
    assert response.status_code < 500, where
    if response.status_code >= 400 and case.path.startswith("/v1/"):
        assert set(response.json()) == {"message"}, where
