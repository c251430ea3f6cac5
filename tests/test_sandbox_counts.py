"""The sandbox counts an answer before it leaves: a test that has its answer finds it counted."""

from __future__ import annotations

import httpx

from tidwizard.sandbox.server import RunningSandbox


def test_every_answer_is_counted_by_the_time_the_client_has_it(sandbox: RunningSandbox) -> None:
    with httpx.Client(base_url=sandbox.url) as client:
        for sent in range(1, 41):
            answer = client.post("/v1/Core/CostCenters", json={"code": "20", "name": "x"})
            assert answer.status_code == 401  # no token: refused at the gateway, counted there
            counted = sandbox.stats()["requests"]
            assert counted.get("POST /v1/Core/CostCenters 401", 0) == sent
