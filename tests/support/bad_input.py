"""Helpers for the bad-input catalogue: plant odd bases in the real sandbox, or tamper with the
JSON of its answers on the way to the client for what the sandbox itself cannot produce.

The tampering transport forwards every request to the running sandbox over real HTTP and only
rewrites the body of chosen answers, so tokens, paging and marking stay the real thing.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx

from tidwizard.core.admin import AdministrationStore
from tidwizard.core.tid import TidClient
from tidwizard.core.wire import CustomerRef
from tidwizard.sandbox.state import BasisEntry, RowSpec, SandboxState

COMPANY = 1
D = Decimal
NOV_30 = dt.date(2026, 11, 30)
# Control bases that must import whatever happens to their odd neighbours.
GOOD = (1001, 1002)

Rewrite = Callable[[Any], Any]


class Raw(str):
    """A JSON number written exactly as given (e.g. ``1.005`` or ``1e400``), not as a string."""


def dumps(document: Any) -> bytes:
    """JSON with :class:`Raw` values spliced in verbatim."""
    raws: list[str] = []

    def mark(value: Any) -> Any:
        if isinstance(value, Raw):
            raws.append(str(value))
            return f"\x00raw{len(raws) - 1}\x00"
        if isinstance(value, dict):
            return {key: mark(item) for key, item in value.items()}
        if isinstance(value, list):
            return [mark(item) for item in value]
        return value

    text = json.dumps(mark(document), default=str)
    for index, raw in enumerate(raws):
        text = text.replace(json.dumps(f"\x00raw{index}\x00"), raw)
    return text.encode()


@dataclass
class Tamper(httpx.AsyncBaseTransport):
    """Rewrites the list items or one basis's answer; everything else passes untouched.

    ``items`` gets each list page's items (a list of dicts) and returns the items to send;
    ``bases[id]`` gets that basis's full answer (a dict) and returns the body to send: a dict,
    or ``bytes`` for a body that is not JSON at all.
    """

    items: Rewrite | None = None
    bases: dict[int, Rewrite] = field(default_factory=dict)
    list_pages_seen: int = 0
    _inner: httpx.AsyncHTTPTransport = field(default_factory=httpx.AsyncHTTPTransport)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        path = request.url.path
        if request.method != "GET" or response.status_code != 200:
            return response
        rewrite: Rewrite | None = None
        if path == "/v1/core/invoices":
            self.list_pages_seen += 1
            if self.items is not None:
                items = self.items

                def rewrite(page: Any) -> Any:
                    return {**page, "items": items(page["items"])}

        elif path.startswith("/v1/core/invoices/"):
            tail = path.rsplit("/", 1)[1]
            rewrite = self.bases.get(int(tail)) if tail.isdigit() else None
        if rewrite is None:
            return response
        body = json.loads(await response.aread())
        new_body = rewrite(body)
        content = new_body if isinstance(new_body, bytes) else dumps(new_body)
        headers = {"content-type": "application/json"}
        return httpx.Response(200, headers=headers, content=content, request=request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def client(url: str, transport: httpx.AsyncBaseTransport | None = None) -> TidClient:
    return TidClient(
        url,
        "demo",
        "demo",
        company_id=COMPANY,
        rate=0,
        retries=1,
        backoff=0.01,
        transport=transport,
    )


def rewrite_item(basis_id: int, change: Rewrite) -> Rewrite:
    """An ``items`` rewrite that changes only the list item of ``basis_id``."""

    def rewrite(items: list[Any]) -> list[Any]:
        return [change(item) if item.get("id") == basis_id else item for item in items]

    return rewrite


def work_row(
    article: str, value: str, rate: str, total: str, comment: str = "", *, discount: str = "0"
) -> RowSpec:
    return RowSpec(article, "", comment, "tim", D(value), D(rate), D(discount), D(total))


def plant(
    state: SandboxState,
    basis_id: int,
    rows: tuple[RowSpec, ...],
    *,
    basis_sum: Decimal | None = None,
    customer_number: str = "1001",
    customer_name: str | None = None,
    **changes: Any,
) -> None:
    """A pending basis in the sandbox, cloned from 1006 (no project) with these rows.

    Written with ``model_copy`` so that values the wire models would refuse (the point of
    several tests) reach the sandbox's answers unchanged.
    """
    with state.lock:
        company = state.company(COMPANY)
        template = company.bases[1006].basis
        contact = company.contacts.by_key(customer_number)
        customer = CustomerRef.model_construct(
            id=contact.id if contact and contact.id else 9999,
            name=customer_name if customer_name is not None else (contact.name if contact else ""),
            customer_number=customer_number,
        )
        total = basis_sum
        if total is None:
            total = sum((r.sum for r in rows if not r.is_header and not r.is_sum_row), D(0))
        basis = template.model_copy(
            update={"id": basis_id, "sum": total, "customer": customer, **changes}
        )
        company.bases[basis_id] = BasisEntry(basis=basis, rows=rows)


def pending_ids(state: SandboxState) -> set[int]:
    return {b.id for b in state.bases(COMPANY) if b.sent_to_economy_system is None}


def assert_nothing_half_written(store: AdministrationStore, imported: set[int]) -> None:
    """Every document has its journal entry and rows; every journal entry has its document;
    no basis outside ``imported`` left a trace."""
    documents = store.invoices() + store.orders()
    assert {d.tid_invoice_id for d in documents} == imported
    assert all(d.rows for d in documents)
    journal = store.journal_history()
    assert {e.tid_invoice_id for e in journal} == imported
    assert not store.pending_journal_entries()
    conn = sqlite3.connect(store.path)
    try:
        orphans = conn.execute(
            "SELECT count(*) FROM document_rows WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
    finally:
        conn.close()
    assert orphans == 0


def store_path(tmp_path: Path) -> Path:
    return tmp_path / "demo.sqlite"


def keep_only(state: SandboxState, ids: set[int]) -> None:
    """Leave just these bases in the sandbox, so a full run stays small and exact."""
    with state.lock:
        bases = state.company(COMPANY).bases
        for basis_id in [i for i in bases if i not in ids]:
            del bases[basis_id]


def no_traceback(out: str, err: str, *, as_json: bool) -> Any:
    """What a command printed holds no traceback; with --json, stdout is one JSON document."""
    assert "Traceback" not in out + err, err
    return json.loads(out) if as_json else None
