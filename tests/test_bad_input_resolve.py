"""A pending journal entry whose basis Tid shows with another number: every run reports it and
exits 1, "check the document by hand". `tidwizard import --resolve ID` is the way out, after
saying what it does: the entry is recorded as settled by hand, the document stays, later runs
stop reporting it, and the basis can still never be read in a second time by accident."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from support.bad_input import COMPANY, GOOD, client, keep_only, no_traceback
from support.cli import Run, set_up_demo
from tidwizard.core.admin import AdministrationStore
from tidwizard.core.importer import ImportEngine
from tidwizard.core.paths import Home

LOST = GOOD[0]  # its document is written, its mark never arrives, then another system takes it
OTHER = "77"


@dataclass
class RefusingMarks(httpx.AsyncBaseTransport):
    """Answers 500 to every mark of ``basis``; everything else goes to the sandbox."""

    basis: int
    _inner: httpx.AsyncHTTPTransport = field(default_factory=httpx.AsyncHTTPTransport)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "PATCH" and f"/invoices/{self.basis}/" in request.url.path:
            return httpx.Response(500, json={"message": "nere"}, request=request)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture
def conflicted(home_dir: Path, sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home whose journal has a pending entry for LOST, which Tid shows as transferred as 77."""
    monkeypatch.setenv("TIDWIZARD_TID_RATE", "0")
    path = set_up_demo(
        Home.resolve(home_dir),
        sandbox.url,
        monkeypatch,
        client_id="resolve-login",
        secret="Vb3!losa-hemlis-19",
        import_as="invoice",
    )
    keep_only(sandbox.state, set(GOOD))

    async def import_losing_the_mark() -> None:
        with AdministrationStore.open(path) as store:
            async with client(sandbox.url, RefusingMarks(LOST)) as tid:
                report = await ImportEngine(tid, store).run([LOST])
        assert [f.tid_invoice_id for f in report.failed] == [LOST]

    asyncio.run(import_losing_the_mark())
    sandbox.state.mark_transferred(COMPANY, LOST, dt.date(2026, 12, 1), OTHER)
    return path


def entries(path: Path) -> list[Any]:
    with AdministrationStore.open(path) as store:
        return store.journal_history()


def test_every_run_reports_the_conflict_and_names_the_way_out(conflicted: Path, run: Run) -> None:
    for _ in range(2):
        code, out, err = run("import", "--yes", "--json")
        report = no_traceback(out, err, as_json=True)
        assert code == 1
        (failure,) = [f for f in report["failed"] if f["tidInvoiceId"] == LOST]
        assert f"--resolve {LOST}" in failure["error"], failure


def test_resolve_settles_the_entry_keeps_the_document_and_later_runs_are_clean(
    conflicted: Path, run: Run, sandbox: Any
) -> None:
    (before,) = entries(conflicted)
    code, out, err = run("import", "--resolve", str(LOST), "--yes")
    no_traceback(out, err, as_json=False)
    assert code == 0, out + err
    # It said what it does, and what to check first.
    assert f"faktura {before.document_number}" in out and OTHER in out, out
    assert "kreditera" in out.casefold(), out

    (after,) = entries(conflicted)
    assert after.is_confirmed and after.settled_as == OTHER
    with AdministrationStore.open(conflicted) as store:
        assert [d.tid_invoice_id for d in store.invoices()] == [LOST]  # the document stays

    code, out, err = run("import", "--yes", "--json")
    report = no_traceback(out, err, as_json=True)
    assert code == 0, report
    assert [i["tidInvoiceId"] for i in report["imported"]] == [GOOD[1]]
    assert not report["failed"]

    # Given by id, the settled basis is not read in again: Tid has it, as 77.
    code, out, err = run("import", "--yes", "--json", "--id", str(LOST))
    report = no_traceback(out, err, as_json=True)
    assert [r["tidInvoiceId"] for r in report["refused"]] == [LOST]
    with AdministrationStore.open(conflicted) as store:
        assert len(store.invoices()) == 2


def test_resolve_as_json(conflicted: Path, run: Run) -> None:
    code, out, err = run("import", "--resolve", str(LOST), "--yes", "--json")
    answer = no_traceback(out, err, as_json=True)
    assert code == 0
    (resolved,) = answer["resolved"]
    assert resolved["tidInvoiceId"] == LOST and resolved["tidNumber"] == OTHER
    assert resolved["outcome"] == "settled"
    assert resolved["number"] == str(entries(conflicted)[0].document_number)


def test_resolve_asks_first_on_a_terminal_and_a_no_changes_nothing(
    conflicted: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tidwizard.cli.main import main

    stdin = io.StringIO("n\n")
    stdin.isatty = lambda: True  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdin", stdin)
    code = main(["import", "--resolve", str(LOST)])
    out = capsys.readouterr().out
    assert code == 0
    assert OTHER in out
    assert not entries(conflicted)[0].is_confirmed


def test_resolve_without_a_terminal_or_yes_asks_for_yes(conflicted: Path, run: Run) -> None:
    code, out, err = run("import", "--resolve", str(LOST), "--json")
    answer = no_traceback(out, err, as_json=True)
    assert code == 2 and "--yes" in answer["error"]
    assert not entries(conflicted)[0].is_confirmed


def test_resolve_settles_nothing_tid_does_not_show_as_taken(
    conflicted: Path, run: Run, sandbox: Any
) -> None:
    """Tid shows our own number: the entry is simply confirmed. No entry: a usage error."""
    with sandbox.state.lock:
        basis = sandbox.state.company(COMPANY).bases[LOST].basis
        basis.economy_system_invoice_number = str(entries(conflicted)[0].document_number)
    code, out, err = run("import", "--resolve", str(LOST), "--yes", "--json")
    answer = no_traceback(out, err, as_json=True)
    assert code == 0 and answer["resolved"][0]["outcome"] == "confirmed"
    (entry,) = entries(conflicted)
    assert entry.is_confirmed and entry.settled_as is None

    code, out, err = run("import", "--resolve", str(GOOD[1]), "--yes", "--json")
    answer = no_traceback(out, err, as_json=True)
    assert code == 2 and str(GOOD[1]) in answer["error"]


def test_resolve_leaves_a_basis_still_waiting_in_tid_to_the_import(
    conflicted: Path, run: Run, sandbox: Any
) -> None:
    with sandbox.state.lock:
        basis = sandbox.state.company(COMPANY).bases[LOST].basis
        basis.sent_to_economy_system = None
        basis.economy_system_invoice_number = None
    code, out, err = run("import", "--resolve", str(LOST), "--yes", "--json")
    answer = no_traceback(out, err, as_json=True)
    assert code == 1 and answer["resolved"][0]["outcome"] == "waiting"
    assert not entries(conflicted)[0].is_confirmed


def test_resolve_with_dry_run_only_says_what_it_would_do(conflicted: Path, run: Run) -> None:
    code, out, err = run("import", "--resolve", str(LOST), "--dry-run")
    no_traceback(out, err, as_json=False)
    assert code == 0 and OTHER in out
    assert not entries(conflicted)[0].is_confirmed


@pytest.mark.parametrize("given", ["0", "99999999999999999999"])
def test_resolve_out_of_range_is_a_usage_error(conflicted: Path, run: Run, given: str) -> None:
    code, out, err = run("import", "--resolve", given, "--yes", "--json")
    answer = no_traceback(out, err, as_json=True)
    assert code == 2 and f"--resolve {given}" in answer["error"]
