"""An independent client that knows only TID-API.md, and the published OpenAPI document."""

from __future__ import annotations

import base64
import json
from decimal import Decimal
from pathlib import Path

import httpx

from tidwizard.sandbox.openapi import render
from tidwizard.sandbox.server import RunningSandbox

OPENAPI = Path(__file__).resolve().parent.parent / "docs" / "openapi.json"


def test_an_independent_client_does_a_whole_round(sandbox: RunningSandbox) -> None:
    basic = "Basic " + base64.b64encode(b"demo:demo").decode()
    with httpx.Client(base_url=sandbox.url) as http:
        companies = http.get("/v1/Auth/Companies", headers={"Authorization": basic}).json()
        chosen = next(c for c in companies["items"] if c["organizationNumber"] == "556677-8899")
        token = http.post(
            "/v1/Auth/Token", params={"companyId": chosen["id"]}, headers={"Authorization": basic}
        ).json()
        assert token["objectName"] == "auth.token"
        http.headers["Authorization"] = f"Bearer {token['accessToken']}"

        pending, page = [], 1
        while True:
            answer = http.get(
                "/v1/core/invoices",
                params={"filter.sentToEconomySystem": "false", "page": page, "pageSize": 10},
            )
            listing = answer.json(parse_float=Decimal)
            pending += listing["items"]
            if page >= listing["totalPages"]:
                break
            page += 1
        assert len(pending) == listing["totalItemCount"] > 10

        one = http.get(f"/v1/core/invoices/{pending[0]['id']}").json(parse_float=Decimal)
        counted = [r for r in one["rows"] if not r["isHeader"] and not r["isSumRow"]]
        assert sum(Decimal(r["sum"]) for r in counted) == Decimal(one["sum"])

        marked = http.patch(
            f"/v1/core/invoices/{one['id']}/setsenttoeconomysystem",
            params={"date": "2026-12-01", "economySystemInvoiceNumber": "1043"},
        )
        assert marked.status_code == 204
        left = http.get("/v1/core/invoices", params={"filter.sentToEconomySystem": "false"}).json()
        assert left["totalItemCount"] == len(pending) - 1

        created = http.post(
            "/v1/Core/Contacts",
            json={
                "name": "Gotlands Ull & Garn AB",
                "customerNumber": "1008",
                "email": "order@x.example",
            },
        )
        assert created.status_code == 201 and created.json()["objectName"] == "contact"
        again = http.post("/v1/Core/Contacts", json={"name": "Igen", "customerNumber": "1008"})
        assert again.status_code == 409
        assert again.json() == {
            "objectName": "error",
            "code": "duplicate_key",
            "message": again.json()["message"],
        }


def test_published_openapi_matches_the_app() -> None:
    published = OPENAPI.read_text(encoding="utf-8")
    assert json.loads(published) == json.loads(render()), (
        "docs/openapi.json is stale: python -m tidwizard.sandbox.openapi docs/openapi.json"
    )
