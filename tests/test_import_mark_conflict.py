"""A 4xx on the mark whose read-back shows our own number is done: the document stays, and
the basis is imported once (issue 12, item 6: a 409 with our number used to delete it)."""

from __future__ import annotations

from pathlib import Path

import httpx

from tidwizard.core.admin import create_demo_company
from tidwizard.core.importer.engine import ImportEngine
from tidwizard.core.tid import TidClient
from tidwizard.sandbox.server import RunningSandbox


def marks_then_409(sandbox: RunningSandbox) -> httpx.MockTransport:
    """The sandbox, except that each mark answers 409 after it has landed (a lost answer
    followed by a repeat, or a service that says 409 for "already so")."""
    upstream = httpx.Client(base_url=sandbox.url)

    def handler(request: httpx.Request) -> httpx.Response:
        answer = upstream.request(
            request.method,
            request.url.raw_path.decode(),
            headers=request.headers,
            content=request.content,
        )
        if request.method == "PATCH" and answer.status_code < 300:
            return httpx.Response(409, json={"message": "already transferred"})
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    return httpx.MockTransport(handler)


async def test_a_409_with_our_number_read_back_keeps_the_document(
    sandbox: RunningSandbox, tmp_path: Path
) -> None:
    with create_demo_company(tmp_path / "demo.sqlite") as store:
        transport = marks_then_409(sandbox)
        async with TidClient(sandbox.url, "demo", "demo", rate=0, transport=transport) as tid:
            report = await ImportEngine(tid, store).run([1001, 1002])
        assert [(e.tid_invoice_id, e.number) for e in report.imported] == [
            (1001, "1001"),
            (1002, "1002"),
        ]
        assert not report.failed
        numbers = {doc.tid_invoice_id: doc.number for doc in store.invoices()}
        assert store.pending_journal_entries() == []
    assert numbers == {1001: 1001, 1002: 1002}
    assert sandbox.state.basis(1, 1002).economy_system_invoice_number == "1002"
