"""`tidwizard clients [--json] [--check]` and `tidwizard clients remove NAME`, through the real
command line, against the sandbox (both profiles where Tid answers) and real company files."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import socket
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from support.cli import Run
from support.clients import add_client
from tidwizard.cli.cells import cell_width
from tidwizard.core.clients import Clients
from tidwizard.core.paths import Home
from tidwizard.core.secrets import SecretStore
from tidwizard.core.settings import Settings


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def journal_entries(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        count: int = conn.execute("SELECT COUNT(*) FROM import_journal").fetchone()[0]
    conn.close()
    return count


def by_name(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in document["clients"]}


def test_each_client_is_a_row_with_its_file_and_last_import(
    run: Run, home: Home, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    acme = add_client(
        home, sandbox.url, monkeypatch, name="acme", client_id="acme-app", secret="s-acme"
    )
    bygg = add_client(
        home, sandbox.url, monkeypatch, name="bygg", client_id="bygg-app", secret="s-bygg"
    )
    sandbox.reset(3)
    code, _, err = run("import", "--client", "acme", "--yes", "--create-missing", "--json")
    assert code == 0, err

    with sqlite3.connect(acme) as conn:
        newest = conn.execute("SELECT MAX(created_at) FROM import_journal").fetchone()[0]
    conn.close()
    # An import writing the file meanwhile: the list reads it without waiting or migrating.
    writer = sqlite3.connect(acme, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        code, out, err = run("clients", "--json")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert (code, err) == (0, "")
    rows = by_name(json.loads(out))
    assert list(rows) == ["acme", "bygg"]
    assert rows["acme"]["lastImport"] == dt.datetime.fromisoformat(newest).isoformat()
    assert rows["acme"]["administrationPath"] == str(acme)
    assert rows["bygg"]["administrationPath"] == str(bygg)
    assert rows["acme"]["organizationNumber"] == "556677-8899"
    assert rows["acme"]["lastImport"] is not None and rows["bygg"]["lastImport"] is None
    for row in rows.values():  # without --check Tid is not asked, and the rows say so
        assert (row["tidChecked"], row["waitingBases"], row["problems"]) == (False, None, [])
    assert "s-acme" not in out and "s-bygg" not in out

    code, out, _ = run("clients")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["Klient", "Organisationsnr", "Företagsfil", "Senast", "inläst"]
    assert lines[1].split()[:3] == ["acme", "556677-8899", "acme.sqlite"]
    assert lines[2].split() == ["bygg", "556677-8899", "bygg.sqlite", "-"]
    assert "Väntar" not in out
    assert "Tid har inte tillfrågats om väntande fakturaunderlag: lägg till --check." in out


def test_columns_line_up_by_terminal_cells(
    run: Run, home: Home, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("kund-日本", "å"):
        add_client(home, sandbox.url, monkeypatch, name=name, client_id=f"{name}-app", secret="s")
    code, out, _ = run("clients")
    assert code == 0
    table = out.splitlines()[:3]
    words = ("Organisationsnr", "556677-8899", "556677-8899")
    starts = {cell_width(line[: line.index(word)]) for line, word in zip(table, words, strict=True)}
    assert len(starts) == 1, table


def test_check_asks_every_client_and_a_failure_is_its_row(
    run: Run, home: Home, profile_sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = profile_sandbox.url
    add_client(home, url, monkeypatch, name="acme", client_id="acme-app", secret="s-acme")
    add_client(home, url, monkeypatch, name="bygg", client_id="bygg-app", secret="s-bygg")
    add_client(home, url, monkeypatch, name="cafe", client_id="cafe-app", secret="s-cafe")
    store = SecretStore(home)
    store.set(Clients(home).choose("bygg").settings.secret_key, "wrong")
    store.delete(Clients(home).choose("cafe").settings.secret_key)
    profile_sandbox.reset(4)

    code, out, err = run("clients", "--check", "--json")
    assert (code, err) == (0, "")  # one client's problem is its row, not the command's
    rows = by_name(json.loads(out))
    assert (rows["acme"]["tidChecked"], rows["acme"]["waitingBases"]) == (True, 4)
    assert rows["acme"]["problems"] == []
    assert (rows["bygg"]["tidChecked"], rows["bygg"]["waitingBases"]) == (True, None)
    assert any("inloggningsuppgifterna" in problem for problem in rows["bygg"]["problems"])
    assert (rows["cafe"]["tidChecked"], rows["cafe"]["waitingBases"]) == (False, None)
    assert rows["cafe"]["problems"] == [
        "Den hemliga nyckeln finns inte sparad: kör tidwizard setup --client cafe igen."
    ]
    assert "wrong" not in out

    code, out, _ = run("clients", "--check", "--json", "--client", "bygg")
    assert code == 2  # its only row has a problem
    assert list(by_name(json.loads(out))) == ["bygg"]
    code, out, err = run("clients", "--client", "nobody")
    assert (code, out) == (2, "")
    assert "Klienterna är: acme, bygg, cafe." in err

    code, out, _ = run("clients", "--check")
    assert code == 0
    assert out.splitlines()[0].split()[-1] == "Väntar"
    assert out.splitlines()[1].split()[-1] == "4"
    assert "  cafe: Den hemliga nyckeln finns inte sparad" in out
    assert "tillfrågats" not in out


class _Meeting(http.server.BaseHTTPRequestHandler):
    """A Tid whose token call answers only once every client has asked at the same time."""

    def do_POST(self) -> None:
        meeting: threading.Barrier = self.server.meeting  # type: ignore[attr-defined]
        try:
            meeting.wait()
        except threading.BrokenBarrierError:
            self._send(503, b"{}")  # asked one after the other: never all at once
            return
        expires = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat()
        answer = {"objectName": "auth.token", "accessToken": "pk_1.pa_2", "expires": expires}
        self._send(200, json.dumps(answer).encode())

    def do_GET(self) -> None:
        empty = {"objectName": "list", "page": 1, "pageSize": 100, "itemCount": 0}
        listing = {**empty, "totalItemCount": 0, "totalPages": 1, "items": []}
        self._send(200, json.dumps(listing).encode())

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def meeting_tid() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Meeting)
    server.meeting = threading.Barrier(3, timeout=15)  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_check_asks_every_client_at_once(
    run: Run, home: Home, meeting_tid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("acme", "bygg", "cafe"):
        add_client(home, meeting_tid, monkeypatch, name=name, client_id=f"{name}-app", secret="s")
    code, out, err = run("clients", "--check", "--json")
    assert (code, err) == (0, ""), out
    rows = json.loads(out)["clients"]
    assert [(row["waitingBases"], row["problems"]) for row in rows] == [(0, [])] * 3


def test_every_client_failing_is_the_command_failing(
    run: Run, home: Home, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    nowhere = f"http://127.0.0.1:{closed_port()}"
    for name in ("acme", "bygg"):
        add_client(home, nowhere, monkeypatch, name=name, client_id=f"{name}-app", secret="s")
    code, out, _ = run("clients", "--check", "--json")
    assert code == 75  # Tid unreachable for every client: try later
    assert all(row["problems"] for row in json.loads(out)["clients"])
    assert run("clients", "--json")[0] == 0  # not asked: nothing failed

    (home.companies_dir / "acme.sqlite").unlink()
    clients = Clients(home)
    bygg = clients.choose("bygg").settings
    clients.save("bygg", replace(bygg, tid_url=sandbox.url))
    SecretStore(home).set(bygg.secret_key, "wrong")
    code, out, _ = run("clients", "--check", "--json")
    assert code == 2  # each has a problem, not all of which pass by themselves
    rows = by_name(json.loads(out))
    missing = home.companies_dir / "acme.sqlite"
    assert f"Företagsfilen {missing} finns inte." in rows["acme"]["problems"]


def test_a_client_not_set_up_is_a_problem_row(run: Run, home: Home) -> None:
    home.ensure()
    Clients(home).save("halvvags", Settings(client_id="app-1"))
    code, out, _ = run("clients", "--json")
    assert code == 2  # its only client has a problem
    (row,) = json.loads(out)["clients"]
    assert row["configured"] is False
    assert row["problems"] == ["Inte färdiginställd: kör tidwizard setup --client halvvags."]


def test_no_clients_lists_none(run: Run) -> None:
    assert run("clients", "--json")[:2] == (0, '{\n  "clients": []\n}\n')
    code, out, _ = run("clients", "--lang", "en")
    assert (code, out) == (
        0,
        "No clients are set up yet. Run tidwizard setup (with --client NAME to give it a name).\n",
    )


def test_remove_forgets_the_pairing_and_secret_but_keeps_the_company_file(
    run: Run, home: Home, sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    acme = add_client(
        home, sandbox.url, monkeypatch, name="acme", client_id="acme-app", secret="s-acme"
    )
    add_client(home, sandbox.url, monkeypatch, name="bygg", client_id="bygg-app", secret="s-bygg")
    sandbox.reset(2)
    assert run("import", "--client", "acme", "--yes", "--create-missing")[0] == 0
    acme_key = Clients(home).choose("acme").settings.secret_key
    bygg_key = Clients(home).choose("bygg").settings.secret_key

    code, out, err = run("clients", "remove", "acme")
    assert (code, err) == (0, "")
    assert "Klienten acme är borttagen" in out
    assert f"Företagsfilen finns kvar, med sin importjournal: {acme}" in out
    assert Clients(home).names() == ["bygg"]
    assert acme.exists() and journal_entries(acme) == 2
    store = SecretStore(home)
    assert (store.stored(acme_key), store.stored(bygg_key)) == (None, "s-bygg")
    # One client left: it needs no name any more.
    assert run("check")[:2] == (0, "Inga fakturaunderlag väntar\n")

    code, out, err = run("clients", "remove", "acme")
    assert (code, out) == (2, "")
    assert "Det finns ingen klient som heter acme. Klienterna är: bygg." in err
