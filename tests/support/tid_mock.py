"""Odd answers for the Tid client: helpers to build them for httpx.MockTransport."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import httpx

from tidwizard.core.tid import TidClient

BASE = "https://tid.example.test"
SECRET = "s3cr3t-Pa55word"
Handler = Callable[[httpx.Request], httpx.Response]


def token_answer(value: str = "pk_aaa.pa_bbb", seconds: float = 3600) -> httpx.Response:
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)
    body = {"objectName": "auth.token", "accessToken": value, "expires": expires.isoformat()}
    return httpx.Response(200, json=body)


def error(status: int, code: str, message: str = "", **headers: str) -> httpx.Response:
    body = {"objectName": "error", "code": code, "message": message or code}
    return httpx.Response(status, json=body, headers=headers)


def listing(items: list[dict[str, Any]], page: int = 1, size: int = 100) -> httpx.Response:
    chosen = items[(page - 1) * size : page * size]
    pages = -(-len(items) // size)
    body = {
        "objectName": "list",
        "page": page,
        "pageSize": size,
        "itemCount": len(chosen),
        "totalItemCount": len(items),
        "totalPages": pages,
        "items": chosen,
    }
    return httpx.Response(200, json=body)


def company(cid: int, name: str, orgnr: str) -> dict[str, Any]:
    return {"objectName": "company", "id": cid, "name": name, "organizationNumber": orgnr}


def basis(bid: int, total: Any = 100.0) -> dict[str, Any]:
    return {
        "objectName": "invoice",
        "id": bid,
        "invoiceDate": "2026-11-30",
        "sum": total,
        "customer": {"id": 7, "name": "Kund AB", "customerNumber": "1007"},
    }


def client(handler: Handler, **options: Any) -> TidClient:
    options.setdefault("rate", 0)
    options.setdefault("backoff", 0.001)
    return TidClient(BASE, "demo", SECRET, transport=httpx.MockTransport(handler), **options)


def page_of(request: httpx.Request, items: list[dict[str, Any]]) -> httpx.Response:
    page = int(request.url.params.get("page", 1))
    return listing(items, page, int(request.url.params.get("pageSize", 25)))
